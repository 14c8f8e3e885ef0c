"""Brand kits: a folder with ``brand.toml``, fonts and a logo, laid over the default kit.

A kit names only what differs from the default; everything else is inherited.
Unknown keys are errors (a typo must not pass silently), and every problem in a
kit is reported at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import sys
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from canvasgen.brand.colors import Colour, contrast, heading_ink, parse_colour
from canvasgen.brand.deck_font import TWINS, DeckFont, twin
from canvasgen.brand.logo import logo_problem
from canvasgen.errors import BrandKitError, CanvasError, CanvasErrors, CanvasWarning, Location
from canvasgen.text import one_line
from canvasgen.words import DEFAULT_LANGUAGE, LANGUAGES

_ONE_OF = ", ".join(LANGUAGES[:-1]) + " or " + LANGUAGES[-1]

KIT_FILE = "brand.toml"
DEFAULT_KIT = "default"

_SCALARS = {"name", "agency", "footer", "credit", "language", "logo"}
#: The kit's texts, printed on one line each (the poster's footer, the title slide).
_TEXTS = ("name", "agency", "footer", "credit")
#: The longest agency, footer or credit: a line of the poster's footer each (README, Brand kits); whether
#: the three together fit the paper is the poster's to say (``layout.poster.poster``).
LINE_CHARS = 100
_LINES = ("agency", "footer", "credit")
#: The names of a kit's colours, as ``[colors]`` in brand.toml gives them.
ColourName = Literal["primary", "secondary", "accent", "text", "background", "pain", "opportunity", "muted"]
_COLOURS: set[str] = set(get_args(ColourName))
#: The two roles text is set in: each has its font file in ``[fonts]``.
FontRole = Literal["heading", "body"]
_FONTS: set[str] = set(get_args(FontRole))
_SECTIONS = {
    "colors": _COLOURS | {"phases"},
    "fonts": _FONTS | {"fallbacks"},
    "deck_font": {"name", "body", "heading"},
    "workshop": {"start"},
}
_START = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Palette:
    """A kit's colours, by what they are for (``[colors]`` in brand.toml)."""

    primary: Colour  # the title band, the phase row's corner, headings' rules
    secondary: Colour  # the deck's exercise frames, a fifth curve
    accent: Colour  # bullets, icons, the emotion curve, bars without a target
    text: Colour  # the ink of all text
    background: Colour  # the page, and the cards and tiles on it
    pain: Colour  # pain points, a figure that misses its target, a touchpoint not served today
    opportunity: Colour  # opportunities, a figure that meets its target
    muted: Colour  # the lane labels' column, frames of reference text
    phases: tuple[Colour, ...]  # one per phase, repeated when a journey has more phases

    def named(self, name: ColourName) -> Colour:
        """The colour a table of styles names ("accent" for the first curve)."""
        colour: Colour = getattr(self, name)
        return colour

    def phase(self, index: int) -> Colour:
        return self.phases[index % len(self.phases)]


@dataclass(frozen=True)
class BrandKit:
    name: str
    folder: Path
    agency: str
    footer: str
    language: str
    logo: Path | None
    palette: Palette
    heading_font: Path
    body_font: Path
    fallback_fonts: tuple[Path, ...] = ()  # for scripts the brand fonts lack (Arabic, Japanese, ...)
    deck_font: DeckFont | None = None  # None: Calibri, measured with Carlito
    workshop_start: int = 9 * 60  # the workshop's start, in minutes after midnight ([workshop] start = "09:00")
    credit: str = ""  # the agency's credit line on the client's material ("Ontwerp: Studio Noord"); none by default

    @property
    def author(self) -> str:
        """Who a file's properties say wrote it (a PDF's Author, a deck's Author and Last modified by): the
        agency, else its credit line; none with a kit that names neither (white label: never the tool)."""
        return self.agency or self.credit

    @property
    def deck(self) -> DeckFont:
        """The deck's typeface (Calibri measured with Carlito unless the kit names another)."""
        return self.deck_font or DeckFont("Calibri", *TWINS["calibri"])


def kit_roots() -> list[Path]:
    """Where kits named by NAME are looked for: ./brand, the source tree, the install prefix."""
    here = Path(__file__).resolve().parents[2] / "brand"
    return [Path.cwd() / "brand", here, Path(sys.prefix) / "share" / "canvasgen" / "brand"]


