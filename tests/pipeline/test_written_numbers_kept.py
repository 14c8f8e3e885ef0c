"""A number the client wrote before an item is the client's text: a step numbered across the journey
("2. Long identity check" under "3. Enters card details") is printed with its number on the poster and in
the deck; only a cell numbering its own lines 1, 2, 3 ... in order has list markers, stripped as bullets are."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.reader import read_canvas
from canvasgen.render.xlsx.cell_text import rewrite_items
from canvasgen.text import split_items
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.workbooks import Cells, make_book

#: An emotion-position grid whose moments are numbered across the journey, and one cell that is a list.
MOMENTS: Cells = {
    "B1": "Discover",
    "C1": "Sign up",
    "D1": "First ride",
    "E1": "Renew",
    "A2": "Positive experience",
    "B2": "1. Sees a friend ride one",
    "D2": "4. Effortless first ride",
    "E2": "6. Discount for loyal riders",
    "A3": "Neutral",
    "C3": "3. Enters card details",
    "E3": "5. Reminder e-mail",
    "A4": "Negative experience",
    "C4": "2. Long identity check",
}


def test_a_number_standing_alone_stays_a_list_number_goes() -> None:
    assert split_items("2. Long identity check") == ["2. Long identity check"]
    assert split_items("1. Bellen\n2. Mailen\n3. Chatten") == ["Bellen", "Mailen", "Chatten"]
    assert split_items("3. Enters card details\n5. Pays") == ["3. Enters card details", "5. Pays"]
    assert split_items("- Bellen\n- Mailen") == ["Bellen", "Mailen"]


def test_the_reader_keeps_the_step_numbers_and_their_order(tmp_path: Path) -> None:
    canvas = read_canvas(make_book(tmp_path / "moments.xlsx", {"Emotions": MOMENTS}))
    items = [item for lane in canvas.journeys[0].lanes for cell in lane.cells for item in cell]
    assert {item.text: item.order for item in items} == {
        "1. Sees a friend ride one": 1,
        "4. Effortless first ride": 4,
        "6. Discount for loyal riders": 6,
        "3. Enters card details": 3,
        "5. Reminder e-mail": 5,
        "2. Long identity check": 2,
    }


def test_check_says_the_numbers_are_kept(tmp_path: Path) -> None:
    code, out, err = run_clean("check", make_book(tmp_path / "moments.xlsx", {"Emotions": MOMENTS}), "--explain")
    assert code == 0, out + err
    assert "the numbers written before the items in B2, D2, E2, C3, E3, C4 are kept in their text" in out


def test_a_changed_numbered_item_keeps_one_number() -> None:
    assert rewrite_items("2. Long identity check", {0: "2. Short identity check"}, []) == (
        "2. Short identity check",
        ["2. Short identity check"],
    )
    assert rewrite_items("1. Bellen\n2. Mailen", {1: "Appen"}, ["Chatten"]) == (
        "1. Bellen\n2. Appen\n3. Chatten",
        ["Bellen", "Appen", "Chatten"],
    )


@pytest.mark.slow
def test_poster_and_deck_print_the_step_numbers(tmp_path: Path) -> None:
    source = make_book(tmp_path / "moments.xlsx", {"Emotions": MOMENTS})
    code, out, err = run_clean("build", source, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0, out + err
    poster = squeeze(pdf_text(tmp_path / "out" / "moments.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "moments.pptx"))
    for written in MOMENTS.values():
        if isinstance(written, str) and written[0].isdigit():
            assert squeeze(written) in poster, written
            assert squeeze(written) in deck, written
