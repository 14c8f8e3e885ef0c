"""Reading a workbook into a ``Canvas``: every sheet, every journey, every word.

The pipeline per sheet: find the tables (``detect``), turn their sections into
journeys, merge a later table into a journey when it scores the same phases,
then take the metadata block and the title from what is left; any text still
left is kept as a note, with a warning, so nothing the team wrote is lost.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import fields, is_dataclass, replace
from itertools import pairwise
from pathlib import Path, PurePath

from canvasgen.errors import (
    CanvasError,
    CanvasErrors,
    CanvasWarning,
    Location,
    NoCanvas,
    ReadError,
    command_line,
    command_line_only,
    display_name,
    option_hint,
    shell_word,
    what_to_do,
)
from canvasgen.language import CanvasWords, canvas_language, choose_language, figure_language, frame_language_said
from canvasgen.model import (
    CUSTOM_LANE,
    NAME_KEY,
    VIEW_SEPARATOR,
    Canvas,
    EmpathyMap,
    Item,
    Journey,
    Lane,
    LaneKind,
    NotesColumn,
    NotesTable,
    Persona,
    Phase,
    Source,
    lane_kind_of,
)
from canvasgen.read.book import Book, open_book
from canvasgen.read.companions import (
    join_stage_list,
    lists_the_phases,
    name_by_own_sheets,
    own_persona_lists,
    partly_listed,
    said_as_lists,
)
from canvasgen.read.corrections import SETTINGS_FILE, Corrections, effective, unmatched
from canvasgen.read.formats import Reader, reader_of
from canvasgen.read.grid import CellValue, Grid, Pos, column_letters, one_item
from canvasgen.read.lane_roles import (
    corrected_kind,
    lane_option,
    offer_in_family,
    read_subjects,
    role_text,
    said_of_roles,
)
from canvasgen.read.limits import journey_problems
from canvasgen.read.metrics.collect import (
    earlier_in,
    merged,
    rows_with_values,
    sheet_metrics,
    split_kpi_cells,
    written_metrics,
)
from canvasgen.read.metrics.csvfile import figures_header
from canvasgen.read.metrics.rows import Places
from canvasgen.read.not_spreadsheets.mermaid import read_mermaid
from canvasgen.read.not_spreadsheets.model_json import read_model_json
from canvasgen.read.package.portraits import place_workbook_pictures
from canvasgen.read.package.references import position
from canvasgen.read.package.safety import check_file
from canvasgen.read.persona_block import HEADER_PERSONA_KEYS, persona_block
from canvasgen.read.shown import read_when, shown_number, shown_when
from canvasgen.read.tables.detect import Hints, find_tables
from canvasgen.read.tables.empathy import attach_empathy_maps, read_empathy_maps, stray_said
from canvasgen.read.tables.empathy import describe as describe_empathy
from canvasgen.read.tables.found import RawScore, Section, Table, phase_keys
from canvasgen.read.tables.keyed import by_persona, persona_matrix, read_keyed
from canvasgen.read.tables.persona_list import read_persona_list
from canvasgen.read.tables.personas import find_personas
from canvasgen.read.tables.records import read_metric_rows, read_personas, read_touchpoints
from canvasgen.read.tables.scores import settle_scores
from canvasgen.read.tables.sheet_roles import (
    CanvasArea,
    SheetColumns,
    SheetRole,
    block_box,
    canvas_areas,
    chart_data,
    data_export,
    figures_table,
    may_be_touchpoints,
    neighbour_blocks,
    persona_columns,
    role_by_name,
    touchpoint_columns,
    undo,
)
from canvasgen.read.tables.stage_list import read_stage_list
from canvasgen.text import (
    SEMICOLON,
    cell_segments,
    counted,
    excerpt,
    label_key,
    listed,
    numbered_name,
    phase_key,
    semicolon_parts,
)
from canvasgen.vocabulary import (
    CHILD_WORDS,
    HELPER_SHEET_KEYS,
    KIT_RECORD_SHEET,
    META_INDEX,
    META_LOOSE_INDEX,
    PERSONA_INDEX,
    PERSONA_SHEET_KEYS,
    PERSONA_STRUCTURE,
    is_known_phase,
    lane_kind,
    match_field,
    names_a_group,
)
from canvasgen.vocabulary.scenarios import CURRENT_WORDS, IDEAL_WORDS, says
from canvasgen.vocabulary.structure import (
    NOTE_HEADER_KEYS,
    NUMBER_WORDS,
    PHASE_MODEL_VARIANTS,
    is_action_header,
    strip_decoration,
    undecorated,
)
from canvasgen.words import GAP_ACTIONS_HEADER, GAP_SHEETS, INSTRUCTIONS, LANE_LABELS, WORDS
from canvasgen.words.phase_models import MAX_PHASES, MIN_PHASES, PHASE_MODELS

#: The first cell of a sheet canvasgen writes for help only (instructions, lists).
HELPER_MARK = "canvasgen"
#: The template's instructions sheet by its heading and first step's heading, in each language ("Instructies",
#: "Zo vul je het canvas in"): help for the team, not the client's words, though it names no tool.
_INSTRUCTIONS_HEADS = {(label_key(lines[0]), label_key(lines[1])) for lines in INSTRUCTIONS.values()}


def read_canvas(
    path: str | Path,
    corrections: Corrections | None = None,
    companion: bool = False,
    phases: tuple[str, ...] = (),
    dates: str | None = None,
    unmatched_later: bool = False,
) -> Canvas:
    """Read a workbook; raise CanvasError (with every problem found) if it can't be read.

    ``corrections`` (the command line's) go over those of a ``canvasgen.toml`` beside the workbook; one
    that matches nothing in it is said, unless it is a ``companion`` (read with the main workbook's; the
    main workbook's ``phases`` tell a companion's sheet of touchpoints by its column of them, its
    language is the one ``dates`` are shown in) or ``unmatched_later`` (the workbook has companions, whose
    sheets and lanes a correction may be aimed at: ``say_unmatched`` once they are joined).
    The canvas's languages are decided here, once: the one canvasgen writes in, the one its text is in;
    its dates are shown in the first (``canvas_language``), unless ``dates`` names another.
    """
    canvas = _read_canvas(path, corrections, companion or unmatched_later, phases)
    titled = effective(corrections or Corrections(), Path(path))  # the command line's title, else the file's
    if titled.title and not companion:
        _titled(canvas, titled, display_name(path))
    elif not companion and len(canvas.journeys) == 1:
        _offer_title(canvas.journeys[0])
    if not canvas.language_decided:  # a workbook's is decided as its figures are read
        _decide_language(canvas, display_name(path), companion)
    show_dates(canvas, dates or canvas_language(canvas))
    return canvas


def _titled(canvas: Canvas, corrections: Corrections, name: str) -> None:
    """The map's journey named as the user said (``--title``, ``title`` in canvasgen.toml, the page's field),
    said in ``check --explain`` with the name the workbook gave it and a file's title the command line's passed
    over; a workbook of several journeys keeps their names, said with how to name each."""
    title, given = corrections.title or "", corrections.title_given
    if len(canvas.journeys) != 1:
        names = listed([f"'{excerpt(j.name)}'" for j in canvas.journeys], 6)
        canvas.warnings.append(
            CanvasWarning(
                Location(name),
                f"{given.said} '{excerpt(title)}' names one map, but the workbook holds {len(canvas.journeys)} "
                f"journeys ({names}): their names kept — to name each, write 'Journey: <name>' in a cell above "
                "its table",
            )
        )
        return
    (journey,) = canvas.journeys
    was = journey.name
    journey.name = title
    over = (
        f"; the command line wins over {SETTINGS_FILE}'s title '{excerpt(corrections.title_over)}'"
        if corrections.title_over
        else ""
    )
    journey.reading.append(
        f"it is called '{excerpt(title)}' as you said ({given.said}{over}), not '{excerpt(was)}' as the workbook "
        f"names it — to keep the workbook's name, {given.dropped}"
    )


#: The correction a reading offers for a journey's name: a cell the reader takes for it.
_JOURNEY_CELL = "write 'Journey: <name>' in a cell above the table"


def _offer_title(journey: Journey) -> None:
    """Where the reading says how to name the journey (a 'Journey: <name>' cell), the map's title given where
    the user is offered too (``--title``, the page's field): a workbook of one journey, named without touching
    the client's workbook."""
    offer = f"{_JOURNEY_CELL} or give {option_hint('title', '<name>')}"
    journey.reading = [line.replace(_JOURNEY_CELL, offer) for line in journey.reading]


def _decide_language(canvas: Canvas, name: str, companion: bool) -> None:
    """The canvas's languages, decided once from its words split and counted once (``CanvasWords``): the one
    of canvasgen's own words (unless the file says it: a model JSON), said in ``check --explain`` and in a
    warning where its words point at two languages or none; the one its text is in (``written_in``); and
    where its letters are in a script of none of canvasgen's languages, which language frames it (a
    ``companion`` says neither: the main workbook's language is the run's)."""
    words = CanvasWords.of(canvas)
    if canvas.language is None:
        choice = choose_language(canvas, words)
        canvas.language = choice.language
        if not companion:
            canvas.reading.append(choice.how)
            if choice.doubt is not None:
                canvas.warnings.append(CanvasWarning(Location(name), choice.doubt))
    canvas.language_decided = True
    canvas.written_in = words.text_language
    if words.script is not None and not companion:
        canvas.warnings.append(
            CanvasWarning(Location(name), frame_language_said(words.script, canvas_language(canvas)))
        )


def show_dates(canvas: Canvas, language: str) -> None:
    """Every date cell of the canvas (a date value, or a number with a date format: ``Item.when``) given
    the text it is shown with wherever an item is shown — poster, deck, kit, reports, ``check`` and the
    model JSON's text — as #31 decided: the client's date in ``language``'s notation (``shown_when``:
    "15 december 2026", "15 December 2026", "December 15, 2026" where the canvas's locale is American
    English). Its value stays ISO text. Text the client typed ("Datum: 2026-11-20") is no date cell and
    stays as typed. The reader shows them in the canvas's language; a run that writes in another
    (``--lang``) shows them again in that one, so that one page never mixes two languages' dates."""
    for item in date_items(canvas):
        assert item.when is not None
        item.text = shown_when(item.when, item.number_format, language, canvas.region)
    for phase in dated_phases(canvas):  # a phase named by a date cell: the same date, shown the same way
        assert phase.when is not None
        old, phase.name = phase.name, shown_when(phase.when, phase.number_format, language, canvas.region)
        for metric in canvas.metrics:  # a figure keeps the name of the phase it belongs to
            if metric.phase == old:
                metric.phase = phase.name


def dated_phases(canvas: Canvas) -> list[Phase]:
    """The phases of the canvas named by a date cell ("15 maart", "mrt 2026"; ``Phase.when``)."""
    return [phase for journey in canvas.journeys for phase in journey.phases if phase.when is not None]


def date_items(canvas: Canvas) -> list[Item]:
    """The items of the canvas that hold a date, wherever the model keeps them (lanes, metadata, records,
    notes, figures, empathy maps): found by walking the model, so that no container is forgotten. An item
    kept in two places (a group's label over its lanes) is listed once."""
    found: list[Item] = []
    for item in _items_in(canvas):
        if item.when is not None and not any(item is seen for seen in found):
            found.append(item)
    return found


def _items_in(node: object) -> Iterator[Item]:
    """Every item under ``node``, through lists, dicts and the compared fields of dataclasses: a field
    left out of comparison is a reference back (an empathy map's ``owner``) or no text (a picture), and
    the compared ones hold no cycle (``==`` on the model would never end otherwise), so the walk ends."""
    if isinstance(node, Item):
        yield node
    elif isinstance(node, (list, tuple)):
        for child in node:
            yield from _items_in(child)
    elif isinstance(node, dict):
        for child in node.values():
            yield from _items_in(child)
    elif is_dataclass(node) and not isinstance(node, type):
        for spec in fields(node):
            if spec.compare:
                yield from _items_in(getattr(node, spec.name))


def _read_canvas(
    path: str | Path, corrections: Corrections | None, companion: bool, phases: tuple[str, ...] = ()
) -> Canvas:
    name = display_name(path)
    check_file(Path(path), name)
    reader = reader_of(Path(path))
    if reader in (Reader.MODEL_JSON, Reader.MERMAID):  # lanes of their own kinds: a --lane is said, not used
        read = read_model_json if reader is Reader.MODEL_JSON else read_mermaid
        canvas = read(Path(path), name)
        canvas.sheet_names = list(dict.fromkeys(j.sheet for j in canvas.journeys))
        given = effective(corrections or Corrections(), Path(path))
        if not companion and given.lane_kinds:
            _say_unmatched(canvas, [j.sheet for j in canvas.journeys], name, replace(given, sheets={}))
        return canvas
    corrections = effective(corrections or Corrections(), Path(path))
    book = open_book(Path(path), name, corrections.skip_hidden)
    sheet_names = [g.title for g in book.grids]
    if book.format == "csv" and (header := figures_header(book.grids[0])):
        raise NoCanvas(
            name,
            f"this is an export of measured figures ({header}), not a canvas: give it with the canvas it measures: "
            + what_to_do(
                "canvasgen build CANVAS.xlsx --metrics " + shell_word(Path(name).name),
                'on the tab "{tab_build}", the canvas as "{workbook}" and this file as "{metrics}"',
            ),
        )
    if any(g.title == KIT_RECORD_SHEET and g.text((1, 1)) == KIT_RECORD_SHEET for g in book.grids):
        raise NoCanvas(
            name,
            "this is the changes workbook of a workshop kit, not a canvas: bring the workshop's changes into the "
            + what_to_do(
                "canvas with " + command_line("canvasgen", "apply", "CANVAS.xlsx", Path(name).name, "-o", "NEW.xlsx"),
                'canvas on the tab "{tab_apply}", the canvas as "{canvas}" and this file as "{changes}"',
            ),
        )
    if (sheets := gap_report_sheets(book.grids)) is not None:
        raise NoCanvas(
            name,
            f"this is a gap report canvasgen wrote ({sheets}), not a canvas: its owners and statuses are "
            "the team's to fill in; build the ideal and the current canvases it compares instead",
        )
    canvas = _read_book(book, name, Path(name).name, corrections, phases=phases, companion=companion)
    lists = {s: why for s, why in own_persona_lists(canvas, book.grids).items() if not corrections.for_sheet(s).role}
    if lists:  # a sheet listing the persona × stage table's personas by id: read again as the list it is, said
        roles = dict(corrections.sheets)
        for sheet in lists:
            roles[sheet] = replace(roles.get(sheet, Hints()), role=SheetRole.PERSONAS)
        as_lists = replace(corrections, sheets=roles)
        canvas = _read_book(book, name, Path(name).name, as_lists, phases=phases, companion=companion)
        canvas.reading = said_as_lists(canvas.reading, lists)
    canvas.sheet_names = sheet_names
    if corrections.version_of:  # the corrections follow a workbook's versions (apply's "-v2"): said
        canvas.reading.append(
            f'reading corrections: those of ["{corrections.version_of}"] in {SETTINGS_FILE}, as '
            f"{Path(name).name} is a later version of it and has no section of its own"
        )
    if canvas.journeys or canvas.personas or (companion and canvas.touchpoints):  # a touchpoint analysis beside it
        if not companion:
            _say_unmatched(canvas, [g.title for g in book.grids], name, corrections)
        return canvas
    wordy = _most_text(book)
    if wordy is not None:  # never refuse a sheet that holds text: the most plausible reading, said to be a guess
        canvas = _read_book(
            book, name, Path(name).name, corrections, guess=wordy.title, phases=phases, companion=companion
        )
        canvas.sheet_names = sheet_names
    if (canvas.journeys or canvas.personas) and not companion:
        _say_unmatched(canvas, [g.title for g in book.grids], name, corrections)
    if not canvas.journeys and not canvas.personas:
        sheets = ", ".join(f"'{g.title}'" for g in book.grids if not _is_helper(g)) or "none"
        raise NoCanvas(
            name,
            f"no customer journey canvas found (looked in sheets {sheets} for a row of phase names "
            "meeting a column of lane labels such as 'Klantproces' or 'Customer process', for the "
            "same turned on its side, and for a table with a phase column such as 'Fase', 'Phase' "
            "or 'Stage'; nor does it hold a table of text to read otherwise)",
        )
    return canvas


def say_unmatched(canvas: Canvas, path: str | Path, corrections: Corrections | None) -> None:
    """What ``read_canvas`` leaves to be said (``unmatched_later``) once a workbook's companions are joined to
    it: a correction that matches nothing in the workbook nor in its companions (their sheets in
    ``canvas.sheet_names``, their lanes joined to its journeys or journeys of their own)."""
    given = effective(corrections or Corrections(), Path(path))
    if reader_of(Path(path)) in (Reader.MODEL_JSON, Reader.MERMAID):
        if not given.lane_kinds:
            return
        given = replace(given, sheets={})  # their lanes' kinds are their own: only a --lane is said
    _say_unmatched(canvas, canvas.sheet_names, display_name(path), given, "this workbook nor its companions (--with)")


def gap_report_sheets(grids: list[Grid]) -> str | None:
    """What makes a workbook the gap report canvasgen writes (its sheets), as a message says it; None for
    any other workbook. Told by its sheets' names in one of canvasgen's languages and its actions sheet's header
    row, both as written (no property Excel or LibreOffice may drop); its sheets renamed or some deleted, by the
    header row of its action list alone."""
    titles = {grid.title: grid for grid in grids}
    for words in GAP_SHEETS.values():
        wanted = tuple(words[key] for key in GAP_ACTIONS_HEADER)
        actions = [g for g in grids if tuple(g.text((1, c)) for c in range(1, len(wanted) + 1)) == wanted]
        if not actions:
            continue
        sheets = [words[key] for key in ("actions", "missing", "without")]
        if actions[0].title == words["actions"] and all(sheet in titles for sheet in sheets):
            return "its sheets " + ", ".join(f"'{sheet}'" for sheet in sheets)
        # renamed or trimmed by the team: still told by the action list's columns, which it fills in, not renames
        return f"its sheet '{actions[0].title}' holds its action list's columns {' | '.join(wanted)}"
    return None


def _place_named(journey: Journey, lane: Lane) -> str | None:
    """The place ("row 3", "column E") of a lane the sheet gave no label and canvasgen named ("Baan 2"), as its
    reading says: the name a correction gives its role by (``--lane 'row 3=score'``); None for a lane labelled."""
    if lane.source is not None:
        return None
    said = re.compile(rf"the lane in (row \d+|column [A-Z]+) has no label: called '{re.escape(lane.label)}' after")
    return next((match[1] for line in journey.reading if (match := said.match(line))), None)


def _say_unmatched(
    canvas: Canvas, sheets: list[str], name: str, corrections: Corrections, looked_in: str = "this workbook"
) -> None:
    """A correction that matches nothing in the workbook is said, with what it was given as; so is one that
    matched a lane the reader could not give that role (a Mermaid journey's lanes, a model's own kinds)."""
    labels = {
        label_key(text): text
        for j in canvas.journeys
        for lane in j.lanes
        for text in (lane.label, *lane.label.splitlines(), *([lane.group.text] if lane.group else []))
    }
    # a lane with no label is corrected by its place ("row 3"), the name canvasgen gives it made too late
    labels |= {label_key(place): place for j in canvas.journeys for lane in j.lanes if (place := _place_named(j, lane))}
    lit = any(s.light is not None for j in canvas.journeys for phase in j.scores for s in phase)
    origin = corrections.origin or "the command line"
    for what in unmatched(corrections, sheets, labels, lit):
        canvas.warnings.append(
            CanvasWarning(
                Location(name), f"the correction {what} in {origin} matches nothing in {looked_in}; it was not used"
            )
        )
    for journey in canvas.journeys:  # a correction that matched a lane the reader then read otherwise
        kinds = corrections.for_sheet(journey.sheet).lane_kinds
        for lane in journey.lanes:
            given = corrected_kind(label_key(lane.label), kinds)
            if given is not None and lane.kind != lane_kind_of(given):
                where = Location(name, journey.sheet, lane.source.cell if lane.source else None)
                option = lane_option(corrections.written.get(label_key(lane.label), lane.label), given)
                said = (
                    f"the correction {option} in {origin} could not be applied: lane '{excerpt(lane.label)}'"
                    f" is read as {lane.kind} ({role_text(lane)})"
                )
                place = _place_named(journey, lane)
                if place is not None:  # its name is canvasgen's, made after the lanes were read: by its place
                    said = (
                        f"the correction {option} in {origin} could not be applied: lane '{excerpt(lane.label)}' "
                        "has no label in the sheet (canvasgen calls it so, once the lanes are read) — give it by "
                        f"the lane's place instead: {lane_option(place, given)} (or write its label at the start "
                        "of its row)"
                    )
                canvas.warnings.append(CanvasWarning(where, said))


def _read_book(
    book: Book,
    name: str,
    file: str,
    corrections: Corrections,
    guess: str | None = None,
    phases: tuple[str, ...] = (),
    companion: bool = False,
) -> Canvas:
    """Every sheet of a workbook into a canvas; ``guess`` names the sheet read as best it can when the
    structure found no canvas anywhere; ``phases`` are another workbook's, for a ``companion``."""
    canvas = Canvas(file=file, journeys=[], warnings=list(book.warnings))
    canvas.region = next((g.region for g in book.grids if g.region), None)  # how its English dates are written
    errors: list[CanvasError] = []
    metric_rows: list[dict[str, Item]] = []
    earlier: list[tuple[Item, Item]] = []  # an earlier period's values kept as notes, with their cells
    grids = [g for g in book.grids if not _is_helper(g)]
    # A sheet that may hold touchpoints is read once the journeys' phases are known: a column of them says so.
    later = [g for g in grids if g.cells and _after_the_journeys(g, corrections.for_sheet(g.title))]
    for grid in [g for g in grids if g not in later] + later:
        errors.extend(ReadError(Location(name, grid.title, grid.ref(pos)), why) for pos, why in grid.refused)
        if not grid.cells:
            canvas.notes.extend(grid.past_notes)  # a sheet whose only words lie past Excel's grid, or under a merge
            continue
        hints = replace(corrections.for_sheet(grid.title), guess=grid.title == guess)
        _say_generated_headers(grid, canvas)  # taken out of the sheet before anything is sought in it
        _read_sheet(grid, name, canvas, errors, metric_rows, hints, phases, earlier)
    if errors:
        raise CanvasErrors(errors)
    _one_persona_each(canvas)
    attach_empathy_maps(canvas)
    name_by_own_sheets(canvas, name)  # a persona × stage table named by the workbook's own lists, by id
    canvas.warnings.extend(_one_persona_on_two_sheets(canvas, name))
    # after: a persona of one name on two sheets is one, its fields joined (warned there where they differ)
    canvas.warnings.extend(_personas_of_one_name(canvas, name))
    _persona_titled_above(canvas)
    _persona_by_sheet_name(canvas)
    _age_of_the_header_persona(canvas)
    place_workbook_pictures(canvas, book.pictures, name)
    _distinct_names(canvas.journeys)
    if problems := journey_problems(canvas, name):  # refused now: a table past the caps was not read cell by cell
        raise CanvasErrors(problems)
    split_kpi_cells(canvas)  # the one "; " rule: a KPI lane always splits
    _say_kept_whole(canvas)
    canvas.warnings.extend(_said_split(canvas, grids, name))
    _say_numbers_kept(canvas)
    if canvas.journeys:
        _decide_language(canvas, name, companion)
        language = canvas_language(canvas)  # how unnamed journeys are named: Dutch, without words
        _scenario_in_language(canvas.journeys, language)
        canvas.warnings.extend(_name_unnamed(canvas.journeys, language, name, canvas.warnings))
        _name_untitled(canvas, language)
        _show_numbers_in(canvas, canvas.language)
        canvas.warnings.extend(_touchpoints_off_the_map(canvas, name))
        # Figures are read once every phase and touchpoint is known: a row may name any of them.
        places = Places.of(canvas)  # the phases and touchpoints a figure may name
        figures = figure_language(canvas)  # "1.250" is 1250 in Dutch and German, 1.25 in English
        # a figure not measured yet, or a value written in words: said and kept as a note, no stop
        metric_rows, unvalued, unread = rows_with_values(metric_rows, name, figures)
        canvas.warnings.extend(unvalued)
        canvas.notes.extend(unread)
        for note, value in earlier:  # "900 EUR", "€1,1k" beside "€ 1.200": written as the figures are
            note.text = earlier_in(note, value, figures)
        measured, problems, strays = sheet_metrics(metric_rows, places, figures, name)
        if problems:
            raise CanvasErrors(problems)
        canvas.warnings.extend(strays)
        canvas.metrics = merged(written_metrics(canvas, places, figures, name), measured)
    return canvas


def _one_persona_each(canvas: Canvas) -> None:
    """A persona written the same on two sheets (the ideal and the current journey's, each with its persona
    table) is one persona: its name and every field alike, word for word. Kept once, where it is written first,
    and said; a persona differing in one word is a persona of its own."""
    seen: dict[tuple[str, ...], Persona] = {}
    kept: list[Persona] = []
    for persona in canvas.personas:
        key = _persona_words(persona)
        first = seen.get(key) if key else None
        if first is None:
            seen.setdefault(key, persona)
            kept.append(persona)
            continue
        first.written_again.append(_copy_places(persona, persona.fields))  # apply writes a change of it here too
        where = [p.name.source if p.name else None for p in (first, persona)]
        places = " and ".join(f"{source.sheet}!{source.cell}" for source in where if source is not None)
        name = persona.name.text if persona.name else "(no name)"
        canvas.reading.append(
            f"persona '{excerpt(name)}' is written the same at {places}: one persona, one slide and one card, "
            "read where it is written first — to keep both, make them differ (a word in the name)"
        )
    canvas.personas[:] = kept
    headers: dict[str, list[Journey]] = {}  # no persona table: each journey's persona in its header, a card each
    for journey in canvas.journeys:
        if "persona" in journey.meta:
            headers.setdefault(label_key(without_age(journey.meta["persona"].text)), []).append(journey)
    for alike in (js for js in headers.values() if len(js) > 1 and not canvas.personas):
        canvas.reading.append(
            # the name alone: "Jan de Vries (45)" gives their age, no part of the name (read just after this)
            f"the persona '{excerpt(without_age(alike[0].meta['persona'].text))}' is written the same in the headers "
            f"of {len(alike)} journeys ({listed([str(j.meta['persona'].source) for j in alike])}): one persona, one "
            "card on the deck's persona slide"
        )


def _persona_titled_above(canvas: Canvas) -> None:
    """A journey whose header names no persona in a field, under a block of one persona's fields titled with their
    name above its table ("Persona: Henk Bosman" over "Leeftijd | …", "Wil graag | …", "Is bang voor | …"), one
    such block only, is that persona's: the block is its header's persona described. Said in the reading."""
    for journey in canvas.journeys:
        rows = [_row_of(p) for p in journey.phases if p.source is not None]
        if "persona" in journey.meta or not rows:
            continue
        above = [
            p
            for p in canvas.personas
            if p.name is not None
            and p.name.source is not None
            and p.name.source.sheet == journey.sheet
            and p.fields
            and _row_of(p.name) < min(rows)
            and all(_row_of(v) > _row_of(p.name) for v in p.fields.values() if v.source is not None)
        ]
        if len(above) != 1 or above[0].name is None:
            continue
        name = above[0].name
        journey.meta["persona"] = name
        fields = ", ".join(f"{k} ({v.source.cell})" if v.source is not None else k for k, v in above[0].fields.items())
        journey.reading.append(
            f"persona '{excerpt(name.text)}' ({name.source}), whose fields stand under their name above the table, "
            f"is the one whose journey it is; those rows were read as the persona's fields: {fields} — if it is "
            "someone else's, write 'Persona: <name>' in a cell above its table"
        )


def _row_of(item: Item | Phase) -> int:
    """The row an item was read from (0 when it has no place)."""
    at = position(item.source.cell.split(":")[0]) if item.source is not None else None
    return at[0] if at is not None else 0


def _persona_by_sheet_name(canvas: Canvas) -> None:
    """A journey whose sheet names no persona in a cell but whose sheet's name names one of the workbook's personas
    ("Office manager huidig" beside a buying group's "Office manager"; "Sanne" beside the persona Sanne), and one
    only, is that persona's: said in the reading, with the cell that says otherwise."""
    for journey in canvas.journeys:
        if "persona" in journey.meta:
            continue
        sheet = label_key(journey.sheet).split()
        found: dict[str, Persona] = {}
        for persona in canvas.personas:
            words = label_key(persona.name.text).split() if persona.name is not None else []
            if words and any(sheet[i : i + len(words)] == words for i in range(len(sheet) - len(words) + 1)):
                found.setdefault(" ".join(words), persona)
        if len(found) != 1:
            continue
        (persona,) = found.values()
        assert persona.name is not None
        where = f" (sheet '{persona.name.source.sheet}')" if persona.name.source else ""
        journey.meta["persona"] = persona.name
        journey.reading.append(
            f"persona '{excerpt(persona.name.text)}'{where} is the one whose journey it is: the sheet's name "
            f"'{excerpt(journey.sheet)}' names them, and no cell names another — if it is someone else's, write "
            "'Persona: <name>' in a cell above its table"
        )


#: A persona's name with their age after it in brackets ("Jan de Vries (45)", "Sanne (34 jaar)").
_NAME_AND_AGE = re.compile(
    r"(?P<name>.*?\S)\s*\(\s*(?P<age>\d{1,3})(?P<word>\s*(?:jaar|jr\.?|years?|yrs?|jahre|ans|años|anos))?\s*\)\s*",
    re.IGNORECASE,
)
#: Under this, a bare number in brackets ("Starter (2)") is a count or an index, unless the journey says a child.
_CHILD_AGE = 12


def _bare_small(found: re.Match[str]) -> bool:
    """A number under 12 with no age word after it: the second starter, or a child's age, by the context."""
    return not found["word"] and int(found["age"]) < _CHILD_AGE


def without_age(name: str) -> str:
    """A persona's name without their age in brackets after it ("Jan de Vries (45)" → "Jan de Vries"), as a
    journey named after them is called: the age is the persona's detail, no part of a journey's name. A bare
    small number ("Starter (2)") stays: it is an age only where the journey says a child (read later)."""
    found = _NAME_AND_AGE.fullmatch(name)
    return found["name"] if found is not None and not _bare_small(found) else name


def _child_marker(journey: Journey, persona: Persona | None) -> str | None:
    """A word of the journey (its sheet's name, header, lanes, notes) or of the persona's fields that says a child
    ("mama", "basisschool", "kind"), as written; None when there is none."""
    texts = [journey.sheet, *(i.text for i in journey.meta.values()), *(i.text for i in journey.notes)]
    texts += [i.text for lane in journey.lanes for cell in lane.cells for i in cell]
    texts += [i.text for i in persona.fields.values()] if persona is not None else []
    for text in texts:
        for word in re.findall(r"\w+", text):
            if word.casefold() in CHILD_WORDS:
                return str(word)
    return None


def _age_of_the_header_persona(canvas: Canvas) -> None:
    """The persona a journey's header names with their age in brackets ("Persona: Jan de Vries (45)") is named
    without it; the age is kept as their detail: on the workbook's persona of that name (when it has none), else on
    a persona made for them from the header, one for all journeys naming them. Said in the reading."""
    for journey in canvas.journeys:
        item = journey.meta.get("persona")
        found = _NAME_AND_AGE.fullmatch(item.text) if item is not None else None
        # "Leeftijd: 45" under them (``_persona_age``), a block of their fields (``persona_block``)
        given = {f: v for k, f in HEADER_PERSONA_KEYS.items() if (v := journey.meta.pop(k, None)) is not None}
        written = given.pop("age", None)
        if item is not None and given:
            for field, value in given.items():
                _header_persona(canvas, item if found is None else Item(found["name"], item.source)).fields.setdefault(
                    field, value
                )
        if item is not None and found is None and written is not None:
            persona = _header_persona(canvas, item)
            persona.fields.setdefault("age", written)
            continue
        if item is None or found is None:
            continue
        name, age = found["name"], Item(found["age"], item.source)
        named = next((p for p in canvas.personas if p.name and label_key(p.name.text) == label_key(name)), None)
        where = f" ({item.source.cell})" if item.source else ""
        child = _child_marker(journey, named) if _bare_small(found) else None
        if _bare_small(found) and child is None:
            journey.reading.append(
                f"persona '{excerpt(item.text)}'{where}: the {age.text} in brackets is no age (a number under "
                f"{_CHILD_AGE} with no age word, and nothing in the journey says a child): kept in the name — if it "
                f"is their age, write '({age.text} jaar)' or '({age.text} years)'"
            )
            continue
        journey.meta["persona"] = Item(name, item.source)
        journey.name = journey.name.replace(item.text, name)  # named before the age was told from a count
        persona = _header_persona(canvas, journey.meta["persona"])
        kept = "age" not in persona.fields or persona.fields["age"].text == age.text
        persona.fields.setdefault("age", age)
        journey.reading.append(
            f"persona '{excerpt(name)}'{where}: '{excerpt(item.text)}' gives their age in brackets"
            + (f" (a child's: the journey says '{excerpt(child)}')" if child else "")
            + ", "
            + (f"kept as their age ({age.text})" if kept else f"beside the age {persona.get('age')} written for them")
            + " — if it is part of the name, write it without the brackets"
        )


def _header_persona(canvas: Canvas, name: Item) -> Persona:
    """The persona a journey's header names: the workbook's of that name, else one made for them (one for all
    journeys naming them)."""
    key = label_key(name.text)
    persona = next((p for p in canvas.personas if p.name and label_key(p.name.text) == key), None)
    if persona is None:
        persona = Persona(name, {})
        canvas.personas.append(persona)
    return persona


def _personas_of_one_name(canvas: Canvas, file: str) -> list[CanvasWarning]:
    """Personas of one name that differ in a field, on one sheet (on two sheets they are one persona,
    ``_one_persona_on_two_sheets``): two slides and two cards of one name, warned with the fields they differ in."""
    said: list[CanvasWarning] = []
    by_name: dict[str, list[Persona]] = {}
    for persona in canvas.personas:
        if persona.name is not None and persona.name.text.strip():
            by_name.setdefault(label_key(persona.name.text), []).append(persona)
    for alike in (ps for ps in by_name.values() if len(ps) > 1):
        first, *others = alike
        keys = dict.fromkeys(k for p in alike for k in p.fields)
        differ = [k for k in keys if any(" ".join(p.get(k).split()) != " ".join(first.get(k).split()) for p in others)]
        headings = canvas.persona_headings(first)
        heads = [headings[k].text if k in headings else k for k in differ]
        places = [str(p.name.source) for p in alike if p.name is not None and p.name.source is not None]
        assert first.name is not None
        said.append(
            CanvasWarning(
                Location(file),
                f"{len(alike)} personas are named '{excerpt(first.name.text)}' ({listed(places)}) and differ in "
                f"{listed([repr(h) for h in heads]) or 'their fields'}: each is a persona of its own, with its own "
                "slide and card — if they are one, write them alike; if not, give each a name of its own",
            )
        )
    return said


def _persona_words(persona: Persona) -> tuple[str, ...]:
    """A persona's words, field by field, as a key two copies of it share (empty for a persona of no words)."""
    fields = sorted((key, " ".join(item.text.split())) for key, item in persona.fields.items())
    name = " ".join(persona.name.text.split()) if persona.name else ""
    if not name and not fields:
        return ()
    return (name, *(f"{key}={text}" for key, text in fields))


def _show_numbers_in(canvas: Canvas, language: str | None) -> None:
    """A number in the lanes whose format names no locale, shown with the separators of the canvas's
    language, as the client's Excel shows it ("€ 1.234,50" in a Dutch canvas, not "€ 1,234.50"): the file
    keeps only the format, the locale is the viewer's. The number itself (``value``) is unchanged."""
    if language is None or language == "en":
        return
    for journey in canvas.journeys:
        for lane in journey.lanes:
            for cell in lane.cells:
                for item in cell:
                    number = item.value
                    if item.number_format and isinstance(number, (int, float)) and not isinstance(number, bool):
                        item.text = shown_number(float(number), item.number_format, language)


def _touchpoints_off_the_map(canvas: Canvas, file: str) -> list[CanvasWarning]:
    """A touchpoint whose phase is none of a journey's is kept (in the appendix, not on that journey's map) and
    said with its cell, with the phases it could mean: those the sheet gave no name. In a workbook of several
    journeys sharing the sheet (an ideal and a current one), a phase one journey has and another lacks leaves
    the touchpoint off that other's map: said as well, naming the journey."""
    phases = [p for j in canvas.journeys for p in j.phases]
    said = []
    for tp in canvas.touchpoints:
        if tp.phase is None or not tp.phase.text.strip():
            continue
        key = label_key(tp.phase.text)
        lacking = [j for j in canvas.journeys if key not in {label_key(p.name) for p in j.phases}]
        if not lacking:
            continue
        where = tp.phase.source
        what = f"touchpoint '{excerpt(tp.name.text)}'" if tp.name is not None else "a touchpoint"
        shown = phases if len(lacking) == len(canvas.journeys) else [p for j in lacking for p in j.phases]
        unnamed = ", ".join(f"'{excerpt(p.name)}'" for p in shown if p.source is None)
        hint = (
            (
                f"; the canvas has a phase without a name ({unnamed}): if it is "
                f"'{excerpt(tp.phase.text)}', write that name over it"
            )
            if unnamed
            else ""
        )
        if len(lacking) == len(canvas.journeys):
            told = f"which is not on the canvas (its phases: {', '.join(p.name for p in phases[:12])}): kept with "
            told += "the touchpoints beside the map, not on it"
        else:
            journeys = " and ".join(f"'{excerpt(j.name)}'" for j in lacking)
            verb, its = ("does", "its") if len(lacking) == 1 else ("do", "their")
            told = (
                f"which {journeys} {verb} not have ({its} phases: {', '.join(p.name for p in shown[:12])}): left "
                f"off {its} map, kept with the touchpoints beside it"
            )
        said.append(
            CanvasWarning(
                Location(file, where.sheet, where.cell) if where else Location(file),
                f"{what} names the phase '{excerpt(tp.phase.text)}', {told}{hint}",
            )
        )
    return said


def _most_text(book: Book) -> Grid | None:
    """The sheet holding the most text cells, or None when no sheet holds any."""
    counts = [(sum(1 for v in g.cells.values() if v.is_text), i) for i, g in enumerate(book.grids) if not _is_helper(g)]
    best = max(counts, default=(0, -1))
    return book.grids[best[1]] if best[0] else None


def _distinct_names(journeys: list[Journey]) -> None:
    """Journeys sharing a name (one per buying-group member, say) get their sheet's name too; a sheet named by
    its scenario alone ("IDEAL", "CURRENT") the words of its Scenario cell instead ("Ideaal", "Huidig"), the
    canvas's own language, where those tell the twins apart."""
    for journey in journeys:
        twins = [j for j in journeys if j.name == journey.name]
        if len(twins) > 1:
            scenarios = [_scenario_for_sheet(twin) for twin in twins]
            by_scenario = all(scenarios) and len({label_key(s or "") for s in scenarios}) == len(twins)
            for twin, scenario in zip(twins, scenarios, strict=True):
                if by_scenario and scenario is not None and scenario not in twin.name:
                    twin.name = f"{twin.name} – {scenario}"
                    twin.reading.append(
                        f"named '{twin.name}' after its scenario '{scenario}' (the journeys share a title), not its "
                        f"sheet's name '{twin.sheet}' — to name it otherwise, give it a title of its own"
                    )
                elif twin.sheet not in twin.name:
                    twin.name = f"{twin.name} – {twin.sheet}"
                    twin.reading.append(
                        f"named '{twin.name}' after its sheet (the journeys share a title) — to name it otherwise, "
                        "give it a title of its own"
                    )


def _scenario_in_language(journeys: list[Journey], language: str) -> None:
    """A journey named after its sheet ("… – IDEAL") whose sheet's name is a scenario word of another language
    than the canvas's, with no Scenario cell to name it by: named by that scenario in the canvas's language
    ("… – Ideaal" on a Dutch canvas), said."""
    own = WORDS[language]["scenarios"].split(",")
    for journey in journeys:
        suffix = f" – {journey.sheet}"
        if not journey.name.endswith(suffix) or "scenario" in journey.meta:
            continue
        sheet = label_key(journey.sheet)
        found = [
            n
            for words in WORDS.values()
            for n, word in enumerate(words["scenarios"].split(","))
            if label_key(word) == sheet
        ]
        if not found or sheet in (label_key(word) for word in own):
            continue
        name = journey.name[: -len(suffix)] + f" – {own[found[0]]}"
        if any(other.name == name for other in journeys):
            continue
        journey.name = name
        journey.reading.append(
            f"named '{name}' after its sheet '{journey.sheet}', its scenario in the canvas's language — to name it "
            "otherwise, give it a title of its own, or a Scenario cell"
        )


def _scenario_for_sheet(journey: Journey) -> str | None:
    """The journey's Scenario cell ("Ideaal") where its sheet's name is a scenario word alone and the cell says
    the same scenario in other words ("IDEAL"), or in other letters ("IDEAAL"): the words the team wrote for it;
    None otherwise."""
    scenario = journey.meta.get("scenario")
    if scenario is None or scenario.text == journey.sheet:
        return None
    if label_key(scenario.text) == label_key(journey.sheet):
        return " ".join(scenario.text.split())  # "Ideaal" in the header, not the sheet's "IDEAAL" on every page
    for words, other in ((IDEAL_WORDS, CURRENT_WORDS), (CURRENT_WORDS, IDEAL_WORDS)):
        if label_key(journey.sheet) in words and says(scenario.text, words) and not says(scenario.text, other):
            return " ".join(scenario.text.split())
    return None


def _number_twins(journeys: list[Journey], file: str) -> list[CanvasWarning]:
    """A sheet's journeys sharing a name (two untitled canvases stacked: both named after the sheet) numbered in
    their order ("Reis 1", "Reis 2"), said."""
    said: list[CanvasWarning] = []
    for journey in journeys:
        twins = [j for j in journeys if j.name == journey.name]
        if len(twins) < 2:
            continue
        written = journey.name
        for number, twin in enumerate(twins, start=1):
            twin.name = f"{written} {number}"
            twin.reading.append(f"named '{twin.name}': {len(twins)} journeys of sheet '{twin.sheet}' had one name")
        starts = [f"'{t.name}' ({t.phases[0].source.cell})" if t.phases[0].source else f"'{t.name}'" for t in twins]
        said.append(
            CanvasWarning(
                Location(file, journey.sheet),
                f"{len(twins)} journeys on sheet '{journey.sheet}' have one name ('{excerpt(written)}'): called "
                f"{listed(starts)} in their order — to name them, write each one's title in the cell above it",
            )
        )
    return said


def _name_unnamed(journeys: list[Journey], language: str, file: str, told: list[CanvasWarning]) -> list[CanvasWarning]:
    """Lanes and phases the sheet gave no name are called after their column or row ("Column E"), as the
    tables were found; once the canvas's language is known, a lane by its role or place in that language
    ("Baan 3", ``_name_lane``), a phase by its numbered neighbours' pattern or else by its place ("Fase 3",
    in the sheet's own word for a phase where it has one): never a spreadsheet column a client does not see.
    When the other phases are all but one of a known phase model, the missing one is suggested, not taken. A
    name so made never takes one a phase was given ("Fase 3" written over column D): it is numbered, and said."""
    said: list[CanvasWarning] = []
    for journey in journeys:
        for number, lane in enumerate(journey.lanes, start=1):
            if lane.source is None and (match := _UNNAMED.fullmatch(lane.label)):
                journey.reading.append(_name_lane(journey, lane, number, match, language))
                _say_by_its_name(journey, told, match.group(0), lane.label)  # 'Row 3' said before: its name now
        for index, phase in enumerate(journey.phases):
            if phase.source is None and (match := _UNNAMED.fullmatch(phase.name)):
                made, why = _phase_name_made(journey.phases, index) or _phase_name_by_place(journey, index, language)
                suggested = _missing_model_phase(journey.phases, index)
                suggestion = (
                    f"if it is '{excerpt(suggested[0])}', the one phase of {suggested[1]} the others lack, write "
                    f"'{excerpt(suggested[0])}' over it"
                    if suggested
                    else "write its name over it"
                )
                journey.reading.append(
                    f"the phase in {_place_of(match)} has no name: called '{excerpt(made)}' {why} — {suggestion}"
                )
                _say_made_name(told, journey.sheet, match, f"called '{excerpt(made)}' {why}", suggested)
                others = {phase_key(p.name) for i, p in enumerate(journey.phases) if i != index}
                phase.name = numbered_name(made, others) if phase_key(made) in others else made
                phase.unnamed = True
                _say_by_its_name(journey, told, match.group(0), phase.name)
                if phase.name != made:
                    holder = next(p for p in journey.phases if p is not phase and phase_key(p.name) == phase_key(made))
                    where = f" in {holder.source.cell}" if holder.source else ""
                    said.append(
                        CanvasWarning(
                            Location(file, journey.sheet),
                            (
                                f"the phase without a name in {_place_of(match)} is called "
                                f"'{excerpt(phase.name)}': '{excerpt(made)}' is the name of the phase{where}; give it "
                                "a name of its own"
                            ),
                        )
                    )
    return said


def _say_by_its_name(journey: Journey, told: list[CanvasWarning], column: str, name: str) -> None:
    """What was said of the phase while it was called after its column (a merge over it: "the phases 'Afweging'
    and 'Column F'"), said by the name it now has: the column is no name the client reads anywhere."""
    old = f"'{column}'"
    journey.reading = [line.replace(old, f"'{excerpt(name)}'") for line in journey.reading]
    for i, warning in enumerate(told):
        if warning.location.sheet == journey.sheet and old in warning.message:
            told[i] = replace(warning, message=warning.message.replace(old, f"'{excerpt(name)}'"))


#: The scale the template's score label notes ("Ervaringsscore (-2 t/m +2)"): no lane's but the template's.
_SCALE_NOTED = re.compile(r"\s*\([^)]*\)\s*$")


def _name_lane(journey: Journey, lane: Lane, number: int, match: re.Match[str], language: str) -> str:
    """A lane the sheet gave no label is called by its role's word in the canvas's language ("Klantproces",
    a role its cells gave it) or by its place ("Baan 3"), never by a spreadsheet column or row a client does
    not see ("Kolom E"); a name another lane has is not taken. What to say of it (where to write its label)."""
    taken = {label_key(other.label) for other in journey.lanes if other is not lane}
    written = LANE_LABELS[language].get(lane.kind.value)
    by_role = _SCALE_NOTED.sub("", written) if written is not None else None  # the template's scale is not its
    by_place = WORDS[language]["unnamed_lane"].format(number=number)
    lane.label = by_role if by_role is not None and label_key(by_role) not in taken else by_place
    column, row = match.groups()
    where = f"column {column}" if column else f"row {row}"
    place = f"column {column}" if column else f"row {row}"
    fix = (
        f"write its label {'over the column' if column else 'at the start of the row'}, or give its role by its "
        f"place: {lane_option(place, '<kind>')}"
    )
    why = f"its role, {lane.kind.value}, read from its cells" if lane.label == by_role else "its place"
    return f"the lane in {where} has no label: called '{lane.label}' after {why} — {fix}"


def _name_untitled(canvas: Canvas, language: str) -> None:
    """A journey named after its sheet where that name is the spreadsheet's default ("Sheet1", "Blad1",
    "Planilha1"; numbered "Sheet1 2" as a stacked twin) or a name written for a machine ("ibu562_matrix",
    "russian-lookalike", a CSV's file name) is called a customer journey in the canvas's language ("Klantreis",
    "Klantreis 2"): neither is a title for a client's wall. The reading says so, and what was said of the
    journey by its old name says the new one. (A name a person gave, "Klantreis webshop", stays.)"""
    word = WORDS[language]["untitled_journey"]
    journeys = canvas.journeys
    taken = {phase_key(j.name) for j in journeys}
    for journey in journeys:
        sheet, old = journey.sheet, journey.name
        rest = old[len(sheet) :] if old.startswith(sheet) else None
        if rest is None or not _AFTER_SHEET.fullmatch(rest):
            continue
        if _DEFAULT_SHEET.fullmatch(sheet.strip()):
            why, fix = "the spreadsheet's default name for a sheet", ""
        elif machine_name(sheet):
            why = "a name written for a machine (a file's or sheet's name), not for a reader"
            fix = " (or give the sheet or CSV file a name in words: 'Klantreis webshop')"
        else:
            _say_file_named(canvas, journey, rest)
            continue
        persona = _only_persona(canvas, sheet) if not rest else None
        made = (
            WORDS[language]["journey_of"].format(journey=word, persona=without_age(persona)) if persona else word + rest
        )
        taken.discard(phase_key(old))
        journey.name = numbered_name(made, taken) if phase_key(made) in taken else made
        taken.add(phase_key(journey.name))
        journey.reading = [line.replace(f"'{old}'", f"'{journey.name}'") for line in journey.reading]
        journey.reading.append(
            f"it is called '{excerpt(journey.name)}': '{excerpt(sheet)}' is {why}, no title for the client's wall"
            + (f", and '{excerpt(persona)}' is the one persona on the sheet" if persona else "")
            + f" — to name the journey, {_JOURNEY_CELL}{fix}"
        )
        canvas.warnings = [  # said of the sheet's journeys by the old name (twins numbered, roles missing)
            replace(w, message=w.message.replace(f"'{excerpt(old)}'", f"'{excerpt(journey.name)}'"))
            if w.location.sheet == sheet
            else w
            for w in canvas.warnings
        ]


def _say_file_named(canvas: Canvas, journey: Journey, rest: str) -> None:
    """A CSV's journey named after its file's name as a person wrote it ("duty.csv": 'Duty'), said in the reading
    with how to name it otherwise: the one rule is that a file's name is the title unless it is written for a
    machine (a slug, "two-blank.csv", is none: ``machine_name``), and ``check --explain`` says which it was. A
    name in lower case (as file names are often typed) reads as a title: its first letter a capital, said."""
    path = PurePath(canvas.file)
    if rest or path.suffix.lower() not in (".csv", ".tsv") or path.stem != journey.sheet:
        return
    old = journey.name
    capital = old[:1].upper() + old[1:] if old == old.lower() and old[:1].isalpha() else old
    journey.name = capital
    as_written = " with a capital first letter" if capital != old else ""
    journey.reading.append(
        f"it is called '{excerpt(capital)}' after the file's name '{path.name}', read as its title{as_written} (a name "
        f"in words; a slug such as 'klant-reis' is none) — to name the journey otherwise, {_JOURNEY_CELL}"
    )
    if capital != old:  # what was said of the journey by the file's own spelling says its title
        said, now = f"journey '{excerpt(old)}'", f"journey '{excerpt(capital)}'"
        canvas.warnings = [replace(w, message=w.message.replace(said, now)) for w in canvas.warnings]


def _only_persona(canvas: Canvas, sheet: str) -> str | None:
    """The name of the one persona read from the sheet (the journey is that persona's), or None for none or
    several."""
    names = [
        p.name.text for p in canvas.personas if p.name is not None and p.name.source and p.name.source.sheet == sheet
    ]
    return names[0] if len(names) == 1 and names[0].strip() else None


def machine_name(name: str) -> bool:
    """Whether a sheet's or file's name was written for a machine, not a reader: one run without spaces
    joined by underscores ("ibu562_matrix", "evahan-hub_JTBD_Consolidated"), a lower-case slug
    ("russian-lookalike", "customer-journey-v2") or camel case ("customerJourney", "CustomerJourneyMap";
    not a brand's "YouTube" or "iPhone")."""
    name = name.strip()
    if not name or any(char.isspace() for char in name):
        return False
    if "_" in name.strip("_"):
        return True
    parts = re.split(r"[-.]", name)
    if len(parts) >= 2 and all(part.isalnum() and part == part.lower() for part in parts):
        return True
    humps = [i for i in range(1, len(name)) if name[i - 1].islower() and name[i].isupper()]
    return bool(humps) and ((humps[0] >= 2 and name[0].islower()) or len(humps) >= 2)


#: What may follow the sheet's name in a journey named after it: nothing, a twin's number, a persona or section.
_AFTER_SHEET = re.compile(rf"(?: \d+)?(?:{re.escape(VIEW_SEPARATOR)}.+)?", re.S)
#: The names spreadsheets give a new sheet, in the languages they come in ("Sheet1", "Blad1", "Tabelle1"): a
#: number always ("List" may be a name), but openpyxl's "Sheet"; and the names of its copies: Google Sheets'
#: "Copy of Sheet1" (in the sheet's language), LibreOffice's "Sheet1_2", Excel's "Sheet1 (2)", Numbers' and
#: others' "Sheet1 copy" ("Blad1 kopie 2").
_DEFAULT_SHEET = re.compile(
    r"(?:(?:copy of|kopie van|kopie von|copie de|copia de|cópia de|copia di|копия) )?"
    r"(?:(?:sheet|blad|tabelle|feuil|feuille|hoja|planilha|folha|foglio|лист|arkusz|list|ark|munkalap|taulukko|foaie|"
    r"sayfa|φύλλο|工作表|シート|시트)\s*\d+|sheet)"
    r"(?: \(\d+\)|_\d+|[ _-](?:copy|kopie|copie|copia|cópia)(?: \d+)?)?",
    re.IGNORECASE,
)


_UNNAMED = re.compile(r"Column ([A-Z]{1,3})|Row (\d+)")


#: A phase name ending in its number ("Fase 2", "Stap 04"): the word before it and the number.
_NUMBERED_PHASE = re.compile(r"(.*?\S)\s*(\d{1,3})")


def _phase_name_made(phases: list[Phase], index: int) -> tuple[str, str] | None:
    """The name of a phase the sheet left unnamed by its neighbours' pattern when they are numbered one apart
    around it ("Fase 2", ?, "Fase 4": "Fase 3"; at an end, the two before or after it show the step), and why,
    for the reading; None when they show none (it is called by its place, ``_phase_name_by_place``)."""

    def numbered(i: int) -> tuple[str, int] | None:
        if not 0 <= i < len(phases) or phases[i].source is None:
            return None
        found = _NUMBERED_PHASE.fullmatch(phases[i].name.strip())
        return (found.group(1), int(found.group(2))) if found else None

    around = [(i, n) for i in (index - 2, index - 1, index + 1, index + 2) if (n := numbered(i)) is not None]
    near = [(i, n) for i, n in around if abs(i - index) == 1]
    if near and len(around) >= 2 and len({word for _, (word, _) in around}) == 1:
        starts = {number - (i - index) for i, (_, number) in around}  # the number each one says this phase has
        if len(starts) == 1:
            word, names = around[0][1][0], " and ".join(f"'{excerpt(phases[i].name)}'" for i, _ in near)
            return f"{word} {starts.pop()}", f"after the phases beside it ({names})"
    return None


def _place_of(match: re.Match[str]) -> str:
    column, row = match.groups()
    return f"column {column}" if column else f"row {row}"


def _phase_name_by_place(journey: Journey, index: int, language: str) -> tuple[str, str]:
    """An unnamed phase's name by its place among the phases ("Fase 3"), in the sheet's own word for a phase
    where its phase row's header is one ("Stap", "Stage >>" without its arrows), else in the canvas's
    language; and why."""
    own = [word for label in journey.phase_labels if label_key(word := undecorated(label.text)) in _PHASE_WORD_KEYS]
    word = own[0] if own else WORDS[language]["phase"]
    if word.isupper() and not all(p.name.isupper() for p in journey.phases if p.source is not None):
        word = word.capitalize()  # a header in capitals ("FASE") beside phases that are not: the word, not its case
    return f"{word} {index + 1}", f"after its place (phase {index + 1} of {len(journey.phases)})"


#: The words a sheet may head its phase row with that also name one phase ("Fase", "Stage", "Stap").
_PHASE_WORD_KEYS = frozenset(label_key(word) for word in NUMBER_WORDS)


def _missing_model_phase(phases: list[Phase], index: int) -> tuple[str, str] | None:
    """The one phase of a known phase model (the 5 A's, the five phases, in any language) the other phases
    lack, when they are exactly that model but it; and the model, said by its phases. None otherwise: a
    suggestion for the team (write it over the column), never a name taken."""
    others = [phase_key(p.name) for i, p in enumerate(phases) if i != index]
    if any(p.source is None for i, p in enumerate(phases) if i != index):
        return None  # more than one phase unnamed: which is which is not known
    for model_name, languages in PHASE_MODELS.items():
        for model in [*languages.values(), *PHASE_MODEL_VARIANTS.get(model_name, ())]:
            missing = [name for name in model if phase_key(name) not in others]
            if len(model) == len(phases) and len(missing) == 1 and len(set(others)) == len(others):
                named = _MODEL_NAMES.get(model_name, "the phase model")
                return missing[0], f"{named} ({' · '.join(model)})"
    return None


#: How the check names the phase models it suggests a missing phase of (``canvasgen template --model``).
_MODEL_NAMES = {"five-a": "the 5 A's", "five": "the five-phase model", "b2b7": "the seven-phase B2B model"}


def _say_made_name(
    told: list[CanvasWarning], sheet: str, match: re.Match[str], called: str, suggested: tuple[str, str] | None
) -> None:
    """The reader's warning of a column without a phase name (``tables.across``) says the name made for it,
    and the phase of a known model its column may be, to write in its cell."""
    column = match.group(1)
    for i, warning in enumerate(told):
        if column and warning.location.sheet == sheet and warning.message.startswith(f"column {column} has no phase"):
            message = warning.message.replace(_NAMED_BY_COLUMN, called, 1)
            if suggested and (cell := warning.location.cell):
                name, model = suggested
                message = message.replace(
                    " — name it in ",
                    f" — if it is '{excerpt(name)}', the one phase of {model} the others lack, write "
                    f"'{excerpt(name)}' in {cell}; otherwise name it in ",
                    1,
                )
            told[i] = replace(warning, message=message)


#: How the reader of a row of phases says it read a column without a name (``tables.across``), until it is named.
_NAMED_BY_COLUMN = "named after its column"


def _say_kept_whole(canvas: Canvas) -> None:
    """The one-line cells holding "; " that the one rule kept as one item (a part is no short phrase), said
    in each journey's reading with the correction: lines of their own split a cell, always."""
    for journey in canvas.journeys:
        written = _one_card_cells(journey)
        kept = [cell for cell in _cells_of_items(journey, _kept_whole) if cell not in written]
        if kept:
            journey.reading.append(
                f"'; ' kept inside {listed(kept)}: a part is longer than a short phrase (4 words, 35 characters), so "
                "each such cell is one item — to split one, put each item on a line of its own"
            )
        if kept := written:
            journey.reading.append(  # short parts kept together: named as one card by apply
                f"'; ' kept inside {listed(kept)}: apply wrote each as one card, typed in one cell of the changes "
                "sheet — to split one, put each item on a line of its own"
            )


def _said_split(canvas: Canvas, grids: list[Grid], file: str) -> list[CanvasWarning]:
    """The one-line cells the one "; " rule split into items of their own (every part a short phrase: "Oefent
    dagelijks met krukken; slaapt slecht"), one line a journey naming them, with the correction that keeps one
    whole. A KPI lane's cells always split (its figures), and are not said."""
    said: list[CanvasWarning] = []
    by_title = {grid.title: grid for grid in grids}
    for journey in canvas.journeys:
        grid = by_title.get(journey.sheet)
        items = [
            item.source
            for lane in journey.lanes
            if lane.kind != LaneKind.KPIS
            for cell in lane.cells
            for item in cell
            if item.source is not None and item.source.sheet == journey.sheet
        ]
        several = [source.cell for source, count in Counter(items).items() if count > 1]
        if grid is None or not several:
            continue
        refs = {grid.ref(pos): pos for pos in grid.cells}
        split = [cell for cell in several if cell in refs and cell_segments(grid.text(refs[cell]))[1] == SEMICOLON]
        if split:
            said.append(
                CanvasWarning(
                    Location(file, journey.sheet),
                    f"'; ' split {listed(split)} into items of their own (each part a short phrase) — to keep one "
                    "whole, write ', ' for its '; '",
                )
            )
    return said


def _kept_whole(item: Item) -> bool:
    return SEMICOLON in item.text and "\n" not in item.text


def _one_card_cells(journey: Journey) -> list[str]:
    """The cells holding one item of short parts joined by "; " (which the rule splits): only a cell ``apply``
    named as one card (``grid.ONE_CARD_NAME``) reads so; an item of a cell of lines has others beside it."""
    items = [item for lane in journey.lanes for cell in lane.cells for item in cell if item.source is not None]
    per_cell = Counter(item.source for item in items)
    return [
        item.source.cell
        for item in items
        if item.source is not None
        and per_cell[item.source] == 1
        and _kept_whole(item)
        and semicolon_parts(item.text) is not None
    ]


def _say_numbers_kept(canvas: Canvas) -> None:
    """The items written with a number that is no list's marker (``text.numbered_lines``: "2. Long identity
    check", a step numbered across the journey), said in each journey's reading: their number is kept in
    their text, and as their order (``Item.order``)."""
    for journey in canvas.journeys:
        if kept := _cells_of_items(
            journey, lambda item: item.order is not None and item.text.startswith(str(item.order))
        ):
            journey.reading.append(
                f"the numbers written before the items in {listed(kept)} are kept in their text and as their "
                "order: a number is a list's marker, left out, only where a cell numbers its lines 1, 2, 3 … in order"
            )


def _cells_of_items(journey: Journey, said: Callable[[Item], bool]) -> list[str]:
    """The cells of a journey's lane items that ``said`` holds of, in the lanes' order, an item once per cell it
    stands in (what the reading says of them)."""
    return [
        item.source.cell
        for lane in journey.lanes
        for cell in lane.cells
        for item in cell
        if item.source is not None and item.source.cell and said(item)
    ]


#: The most words a heading of notes has after its note word ("Notities workshop", "Notes from the session").
_NOTES_HEADING_WORDS = 4


def _heads_notes(text: str) -> bool:
    """Whether a cell's text is a heading of notes: a note word ("Notities", "Notes"), or one followed by
    a few words of no sentence ("Notities workshop"); never a note that starts so ("Notes: call Pieter")."""
    key = label_key(text)
    if key in NOTE_HEADER_KEYS:
        return True
    words = key.split()
    return (
        1 < len(words) <= _NOTES_HEADING_WORDS
        and words[0] in NOTE_HEADER_KEYS
        and not any(mark in text for mark in ":.!?;")
        and "\n" not in text.strip()
    )


def _heads_personas(text: str) -> bool:
    """Whether a cell's text is a heading of personas ("Persona's", "Personas"), as a sheet of them is named."""
    return label_key(text) in PERSONA_SHEET_KEYS


def _personas_as_notes(grid: Grid, head: Pos, below: list[Pos]) -> str:
    """What became of personas written under a heading beside the canvas ("Persona's" over name | description
    rows): notes under their heading, and how to make them personas."""
    last = max(below, key=lambda p: (p[0], p[1] + grid.span(p)[1]))
    right = max(c for r, c in grid.cells if head[0] < r <= last[0] and c >= head[1] and (r, head[1]) in grid.cells)
    return (
        f"'{grid.quoted(head)}' ({grid.ref(head)}) heads {grid.ref((head[0] + 1, head[1]))}:"
        f"{grid.ref((last[0], right))} beside the canvas: kept as notes under it, their heading — to read them as "
        "personas, move them to a sheet named 'Personas', one a row under a header row 'Naam | Beschrijving'"
    )


def _notes_heads(grid: Grid, notes: set[Pos], said: list[str]) -> set[Pos]:
    """The cells of notes that only head the notes under them in their column ("Notities", "Notities
    workshop"), and a sheet's title cell (its own name, above what the sheet holds: "Persona"): headings,
    not notes; each said with the correction."""
    heads = {
        (r, c)
        for r, c in notes
        if (_heads_notes(grid.text((r, c))) or _heads_personas(grid.text((r, c))))
        and any(n[1] == c and n[0] > r for n in notes)
    }
    heads -= _headings_kept(grid, heads, said)
    said.extend(  # a heading of personas is said with what became of them (``_personas_as_notes``)
        f"'{grid.text(pos)}' in {grid.ref(pos)} heads the notes under it: a heading, not a note — to keep it as "
        "a note, write more than the heading word in it"
        for pos in sorted(heads)
        if not _heads_personas(grid.text(pos))
    )
    titles = {pos for pos in notes - heads if _is_sheet_title(grid, pos)}
    said.extend(
        f"'{grid.text(pos)}' in {grid.source(pos)} is the sheet's name, written as its title: a heading, not a note — "
        "to keep it as a note, write more than the sheet's name in it"
        for pos in sorted(titles)
    )
    return heads | titles


def _headings_kept(grid: Grid, heads: set[Pos], said: list[str]) -> set[Pos]:
    """Headings of two or more columns of notes ("Notities links", "Notities workshop"): a journey's notes
    have one title, so each heading stays a note, at the top of its own column's notes (``_notes_order``), never
    dropped and never titling another column's notes; said."""
    if len({c for _, c in heads}) < 2:
        return set()
    shown = ", ".join(f"'{excerpt(grid.text(pos))}' in {grid.ref(pos)}" for pos in sorted(heads, key=lambda p: p[1]))
    said.append(
        f"{shown} head columns of notes of their own: each kept as a note, over its column's notes, column by "
        "column — to title the notes, keep one column of notes under one heading"
    )
    return set(heads)


def _notes_order(grid: Grid, notes: set[Pos], tables: list[Table], headed: list[NotesColumnAt]) -> list[Pos]:
    """The notes' cells in reading order; with columns of notes on both sides of the canvas (two or more notes
    down a column left of it and right of it), or columns under headings of their own (``headed``), each such
    column's notes together, the left ones first, so two columns' notes are never interleaved row by row."""
    if headed:
        below = [pos for _, column in headed for pos in column]
        return sorted(notes - set(below)) + below
    columns = {c for table in tables for _, c in table.used}
    if not columns:
        return sorted(notes)
    down: dict[int, int] = {}
    for _, c in notes:
        down[c] = down.get(c, 0) + 1
    left = sorted(c for c, n in down.items() if n >= 2 and c < min(columns))
    right = sorted(c for c, n in down.items() if n >= 2 and c > max(columns))
    if not left or not right:
        return sorted(notes)
    sides = [*left, *right]
    rest = sorted(pos for pos in notes if pos[1] not in sides)
    return rest + [pos for c in sides for pos in sorted(p for p in notes if p[1] == c)]


#: A column of notes under a heading of its own: the heading's cell, and its notes' cells below it, top down.
NotesColumnAt = tuple[Pos, list[Pos]]


def _short_heading(text: str) -> bool:
    """A cell's text that may head a column: one line of a few words, no sentence ("Vragen klant")."""
    return (
        0 < len(text.split()) <= _NOTES_HEADING_WORDS
        and "\n" not in text.strip()
        and not any(mark in text for mark in ":.!?;")
    )


def _notes_columns(grid: Grid, notes: set[Pos], tables: list[Table]) -> list[NotesColumnAt]:
    """Two or more columns of notes apart from the tables (left or right of them), each under a short heading
    of its own at its top ("Notities workshop", "Vragen klant") with two notes or more below it and no note in
    the columns beside it over those rows (cells side by side are a small table's rows): each column's heading
    keeps titling its own notes. One such column alone: none (a heading word titles it, ``_title_notes``)."""
    used = {c for table in tables for _, c in table.used}
    if not used:
        return []
    headed: dict[int, NotesColumnAt] = {}
    beside: dict[int, bool] = {}
    for c in sorted({c for _, c in notes if c < min(used) or c > max(used)}):
        cells = sorted(p for p in notes if p[1] == c)
        head, below = cells[0], cells[1:]
        rows = range(head[0], cells[-1][0] + 1)
        beside[c] = any(p[1] in (c - 1, c + 1) and p[0] in rows for p in notes)
        if len(below) >= 2 and grid.cells[head].number is None and _short_heading(grid.text(head)):
            headed[c] = (head, below)
    found = [column for c, column in headed.items() if not beside[c] or _side_by_side_notes(grid, headed, c)]
    return found if len(found) >= 2 else []


def _side_by_side_notes(grid: Grid, headed: dict[int, NotesColumnAt], col: int) -> bool:
    """Whether a headed column with notes beside it is one of neighbouring columns of notes, each under its own
    heading on the same row, one of them headed as notes ("Notities workshop" | "Open vragen klant"): columns of
    notes side by side, not a small table's rows ("Eigenaar | Deadline" over "Petra | Q3 2026")."""
    first = last = col
    while first - 1 in headed:
        first -= 1
    while last + 1 in headed:
        last += 1
    group = [headed[c][0] for c in range(first, last + 1)]
    if len(group) < 2 or len({r for r, _ in group}) > 1:
        return False
    top = group[0][0]
    cells = [p for c in range(first, last + 1) for p in (headed[c][0], *headed[c][1])]
    # nothing beside the group over its rows: its columns are all there is
    rows = range(top, max(r for r, _ in cells) + 1)
    if any(grid.text((r, c)).strip() for r in rows for c in (first - 1, last + 1)):
        return False
    return any(_heads_notes(grid.text(head)) for head in group)


def _title_columns(grid: Grid, columns: list[NotesColumnAt], journey: Journey, said: list[str]) -> set[Pos]:
    """Each column of notes under its own heading keeps it as the title of its notes: the first as the
    journey's ``notes_title``, the others as its ``notes_columns``; said. The headings' cells."""
    titles = []
    heads: set[str] = set()
    for head, below in columns:
        cells = frozenset(item.source for pos in below for item in grid.items(pos) if item.source is not None)
        title = grid.whole(head)
        if phase_key(title.text) in heads:  # one heading over two columns: numbered, the columns told apart
            numbered = numbered_name(title.text, heads)
            said.append(
                f"'{excerpt(title.text)}' in {grid.ref(head)} heads an earlier column of notes too: its notes keep "
                f"their own column, titled '{excerpt(numbered)}' — to title it otherwise, write another heading in "
                f"{grid.ref(head)}"
            )
            title = replace(title, text=numbered)
        heads.add(phase_key(title.text))
        titles.append(NotesColumn(title, cells))
    journey.notes_title, journey.titled = titles[0].title, set(titles[0].cells)
    journey.notes_columns.extend(titles[1:])
    shown = ", ".join(f"'{excerpt(grid.text(head))}' in {grid.ref(head)}" for head, _ in columns)
    said.append(
        f"{shown} head {len(columns)} columns of notes of their own: each the title of its own column's notes, "
        "column by column, none merged with another — to keep a heading as a note, write a sentence in it"
    )
    return {head for head, _ in columns}


def _title_notes(grid: Grid, heads: set[Pos], journeys: list[Journey], notes: set[Pos]) -> list[Item]:
    """The heading of the one column of notes beside a journey becomes the title of its notes
    (``Journey.notes_title``), and the notes of ``notes`` in its column below it its notes (``titled``: decided
    here, once); the other headings, as read (structure)."""
    titled = [
        pos for pos in sorted(heads) if journeys and (_heads_notes(grid.text(pos)) or _heads_personas(grid.text(pos)))
    ]
    if len(titled) == 1 and journeys[0].notes_title is None:
        row, column = titled[0]
        journeys[0].notes_title = grid.whole(titled[0])
        below = [pos for pos in notes if pos[1] == column and pos[0] > row]
        journeys[0].titled = {item.source for pos in below for item in grid.items(pos) if item.source is not None}
        by_row: dict[int, list[Pos]] = {}  # the notes of each row, found once (a long export holds thousands)
        for pos in notes:
            by_row.setdefault(pos[0], []).append(pos)
        for pos in below:  # a row of a small table under the heading is one note, its cells' range its source
            line = sorted(p for p in by_row[pos[0]] if p[1] >= column)
            journeys[0].titled.add(Source(grid.title, f"{grid.ref(line[0])}:{grid.ref(line[-1])}"))
        if _heads_personas(grid.text(titled[0])):
            journeys[0].reading.append(_personas_as_notes(grid, titled[0], below))
        heads = heads - {titled[0]}
    return [grid.whole(pos) for pos in sorted(heads)]


def _is_sheet_title(grid: Grid, pos: Pos) -> bool:
    """A cell holding the sheet's own name, above everything else the sheet holds (its title)."""
    key = label_key(grid.text(pos))
    return bool(key) and key == label_key(grid.title) and all(r > pos[0] for r, _ in grid.cells if (r, _) != pos)


def _is_helper(grid: Grid) -> bool:
    if label_key(grid.title) not in HELPER_SHEET_KEYS:
        return False
    first = grid.text((1, 1))
    return first.startswith(HELPER_MARK) or (label_key(first), label_key(grid.text((3, 1)))) in _INSTRUCTIONS_HEADS


def _personas(grid: Grid, canvas: Canvas, named: bool) -> set[Pos]:
    """The personas of a sheet, added to the canvas: a Personas sheet's header row of fields, key/value
    blocks or one persona per column (in any sheet, beside a canvas or alone), or a persona list; the cells
    they took."""
    # key/value blocks (side by side too), one persona per column, or a header row of known fields
    said: list[str] = []
    personas, headers, used = find_personas(grid, said, canvas.headings, named)
    canvas.reading.extend(said)
    if named and not personas:  # a Personas sheet: its header row of fields, whichever they are
        personas, headers, used = read_personas(grid)
    listed = read_persona_list(grid) if not personas else None
    if listed is not None:  # one persona per row, told in a column of free text
        personas, headers, used, reading = listed
        canvas.reading.append(reading)
    elif named and not personas:  # no free text either: a header row naming the name column will do ("id | name")
        personas, headers, used = read_personas(grid, least=1)
    _add_personas(canvas, personas, headers)
    return set(used)


def _all_known(names: list[str], phases: set[str]) -> bool:
    """Whether every phase a sheet of figures names is one of the canvas's (a sheet of no phase column too)."""
    return all(label_key(name) in phases for name in names)


def _after_the_journeys(grid: Grid, hints: Hints) -> bool:
    """True for a sheet that holds touchpoints, or may (by its columns): read after the journeys' sheets."""
    role = hints.role or role_by_name(grid.title)
    return role is SheetRole.TOUCHPOINTS or (role is None and may_be_touchpoints(grid))


def _phase_keys(canvas: Canvas, known: tuple[str, ...]) -> set[str]:
    """The phases the workbook's sheets read so far name (as named and as written), and those ``known`` from
    the main workbook, for a companion's."""
    phases = {label_key(p.name) for j in canvas.journeys for p in j.phases} | {label_key(k) for k in known}
    return phases | {label_key(v) for j in canvas.journeys for p in j.phases for v in (p.written, *p.variants) if v}


def _sheet_role(
    grid: Grid,
    hints: Hints,
    canvas: Canvas,
    known: tuple[str, ...] = (),
    name: str = "",
    whole_sheet: bool = True,
    shaped: bool = False,
) -> tuple[SheetRole, SheetColumns | None]:
    """What the sheet is for (the user's correction, its name, else its columns), said in the reading
    with the correction that changes it; and its columns, when they were found by what they hold (the
    phases ``known`` from the main workbook, for a companion's)."""
    phases = _phase_keys(canvas, known)
    found: SheetColumns | None = None
    figures = figures_table(grid) if whole_sheet else None  # a block beside a canvas is never read as figures
    if hints.role is not None:
        role, why = hints.role, f"{hints.role.value}, as set in {hints.origin or 'the command line'}"
    elif (by_name := role_by_name(grid.title)) is not None:
        role, why = by_name, f"{by_name.value}, by its name"
    elif (data := data_export(grid) or (chart_data(grid, phases) if whole_sheet and not shaped else None)) is not None:
        # dates down its first column, or labels beside figures only ("Maand | Bezoekers"): data, never phases
        role, why = SheetRole.METRICS, data
    elif figures is not None and phases and _all_known(figures.phases, phases):
        role, why = SheetRole.METRICS, figures.said()  # "Fase | Metriek | Waarde | Doel": the Metingen columns
    elif read_keyed(grid, set(), {}) is not None:
        # a persona × stage table is journeys, whatever its columns share with another sheet's phases
        return SheetRole.JOURNEY, None
    elif (found := touchpoint_columns(grid, phases) or persona_columns(grid, phases)) is not None:
        role, why = found.role, found.why
        if role is SheetRole.JOURNEY:  # refused as a buying group (a role on two rows): said in check too
            canvas.warnings.append(CanvasWarning(Location(name or canvas.file, grid.title, None), why))
    else:
        if figures is not None and phases:  # figures of phases the canvas has not: a journey, said so
            said = figures.unknown(grid.title, phases)
            canvas.warnings.append(CanvasWarning(Location(name or canvas.file, grid.title, None), said))
        return SheetRole.JOURNEY, None
    if role is SheetRole.TOUCHPOINTS:
        found = touchpoint_columns(grid, phases)  # the columns' meaning, whatever they are headed
    elif role is SheetRole.PERSONAS and found is None:
        found = persona_columns(grid, phases, named=True)
        why += f"; {found.named}" if found is not None and found.named else ""  # a buying group's roles name them
    canvas.reading.append(f"sheet '{grid.title}': {why} — if it is otherwise, give {undo(role, grid.title)}")
    return role, found


def _empathy_maps(
    grid: Grid, name: str, canvas: Canvas, empathy: tuple[list[EmpathyMap], set[Pos], set[Pos]]
) -> set[Pos]:
    """The sheet's empathy maps into the canvas, with what is said of them; the cells they use."""
    maps, used, apart = empathy
    canvas.empathy_maps.extend(maps)  # a picture of quadrants: no personas, no journey in it
    canvas.reading.extend(describe_empathy(each, len(maps)) for each in maps)
    if apart:  # a persona block beside the map, a canvas above or under it: read as they are
        canvas.reading.append(
            f"{grid.title}: {listed([grid.ref(pos) for pos in sorted(apart)])} stand apart from the empathy map "
            "(blank rows or a blank column between): read as what they are, not as the map's entries"
        )
    canvas.warnings.extend(
        CanvasWarning(
            Location(name, grid.title, item.source.cell if item.source else None),
            f"'{excerpt(item.text)}' {stray_said(each, quadrant)}",
        )
        for each in maps
        for item, quadrant in each.strays
    )
    return used


def _metrics_sheet(
    grid: Grid, name: str, canvas: Canvas, metric_rows: list[dict[str, Item]], earlier: list[tuple[Item, Item]]
) -> set[Pos]:
    """A sheet of figures: its rows kept to be read once the phases are known (and ``earlier``, its earlier periods'
    values kept as notes, each with its cell, to be written in the canvas's notation); the cells it took."""
    table = read_metric_rows(grid)
    canvas.figure_sheets.append(grid.title)  # its notes go with the figures
    metric_rows.extend(table.rows)
    canvas.metric_columns.update(table.headers)
    if table.said:
        canvas.reading.append(table.said)
    if table.kept:  # an earlier period's values: one value is drawn per figure, the others kept as notes
        canvas.notes.extend(table.kept)
        earlier.extend(zip(table.kept, table.kept_values, strict=True))
        canvas.warnings.append(CanvasWarning(Location(name, grid.title), table.kept_said))
    if table.unread:  # a sheet of figures beside the canvas never stops it: its words stay, as notes
        canvas.warnings.append(CanvasWarning(Location(name, grid.title), table.unread))
    return table.used


def _read_sheet(
    grid: Grid,
    name: str,
    canvas: Canvas,
    errors: list[CanvasError],
    metric_rows: list[dict[str, Item]],
    hints: Hints,
    phases: tuple[str, ...] = (),
    earlier: list[tuple[Item, Item]] | None = None,
) -> None:
    # a sheet of figures of the canvas's phases ("Fase | KPI | Nu | Doel") holds no canvas, whatever its labels
    areas, shaped = ([], []) if _figures_of_the_canvas(grid, hints, canvas, phases) else _shaped_areas(grid, hints)
    areas, shaped = _outside_keyed(grid, hints, areas), _outside_keyed(grid, hints, shaped)
    rest = grid.without(set().union(*(a.cells for a in areas))) if areas else grid
    # two or more neighbours around a canvas: each read on its own, as a canvas's one neighbour is
    blocks = _blocks_around(grid, rest, areas, hints)
    rest_of_list, rest, blocks = _without_stage_list(rest, areas, hints, blocks)
    # the role the user gave is said whatever the sheet holds; blocks apart around a canvas make it a journey's
    role, found = (
        _sheet_role(rest, hints, canvas, phases, name, shaped=bool(areas))
        if not blocks or hints.role
        else (SheetRole.JOURNEY, None)
    )
    # personas by their columns beside a canvas: both are read, the canvas as a journey
    beside = bool(areas) and role is SheetRole.PERSONAS
    # personas down, stages across: a journey per persona, never a list of personas described by their stages
    matrix = persona_matrix(rest, _phase_keys(canvas, phases)) if role is SheetRole.JOURNEY and not areas else None
    personas_before = len(canvas.personas)
    used: set[Pos] = set()
    empathy = None
    if blocks:
        used = _read_neighbours(grid, name, canvas, blocks, phases)
    elif role is SheetRole.METRICS:
        used = _metrics_sheet(grid, name, canvas, metric_rows, [] if earlier is None else earlier)
    elif role is SheetRole.TOUCHPOINTS:
        touchpoints, headers, used = read_touchpoints(grid, found)
        canvas.touchpoints.extend(touchpoints)
        canvas.touchpoint_columns.update(headers)
    elif role is SheetRole.PERSONAS and found is not None:
        personas, headers, used = read_personas(rest, found)
        _add_personas(canvas, personas, headers)
    elif (empathy := read_empathy_maps(grid, set().union(*(a.cells for a in shaped)))) is not None:
        # a canvas found by its shape is no part of a map beside it: the map is sought in the cells apart from it
        used = _empathy_maps(grid, name, canvas, empathy)
        if hints.role is SheetRole.JOURNEY:  # the user's word cannot make the map a journey: said
            canvas.warnings.append(CanvasWarning(Location(name, grid.title), _map_kept(grid, empathy[1], hints)))
        if empathy[2] and hints.role is not SheetRole.JOURNEY:
            used |= _personas(grid.without(set(grid.cells) - empathy[2]), canvas, named=role is SheetRole.PERSONAS)
    elif matrix is None:  # a journey by the user's word: personas only apart from it
        used = _personas_of_sheet(grid, rest, canvas, hints, (bool(areas), role))
    if areas and len(canvas.personas) > personas_before:  # the canvas kept from them: said
        _say_canvas_kept(grid, areas, canvas, hints)
    elif areas and role is SheetRole.JOURNEY and hints.role is None:  # no persona beside the canvas: any near?
        _say_small_persona(rest.without(used), name, canvas)
    journeys: list[Journey] = []
    raw_scores: list[list[list[RawScore]]] = []  # each journey's, in their order: settled once its scale is known
    top = grid.max_row + 1
    tables: list[Table] = []
    stage_list: set[Pos] = set()  # a stage list beside a canvas: its words notes, none of them the journey's title
    if (role is SheetRole.JOURNEY or beside) and (empathy is None or empathy[2] or shaped):
        outside, stage_list, listed = _neighbours(
            grid, rest_of_list.without(used), (areas, shaped), empathy, canvas, hints
        )
        tables = find_tables(grid, name, used | outside, hints)
        tables = [by_persona(grid, matrix, table) for table in tables]  # a persona × stage table cut per persona
        taken, top = _take_tables(grid, name, canvas, tables, (journeys, raw_scores), used)
        used |= taken | _join_listed_stages(grid, name, canvas, journeys, listed)
    if role is SheetRole.JOURNEY or beside:  # said also where an empathy map took the whole sheet
        _say_places_unused(grid, name, tables, canvas, hints)
    leftover = {pos: grid.cells[pos] for pos in grid.cells if pos not in used}
    # Metadata and a title belong to a journey; in a sheet without one they stay notes.
    columns = {c for table in tables for _, c in table.used}
    meta, meta_used = _metadata(grid, set(leftover) - stage_list, top, journeys, columns) if journeys else ({}, set())
    _settle_journeys(grid, name, canvas, journeys, raw_scores, meta, hints)
    canvas.journeys.extend(journeys)
    # a sheet of notes alone (no canvas, persona, map or table of another kind on it): its heading is a note
    alone = not journeys and len(canvas.personas) == personas_before and empathy is None and not used
    _keep_notes(grid, name, canvas, journeys, tables, set(leftover) - meta_used, role, alone)


def _keep_notes(
    grid: Grid,
    name: str,
    canvas: Canvas,
    journeys: list[Journey],
    tables: list[Table],
    free: set[Pos],
    role: SheetRole,
    alone: bool,
) -> None:
    """The sheet's cells left over (``free``) kept as notes: its first journey's, else the canvas's; said.
    ``alone``: the sheet holds notes alone (no canvas, persona, map or table of another kind)."""
    notes, kept = _sheet_notes(grid, canvas, journeys, tables, free, alone)
    _add_extra_notes(grid, name, journeys, canvas)
    if journeys:
        journeys[0].notes.extend(notes)
        journeys[0].notes_tables.extend(kept)
    else:
        canvas.notes.extend(notes)
        canvas.notes_tables.extend(kept)
    if notes and (journeys or role is SheetRole.JOURNEY):
        canvas.warnings.append(_notes_kept(Location(name, grid.title), notes, journeys))


def _personas_of_sheet(grid: Grid, rest: Grid, canvas: Canvas, hints: Hints, found: tuple[bool, SheetRole]) -> set[Pos]:
    """The personas of a sheet read before its tables (``rest``: without its canvases found by their shape),
    the cells they took. A journey by the user's word whose canvas no shape found (phases and labels in the
    client's own words) keeps the persona blocks apart from its tables (a persona block above the canvas):
    they are read outside the rows and columns its tables span, never poured into notes field by field."""
    shaped, role = found
    if hints.role is not SheetRole.JOURNEY or shaped:
        return _personas(rest, canvas, named=role is SheetRole.PERSONAS)
    tables = find_tables(grid, grid.title, set(), hints)
    spanned = [pos for table in tables for pos in table.used]
    if not spanned:
        return set()
    top, bottom = min(r for r, _ in spanned), max(r for r, _ in spanned)
    left, right = min(c for _, c in spanned), max(c for _, c in spanned)
    inside = {(r, c) for r, c in rest.cells if top <= r <= bottom and left <= c <= right}
    apart = rest.without(inside)
    return _personas(apart, canvas, named=False) if apart.cells else set()


def _sheet_notes(
    grid: Grid, canvas: Canvas, journeys: list[Journey], tables: list[Table], free: set[Pos], alone: bool
) -> tuple[list[Item], list[NotesTable]]:
    """The notes of a sheet's cells left over (``free``), in reading order, and the small tables among them:
    the headings of columns of notes taken as their titles (each column its own, or the one notes word), any
    other heading the canvas's; on a sheet of notes ``alone``, its heading in its first row the title of its
    notes (``Canvas.notes_columns``), another heading the first of its notes."""
    said = journeys[0].reading if journeys else canvas.reading
    columns = _notes_columns(grid, free, tables) if journeys else []
    own = _title_columns(grid, columns, journeys[0], said) if columns else set()
    heads = _notes_heads(grid, free - own, said if not alone else [])
    top = _top_heading(grid, heads, free) if alone else None
    if alone:  # a sheet of notes alone: any other heading is printed with them, the first of its notes
        said.extend(
            f"'{excerpt(grid.text(pos))}' in {grid.source(pos)} heads the notes under it on a sheet without a "
            "canvas: kept as their first note, so it is printed with them"
            for pos in sorted(heads - {top} if top else heads)
        )
        heads = {top} if top else set()
    canvas.headings.extend(_title_notes(grid, heads - {top} if top else heads, journeys, free - heads - own))
    apart = {pos for _, below in columns for pos in below}
    left = free - heads - own
    pairs = _meta_pairs(grid, left - apart, journeys)
    notes, kept = _notes_by_row(grid, _notes_order(grid, left, tables, columns), said, apart, pairs)
    if top is not None and notes:
        title = grid.whole(top)
        canvas.notes_columns.append(NotesColumn(title, frozenset(n.source for n in notes if n.source is not None)))
        said.append(
            f"'{excerpt(title.text)}' in {grid.source(top)} heads the notes under it on a sheet without a canvas: "
            "the title of those notes on poster and deck — to keep it as a note, write a sentence in it"
        )
    return notes, kept


def _top_heading(grid: Grid, heads: set[Pos], free: set[Pos]) -> Pos | None:
    """The one heading of a sheet of notes alone that stands over all its other cells (in its first row with
    text, nothing beside it): the title of its notes; None where there are several headings, or none."""
    if len(heads) != 1:
        return None
    (head,) = heads
    others = free - heads
    return head if others and all(r > head[0] for r, _ in others) else None


#: A cell's reference (or a range's first cell): its column letters and row number.
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)")


