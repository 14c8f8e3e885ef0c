"""A cell as Excel shows it (``canvasgen.read.shown``): the reading side (English unless the format names
Dutch, every digit kept) and the changes sheet's side (the workbook's language, through babel), one table
each over the same grammar of format codes."""

from __future__ import annotations

import datetime as dt

import pytest

from canvasgen.read.shown import displayed, is_date_format, sections, shown_date, shown_number

MARCH_9 = dt.datetime(2025, 3, 9, 14, 5, 7)


@pytest.mark.parametrize(("code", "parts"), [
    ("0.00", ["0.00"]),
    ('0;"neg;ative"0;"nul"', ["0", '"neg;ative"0', '"nul"']),
    ("#,##0;[Red]-#,##0", ["#,##0", "[Red]-#,##0"]),
])  # fmt: skip
def test_a_format_splits_into_sections_outside_quotes(code: str, parts: list[str]) -> None:
    assert sections(code) == parts


@pytest.mark.parametrize(("code", "is_date"), [
    ("dd-mm-yyyy", True), ("h:mm", True), ("[$-413]d mmmm", True), ("0.00", False), ('"day "0', False),
    ("[Red]0", False), ("General", False), ("0%", False),
])  # fmt: skip
def test_a_date_format_is_told_from_a_number_format(code: str, is_date: bool) -> None:
    assert is_date_format(code) is is_date


@pytest.mark.parametrize(("value", "code", "shown"), [
    (MARCH_9, "mmm yyyy", "Mar 2025"),
    (MARCH_9, "d mmmm yyyy", "9 March 2025"),
    (MARCH_9, "[$-413]d mmmm yyyy", "9 maart 2025"),
    (MARCH_9, "[$-813]dddd d mmm", "zondag 9 maa"),
    (MARCH_9, "dd-mm-yyyy", "09-03-2025"),
    (MARCH_9, "h:mm", "14:05"),
    (MARCH_9, "mm:ss", "05:07"),  # minutes before seconds
    (MARCH_9, "h:mm AM/PM", "2:05 PM"),
    (MARCH_9, 'd "de" mmmm', "9 de March"),
    (dt.time(9, 30), "hh:mm", "09:30"),
    (MARCH_9, "General", None),
    (MARCH_9, "yyyy-mm-dd", None),  # a library's pattern: read as ISO
])  # fmt: skip
def test_a_date_is_read_as_its_format_shows_it(value: dt.datetime, code: str, shown: str | None) -> None:
    assert shown_date(value, code) == shown


@pytest.mark.parametrize(("value", "code", "shown"), [
    (0.25, "0%", "25%"),
    (0.024, "0%", "2.4%"),  # every digit kept: the reader never rounds a client's figure away
    (1234.5, "€ #,##0.00", "€ 1,234.50"),
    (1234.5, "[$€-413] #,##0.00", "€ 1.234,50"),
    (1234.5, "#,##0.00 €", "1,234.50 €"),
    (-12.0, "$#,##0", "-$12"),
    (0.1, "0.00", "0.10"),
    (3.0, "General", "3"),
    (2.5, "[Blue]General", "2.5"),
])  # fmt: skip
def test_a_number_is_read_as_its_format_shows_it(value: float, code: str, shown: str) -> None:
    assert shown_number(value, code) == shown


@pytest.mark.parametrize(("value", "code", "language", "shown"), [
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
])  # fmt: skip
def test_the_changes_sheet_shows_a_value_in_the_workbooks_language(
    value: object, code: str, language: str, shown: str
) -> None:
    assert displayed(value, code, language) == shown
