"""A cell's value as Excel shows it, from its number format: a date in its own pattern ("mmm yyyy" is
"Jan 2025"), money with its symbol, separators and decimals ("€ #,##0.00" is "€ 1,234.50"), a share
in percent. The separators and the names of months and days are English unless the format names a
Dutch locale ([$-413], [$€-813]): the file says no more of the locale Excel showed it in.
"""

from __future__ import annotations

import datetime as dt
import re

from canvasgen.vocabulary.calendar import DAYS as _DAYS
from canvasgen.vocabulary.calendar import MONTHS as _MONTHS

_DUTCH_LOCALES = ("413", "813")
#: The formats libraries give a date they write (openpyxl, pandas): no person's pattern, read as ISO.
_WRITTEN_BY_LIBRARIES = ("yyyy-mm-dd h:mm:ss", "yyyy-mm-dd", "h:mm:ss")
_LOCALE = re.compile(r"\[\$([^\]-]*)-([0-9A-Fa-f]+)\]")
_TOKEN = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|AM/PM|am/pm|A/P|a/p|y+|Y+|m+|M+|d+|D+|h+|H+|s+|S+|.', re.DOTALL)


def _language(number_format: str) -> str:
    return "nl" if any(code.upper().lstrip("0") in _DUTCH_LOCALES for _, code in _LOCALE.findall(number_format)) \
        else "en"  # fmt: skip


def is_date_format(number_format: str) -> bool:
    """Whether a format shows a date or a time (y, d, h or s outside quotes and brackets)."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format.split(";")[0])
    return bool(re.search(r"[yYdDhHsS]", bare))


def shown_date(value: dt.date | dt.time, number_format: str) -> str | None:
    """A date or time as the format shows it; None for a format that is no date pattern (General)."""
    if not is_date_format(number_format) or number_format in _WRITTEN_BY_LIBRARIES:
        return None
    language = _language(number_format)
    tokens = _TOKEN.findall(number_format.split(";")[0])
    when = value if isinstance(value, dt.datetime) else None
    date = value if isinstance(value, dt.date) else None
    time = when.time() if when else value if isinstance(value, dt.time) else None
    twelve = any(t.upper() in ("AM/PM", "A/P") for t in tokens)
    out: list[str] = []
    for index, token in enumerate(tokens):
        out.append(_piece(token, index, tokens, date, time, language, twelve))
    return "".join(out).strip()


def _minutes(index: int, tokens: list[str]) -> bool:
    """An "m" after hours or before seconds means minutes."""
    before = next((t for t in reversed(tokens[:index]) if t[0] in "hHsSdDyYmM"), "")
    after = next((t for t in tokens[index + 1 :] if t[0] in "hHsSdDyYmM"), "")
    return before[:1] in ("h", "H") or after[:1] in ("s", "S")


def _piece(token: str, index: int, tokens: list[str], date: dt.date | None, time: dt.time | None,
           language: str, twelve: bool) -> str:  # fmt: skip
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
        name = _MONTHS[language][date.month - 1]
        return {1: str(date.month), 2: f"{date.month:02d}", 3: name[:3]}.get(n, name if n == 4 else name[0])
    if kind == "d" and date is not None:
        day = _DAYS[language][date.weekday()]
        return {1: str(date.day), 2: f"{date.day:02d}", 3: day[:3]}.get(n, day)
    if kind == "h" and time is not None:
        hour = (time.hour % 12 or 12) if twelve else time.hour
        return f"{hour:02d}" if n > 1 else str(hour)
    if kind == "s" and time is not None:
        return f"{time.second:02d}" if n > 1 else str(time.second)
    return token if kind not in "ymdhs" else ""


def shown_money(value: float, number_format: str) -> str | None:
    """An amount with the format's currency symbol, thousands separator and decimals; None when the format
    names no currency."""
    section = number_format.split(";")[0]
    codes = _LOCALE.findall(section)
    symbol = next((s for s, _ in codes if s), None) or next((s for s in ("€", "$", "£") if s in section), None)
    if symbol is None:
        return None
    bare = re.sub(r'"[^"]*"|\[[^\]]*\]', "", section)
    decimals = len(m.group(1)) if (m := re.search(r"\.([0#]+)", bare)) else 0
    grouped = "," in bare.split(".")[0]
    text = f"{abs(value):,.{decimals}f}" if grouped else f"{abs(value):.{decimals}f}"
    if _language(number_format) == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    sign = "-" if value < 0 else ""
    after = bare.strip().find(symbol) > bare.strip().find("0") >= 0 if symbol in bare else False
    unquoted = section.replace('"', "")
    spaced = " " if re.search(rf"{re.escape(symbol)}\s|\s{re.escape(symbol)}", unquoted) or codes else ""
    return f"{sign}{text}{spaced}{symbol}" if after else f"{sign}{symbol}{spaced}{text}"
