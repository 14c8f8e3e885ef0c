"""The day an output was made, in the language's own notation wherever canvasgen writes it: the poster's
footer, the deck's title notes, the kit's tiled sheets, and the reports (PDF footer and slide notes)."""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from canvasgen.cli import main
from tests.support.read_back import pdf_text, pdftotext
from tests.support.workbooks import make_book
from tests.support.workshop import canvas

DAY = dt.date(2026, 12, 5)
EPOCH = str(calendar.timegm(DAY.timetuple()) + 12 * 3600)
#: What each language writes, typed out here rather than asked of babel: the notation itself is tested.
WRITTEN = {
    "nl": "gemaakt op 5 december 2026",
    "en": "generated 5 December 2026",  # British English unless the canvas's locale says otherwise
    "de": "erstellt am 5. Dezember 2026",
    "fr": "créé le 5 décembre 2026",
    "es": "creado el 5 de diciembre de 2026",
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _run(args: list[str]) -> None:
    result = CliRunner(env={"SOURCE_DATE_EPOCH": EPOCH}).invoke(main, args)
    assert result.exit_code == 0, result.output


def _notes(pptx: Path) -> list[str]:
    return [_flat(s.notes_slide.notes_text_frame.text) for s in Presentation(str(pptx)).slides if s.has_notes_slide]


@pytest.mark.slow
@pytest.mark.parametrize("lang", list(WRITTEN))
def test_the_poster_deck_and_tiles_say_the_day_in_the_language(tmp_path: Path, lang: str) -> None:
    source = canvas(tmp_path / "reis.xlsx")
    _run(["build", str(source), "-o", str(tmp_path / "out"), "--size", "A3", "--lang", lang])
    poster = tmp_path / "out" / "reis.pdf"
    for text in (pdf_text(poster), pdftotext(poster)):
        assert WRITTEN[lang] in _flat(text)
        assert "2026-12-05" not in text
    title_notes = _notes(tmp_path / "out" / "reis.pptx")[0]
    assert title_notes.endswith(f"reis.xlsx · {WRITTEN[lang]}")
    _run(["kit", str(source), "-o", str(tmp_path / "kit"), "--size", "A3", "--lang", lang])
    tiles = pdf_text(tmp_path / "kit" / "reis-tiles.pdf")
    assert WRITTEN[lang] in _flat(tiles) and "2026-12-05" not in tiles


@pytest.mark.slow
@pytest.mark.parametrize("lang", list(WRITTEN))
def test_a_report_says_the_day_in_the_language(tmp_path: Path, lang: str) -> None:
    old = canvas(tmp_path / "reis.xlsx")
    new = canvas(tmp_path / "reis-v2.xlsx", {"B4": "Vult online in"})
    _run(["diff", str(old), str(new), "-o", str(tmp_path / "out"), "--lang", lang])
    pdf = next((tmp_path / "out").glob("*.pdf"))
    assert WRITTEN[lang] in _flat(pdf_text(pdf)) and WRITTEN[lang] in _flat(pdftotext(pdf))
    notes = _notes(pdf.with_suffix(".pptx"))
    assert notes and all(n.endswith(WRITTEN[lang]) for n in notes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("code", "written"), [("[$-409]d mmmm yyyy", "December 5, 2026"), ("[$-809]d/m/yyyy", "5 December 2026")]
)
def test_english_dates_follow_the_canvas_locale_in_footer_header_and_notes(
    tmp_path: Path, code: str, written: str
) -> None:
    """A workbook whose date cell is formatted under en-US gets American dates everywhere canvasgen
    writes one (the footer's day, the header's date, the deck's notes and title); en-GB, British."""
    import openpyxl

    source = canvas(tmp_path / "reis.xlsx")
    book = openpyxl.load_workbook(source)
    book["Klantreis"]["B3"] = dt.datetime(2026, 12, 5)
    book["Klantreis"]["B3"].number_format = code
    book.save(source)
    _run(["build", str(source), "-o", str(tmp_path / "out"), "--size", "A3", "--lang", "en"])
    poster = tmp_path / "out" / "reis.pdf"
    for text in (_flat(pdf_text(poster)), _flat(pdftotext(poster))):
        assert f"generated {written}" in text  # the footer
        assert f"Datum: {written}" in text  # the header, the cell's date written the same way
    notes = _notes(tmp_path / "out" / "reis.pptx")[0]
    assert notes.endswith(f"reis.xlsx · generated {written}")
    slides = Presentation(str(tmp_path / "out" / "reis.pptx")).slides
    title = " ".join(sh.text_frame.text for sh in slides[0].shapes if sh.has_text_frame)
    assert f"Datum: {written}" in _flat(title)


def test_a_date_cell_in_a_lane_is_shown_in_the_canvas_language_on_poster_and_deck(tmp_path: Path) -> None:
    """#31 decided that ISO dates in cells are shown in the canvas's language on poster and deck. A date cell
    of a lane (a workbook written by a tool: no person's date pattern, so read as ISO) printed 2026-12-15 on
    the poster and its phase slide, beside the header's "Datum: 20 november 2026"."""
    rows = [
        ("Fase", "Aanvragen", "Wachten"),
        ("Klantproces", "Vult het formulier in", "Wacht op bericht"),
        ("Deadline", dt.datetime(2026, 12, 15), None),
    ]
    cells = {f"{col}{r}": v for r, row in enumerate(rows, start=1) for col, v in zip("ABC", row) if v is not None}
    source = make_book(tmp_path / "vergunning.xlsx", {"Klantreis": cells})
    _run(["build", str(source), "-o", str(tmp_path / "out"), "--size", "A3"])
    slides = [
        _flat(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))
        for slide in Presentation(str(tmp_path / "out" / "vergunning.pptx")).slides
    ]
    for text in (_flat(pdf_text(tmp_path / "out" / "vergunning.pdf")), " ".join(slides)):
        assert "15 december 2026" in text and "2026-12-15" not in text
