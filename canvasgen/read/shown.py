"""A cell's value as Excel shows it, from its number format: the one place canvasgen reads number formats.

Excel turns "25%" into 0.25 with the format ``0%``, "1-2" into the 1st of February with ``d-m``, and
"€ 1.234,50" into 1234.5 with ``€ #,##0.00``. Read back as raw values these would be other words than
the team wrote. Two readers ask, with one grammar of format codes (sections, quoted literals, brackets,
paddings, and the "m" that means minutes after hours or before seconds):

- reading a canvas (``shown_number``, ``shown_date``): a date in its own pattern ("mmm yyyy" is
  "Jan 2025"), money with its symbol, separators and decimals ("€ #,##0.00" is "€ 1,234.50"), a share
  in percent with every digit kept (0.024 as "2.4%", never a rounded "2%"). Separators and the names of
  months and days are English unless the format names a locale of Dutch, German, French or Spanish ([$-413],
  [$€-813], [$-407], [$-40C], [$-C0A]): the file says no more of the locale Excel showed it in.
- the kit's changes sheet (``displayed``): the value in the language of the workbook (a Dutch changes
  sheet shows 0,5), through babel, whose Unicode number and date patterns Excel's codes are close to.
  A format babel cannot follow gives the value as ``model.value_text`` writes it.

And a cell's colour where it says something (``font_colour``): a ● in a green font is a green traffic
light. Excel gives a font's colour as RGB, as an index into its old palette, or as a colour of the
workbook's theme lightened or darkened by a tint; each is resolved here to the RGB Excel shows.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol
from defusedxml.ElementTree import ParseError, fromstring
from openpyxl.styles.colors import COLOR_INDEX, Color

from canvasgen.figures import date_locale
from canvasgen.model import value_text
from canvasgen.vocabulary.calendar import DAYS, ENGLISH_REGIONS, EXCEL_SHORT_MONTHS, LANGUAGE_IDS, MONTHS

_GENERAL = ("general", "@", "")
#: The formats libraries give a date they write (openpyxl, pandas): no person's pattern, read as ISO.
_WRITTEN_BY_LIBRARIES = ("yyyy-mm-dd h:mm:ss", "yyyy-mm-dd", "h:mm:ss")
# A format's parts Excel alone knows: [Red], [$-413], [$€-413] (its symbol kept), _) paddings, *- fills.
# The locale is a Windows code ([$-407]) or, in newer files, a language tag ([$-de-DE], [$€-fr-FR]).
_LOCALE = re.compile(r"\[\$([^\]-]*)-([0-9A-Fa-f]+|[A-Za-z]{2,3}(?:-[0-9A-Za-z]+)*)\]")
_BRACKETS = re.compile(r"\[\$([^\]-]*)-?[^\]]*\]|\[[^\]]*\]")
_PADDING = re.compile(r"_.|\*.")
_TOKEN = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|am/pm|a/p|y+|m+|d+|h+|s+|.', re.DOTALL | re.IGNORECASE)
_DATE_LETTERS = "ymdhs"


# --- the grammar both readers share --------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def sections(code: str) -> tuple[str, ...]:
    """A format's sections (positive; negative; zero; text), split on ";" outside quotes; split once per
    format (a sheet uses a handful, on thousands of cells)."""
    parts, current, quoted = [], "", False
    for char in code:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    return (*parts, current)


def is_date_format(number_format: str) -> bool:
    """Whether a format shows a date or a time (y, d, h or s outside quotes and brackets)."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", sections(number_format)[0])
    return bool(re.search(r"[yYdDhHsS]", bare))


def _tokens(section: str) -> list[str]:
    return _TOKEN.findall(section)


def _minutes(index: int, tokens: list[str]) -> bool:
    """An "m" after hours or before seconds means minutes."""
    before = next((t for t in reversed(tokens[:index]) if t[0].lower() in _DATE_LETTERS), "")
    after = next((t for t in tokens[index + 1 :] if t[0].lower() in _DATE_LETTERS), "")
    return before[:1].lower() == "h" or after[:1].lower() == "s"


