"""The deck writer: a layout's slides, frames, tables and charts through python-pptx and ``ooxml``."""

from __future__ import annotations

import io
import zipfile
from typing import Literal, NamedTuple

from openpyxl.utils import get_column_letter
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Emu, Pt

from canvasgen.brand.colors import Colour
from canvasgen.brand.deck_font import EMOJI_FACE
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.deck import BAND, INSET, Bars, Chart, DeckLayout, Frame, Para, Slide, Table
from canvasgen.layout.deck.frames import CURVE_ABOVE, CURVE_BELOW, ChartLine
from canvasgen.layout.text.east_asian import FACES, EastAsian, paragraph_writing
from canvasgen.layout.text.east_asian import PROOFING as EAST_ASIAN_PROOFING
from canvasgen.layout.text.fonts import CJK_DECK_FACE, FontSet
from canvasgen.layout.text.setter import LEADING
from canvasgen.model import Picture, ScoreScale
from canvasgen.render.pptx import ooxml
from canvasgen.render.pptx.ooxml import (
    DISC,
    WORKBOOK_PARTS,
    XML_DECL,
    Run,
    bar_labels_xml,
    hex_of,
    notes_xml,
    picture_xml,
    plain_label,
    point_fills_xml,
    shape_xml,
    sheet_cell_xml,
    sheet_xml,
    table_cell_xml,
    table_xml,
    text_body_xml,
    xml_safe,
)
from canvasgen.render.pptx.private import (
    TextBodyXml,
    TextPart,
    Tree,
    add_point_fills,
    add_point_labels,
    element_of,
    label_element,
    relate_new,
    template_notes_text,
    text_body,
)


class Look(NamedTuple):
    """How a shape is drawn: its fill, its border (None: none), whether the border is dashed, and its
    text's margin on every side."""

    fill: Colour | None = None
    border: Colour | None = None
    dashed: bool = False
    inset: float = INSET


PLAIN = Look()  # no fill, no border