def find_kit(name_or_path: str | None) -> Path:
    """The folder of a kit given by name (in a brand/ folder) or by path."""
    name = name_or_path or DEFAULT_KIT
    candidate = Path(name)
    if candidate.suffix == ".toml":
        candidate = candidate.parent
    if candidate.is_dir() and (candidate / KIT_FILE).is_file():
        return candidate
    if "/" not in name and "\\" not in name:
        for root in kit_roots():
            if (root / name / KIT_FILE).is_file():
                return root / name
        known = known_kits()
        by_key = {_kit_key(k): folder for names, folder in known for k in names}
        if _kit_key(name) in by_key:  # "Studio Noord", its display name, or "STUDIO-NOORD"
            return by_key[_kit_key(name)]
        names = sorted({names[0] for names, _ in known}, key=lambda n: (n != DEFAULT_KIT, n))
        close = difflib.get_close_matches(_kit_key(name), list(by_key), n=1, cutoff=0.6)
        guess = f"did you mean '{by_key[close[0]].name}'? " if close else ""
        raise BrandKitError(
            name,
            f"no brand kit of that name; {guess}the kits are {', '.join(names)} "
            f"(or give the path of a folder with a {KIT_FILE})",
        )
    raise BrandKitError(name, f"no brand kit found (looked for {KIT_FILE} in {name} and in brand/{name}/)")