def _meta_pairs(grid: Grid, notes: set[Pos], journeys: list[Journey]) -> dict[int, list[Pos]]:
    """The rows among the notes that are a label and its value in the journey's header block ("Traject |
    Totale knieprothese" between "Opdrachtgever | …" and "Versie | …"), a label canvasgen has no field for: a
    row of two one-line cells, the label in the column of the header's labels, its row beside one the header
    was read from. By row, label then value."""
    sheet = grid.title
    meta = [item.source for j in journeys for item in j.meta.values() if item.source and item.source.sheet == sheet]
    places = [found.groups() for source in meta if (found := _CELL_REF.match(source.cell))]
    rows = {int(row) for _, row in places}
    label_cols = {letters for letters, _ in places}
    by_row: dict[int, list[Pos]] = {}
    for pos in sorted(notes):
        by_row.setdefault(pos[0], []).append(pos)
    pairs: dict[int, list[Pos]] = {}
    for r, cells in by_row.items():
        one_line = all(grid.span(p) == (1, 1) and len(grid.note_items(p)) == 1 for p in cells)
        beside = {r - 1, r + 1} & rows
        in_labels = column_letters(cells[0][1]) in label_cols
        if len(cells) == 2 and one_line and beside and in_labels and cells[1][1] - cells[0][1] <= 2:
            pairs[r] = cells
    return pairs