class Writer:
    def __init__(self, scale: float, fonts: FontSet, lang_tag: str, kit: BrandKit, east_asian: EastAsian | None = None):
        self.scale, self.fonts, self.lang_tag, self.kit = scale, fonts, lang_tag, kit
        # the deck's Chinese, Japanese or Korean text in the face and proofing of its own writing (F22)
        self.east_asian = east_asian
        self.face = fonts.faces[fonts.roles["body"]]  # the deck's typeface, for charts
        self.missing: dict[str, None] = {}  # characters no deck font has, in order of appearance
        self.faces_used: set[str] = set()
        self.disc_faces: dict[FontRole, str] = {}  # per role, the face a traffic light's disc is set in
        self.next_id = 2  # the next free shape id on the slide being written
        self.logo_part: Part | None = None
        self.first_notes_made = False  # the first notes page comes from python-pptx, the others from it
        self.notes_text: tuple[str, str] | None = None  # that page as text, before and after its paragraphs
        # A paragraph's XML and a text's font runs, by what makes them: a deck writes the same paragraph on
        # several slides (a phase's name on its follow-ups, a table's header on each of its slides).
        self._paragraphs: dict[Run, str] = {}
        self._runs: dict[tuple[str, FontRole], tuple[tuple[tuple[str, str], ...], tuple[str, ...], str]] = {}

    def emu(self, points: float) -> Emu:
        return Emu(int(Pt(points) * self.scale))

    def box(self, box: Box) -> tuple[Emu, Emu, Emu, Emu]:
        return self.emu(box.x), self.emu(box.y), self.emu(box.w), self.emu(box.h)

    def can_write_as_text(self, spec: Slide) -> bool:
        """Whether a slide can be written as text: no chart (python-pptx makes those), and the logo
        and the notes page already made once through python-pptx, to be reused."""
        logo = spec.logo is not None and self.kit.logo is not None and self.kit.logo.suffix.lower() != ".svg"
        return (
            spec.chart is None
            and spec.bars is None
            and not any(frame.picture for frame in spec.frames)  # a picture is added through python-pptx
            and self.notes_text is not None
            and not (logo and not self.logo_part)
        )

    def slide(self, target: Tree | TextBodyXml, spec: Slide, layout: DeckLayout, placeholder: bool = False) -> None:
        band, ink = spec.band or self.kit.palette.primary, spec.title_ink or self.kit.palette.text
        self.next_id = target.first_shape_id()  # counted on from here: python-pptx would search the slide
        if placeholder and isinstance(target, Tree):
            title_shape = next(ph for ph in target.slide.placeholders if ph.placeholder_format.idx == 0)
            title_shape.name = "title"
            # The template's own title placeholder stands on the template's background, not on a band.
            plain = self.kit.palette.text
            self.fill_text(title_shape.text_frame, [Para(spec.title, spec.title_size, plain, True, "heading")])
        else:
            band_h = layout.height * (BAND if spec.kind != "title" else 1.0)
            self.shape(target, Box(0, 0, layout.width, band_h), "band", Look(band), text=False)
        if spec.logo is not None and self.kit.logo is not None and self.kit.logo.suffix.lower() != ".svg":
            self.logo(target, spec.logo)
        if spec.kind != "title" and spec.title_box is not None and not placeholder:
            title = Frame(spec.title_box, [Para(spec.title, spec.title_size, ink, True, "heading")], name="title")
            self.frame(target, title, anchor="ctr")
        for frame in spec.frames:
            self.frame(target, frame)
        for table in spec.tables:
            self.table(target, table)
        if isinstance(target, Tree):
            if spec.chart is not None:
                self.chart(target.slide, spec.chart)
            if spec.bars is not None:
                self.bars(target.slide, spec.bars)
        self.notes(target, spec.notes)

    def notes(self, target: Tree | TextBodyXml, text: str) -> None:
        """Speaker notes. The first notes page comes from python-pptx (which clones the notes master's
        placeholders); the others are that page as text with their own paragraphs."""
        if not self.first_notes_made:
            assert isinstance(target, Tree)
            target.slide.notes_slide.notes_text_frame.text = text
            self.notes_text = template_notes_text(element_of(target.slide.notes_slide))
            self.first_notes_made = True
            return
        if self.notes_text is None:  # a template whose notes master has no body: the slow, sure way
            assert isinstance(target, Tree)
            target.slide.notes_slide.notes_text_frame.text = text
            return
        lines = notes_xml(text, self.lang_tag)
        head, tail = self.notes_text
        slide_part = target.part
        package = slide_part.package
        blob = (head + lines + tail).encode("utf-8")
        part = TextPart(package.next_partname("/ppt/notesSlides/notesSlide%d.xml"), CT.PML_NOTES_SLIDE, package, blob)
        relate_new(part, package.presentation_part.notes_master_part, RT.NOTES_MASTER)
        relate_new(part, slide_part, RT.SLIDE)
        relate_new(slide_part, part, RT.NOTES_SLIDE)

    def logo(self, target: Tree | TextBodyXml, box: Box) -> None:
        """The logo: added once through python-pptx, then the same image part related to each slide
        (python-pptx would read and hash the file again for every slide)."""
        if self.logo_part is None:
            assert isinstance(target, Tree)
            picture = target.slide.shapes.add_picture(str(self.kit.logo), *self.box(box))
            picture.name = "logo"
            self.logo_part = target.part.related_part(element_of(picture).blipFill.blip.rEmbed)
            self.next_id = target.first_shape_id()
            return
        r_id = relate_new(target.part, self.logo_part, RT.IMAGE)
        target.add(picture_xml(self.next_id, r_id, *self.box(box)))
        self.next_id += 1

    def frame(self, target: Tree | TextBodyXml, frame: Frame, anchor: str = "t") -> None:
        look = Look(frame.fill, frame.border, frame.dashed, frame.inset)
        if frame.picture is not None:
            self.portrait(target, frame.box, frame.picture, frame.name or "portrait")
            return
        if frame.disc:
            self.shape(target, frame.box, frame.name or "disc", look, frame.paras, "ctr", centre="disc")
            return
        if frame.centred:
            self.shape(target, frame.box, frame.name or "text", look, frame.paras, "ctr", centre="text")
            return
        self.shape(target, frame.box, frame.name or "text", look, frame.paras, anchor)

    def portrait(self, target: Tree | TextBodyXml, box: Box, picture: Picture, name: str) -> None:
        """A persona's picture in a circle: cropped to its centred square (so that it is not squashed),
        then shown through an ellipse. python-pptx keeps one image part for the same bytes."""
        assert isinstance(target, Tree)
        shape = target.slide.shapes.add_picture(io.BytesIO(picture.data), *self.box(box))
        shape.crop_left, shape.crop_top, shape.crop_right, shape.crop_bottom = picture.square
        shape.auto_shape_type = MSO_SHAPE.OVAL
        shape.name = name
        self.next_id = target.first_shape_id()

    def shape(
        self,
        target: Tree | TextBodyXml,
        box: Box,
        name: str,
        look: Look = PLAIN,
        paras: list[Para] | None = None,
        anchor: str = "t",
        text: bool = True,
        centre: Literal["", "text", "disc"] = "",
    ) -> None:
        """A rectangle or text box written as one piece of XML: the same shape python-pptx's add_textbox
        makes, without its per-attribute object model (milliseconds a shape on a large deck)."""
        fill, border, dashed, inset = look
        body = None
        if text:
            paragraphs = "".join(self.paragraph_xml(p, i == 0, bool(centre)) for i, p in enumerate(paras or []))
            body = text_body_xml(paragraphs, self.emu(inset), anchor)
        colours = (hex_of(fill) if fill else None, hex_of(border) if border is not None else None, dashed)
        target.add(shape_xml(self.next_id, name, self.box(box), colours, body, centre == "disc"))
        self.next_id += 1

    def fill_text(self, tf, paras: list[Para]) -> None:  # type: ignore[no-untyped-def]
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE
        tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = self.emu(INSET)
        self.paragraphs(text_body(tf), paras)

    def paragraphs(self, body, paras: list[Para]) -> None:  # type: ignore[no-untyped-def]
        """Replace a text body's paragraphs, written as XML in one go: python-pptx's per-attribute
        object model costs a millisecond a run, which adds up to seconds on a large deck."""
        for old in body.findall(qn("a:p")):
            body.remove(old)
        xml = "".join(self.paragraph_xml(para, first=i == 0) for i, para in enumerate(paras)) or "<a:p/>"
        for element in parse_xml(f"<a:txBody {nsdecls('a')}>{xml}</a:txBody>"):
            body.append(element)

    def paragraph_xml(self, para: Para, first: bool, centred: bool = False) -> str:
        disc_face = self._disc_face(para.role)
        # a list item that starts with a traffic light: the light is its bullet, in its colour (F18)
        light, text = ooxml.leading_light(para.text) if para.mark == "bullet" and disc_face else ("", para.text)
        pieces, missing, proofing = self._pieces(text, para.role)
        for char in missing:
            self.missing[char] = None
        # every face a run is set in (the slide's own is left out when they are reported): a paragraph wholly
        # in a fallback (all Arabic) counts too, not only one that mixes faces
        self.faces_used.update(face for _, face in pieces)
        size = para.size * self.scale
        bold = para.role == "heading" or para.bold  # the heading file is the typeface's bold style
        before = None if first else size * para.gap
        colour = para.colour.hex.lstrip("#")
        line = size * LEADING
        indent = para.indent(size)
        run = Run(
            text,
            self.lang_tag,
            size,
            bold,
            colour,
            self.face,
            line,
            before,
            pieces,
            centred,
            indent,
            para.mark == "bullet",
            indent is not None and para.mark == "none",
            disc_face,
            proofing,
            light,
        )
        xml = self._paragraphs.get(run)
        if xml is None:
            xml = self._paragraphs[run] = ooxml.paragraph_xml(run)
        return xml

    def _pieces(self, text: str, role: FontRole) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], str]:
        """The text split by the face each piece is set in, the characters no deck font has, and the
        proofing language of its Chinese, Japanese or Korean text ("" without any)."""
        key = (text, role)
        found = self._runs.get(key)
        if found is None:
            runs, missing = self.fonts.runs(text, role, keep_missing=True)
            east_asian = any(self.fonts.faces[font] == CJK_DECK_FACE for _, font in runs)
            # each paragraph in the face of its own writing: Korean in Malgun Gothic beside Japanese (F5)
            writing = paragraph_writing(text, self.east_asian) if east_asian else None
            pieces = tuple((piece, self._face(font, writing)) for piece, font in runs)
            proofing = EAST_ASIAN_PROOFING[writing] if writing else ""
            found = self._runs[key] = (pieces, tuple(m.char for m in missing), proofing)
        return found

    def _face(self, font: str, writing: EastAsian | None) -> str:
        """The face a slide names for text set in ``font``: the bundled Chinese, Japanese and Korean fallback
        by the paragraph's writing (``paragraph_writing``)."""
        face = self.fonts.faces[font]
        return FACES[writing] if writing and face == CJK_DECK_FACE else face

    def _disc_face(self, role: FontRole) -> str:
        """The face a traffic light's disc (●) is set in: the role's own where it has one, else a fallback."""
        if role not in self.disc_faces:
            runs, _ = self.fonts.runs(DISC, role)
            self.disc_faces[role] = self.fonts.faces[runs[0][1]] if runs else self.face
        return self.disc_faces[role]

    def table(self, target: Tree | TextBodyXml, table: Table) -> None:
        """A native table, written as one piece of XML (the cell-by-cell API costs ~1 ms a cell)."""
        x, y = self.emu(table.box.x), self.emu(table.box.y)
        widths = [self.emu(c) for c in table.columns]
        heights = [self.emu(h) for h in table.heights]
        inset = self.emu(INSET)
        rows = []
        for r, (row, height) in enumerate(zip(table.rows, heights)):
            header = r == 0
            ink = table.header_ink if header else table.ink
            fill = hex_of(table.header_fill) if header else None
            role: FontRole = "heading" if header else "body"
            cells = "".join(
                table_cell_xml(
                    self.paragraph_xml(Para(text, table.size, ink, header, role), True), inset, fill, table.middle
                )
                for text in row
            )
            rows.append((height, cells))
        target.add(table_xml(self.next_id, x, y, widths, rows))
        self.next_id += 1

    def bars(self, slide, bars: Bars) -> None:  # type: ignore[no-untyped-def]
        _bars_in(self, slide, bars)

    def chart(self, slide, chart: Chart) -> None:  # type: ignore[no-untyped-def]
        """A native line chart, one series per journey, told apart by colour, dash and marker (they
        survive greyscale printing); editable in PowerPoint ("Edit data")."""
        data = _ChartData()
        data.categories = [xml_safe(c) for c in chart.categories]
        for line in chart.lines:
            data.add_series(xml_safe(line.name), line.values)
        dots = [(line, colour, values) for line in chart.lines for colour, values in _dot_series(line)]
        for line, _, values in dots:
            data.add_series(xml_safe(line.name), values)
        frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, *self.box(chart.box), data)
        c = frame.chart
        c.has_title = False  # LibreOffice would otherwise title it with the series name
        c.has_legend = len(chart.lines) > 1 and not chart.bare
        if c.has_legend:
            c.legend.include_in_layout = False
            c.legend.position = XL_LEGEND_POSITION.BOTTOM
        c.font.size = Pt(14 * self.scale)
        c.font.name = self.face
        value_axis = c.value_axis
        value_axis.minimum_scale = chart.scale.low
        value_axis.maximum_scale = chart.scale.high
        value_axis.major_unit = 1 if chart.scale.high - chart.scale.low <= 10 else None
        value_axis.has_major_gridlines = not chart.bare
        value_axis.tick_labels.number_format = _score_format(chart.scale)
        value_axis.tick_labels.number_format_is_linked = False
        c.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # below the plot, not on the zero line
        if chart.bare:  # the phase columns above name the phases; the plot spans the box edge to edge
            value_axis.visible = False
            c.category_axis.visible = False
            _fill_box(c, chart.box.h)
        plot = c.plots[0]
        plot.has_data_labels = len(chart.lines) == 1
        if plot.has_data_labels:
            plot.data_labels.position = XL_LABEL_POSITION.ABOVE
            plot.data_labels.number_format = _score_format(chart.scale)
            plot.data_labels.number_format_is_linked = False
        for series, line in zip(plot.series, chart.lines):
            series.format.line.color.rgb = _rgb(line.colour)
            series.format.line.width = Pt(3)
            series.format.line.dash_style = _DASHES[line.dash]
            series.marker.style = _MARKERS[line.marker]
            series.marker.size = 9
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = _rgb(line.colour)
            series.smooth = False
            for index, face in enumerate(line.faces):
                if face is not None and line.values[index] is not None:
                    _face_point(series.points[index], face, 24 * self.scale)
            if plot.has_data_labels and not chart.bare:
                # a trough's label off the lines that meet above it: under it, or beside it on the scale's
                # floor (under it, it would run into the phase names)
                labels = series.data_labels  # the series' own labels stand in for the plot's: as the plot's
                labels.show_value, labels.position = True, XL_LABEL_POSITION.ABOVE
                labels.number_format, labels.number_format_is_linked = _score_format(chart.scale), False
                for index in troughs(line.values):
                    if index < len(line.faces) and line.faces[index] is not None:
                        continue
                    label = series.points[index].data_label
                    _show_value(label, _score_format(chart.scale))
                    if line.values[index] == chart.scale.low:  # on the floor: beside it, raised off the gridline,
                        right = _steeper_right(line.values, index)  # on the side of the steeper line
                        label.position = XL_LABEL_POSITION.RIGHT if right else XL_LABEL_POSITION.LEFT
                        away, lift = floor_offset(chart, line.values, index, right, 14 * self.scale)
                        _raised(label, away if right else -away, lift)
                    else:
                        label.position = XL_LABEL_POSITION.BELOW
        for series, (line, colour, _) in zip(list(plot.series)[len(chart.lines) :], dots, strict=True):
            _dots_drawn(series, colour, line.colour)
        for series, line in zip(plot.series, chart.lines) if plot.has_data_labels else ():
            _point_texts(series, line, _score_format(chart.scale), (self.face, 14 * self.scale))


