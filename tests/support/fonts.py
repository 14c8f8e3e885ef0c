"""Font files made for a test: a TrueType (glyf) or PostScript (CFF) font, or a collection of them, that
draws a square for the characters it is given."""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont


def square_font(path: Path, family: str, chars: str, outlines: str = "glyf", fs_type: int = 0) -> Path:
    """A font named ``family`` whose every character of ``chars`` (and the space) is a filled square,
    with TrueType (``glyf``) or PostScript (``cff``) outlines; ``fs_type``: its embedding permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    font = _build(family, chars, outlines, fs_type)
    font.save(str(path))
    return path


def collection(path: Path, faces: list[TTFont]) -> Path:
    """A font collection (.ttc) of ``faces``."""
    ttc = TTCollection()
    ttc.fonts.extend(faces)
    ttc.save(str(path))
    return path


def face(family: str, chars: str) -> TTFont:
    """A TrueType font in memory, for a collection."""
    return _build(family, chars, "glyf", 0)


def _build(family: str, chars: str, outlines: str, fs_type: int) -> TTFont:
    names = [".notdef", "space", *(f"uni{ord(c):04X}" for c in chars)]
    builder = FontBuilder(1000, isTTF=outlines == "glyf")
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({0x20: "space", **{ord(c): f"uni{ord(c):04X}" for c in chars}})
    if outlines == "glyf":
        glyphs = {name: _square(TTGlyphPen(None), name != "space").glyph() for name in names}
        builder.setupGlyf(glyphs)
    else:
        strings = {name: _square(T2CharStringPen(600, None), name != "space").getCharString() for name in names}
        builder.setupCFF(family.replace(" ", ""), {"FullName": family}, strings, {})
    builder.setupHorizontalMetrics({name: (600, 50) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable(
        {"familyName": family, "styleName": "Regular", "psName": family.replace(" ", "") + "-Regular"}
    )
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200, fsType=fs_type)
    builder.setupPost()
    return builder.font


def _square(pen, inked: bool):  # type: ignore[no-untyped-def]  # fontTools' pens carry no annotations
    if inked:
        pen.moveTo((50, 0))
        pen.lineTo((550, 0))
        pen.lineTo((550, 500))
        pen.lineTo((50, 500))
        pen.closePath()
    return pen
