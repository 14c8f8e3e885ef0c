"""The workshop's agenda, made from the deck itself: one line per part of the deck that is there, in the
deck's order, timed from the brand kit's start ([workshop] start, 09:00 by default) in 5-minute steps that
add up to a half-day; the exercise canvases are one line, with the time per phase. Every line has at least
one step and every phase of the exercise one step (its floor); what a half-day cannot hold at those floors
is squeezed into it and said in a warning."""

from __future__ import annotations

from canvasgen.brand.kit import WORKSHOP_MINUTES
from canvasgen.figures import format_number
from canvasgen.layout.deck.frames import Ctx, Slide, Table, deck_table

HALF_DAY = (
    WORKSHOP_MINUTES  # minutes: a half-day session (3.5 h); the kit refuses a start it would run past midnight from
)
STEP = 5  # every time on the agenda is on a 5-minute step
#: The agenda's type: 16 pt, smaller down to 12 pt (a table's least) where its lines would run past the
#: slide's body (a deck with every part has twelve lines); it stands aside from the deck's table family.
AGENDA_MAX, AGENDA_MIN = 16, 12
CLOSE = "a_close"

#: the agenda's lines: its words, the kinds of slide that make up that part, and its weight (minutes
#: before the half-day is shared out; per phase where marked)
PARTS: tuple[tuple[str, tuple[str, ...], float, bool], ...] = (
    ("a_welcome", ("title",), 10, False),
    ("a_persona", ("personas", "persona", "empathy"), 10, False),
    ("a_roles", ("roles",), 10, False),
    ("a_glance", ("overview",), 10, False),
    ("a_curve", ("curve", "compare"), 10, False),
    ("a_journey", ("phase",), 6, True),
    ("a_pains", ("pains",), 20, False),
    ("a_touchpoints", ("touchpoints", "channels"), 10, False),
    ("a_figures", ("kpi_chart", "kpis", "budget_chart", "budget"), 10, False),
    ("a_actions", ("actions",), 20, False),
    ("a_exercise", ("exercise",), 8, True),
)
CLOSE_WEIGHT = 10.0


def agenda_parts(slides: list[Slide]) -> list[str]:
    """The agenda's lines (word keys) for these slides: each part of the deck there is, in the order its
    first slide comes, and the close."""
    part_of = {kind: key for key, kinds, _, _ in PARTS for kind in kinds}
    found: list[str] = []
    for slide in slides:
        key = part_of.get(slide.kind)
        if key is not None and key not in found:
            found.append(key)
    return [*found, CLOSE]


def minutes(parts: list[str], phases: int, total: int = HALF_DAY) -> list[int]:
    """Each part's minutes, in steps of STEP, together ``total``, each part at least one step. The exercise
    gets a whole number of steps per phase while they fit (``squeezed`` says when they do not): then it
    takes what the other parts leave at one step each, less than a step a phase."""
    weights = {key: weight * (max(phases, 1) if per_phase else 1) for key, _, weight, per_phase in PARTS}
    weights[CLOSE] = CLOSE_WEIGHT
    wanted = [weights[key] for key in parts]
    scale = total / sum(wanted)
    result = [0] * len(parts)
    left = total
    if "a_exercise" in parts:
        at = parts.index("a_exercise")
        per = max(STEP, STEP * round(wanted[at] * scale / max(phases, 1) / STEP))
        most = total - STEP * (len(parts) - 1)  # the others at their floor of one step each
        result[at] = min(per * max(phases, 1), most)
        left -= result[at]
    others = [i for i in range(len(parts)) if result[i] == 0]
    steps = left // STEP
    share = sum(wanted[i] for i in others)
    raw = {i: wanted[i] / share * steps for i in others}
    given = {i: max(1, int(raw[i])) for i in others}
    while sum(given.values()) > steps:  # the minimum of one step each took too much: from the largest
        given[max((i for i in others if given[i] > 1), key=lambda i: given[i])] -= 1
    for i in sorted(others, key=lambda i: given[i] - raw[i])[: steps - sum(given.values())]:
        given[i] += 1  # the largest remainders first
    for i in others:
        result[i] = given[i] * STEP
    return result


def squeezed(parts: list[str], lengths: list[int], phases: int) -> bool:
    """True when the exercise has less than a step per phase: a half-day cannot hold them all."""
    return "a_exercise" in parts and lengths[parts.index("a_exercise")] < STEP * max(phases, 1)


def fill_agenda(ctx: Ctx, agenda: Slide, slides: list[Slide], phases: int) -> list[str]:
    """The agenda slide's table: time, part and minutes for each part of ``slides``; a warning (of the
    workbook) when the exercise's phases do not fit the half-day."""
    w = ctx.words
    parts = agenda_parts(slides)
    lengths = minutes(parts, phases)
    rows = [[w["time"], w["topic"], w["minutes"]]]
    minute = ctx.kit.workshop_start
    for key, length in zip(parts, lengths):
        topic = w["a_personas" if key == "a_persona" and _personas(ctx, slides) > 1 else key]
        if key == "a_exercise" and phases > 1:
            each = format_number(length / phases, ctx.language, 1)
            topic = f"{topic} ({w['per_phase'].format(phases=phases, minutes=each)})"
        rows.append([f"{minute // 60 % 24:02d}:{minute % 60:02d}", topic, str(length)])
        minute += length
    agenda.tables.append(_fitted(ctx, rows))
    if not squeezed(parts, lengths, phases):
        return []
    exercise = lengths[parts.index("a_exercise")]
    why = (
        f"the workshop agenda is a half-day ({HALF_DAY} minutes): its exercise has {exercise} minutes for "
        f"{phases} phases, {format_number(exercise / phases, 'en', 1)} minutes a phase instead of {STEP}; plan a "
        "second session for the exercise, or split the journey into workbooks of fewer phases"
    )
    return [why]


def _fitted(ctx: Ctx, rows: list[list[str]]) -> Table:
    """The agenda's table at the largest whole size from AGENDA_MAX down at which its rows end inside
    the slide's body, AGENDA_MIN at the least."""
    shares = [0.15, 0.7, 0.15]
    for size in range(AGENDA_MAX, AGENDA_MIN, -1):
        table = deck_table(ctx, ctx.body, rows, shares, float(size))
        if sum(table.heights) <= ctx.body.h:
            return table
    return deck_table(ctx, ctx.body, rows, shares, float(AGENDA_MIN))


def _personas(ctx: Ctx, slides: list[Slide]) -> int:
    """How many personas the deck has a slide for (a persona's follow-up slide is not another)."""
    follow_up = f"({ctx.words['continued']})"
    return sum(1 for s in slides if s.kind == "persona" and not s.title.endswith(follow_up))
