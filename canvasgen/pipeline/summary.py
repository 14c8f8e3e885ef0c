"""A short, readable account of what was read from a workbook (``canvasgen check``)."""

from __future__ import annotations

from collections import Counter

from canvasgen.analysis.analyse import Analysis
from canvasgen.analysis.involvement import inferred
from canvasgen.analysis.journey_pairs import pair_journeys
from canvasgen.analysis.scenario import ideal_beside_today
from canvasgen.analysis.view import JourneyView, measured_elsewhere, measured_with, today_only, written_elsewhere
from canvasgen.errors import ReadError
from canvasgen.figures import target_bound
from canvasgen.language import canvas_language
from canvasgen.layout.meta import score_text, unused_headers
from canvasgen.layout.questions import OWN_CUSTOMER, team_customer
from canvasgen.model import (
    CORE_LANES,
    CUSTOM_LANE,
    SCORE_LANE,
    Canvas,
    Item,
    Journey,
    Lane,
    LaneKind,
    OwnLane,
    Phase,
    RoleBy,
    Score,
)
from canvasgen.read.lane_roles import actions_text, better_text, own_lane_text, role_text, text_option
from canvasgen.read.package.portraits import persona_pictures
from canvasgen.read.reader import date_items, dated_phases
from canvasgen.read.tables.stage_list import decoration_taken_off
from canvasgen.text import counted, excerpt, listed, one_line
from canvasgen.words import POSTER_WORDS


def summarize(canvas: Canvas, analysis: Analysis) -> str:
    lines = [f"{canvas.file}: {_count(len(canvas.journeys), 'journey')}"]
    for journey, view in zip(canvas.journeys, analysis.views, strict=True):
        lines.extend(_journey_lines(journey))
        lines.extend(_view_lines(view))
        lines.extend(_todays_figures(journey, canvas))
        lines.extend(_others_figures(journey, canvas))
        lines.extend(_measured_elsewhere_lines(journey, canvas))
    extras = [_count(len(canvas.touchpoints), "touchpoint"), _personas_count(canvas)]
    if canvas.metrics:
        extras.append(_metrics_line(canvas, analysis.views))
    guessed = _guessed_directions(canvas, analysis.views)
    if canvas.notes:
        extras.append(_count(len(canvas.notes), "note") + " outside any canvas")
    lines.append("  " + ", ".join(extras))
    lines.extend(f"  {line}" for line in guessed)
    lines.extend(f"  {line}" for line in persona_pictures(canvas))
    lines.extend(_columns_lines(canvas))
    warnings = [*canvas.warnings, *analysis.warnings]
    if warnings:
        lines.append(f"  {_count(len(warnings), 'warning')}:")
        lines.extend(f"    - {w}" for w in warnings)
    return "\n".join(lines)


def _personas_count(canvas: Canvas) -> str:
    """ "2 personas"; where no persona table was read but a journey's header names its persona ("Persona: Jan de
    Vries (45)", said above with the journey), no "0 personas" beside it: "no persona table"."""
    if not canvas.personas and any("persona" in journey.meta for journey in canvas.journeys):
        return "no persona table (the persona is named in the journey's header)"
    return _count(len(canvas.personas), "persona")


def _columns_lines(canvas: Canvas) -> list[str]:
    """The Touchpoints, Personas and Metrics sheets' column headers, and those with nothing under them:
    structure, said here rather than printed on the poster."""
    empty = unused_headers(canvas)
    by_sheet: dict[str, list[str]] = {}
    for header in canvas.column_headers():
        sheet = header.source.sheet if header.source else "?"
        unused = any(header is item for item in empty)
        by_sheet.setdefault(sheet, []).append(excerpt(header.text) + (" (empty)" if unused else ""))
    return [f"  sheet '{sheet}' columns: {' · '.join(heads)}" for sheet, heads in by_sheet.items()]


