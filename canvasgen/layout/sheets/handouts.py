"""Break-out handouts: per phase an A4 page (or more) with the phase's name in its colour, the four
lane questions, what the canvas already says under each, every other lane under its own label (in
every phase, also where its cell is empty), and ruled room to write; then a dot-voting sheet listing the improvements
and opportunities with a box to put the dots in.
"""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.brand.colors import WHITE, Colour, readable_on
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Page, Rect, TextBlock
from canvasgen.layout.sheets.cards import A4
from canvasgen.layout.text.setter import BULLET, LEADING, Paragraph, Setter
from canvasgen.model import CORE_LANES, CUSTOM_LANE, Canvas, Item, Journey, LaneKind
from canvasgen.units import mm
from canvasgen.words import KIT_WORDS, LANE_QUESTIONS

MARGIN = mm(15)
BODY = 11.0
QUESTION = 13.0
TITLE = 26.0
RULE_GAP = mm(9)  # between writing lines
MIN_RULES = 3


@dataclass
class _Section:
    question: str
    items: list[Item]
    #: Said instead of "nothing yet" where a lane without a role holds text in the phase (its section follows).
    instead: str | None = None


@dataclass
class Writer:
    """Pages being filled top to bottom; a new page (with the phase's band again) when one is full."""

    pages: list[Page]
    y: float
    band: tuple[str, str, Colour]  # kicker, title, colour


def handout_pages(canvas: Canvas, kit: BrandKit, setter: Setter, language: str) -> list[Page]:
    pages: list[Page] = []
    for journey in canvas.journeys:
        for index, phase in enumerate(journey.phases):
            unroled = [f"'{lane.heading}'" for lane in journey.lanes if lane.kind == CUSTOM_LANE and lane.cells[index]]
            pointer = KIT_WORDS[language]["see_unroled"].format(lanes=", ".join(unroled)) if unroled else None
            sections = [
                _Section(
                    LANE_QUESTIONS[language][kind],
                    _items(journey, kind, index),
                    pointer if journey.lane(kind) is None else None,
                )
                for kind in CORE_LANES
            ]
            # Every other lane has its section in every phase, with room to write where its cell is empty.
            sections += [_Section(lane.heading, lane.cells[index]) for lane in journey.extra_lanes()]
            kicker = f"{KIT_WORDS[language]['handout_kicker']} · {journey.name}"
            pages.extend(_phase_pages(sections, (kicker, phase.name, kit.palette.phase(index)), kit, setter, language))
    pages.extend(_voting_pages(canvas, kit, setter, language))
    return pages


def _items(journey: Journey, kind: LaneKind, phase: int) -> list[Item]:
    """What the lane in a core place says in a phase (a second lane of the kind follows under its own label)."""
    lane = journey.lane(kind)
    return list(lane.cells[phase]) if lane is not None else []


def _new_page(writer: Writer, kit: BrandKit, setter: Setter) -> None:
    kicker, title, colour = writer.band
    page = Page(title=title)
    width = A4[0] - 2 * MARGIN
    heads = [setter.paragraph(kicker, width, "body", BODY, "handout", False)]
    heads.append(setter.paragraph(title, width, "heading", TITLE, "handout", False))
    height = Setter.height(heads[:1], BODY) + Setter.height(heads[1:], TITLE) + 2 * mm(6)
    page.rects.append(Rect(Box(0, 0, A4[0], height + MARGIN - mm(6)), colour, bleeds=True))
    ink = readable_on(colour, kit.palette.text, large=True)
    y = MARGIN
    faces: tuple[tuple[Paragraph, float, FontRole, str], ...] = (
        (heads[0], BODY, "body", "P"),
        (heads[1], TITLE, "heading", "H1"),
    )
    for para, size, role, tag in faces:
        block, _ = setter.place([para], Box(MARGIN, y, width, Setter.height([para], size)), role, size, ink, False)
        block.tag = tag
        page.blocks.append(block)
        y += Setter.height([para], size)
    writer.pages.append(page)
    writer.y = height + MARGIN


