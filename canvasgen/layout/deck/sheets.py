"""The deck's slides from the canvas's other sheets: personas and the buying group, touchpoints and
channels, measured figures and budget, the appendix; and the slides of a report (gaps, changes).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from canvasgen.analysis.report import ActionTable, ReportBlock
from canvasgen.analysis.view import JourneyView
from canvasgen.brand.colors import Colour, heading_ink
from canvasgen.brand.kit import BrandKit
from canvasgen.figures import format_target, format_value, unit_word
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.frames import (
    BODY_MIN,
    CARDS_A_SLIDE,
    INSET,
    LONG_LABEL_HANG,
    MAX_SIZE,
    TABLE_MIN,
    WRAP_SLACK,
    Bars,
    Ctx,
    DeckLayout,
    Frame,
    Para,
    Slide,
    SlideKind,
    base_size,
    best_size,
    card_spots,
    continued_slides,
    continues,
    deck_table,
    finish_slides,
    fit_frame,
    fits,
    heading_again,
    hung,
    line_needs,
    para_height,
    para_heights,
    prompt_ink,
    table_slides,
)
from canvasgen.layout.deck.tables import (
    TABLE_FIELDS,
    BarGroup,
    Rows,
    bar_labels,
    budget_table,
    channel_budget_table,
    channel_matrix,
    filled_columns,
    involvement_matrix,
    lone_figures,
    metric_groups,
    metric_table,
    touchpoint_table,
)
from canvasgen.layout.empathy import (
    BENEATH,
    drawn_maps,
    grid_boxes,
    map_heading,
    map_title,
    only_a_name,
    quadrants,
    shown_on_maps,
)
from canvasgen.layout.headings import in_full, phase_word
from canvasgen.layout.meta import metric_records, placed_note, record_lines
from canvasgen.layout.portrait import initials
from canvasgen.layout.text.fit import largest_fitting, smallest_fitting
from canvasgen.layout.text.setter import ITEM_GAP, LEADING, Setter
from canvasgen.model import Canvas, EmpathyMap, Item, Journey, Metric, NotesTable, Persona, tables_among
from canvasgen.text import label_key, labelled
from canvasgen.vocabulary.metrics import DURATIONS
from canvasgen.words import DECK_WORDS, POSTER_WORDS


def persona_slides(ctx: Ctx, canvas: Canvas, section: str) -> list[Slide]:
    """One slide per persona from the Personas sheet; else each journey's persona as a card."""
    w = ctx.words
    if canvas.personas:
        maps = drawn_maps(canvas)
        # a persona of only a name has no slide: its name heads its map
        persona_cards = [
            None if only_a_name(persona, maps) else _persona_card(ctx, persona, canvas, shown_on_maps(persona, maps))
            for persona in canvas.personas
        ]
        size = _persona_size(ctx, [card for card in persona_cards if card is not None])
        made: list[Slide] = []
        for persona, card in zip(canvas.personas, persona_cards, strict=True):
            if card is not None:
                made += _persona_slides(ctx, persona, card, section, size, canvas)
            for found in (m for m in maps if m.owner is persona):
                made += empathy_slides(ctx, found, section)
        return made
    # Each journey's persona as a card: its name, and the workshop's question about it in the prompt's ink
    # (a name alone is a persona still to be described, not a finished card).
    prompt = Para(f"{w['q_persona']} — {w['to_fill']}", MAX_SIZE, prompt_ink(ctx))
    cards: list[list[Para]] = []
    shown: set[str] = set()
    for journey in canvas.journeys:
        if "persona" in journey.meta and label_key(journey.meta["persona"].text) not in shown:
            item = journey.meta["persona"]
            shown.add(label_key(item.text))  # the same persona over the ideal and the current journey: one card
            label = journey.meta.get("persona_label")
            heading = label.text.rstrip(":") if label else "Persona"
            name = Para(labelled(heading, item.text), MAX_SIZE, ctx.ink, True, "heading", str(item.source))
            cards.append([name, prompt])
    if not cards and canvas.persona_columns:  # an empty Personas sheet: a card to fill in, under its headers
        cards.append(
            [Para(w["persona"], MAX_SIZE, ctx.ink, True, "heading"), prompt]
            + [Para(f"{h.text}:", MAX_SIZE, ctx.ink, source=str(h.source)) for h in canvas.persona_columns.values()]
        )
    if not cards:
        return []
    slides: list[Slide] = []
    for start in range(0, len(cards), CARDS_A_SLIDE):
        group = cards[start : start + CARDS_A_SLIDE]
        spots = card_spots(ctx.body, len(group))
        frames = [(spot, card, {"fill": ctx.kit.palette.muted, "name": "persona"}) for spot, card in zip(spots, group)]
        title = w["personas"] if not slides else f"{w['personas']} ({w['continued']})"
        slides.extend(_snug(ctx, s) for s in continued_slides(ctx, "personas", title, section, w["n_personas"], frames))
    return slides


def _snug(ctx: Ctx, slide: Slide) -> Slide:
    """A slide of persona cards with the cards as tall as the tallest of its row needs, the rows together
    centred in the body: a card of a name and a question is not a tall box whose text sits in its top
    third, over an empty slide."""
    cards = [f for f in slide.frames if f.name == "persona"]
    rows = sorted({f.box.y for f in cards})
    if not cards:
        return slide
    needs = {
        y: max(para_height(ctx.setter, f.paras, f.box.w - 2 * f.inset) + 2 * f.inset for f in cards if f.box.y == y)
        for y in rows
    }
    gap = rows[1] - (rows[0] + next(f.box.h for f in cards if f.box.y == rows[0])) if len(rows) > 1 else 0.0
    heights = {y: min(needs[y], next(f.box.h for f in cards if f.box.y == y)) for y in rows}
    body = ctx.body
    top = body.y + max(0.0, (body.h - sum(heights.values()) - gap * (len(rows) - 1)) / 2)
    moved: dict[float, float] = {}
    for y in rows:
        moved[y] = top
        top += heights[y] + gap
    slide.frames = [
        replace(f, box=replace(f.box, y=moved[f.box.y], h=heights[f.box.y])) if f.name == "persona" else f
        for f in slide.frames
    ]
    return slide


