"""Writing a deck layout as an editable PowerPoint file with python-pptx.

Real text boxes, tables and a native line chart; never pictures of text. Font
sizes come from the layout (computed with the real fonts) and are set
explicitly, with exact line spacing, because PowerPoint's autofit only acts
when someone edits the text. An agency's own template (.pptx, or .potx with
its content type patched in memory) supplies the masters and layouts.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.presentation import Presentation as PresentationFile
from pptx.slide import SlideLayout
from pptx.util import Emu, Pt

from canvasgen import __version__
from canvasgen.brand.deck_font import STANDARD_FONTS
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasWarning, Location, TemplateError
from canvasgen.fileio import atomic_path
from canvasgen.layout.deck.deck import DeckLayout
from canvasgen.layout.headings import shortened
from canvasgen.layout.text.east_asian import FACES as EAST_ASIAN_FACES
from canvasgen.layout.text.east_asian import han_writing
from canvasgen.layout.text.fonts import DECK_FACES, FontSet
from canvasgen.render.pptx.ooxml import MARK, P_NS, SECTIONS_URI, custom_properties_xml, xml_safe
from canvasgen.render.pptx.private import (
    SlideAdder,
    TextBodyXml,
    Tree,
    element_of,
    remember_partnames,
    set_custom_property,
)
from canvasgen.render.pptx.writer import Writer
from canvasgen.words import PROOFING

_PROPERTY_CHARS = 255
_FALLBACK_FACES = ", ".join(dict.fromkeys(DECK_FACES.values()))  # what a slide names for the bundled fallbacks
_POTX = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"


_PPTX = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


_BLANK_NAMES = ("blank", "leeg", "vide", "leer")


_TITLE_ONLY_NAMES = ("title only", "alleen titel", "titre seul", "nur titel")


_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


@dataclass(frozen=True)
class Template:
    """An agency's PowerPoint template, checked once: its bytes (a .potx made openable as a .pptx)
    and its slide size in EMU. Each deck opens a fresh presentation from the bytes."""

    path: Path
    data: bytes
    width: int
    height: int
    theme_font: str | None = None  # the theme's body (minor) Latin font


def load_template(path: Path) -> Template:
    """The template at ``path``, or a CanvasError saying in one sentence why it cannot serve."""
    if not path.is_file():
        raise TemplateError(path, "PowerPoint template not found")
    try:
        data = path.read_bytes()
        archive = zipfile.ZipFile(io.BytesIO(data))
        types = archive.read("[Content_Types].xml")
    except (OSError, zipfile.BadZipFile, KeyError):
        raise TemplateError(path, "is not a PowerPoint template (.pptx or .potx)") from None
    if _POTX in types:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for info in archive.infolist():
                content = archive.read(info)
                out.writestr(info, content.replace(_POTX, _PPTX) if info.filename == "[Content_Types].xml" else content)
        data = buffer.getvalue()
    elif _PPTX not in types:
        raise TemplateError(path, "is not a PowerPoint presentation or template (.pptx or .potx)")
    try:
        prs = Presentation(io.BytesIO(data))
        layouts = len(prs.slide_layouts)
        width, height = prs.slide_width or 0, prs.slide_height or 0
    except Exception as exc:  # python-pptx raises many kinds on a broken package
        raise TemplateError(path, f"cannot be opened as a PowerPoint template ({type(exc).__name__})") from None
    if not layouts:
        raise TemplateError(path, "has no slide layouts; save a template with at least a blank layout")
    if width <= 0 or height <= 0:
        raise TemplateError(path, "has no slide size; set one in PowerPoint (Design > Slide Size) and save again")
    return Template(path, data, width, height, _theme_font(prs))


def _theme_font(prs: PresentationFile) -> str | None:
    """The body font of the first slide master's theme ("+mn-lt" in PowerPoint's terms)."""
    master = prs.slide_masters[0].part
    for rel in master.rels.values():
        if rel.reltype.endswith("/theme"):
            root = etree.fromstring(rel.target_part.blob)
            found = root.find(".//a:fontScheme/a:minorFont/a:latin", {"a": _A})
            face = found.get("typeface") if found is not None else None
            return face or None
    return None


def open_template(template: Template | None) -> PresentationFile:
    """A blank 16:9 presentation, or a fresh copy of the agency's template."""
    if template is None:
        prs = Presentation()
        prs.slide_width, prs.slide_height = Emu(Pt(960)), Emu(Pt(540))  # the blank layout has no placeholders
        return prs
    return Presentation(io.BytesIO(template.data))


def _texts(layout: DeckLayout) -> Iterable[str]:
    """Every title and paragraph of the deck: what its East Asian writing is told from."""
    for slide in layout.slides:
        yield slide.title
        for frame in slide.frames:
            yield from (para.text for para in frame.paras)


