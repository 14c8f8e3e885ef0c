"""A cell as Excel shows it (``canvasgen.read.shown``): the reading side (English unless the format names a
language, every digit kept) and the changes sheet's side (the workbook's language, through babel), one table
each over the same grammar of format codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from canvasgen.read.shown import displayed, is_date_format, number_parts, sections, shown_date, shown_number

MARCH_9 = dt.datetime(2025, 3, 9, 14, 5, 7)


@pytest.mark.parametrize(
    ("code", "parts"),
    [
        ("0.00", ["0.00"]),
        ('0;"neg;ative"0;"nul"', ["0", '"neg;ative"0', '"nul"']),
        ("#,##0;[Red]-#,##0", ["#,##0", "[Red]-#,##0"]),
    ],
)
def test_a_format_splits_into_sections_outside_quotes(code: str, parts: list[str]) -> None:
    assert sections(code) == tuple(parts)  # a tuple: cached once per format, shared by its callers


@pytest.mark.parametrize(
    ("code", "is_date"),
    [
        ("dd-mm-yyyy", True),
        ("h:mm", True),
        ("[$-413]d mmmm", True),
        ("0.00", False),
        ('"day "0', False),
        ("[Red]0", False),
        ("General", False),
        ("0%", False),
    ],
)
def test_a_date_format_is_told_from_a_number_format(code: str, is_date: bool) -> None:
    assert is_date_format(code) is is_date


@pytest.mark.parametrize(
    ("value", "code", "shown"),
    [
        (MARCH_9, "mmm yyyy", "Mar 2025"),
        (MARCH_9, "d mmmm yyyy", "9 March 2025"),
        (MARCH_9, "[$-413]d mmmm yyyy", "9 maart 2025"),
        (MARCH_9, "[$-813]dddd d mmm", "zondag 9 mrt"),  # Excel's Dutch abbreviation, not "maa"
        (MARCH_9, "[$-413]ddd d mmm", "zo 9 mrt"),
        (MARCH_9.replace(month=10), "[$-413]mmm yyyy", "okt 2025"),
        (MARCH_9, "[$-40C]ddd d mmm", "dim. 9 mars"),  # French keeps its dot, as Excel shows it
        (MARCH_9, "[$-C0A]d mmm", "9 mar"),
        (MARCH_9, "dd-mm-yyyy", "09-03-2025"),
        (MARCH_9, "h:mm", "14:05"),
        (MARCH_9, "mm:ss", "05:07"),  # minutes before seconds
        (MARCH_9, "h:mm AM/PM", "2:05 PM"),
        (MARCH_9, 'd "de" mmmm', "9 de March"),
        (dt.time(9, 30), "hh:mm", "09:30"),
        (MARCH_9, "General", None),
        (MARCH_9, "yyyy-mm-dd", None),  # a library's pattern: read as ISO
    ],
)
def test_a_date_is_read_as_its_format_shows_it(value: dt.datetime, code: str, shown: str | None) -> None:
    assert shown_date(value, code) == shown


@pytest.mark.parametrize(
    ("value", "code", "shown"),
    [
        (0.25, "0%", "25%"),
        (0.024, "0%", "2.4%"),  # every digit kept: the reader never rounds a client's figure away
        (1234.5, "€ #,##0.00", "€ 1,234.50"),
        (1234.5, "[$€-413] #,##0.00", "€ 1.234,50"),
        (1234.5, "#,##0.00 €", "1,234.50 €"),
        (-12.0, "$#,##0", "-$12"),
        (0.1, "0.00", "0.10"),
        (3.0, "General", "3"),
        (2.5, "[Blue]General", "2.5"),
    ],
)
def test_a_number_is_read_as_its_format_shows_it(value: float, code: str, shown: str) -> None:
    assert shown_number(value, code) == shown


#: Formats as Excel (English, en-US) shows them, and what the reader makes of them: the same, except where
#: the reader keeps more than Excel shows (a percentage's every digit; a plain number ungrouped where the
#: file names no locale or currency, so that "1,250" is never taken for 1.25), said in the last column.
EXCEL_SHOWS = [
    (-0.5, "0.0%", "-50.0%", None),
    (-0.5, "0.0%;[Red]-0.0%", "-50.0%", None),
    (0.1234, "0.00%", "12.34%", None),
    (0.5, "0%", "50%", None),
    (0.12345, "0.0%", "12.3%", "12.345%"),  # every digit kept
    (1234.5, "#,##0.00 [$€-409]", "1,234.50 €", None),  # the symbol after the number, where the format puts it
    (1234.5, "[$€-409] #,##0.00", "€ 1,234.50", None),
    (1234.5, "[$$-409]#,##0.00", "$1,234.50", None),
    (-1234.5, '"€ "#,##0.00;[Red]-"€ "#,##0.00', "-€ 1,234.50", None),
    (-1234.5, "[$€-409] #,##0.00;([$€-409] #,##0.00)", "(€ 1,234.50)", None),
    (-3.0, "$#,##0.00", "-$3.00", None),
    (1234.5, "_-* #,##0.00 [$€-409]_-;-* #,##0.00 [$€-409]_-", "1,234.50 €", None),  # paddings and fills
    (0.125, "0.00", "0.13", None),  # rounded half away from zero, as Excel does
    (2.25, "0.0", "2.3", None),
    (0.5, "#.00", ".50", None),
    (7.0, "000", "007", None),
    (-1234.5, "#,##0.00;(#,##0.00)", "(1,234.50)", "(1234.50)"),  # no locale named: ungrouped
    (1234.5, "#,##0", "1,235", "1234.5"),  # a plain number: as stored
    (1234567.0, '#,##0,"k"', "1,235k", "1235k"),  # its words kept, ungrouped
    (1.5, "0.00E+00", "1.50E+00", "1.5"),  # scientific: as stored
]


@pytest.mark.parametrize(("value", "code", "excel", "kept"), EXCEL_SHOWS)
def test_a_table_of_formats_against_what_excel_shows(value: float, code: str, excel: str, kept: str | None) -> None:
    assert shown_number(value, code) == (kept or excel)


@pytest.mark.parametrize(
    ("value", "code", "language", "shown"),
    [
        (0.5, "General", "nl", "0,5"),
        (0.5, "General", "en", "0.5"),
        (0.25, "0%", "nl", "25%"),
        (1234.5, "€ #,##0.00", "nl", "€ 1.234,50"),
        (1234.5, "[$€-413] #,##0.00", "en", "€ 1,234.50"),
        (-3.0, '0;"min "0', "en", "min 3"),  # the negative section writes its own sign
        (dt.datetime(2026, 2, 1), "d-m", "nl", "1-2"),
        (dt.datetime(2026, 2, 1), "d mmmm yyyy", "nl", "1 februari 2026"),
        (MARCH_9, "h:mm", "en", "14:05"),
        (True, "General", "en", "TRUE"),
        ("tekst", "0.00", "nl", "tekst"),
        (None, "0.00", "nl", ""),
    ],
)
def test_the_changes_sheet_shows_a_value_in_the_workbooks_language(
    value: object, code: str, language: str, shown: str
) -> None:
    assert displayed(value, code, language) == shown


DEC_5 = dt.date(2026, 12, 5)
#: A date cell formatted the way each language writes a date out in full, under its own locale code.
LONG_DATES = {
    "nl": "[$-413]d mmmm yyyy",
    "en": "[$-409]mmmm d, yyyy",
    "de": "[$-407]d. mmmm yyyy",
    "fr": "[$-40C]d mmmm yyyy",
    "es": '[$-C0A]d "de" mmmm "de" yyyy',
}


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("[$-407]d. mmmm yyyy", "5. Dezember 2026"),
        ("[$-C07]dddd, d. mmm", "Samstag, 5. Dez"),  # German of Austria: the same language
        ("[$-40C]dddd d mmmm yyyy", "samedi 5 décembre 2026"),
        ("[$-80C]d mmmm", "5 décembre"),  # French of Belgium
        ('[$-C0A]d "de" mmmm "de" yyyy', "5 de diciembre de 2026"),
        ("[$-F800]dddd, mmmm dd, yyyy", "Saturday, December 05, 2026"),  # the system's long date: no language
    ],
)
def test_a_date_under_a_german_french_or_spanish_locale_code_is_read_with_its_names(code: str, shown: str) -> None:
    assert shown_date(dt.datetime.combine(DEC_5, dt.time()), code) == shown


@pytest.mark.parametrize("language", list(LONG_DATES))
@pytest.mark.parametrize("labels", ["own", "nl"])
def test_a_date_read_in_a_language_is_the_date_canvasgen_prints_in_it(
    tmp_path: Path, language: str, labels: str
) -> None:
    """Round trip over the locales: the date a canvas shows in its language's long notation is read as
    exactly what canvasgen itself writes for that day in that language (babel's long date). The canvas's
    language is its labels' (#31: a date cell is shown in the canvas's language): a canvas labelled in the
    language shows the date in it; one labelled in Dutch ("Datum", "Fase", "Klantproces") shows a date its
    format gives in German in Dutch, so that one page never mixes two languages' dates."""
    import openpyxl

    from canvasgen.figures import format_day
    from canvasgen.read.reader import read_canvas
    from canvasgen.words import LANE_LABELS, META_LABELS, WORDS

    said = language if labels == "own" else "nl"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Journey"
    for ref, value in {
        "A1": META_LABELS[said]["date"],
        "A3": WORDS[said]["phase"],
        "B3": "Eins",
        "C3": "Zwei",
        "A4": LANE_LABELS[said]["customer"],
        "B4": "Sucht",
        "C4": "Kauft",
    }.items():
        sheet[ref] = value
    sheet["B1"] = dt.datetime.combine(DEC_5, dt.time())
    sheet["B1"].number_format = LONG_DATES[language]
    book.save(tmp_path / "reise.xlsx")
    canvas = read_canvas(tmp_path / "reise.xlsx")
    assert canvas.language == said
    assert canvas.region == ("US" if language == "en" else None)  # [$-409]: English of the United States
    assert canvas.journeys[0].meta["date"].text == format_day(DEC_5, said, canvas.region)
    assert canvas.journeys[0].meta["date"].value == "2026-12-05"


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("[$-nl-NL]d mmmm yyyy", "14 maart 2025"),
        ("[$-de-DE]DD. MMMM YYYY", "14. März 2025"),
        ("[$-fr-FR]dddd d mmmm yyyy", "vendredi 14 mars 2025"),
        ("[$-es-ES]d mmmm yyyy", "14 marzo 2025"),
        ("[$-413]d mmmm yyyy", "14 maart 2025"),
        ("[$-x-sysdate]dddd, mmmm dd, yyyy", "Friday, March 14, 2025"),
    ],
)
def test_a_date_under_a_language_tag_is_shown_in_that_language(code: str, shown: str) -> None:
    """Round 5 (H7): newer files name the locale by its tag ([$-nl-NL]), not its Windows code ([$-413])."""
    assert shown_date(dt.datetime(2025, 3, 14), code) == shown