#: A persona's slide is one card, read from the back of the room: its words may grow past the other slides'
#: body text (``MAX_SIZE``) to fill the card, up to the title's size less a little (the title stays the
#: larger), rather than stand at 24 pt in the top third of an empty card.
PERSONA_MAX = 28.0


def _persona_card(ctx: Ctx, persona: Persona, canvas: Canvas, on_maps: set[str]) -> list[Para]:
    """The persona's card: its fields but those its empathy map's slide shows (``on_maps``)."""
    fields = {key: item for key, item in persona.fields.items() if key not in on_maps and not _id_in_name(persona, key)}
    room, _ = _card_room(ctx)
    line = (room.w - 2 * INSET) / PERSONA_MAX
    return _record(ctx, persona.name, fields, canvas.persona_headings(persona), "name", line)


def _id_in_name(persona: Persona, key: str) -> bool:
    """Whether a persona's field is the list's id that its name already says: a CSV's row "1" is "Persona 1",
    not "Persona 1" over "id: 1" (a database's number a client did not write as text, F17)."""
    item = persona.fields.get(key)
    if key != "id" or item is None or persona.name is None:
        return False
    return item.text.strip() in persona.name.text.split()


def persona_title(persona: Persona, word: str) -> str:
    """A persona slide's title: "Persona: Sandra Okafor"; a persona named by its number ("Persona 1") is its
    name alone, not "Persona: Persona 1"."""
    if persona.name is None:
        return word
    name = persona.name.text
    first = name.split(maxsplit=1)[0].casefold() if name.split() else ""
    return name if first in {word.casefold(), "persona"} else f"{word}: {name}"


def _card_room(ctx: Ctx) -> tuple[Box, float]:
    """The persona card's box on its slide, and the side of the square its picture (or initials) takes at
    the right of it."""
    body = ctx.body
    side = min(body.h * 0.45, body.w * 0.22)
    return Box(body.x, body.y, body.w - side - ctx.margin * 0.5, body.h), side


def _persona_size(ctx: Ctx, cards: list[list[Para]]) -> float:
    """One body size for every persona slide (a family, as the phase slides are): the largest up to
    ``PERSONA_MAX`` at which each card that fits its slide at all holds on it; a card that does not fit even
    at ``BODY_MIN`` goes on on a follow-up at that size."""
    room, _ = _card_room(ctx)
    sizes = [best_size(ctx, [(room, card, {})], largest=PERSONA_MAX) for card in cards]
    return min((size for size in sizes if size > BODY_MIN), default=BODY_MIN)


def _persona_slides(
    ctx: Ctx, persona: Persona, card: list[Para], section: str, size: float, canvas: Canvas
) -> list[Slide]:
    """The persona's slide: its ``card`` at the persona slides' one ``size``, its picture or initials beside
    (told apart from the canvas's other personas')."""
    w = ctx.words
    title = persona_title(persona, w["persona"])
    room, side = _card_room(ctx)
    style: dict[str, object] = {"fill": ctx.kit.palette.muted, "name": "persona"}

    def laid(height: float) -> list[Slide]:
        frame = (replace(room, h=height), card, style)
        return list(continued_slides(ctx, "persona", title, section, w["n_persona"], [frame], size=size))

    slides = laid(room.h)
    if len(slides) > 1:  # split evenly over its slides, the first's card as tall as the others' (below)
        slides = laid(_even_height(laid, room.h, len(slides)))
        slides[0].frames = [replace(f, box=room) if f.name == "persona" else f for f in slides[0].frames]
    circle = Box(ctx.body.right - side, ctx.body.y, side, side)
    if persona.picture is not None:
        slides[0].frames.append(Frame(circle, [], picture=persona.picture, name="portrait"))
        return slides
    letters = initials(persona.name.text, [p.name.text for p in canvas.personas if p.name]) if persona.name else ""
    colour = ctx.kit.palette.primary
    ink = heading_ink(colour, ctx.ink)
    wide = ctx.setter.width(letters, "heading", side * 0.36) if letters else 0.0
    letter_size = round(side * 0.36 * min(1.0, side * 0.7 / wide)) if wide else round(side * 0.36)  # "P10" inside
    slides[0].frames.append(
        Frame(circle, [Para(letters, letter_size, ink, True, "heading")], colour, disc=True, name="initials")
    )
    return slides


def _even_height(laid: Callable[[float], list[Slide]], full: float, count: int) -> float:
    """The least height of a card's frame (to a point) at which it still takes ``count`` slides (``laid``):
    each slide's part at most that tall, the card split evenly over them. Filled to the foot of its first
    slide, a card that went on left a follow-up of its heading and one line (#31)."""
    return smallest_fitting(lambda height: len(laid(height)) <= count, full / (count + 1), full, 1.0)


