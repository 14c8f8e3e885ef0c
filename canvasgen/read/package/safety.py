"""Opening an untrusted workbook without trusting it.

An .xlsx file is a zip archive of XML parts. Before openpyxl sees it we check,
from the archive's own directory and without inflating anything, that it is
what it claims to be and not a zip bomb; then that no XML part declares a
DTD or entities (external-entity and entity-expansion tricks), whatever the part
is called (``declarations``). Every failure becomes one sentence naming the file.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from canvasgen.errors import CanvasError, CanvasWarning, Location, ReadError
from canvasgen.read.limits import MAX_TEXT, too_much_text
from canvasgen.read.openpyxl_private import merges_as_written, without_pictures
from canvasgen.read.package.declarations import declares_entities, refused, xml_parts
from canvasgen.read.package.drawings import ShapeText, shape_texts
from canvasgen.read.package.parts import shared_strings_part, sheet_parts
from canvasgen.read.package.pictures import Embedded, sheet_pictures
from canvasgen.read.package.sanitize import (
    MAX_CELLS,
    BrokenSheet,
    Cleaned,
    TooMuchText,
    clean_sheet,
    decode_escapes,
    dropped_merges_said,
    string_lengths,
)
from canvasgen.text import excerpt

MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # all parts together, as announced
MAX_PART_RATIO = 250  # unpacked / packed, for parts over RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024
MAX_PARTS = 20_000

_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")


@dataclass
class OpenedWorkbook:
    workbook: Workbook
    warnings: list[CanvasWarning]
    shapes: dict[str, list[ShapeText]] = field(default_factory=dict)  # text boxes, by sheet
    pictures: dict[str, list[Embedded]] = field(default_factory=dict)  # pictures placed over a sheet, by sheet


def open_workbook(path: Path, name: str) -> OpenedWorkbook:
    """Load a workbook (cached values, not formulas) after the safety checks."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ReadError(
            name,
            "the workbook is damaged or truncated (its zip directory cannot be read); "
            "open it in Excel and save it again",
        ) from None
    with archive:
        unpacked = _check_archive(archive, name)
        parts = sheet_parts(archive)
        sheets = {sheet: _part(archive, part, unpacked, name) for sheet, part in parts.items()}
        shapes = shape_texts(unpacked, parts)
        pictures = sheet_pictures(archive, unpacked, parts)
        source: Path | io.BytesIO = path
        strings = shared_strings_part(archive)
        lengths = string_lengths(unpacked[strings]) if strings is not None and strings in unpacked else []
        cleaned: dict[str, Cleaned] = {}
        for sheet, data in sheets.items():  # the text counted as the sheets are streamed: refused at the cap
            spent = sum(c.text for c in cleaned.values())
            cleaned[sheet] = _cleaned(data, name, sheet, lengths, MAX_TEXT - spent)
        found = [
            CanvasWarning(Location(name, sheet, ref), uncalculated_said(c.formula_words.get(ref, ())))
            for sheet, c in cleaned.items()
            for ref in c.uncalculated
        ]
        cells = sum(c.cells for c in cleaned.values())
        if cells > MAX_CELLS:
            raise ReadError(
                name,
                f"refused: the workbook has {cells:,} cells with content; canvasgen reads at most {MAX_CELLS:,} "
                "(a canvas has a few hundred)",
            )
        found += [
            dropped_merges_said(name, sheet, result.dropped_merges, len(result.dropped_merges))
            for sheet, result in cleaned.items()
            if result.dropped_merges
        ]
        replaced = {parts[sheet]: c.data for sheet, c in cleaned.items() if c.changed}
        texts = {part: replaced.get(part) or sheets.get(sheet, b"") for sheet, part in parts.items()}
        if strings is not None and strings in unpacked:
            texts[strings] = unpacked[strings]
        for part, data in texts.items():  # Excel's _xHHHH_ escapes (a carriage return is _x000D_)
            decoded = decode_escapes(data)
            if decoded is not data:
                replaced[part] = decoded
        if replaced:
            source = _rewritten(archive, replaced)
        if any(n.lower().endswith("vbaproject.bin") for n in archive.namelist()):
            found.append(CanvasWarning(Location(name), "the workbook holds macros; canvasgen never runs them"))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            workbook = _load(source)
    except CanvasError:
        raise
    except Exception:  # openpyxl raises many kinds on malformed parts
        raise ReadError(
            name,
            "the workbook cannot be read: its contents are damaged or not what Excel writes; "
            "open it in Excel and save it again",
        ) from None
    for warning in caught:
        found.append(CanvasWarning(Location(name), _explain_openpyxl_warning(str(warning.message))))
    return OpenedWorkbook(workbook, found, shapes, pictures)


def _load(source: Path | io.BytesIO) -> Workbook:
    """openpyxl's workbook, its pictures left to canvasgen (each checked before it is decoded), the borders
    of its merged ranges not copied to their edges (nothing canvasgen reads) and the words a merged range
    covers kept (``merges_as_written``); the file is ours to close (openpyxl leaves it open when a part is
    broken)."""
    with without_pictures(), merges_as_written():
        if isinstance(source, io.BytesIO):
            return openpyxl.load_workbook(source, data_only=True)
        with source.open("rb") as handle:
            return openpyxl.load_workbook(handle, data_only=True)


