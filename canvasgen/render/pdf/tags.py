"""A tagged PDF: what the poster's marks are to a reader, and in which order they are read.

While a page is drawn, its text is wrapped in marked-content sequences (``/P <</MCID 3>> BDC …
EMC``) and its decorations in ``/Artifact BMC … EMC``; ``PageTags`` remembers which structure
element each MCID belongs to. reportlab has no structure tree, so ``add_structure`` writes one into
its document as raw objects before it is saved: the tree, the parent tree that maps MCIDs back to
it, /MarkInfo and the title in the XMP metadata (re-reading and saving the file with another library
took as long as drawing the poster). The tree's order is the reading order the layout gave
(``TextBlock.order``): title, metadata, then phase by phase its lanes top to bottom, the curve, and
then what follows in drawing order (matrices, appendix text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas

from canvasgen.render.pdf.private import PdfObjects

UNORDERED = (99,)  # blocks the layout gave no place in the reading order follow the ordered ones


@dataclass
class Element:
    """One structure element of a page: a heading, paragraph or figure and its marked content."""

    tag: str
    mcids: list[int]
    key: tuple[tuple[int, ...], int, int]  # (the layout's order, the block's index, the item)
    alt: str = ""
    bbox: tuple[float, float, float, float] | None = None  # a figure's box in PDF space


@dataclass
class PageTags:
    elements: list[Element] = field(default_factory=list)
    next_mcid: int = 0

    def mark(self, element: Element) -> int:
        """A new MCID, given to ``element`` (added to the page when new)."""
        mcid = self.next_mcid
        self.next_mcid += 1
        if not element.mcids:
            self.elements.append(element)
        element.mcids.append(mcid)
        return mcid

    def reading_order(self) -> list[Element]:
        return sorted(self.elements, key=lambda e: e.key)


def begin(tag: str, mcid: int) -> str:
    return f"/{tag} <</MCID {mcid}>> BDC"


def actual_text(text: str) -> str:
    """A span whose text, for a reader, is ``text`` (UTF-16 with its byte order mark), whatever it draws."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


ARTIFACT = "/Artifact BMC"
END = "EMC"


def figure_key(order: tuple[int, ...], first_block: int) -> tuple[tuple[int, ...], int, int]:
    return (order or UNORDERED, first_block, 0)


def add_structure(canvas: Canvas, pages: list[PageTags], titles: list[str], title: str) -> None:
    """Write the structure tree, /MarkInfo, XMP metadata with the title and DisplayDocTitle into the
    document before it is saved: objects of reportlab's own document, numbered now, written raw."""
    doc = PdfObjects(canvas)
    root, document, parent_tree = doc.new(), doc.new(), doc.new()
    sections: list[str] = []
    numbers: list[str] = []
    for index, (tags, page_title) in enumerate(zip(pages, titles)):
        page = doc.page(index)
        doc.set_page_entries(index, {"StructParents": str(index), "Tabs": "/S"})
        section = doc.new()
        sections.append(section)
        by_mcid = ["null"] * tags.next_mcid
        kids = []
        for element in tags.reading_order():
            node = doc.new()
            kids.append(node)
            for mcid in element.mcids:
                by_mcid[mcid] = node
            doc.fill(node, _element(element, section, page))
        doc.fill(
            section, f"<< /Type /StructElem /S /Sect /P {document} /T {_text(page_title)} /K [{' '.join(kids)}] >>"
        )
        parents = doc.new()
        doc.fill(parents, f"[{' '.join(by_mcid)}]")
        numbers.append(f"{index} {parents}")
    doc.fill(document, f"<< /Type /StructElem /S /Document /P {root} /K [{' '.join(sections)}] >>")
    doc.fill(parent_tree, f"<< /Nums [{' '.join(numbers)}] >>")
    doc.fill(
        root, f"<< /Type /StructTreeRoot /K {document} /ParentTree {parent_tree} /ParentTreeNextKey {len(pages)} >>"
    )
    doc.set_catalog("StructTreeRoot", root)
    doc.set_catalog("MarkInfo", doc.raw("<< /Marked true >>"))
    doc.set_catalog("Metadata", doc.xml_stream(_xmp(title, doc.author)))
    canvas.setViewerPreference("DisplayDocTitle", "true")


def _element(element: Element, parent: str, page: str) -> str:
    kids = str(element.mcids[0]) if len(element.mcids) == 1 else f"[{' '.join(map(str, element.mcids))}]"
    extra = f" /Alt {_text(element.alt)}" if element.alt else ""
    if element.bbox is not None:
        extra += f" /A << /O /Layout /BBox [{' '.join(f'{v:g}' for v in element.bbox)}] >>"
    return f"<< /Type /StructElem /S /{element.tag} /P {parent} /Pg {page} /K {kids}{extra} >>"


def _text(text: str) -> str:
    """A PDF text string: UTF-16 with its byte-order mark, as hex (any script, nothing to escape)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _xmp(title: str, author: str) -> str:
    creator = f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>" if author else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>{creator}'
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
