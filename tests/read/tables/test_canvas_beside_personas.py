"""A canvas and a persona block (or persona table) on the same sheet, on any side of it (r14 F17, F18, F25,
F26): both are read — the journey with all its lanes, the persona with only its own fields — and no word is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

Rows = list[list[str]]

NL_CANVAS: Rows = [
    ["Fase", "Oriënteren", "Aanmelden", "Gebruiken"],
    ["Klantproces", "Leest flyer", "Vult formulier in", "Sport twee keer per week"],
    ["Pijnpunten", "Flyer onduidelijk", "Contract 12 maanden", "Te druk om 18 uur"],
]
EN_CANVAS: Rows = [
    ["Stage", "Awareness", "Consideration", "Purchase"],
    ["Customer actions", "Sees an ad", "Compares plans", "Pays online"],
    ["Pain points", "Too many brands", "Unclear prices", "Card refused"],
]
#: No word in the corner: the phase names and the lane labels tell the canvas.
BARE_CANVAS: Rows = [["", "Oriënteren", "Aankoop", "Gebruik"], *NL_CANVAS[1:]]
NL_BLOCK: Rows = [["Naam", "Noor Haddad"], ["Leeftijd", "27"], ["Doelen", "Fitter worden"]]
EN_BLOCK: Rows = [["Field", "Details"], ["Name", "Ben Carter"], ["Age", "34"], ["Goals", "Cycle to work"]]
NL_TABLE: Rows = [["Naam", "Leeftijd", "Doelen"], ["Noor", "27", "Fitter worden"], ["Kees", "61", "Minder rugpijn"]]


def _place(cells: dict[str, object], rows: Rows, top: int, left: int) -> None:
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                cells[f"{get_column_letter(left + c)}{top + r}"] = text


def _book(path: Path, canvas: Rows, personas: Rows, side: str, gap: int) -> Path:
    """The canvas and the personas on one sheet, the personas ``side`` of it, ``gap`` blank rows/columns apart."""
    cells: dict[str, object] = {}
    if side == "above":
        _place(cells, personas, 1, 1)
        _place(cells, canvas, len(personas) + gap + 1, 1)
    elif side == "below":
        _place(cells, canvas, 1, 1)
        _place(cells, personas, len(canvas) + gap + 1, 1)
    elif side == "left":
        _place(cells, personas, 1, 1)
        _place(cells, canvas, 1, len(personas[0]) + gap + 1)
    else:
        _place(cells, canvas, 1, 1)
        _place(cells, personas, 1, len(canvas[0]) + gap + 1)
    return make_book(path, {"Reis": cells})


@pytest.mark.parametrize(
    ("canvas_rows", "personas", "side", "gap", "names"),
    [
        (NL_CANVAS, NL_BLOCK, "above", 2, ["Noor Haddad"]),  # F18
        (NL_CANVAS, NL_BLOCK, "above", 1, ["Noor Haddad"]),
        (BARE_CANVAS, NL_BLOCK, "above", 2, ["Noor Haddad"]),
        (BARE_CANVAS, EN_BLOCK, "left", 1, ["Ben Carter"]),
        (EN_CANVAS, EN_BLOCK, "above", 4, ["Ben Carter"]),
        (NL_CANVAS, NL_TABLE, "above", 2, ["Noor", "Kees"]),  # F26
        (NL_CANVAS, EN_BLOCK, "left", 1, ["Ben Carter"]),  # F25
        (EN_CANVAS, EN_BLOCK[1:], "left", 1, ["Ben Carter"]),
        (NL_CANVAS, EN_BLOCK, "below", 2, ["Ben Carter"]),  # F17
        (NL_CANVAS, EN_BLOCK, "below", 3, ["Ben Carter"]),
        (NL_CANVAS, EN_BLOCK, "right", 2, ["Ben Carter"]),
        (NL_CANVAS, NL_TABLE, "below", 2, ["Noor", "Kees"]),
    ],
)
def test_canvas_and_personas_on_one_sheet_are_both_read(
    tmp_path: Path, canvas_rows: Rows, personas: Rows, side: str, gap: int, names: list[str]
) -> None:
    path = _book(tmp_path / "reis.xlsx", canvas_rows, personas, side, gap)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == canvas_rows[0][1:]
    assert [lane.label for lane in journey.lanes] == [row[0] for row in canvas_rows[1:]]
    written = [[" ".join(i.text for i in cell) for cell in lane.cells] for lane in journey.lanes]
    assert written == [row[1:] for row in canvas_rows[1:]]
    assert [p.name.text if p.name else None for p in canvas.personas] == names
    persona_texts = {item.text for p in canvas.personas for item in p.fields.values()}
    assert not persona_texts & {text for row in canvas_rows for text in row if text}  # no canvas cell in a persona
    assert lost_lines(path, canvas) == []
    assert any("read as a canvas, kept from the personas" in line for line in canvas.reading)
    assert any("to read them as the canvas's lanes, write them in the canvas's rows" in line for line in canvas.reading)


def test_a_plain_canvas_says_nothing_of_personas(tmp_path: Path) -> None:
    cells: dict[str, object] = {}
    _place(cells, NL_CANVAS, 1, 1)
    path = make_book(tmp_path / "reis.xlsx", {"Reis": cells})
    canvas = read_canvas(path)
    assert len(canvas.journeys) == 1 and canvas.personas == []
    assert not any("kept from the personas" in line for line in canvas.reading)