def _point_texts(series, line: ChartLine, number_format: str, font: tuple[str, float]) -> None:  # type: ignore[no-untyped-def]
    """The curve's points whose labels are text (``ChartLine.labels``), a face's point keeping its face. A point's
    own label makes the series' labels (``<c:dLbls>``) that stand in for the plot's: they show the other points'
    values as the plot's did (else LibreOffice showed the text labels alone)."""
    texts = [
        (index, text)
        for index, text in enumerate(line.labels)
        if text is not None and not (index < len(line.faces) and line.faces[index])
    ]
    if not texts:
        return
    labels = series.data_labels
    labels.show_value, labels.position = True, XL_LABEL_POSITION.ABOVE
    labels.number_format, labels.number_format_is_linked = number_format, False
    for index, text in texts:
        _point_text(series.points[index].data_label, text, *font)


def _point_text(label, text: str, face: str, size: float) -> None:  # type: ignore[no-untyped-def]
    """A curve point's label as fixed text (``ChartLine.labels``: "+1,5", "+2 groen"), where it was placed
    (above the point unless placed already, as a trough's is)."""
    placed = label.position
    frame = label.text_frame
    frame.text = xml_safe(text)
    # on one line, as wide as it is: a narrow chart's label box broke "0 yellow" inside its word (round 20)
    frame.word_wrap = False
    font = frame.paragraphs[0].runs[0].font
    font.size, font.name = Pt(size), face
    if placed is None:
        label.position = XL_LABEL_POSITION.ABOVE


