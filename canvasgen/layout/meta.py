"""Words both layouts print the same way: the day they were made, a journey's metadata, a Touchpoints or
Personas row, and where a budget went with what it brought in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from canvasgen.figures import format_day, format_figure, format_target, format_value, score_in
from canvasgen.language import in_another_language
from canvasgen.model import (
    SCORE_LANE,
    VIEW_SEPARATOR,
    Canvas,
    Item,
    Journey,
    Lane,
    Metric,
    MetricFrom,
    ScoreScale,
    Source,
    shared_title,
)
from canvasgen.read.package.references import position
from canvasgen.text import label_key
from canvasgen.vocabulary import BUYING_GROUP_ROLES, BUYING_GROUP_WORDS, PERSONA_INDEX, PERSONA_SHEET_KEYS, match_field
from canvasgen.vocabulary.scores import UNSCORED_LIGHT_WORDS, school_grade
from canvasgen.words import DECK_WORDS, DEFAULT_LANGUAGE, META_LABELS, PHASE_MODELS, POSTER_WORDS, said_age

SHOWN_META = ("project", "client", "persona", "version", "date", "scenario", "section")

Line = tuple[str, str]  # (text, source cell)


def score_text(value: float, scale: ScoreScale, language: str, mark: str | None = None) -> str:
    """A score as the scale writes it: signed on a scale round zero (-2..+2: "+1", "0", "-1"), plain
    otherwise ("4"), a half in ``language``'s way ("+1,5" in Dutch); with the ``mark`` the cell wrote it as
    beside it, where one is kept ("+2 groen")."""
    if mark and school_grade(mark) == value:  # "8+", "5-": a school grade, shown as written
        return mark
    shown = score_in(scale, value, language)
    return f"{shown} {mark}" if mark else shown


def scores_text(journey: Journey, index: int, language: str) -> str:
    """A phase's scores as written beside its score row's label: signed on a scale round zero ("+1", "0",
    "-1"), on another as on the sheet against its top ("4/5"); a face or a traffic light with what the cell
    wrote beside it ("+2 groen", "5/5 🟢"); several apart by " · "; empty for a phase without scores."""
    scores = journey.scores[index] if index < len(journey.scores) else []
    scale = journey.score_scale
    return " · ".join(
        (
            f"{s.mark}/{scale.high:g}"  # a school grade as written against its top: "8+/10"
            if s.mark and school_grade(s.mark) == s.value
            else score_text(s.value, scale, language)
            + ("" if scale.low < 0 else f"/{scale.high:g}")
            + "".join(f" {w}" for w in (s.mark or s.face, light_word(s.mark or s.face, language)) if w)
        )
        for s in scores
    )


#: The word for the colour of each traffic light's emoji (drawn as a disc of its colour): said beside it,
#: since the colour alone is lost on colour-blind readers and in a greyscale print.
LIGHT_WORD_KEYS = {"\U0001f7e2": "light_green", "\U0001f7e1": "light_yellow", "\U0001f7e0": "light_orange"}
LIGHT_WORD_KEYS |= {"\U0001f534": "light_red"}


def light_word(mark: str | None, language: str) -> str:
    """The colour word, in ``language``, of a traffic light written as its emoji ("groen" for 🟢); "" else."""
    key = LIGHT_WORD_KEYS.get(mark or "")
    return DECK_WORDS[language][key] if key else ""


def light_key(journey: Journey, language: str) -> list[str]:
    """What the chart's traffic lights and colour words stand for, as a key beside the curve: each mark the
    team wrote as a word with the score it was read as, highest first (["green = +2", "yellow = 0", "orange = 0",
    "red = -2"]); empty without traffic lights. A client reads on the chart that "orange" was put level with
    "yellow"."""
    read: dict[str, float] = {}
    for phase in journey.scores:
        for s in phase:
            if s.light is not None and s.mark and any(c.isalpha() for c in s.mark):  # a word, not a ● or 🟢
                read.setdefault(s.mark, s.value)
    scale = journey.score_scale
    ranked = sorted(read.items(), key=lambda pair: -pair[1])  # a stable sort: level marks as first written
    key = [f"{mark} = {score_in(scale, value, language)}" for mark, value in ranked]
    if not key:
        return key
    # a grey status beside the lights is no score: kept as the row's text, and said in the key, last
    lane = journey.lane(SCORE_LANE)
    unscored = [item.text.strip() for cell in lane.cells for item in cell] if lane is not None else []
    greys = dict.fromkeys(text for text in unscored if label_key(text) in UNSCORED_LIGHT_WORDS)
    return key + [f"{grey} = {POSTER_WORDS[language]['unscored_light']}" for grey in greys]


def score_lane(journey: Journey) -> Lane | None:
    """The lane the journey's scores are read from: its score row, else a lane the curve shows whole (an
    experience lane of faces, ``Journey.on_the_curve``); None for scores without a row (a Mermaid journey's)."""
    return journey.lane(SCORE_LANE) or next((lane for lane in journey.lanes if journey.on_the_curve(lane)), None)


def scale_words(scale: ScoreScale, language: str) -> str:
    """A score scale as a label says it, in ``language``: "(-2 t/m +2)", "(1 to 5)" — never the developer's
    "scale -2..+2" (English beside a Russian label on the poster)."""
    return POSTER_WORDS[language]["scale"].format(
        low=score_in(scale, scale.low, language), high=score_in(scale, scale.high, language)
    )


def score_label(journey: Journey, language: str) -> str:
    """What the scores are called beside them: their lane's label as the team wrote it (on one line), else
    the word in ``language`` ("Score", "Bewertung"). One answer for the deck's phase slides and the handouts."""
    lane = score_lane(journey)
    label = " ".join(lane.label.split()) if lane is not None else ""
    return label or POSTER_WORDS[language]["score"]


def made_on(day: dt.date, language: str, region: str | None = None) -> str:
    """The day an output was made, in the language's words and date notation: "gemaakt op 5 december
    2026", "erstellt am 5. Dezember 2026" (the poster's footer, the deck's title notes, the reports);
    ``region``: the canvas's (English dates follow it: ``format_day``)."""
    return f"{POSTER_WORDS[language]['generated']} {format_day(day, language, region)}"


def meta_lines(journey: Journey, language: str) -> list[Line]:
    """ "Klant: X", "Persona: Y", ... with the workbook's own labels (one canvasgen knows in another language
    than the output's, "Versie" on an English poster, in the output's, as the footer says "Version"; a label it
    does not know stays as written); a label without a value is left out (``Journey.empty_meta_labels``, said
    by check): a field left empty is no content, never printed as a dash. A date
    cell ("Datum") is shown in the canvas's language, as every date cell is (the reader's ``show_dates``):
    "Datum: 20 november 2026"; a date typed as text stays as typed.

    The journey's name and title are left out: they head the poster or slide.
    """
    meta = journey.meta
    defaults = META_LABELS[language]
    lines: list[Line] = []
    for key in SHOWN_META:
        if key in meta:
            label = meta.get(f"{key}_label")
            name = label.text.rstrip(":") if label else defaults.get(key, key)
            if label is not None and key in defaults and in_another_language(name, language):
                name = defaults[key]  # "Versie" over the footer's "Version": said in the output's language, as there
            lines.append((f"{name}: {meta[key].text}", str(meta[key].source)))
    return lines


def workbook_title(canvas: Canvas) -> str | None:
    """What the whole canvas is about: its one journey's name, or the journey (else the project, "Traject") its
    views share, or the words all their names share (a buying group's "Koopreis partner – accountantskantoor
    (ideaal)", "Koopreis IT-contact – accountantskantoor (huidig)": "Koopreis – accountantskantoor"); None
    where nothing says it."""
    names = list(dict.fromkeys(j.name for j in canvas.journeys))
    if len(names) == 1:
        return names[0]
    for key in ("journey", "project"):  # "Klantreis: …" the views share, else the project of the set ("Traject")
        shared = {j.meta[key].text for j in canvas.journeys if key in j.meta}
        if len(shared) == 1:
            return shared.pop()
    bases = {name.split(VIEW_SEPARATOR)[0] for name in names}  # "Tabelle1 – Infirmière", "Tabelle1 – Médecin"
    return bases.pop() if len(bases) == 1 else shared_title(names)


def record_lines(
    name: Item | None,
    fields: Mapping[str, Item | None],
    columns: Mapping[str, Item],
    name_key: str,
    language: str = DEFAULT_LANGUAGE,
) -> tuple[str, list[Line]]:
    """A Touchpoints or Personas row as a heading ("Contactmoment: Nieuwsbrief") and "Column: value" lines; an age
    no column heads in the ``language`` (``unheaded_age``)."""
    head = columns.get(name_key)
    title = name.text if name else "—"
    heading = f"{head.text}: {title}" if head else title
    lines: list[Line] = []
    for key, item in fields.items():
        if item is not None:
            label = columns.get(key)
            age = unheaded_age(key, item, language) if label is None else None
            lines.append((age or f"{label.text if label else key}: {item.text}", str(item.source)))
    return heading, lines


def unheaded_age(key: str, item: Item, language: str) -> str | None:
    """A persona's age that no heading of the client's labels (read from "Jan de Vries (45)" in the journey's header)
    as poster and deck both print it, in the canvas's language: "45 jaar", "age 45", "45 Jahre"; None for another
    field, or an age that is not a number ("midden veertig" stands as written)."""
    return said_age(item.text, language) if key == "age" else None


def metric_records(
    canvas: Canvas, language: str, wanted: Callable[[Metric], bool] = lambda _m: True
) -> list[tuple[str, list[Line]]]:
    """Every measured figure as a record ("Metriek: Conversie", "Waarde: 2,4%", ...), in the columns'
    own words: the register of the Metrics sheet and the CSV, beside the touchpoints and personas."""
    columns = canvas.metric_columns
    records = []
    for metric in canvas.metrics:
        if metric.origin.read_from is MetricFrom.LANE or not wanted(metric):
            continue  # the lane shows these words itself
        source = metric.value_item.source
        fields: dict[str, Item | None] = {
            "phase": Item(metric.phase, source) if metric.phase else None,
            "touchpoint": metric.touchpoint,
            "value": Item(format_value(metric, language), source),
            "target": Item(format_target(metric, language), metric.target_item.source)
            if metric.target is not None and metric.target_item is not None
            else None,
            "period": metric.period,
        }
        heading, lines = record_lines(metric.name, fields, columns, "metric")
        records.append((heading, lines))
    return records


def unused_headers(canvas: Canvas) -> list[Item]:
    """Column headers of the Touchpoints, Personas and Metrics sheets that no row fills in (all of
    them for an empty sheet): still the workbook's words, listed so that none is lost."""
    filled = {k for tp in canvas.touchpoints for k in tp.fields}
    filled |= {"phase" for tp in canvas.touchpoints if tp.phase is not None}
    filled |= {"touchpoint" for tp in canvas.touchpoints if tp.name is not None}
    unused = [item for key, item in canvas.touchpoint_columns.items() if key not in filled]
    filled = {k for p in canvas.personas for k in p.fields} | {"name" for p in canvas.personas if p.name is not None}
    heads = [heading for p in canvas.personas for heading in p.headings.values()]  # "Rol", headed on its own sheet
    unused += [
        item
        for key, item in canvas.persona_columns.items()
        if key not in filled and not any(item is heading for heading in heads)
    ]
    measured = [m for m in canvas.metrics if m.origin.read_from is not MetricFrom.LANE]
    filled = {"metric", "value", "phase"} if measured else set()
    filled |= {"target" for m in measured if m.target is not None}
    filled |= {"touchpoint" for m in measured if m.touchpoint is not None}
    filled |= {"period" for m in measured if m.period is not None}
    unused += [
        item
        for key, item in canvas.metric_columns.items()
        if key not in filled and not _notes_under(item, canvas.notes)
    ]
    return unused


def _notes_under(header: Item, notes: list[Item]) -> bool:
    """Whether a column's cells are kept as notes (an earlier period's values beside a figures sheet's values)."""
    if header.source is None:
        return False
    column = header.source.cell.rstrip("0123456789")
    return any(
        n.source is not None and n.source.sheet == header.source.sheet and n.source.cell.rstrip("0123456789") == column
        for n in notes
    )


def budget_parts(cost: Metric, metrics: list[Metric], words: dict[str, str], language: str) -> tuple[str, str, str]:
    """Where the money went, how much (against its target, when it has one), and what it brought in
    (return on revenue, the figures served)."""
    where = cost.touchpoint.text if cost.touchpoint else cost.phase or ""
    served = [m for m in metrics if not m.is_cost and _same_place(m, cost)]
    parts = []
    revenue = next((m for m in served if m.kind == "revenue"), None)
    if revenue is not None and cost.value:
        parts.append(f"{words['return']} {format_figure(revenue.value / cost.value, '', language)}×")
    others = [f"{m.name.text} {format_value(m, language)}" for m in served]
    if others:
        parts.append(", ".join(others))
    if cost.period is not None:
        parts.append(cost.period.text)
    spend = format_value(cost, language)
    if cost.target is not None:  # a budget: "2.000 € (Ziel 1.500 €: verfehlt)"
        verdict = words["met"] if cost.met else words["missed"]
        spend += f" ({words['target']} {format_target(cost, language)}: {verdict})"
    return where, spend, " · ".join(parts)


def _same_place(metric: Metric, cost: Metric) -> bool:
    if cost.touchpoint is not None:
        return metric.touchpoint is not None and label_key(metric.touchpoint.text) == label_key(cost.touchpoint.text)
    return metric.touchpoint is None and metric.phase == cost.phase


def _cell(ref: str) -> tuple[int, int] | None:
    """A cell's column and row, from 1 ("E13": 5, 13; of a range its first cell); None for what is no cell
    reference. Read by the reading's own parser of references, as every cell reference is."""
    place = position(ref.split(":")[0])
    return (place[1], place[0]) if place else None


def placed_note(journey: Journey, note: Item, language: str) -> str:
    """A note as printed, with the place of its cell on the canvas when it is on it: a comment on the
    cell of a phase's lane keeps "(on Demo & trial, score)", which the notes list would lose; a note
    beside the canvas, or of a layout where phases and lanes are not a grid, is printed as written."""
    source = note.source
    if source is None or source.sheet != journey.sheet or journey.shape not in ("grid", "transposed"):
        return note.text
    at = _cell(source.cell)
    if at is None:
        return note.text
    across, down = at
    if journey.shape == "transposed":
        across, down = down, across

    def along(cell: Source | None, steps: int, phase: bool) -> bool:
        if cell is None or cell.sheet != journey.sheet:
            return False
        place = _cell(cell.cell)
        if place is None:
            return False
        start = place[0] if (journey.shape == "grid") == phase else place[1]
        where = across if phase else down
        return start <= where < start + steps if phase else start == where

    phase = next((p.name for p in journey.phases if along(p.source, p.steps, True)), None)
    lane = next((lane.label for lane in journey.lanes if along(lane.source, 1, False)), None)
    if phase is None or lane is None:
        return note.text
    return f"{note.text} ({POSTER_WORDS[language]['note_on']} {phase}, {lane})"


#: The words that name the people of the persona sheets as a B2B buying group, and the same said with the
#: client's own word for them (``{group}``): "Inkoopgroep: betrokken per fase", "Betrokkenen: betrokken per fase".
GROUP_WORD_KEYS = ("roles_by_phase", "a_roles", "roles", "personas", "n_personas")


def own_group_word(canvas: Canvas, language: str) -> str | None:
    """The client's word for the people on its persona sheets: the names of the sheets they were read from
    ("Betrokkenen"), those that say only "Personas" left out; None when no sheet names them otherwise (the
    B2B "buying group" is then the fallback)."""
    title = canvas.persona_title  # "Buying group" written over the persona table beside the canvas
    if title is not None and canvas.personas:
        return None if label_key(title.text) in PERSONA_SHEET_KEYS else " ".join(title.text.split())
    sheets: list[str] = []
    for persona in canvas.personas:
        source = persona.name.source if persona.name is not None else None
        if source is not None and label_key(source.sheet) not in PERSONA_SHEET_KEYS and source.sheet not in sheets:
            sheets.append(source.sheet)
    if not sheets:
        return None
    words = POSTER_WORDS[language]
    return sheets[0] if len(sheets) == 1 else f"{', '.join(sheets[:-1])} {words['page_and']} {sheets[-1]}"


#: The least of a journey's phases named as the B2B phase model names them for the journey to be a B2B one.
B2B_PHASES_LEAST = 4


def buying_group(canvas: Canvas) -> bool:
    """Whether the canvas's people are a B2B buying group, by its own words: a persona sheet named so or
    its role column headed so ("Rol in de inkoopgroep"), a role of one ("HR Director – decision maker"), or
    a journey's phases the B2B model's ("Oriëntatie", "Aanleiding", "Eerste overweging", ...). A citizen's
    journey (a student and a family moving house) is none: its people are no buying group."""
    said = [label_key(p.name.source.sheet) for p in canvas.personas if p.name is not None and p.name.source]
    said += [label_key(canvas.persona_title.text)] if canvas.persona_title is not None else []  # "DMU" over them
    # members called by their role (a "Rol | Beschrijving" sheet): their names are their roles
    head = canvas.persona_columns.get("name")
    by_role = head is not None and match_field(head.text, PERSONA_INDEX) == "role"
    role = head if by_role else canvas.persona_columns.get("role")
    said += [label_key(role.text)] if role is not None else []
    if any(f" {word} " in f" {text} " for text in said for word in _GROUP_WORD_KEYS):
        return True
    roles = [label_key(p.get("role") or (p.name.text if by_role and p.name else "")) for p in canvas.personas]
    if any(f" {word} " in f" {text} " for text in roles for word in _GROUP_ROLE_KEYS):
        return True
    b2b = {label_key(name) for model in PHASE_MODELS.values() for name in model["b2b7"]}
    return any(len({label_key(p.name) for p in j.phases} & b2b) >= B2B_PHASES_LEAST for j in canvas.journeys)


_GROUP_WORD_KEYS = tuple(label_key(word) for word in BUYING_GROUP_WORDS)
_GROUP_ROLE_KEYS = tuple(label_key(word) for word in BUYING_GROUP_ROLES)


def with_group_word(words: Mapping[str, str], canvas: Canvas, language: str) -> dict[str, str]:
    """A language's words (the poster's or the deck's) naming the people of the persona sheets in the client's
    own word where it has one (``own_group_word``); as a buying group where the canvas is a B2B one
    (``buying_group``); else neutrally ("Betrokken per fase", "Persona's"): no "inkoopgroep" on a citizen's
    journey. A title the client wrote over its persona table ("Buying group") heads the personas, as written."""
    titled = _persona_heading(words, canvas)
    own = own_group_word(canvas, language)
    if own is not None:
        own_words = {k: words[f"{k}_own"].format(group=own) for k in GROUP_WORD_KEYS if f"{k}_own" in words}
        return {**words, **own_words, **titled}
    if buying_group(canvas):
        return {**words, **titled}
    return {**words, **{k: words[f"{k}_neutral"] for k in GROUP_WORD_KEYS if f"{k}_neutral" in words}, **titled}


def _persona_heading(words: Mapping[str, str], canvas: Canvas) -> dict[str, str]:
    """The personas' heading (the deck's slide of them, else the poster's panel) as the title the client wrote over
    their table beside the canvas: a word of the workbook, printed where it belongs; {} without one."""
    if canvas.persona_title is None or not canvas.personas:
        return {}
    key = "a_personas" if "a_personas" in words else "personas"
    return {key: " ".join(canvas.persona_title.text.split())}
