"""A one-line cell of items written with " | " between them ("pains separated by `|`", F11) is a list: an
item each, on the poster as bullets and cut between items where a long cell goes on, not one run-on
paragraph with literal bars."""

from __future__ import annotations

from pathlib import Path

from canvasgen.render.xlsx.cell_text import rewrite_items
from canvasgen.text import split_items
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def test_a_cell_of_bar_separated_items_reads_as_its_items(tmp_path: Path) -> None:
    pains = "API credentials management not straightforward | Terminal shortage | Hundreds of possible settings"
    book = make_book(
        tmp_path / "journey.xlsx",
        {
            "Journey": {
                "A1": "Phase",
                "B1": "Test & Integration",
                "C1": "Go live",
                "A2": "Customer actions",
                "B2": "Orders test terminals",
                "C2": "Configures the stores",
                "A3": "Pain points",
                "B3": pains,
                "C3": "Manual setup per store",
            }
        },
    )
    journey = read_canvas(book).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Pain points")
    assert [item.text for item in lane.cells[0]] == [
        "API credentials management not straightforward",
        "Terminal shortage",
        "Hundreds of possible settings",
    ]
    assert [item.text for item in lane.cells[1]] == ["Manual setup per store"]


def test_bars_without_spaces_or_with_an_empty_part_stay_one_item() -> None:
    assert split_items("TEST|LIVE parity") == ["TEST|LIVE parity"]
    assert split_items("Slow | Costly | ") == ["Slow | Costly |"]


def test_a_bar_list_written_back_keeps_its_bars() -> None:
    text, meant = rewrite_items("Slow | Costly | Unclear", {1: "Expensive"}, [])
    assert (text, meant) == ("Slow | Expensive | Unclear", ["Slow", "Expensive", "Unclear"])