def _show_value(label, number_format: str) -> None:  # type: ignore[no-untyped-def]
    """A point's own label still shows its value, in the chart's format (a point's ``<c:dLbl>`` replaces
    the plot's label settings for that point)."""
    d_lbl = label_element(label)
    fmt = d_lbl.find(qn("c:numFmt"))
    if fmt is None:
        d_lbl.insert(1, parse_xml(f'<c:numFmt {nsdecls("c")} formatCode="{number_format}" sourceLinked="0"/>'))
    for tag, value in (("c:showLegendKey", "0"), ("c:showVal", "1"), ("c:showCatName", "0"), ("c:showSerName", "0")):
        element = d_lbl.find(qn(tag))
        if element is not None:
            element.set("val", value)


#: A label beside a point on the scale's floor: its foot this far (points) over the floor's gridline (the
#: chart's lowest line, read as its axis), and its corner this far under the line rising beside it.
FLOOR_CLEAR, LINE_CLEAR = 8.0, 6.0


#: The share of a chart's box its plot takes (the rest: the scale's numbers left, the phase names under it),
#: and the gap a label beside a point keeps from it by itself (half a marker and the label's margin), in points.
PLOT_SHARE, LABEL_GAP = 0.85, 0.0


def floor_offset(chart: Chart, values: list[float | None], index: int, right: bool, size: float) -> tuple[float, float]:
    """How far a label beside a point on the scale's floor moves (shares of the chart's width and height):
    up until its foot is ``FLOOR_CLEAR`` over the floor's gridline (the label of the lowest point sat on the
    axis), and away from the point until its near top corner is ``LINE_CLEAR`` under the line rising on its
    side (a steep V put it on the line)."""
    box = chart.box
    label = size * LEADING  # the label's height: one line at its size
    lift = label / 2 + FLOOR_CLEAR  # its centre, over the point's
    neighbour = values[index + 1] if right else values[index - 1]
    rise = ((neighbour or chart.scale.low) - chart.scale.low) / (chart.scale.high - chart.scale.low)
    column = box.w * PLOT_SHARE / max(1, len(values))
    slope = rise * box.h * PLOT_SHARE / column  # points up a point across
    near = (lift + label / 2 + LINE_CLEAR) / slope if slope > 0 else 0.0  # where its near edge must be
    away = min(max(0.0, near - LABEL_GAP), column * 0.45)
    return away / box.w, lift / box.h