def _notes_by_row(
    grid: Grid, order: list[Pos], said: list[str], apart: set[Pos], pairs: dict[int, list[Pos]] | None = None
) -> tuple[list[Item], list[NotesTable]]:
    """The notes' items in ``order``, and the small tables among them; a small table (two rows or more under
    each other, each of two cells or more of one line side by side: "Touchpoint | Priority Score" over
    "Checkout | 5") kept as one note per row, its cells apart by " · ", so a row stays together instead of a
    word per bullet, and, where its first row is a header of words, as a table (``NotesTable``) that poster and
    deck print as one; never the cells of columns of notes under headings of their own (``apart``). Said."""
    rows = _record_rows(grid, set(order) - apart)
    pairs = {r: cells for r, cells in (pairs or {}).items() if r not in rows}
    notes: list[Item] = []
    done: set[int] = set()
    for pos in order:
        row = rows.get(pos[0]) or pairs.get(pos[0])
        if row is None or pos not in row:
            notes.extend(grid.note_items(pos))
        elif pos[0] not in done:
            done.add(pos[0])
            parts = [grid.note_items(p)[0].text for p in row]
            text = f"{parts[0].rstrip().rstrip(':')}: {parts[1]}" if pos[0] in pairs else " · ".join(parts)
            notes.append(Item(text, _row_source(grid, row)))
    said.extend(_pair_said(grid, label, value) for label, value in pairs.values())
    blocks = _runs(sorted(rows))
    tables = [table for run in blocks if (table := _notes_table(grid, [rows[r] for r in run])) is not None]
    tables = [_titled_table(grid, table, order, said) for table in tables]
    headed = {table.sources[0] for table in tables}
    said.extend(
        f"{grid.ref(rows[run[0]][0])}:{grid.ref(rows[run[-1]][-1])} is a small table of {counted(len(run), 'row')} "
        f"outside the canvas: kept as notes, one per row ('{excerpt(' · '.join(grid.text(p) for p in rows[run[0]]))}')"
        + (", printed as a table under its header row" if _row_source(grid, rows[run[0]]) in headed else "")
        for run in blocks
    )
    return notes, tables


