"""Text read back out of what canvasgen reads and writes, independently of canvasgen: a workbook's lines
straight from openpyxl, a PDF's text from pypdf, a deck's from python-pptx; and the check that no line of
a workbook is lost in the model."""

from __future__ import annotations

import csv
import ctypes
import datetime as dt
import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
from pptx import Presentation
from pptx.oxml.ns import qn

from canvasgen.figures import FigureError, parse_figure
from canvasgen.model import Canvas, Item, value_text
from canvasgen.read.shown import shown_when
from canvasgen.vocabulary.structure import is_placeholder
from canvasgen.words import INSTRUCTIONS

# Zero-width characters, and the soft hyphen a hyphenated line ends in (PDFium reads it as U+FFFE or \x02).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe\x02]")
_BULLETS = "•*·▪◦‣●○■□➢➤►-–— "
_EMPTY = {"", "-", "/", "–", "—", "--", "n.v.t.", "n/a"}


def _norm(text: str) -> str:
    # U+2010: the hyphen a poster's line ends in where a word breaks at its own hyphen (readers keep it)
    text = _INVISIBLE.sub("", text).replace("\xa0", " ").replace("\u202f", " ").replace("\u2010", "-")
    return " ".join(text.split())


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _csv_lines(path: Path) -> Iterator[tuple[str, str]]:
    """Every non-empty line of every field of a UTF-8 CSV file, read with Python's csv module."""
    from openpyxl.utils import get_column_letter

    with path.open(encoding="utf-8-sig", newline="") as f:
        for r, row in enumerate(csv.reader(f), start=1):
            for c, value in enumerate(row, start=1):
                for line in value.splitlines():
                    text = _norm(line).lstrip(_BULLETS).strip()
                    if _norm(line).lower() not in _EMPTY and text.lower() not in _EMPTY:
                        yield f"{path.stem}!{get_column_letter(c)}{r}", text


def workbook_lines(path: Path) -> Iterator[tuple[str, str]]:
    """Every non-empty line of every cell, read straight from openpyxl or Python's csv (not via canvasgen)."""
    if path.suffix.lower() == ".csv":
        yield from _csv_lines(path)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about parts it drops; cell values stay
        wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        first = ws.cell(1, 1).value
        third = ws.cell(3, 1).value  # the template's instructions: its heading and first step's heading (help)
        ours = str(first or "").startswith("canvasgen") or (first, third) in {
            (lines[0], lines[1]) for lines in INSTRUCTIONS.values()
        }
        if ws.title.lower() in {"instructions", "instructies"} and ours:
            continue
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                for line in _shown(cell.value).splitlines():
                    text = _norm(line).lstrip(_BULLETS).strip()
                    if _norm(line).lower() not in _EMPTY and text.lower() not in _EMPTY:
                        yield f"{ws.title}!{cell.coordinate}", text


