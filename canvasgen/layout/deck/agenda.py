"""The workshop's agenda, made from the deck itself: one line per part of the deck that is there, in the
deck's order, timed from the brand kit's start ([workshop] start, 09:00 by default) in 5-minute steps that
add up to a half-day; the exercise canvases are one line, with the time per canvas: per phase, or per group
of thin phases where they share their slides (``thin``), as the slides it introduces. Every line has at least
one step and every canvas of the exercise one step (its floor); what a half-day cannot hold at those floors
is squeezed into it and said in a warning."""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.brand.kit import WORKSHOP_MINUTES
from canvasgen.figures import format_number
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.frames import TABLE_MIN, Ctx, Slide, Table, deck_table, table_widths
from canvasgen.model import VIEW_SEPARATOR, told_apart

HALF_DAY = (
    WORKSHOP_MINUTES  # minutes: a half-day session (3.5 h); the kit refuses a start it would run past midnight from
)
STEP = 5  # every time on the agenda is on a 5-minute step
#: The agenda's type: 16 pt, smaller down to the tables' floor (``TABLE_MIN``) where its lines would run
#: past the slide's body (a deck with every part has twelve lines); it stands aside from the deck's table
#: family. Lines the floor does not hold go on to a follow-up agenda slide.
AGENDA_MAX = 16
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
    ("a_figures", ("kpi_chart", "kpis", "budget_chart", "budget", "channel_budget"), 10, False),
    ("a_actions", ("actions", "questions"), 20, False),
    ("a_exercise", ("exercise",), 8, True),
)
CLOSE_WEIGHT = 10.0


@dataclass(frozen=True)
class AgendaLine:
    """One line of the agenda: its words (a key of ``PARTS``, or ``CLOSE``), the journey it is of (its short
    name where the deck has several, else ""), the phases it spends its time on (the exercise, the phase
    slides) and its weight before the half-day is shared out; ``groups``: the slides those phases take
    where thin phases share them (one exercise canvas per group), 0 where each phase has its own."""

    key: str
    journey: str = ""
    phases: int = 0
    weight: float = CLOSE_WEIGHT
    later: bool = False  # a later journey's review (where it differs from the first)
    groups: int = 0

    @property
    def units(self) -> int:
        """What the line's time is shared by: its slides, a phase or a group of thin phases each (at least one)."""
        return max(self.groups or self.phases, 1)

    @property
    def grouped(self) -> bool:
        """Whether its phases share slides in groups: its minutes are a group's, not a phase's."""
        return 0 < self.groups < self.phases


_PER_PHASE = {key for key, _, _, per_phase in PARTS if per_phase}
_WEIGHTS = {key: weight for key, _, weight, _ in PARTS}
_REVIEW = "a_journey"  # a later journey's parts but its exercise: one line, under this part's words
#: A later journey's review, in weight (minutes before the half-day is shared out): where it differs from the
#: first, as its title slide's notes tell the presenter (``n_review``), not every part of the first again
#: (which gave a second persona's review an hour, three times the first journey's phases).
LATER_REVIEW = 20.0


