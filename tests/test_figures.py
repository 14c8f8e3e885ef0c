"""Figures as people and analytics tools write them, read and printed back."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvasgen.figures import Figure, FigureError, format_figure, format_number, parse_figure


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2,4%", "nl", Figure(2.4, "%")),
        ("2.4 %", "en", Figure(2.4, "%")),
        ("€ 1.250,50", "nl", Figure(1250.5, "€")),
        ("€1,250.50", "en", Figure(1250.5, "€")),
        ("120.000", "nl", Figure(120000, "")),
        ("120.000", "en", Figure(120, "")),  # an English decimal point
        ("1,250", "en", Figure(1250, "")),
        ("1,250", "nl", Figure(1.25, "")),  # a Dutch decimal comma
        ("€ 84.000", "en", Figure(84000, "€")),  # money has two decimals, so three digits group thousands
        ("0.024", "nl", Figure(0.024, "")),  # a leading zero never groups thousands
        ("+38", "nl", Figure(38, "")),
        ("-5", "nl", Figure(-5, "")),
        ("120k", "en", Figure(120000, "")),
        ("1 250", "nl", Figure(1250, "")),
        ("12 procent", "nl", Figure(12, "%")),
        ("EUR 300", "en", Figure(300, "€")),
        ("1.234.567,8", "nl", Figure(1234567.8, "")),
    ],
)
def test_parse(text: str, language: str, expected: Figure) -> None:
    got = parse_figure(text, language)
    assert got.unit == expected.unit and got.value == pytest.approx(expected.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("veel", "is not a number"),
        ("€ 5%", "has two units"),
        ("1.2.3", "thousands separators"),
        ("1,234.5.6", "more than one decimal mark"),
        ("", "is not a number"),
    ],
)
def test_not_a_figure(text: str, reason: str) -> None:
    with pytest.raises(FigureError, match=reason):
        parse_figure(text, "nl")


@pytest.mark.parametrize(
    ("value", "unit", "language", "signed", "expected"),
    [
        (2.4, "%", "nl", False, "2,4%"),
        (2.4, "%", "en", False, "2.4%"),
        (1250, "€", "nl", False, "€ 1.250"),
        (1250, "€", "en", False, "€1,250"),
        (0.024, "", "nl", False, "0,024"),
        (38, "", "nl", True, "+38"),
        (-7.5, "", "en", True, "-7.5"),
        (1260000, "€", "en", False, "€1,260,000"),
        (1250, "€", "de", False, "1.250 €"),
        (2.4, "%", "de", False, "2,4%"),
        (1250, "€", "fr", False, "1\u202f250 €"),
        (-2.5, "", "fr", True, "-2,5"),
        (1250, "€", "es", False, "1.250 €"),
        (0.024, "", "es", False, "0,024"),
    ],
)
def test_format(value: float, unit: str, language: str, signed: bool, expected: str) -> None:
    assert format_figure(value, unit, language, signed) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.floats(min_value=-2_000_000, max_value=2_000_000, allow_nan=False),
    st.sampled_from(["", "%", "€", "$"]),
    st.sampled_from(["nl", "en", "de", "fr", "es"]),
)
def test_a_printed_figure_reads_back(value: float, unit: str, language: str) -> None:
    """What canvasgen prints in a language, it reads back in that language as the same (rounded) figure."""
    text = format_figure(value, unit, language)
    places = 0 if abs(value) >= 1000 else 2 if abs(value) >= 1 else 3
    figure = parse_figure(text, language)
    assert figure.unit == unit
    # rounded as Excel shows it: half away from zero on the digits as written (1.055 prints 1.06)
    shown = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    assert figure.value == pytest.approx(shown, abs=10**-places)


@pytest.mark.parametrize(
    ("language", "expected"), [("de", 1250), ("fr", 1250), ("es", 1250), ("nl", 1250), ("en", 1.25)]
)
def test_a_thousands_point_is_read_in_the_languages_that_write_a_decimal_comma(language: str, expected: float) -> None:
    assert parse_figure("1.250", language).value == expected
    assert parse_figure("2,5", language).value == 2.5  # a comma before fewer than three digits: decimal


@pytest.mark.parametrize(
    ("customer", "expected"),
    [
        ("Der Kunde sucht und findet das Produkt nicht, auch nicht mit der Suche", 1250),  # German
        ("Le client cherche et ne trouve pas les produits dans la liste", 1250),  # French
        ("El cliente busca y no encuentra los productos en la lista para comprar", 1250),  # Spanish
        ("The customer searches and does not find the product on the site", 1.25),  # English
    ],
)
def test_a_canvas_reads_its_figures_in_its_own_language(tmp_path, customer: str, expected: float) -> None:  # type: ignore[no-untyped-def]
    from canvasgen.read.reader import read_canvas
    from tests.support.workbooks import make_book

    path = make_book(
        tmp_path / "reise.xlsx",
        {
            "Journey": {
                "A1": "Phase",
                "B1": "Suche",
                "C1": "Kauf",
                "A2": "Customer process",
                "B2": customer,
                "C2": customer,
                "A3": "KPIs",
                "B3": "Reichweite 1.250",
                "C3": "Conversion 2,5%",
            }
        },
    )
    metrics = {m.name.text: m.value for m in read_canvas(path).metrics}
    assert metrics["Reichweite"] == expected
    assert metrics["Conversion"] == 2.5


@pytest.mark.parametrize(
    ("text", "language", "places", "printed"),
    [
        ("€ 1.234,50", "nl", 2, "€ 1.234,50"),
        ("€1,234.50", "en", 2, "€1,234.50"),
        ("2,40%", "nl", 2, "2,40%"),
        ("1.250", "de", 0, "1.250"),
        ("3,5 uur", "nl", 1, "3,5 uur"),
        ("1,5k", "nl", 0, "1.500"),
        ("120.000", "nl", 0, "120.000"),
    ],
)
def test_a_figure_prints_with_the_decimals_it_was_written_with(
    text: str, language: str, places: int, printed: str
) -> None:
    figure = parse_figure(text, language)
    assert figure.places == places
    assert format_figure(figure.value, figure.unit, language, places=figure.places) == printed


def test_a_worked_out_figure_is_rounded_to_what_reads_well() -> None:
    assert format_figure(1234.6, "€", "nl") == "€ 1.235"  # a total or a return: no places written


def test_a_figure_formatted_once_is_formatted_again_by_every_argument_it_is_asked_with() -> None:
    # format_number remembers what it formatted: each language, number of places, sign and zero asked apart
    assert format_number(1234.5, "nl") == "1.234,5"
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_number(1234.5, "nl", 0) == "1.235"
    assert format_number(1234.5, "nl", 2, fixed=True) == "1.234,50"
    assert format_number(2, "nl", signed=True) == "+2"
    assert format_number(2.0, "nl") == "2"
    assert format_number(-0.004, "nl") == format_number(0.0, "nl") == format_number(-0.0, "nl") == "0"
    assert format_number(-1.5, "nl") == "-1,5"