def _twelve_hours(tokens: list[str]) -> bool:
    return any(t.lower() in ("am/pm", "a/p") for t in tokens)


def _format_language(number_format: str) -> str:
    """The language a format names with its locale code: Dutch for [$-413], [$€-813] and [$-nl-NL], German
    for [$-407], [$-C07] and [$-de-DE], French for [$-40C] and [$-fr-FR], Spanish for [$-C0A] and
    [$-es-ES]; else English."""
    for code in _locale_codes(number_format):
        if isinstance(code, int):
            language = LANGUAGE_IDS.get(code & 0x3FF)
        else:  # a language tag: its language subtag
            language = next((lang for lang in MONTHS if lang == code.split("-")[0].lower()), None)
        if language is not None:
            return language
    return "en"


def _locale_codes(number_format: str) -> list[int | str]:
    """The locales a format names, in order: a Windows code as its number ([$-409]: 0x409), a language tag
    as written ([$-en-US]: "en-US")."""
    return [
        int(code, 16) if re.fullmatch(r"[0-9A-Fa-f]+", code) else code for _, code in _LOCALE.findall(number_format)
    ]


def english_region(number_format: str) -> str | None:
    """The country of English a format's locale code names: "US" for [$-409] and [$-en-US], "GB" for
    [$-809] and [$-en-GB]; None for a format naming none (or another language)."""
    for code in _locale_codes(number_format):
        if isinstance(code, int):
            region = ENGLISH_REGIONS.get(code & 0xFFFF)
        else:
            language, _, rest = code.partition("-")
            region = rest.upper() if language.lower() == "en" and re.fullmatch(r"[A-Za-z]{2}", rest) else None
        if region is not None:
            return region
    return None


# --- reading a canvas: English unless the format names another language, every digit kept -----------


def shown_number(value: float, number_format: str, language: str | None = None) -> str:
    """A number as Excel shows it where the format changes what it means: 0.024 as "2.4%", 1250 as "€ 1250",
    0.1 as "0.10" under "0.00" (a version, say), -0.5 as "-50.0%" under "0.0%", 1234.5 as "1,234.50 €"
    under "#,##0.00 [$€-409]" (the symbol where the format puts it). The section for negative numbers (or
    zero) is used where the format has one; a percentage keeps every digit beyond the format's decimals;
    digits are grouped only where the format names a currency or a locale (a plain "#,##0" in a file that
    names no locale is shown "1250", which no reader can take for 1.25). Scientific and fraction formats
    give the value as stored. ``language``: the canvas's, whose separators a format naming no locale is
    shown with (a Dutch client's Excel shows "€ 1.234,50" where the file says "#,##0.00"); English when
    not yet known."""
    if number_format.lower() in _GENERAL:  # most cells: the value as stored, at once
        return value_text(value)
    index = _section_of(value, number_format)
    signed = value < 0 and index != 1  # the negative section writes its own sign, or none
    shape = _number_shape(number_format, index)
    if shape is None:
        return value_text(value)  # a plain number, scientific, a fraction: as stored
    separators = shape.language if language is None or _locale_codes(number_format) else language
    number = _digits(
        abs(value) * (100 if shape.percent else 1), shape.placeholders, shape.grouped, separators, shape.percent
    )
    shown = "".join(number if kind == "number" else text for kind, text in shape.pieces).strip()
    return f"-{shown}" if signed else shown


@dataclass(frozen=True)
class NumberParts:
    """What a number's format shows beside its number, for a reader that takes the number itself: whether
    it shows it in percent (0.024 as "2.4%"), the words and signs it writes around it ("€", "dagen", "mln"),
    the decimals it shows, the thousands it divides by (",," after the digits: a million), and whether it
    shows a date or a time (the number then is a day's serial)."""

    percent: bool = False
    words: str = ""
    places: tuple[int, int] | None = None  # the fewest and most decimals shown; None: the value's own
    thousands: int = 0
    date: bool = False