def _titled_table(grid: Grid, table: NotesTable, order: list[Pos], said: list[str]) -> NotesTable:
    """A small table among the notes under a cell alone on the row right above its header row, a few words naming
    it ("Actiepunten", "Risico's"): that cell is its title (the deck's table slide's), said; the table as it was
    where no such cell stands there."""
    first = position(table.sources[0].cell.split(":")[0])
    if first is None:
        return table
    above = [p for p in order if p[0] == first[0] - 1]
    if len(above) != 1 or above[0][1] != first[1] or grid.cells[above[0]].number is not None:
        return table
    pos = above[0]
    if not _short_heading(grid.text(pos)):
        return table
    said.append(
        f"'{excerpt(grid.text(pos))}' ({grid.ref(pos)}), alone right above the table at {table.sources[0].cell}, is "
        "its title: the deck's table slide is called so — to keep it a note, leave a blank row between them"
    )
    return replace(table, title=grid.whole(pos))


def _row_source(grid: Grid, row: list[Pos]) -> Source:
    """The source of a small table's row kept as one note: its cells' range."""
    return Source(grid.title, f"{grid.ref(row[0])}:{grid.ref(row[-1])}")


def _notes_table(grid: Grid, rows: list[list[Pos]]) -> NotesTable | None:
    """A small table among the notes as a table (``rows``: each row's cells, left to right), its first row its
    header: only where that row is words (no number, no date) and the rows hold words or values under it; its
    columns those any row fills, a cell no row fills in a column left blank. None for rows of figures alone."""
    header = rows[0]
    if not all(_heads_a_column(grid, p, rows[1:]) for p in header):
        return None
    # a row's cell stands in the column of the header cell at it or left of it (a cell over a blank header)
    heads = [c for _, c in header]
    table = []
    for row in rows:
        cells: list[list[str]] = [[] for _ in heads]
        for pos in row:
            cells[max(bisect.bisect_right(heads, pos[1]) - 1, 0)].append(grid.text(pos))
        table.append(tuple(" ".join(parts).strip() for parts in cells))
    return NotesTable(table[0], tuple(table[1:]), tuple(_row_source(grid, row) for row in rows))


