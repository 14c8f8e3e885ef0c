"""What a file given as a workbook really is, when it is not one: so the message can say "this is a Word
document" rather than how a parser failed. Told by the file's first bytes and, for zip packages, the
names of their parts; never by the file's name alone."""

from __future__ import annotations

import glob
from pathlib import Path

from canvasgen.read.formats import spreadsheet_named

_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"{\\rtf", "an RTF document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_OLE_STREAMS = (
    ("WordDocument".encode("utf-16-le"), "a Word 97-2003 document (.doc)"),
    ("PowerPoint Document".encode("utf-16-le"), "a PowerPoint 97-2003 presentation (.ppt)"),
)
_ZIP_PARTS = (
    ("word/", "a Word document"),
    ("ppt/", "a PowerPoint presentation"),
    ("visio/", "a Visio drawing"),
)
_OPENDOCUMENT = (
    (b"opendocument.text", "an OpenDocument text document (.odt)"),
    (b"opendocument.presentation", "an OpenDocument presentation (.odp)"),
    (b"opendocument.graphics", "an OpenDocument drawing (.odg)"),
)
_OLE_SCAN = 1 << 20  # the directory of a small OLE file lies within its first megabyte or so


def by_first_bytes(head: bytes) -> str | None:
    """What a file starting with ``head`` (its first 8 bytes) is, when those say it is no spreadsheet."""
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


_MARKUP = (
    (b"urn:schemas-microsoft-com:office:spreadsheet", "an Excel 2003 XML spreadsheet"),
    (b"<html", "a web page (HTML), as programs write a table they export 'for Excel'"),
    (b"<!doctype html", "a web page (HTML), as programs write a table they export 'for Excel'"),
    (b"<table", "a web page (HTML), as programs write a table they export 'for Excel'"),
)


def markup_kind(head: bytes) -> str | None:
    """For a text file starting with ``head`` (its first kilobytes): what it is when it is markup a
    spreadsheet program saves under an .xls name (HTML, Excel 2003 XML), not rows of text."""
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not lowered.startswith(b"<"):
        return None
    return next((kind for marker, kind in _MARKUP if marker in lowered), None)


def ole_document(path: Path) -> str | None:
    """For an OLE file (Excel 97-2003, but Word and PowerPoint too): a Word or PowerPoint document's kind,
    by the stream names in its directory."""
    with path.open("rb") as handle:
        head = handle.read(_OLE_SCAN)
    return next((kind for stream, kind in _OLE_STREAMS if stream in head), None)


def package_kind(names: set[str], mimetype: bytes | None) -> str | None:
    """For a zip package, by its parts' names (and an OpenDocument's mimetype): what it is when it is no
    spreadsheet."""
    if mimetype is not None:
        return next((kind for marker, kind in _OPENDOCUMENT if marker in mimetype), None)
    if any(n.startswith("xl/") for n in names):
        return None
    return next((kind for prefix, kind in _ZIP_PARTS if any(n.startswith(prefix) for n in names)), None)


def not_text(suffix: str) -> str:
    """What to call a file that is neither a spreadsheet package, an OLE file nor text (its first bytes
    told nothing else): by the name it was given when that names a spreadsheet format."""
    named = spreadsheet_named(suffix)
    if named is not None:
        return (
            f"the file is named as {named} but is not one: its bytes are not what a spreadsheet program "
            "writes (damaged, cut off, or another kind of file renamed)"
        )
    return "this is binary data of a kind canvasgen does not know, not a spreadsheet nor a text (CSV) file"


def lock_file_of(path: Path) -> tuple[str, str] | None:
    """For Excel's owner file (``~$reis.xlsx``, kept while ``reis.xlsx`` is open) or LibreOffice's
    (``.~lock.reis.xlsx#``): the workbook it belongs to, as far as the folder tells, and the program."""
    name = path.name
    if name.startswith(".~lock.") and name.endswith("#"):
        return name[len(".~lock.") : -1], "LibreOffice"
    if not name.startswith("~$"):
        return None
    rest = name[2:]
    # Excel keeps the whole name when it is short and replaces its first two letters when it is long.
    near = path.parent.glob(f"*{glob.escape(rest)}")
    siblings = sorted(p.name for p in near if p.is_file() and not p.name.startswith("~$"))
    if rest in siblings:
        return rest, "Excel"
    return (siblings[0] if len(siblings) == 1 else rest), "Excel"