def _steeper_right(values: list[float | None], index: int) -> bool:
    """Whether the line on a point's right rises more steeply than the one on its left (or only it is there)."""
    left = values[index - 1] if index > 0 else None
    right = values[index + 1] if index + 1 < len(values) else None
    return right is not None and (left is None or right >= left)


def _raised(label, away: float, lift: float) -> None:  # type: ignore[no-untyped-def]
    """A point's label moved from its place by ``away`` of the chart's width and ``lift`` of its height up
    (a manual layout's offsets)."""
    d_lbl = label_element(label)
    layout = parse_xml(
        f'<c:layout {nsdecls("c")}><c:manualLayout><c:x val="{away}"/><c:y val="{-lift}"/></c:manualLayout></c:layout>'
    )
    d_lbl.insert(1, layout)  # after c:idx, before c:numFmt (CT_DLbl's order)
    # no leader line from the point to its moved label (LibreOffice draws one, a stroke across the curve)
    for leader in d_lbl.getparent().findall(qn("c:showLeaderLines")):
        leader.set("val", "0")


def troughs(values: list[float | None]) -> list[int]:
    """The points lower than the points either side (one side at an end): the lines of a curve meet above
    such a point, and a label above it sits on them (a "-2" on the floor of the scale, in the V)."""
    found = []
    for index, value in enumerate(values):
        if value is None:
            continue
        around = [values[i] for i in (index - 1, index + 1) if 0 <= i < len(values) and values[i] is not None]
        if around and all(value < other for other in around if other is not None):
            found.append(index)
    return found


