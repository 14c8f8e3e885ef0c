"""Break-out handouts: per phase an A4 page with the phase's name in its colour, the four core questions as the
team's lanes ask them (``layout.questions``), what the canvas already says under each, every other lane under
its own label (in every phase, also where its cell is empty), and ruled room to write; then a dot-voting sheet
listing the improvements and opportunities with a box to put the dots in.

A phase's sections share one page when they fit with at least ``MIN_RULES`` writing lines each; the room the
page has left is shared out among them as more lines, so the page is used to its foot. A phase that cannot fit
on one page goes over as few pages as hold it, its sections shared out so that the pages hold about as much
(never one question alone on a page of empty lines); a section longer than a page goes on over the next.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from canvasgen.brand.colors import WHITE, Colour, heading_ink
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Page, Rect, TextBlock
from canvasgen.layout.headings import PHASE_RANGE
from canvasgen.layout.meta import score_label, score_lane, scores_text
from canvasgen.layout.questions import (
    QuestionForm,
    answering_lane,
    asking_lane,
    feelings_lane,
    lane_question,
    team_customer,
)
from canvasgen.layout.sheets.cards import A4
from canvasgen.layout.text.setter import BULLET, LEADING, Paragraph, Setter
from canvasgen.model import CORE_LANES, CUSTOM_LANE, Canvas, Item, Journey, Lane, LaneKind, OwnLane
from canvasgen.text import is_question, labelled
from canvasgen.units import mm
from canvasgen.words import KIT_WORDS

MARGIN = mm(15)
BODY = 11.0
QUESTION = 13.0
TITLE = 26.0
RULE_GAP = mm(9)  # between writing lines
MIN_RULES = 2  # writing lines under a question at least; the page's room left adds more
FILLED_RULES = 1  # under a question the canvas answers, where that keeps the phase on one page
AFTER_QUESTION = mm(1.5)
AFTER_ITEMS = mm(2)
AFTER_SECTION = mm(5)

#: The lanes of other roles that go some way to answer a core question the canvas has no lane for: what we
#: improve is what the opportunities say; how the customer experiences it, what the pain points and the
#: customer's own words say. A lane of no role may answer any of them (the team named it, canvasgen cannot).
_NEAR: dict[LaneKind, tuple[LaneKind, ...]] = {
    LaneKind.LEARNING: (LaneKind.OPPORTUNITIES,),
    LaneKind.EXPERIENCE: (LaneKind.PAIN_POINTS,),
}


@dataclass
class _Section:
    question: str
    items: list[Item]
    #: Said instead of "nothing yet" where a lane near the question holds text in the phase (its section follows).
    instead: str | None = None


@dataclass
class Writer:
    """Pages being filled top to bottom; a new page (with the phase's band again) when one is full."""

    pages: list[Page]
    y: float
    band: tuple[str, str, Colour]  # kicker, title, colour


@dataclass
class _Part:
    """A section as set on one page: its question (on its first page), its items there, and whether its
    writing lines follow (on its last)."""

    question: Paragraph | None
    body: list[Paragraph]
    filled: bool
    writes: bool
    least: int = MIN_RULES  # its writing lines at least

    def height(self) -> float:
        """Its height at the least writing room."""
        head = Setter.height([self.question], QUESTION) + AFTER_QUESTION if self.question is not None else 0.0
        rules = self.least * RULE_GAP if self.writes else 0.0
        return head + Setter.height(self.body, BODY) + AFTER_ITEMS + rules + AFTER_SECTION

    def tighter(self) -> _Part:
        """The part with one writing line where the canvas already answers it (an open question keeps its
        lines): a phase a few lines longer than the others stays on its page (#31: it took a second page,
        both half empty, for two empty lines under every answered question)."""
        return replace(self, least=FILLED_RULES) if self.filled else self


def handout_pages(canvas: Canvas, kit: BrandKit, setter: Setter, language: str) -> list[Page]:
    pages: list[Page] = []
    customer = team_customer(canvas.journeys, language)
    for journey in canvas.journeys:
        feelings = feelings_lane(journey)
        for index, phase in enumerate(journey.phases):
            sections = []
            for kind in CORE_LANES:
                lane = answering_lane(journey, kind)
                # the team's own question where no lane answers canvasgen's ("Hoe blij is de huurder (1-5)?")
                asking = asking_lane(journey, kind)
                items = list(lane.cells[index]) if lane is not None else []
                if kind is LaneKind.EXPERIENCE:
                    items = _scores(journey, index, asking, language) + items
                question = lane_question(kind, asking, language, QuestionForm.LONG, customer=customer)
                near = _near_lanes(journey, kind, index) if asking is None and not items else []
                pointer = KIT_WORDS[language]["see_near"].format(lanes=", ".join(near)) if near else None
                sections.append(_Section(question, items, pointer))
            # Every other lane has its section in every phase, with room to write where its cell is empty; the
            # feelings lane that answers the experience question is not asked again.
            others = [lane for lane in journey.extra_lanes() if lane is not feelings]
            sections += [_Section(lane.heading, lane.cells[index]) for lane in others]
            kicker = f"{KIT_WORDS[language]['handout_kicker']} · {journey.name}"
            pages.extend(_phase_pages(sections, (kicker, phase.name, kit.palette.phase(index)), kit, setter, language))
    pages.extend(_voting_pages(canvas, kit, setter, language))
    return pages


def _near_lanes(journey: Journey, kind: LaneKind, index: int) -> list[str]:
    """The labels of the lanes with text in the phase that go some way to answer the question of ``kind``,
    which no lane of the canvas asks: those of a near role first, then those of no role (the customer's
    thoughts only for how the customer experiences it)."""
    near = [lane for role in _NEAR.get(kind, ()) for lane in journey.lanes if lane.kind is role]
    near += [
        lane
        for lane in journey.lanes
        if lane.kind == CUSTOM_LANE and (lane.role_match != OwnLane.THOUGHTS or kind is LaneKind.EXPERIENCE)
    ]
    return [f"'{lane.heading}'" for lane in near if lane.cells[index]]


def _scores(journey: Journey, index: int, answering: Lane | None, language: str) -> list[Item]:
    """The phase's scores, as one line under the experience question: how satisfied the customer is, as the
    team scored it ("Ervaringsscore (-2 t/m +2): +1"; without the label when the score row is the lane that
    answers the question, named in it: "+1 😊")."""
    values = scores_text(journey, index, language)
    if not values:
        return []
    lane = score_lane(journey)
    shown = values if lane is not None and lane is answering else labelled(score_label(journey, language), values)
    return [Item(shown, journey.scores[index][0].source)]


def _new_page(writer: Writer, kit: BrandKit, setter: Setter) -> None:
    kicker, title, colour = writer.band
    page = Page(title=title)
    width = A4[0] - 2 * MARGIN
    heads = [setter.paragraph(kicker, width, "body", BODY, "handout", False)]
    heads.append(setter.paragraph(title, width, "heading", TITLE, "handout", False))
    height = Setter.height(heads[:1], BODY) + Setter.height(heads[1:], TITLE) + 2 * mm(6)
    page.rects.append(Rect(Box(0, 0, A4[0], height + MARGIN - mm(6)), colour, bleeds=True))
    ink = heading_ink(colour, kit.palette.text)
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


def _parts(question: Paragraph, body: list[Paragraph], filled: bool, room: float) -> list[_Part]:
    """A section cut into the parts each page holds (``room``: a page's height under its band): all of it in
    one part when it fits with its writing lines; else as many items as a page holds (one at least), and on."""
    parts: list[_Part] = []
    head: Paragraph | None = question
    while True:
        whole = _Part(head, body, filled, True)
        if whole.height() <= room or not body:
            parts.append(whole)
            return parts
        fits = 1
        while fits < len(body) and _Part(head, body[: fits + 1], filled, False).height() <= room:
            fits += 1
        parts.append(_Part(head, body[:fits], filled, False))
        head, body = None, body[fits:]


def paged(heights: list[float], room: float) -> list[int]:
    """How many of the parts of these heights (in order) go on each page: as few pages as hold them (a part
    taller than ``room`` alone), and over those, the fullest page as little full as can be: the pages
    balanced, so that a last page never holds a lone part while the first is full."""

    def greedy(limit: float) -> list[int]:
        counts: list[int] = []
        used = 0.0
        for h in heights:
            if counts and used + h <= limit + 1e-6:
                counts[-1] += 1
                used += h
            else:
                counts.append(1)
                used = h
        return counts

    fewest = len(greedy(room))
    low, high = max(heights, default=0.0), max(room, max(heights, default=0.0))
    for _ in range(40):  # the least fullest page that still needs no more pages
        middle = (low + high) / 2
        if len(greedy(middle)) <= fewest:
            high = middle
        else:
            low = middle
    return _fullest_emptiest(heights, len(greedy(high)), high) or greedy(high)


def _fullest_emptiest(heights: list[float], pages: int, limit: float) -> list[int] | None:
    """The parts over ``pages`` pages, none fuller than ``limit``, with the emptiest page as full as can be:
    filling each page up to the limit in turn left the last one a lone part (3, 3, 3, 1 where 3, 3, 2, 2
    is as few pages, none fuller). None when no such sharing exists (it always does for ``paged``'s limit)."""
    n = len(heights)
    starts = [0.0]
    for h in heights:
        starts.append(starts[-1] + h)
    # best[k][i]: the fullest emptiest page of the first i parts on k pages, and where its last page starts
    best: list[list[tuple[float, int] | None]] = [[None] * (n + 1) for _ in range(pages + 1)]
    best[0][0] = (float("inf"), 0)
    for k in range(1, pages + 1):
        for i in range(k, n + 1):
            for j in range(i - 1, k - 2, -1):
                load = starts[i] - starts[j]
                if load > limit + 1e-6 and i - j > 1:
                    break
                before, current = best[k - 1][j], best[k][i]
                if before is not None and (current is None or min(before[0], load) > current[0]):
                    best[k][i] = (min(before[0], load), j)
    if best[pages][n] is None:
        return None
    counts, i = [], n
    for k in range(pages, 0, -1):
        found = best[k][i]
        assert found is not None
        counts.append(i - found[1])
        i = found[1]
    return counts[::-1]


def _phase_pages(
    sections: list[_Section], band: tuple[str, str, Colour], kit: BrandKit, setter: Setter, language: str
) -> list[Page]:
    words = KIT_WORDS[language]
    writer = Writer([], 0.0, band)
    _new_page(writer, kit, setter)
    width = A4[0] - 2 * MARGIN
    bottom = A4[1] - MARGIN
    top = writer.y
    room = bottom - top
    ink, muted = kit.palette.text, kit.palette.text.mix(WHITE, 0.45)
    parts = [
        part
        for section in sections
        for part in _parts(*_section_paras(section, setter, width, words), bool(section.items), room)
    ]
    if sum(p.height() for p in parts) > room and sum(p.tighter().height() for p in parts) <= room:
        parts = [p.tighter() for p in parts]  # one page, answered questions with a line less, not two pages
    first = 0
    for number, count in enumerate(paged([p.height() for p in parts], room)):
        if number:
            _new_page(writer, kit, setter)
        on_page = parts[first : first + count]
        first += count
        # the room the page has left, in whole writing lines shared out over its questions, the first ones
        # a line more where they do not share evenly
        writers = max(1, sum(1 for p in on_page if p.writes))
        spare = int(max(0.0, room - sum(p.height() for p in on_page)) // RULE_GAP + 1e-6)
        shares = [spare // writers + (1 if i < spare % writers else 0) for i in range(writers)]
        page, y = writer.pages[-1], top
        for part in on_page:
            if part.question is not None:
                h = Setter.height([part.question], QUESTION)
                block, _ = setter.place([part.question], Box(MARGIN, y, width, h), "heading", QUESTION, ink, False)
                block.tag = "H2"
                page.blocks.append(block)
                y += h + AFTER_QUESTION
            y = _place_items(page, part.body, y, setter, (ink if part.filled else muted, band[2]), part.filled)
            y += AFTER_ITEMS
            if part.writes:
                rules = part.least + shares.pop(0)
                for r in range(1, rules + 1):
                    line = Box(MARGIN, y + r * RULE_GAP - 0.4, width, 0.6)
                    page.rects.append(Rect(line, kit.palette.muted.mix(ink, 0.2)))
                y += rules * RULE_GAP
            y += AFTER_SECTION
    return writer.pages


def _place_items(
    page: Page, body: list[Paragraph], y: float, setter: Setter, colours: tuple[Colour, Colour], bullets: bool
) -> float:
    """Items set from ``y`` down, with bullets in the phase's colour; where they end."""
    if not body:
        return y
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
    """The improvements (every item of a learning or opportunities lane, once), each with its phase colour
    and a box for dots."""
    words = KIT_WORDS[language]
    every: list[tuple[Item, int, int, Journey, Lane]] = [  # each improvement once: a cell merged over
        (item, first, last, journey, lane)  # phases is one to vote on, over its phases
        for journey in canvas.journeys
        for lane in journey.improvement_lanes() + journey.offered_improvement_lanes()
        for item, first, last in lane.once()
    ]
    # a question ("Do buyers trust G2 more than analyst reports?") is no improvement to vote on: listed
    # after them under a heading of its own, without a box for dots
    rows = [row for row in every if not is_question(row[0].text)]
    questions = [row for row in every if is_question(row[0].text)]
    if not rows:  # nothing to vote on: the questions stay on their phases' handouts
        return []
    writer = Writer([], 0.0, (words["vote_help"], words["vote_title"], kit.palette.primary))
    _new_page(writer, kit, setter)
    ink = kit.palette.text
    box_w = mm(40)
    width = A4[0] - 2 * MARGIN - box_w - mm(10)
    several = len(canvas.journeys) > 1
    for row in rows:
        h = _vote_row(writer, row, kit, setter, width, several, tallest=mm(14))
        frame = Box(A4[0] - MARGIN - box_w, writer.y - h, box_w, h - mm(4))
        page = writer.pages[-1]
        page.rects.append(Rect(frame, kit.palette.muted.mix(ink, 0.35)))
        page.rects.append(Rect(Box(frame.x + 0.8, frame.y + 0.8, frame.w - 1.6, frame.h - 1.6), WHITE))
    if questions:
        _voting_questions(writer, questions, kit, setter, words["vote_questions"], several)
    return writer.pages


def _vote_label(journey: Journey, first: int, last: int, lane: Lane, several: bool) -> str:
    """What an improvement or question on the voting sheet is of: its phase, or its phases when its cell is
    merged over them ("Vooroverleg – Aanvraag indienen"); its journey where there are several, and its lane
    where that has no role of its own (a lane close to an improvements label, named)."""
    phase = journey.phases[first].name
    if last != first:
        phase = f"{phase}{PHASE_RANGE}{journey.phases[last].name}"
    label = f"{journey.name} · {phase}" if several else phase
    return f"{label} · {lane.heading}" if lane.kind == CUSTOM_LANE else label


def _voting_questions(
    writer: Writer,
    questions: list[tuple[Item, int, int, Journey, Lane]],
    kit: BrandKit,
    setter: Setter,
    heading: str,
    several: bool,
) -> None:
    """The questions of the improvement lanes after the items voted on: a heading, then each with its phase
    colour and its phase, no box for dots."""
    ink = kit.palette.text
    width = A4[0] - 2 * MARGIN - mm(5)
    title = [setter.paragraph(heading, width, "heading", QUESTION, "question", False)]
    needed = Setter.height(title, QUESTION) + mm(4)
    if writer.y + needed + mm(14) > A4[1] - MARGIN:
        _new_page(writer, kit, setter)
    block, _ = setter.place(title, Box(MARGIN, writer.y + mm(2), width, needed), "heading", QUESTION, ink, False)
    writer.pages[-1].blocks.append(block)
    writer.y += needed + mm(2)
    for row in questions:
        _vote_row(writer, row, kit, setter, width, several)


def _vote_row(
    writer: Writer,
    row: tuple[Item, int, int, Journey, Lane],
    kit: BrandKit,
    setter: Setter,
    width: float,
    several: bool,
    tallest: float = 0.0,
) -> float:
    """One improvement or question on the voting sheet: what it is of, its words, its phase colour beside
    them (on a new page where it does not fit); at least ``tallest`` high (room for a box of dots). Returns
    the height it took; the writer is under it."""
    item, first, last, journey, lane = row
    label = _vote_label(journey, first, last, lane, several)
    paras = [
        setter.paragraph(label, width, "body", BODY, str(item.source), False),
        setter.paragraph(item.text, width, "body", BODY, str(item.source), False),
    ]
    h = max(Setter.height(paras, BODY), tallest) + mm(4)
    if writer.y + h > A4[1] - MARGIN:
        _new_page(writer, kit, setter)
    page = writer.pages[-1]
    page.rects.append(Rect(Box(MARGIN, writer.y, mm(2), h - mm(4)), kit.palette.phase(first)))
    block, _ = setter.place(paras, Box(MARGIN + mm(5), writer.y, width, h), "body", BODY, kit.palette.text, False)
    page.blocks.append(block)
    writer.y += h
    return h