def known_kits() -> list[tuple[tuple[str, ...], Path]]:
    """Every kit in the kit folders: its folder's name and display name, and the folder."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for root in kit_roots():
        for folder in sorted(root.iterdir()) if root.is_dir() else []:
            if (folder / KIT_FILE).is_file():
                try:
                    shown = str(tomllib.loads((folder / KIT_FILE).read_text(encoding="utf-8")).get("name", ""))
                except (OSError, ValueError):
                    shown = ""
                found.append(((folder.name, shown) if shown else (folder.name,), folder))
    return found


def _kit_key(name: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in name.lower()).split())


def load_kit(name_or_path: str | None) -> tuple[BrandKit, list[CanvasWarning]]:
    """Load a kit over the default; raise CanvasErrors listing every problem."""
    folder = find_kit(name_or_path)
    default_folder = find_kit(DEFAULT_KIT)
    errors: list[CanvasError] = []
    warnings: list[CanvasWarning] = []
    base = _read_toml(default_folder, errors)
    data = _read_toml(folder, errors) if folder.resolve() != default_folder.resolve() else {}
    _unknown_keys(data, folder, errors)
    merged = _overlay(base, data)
    file = str(folder / KIT_FILE)

    def path_of(key: str, value: Any, owner: Path) -> Path | None:
        if not isinstance(value, str) or not value:
            errors.append(BrandKitError(Location(file, key), "must be a file name inside the kit folder"))
            return None
        resolved = (owner / value).resolve()
        if not resolved.is_relative_to(owner.resolve()):
            errors.append(
                BrandKitError(Location(file, key), f"'{value}' leaves the kit folder; keep the file inside it")
            )
            return None
        if not resolved.is_file():
            errors.append(BrandKitError(Location(file, key), f"file '{value}' not found in {owner}"))
            return None
        return resolved

    def owner_of(section: str | None, key: str) -> Path:
        own = data.get(section, {}) if section else data
        return folder if isinstance(own, dict) and key in own else default_folder

    colours, phases = _colours(merged["colors"], file, errors)

    fonts: dict[str, Path | None] = {}
    for key in sorted(_FONTS):
        font = path_of(f"fonts.{key}", merged["fonts"].get(key), owner_of("fonts", key))
        problem = font_problem(font) if font is not None else None
        if problem:
            errors.append(BrandKitError(Location(file, f"fonts.{key}"), problem))
        fonts[key] = None if problem else font
    owner = owner_of("fonts", "fallbacks")
    fallbacks = _fallback_fonts(
        merged["fonts"].get("fallbacks", []), file, errors, lambda i, v: path_of(f"fonts.fallbacks[{i}]", v, owner)
    )

    def deck_path(key: str, value: Any) -> Path | None:
        return path_of(f"deck_font.{key}", value, owner_of("deck_font", key))

    deck_font = _deck_font(merged["deck_font"], file, errors, deck_path)
    problem = deck_font.problem() if deck_font is not None else None
    warnings.extend([CanvasWarning(Location(file, "deck_font"), problem)] if problem else [])
    logo = _logo(path_of("logo", merged["logo"], owner_of(None, "logo")) if merged.get("logo") else None, file, errors)
    start = _start(merged["workshop"].get("start", "09:00"), file, errors)
    language = merged.get("language", DEFAULT_LANGUAGE)
    if not isinstance(language, str):
        errors.append(BrandKitError(Location(file, "language"), f'must be text, e.g. "nl" ({_ONE_OF})'))
    elif language not in LANGUAGES:
        errors.append(BrandKitError(Location(file, "language"), f"'{language}' is not supported: use {_ONE_OF}"))
    texts = {
        key: _kit_text(key, merged.get(key, folder.name if key == "name" else ""), file, errors, warnings)
        for key in _TEXTS
    }
    if errors:
        raise CanvasErrors(errors)
    assert fonts["heading"] is not None and fonts["body"] is not None
    assert isinstance(language, str)
    warnings.extend(_contrast_warnings(colours, phases, file))
    kit = BrandKit(
        name=texts["name"],
        folder=folder,
        agency=texts["agency"],
        footer=texts["footer"],
        language=language,
        logo=logo,
        palette=Palette(
            primary=colours["primary"],
            secondary=colours["secondary"],
            accent=colours["accent"],
            text=colours["text"],
            background=colours["background"],
            pain=colours["pain"],
            opportunity=colours["opportunity"],
            muted=colours["muted"],
            phases=tuple(phases),
        ),
        heading_font=fonts["heading"],
        body_font=fonts["body"],
        fallback_fonts=tuple(fallbacks),
        deck_font=deck_font,
        credit=texts["credit"],
        workshop_start=start,
    )
    return kit, warnings


def _kit_text(key: str, value: object, file: str, errors: list[CanvasError], warnings: list[CanvasWarning]) -> str:
    """A text of the kit (``name``, ``agency``, ``footer``, ``credit``) as it is printed: text in quotes,
    on one line (``text.one_line``: what it leaves out is said), the footer's texts no longer than a
    line of it."""
    if not isinstance(value, str):
        kind = {list: "a list", dict: "a table", bool: "true/false"}.get(type(value), "a number")
        example = {"name": "Studio Noord", "credit": "Ontwerp: Studio Noord"}.get(key, "Studio Noord")
        why = f'must be text in quotes, e.g. {key} = "{example}" (it is {kind})'
        errors.append(BrandKitError(Location(file, key), why))
        return ""
    text = one_line(value)
    controls = {ch for ch in value if unicodedata.category(ch) in ("Cc", "Cf") and ch != "\u200d"}
    if controls:
        left = sorted(f"U+{ord(ch):04X}" for ch in controls if ch not in "\n\t")
        which = f" ({', '.join(left)})" if left else ""
        why = f"holds control characters{which}, which are left out; line breaks and tabs become spaces"
        warnings.append(CanvasWarning(Location(file, key), why))
    if key in _LINES and len(text) > LINE_CHARS:
        why = (
            f"is {len(text):,} characters long; the {key} is one line of the poster's footer: "
            f"at most {LINE_CHARS} characters"
        )
        errors.append(BrandKitError(Location(file, key), why))
    return text


def _colours(table: dict[str, Any], file: str, errors: list[CanvasError]) -> tuple[dict[str, Colour], list[Colour]]:
    """The kit's named colours and its phase colours, every bad one reported with its key."""
    colours: dict[str, Colour] = {}
    for key in sorted(_COLOURS):
        try:
            colours[key] = parse_colour(str(table.get(key)))
        except ValueError as exc:
            errors.append(BrandKitError(Location(file, f"colors.{key}"), str(exc)))
    phases: list[Colour] = []
    raw_phases = table.get("phases")
    if not isinstance(raw_phases, list) or not raw_phases:
        errors.append(BrandKitError(Location(file, "colors.phases"), "must be a list of at least one colour"))
        return colours, phases
    for i, value in enumerate(raw_phases):
        try:
            phases.append(parse_colour(str(value)))
        except ValueError as exc:
            errors.append(BrandKitError(Location(file, f"colors.phases[{i}]"), str(exc)))
    return colours, phases


