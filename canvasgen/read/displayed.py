"""A cell's value as Excel shows it, for text the team typed that Excel took for a number or a date.

Excel turns "25%" into 0.25 with the format ``0%``, "1-2" into the 1st of February with ``d-m``, and
"€ 1.234,50" into 1234.5 with ``€ #,##0.00``. Read back as raw values these would be other words than the
team wrote, so a value is written with its own number format, in the language of the workbook (a Dutch
changes sheet shows 0,5): Excel's format codes are close to Unicode's number and date patterns, which
babel formats. A format canvasgen cannot read gives the value as ``model.value_text`` writes it.
"""

from __future__ import annotations

import datetime as dt
import re

from babel.core import UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal, get_decimal_symbol

from canvasgen.model import value_text

_GENERAL = ("general", "@", "")
# A format's parts Excel alone knows: [Red], [$-413], [$€-413] (its symbol kept), _) paddings, *- fills.
_BRACKETS = re.compile(r"\[\$([^\]-]*)-?[^\]]*\]|\[[^\]]*\]")
_PADDING = re.compile(r"_.|\*.")
_DATE_TOKEN = re.compile(r'"[^"]*"|\\.|y+|m+|d+|h+|s+|am/pm|a/p|.', re.IGNORECASE)


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
            return _date(value, code, locale)
        if isinstance(value, (int, float)):
            return _number(float(value), code, locale)
    except (ValueError, TypeError, KeyError, IndexError, ArithmeticError, UnknownLocaleError):
        pass  # a format babel cannot follow: the value as written
    return value_text(value)


def _sections(code: str) -> list[str]:
    """A format's sections (positive; negative; zero; text), split on ";" outside quotes."""
    parts, current, quoted = [], "", False
    for char in code:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _number(value: float, code: str, locale: str) -> str:
    if code.lower() in _GENERAL:
        return _general(value, locale)
    sections = _sections(code)
    section = sections[0]
    if value < 0 and len(sections) > 1 and sections[1].strip():
        section, value = sections[1], -value  # the negative section writes its own sign
    pattern = _PADDING.sub("", _BRACKETS.sub(lambda m: m.group(1) or "", section))
    pattern = re.sub(r'"([^"]*)"', lambda m: "'" + m.group(1).replace("'", "''") + "'", pattern)
    pattern = re.sub(r"\\(.)", lambda m: f"'{m.group(1)}'", pattern).strip()
    if not re.search(r"[0#]", pattern):
        return _general(value, locale)
    return str(format_decimal(value, format=pattern, locale=locale))


def _general(value: float, locale: str) -> str:
    """Excel's General format: the digits as they are, with the locale's decimal sign."""
    text = value_text(value)
    return text.replace(".", str(get_decimal_symbol(locale)))


def _date(value: dt.datetime | dt.date | dt.time, code: str, locale: str) -> str:
    if code.lower() in _GENERAL:
        return value_text(value)
    section = _PADDING.sub("", _BRACKETS.sub(lambda m: m.group(1) or "", _sections(code)[0]))
    tokens = _DATE_TOKEN.findall(section)
    twelve = any(t.lower() in ("am/pm", "a/p") for t in tokens)
    pattern = ""
    for n, token in enumerate(tokens):
        pattern += _date_part(token, tokens, n, twelve)
    if isinstance(value, dt.datetime):
        return str(format_datetime(value, pattern, locale=locale))
    if isinstance(value, dt.date):
        return str(format_date(value, pattern, locale=locale))
    return str(format_time(value, pattern, locale=locale))


def _date_part(token: str, tokens: list[str], n: int, twelve: bool) -> str:
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
        before = [t.lower()[0] for t in tokens[:n] if t.strip() and t[0].isalpha()]
        after = [t.lower()[0] for t in tokens[n + 1 :] if t.strip() and t[0].isalpha()]
        if len(token) <= 2 and ((before and before[-1] == "h") or (after and after[0] == "s")):
            return "m" * len(token)  # minutes
        return {1: "M", 2: "MM", 3: "MMM", 4: "MMMM"}.get(len(token), "MMMMM")
    if token.isalpha():
        return f"'{token}'"
    return token if token != "'" else "''"
