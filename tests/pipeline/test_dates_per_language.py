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
from canvasgen.pipeline import BuildOptions, run
from canvasgen.units import parse_paper
from tests.support.read_back import pdf_text, pdfium_text, pdftotext
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
    tiles = pdfium_text(tmp_path / "kit" / "reis-tiles.pdf")
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
        assert f"Date: {written}" in text  # the header: its label in the poster's language
    notes = _notes(tmp_path / "out" / "reis.pptx")[0]
    assert notes.endswith(f"reis.xlsx · generated {written}")
    slides = Presentation(str(tmp_path / "out" / "reis.pptx")).slides
    title = " ".join(sh.text_frame.text for sh in slides[0].shapes if sh.has_text_frame)
    assert f"Date: {written}" in _flat(title)


#: A lane of dates: a date value (a tool's ISO format), a date and time under a person's format that shows
#: the time, and text the client typed, which stays as typed.
LANE_DATES = {
    "A1": "Fase",
    "B1": "Aanvragen",
    "C1": "Wachten",
    "A2": "Klantproces",
    "B2": "Vult het formulier in",
    "C2": "Wacht op bericht",
    "A3": "Deadline",
    "B3": dt.datetime(2026, 12, 15),
    "C3": dt.datetime(2026, 12, 22, 14, 30),
    "A4": "Pijnpunten",
    "B4": "vóór 2026-12-01",
    "C4": "Datum: 2026-11-20",
}
SHOWN = ("15 december 2026", "22 december 2026, 14:30")
TYPED = ("vóór 2026-12-01", "Datum: 2026-11-20")
ISO = ("2026-12-15", "2026-12-22")


def _lane_dates(path: Path, changed: dict[str, object] | None = None) -> Path:
    import openpyxl

    source = make_book(path, {"Klantreis": {**LANE_DATES, **(changed or {})}})
    book = openpyxl.load_workbook(source)
    book["Klantreis"]["C3"].number_format = "dd-mm-yyyy hh:mm"  # a person's format that shows the time
    book.save(source)
    return source


def _slides(pptx: Path) -> list[str]:
    return [
        _flat(" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame))
        for slide in Presentation(str(pptx)).slides
    ]


def _no_iso(text: str) -> bool:
    return not any(iso in text for iso in ISO)


def test_a_date_cell_in_a_lane_is_shown_in_the_canvas_language_on_poster_and_deck(tmp_path: Path) -> None:
    """#31 decided that ISO dates in cells are shown in the canvas's language on poster and deck. A date cell
    of a lane (a workbook written by a tool: no person's date pattern, so read as ISO) printed 2026-12-15 on
    the poster, the glance and its phase slide, beside the header's "Datum: 20 november 2026"; a date and
    time under a format that shows the time keeps its time; text typed with a date in it stays as typed."""
    source = _lane_dates(tmp_path / "vergunning.xlsx")
    _run(["build", str(source), "-o", str(tmp_path / "out"), "--size", "A3"])
    slides = _slides(tmp_path / "out" / "vergunning.pptx")
    phase_slides = [t for t in slides if "Vult het formulier in" in t or "Wacht op bericht" in t]
    assert any(SHOWN[0] in t for t in phase_slides) and any(SHOWN[1] in t for t in phase_slides)
    notes = " ".join(_notes(tmp_path / "out" / "vergunning.pptx"))
    for text in (_flat(pdf_text(tmp_path / "out" / "vergunning.pdf")), " ".join(slides)):
        assert all(shown in text for shown in (*SHOWN, *TYPED)), text
        assert _no_iso(text.replace(TYPED[0], "").replace(TYPED[1], ""))
    assert _no_iso(notes)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", ("15 December 2026", "22 December 2026, 14:30")),
        ("de", ("15. Dezember 2026", "22. Dezember 2026, 14:30")),
        ("fr", ("15 décembre 2026", "22 décembre 2026, 14:30")),
        ("es", ("15 de diciembre de 2026", "22 de diciembre de 2026, 14:30")),
    ],
)
def test_a_run_in_another_language_shows_every_date_cell_in_it(
    tmp_path: Path, lang: str, shown: tuple[str, str]
) -> None:
    """`--lang` writes the lanes' dates in its language, as the header's: one page never mixes two."""
    source = _lane_dates(tmp_path / "vergunning.xlsx", {"A6": "Datum", "B6": dt.datetime(2026, 11, 20)})
    _run(["build", str(source), "-o", str(tmp_path / "out"), "--size", "A3", "--lang", lang, "--no-pdf"])
    deck = " ".join(_slides(tmp_path / "out" / "vergunning.pptx"))
    assert all(s in deck for s in shown) and all(t in deck for t in TYPED)
    assert not any(dutch in deck for dutch in (*SHOWN, "20 november 2026"))  # the canvas's own language


