"""Personas' pictures: a picture placed in the sheet of personas, or ``<persona name>.jpg`` beside the workbook.

A picture in the workbook belongs to the persona whose row its top-left corner falls in (one persona a
row), or whose column (personas side by side, one a column); one that falls in no persona's row or column
is not used, and said with its cell. A file beside the workbook belongs to the persona whose name it bears,
in any capitals and with or without accents ("Noor Bakker.JPG", "ines.png" for Inès); the workbook's
picture comes first. Every picture is untrusted: its bytes and pixels are counted before it is decoded
(Pillow's own guard against decompression bombs turned into our limit), and one that is no image, too
large or damaged is said with its cell or file, and its persona keeps its initials' disc. What went
where is said in the canvas's reading (``check --explain``).
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from canvasgen.errors import CanvasError, CanvasWarning, Location
from canvasgen.model import Canvas, Persona, Picture, PictureFrom
from canvasgen.read.grid import Pos, column_letters
from canvasgen.read.package.pictures import MAX_PICTURE_BYTES, Embedded
from canvasgen.read.package.safety import open_workbook
from canvasgen.text import excerpt

if TYPE_CHECKING:
    from PIL import Image

#: A persona's picture is decoded only below this: 40 megapixels is a good camera's photo; a 20,000 ×
#: 20,000 pixel image would take 1.6 GB to decode.
MAX_PICTURE_PIXELS = 40_000_000
#: The longest side a picture is kept at: a persona's circle is a few centimetres across, even on A0.
KEPT_SIDE = 1200
#: Image formats a persona's picture may be in (Pillow's names); what else Pillow opens is not a photo.
FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG", "GIF": "GIF", "BMP": "BMP", "TIFF": "TIFF", "WEBP": "WebP"}
#: The files beside the workbook looked at for a persona's picture.
SUFFIXES = (".jpg", ".jpeg", ".png")


class PictureProblem(Exception):
    """Why a picture cannot be drawn, as the end of a sentence."""


def checked_picture(data: bytes, origin: str, found: PictureFrom) -> Picture:
    """The picture in ``data`` made safe to draw: upright (its EXIF orientation applied), RGB on white, at
    most ``KEPT_SIDE`` pixels long, as JPEG (or PNG when it was one). Raises PictureProblem."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_PICTURE_BYTES:
        raise PictureProblem(
            f"the picture is {len(data) / 2**20:,.0f} MB; a picture takes at most {MAX_PICTURE_BYTES // 2**20} MB"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit says it better
            with Image.open(io.BytesIO(data)) as image:  # the header only
                kind = FORMATS.get(image.format or "")
                if kind is None:
                    raise PictureProblem(
                        f"it is a {image.format or 'kind of'} image, which canvasgen does not draw; "
                        "save it as JPEG or PNG"
                    )
                width, height = image.size
                if width * height > MAX_PICTURE_PIXELS:
                    raise PictureProblem(
                        f"the picture is {width:,} x {height:,} pixels ({width * height / 1e6:,.0f} megapixels); "
                        f"canvasgen decodes at most {MAX_PICTURE_PIXELS / 1e6:,.0f} megapixels: save it smaller "
                        "(1000 pixels across is plenty)"
                    )
                image.seek(0)  # an animated GIF: its first frame
                image.load()
                upright = ImageOps.exif_transpose(image)
                flat = _on_white(upright)
    except Image.DecompressionBombError:
        raise PictureProblem(
            f"the picture has far more pixels than canvasgen decodes ({MAX_PICTURE_PIXELS / 1e6:,.0f} megapixels at "
            "most; a decompression bomb?): save it smaller (1000 pixels across is plenty)"
        ) from None
    except UnidentifiedImageError:
        raise PictureProblem("it is not an image canvasgen can read; save it as JPEG or PNG") from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise PictureProblem(
            "the image is damaged or cut off and cannot be read; save it again as JPEG or PNG"
        ) from None
    flat.thumbnail((KEPT_SIDE, KEPT_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    encoded = "PNG" if kind == "PNG" else "JPEG"
    flat.save(out, encoded, **({"quality": 90} if encoded == "JPEG" else {}))
    return Picture(out.getvalue(), encoded, flat.width, flat.height, origin, found)


def _on_white(image: Image.Image) -> Image.Image:
    """The image as RGB, anything transparent laid on white (nothing on a poster is transparent)."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        ground = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(ground, rgba).convert("RGB")
    return image.convert("RGB")


def _cell(pos: Pos) -> str:
    return f"{column_letters(pos[1])}{pos[0]}"


_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")


def _places(persona: Persona, sheet: str) -> set[Pos]:
    """The cells of a persona in ``sheet``: its name's and its fields' (a range counts each corner)."""
    items = [persona.name, *persona.fields.values()] if persona.name else list(persona.fields.values())
    places: set[Pos] = set()
    for item in items:
        if item is None or item.source is None or item.source.sheet != sheet:
            continue
        for letters, row in _REF.findall(item.source.cell.upper()):
            places.add((int(row), _column_number(letters)))
    return places


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _name(persona: Persona) -> str:
    """A persona's name as a message quotes it: a long one by its start (``text.excerpt``)."""
    return excerpt(persona.name.text) if persona.name else "the persona without a name"


def place_workbook_pictures(canvas: Canvas, pictures: dict[str, list[Embedded]], file: str) -> None:
    """Each picture placed over a sheet of personas given to the persona of its row (or column), checked;
    what went where in ``canvas.reading``, what could not be used in ``canvas.warnings``."""
    for sheet, placed in pictures.items():
        standing = [(p, _places(p, sheet)) for p in canvas.personas]
        standing = [(p, places) for p, places in standing if places]
        personas = [p for p, _ in standing]
        if not personas:
            cells = ", ".join(f"{sheet}!{_cell(pic.first)}" for pic in placed)
            canvas.reading.append(f"picture(s) at {cells}: no persona in sheet '{sheet}', not used")
            continue
        line = _lines([places for _, places in standing])
        for pic in placed:
            cell = _cell(pic.first)
            where = Location(file, sheet, cell)
            owner = _owner(standing, pic.first, line)
            if owner is None:
                canvas.warnings.append(
                    CanvasWarning(
                        where,
                        f"a picture stands in no persona's {line} and is not used; move it into the {line} of "
                        "the persona it shows",
                    )
                )
                continue
            if owner.picture is not None:
                canvas.warnings.append(
                    CanvasWarning(
                        where,
                        f"a second picture in {_name(owner)}'s {line}; the first ({owner.picture.origin}) is used",
                    )
                )
                continue
            if pic.data is None:
                canvas.warnings.append(
                    CanvasWarning(where, f"{_name(owner)}'s picture is not used: {pic.problem}; the initials stand in")
                )
                continue
            try:
                owner.picture = checked_picture(pic.data, f"{sheet}!{cell}", PictureFrom.WORKBOOK)
            except PictureProblem as problem:
                canvas.warnings.append(
                    CanvasWarning(
                        where, f"{_name(owner)}'s picture ({pic.part}) is not used: {problem}; the initials stand in"
                    )
                )
                continue
            canvas.reading.append(
                f"picture at {sheet}!{cell} ({pic.part}): {_name(owner)}'s, its corner in the persona's {line}"
                f" — to give it to another persona, move it into that persona's {line}"
            )


def pictures_again(wanted: list[tuple[Persona, str]], workbook: Path) -> list[str]:
    """The pictures a model (``model_json``) names by their cells in the workbook it was read from ("Personas!H2"),
    taken again from that workbook beside it, by the same cell, each checked as when the workbook was read;
    returned: what became of each, for the canvas's reading. The persona keeps its initials where the
    workbook cannot be opened or holds no picture at that cell any more."""
    try:
        placed = open_workbook(workbook, workbook.name).pictures
    except CanvasError as error:
        placed, why = {}, f"{workbook.name} cannot be opened ({error})"
    else:
        why = f"{workbook.name} has no picture there"
    by_cell = {f"{sheet}!{_cell(pic.first)}": pic for sheet, pics in placed.items() for pic in pics}
    said = []
    for persona, origin in wanted:
        pic = by_cell.get(origin)
        try:
            if pic is None or pic.data is None:
                raise PictureProblem(why if pic is None else str(pic.problem))
            persona.picture = checked_picture(pic.data, origin, PictureFrom.WORKBOOK)
        except PictureProblem as problem:
            said.append(f"the picture of {_name(persona)} ({origin}) is not used: {problem}; the initials stand in")
            continue
        said.append(f"picture at {origin}: {_name(persona)}'s, as the model says, from {workbook.name} beside it")
    return said


Line = str  # "row", "column", or "row or column" (a sheet of one persona)


def _lines(places: list[set[Pos]]) -> Line:
    """How pictures are told apart in a sheet: by row where the personas stand one a row (their rows
    apart), by column where they stand side by side; a sheet of one persona takes either."""
    if len(places) == 1:
        return "row or column"
    if _apart([{r for r, _ in p} for p in places]):
        return "row"
    return "column" if _apart([{c for _, c in p} for p in places]) else "row"


def _apart(sets: list[set[int]]) -> bool:
    seen: set[int] = set()
    for numbers in sets:
        if numbers & seen:
            return False
        seen |= numbers
    return True


def _owner(standing: list[tuple[Persona, set[Pos]]], first: Pos, line: Line) -> Persona | None:
    """The persona whose row (or column) the picture's corner falls in, between its first and last cell."""
    row, col = first
    for persona, places in standing:
        rows = [r for r, _ in places]
        cols = [c for _, c in places]
        in_row = min(rows) <= row <= max(rows)
        in_col = min(cols) <= col <= max(cols)
        if {"row": in_row, "column": in_col}.get(line, in_row or in_col):
            return persona
    return None


def fold(text: str) -> str:
    """A name as a file name is matched to it: no accents, no capitals, single spaces ("Inès  Dubois" and
    "ines dubois" alike)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def pictures_beside(canvas: Canvas, folder: Path) -> list[Path]:
    """Each persona without a picture in the workbook given ``<its name>.jpg`` (.jpeg, .png) from ``folder``,
    checked; returns the files used and looked at (a watch rebuilds when one changes)."""
    files = picture_files(folder)
    by_name: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(fold(path.stem), []).append(path)
    seen: list[Path] = []
    for persona in canvas.personas:
        if persona.name is None:
            continue
        found = by_name.get(fold(persona.name.text), [])
        if not found:
            continue
        seen.extend(found)
        path = found[0]
        if persona.picture is not None:
            canvas.reading.append(
                f"{path.name} beside the workbook not used: {persona.picture.origin} is {_name(persona)}'s picture"
            )
            continue
        if len(found) > 1:
            others = ", ".join(p.name for p in found[1:])
            canvas.warnings.append(
                CanvasWarning(
                    Location.of(path),
                    f"{_name(persona)} has more than one picture beside the workbook; "
                    f"{path.name} is used, not {others}",
                )
            )
        try:
            data = _bytes(path)
            persona.picture = checked_picture(data, path.name, PictureFrom.FILE)
        except PictureProblem as problem:
            canvas.warnings.append(
                CanvasWarning(
                    Location.of(path),
                    f"{_name(persona)}'s picture is not used: {problem}; the initials stand in for it",
                )
            )
            continue
        canvas.reading.append(f"picture {path.name} beside the workbook: {_name(persona)}'s, by its name")
    return seen


def _bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PICTURE_BYTES:
            raise PictureProblem(
                f"the picture is {size / 2**20:,.0f} MB; a picture takes at most {MAX_PICTURE_BYTES // 2**20} MB"
            )
        return path.read_bytes()
    except OSError as error:
        raise PictureProblem(f"it cannot be read ({error.strerror or error})") from None


def persona_pictures(canvas: Canvas, hint: bool = False) -> list[str]:
    """``check``'s lines on the personas' pictures: which persona has which, from where; and who has none
    (with ``hint``, for ``--explain``: how to give one a picture)."""
    if not canvas.personas:
        return []
    lines = []
    for persona in canvas.personas:
        picture = persona.picture
        if picture is None:
            continue
        where = "in the workbook" if picture.found is PictureFrom.WORKBOOK else "beside the workbook"
        lines.append(f"picture of {_name(persona)}: {picture.origin} ({where}, {picture.width}x{picture.height} px)")
    bare = [_name(p) for p in canvas.personas if p.picture is None and p.name is not None]
    if bare and (lines or hint):
        lines.append(f"no picture (initials in a disc): {', '.join(bare)}")
    if bare and hint:
        named = f"'{bare[0]}.jpg' (or .png)" if not bare[0].endswith("…") else "a picture named after the persona"
        lines.append(
            f"  to give one a picture, place it in the sheet of personas in its row (or column), or put {named} "
            "beside the workbook"
        )
    return lines


def picture_files(folder: Path) -> list[Path]:
    """The files beside a workbook that may be a persona's picture: what a folder build's cache and a watch
    look at besides the workbook."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    except OSError:
        return []