def _heads_a_column(grid: Grid, pos: Pos, rows: list[list[Pos]]) -> bool:
    """Whether a cell of a small table's first row heads its column: a few words ("Eigenaar", "Due date"; at most
    ``_NOTES_HEADING_WORDS``), no number, no id (more digits than letters: "A01067196"), no label of a row ("Visible:"),
    and its words not again under it (a first row of records: "Sem Interação" over "Sem Interação")."""
    text = " ".join(grid.text(pos).split())
    digits, letters = sum(ch.isdigit() for ch in text), sum(ch.isalpha() for ch in text)
    again = any(" ".join(grid.text(p).split()) == text for row in rows for p in row if p[1] == pos[1])
    return (
        grid.cells[pos].number is None
        and 0 < len(text.split()) <= _NOTES_HEADING_WORDS
        and digits <= letters
        and not text.endswith(":")
        and not again
    )


def _pair_said(grid: Grid, label: Pos, value: Pos) -> str:
    written, held = excerpt(grid.text(label)), excerpt(grid.text(value))
    return (
        f"{grid.ref(label)}:{grid.ref(value)} ('{written}' | '{held}') is a label and its value among the header's, "
        f"a label canvasgen has no field for: kept as one note '{written.rstrip(':')}: {held}'"
    )


def _record_rows(grid: Grid, notes: set[Pos]) -> dict[int, list[Pos]]:
    """The rows of small tables among the notes' cells: runs of two rows or more, one under the other, each
    holding two cells or more of one line (no merge), side by side (at most one blank column between), the
    rows' columns overlapping; by row, its cells left to right."""
    by_row: dict[int, list[Pos]] = {}
    for pos in sorted(notes):  # grouped once: a filter per row was quadratic in a long export under a canvas
        by_row.setdefault(pos[0], []).append(pos)
    candidates: dict[int, list[Pos]] = {}
    for r, cells in by_row.items():
        cols = [c for _, c in cells]
        one_line = all(grid.span(p) == (1, 1) and len(grid.note_items(p)) == 1 for p in cells)
        if len(cells) >= 2 and one_line and all(b - a <= 2 for a, b in pairwise(cols)):
            candidates[r] = cells
    found: dict[int, list[Pos]] = {}
    for run in _runs(sorted(candidates)):
        spans = [(candidates[r][0][1], candidates[r][-1][1]) for r in run]
        if len(run) >= 2 and all(a[0] <= b[1] and b[0] <= a[1] for a, b in pairwise(spans)):
            found.update({r: candidates[r] for r in run})
    return found


