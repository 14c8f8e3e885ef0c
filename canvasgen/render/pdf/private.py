"""Every use of reportlab's private names, in one place, pinned by setup.cfg (reportlab 5.1).

The poster writes its text operators itself (reportlab's text object re-measures every string,
which was most of a poster's PDF time), so it needs the canvas's document, escaper and content
stream; an SVG logo is drawn by renderPDF, whose default font is a module-level setting. If a
reportlab upgrade breaks one of these, this module is where it shows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFObject, PDFStream
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas


def document_of(canvas: Canvas) -> tuple[object, Callable[[bytes], str]]:
    """The canvas's PDF document (fonts record their subsets in it) and its escaper of encoded text."""
    return canvas._doc, canvas._escape


class FirstSubset:
    """The characters of one font that have a code in its first subset in one document already, and the
    translation of each to its code: a line of them is encoded in one ``str.translate`` (reportlab's
    ``splitString`` looks every character up in Python, most of a poster's PDF time after the layout).
    A character keeps its code for the document's life, so what is known here stays true."""

    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.codes: dict[int, str] = {}


def split_string(font: TTFont, text: str, doc: object, known: FirstSubset) -> list[tuple[int, bytes]]:
    """``font.splitString(text, doc)``: the text as (subset, bytes) pieces, new characters given their
    codes; text whose characters are all ``known`` is translated without asking the font."""
    if text and known.chars.issuperset(text):
        return [(0, text.translate(known.codes).encode("latin-1"))]
    pieces: list[tuple[int, bytes]] = font.splitString(text, doc)
    assignments, glyphs = font.state[doc].assignments, font.face.charToGlyph
    for char in set(text):
        code = 32 if char == "\xa0" else ord(char)  # as splitString: a no-break space is drawn as a space
        number = assignments.get(code, None if code in glyphs else 0)  # no glyph: code 0, never assigned
        if number is not None and number < 256:
            known.chars.add(char)
            known.codes[ord(char)] = chr(number)
    return pieces


def append_operators(canvas: Canvas, operators: str) -> None:
    """Write PDF content-stream operators straight into the current page."""
    canvas._code.append(operators)


def current_font(canvas: Canvas) -> str:
    return str(canvas._fontname)


@contextmanager
def binary_streams() -> Iterator[None]:
    """Page streams compressed but not ASCII85-encoded while a PDF is written (smaller, and faster):
    reportlab reads this module-level setting, so it is set for the write and put back after."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for a subset (``ttfonts.makeToUnicodeCMap``), with every character
    above U+FFFF written as its UTF-16 surrogate pair (reportlab writes ``<1F60A>``, which is no UTF-16
    code, and text copied out of the PDF lost every emoji), and an Arabic letter drawn in one of its
    contextual forms read as the letter (``letters_of``)."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{index:02X}> <{_utf16(letters_of(code))}>" for index, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def utf16_hex(code: int) -> str:
    """A character as the hex of its UTF-16 code units: "0041", "D83DDE0A" (U+1F60A)."""
    return _utf16(chr(code))


def _utf16(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def letters_of(code: int) -> str:
    """What a drawn character reads as: an Arabic presentation form (the contextual forms and
    ligatures the poster draws Arabic in, ``layout.text.shaping``) as its letters ("\ufee3", medial
    meem, is "\u0645"; the lam-alef ligature is lam, alef), every other character as itself. Each glyph
    of a right-to-left line then reads as its own letter where it is drawn, and every extractor puts
    the line in logical order with its own bidi reordering, as it does for any right-to-left PDF."""
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", char) or char
    return char


@contextmanager
def full_unicode_maps() -> Iterator[None]:
    """While a PDF is written, its fonts' ToUnicode maps name characters above U+FFFF correctly
    (reportlab 5.1 writes ``<%04X>`` of the code point); reportlab's function is put back after."""
    from reportlab.pdfbase import ttfonts

    saved = ttfonts.makeToUnicodeCMap
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    try:
        yield
    finally:
        ttfonts.makeToUnicodeCMap = saved


@contextmanager
def drawing_font(font: str) -> Iterator[None]:
    """renderPDF's default font for the drawing of an SVG (else Helvetica, which is never embedded)."""
    from reportlab.graphics.renderbase import STATE_DEFAULTS

    saved = STATE_DEFAULTS["fontName"]
    STATE_DEFAULTS["fontName"] = font
    try:
        yield
    finally:
        STATE_DEFAULTS["fontName"] = saved


class _Raw(PDFObject):  # type: ignore[misc]  # reportlab has no type hints
    """A PDF object written as it is given (its references already numbers)."""

    def __init__(self, body: str = "") -> None:
        self.body = body

    def format(self, document: object) -> bytes:
        return self.body.encode("latin-1")


class PdfObjects:
    """Objects of the canvas's own PDF document, for what reportlab does not write (a structure
    tree): each is numbered when made, so others can refer to it before it is filled in."""

    def __init__(self, canvas: Canvas) -> None:
        self._doc = canvas._doc
        self._objects: dict[str, _Raw] = {}

    @property
    def author(self) -> str:
        author: object = self._doc.info.author
        return str(author or "")

    def new(self) -> str:
        """A new, empty indirect object; returns its reference ("12 0 R")."""
        obj = _Raw()
        reference = self._doc.Reference(obj)
        text = str(reference.format(self._doc).decode())
        self._objects[text] = obj
        return text

    def fill(self, reference: str, body: str) -> None:
        self._objects[reference].body = body

    def raw(self, body: str) -> PDFObject:
        return _Raw(body)

    def page(self, index: int) -> str:
        """The reference of a page already shown (pages are named Page1, Page2, ... by reportlab)."""
        return f"{self._doc.idToObjectNumberAndVersion[f'Page{index + 1}'][0]} 0 R"

    def set_page_entries(self, index: int, entries: dict[str, str]) -> None:
        page = self._doc.Pages.pages[index]
        page.__NoDefault__ = [*type(page).__NoDefault__, *entries]  # the keys reportlab writes
        for key, value in entries.items():
            setattr(page, key, _Raw(value))

    def set_catalog(self, key: str, value: str | PDFObject) -> None:
        setattr(self._doc.Catalog, key, self._objects[value] if isinstance(value, str) else value)

    def xml_stream(self, xml: str) -> PDFObject:
        """An uncompressed metadata stream (readers look for the XMP packet in the clear)."""
        kind = PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")})
        return PDFStream(kind, xml.encode("utf-8"), filters=[])