def explanation(canvas: Canvas) -> str:
    """How each journey was read: the cells of its header row and label column, the rule that decided
    which holds the phases, and what went to notes (``check --explain``)."""
    lines = [f"{canvas.file}: how it was read"]
    for journey in canvas.journeys:
        lines.append(f"  journey '{excerpt(journey.name)}' (sheet '{journey.sheet}')")
        lines.extend(
            f"    {line}" for line in journey.reading or ["read from its sheet's Touchpoints or Personas table"]
        )
        lines.extend(f"    lane '{excerpt(lane.label)}': {_role(journey, lane)}" for lane in journey.lanes)
        decorated = [
            f"'{excerpt(w)}' -> '{excerpt(p.name)}'" for p in journey.phases if (w := decoration_taken_off(journey, p))
        ]
        if decorated:
            lines.append("    numbering and arrows taken off phase names: " + ", ".join(decorated))
        outside, on_cells = notes_by_place(journey)
        for notes, where in ((outside, "to notes (outside the table)"), (on_cells, "comments on its cells, to notes")):
            if notes:
                lines.append(f"    {where}: {', '.join(dict.fromkeys(str(n.source) for n in notes if n.source))}")
    lines.extend(f"  {line}" for line in canvas.reading)
    lines.extend(f"  {line}" for line in _direction_lines(canvas))
    if canvas.personas:
        names = ", ".join(excerpt(p.name.text) if p.name is not None else "(no name)" for p in canvas.personas)
        lines.append(f"  {_count(len(canvas.personas), 'persona')} read: {names}")
        lines.extend(f"  {line}" for line in persona_pictures(canvas, hint=True))
        lines.extend(f"  {line}" for line in inferred(canvas))
    if canvas.notes:
        cells = ", ".join(dict.fromkeys(str(n.source) for n in canvas.notes if n.source))
        lines.append(f"  to notes (no table around them): {cells}")
    lines.extend(f"  {line}" for line in _date_lines(canvas))
    lines.extend(f"  {line}" for line in _customer_lines(canvas))
    lines.extend(f"  {line}" for line in _gaps_lines(canvas))
    return "\n".join(lines)


def _gaps_lines(canvas: Canvas) -> list[str]:
    """Which of the workbook's journeys ``gaps`` of it alone compares (its sheets "HR ideaal" and "HR huidig",
    say) and how it paired them, and which it leaves out; nothing for a workbook without an ideal journey and a
    current one (gaps refuses it, in one sentence)."""
    if len(canvas.journeys) < 2:
        return []
    try:
        pairing = pair_journeys([(canvas.file, canvas)])
    except ReadError:
        return []
    lines = [f"gaps of this workbook alone compares {pair.heading()}" for pair in pairing.pairs]
    if pairing.unpaired:
        names = listed([f"'{excerpt(j.name)}' (sheet '{j.sheet}')" for _, j in pairing.unpaired], 6)
        lines.append(f"gaps of this workbook alone leaves out {names}: no partner of the other scenario")
    return lines


def _customer_lines(canvas: Canvas) -> list[str]:
    """Whom canvasgen's own questions, prompts, notes and titles ask about, where the canvas names someone other
    than canvasgen's own customer ("de patiënt", "Marieke"), where it says so, and how to have the default."""
    language = canvas_language(canvas)
    customer = team_customer(canvas.journeys, language)
    if customer is None:
        return []
    article, noun = OWN_CUSTOMER[language]
    compounds = f" ('{customer.stem}' in compounds: '{customer.stem}reis')" if customer.stem else ""
    if language == "en":
        compounds = f" ('{customer.stem} journey')" if customer.stem else ""
    found = listed(list(customer.found), 4)
    return [
        f"canvasgen's own questions, prompts, notes and titles ask of '{customer.said}'{compounds}, the person on the "
        f"journey as the canvas names them ({found}), not canvasgen's own '{article} {noun}' — to have them say "
        f"'{article} {noun}', write it so there"
    ]


def _date_lines(canvas: Canvas) -> list[str]:
    """The date cells, shown in the canvas's language, and how to show them otherwise."""
    items = [(i.source, i.text) for i in date_items(canvas)]
    phases = [(p.source, p.name) for p in dated_phases(canvas)]  # a phase named by a date, its name so shown
    dates = sorted(phases + items, key=lambda d: (str(d[0]), d[1]))
    if not dates:
        return []
    shown = ", ".join(f"{source} '{text}'" for source, text in dates[:8]) + (
        f" and {len(dates) - 8} more" if len(dates) > 8 else ""
    )
    return [
        f"{_count(len(dates), 'date cell')} shown as dates in the canvas's language ({canvas_language(canvas)}): "
        f"{shown}; `--lang` shows them in another, and a date typed as text (a ' before it) is printed as typed"
    ]


