"""The names of months and days a spreadsheet shows a date with, per language: "mmm yyyy" is "Jan 2025"
in English, "jan 2025" under a Dutch locale code, "Dez 2025" under a German one. Words of the sheets
canvasgen reads."""

from __future__ import annotations

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}  # fmt: skip
DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
#: The short month names people write in a date ("12 mrt", "3 Mrz 2026", "1 Sept."), besides the whole names:
#: Excel's abbreviations and the common others.
SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"),
    "de": ("Jan", "Feb", "Mrz", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez"),
    "fr": ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"),
}
#: Excel's own short month names ("mmm") where they are not the language's abbreviations in Unicode's data
#: (babel): German Excel writes "Mrz", "Jun", "Sep" (babel "März", "Juni", "Sept.").
EXCEL_SHORT_MONTHS = {
    "de": ("Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
}
#: Windows' primary language ids, the low ten bits of the locale code a number format names ([$-407] is
#: German of Germany, [$-C07] of Austria): the languages whose names of months and days are here.
LANGUAGE_IDS = {0x13: "nl", 0x09: "en", 0x07: "de", 0x0C: "fr", 0x0A: "es"}
#: The countries of English by Windows' locale code ([$-409] is English of the United States): how its
#: dates are written out.
ENGLISH_REGIONS = dict(
    zip(
        (0x0409, 0x0809, 0x0C09, 0x1009, 0x1409, 0x1809, 0x1C09, 0x4009),
        ["US", "GB", "AU", "CA", "NZ", "IE", "ZA", "IN"],
    )
)
