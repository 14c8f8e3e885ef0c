"""A table of a column per phase for 22 phases (#31): it was set at 14 pt, its phase names broken, and set
every other table of the deck at 14 pt with it; it goes in parts of evenly many phases instead."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.deck.frames import Ctx
from canvasgen.layout.deck.sheets import even_parts, phases_a_part
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.words import DECK_WORDS
from tests.support.layouts import build_deck, deck_fonts, default_kit
from tests.support.read_back import title_of

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


def _tables(path: Path, out: Path) -> list[tuple[str, list[list[str]], set[float]]]:
    """The deck's tables read back from the PPTX: the slide's title, the cells' text by row, the runs' sizes."""
    deck = Presentation(str(build_deck(path, out)))
    tables = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_table and title_of(slide) != "Agenda":
                rows = [[cell.text_frame.text for cell in row.cells] for row in shape.table.rows]
                sizes = {
                    run.font.size.pt
                    for row in shape.table.rows
                    for cell in row.cells
                    for p in cell.text_frame.paragraphs
                    for run in p.runs
                    if run.font.size and run.text.strip()
                }
                tables.append((title_of(slide), rows, sizes))
    return tables


def test_a_table_of_22_phases_goes_in_parts_of_evenly_many_phases_at_the_decks_size(tmp_path: Path) -> None:
    tables = _tables(_phases(tmp_path / "lang.xlsx", 22), tmp_path / "out")
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
    sizes = set().union(*(sizes for _, _, sizes in tables))
    assert len(sizes) == 1 and min(sizes) > 14  # the deck's tables at one size, not pulled to the floor


def test_a_table_of_eight_phases_stays_whole_and_long_names_take_fewer_a_part() -> None:
    """Eight phases are one table; names whose words would break at 14 pt in eight columns go fewer a part,
    in parts of evenly many (22 phases of eight at most: 8, 7 and 7)."""
    kit, _ = default_kit()
    ctx = Ctx(kit, Setter(deck_fonts()), DECK_WORDS["nl"], SLIDE_WIDTH, SLIDE_HEIGHT, "nl")
    assert phases_a_part(ctx, [f"Stap {i}" for i in range(8)]) == 8
    assert even_parts(8, 8) == [(0, 8)] and even_parts(22, 8) == [(0, 8), (8, 15), (15, 22)]
    long = ["Klantenservicemedewerkersoverleg"] * 12
    most = phases_a_part(ctx, long)
    assert 1 <= most < 8
    assert 8 * ctx.setter.width(long[0], "heading", 14) > ctx.body.w * 0.86  # eight would break the word
