"""What a file given as a workbook really is, when it is not one: so the message can say "this is a Word
document" rather than how a parser failed. Told by the file's first bytes and, for zip packages, the
names of their parts; never by the file's name alone."""

from __future__ import annotations

import glob
import zipfile
from pathlib import Path

from canvasgen.excel.safety import OLE_MAGIC

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


def not_a_workbook(path: Path) -> str | None:
    """What ``path`` is when it is plainly no spreadsheet ("a Word document"); None when it may be one."""
    with path.open("rb") as handle:
        head = handle.read(_OLE_SCAN)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(OLE_MAGIC):
        return next((kind for stream, kind in _OLE_STREAMS if stream in head), None)
    if head.startswith(b"PK"):
        return _zip_kind(path)
    return None


def _zip_kind(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                return next((kind for marker, kind in _OPENDOCUMENT if marker in mimetype), None)
            if any(n.startswith("xl/") for n in names):
                return None
            for prefix, kind in _ZIP_PARTS:
                if any(n.startswith(prefix) for n in names):
                    return kind
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


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