def _phase_pages(
    sections: list[_Section], band: tuple[str, str, Colour], kit: BrandKit, setter: Setter, language: str
) -> list[Page]:
    words = KIT_WORDS[language]
    writer = Writer([], 0.0, band)
    _new_page(writer, kit, setter)
    width = A4[0] - 2 * MARGIN
    bottom = A4[1] - MARGIN
    ink, muted = kit.palette.text, kit.palette.text.mix(WHITE, 0.45)
    blocks = [_section_paras(s, setter, width, words) for s in sections]
    needs = [Setter.height([q], QUESTION) + Setter.height(body, BODY) + mm(4) for q, body in blocks]
    for number, ((question, body), need) in enumerate(zip(blocks, needs)):
        rest = len(blocks) - number
        room = (bottom - writer.y) / rest
        if need + MIN_RULES * RULE_GAP > bottom - writer.y:
            _new_page(writer, kit, setter)
            room = (bottom - writer.y) / rest
        page = writer.pages[-1]
        h = Setter.height([question], QUESTION)
        block, _ = setter.place([question], Box(MARGIN, writer.y, width, h), "heading", QUESTION, ink, False)
        block.tag = "H2"
        page.blocks.append(block)
        y = writer.y + h + mm(1.5)
        filled = bool(sections[number].items)
        while body:  # what the canvas says, over more pages when it is long
            fits = 1
            while fits < len(body) and y + Setter.height(body[: fits + 1], BODY) <= bottom - MIN_RULES * RULE_GAP:
                fits += 1
            if fits < len(body) or y + Setter.height(body, BODY) > bottom:
                part, body = body[:fits], body[fits:]
            else:
                part, body = body, []
            y = _place_items(page, part, y, setter, (ink if filled else muted, band[2]), filled) + mm(2)
            if body:
                _new_page(writer, kit, setter)
                page, y = writer.pages[-1], writer.y
                room = (bottom - y) / rest
                writer.y = y
        end = max(writer.y + room, y + MIN_RULES * RULE_GAP)
        rules = int((end - y) // RULE_GAP)
        for r in range(1, rules + 1):
            page.rects.append(Rect(Box(MARGIN, y + r * RULE_GAP - 0.4, width, 0.6), kit.palette.muted.mix(ink, 0.2)))
        writer.y = y + rules * RULE_GAP + mm(5)
    return writer.pages


def _place_items(
    page: Page, body: list[Paragraph], y: float, setter: Setter, colours: tuple[Colour, Colour], bullets: bool
) -> float:
    """Items set from ``y`` down, with bullets in the phase's colour; where they end."""
    width = A4[0] - 2 * MARGIN
    height = Setter.height(body, BODY)
    block, spots = setter.place(body, Box(MARGIN, y, width, height), "body", BODY, colours[0], bullets)
    page.blocks.append(block)
    for x, baseline in spots:  # the bullets: decoration, not text
        line = setter.line(BULLET, x, baseline, "body", BODY, colours[1], "bullet")
        page.blocks.append(
            TextBlock(Box(x, baseline - BODY, line.width + 0.01, BODY * LEADING), [line], "bullet", tag="Artifact")
        )
    return y + height


def _section_paras(
    section: _Section, setter: Setter, width: float, words: dict[str, str]
) -> tuple[Paragraph, list[Paragraph]]:
    question = setter.paragraph(section.question, width, "heading", QUESTION, "question", False)
    if not section.items:
        said = section.instead or words["nothing_yet"]
        return question, [setter.paragraph(said, width, "body", BODY, "question", False)]
    return question, [setter.paragraph(i.text, width, "body", BODY, str(i.source), True) for i in section.items]


def _voting_pages(canvas: Canvas, kit: BrandKit, setter: Setter, language: str) -> list[Page]:
    """The improvements (every item of a learning or opportunities lane), each with its phase colour and
    a box for dots."""
    words = KIT_WORDS[language]
    rows = [
        (item, index, journey, lane)
        for journey in canvas.journeys
        for lane in journey.improvement_lanes() + journey.offered_improvement_lanes()
        for index, cell in enumerate(lane.cells)
        for item in cell
    ]
    if not rows:
        return []
    writer = Writer([], 0.0, (words["vote_help"], words["vote_title"], kit.palette.primary))
    _new_page(writer, kit, setter)
    ink = kit.palette.text
    box_w = mm(40)
    width = A4[0] - 2 * MARGIN - box_w - mm(10)
    several = len(canvas.journeys) > 1
    for item, index, journey, lane in rows:
        phase = journey.phases[index].name
        label = f"{journey.name} · {phase}" if several else phase
        if lane.kind == CUSTOM_LANE:  # a lane of no role close to an improvements label: named
            label = f"{label} · {lane.heading}"
        paras = [
            setter.paragraph(label, width, "body", BODY, str(item.source), False),
            setter.paragraph(item.text, width, "body", BODY, str(item.source), False),
        ]
        h = max(Setter.height(paras, BODY), mm(14)) + mm(4)
        if writer.y + h > A4[1] - MARGIN:
            _new_page(writer, kit, setter)
        page = writer.pages[-1]
        page.rects.append(Rect(Box(MARGIN, writer.y, mm(2), h - mm(4)), kit.palette.phase(index)))
        block, _ = setter.place(paras, Box(MARGIN + mm(5), writer.y, width, h), "body", BODY, ink, False)
        page.blocks.append(block)
        frame = Box(A4[0] - MARGIN - box_w, writer.y, box_w, h - mm(4))
        page.rects.append(Rect(frame, kit.palette.muted.mix(ink, 0.35)))
        page.rects.append(Rect(Box(frame.x + 0.8, frame.y + 0.8, frame.w - 1.6, frame.h - 1.6), WHITE))
        writer.y += h
    return writer.pages