def _fallback_fonts(
    value: Any, file: str, errors: list[CanvasError], path_of: Callable[[int, Any], Path | None]
) -> list[Path]:
    """``[fonts] fallbacks``: fonts for the characters the brand fonts lack, tried in order."""
    if not isinstance(value, list):
        errors.append(BrandKitError(Location(file, "fonts.fallbacks"), "must be a list of font files"))
        return []
    found = []
    for i, item in enumerate(value):
        font = path_of(i, item)
        problem = font_problem(font) if font is not None else None
        if problem:
            errors.append(BrandKitError(Location(file, f"fonts.fallbacks[{i}]"), problem))
        elif font is not None:
            found.append(font)
    return found


#: The workshop the agenda plans: a half-day, in minutes (3.5 hours).
WORKSHOP_MINUTES = 210


def _start(value: object, file: str, errors: list[CanvasError]) -> int:
    """The workshop's start time ("09:00", or a TOML time) in minutes after midnight; a half-day from it
    ends on the same day."""
    if isinstance(value, dt.time):
        start = value.hour * 60 + value.minute
    elif (found := _START.match(value.strip()) if isinstance(value, str) else None) is not None:
        start = int(found[1]) * 60 + int(found[2])
    else:
        why = f'{value!r} is not a time of day: write it as "09:00"'
        errors.append(BrandKitError(Location(file, "workshop.start"), why))
        return 9 * 60
    latest = 24 * 60 - WORKSHOP_MINUTES
    if start > latest:
        why = (
            f"a half-day workshop ({WORKSHOP_MINUTES // 60}.{WORKSHOP_MINUTES % 60 * 10 // 60} hours) from "
            f"{start // 60:02d}:{start % 60:02d} runs past midnight: start at {latest // 60:02d}:{latest % 60:02d} "
            "at the latest"
        )
        errors.append(BrandKitError(Location(file, "workshop.start"), why))
    return start


def _logo(logo: Path | None, file: str, errors: list[CanvasError]) -> Path | None:
    """The kit's logo if a build can draw it; otherwise the reason, in ``errors``."""
    if logo is None:
        return None
    if logo.suffix.lower() not in (".png", ".svg", ".jpg", ".jpeg"):
        errors.append(BrandKitError(Location(file, "logo"), "must be a PNG, JPEG or SVG file"))
        return None
    problem = logo_problem(logo)
    if problem:
        errors.append(BrandKitError(Location(file, "logo"), f"{logo.name}: {problem}"))
        return None
    return logo


def _deck_font(
    table: dict[str, Any], file: str, errors: list[CanvasError], path_of: Callable[[str, Any], Path | None]
) -> DeckFont | None:
    """``[deck_font]``: the typeface the slides name, measured with its bundled twin or the kit's files."""
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append(BrandKitError(Location(file, "deck_font.name"), 'must name a font, e.g. "Calibri"'))
        return None
    known = twin(name)
    files: dict[str, Path | None] = {}
    for key in ("body", "heading"):
        if key in table:
            files[key] = path_of(key, table[key])
            problem = font_problem(files[key]) if files[key] is not None else None  # type: ignore[arg-type]
            if problem:
                errors.append(BrandKitError(Location(file, f"deck_font.{key}"), problem))
                files[key] = None
    body = files.get("body") or (known.body if known else None)
    heading = files.get("heading") or (known.heading if known and "body" not in files else body)
    if body is None or heading is None:
        if "body" not in files:
            why = (
                f"canvasgen cannot measure '{name}' on its own (it can measure Calibri and Arial): "
                "name the font's regular and bold .ttf files as body and heading"
            )
            errors.append(BrandKitError(Location(file, "deck_font.body"), why))
        return None
    return DeckFont(name.strip(), body, heading)