def _runs(rows: list[int]) -> list[list[int]]:
    """Runs of neighbouring row numbers."""
    runs: list[list[int]] = []
    for r in rows:
        if runs and r == runs[-1][-1] + 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def _notes_kept(where: Location, notes: list[Item], journeys: list[Journey]) -> CanvasWarning:
    """The warning that names the cells of a sheet kept as notes, outside its canvas or in a sheet without one;
    notes under a heading of personas ("Persona's") with how to make them personas."""
    cells = sorted({n.source.cell for n in notes if n.source}, key=_cell_order)
    place = "outside the canvas" if journeys else "in a sheet without a canvas"
    said = f"{len(cells)} cell(s) {place} kept as notes: {listed(cells)}"
    title = journeys[0].notes_title if journeys else None
    if title is not None and _heads_personas(title.text) and title.source is not None:
        said += (
            f"; those under '{title.text}' ({title.source.cell}) look like personas: to read them so, move them to "
            "a sheet named 'Personas', one a row under a header row 'Naam | Beschrijving'"
        )
    return CanvasWarning(where, said, notes=True)


def _outside_keyed(grid: Grid, hints: Hints, areas: list[CanvasArea]) -> list[CanvasArea]:
    """The canvases found by their shape but those inside a persona × stage table: its stage column over its lane
    columns looks like a phase row over lane labels down to its first remark row, and the blocks left of that
    'canvas' (its persona and stage-group columns) were read on their own, a persona list of long group names."""
    if not areas or hints.places:
        return areas
    keyed = read_keyed(grid, set(), hints.lane_kinds, hints.groups)
    return areas if keyed is None else [a for a in areas if not a.cells <= keyed.used]


def _blocks_around(grid: Grid, rest: Grid, areas: list[CanvasArea], hints: Hints) -> list[Grid]:
    """The blocks apart around the canvases found by their shape (``rest``: the sheet without them), each as a
    sheet of its own, when there are two or more of them (one neighbour is read with the canvas's sheet); none
    on a sheet whose role the user or its name gave."""
    if not areas or hints.role not in (None, SheetRole.JOURNEY) or role_by_name(grid.title) is not None:
        return []
    blocks = neighbour_blocks(rest, [(*a.corner, *a.last) for a in areas])
    return [rest.without(set(rest.cells) - block) for block in blocks] if len(blocks) > 1 else []


def _read_neighbours(grid: Grid, name: str, canvas: Canvas, blocks: list[Grid], phases: tuple[str, ...]) -> set[Pos]:
    """The blocks around a sheet's canvases read one by one, each as a canvas's only neighbour is: a persona
    or touchpoint table by its columns, an empathy map, persona blocks; the cells they took (a stage list and
    notes are left to the journey's reading)."""
    boxes = [block_box(b, set(b.cells)) for b in blocks]
    places = [f"{grid.ref((top, left))}:{grid.ref((bottom, right))}" for top, left, bottom, right in boxes]
    canvas.reading.append(
        f"sheet '{grid.title}': {len(blocks)} blocks stand apart around the canvas ({listed(places)}): each read "
        "on its own, none of them part of the canvas or of another"
    )
    used: set[Pos] = set()
    for block in blocks:
        titled = _titled_persona_table(block, canvas, phases)
        if titled is not None:
            used |= titled
            continue
        role, found = _sheet_role(block, Hints(), canvas, phases, name, whole_sheet=False)
        if role is SheetRole.PERSONAS and found is not None:
            personas, headers, taken = read_personas(block, found)
            _add_personas(canvas, personas, headers)
        elif role is SheetRole.TOUCHPOINTS:
            touchpoints, headers, taken = read_touchpoints(block, found)
            canvas.touchpoints.extend(touchpoints)
            canvas.touchpoint_columns.update(headers)
        elif (empathy := read_empathy_maps(block, set())) is not None:
            taken = _empathy_maps(block, name, canvas, empathy)
            if empathy[2]:
                taken |= _personas(block.without(set(block.cells) - empathy[2]), canvas, named=False)
        else:
            taken = _personas(block, canvas, named=False)
        used |= taken
    return used


def _titled_persona_table(block: Grid, canvas: Canvas, phases: tuple[str, ...]) -> set[Pos] | None:
    """A persona table beside a canvas under its title ("Buying group", "Inkoopgroep", "DMU" over "Name | Role |
    Cares about"): read as a sheet of that name is (one persona per row, each field by its header: a role is a
    role), the title the personas' heading on poster and deck, said; the cells it took. None for a block under no
    such title (one cell alone in its first row) or holding no such table."""
    rows = sorted({r for r, _ in block.cells})
    if len(rows) < 3 or len(block.row(rows[0])) != 1 or canvas.persona_title is not None:
        return None
    title = (rows[0], block.row(rows[0])[0])
    if not names_a_group(block.text(title)):
        return None
    table = block.without({title})
    found = persona_columns(table, _phase_keys(canvas, phases), named=True)
    if found is None or found.role is not SheetRole.PERSONAS:
        return None
    personas, headers, taken = read_personas(table, found)
    if not personas:
        return None
    _add_personas(canvas, personas, headers)
    canvas.persona_title = block.whole(title)
    cols = table.row(found.header_row)
    heads = ", ".join(f"'{table.quoted((found.header_row, c))}'" for c in cols)
    where = f"{block.ref((found.header_row, cols[0]))}:{block.ref((max(r for r, _ in taken), cols[-1]))}"
    canvas.reading.append(
        f"sheet '{block.title}': '{block.quoted(title)}' ({block.ref(title)}) is the title of the persona table under "
        f"it ({where}), read as a sheet of that name is: one persona per row, each field by its header ({heads})"
        + (f"; {found.named}" if found.named else "")
        + "; the title heads the personas on poster and deck — to keep it as a note, write it below the table"
    )
    return taken | {title}


def _say_generated_headers(grid: Grid, canvas: Canvas) -> None:
    """A table's generated header ("Column1 | Column2 …") taken out of the sheet: kept with the headings, said."""
    for run in grid.take_generated_headers():
        first, last = run[0].source, run[-1].source
        where = f"{grid.title}!{first.cell}:{last.cell}" if first and last else grid.title
        canvas.headings.extend(run)
        canvas.reading.append(
            f"{where} ('{run[0].text}' … '{run[-1].text}') are the names a spreadsheet gives the columns of a table "
            "made without headers: no lane, no phase — to have that row read, write your own words in it"
        )


def _figures_of_the_canvas(grid: Grid, hints: Hints, canvas: Canvas, known: tuple[str, ...]) -> bool:
    """Whether the sheet is figures by its columns (``figures_table``) whose phase column names only phases of
    the canvas read so far: read as figures (said, with the correction), not as a canvas whose lanes are the
    figures' columns ("KPI" is a lane's label too)."""
    if hints.role is not None or role_by_name(grid.title) is not None:
        return False
    figures = figures_table(grid)
    return figures is not None and bool(figures.phases) and _all_known(figures.phases, _phase_keys(canvas, known))


def _shaped_areas(grid: Grid, hints: Hints) -> tuple[list[CanvasArea], list[CanvasArea]]:
    """The canvases found by their shape that no persona may take, and those no empathy map may take. A sheet
    said to hold personas keeps them too (read beside them as journeys), and so does a journey by the user's
    word: its canvases are the journeys, the blocks apart from them (a persona block, notes) read on their own
    as without the word; touchpoints and figures hold none."""
    if hints.role in (SheetRole.TOUCHPOINTS, SheetRole.METRICS):
        return [], []
    shaped = canvas_areas(grid) if hints.role is not None or role_by_name(grid.title) is None else []
    return shaped, shaped


def _take_tables(
    grid: Grid,
    name: str,
    canvas: Canvas,
    tables: list[Table],
    into: tuple[list[Journey], list[list[list[RawScore]]]],
    before: set[Pos],
) -> tuple[set[Pos], int]:
    """The sheet's tables added ``into`` its journeys (and their raw scores), what they say into the canvas; the
    cells they took (and the first one's own title, where they are stacked each under its own: ``before``, the
    cells taken before them) and the top row of the highest."""
    used: set[Pos] = set()
    top = grid.max_row + 1
    for table in tables:
        canvas.warnings.extend(table.warnings)
        if table.guess is not None:
            canvas.warnings.append(CanvasWarning(Location(name, grid.title), table.guess))
        used |= table.used | table.headings
        canvas.headings.extend(grid.whole(pos) for pos in sorted(table.headings))
        top = min(top, table.top)
        _add_table(table, *into, grid.title)
    return used | _first_of_titled_stack(grid, tables, into[0], used | before), top


def _neighbours(
    grid: Grid,
    rest: Grid,
    areas: tuple[list[CanvasArea], list[CanvasArea]],
    empathy: tuple[list[EmpathyMap], set[Pos], set[Pos]] | None,
    canvas: Canvas,
    hints: Hints,
) -> tuple[set[Pos], set[Pos], Table | None]:
    """The cells no table of the sheet may take, beside the canvases found by their shape (``areas``: those kept
    from the personas, and all of them): an empathy map's and what stands beside it but for the canvases, a stage
    list apart from a canvas (also returned on its own, with the list as read: no title of a journey, joined to
    the canvas it lists the phases of), a column of notes left of one."""
    kept, shaped = areas
    outside = set(grid.cells) - empathy[2] - set().union(*(a.cells for a in shaped)) if empathy else set()
    listed = _stage_list_beside(rest, kept, hints)
    stage_list = set(listed.used) if listed is not None else set()
    outside |= stage_list
    outside |= _left_apart(rest, kept) if not hints.places else set()
    side = _right_apart(rest.without(stage_list), kept) if not hints.places else set()
    if side:
        top, left, bottom, right = block_box(rest, side)
        heads = ", ".join(f"'{excerpt(rest.text((top, c)))}'" for c in rest.row(top) if (top, c) in side)
        canvas.reading.append(
            f"sheet '{rest.title}': {rest.ref((top, left))}:{rest.ref((bottom, right))} stands right of the canvas "
            f"(a blank column between) under its own header ({heads}): a side table, kept as notes, not the "
            "canvas's phases or lanes — to make its columns part of the canvas, fill the blank column between"
        )
    return outside | side, stage_list, listed


def _say_places_unused(grid: Grid, name: str, tables: list[Table], canvas: Canvas, hints: Hints) -> None:
    """A phase row or column (or labels) the user set that no table was read at: said, never dropped unsaid."""
    if hints.places and not any(
        line.startswith("phases") and "set in" in line for t in tables for sec in t.sections for line in sec.reading
    ):
        canvas.warnings.append(
            CanvasWarning(
                Location(name, grid.title),
                f"no table found at the row or column set in {hints.origin}; the sheet was read as usual",
            )
        )


def _map_kept(grid: Grid, cells: set[Pos], hints: Hints) -> str:
    """Why ``--sheet NAME=journey`` left an empathy map a map: its quadrants are no phases and lanes."""
    first, last = min(cells), max(cells)
    return (
        f"the sheet is a journey as set in {hints.origin or 'the command line'}, but {grid.ref(first)}:"
        f"{grid.ref(last)} is an empathy map (its quadrants no phases or lanes): read as the map all the same, "
        "only the cells apart from it as the journey"
    )


def _without_stage_list(
    rest: Grid, areas: list[CanvasArea], hints: Hints, blocks: list[Grid]
) -> tuple[Grid, Grid, list[Grid]]:
    """A stage list apart beside a canvas ("nr | naam | doel") is no persona table: the sheet around the canvases
    (``rest``) as it was, without the list, and the blocks around the canvases but the list's, for the personas'
    readers; the list is read with the canvas (joined to it, or notes)."""
    early = _stage_list_beside(rest, areas, hints) if hints.role in (None, SheetRole.JOURNEY) else None
    cells = set(early.used) if early is not None else set()
    return rest, rest.without(cells), [b for b in blocks if not set(b.cells) <= cells]


def _stage_list_beside(rest: Grid, areas: list[CanvasArea], hints: Hints) -> Table | None:
    """A stage list (``id | title | …``) standing apart from the canvases found by their shape: read as a list,
    kept from the canvas's tables (its ``macro`` column no lane of the canvas, the canvas's phase row none of
    its stages)."""
    if not areas or hints.places:
        return None
    # sought in each block around the canvas: a column of notes on the canvas's far side is none of its columns
    for block in neighbour_blocks(rest, [(*a.corner, *a.last) for a in areas]):
        alone = rest.without(set(rest.cells) - block)
        try:  # apart beside a canvas, an id and a title over one row is a stage: a list of one is still a list
            listed = read_stage_list(alone, set(), hints.lane_kinds, least=1)
        except CanvasError:  # a list giving an id twice is no stage list beside a canvas: the canvas's reader says it
            continue
        if listed is not None and not _heads_people(alone, listed.top):
            return listed
    return None


#: Persona fields a stage's column may be headed by as well: its name, its goal, its description.
_STAGE_AND_PERSONA_FIELDS = frozenset(("name", "goals", "bio"))


def _heads_people(grid: Grid, row: int) -> bool:
    """True when the header ``row`` of an id list names a field only people have ("Leeftijd", "Beroep"): a
    numbered list of personas, no stage list ("nr | naam | doel" heads either, so it heads stages beside a
    canvas)."""
    fields = {match_field(grid.text((row, c)), PERSONA_INDEX) for c in grid.row(row)}
    return any(f is not None and f not in _STAGE_AND_PERSONA_FIELDS for f in fields)


def _join_listed_stages(
    grid: Grid, name: str, canvas: Canvas, journeys: list[Journey], found: Table | None
) -> set[Pos]:
    """A stage list beside the sheet's canvas (``found``) that lists by name exactly its phases joined to it, as a stage
    list on a sheet of its own is (ids the phases' short names, groups the phase groups, other columns lanes);
    else kept as notes. Said either way; the cells it took when joined."""
    if found is None:
        return set()
    own: list[Journey] = []
    _add_table(found, own, [], grid.title)
    stages = own[0]
    top, left, bottom, right = block_box(grid, set(found.used))
    where = f"in {grid.title}!{grid.ref((top, left))}:{grid.ref((bottom, right))}"
    maps = [j for j in journeys if lists_the_phases(stages, j)]
    if not maps:
        told = (name, where, "kept as notes")
        # beside the map on its sheet, one phase named alike is no chance: the list is said as the map's, partly
        partly = [w for j in journeys if (w := partly_listed(stages, j, told, least=1)) is not None]
        canvas.warnings.extend(partly)
        named = {label_key(strip_decoration(p.name)) for p in stages.phases}
        lacking = [p.name for j in journeys for p in j.phases if label_key(strip_decoration(p.name)) not in named]
        others = (
            f"names only some of the canvas's phases (not {listed([repr(excerpt(n)) for n in lacking], 6)})"
            if partly and lacking
            else "lists other phases than the canvas's"
        )
        canvas.reading.append(
            f"sheet '{grid.title}': a stage list {where} stands apart from the canvas (blank rows or columns "
            f"between) and {others}: kept as notes, not read as the canvas's lanes or phases — to join it to the "
            "canvas, give it one row per phase of the canvas, titled as the canvas names them"
        )
        return set()
    canvas.warnings.extend(found.warnings)
    listed_names = ", ".join(f"'{excerpt(p.name)}'" for p in stages.phases)
    otherwise = "to keep it as notes, name a phase otherwise in the list or on the canvas"
    for journey in maps:
        join_stage_list(journey, stages, canvas, (name, where, otherwise), journey is maps[0], listed_names)
    return set(found.used)


def _left_apart(rest: Grid, areas: list[CanvasArea]) -> set[Pos]:
    """The cells left of a canvas found by its shape, apart from it by a blank column over the canvas's rows
    (a column of notes whose heading stands in the phase row): none of the canvas's lanes or phases. The runs
    of cells down each such column that reach into the canvas's rows are taken whole; a column holding a known
    lane label is the canvas's own labels, and stays."""
    apart: set[Pos] = set()
    for area in areas:
        (top, first), (bottom, _) = area.corner, area.last
        gap = first - 1
        if gap < 1 or any((r, gap) in rest.cells for r in range(top, bottom + 1)):
            continue
        cells = {
            (r, col)
            for col in {c for r, c in rest.cells if c < gap and top <= r <= bottom}
            for run in _runs_of(rest.column(col))
            if run[0] <= bottom and run[-1] >= top
            for r in run
        }
        if not any(lane_kind(rest.text(pos)) for pos in cells):
            apart |= cells
    return apart


def _right_apart(rest: Grid, areas: list[CanvasArea]) -> set[Pos]:
    """The cells of a table right of a canvas found by its shape, apart from it by a blank column over the
    canvas's rows, headed by two or more words of its own on the canvas's header row with rows of its own under
    them ("Bron | Aantal" over "Interview | 12", more rows or fewer than the canvas's lanes fill): a side table,
    kept as notes, none of the canvas's phases or lanes. A known phase name or a metadata word in its header, or
    rows that are just the canvas's, leave it to the canvas's reader (phases after a spacer column, a "Versie");
    one heading over one column is a column of notes, read as one."""
    apart: set[Pos] = set()
    for area in areas:
        (top, _), (bottom, last) = area.corner, area.last
        gap = last + 1
        if any((r, gap) in rest.cells for r in range(top, bottom + 1)):
            continue
        heads = [c for c in rest.row(top) if c > gap]
        if not heads:
            continue
        boxes = [(top, area.corner[1], bottom, last)]
        block = next((b for b in neighbour_blocks(rest, boxes) if (top, heads[0]) in b), set())
        words = [rest.text((top, c)) for c in rest.row(top) if (top, c) in block]
        own = not any(is_known_phase(w) or META_INDEX.get(label_key(w.rstrip(": "))) for w in words)
        rows = {r for r, _ in block if r > top}
        # rows just the canvas's own (a card in each of its lanes' rows, no more): its further phases past a
        # spacer column, as the sheet may have them; rows of its own are a table's
        table = len(words) >= 2
        if own and table and rows and rows != set(range(top + 1, bottom + 1)) and min(c for _, c in block) > gap:
            apart |= block
    return apart