_DASHES = {
    "solid": MSO_LINE_DASH_STYLE.SOLID,
    "dash": MSO_LINE_DASH_STYLE.DASH,
    "sysDot": MSO_LINE_DASH_STYLE.ROUND_DOT,
    "dashDot": MSO_LINE_DASH_STYLE.DASH_DOT,
    "lgDash": MSO_LINE_DASH_STYLE.LONG_DASH,
    "sysDash": MSO_LINE_DASH_STYLE.SQUARE_DOT,
    "lgDashDot": MSO_LINE_DASH_STYLE.LONG_DASH_DOT,
    "lgDashDotDot": MSO_LINE_DASH_STYLE.DASH_DOT_DOT,
}
_MARKERS = {
    "circle": XL_MARKER_STYLE.CIRCLE,
    "square": XL_MARKER_STYLE.SQUARE,
    "x": XL_MARKER_STYLE.X,
    "triangle": XL_MARKER_STYLE.TRIANGLE,
    "diamond": XL_MARKER_STYLE.DIAMOND,
    "plus": XL_MARKER_STYLE.PLUS,
    "star": XL_MARKER_STYLE.STAR,
}


def _face_point(point, face: str, size: float) -> None:  # type: ignore[no-untyped-def]
    """A point whose feeling was written as an emoji or emoticon: no marker, the face as its label,
    centred on it (in the emoji font PowerPoint has, so it draws in colour)."""
    point.marker.style = XL_MARKER_STYLE.NONE
    label = point.data_label
    label.position = XL_LABEL_POSITION.CENTER
    run = label.text_frame.paragraphs[0].add_run()
    run.text = xml_safe(face)
    run.font.size = Pt(size)
    if any(ord(ch) > 0x2000 for ch in face):
        run.font.name = EMOJI_FACE


