"""A table of a column per phase for 22 phases (#31): it was set at 14 pt, its phase names broken, and set
every other table of the deck at 14 pt with it; it goes in parts of evenly many phases instead."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.deck.frames import TABLE_KINDS
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.read.reader import read_canvas
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import deck_fonts, default_kit, laid_deck

CHANNELS = ["Website", "E-mail", "Telefoon", "App", "Winkel"]


def _phases(path: Path, count: int) -> Path:
    """A canvas of ``count`` phases, a channel or two in each, and an opportunity (an action table)."""
    phases = [f"Stap {i}" for i in range(1, count + 1)]
    content = {lane: [f"{lane} {i}" for i in range(count)] for lane in ("customer", "frontstage", "backstage")}
    content["channels"] = ["\n".join(CHANNELS[(i + k) % 5] for k in range(1 + i % 2)) for i in range(count)]
    content["opportunities"] = ["Sms vooraf" if i == 2 else "" for i in range(count)]
    lanes = default_lanes(["channels", "opportunities"])
    write_workbook(WorkbookSpec("nl", [JourneySheet(phases, lanes, content=content)]), path)
    return path


def _tables(path: Path) -> list[tuple[str, list[list[str]], float]]:
    kit, _ = default_kit()
    deck = laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    return [(s.title, t.rows, t.size) for s in deck.slides if s.kind in TABLE_KINDS for t in s.tables]


def test_a_table_of_22_phases_goes_in_parts_of_evenly_many_phases_at_the_decks_size(tmp_path: Path) -> None:
    tables = _tables(_phases(tmp_path / "lang.xlsx", 22))
    channels = [(title, rows) for title, rows, _ in tables if title.startswith("Kanalen per fase")]
    assert [title for title, _ in channels] == [
        "Kanalen per fase · Fase 1–8",
        "Kanalen per fase · Fase 9–15",
        "Kanalen per fase · Fase 16–22",
    ]
    assert [rows[0][1:] for _, rows in channels] == [
        [f"Stap {i}" for i in range(a, b + 1)] for a, b in ((1, 8), (9, 15), (16, 22))
    ]
    # every channel of every phase in its part, in its row
    marks = {(row[0], phase) for _, rows in channels for row in rows[1:] for phase, n in zip(rows[0][1:], row[1:]) if n}
    wanted = {(CHANNELS[(i + k) % 5], f"Stap {i + 1}") for i in range(22) for k in range(1 + i % 2)}
    assert marks == wanted
    sizes = {size for _, _, size in tables}
    assert len(sizes) == 1 and min(sizes) > 14  # the deck's tables at one size, not pulled to the floor


def test_a_table_of_eight_phases_stays_whole(tmp_path: Path) -> None:
    tables = _tables(_phases(tmp_path / "kort.xlsx", 8))
    channels = [rows for title, rows, _ in tables if title.startswith("Kanalen per fase")]
    assert len(channels) == 1 and len(channels[0][0]) == 9
