"""Cell references in a sheet's XML (``canvasgen.read.package.references``), read with openpyxl's parsing:
what is no reference (openpyxl raises its own exception, no ValueError) counts on as Excel does."""

from __future__ import annotations

import pytest

from canvasgen.read.package.references import column_of, position, row_of
from canvasgen.read.package.sanitize import clean_sheet


@pytest.mark.parametrize(
    ("ref", "place"),
    [
        ("B7", (7, 2)),
        ("$B$7", (7, 2)),
        ("b7", (7, 2)),
        ("XFD1048576", (1_048_576, 16_384)),
        ("A0", None),
        ("B7:C9", None),
        ("AAAA1", None),
        ("", None),
        ("7", None),
    ],
)
def test_a_reference_is_a_place_or_none(ref: str, place: tuple[int, int] | None) -> None:
    assert position(ref) == place


def test_a_row_or_cell_without_a_usable_reference_takes_the_next_place() -> None:
    assert (column_of("C3", 1), column_of(None, 4), column_of("A0", 5), column_of("C3:D4", 6)) == (3, 4, 5, 6)
    assert (row_of("12", 1), row_of(None, 4), row_of("0", 5), row_of("x", 6), row_of(" 9 ", 7)) == (12, 4, 5, 6, 9)


def test_a_sheet_with_a_cell_named_a0_is_scanned_not_a_traceback() -> None:
    sheet = b'<worksheet><sheetData><row r="1"><c r="A0"><f>1+1</f></c><c><f>2</f></c></row></sheetData></worksheet>'
    cleaned = clean_sheet(sheet)
    assert (cleaned.cells, cleaned.uncalculated) == (2, ["A0", "B1"])  # the file's own name, then the place counted on