def number_parts(value: float, number_format: str | None) -> NumberParts:
    """The parts of ``number_format`` (the section ``value`` is shown in) that say what the number
    means beside it; see ``NumberParts``."""
    code = (number_format or "General").strip()
    if code.lower() in _GENERAL:
        return NumberParts()
    if is_date_format(code):
        return NumberParts(date=True)
    index = _section_of(value, code)
    pieces = _section_pieces(code, index)
    if pieces is None:  # scientific, a fraction, text, or a section of words alone ("nul")
        words = re.sub(r'"([^"]*)"|\\(.)|\[[^\]]*\]|[_*].|[0#?.,Ee+\-/@]', r"\1\2", sections(code)[index])
        return NumberParts(words=" ".join(words.split()) if index == 2 else "")
    literal = "".join(text for kind, text in pieces if kind == "text")
    placeholders = next(text for kind, text in pieces if kind == "number")
    thousands = len(placeholders) - len(placeholders.rstrip(","))
    fraction = placeholders.rstrip(",").partition(".")[2]
    percent = "%" in literal
    most = len(re.findall(r"[0#?]", fraction))
    least = len(fraction.rstrip("#?")) - fraction.rstrip("#?").count(",")
    # a percentage shows every digit the value has, up to six (as ``shown_number`` does)
    return NumberParts(percent, " ".join(literal.split()), (least, max(most, 6) if percent else most), thousands)


def _section_of(value: float, number_format: str) -> int:
    """Which section of a format shows ``value``: the negative numbers' (1) or zero's (2) where the format
    has one, else the first."""
    parts = sections(number_format)
    if value < 0 and len(parts) > 1 and parts[1].strip():
        return 1
    if value == 0 and len(parts) > 2 and parts[2].strip():
        return 2
    return 0


@functools.lru_cache(maxsize=256)
def _section_pieces(number_format: str, index: int) -> tuple[tuple[str, str], ...] | None:
    """Section ``index`` of a format as its pieces (``_number_pieces``), read once per format and section."""
    pieces = _number_pieces(sections(number_format)[index])
    return tuple(pieces) if pieces is not None else None


@dataclass(frozen=True)
class _NumberShape:
    """What one section of a number format shows around the number, and how it writes the number."""

    pieces: tuple[tuple[str, str], ...]  # ("text", literal) and one ("number", its placeholders)
    placeholders: str  # "#,##0.00"
    percent: bool
    grouped: bool  # thousands grouped: a currency's or a named locale's format with a "," among its digits
    language: str  # whose separators


@functools.lru_cache(maxsize=256)
def _number_shape(number_format: str, index: int) -> _NumberShape | None:
    """Section ``index`` of a format as a shape, read once per format (a sheet uses a handful, on thousands
    of cells); None where the reader shows the value as stored: no percentage, currency, decimals or
    leading zeros, or a section that shows no plain number."""
    section = sections(number_format)[index]
    pieces = _section_pieces(number_format, index)
    if pieces is None:
        return None
    literal = "".join(text for kind, text in pieces if kind == "text")
    percent = "%" in literal
    money = any(symbol for symbol, _ in _LOCALE.findall(section)) or any(s in literal for s in ("€", "$", "£", "¥"))
    placeholders = next(text for kind, text in pieces if kind == "number")
    whole, _, decimals = placeholders.partition(".")
    if not (percent or money or decimals or whole.count("0") > 1 or literal.strip()):
        return None  # a words' literal ('#,##0 "dagen"', '(#,##0)') is shown as the format writes it
    grouped = (money or bool(_locale_codes(number_format))) and "," in whole
    return _NumberShape(pieces, placeholders, percent, grouped, _format_language(number_format))


