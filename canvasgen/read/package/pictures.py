"""Pictures placed over a sheet (a persona's photo in the Personas sheet), found in the package's drawings.

A drawing part holds an anchor per picture: the cell under its top-left corner, and a relationship to its
image part in ``xl/media/``. The drawing parts come from the archive's parts already checked for size and
entities, parsed by defusedxml; an image part's bytes are read only when the archive says it is no larger
than ``MAX_PICTURE_BYTES`` (whether they make an image is told later, by ``portraits``).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from defusedxml.ElementTree import ParseError, fromstring

from canvasgen.read.grid import Pos
from canvasgen.read.package.drawings import anchors, drawing_parts
from canvasgen.read.package.parts import rels_path, resolve

_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"

#: A persona's photo is a few hundred kilobytes; a phone's original a few megabytes.
MAX_PICTURE_BYTES = 20 * 1024 * 1024
#: Pictures read per sheet at most: a sheet of personas has a few; a crafted file may hold thousands.
MAX_PICTURES = 200


@dataclass(frozen=True)
class Embedded:
    """A picture over a sheet: the cell under its top-left corner, its image part, and its bytes (None
    with ``problem`` saying why they were not read)."""

    first: Pos
    part: str
    data: bytes | None
    problem: str | None = None


def sheet_pictures(
    archive: zipfile.ZipFile, unpacked: dict[str, bytes], sheets: dict[str, str]
) -> dict[str, list[Embedded]]:
    """Sheet name -> the pictures placed over it, in the drawing's order (``sheets``: name -> part)."""
    found: dict[str, list[Embedded]] = {}
    for sheet, part in sheets.items():
        pictures = [pic for drawing in drawing_parts(unpacked, part) for pic in _pictures(archive, unpacked, drawing)]
        if pictures:
            found[sheet] = pictures[:MAX_PICTURES]
    return found


def _pictures(archive: zipfile.ZipFile, unpacked: dict[str, bytes], drawing: str) -> list[Embedded]:
    targets = _image_targets(unpacked, drawing)
    pictures: list[Embedded] = []
    for anchor, first in anchors(unpacked.get(drawing)):
        for pic in anchor.iter(f"{_XDR}pic"):  # a group holds several
            blip = pic.find(f"{_XDR}blipFill/{_A}blip")
            target = targets.get(blip.get(f"{_R}embed", "") if blip is not None else "")
            if target is None:  # linked from outside the file, or no image at all: nothing to draw
                pictures.append(Embedded(first, "", None, "its image is not inside the workbook (a link)"))
                continue
            pictures.append(_read(archive, first, target))
            if len(pictures) >= MAX_PICTURES:
                return pictures
    return pictures


def _image_targets(unpacked: dict[str, bytes], drawing: str) -> dict[str, str]:
    """The drawing's relationships to parts inside the package, by id."""
    data = unpacked.get(rels_path(drawing))
    if data is None:
        return {}
    try:
        rels = fromstring(data)
    except ParseError:
        return {}
    return {
        rel.get("Id", ""): resolve(drawing, rel.get("Target", ""))
        for rel in rels.iter(f"{_PKG}Relationship")
        if rel.get("TargetMode") != "External" and rel.get("Type", "").endswith("/image")
    }


def _read(archive: zipfile.ZipFile, first: Pos, part: str) -> Embedded:
    try:
        info = archive.getinfo(part)
    except KeyError:
        return Embedded(first, part, None, f"its image part {part} is missing from the workbook")
    if info.file_size > MAX_PICTURE_BYTES:
        size = info.file_size / 2**20
        return Embedded(
            first, part, None, f"{part} is {size:,.0f} MB; a picture takes at most {MAX_PICTURE_BYTES // 2**20} MB"
        )
    try:
        return Embedded(first, part, archive.read(info))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return Embedded(first, part, None, f"its image part {part} is damaged and cannot be unpacked")