def font_problem(path: Path) -> str | None:
    """Why a font cannot be embedded in a PDF, or None if it can. Remembered for a file as it is (its
    size and time of change): every build loads its kit, and reading a font's tables takes a while."""
    try:
        stat = path.stat()
    except OSError:
        return _font_problem(path)
    return _kept_font_problem(path, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _kept_font_problem(path: Path, size: int, changed: int) -> str | None:
    return _font_problem(path)


def _font_problem(path: Path) -> str | None:
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        TTFont(f"probe-{path.stem}", str(path))
    except TTFError as exc:
        reason = str(exc)
        if "postscript outlines" in reason.lower() or "cff" in reason.lower():
            return f"{path.name} has PostScript (CFF) outlines, which cannot be embedded: use a TrueType (.ttf) font"
        if "permission" in reason.lower() or "embed" in reason.lower():
            return f"{path.name}: its licence forbids embedding it in documents"
        return f"{path.name} cannot be embedded: {reason}"
    except (OSError, ValueError, Exception) as exc:  # broken font files raise many kinds
        return f"{path.name} is not a usable font file ({type(exc).__name__})"
    fs_type = _fs_type(path)
    # OS/2 fsType: 0x0002 restricted licence, 0x0100 bitmaps only, 0x0200 no subsetting.
    # reportlab embeds such fonts anyway, so canvasgen checks for itself.
    if fs_type is not None and (fs_type & 0x000F == 0x0002 or fs_type & 0x0300):
        return f"{path.name}: its licence forbids embedding it in documents"
    return None


def _fs_type(path: Path) -> int | None:
    """The embedding permissions from the font's OS/2 table, if it has one."""
    import struct

    data = path.read_bytes()
    try:
        (tables,) = struct.unpack(">H", data[4:6])
        for i in range(tables):
            tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
            if tag == b"OS/2":
                (fs_type,) = struct.unpack(">H", data[offset + 8 : offset + 10])
                return int(fs_type)
    except struct.error:
        return None
    return None


def _read_toml(folder: Path, errors: list[CanvasError]) -> dict[str, Any]:
    path = folder / KIT_FILE
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        errors.append(BrandKitError(path, f"is not valid TOML: {exc}"))
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(BrandKitError(path, f"cannot be read: {exc}"))
    return {}


def _unknown_keys(data: dict[str, Any], folder: Path, errors: list[CanvasError]) -> None:
    file = str(folder / KIT_FILE)
    for key, value in data.items():
        if key in _SECTIONS:
            if not isinstance(value, dict):
                errors.append(BrandKitError(Location(file, key), "must be a [section]"))
                continue
            for sub in value:
                if sub not in _SECTIONS[key]:
                    known = ", ".join(sorted(_SECTIONS[key]))
                    errors.append(BrandKitError(Location(file, f"{key}.{sub}"), f"unknown key (known: {known})"))
        elif key not in _SCALARS:
            known = ", ".join(sorted(_SCALARS | set(_SECTIONS)))
            errors.append(BrandKitError(Location(file, key), f"unknown key (known: {known})"))


def _overlay(base: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {k: v for k, v in base.items() if k not in _SECTIONS}
    merged.update({k: v for k, v in data.items() if k not in _SECTIONS})
    for section in _SECTIONS:
        combined = dict(base.get(section, {}))
        own = data.get(section, {})
        if isinstance(own, dict):
            combined.update(own)
        merged[section] = combined
    return merged


def _contrast_warnings(colours: dict[str, Colour], phases: list[Colour], file: str) -> list[CanvasWarning]:
    found = []
    pairs = [("text", "background", 4.5), ("text", "muted", 4.5)]
    for fg, bg, need in pairs:
        ratio = contrast(colours[fg], colours[bg])
        if ratio < need:
            found.append(
                CanvasWarning(
                    Location(file, f"colors.{fg}"),
                    f"text on {bg} has contrast {ratio:.1f}:1, under WCAG AA ({need}:1)",
                )
            )
    for i, phase in enumerate(phases):
        ratio = contrast(heading_ink(phase, colours["text"]), phase)
        if ratio < 3.0:
            found.append(
                CanvasWarning(
                    Location(file, f"colors.phases[{i}]"),
                    f"phase names on {phase.hex} reach only {ratio:.1f}:1, under WCAG AA for large text (3:1)",
                )
            )
    return found
