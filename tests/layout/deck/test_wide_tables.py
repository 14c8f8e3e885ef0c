"""A table of a column per phase for 22 phases (#31): it was set at 14 pt, its phase names broken, and set
every other table of the deck at 14 pt with it; it goes in parts of evenly many phases instead."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import build_deck
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


def test_a_table_of_eight_phases_stays_whole(tmp_path: Path) -> None:
    tables = _tables(_phases(tmp_path / "kort.xlsx", 8), tmp_path / "out")
    channels = [rows for title, rows, _ in tables if title.startswith("Kanalen per fase")]
    assert len(channels) == 1 and len(channels[0][0]) == 9