def _number_pieces(section: str) -> list[tuple[str, str]] | None:
    """A format section as its literal pieces ("text") and its one run of digit placeholders ("number"):
    quotes, escapes and a currency's [$€-409] kept where they stand; colours, conditions, a locale alone,
    paddings and fills left out. None where the section shows no plain number (General, text, scientific,
    a fraction)."""
    pieces: list[tuple[str, str]] = []
    tokens = re.findall(r'"[^"]*"|\\.|\[[^\]]*\]|[_*].|[0#?.,]+|.', section, re.DOTALL)
    for token in tokens:
        if token.startswith('"'):
            pieces.append(("text", token[1:-1]))
        elif token.startswith("\\"):
            pieces.append(("text", token[1:]))
        elif token.startswith("["):
            currency = re.match(r"\[\$([^\]-]*)", token)
            pieces.append(("text", currency.group(1) if currency else ""))
        elif token[0] in "_*":
            continue
        elif re.search(r"[0#?]", token) and not any(kind == "number" for kind, _ in pieces):
            pieces.append(("number", token))
        elif token.upper() in ("E", "/", "@") or token.lower() == "general":
            return None
        else:
            pieces.append(("text", token))
    if not any(kind == "number" for kind, _ in pieces):
        return None
    return pieces


def _digits(value: float, placeholders: str, grouped: bool, language: str, keep: bool) -> str:
    """``value`` (not negative) written as the placeholders ("#,##0.00") say: their decimals, rounded half
    away from zero as Excel rounds (``keep``: more decimals where the value has them, up to six), at least as
    many integer digits as their 0s, groups of thousands where ``grouped``, and a comma after the last
    placeholder dividing by a thousand; with ``language``'s separators."""
    scaled = len(placeholders) - len(placeholders.rstrip(","))
    placeholders = placeholders.rstrip(",")
    whole, _, fraction = placeholders.partition(".")
    most = len(re.findall(r"[0#?]", fraction))
    least = len(fraction.rstrip("#?")) - fraction.rstrip("#?").count(",")
    amount = Decimal(repr(value)) / (Decimal(1000) ** scaled)
    exponent = amount.normalize().as_tuple().exponent
    if keep and isinstance(exponent, int):
        most = max(most, min(6, -exponent))
    text = f"{amount.quantize(Decimal(1).scaleb(-most), rounding=ROUND_HALF_UP):f}" if most else ""
    if not most:
        text = f"{amount.quantize(Decimal(1), rounding=ROUND_HALF_UP):f}"
    integer, _, decimal = text.partition(".")
    decimal = decimal.rstrip("0").ljust(least, "0")
    integer = integer.lstrip("0").rjust(whole.count("0"), "0")
    if grouped:
        integer = f"{int(integer or 0):,}" if integer else ""
    point, group = ".", ","
    if language != "en":
        point, group = str(get_decimal_symbol(language)), str(get_group_symbol(language))
    integer = integer.replace(",", group)
    return f"{integer}{point}{decimal}" if decimal else integer


def shown_date(value: dt.date | dt.time, number_format: str, language: str | None = None) -> str | None:
    """A date or time as the format shows it; None for a format that is no date pattern (General).
    The names of months and days are the language's the format names ([$-413]: Dutch), else
    ``language``'s (the canvas's: the client's Excel shows them in its own), else English."""
    if not is_date_format(number_format) or number_format in _WRITTEN_BY_LIBRARIES:
        return None
    if _locale_codes(number_format) or language not in MONTHS:
        language = _format_language(number_format)
    tokens = _tokens(sections(number_format)[0])
    when = value if isinstance(value, dt.datetime) else None
    date = value if isinstance(value, dt.date) else None
    time = when.time() if when else value if isinstance(value, dt.time) else None
    twelve = _twelve_hours(tokens)
    return "".join(
        _piece(token, index, tokens, date, time, language, twelve) for index, token in enumerate(tokens)
    ).strip()


# Excel's short names ("mmm", "ddd") are the language's own abbreviations (Dutch "mrt", "okt", "ma"), not a
# name's first three letters ("maa"); Excel writes them without babel's closing dot, except in French ("janv.").
_KEEPS_THE_DOT = frozenset({"fr"})