def _direction_lines(canvas: Canvas) -> list[str]:
    """Each figure with a target: which way is better and why, and how to say otherwise."""
    lines = []
    for m in canvas.metrics:
        if m.read_as:
            lines.append(f"figure '{excerpt(m.name.text)}' ({m.value_item.source}): {m.read_as}")
        if m.target is None or m.target_item is None:
            continue
        where = f" ({m.value_item.source})" if m.value_item.source else ""
        way, other = ("lower", "min") if m.lower_is_better else ("higher", "max")
        written = target_bound(m.target_item.text)[1]
        lines.append(
            f"figure '{excerpt(m.name.text)}'{where}: {way} is better ({m.direction or 'as read back'}), so its target "
            f"'{excerpt(m.target_item.text)}' is {'met' if m.met else 'missed'}; to say otherwise, write the target as "
            f"'{other} {written}'"
        )
    return lines


def _journey_lines(journey: Journey) -> list[str]:
    meta = {k: v.text for k, v in journey.meta.items() if not k.endswith("_label")}
    about = ", ".join(
        f"{k} {meta[k]}" for k in ("project", "client", "persona", "version", "date", "scenario") if meta.get(k)
    )
    lines = [f"  journey '{excerpt(journey.name)}' (sheet '{journey.sheet}', {journey.shape} layout)"]
    if about:
        lines.append(f"    {about}")
    if empty := journey.empty_meta_labels():
        fields = " · ".join(excerpt(item.text.rstrip(":")) for item in empty)
        lines.append(f"    left empty, so not on poster or deck: {fields}")
    lines.append(f"    {_count(len(journey.phases), 'phase')}: " + " | ".join(_phase(p) for p in journey.phases))
    if journey.phase_groups:  # "phase groups: Voor (Oriëntatie, Vergelijken) | Tijdens (Bestellen)"
        groups = [
            f"{excerpt(g.name.text)} ({', '.join(excerpt(p.name) for p in journey.phases[g.first : g.last + 1])})"
            for g in journey.phase_groups
        ]
        lines.append(f"    {_count(len(groups), 'phase group')}: " + " | ".join(groups))
    for lane in journey.lanes:
        group = f" in group '{excerpt(lane.group.text)}'" if lane.group is not None else ""
        items = _count(lane.item_count(), "item")
        if lane.kind == SCORE_LANE:
            # taken for the score row by what it holds: the correction that makes it text, said with it
            undo = f"; if it is text: {text_option(lane)}" if lane.role_by == RoleBy.CONTENT else ""
            lines.append(
                f"    lane '{excerpt(lane.label)}' [score, {role_text(lane)}{undo}]{group}"
                + (f": {items}" if lane.item_count() else "")
            )
            continue
        lines.append(f"    lane '{excerpt(lane.label)}' [{_role(journey, lane)}]{group}: {items}")
    for boundary in journey.boundaries:
        line = _LINES.get(boundary.kind, boundary.kind)
        where = (
            f"after lane '{excerpt(journey.lanes[boundary.before - 1].label)}'"
            if boundary.before
            else "above the lanes"
        )
        lines.append(f"    {line} {where}")
    scored = [(excerpt(p.name), s) for p, s in zip(journey.phases, journey.scores) if s]
    if scored:
        scale = scored[0][1][0].scale
        values = ", ".join(f"{name} {_phase_scores(s)}" for name, s in scored)
        lines.append(f"    scores on {scale}{_scored_by(journey)}: {values}")
    outside, on_cells = notes_by_place(journey)
    if outside:
        columns = journey.notes_under_titles(outside)[0] if journey.notes_columns else []
        headed = ", ".join(f"'{excerpt(title.text)}' ({len(notes)})" for title, notes in columns)
        under = f", in {len(columns)} columns under their own headings: {headed}" if columns else ""
        lines.append(f"    {_count(len(outside), 'note')} outside the canvas{under}")
    if on_cells:
        lines.append(f"    {_count(len(on_cells), 'comment')} on its cells, kept as notes")
    return lines


def notes_by_place(journey: Journey) -> tuple[list[Item], list[Item]]:
    """The journey's notes outside its canvas, and those on cells inside it (a comment on a body cell, on a
    phase name): told apart, so a comment on D12 is never said to be outside the canvas."""
    # the cells the journey's texts come from, each note's own once taken off: what is left is the canvas's
    cells = [*journey.texts(), *journey.empty_meta_labels()]
    inside = Counter(str(item.source) for item in cells if item.source is not None)
    inside.subtract(str(note.source) for note in journey.notes if note.source is not None)
    on_cells = [note for note in journey.notes if note.source is not None and inside[str(note.source)] > 0]
    outside = [note for note in journey.notes if note.source is None or inside[str(note.source)] <= 0]
    return outside, on_cells