def empathy_slides(ctx: Ctx, found: EmpathyMap, section: str) -> list[Slide]:
    """An empathy map's slide, titled with its persona's name: its quadrants laid out as the sheet has them
    (``empathy.quadrants``), pains and gains beneath, each headed as written; one size for all, never below
    ``BODY_MIN`` (what does not fit goes on on a follow-up slide, only the boxes that go on)."""
    w = ctx.words
    rows, beneath = quadrants(found)
    grid_at, beneath_at = grid_boxes(ctx.body, 10.0, [len(row) for row in rows], len(beneath))
    frames: list[tuple[Box, list[Para], dict[str, object]]] = []
    for quadrant, box in [*zip([q for row in rows for q in row], grid_at), *zip(beneath, beneath_at)]:
        head = quadrant.heading
        paras = [Para(head.text, MAX_SIZE, ctx.ink, True, "heading", str(head.source))] if head else []
        paras += [Para(item.text, MAX_SIZE, ctx.ink, source=str(item.source)) for item in quadrant.entries]
        lower = quadrant.kind in BENEATH  # pains and gains: outlined in the brand colour, under the grid
        style: dict[str, object] = {
            "fill": None if lower else ctx.kit.palette.muted,
            "border": ctx.kit.palette.primary if lower else None,
            "name": quadrant.kind.value,
        }
        frames.append((box, paras, style))
    name = map_title(found)
    title = map_heading(found, w["empathy_map"])
    return list(continued_slides(ctx, "empathy", title, section, w["n_empathy"].format(name=name), frames))


def role_slides(ctx: Ctx, journey: Journey, view: JourneyView, section: str) -> list[Slide]:
    """Who of the buying group takes part where: only where there is a group (more than one persona whose
    phases are known); one consumer persona has no buying-group slide."""
    table = involvement_matrix(journey, view, ctx.language)
    if table is None or len(table[1]) < 2:
        return []
    w = ctx.words
    slides = matrix_slides(ctx, journey, "roles", w["roles"], section, w["n_roles"], table, first=ROLES_FIRST)
    return [_filled_table(ctx, slide) for slide in slides]


#: The buying group's names column: its names and roles ("Mark Jansen – IT Manager – technical evaluator")
#: on two lines, beside phase columns that hold a mark each (they stood in three beside empty columns, F34).
ROLES_FIRST = 0.34

#: A table that leaves most of its slide empty has its rows grown to fill it, each at most this many times
#: its own height: a small table at the top of a large empty slide (F34) reads as a designed slide.
ROW_GROWTH = 2.0


def _filled_table(ctx: Ctx, slide: Slide) -> Slide:
    """A slide of one table whose rows (not its header) grow evenly into the body's height below it, each
    up to ``ROW_GROWTH`` times its own: a four-row table stood in the top half of its slide."""
    if len(slide.tables) != 1:
        return slide
    table = slide.tables[0]
    spare = ctx.body.h - sum(table.heights)
    rows = len(table.heights) - 1
    if spare <= 0 or rows < 1:
        return slide
    grown = [table.heights[0], *(min(h * ROW_GROWTH, h + spare / rows) for h in table.heights[1:])]
    slide.tables = [replace(table, heights=grown, middle=True)]
    return slide


def matrix_slides(
    ctx: Ctx,
    journey: Journey,
    kind: SlideKind,
    title: str,
    section: str,
    notes: str,
    table: Rows,
    first: float = 0.24,
) -> list[Slide]:
    """A table of a column per phase (channels, the buying group) beside its names' column; a journey of
    more phases than ``phases_a_part`` in parts of evenly many phases, each a table of its own titled by
    its phases ("Kanalen per fase · Fase 9–15"): a 22-column table was set at 14 pt, its phase names broken,
    and set every other table of the deck at 14 pt with it. ``first``: the names' column's wanted share."""
    header, rows = table
    ranges = even_parts(len(header) - 1, phases_a_part(ctx, header[1:]))
    if len(ranges) == 1:
        return table_slides(ctx, kind, title, section, notes, header, rows, _matrix_shares(ctx, header, first))
    word = phase_word(journey, ctx.language)
    slides: list[Slide] = []
    for start, stop in ranges:
        columns = [0, *range(start + 1, stop + 1)]
        part = [header[i] for i in columns]
        named = f"{title} · {word} {start + 1}–{stop}"
        cells = [[row[i] for i in columns] for row in rows]
        slides += table_slides(ctx, kind, named, section, notes, part, cells, _matrix_shares(ctx, part, first))
    return slides


#: A table of phase columns holds at most this many a slide: more (22 phases) go in parts of evenly many.
PHASES_A_PART = 8