def render_pptx(
    layout: DeckLayout,
    kit: BrandKit,
    fonts: FontSet,
    out: Path,
    template: Template | None = None,
    title: str = "",
    *,
    text_slides: bool = True,
) -> list[CanvasWarning]:
    """Write the deck atomically; returns warnings. Slides without a chart are written as text (fast);
    ``text_slides=False`` writes every slide through python-pptx's slide objects instead: the reference
    the tests compare the text path against."""
    warnings: list[CanvasWarning] = []
    prs = open_template(template)
    remember_partnames(prs)
    width, height = prs.slide_width, prs.slide_height
    ratio = width / height if height else 0
    if kit.logo is not None and kit.logo.suffix.lower() == ".svg":
        warnings.append(
            CanvasWarning(Location.of(kit.logo), "PowerPoint decks take a PNG or JPEG logo; the SVG is left out")
        )
    if template is not None and abs(ratio - 16 / 9) > 0.01:
        warnings.append(CanvasWarning(Location.of(template.path), "the template is not 16:9; slides keep its size"))
    scale = width / Pt(layout.width)
    blank = _blank_layout(prs)
    # With an agency template, content slides use its "Title Only" layout (title placeholder idx 0),
    # so the title carries the corporate styling; without one, canvasgen draws its own band.
    titled = _layout_named(prs, _TITLE_ONLY_NAMES) if template is not None else None
    lang_tag = PROOFING.get(layout.language, "en-GB")  # the proofing language of every run
    writer = Writer(scale, fonts, lang_tag, kit, han_writing(_texts(layout)))
    ids: dict[str, list[int]] = {}
    add = SlideAdder(prs)
    plain_blank = not list(blank.iter_cloneable_placeholders())
    for spec in layout.slides:
        use_placeholder = titled is not None and spec.kind != "title"
        target: Tree | TextBodyXml
        if text_slides and plain_blank and not use_placeholder and writer.can_write_as_text(spec):
            part, slide_id = add.text_part(blank)
            target = TextBodyXml(part)
        else:
            slide, slide_id = add(titled if titled is not None and use_placeholder else blank)
            target = Tree(slide)
        writer.slide(target, spec, layout, use_placeholder)
        if isinstance(target, TextBodyXml):
            target.finish()
        ids.setdefault(spec.section, []).append(slide_id)
    if writer.missing:
        listed = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in list(writer.missing)[:20])
        warnings.append(
            CanvasWarning(
                Location.of(out),
                (
                    f"{len(writer.missing)} character(s) are in none of the deck's fonts ({writer.face}, "
                    f"{_FALLBACK_FACES}): "
                    f"{listed}; PowerPoint draws them with a font of its own choice"
                ),
            )
        )
    for face in sorted(writer.faces_used - {writer.face} - set(DECK_FACES.values()) - set(EAST_ASIAN_FACES.values())):
        if face.lower() not in STANDARD_FONTS:
            warnings.append(
                CanvasWarning(
                    Location.of(out),
                    (
                        f"some text is set in '{face}' (a fallback font of the brand kit), which does not come with "
                        "PowerPoint: clients without it see a substitute"
                    ),
                )
            )
    _sections(prs, layout.sections, ids)
    # The file's properties hold at most 255 characters each (the slides have the whole title).
    prs.core_properties.title = shortened(xml_safe(title), _PROPERTY_CHARS)
    prs.core_properties.author = shortened(xml_safe(kit.author), _PROPERTY_CHARS)
    _stamp(prs)
    with atomic_path(out) as temp:
        prs.save(str(temp))
    return warnings


def _stamp(prs: PresentationFile) -> None:
    """Who wrote the deck and when (not python-pptx's sample file's author and date), and the mark that
    says it is canvasgen's."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props = prs.core_properties
    props.created = props.modified = now
    props.last_modified_by = props.author
    props.revision = 1
    props.comments = ""  # File > Info shows it: white label; the version is in the custom mark
    set_custom_property(prs, custom_properties_xml(__version__), MARK, __version__)


def made_by_canvasgen(path: Path) -> bool:
    """Whether the deck at ``path`` carries canvasgen's mark, or is one an earlier canvasgen wrote before
    decks were marked (python-pptx's stamp in its properties, canvasgen's title band on its first
    slide); a file that is not a deck is not."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "docProps/custom.xml" in names and f'name="{MARK}"'.encode() in archive.read("docProps/custom.xml"):
                return True
            core = archive.read("docProps/core.xml") if "docProps/core.xml" in names else b""
            first = archive.read("ppt/slides/slide1.xml") if "ppt/slides/slide1.xml" in names else b""
    except (OSError, zipfile.BadZipFile):
        return False
    return b"generated using python-pptx" in core and b'name="band"' in first


def _layout_named(prs: PresentationFile, names: tuple[str, ...]) -> SlideLayout | None:
    """A layout found by name, with a title placeholder (idx 0)."""
    for layout in prs.slide_layouts:
        indexes = [p.placeholder_format.idx for p in layout.placeholders]  # type: ignore[misc]
        if layout.name.strip().lower() in names and 0 in indexes:
            return layout
    return None


def _blank_layout(prs: PresentationFile) -> SlideLayout:
    for layout in prs.slide_layouts:
        if layout.name.strip().lower() in _BLANK_NAMES:
            return layout
    return min(prs.slide_layouts, key=lambda lay: len(lay.placeholders))


def _sections(prs: PresentationFile, names: list[str], ids: dict[str, list[int]]) -> None:
    """PowerPoint sections, one per journey (python-pptx has no API for them)."""
    root = element_of(prs.part)
    ext_lst = root.find(f"{{{P_NS}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(root, f"{{{P_NS}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{P_NS}}}ext", uri=SECTIONS_URI)
    section_lst = etree.SubElement(ext, f"{{{_P14}}}sectionLst", nsmap={"p14": _P14})
    for name in names:
        section = etree.SubElement(section_lst, f"{{{_P14}}}section", name=name, id=f"{{{str(uuid.uuid4()).upper()}}}")
        slide_ids = etree.SubElement(section, f"{{{_P14}}}sldIdLst")
        for slide_id in ids.get(name, []):
            etree.SubElement(slide_ids, f"{{{_P14}}}sldId", id=str(slide_id))
