"""Numbers written in the canvas's language, for what people read: "1,9%" and "€ 1.250" in a Dutch
report, "1.9%" and "€1,250" in an English one. The one place that does it, on babel's formatting with
the locale's own symbols (decimal mark, grouping, minus sign: "-" in Dutch and English, which every
brand font has; the typographic minus U+2212 is missing from many, Noto Sans among them). The terminal
speaks English: its numbers are these with language "en".

Cells of a workbook are no text: they stay numbers, with a number format (Excel shows them in the
reader's own way).
"""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.core import UnknownLocaleError
from babel.numbers import format_decimal, get_minus_sign_symbol


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_number(value: float, language: str, places: int = 2, *, fixed: bool = False, signed: bool = False) -> str:
    """``value`` rounded to ``places`` decimals (trailing zeros dropped unless ``fixed``), thousands grouped,
    in the language's symbols; a + before a positive value when ``signed``."""
    decimals = ("0" if fixed else "#") * places
    pattern = "#,##0" + (f".{decimals}" if places else "")
    rounded = round(value, places)
    text = format_decimal(abs(rounded), format=pattern, locale=_locale(language))
    locale = _locale(language)
    sign = get_minus_sign_symbol(locale) if rounded < 0 else "+" if signed and rounded > 0 else ""
    return sign + text


def format_share(value: float, language: str) -> str:
    """A 0..1 measure (how alike two texts are) with two decimals: "0,87" in Dutch."""
    return format_number(value, language, 2, fixed=True)


def format_scores(values: list[float], language: str) -> str:
    """A phase's scores as a report writes them: "-0,5" in Dutch, several apart by " · "."""
    return " · ".join(format_number(v, language, 2) for v in values)