def phases_a_part(ctx: Ctx, names: list[str]) -> int:
    """How many phase columns one slide's table holds: at most ``PHASES_A_PART``, and no more than leave
    every word of every phase name whole at the tables' floor (14 pt) beside the names' column (its least share)."""
    longest = max((ctx.setter.width(word, "heading", TABLE_MIN) for name in names for word in name.split()), default=0)
    need = longest / WRAP_SLACK + 2 * INSET + 1.0
    room = ctx.body.w * (1 - MATRIX_FIRST_LEAST)
    return max(1, min(len(names), PHASES_A_PART, int(room // need)))


def even_parts(count: int, most: int) -> list[tuple[int, int]]:
    """``count`` things in parts of at most ``most``, evenly: 22 phases of at most 8 are 8, 7 and 7."""
    parts = -(-count // max(1, most))
    ranges, start = [], 0
    for part in range(parts):
        stop = start + count // parts + (1 if part < count % parts else 0)
        ranges.append((start, stop))
        start = stop
    return ranges


MATRIX_FIRST_LEAST = 0.14  # the names' column of a phase table: at least this share of the slide's width


def _matrix_shares(ctx: Ctx, header: list[str], first: float = 0.24) -> list[float]:
    """A wide first column for names, unless the phase columns need the room for their longest word."""
    phases = max(len(header) - 1, 1)
    longest = max((ctx.setter.width(w, "heading", TABLE_MIN) for h in header[1:] for w in h.split()), default=0.0)
    needed = (longest / WRAP_SLACK + 2 * INSET + 1) / ctx.body.w
    share = min(max((1 - first) / phases, needed), (1 - MATRIX_FIRST_LEAST) / phases)
    return [1 - share * phases] + [share] * phases


def touchpoint_slides(
    ctx: Ctx, journey: Journey, canvas: Canvas, view: JourneyView, section: str, first: bool
) -> list[Slide]:
    w = ctx.words
    slides: list[Slide] = []
    table = touchpoint_table(canvas, ctx.language) if first else None
    if table is not None:  # a column the sheet never had, empty in every row, is left out
        (header, rows), shares = filled_columns(*table, [0.13, 0.19, 0.12, 0.13, 0.12, 0.1, 0.1, 0.11])
        slides += table_slides(ctx, "touchpoints", w["tp_title"], section, w["n_tp"], header, rows, shares)
    matrix = channel_matrix(journey, view, ctx.language)
    if matrix is not None:
        channels = w["channels_title"]
        slides += matrix_slides(ctx, journey, "channels", channels, section, w["n_channels"], matrix, first=0.2)
    return slides


KEY_ROW = 30.0  # the key under a chart of bars coloured met / missed: a row of swatches and their words
KEY_SWATCH = 14.0


def _bar_keys(
    ctx: Ctx, series: list[tuple[str, list[float | None]]], colours: list[Colour], met: list[bool | None]
) -> list[tuple[Colour, str]]:
    """The key of a chart whose measured bars are coloured met / missed ("Measured · met" in green,
    "Measured · missed" in red, "Target" in grey): the colours its bars are drawn in, each said; none where
    no bar is coloured so (the chart's own legend says its series then). A legend of the series' one colour
    said "Measured" in orange over bars of green and red (F28)."""
    if not any(m is not None for m in met):
        return []
    said = POSTER_WORDS[ctx.language]
    measured = series[0][0]
    keys = [(ctx.kit.palette.opportunity, f"{measured} · {said['met']}")] if any(m is True for m in met) else []
    keys += [(ctx.kit.palette.pain, f"{measured} · {said['missed']}")] if any(m is False for m in met) else []
    keys += [(colours[0], measured)] if any(m is None for m in met) else []
    return keys + [(colour, name) for (name, _), colour in zip(series[1:], colours[1:])]


def _key_frames(ctx: Ctx, keys: list[tuple[Colour, str]], middle: float) -> list[Frame]:
    """The key's swatches and words in a row, centred under the chart at ``middle`` (its row's centre)."""
    size = 14.0
    gap = 18.0
    widths = [ctx.setter.width(text, "body", size) / WRAP_SLACK + 2 * INSET + 1.0 for _, text in keys]
    total = sum(KEY_SWATCH + 4.0 + w for w in widths) + gap * (len(keys) - 1)
    x = ctx.body.x + (ctx.body.w - total) / 2
    frames: list[Frame] = []
    for (colour, text), width in zip(keys, widths):
        frames.append(
            Frame(Box(x, middle - KEY_SWATCH / 2, KEY_SWATCH, KEY_SWATCH), [], fill=colour, name="key swatch")
        )
        x += KEY_SWATCH + 4.0
        line = size * LEADING + 2 * INSET
        frames.append(Frame(Box(x, middle - line / 2, width, line), [Para(text, size, ctx.ink)], name="key"))
        x += width + gap
    return frames


def kpi_slides(
    ctx: Ctx,
    canvas: Canvas,
    view: JourneyView,
    section: str,
    phase: str,
    shared: tuple[str, list[Metric]] | None = None,
) -> list[Slide]:
    """Charts of measured against target (one unit per chart), the table of every figure, the budget;
    ``phase``: the canvas's word for a phase, heading the table's phase column unless the Metrics sheet
    names it; ``shared``: whose earlier section shows the journey's other figures, and those figures,
    named under the table (a later journey's table of one own figure read as all it had, where its
    poster page showed eight)."""
    w = ctx.words
    metrics = view.metrics
    slides: list[Slide] = []
    kit = ctx.kit
    state = {True: kit.palette.opportunity, False: kit.palette.pain, None: kit.palette.accent}
    titles: list[str] = []
    groups = metric_groups(metrics)
    alone = _lone_notes(ctx, groups, lone_figures(metrics), view.aims)
    for number, group in enumerate(groups):
        # a unit's figures of very different sizes are charted apart: the second chart of a unit goes on
        # ("(vervolg)"), never a second slide of the very same title
        targeted = any(t is not None for t in group.targets)
        kind = "kpi_chart_aimed" if view.aims else "kpi_chart" if targeted else "kpi_chart_untargeted"
        title = f"{w[kind]} ({_unit_label(group.unit, ctx.language)})"
        titles.append(title)
        title += f" ({w['continued']})" if titles.count(title) > 1 else ""
        slide = Slide("kpi_chart", title, section, w["n_kpi"])
        # an ideal's own figures are its aims: named so, and never coloured met or missed
        series: list[tuple[str, list[float | None]]] = [(w["aimed" if view.aims else "measured"], list(group.values))]
        value_labels, target_labels = bar_labels(group, ctx.language)
        labels = [value_labels]
        if targeted:
            series.append((w["target"], group.targets))
            labels.append(target_labels)
        colours = [kit.palette.accent, kit.palette.muted.mix(ctx.ink, 0.35)]
        points: list[Colour | None] = [state[None if view.aims else m] for m in group.met]
        keys = [] if view.aims else _bar_keys(ctx, series, colours, group.met)
        box = ctx.body if not keys else replace(ctx.body, h=ctx.body.h - KEY_ROW)
        note = alone.get(number)
        if note is not None:  # the figures no chart holds, said under this one: never left out unsaid
            high = para_height(ctx.setter, [note], ctx.body.w - 2 * INSET) + 2 * INSET
            box = replace(box, h=box.h - high)
            slide.frames.append(
                Frame(Box(ctx.body.x, ctx.body.bottom - high, ctx.body.w, high), [note], name="not charted")
            )
        number_format = _number_format("" if group.unit == "NPS" else group.unit, ctx.language)
        slide.bars = Bars(box, group.categories, series, colours, points, number_format, labels, legend=not keys)
        slide.frames += _key_frames(ctx, keys, box.bottom + KEY_ROW / 2)
        slides.append(slide)
    table = metric_table(metrics, ctx.language, canvas.metric_columns, phase, view.aims)
    if table is not None:  # a column no figure fills (touchpoint, target, period) is left out
        (header, rows), shares = filled_columns(*table, [0.14, 0.2, 0.2, 0.11, 0.11, 0.11, 0.13])
        title = w["kpi_title_aimed" if view.aims else "kpi_title"]
        slides += table_slides(ctx, "kpis", title, section, w["n_kpi"], header, rows, shares)
        follow_up = _say_shared(ctx, slides[-1], shared) if shared is not None else None
        slides += [follow_up] if follow_up is not None else []
    budget = budget_table(metrics, ctx.language)
    if budget is not None:
        (header, rows), group = budget
        # "Budget and return" only over what shows a return, or what the money brought in (F7)
        budget_title = w["budget_title"] if any(row[3] for row in rows) else w["budget_spent"]
        slide = Slide("budget_chart", budget_title, section, w["n_budget"])
        slide.bars = Bars(
            ctx.body,
            group.categories,
            [(w["spend"], list(group.values))],
            [kit.palette.accent],
            [],
            _number_format(group.unit, ctx.language),
            [bar_labels(group, ctx.language)[0]],
        )
        shares = [0.16, 0.24, 0.16, 0.44]
        spent = table_slides(ctx, "budget", budget_title, section, w["n_budget"], header, rows, shares)
        slides += _chart_over_table(ctx, slide, spent)
        by_channel = channel_budget_table(canvas, ctx.language)
        if by_channel is not None:
            # a column of dashes only (no channel's revenue known) says nothing: left out, its room to the rest
            (head, lines), shares = filled_columns(*_dashes_blank(*by_channel), [0.4, 0.2, 0.2, 0.2])
            returns = by_channel[0][-1] in head  # no return column left: the title promises none (F7)
            title = f"{w['budget_title']}: {w['per_channel']}" if returns else f"{w['budget_spent']} {w['per_channel']}"
            lines = [[cell or "–" for cell in line] for line in lines]
            by_channel_slides = table_slides(ctx, "channel_budget", title, section, w["n_budget"], head, lines, shares)
            if not _channels_joined(ctx, slides[-1], by_channel_slides):
                slides += by_channel_slides
    return slides


#: The most of the body's width the budget per channel may take beside the budget's chart.
BESIDE_CHART = 0.4


def _channels_joined(ctx: Ctx, budget: Slide, by_channel: list[Slide]) -> bool:
    """The budget per channel, a short table, joins the budget's last slide where it fits there (it stood
    alone, two rows at the top of a slide: #31 round 22): under the budget's table on a slide of tables, or
    at the right of the budget's chart, which gives it the width, where the table is narrow (at most
    ``BESIDE_CHART`` of the body, every cell on one line) and no taller than the chart. The slide keeps the
    budget's title; the table's header names the channels."""
    if len(by_channel) != 1 or len(by_channel[0].tables) != 1 or not budget.tables:
        return False
    table, body = by_channel[0].tables[0], ctx.body
    high = sum(table.heights)
    if budget.bars is None:
        top = max(t.box.y + sum(t.heights) for t in budget.tables) + TABLE_GAP
        if top + high > body.bottom + 0.01:
            return False
        table.box = Box(table.box.x, top, table.box.w, high)
    else:
        needs = line_needs(ctx, table.rows[0], table.rows[1:], table.size)
        chart = budget.bars.box
        width = max(sum(needs), body.w * BESIDE_CHART * 0.75)
        if sum(needs) > body.w * BESIDE_CHART:
            return False
        shares = [need / sum(needs) for need in needs]
        table = deck_table(ctx, Box(body.right - width, chart.y, width, chart.h), table.rows, shares, table.size)
        if sum(table.heights) > chart.h:
            return False
        table.box = replace(table.box, h=sum(table.heights))
        budget.bars = replace(budget.bars, box=replace(chart, w=chart.w - width - CHART_GAP))
    budget.tables.append(table)
    budget.notes = budget.notes if by_channel[0].notes in budget.notes else f"{budget.notes}\n\n{by_channel[0].notes}"
    return True


TABLE_GAP = 24.0  # between two tables on one slide, each under its own header (as the actions' and questions')
CHART_GAP = 12.0  # between a chart and the table beside or under it


#: The most of a slide's body a table may take under its chart on one slide (the chart keeps the rest).
TABLE_UNDER_CHART = 0.45


def _chart_over_table(ctx: Ctx, chart: Slide, table: list[Slide]) -> list[Slide]:
    """A chart and its table on one slide where the table is short (the budget's three rows took a slide of
    their own, its top sixth, after a slide of three bars: F7): the chart above, the table at the foot.
    The table keeps its slide's kind (its size is the family's); the two apart where the table is long."""
    if len(table) != 1 or len(table[0].tables) != 1:
        return [chart, *table]
    slide, body = table[0], ctx.body
    placed = slide.tables[0]
    high = sum(placed.heights)
    if high > body.h * TABLE_UNDER_CHART or chart.bars is None:
        return [chart, *table]
    gap = CHART_GAP
    placed.box = replace(placed.box, y=body.bottom - high, h=high)
    chart.bars = replace(chart.bars, box=replace(chart.bars.box, h=body.h - high - gap))
    slide.bars = chart.bars
    return [slide]


def _dashes_blank(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    return header, [[cell if cell.strip() != "–" else "" for cell in row] for row in rows]


def _say_shared(ctx: Ctx, slide: Slide, shared: tuple[str, list[Metric]]) -> Slide | None:
    """Under the table of a later journey's own figures, the figures it shares with ``who``'s section,
    named; on a follow-up slide of the table where the table leaves no room for the line (that slide)."""
    who, figures = shared
    names = ", ".join(dict.fromkeys(m.name.text for m in figures))
    para = Para(f"{ctx.words['shared_figures'].format(who=who)}: {names}", NOTE_SIZE, ctx.ink)
    high = para_height(ctx.setter, [para], ctx.body.w - 2 * INSET) + 2 * INSET
    top = max((t.box.y + sum(t.heights) for t in slide.tables), default=ctx.body.y) + 8.0
    follow_up = None
    if top + high > ctx.body.bottom:
        follow_up = Slide(slide.kind, f"{slide.title} ({ctx.words['continued']})", slide.section, slide.notes)
        follow_up.continued, slide, top = True, follow_up, ctx.body.y
    slide.frames.append(Frame(Box(ctx.body.x, top, ctx.body.w, high), [para], name="shared"))
    return follow_up


#: The type size of the line under a chart naming the figures no chart holds (the key's size).
NOTE_SIZE = 14.0


def _lone_notes(ctx: Ctx, groups: list[BarGroup], lone: list[tuple[str, Metric]], aims: bool) -> dict[int, Para]:
    """The line under a chart that names the figures no chart holds (each the only one of its unit or
    magnitude), with value, target and result: under the first chart of the figure's unit, else under
    the last chart; by the chart's number. None where nothing is charted (the table follows alone)."""
    if not groups or not lone:
        return {}
    said = POSTER_WORDS[ctx.language]
    placed: dict[int, list[str]] = {}
    for unit, m in lone:
        at = next((n for n, group in enumerate(groups) if group.unit == unit), len(groups) - 1)
        target = f" — {said['target']} {format_target(m, ctx.language)}" if m.target is not None else ""
        result = "" if aims or m.met is None else f", {said['met'] if m.met else said['missed']}"
        placed.setdefault(at, []).append(f"{_figure_named(m)} {format_value(m, ctx.language)}{target}{result}")
    head = ctx.words["not_charted"]  # "Also measured: Downloads (Industry report) 1,240 — target 1,000, met"
    return {at: Para(f"{head}: {'; '.join(lines)}", NOTE_SIZE, ctx.ink) for at, lines in placed.items()}


def _figure_named(m: Metric) -> str:
    """A figure's name as a sentence says it, where it was measured in brackets: "Downloads (Industry report)"."""
    where = m.touchpoint.text if m.touchpoint else m.phase or ""
    return f"{m.name.text} ({where})" if where else m.name.text


def _unit_label(unit: str, language: str) -> str:
    return unit_word(unit, language) or "#"


def _number_format(unit: str, language: str) -> str:
    """Excel number formats for chart labels: the unit as the data says it (a duration after the figure)."""
    if unit == "%":
        return '0.0"%"'
    if unit in DURATIONS.values():
        return f'#,##0.## "{unit_word(unit, language)}"'
    if unit:
        return f'"{unit}" #,##0'
    return "#,##0.##"


#: The appendix's largest body size: as large as the phase slides' smaller sizes, down to ``BODY_MIN``.
APPENDIX_SIZE = 18.0


APPENDIX_GAP = 12.0  # between the appendix's two columns


def _appendix_line(ctx: Ctx) -> float:
    """How many ems wide a line of an appendix column is at its largest size."""
    return ((ctx.body.w - APPENDIX_GAP) / 2 - 2 * INSET) / APPENDIX_SIZE


def appendix_slides(ctx: Ctx, canvas: Canvas, views: list[JourneyView]) -> list[Slide]:
    w = ctx.words
    section = w["appendix"]
    blocks: list[Para] = []
    for tp in canvas.touchpoints:
        # The touchpoint table shows phase, channel, timing, owner, now, ideal and sales moment.
        rest = {key: item for key, item in tp.fields.items() if key not in TABLE_FIELDS}
        if rest:
            blocks += _record(ctx, tp.name, rest, canvas.touchpoint_columns, "touchpoint", _appendix_line(ctx))
    # Figures are in the KPI and budget tables; only those of no journey's phase are listed here.
    placed = [m for view in views for m in view.metrics]
    records = metric_records(canvas, ctx.language, lambda m: not any(m is p for p in placed))
    for heading, lines in records:
        blocks.append(Para(heading, MAX_SIZE, ctx.ink, True, "heading"))
        blocks += [Para(text, MAX_SIZE, ctx.ink, source=source) for text, source in lines]
    titled = [(title.text, items) for j in canvas.journeys for title, items in j.notes_under_titles()[0]]
    notes = [
        replace(n, text=placed_note(j, n, ctx.language)) for j in canvas.journeys for n in j.notes_under_titles()[1]
    ]
    # a note every journey of a table has (a listed stage the table lacks), or every sheet of a workbook of one
    # sheet per journey writes alike (the same line in each sheet's corner): once, cited where first written
    notes = list({" ".join(n.text.split()): n for n in notes}.values())
    headed, outside = canvas.notes_under_titles()
    notes += outside
    # the small tables among the notes: each a table slide of its own after the appendix, their rows no bullets
    among = [t for j in canvas.journeys for t in j.notes_tables] + canvas.notes_tables
    tables: list[NotesTable] = []
    for title, items in [*titled, *([(w["notes"], notes)] if notes else []), *((t.text, i) for t, i in headed)]:
        items, found = tables_among(items, among)
        tables += found
        titles = {t.title.source for t in found if t.title is not None}  # each its table slide's title
        items = [n for n in items if n.source is None or n.source not in titles]
        if not items:
            continue
        blocks.append(Para(title, MAX_SIZE, ctx.ink, True, "heading"))  # a notes column under its heading
        blocks += [Para(n.text, MAX_SIZE, ctx.ink, source=str(n.source), mark="bullet") for n in items]
    long_names = [n for j in canvas.journeys for n in in_full(j)]
    if long_names:
        blocks.append(Para(w["in_full"], MAX_SIZE, ctx.ink, True, "heading"))
        blocks += [Para(n.text, MAX_SIZE, ctx.ink, source=str(n.source), mark="bullet") for n in long_names]
    if not blocks:
        return _notes_tables(ctx, tables, section)
    body = ctx.body
    gap = APPENDIX_GAP
    half = (body.w - gap) / 2
    left, right = Box(body.x, body.y, half, body.h), Box(body.x + half + gap, body.y, half, body.h)
    slides: list[Slide] = []
    pending = blocks
    above: Para | None = None  # the heading of what goes on in the next column
    size = APPENDIX_SIZE  # reference material, read from the back of the room too: one size in every column
    balanced = _balanced_columns(ctx, blocks, left, right)
    if balanced is not None:  # one slide: its two columns alike, as large as they hold
        at, split = balanced
        slide = Slide("appendix", w["appendix"], section, w["n_appendix"])
        for box, part in ((left, blocks[:split]), (right, blocks[split:])):
            slide.frames.append(Frame(box, fit_frame(ctx.setter, part, box, at, at)[0], name="appendix"))
        pending = []
        slides.append(_cited(ctx, slide, blocks))
    while pending:
        title = w["appendix"] if not slides else f"{w['appendix']} ({w['continued']})"
        slide = Slide("appendix", title, section, w["n_appendix"])
        for box, then in ((left, right), (right, None)):
            if not pending:
                break
            whole = _column_start(ctx, pending, box, then, above)
            if whole is not None:  # what fits ends at a block's (or a paragraph's) end: the rest goes on whole
                kept, going_on = fit_frame(ctx.setter, whole, box, BODY_MIN, BODY_MIN)[0], pending[len(whole) :]
            else:
                kept, going_on = fit_frame(ctx.setter, pending, box, size, BODY_MIN, continues(ctx))
            size = base_size(kept)
            slide.frames.append(Frame(box, kept, name="appendix"))
            pending, above = heading_again(kept, going_on, above, w["continued"])
        slides.append(_cited(ctx, slide, blocks))
    return slides + _notes_tables(ctx, tables, section)


def _cited(ctx: Ctx, slide: Slide, blocks: list[Para]) -> Slide:
    """The slide with its notes' cells in its speaker notes, for the facilitator, never on the client's slide;
    a note cut between columns or slides in full (its cut part "… → vervolg" gave the reader no rest)."""
    paras = [p for frame in slide.frames for p in frame.paras]
    cited = [f"{ctx.cited(p.source)} — {_in_full(p, blocks)}" for p in paras if p.mark == "bullet" and p.source]
    slide.notes = "\n".join([slide.notes, *dict.fromkeys(cited)])
    return slide


def _balanced_columns(ctx: Ctx, blocks: list[Para], left: Box, right: Box) -> tuple[float, int] | None:
    """Where the appendix's blocks hold on one slide, whole, split between its two columns: the largest size up
    to ``APPENDIX_SIZE`` at which a split at a block's start holds both, and the split there that makes the
    taller column least; None where no split holds them at ``BODY_MIN``. Filled left first, a short appendix
    stood at 16 pt in a full left column beside a right one half as tall (#31)."""
    starts = [i for i, p in enumerate(blocks) if p.bold and i > 0]
    width = left.w - 2 * INSET

    def split(size: float) -> int | None:
        held = [
            k for k in starts if fits(ctx.setter, blocks[:k], left, size) and fits(ctx.setter, blocks[k:], right, size)
        ]
        taller = {
            k: max(para_heights(ctx.setter, part, width, size)[-1] for part in (blocks[:k], blocks[k:])) for k in held
        }
        return min(held, key=lambda k: taller[k], default=None)

    if split(BODY_MIN) is None:
        return None
    size = largest_fitting(lambda s: split(s) is not None, BODY_MIN, APPENDIX_SIZE, 1)
    at = split(size)
    return None if at is None else (size, at)


def _notes_tables(ctx: Ctx, tables: list[NotesTable], section: str) -> list[Slide]:
    """A slide for each small table among the notes (an action table, a table of risks beside the canvas): a
    table, its header row as its header, titled by the cell right above it that names it ("Actiepunten"), else
    with the notes' heading and the table's first column; its cells in the speaker notes."""
    slides: list[Slide] = []
    w = ctx.words
    for table in tables:
        header, *rows = table.squared()
        rows = rows or [[""] * len(header)]  # a header alone (a model written by hand): its words still shown
        wanted = [
            max(ctx.setter.widest_line(text, "body") for text in [header[c], *(row[c] for row in rows)]) + 2.0
            for c in range(len(header))
        ]
        shares = [width / sum(wanted) for width in wanted]
        first, last = table.sources[0], table.sources[-1]
        cells = f"{first.sheet}!{first.cell.split(':')[0]}:{last.cell.split(':')[-1]}"
        # the cell right above it that names it ("Actiepunten"), else the notes' heading and its first column
        title = " ".join(table.title.text.split()) if table.title is not None else f"{w['notes']} · {header[0]}"
        slides += table_slides(ctx, "notes_table", title, section, ctx.cited(cells), header, rows, shares)
    return slides


def _column_start(ctx: Ctx, paras: list[Para], box: Box, then: Box | None, above: Para | None) -> list[Para] | None:
    """What an appendix column holds where not all of ``paras`` fit it: whole blocks, else whole paragraphs
    (``_whole_start``), else None (cut as ``fit_frame`` cuts). The slide's next column (``then``) must hold
    the rest where a cut would have let it: a block moved whole never costs a slide of its own."""
    if then is None:
        return _whole_start(ctx.setter, paras, box, True)
    room_after = fit_frame(ctx.setter, paras, box, BODY_MIN, BODY_MIN, continues(ctx))
    cut_fits = fits(ctx.setter, heading_again(*room_after, above, ctx.words["continued"])[0], then, BODY_MIN)
    for blocks in (True, False):
        start = _whole_start(ctx.setter, paras, box, blocks)
        if start is None:
            continue
        rest = heading_again(start, paras[len(start) :], above, ctx.words["continued"])[0]
        if not cut_fits or fits(ctx.setter, rest, then, BODY_MIN):
            return start
    return None


def _whole_start(setter: Setter, paras: list[Para], box: Box, blocks: bool = True) -> list[Para] | None:
    """Where ``paras`` do not all fit ``box`` (at the smallest size), the longest start of them that fits and
    ends where a block ends (a heading's record or list), else where a paragraph ends: a block moves whole
    to the next column, and a long block goes on at a paragraph's end, never cut mid-name while the column
    had room (F31). None where all fit, or where the first paragraph that does not fit is itself longer than
    a column (only such a one is cut). Without ``blocks``: at a paragraph's end only."""
    room = box.h - 2 * INSET + 0.01
    width = box.w - 2 * INSET
    running = para_heights(setter, paras, width, BODY_MIN, limit=room)
    keep = sum(1 for h in running if h <= room)
    if keep == len(paras):
        return None
    start = max((i for i in range(1, keep + 1) if paras[i].bold), default=0) if blocks else 0  # at its heading
    end = next((i for i in range(start + 1, len(paras)) if paras[i].bold), len(paras))
    if start and para_heights(setter, paras[start:end], width, BODY_MIN, limit=room)[-1] <= room:
        return paras[:start]  # the block that does not fit here fits a column: it goes there whole
    alone = para_heights(setter, [paras[keep]], width, BODY_MIN)[0]
    if alone > room or keep == 0:
        return None
    if paras[keep - 1].bold:
        keep -= 1  # a heading never ends a column without its first item
    return paras[:keep] if keep else None


def _in_full(para: Para, blocks: list[Para]) -> str:
    """A cut note's whole text, for the speaker notes: the appendix paragraph of its cell that holds its
    part shown (the part without its continuation mark); the text itself when it was never cut."""
    shown = para.text.split(" → ")[0].rstrip("…").strip()
    return next((b.text for b in blocks if b.source == para.source and shown in b.text), para.text)


def _record(
    ctx: Ctx, name: Item | None, fields: Mapping[str, Item | None], columns: dict[str, Item], key: str, line: float
) -> list[Para]:
    """A record's heading over its "Label: value" fields, hung for a frame whose line is ``line`` ems wide
    at the largest size it is set at (``hung``)."""
    heading, lines = record_lines(name, fields, columns, key, ctx.language)
    paras = [Para(heading, MAX_SIZE, ctx.ink, True, "heading")]
    for text, source in lines:
        hang = hung(ctx.setter, text, line)
        under = bool(hang) and hang != LONG_LABEL_HANG  # the value under its own start, the label beside it
        paras.append(Para(text, MAX_SIZE, ctx.ink, source=source, hang=hang, gap=FIELD_GAP, label_hung=under))
    return paras


#: The space before a record's field line, in ems: a third of a list item's, so that a record reads as one
#: block under its heading and a column holds a block whole where it had to be cut (round 20, look #24).
FIELD_GAP = ITEM_GAP / 3


def layout_report_deck(
    title: str,
    blocks: list[ReportBlock],
    table: ActionTable | None,
    kit: BrandKit,
    setter: Setter,
    size: tuple[float, float],
    language: str,
    notes: str,
) -> DeckLayout:
    """Slides for a report, ``size`` wide and high: one text slide per block (continued as needed), then a table."""
    width, height = size
    ctx = Ctx(kit, setter, DECK_WORDS[language], width, height, language)
    slides: list[Slide] = []
    style: dict[str, object] = {"fill": kit.palette.muted, "name": "report"}
    frames = [
        (ctx.body, [Para(text, MAX_SIZE, ctx.ink, source=source, mark="bullet") for text, source in block.lines], style)
        for block in blocks
    ]
    # one body size for the report's text slides (a phase's slide no smaller than its neighbours): the largest
    # at which each block that fits a slide fits it; a longer block goes on at that size
    sizes = [best_size(ctx, [frame]) for frame in frames]
    family = min((size for size in sizes if size > BODY_MIN), default=BODY_MIN)
    for block, frame in zip(blocks, frames, strict=True):
        said = "\n\n".join([notes, "\n".join(block.notes)]) if block.notes else notes  # how it was found
        slides.extend(continued_slides(ctx, "report", block.heading, title, said, [frame], size=family))
    if table is not None:
        header, rows = table.header, table.rows
        shares = [1 / len(header)] * len(header)
        shares = [0.18, 0.52, 0.15, 0.15] if len(header) == 4 else shares
        slides.extend(table_slides(ctx, "report", title, title, notes, header, rows, shares))
    finish_slides(ctx, slides)
    return DeckLayout(width, height, language, slides, [title])