def _runs_of(rows: list[int]) -> list[list[int]]:
    """Sorted row numbers cut into unbroken runs."""
    runs: list[list[int]] = []
    for r in sorted(rows):
        if runs and r == runs[-1][-1] + 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def _say_small_persona(rest: Grid, name: str, canvas: Canvas) -> None:
    """A key/value block of fewer than three persona fields ("Name | Priya", "Role | …") beside a canvas: kept as
    notes (outside a persona sheet a persona takes three fields, one naming the person), said with the
    correction that reads it as a persona."""
    personas, _, cells = find_personas(rest, named=True)
    if not personas:
        return
    first, last = min(cells), max(cells)
    label = META_INDEX.get(label_key(rest.text(first).rstrip(": ")))
    values = sorted(p for p in cells if p != first)
    if label == "persona" and first[0] == last[0] and len(values) == 1:
        return  # "Persona | Sanne" on its own row: the map's persona, read with its header line (no notes)
    keys = {p: _header_field(rest, p, first, cells) for p in cells if p[1] == first[1]}
    person = next((p for p, key in keys.items() if key == "persona"), None)
    one = person is not None and len([q for q in cells if q[0] == person[0]]) <= 2  # "Persona | Sanne", no more
    # "Leeftijd | 45" alone, right under "Persona: Jan" in one cell: the header persona's age (``_persona_age``)
    aged = person is None and set(keys.values()) == {"age"} and _header_persona_above(rest, first)
    if all(keys.values()) and (one or aged):
        return  # "Klantreis | Nieuwe bakoven" over "Persona: | Jan de Vries (45)": the map's header, no notes
    said = (
        f"{rest.ref(first)}:{rest.ref(last)} may be a persona ('{excerpt(rest.text(first))}'), but it has fewer "
        "than three fields: kept as notes — to read it as a persona beside the canvas, give "
        + command_line_only(f"--sheet '{rest.title}=personas'")
    )
    if label == "persona" and first[0] == last[0]:  # "Persona | Sanne | Joost | …": people, none the map's persona
        said = (
            f"{rest.ref(first)}:{rest.ref(last)} names {len(values)} people after '{excerpt(rest.text(first))}' ("
            + ", ".join(f"'{excerpt(rest.text(p))}'" for p in values[:3])
            + (", …" if len(values) > 3 else "")
            + "): none of them is the map's persona, the row kept as notes — to read each as a persona, give "
            + command_line_only(f"--sheet '{rest.title}=personas'")
        )
    if _numbered_label(rest.text(first)) == "persona":  # "Persona 1", "Persona 2": a list of them, numbered
        said = (
            f"{rest.ref(first)}:{rest.ref(last)} holds personas numbered ('{excerpt(rest.text(first))}' …): the "
            "first one's value is the map's persona (its header line), the rest kept as notes — to read each as a "
            "persona, move them to a sheet named 'Personas', one a row under a header row 'Naam | …' naming "
            "their fields"
        )
    canvas.warnings.append(CanvasWarning(Location(name, rest.title), said))


def _header_persona_above(rest: Grid, pos: Pos) -> bool:
    """Whether the row right above ``pos`` names the map's persona at its column ("Persona: Jan", "Persona | Jan")."""
    above = (pos[0] - 1, pos[1])
    label, _, value = rest.text(above).partition(":") if above in rest.cells else ("", "", "")
    return _header_key(label.strip()) == "persona" and bool(value.strip() or (pos[0] - 1, pos[1] + 1) in rest.cells)


def _header_field(rest: Grid, pos: Pos, first: Pos, cells: Collection[Pos]) -> str | None:
    """The field a cell down the first column of a small block over a canvas writes as a map's header does: a
    label with its value beside it ("Persona | Sanne"), a field in one cell ("Persona: Sanne", "Leeftijd: 45"),
    or, alone on the block's first row, the map's title; None for anything else."""
    if any(q[0] == pos[0] and q != pos for q in cells):
        return _header_key(rest.text(pos).rstrip(": "))
    label, sep, value = rest.text(pos).partition(":")
    if sep and value.strip():
        return _header_key(label)
    return "title" if pos == first else None


def _header_key(label: str) -> str | None:
    """The field a label in a map's header names: a metadata field's ("Persona"), or the persona's age written
    under them ("Leeftijd", ``_persona_age``)."""
    key = META_INDEX.get(label_key(label))
    return key if key is not None else "age" if match_field(label, PERSONA_INDEX) == "age" else None


def _say_canvas_kept(grid: Grid, areas: list[CanvasArea], canvas: Canvas, hints: Hints) -> None:
    """Say the canvases found by their shape before any persona was sought, with the correction that
    reads a persona beside it as the canvas's lanes instead (the sheet's role given keeps neighbours apart)."""
    given = f" (the sheet a journey as set in {hints.origin or 'the command line'})" if hints.role else ""
    for area in areas:
        corner, last = grid.ref(area.corner), grid.ref(area.last)
        canvas.reading.append(
            f"sheet '{grid.title}': a phase row over lane labels in {corner}:{last} read as a canvas, kept from "
            f"the personas on the sheet, which stand apart from it{given} — to read them as the canvas's lanes, "
            "write them in the canvas's rows, no blank row or column between"
        )


def _settle_journeys(
    grid: Grid,
    name: str,
    canvas: Canvas,
    journeys: list[Journey],
    raw_scores: list[list[list[RawScore]]],
    meta: dict[str, Item],
    hints: Hints,
) -> None:
    """A sheet's journeys named, given its metadata, their scores settled and their lanes' roles said."""
    _under_the_sheets_title(journeys, meta.get("title"))
    for journey in journeys:
        suffix = journey.meta.get("section") or journey.meta.get("persona")
        _say_title(grid, meta, journey)
        own = journey.meta.get("persona")  # a canvas's own persona above it: the header's age is another's
        for k, item in meta.items():
            if not (k in HEADER_PERSONA_KEYS and own is not None and own is not meta.get("persona")):
                journey.meta.setdefault(k, item)
        _name_journey(journey, suffix)
    canvas.warnings.extend(_number_twins(journeys, name))  # named before anything is said of them
    for journey, raw in zip(journeys, raw_scores, strict=True):
        settle_scores(journey, raw, name, canvas.warnings, hints.lights)
        read_subjects(journey, _persona_names(journey, canvas), hints.companies)
        offer_in_family(journey)
        canvas.warnings.extend(said_of_roles(journey, name, grid.title))
        if not MIN_PHASES <= len(journey.phases) <= MAX_PHASES:
            canvas.warnings.append(
                CanvasWarning(
                    Location(name, grid.title),
                    f"journey '{excerpt(journey.name)}' has {counted(len(journey.phases), 'phase')}; canvases usually "
                    "have "
                    f"{MIN_PHASES} to {MAX_PHASES}: check that the phase row or column is the right one",
                )
            )


def _persona_names(journey: Journey, canvas: Canvas) -> list[str]:
    """The names of the people a journey may be of: its persona cell's and the workbook's personas read so far."""
    named = [journey.meta["persona"].text] if "persona" in journey.meta else []
    return named + [p.name.text for p in canvas.personas if p.name is not None]


def _add_extra_notes(grid: Grid, name: str, journeys: list[Journey], canvas: Canvas) -> None:
    """Comments on cells and text boxes over filled cells: the sheet's words, kept as notes and said.
    (Cells past Excel's grid are kept too; the book has said them.)"""
    (journeys[0].notes if journeys else canvas.notes).extend(grid.past_notes)
    if grid.team_notes:
        canvas.reading.append(
            f"sheet '{grid.title}': {len(grid.team_notes)} note(s) of the team kept as comments by apply "
            f"({listed(grid.team_notes)}): not the canvas's words, not read"
        )
    if not grid.extra_notes:
        return
    (journeys[0].notes if journeys else canvas.notes).extend(grid.extra_notes)
    cells = [n.source.cell for n in grid.extra_notes if n.source]
    shown = listed(cells)
    canvas.warnings.append(
        CanvasWarning(
            Location(name, grid.title),
            f"{len(cells)} comment(s) or text box(es) kept as notes: {shown}",
            tuple(str(cell) for cell in cells),
        )
    )


def _add_columns(columns: dict[str, Item], headers: dict[str, Item]) -> dict[str, str]:
    """Column labels of another sheet join those read before; a label worded differently is kept too, under
    a key of its own ("Wil graag" beside "Doelen": ``goals_2``): the fields it read to that key."""
    keys: dict[str, str] = {}
    for field, label in headers.items():
        key, n = field, 2
        while key in columns and columns[key].text != label.text:
            key, n = f"{field}_{n}", n + 1
        columns.setdefault(key, label)
        keys[field] = key
    return keys


def _add_personas(canvas: Canvas, personas: list[Persona], headers: dict[str, Item]) -> None:
    """A sheet's personas and its column labels join those read before; a field under a label worded
    otherwise than an earlier sheet's ("Wil graag", read as goals, beside "Doelen") keeps its own label:
    headed as the client wrote it, and never listed as a column left empty."""
    keys = _add_columns(canvas.persona_columns, headers)
    # the role and the involved phases are structure, read by their keys (bars, labels): they keep them, and
    # the persona keeps its own sheet's heading of them, worded otherwise ("Rol" beside an earlier "Job")
    kept = {
        field: headers[field] for field, key in keys.items() if field in (*PERSONA_STRUCTURE, "role") and key != field
    }
    keys = {field: key for field, key in keys.items() if field not in kept}
    for persona in personas:
        persona.headings = {field: heading for field, heading in kept.items() if field in persona.fields}
        persona.fields = {keys.get(field, field): item for field, item in persona.fields.items()}
    canvas.personas.extend(personas)


def _one_persona_on_two_sheets(canvas: Canvas, name: str) -> list[CanvasWarning]:
    """A persona named alike on two sheets ("Persona" and "Persona details", both 'Sanne de Vries') is one: the
    later sheet's fields join the first's, said in ``--explain``; a field both give otherwise is kept twice (the
    later under a numbered key), warned. Two personas of one name on one sheet stay two."""
    said: list[CanvasWarning] = []
    kept: list[Persona] = []
    for persona in canvas.personas:
        sheet = persona.name.source.sheet if persona.name is not None and persona.name.source else None
        first = next(
            (
                p
                for p in kept
                if persona.name is not None
                and p.name is not None
                and p.name.source is not None
                and p.name.source.sheet != sheet
                and label_key(p.name.text) == label_key(persona.name.text)
            ),
            None,
        )
        if first is None or persona.name is None:
            kept.append(persona)
            continue
        other = first.name.source.sheet if first.name is not None and first.name.source else "?"
        named = excerpt(first.name.text if first.name is not None else persona.name.text)  # as first written
        canvas.reading.append(
            f"persona '{named}' on sheet '{sheet}' is the one of sheet '{other}' (the same "
            "name): its fields joined to the first's — to keep two, name them apart"
        )
        # where the fields both sheets give alike are written again: apply writes a change of them there too
        alike = [key for key, item in persona.fields.items() if key in first.fields and _alike(first.fields[key], item)]
        first.written_again.append(_copy_places(persona, alike))
        for key, item in persona.fields.items():
            if key not in first.fields:
                first.fields[key] = item
            elif not _alike(first.fields[key], item):
                numbered, n = f"{key}_2", 2
                while numbered in first.fields:
                    n += 1
                    numbered = f"{key}_{n}"
                first.fields[numbered] = item
                # headed as the field it gives otherwise ("Doel"), never by its key ("goals_2")
                heading = persona.headings.get(key) or canvas.persona_headings(first).get(key)
                if heading is not None:
                    first.headings[numbered] = heading
                said.append(
                    CanvasWarning(
                        Location(name, sheet, item.source.cell if item.source else None),
                        f"persona '{named}' is on sheets '{other}' and '{sheet}', which give "
                        f"'{heading.text if heading is not None else key}' otherwise "
                        f"('{excerpt(first.fields[key].text)}' and '{excerpt(item.text)}'): both "
                        "kept — write it once",
                    )
                )
        first.headings = {**persona.headings, **first.headings}
    canvas.personas[:] = kept
    return said


def _copy_places(persona: Persona, keys: Iterable[str]) -> dict[str, Source]:
    """Where a copy of a persona, joined to the persona it repeats, writes its name and the fields ``keys``
    (``Persona.written_again``): ``apply`` writes a change of the persona there too."""
    wanted = set(keys)
    places = {key: item.source for key, item in persona.fields.items() if key in wanted and item.source is not None}
    if persona.name is not None and persona.name.source is not None:
        places[NAME_KEY] = persona.name.source
    return places


def _alike(one: Item, other: Item) -> bool:
    """Whether two copies of a persona's field say the same (as a label's key: case and spacing aside)."""
    return label_key(one.text) == label_key(other.text)


def _add_table(table: Table, journeys: list[Journey], raw_scores: list[list[list[RawScore]]], sheet: str) -> None:
    """The table's sections as journeys (and their raw scores, at the same place in ``raw_scores``), or
    added to an earlier journey of the sheet over the same phases."""
    for section in table.sections:
        target = _journey_with_phases(journeys, section) if len(table.sections) == 1 else None
        if target is not None:
            place = next(i for i, journey in enumerate(journeys) if journey is target)
            _merge(target, section, raw_scores[place])
            continue
        journey = Journey(
            name="",
            sheet=sheet,
            shape=section.shape,
            phases=section.phases,
            lanes=section.lanes,
            boundaries=section.boundaries,
            phase_groups=list(section.groups),
            notes=list(section.notes),
            reading=list(section.reading),
        )
        journey.phase_labels += section.labels()
        if section.suffix_age is not None:  # "Leeftijd: 34" under the canvas's own persona: theirs
            journey.meta["persona_age"] = section.suffix_age
        if section.suffix is not None and section.suffix_kind == "title":
            _own_title(journey, section.suffix)
        elif section.suffix is not None:
            journey.meta[section.suffix_kind] = section.suffix
            if section.suffix_label is not None:  # "Persona:" beside it: the canvas's own label, as written
                journey.meta[f"{section.suffix_kind}_label"] = section.suffix_label
        journeys.append(journey)
        raw_scores.append(section.scores)


def _own_title(journey: Journey, title: Item) -> None:
    """The title a canvas has over it of its own (one of several on a sheet): "Journey: IT manager" names the
    journey "IT manager", as that label does in the sheet's metadata, and "Persona: Sanne (34)" names its persona;
    other words are its title as written."""
    label, sep, rest = title.text.partition(":")
    key = META_INDEX.get(label_key(label)) if sep and rest.strip() and "\n" not in label else None
    if key in ("journey", "title", "persona"):  # "Persona: Sanne (34)" over the canvas: whose journey it is
        journey.meta[key] = Item(_named_after_its_label(key, " ".join(rest.split())), title.source)
        journey.meta[f"{key}_label"] = Item(label.strip() + ":", title.source)
    else:
        journey.meta["title"] = title


def _under_the_sheets_title(journeys: list[Journey], title: Item | None) -> None:
    """Canvases stacked (or side by side) on a sheet under its title, each under a title of its own: each own
    title names its journey, and the sheet's title is each one's title over it (its kicker), as a "Journey:"
    cell and the sheet's title are; the sheet's words are never dropped for a journey's own."""
    if title is None or len(journeys) < 2:
        return
    if not all({"title", "journey"} & set(j.meta) for j in journeys):
        return  # a canvas without a title of its own: the cell above them all is its title, no sheet's
    for journey in journeys:
        own = journey.meta.get("title")
        if own is not None and own.source != title.source and "journey" not in journey.meta:
            journey.meta["journey"] = journey.meta.pop("title")


def _first_of_titled_stack(grid: Grid, tables: list[Table], journeys: list[Journey], used: set[Pos]) -> set[Pos]:
    """Canvases stacked on a sheet, each later one under a title of its own ("Klantreis CFO", "Journey: CFO"):
    the first one's own title is the lone text cell just above it too, under the sheet's title (which named it,
    its own title kept as a note: round 17). Returned: that cell, now the first journey's; none where the
    sheet has no title above it, or a later canvas has no title of its own."""
    if len(tables) < 2 or not journeys or not tables[0].used:
        return set()
    first, later = journeys[0], journeys[1:]
    if {"title", "journey"} & set(first.meta) or not later:
        return set()
    if not all({"title", "journey"} & set(j.meta) for j in later):
        return set()
    rows = [r for r, _ in tables[0].used]
    cols = [c for _, c in tables[0].used]
    top = min(rows)
    for row in range(top - 1, max(1, top - 3) - 1, -1):
        cells = [(row, c) for c in grid.row(row) if min(cols) <= c <= max(cols) and (row, c) not in used]
        if not cells:
            continue
        above = [p for p in grid.cells if p[0] < row and p not in used and grid.cells[p].is_text]
        if len(cells) != 1 or not grid.cells[cells[0]].is_text or not above:
            return set()
        _own_title(first, grid.whole(cells[0]))
        first.reading.insert(
            0,
            f"{grid.title}!{grid.ref(cells[0])} ('{grid.quoted(cells[0])}'), alone above the first of the canvases "
            "stacked on the sheet, is its own title, as each later one has its own above it; the title above them "
            "all is the sheet's",
        )
        return {cells[0]}
    return set()