#: The roles whose words ("🙂 | 😐 | slecht") score the phases where no score row does.
_WORDS_SCORE = (LaneKind.EXPERIENCE, LaneKind.EMOTIONS)


def _phase_scores(scores: list[Score]) -> str:
    """A phase's scores as the poster's curve says them (in English, check's language): signed on a scale
    round zero ("+1"), as on the sheet otherwise; several of one value apart by " · ", of several values their
    mean, the curve's point, with what it is the average of ("+1.5 (average of +2 · +1)"), never "2/1", which
    reads as a score against its scale's top ("4/5"). A traffic light's mark as the cell wrote it beside it."""
    scale = scores[0].scale
    each = " · ".join(score_text(x.value, scale, "en") + (f" ({x.mark})" if x.mark else "") for x in scores)
    if len({x.value for x in scores}) < 2:
        return each
    mean = sum(x.value for x in scores) / len(scores)
    return f"{score_text(mean, scale, 'en')} ({POSTER_WORDS['en']['average_of'].format(values=each)})"


def _scored_by(journey: Journey) -> str:
    """ " (from lane 'Beleving')" where the scores are read from the words of a lane of another role (an
    experience or emotions lane of faces and words), across or down alike; "" when a score row gives them."""
    cells = {s.source for phase in journey.scores for s in phase if s.source is not None}
    lanes = [
        lane.label
        for lane in journey.lanes
        if lane.kind in _WORDS_SCORE and any(item.source in cells for cell in lane.cells for item in cell)
    ]
    return f" (from lane {' and '.join(repr(excerpt(label)) for label in lanes)})" if lanes else ""


def _role(journey: Journey, lane: Lane) -> str:
    """ "learning, question", "customer, typo of 'Klantproces'; extra lane", "no role: shown as an extra lane"."""
    if lane.kind == CUSTOM_LANE and lane.role_by == RoleBy.CORRECTED:  # "--lane 'Cijfer=custom'"
        if lane.role_match == OwnLane.THOUGHTS:  # "--lane 'O que pensa o cliente?=thoughts'"
            return "thoughts, corrected: a lane of its own, shown under its label (a thought is no feeling)"
        return "custom, corrected: shown as an extra lane"
    if lane.kind == CUSTOM_LANE and lane.role_by == RoleBy.OWN_LANE:
        return own_lane_text(lane)
    if lane.kind == CUSTOM_LANE and journey.shown_as(lane) is not None:  # one reading, poster and deck alike
        return f"no role: shown as {journey.shown_as(lane)}, its nearest kind, under its own label"
    if lane.kind == CUSTOM_LANE:
        return "no role: shown as an extra lane" if lane.item_count() else "no role"
    extra = "; extra lane" if lane.kind in CORE_LANES and not journey.holds_core_place(lane) else ""
    return f"{lane.kind}, {role_text(lane)}{extra}{actions_text(lane)}{better_text(lane)}"


_LINES = {
    "interaction": "line of interaction",
    "visibility": "line of visibility",
    "internal": "line of internal interaction",
}


def _view_lines(view: JourneyView) -> list[str]:
    """What the map shows beside the team's words: the journey's analysis, as `check` reports it."""
    parts = []
    if view.touchpoints:
        unserved = sum(1 for p in view.touchpoints if p.served_now is False)
        parts.append(
            _count(len(view.touchpoints), "touchpoint") + (f" ({unserved} not served today)" if unserved else "")
        )
    if view.channels:
        parts.append(
            "channels " + ", ".join(f"{channel} {sum(per_phase)}" for channel, per_phase in view.channels.items())
        )
    if view.aims:
        parts.append(_count(len(view.metrics), "aim") + " (its own KPI lane: an ideal's, drawn without met or missed)")
    elif view.metrics:
        parts.append(_count(len(view.metrics), "figure"))
    for persona, flags in view.involvement:
        name = persona.name.text if persona.name else "?"
        parts.append(f"{name} in {sum(flags)} of {counted(len(flags), 'phase')}")
    return [f"    on the map: {'; '.join(parts)}"] if parts else []


def _phase(phase: Phase) -> str:
    """A phase on one line of ``check``'s list: a name written over two lines (Alt+Enter, Mermaid's ``<br>``)
    would break the list; a long one by its start (``text.excerpt``), as every message quotes it."""
    return excerpt(phase.name) + (f" ({one_line(phase.steps_text)})" if phase.step_names else "")