def agenda_lines(
    slides: list[Slide], phases: list[int] | None = None, names: list[str] | None = None
) -> list[AgendaLine]:
    """The agenda's lines for these slides, in their order: each part of the deck that is there, the first
    journey's part by part; every later journey (a "title" slide begins each) its own lines, as the deck
    has its own section for it: its review (glance, curve, phases, pains, tables) as one line and its
    exercise as one; the curves compared; and the close. ``phases``/``names``: each journey's phase count and
    name (its short name is said on its lines where the deck has several). A line of phases is timed by the
    slides it introduces: a journey whose thin phases share slides (``thin``) has a group's time, not a phase's."""
    part_of = {kind: key for key, kinds, _, _ in PARTS for kind in kinds}
    counts = phases or []
    several = names is not None and len(names) > 1
    said = short_names(names) if names is not None else []
    # each line: its key and the journey it is of (its place: two journeys of one short name keep their lines)
    order: list[tuple[str, int]] = []
    parts: dict[tuple[str, int], set[str]] = {}  # the parts of the deck each line stands for
    slides_of: dict[tuple[str, int], int] = {}  # each per-phase line's slides (a follow-up is not another)
    journey = -1
    for slide in slides:
        if slide.kind == "title":
            journey += 1
            if journey:  # a later journey's title slide begins its section, not another welcome
                continue
        part = "compare" if slide.kind == "compare" else part_of.get(slide.kind)
        if part is None:
            continue
        at = max(journey, 0)
        key = _REVIEW if at > 0 and part not in ("compare", "a_exercise") else part
        line = (key, at if key in (_REVIEW, "a_exercise") else 0)
        if line not in parts:
            order.append(line)
            parts[line] = set()
        parts[line].add(part)
        if part in _PER_PHASE and not slide.continued:
            slides_of[line] = slides_of.get(line, 0) + 1
    lines = []
    for key, at in order:
        n = (counts[at] if at < len(counts) else 1) if key in _PER_PHASE else 0
        # fewer slides than phases: thin phases grouped, a group's slide (and exercise canvas) each
        groups = slides_of.get((key, at), 0) if key in _PER_PHASE and 0 < slides_of.get((key, at), 0) < n else 0
        name = said[at] if several and key in (_REVIEW, "a_exercise") else ""
        later = at > 0 and key == _REVIEW
        weight = LATER_REVIEW if later else sum(line_weight(part, groups or n) for part in parts[(key, at)])
        lines.append(AgendaLine(key, name, n, weight, later, groups))
    return [*lines, AgendaLine(CLOSE)]


def short_name(name: str) -> str:
    """A journey's name as the agenda says it: the view's own part ("IT Manager" of "Buying an HR platform
    – IT Manager"), the whole name where it has none."""
    return name.rpartition(VIEW_SEPARATOR)[2] or name


def short_names(names: list[str]) -> list[str]:
    """The deck's journeys as its agenda and slides name them, each told apart from the others (``told_apart``):
    "Klantreis HR-directeur – HR-software voor het middenbedrijf" and "Klantreis CFO – HR-software voor het
    middenbedrijf" are never both "HR-software voor het middenbedrijf"."""
    return told_apart(names)


