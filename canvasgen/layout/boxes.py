"""What a layout hands a renderer: pages of rectangles, lines of text and marks.

Coordinates are points from the top-left corner of the trimmed page, y down.
Renderers convert at their edge; nothing here knows PDF or PowerPoint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from canvasgen.brand.colors import BLACK, WHITE, Colour, contrast, readable_on
from canvasgen.brand.kit import FontRole
from canvasgen.model import Picture

Run = tuple[str, str]  # (text, registered font name): a piece of a line set in one font


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @classmethod
    def around(cls, boxes: list[Box]) -> Box:
        """The smallest box that holds all of ``boxes`` (at least one)."""
        x, y = min(b.x for b in boxes), min(b.y for b in boxes)
        return cls(x, y, max(b.right for b in boxes) - x, max(b.bottom for b in boxes) - y)


@dataclass
class Rect:
    box: Box
    fill: Colour
    bleeds: bool = False  # runs on into the bleed where it touches the trim edge
    radius: float = 0.0


@dataclass
class Line:
    """One line of text: baseline at (x, y); ``box`` is the area it was fitted into."""

    x: float
    y: float
    runs: list[Run]
    size: float
    colour: Colour
    width: float
    role: FontRole = "body"
    item: int = 0  # which of its block's paragraphs (items) the line belongs to
    glued: bool = False  # ends inside a word that the next line goes on with
    # Right-to-left text: the runs hold it shaped and in visual order, ``actual`` in logical order (what a
    # reader copies out of the PDF).
    actual: str | None = None

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


@dataclass
class Icon:
    channel: str
    x: float
    y: float
    size: float
    colour: Colour  # the disc's
    glyph: Colour = WHITE  # the pictogram's, drawn on the disc

    def __post_init__(self) -> None:
        # a glyph that would vanish into its disc (white on a brand's pale accent) is drawn dark
        if contrast(self.glyph, self.colour) < GLYPH_CONTRAST:
            self.glyph = readable_on(self.colour, BLACK)


#: The least contrast between an icon's glyph and its disc: under it the glyph is drawn dark.
GLYPH_CONTRAST = 2.0


@dataclass
class Stroke:
    points: list[tuple[float, float]]
    colour: Colour
    width: float
    dash: tuple[float, ...] | None = None  # on, off (, on, off): a dash pattern in points


@dataclass
class Dot:
    x: float
    y: float
    radius: float
    fill: Colour
    ring: Colour
    shape: str = "circle"  # or a marker of ``curve_styles``: curves told apart without colour


@dataclass
class Portrait:
    """A persona's picture in the circle ``box`` encloses (a square): the picture's centred square, clipped
    to the circle. Drawn once per document however many pages show it."""

    box: Box
    picture: Picture


@dataclass
class TextBlock:
    """Text fitted into a box: a test checks that the lines stay inside."""

    box: Box
    lines: list[Line]
    source: str  # what it shows, for messages: "Klantreis!C11" or "header"
    # What the text is to a reader (tagged PDF): a heading "H1"-"H3", "P" (one per item), or "Artifact"
    # (bullets, page footers); ``order`` places it in the reading order (unset: after all ordered text).
    tag: str = "P"
    order: tuple[int, ...] = ()


@dataclass
class Figure:
    """Marks and text that are one picture to a reader (the emotion curve): tagged as a figure whose
    ``alt`` says in words what it shows. Indices into the page's strokes, dots and blocks."""

    box: Box
    alt: str
    strokes: range
    dots: range
    blocks: range
    order: tuple[int, ...] = ()


#: A journey's own poster page, or a page its text, an appendix or a report continues on.
PageKind = Literal["poster", "continued"]
#: How a page draws its measured figures: as tiles (the figure large) or as lines of text with a bar.
FigureDesign = Literal["tiles", "lines"]


@dataclass
class Page:
    rects: list[Rect] = field(default_factory=list)
    blocks: list[TextBlock] = field(default_factory=list)
    icons: list[Icon] = field(default_factory=list)
    strokes: list[Stroke] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    portraits: list[Portrait] = field(default_factory=list)
    logo: Box | None = None
    logo_ground: Colour | None = None  # the colour the logo stands on (a PNG is flattened onto it)
    kind: PageKind = "poster"
    journey_text: bool = False  # a continued page carrying on a journey page's cells (not an appendix)
    #: a journey's continued page that holds only the workbook's notes, none of its cells: no journey page
    #: a team needs on the wall (the kit tiles it only when asked for every page)
    notes_only: bool = False
    title: str = ""  # the page's bookmark
    figures: list[Figure] = field(default_factory=list)
    figure_design: FigureDesign | None = None  # how its measured figures are drawn; None: it has none


@dataclass
class Continuation:
    """Text that did not fit in its cell at the minimum size, and where it went."""

    cell: str
    lane: str
    phase: str
    page: int


@dataclass
class PosterLayout:
    width: float
    height: float
    min_size: float
    pages: list[Page]
    language: str = "en"  # the document language, for readers and screen readers
    body_sizes: list[float] = field(default_factory=list)  # per poster page
    continued: list[Continuation] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (cell, message)
    # the sheets several whole journeys share, one above the other: the page's number and their names
    sheets: list[tuple[int, list[str]]] = field(default_factory=list)
