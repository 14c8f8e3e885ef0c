"""The fonts a poster is set in: real metrics for measuring, coverage for every character.

Text is measured with the TrueType files that will be embedded, so what the
layout computes is what the PDF shows. A character the brand font lacks is set
in the first fallback that has it: a brand kit's own, then the bundled ones: Noto
Sans Symbols, Noto Sans Arabic and Hebrew, Droid Sans Fallback (Chinese, Japanese,
Korean) and Noto Emoji (monochrome, TrueType outlines), and last the fonts
installed on the machine (``brand.machine_fonts``: for a poster, never a deck) for
a script canvasgen brings no font for. The machine's fonts come after the emoji
font: many machines have a font with 😊 among its symbols (DejaVu Sans), and an
emoji should print the same on every machine. One font per run of characters,
measured with that font. An emoji's modifiers (variation selector,
zero-width joiner, skin tone, keycap) stay in the run of the emoji they belong to.
A character that no font has is replaced by a visible U+FFFD and reported with its cell.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from canvasgen.brand.colors import parse_colour
from canvasgen.brand.deck_font import EMOJI_FACE, SYMBOL_FACE, DeckFont, family
from canvasgen.brand.kit import FontRole
from canvasgen.brand.machine_fonts import MachineFont, MachineFonts, machine_fonts
from canvasgen.layout.boxes import Run
from canvasgen.layout.text.hyphenation import SOFT_HYPHEN
from canvasgen.layout.text.shaping import visual

_BUNDLED = Path(__file__).resolve().parents[2] / "fonts"
SYMBOL_FONTS = (_BUNDLED / "NotoSansSymbols2-Regular.ttf", _BUNDLED / "NotoSansSymbols-Regular.ttf")
SCRIPT_FONTS = (
    _BUNDLED / "NotoSansArabic-Regular.ttf",
    _BUNDLED / "NotoSansHebrew-Regular.ttf",
    _BUNDLED / "DroidSansFallback.ttf",  # Han, Kana and Hangul: TrueType outlines, which reportlab embeds
)
EMOJI_FONT = _BUNDLED / "NotoEmoji-Regular.ttf"
#: In the order they are tried, after the brand's fonts and the kit's own fallbacks.
FALLBACK_FONTS = (*SYMBOL_FONTS, *SCRIPT_FONTS, EMOJI_FONT)
#: The typeface a slide names for the text set in each bundled fallback (a deck names fonts every
#: PowerPoint has; the PDF embeds the files themselves).
DECK_FACES = {
    **dict.fromkeys(SYMBOL_FONTS, SYMBOL_FACE),
    SCRIPT_FONTS[0]: "Arial",  # Arial has Arabic and Hebrew on Windows and macOS
    SCRIPT_FONTS[1]: "Arial",
    SCRIPT_FONTS[2]: "Microsoft YaHei",  # by the deck's writing: ``east_asian.FACES`` (``CJK_DECK_FACE``)
    EMOJI_FONT: EMOJI_FACE,
}
#: The face named for Chinese, Japanese and Korean text where the deck's writing is not known.
CJK_DECK_FACE = DECK_FACES[SCRIPT_FONTS[2]]
REPLACEMENT = "\ufffd"

# Characters that belong to the emoji (or letter) before them: a zero-width joiner and the emoji after it,
# variation selectors, skin tones, the keycap, tag characters (flags of regions).
_MODIFIERS = frozenset([0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)])
_EMOJI_STYLE = 0xFE0F  # "draw the character before me as an emoji"
_EMOJI_SELECTOR = chr(_EMOJI_STYLE)


# Emoji whose meaning is their colour (a status as traffic lights): drawn in it, not in the text's colour.
EMOJI_COLOURS = {
    "\U0001f7e2": parse_colour("#2E9E44"),  # 🟢
    "\U0001f7e1": parse_colour("#F2C200"),  # 🟡
    "\U0001f7e0": parse_colour("#F28C00"),  # 🟠
    "\U0001f534": parse_colour("#D62C2C"),  # 🔴
    "\u26aa": parse_colour("#9A9A9A"),  # ⚪ (its outline in grey: white would vanish on a light cell)
    "\u26ab": parse_colour("#1A1A1A"),  # ⚫
}


@dataclass(frozen=True)
class Missing:
    """A character no font could draw, and what was printed instead."""

    char: str


def describe_missing(missing: list[Missing]) -> str:
    """One sentence for the characters of one text that no font draws (a line of Japanese is one
    warning, not one per character), naming the script to install a font for."""
    remedy = _remedy([m.char for m in missing])
    if len(missing) == 1:
        char = missing[0].char
        return f"character {char!r} (U+{ord(char):04X}) cannot be drawn by the fonts; printed as {REPLACEMENT}{remedy}"
    listed = ", ".join(f"{m.char!r} (U+{ord(m.char):04X})" for m in missing)  # every one: none goes unnamed
    return f"{len(missing)} characters cannot be drawn by the fonts: {listed}; printed as {REPLACEMENT}{remedy}"


def _remedy(chars: list[str]) -> str:
    scripts = list(dict.fromkeys(script for script in map(_script_of, chars) if script))
    wanted = (
        f"a font for {_listed_and(scripts)}" if scripts else f"a font that has {'it' if len(chars) == 1 else 'them'}"
    )
    return (
        f" (install {wanted} with TrueType outlines (.ttf) on this machine, or add one to the brand kit's"
        " [fonts] fallbacks)"
    )


# The word in a character's Unicode name where the script's name ends ("THAI CHARACTER THO THAHAN").
_NAME_ENDS = ("LETTER", "CAPITAL", "SMALL", "SYLLABLE", "CHARACTER", "DIGIT", "VOWEL", "CONSONANT", "SIGN", "UNIFIED")
_SCRIPT_NAMES = {"CJK": "Han (Chinese characters)"}


def _script_of(char: str) -> str | None:
    """The script a letter, mark or digit belongs to, from its Unicode name ("Thai", "Ethiopic", "Canadian
    Syllabics"); None for a symbol or a character without a name."""
    if unicodedata.category(char)[0] not in "LMN":
        return None
    words = unicodedata.name(char, "").split()
    at = next((i for i, word in enumerate(words) if word in _NAME_ENDS or word == "SYLLABICS"), None)
    if not at:
        return None
    if words[at] == "SYLLABICS":
        at += 1
    script = " ".join(words[:at])
    return _SCRIPT_NAMES.get(script, script.title())


def _listed_and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


_SPACES = " \t\n"  # set in whatever font the text around them is: a line break draws nothing


@dataclass(eq=False)  # compared by identity: the width cache below must never compare cmaps
class FontSet:
    """Registered fonts by role ("heading", "body") plus the fallbacks."""

    roles: dict[FontRole, str]
    fallbacks: list[str]
    emoji: str | None = None  # the registered emoji font, preferred for a character asked to be an emoji
    _cmaps: dict[str, frozenset[int]] = field(default_factory=dict)
    # The fallbacks not read yet, by name: a font's tables are read (and it is registered with reportlab) the
    # first time a character the fonts before it lack is asked of it; most canvases never need one.
    _unread: dict[str, Path] = field(default_factory=dict)
    # The name a slide gives each registered font (a deck names typefaces; a PDF embeds files).
    faces: dict[str, str] = field(default_factory=dict)
    # The machine's fonts, asked for a character none of the fonts above has; what they gave, by character.
    machine: MachineFonts | None = None
    _from_machine: dict[frozenset[int], str | None] = field(default_factory=dict)
    _gaps: dict[str, re.Pattern[str]] = field(default_factory=dict)  # ``_lacking``'s, by font

    @classmethod
    def load(
        cls, heading: Path, body: Path, extra: tuple[Path, ...] = (), machine: MachineFonts | None = None
    ) -> FontSet:
        """The brand's fonts, then ``extra`` (a kit's own fallbacks), then canvasgen's symbol fonts, then
        ``machine`` (``for_poster`` passes the machine's fonts)."""
        roles: dict[FontRole, str] = {"heading": register(heading), "body": register(body)}
        files = {font_name(path): path for path in (*extra, *FALLBACK_FONTS) if path.is_file()}
        fonts = cls(roles, list(files), font_name(EMOJI_FONT), machine=machine)
        for name in roles.values():
            fonts._cmaps[name] = _cmap(name)
        fonts._unread = {name: path for name, path in files.items() if name not in fonts._cmaps}
        fonts._unread.setdefault(font_name(EMOJI_FONT), EMOJI_FONT)
        return fonts

    @classmethod
    def for_poster(cls, heading: Path, body: Path, extra: tuple[Path, ...] = ()) -> FontSet:
        """A poster's fonts: the brand's, the kit's and canvasgen's fallbacks, then the machine's fonts
        (as ``CANVASGEN_MACHINE_FONTS`` says) for what none of those draws."""
        return cls.load(heading, body, extra, machine_fonts())

    @classmethod
    def for_deck(cls, deck: DeckFont, extra: tuple[Path, ...] = ()) -> FontSet:
        """The deck's typeface measured with its twin; the bundled fallbacks named as fonts every
        PowerPoint has (``DECK_FACES``), and a kit's own fallbacks by their family."""
        fonts = cls.load(deck.heading, deck.body, extra)
        fonts.faces = {name: deck.name for name in fonts.roles.values()}
        for path in (*extra, *FALLBACK_FONTS):
            if path.is_file():
                fonts.faces.setdefault(font_name(path), DECK_FACES.get(path) or family(path))
        return fonts

    def runs(self, text: str, role: FontRole, keep_missing: bool = False) -> tuple[list[Run], list[Missing]]:
        """Split text into runs by the font that can draw each character. A character no font has is
        replaced by U+FFFD, or kept in the primary font (``keep_missing``: a slide, where the client's
        PowerPoint may still find a font for it)."""
        primary = self.roles[role]
        text = composed(text)
        if self._lacking(primary).search(text) is None:
            return [(text, primary)], []  # the usual case, checked at C speed
        runs: list[Run] = []
        missing: list[Missing] = []
        covered = self._coverage(primary)
        for cluster in clusters(text):
            # a lone character the primary font has is set in it (``_font_for``'s answer, without its sets;
            # the emoji selector aside): a line of Latin text with one arrow is mostly such characters
            if len(cluster) == 1 and ord(cluster) in covered and cluster != _EMOJI_SELECTOR:
                self._add(runs, missing, cluster, primary, primary, keep_missing)
                continue
            font = self._font_for(cluster, primary)
            if font is None and len(cluster) > 1:  # no font has the whole sequence: its parts, one by one
                for ch in cluster:
                    self._add(runs, missing, ch, self._font_for(ch, primary), primary, keep_missing)
                continue
            self._add(runs, missing, cluster, font, primary, keep_missing)
        return runs, missing

    def _add(
        self, runs: list[Run], missing: list[Missing], chars: str, font: str | None, primary: str, keep: bool
    ) -> None:
        if font is None:
            missing.append(Missing(chars))
            chars, font = (chars if keep else REPLACEMENT), primary
        if chars in _SPACES and runs and runs[-1][1] != self.emoji and ord(chars) in self._coverage(runs[-1][1]):
            font = runs[-1][1]  # a space stays in the run it separates words of (one RTL phrase, one run)
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + chars, font)
        else:
            runs.append((chars, font))

    def _font_for(self, chars: str, primary: str) -> str | None:
        """The first font that has every character of ``chars`` (one character, or an emoji with its
        modifiers); the emoji font first for a character followed by the emoji variation selector."""
        if chars in _SPACES or chars == SOFT_HYPHEN:  # a soft hyphen: the viewer's hyphen where it breaks
            return primary
        codes = set(map(ord, chars))
        if _EMOJI_STYLE in codes and self.emoji is not None and self._coverage(self.emoji).issuperset(codes):
            return self.emoji
        found = next((f for f in (primary, *self.fallbacks) if self._coverage(f).issuperset(codes)), None)
        if found is not None or self.machine is None:
            return found
        if self.emoji is not None and not codes.isdisjoint(self._coverage(self.emoji)):
            return None  # an emoji sequence no font has whole: drawn as its parts, by the emoji font
        return self._machine_font(codes)

    def _machine_font(self, codes: set[int]) -> str | None:
        """The machine's first font that has ``codes`` (asked once per set of characters), registered."""
        key = frozenset(codes)
        if key not in self._from_machine:
            assert self.machine is not None
            found = self.machine.find(codes, usable=_registers)
            name = None
            if found is not None:
                name = _machine_name(found)
                self._cmaps.setdefault(name, _cmap(name))
                self.faces.setdefault(name, found.family)
            self._from_machine[key] = name
        return self._from_machine[key]

    def _lacking(self, name: str) -> re.Pattern[str]:
        """A pattern that finds a character the font lacks (its coverage as ranges of a character class):
        a line is searched for one four times as fast as its characters are looked up in the set."""
        found = self._gaps.get(name)
        if found is None:
            found = self._gaps[name] = _outside(self._coverage(name))
        return found

    def draws(self, char: str, role: FontRole) -> bool:
        """Whether the role's own font has ``char``."""
        return ord(char) in self._coverage(self.roles[role])

    def _coverage(self, name: str) -> frozenset[int]:
        """The characters a font has; a fallback is read and registered the first time it is asked."""
        found = self._cmaps.get(name)
        if found is None:
            register(self._unread[name])  # looked up, not taken: another thread may be reading it too
            found = self._cmaps[name] = _cmap(name)
        return found

    def width(self, text: str, role: FontRole, size: float) -> float:
        """Width of text at a size, in points, across fallback runs."""
        return _unit_width(self, role, text) * size

    def unit_measure(self, role: FontRole) -> Callable[[str], float]:
        """Width of a text at 1 pt in a role: for measuring many words fast."""
        return functools.partial(_unit_width, self, role)

    def baseline_share(self, role: FontRole) -> float:
        """Where the baseline sits in a line, as a share of the line height (ascent / (ascent + descent))."""
        face = pdfmetrics.getFont(self.roles[role]).face
        ascent, descent = float(face.ascent), abs(float(face.descent))
        return ascent / (ascent + descent) if ascent + descent else 0.8


