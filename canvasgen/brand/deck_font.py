"""The typeface a deck is set in, and the files canvasgen measures it with.

A poster embeds its fonts; a .pptx names them, and the client's PowerPoint draws
the text with whatever it has under that name. So the deck names a font every
PowerPoint has (Calibri by default) and canvasgen fits the slides with its
metric-compatible open twin (Carlito), bundled: what fits here fits there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

from canvasgen.fileio import FileStamp, Kept, file_stamp

_BUNDLED = Path(__file__).resolve().parent.parent / "fonts"

# Fonts installed with every Microsoft Office on Windows and macOS (and in Office on the web).
STANDARD_FONTS = frozenset(
    name.lower()
    for name in (
        "Aptos",
        "Arial",
        "Arial Black",
        "Arial Narrow",
        "Calibri",
        "Calibri Light",
        "Cambria",
        "Candara",
        "Century Gothic",
        "Consolas",
        "Constantia",
        "Corbel",
        "Courier New",
        "Franklin Gothic Medium",
        "Garamond",
        "Georgia",
        "Gill Sans MT",
        "Impact",
        "Segoe UI",
        "Segoe UI Light",
        "Segoe UI Semibold",
        "Segoe UI Symbol",
        "Tahoma",
        "Times New Roman",
        "Trebuchet MS",
        "Verdana",
    )
)

# Standard fonts canvasgen can measure: the open twin with the same advance widths, (regular, bold).
TWINS: dict[str, tuple[Path, Path]] = {
    "calibri": (_BUNDLED / "Carlito-Regular.ttf", _BUNDLED / "Carlito-Bold.ttf"),
    "arial": (_BUNDLED / "LiberationSans-Regular.ttf", _BUNDLED / "LiberationSans-Bold.ttf"),
}
_TWIN_FAMILIES = {"calibri": "carlito", "arial": "liberation sans"}

# Characters the deck font lacks are named in this font, which every Windows PowerPoint has
# (measured with canvasgen's Noto Sans Symbols, close enough for the odd arrow or star).
SYMBOL_FACE = "Segoe UI Symbol"
# Emoji are named in the emoji font of Windows (PowerPoint on a Mac finds Apple Color Emoji for them).
EMOJI_FACE = "Segoe UI Emoji"


@dataclass(frozen=True)
class DeckFont:
    """The typeface the slides name, and the TrueType files their text is measured with."""

    name: str
    body: Path
    heading: Path  # the bold style: deck headings are the family in bold

    @property
    def standard(self) -> bool:
        return self.name.lower() in STANDARD_FONTS

    def problem(self) -> str | None:
        """Why slides in this font may not look on a client's PC as they do here, or None."""
        if not self.standard:
            return (
                f"the deck font '{self.name}' does not come with PowerPoint: clients without it see a substitute "
                "and text may no longer fit (embed it in PowerPoint: File > Options > Save > Embed fonts)"
            )
        expected = {self.name.lower(), _TWIN_FAMILIES.get(self.name.lower(), "")}
        strays = [p.name for p in (self.body, self.heading) if family(p).lower() not in expected]
        if strays:
            return (
                f"the deck font '{self.name}' is measured with {' and '.join(dict.fromkeys(strays))}, "
                "which is not metric-compatible with it: text may not fit in PowerPoint"
            )
        return None


def twin(name: str) -> DeckFont | None:
    """A standard font canvasgen can measure with its bundled twin, or None."""
    files = TWINS.get(name.strip().lower())
    return DeckFont(name.strip(), files[0], files[1]) if files else None


def family(path: Path) -> str:
    """The family name in a TrueType file (read again when the file changes)."""
    return _FAMILIES.get(file_stamp(path), lambda: _family(path))


_FAMILIES: Kept[FileStamp, str] = Kept(64)


def _family(path: Path) -> str:
    name = TTFontFile(str(path)).familyName
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