@functools.lru_cache(maxsize=8)
def _abbreviated(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's abbreviated month names (January first) and day names (Monday first)."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return tuple(name[:3] for name in MONTHS[language]), tuple(day[:3] for day in DAYS[language])

    def short(name: str) -> str:
        return name if language in _KEEPS_THE_DOT else name.rstrip(".")

    months = locale.months["format"]["abbreviated"]
    days = locale.days["format"]["abbreviated"]
    excel = EXCEL_SHORT_MONTHS.get(language)  # Excel's own where Unicode's differ ("Mrz", not "März")
    shown = excel or tuple(short(months[number]) for number in range(1, 13))
    return shown, tuple(short(days[number]) for number in range(7))


def _piece(
    token: str, index: int, tokens: list[str], date: dt.date | None, time: dt.time | None, language: str, twelve: bool
) -> str:
    kind, n = token[0].lower(), len(token)
    if token.startswith('"'):
        return token[1:-1]
    if token.startswith("\\"):
        return token[1:]
    if token.startswith("["):
        return token[2:].split("-")[0] if token.startswith("[$") else ""  # a currency symbol; colours say nothing
    if token.upper() in ("AM/PM", "A/P"):
        am = time is None or time.hour < 12
        return ("AM" if am else "PM") if token.upper() == "AM/PM" else ("A" if am else "P")
    if kind == "y" and date is not None:
        return f"{date.year:04d}" if n > 2 else f"{date.year % 100:02d}"
    if kind == "m" and _minutes(index, tokens):
        return f"{time.minute:02d}" if time and n > 1 else str(time.minute if time else 0)
    if kind == "m" and date is not None:
        name = MONTHS[language][date.month - 1]
        short = _abbreviated(language)[0][date.month - 1]
        return {1: str(date.month), 2: f"{date.month:02d}", 3: short}.get(n, name if n == 4 else name[0])
    if kind == "d" and date is not None:
        day = DAYS[language][date.weekday()]
        return {1: str(date.day), 2: f"{date.day:02d}", 3: _abbreviated(language)[1][date.weekday()]}.get(n, day)
    if kind == "h" and time is not None:
        hour = (time.hour % 12 or 12) if twelve else time.hour
        return f"{hour:02d}" if n > 1 else str(hour)
    if kind == "s" and time is not None:
        return f"{time.second:02d}" if n > 1 else str(time.second)
    return token if kind not in _DATE_LETTERS else ""


def shown_when(when: dt.date, number_format: str | None, language: str, region: str | None = None) -> str:
    """A date cell (a date value, or a number with a date format) as a canvas in ``language`` shows it,
    the client's date in the canvas's notation, as #31 decided: a format that shows a whole date (day,
    month and year, in any order or notation: "yyyy-mm-dd", "dd-mm-yyyy", Excel's short date) or none
    (General) gives the language's long date, "15 december 2026" (nl), "15 December 2026" (en; "December
    15, 2026" where ``region`` is US), "15. Dezember 2026" (de), with the weekday where the format shows
    one ("dinsdag 15 december 2026"), and with the time where the cell has one and the format shows it
    ("15 december 2026, 14:30"). A format that shows part of a date ("mmm yyyy", "d mmm") is followed,
    with the language's month names ("dec 2026"): canvasgen never adds a day the sheet does not show."""
    code = (number_format or "General").strip()
    shows = _date_parts(code)
    if not {"y", "M", "d"} <= shows:  # part of a date: as the format writes it
        return shown_date(when, code, language) or value_text(when)
    locale = Locale.parse(date_locale(language, region))
    pattern = str(locale.date_formats["full" if "E" in shows else "long"].pattern)
    timed = isinstance(when, dt.datetime) and when.time() != dt.time(0, 0) and "H" in shows
    if timed:
        seconds = "s" in shows and isinstance(when, dt.datetime) and when.second != 0
        clock = str(locale.time_formats["medium" if seconds else "short"].pattern)
        pattern = str(locale.datetime_formats["medium"]).replace("{1}", pattern).replace("{0}", clock)
        text = str(format_datetime(when, pattern, locale=locale))
    else:
        text = str(format_date(when, pattern, locale=locale))
    return text.replace("\u202f", "\u00a0")  # a narrow no-break space ("2:30 PM") many fonts lack


#: The words a language's written-out date has around its numbers and names ("15 de diciembre de 2026",
#: "samedi 5 décembre 2026 à 14:30", "December 15, 2026 at 2:30 PM").
_DATE_FILLERS = {"de", "à", "a", "las", "um", "om", "at", "le", "el", "der", "den", "het"}
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def read_when(text: str, language: str) -> dt.date | None:
    """The date (and time) ``text`` writes out in ``language``, as ``shown_when`` writes one ("15 December
    2026", "December 15, 2026", "15. Dezember 2026, 14:30", "15 de diciembre de 2026"): a day, the month's
    name (whole or abbreviated), a four-digit year, maybe the day's name and a time; None for any other
    text ("15 December", "eind december 2026", "vóór 2026-12-01"): a word more and it is no date."""
    if language not in LANGUAGE_IDS.values():
        return None
    locale = Locale.parse(language)
    months = {
        str(name).casefold().rstrip("."): number
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for number, name in locale.months[context][width].items()
    }
    months |= {name.casefold(): number for number, name in enumerate(EXCEL_SHORT_MONTHS.get(language, ()), start=1)}
    names = {str(n).casefold().rstrip(".") for w in ("wide", "abbreviated") for n in locale.days["format"][w].values()}
    day = month = year = None
    clock: tuple[int, int, int] | None = None
    afternoon: bool | None = None
    for word in re.split(r"[\s,]+", text.replace("\u00a0", " ").replace("\u202f", " ").strip()):
        key = word.casefold().rstrip(".")
        found = _CLOCK.match(key)
        if not key or key in _DATE_FILLERS or key in names:
            continue
        if key in ("am", "pm"):
            afternoon = key == "pm"
        elif found and clock is None:
            clock = (int(found[1]), int(found[2]), int(found[3] or 0))
        elif key in months and month is None:
            month = months[key]
        elif key.isdigit() and len(key) <= 2 and day is None:
            day = int(key)
        elif key.isdigit() and len(key) == 4 and year is None:
            year = int(key)
        else:
            return None
    if day is None or month is None or year is None:
        return None
    try:
        if clock is None:
            return dt.date(year, month, day)
        hour = clock[0] % 12 + (12 if afternoon else 0) if afternoon is not None else clock[0]
        return dt.datetime(year, month, day, hour, clock[1], clock[2])
    except ValueError:
        return None


def _date_parts(code: str) -> set[str]:
    """What a date format shows, in Unicode's letters: y (year), M (month), d (day of the month), E (the
    day's name), H (the time), s (seconds). General, and the formats libraries write, show a whole date and
    its time (a library's "yyyy-mm-dd" its date only)."""
    if code.lower() in _GENERAL or code in ("yyyy-mm-dd h:mm:ss",):
        return {"y", "M", "d", "H", "s"}
    tokens = _tokens(_excel_only_removed(sections(code)[0]))
    shows: set[str] = set()
    for index, token in enumerate(tokens):
        kind = token[0].lower()
        if kind == "m":
            shows.add("H" if _minutes(index, tokens) else "M")
        elif kind == "d":
            shows.add("d" if len(token) <= 2 else "E")
        elif kind in "yhs" and not token.startswith(('"', "\\", "[")):
            shows.update({"y": "y", "h": "H", "s": "Hs"}[kind])
    return shows


# --- the kit's changes sheet: in the workbook's language, through babel -------------------------------


def displayed(value: object, number_format: str | None, language: str) -> str:
    """``value`` as Excel shows it with ``number_format`` in ``language``'s locale."""
    if isinstance(value, str) or value is None:
        return "" if value is None else value
    locale = language if language.isalpha() else "en"  # babel's locale of the language: its signs and months
    code = (number_format or "General").strip()
    try:
        if isinstance(value, bool):
            return value_text(value)
        if isinstance(value, (dt.datetime, dt.date, dt.time)):
            return _babel_date(value, code, locale)
        if isinstance(value, (int, float)):
            return _babel_number(float(value), code, locale)
    except (ValueError, TypeError, KeyError, IndexError, ArithmeticError, UnknownLocaleError):
        pass  # a format babel cannot follow: the value as written
    return value_text(value)


def _excel_only_removed(section: str) -> str:
    """A section without what Excel alone knows: brackets (a currency symbol in one kept), paddings, fills."""
    return _PADDING.sub("", _BRACKETS.sub(lambda m: m.group(1) or "", section))


def _babel_number(value: float, code: str, locale: str) -> str:
    if code.lower() in _GENERAL:
        return _general(value, locale)
    parts = sections(code)
    section = parts[0]
    if value < 0 and len(parts) > 1 and parts[1].strip():
        section, value = parts[1], -value  # the negative section writes its own sign
    pattern = _excel_only_removed(section)
    pattern = re.sub(r'"([^"]*)"', lambda m: "'" + m.group(1).replace("'", "''") + "'", pattern)
    pattern = re.sub(r"\\(.)", lambda m: f"'{m.group(1)}'", pattern).strip()
    if not re.search(r"[0#]", pattern):
        return _general(value, locale)
    return str(format_decimal(value, format=pattern, locale=locale))


def _general(value: float, locale: str) -> str:
    """Excel's General format: the digits as they are, with the locale's decimal sign."""
    text = value_text(value)
    return text.replace(".", str(get_decimal_symbol(locale)))


def _babel_date(value: dt.datetime | dt.date | dt.time, code: str, locale: str) -> str:
    if code.lower() in _GENERAL:
        return value_text(value)
    tokens = _tokens(_excel_only_removed(sections(code)[0]))
    twelve = _twelve_hours(tokens)
    parts = [_pattern_part(token, tokens, n, twelve) for n, token in enumerate(tokens)]
    excel = EXCEL_SHORT_MONTHS.get(locale)
    if excel is not None and isinstance(value, dt.date):  # Excel's short month ("Mrz"), not Unicode's ("März")
        parts = [f"'{excel[value.month - 1]}'" if part == "MMM" else part for part in parts]
    pattern = "".join(parts)
    if isinstance(value, dt.datetime):
        return str(format_datetime(value, pattern, locale=locale))
    if isinstance(value, dt.date):
        return str(format_date(value, pattern, locale=locale))
    return str(format_time(value, pattern, locale=locale))


def _pattern_part(token: str, tokens: list[str], n: int, twelve: bool) -> str:
    """One token of an Excel date format as a Unicode date pattern's."""
    lower = token.lower()
    if token.startswith('"'):
        return "'" + token[1:-1].replace("'", "''") + "'" if len(token) > 2 else ""
    if token.startswith("\\"):
        return f"'{token[1]}'" if token[1] != "'" else "''"
    if lower[0] == "y":
        return "yyyy" if len(token) > 2 else "yy"
    if lower[0] == "d":
        return {1: "d", 2: "dd", 3: "EEE"}.get(len(token), "EEEE")
    if lower[0] == "h":
        return ("h" if twelve else "H") * min(len(token), 2)
    if lower[0] == "s":
        return "s" * min(len(token), 2)
    if lower in ("am/pm", "a/p"):
        return "a"
    if lower[0] == "m":
        if len(token) <= 2 and _minutes(n, tokens):
            return "m" * len(token)  # minutes
        return {1: "M", 2: "MM", 3: "MMM", 4: "MMMM"}.get(len(token), "MMMMM")
    if token.isalpha():
        return f"'{token}'"
    return token if token != "'" else "''"


# --- a font's colour ----------------------------------------------------------------------------------

_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
#: A theme colour's index, as a cell's style gives it, names these (light and dark swapped against the
#: order the theme file lists them in).
_THEME_SLOTS = ("lt1", "dk1", "lt2", "dk2", *(f"accent{n}" for n in range(1, 7)), "hlink", "folHlink")


def theme_colours(theme: bytes | None) -> list[str]:
    """The workbook theme's colours ("#RRGGBB") in the order a style's theme index counts them; none for a
    workbook without a theme, or with one that cannot be read (its theme colours then say nothing)."""
    if not theme:
        return []
    try:
        root = fromstring(theme)
    except (ParseError, ValueError):
        return []
    scheme = root.find(f".//{_DRAWING}clrScheme")
    if scheme is None:
        return []
    colours: list[str] = []
    for slot in _THEME_SLOTS:
        element = scheme.find(f"{_DRAWING}{slot}")
        value = None
        if element is not None and len(element):
            chosen = element[0]
            value = chosen.get("val") if chosen.tag == f"{_DRAWING}srgbClr" else chosen.get("lastClr")
        colours.append(f"#{value.upper()}" if value and len(value) == 6 else "")
    return colours


@dataclass(frozen=True)
class FontColour:
    """The colour a cell's font is shown in ("#RRGGBB"; None where it cannot be resolved), and how the
    file gives it where that is not plain RGB ("theme colour 9, accent6, darkened 25%"), so that what the
    reader decides from it can be checked in Excel's colour picker."""

    rgb: str | None
    said: str = ""

    def __str__(self) -> str:
        if self.rgb is None:
            return self.said
        return f"{self.rgb} ({self.said})" if self.said else self.rgb


def font_colour(color: Color | None, theme: list[str]) -> FontColour | None:
    """The colour a cell's font is shown in, from its style's colour: RGB, an indexed colour or a theme
    colour with its tint; None for the automatic colour; a FontColour without RGB, saying why, for a
    theme colour the workbook's theme does not give (or an index past the palette)."""
    if color is None:
        return None
    kind = color.type
    tint = float(color.tint) if isinstance(color.tint, (int, float)) else 0.0
    shade = f", {'lightened' if tint > 0 else 'darkened'} {abs(tint):.0%}" if tint else ""
    if kind == "rgb" and isinstance(color.rgb, str) and len(color.rgb) >= 6:
        shown, said = f"#{color.rgb[-6:].upper()}", ""
    elif kind == "indexed" and isinstance(color.indexed, int):
        if not 0 <= color.indexed < len(COLOR_INDEX):
            return FontColour(None, f"palette colour {color.indexed}, which Excel's palette does not have")
        shown, said = f"#{COLOR_INDEX[color.indexed][-6:].upper()}", f"palette colour {color.indexed}"
    elif kind == "theme" and isinstance(color.theme, int):
        slot = _THEME_SLOTS[color.theme] if 0 <= color.theme < len(_THEME_SLOTS) else "no slot of a theme"
        said = f"theme colour {color.theme}, {slot}{shade}"
        if not 0 <= color.theme < len(theme) or not theme[color.theme]:
            whose = "the workbook's theme does not give it" if theme else "the workbook has no theme to give it"
            return FontColour(None, f"{said}, which canvasgen cannot resolve: {whose}")
        shown = theme[color.theme]
    else:
        return None
    return FontColour(_tinted(shown, tint) if tint else shown, said)


def _tinted(colour: str, tint: float) -> str:
    """A colour lightened (tint > 0) or darkened (tint < 0) as Excel does it, in HLS."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    lightness = lightness * (1 + tint) if tint < 0 else lightness * (1 - tint) + tint
    rgb = colorsys.hls_to_rgb(hue, min(1.0, max(0.0, lightness)), saturation)
    return "#" + "".join(f"{round(c * 255):02X}" for c in rgb)
