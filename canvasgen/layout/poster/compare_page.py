"""A poster page that lays the emotion curves of several journeys over each other.

Journeys over the same phases (personas, scenarios, ideal and current) share one plot: the phase
columns in their colours, the scale's guide lines, and a curve per journey told apart three ways —
colour, line style and marker — so that a greyscale print still tells them apart (the deck's chart
uses the same three, ``curve_styles``). Under the plot a key names each curve and says in words
what it shows.
"""

from __future__ import annotations

from canvasgen.brand.colors import WHITE, heading_ink
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Dot, Figure, Page, Rect, Stroke
from canvasgen.layout.curve_styles import curve_style
from canvasgen.layout.headings import phase_heading
from canvasgen.layout.meta import score_text
from canvasgen.layout.poster.arrange.flow import band
from canvasgen.layout.poster.curve import guides
from canvasgen.layout.poster.sheet import content_bottom, page_margin
from canvasgen.layout.questions import curve_said
from canvasgen.layout.text.setter import LEADING, Paragraph, Setter
from canvasgen.model import Journey

SAMPLE = 6.0  # the key's line sample, in minimum sizes


def comparison_page(
    named: list[tuple[str, Journey]],
    kit: BrandKit,
    setter: Setter,
    size: tuple[float, float],
    u: float,
    headings: tuple[str, str],
    language: str,
    reserve: float = 0.0,
) -> Page:
    """The curves of journeys given their names (the first journey's phases name the columns);
    ``headings`` are the page's kicker and title; ``reserve`` is kept free at the page's foot (for the
    appendix, rather than a page of its own)."""
    width, height = size
    margin = page_margin(width, height)
    kicker, title = headings
    page = Page(kind="continued", title=f"{title} · {kicker}")
    page.rects.append(Rect(Box(0, 0, width, height), kit.palette.background, bleeds=True))
    top = band(page, kit, setter, width, u, margin, kicker, title) + u * 1.5
    bottom = content_bottom(width, height, u) - reserve
    content = Box(margin, top, width - 2 * margin, bottom - top)
    key_h = _key(page, named, kit, setter, content, u, language, measure_only=True)
    plot = Box(content.x, content.y, content.w, content.h - key_h - u * 2)
    marks = (len(page.strokes), len(page.dots), len(page.blocks))
    _plot(page, named, kit, setter, plot, u, language)
    s0, d0, b0 = marks
    together = [journey for _, journey in named]  # one wording for the customer over the comparison
    alt = " ".join(f"{name}: {curve_said(journey, language, together)}" for name, journey in named)
    strokes, dots, blocks = range(s0, len(page.strokes)), range(d0, len(page.dots)), range(b0, len(page.blocks))
    page.figures.append(Figure(plot, alt, strokes, dots, blocks, (1,)))
    _key(page, named, kit, setter, Box(content.x, plot.bottom + u * 2, content.w, key_h), u, language)
    return page


def _plot(
    page: Page, named: list[tuple[str, Journey]], kit: BrandKit, setter: Setter, plot: Box, u: float, language: str
) -> None:
    phases = named[0][1].phases
    scale = named[0][1].score_scale
    ink = kit.palette.text
    label_w = max(setter.width(score_text(v, scale, language), "body", u * 1.2) for v in (scale.low, scale.high)) + u
    gap = u * 0.35
    n = len(phases)
    col_w = (plot.w - label_w - n * gap) / n
    xs = [plot.x + label_w + gap + i * (col_w + gap) for i in range(n)]
    size = u * 1.3
    pad = u * 0.5
    names = [setter.paragraph(phase_heading(p), col_w - 2 * pad, "heading", size, "phase", False) for p in phases]
    head_h = max(Setter.height([para], size) for para in names) + 2 * pad
    for i, (x, para) in enumerate(zip(xs, names)):
        colour = kit.palette.phase(i)
        page.rects.append(Rect(Box(x, plot.y, col_w, head_h), colour))
        page.rects.append(Rect(Box(x, plot.y + head_h, col_w, plot.h - head_h), colour.mix(WHITE, 0.93)))
        box = Box(x + pad, plot.y + pad, col_w - 2 * pad, head_h - 2 * pad)
        page.blocks.append(setter.place([para], box, "heading", size, heading_ink(colour, ink), False)[0])
    area_top, area_bottom = plot.y + head_h + u * 2.5, plot.bottom - u * 2

    def y_of(value: float) -> float:
        return area_bottom - (scale.normalize(value) + 1) / 2 * (area_bottom - area_top)

    grid = kit.palette.muted.mix(ink, 0.35)
    guides(page, setter, scale, y_of, (xs[0], plot.right, plot.x, label_w - u), (u, u * 1.2), (ink, grid), language)
    centres = [x + col_w / 2 for x in xs]
    for index, (_, journey) in enumerate(named):
        style = curve_style(index)
        colour, marker = kit.palette.named(style.colour), style.marker
        means = journey.phase_means_on(scale)  # a journey of another scale by its place on its own
        points = [(centres[i], y_of(v)) for i, v in enumerate(means) if v is not None]
        pattern = tuple(d * u for d in style.pattern) if style.pattern else None
        # one line per run of scored phases: a phase without a score leaves the curve open there, as the
        # journey's own curve does (a line drawn through it would read as a score)
        for run in _runs([None if v is None else (centres[i], y_of(v)) for i, v in enumerate(means)]):
            if len(run) > 1:
                page.strokes.append(Stroke(run, colour, u * 0.3, pattern))
        for x, y in points:
            page.dots.append(Dot(x, y, u * 0.6, colour, WHITE, marker))


def _runs(points: list[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """The points in runs of neighbours, split where a phase has none."""
    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def _key(
    page: Page,
    named: list[tuple[str, Journey]],
    kit: BrandKit,
    setter: Setter,
    at: Box,
    u: float,
    language: str,
    measure_only: bool = False,
) -> float:
    """Each curve's sample, name and reading under the plot; returns the height it takes."""
    size = u * 1.2
    text_x = at.x + u * (SAMPLE + 1.5)
    text_w = at.right - text_x
    ink = kit.palette.text
    y = at.y
    together = [journey for _, journey in named]  # one wording for the customer over the comparison
    for index, (name, journey) in enumerate(named):
        style = curve_style(index)
        heading = setter.paragraph(name, text_w, "heading", size, "key", False)
        said = setter.paragraph(curve_said(journey, language, together), text_w, "body", size, "key", False)
        head_h, said_h = Setter.height([heading], size), Setter.height([said], size)
        if not measure_only:
            colour = kit.palette.named(style.colour)
            mid = y + size * LEADING * 0.6
            pattern = tuple(d * u for d in style.pattern) if style.pattern else None
            page.strokes.append(Stroke([(at.x, mid), (at.x + u * SAMPLE, mid)], colour, u * 0.3, pattern))
            page.dots.append(Dot(at.x + u * SAMPLE / 2, mid, u * 0.6, colour, WHITE, style.marker))
            placed: tuple[tuple[Paragraph, FontRole, float, float], ...] = (
                (heading, "heading", y, head_h),
                (said, "body", y + head_h, said_h),
            )
            for para, role, top, h in placed:
                page.blocks.append(setter.place([para], Box(text_x, top, text_w, h), role, size, ink, False)[0])
        y += head_h + said_h + u
    return y - at.y - u if named else 0.0
