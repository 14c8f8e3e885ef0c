"""A canvas model written out as a template workbook: where ``apply`` puts a workshop's changes when the
canvas was read from a CSV, ODS, legacy .xls or model JSON file (a file it cannot patch cell by cell).

What the template has a place for goes there (phases, lanes under their own labels, scores, the
journey's details, touchpoints, personas, figures); fields the template has no column for get columns of
their own after its columns, under the headers they were read with; notes go under the canvas.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.figures import PERCENT, percent_format, percent_share, score_in
from canvasgen.layout.questions import team_customer
from canvasgen.model import SCORE_LANE, Canvas, Item, Journey, Lane, LaneKind, Metric, Persona, Phase, Score, Source
from canvasgen.read.changes import TeamNote
from canvasgen.read.formats import Reader, format_of
from canvasgen.read.grid import ONE_CARD_NAME, TEAM_NOTE_AUTHOR, one_card_formula
from canvasgen.read.package.references import position
from canvasgen.render.xlsx.cells import set_text
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, build_workbook
from canvasgen.text import label_key, split_items
from canvasgen.vocabulary import TOUCHPOINT_FIELDS, is_phase_header, is_stage_id_header
from canvasgen.vocabulary.scores import leading_face, rescored, scale_in_label, split_score, with_scale
from canvasgen.words import PERSONA_COLUMNS, WORDS

_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_SHEET_NAME_MAX = 31  # Excel's limit
#: The template's own sheets (``render.xlsx.template``): a journey's sheet never takes one of their names.
_TEMPLATE_SHEETS = ("touchpoints_sheet", "personas_sheet", "metrics_sheet", "notes_sheet", "instructions_sheet")
_TEMPLATE_PERSONA = ("name", "role", "goals", "needs", "frustrations", "channels", "phases")
_STANDARD_SCALE = (-2.0, 2.0)


def workbook_of(canvas: Canvas, language: str) -> Workbook:
    sheets = _sheet_names(canvas, language)
    journeys = [_journey_sheet(journey, name, language, canvas.file) for journey, name in zip(canvas.journeys, sheets)]
    tp_keys = [*TOUCHPOINT_FIELDS, *_extra({k for tp in canvas.touchpoints for k in tp.fields}, TOUCHPOINT_FIELDS)]
    touchpoints = [
        [_text(tp.phase), _text(tp.name), *(_text(tp.fields.get(k)) for k in tp_keys[2:])] for tp in canvas.touchpoints
    ]
    twice = {key for p in canvas.personas for key in _kept_twice(p)}  # on a sheet of their own: below
    fields = {k for p in canvas.personas for k in p.fields if k not in twice}
    persona_keys = [*_TEMPLATE_PERSONA, *_extra(fields, _TEMPLATE_PERSONA)]
    personas = [[_text(p.name), *(_typed(p.fields.get(k)) for k in persona_keys[1:])] for p in canvas.personas]
    measured = [m for m in canvas.metrics if not m.origin.written]
    figures = [[m.phase or "", _text(m.touchpoint), m.name.text, "", "", _text(m.period)] for m in measured]
    spec = WorkbookSpec(language, journeys, touchpoints, personas, figures)
    book = build_workbook(spec)
    words = WORDS[language]
    _headers(book, words["touchpoints_sheet"], len(TOUCHPOINT_FIELDS), tp_keys, canvas.touchpoint_columns)
    headed = {key: head for p in canvas.personas for key, head in canvas.persona_headings(p).items()}
    for key in persona_keys:
        numbered = _NUMBERED.fullmatch(key)
        if key not in headed and numbered is not None and numbered.group(1) in headed:
            headed[key] = headed[numbered.group(1)]  # a second "Leeftijd", never the reader's key "age_2"
    _headers(book, words["personas_sheet"], len(_TEMPLATE_PERSONA), persona_keys, headed)
    _figures(book[words["metrics_sheet"]], measured)
    _personas_again(book, canvas, language)
    for journey, name in zip(canvas.journeys, sheets):
        title = journey.meta.get("title")  # the template's own heading only where the canvas had one
        set_text(book[name]["A1"], title.text if title is not None else None)
    _one_card_cells(book, canvas, sheets)
    # the project's name ("Traject: …") has no row in the template's details: a note, as each sheet wrote it once
    projects = [Item(line) for line in dict.fromkeys(_project_line(j) for j in canvas.journeys if "project" in j.meta)]
    notes = projects + [n for j in canvas.journeys for n in j.notes] + list(canvas.notes)
    if notes:  # a sheet of their own: under the canvas the reader would take them for lanes
        sheet = book.create_sheet(words["notes_sheet"])
        for row, note in enumerate(notes, start=1):
            for col, part in enumerate(_note_cells(note), start=1):
                if isinstance(part, str):
                    set_text(sheet.cell(row, col), part)
                else:
                    sheet.cell(row, col).value = part
    return book


def _project_line(journey: Journey) -> str:
    """ "Traject: Koopreis 2027": the project a journey is of, under the label the canvas wrote it with (a
    project is only read by its label)."""
    label = journey.meta.get("project_label")
    word = label.text.rstrip(": ") if label is not None else "Project"
    return f"{word}: {journey.meta['project'].text}"


_ROW_NOTE = " · "  # how the reader joins a row's cells into one note ("Budget · 12500")
_WHOLE_NUMBER = re.compile(r"-?[1-9]\d{0,14}")  # never "0612": a leading zero is text (a phone number)


def _note_cells(note: Item) -> list[str | int | float]:
    """A note as the notes sheet writes it: a row's cells the reader joined into one note ("Budget · 12500"
    from A3:B3, a label and its value) back in cells side by side, a whole number as a number, so that it reads
    back as the same note and the value stays a value; any other note in one cell, a number as a number."""
    parts = note.text.split(_ROW_NOTE)
    cells = note.source.cell.split(":") if note.source is not None else []
    at = [position(cell) for cell in cells]
    if len(parts) < 2 or len(at) != 2 or at[0] is None or at[1] is None or at[0][0] != at[1][0]:
        return [_typed(note)]  # a number the team typed (12500) stays a number
    if at[1][1] - at[0][1] + 1 != len(parts) or any(not part.strip() for part in parts):
        return [_typed(note)]  # a gap between its cells, or a cell's own " · ": one cell, every word kept
    return [int(part) if _WHOLE_NUMBER.fullmatch(part) else part for part in parts]


def comment_notes(book: Workbook, notes: list[tuple[TeamNote, Item]]) -> list[tuple[TeamNote, Source]]:
    """The team's notes (``apply``: the changes sheet's note column) as comments on the cells of the cards they are
    about, signed ``TEAM_NOTE_AUTHOR`` (never read as the canvas's words); those kept, with their cells. A card is
    found by its text as its cell writes it: a note whose card's text no cell holds, or several do, is not kept
    (``apply`` says it, as before)."""
    cells: dict[tuple[str, str], list[TeamNote]] = {}
    for note, item in notes:
        found = _cells_holding(book, item)
        if len(found) == 1:
            cells.setdefault(found[0], []).append(note)
    kept: list[tuple[TeamNote, Source]] = []
    for (sheet, ref), written in cells.items():
        cell = book[sheet][ref]
        if cell.comment is not None:
            continue
        text = "\n".join(note.text.strip() for note in written)
        cell.comment = Comment(text, TEAM_NOTE_AUTHOR, width=240, height=90)
        kept += [(note, Source(sheet, ref)) for note in written]
    return kept


def _cells_holding(book: Workbook, item: Item) -> list[tuple[str, str]]:
    line = one_line(item.text)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if (isinstance(value, str) and line in value.split("\n")) or (
                    isinstance(value, int | float) and item.value == value and not isinstance(value, bool)
                ):
                    found.append((sheet.title, cell.coordinate))
    return found


def _kept_twice(persona: Persona) -> dict[str, str]:
    """A persona's fields another sheet gave otherwise (the reader's ``age_2`` beside ``age``: "Leeftijd" 34 on
    one sheet, 35 on the other, both kept), by key: the key they give otherwise."""
    found: dict[str, str] = {}
    named = persona.name.source if persona.name is not None and persona.name.text.strip() else None
    if named is None:
        return found  # a row of its own on another sheet needs the name that joins it to the persona
    for key, item in persona.fields.items():
        numbered = _NUMBERED.fullmatch(key)
        elsewhere = item.source is not None and item.source.sheet != named.sheet  # one sheet's two columns: kept
        if numbered is not None and numbered.group(1) in persona.fields and elsewhere:
            found[key] = numbered.group(1)
    return found


_NUMBERED = re.compile(r"(.+)_(\d+)")


def _personas_again(book: Workbook, canvas: Canvas, language: str) -> None:
    """The fields of a persona a second sheet gave otherwise, written on a sheet of their own after the Personas
    sheet (named as the sheet they were read from where it can be), a row a persona under its name, each under
    its own heading ("Leeftijd", never the reader's key "age_2"): read back as the same persona, the same two
    values, and warned of as the canvas was ("write it once")."""
    by_sheet: dict[str, list[tuple[Persona, str]]] = {}
    for persona in canvas.personas:
        for key in _kept_twice(persona):
            source = persona.fields[key].source
            by_sheet.setdefault(source.sheet if source is not None else "", []).append((persona, key))
    personas_sheet = WORDS[language]["personas_sheet"]
    taken = {name.lower() for name in book.sheetnames}
    for read_from, fields in by_sheet.items():
        name, n = (read_from if _sheet_name_ok(read_from) else personas_sheet), 2
        while name.lower() in taken:
            name, n = f"{personas_sheet} {n}", n + 1
        taken.add(name.lower())
        sheet = book.create_sheet(name)
        keys = list(dict.fromkeys(key for _, key in fields))
        named = canvas.persona_columns.get("name")
        set_text(sheet.cell(1, 1), named.text if named is not None else PERSONA_COLUMNS[language][0])
        for col, key in enumerate(keys, start=2):
            heading = next((canvas.persona_headings(p).get(key) for p, k in fields if k == key), None)
            base = _kept_twice(next(p for p, k in fields if k == key))[key]
            heading = heading or canvas.persona_columns.get(base)
            set_text(sheet.cell(1, col), heading.text if heading is not None else base)
        people = [p for p in canvas.personas if any(p is q for q, _ in fields)]
        for row, persona in enumerate(people, start=2):
            set_text(sheet.cell(row, 1), _text(persona.name))
            for col, key in enumerate(keys, start=2):
                set_text(sheet.cell(row, col), _typed(persona.fields.get(key)))


def _one_card_cells(book: Workbook, canvas: Canvas, sheets: list[str]) -> None:
    """The journey sheets' cells that hold one card alone whose one line the "; " rule would read as several
    ("Krijgt de fiets thuis; uitleg per video", typed in one cell of the changes sheet): named in the workbook's
    hidden list of such cells (``read.grid.ONE_CARD_NAME``), so that it reads back as the one card it is."""
    whole = {
        one_line(item.text)
        for journey in canvas.journeys
        for lane in journey.lanes
        for cell in lane.cells
        for item in cell
        if len(split_items(one_line(item.text))) > 1
    }
    marked: dict[str, list[str]] = {}
    for name in sheets[: len(canvas.journeys)] if whole else []:
        for row in book[name].iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in whole:
                    marked.setdefault(name, []).append(cell.coordinate)
    if marked:
        book.defined_names[ONE_CARD_NAME] = DefinedName(ONE_CARD_NAME, attr_text=one_card_formula(marked), hidden=True)


def _figures(sheet: Worksheet, metrics: list[Metric]) -> None:
    """Values and targets as numbers in the unit's format, as Excel stores what people type."""
    for row, metric in enumerate(metrics, start=2):
        for col, value, places in ((4, metric.value, metric.places), (5, metric.target, metric.target_places)):
            if value is None:
                continue
            cell = sheet.cell(row, col)
            if metric.unit == PERCENT:
                cell.value, cell.number_format = percent_share(value), percent_format(places)
            else:
                cell.value = value
                if metric.unit:
                    cell.number_format = f'"{metric.unit}" #,##0.##'


def _journey_sheet(journey: Journey, sheet: str, language: str, canvas_file: str) -> JourneySheet:
    """A journey as the template writes it: its lanes under their own labels, its scores as numbers, in
    the template's score row when they are on its scale (one a phase), else in score rows of their own that
    say their scale, one for each score a phase has (a Mermaid section's tasks each score). A journey whose
    phases of several steps keep their shape (``step_columns``) is written a column a step."""
    steps = step_columns(journey)
    if steps is not None:
        return _stepped_sheet(journey, sheet, language, steps, canvas_file)
    lanes: list[str] = []
    content: dict[str, list[str]] = {}
    merged: dict[str, list[tuple[int, int]]] = {}
    kinds: dict[str, LaneKind] = {}
    standard = _standard_scores(journey)
    series = _score_series(journey, language)
    score_lanes = [lane for lane in journey.lanes if lane.kind == SCORE_LANE]
    own_rows: list[str] = []  # score rows of their own scale, or several a phase
    for lane in journey.lanes:
        if lane.kind == SCORE_LANE:
            if lane is score_lanes[0]:  # every score row in the place of the first
                own_rows = [] if standard else _score_rows(len(series), score_lanes, journey, content)
                lanes += [SCORE_LANE] if standard else own_rows
            continue
        key = _free(lane.label or lane.kind, content)
        lanes.append(key)
        kinds[key] = lane.kind  # the question beside its label: its role's, whatever its label
        content[key], runs = _written_once(lane)
        if runs:
            merged[key] = runs
    if not score_lanes and any(journey.scores) and not _scored_by_words(journey):  # a Mermaid journey's scores
        own_rows = [] if standard else _score_rows(len(series), [], journey, content)
        lanes += [SCORE_LANE] if standard else own_rows
    scores = series[0] if standard and series else []
    meta = {key: _meta_value(key, item) for key, item in journey.meta.items() if not key.endswith("_label")}
    labels_written = _meta_labels(journey)
    phases = written_phases(journey)
    numbers = dict(zip(own_rows, series))  # written as numbers, as the team typed them
    label = score_lanes[0].label if standard and score_lanes else None  # the team's, as they wrote it
    # the team's corner word ("Fase") stays: one header of the phases only (a stage list's ids or groups: ours)
    return JourneySheet(
        phases,
        lanes,
        sheet,
        meta,
        content,
        scores,
        merged,
        label,
        numbers,
        _corner(journey, canvas_file),
        meta_labels=labels_written,
        kinds=kinds,
        customer=team_customer([journey], language),
    )


def _meta_value(key: str, item: Item) -> str | dt.date:
    """A detail as the new workbook writes it: its text; a date the canvas held as a date (its value ISO text,
    as the reader keeps a date cell's, or today's that ``apply`` sets) as a date, in the template's date cell."""
    if key == "date" and isinstance(item.value, str):
        try:
            return dt.date.fromisoformat(item.value)
        except ValueError:
            pass
    return item.text


def _meta_labels(journey: Journey) -> dict[str, str]:
    """The details' labels as the canvas wrote them ("Opdrachtgever" where the template says "Klant"): they read
    back as the same details, and the poster prints them."""
    return {
        key.removesuffix("_label"): item.text
        for key, item in journey.meta.items()
        if key.endswith("_label") and item.text.strip()
    }


def step_columns(journey: Journey) -> list[tuple[int, int]] | None:
    """The new workbook's columns as (phase, step) for a journey whose phases of several steps it writes in
    their own shape, a column a step under the phase's name merged over them (as a CSV's two columns of one
    phase): where the phases stand in a row, every item and score of such a phase was read from one of its
    step's columns (or from none: a card the workshop added goes into its first step), no cell is merged over
    phases and the scores are on the template's scale, one a step. None where it has no such phase or cannot
    keep its shape: a column a phase, its steps' words one under the other."""
    if all(phase.steps == 1 for phase in journey.phases) or len({_row(p.source) for p in journey.phases}) != 1:
        return None
    columns: list[tuple[int, int]] = []
    for p, phase in enumerate(journey.phases):
        items = [item for lane in journey.lanes for item in lane.cells[p]]
        steps = [_step(item.source, phase) for item in items]
        scored = [_step(score.source, phase) for score in journey.scores[p]]
        scales = {(score.scale.low, score.scale.high) for score in journey.scores[p]}
        if None in steps or None in scored or len(set(scored)) != len(scored) or not scales <= {_STANDARD_SCALE}:
            return None
        columns += [(p, step) for step in range(phase.steps)]
    return columns


def _row(source: Source | None) -> int | None:
    at = position(source.cell) if source is not None and ":" not in source.cell else None
    return at[0] if at is not None else None


def _step(source: Source | None, phase: Phase) -> int | None:
    """The step of ``phase`` whose column a cell is in (0 for an item of no cell: a card the workshop added);
    None for a cell outside its columns, or merged over several."""
    if source is None:
        return 0
    head = position(phase.source.cell) if phase.source is not None and ":" not in phase.source.cell else None
    at = position(source.cell) if ":" not in source.cell and source.sheet == (phase.source or source).sheet else None
    if head is None or at is None or not 0 <= at[1] - head[1] < phase.steps:
        return None
    return at[1] - head[1]


def _stepped_sheet(
    journey: Journey, sheet: str, language: str, columns: list[tuple[int, int]], canvas_file: str
) -> JourneySheet:
    """A journey written a column a step (``step_columns``): a phase's name over its steps' columns, each lane's
    items and each score in the column of the step it was read from."""
    names = written_phases(journey)
    lanes: list[str] = []
    content: dict[str, list[str]] = {}
    kinds: dict[str, LaneKind] = {}
    for lane in journey.lanes:
        if lane.kind == SCORE_LANE:
            if SCORE_LANE not in lanes:
                lanes.append(SCORE_LANE)
            continue
        key = _free(lane.label or lane.kind, content)
        lanes.append(key)
        kinds[key] = lane.kind  # the question beside its label: its role's, whatever its label
        content[key] = [
            cell_text([i for i in lane.cells[p] if _step(i.source, journey.phases[p]) == step]) for p, step in columns
        ]
    if not any(lane.kind == SCORE_LANE for lane in journey.lanes) and any(journey.scores):
        lanes.append(SCORE_LANE)
    scores: list[float | str | None] = []
    for p, step in columns:
        phase = journey.phases[p]
        score = next((s for s in journey.scores[p] if _step(s.source, phase) == step), None)
        words = [
            i.text
            for lane in journey.lanes
            if lane.kind == SCORE_LANE
            for i in lane.cells[p]
            if _step(i.source, phase) == step
        ]
        scores.append(_written(score, words, language))
    spans = [(n, n + journey.phases[p].steps - 1) for n, (p, step) in enumerate(columns) if step == 0]
    meta = {key: _meta_value(key, item) for key, item in journey.meta.items() if not key.endswith("_label")}
    score_lanes = [lane for lane in journey.lanes if lane.kind == SCORE_LANE]
    return JourneySheet(
        [names[p] if step == 0 else "" for p, step in columns],
        lanes,
        sheet,
        meta,
        content,
        scores,
        {},
        score_lanes[0].label if score_lanes else None,
        {},
        _corner(journey, canvas_file),
        spans,
        _meta_labels(journey),
        kinds=kinds,
        customer=team_customer([journey], language),
    )


def _corner(journey: Journey, canvas_file: str) -> str | None:
    """The phase row's corner as the new workbook writes it: the team's corner word ("Fase") where it is the
    phases' one header (a stage list's id or group headers stay the template's: None), blank ("") where a
    sheet's corner was left blank (``check --explain``: "the corner cell A5 is empty"), so it reads back the same."""
    labels = [label.text for label in journey.phase_labels]
    if len(labels) == 1 and _phase_word_only(labels[0]):
        return labels[0]
    read = format_of(Path(canvas_file))
    grid = read is not None and read.reader == Reader.WORKBOOK and journey.shape in ("grid", "transposed")
    return "" if grid and not labels else None


def _phase_word_only(label: str) -> bool:
    return is_phase_header(label) and not is_stage_id_header(label)


def cell_text(items: list[Item]) -> str:
    """A lane's cell as the new workbook writes it: its items a line each. An item of several lines (a Mermaid
    task's ``<br>``) is written on one line, its lines joined by a space: a cell's lines are its items, so its
    line breaks would make it several items when read again (every word kept)."""
    return "\n".join(one_line(item.text) for item in items)


def one_line(text: str) -> str:
    """A text's lines joined by a space: the one line an item is in a workbook's cell."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def _written_once(lane: Lane) -> tuple[list[str], list[tuple[int, int]]]:
    """A lane's text per phase, each item written once: a phase that holds just the items of the phase before
    it (the same ``Item``s, ``is``: a merged cell the reader put in every phase it covers) is written as one
    cell merged with that one, as the canvas had it (read again: one card in each phase it covers, as before).
    A phase that shares some of them but not all (a card added to one phase of a merged cell) is written in
    full: each phase keeps exactly what it holds, the added card in its own phase only."""
    texts: list[str] = []
    runs: list[tuple[int, int]] = []
    before: list[Item] = []
    for index, cell in enumerate(lane.cells):
        same = bool(cell) and len(cell) == len(before) and all(a is b for a, b in zip(cell, before))
        if same:
            if runs and runs[-1][1] == index - 1:
                runs[-1] = (runs[-1][0], index)
            else:
                runs.append((index - 1, index))
        texts.append("" if same else cell_text(cell))
        before = cell
    return texts, runs


def written_phases(journey: Journey) -> list[str]:
    """The phases' names as the new workbook writes them: a name a phase before it already has is numbered
    ("Zoeken (2)"), since two header cells of one name read as one phase of two steps. A header the canvas
    left blank stays blank (the reader's "Fase 3" is no name of the team's) while its column holds a card or a
    score to be read as a phase by; an empty one is written under the reader's name, so that it stays a phase."""
    names: list[str] = []
    for index, phase in enumerate(journey.phases):
        if phase.unnamed and _holds_anything(journey, index):
            names.append("")  # as the canvas left it: read back the same, and the reader still warns of it
            continue
        name, n = phase.written or phase.name, 2
        while any(label_key(name) == label_key(other) for other in names if other):
            name, n = f"{phase.written or phase.name} ({n})", n + 1
        names.append(name)
    return names


def _holds_anything(journey: Journey, index: int) -> bool:
    scored = index < len(journey.scores) and bool(journey.scores[index])
    return scored or any(lane.cells[index] for lane in journey.lanes)


def _free(key: str, content: dict[str, list[str]]) -> str:
    while key in content:  # two lanes under one label: the second one told apart
        key += " "
    return key


def _score_series(journey: Journey, language: str) -> list[list[float | str | None]]:
    """The journey's scores as rows, the first score of each phase, then the second, ...; each as its cell
    writes it (``_written``), the words the score row holds beside a phase's score with its first."""
    words = [
        [item.text for lane in journey.lanes if lane.kind == SCORE_LANE for item in lane.cells[p]]
        for p in range(len(journey.phases))
    ]
    scores = [journey.scores[p] if p < len(journey.scores) else [] for p in range(len(journey.phases))]
    most = max([len(s) for s in scores] + [1 if any(words) else 0])
    return [
        [_written(s[k] if k < len(s) else None, words[p] if k == 0 else [], language) for p, s in enumerate(scores)]
        for k in range(most)
    ]


def _written(score: Score | None, words: list[str], language: str) -> float | str | None:
    """A score cell as the new workbook writes it, to read back as it was read: its number; with a face, a word
    or a light as written, and the team's words beside it on lines of their own ("-1 😕\nlange wachttijd"), as
    text. Never a word of the cell left out."""
    if score is None:
        return "\n".join(words) or None
    if score.light is None and score.mark is None and score.face is None and not words:
        return score.value
    number = score_in(score.scale, score.value, language)
    kept = _as_written(score, words, number)
    if kept is not None:
        return kept
    if score.light is not None or score.mark is not None:
        head = score.mark or number
    else:
        head = " ".join(part for part in (number, score.face) if part)  # a score with no face writes none
    return "\n".join([head, *words])


def _as_written(score: Score, words: list[str], number: str) -> str | None:
    """The cell as the team wrote it ("-1 😕 lange wachttijd" on one line), its number the score's: while the
    lane holds exactly the words the cell wrote beside its score (else None: those words changed)."""
    found = split_score(score.written) if score.written else None
    if found is None:
        return None
    face, rest = leading_face(found[1])
    if face != score.face or rest.strip() != "\n".join(words).strip():
        return None
    return rescored(score.written, number)


def _score_rows(count: int, score_lanes: list[Lane], journey: Journey, content: dict[str, list[str]]) -> list[str]:
    """Score rows under their own labels (the score lanes' labels, else the first's, else "Score"), each saying
    its scale ("Score (1-5)", ``scaled_label``): a phase's second score goes on a row of the first's label, which
    reads back as more of its scores (a row of another label would be a second score source, read as text)."""
    keys = []
    for k in range(count):
        first = score_lanes[0].label if score_lanes else ""
        label = scaled_label(score_lanes[k].label if k < len(score_lanes) else first, journey, k)
        key = _free(label, content)
        content[key] = []  # its numbers are the sheet's ``numbers``
        keys.append(key)
    return keys


def scaled_label(label: str, journey: Journey, row: int = 0) -> str:
    """A score row's label as the new workbook writes it: the team's, with the scale of the row's scores (a
    phase's ``row``-th) after it where it names none ("Score" on 1..5 becomes "Score (1-5)"), so that the row
    reads back on its scale — a row of 1, 2, 2 read with no scale named is read on -2..+2."""
    if scale_in_label(label) is not None:
        return label  # the team's scale, as they wrote it
    scales = {(s[row].scale.low, s[row].scale.high) for s in journey.scores if len(s) > row}
    if len(scales) != 1:
        scales = {(journey.score_scale.low, journey.score_scale.high)}
    (low, high) = next(iter(scales))
    return with_scale(label, low, high)


def scales_written(canvas: Canvas) -> list[tuple[str, str]]:
    """The team's score rows whose labels the new workbook writes with their scale (``scaled_label``): each
    label as read and as written ("Score", "Score (1-5)"), for ``apply`` to say."""
    found: list[tuple[str, str]] = []
    for journey in canvas.journeys:
        if step_columns(journey) is not None or _standard_scores(journey):
            continue
        lanes = [lane for lane in journey.lanes if lane.kind == SCORE_LANE]
        for k, lane in enumerate(lanes[: max(len(_score_series(journey, "en")), 1)]):
            written = scaled_label(lane.label, journey, k)
            if written != lane.label:
                found.append((lane.label, written))
    return found


def _scored_by_words(journey: Journey) -> bool:
    """Whether the scores are read from a lane's words ("Gevoel: Slecht | Goed"): the words are written, and read
    back as the scores they say (the team's new words too); a score row of numbers beside them would keep the old
    scores and contradict the words."""
    worded = {item.source for lane in journey.lanes if lane.kind != SCORE_LANE for cell in lane.cells for item in cell}
    return all(
        s.source is not None and s.source in worded and (s.mark or s.face) for scores in journey.scores for s in scores
    )


def _standard_scores(journey: Journey) -> bool:
    scales = {(s.scale.low, s.scale.high) for scores in journey.scores for s in scores}
    return scales <= {_STANDARD_SCALE} and all(len(s) <= 1 for s in journey.scores)


def _sheet_names(canvas: Canvas, language: str) -> list[str]:
    """A sheet a journey: the name of the sheet it was read from, where the canvas came from a file of sheets
    (an .ods, an .xls, a model JSON that records them): those names told its journeys apart ("Huidig",
    "Ideaal") and read back as they were read. Else (a CSV's or a Mermaid file's name, a name Excel cannot
    take, one of the template's own sheets) the journey's name, cut to fit Excel's 31 characters."""
    kept = _has_sheets(canvas.file)
    own = {WORDS[language][key].lower() for key in _TEMPLATE_SHEETS}
    names: list[str] = []
    for journey in canvas.journeys:
        sheet = journey.sheet.strip()
        if kept and _sheet_name_ok(sheet) and sheet.lower() not in own:
            base = sheet
        else:
            base = _SHEET_NAME.sub(" ", journey.name or journey.sheet).strip().strip("'")[:28] or "Canvas"
        name, n = base, 2
        while name.lower() in (x.lower() for x in [*names, *own]):
            name, n = f"{base[:28]} {n}", n + 1
        names.append(name)
    return names


def _has_sheets(file: str) -> bool:
    """Whether a canvas read from ``file`` was read from sheets of a workbook (a CSV's one "sheet" is its file's
    name; a Mermaid journey's is its title)."""
    found = format_of(Path(file))
    return found is not None and (bool(found.magic) or found.reader == Reader.MODEL_JSON)


def _sheet_name_ok(name: str) -> bool:
    return 0 < len(name) <= _SHEET_NAME_MAX and not _SHEET_NAME.search(name) and not name.startswith("'")


def _extra(keys: set[str], known: object) -> list[str]:
    return sorted(k for k in keys if k not in known)  # type: ignore[operator]


def _headers(book: Workbook, sheet: str, known: int, keys: list[str], columns: dict[str, Item]) -> None:
    """The record sheet's headers as the canvas wrote them ("Rol", not the template's "Rol in de inkoopgroep"):
    they read back as the same fields, and the poster prints them; the template's own where none was read."""
    for offset, key in enumerate(keys, start=1):
        head = columns.get(key)
        if head is not None and head.text.strip():
            set_text(book[sheet].cell(1, offset), head.text)
        elif offset > known:
            set_text(book[sheet].cell(1, offset), key)


def _text(item: Item | None) -> str:
    return item.text if item is not None else ""


def _typed(item: Item | None) -> str | int | float:
    """A record's field as its cell held it: a number the team typed (a persona's age, 68) as a number, shown as
    it was read; else its text."""
    number = item.value if item is not None and not isinstance(item.value, bool) else None
    if item is not None and isinstance(number, int | float) and item.text.strip() == _shown(number):
        return number
    return _text(item)


def _shown(number: int | float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