@pytest.mark.parametrize("language", list(LONG_DATES))
def test_a_date_written_out_in_a_language_is_read_back_and_other_text_is_no_date(language: str) -> None:
    """`apply` reads a kit's date cards in the changes sheet's language: what canvasgen writes for a day (and
    a time, its day's name) is read back as that day; a date with a part missing or a word more is none."""
    from canvasgen.read.shown import read_when, shown_when

    timed = dt.datetime(2026, 12, 22, 14, 30)
    for code in ("yyyy-mm-dd", "dddd d mmmm yyyy"):
        assert read_when(shown_when(DEC_5, code, language), language) == DEC_5
    assert read_when(shown_when(timed, None, language), language) == timed
    assert read_when(shown_when(timed, None, "en", "US"), "en") == timed  # "December 22, 2026, 2:30 PM"
    for text in ("5 december", "eind december 2026", "vóór 2026-12-01", "31 February 2026", "dec 2026", ""):
        assert read_when(text, language) is None


@pytest.mark.parametrize(
    ("value", "shown", "words", "percent"),
    [(0.25, "25.0%", "%", True), (-3, "(3 dagen)", "( dagen)", False), (0, "0", "nul", False)],
)
def test_a_numbers_parts_come_from_the_section_it_is_shown_in(
    value: float, shown: str, words: str, percent: bool
) -> None:
    """``number_parts`` and ``shown_number`` choose a format's section one way: the negative numbers' and
    zero's where the format has them (a section of words alone shows the value as stored)."""
    code = '0.0%;(0 "dagen");"nul"'
    assert shown_number(value, code) == shown
    parts = number_parts(value, code)
    assert (parts.words, parts.percent) == (words, percent)