def _todays_figures(journey: Journey, canvas: Canvas) -> list[str]:
    """What was decided of the figures under an ideal journey: today's, shown with today's journey only."""
    left = today_only(journey, canvas)
    if not left:
        return []
    today = [f"'{excerpt(j.name)}'" for j in canvas.journeys if j is not journey and not ideal_beside_today(j, canvas)]
    return [
        f"    figures: {_count(len(left), 'figure')} measured today shown with {' and '.join(today)} only, not with "
        "this ideal journey (it has no results to meet or miss)"
    ]


def _others_figures(journey: Journey, canvas: Canvas) -> list[str]:
    """What was decided of the figures of a journey's phases written in another journey's KPI lane."""
    said = today_only(journey, canvas)  # an ideal's: said as today's figures
    others = [m for m in written_elsewhere(journey, canvas) if not any(m is t for t in said)]
    if not others:
        return []
    sheets = sorted({m.value_item.source.sheet for m in others if m.value_item.source is not None})
    return [
        f"    figures: {_count(len(others), 'figure')} written in the KPI lane of sheet {', '.join(sheets)} "
        "shown with that journey only, not with this one"
    ]


def _measured_elsewhere_lines(journey: Journey, canvas: Canvas) -> list[str]:
    """The figures of a sheet or file of figures (no column names a journey) drawn once, with the first journey of
    their phases (a buying group's members share them), not with this one: said with the way to move them."""
    elsewhere = measured_elsewhere(journey, canvas)
    if not elsewhere:
        return []
    sources = sorted({m.value_item.source.sheet for m in elsewhere if m.value_item.source is not None})
    where = f"of sheet {', '.join(repr(s) for s in sources)}" if sources else "measured apart"
    first = measured_with(elsewhere[0], canvas)
    shown = f"'{excerpt(first.name)}' (sheet '{first.sheet}')" if first is not None else "another journey"
    return [
        f"    figures: {_count(len(elsewhere), 'figure')} {where} (no column names a journey) shown once, with "
        f"journey {shown}, the first with their phases, not with this one — to show a figure here, write it in "
        "this journey's KPI lane, or put this journey's sheet first"
    ]


def _metrics_line(canvas: Canvas, views: list[JourneyView]) -> str:
    """ "12 figures (5 with a target: 3 met, 2 missed)": what the KPI views will show; an ideal's aims
    are never met or missed."""
    aims = [m for view in views if view.aims for m in view.metrics]
    targets = [m.met for m in canvas.metrics if m.met is not None and not any(m is a for a in aims)]
    text = _count(len(canvas.metrics), "figure")
    said = []
    if targets:
        said.append(f"{len(targets)} with a target: {targets.count(True)} met, {targets.count(False)} missed")
    if aims:
        said.append(f"{_count(len(aims), 'aim')} of an ideal journey")
    return text + (f" ({'; '.join(said)})" if said else "")


def _guessed_directions(canvas: Canvas, views: list[JourneyView]) -> list[str]:
    """The figures whose target is met or missed by a way of better read from their name, or from nothing
    (higher): a guess that decides "met" on the poster, said with the way to write it otherwise."""
    aims = [m for view in views if view.aims for m in view.metrics]
    guessed = [
        m
        for m in canvas.metrics
        if m.direction_guessed and m.target_item is not None and m.met is not None and not any(m is a for a in aims)
    ]
    if not guessed:
        return []
    said = []
    for lower in (True, False):
        figures = [
            f"'{excerpt(m.name.text)}'" + (f" ({m.value_item.source})" if m.value_item.source else "")
            for m in guessed
            if m.lower_is_better is lower
        ]
        if figures:
            said.append(f"{'lower' if lower else 'higher'} is better for {listed(figures, 6)}")
    firsts = [next((m for m in guessed if m.lower_is_better is lower), None) for lower in (True, False)]
    ways = [
        f"'{'min' if m.lower_is_better else 'max'} {excerpt(target_bound(m.target_item.text)[1])}'"
        for m in firsts
        if m is not None and m.target_item is not None
    ]
    return [
        f"which way is better is guessed from the name: {'; '.join(said)} — to say otherwise, write the target "
        f"as {' or '.join(ways)} (`check --explain` says each)"
    ]


def _count(n: int, word: str) -> str:
    return counted(n, word)
