"""Cleaning text as people type it into spreadsheets.

Two jobs: turn a cell into the items it holds (lines, bullets stripped, blank
markers dropped), and turn a label into a key for matching (case, accents,
punctuation and invisible characters ignored).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Container, Sequence

# Characters that show as nothing (or as a plain space) in Excel.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t\v\f"), " ")
_ASCII_SPACE = re.compile("[\t\v\f]")  # the only characters above that ASCII text can hold

#: A cell holding only one of these means "nothing here".
BLANK_MARKERS = frozenset({"", "-", "/", "–", "—", "--", "n.v.t.", "n/a"})

# A bullet at the start of a line: "•", "*", "▪" with or without a space, and
# "-" or "–" only before a space, so that "-5% korting" stays as written.
_BULLET = re.compile(r"^(?:[•*·▪◦‣●○■□➢➤►]+\s*|[-–—]+\s+)")
# Dashes on both sides frame a text ("-- later --", "– optie –"): the client's own marks, no list marker.
_FRAMED = re.compile(r"^[-–—]+\s.*\S\s*[-–—]+$")


def _bullet(line: str) -> re.Match[str] | None:
    """The list marker a line opens with ("- ", "• "), or None (none, or dashes framing the text)."""
    return None if _FRAMED.match(line) else _BULLET.match(line)


# A zero-width joiner inside an emoji sequence ("👩‍💻" is woman, joiner, laptop) is part of the emoji, not
# an invisible stray: kept.
_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_EMOJI_JOINER = re.compile(f"(?<=[{_EMOJI}\ufe0f])\u200d(?=[{_EMOJI}])")


def clean(text: str) -> str:
    """Drop invisible characters (but not the joiner inside an emoji) and turn odd spaces into plain ones."""
    if text.isascii() and _ASCII_SPACE.search(text) is None:  # most cells: nothing to drop or turn
        return text
    if "\u200d" in text and _EMOJI_JOINER.search(text):
        return "\u200d".join(part.translate(_INVISIBLE).translate(_SPACES) for part in _EMOJI_JOINER.split(text))
    return text.translate(_INVISIBLE).translate(_SPACES)


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(text: str) -> str:
    """Text without control characters (a stray one from an export draws nothing and breaks XML)."""
    return _CONTROLS.sub("", text)


# Bidi controls: marks, embeddings, overrides and isolates. Invisible, and an override (U+202E) turns the
# letters after it around ("Studio" drawn as "oidutS"); right-to-left text is ordered without them.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile("[\n\r\u0085\u2028\u2029]+")


def one_line(text: str) -> str:
    """Text for one line of print (a brand kit's name, agency, footer or credit): invisible characters,
    control characters and bidi controls left out, tabs, line breaks and odd spaces turned into a plain
    space, runs of spaces into one, spaces at the ends dropped. Every word is kept."""
    text = without_controls(_BREAKS.sub(" ", _BIDI_CONTROLS.sub("", clean(text))))
    return re.sub(" {2,}", " ", text).strip()


def counted(n: int, word: str, plural: str | None = None) -> str:
    """A count and its noun, agreeing: "1 phase", "4 phases", "1,200 cells" (``plural`` where it is no
    word with an "s": "1 pain point", "2 pieces of text")."""
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


#: The characters of a client's text a message quotes before it says "…": its start, enough to find it.
QUOTED_CHARS = 60


def excerpt(text: str, limit: int = QUOTED_CHARS) -> str:
    """A text's start for a line that quotes it: whole when it is short, else its first words up to
    ``limit`` characters and "…" (a 3,000-character cell is no line of a message)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    if " " in cut[limit // 2 :]:  # at a word's end where one ends in the second half
        cut = cut.rsplit(" ", 1)[0]
    return cut[:limit].rstrip(" ,;:") + "…"


# Every block with right-to-left letters (Hebrew to N'Ko and Samaritan..., their presentation forms, the
# Arabic and other RTL blocks beyond U+FFFF): a character outside them is never "R" or "AL".
_MAYBE_RTL = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def right_to_left(text: str) -> str | None:
    """The right-to-left script the text is written in ("Arabic", "Hebrew", ...), or None."""
    if _MAYBE_RTL.search(text) is None:  # most text: one C-speed look instead of a look per character
        return None
    for char in text:
        if unicodedata.bidirectional(char) in ("R", "AL"):
            name = unicodedata.name(char, "")
            return name.split(" ")[0].title() if name else "right-to-left"
    return None


# Isolate initiators (LRI, RLI, FSI) and their closing PDI: what is inside an isolate does not set the
# direction of the paragraph around it (Unicode bidi rule P2).
_ISOLATE_OPENS = frozenset("\u2066\u2067\u2068")
_ISOLATE_CLOSE = "\u2069"


def runs_right_to_left(text: str) -> bool:
    """True when a paragraph runs right to left by Unicode's rule (bidi P2/P3): its first strong letter,
    outside isolates, is right-to-left. A Dutch sentence with one Arabic word ("raadt ons aan (توصية)") and
    a "Quote: ..." line whose value starts in Arabic run left to right, their Arabic words in their own
    order inside; a text with no strong letter (figures, signs) runs left to right."""
    if _MAYBE_RTL.search(text) is None:
        return False
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENS:
            depth += 1
        elif char == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return False


def is_blank(text: str) -> bool:
    """True for text that means an empty cell: whitespace, '-', '/', ..."""
    return clean(text).strip().lower() in BLANK_MARKERS


def split_items(text: str, always: bool = False) -> list[str]:
    """The items in a cell: one per line, list markers stripped, blank lines dropped; a one-line cell
    split at " | " (``pipe_parts``), else at "; " as ``semicolon_parts`` says (``always``: a KPI lane's cell)."""
    return [item for _, item in split_numbered(text, always)]


# A numbered line: "1. ", "2) " (a list marker; the number is kept for order).
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(?=\S)")
# The one "; " rule (README, "Inside a cell"): a one-line cell splits at "; " (a semicolon and a space)
# only when every part is a short phrase ("Instagram; YouTube; Ads"); a KPI lane's cell always splits
# ("Conversie 2,4% (doel 3%); Wachttijd 4 min (doel 2 min)" is two figures). The reader, the kit's
# cards, `apply`'s write-back and the KPIs all split through ``semicolon_parts``.
SEMICOLON = "; "
SHORT_PART_WORDS = 4
SHORT_PART_CHARS = 35


def is_short_phrase(part: str) -> bool:
    """A part short enough to be an item of its own: at most 4 words and 35 characters."""
    return bool(part) and len(part) <= SHORT_PART_CHARS and len(part.split()) <= SHORT_PART_WORDS


def semicolon_parts(line: str, always: bool = False) -> list[str] | None:
    """The parts of one line split at "; ", stripped; None when the line is not split: it has no "; ",
    a part would be empty, or (unless ``always``, for a KPI lane) a part is no short phrase."""
    parts = [part.strip() for part in line.split(SEMICOLON)]
    if len(parts) < 2 or not all(parts):
        return None
    if not always and not all(map(is_short_phrase, parts)):
        return None
    return parts


def split_numbered(text: str, always: bool = False) -> list[tuple[int | None, str]]:
    """The items in a cell with the number each was written with: a list's markers stripped ("1. Bellen\n2. Mailen"
    -> (1, "Bellen"), (2, "Mailen")), any other number kept in the item's text ("2. Belt" -> (2, "2. Belt"))."""
    segments, _ = cell_segments(text, always)
    return numbered_lines(segments)


def numbered_lines(lines: list[str]) -> list[tuple[int | None, str]]:
    """The items of a cell's lines (or parts) with their numbers, as ``split_numbered`` reads them: a number
    is a list's marker, stripped, only when the items are numbered 1, 2, 3 ... in order (their order is the
    list's); a number standing alone ("2. Long identity check" under "1. Enters card details": a step of
    the journey, numbered across its cells) is the client's text, and stays in the item."""
    found = [parts for parts in map(_segment_parts, lines) if parts is not None]
    markers = list_markers([number for _, number, _ in found])
    return [(number, item if markers or number is None else head + item) for head, number, item in found]


def list_markers(numbers: list[int | None]) -> bool:
    """Whether the numbers a cell's items were written with are a list's markers: 1, 2, 3 ... n in order."""
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


#: A one-line list of items written with " | " between them ("API credentials unclear | Terminal shortage |
#: ..."): split there whatever the parts' length, a bar between spaces being no punctuation of prose.
PIPE = " | "


def pipe_parts(line: str) -> list[str] | None:
    """The parts of one line split at " | ", stripped; None when it has none or a part would be empty."""
    parts = [part.strip() for part in line.split(PIPE)]
    if len(parts) < 2 or not all(parts):
        return None
    return parts


def cell_segments(text: str, always: bool = False) -> tuple[list[str], str]:
    """The parts of a cell that its items come from, and what joins them: its lines ("\n"), or the
    " | " parts (``pipe_parts``) or "; " parts (``semicolon_parts``) of a one-line cell."""
    lines = clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) == 1:
        piped = pipe_parts(filled[0])
        if piped is not None:
            return piped, PIPE
        parts = semicolon_parts(filled[0], always)
        if parts is not None:
            return parts, SEMICOLON
    return lines, "\n"


def segment_item(segment: str) -> tuple[int | None, str] | None:
    """The item a segment holds, with its number, its markers stripped; None for a blank line or a blank
    marker. Whether a number is only a marker is the cell's to say (``numbered_lines``)."""
    parts = _segment_parts(segment)
    return None if parts is None else (parts[1], parts[2])


def _segment_parts(segment: str) -> tuple[str, int | None, str] | None:
    """A segment's number as written ("2. ", "" when none), that number, and its item without number or bullet;
    None for a blank line or a blank marker."""
    head, number, bullet, rest = _marks(segment)
    if rest and not is_blank(rest):
        return head, number, rest
    if bullet + rest and not is_blank(bullet + rest):
        return head, number, bullet + rest  # a line that is only bullet characters is still text
    return None


def _marks(segment: str) -> tuple[str, int | None, str, str]:
    """A segment, its white space folded, taken apart as written: its list number ("2. ", "" when none), that
    number, its bullet ("- ", "" when none) and what follows them. What ``_segment_parts`` reads as the item and
    what ``item_prefix`` writes back before one."""
    line = " ".join(segment.split())
    numbered = _NUMBERED.match(line)
    head, number = (numbered.group(0), int(numbered.group(1))) if numbered else ("", None)
    bullet = _bullet(line[len(head) :])
    mark = bullet.group(0) if bullet else ""
    return head, number, mark, line[len(head) + len(mark) :]


def line_item(text: str) -> str | None:
    """What a text reads as on a line of its own (cleaned, its bullet stripped, as ``split_items`` reads a
    one-line cell: a number alone is no list's marker, it stays): None for a blank marker. What ``apply``
    means a cell to hold, compared with what it reads as."""
    found = numbered_lines([clean(text)])
    return found[0][1] if found else None


def item_prefix(segment: str, number: bool = True) -> str:
    """What a segment writes before its item: a number ("2. ") and a bullet ("- "), as typed; without the
    number when ``number`` is False (a number that is the item's own text, ``numbered_lines``). A bullet with
    nothing after it is no prefix."""
    head, _, bullet, rest = _marks(segment)
    return (head if number else "") + (bullet if rest else "")


_CONNECTORS = frozenset({"and", "en", "et", "und", "y", "e"})


#: The question marks of the scripts people write canvases in: Latin, full-width (Chinese, Japanese), Arabic,
#: reversed (Persian handwriting), Greek, Ethiopic, Vai, Limbu, small, and the doubled ones.
QUESTION_MARKS = "?\uff1f\u061f\u2e2e\u037e\u1367\ua60f\u1945\ufe56\u203d\u2047\u2048\u2049"
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


#: A sentence ends here: a full stop, question or exclamation mark, a semicolon or an ellipsis, and any
#: closing quote or bracket after it (Latin and CJK punctuation).
_SENTENCE_END = re.compile(r"[.!?;。！？；…][\"'”’)]*$")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (its last word ends in a full stop, "?", "!", ";" or "…")."""
    return _SENTENCE_END.search(text.rstrip()) is not None


def is_question(text: str) -> bool:
    """Whether a text ends as a question does: "Wat doet de bewoner?", "顧客は何をしますか？", "ماذا يفعل العميل؟";
    Greek with its question mark typed as the semicolon it looks like (and is, once normalised)."""
    text = text.rstrip()
    return text.endswith(tuple(QUESTION_MARKS)) or (text.endswith(";") and bool(_GREEK.search(text)))


def labelled(label: str, text: str) -> str:
    """A label before its text: "Score: -1"; a label that ends as a sentence does (a question, "Hoe voelt
    het?", an exclamation, or its own colon) gets no colon of ours: "Hoe voelt het? -1"."""
    label = label.rstrip()
    return f"{label} {text}" if is_question(label) or label.endswith(("!", ":", "！", "：")) else f"{label}: {text}"


def listed(names: Sequence[str], most: int = 8) -> str:
    """The first ``most`` names, apart by commas, and how many more there are: "B3, C4 and 12 more"."""
    return ", ".join(names[:most]) + (f" and {len(names) - most:,} more" if len(names) > most else "")


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, space-separated (the word tables' way of writing many words)."""
    return frozenset(text.split())


@functools.lru_cache(maxsize=8192)  # the same labels and names are matched again and again
def label_key(text: str) -> str:
    """A matching key: lower case, no accents, punctuation or extra spaces.

    >>> label_key("  Wat doet de\\xa0klant? ")
    'wat doet de klant'
    """
    text = unicodedata.normalize("NFKD", clean(text)).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text).replace("_", " ")
    # "&", "and" and "en" all join two words: ignore them so that
    # "Leerdoelen & verbeteringen" matches "leerdoelen en verbeteringen".
    return " ".join(w for w in text.split() if w not in _CONNECTORS)


def longest_known_start(key: str, known: Container[str], shortest: int = 5) -> str | None:
    """The longest start of ``key`` that ends where a word ends, is in ``known`` and has at least
    ``shortest`` characters: "pain points top 3" starts with "pain points". Tried at the key's spaces from
    the last one back, so a miss costs the key's words, not one comparison per known label."""
    end = len(key)
    while (end := key.rfind(" ", 0, end)) >= shortest:
        if key[:end] in known:
            return key[:end]
    return None


def first_line(text: str) -> str:
    """The first non-blank line of a cell, used for labels with a hint below."""
    for line in clean(text).splitlines():
        if line.strip():
            return line.strip()
    return ""


_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$")


#: Signs a word processor writes for a minus before a number: the minus sign (U+2212, what Word, macOS and
#: Google Docs paste) and the en dash ("–1"); the whole cell a number after it, they mean nothing else.
_MINUS_SIGNS = ("\u2212", "\u2013")


def parse_number(text: str) -> float | None:
    """A number typed as text ("+1", "7,5", "−1" with the minus sign), or None."""
    text = clean(text).strip()
    if text[:1] in _MINUS_SIGNS:
        text = "-" + text[1:]
    if not _NUMBER.match(text):
        return None
    number = float(text.replace(",", "."))
    return number if math.isfinite(number) else None  # 400 digits overflow to infinity: text, not a number


# Where a line must not break: between a currency sign and its amount, a number and its unit or percent
# sign. The space there becomes a no-break space (U+00A0): the wrapper keeps the two together and
# PowerPoint, wrapping the deck itself, does too.
NO_BREAK = "\u00a0"
_UNITS = (
    r"%|‰|€|\$|£|°C|°F|°|kWh|MWh|Wh|kWp|Wp|kW|MW|W|km/u|km/h|km|m²|m³|m2|m3|cm|mm|m|kg|mg|g|ml|cl|l|"
    r"GB|MB|kB|KB|TB|ms|sec|min|uur|u|h|x|pp|p\.p\.|EUR|USD|GBP|euro|euros|dollar|dollars|cent"
)
_DIGIT = re.compile(r"\d")
_BEFORE_AMOUNT = re.compile(r"(?<=[€$£¥₹])[ \t]+(?=[\d+\-−])|(?<=\b(?:EUR|USD|GBP))[ \t]+(?=\d)")
_BEFORE_UNIT = re.compile(rf"(?<=\d)[ \t]+(?=(?:{_UNITS})(?![^\W\d_]|\d))")
#: a period and its year: a quarter, half or term ("Q3 2026", "H2 2026", "K3 2026", "T1 2027", "S2 2026")
_BEFORE_YEAR = re.compile(r"(?<=\b[QHKTS][1-4])[ \t]+(?=(?:19|20)\d\d\b)")
#: a phone number written in groups: an international, a trunk ("020 123 4567", "06 1234 5678", "+31 20 123
#: 4567") or a Dutch municipality's "14" and its area code ("14 0555"), six digits at least: one thing to a reader.
#: Its first group as people write it: "+31 (0)20", "(020)", "06-12", "020/123" (the groups after it plain).
_PHONE_START = r"\+\d{1,3}(?:[ \t]?\(0\)[ \t]?\d{1,4})?|\(0\d{1,4}\)|0\d{1,4}(?:[-/]\d{2,8})?|14(?=[ \t]0)"
_PHONE = re.compile(rf"(?<![\w+.,(])(?<!\d[ \t])(?:{_PHONE_START})(?:[ \t]\d{{2,4}}){{1,4}}(?![\w.,]\d|\w)")
_PHONE_DIGITS = 6
#: a scale or range written out: "-2 t/m +2", "1 tot 5", "1 to 5", "1 - 5" (one line, never broken inside)
_RANGE = re.compile(r"[+\-−]?\d+[ \t]+(?:t/m|tot|tot en met|to|through|-|–|—)[ \t]+[+\-−]?\d+")


def keep_together(text: str) -> str:
    """``text`` with no-break spaces where a line must not break: "€ 7.400", "15 %", "3,5 kWh", a
    scale written out, "-2 t/m +2", a period, "Q3 2026" (broken, "Q3" ended one line and "2026" began
    the next), and a phone number's groups, "14 0555" (broken as "telefoon 14" / "0555")."""
    if _DIGIT.search(text) is None:
        return text
    text = _RANGE.sub(lambda m: re.sub(r"[ \t]+", NO_BREAK, m.group(0)), text)
    text = _PHONE.sub(_phone_kept, text)
    return _BEFORE_YEAR.sub(NO_BREAK, _BEFORE_UNIT.sub(NO_BREAK, _BEFORE_AMOUNT.sub(NO_BREAK, text)))


def _phone_kept(found: re.Match[str]) -> str:
    """A phone number's groups joined by no-break spaces, where it has the digits of one."""
    number = found.group(0)
    if len(_DIGIT.findall(number)) < _PHONE_DIGITS:
        return number
    return re.sub(r"[ \t]", NO_BREAK, number)


#: A sign before its digits ("(-2", "+1"): LibreOffice breaks a line after a hyphen-minus even there.
_SIGN = re.compile(r"(?<!\w)([+\-−])(?=\d)")
WORD_JOINER = "\u2060"
#: A scale written out, also after ``keep_together`` put no-break spaces in it.
_RANGE_KEPT = re.compile(_RANGE.pattern.replace("[ \\t]+", "[ \\t\u00a0]+"))


def joined_signs(text: str) -> str:
    """``text`` with a word joiner (U+2060, no break on either side, no width) between a sign and its
    number inside a scale written out, for a renderer that wraps the text itself: "Score (-2 to +2)" broke
    as "Score (-" and "2 to +2)" on a slide in LibreOffice. Only there: an invisible character in a client's
    own "+1 😊" would make PowerPoint's Find miss it and travel along when the text is copied."""
    return _RANGE_KEPT.sub(lambda m: _SIGN.sub(rf"\1{WORD_JOINER}", m.group(0)), text)


def numbered_name(name: str, taken: set[str], first: int = 2) -> str:
    """``name`` numbered "Aankoop (2)", "Aankoop (3)" ...: the first whose key no phase has taken,
    among the names the sheet wrote and those given so far."""
    n = first
    while phase_key(f"{name} ({n})") in taken:
        n += 1
    return f"{name} ({n})"


#: A name that is a negative number ("-2", "−1", "-0.5"): its sign is part of it.
_NEGATIVE_NUMBER = re.compile(r"\s*[-\u2212\u2013]\d+(?:[.,]\d+)?\s*")


def phase_key(name: str) -> str:
    """What makes two phase names the same phase: their label key, or the text itself when it has no
    letters or digits ("😀" and "+" are two phases, not one with an empty key). A negative number keeps its
    sign: stages numbered -2..+2 are five phases, not three ("-2" and "2" were one, their rows merged).

    >>> [phase_key(n) for n in ("-2", "2", "+2", "−1")]
    ['-2', '2', '2', '-1']
    """
    key = label_key(name) or name.strip()
    return f"-{key}" if _NEGATIVE_NUMBER.fullmatch(name) else key
