"""Round 21, hostile F6: an .ods keeps a percentage as its share (``office:value-type="percentage"``, 0.018 shown
"1,80%"); calamine gives the bare 0.018, so the poster printed "CTR 0,018% · doel 0,02%" without a word, and the
new workbook of ``apply`` kept 0.0041 as 0.0040999999999999995 (a change ``diff`` then reported). An ODS percentage
is read as it is shown, as an Excel cell's percent format is, and written back without float noise."""

from __future__ import annotations

from pathlib import Path

from canvasgen.analysis.diff import compare
from canvasgen.read.reader import read_canvas
from canvasgen.render.xlsx.model_book import workbook_of
from tests.support.other_formats import CANVAS_ODS, ods, ods_cell, ods_row


def _percent(share: str, shown: str) -> str:
    return (
        f'<table:table-cell office:value-type="percentage" office:value="{share}"><text:p>{shown}</text:p>'
        "</table:table-cell>"
    )


def _float(value: str) -> str:
    cell = f'<table:table-cell office:value-type="float" office:value="{value}">'
    return f"{cell}<text:p>{value}</text:p></table:table-cell>"


METINGEN = (
    ods_row([ods_cell(t) for t in ("Fase", "Metriek", "Waarde", "Doel")])
    + ods_row([ods_cell("Oriëntatie"), ods_cell("CTR"), _percent("0.018", "1,80%"), _percent("0.02", "2%")])
    + ods_row([ods_cell("Vergelijken"), ods_cell("Bouncepercentage"), _percent("0.0041", "0,41%"), _float("0.0035")])
    + ods_row([ods_cell("Aankoop"), ods_cell("Bestellingen"), _float("120"), _float("150")])
)


def test_an_ods_percentage_reads_as_shown_and_is_written_back_as_it_was(tmp_path: Path) -> None:
    source = ods(tmp_path / "p.ods", {"Klantreis": CANVAS_ODS, "Metingen": METINGEN})
    canvas = read_canvas(source)
    figures = {m.name.text: (m.value, m.unit, m.target, m.places) for m in canvas.metrics}
    assert figures["CTR"] == (1.8, "%", 2.0, 2)  # "1,80%": its two decimals printed again
    assert figures["Bestellingen"] == (120.0, "", 150.0, 0)  # a plain number stays itself
    assert figures["Bouncepercentage"][:3] == (0.41, "%", 0.35)  # a bare share beside a percentage, as in .xlsx
    book = workbook_of(canvas, "nl")
    shares = {
        row[2].value: (row[3].value, row[3].number_format)
        for row in book["Metingen"].iter_rows(min_row=2)
        if row[2].value
    }
    assert shares["Bouncepercentage"] == (0.0041, "0.00%")  # not 0.0040999999999999995
    assert shares["CTR"] == (0.018, "0.00%")
    out = tmp_path / "p-v2.xlsx"
    book.save(out)
    again = read_canvas(out)
    assert {m.name.text: m.value for m in again.metrics} == {"CTR": 1.8, "Bouncepercentage": 0.41, "Bestellingen": 120}
    assert compare(canvas, again).figures == []  # no change nobody made