def date_cells(path: Path) -> dict[str, tuple[dt.date, str]]:
    """Every cell of a workbook that holds a date (a date, or a date and time; a bare time is none), by
    "Sheet!A1", with its number format: read straight from openpyxl. A CSV file holds text only."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about parts it drops; cell values stay
        wb = openpyxl.load_workbook(path, data_only=True)
    return {
        f"{ws.title}!{cell.coordinate}": (cell.value, cell.number_format)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, dt.date)
    }


def shown_dates(path: Path, language: str, region: str | None = None) -> dict[str, tuple[str, str]]:
    """Each date cell of a workbook by "Sheet!A1": its date as ISO text (the model's ``value``) and the text a
    canvas in ``language`` shows it with (#31), through the reader's own display function (``shown_when``)."""
    return {
        where: (value_text(value), shown_when(value, number_format, language, region))
        for where, (value, number_format) in date_cells(path).items()
    }


_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+")


#: A persona's name with their age in brackets after it, maybe after a label ("Persona: Jan de Vries (45)").
_NAME_AND_AGE = re.compile(r"(?:[^:]*:\s*)?(?P<name>.*?\S)\s*\(\s*(?P<age>\d{1,3})(?:\s*\w+\.?)?\s*\)")


def _kept(text: str, everything: str) -> bool:
    """A line is kept when it is in the model whole, or without its list number, or as its '; ' or ' | ' parts
    (a list written in one line, one item each), or as a name and an age (a persona's, "Jan de Vries (45)")."""
    for candidate in dict.fromkeys((text, _NUMBERED.sub("", text), _NUMBERED.sub("", text).lstrip(_BULLETS))):
        if candidate in everything:
            return True
        aged = _NAME_AND_AGE.fullmatch(candidate)
        if aged and f"\n{aged['name']}\n" in f"\n{everything}\n" and f"\n{aged['age']}\n" in f"\n{everything}\n":
            return True
        for separator in ("; ", " | "):
            if separator in candidate and all(part.strip() in everything for part in candidate.split(separator)):
                return True
    return False


def lost_lines(path: Path, canvas: Canvas) -> list[str]:
    """Lines of the workbook that appear nowhere in the model's text (placeholders such as 'TBD' are no words)."""
    # Phase names as written before decoration came off, and as written again further down a long table.
    written = [w for j in canvas.journeys for p in j.phases for w in (p.written, *p.variants) if w]
    # Column headers of the record sheets and metadata labels with no value are structure: read, listed by
    # `check`, not printed as content.
    read = [*canvas.texts(), *canvas.column_headers(), *canvas.empty_meta_labels(), *canvas.headings]
    everything = "\n".join([*(_norm(item.text) for item in read), *written])
    # A figure is kept as a number with its cell (printed reformatted: 0.024 as "2,4%").
    figures = {
        str(item.source)
        for m in canvas.metrics
        for item in (m.value_item, m.target_item)
        if item is not None and item.source is not None
    }
    # An earlier period's value kept as a note is a figure too, written as the figures are ("900 EUR" as "€ 900"):
    # kept when the note at its cell ends in the same figure.
    notes = {str(n.source): n.text for n in canvas.notes if n.source is not None}
    missing = [
        (where, text)
        for where, text in workbook_lines(path)
        if not _kept(text, everything)
        and where not in figures
        and not is_placeholder(text)
        and not _same_figure(text, notes.get(where), canvas.language or "nl")
    ]
    # A date cell is shown as its date in the canvas's language (#31: "14 oktober 2026" for 2026-10-14):
    # kept when the model holds what the reader's display function makes of it; any other line as written.
    dates = shown_dates(path, canvas.language or "nl", canvas.region) if missing else {}
    return [
        f"{where}: {text!r}" for where, text in missing if not (where in dates and _norm(dates[where][1]) in everything)
    ]


def _same_figure(text: str, note: str | None, language: str) -> bool:
    """Whether a note ends in the figure ``text`` writes (after its last ": "), as a number in the same unit."""
    if note is None or ": " not in note:
        return False
    try:
        written, shown = parse_figure(text, language), parse_figure(note.rpartition(": ")[2], language)
    except FigureError:
        return False
    return math.isclose(written.value, shown.value) and written.unit == shown.unit


def pdf_text(path: Path) -> str:
    """All text of a PDF, as pypdf extracts it."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdfium_text(path: Path) -> str:
    """All text of a PDF, as PDFium (Chromium's PDF engine) extracts it: a tenth of pypdf's time on the
    kit's tile sheets, each of which holds the whole poster's text."""
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(path))


def pdftotext(path: Path) -> str:
    """All text of a PDF, as poppler's pdftotext extracts it (UTF-8)."""
    import subprocess

    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def to_unicode(path: Path, font: str) -> dict[int, str]:
    """What each code of a font's subsets (by base name, subset prefix dropped) reads as, by their ToUnicode
    maps on every page: the glyphs drawn beyond ASCII (reportlab's first subset keeps ASCII's codes)."""
    import re

    from pypdf import PdfReader

    found: dict[int, str] = {}
    for page in PdfReader(path).pages:
        for index, ref in enumerate(page["/Resources"]["/Font"].values()):
            entry = ref.get_object()
            if str(entry["/BaseFont"]).split("+")[-1] != font or "/ToUnicode" not in entry:
                continue
            cmap = entry["/ToUnicode"].get_object().get_data().decode("latin-1")
            for code, text in re.findall(r"<([0-9A-F]+)> <([0-9A-F]*)>", cmap.split("beginbfchar", 1)[-1]):
                found[index << 16 | int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    return found


def pdf_fonts(path: Path) -> dict[str, bool]:
    """The PDF's fonts by base name (subset prefix dropped): whether each is embedded (a font file)."""
    from pypdf import PdfReader

    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"]).split("+")[-1]] = embedded
    return found


def squeeze(text: str) -> str:
    """Text without any whitespace: wrapping may break lines anywhere between words."""
    return "".join(_norm(text).split())


def printed_in(words: str, text: str, *, splits: int = 1) -> bool:
    """Whether the squeezed ``text`` of a poster holds an item's ``words``: whole, or split at most ``splits``
    times at a line between words: its first lines in its cell, the rest going on on a later page after "…",
    and a rest too long for one column going on in the next under its lane's heading again ("(van pagina 1)")."""
    if squeeze(words) in text:
        return True
    parts = words.split()
    starts = {0}  # where the next piece may start, each reached by as many pieces as looked at so far
    for piece in range(splits + 1):
        marks = [""] if piece == 0 else ["…"] if piece == 1 else ["…", *_GOES_ON.findall(text)]
        ends: set[int] = set()
        for start in starts:
            ends.update(range(start + 1, _longest_piece(parts, start, marks, text) + 1))
        if len(parts) in ends:
            return True
        starts = ends
    return False


def _longest_piece(parts: list[str], start: int, marks: list[str], text: str) -> int:
    """The furthest end of the words from ``start`` that ``text`` holds after one of ``marks`` (a piece held
    is held cut shorter too, so the ends held run on from ``start``: a binary search finds the last)."""
    low, high = start, len(parts)
    while low < high:
        middle = (low + high + 1) // 2
        if any(mark + squeeze(" ".join(parts[start:middle])) in text for mark in marks):
            low = middle
        else:
            high = middle - 1
    return low


# The heading of a continuation's next column, squeezed: "(van pagina 1)", "(from page 1)", or on the same
# page "(vervolg)"/"(continued)" (the words' ``card_continued`` in each language).
_GOES_ON = re.compile(
    r"\((?:(?:vanpagina|frompage|vonSeite|depuislapage|desdelapágina)\d+"
    r"(?:,(?:vervolg|continued|Fortsetzung|suite|continuación))?|vervolg|continued|Fortsetzung|suite|continuación)\)"
)


def shape_texts(shape) -> list[str]:  # type: ignore[no-untyped-def]
    if shape.has_text_frame:
        return [shape.text_frame.text]
    if getattr(shape, "has_table", False) and shape.has_table:
        return [cell.text for row in shape.table.rows for cell in row.cells]
    return []


def run_sizes(slide) -> list[float]:  # type: ignore[no-untyped-def]
    """The font size of every run of text on a slide (frames and table cells), in points, as its XML
    sets it (``<a:rPr sz="1600">``); 0 for a run that sets none (it would take the template's)."""
    sizes = []
    for run in slide.element.iter(qn("a:r")):
        if (run.findtext(qn("a:t")) or "").strip():
            props = run.find(qn("a:rPr"))
            sizes.append(int(props.get("sz", 0)) / 100 if props is not None else 0.0)
    return sizes


def title_of(slide) -> str:  # type: ignore[no-untyped-def]
    return next((sh.text_frame.text for sh in slide.shapes if sh.name == "title"), "")


_SAID_AGAIN = re.compile(r"^(?P<heading>.+) \((vervolg|continued)\)$")
#: The mark a text cut where it goes on ends with: "…" in the middle of a sentence, "→ vervolg" on a slide.
CUT_MARK = re.compile(r"(?:…|(?<=\S)…? → (?:vervolg|continued|Fortsetzung|suite|continuación))$")


#: What the rest of a text cut mid-sentence starts with where it goes on (the deck's and the poster's).
GOES_ON = "… "


def unmarked(text: str) -> str:
    """A text cut where it goes on, without the marks that say so: its end's (``CUT_MARK``) and, where it is
    the rest of a text cut mid-sentence, its start's (``GOES_ON``)."""
    return CUT_MARK.sub("", text.rstrip()).removeprefix(GOES_ON)


def slide_text(pptx: Path) -> str:
    """Every text of the deck in reading order; a frame that goes on on a follow-up slide (or in the next
    column) under its heading said again ("Klantproces (vervolg)") is joined to the frame it goes on
    from, so that a paragraph cut between two lines reads whole again."""
    texts: list[str] = []
    for slide in Presentation(str(pptx)).slides:
        for shape in slide.shapes:
            for text in shape_texts(shape):
                first, _, rest = text.partition("\n")
                again = _SAID_AGAIN.match(first)
                if again and rest:
                    heading = again["heading"]
                    at = next((i for i in reversed(range(len(texts))) if heading in texts[i].split("\n")), None)
                    if at is not None:
                        texts[at] = unmarked(texts[at]) + " " + rest.removeprefix(GOES_ON)
                        continue
                texts.append(text)
    return "\n".join(texts)


@dataclass(frozen=True)
class SizedRun:
    """A run of text a PDF page draws at one font size on one line: its text, size (pt) and left edge
    (pt from the page's left)."""

    text: str
    size: float
    x: float


def sized_runs(pdf: Path) -> list[list[SizedRun]]:
    """Per page, its text as PDFium reads it back, in runs of one font size on one line, a run ending where
    a gap wider than its size parts the next letters (the next cell's)."""
    pages = []
    for page in pdfium.PdfDocument(str(pdf)):
        text = page.get_textpage()
        runs: list[SizedRun] = []
        chars: list[str] = []
        size, x, baseline, end = 0.0, 0.0, None, 0.0
        for i in range(text.count_chars()):
            char = chr(pdfium.raw.FPDFText_GetUnicode(text.raw, i))
            if char in "\r\n":
                continue
            left, _, right, _ = text.get_charbox(i)
            here = round(pdfium.raw.FPDFText_GetFontSize(text.raw, i), 1)
            origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
            pdfium.raw.FPDFText_GetCharOrigin(text.raw, i, origin_x, origin_y)
            line = round(origin_y.value, 1)
            apart = left - end > size
            if chars and (here != size or line != baseline or apart) and char.strip():
                runs.append(SizedRun(_norm("".join(chars)), size, x))
                chars = []
            if not chars:
                if not char.strip():
                    continue
                size, x, baseline = here, left, line
            chars.append(char)
            if char.strip():
                end = right
        if chars:
            runs.append(SizedRun(_norm("".join(chars)), size, x))
        pages.append([run for run in runs if run.text])
    return pages


class Rendering:
    """A PDF page to render at ``scale``, only the areas asked for: an A1 page whole at 4x is 64 megapixels
    (a quarter of a gigabyte, and seconds per look). An area is rendered on the whole page's pixel grid: its
    pixels are the whole rendering's there, but for anti-aliasing at most 2 of 255 levels apart."""

    def __init__(self, page: pdfium.PdfPage, scale: float) -> None:
        self.page, self.scale = page, scale

    def area(self, box: tuple[int, int, int, int]) -> list[tuple[int, int, int]]:
        """The RGB pixels of ``box`` (left, top, right, bottom in pixels of the whole page's rendering), column by
        column."""
        x0, y0, x1, y1 = box
        width, height = (math.ceil(side * self.scale) for side in (self.page.get_width(), self.page.get_height()))
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
        if x1 <= x0 or y1 <= y0:
            return []
        crop = (x0, height - y1, width - x1, y0)  # pixels cut off left, bottom, right, top
        bitmap = self.page.render(scale=self.scale, crop=tuple(c / self.scale for c in crop))
        image = bitmap.to_pil().convert("RGB")
        return [image.getpixel((x, y)) for x in range(x1 - x0) for y in range(y1 - y0)]  # type: ignore[misc]


def char_boxes(pdf: Path, wanted: str) -> tuple[Rendering, list[tuple[int, int, int, int]]]:
    """Where ``wanted`` is drawn on the first page, in pixels of a rendering at 4x (PDFium counts its
    characters in UTF-16 units, and its search finds no emoji: found in its text, and counted so)."""
    page = pdfium.PdfDocument(str(pdf))[0]
    scale, height = 4.0, page.get_height()
    text = page.get_textpage()
    whole = text.get_text_range()
    boxes, start = [], whole.find(wanted)
    while start >= 0:
        first = len(whole[:start].encode("utf-16-le")) // 2
        units = range(first, first + len(wanted.encode("utf-16-le")) // 2)
        charboxes = [text.get_charbox(i) for i in units]
        x0, y0 = min(c[0] for c in charboxes), min(c[1] for c in charboxes)
        x1, y1 = max(c[2] for c in charboxes), max(c[3] for c in charboxes)
        boxes.append((int(x0 * scale), int((height - y1) * scale), int(x1 * scale) + 1, int((height - y0) * scale) + 1))
        start = whole.find(wanted, start + 1)
    return Rendering(page, scale), boxes


def fonts_drawing(pdf: Path, wanted: str) -> set[str]:
    """The fonts (base names, subset prefix dropped) that draw the character ``wanted`` (one UTF-16 unit)
    on the first page, as PDFium reads them."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    text = pdfium.PdfDocument(str(pdf))[0].get_textpage()
    found: set[str] = set()
    for index, char in enumerate(text.get_text_range()):
        if char != wanted:
            continue
        flags = ctypes.c_int()
        size = pdfium_c.FPDFText_GetFontInfo(text.raw, index, None, 0, ctypes.byref(flags))
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFText_GetFontInfo(text.raw, index, buffer, size, ctypes.byref(flags))
        found.add(buffer.value.decode("utf-8").split("+")[-1])
    return found


def pixels(rendering: Rendering, box: tuple[int, int, int, int]) -> list[tuple[int, int, int]]:
    """The RGB pixels of ``box`` in a rendering from ``char_boxes``."""
    return rendering.area(box)


def pixels_before(pdf: Path, wanted: str) -> list[tuple[int, int, int]]:
    """The RGB pixels just before where ``wanted`` is first drawn on the first page, as high as its line
    and one and a half lines wide: where a line of a cell has its icon or bullet."""
    bitmap, boxes = char_boxes(pdf, wanted)
    assert boxes, f"{wanted!r} is not drawn on the first page"
    x0, y0, _, y1 = boxes[0]
    return pixels(bitmap, (max(0, x0 - (y1 - y0) * 3 // 2), y0, x0 - 1, y1))


def as_printed(canvas: Canvas, language: str | None = None) -> list[tuple[Item, str]]:
    """Every text item of the canvas with the text the poster and deck print for it: a date cell in the
    language's notation (#31: "14 oktober 2026" for the cell 2026-10-14), everything else as read."""
    said = language or canvas.language or "nl"
    # a small table's row (a note of its cells apart by " · ") is printed as a table: its cells side by side
    tables = [t for j in canvas.journeys for t in j.notes_tables] + canvas.notes_tables
    rows = {source: " ".join(cells) for t in tables for source, cells in zip(t.sources, t.squared(), strict=False)}
    return [
        (
            item,
            shown_when(item.when, item.number_format, said, canvas.region)
            if item.when
            else rows.get(item.source, item.text)
            if item.source is not None
            else item.text,
        )
        for item in canvas.texts()
    ]


@dataclass(frozen=True)
class PlacedWord:
    """A word a PDF page draws, as poppler's pdftotext reads it back: its text and box (points from the
    page's top-left corner, y down)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def placed_words(pdf: Path) -> list[list[PlacedWord]]:
    """Per page, every word with its box, as ``pdftotext -bbox`` reads it back."""
    import html
    import subprocess

    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"], capture_output=True, check=True)
    pages: list[list[PlacedWord]] = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", done.stdout.decode("utf-8"), re.S):
        found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)
        pages.append([PlacedWord(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in found])
    return pages
