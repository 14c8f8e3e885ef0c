"""Figures as people and analytics tools write them, read and printed back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvasgen.figures import Figure, FigureError, format_figure, parse_figure


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
    ],
)
def test_format(value: float, unit: str, language: str, signed: bool, expected: str) -> None:
    assert format_figure(value, unit, language, signed) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.floats(min_value=-2_000_000, max_value=2_000_000, allow_nan=False),
    st.sampled_from(["", "%", "€", "$"]),
    st.sampled_from(["nl", "en"]),
)
def test_a_printed_figure_reads_back(value: float, unit: str, language: str) -> None:
    """What canvasgen prints in a language, it reads back in that language as the same (rounded) figure."""
    text = format_figure(value, unit, language)
    places = 0 if abs(value) >= 1000 else 2 if abs(value) >= 1 else 3
    figure = parse_figure(text, language)
    assert figure.unit == unit
    assert figure.value == pytest.approx(round(value, places), abs=10**-places)