def test_the_kit_prints_date_cells_in_the_language_and_applies_back_unchanged(tmp_path: Path) -> None:
    """The kit's cards and handouts show the date as the poster does, its changes sheet holds the card's
    text as printed, and the sheet handed back untouched asks nothing of the workbook."""
    from openpyxl import load_workbook

    source = _lane_dates(tmp_path / "vergunning.xlsx")
    _run(["kit", str(source), "-o", str(tmp_path / "kit"), "--size", "A3"])
    for sheet in ("cards", "handouts"):
        text = _flat(pdfium_text(tmp_path / "kit" / f"vergunning-{sheet}.pdf"))
        assert all(s in text for s in SHOWN) and _no_iso(text.replace(TYPED[0], "").replace(TYPED[1], "")), sheet
    changes = tmp_path / "kit" / "vergunning-changes.xlsx"
    cells = [str(c) for row in load_workbook(changes).worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert all(any(s == c for c in cells) for s in SHOWN)
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert "now reads" not in result.output and not (tmp_path / "v2.xlsx").exists(), result.output


def test_a_kit_in_another_language_applies_its_edited_dates_read_in_that_language(tmp_path: Path) -> None:
    """`kit --lang en` prints a Dutch canvas's dates in English ("15 December 2026"): `apply` reads the
    cards' dates in the changes sheet's language, so an edited date card is no "card now reads '15 december
    2026'" refusal; the new date the team wrote in English goes in as a date (the cell stays a date cell,
    shown in the canvas's Dutch), a text that is no date as typed, and the untouched date card asks nothing."""
    import openpyxl

    from canvasgen.read.reader import read_canvas

    source = _lane_dates(tmp_path / "vergunning.xlsx", {"D1": "Klaar", "D3": dt.datetime(2027, 1, 8)})
    _run(["kit", str(source), "-o", str(tmp_path / "kit"), "--size", "A3", "--lang", "en"])
    changes = tmp_path / "kit" / "vergunning-changes.xlsx"
    book = openpyxl.load_workbook(changes)
    rows = {row[3].value: row for row in book.worksheets[0].iter_rows() if row[0].value}
    assert "22 December 2026, 14:30" in rows  # printed in English, left as it is
    rows["15 December 2026"][4].value, rows["15 December 2026"][5].value = "change", "18 December 2026"
    rows["8 January 2027"][4].value, rows["8 January 2027"][5].value = "change", "early January"
    book.save(changes)
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and "(2 changed, 0 removed, 0 added" in result.output
    sheet = openpyxl.load_workbook(tmp_path / "v2.xlsx")["Klantreis"]
    assert sheet["B3"].value == dt.datetime(2026, 12, 18)  # a date, not the English text
    assert sheet["C3"].value == dt.datetime(2026, 12, 22, 14, 30) and sheet["D3"].value == "early January"
    lane = next(ln for ln in read_canvas(tmp_path / "v2.xlsx").journeys[0].lanes if ln.label == "Deadline")
    assert [i.text for cell in lane.cells for i in cell] == ["18 december 2026", SHOWN[1], "early January"]


def test_an_unchanged_date_cell_compares_equal_and_a_changed_one_is_said_in_the_language(tmp_path: Path) -> None:
    """`diff` of two versions: the date kept is no change; the date moved is said as the poster says it."""
    old = _lane_dates(tmp_path / "v1.xlsx")
    new = _lane_dates(tmp_path / "v2.xlsx", {"B3": dt.datetime(2026, 12, 18), "B2": "Vult het formulier online in"})
    result = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    assert "15 december 2026 → 18 december 2026" in _flat(result.output)
    assert "14:30" not in result.output and _no_iso(result.output)  # C3 unchanged: not reported


def test_check_and_the_model_json_give_the_date_as_shown_and_its_iso_value(tmp_path: Path) -> None:
    """`check --json` gives each date cell's text as shown and keeps its typed value as ISO text;
    `check --explain` says which cells were shown as dates, and how to show them otherwise."""
    import json

    source = _lane_dates(tmp_path / "vergunning.xlsx")
    result = CliRunner().invoke(main, ["check", "--json", str(source)])
    assert result.exit_code == 0, result.output
    lane = next(ln for ln in json.loads(result.output)["journeys"][0]["lanes"] if ln["label"] == "Deadline")
    items = [item for cell in lane["cells"] for item in cell]
    assert [(i["text"], i["value"]) for i in items] == [(SHOWN[0], "2026-12-15"), (SHOWN[1], "2026-12-22 14:30")]
    explained = _flat(CliRunner().invoke(main, ["check", "--explain", str(source)]).output)
    assert "2 date cells shown as dates in the canvas's language (nl): Klantreis!B3 '15 december 2026'" in explained
    assert "`--lang`" in explained


def test_a_canvas_kept_warm_shows_its_dates_in_each_runs_language(tmp_path: Path) -> None:
    """`watch` and the page keep a canvas read once for the next run: a run in English, then one in the
    canvas's own Dutch. The second showed the English dates again (the run re-showed the dates of the
    shared canvas); then every run re-showed them in place. Now a run prints a copy in its language
    (``in_language``) and never changes the canvas read; the language is a choice only."""
    from canvasgen.pipeline.read import in_language, output_language
    from canvasgen.read.reader import date_items, read_canvas

    canvas = read_canvas(_lane_dates(tmp_path / "vergunning.xlsx"))
    read = {item.text for item in date_items(canvas)}
    assert output_language("en", "nl", canvas) == "en" and output_language(None, "en", canvas) == "nl"
    english = in_language(canvas, "en")
    assert english is not canvas and {item.text for item in date_items(english)} >= {"15 December 2026"}
    assert {item.text for item in date_items(canvas)} == read and SHOWN[0] in read  # the canvas as read
    assert in_language(canvas, "nl") is canvas
    # a warm canvas built in English, then in Dutch: each run's own dates, the canvas left as read
    for lang, shown in (("en", "15 December 2026"), ("nl", SHOWN[0])):
        options = BuildOptions(tmp_path / lang, parse_paper("A3"), language=lang, pdf=False, pptx=True)
        run(tmp_path / "vergunning.xlsx", options, canvas=canvas)
        deck = " ".join(_slides(tmp_path / lang / "vergunning.pptx"))
        assert shown in deck and ("15 December 2026" if lang == "nl" else SHOWN[0]) not in deck
    assert {item.text for item in date_items(canvas)} == read


#: A header's date and a persona's, under formats that show part of a date or the weekday: shown as Excel
#: shows them (in the canvas's language), never with a day the format does not show.
FORMATTED = {"mmm yyyy": "mei 2026", "d mmmm yyyy": "1 mei 2026", "dddd d mmmm yyyy": "vrijdag 1 mei 2026"}


def _formatted_dates(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for row in (
        ["Klantreis fietslease"],
        ["Datum", dt.date(2026, 5, 1)],
        [],
        ["Fase", "Oriëntatie", "Aanvraag", "Levering"],
        ["Klantproces", "Ziet een flyer", "Vult formulier in", "Haalt fiets op"],
        ["Pijnpunten", "Onduidelijke kosten", "Wacht lang", "Fiets te laat"],
    ):
        sheet.append(row)
    sheet["B2"].number_format = "mmm yyyy"
    people = book.create_sheet("Personas")
    for row in (
        ["Naam", "Sanne de Wit", "Daan Vos", "Inès Bakker"],
        ["Rol", "Koper", "Betaler", "Gebruiker"],
        ["Klant sinds", *[dt.date(2026, 5, 1)] * 3],
        ["Doelen", "Snel fietsen", "Lage kosten", "Veilig fietsen"],
    ):
        people.append(row)
    for cell, code in zip(("B3", "C3", "D3"), FORMATTED, strict=True):
        people[cell].number_format = code
    book.save(path)
    return path


def test_a_header_or_persona_date_shows_what_its_format_shows(tmp_path: Path) -> None:
    """A header's or a persona's date formatted "mmm yyyy" showed a whole day ("1 mei 2026") on the poster,
    the deck and in `check`: the reader's one item of a cell (``grid.one_item``) dropped the cell's number
    format, which the touchpoint and persona tables kept (they had their own copy)."""
    import json

    source = _formatted_dates(tmp_path / "lease.xlsx")
    checked = json.loads(CliRunner().invoke(main, ["check", "--json", str(source)]).output)
    assert checked["journeys"][0]["meta"]["date"]["text"] == "mei 2026"
    since = [p["klant_sinds"]["text"] for p in checked["personas"]]
    assert since == list(FORMATTED.values())
    _run(["build", str(source), "-o", str(tmp_path / "out"), "--size", "A3"])
    poster = _flat(pdf_text(tmp_path / "out" / "lease.pdf"))
    deck = " ".join(_slides(tmp_path / "out" / "lease.pptx"))
    for text in (poster, deck):
        assert "Datum: mei 2026" in text and all(shown in text for shown in FORMATTED.values()), text
        assert text.count("1 mei 2026") == 2  # Daan's and Inès's: no day added to the header's or Sanne's