def _dot_series(line: ChartLine) -> list[tuple[Colour, list[float | None]]]:
    """The traffic lights of a line (``ChartLine.dots``) as series of their own, one a colour, each with the
    line's values at its lights' phases only: drawn as discs of that colour with no line, over the curve's
    points. A series' markers are drawn in their colour by every viewer (a point's own marker colour is
    not: LibreOffice drew them in the series' colour, or in its own blue)."""
    colours: dict[str, Colour] = {}
    for dot in line.dots:
        if dot is not None:
            colours.setdefault(dot.hex, dot)
    return [
        (colour, [v if i < len(line.dots) and line.dots[i] == colour else None for i, v in enumerate(line.values)])
        for colour in colours.values()
    ]


def _dots_drawn(series, fill: Colour, ring: Colour) -> None:  # type: ignore[no-untyped-def]
    """A series of traffic lights: discs of their colour, ringed in the curve's, no line, no labels (the
    curve's own points say their values)."""
    series.format.line.fill.background()
    series.marker.style = XL_MARKER_STYLE.CIRCLE
    series.marker.size = 16
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.rgb = _rgb(fill)
    series.marker.format.line.color.rgb = _rgb(ring)
    series.marker.format.line.width = Pt(1.5)
    series.smooth = False
    series.data_labels.show_value = False


def _fill_box(chart, height: float) -> None:  # type: ignore[no-untyped-def]
    """The plot area laid out by hand to the chart's full width (python-pptx has no API for it), so
    the categories sit at the centres of equal columns across the box; above it room for a top point's
    label, below it for a bottom point's face, in points (a compact band keeps its labels whole)."""
    plot_area = chart.element.find(f"{qn('c:chart')}/{qn('c:plotArea')}")  # the chart part's <c:chartSpace>
    for old in plot_area.findall(qn("c:layout")):
        plot_area.remove(old)
    top, below = min(0.45, CURVE_ABOVE / height), min(0.25, CURVE_BELOW / height)
    layout = parse_xml(
        f'<c:layout {nsdecls("c")}><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/>'
        f'<c:yMode val="edge"/><c:x val="0"/><c:y val="{top:.4f}"/><c:w val="1"/><c:h val="{1 - top - below:.4f}"/>'
        "</c:manualLayout></c:layout>"
    )
    plot_area.insert(0, layout)


