"""The names of months and days a spreadsheet shows a date with, per language: "mmm yyyy" is "Jan 2025"
in English, "jan 2025" under a Dutch locale code. Words of the sheets canvasgen reads."""

from __future__ import annotations

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
}  # fmt: skip
DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
