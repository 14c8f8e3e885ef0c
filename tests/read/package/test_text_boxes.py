"""Words outside the cells' values (#never lose a word): text boxes and shapes over the grid read as the
cells they stand on, or kept as notes over filled cells; cell comments kept as notes; canvasgen's own
template comments (the lanes' questions) are no client words. Written with XlsxWriter, as Excel does."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from canvasgen.read.grid import comment_text
from tests.support.layouts import build_poster
from tests.support.read_back import pdf_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES


def _book(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Klantreis")
    for ref, text in {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Aankoop",
        "D1": "Gebruik",
        "A2": "Klantproces",
        "B2": "Zoekt een fiets",
        "D2": "Fietst naar het werk",
        "A3": "Pijnpunten",
        "B3": "Te veel keus",
        "D3": "Lekke band",
    }.items():
        sheet.write(ref, text)
    sheet.insert_textbox("C2", "Koopt online\nbetaalt met iDEAL", {"width": 60, "height": 18})
    sheet.insert_textbox("C3", "Levering duurt lang", {"width": 60, "height": 18})
    sheet.insert_textbox("B3", "Sticker op een gevulde cel", {"width": 40, "height": 12})
    sheet.write_comment("B2", "Navragen bij Jan", {"author": "Sanne"})
    book.close()
    return path


def test_text_boxes_are_read_as_the_cells_they_stand_on_and_said(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "stickers.xlsx"))
    journey = canvas.journeys[0]
    customer, pains = journey.lanes
    assert [i.text for i in customer.cells[1]] == ["Koopt online", "betaalt met iDEAL"]
    assert [str(i.source) for i in customer.cells[1]] == ["Klantreis!C2", "Klantreis!C2"]
    assert [i.text for i in pains.cells[1]] == ["Levering duurt lang"]
    said = [str(w).replace(f"{tmp_path}/", "") for w in canvas.warnings]
    assert "stickers.xlsx: Klantreis: 2 text box(es) read as the cells they stand on: C2, C3; check their lanes" in said


def test_a_text_box_over_filled_cells_and_a_comment_are_kept_as_notes(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "stickers.xlsx"))
    notes = {(n.text, str(n.source)) for n in canvas.journeys[0].notes}
    assert notes == {("Sticker op een gevulde cel", "Klantreis!B3"), ("Navragen bij Jan", "Klantreis!B2")}
    said = [str(w).replace(f"{tmp_path}/", "") for w in canvas.warnings]
    assert "stickers.xlsx: Klantreis: 2 comment(s) or text box(es) kept as notes: B2, B3" in said


def test_every_word_of_text_boxes_and_comments_is_on_the_poster(tmp_path: Path) -> None:
    text = squeeze(pdf_text(build_poster(_book(tmp_path / "stickers.xlsx"), tmp_path / "out", "A3")))
    for words in (
        "Koopt online",
        "betaalt met iDEAL",
        "Levering duurt lang",
        "Sticker op een gevulde cel",
        "Navragen bij Jan",
    ):
        assert squeeze(words) in text, words


def test_the_templates_own_comments_are_no_notes() -> None:
    path = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"  # made by `canvasgen template`: a question per lane
    book = openpyxl.load_workbook(path)
    assert sum(1 for sheet in book for row in sheet.iter_rows() for cell in row if cell.comment) >= 4
    canvas = read_canvas(path)
    assert not any(w for w in canvas.warnings if "comment" in str(w))
    assert all("?" not in n.text for j in canvas.journeys for n in j.notes)


def test_excels_notice_over_a_threaded_comment_is_left_out() -> None:
    written = (
        "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any "
        "edits to it will get removed if the file is opened in a newer version of Excel. Learn more: "
        "https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Prijs klopt niet"
    )
    assert comment_text(written) == "Prijs klopt niet"
    assert comment_text("Gewoon een opmerking\nover twee regels") == "Gewoon een opmerking over twee regels"