def did_you_mean(path: Path) -> str:
    """For a file that is not there: the files beside it that were probably meant ("; did you mean
    Velo-verde-klantreis.xlsx?"): the same name in other capitals, or the name with an extension added."""
    try:
        beside = [p for p in path.parent.iterdir() if p.is_file()] if path.parent.is_dir() else []
    except OSError:
        return ""
    wanted, stem = path.name.casefold(), path.stem.casefold()

    def meant(other: Path) -> bool:
        if wanted in (other.name.casefold(), other.stem.casefold()):
            return True
        return bool(path.suffix) and other.stem.casefold() == stem and other.suffix != path.suffix

    found = sorted(p.name for p in beside if meant(p))
    found = [n for n in found if not n.startswith(("~$", ".~lock"))]
    if not found:
        return ""
    return f"; did you mean {' or '.join(found[:3])}?"


def check_file(path: Path, name: str) -> None:
    """The file exists and holds something (its format is told by ``book``)."""
    if not path.exists():
        raise ReadError(name, f"file not found{did_you_mean(path)}")
    if path.is_dir():
        raise ReadError(name, "is a folder, not a workbook")
    if path.stat().st_size == 0:
        raise ReadError(
            name,
            "the file is empty (0 bytes); expected a workbook (.xlsx, .ods, .xls) or a CSV file",
            kind="empty_file",
            values={"name": name},
        )


def is_encrypted(path: Path) -> bool:
    """True for an OLE2 container holding an encrypted workbook (a password-protected .xlsx or .xls)."""
    with path.open("rb") as handle:
        body = handle.read(8 * 1024 * 1024)
    return _ENCRYPTED_MARK in body


def looks_like_text(head: bytes) -> bool:
    """Whether these first bytes read as text: UTF-16 (with its mark or its zero bytes), UTF-8 (a character
    cut off at the end of the sample allowed), or Windows-1252, in which Excel saves CSV in Western Europe."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 4 and head[1:4:2] == b"\x00\x00"):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding != "utf-8" or error.start < len(head) - 3:
                continue
            text = head[: error.start].decode(encoding)
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return printable >= 0.95 * max(len(text), 1)
    return False


def check_archive_sizes(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip bomb from the sizes the archive announces, before anything is unpacked."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise ReadError(name, f"refused: the archive holds {len(infos):,} parts (limit {MAX_PARTS:,})")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        raise ReadError(
            name,
            f"refused: its parts would unpack to {total / 2**20:,.0f} MB (limit "
            f"{MAX_UNPACKED_BYTES // 2**20} MB), which looks like a zip bomb",
        )
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_PART_RATIO * max(info.compress_size, 1):
            raise ReadError(
                name,
                f"refused: part {info.filename} would unpack {info.file_size / max(info.compress_size, 1):,.0f} "
                "times its packed size, which looks like a zip bomb",
            )


def _check_archive(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    """Refuse what is not a safe workbook; return every part that may be XML, unpacked once for the checks."""
    check_archive_sizes(archive, name)
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if "mimetype" in names and "content.xml" in names:
        raise ReadError(name, "this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; save it as .xlsx")
    if "[Content_Types].xml" not in names:
        raise ReadError(name, "is a zip archive but not an Excel workbook (it has no [Content_Types].xml)")
    return xml_parts(archive, name)


def _rewritten(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> io.BytesIO:
    """The workbook again, in memory, with some sheet parts replaced."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in archive.infolist():
            out.writestr(info.filename, replaced.get(info.filename) or archive.read(info))
    buffer.seek(0)
    return buffer


UNCALCULATED = "formula has no calculated value (the file was never opened and saved in Excel); read as empty"


def uncalculated_said(words: tuple[str, ...]) -> str:
    """What is said of a formula without a saved value: read as empty, and the text written inside it, which
    neither poster nor deck shows then (never a word lost without a word)."""
    if not words:
        return UNCALCULATED
    quoted = ", ".join(f"'{excerpt(w)}'" for w in words)
    return (
        f"{UNCALCULATED}: the text in its formula ({quoted}) is not shown — open the file in Excel (or "
        "LibreOffice) and save it, and its value is read"
    )


def _part(archive: zipfile.ZipFile, part: str, unpacked: dict[str, bytes], name: str) -> bytes:
    """A sheet part, whatever its name ends in (the sizes were checked before anything was unpacked)."""
    return unpacked[part] if part in unpacked else _unpacked(archive, part, name)


def _unpacked(archive: zipfile.ZipFile, part: str, name: str) -> bytes:
    """An XML part's bytes, refused when damaged or when it declares a DTD or entities."""
    try:
        data = archive.read(part)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise ReadError(
            name,
            f"the workbook is damaged or truncated (part {part} cannot be unpacked); "
            "open it in Excel and save it again",
        ) from None
    if declares_entities(data):
        raise refused(name, part)
    return data


def _cleaned(data: bytes, name: str, sheet: str, strings: list[int], text_left: int) -> Cleaned:
    try:
        return clean_sheet(data, strings, text_left)
    except BrokenSheet as problem:
        raise ReadError(Location(name, sheet), f"refused: {problem}; open it in Excel and save it again") from None
    except TooMuchText:
        raise too_much_text(name) from None


def _explain_openpyxl_warning(message: str) -> str:
    if "Data Validation extension" in message:
        return "some drop-down lists are stored in a form canvasgen cannot read; their cell values are still read"
    if "Conditional Formatting extension" in message:
        return "some conditional formatting is stored in a form canvasgen ignores; cell values are still read"
    return f"while reading: {message}"