class _ChartData(CategoryChartData):
    """Chart data whose embedded workbook ("Edit data" in PowerPoint) canvasgen writes itself: the
    same cells python-pptx's writer fills (categories down column A from row 2, one column per series
    with its name in row 1), without building a workbook with xlsxwriter for every chart."""

    @property
    def xlsx_blob(self) -> bytes:
        columns = [get_column_letter(2 + i) for i in range(len(self))]
        rows = ['<row r="1">' + "".join(sheet_cell_xml(f"{c}1", s.name) for c, s in zip(columns, self)) + "</row>"]
        for r, category in enumerate(self.categories, start=2):
            values = "".join(sheet_cell_xml(f"{c}{r}", s.values[r - 2]) for c, s in zip(columns, self))
            rows.append(f'<row r="{r}">{sheet_cell_xml(f"A{r}", category.label)}{values}</row>')
        sheet = sheet_xml(rows)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
            for name, xml in (*WORKBOOK_PARTS, ("xl/worksheets/sheet1.xml", sheet)):
                book.writestr(name, XML_DECL + xml)
        return buffer.getvalue()


def _score_format(scale: ScoreScale) -> str:
    """Scores as the poster writes them: "+1" and "-1" on a scale round zero, "4" and "3.5" otherwise
    ("0.#" would print "1." for a whole score)."""
    return "+General;-General;General" if scale.low < 0 else "General"


def _bars_in(writer: Writer, slide, bars: Bars) -> None:  # type: ignore[no-untyped-def]
    """A clustered bar chart with its numbers on the bars; measured bars coloured met / missed."""
    data = _ChartData(number_format=bars.number_format)
    data.categories = [xml_safe(c) for c in bars.categories]
    for name, values in bars.series:
        data.add_series(xml_safe(name), values)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, *writer.box(bars.box), data)
    chart = frame.chart
    chart.has_title = False
    chart.has_legend = len(bars.series) > 1 and bars.legend
    if chart.has_legend:
        chart.legend.include_in_layout = False
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.font.size = Pt(14 * writer.scale)
    chart.font.name = writer.face
    chart.category_axis.reverse_order = True  # the first figure on top, as in the table
    # no numbers on the axis: a number format is read in the viewer's Office locale (an English Office
    # wrote "€ 1,500" on a Dutch deck); every bar says its own figure as text instead
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.visible = False
    drawn = [v for _, series in bars.series for v in series if v is not None]
    if drawn and min(drawn) >= 0:
        chart.value_axis.minimum_scale = 0  # bars from zero: a bar's length is its size
    chart.value_axis.tick_labels.number_format = bars.number_format
    chart.value_axis.tick_labels.number_format_is_linked = False
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    plot.data_labels.number_format = bars.number_format
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    size = 14 * writer.scale
    for series, colour, texts in zip(plot.series, bars.colours, bars.labels):  # colours: one to spare
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(colour)
        labels = [(index, xml_safe(text)) for index, text in enumerate(texts) if text is not None]
        if labels and all(plain_label(text) for _, text in labels):  # as XML at once: the same labels
            add_point_labels(series, bar_labels_xml(labels, writer.face, Pt(size).centipoints))
            continue
        for index, text in labels:
            _text_label(series.points[index].data_label, text, writer.face, size)
    fills = [(index, hex_of(colour)) for index, colour in enumerate(bars.point_colours) if colour is not None]
    if fills:  # as XML at once, as the labels: python-pptx's fill objects searched the series for each bar
        add_point_fills(plot.series[0], point_fills_xml(fills))


def _text_label(label, text: str, face: str, size: float) -> None:  # type: ignore[no-untyped-def]
    """A bar's label as fixed text at the bar's end, in the deck's face and the chart's size."""
    frame = label.text_frame
    frame.text = text
    font = frame.paragraphs[0].runs[0].font
    font.size, font.name = Pt(size), face
    label.position = XL_LABEL_POSITION.OUTSIDE_END


def _rgb(colour: Colour) -> RGBColor:
    r, g, b = (round(v * 255) for v in colour.rgb)
    return RGBColor(r, g, b)
