"""The emotion curve: experience scores across the phases, on the sheet's own scale."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from canvasgen.brand.colors import WHITE, Colour
from canvasgen.layout.boxes import Box, Dot, Page, Stroke, TextBlock
from canvasgen.layout.meta import score_text
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Journey, ScoreScale
from canvasgen.words import POSTER_WORDS


def draw_curve(
    page: Page,
    setter: Setter,
    journey: Journey,
    plot: Box,
    centres: list[float],
    size: float,
    colours: tuple[Colour, Colour, Colour],
    language: str,
) -> None:
    """Guide lines at the scale's ends and a dashed neutral line, then the points and their values (written in
    ``language``'s way); ``colours`` are the curve's, the text's and the guide lines'."""
    accent, ink, grid = colours
    scale = journey.score_scale
    label_w = max(
        setter.width(score_text(v, scale, language), "body", size) for v in (scale.low, scale.neutral, scale.high)
    )
    pad = size * 1.4
    top, bottom = plot.y + pad, plot.bottom - pad

    def y_of(normalized: float) -> float:
        return bottom - (normalized + 1) / 2 * (bottom - top)

    left = plot.x + label_w + size * 0.6
    guides(
        page,
        setter,
        scale,
        lambda v: y_of(scale.normalize(v)),
        (left, plot.right, plot.x, label_w),
        (size, size),
        (ink, grid),
        language,
    )

    levels = [y_of(scale.normalize(v)) for v in (scale.high, scale.neutral, scale.low)]  # the guide lines
    points: list[tuple[float, float] | None] = []
    for index, centre in enumerate(centres):
        mean = journey.phase_score(index)
        points.append(None if mean is None else (centre, y_of(mean)))
    segment: list[tuple[float, float]] = []
    for point in [*points, None]:
        if point is None:
            if len(segment) > 1:
                page.strokes.append(Stroke(segment, accent, size * 0.22))
            segment = []
        else:
            segment.append(point)
    for index, point in enumerate(points):
        if point is None:
            continue
        x, y = point
        cell = str(journey.scores[index][0].source) if journey.scores[index][0].source else "score"
        face = journey.phase_face(index)
        if face is None:
            page.dots.append(Dot(x, y, size * 0.45, accent, WHITE))
        else:  # the feeling as it was written (😊, :-)) is the marker, on a white disc ringed in the curve's colour
            _face_marker(page, setter, face, (x, y), size, (accent, ink), cell)
        # a traffic light's mark beside its value ("+2 groen"), unless the marker under it is that mark
        each = [score_text(s.value, scale, language, s.mark if s.mark != face else None) for s in journey.scores[index]]
        text = " · ".join(each)
        values = {s.value for s in journey.scores[index]}
        if len(values) > 1:  # the point is their mean: said so, "1,5 (gemiddelde van 2 · 1)", never "2 · 1" (F16)
            mean = sum(s.value for s in journey.scores[index]) / len(journey.scores[index])
            averaged = POSTER_WORDS[language]["average_of"].format(values=text)
            text = f"{score_text(mean, scale, language)} ({averaged})"
        width = setter.width(text, "heading", size)
        reach = size * (1.4 if face is not None else 0.9)
        legs = [
            pair
            for pair in (points[index - 1] if index else None, points[index + 1] if index + 1 < len(points) else None)
            if pair
        ]
        left, baseline = value_place((x, y), reach, size, width, plot, levels, legs)
        line = setter.line(text, left, baseline, "heading", size, ink, cell)
        page.blocks.append(TextBlock(Box(left, baseline - size, width + 0.01, size * 1.3), [line], cell))


def value_place(
    at: tuple[float, float],
    reach: float,
    size: float,
    width: float,
    plot: Box,
    levels: list[float],
    legs: Sequence[tuple[float, float]] = (),
) -> tuple[float, float]:
    """Where a point's value goes (its left edge and baseline): centred above the point (``reach`` from
    it), else under it, else beside it (right, then left; over its level, under it, on it), the first
    that keeps the letters inside the ``plot``, off the curve's ``legs`` (the segments to its neighbouring
    points: a "+2" under a peak had both falling segments through it, F6) and clear of the guide lines at
    ``levels`` by a fifth of the type size (a "+1" just under the +2 line goes under its point); off the
    legs across a guide line where no place is clear of both (a thin grey line, not the curve); the
    clearer of above and under when nothing is (a plot is made tall enough for a quarter of its scale:
    see ``curve_row.curve_height``)."""
    x, y = at
    clear = size * 0.2

    def box(left: float, baseline: float) -> tuple[float, float, float, float]:
        return left, baseline - size * 0.75, left + width, baseline + size * 0.25  # cap height and descenders

    def inside(left: float, baseline: float) -> bool:
        x0, y0, x1, y1 = box(left, baseline)
        return y0 >= plot.y and y1 <= plot.bottom and x0 >= plot.x and x1 <= plot.right

    def room(left: float, baseline: float) -> float:
        if not inside(left, baseline):
            return -size
        _, top, _, bottom = box(left, baseline)
        return min((max(top - line, line - bottom) for line in levels), default=size)

    def off_legs(left: float, baseline: float) -> bool:
        x0, y0, x1, y1 = box(left, baseline)
        for end_x, end_y in legs:
            for step in range(1, 41):
                t = step / 40
                px, py = x + (end_x - x) * t, y + (end_y - y) * t
                if x0 - clear <= px <= x1 + clear and y0 - clear <= py <= y1 + clear:
                    return False
        return True

    centred = x - width / 2
    over, under = y - clear * 1.05 - size * 0.25, y + clear * 1.05 + size * 0.75  # beside, just over or under
    places = [(centred, y - reach), (centred, y + reach + size)]
    sides = (x + reach, x - reach - width)
    beside = [(left, baseline) for left in sides for baseline in (over, under, y + size * 0.3)]
    found = next((p for p in [*places, *beside] if room(*p) >= clear and off_legs(*p)), None)
    found = found or next((p for p in [*places, *beside] if inside(*p) and off_legs(*p)), None)
    return found or next((p for p in places if room(*p) >= clear), max(places, key=lambda p: room(*p)))


def _face_marker(
    page: Page,
    setter: Setter,
    face: str,
    at: tuple[float, float],
    size: float,
    colours: tuple[Colour, Colour],
    cell: str,
) -> None:
    """A phase's face drawn as its point: a white disc ringed in the curve's colour, the face centred on
    it (an emoji from the emoji font, in its own colour where it is a traffic light)."""
    x, y = at
    accent, ink = colours
    face_size = size * 1.5
    width = setter.width(face, "body", face_size)
    page.dots.append(Dot(x, y, max(width, face_size) * 0.58, WHITE, accent))
    line = setter.line(face, x - width / 2, y + face_size * 0.35, "body", face_size, ink, cell)
    box = Box(x - width / 2, y - face_size * 0.65, width + 0.01, face_size * 1.3)
    page.blocks.append(TextBlock(box, [line], cell))


def guides(
    page: Page,
    setter: Setter,
    scale: ScoreScale,
    y_of: Callable[[float], float],
    span: tuple[float, float, float, float],
    sizes: tuple[float, float],
    colours: tuple[Colour, Colour],
    language: str,
) -> None:
    """Lines at the scale's ends and a dashed one at its neutral point, each with its value at the left.
    ``span``: where the lines start and end, where the values start and how wide the widest is;
    ``sizes``: the lines' scale and the values' type size; ``colours``: the values' and the lines'."""
    left, right, label_x, label_w = span
    size, label_size = sizes
    ink, grid = colours
    for value in (scale.high, scale.neutral, scale.low):
        y = y_of(value)
        dash = (size * 0.5, size * 0.35) if value == scale.neutral else None
        page.strokes.append(Stroke([(left, y), (right, y)], grid, size * 0.08, dash))
        line = setter.line(
            score_text(value, scale, language), label_x, y + label_size * 0.35, "body", label_size, ink, "scale"
        )
        box = Box(label_x, y - label_size * 0.7, label_w + 0.01, label_size * 1.4)
        page.blocks.append(TextBlock(box, [line], "scale"))