def _journey_with_phases(journeys: list[Journey], section: Section) -> Journey | None:
    """An earlier journey in the sheet whose phases include all of the section's, when the section
    adds to it (a score table, lanes it lacks) rather than repeating it (a second canvas, such as the
    current journey under the ideal one, is a journey of its own)."""
    keys = set(phase_keys(section.phases))
    for journey in journeys:
        if keys and keys <= set(phase_keys(journey.phases)):
            known = {lane.kind for lane in journey.lanes if lane.kind != CUSTOM_LANE}
            labels = {label_key(lane.label) for lane in journey.lanes}
            repeats = [
                lane
                for lane in section.lanes
                if (lane.kind != CUSTOM_LANE and lane.kind in known) or label_key(lane.label) in labels
            ]
            return journey if len(repeats) < max(2, len(section.lanes) // 2 + 1) else None
    return None


def _merge(journey: Journey, section: Section, raw_scores: list[list[RawScore]]) -> None:
    index = {k: i for i, k in enumerate(phase_keys(journey.phases))}
    order = [index[k] for k in phase_keys(section.phases)]
    for phase, dst in zip(section.phases, order):  # the same phase named again: its words as written
        for text in (phase.name, phase.written, *phase.variants):
            if text:
                journey.phases[dst].note_variant(text)
        journey.phases[dst].step_names.extend(phase.step_names)
    for lane in section.lanes:
        cells: list[list[Item]] = [[] for _ in journey.phases]
        for src, dst in enumerate(order):
            cells[dst].extend(lane.cells[src])
        lane.cells = cells
        journey.lanes.append(lane)
    for src, dst in enumerate(order):
        raw_scores[dst].extend(section.scores[src])
    journey.phase_labels += section.labels()
    journey.add_groups(section.groups, list(order))
    journey.notes.extend(section.notes)
    journey.reading.extend(f"joined: {line}" for line in section.reading)


def _metadata(
    grid: Grid, free: set[Pos], top: int, journeys: list[Journey], columns: set[int]
) -> tuple[dict[str, Item], set[Pos]]:
    """The metadata block ("Klant" beside its value) and a title above the canvas; a title chosen over a cell
    above it is said in the journeys' reading. ``columns``: the tables' columns, which a title stands over
    (a cell over a column of notes apart from them heads those notes)."""
    meta: dict[str, Item] = {}
    taken: set[Pos] = set()
    for pos in sorted(free):
        value = grid.cells[pos]
        if pos in taken or value.number is not None:
            continue
        beside = next((p for p in ((pos[0], pos[1] + d) for d in range(1, 4)) if p in free and p not in taken), None)
        key = (
            _meta_key(grid, pos, beside, free)
            or _numbered_key(grid, (pos, beside), meta, journeys)
            or (
                None
                if _headings_over_notes(grid, (pos, beside), free, columns)
                else _loose_key(grid, (pos, beside), meta, journeys)
            )
        )
        if key == "persona" and beside is not None and _people_after(grid, beside, free):
            continue  # "Persona | Sanne | Joost | …": people, no one persona of the map; notes (said by the reader)
        if key == "version" and beside is not None:
            key = _stand(value.text, grid.cells[beside], grid.ref(beside), journeys)
        if key and key not in meta and f"{key}_label" not in meta:
            if beside is not None:
                items = grid.items(beside)
                # a date typed as text is the cell's whole text: "12. November 2026" is no item numbered 12
                dated = key == "date" and grid.cells[beside].number is None and len(items) == 1 and not items[0].when
                meta[key] = grid.whole(beside) if dated else one_item(items)
                taken.add(beside)
            # The label is kept even when its value is still blank, as in a fresh template.
            meta[f"{key}_label"] = grid.whole(pos)
            taken.add(pos)
            continue
        label, sep, rest, key = _in_one_cell(value.text)
        if key == "version":
            key = _stand(label, CellValue(rest.strip(), None, rest.strip()), grid.ref(pos), journeys)
        if key and key not in meta and f"{key}_label" not in meta:
            meta[key] = Item(_named_after_its_label(key, " ".join(rest.split())), grid.source(pos))
            meta[f"{key}_label"] = Item(label.strip() + sep.strip(), grid.source(pos))
            taken.add(pos)
    # "Persona: Henk" over rows of their fields; a "Situatie" of theirs taken as the scenario stays taken: theirs
    taken |= persona_block(grid, (free, taken), top, meta, [j.reading for j in journeys])
    taken |= _persona_age(grid, free - taken, top, meta, journeys)
    if "title" not in meta:
        above = sorted(p for p in free - taken if p[0] < top and grid.cells[p].number is None)
        # the top cell of its column only, a heading's few words: the cells under it are its notes, no headings
        heading = [
            p
            for p in above
            if _heads_notes_apart(grid, p, free, columns)
            and _short_heading(grid.text(p))
            and not any(q[1] == p[1] and q[0] < p[0] for q in above)
        ]
        for pos in heading:
            said = (
                f"{grid.title}!{grid.ref(pos)} ('{grid.quoted(pos)}') stands over the notes in its column, apart "
                "from the table: their heading, not the map's title — to make it the title, move it over the table"
            )
            for journey in journeys:
                journey.reading.append(said)
        # the notes under such a heading are its notes, never the map's title ("Notities" over "Interview 12 maart")
        # (and the cells right of those on their rows: a block of notes, "Naam | Beschrijving" under "Persona's")
        under = {
            p
            for p in above
            for h in heading
            if p[0] > h[0] and p[1] >= h[1] and all((p[0], c) in free for c in range(h[1], p[1] + 1))
        }
        above = [p for p in above if p not in heading and p not in under]
        noted = _notes_heading_above(grid, above)
        above = [p for p in above if p not in noted]
        alone = [p for p in above if [q for q in above if q[0] == p[0]] == [p]]
        # A cell merged over several columns is the title a person sees, over a lone cell above it (a logo's
        # alt text, a version): the first cell alone on its row otherwise.
        banners = [p for p in alone if grid.span(p)[1] >= _TITLE_SPAN]
        chosen = banners[0] if banners and grid.span(above[0])[1] < _TITLE_SPAN else above[0] if above else None
        if chosen is not None and chosen in alone:
            meta["title"] = grid.whole(chosen)
            taken.add(chosen)
            passed = [p for p in above if p < chosen]
            if passed:
                kept = "a note" if len(passed) == 1 else "notes"
                said = (  # said of every journey of the sheet: the title is each one's
                    f"{grid.ref(chosen)}, merged over {grid.span(chosen)[1]} columns, is the map's title; "
                    f"{listed([grid.ref(p) for p in passed])} above it kept as {kept} "
                    "— to make one the title, "
                    "merge it over the map's columns (or unmerge the other)"
                )
                for journey in journeys:
                    journey.reading.append(said)
    return meta, taken


#: A persona's age as a header writes it under their name: "45", "45 jaar", "45 years" (a number, a word after it).
_AGE_WRITTEN = re.compile(r"\d{1,3}(?:\s*[^\W\d_]{1,6}\.?)?")


def _persona_age(grid: Grid, free: set[Pos], top: int, meta: dict[str, Item], journeys: list[Journey]) -> set[Pos]:
    """The age of the header's persona written under or beside them in the header ("Persona: Jan" over
    "Leeftijd: 45", "Age | 45", "Leeftijd | 45"): kept as ``meta["persona_age"]`` (the persona's age, as
    "Jan (45)" gives it), never the map's title with a note "45". Said in the journeys' reading; the cells taken."""
    if "persona" not in meta:
        return set()
    persona = meta["persona"].source
    at = position(persona.cell.split(":")[0]) if persona is not None else None
    for pos in sorted(p for p in free if p[0] < top and grid.cells[p].is_text):
        label, sep, rest = grid.text(pos).partition(":")
        beside = (pos[0], pos[1] + grid.span(pos)[1])
        if sep and rest.strip():
            value, cells = Item(" ".join(rest.split()), grid.source(pos)), {pos}
        elif beside in free and not rest.strip():
            value, cells = grid.whole(beside), {pos, beside}
        else:
            continue
        if match_field(label.strip(), PERSONA_INDEX) != "age" or not _AGE_WRITTEN.fullmatch(value.text):
            continue
        if at is not None and not (at[0] <= pos[0] <= at[0] + 2):
            continue  # an age far from the persona's name is no detail of theirs
        meta["persona_age"] = value
        said = (
            f"{grid.title}!{grid.ref(pos)} ('{excerpt(grid.text(pos))}'"
            + (f" | '{excerpt(value.text)}'" if len(cells) == 2 else "")
            + f") under the persona '{excerpt(meta['persona'].text)}' in the header is their age ({value.text}), "
            "not the map's title — if it is the title, write it above the persona"
        )
        for journey in journeys:
            journey.reading.append(said)
        return cells
    return set()


def _loose_key(grid: Grid, cells: tuple[Pos, Pos | None], meta: dict[str, Item], journeys: list[Journey]) -> str | None:
    """The field a label in a team's own words names beside its value ("Datum workshop | 12-11-2026": the date,
    "Wie | Marieke (52)": the persona, "Organisatie | …": the client), while that field is not taken; a date's
    label only over a date. Said in the journeys' reading, with how to keep it a note."""
    label, beside = cells
    written = " ".join(grid.text(label).split()).rstrip(": ")
    key = META_LOOSE_INDEX.get(label_key(written))
    if beside is None or key is None or key in meta or f"{key}_label" in meta or grid.span(label)[0] > 1:
        return None
    value = grid.cells[beside]
    text = " ".join(value.text.split())
    if not text or is_action_header(text):  # "Wie | Wanneer": an action table's header, no persona "Wanneer"
        return None
    if key == "date" and not (
        value.when is not None or _DATED.fullmatch(text) or any(read_when(text, lang) for lang in ("nl", "en"))
    ):
        return None
    said = (
        f"'{excerpt(written)}' ({grid.ref(label)}) with '{excerpt(text)}' beside it ({grid.ref(beside)}) is the "
        f"canvas's {key}, a word for it in the team's own words — to keep the two a note, write them in one cell "
        f"('{excerpt(written)}: …')"
    )
    for journey in journeys:
        journey.reading.append(said)
    return key


def _people_after(grid: Grid, value: Pos, free: set[Pos]) -> list[Pos]:
    """The values side by side right of a persona's value on its row ("Persona | Sanne | Joost | Fatima"): more
    people than the one persona of a map's header line; [] when the row ends or a next field's label follows."""
    more: list[Pos] = []
    pos = (value[0], value[1] + grid.span(value)[1])
    while pos in free and grid.cells[pos].is_text and META_INDEX.get(label_key(grid.text(pos).rstrip(": "))) is None:
        more.append(pos)
        pos = (pos[0], pos[1] + grid.span(pos)[1])
    return more


#: A word that is a web or e-mail address, or a site's domain ("bol.com", "fietsland.nl"): never capitalised.
_ADDRESS_START = re.compile(r"@|://|^www\.|^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)


def _named_after_its_label(key: str, name: str) -> str:
    """A journey's name (or title) written after its label in one cell ("Klantreis: een e-bike kopen bij …"),
    as the client's sentence starts it once the label is kept off: its first letter a capital ("Een e-bike
    kopen bij …"), unless its first word is written otherwise ("iPhone", "eBay kopen") or is an address
    ("bol.com retourneren", "www.…": typed as it is written). Any other field as written."""
    first = name.split(" ", 1)[0]
    if key not in ("journey", "title") or not first[:1].islower() or first != first.lower():
        return name
    if _ADDRESS_START.search(first):
        return name
    return name[:1].upper() + name[1:]


def _in_one_cell(text: str) -> tuple[str, str, str, str | None]:
    """A field written with its value in one cell ("Klant: ACME", "Versie 0.3"): its label, the separator, the
    value and the field's key (None for no field; "Persona 1" alone is none: the number counts the labels)."""
    label, sep, rest = text.partition(":")
    written = None
    if not sep and (written := _VERSION_WRITTEN.match(" ".join(text.split()))):
        label, sep, rest = written[1], " ", written[2]  # "Versie 0.3", "Stand 0.3": a version with its word
    key = META_INDEX.get(label_key(label)) if sep and rest.strip() else None
    return label, sep, rest, None if written and key != "version" else key


def _meta_key(grid: Grid, label: Pos, beside: Pos | None, free: set[Pos]) -> str | None:
    """The metadata field a cell names ("Datum": date), unless it and the cell beside it head columns of a small
    table ("Eigenaar | Datum | Status" over rows of values: no date "Status"): three cells or more side by side
    on their row, and under each of the two a value, no metadata label (a block of "Klant | ACME" over "Datum |
    12-3" has a label under a label)."""
    key = META_INDEX.get(label_key(grid.cells[label].text))
    if (
        key is None
        or beside is None
        or len([c for c in range(label[1] - 2, beside[1] + 3) if (label[0], c) in free]) < 3
    ):
        return key
    under = [(label[0] + 1, label[1]), (beside[0] + 1, beside[1])]
    heads = all(p in free and META_INDEX.get(label_key(grid.text(p).rstrip(": "))) is None for p in under)
    return None if heads else key


#: A field's label numbered ("Persona 1", "Persona 2"): the word a metadata field, the number counting the labels.
_NUMBERED = re.compile(r"^(\w+)\s+#?(\d{1,2})$")


def _numbered_label(text: str) -> str | None:
    """The metadata field a numbered label names ("Persona 1": persona); never the version ("Versie 2" is one)."""
    match = _NUMBERED.match(" ".join(text.split()))
    key = META_INDEX.get(label_key(match[1])) if match else None
    return key if key != "version" else None


def _numbered_key(
    grid: Grid, cells: tuple[Pos, Pos | None], meta: dict[str, Item], journeys: list[Journey]
) -> str | None:
    """A numbered label beside its value ("Persona 1 | Sanne, 21"): the field's label, its value the cell beside
    (the number counts, it is no value); a second one ("Persona 2") when the first took the field stays a note
    with its value. Said in the journeys' reading; the field's key, or None (no such label, or its field taken)."""
    label, beside = cells
    key = _numbered_label(grid.cells[label].text) if beside is not None else None
    if key is None or beside is None:
        return None
    key_taken = key in meta
    shown = f"'{grid.quoted(label)}' ({grid.ref(label)})"
    if key_taken:
        said = (
            f"{shown} and '{grid.quoted(beside)}' ({grid.ref(beside)}) kept as notes: the map's header holds one "
            f"{key}, the first one numbered — to show each, put them on a sheet of their own named 'Personas' "
            "(one a row, under 'Naam | …')"
        )
    else:
        said = (
            f"{shown} read as the label of the {key}, its value '{grid.quoted(beside)}' beside it "
            f"({grid.ref(beside)}): the number counts the labels, it is no {key}"
        )
    for journey in journeys:
        journey.reading.append(said)
    return None if key_taken else key


def _heads_notes_apart(grid: Grid, pos: Pos, free: set[Pos], columns: set[int]) -> bool:
    """True for a cell above the table in columns the tables do not reach, with notes under it in them:
    the heading of a column of notes set apart ("Notes", "Remarks from the team"), no title of the map."""
    span = range(pos[1], pos[1] + grid.span(pos)[1])
    if not columns or (span[-1] >= min(columns) and span[0] <= max(columns)):
        return False
    return any(p[1] in span and p[0] > pos[0] for p in free)


def _headings_over_notes(grid: Grid, cells: tuple[Pos, Pos | None], free: set[Pos], columns: set[int]) -> bool:
    """Whether a cell and the one beside it, a blank column between them, each head a column of notes apart from
    the table ("Tenant" and "Ideeën" over notes of the team's): two headings, never a field in the team's own
    words beside its value ("Tenant: Ideeën"). A metadata block has a field's label under its label ("Wie |
    Marieke" over "Datum | 12-3"): a block still."""
    label, beside = cells
    if beside is None or beside[1] <= label[1] + grid.span(label)[1]:
        return False
    if not (_heads_notes_apart(grid, label, free, columns) and _heads_notes_apart(grid, beside, free, columns)):
        return False
    below = min((p for p in free if p[1] == label[1] and p[0] > label[0]), default=None)
    field = below is not None and (
        META_INDEX.get(label_key(grid.text(below).rstrip(": "))) or META_LOOSE_INDEX.get(label_key(grid.text(below)))
    )
    return below is not None and not field


def _notes_heading_above(grid: Grid, above: list[Pos]) -> list[Pos]:
    """The cells above the table that are a heading of notes ("Notities", "Notes from the session") with
    notes under it in its column, and those notes: never the map's title (the heading titles the notes)."""
    heads = [p for p in above if _heads_notes(grid.text(p)) and any(q[1] == p[1] and q[0] > p[0] for q in above)]
    return [q for q in above if any(q[1] == h[1] and q[0] >= h[0] for h in heads)]


#: A version written with its word in one cell, no colon: "Versie 0.3", "Stand 0.3", "Version 2.1b".
_VERSION_WRITTEN = re.compile(r"^(\w+)\s+(v?\d+(?:[.,]\d+){0,2}[a-z]?)$", re.IGNORECASE)
#: A version number: "0.3", "2", "v2.1"; a date ("12.03.2026") is none.
_VERSION_NUMBER = re.compile(r"^v?\d{1,3}(?:[.,]\d{1,3}){0,2}[a-z]?$", re.IGNORECASE)


def _stand(label: str, value: CellValue, ref: str, journeys: list[Journey]) -> str | None:
    """What a version's label says with its value: the version, but German "Stand" (as of) before a date
    is the canvas's date, and before anything but a version number or a date nothing; said in the journeys'
    reading, the word meaning either."""
    if label_key(label) != "stand":
        return "version"
    text = " ".join(value.text.split())
    dated = value.when is not None or read_when(text, "de") is not None or _DATED.fullmatch(text) is not None
    key = "date" if dated else "version" if _VERSION_NUMBER.match(text) else None
    if key is not None:
        said = f"'{excerpt(label)}' with '{excerpt(text)}' ({ref}) is the canvas's {key}"
        for journey in journeys:
            journey.reading.append(said + " ('Stand' before a version number is its version, before a date its date)")
    return key


_DATED = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")


def _say_title(grid: Grid, meta: dict[str, Item], journey: Journey) -> None:
    """Say a title found by its place alone (no "Title:" label) when it names the journey: its own, over its
    table (a second canvas in the sheet), before the sheet's."""
    title = journey.meta.get("title") or (meta.get("title") if "title_label" not in meta else None)
    named = journey.meta.get("journey") or meta.get("journey")
    label = journey.meta.get("journey_label") or meta.get("journey_label")
    if named is not None and label is not None and named.source is not None and named.source == label.source:
        journey.reading.insert(0, _name_after_label_said(grid, named, label, title))
    elif title is not None and title.source is not None and named is None:
        journey.reading.insert(0, _title_said(grid, title.source.cell, journey))


def _name_after_label_said(grid: Grid, named: Item, label: Item, title: Item | None) -> str:
    """How a cell of a label and a name ("Klantreis: een e-bike kopen …") named the journey: the name without
    its label, as the title, and the line over it where a cell alone above the table is the sheet's title."""
    assert named.source is not None
    start = position(named.source.cell.split(":")[0])
    assert start is not None
    cell = f"{grid.title}!{named.source.cell} ('{grid.quoted(start)}')"
    written = grid.text(start).partition(":")[2].strip()
    capital = ", its first letter a capital as the sentence starts" if named.text[:1] != written[:1] else ""
    said = (
        f"{cell} names the journey '{excerpt(named.text)}': '{label.text}' is the label before its name, kept off "
        f"the title{capital} — to print the cell as written, give {option_hint('title', grid.text(start))}"
    )
    if title is not None and title.source is not None and title.source != named.source:
        over = position(title.source.cell.split(":")[0])
        assert over is not None
        said += (
            f"; {grid.title}!{title.source.cell} ('{grid.quoted(over)}'), alone above the table, is the line printed "
            "over that title"
        )
    return said


def _title_said(grid: Grid, ref: str, journey: Journey) -> str:
    """How a text cell alone above the table became the journey's title, with the correction that changes
    it: over the phase names, the row of groups (``--groups above``) where it leaves a phase out; over all of
    them, a cell merged over each group's phases (one group of every phase groups nothing)."""
    start = position(ref.split(":")[0])
    end = position(ref.split(":")[-1])
    assert start is not None and end is not None
    where = f"{grid.title}!{ref} ('{grid.quoted(start)}')"
    spots = [position(c) for p in journey.phases if p.source and p.source.sheet == grid.title for c in [p.source.cell]]
    places = [s for s in spots if s is not None]
    cols = {c for p in journey.phases if p.source for c in _ref_cols(p.source.cell)}
    across = bool(places) and len({r for r, _ in places}) == 1 and places[0][0] == start[0] + 1
    over = cols & set(range(start[1], end[1] + 1)) if across else set()
    if over and over >= cols:
        return (
            f"{where}, merged over the whole header row, is the map's title, not a group of its phases — to group "
            "phases, merge a cell over only the phases of each group"
        )
    if over:
        return (
            f"{where}, alone over the phase names in row {start[0] + 1}, is the map's title, not a group of its "
            "phases — if it names a group of the phases under it, give --groups above"
        )
    return f"{where}, alone above the table, is the map's title — to name the journey otherwise, {_JOURNEY_CELL}"


def _ref_cols(ref: str) -> range:
    """The columns a cell reference or merged range covers."""
    first, last = position(ref.split(":")[0]), position(ref.split(":")[-1])
    return range(first[1], last[1] + 1) if first and last else range(0)


#: Columns a cell above the canvas is merged over to be taken for its title before a lone cell above it.
_TITLE_SPAN = 3


def _name_journey(journey: Journey, suffix: Item | None) -> None:
    """Journey name from the metadata, else the title, else the sheet; plus persona or section."""
    meta = journey.meta
    base = next((meta[k].text for k in ("journey", "title", "project") if k in meta and meta[k].text), journey.sheet)
    extra = " ".join(suffix.text.split()) if suffix is not None else ""
    if suffix is not None and suffix is meta.get("persona"):
        extra = without_age(extra)  # "Jan de Vries (45)": the age is the persona's, not the journey's name
    # The suffix is left out when the name says it already, word for word ("1" is no word of "f11_matrix").
    said = bool(extra) and f" {label_key(extra)} " in f" {label_key(base)} "
    journey.name = f"{base}{VIEW_SEPARATOR}{extra}" if extra and not said else base


def _cell_order(ref: str) -> tuple[int, int, str]:
    """Row by row, then column by column (``B2`` before ``AA2``); a range by its first cell."""
    place = position(ref.split(":")[0])
    return (*place, "") if place else (0, 0, ref)
