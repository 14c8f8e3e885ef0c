"""A figure of a cell that holds a number (or a date): its number is the value, whatever its format shows.

Excel keeps 1.234 as 1.234 and shows it as its format says: "1.234" in General, "1.234,00 €" with a
Dutch currency format, "123.4%" in percent. Text shown in one notation and read back in another is another
number (a Dutch reader takes "1.234" for 1234), so the shown text is never parsed back: the figure is
the cell's number, in percent where its format shows percent (0.024 is 2.4%), with the unit its format
writes beside it ("€", '"dagen"', '"min"') and the decimals it shows. What the format shows that is no
unit (a date, words) is said with the figure (``read_as``): the number is read, and the reason why.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.utils.datetime import to_excel

from canvasgen.figures import CURRENCIES, PERCENT, Figure
from canvasgen.model import Item
from canvasgen.read.shown import number_parts
from canvasgen.vocabulary.metrics import DURATIONS

#: Words a format writes after a number it divides by a thousand or a million (',, "mln"').
_SCALE_WORDS = {"k", "K", "m", "M", "mln", "mio", "mld", "bn", "dzd", "tsd", "Tsd", "Mio", "Mrd"}
_SIGNS = "()+-−[]"


def cell_figure(item: Item) -> tuple[Figure, str] | None:
    """The figure of an item read from a cell holding a number or a date, and what is said about how it
    was read ("" where nothing needs saying); None for an item written as text (its text is the figure)."""
    raw = item.value
    if item.number_format is None or isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, str):  # a date or time cell: its value as ISO text, its number the day's serial
        serial = _serial(raw)
        if serial is None:
            return None
        said = f"is shown as the date or time '{item.text}' by its format '{item.number_format}': read as its number"
        return Figure(serial, "", _decimals(serial)), said
    parts = number_parts(float(raw), item.number_format)
    if parts.date:  # a number shown as a date by openpyxl's reading is a date above; this is one it kept
        said = f"is shown as a date or time by its format '{item.number_format}': read as its number"
        return Figure(float(raw), "", _decimals(float(raw))), said
    value = float(Decimal(repr(float(raw))) * 100) if parts.percent else float(raw)
    unit, unread = _unit(parts.words, parts.thousands > 0)
    places = _decimals(value)
    if parts.places is not None:  # the decimals Excel shows ("0.00": two; "0.0#": one or two)
        least, most = parts.places
        places = max(0, max(least, min(most, places)) - 3 * parts.thousands)
    said = ""
    if unread:
        said = f"is shown with '{unread}' by its format '{item.number_format}', which is no unit: read as its number"
    return Figure(value, PERCENT if parts.percent else unit, places), said


def _unit(words: str, scaled: bool) -> tuple[str, str]:
    """The unit among the words a format writes beside a number (a currency, a duration), and the words
    that are none (printed nowhere, and said)."""
    unit, unread = "", []
    for word in words.replace("%", " ").split():
        key = word.strip(_SIGNS).rstrip(".")
        if not key:
            continue
        found = CURRENCIES.get(key.lower()) or DURATIONS.get(key.lower())
        if found and not unit:
            unit = found
        elif not (scaled and key in _SCALE_WORDS):
            unread.append(word)
    return unit, " ".join(unread)


def _decimals(value: float) -> int:
    """The decimals a number has as stored, at most six (0.12345: 5)."""
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return min(6, max(0, -exponent)) if isinstance(exponent, int) else 0


def _serial(iso: str) -> float | None:
    """A date's or time's serial number as Excel keeps it (the 1900 date system)."""
    for kind in (dt.datetime, dt.date, dt.time):
        try:
            when = kind.fromisoformat(iso)
        except ValueError:
            continue
        return float(to_excel(when))
    return None