def composed(text: str) -> str:
    """A letter followed by combining marks as its precomposed character where Unicode has one (NFC: "e" +
    U+0301 is "é", which the fonts have and reportlab draws, where a lone U+0301 is in none of them); the
    words are the same, and text without such a pair is returned as it is. A CJK compatibility ideograph
    (the variant a Japanese name may be written with, 神 U+FA19) stays as written: NFC would swap it for its unified
    form, another glyph."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return "".join(
        part if _COMPATIBILITY.match(part) else unicodedata.normalize("NFC", part) for part in _KEPT.split(text)
    )


#: The CJK compatibility ideographs (BMP and supplement), which NFC maps to other characters.
_COMPATIBILITY = re.compile("[\uf900-\ufaff\U0002f800-\U0002fa1f]+")
_KEPT = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")


def clusters(text: str) -> list[str]:
    """``text`` as the characters a reader sees one by one: an emoji with its modifiers is one ("👩‍💻",
    "👍🏽", "❤️"), every other character is its own."""
    found: list[str] = []
    joined = False  # the last character was a zero-width joiner: the next one belongs to the same emoji
    for ch in text:
        code = ord(ch)
        if found and (joined or code in _MODIFIERS):
            found[-1] += ch
        else:
            found.append(ch)
        joined = code == 0x200D
    return found


@lru_cache(maxsize=200_000)
def _unit_width(fonts: FontSet, role: FontRole, text: str) -> float:
    runs, _ = fonts.runs(visual(text), role)  # Arabic measured in the forms it is drawn in
    return float(sum(pdfmetrics.stringWidth(t, f, 1.0) for t, f in runs))


def register(path: Path, index: int = 0) -> str:
    """Register a TrueType font once (``index``: the face of a collection, .ttc); its name is derived
    from the file's content."""
    name = font_name(path, index)
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    return name


def font_name(path: Path, index: int = 0) -> str:
    """The name a font file is registered under (``register``): its stem and a digest of its content."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:10]
    return f"{path.stem}-{digest}" + (f"-{index}" if index else "")


def _registers(font: MachineFont) -> bool:
    """Whether reportlab takes a machine's font (it refuses some that look fine)."""
    try:
        _machine_name(font)
    except Exception:  # reportlab raises TTFError, struct.error, ... for a font it cannot read
        return False
    return True


@lru_cache(maxsize=256)
def _machine_name(font: MachineFont) -> str:
    """A machine's font registered (once per process: its file is hashed for the name)."""
    return register(font.path, font.index)


def _outside(codes: frozenset[int]) -> re.Pattern[str]:
    """A pattern matching any character not in ``codes``."""
    if not codes:
        return re.compile(r"[\s\S]")
    ranges: list[tuple[int, int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return re.compile("[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges) + "]")


def _cmap(name: str) -> frozenset[int]:
    face = pdfmetrics.getFont(name).face
    return frozenset(face.charToGlyph)
