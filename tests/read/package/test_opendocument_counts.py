"""The counts an OpenDocument spreadsheet writes on its rows and cells (``number-rows-repeated``,
``number-columns-repeated``, ``number-columns-spanned``): a count no spreadsheet program writes is said in
one sentence naming its cell, never a traceback, never words dropped without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.errors import ReadError
from tests.support.other_formats import ods, ods_cell, ods_row
from tests.support.reading import read_canvas

_HEADER = ods_row([ods_cell(t) for t in ["Fase", "Oriëntatie", "Vergelijken", "Aankoop"]])


def _cell(text: str, attributes: str = "") -> str:
    return f'<table:table-cell{attributes} office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def _row(attributes: str = "", cell: str = "") -> str:
    cells = [_cell("Klantproces"), _cell("Zoekt", cell), _cell("Vergelijkt"), _cell("Bestelt")]
    return f"<table:table-row{attributes}>{''.join(cells)}</table:table-row>"


@pytest.mark.parametrize("count", ["0", "³", "٣", "-1", "abc", " 2"])
@pytest.mark.parametrize("kind", ["row", "cell"])
def test_a_repeat_count_no_program_writes_is_said_with_its_cell(tmp_path: Path, kind: str, count: str) -> None:
    """'0': calamine dropped the cell (the cells after it moved a phase to the left) or the whole lane,
    without a word; '³' (a digit to ``str.isdigit``): a ValueError traceback; the others were refused
    without saying where."""
    if kind == "row":
        rows, cell = _HEADER + _row(f' table:number-rows-repeated="{count}"'), "A2"
    else:
        rows, cell = _HEADER + _row(cell=f' table:number-columns-repeated="{count}"'), "B2"
    path = ods(tmp_path / "reis.ods", {"Klantreis": rows})
    with pytest.raises(ReadError) as raised:
        read_canvas(path)
    assert str(raised.value) == (
        f"{path}: Klantreis!{cell}: the {kind} here says it is repeated {count!r} times, a count no spreadsheet "
        "program writes; open the file in LibreOffice and save it again"
    )


@pytest.mark.parametrize("count", ["²", "٣", "0", "-2"])
def test_a_span_count_no_program_writes_leaves_the_cell_unmerged(tmp_path: Path, count: str) -> None:
    """A span is canvasgen's own reading (calamine reports none): a count it cannot use leaves the cell as one
    cell, its words read where they stand ('²' was a ValueError traceback)."""
    rows = _HEADER + _row(cell=f' table:number-columns-spanned="{count}" table:number-rows-spanned="{count}"')
    (journey,) = read_canvas(ods(tmp_path / "reis.ods", {"Klantreis": rows})).journeys
    assert [[i.text for i in cell] for cell in journey.lanes[0].cells] == [["Zoekt"], ["Vergelijkt"], ["Bestelt"]]


def test_a_repeat_count_a_program_writes_is_read(tmp_path: Path) -> None:
    rows = _HEADER + _row(' table:number-rows-repeated="1"', ' table:number-columns-repeated="2"')
    (journey,) = read_canvas(ods(tmp_path / "reis.ods", {"Klantreis": rows})).journeys
    assert [[i.text for i in cell] for cell in journey.lanes[0].cells][:3] == [["Zoekt"], ["Zoekt"], ["Vergelijkt"]]
