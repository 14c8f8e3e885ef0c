"""The one registry of the files canvasgen reads a canvas from: each format's suffixes, the first bytes
that tell it, the reader that reads it, and where it is taken: a folder build picks it up, the web
page accepts it as an upload, ``apply`` patches its cells in place.

Reading (``reader``, ``book``), folder builds (``pipeline.plan``), the web page (``web.forms``) and
``apply`` all ask here. A spreadsheet is told by its bytes, never by its name (``book``): its suffix
says which format it claims to be, for the message when its bytes say otherwise (``file_kind``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

#: The first bytes of a zip package (.xlsx, .xlsm, .xlsb, .ods) and of an OLE file (.xls; Word and
#: PowerPoint 97-2003 too). Text formats have none.
ZIP_MAGIC = b"PK"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class Reader(StrEnum):
    """What reads a format into the model."""

    WORKBOOK = "workbook"  # as grids (``book``): openpyxl, calamine in a process of its own, or csv
    MERMAID = "mermaid"  # a Mermaid journey diagram (``mermaid``)
    MODEL_JSON = "model-json"  # canvasgen's own model as JSON (``model_json``)


@dataclass(frozen=True)
class InputFormat:
    """One format canvasgen reads, with what each place that takes files needs to know of it."""

    suffixes: tuple[str, ...]
    named: str  # how a message names a file of it
    magic: bytes  # its first bytes; b"" for text
    reader: Reader
    in_folders: bool = True  # picked up by a folder build
    uploaded: bool = True  # accepted by the web page
    patched: bool = False  # ``apply`` patches its cells in place (anything else becomes a new workbook)


#: In the order a folder build keeps a name when two files share a stem: the workbook keeps it.
FORMATS = (
    InputFormat((".xlsx",), "an Excel workbook (.xlsx)", ZIP_MAGIC, Reader.WORKBOOK, patched=True),
    InputFormat((".xlsm",), "an Excel workbook (.xlsm)", ZIP_MAGIC, Reader.WORKBOOK, patched=True),
    InputFormat((".xls",), "an Excel 97-2003 workbook (.xls)", OLE_MAGIC, Reader.WORKBOOK),
    InputFormat((".xlsb",), "a binary Excel workbook (.xlsb)", ZIP_MAGIC, Reader.WORKBOOK),
    InputFormat((".ods",), "an OpenDocument spreadsheet (.ods)", ZIP_MAGIC, Reader.WORKBOOK),
    InputFormat((".csv",), "a CSV file (.csv)", b"", Reader.WORKBOOK),
    InputFormat((".tsv",), "a tab-separated file (.tsv)", b"", Reader.WORKBOOK, uploaded=False),
    InputFormat((".json",), "a canvasgen model (.json)", b"", Reader.MODEL_JSON),
    InputFormat((".mmd",), "a Mermaid journey (.mmd)", b"", Reader.MERMAID),
    # Read when given by name or uploaded; picked up from a folder only when it holds a Mermaid journey
    # (``pipeline.plan``: a folder's README.md is no canvas).
    InputFormat((".mermaid",), "a Mermaid journey (.mermaid)", b"", Reader.MERMAID, in_folders=False),
    InputFormat(
        (".md", ".markdown"),
        "a Markdown file with a Mermaid journey",
        b"",
        Reader.MERMAID,
        in_folders=False,
    ),
    InputFormat((".xltx",), "an Excel template (.xltx)", ZIP_MAGIC, Reader.WORKBOOK, in_folders=False, uploaded=False),
)

#: Every suffix a folder build picks up, and every suffix the web page accepts, in the registry's order.
FOLDER_SUFFIXES = tuple(s for f in FORMATS if f.in_folders for s in f.suffixes)
UPLOAD_SUFFIXES = tuple(s for f in FORMATS if f.uploaded for s in f.suffixes)
PATCHED_SUFFIXES = tuple(s for f in FORMATS if f.patched for s in f.suffixes)

_BY_SUFFIX = {s: f for f in FORMATS for s in f.suffixes}


def format_of(path: Path) -> InputFormat | None:
    """The format ``path``'s suffix names, or None for a suffix canvasgen does not know."""
    return _BY_SUFFIX.get(path.suffix.lower())


def reader_of(path: Path) -> Reader:
    """What reads ``path``: by its suffix; a name canvasgen does not know is read as a workbook, which
    its bytes then tell (or say what it is instead)."""
    found = format_of(path)
    return found.reader if found is not None else Reader.WORKBOOK


def is_patched(path: Path) -> bool:
    """Whether ``apply`` patches the cells of ``path`` in place (an Excel package) rather than writing the
    model read from it as a new workbook."""
    return path.suffix.lower() in PATCHED_SUFFIXES


def spreadsheet_named(suffix: str) -> str | None:
    """How a message names the spreadsheet format ``suffix`` claims (a format told by its first bytes), or
    None when it names no such format."""
    found = _BY_SUFFIX.get(suffix.lower())
    return found.named if found is not None and found.magic else None