def minutes(lines: list[AgendaLine], total: int = HALF_DAY) -> list[int]:
    """Each line's minutes, in steps of STEP, together ``total``, each line at least one step. The exercise
    gets a whole number of steps per canvas (a phase, or a group of thin phases: ``units``; one number for
    every journey's) while they fit (``squeezed`` says when they do not): then it takes what the other lines
    leave at one step each, shared by canvases."""
    wanted = [line.weight for line in lines]
    scale = total / sum(wanted)
    result = [0] * len(lines)
    left = total
    exercises = [i for i, line in enumerate(lines) if line.key == "a_exercise"]
    if exercises:
        all_phases = sum(lines[i].units for i in exercises)
        per = max(STEP, STEP * round(sum(wanted[i] for i in exercises) * scale / all_phases / STEP))
        most = total - STEP * (len(lines) - len(exercises))  # the others at their floor of one step each
        if per * all_phases <= most:
            for i in exercises:
                result[i] = per * lines[i].units
        else:  # squeezed: what the others leave, shared by phases in whole steps, a step each at least
            steps = most // STEP
            for i in exercises:
                result[i] = STEP * max(1, steps * lines[i].units // all_phases)
        left -= sum(result[i] for i in exercises)
    others = [i for i in range(len(lines)) if result[i] == 0]
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


def line_weight(key: str, phases: int) -> float:
    """A line's weight before the half-day is shared out: its part's, per phase where the part is timed so."""
    if key == CLOSE or key not in _WEIGHTS:
        return CLOSE_WEIGHT
    return _WEIGHTS[key] * (max(phases, 1) if key in _PER_PHASE else 1)


def squeezed(lines: list[AgendaLine], lengths: list[int], phases: int) -> bool:
    """True when the exercise has less than a step per canvas (``phases``: the journeys' phases, where no line
    says its canvases): a half-day cannot hold them all."""
    exercises = [line for line in lines if line.key == "a_exercise"]
    exercise = sum(length for line, length in zip(lines, lengths) if line.key == "a_exercise")
    canvases = sum(line.units for line in exercises if line.grouped) + sum(
        max(line.phases, 1) for line in exercises if not line.grouped
    )
    return bool(exercises) and exercise < STEP * max(canvases or phases, 1)


def fill_agenda(ctx: Ctx, agenda: Slide, slides: list[Slide], journeys: list[tuple[str, int]]) -> list[str]:
    """The agenda slide's table: time, part and minutes for each line of ``slides`` (``journeys``: each
    journey's name and phase count); a warning (of the workbook) when the exercise's phases do not fit
    the half-day."""
    w = ctx.words
    phases = sum(n for _, n in journeys)
    lines = agenda_lines(slides, [n for _, n in journeys], [name for name, _ in journeys])
    lengths = minutes(lines)
    entries: list[tuple[AgendaLine, int, str, str]] = []  # each line, its minutes, topic and detail
    for line, length in zip(lines, lengths):
        key = line.key
        topic = w["a_personas" if key == "a_persona" and _personas(slides) > 1 else key]
        detail = ""
        if key == "a_exercise" and line.grouped:  # a canvas per group of thin phases, as the slides have them
            each = format_number(length / line.units, ctx.language, 1)
            detail = f" ({w['per_group'].format(phases=line.phases, groups=line.units, minutes=each)})"
        elif key == "a_exercise" and line.phases > 1:
            each = format_number(length / line.phases, ctx.language, 1)
            detail = f" ({w['per_phase'].format(phases=line.phases, minutes=each)})"
        entries.append((line, length, topic, detail))
    # the agenda on one slide (#31 round 22: eight journeys ran on to a second): where its lines do not fit,
    # each later journey's review and exercise are one line, then every later journey's together
    for level in range(3):
        first, *more = _fitted(ctx, _rows(ctx, entries, level))
        if not more:
            break
    agenda.tables.extend(first)
    going_on = f"{agenda.title} ({w['continued']})"
    at = slides.index(agenda) + 1
    slides[at:at] = [
        Slide("agenda", going_on, agenda.section, agenda.notes, tables=page, continued=True) for page in more
    ]
    _exercise_notes(ctx, slides, [(line, length) for line, length in zip(lines, lengths) if line.key == "a_exercise"])
    later = [length for line, length in zip(lines, lengths) if line.later]
    _review_notes(ctx, slides, later, short_names([name for name, _ in journeys]))
    if not squeezed(lines, lengths, phases):
        return []
    exercise = sum(length for line, length in zip(lines, lengths) if line.key == "a_exercise")
    exercises = [line for line in lines if line.key == "a_exercise"]
    canvases = sum(line.units for line in exercises)
    # thin phases grouped: the canvases the deck has for them are what the minutes are shared by
    grouped = f" on {canvases} canvases" if any(line.grouped for line in exercises) else ""
    unit = "a canvas" if grouped else "a phase"
    each = f"{format_number(exercise / (canvases if grouped else phases), 'en', 1)} minutes {unit} instead of {STEP}"
    if len(journeys) > 1:  # a buying group's journeys of a few phases each: not one journey of many
        told = "-".join(str(n) for _, n in journeys)
        return [
            f"the workshop agenda is a half-day ({HALF_DAY} minutes): the exercises of its {len(journeys)} journeys "
            f"have {exercise} minutes for their {phases} phases ({told}){grouped}, {each}; plan a second session "
            "for the exercises, or a workshop per journey (a workbook each)"
        ]
    why = (
        f"the workshop agenda is a half-day ({HALF_DAY} minutes): its exercise has {exercise} minutes for "
        f"{phases} phases{grouped}, {each}; plan a second session for the exercise, or split the journey into "
        "workbooks of fewer phases"
    )
    return [why]


def _rows(ctx: Ctx, entries: list[tuple[AgendaLine, int, str, str]], level: int) -> list[list[str]]:
    """The agenda's rows (header, then time, topic and minutes a line), timed from the kit's start; at
    ``level`` 1 each later journey's lines (its review, its exercise) are one ("IT Manager: where it differs,
    then its canvas per phase (7 phases × 5 min)"), at 2 every later journey's lines are one."""
    w = ctx.words
    later = list(dict.fromkeys(line.journey for line, *_ in entries if line.later))
    merged: list[tuple[str, int, str]] = []  # (whose: "" or a later journey's name, minutes, topic)
    for line, length, topic, detail in entries:
        whose = line.journey if level and line.journey in later else ""
        said = f"{topic} · {line.journey}{detail}" if line.journey else f"{topic}{detail}"
        if whose and merged and merged[-1][0] in (whose, "*"):
            merged[-1] = (merged[-1][0], merged[-1][1] + length, merged[-1][2])
            continue
        if whose and level == 1:  # with its exercise's canvases and minutes ("(7 phases × 5 min)")
            shown = next((d for x, _, _, d in entries if x.key == "a_exercise" and x.journey == whose), "")
            said = f"{whose}: {w['a_differs']}{shown}"
        elif whose:
            whose, said = "*", w["a_others"].format(count=len(later))
        merged.append((whose, length, said))
    rows = [[w["time"], w["topic"], w["minutes"]]]
    minute = ctx.kit.workshop_start
    for _, length, said in merged:
        rows.append([f"{minute // 60 % 24:02d}:{minute % 60:02d}", said, str(length)])
        minute += length
    return rows


def _exercise_notes(ctx: Ctx, slides: list[Slide], exercises: list[tuple[AgendaLine, int]]) -> None:
    """Each exercise slide's notes say the minutes a canvas the agenda gives it ("in 5 minutes"): one number,
    from the agenda, never a second one of the notes' own. A journey's exercise slides are its line's; a
    group of thin phases' canvas is for "these phases", never "this phase"."""
    if not exercises:
        return
    by_journey: dict[int, list[Slide]] = {}
    journey = -1
    for slide in slides:
        if slide.kind == "title":  # each journey's slides begin with its title slide
            journey += 1
        elif slide.kind == "exercise":
            by_journey.setdefault(journey, []).append(slide)
    for index, group in enumerate(by_journey.values()):
        line, length = exercises[min(index, len(exercises) - 1)]
        # whole minutes: a facilitator is told "in 3 minutes", never "in 2.9 minutes" (the agenda's line keeps
        # its exact share, "40 phases × 2.9 min")
        each = str(max(1, round(length / line.units)))
        for slide in group:  # a dense phase among thin ones has a canvas of its own: "this phase"
            slide.notes = ctx.words["n_exercise_group" if slide.phases > 1 else "n_exercise"].format(minutes=each)


def _review_notes(ctx: Ctx, slides: list[Slide], lengths: list[int], names: list[str]) -> None:
    """A later journey's title slide tells the presenter what its agenda line holds: where this journey
    differs from the first, in the agenda's minutes ("in about 20 minutes"), not the first's introduction
    again; one story with the agenda (``names``: the journeys as the agenda names them)."""
    titles = [slide for slide in slides if slide.kind == "title"][1:]
    for slide, length, name in zip(titles, lengths, names[1:]):
        first, _, rest = slide.notes.partition("\n")
        review = ctx.words["n_review"].format(journey=name, minutes=length)
        slide.notes = f"{review}\n{rest}" if first == ctx.words["n_title"] else f"{review}\n{slide.notes}"


def _fitted(ctx: Ctx, rows: list[list[str]]) -> list[list[Table]]:
    """The agenda's tables, a slide's each: one table at the largest whole size from AGENDA_MAX down to the
    tables' floor (TABLE_MIN) at which its rows end inside the slide's body; a longer agenda (two journeys,
    every part) in two tables side by side, each under the header, rather than smaller; a longer one still
    (many journeys, each its own lines) goes on to follow-up agenda slides, two tables on each, at the
    largest size that takes no more slides than the floor: never a line below the slide's edge (an agenda
    of six personas ran a third of a slide past it, F5)."""
    body = ctx.body
    for size in range(AGENDA_MAX, int(TABLE_MIN) - 1, -1):
        table = deck_table(ctx, body, rows, _shares(ctx, rows, body.w, size), float(size))
        if sum(table.heights) <= body.h:
            return [[table]]
    gap = 12.0
    width = (body.w - gap) / 2
    boxes = [Box(body.x, body.y, width, body.h), Box(body.x + width + gap, body.y, width, body.h)]
    least = len(_columns(ctx, rows, width, TABLE_MIN))
    at = next(
        float(whole)
        for whole in range(AGENDA_MAX, int(TABLE_MIN) - 1, -1)
        if -(-len(_columns(ctx, rows, width, whole)) // 2) <= -(-least // 2)
    )
    shares = _shares(ctx, rows, width, at)
    parts = _columns(ctx, rows, width, at)
    tables = [deck_table(ctx, boxes[i % 2], [rows[0], *part], shares, at) for i, part in enumerate(parts)]
    return [tables[i : i + 2] for i in range(0, len(tables), 2)]


def _columns(ctx: Ctx, rows: list[list[str]], width: float, size: float) -> list[list[list[str]]]:
    """The agenda's lines (``rows`` but its header) in runs that each fit the body's height under the header
    in a table ``width`` wide at ``size``, as even as the count of runs allows (not a full one and a last of
    two lines); a line taller than the body alone in its run."""
    lines = rows[1:]
    shares = _shares(ctx, rows, width, size)
    heights = deck_table(ctx, Box(0, 0, width, ctx.body.h), rows, shares, size).heights
    room = ctx.body.h - heights[0]
    runs: list[list[list[str]]] = [[]]
    used = 0.0
    for line, height in zip(lines, heights[1:]):
        if runs[-1] and used + height > room + 0.01:
            runs.append([])
            used = 0.0
        runs[-1].append(line)
        used += height
    count = len(runs)
    even = -(-len(lines) // count)  # as many lines in each run, where they fit so
    runs_even = range(0, len(lines), even)
    if len(runs_even) == count and all(sum(heights[1 + i : 1 + i + even]) <= room + 0.01 for i in runs_even):
        return [lines[i : i + even] for i in range(0, len(lines), even)]
    return runs


_SHARES = [0.15, 0.7, 0.15]


def _shares(ctx: Ctx, rows: list[list[str]], width: float, size: float) -> list[float]:
    """The columns' shares of ``width`` as every deck table has them (``table_widths``: each column at least
    as wide as its longest word, else its header's; "Minuten" broke as "Minut en" in a half-width table),
    near the agenda's own shares."""
    return [w / width for w in table_widths(ctx, rows[0], rows[1:], [width * s for s in _SHARES], size)]


def _personas(slides: list[Slide]) -> int:
    """How many personas the deck shows: a slide each, or a card each on the personas' slide (each journey's
    persona where the workbook has no Personas sheet); a follow-up slide is not another."""
    alone = sum(1 for s in slides if s.kind == "persona" and not s.continued)
    cards = sum(1 for s in slides if s.kind == "personas" and not s.continued for f in s.frames if f.name == "persona")
    return alone + cards
