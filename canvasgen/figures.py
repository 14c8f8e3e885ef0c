"""Figures as people write them, read and printed per language: "2,4%", "€ 1.250,00", "1,234.5", "+38", "120k".

Dutch, German, French and Spanish write a decimal comma (babel's decimal symbol
of the language), English a decimal point; analytics exports use either. When a number has both separators the
last one is the decimal mark; when it has one, the language decides what a
group of exactly three digits after it means ("120.000" is 120000 in Dutch,
"1.250" is 1.25 in English, 1250 in German). Figures print back in the canvas's language.

Printing (``format_number`` and the functions after it) writes numbers in the canvas's language:
"1,9%" and "€ 1.250" in a Dutch report, "1.9%" and "€1,250" in an English one. The one place that
does it, on babel's formatting with the locale's own symbols (decimal mark, grouping, minus sign: "-"
in Dutch and English, which every brand font has; the typographic minus U+2212 is missing from many,
Noto Sans among them). The terminal speaks English: its numbers are these with language "en".

Cells of a workbook are no text: they stay numbers, with a number format (Excel shows them in the
reader's own way).

Dates canvasgen writes itself (the day a poster or deck was made) are written the language's long way
with babel: "5 december 2026", "5. Dezember 2026", "5 décembre 2026" (``format_day``). English is
British unless the canvas's own locale says American: "5 December 2026", "December 5, 2026" (en-US).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal, get_decimal_symbol, get_minus_sign_symbol

from canvasgen.model import Item, Metric, ScoreScale
from canvasgen.text import clean, excerpt
from canvasgen.vocabulary.metrics import AT_LEAST, AT_MOST, DURATIONS
from canvasgen.words import DEFAULT_LANGUAGE, WORDS

CURRENCIES = {"€": "€", "eur": "€", "euro": "€", "$": "$", "usd": "$", "£": "£", "gbp": "£"}
PERCENT = "%"
_DURATION = "|".join(sorted(DURATIONS, key=len, reverse=True))
#: A figure inside a text ("Umsatz 1.250 € (Ziel 2.000 €)", "Délai 14 jours", "Coût 1 250,50"): what
#: ``parse_figure`` reads, with digits grouped by spaces only in threes ("1 250"), so that a name's own
#: numbers do not run into the figure.
FIGURE_IN_TEXT = (
    r"(?:[€$£]\s?)?[+\-−]?\s?(?:[€$£]\s?)?"
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d[\d.,']*)"
    r"\s?(?:k|K|mln|M)?\s?"
    rf"(?:%|[€$£]|(?:eur|euro|usd|gbp|{_DURATION})\b\.?)?"
)

_BOUNDS = {**dict.fromkeys(AT_LEAST, False), **dict.fromkeys(AT_MOST, True)}
_BOUND = re.compile(
    "^(" + "|".join(re.escape(w) for w in sorted(_BOUNDS, key=len, reverse=True)) + r")\s*(?=[\d€$£+\-−])",
    re.IGNORECASE,
)

_SCALES = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mln": 1e6, "mio": 1e6, "mld": 1e9, "bn": 1e9}
_FIGURE = re.compile(
    r"""^(?P<pre>€|\$|£|eur|usd|gbp)?\s*
        (?P<sign>[+\-−])?\s*
        (?P<pre2>€|\$|£)?\s*
        (?P<num>\d[\d.,\s']*\d|\d)\s*
        (?P<scale>k|K|m|M|mln|mio|mld|bn)?\s*
        (?P<post>%|€|\$|£|eur|euro|usd|gbp|procent|percent|"""
    + _DURATION
    + r""")?(?(post)\.?)$""",
    re.VERBOSE | re.IGNORECASE,
)


class FigureError(ValueError):
    """Text that should be a figure but is not; the message says why."""


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str  # "%", a currency symbol, a duration ("min", "h", "d", "wk", "s"), or "" for a plain number
    places: int = field(default=0, compare=False)  # the decimals written ("€ 1.234,50": 2), printed so again


def parse_figure(text: str, language: str = DEFAULT_LANGUAGE) -> Figure:
    """The figure a text states; FigureError (with the reason) if it states none."""
    raw = clean(text).strip()
    match = _FIGURE.match(raw)
    if not match:
        raise FigureError(f"'{excerpt(raw)}' is not a number (write it as, say, 2,4% or € 1.250)")
    units = [u.lower() for u in (match["pre"], match["pre2"], match["post"]) if u]
    symbols = {PERCENT if u in ("%", "procent", "percent") else DURATIONS.get(u) or CURRENCIES[u] for u in units}
    if len(symbols) > 1:
        raise FigureError(f"'{raw}' has two units ({' and '.join(sorted(symbols))})")
    value, places = _number(match["num"], language, raw, money=bool(symbols - {PERCENT}))
    if match["scale"]:
        scale = _SCALES[match["scale"]] if match["scale"] in _SCALES else _SCALES[match["scale"].lower()]
        value *= scale
        places = max(0, places - round(math.log10(scale)))  # "1,5k" is 1500: no decimals left
    if match["sign"] in ("-", "−"):
        value = -value
    if not math.isfinite(value):  # hundreds of digits overflow to infinity
        raise FigureError(f"'{raw}' is too large a number")
    return Figure(value, symbols.pop() if symbols else "", places)


def _number(digits: str, language: str, raw: str, money: bool = False) -> tuple[float, int]:
    """The number ``digits`` writes, and how many decimals it writes."""
    digits = re.sub(r"[\s']", "", digits)  # "1 250" and "1'250" group thousands
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        group = "," if decimal == "." else "."
        if digits.count(decimal) > 1:
            raise FigureError(f"'{raw}' has more than one decimal mark")
        return float(digits.replace(group, "").replace(decimal, ".")), len(digits.rpartition(decimal)[2])
    mark = "." if dots else "," if commas else ""
    if not mark:
        return float(digits), 0
    parts = digits.split(mark)
    grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3 and not parts[0].startswith("0")
    if len(parts) > 2:
        if not grouped:
            raise FigureError(f"'{raw}' mixes up its thousands separators")
        return float("".join(parts)), 0
    # One mark: "120.000" in Dutch and "1,250" in English group thousands; so does any mark before
    # three digits of money ("€ 84.000": cents come in twos). Anything else is a decimal mark.
    comma = _decimal_comma(language)  # Dutch, German, French, Spanish: "1.250" is 1250
    thousands = grouped and (money or (mark == "." and comma) or (mark == "," and not comma))
    return (float("".join(parts)), 0) if thousands else (float(".".join(parts)), len(parts[1]))


def shown_decimal_mark(texts: list[str]) -> tuple[str, str] | None:
    """The decimal mark a set of figures shows where they agree, with the first figure showing it: a number with
    both marks ("€1,200.50": "."), or one mark not before exactly three digits ("37,5%": ","), or one mark written
    twice ("1.200.000": the other). None where none shows it ("1,200" is twelve hundred or 1.2) or they differ."""
    shown: dict[str, str] = {}
    for text in texts:
        match = _FIGURE.match(clean(text).strip())
        if match is None:
            continue
        digits = re.sub(r"[\s']", "", match["num"])
        marks = [m for m in ".," if m in digits]
        if len(marks) == 2:
            mark = "." if digits.rfind(".") > digits.rfind(",") else ","
        elif len(marks) == 1 and digits.count(marks[0]) > 1:
            mark = "," if marks[0] == "." else "."
        elif len(marks) == 1 and len(digits.rpartition(marks[0])[2]) != 3:
            mark = marks[0]
        else:
            continue
        shown.setdefault(mark, text)
    return next(iter(shown.items())) if len(shown) == 1 else None


def target_bound(text: str) -> tuple[tuple[bool, str] | None, str]:
    """The words before a target's figure that say which way is better ("max 10%", "≤ 10%": lower;
    "min 3%", "≥ 3%": higher), as (lower is better, the words), or None; and the figure without them."""
    match = _BOUND.match(text.strip())
    if match is None:
        return None, text
    return (_BOUNDS[match[1].lower()], match[1]), text.strip()[match.end() :]


def _as_written(metric: Metric, item: Item | None) -> str | None:
    """A figure the team wrote in a KPI lane or the Touchpoints sheet, as they wrote it ("1,2 mln", "€ 1.250",
    "max 10%"): the client's words, whatever language canvasgen's own words are in (``--lang en`` on a Dutch
    canvas printed "1,200,000" and "€1,250" inside their Dutch text). None for a figure of a figures sheet or a
    CSV export (numbers canvasgen writes), and for one read otherwise than written (``Metric.read_as``)."""
    if item is None or item is metric.name or not metric.origin.written or metric.read_as:
        return None
    text = " ".join(item.text.split())
    return text if any(char.isdigit() for char in text) else None


def format_target(metric: Metric, language: str) -> str:
    """A figure's target as the team wrote it in the canvas (``_as_written``), else in ``language``, with the
    words before it that say which way is better as the team wrote them ("max 10%", "≤ 10%"); "" without
    a target."""
    if metric.target is None:
        return ""
    written = _as_written(metric, metric.target_item)
    if written is not None:
        return written
    bound = target_bound(metric.target_item.text)[0] if metric.target_item is not None else None
    figure = format_figure(metric.target, metric.unit, language, metric.kind == "nps", metric.target_places)
    return f"{bound[1]} {figure}" if bound else figure


def format_value(metric: Metric, language: str) -> str:
    """A figure's value as the team wrote it in the canvas (``_as_written``), else in ``language``, with the
    decimals the team wrote ("€ 1.234,50")."""
    written = _as_written(metric, metric.value_item)
    if written is not None:
        return written
    return format_figure(metric.value, metric.unit, language, metric.kind == "nps", metric.places)


def format_figure(value: float, unit: str, language: str, signed: bool = False, places: int | None = None) -> str:
    """A figure in the canvas's language: "2,4%", "€ 1.250", "120.000" (nl) or "2.4%", "€1,250" (en).
    ``places``: the decimals it was written with, printed as written ("€ 1.234,50", "2,40%"); without
    them (a figure canvasgen works out, a return or a total) rounded to what reads well."""
    fixed = places is not None
    if places is None:
        places = 0 if abs(value) >= 1000 else 2 if abs(value) >= 1 else 3
    text = format_number(abs(value), language, places, fixed=fixed)
    sign = format_number(value, language, places, fixed=fixed, signed=signed).removesuffix(text)  # before a unit
    if unit == PERCENT:
        return f"{sign}{text}%"
    if unit in DURATIONS.values():  # "14 dagen", "4 min"
        one, _, more = WORDS.get(language, WORDS["en"])[f"unit_{unit}"].partition("|")
        return f"{sign}{text} {one if abs(value) == 1 else more}"
    if unit:  # where the locale puts its currency sign: "€ 1.250" (nl), "€1,250" (en), "1.250 €" (de, fr, es)
        before, space = _currency_place(language)
        return f"{sign}{unit}{space}{text}" if before else f"{sign}{text}{space}{unit}"
    return f"{sign}{text}"


def percent_share(percent: float) -> float:
    """A percentage as the share a spreadsheet keeps it as (2.4 -> 0.024), on its digits as written: 0.41 / 100
    in floats is 0.0040999999999999995, which a workbook would keep and show back as noise."""
    return float(Decimal(repr(float(percent))) / 100)


def percent_format(places: int | None) -> str:
    """The Excel number format that shows a percentage with its decimals ("0.0%" at the least, "0.00%" for 0,41%)."""
    return "0." + "0" * max(1, places or 0) + "%"


def score_in(scale: ScoreScale, value: float, language: str) -> str:
    """A score as canvasgen writes it for ``language``'s reader: signed on a scale round zero ("+1", "0", "-2"),
    plain otherwise ("4"), a half with the language's decimal mark ("-0,5" in Dutch, "-0.5" in English). The one
    rule the changes sheet, the poster, ``apply``, the new workbook and their messages write a score by."""
    return scale.shown(value, decimal_mark(language))


def decimal_mark(language: str) -> str:
    """The mark the language writes a number's decimals after: "," in Dutch and German, "." in English."""
    return "," if _decimal_comma(language) else "."


@lru_cache(maxsize=16)  # one entry per language
def _decimal_comma(language: str) -> bool:
    """Whether the language writes a decimal comma (babel's decimal symbol for it)."""
    return str(get_decimal_symbol(_locale(language))) == ","


@lru_cache(maxsize=16)  # one entry per language
def _currency_place(language: str) -> tuple[bool, str]:
    """Whether the currency sign goes before the amount, and the space between them ("" or " ")."""
    pattern = str(_locale(language).currency_formats["standard"].pattern).split(";")[0]
    before = pattern.lstrip().startswith("\xa4")
    spaced = re.search("\xa4[\\s\xa0\u202f]|[\\s\xa0\u202f]\xa4", pattern) is not None
    return before, " " if spaced else ""


def unit_word(unit: str, language: str) -> str:
    """A unit as a heading names it: a duration in words ("dagen", "days"), any other as written."""
    if unit in DURATIONS.values():
        return WORDS.get(language, WORDS["en"])[f"unit_{unit}"].partition("|")[2]
    return unit


@lru_cache(maxsize=32)  # one a language
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_number(value: float, language: str, places: int = 2, *, fixed: bool = False, signed: bool = False) -> str:
    """``value`` rounded to ``places`` decimals (trailing zeros dropped unless ``fixed``), thousands grouped,
    in the language's symbols; a + before a positive value when ``signed``."""
    return _formatted(float(value), language, places, fixed, signed)


@lru_cache(maxsize=4096)
def _formatted(value: float, language: str, places: int, fixed: bool, signed: bool) -> str:
    """``format_number``, remembered: a poster and its deck format the same few figures some 1,400 times
    (the map's rows, the matrix, the budget, in every way a poster is laid out), each through babel."""
    decimals = ("0" if fixed else "#") * places
    pattern = "#,##0" + (f".{decimals}" if places else "")
    # half away from zero, as Excel rounds what it shows (2.125 in "0.00" is 2.13), on the digits as written
    rounded = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    text = format_decimal(abs(rounded), format=pattern, locale=_locale(language))
    locale = _locale(language)
    sign = get_minus_sign_symbol(locale) if rounded < 0 else "+" if signed and rounded > 0 else ""
    return sign + text


def format_day(day: dt.date, language: str, region: str | None = None) -> str:
    """A day as the language writes it out in full: "5 december 2026" in Dutch, "5. Dezember 2026" in
    German, "5 December 2026" in English (CLDR's long date pattern and month names). ``region``: the
    country the canvas's own locale names (``Canvas.region``); English follows it ("December 5, 2026"
    for US), else is British, as the deck proofs English in en-GB."""
    return format_date(day, format="long", locale=_locale(date_locale(language, region)))


def date_locale(language: str, region: str | None = None) -> str:
    """The locale canvasgen writes dates in: the language's, English of the region the canvas names,
    else of Great Britain ("en_GB"), the English of an agency in Europe."""
    if language != "en":
        return language
    return f"en_{region}" if region else "en_GB"


def format_share(value: float, language: str) -> str:
    """A 0..1 measure (how alike two texts are) with two decimals: "0,87" in Dutch."""
    return format_number(value, language, 2, fixed=True)


def format_scores(values: list[float], language: str, signed: bool = False) -> str:
    """A phase's scores as a report writes them: "-0,5" in Dutch, several apart by " · "; ``signed`` (a
    scale round zero) "+1" as every other score of such a scale is written, never a bare "1"."""
    return " · ".join(format_number(v, language, 2, signed=signed) for v in values)
