"""``canvasgen apply``: the changes a workshop made on paper, written into a new version of the workbook.

Every row of the changes sheet is checked first (its card exists, its text is still the card's text as
printed, its phase and lane exist, one row per card); nothing is written while a row is wrong, unless
``partial``, and nothing at all when no row asks for anything. Then only the cells that change are
patched (``render.xlsx.patch``): the workbook's other sheets, styles, drop-downs and pictures stay as
they were. The version is raised (written as text, so 0.9 becomes "0.10", never 0.1) and the date set
where the canvas shows them, for each journey whose sheet the changes write to. The output is a new file:
never the workbook read, never the changes workbook, never an existing file without ``force``.

A canvas read from a CSV, ODS, legacy .xls or model JSON file has no cells to patch: the changes go into
the model read from it, and the model is written as a new workbook from the template
(``render.xlsx.model_book``; ``apply_to_model``). Rows are checked as for a workbook, and nothing is
written while one is wrong (unless ``partial``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.datetime import to_excel

from canvasgen import __version__
from canvasgen.analysis.cards import (
    SCORE_CODE,
    Card,
    beside_score,
    cards_of,
    codes_language,
    crossing,
    retired_cards,
    score_cards,
    score_crossing,
    score_words,
    uncalculated_cells,
)
from canvasgen.analysis.changes import (
    Applied,
    Decision,
    NoteLeft,
    RemovedNoteAt,
    dated_as_written,
    decide,
    each_decision,
    face_typed,
    figures_at,
    is_written_date,
    new_score,
    raised,
    read_back_warnings,
    score_number,
    too_long,
    typed_in,
)
from canvasgen.analysis.merges import MergedParts, joined, merged_parts
from canvasgen.analysis.places import Rejected, new_card_place
from canvasgen.analysis.scenario import Scenario, canvas_scenario, named_scenario
from canvasgen.errors import (
    ApplyError,
    CanvasError,
    CanvasErrors,
    CanvasWarning,
    Location,
    OtherWorkbook,
    OutputError,
    ReadError,
    display_name,
)
from canvasgen.figures import score_in
from canvasgen.language import canvas_language, figure_language
from canvasgen.model import SCORE_LANE, Canvas, Item, Lane, LaneKind, Metric, Score, Source
from canvasgen.pipeline.read import in_language, output_language, read
from canvasgen.pipeline.result import Said
from canvasgen.read.changes import (
    RECORD_SHEET,
    Action,
    Change,
    ChangesBook,
    TeamNote,
    compact_key,
    read_changes,
    resolve_ids,
)
from canvasgen.read.corrections import (
    SETTINGS_FILE,
    Corrections,
    arguments,
    describe,
    effective,
    from_file,
    from_record,
    to_record,
)
from canvasgen.read.formats import is_patched
from canvasgen.read.metrics.collect import stated_figures
from canvasgen.read.package.parts import is_excel_package
from canvasgen.read.package.references import position
from canvasgen.read.shown import read_when, shown_when
from canvasgen.render.xlsx.book import save_workbook
from canvasgen.render.xlsx.cell_text import rewrite_items
from canvasgen.render.xlsx.macros import macro_enabled
from canvasgen.render.xlsx.model_book import (
    cell_text,
    comment_notes,
    one_line,
    scales_written,
    step_columns,
    workbook_of,
    written_phases,
)
from canvasgen.render.xlsx.patch import CellEdits, Stored, StoredCells, patch_workbook, stored_cells
from canvasgen.text import (
    SEMICOLON,
    cell_segments,
    excerpt,
    label_key,
    line_item,
    listed,
    numbered_lines,
    semicolon_parts,
    split_items,
)
from canvasgen.vocabulary.scores import face_value, leading_face, rescored
from canvasgen.words import DEFAULT_LANGUAGE, KIT_WORDS


@dataclass(frozen=True)
class ApplyOptions:
    partial: bool = False  # apply the rows that can be applied, list the others
    today: dt.date | None = None
    corrections: Corrections | None = None  # None: those the kit recorded
    force: bool = False  # replace an existing output file
    #: Told every warning once the rows are read, also when they are then refused (the command line's).
    warn: Callable[[CanvasWarning], None] | None = None


@dataclass
class _CellPlan:
    items: dict[tuple[str, int], str | None] = field(default_factory=dict)  # (text, which of that text) -> new
    added: list[str] = field(default_factory=list)
    whole: tuple[str, str | None] | None = None  # (old text, new text): a one-item cell
    rows: list[Change] = field(default_factory=list)  # the rows that change the cell
    always: bool = False  # a KPI lane's cell: split at every "; " (text.semicolon_parts)
    #: A date cell's card (#31: printed as its date, in the kit's language): its new text, "" removed.
    date: str | None = None
    #: A cell merged over phases that takes a new card in some of them only: split, one part per phase.
    merged: MergedParts | None = None
    added_in: dict[int, list[tuple[Change, bool]]] = field(default_factory=dict)  # phase -> (row, moved) added
    #: A phase's score cell: its new score, or None to take it out (``analysis.changes.new_score``).
    score: Score | None = None
    scored: bool = False
    face: str | None = None  # a face typed with the new score: written beside it
    #: The words a score cell writes beside its score (``cards.score_words``): (as read, new text; None taken out).
    words: tuple[str, str | None] | None = None
    #: Words typed after a new score ("9/10 - top") for a score cell that writes none beside its score yet.
    added_words: str = ""


def apply_changes(source: Path, changes_path: Path, out: Path, options: ApplyOptions | None = None) -> Applied:
    options = options or ApplyOptions()
    _check_output(source, changes_path, out, options.force)
    book = read_changes(changes_path)
    applied = Applied(out, notes=book.notes)
    try:
        return _apply(source, book, applied, options)
    except OtherWorkbook:  # the one thing to say: what was noticed of the rows is about the wrong pair
        applied.warnings.clear()
        book.warnings.clear()
        raise
    finally:
        for warning in [*applied.warnings, *(w for w in book.warnings if w not in applied.warnings)]:
            if options.warn is not None:
                options.warn(warning)


def told(applied: Applied, canvas: Path, changes: Path) -> tuple[list[Said], bool]:
    """What ``apply`` says once it has run, as typed lines the command line prints and the page says in its
    own words, and whether that is a failure: every row that asked for a change was skipped. The team's
    notes come last (``said_note``). Files are named as the user knows them (``errors.display_name``)."""
    shown = display_name(applied.out)
    kept = dict(applied.kept_notes)  # a note is its cell of the changes sheet: one of each
    notes = [
        said_note(
            note,
            applied.out,
            kept.get(note),
            applied.new_card_notes.get(note),
            (NoteLeft.NOTHING_WRITTEN, "") if not applied.written else applied.left_notes.get(note),
            applied.removed_card_notes.get(note),
        )
        for note in applied.notes
    ]
    if not applied.written:
        if applied.skipped:
            text = f"nothing applied: every row that asked for a change was skipped; {shown} was not written"
            return [Said("nothing_applied", text, {"name": shown}), *notes], True
        text = f"nothing to apply: no row changed in {display_name(changes)}; {shown} was not written"
        return [Said("nothing_to_apply", text, {"name": display_name(changes)}), *notes], False
    version = f", version {applied.version}" if applied.version else ""
    version += ", date set to today" if applied.dated is not None else ""
    version += ", no date field to set" if applied.date_field is False else ""
    moved = f", {applied.moved} moved" if applied.moved else ""
    moved += f", {applied.already} already as asked" if applied.already else ""  # every row the team wrote counted
    counts = {"changed": applied.changed, "removed": applied.removed, "added": applied.added}
    text = f"wrote {shown} ({', '.join(f'{n} {key}' for key, n in counts.items())}{moved}{version})"
    values = {
        "name": shown,
        **counts,
        "moved": applied.moved,
        "already": applied.already,
        "version": applied.version,
        "dated": applied.dated is not None,
        "undated": applied.date_field is False,
    }
    lines = [Said("applied", text, {**values, "skipped": len(applied.skipped)})]  # the page says rows skipped too
    if not has_cells_to_patch(canvas):
        lines.append(_new_workbook(applied, canvas))
    return [*lines, *notes], False


def has_cells_to_patch(source: Path) -> bool:
    """Whether ``apply`` patches the cells of ``source``: an Excel workbook by its bytes, whatever its name (a
    CSV, an .xls or an .ods renamed .xlsx is read by what it is, and so written as a new workbook; an .xlsx
    saved as .csv is patched). A template (.xltx) is never patched into a workbook: Excel would refuse it."""
    return source.suffix.lower() not in _TEMPLATES and is_excel_package(source)


_TEMPLATES = (".xltx", ".xltm")


def _new_workbook(applied: Applied, canvas: Path) -> Said:
    """For a canvas read from a file with no cells to patch (.csv, .ods, a model JSON, a CSV renamed .xlsx):
    the new workbook."""
    name, source = Path(display_name(applied.out)).name, Path(display_name(canvas)).name
    text = (
        f"{name} is a new workbook in canvasgen's template: {source} itself has no cells to patch; "
        "work on in the new workbook from here"
    )
    return Said("new_workbook", text, {"name": name, "canvas": source})


def said_note(
    note: TeamNote,
    out: Path | None = None,
    kept: Source | None = None,
    new_card: str | None = None,
    left: tuple[NoteLeft, str] | None = None,
    removed_card: tuple[str, RemovedNoteAt] | None = None,
) -> Said:
    """A note of the team's, said so that it is not lost: kept as a comment on its card's cell in the new
    version (``kept``; a new card's, ``new_card`` its text; a card removed, ``removed_card`` its text and where
    the note is: its emptied cell, else its phase's header or its field's heading, else the cell that held it),
    else said with why it was not (``left``: the reason and the cell that is it; none: its row names no card of
    the canvas)."""
    card = f" on card {note.card_id}" if note.card_id else ""
    if new_card is not None:
        card = f" on the new card {new_card!r}"
    text = " / ".join(line.strip() for line in note.text.splitlines() if line.strip())  # one line of its own
    if kept is not None and out is not None and new_card is not None:
        name = Path(display_name(out)).name
        return Said(
            "team_note_kept_new",
            f"the team's note on the new card {new_card!r} ({note.where}) is kept as a comment on {kept} of {name}, "
            f"not as canvas text: {text}",
            {"card": new_card, "where": str(note.where), "note": note.text, "cell": str(kept), "name": name},
        )
    if kept is not None and out is not None and removed_card is not None:
        name = Path(display_name(out)).name
        removed, at = removed_card
        place = {
            RemovedNoteAt.EMPTIED: "the cell it emptied",
            RemovedNoteAt.HEADER: "its phase's header, as its cell holds other cards",
            RemovedNoteAt.HEADING: "its field's heading, as its cell still holds other words",
            RemovedNoteAt.HELD: "the cell that held it, whose other words are no card",
        }[at]
        return Said(
            "team_note_kept_removed",
            f"the team's note on card {note.card_id}, removed ({excerpt(removed)!r}; {note.where}), is kept as a "
            f"comment on {kept} of {name}, {place}, under the card's text, not as canvas text: {text}",
            {
                "card": note.card_id,
                "removed": removed,
                "header": at is RemovedNoteAt.HEADER,
                "place": at.value,
                "where": str(note.where),
                "note": note.text,
                "cell": str(kept),
                "name": name,
            },
        )
    if kept is not None and out is not None:
        name = Path(display_name(out)).name
        return Said(
            "team_note_kept",
            f"the team's note{card} ({note.where}) is kept as a comment on {kept} of {name}, not as canvas text: "
            f"{text}",
            {"card": note.card_id, "where": str(note.where), "note": note.text, "cell": str(kept), "name": name},
        )
    values = {"card": new_card or note.card_id, "where": str(note.where), "note": note.text}
    reason, cell = left if left is not None else (NoteLeft.NO_CARD, "")
    name = Path(display_name(out)).name if out is not None else ""
    why = {
        NoteLeft.NOTHING_WRITTEN: f"nothing was written ({name} was not made)",
        NoteLeft.COMMENTED: f"its card's cell {cell} already holds a comment, kept as it was",
        NoteLeft.LEFT_OUT: "its row was left out",
        NoteLeft.REMOVED: f"card {note.card_id} was removed, so {name} has no cell of it",
        NoteLeft.NO_CELL: f"its card has no cell of its own in {name} to keep it on",
    }
    if reason is NoteLeft.NO_CARD:
        return Said(
            "team_note_card" if note.card_id else "team_note",
            f"the team's note{card} ({note.where}) is not part of the canvas and was not written into it: {text}",
            values,
        )
    return Said(
        f"team_note_{reason.value}",
        f"the team's note{card} ({note.where}) was not kept: {why[reason]}: {text}",
        {**values, "cell": cell, "name": name},
    )


def _apply(source: Path, book: ChangesBook, applied: Applied, options: ApplyOptions) -> Applied:
    changes_path, out = book.path, applied.out
    corrections = _reading(book, source, options.corrections, applied.warnings)
    drop_macros = _macros(source, out, applied.warnings)
    canvas = read(source, None, corrections)
    # the diff's hint names the lanes as the workbook writes them: the kit's record keeps their keys only
    applied.reading = arguments(corrections, {label_key(lane.label): lane.label for lane in _lanes(canvas)})
    if (
        to_record(effective(Corrections(), source))
        == to_record(effective(Corrections(), out))
        == to_record(effective(corrections, source))
    ):
        applied.reading = []  # canvasgen.toml reads both versions as apply did (its section covers the versions)
    canvas = in_language(
        canvas, output_language(book.language, DEFAULT_LANGUAGE, canvas)
    )  # dates as the kit printed them
    # a kit made by an earlier canvasgen may have cards today's kit leaves out: their edits are applied too
    now, scores = cards_of(canvas), score_cards(canvas, over_formulas=True)
    # a kit made before a cell every journey shares was one card has a card of it in each journey: applied too
    each = [card for card in cards_of(canvas, once=False) if card.journey is not None]
    cards = {card.id: card for card in (*each, *now, *scores, *retired_cards(canvas))}
    if codes_language(canvas) != "nl":  # a kit made before the codes were in the canvas's language printed
        cards |= {old.id: card for old, card in zip(cards_of(canvas, "nl"), now, strict=True)}  # Dutch IDs
        cards |= {old.id: card for old, card in zip(score_cards(canvas, "nl", True), scores, strict=True)}
    resolve_ids(book, {*cards, *(book.record.printed if book.record is not None else ())})  # "F4KP01"
    _not_applied_before(book, canvas, source, [*now, *scores])  # first: the one sentence, nothing before it
    _same_workbook(book, source, canvas, cards, applied.warnings, corrections)
    _rows_taken_out(book, applied.warnings)
    try:  # every row's problems, of every stage, are said together (refused below, unless partial)
        decisions, applied.skipped = decide(book, canvas, cards, True)
    finally:
        applied.warnings += book.warnings
        applied.already = len({(change.sheet, change.row) for change in book.as_asked})
    if not decisions:
        return _refused(applied, options.partial)
    today = options.today or dt.date.today()
    notes = _notes_on_cards(book.notes, cards, decisions, canvas)
    applied.new_card_notes = {on.note: on.item.text for on in notes if on.new and not on.moved}
    if not has_cells_to_patch(source):  # no cells to patch: a new workbook from the template
        found = [(on.note, on.item) for on in notes]  # a new card by its text, as the new workbook writes it
        return apply_to_model(canvas, decisions, applied, changes_path, today, options.partial, found)
    refused: list[CanvasError] = []  # --partial: the cells that cannot take their rows, refused with them
    while True:  # once; again without a refused cell's rows (--partial), until every cell takes its rows
        plans, planned = _plans(decisions, canvas, applied, changes_path)
        if not plans:
            applied.skipped += [*planned, *refused]
            return _refused(applied, options.partial)
        meta = _meta_cells(canvas, {cell.sheet for cell in plans})
        wanted: dict[str, list[str]] = {}
        for cell in [*plans, *(cell for _, _, cell in meta)]:
            wanted.setdefault(cell.sheet, []).append(cell.cell)
        stored = stored_cells(source, wanted)  # every cell, and the date system, read in one pass over the package
        edits, said = CellEdits(), list[CanvasWarning]()
        cell_errors = _cell_edits(source, changes_path, plans, stored, edits, said, canvas_language(canvas))
        if not cell_errors:
            break
        # refused after all; without --partial nothing is written: no removal is done
        book.unsay(
            set(book.announced) if not options.partial else {r for _, rows in cell_errors for r in rows},
            applied.warnings,
        )
        if not options.partial:
            raise CanvasErrors([*applied.skipped, *planned, *(error for error, _ in cell_errors)])
        # a cell refused takes its rows with it, both halves of a card moved: the others are planned anew
        left_out = {row for _, rows in cell_errors for row in rows}  # a row is its sheet and row: one of each
        decisions = [d for d in decisions if d.change not in left_out]
        refused += [error for error, _ in cell_errors]
    applied.skipped += [*planned, *refused]
    applied.warnings += said
    _refused(applied, options.partial)
    today_in = Today(today, stored.epoch)
    applied.version, dated = _new_version(
        meta, stored, edits, today_in, applied.warnings, source, canvas_language(canvas)
    )
    applied.dated = today if dated else None
    applied.date_field = any(key == "date" for key, _, _ in meta)
    _patch_with_notes(source, edits, drop_macros, notes, plans, applied)
    applied.written = True
    return applied


def _patch_with_notes(
    source: Path,
    edits: CellEdits,
    drop_macros: bool,
    notes: list[_NoteOnCard],
    plans: dict[Source, _CellPlan],
    applied: Applied,
) -> None:
    """The new version written (``patch_workbook``), the team's notes as comments on their cards' cells; those
    not kept, with why (``applied.left_notes``). A note on a card removed never stays on a cell that still holds
    other cards: it goes on the card's cell where that is left empty, else on its phase's header (a touchpoint's or
    persona line's: its field's heading, else the cell that held it), naming the card (``_note_cells``)."""
    out = applied.out
    cells, places = _note_cells(notes, plans, edits)
    comments = _one_comment_a_cell(cells)
    for cell, (_, text) in comments.items():
        edits.comments.setdefault(cell.sheet, {})[cell.cell] = text
    commented, taken = patch_workbook(source, out, edits, drop_macros)  # a PatchError names workbook, sheet, cell
    for cell, (kept, _) in comments.items():
        if (cell.sheet, cell.cell) in commented:
            applied.kept_notes += [(note, cell) for note in kept]
        else:  # a cell with a comment of its own keeps it alone; a sheet whose note drawing is no XML, all
            left = NoteLeft.COMMENTED if (cell.sheet, cell.cell) in taken else NoteLeft.NO_CELL
            applied.left_notes |= {note: (left, str(cell)) for note in kept}
    placed = {note for kept, _ in comments.values() for note in kept}
    applied.removed_card_notes = {on.note: (on.item.text, places[on.note]) for on in notes if on.note in places}
    applied.left_notes |= {
        on.note: (NoteLeft.LEFT_OUT if on.new else NoteLeft.REMOVED if on.removed else NoteLeft.NO_CELL, "")
        for on in notes
        if on.note not in placed
    }


@dataclass(frozen=True)
class _NoteOnCard:
    """A note of the team's on a card: the card's item; for a new card (or a card's new place, moved) the text it
    is written with, its cell the one its row was planned into (``_note_cells``). A card removed: its lane's label
    and its phase's header (a touchpoint's or persona line's: its field's heading), where the note goes when the
    card's cell still holds other words."""

    note: TeamNote
    item: Item
    new: bool = False
    moved: bool = False  # the new place of a card moved: said as its card, by its ID
    removed: bool = False
    lane: str = ""
    header: Source | None = None  # a lane card's phase header; a touchpoint's or persona line's field heading
    language: str = DEFAULT_LANGUAGE  # the canvas's: a removed card's note is headed in its words
    apart: bool = False  # a touchpoint or a persona line: its cell is one value, not a lane's cell of cards
    alone: bool = False  # no other card is read from its cell: that cell may keep the note of it removed


def _notes_on_cards(
    notes: list[TeamNote], cards: dict[str, Card], decisions: list[Decision], canvas: Canvas
) -> list[_NoteOnCard]:
    """The team's notes on a card: in the row of a new card (or of a moved card's new place), on that card;
    else on the card the row is applied to (its ID's, or the card it was found to mean), else on the card the
    canvas has by the ID in the note's row."""
    added = {(d.change.sheet, d.change.row): d for d in decisions if d.card is None}
    applied_to = {(d.change.sheet, d.change.row): d for d in decisions if d.card is not None and not d.moved}
    language = canvas_language(canvas) if canvas_language(canvas) in KIT_WORDS else DEFAULT_LANGUAGE
    found: list[_NoteOnCard] = []
    for note in notes:
        new = added.get(_row_of(note))
        decided = applied_to.get(_row_of(note))
        if new is not None:
            found.append(_NoteOnCard(note, Item(new.change.new_text), new=True, moved=new.moved))
        elif decided is not None and decided.card is not None and decided.new is None:
            card = decided.card
            header, apart = _heading(card, canvas), card.journey is None
            alone = not any(
                other is not card and _note_cell(other.item) == _note_cell(card.item) for other in cards.values()
            )
            on = _NoteOnCard(note, card.item, removed=True, lane=card.lane, header=header, language=language)
            found.append(replace(on, apart=apart, alone=alone))
        elif decided is not None and decided.card is not None:
            found.append(_NoteOnCard(note, decided.card.item))
        elif note.card_id in cards:
            found.append(_NoteOnCard(note, cards[note.card_id].item))
    return found


def _heading(card: Card, canvas: Canvas) -> Source | None:
    """Where a removed card's note goes when its cell still holds other words: a lane card's phase header; a
    touchpoint's, its column's heading on the Touchpoints sheet; a persona line's, its field's heading (the
    Personas sheet's column, the persona's own label, or the label of the journey's header field that names the
    persona, "Persona | Jan de Vries (45)"); None where there is none."""
    if card.journey is not None:
        phase = canvas.journeys[card.journey].phases[card.phase] if card.phase is not None else None
        return _first_cell(phase.source) if phase is not None and phase.source is not None else None
    heading: Item | None = None
    if card.kind == "touchpoint":
        heading = canvas.touchpoint_columns.get("touchpoint")
    for persona in canvas.personas if card.kind == "persona" else []:
        keys = ["name"] if persona.name is card.item else [k for k, v in persona.fields.items() if v is card.item]
        heading = next((canvas.persona_headings(persona).get(k) for k in keys), heading)
    cell = _note_cell(card.item)
    for journey in canvas.journeys if heading is None and card.kind == "persona" else []:  # "Persona | Jan (45)"
        named = journey.meta.get("persona")
        if named is not None and named.source is not None and _first_cell(named.source) == cell:
            heading = journey.meta.get("persona_label")
    return _first_cell(heading.source) if heading is not None and heading.source is not None else None


def _row_of(note: TeamNote) -> tuple[str, int]:
    """The sheet and row of the changes sheet a note was written in."""
    digits = "".join(ch for ch in note.where.cell or "" if ch.isdigit())
    return note.where.sheet or "", int(digits) if digits else 0


def _note_cells(
    notes: list[_NoteOnCard], plans: dict[Source, _CellPlan], edits: CellEdits
) -> tuple[list[tuple[TeamNote, Source, str]], dict[TeamNote, RemovedNoteAt]]:
    """The cell each note goes on, with its comment's text: its card's; a new card's, the cell its row was planned
    into (none for a row left out, with --partial); a removed card's, its cell where the removal leaves it empty,
    else its phase's header (a touchpoint's or a persona line's: its field's heading, else the cell that held it
    where no other card is read from it), never a cell that holds another card now, headed with the card it was
    about; and for each of those, where it went."""
    planned = {(row.sheet, row.row): cell for cell, plan in plans.items() for row in plan.rows}
    found: list[tuple[TeamNote, Source, str]] = []
    places: dict[TeamNote, RemovedNoteAt] = {}
    for on in notes:
        cell = planned.get(_row_of(on.note)) if on.new else _note_cell(on.item)
        text = on.note.text.strip()
        if on.removed and cell is not None:
            left = edits.cells.get(cell.sheet, {}).get(cell.cell, on.item.text)
            place = _removed_note_at(on, left is None or not str(left).strip())
            cell = on.header if place in (RemovedNoteAt.HEADER, RemovedNoteAt.HEADING) else cell
            cell = None if place is None else cell
            places |= {on.note: place} if place is not None else {}
            heading = KIT_WORDS[on.language]["note_removed_card"].format(lane=on.lane, card=one_line(on.item.text))
            text = f"{heading}\n{text}"
        if cell is not None:
            found.append((on.note, cell, text))
    return found, places


def _removed_note_at(on: _NoteOnCard, emptied: bool) -> RemovedNoteAt | None:
    if emptied:
        return RemovedNoteAt.EMPTIED
    if on.header is not None:
        return RemovedNoteAt.HEADING if on.apart else RemovedNoteAt.HEADER
    return RemovedNoteAt.HELD if on.apart and on.alone else None


def _note_cell(item: Item) -> Source | None:
    return _first_cell(item.source) if item.source is not None else None


def _one_comment_a_cell(notes: list[tuple[TeamNote, Source, str]]) -> dict[Source, tuple[list[TeamNote], str]]:
    """The comment each cell takes: its notes, one under the other (two rows of one cell, two cards)."""
    cells: dict[Source, tuple[list[TeamNote], str]] = {}
    for note, cell, said in notes:
        kept, text = cells.get(cell, ([], ""))
        cells[cell] = ([*kept, note], f"{text}\n{said}" if text else said)
    return cells


def _lanes(canvas: Canvas) -> list[Lane]:
    return [lane for journey in canvas.journeys for lane in journey.lanes]


def _refused(applied: Applied, partial: bool) -> Applied:
    """``applied`` as it is, when no row was refused or ``partial`` (they are the rows skipped); else every
    refused row, raised together."""
    if applied.skipped and not partial:
        raise CanvasErrors(applied.skipped)
    return applied


def _check_output(source: Path, changes: Path, out: Path, force: bool) -> None:
    for other, what in ((source, "the workbook it reads"), (changes, "the changes workbook it reads")):
        if out.resolve() == other.resolve() or (out.exists() and other.exists() and os.path.samefile(out, other)):
            raise OutputError(out, f"apply never overwrites {what}: name a new file with -o")
    if not is_patched(out):  # written as an Excel package
        raise OutputError(out, "the new version is written as an .xlsx workbook: give -o a name ending in .xlsx")
    if out.is_dir():
        raise OutputError(out, "is a folder: give -o the name of the new workbook (.xlsx)")
    if out.exists() and not force:
        raise OutputError(
            out, "already exists and apply does not replace it: name a new file with -o, or give --force to replace it"
        )


def kept_suffix(source: Path) -> str:
    """The suffix under which a new version of ``source`` keeps all it holds: ``.xlsm`` for a workbook with
    macros, else ``.xlsx`` (for the web page, where no -o is given)."""
    return ".xlsm" if has_cells_to_patch(source) and macro_enabled(source) else ".xlsx"


def _macros(source: Path, out: Path, warnings: list[CanvasWarning]) -> bool:
    """Whether the macros are to be left out: a macro-enabled workbook written as .xlsx (said); an
    .xlsm out of a workbook without macros is refused (Excel would refuse the file)."""
    kept = out.suffix.lower() == ".xlsm"
    enabled = has_cells_to_patch(source) and macro_enabled(source)
    if kept and not enabled:
        raise OutputError(
            out,
            f"{Path(display_name(source)).name} holds no macros, so the new version is an .xlsx workbook: "
            "give -o a name ending in .xlsx",
        )
    if enabled and not kept:
        warnings.append(
            CanvasWarning(
                Location.of(out),
                f"{Path(display_name(source)).name} holds macros, which an .xlsx workbook "
                "cannot hold: they are left out (name it .xlsm to keep them)",
            )
        )
    return enabled and not kept


def _reading(book: ChangesBook, source: Path, given: Corrections | None, warnings: list[CanvasWarning]) -> Corrections:
    """The corrections to read ``source`` with: those given, else those the kit recorded; with a warning
    when the kit was made otherwise (another canvasgen, other corrections, another workbook)."""
    where = Location.of(book.path)
    record = book.record
    if record is None and book.record_edited:
        return given or Corrections()  # said where the record was read
    if record is None:
        warnings.append(
            CanvasWarning(
                where,
                f"the kit's record (its hidden sheet '{RECORD_SHEET}') is missing: deleted, or not saved by the "
                "program that edited the workbook (or the kit was made by a canvasgen older than the record), so "
                "neither the printed card texts nor how the workbook was read are known: a card whose text was "
                "typed over is refused rather than guessed at",
            )
        )
        return given or Corrections()
    if record.version != __version__:
        warnings.append(
            CanvasWarning(
                where,
                f"made by canvasgen {record.version or '(unknown)'}, this is "
                f"canvasgen {__version__}: should cards be refused, make a new kit",
            )
        )
    applied_to = Path(display_name(source)).name  # the user's name for it, as the kit recorded it
    kit = _kit_corrections(record.reading)
    chosen = given
    if not given:
        if kit is None:
            warnings.append(
                CanvasWarning(
                    where, "its record of the reading corrections cannot be read; the workbook is read without them"
                )
            )
        # the kit's record is the whole reading the kit made: a canvasgen.toml written or changed since (or
        # never seen, by the web page) would read other lanes, and the card IDs would not match
        chosen = replace(kit, alone=True) if kit is not None else Corrections()
        beside = from_file(source)
        if kit is not None and beside and to_record(beside) != record.reading:
            labels = {label_key(lane): lane for _, lane in record.places.values()}
            warnings.append(
                CanvasWarning(
                    where,
                    f"the kit read {record.workbook or applied_to} with the reading corrections "
                    f"{describe(kit, labels)}, not with those of {SETTINGS_FILE} ({describe(beside, labels)}): "
                    "it is read as the kit read it, so that the card IDs match (check, build and a new kit read "
                    f"it with {SETTINGS_FILE})",
                )
            )
    assert chosen is not None
    used = to_record(effective(chosen, source))
    if used != record.reading:
        # the lanes as the kit printed them: the record keeps a corrected label's key, which is lower case
        labels = {label_key(lane): lane for _, lane in record.places.values()}
        kit_said = describe(kit, labels) if kit is not None else "(a record that cannot be read)"
        warnings.append(
            CanvasWarning(
                where,
                f"the kit read {record.workbook or applied_to} with the reading "
                f"corrections {kit_said}, apply reads it with "
                f"{describe(effective(chosen, source), labels)}: card IDs may not match; give apply "
                "the options kit was given",
            )
        )
    return chosen


def _same_workbook(
    book: ChangesBook,
    source: Path,
    canvas: Canvas,
    cards: dict[str, Card],
    warnings: list[CanvasWarning],
    corrections: Corrections,
) -> None:
    """A changes workbook applied to a workbook of another name than the kit was made from: another workbook
    when most of the cards the kit printed are not in it as printed, or when it is the other scenario than
    the kit's (an ideal journey is often the current one copied: most cards alike, a slip between two files
    side by side) — raised as the one error, before any row: each row's refusal would say to make a new
    kit, which throws the team's work away; else the same workbook under a new name (a copy, saved as), said
    as a warning, and its rows are checked as ever."""
    record = book.record
    applied_to = Path(display_name(source)).name  # the user's name for it, as the kit recorded it
    if record is None or not record.workbook or record.workbook == applied_to:
        return
    # the cards of the wall: a phase's score row ("+1") says little of which workbook it is (many score alike)
    # (a phase's score row, "F2-SC", is no printed card: counted neither here nor by the kit, in any workbook)
    printed = {
        key: text
        for key, text in record.printed.items()
        if not key.endswith(f"-{SCORE_CODE}") and (key not in cards or cards[key].kind != SCORE_LANE)
    }
    kept = _kept(printed, cards)
    kits, this = _kits_scenario(record.workbook, source, corrections), named_scenario(applied_to)
    this = this or canvas_scenario(canvas)
    if kits is not None and this is not None and kits != this:
        raise OtherWorkbook(
            Location.of(book.path),
            f"this changes workbook belongs to {record.workbook}, the {kits} journey, not to {applied_to}, the "
            f"{this} one ({kept} of the {len(printed)} cards the kit printed are in it as printed, as in a copy): "
            f"apply it to {record.workbook}",
            record.workbook,
            applied_to,
        )
    if printed and kept * 2 <= len(printed):
        raise OtherWorkbook(
            Location.of(book.path),
            f"this changes workbook belongs to {record.workbook}, not to {applied_to} ({kept} of the "
            f"{len(printed)} cards the kit printed are in {applied_to} as printed): apply it to "
            f"{record.workbook}",
            record.workbook,
            applied_to,
        )
    warnings.append(
        CanvasWarning(
            Location.of(book.path),
            f"the kit was made from {record.workbook}, it is applied to {applied_to} ({kept} of the "
            f"{len(printed)} cards the kit printed are in it as printed: taken for the same workbook under "
            "another name)",
        )
    )


def _rows_taken_out(book: ChangesBook, warnings: list[CanvasWarning]) -> None:
    """The cards the kit printed whose rows are no longer in the changes sheet: a team that deletes a row, as
    one removes a line in Excel, meant the card gone; nothing in the sheet says so, so nothing is removed —
    said, with the action that removes it (the kit's record knows every card it printed)."""
    if book.record is None:
        return
    listed = {row.key for row in book.rows} | book.unread
    printed = book.record.printed
    # a row whose ID names no printed card (mistyped) but holds a card's printed text, or an ID alike but for its
    # numbers' zeros ("F4-KP-1"), is that card's row: refused for its ID, never said taken out
    strays = [row for row in book.rows if row.id and row.key not in printed]
    texts, ids = {_spaced(row.text) for row in strays}, {_loose_id(row.key) for row in strays}
    gone = [
        key for key in printed if key not in listed and _spaced(printed[key]) not in texts and _loose_id(key) not in ids
    ]
    if not gone:
        return
    words = KIT_WORDS[book.language or DEFAULT_LANGUAGE]
    named = ", ".join(f"{key} '{excerpt(book.record.printed[key])}'" for key in gone[:5])
    more = f" and {len(gone) - 5} more" if len(gone) > 5 else ""
    warnings.append(
        CanvasWarning(
            Location.of(book.path),
            f"the rows of {len(gone)} card(s) the kit printed are no longer in the changes sheet ({named}{more}): "
            f"a row taken out removes nothing, the card(s) stay; to remove a card, put its row back and write "
            f"'{words['remove']}' in its {words['col_action']} column",
        )
    )


def _loose_id(key: str) -> str:
    """A card ID's letters and numbers alone, the numbers without their leading zeros ("F4KP1" for "F4-KP-01")."""
    return re.sub(r"\d+", lambda m: str(int(m.group())), compact_key(key))


def _kept(printed: dict[str, str], cards: dict[str, Card]) -> int:
    """How many of the printed cards a workbook holds as printed."""
    return sum(1 for key, text in printed.items() if key in cards and _spaced(cards[key].text) == _spaced(text))


def _kits_scenario(name: str, source: Path, corrections: Corrections) -> Scenario | None:
    """The scenario of the workbook the kit was made from: by its name, else by its journeys when it lies
    beside the workbook applied to (not on the page: nothing lies beside an upload); None when unknown."""
    if (said := named_scenario(name)) is not None:
        return said
    own = source.parent / name
    try:
        if not own.is_file() or own.resolve() == source.resolve():
            return None
    except OSError:  # the record's name is no file name this system takes (too long): no workbook beside it
        return None
    try:
        return canvas_scenario(read(own, None, corrections))
    except CanvasError:
        return None


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _kit_corrections(text: str) -> Corrections | None:
    """The reading corrections the kit recorded, or None when what is there is no such record."""
    try:
        corrections = from_record(text, "the kit's changes workbook")
        describe(corrections)
    except ValueError:
        return None
    return corrections


def _plans(
    decisions: list[Decision], canvas: Canvas, applied: Applied, changes: Path
) -> tuple[dict[Source, _CellPlan], list[CanvasError]]:
    """What each cell takes from the rows (``applied`` counting them anew), and the rows refused."""
    applied.changed = applied.removed = applied.added = applied.moved = 0
    plans: dict[Source, _CellPlan] = {}
    refused = each_decision(decisions, lambda d: _plan(d, canvas, plans, applied, changes), changes, True)
    return plans, refused


def _plan(decision: Decision, canvas: Canvas, plans: dict[Source, _CellPlan], applied: Applied, changes: Path) -> None:
    change, card, new = decision.change, decision.card, decision.new
    _one_figure_typed(decision, canvas)
    if card is None:
        source, parts, phase = _new_card_cell(change, canvas, decision.moved)
        plan = plans.setdefault(source, _CellPlan())
        plan.always = new_card_place(change, canvas)[2].kind is LaneKind.KPIS
        if parts is None:
            plan.added.append(change.new_text)
        else:  # into one phase of a cell merged over several: that phase's part of it only
            plan.merged = parts
            plan.added_in.setdefault(phase, []).append((change, decision.moved))
        plan.rows.append(change)
        applied.count(decision)
        return
    if card.kind == SCORE_LANE:  # the phase's score cell takes the new number, as a number
        _plan_score(decision, card, canvas, plans, applied, changes)
        return
    if card.item.source is None:
        raise Rejected(f"card {change.id} was not read from a cell")
    if beside_score(card, canvas):  # the words beside a score: its cell keeps the score, and any new one
        plan = plans.setdefault(_first_cell(card.item.source), _CellPlan())
        _reword_beside_score(plan, card, new, typed_in(change) if new is not None else "col_action")
        plan.rows.append(change)
        applied.count(decision)
        return
    if card.kind == "touchpoint":  # its figures' rows name it: renamed with it, or left to their phase
        for metric in figures_at(canvas, card.item):
            if metric.touchpoint is not None and metric.touchpoint.source is not None:
                plans.setdefault(_first_cell(metric.touchpoint.source), _CellPlan()).whole = (
                    metric.touchpoint.text,
                    new,
                )
    if card.kind == "touchpoint" and new is None:
        for item in _touchpoint_items(canvas, card.item):
            if item.source is not None:
                plans.setdefault(_first_cell(item.source), _CellPlan()).whole = (item.text, None)
    elif card.item.when is not None:  # a date cell holds one card: the cell takes its new date, or text
        plans.setdefault(_first_cell(card.item.source), _CellPlan()).date = new or ""
    elif card.journey is None:
        plans.setdefault(_first_cell(card.item.source), _CellPlan()).whole = (card.text, new)
        for again in (s for persona in canvas.personas for s in persona.sources_of(card.item)):
            copy = plans.setdefault(_first_cell(again), _CellPlan())  # the persona's copy on another sheet
            copy.whole = (card.text, new)
            copy.rows.append(change)
    else:
        plan = plans.setdefault(_first_cell(card.item.source), _CellPlan())
        plan.always = card.kind == LaneKind.KPIS
        plan.items[(card.text, _occurrence(canvas, card))] = new
    plans[_first_cell(card.item.source)].rows.append(change)
    applied.count(decision)


def _plan_score(
    decision: Decision, card: Card, canvas: Canvas, plans: dict[Source, _CellPlan], applied: Applied, changes: Path
) -> None:
    """A phase's score cell takes the row's new score (and the words typed after it), in its own notation."""
    change = decision.change
    plan = plans.setdefault(_score_cell(card, canvas), _CellPlan())
    said: list[str] = []
    score, face, words = _typed_score(card, decision.new, canvas, change, said)
    if words:
        _words_with_score(plan, card, words, canvas, said, typed_in(change))
    (plan.score, plan.face), plan.scored = (score, face), True
    where = Location.of(changes, change.sheet, change.cell(typed_in(change)))
    applied.warnings += [CanvasWarning(where, f"row {change.row}: {what}") for what in said]
    plan.rows.append(change)
    applied.count(decision)


def _one_figure_typed(decision: Decision, canvas: Canvas) -> None:
    """Refuse a text typed for one card of a KPI lane that the lane reads as several: its "; " always parts
    figures (``split_kpi_cells``), so the one typed cell would come back as more cards than the one the row
    changes or adds — a figure of another card of the cell twice ("Bouncerate 35%" beside "Bouncerate 40%").
    Said at the cell typed in, with the parts and the card of the cell each repeats a figure of."""
    change, card = decision.change, decision.card
    text = change.new_text if card is None else decision.new
    kind = new_card_place(change, canvas)[2].kind if card is None else card.kind
    if text is None or kind != LaneKind.KPIS or (card is not None and card.journey is None):
        return
    parts = semicolon_parts(text.strip(), always=True)
    if parts is None:
        return
    others = _cell_figures(canvas, card) if card is not None else {}
    language = figure_language(canvas)
    repeated = []
    for part in parts:
        named = stated_figures(Item(part), language)
        other = others.get(label_key(named[0][0].text)) if named else None
        if other is not None:
            repeated.append(f"{part!r} is a figure of the card {other}: change it in that card's row")
    what = f"the one card {change.id} is" if card is not None else "one new card"
    advice = "; ".join(repeated) or "type each in a row of its own (a new card under the line for the other)"
    raise Rejected(
        f"in a KPI lane '; ' parts figures, so {excerpt(text)!r} would read as {len(parts)} cards "
        f"({listed([repr(excerpt(p)) for p in parts])}), not {what} — {advice}; or write it without '; '",
        typed_in(change),
    )


def _cell_figures(canvas: Canvas, card: Card) -> dict[str, str]:
    """The other cards of a KPI card's cell (its ID and text), by the matching key of the figure each states
    ("bouncerate")."""
    assert card.item.source is not None and card.journey is not None and card.phase is not None
    journey = canvas.journeys[card.journey]
    language = figure_language(canvas)
    cell = (card.item.source.sheet, _first_cell(card.item.source).cell)
    found: dict[str, str] = {}
    for lane in journey.lanes:
        for item in lane.cells[card.phase] if lane.kind is LaneKind.KPIS else []:
            if item is card.item or item.source is None:
                continue
            if (item.source.sheet, _first_cell(item.source).cell) == cell:
                card_id = next((other.id for other in cards_of(canvas) if other.item is item), None)
                named = f"{card_id} {item.text!r}" if card_id else repr(item.text)
                for name, _value, _target in stated_figures(item, language):
                    found.setdefault(label_key(name.text), named)
    return found


def _typed_score(
    card: Card, new: str | None, canvas: Canvas, change: Change, said: list[str]
) -> tuple[Score | None, str | None, str]:
    """The new score a row asks for, the face typed with it ("5 😀": written as typed, in place of the face
    the cell wrote, its words kept; None when none was typed), and the words typed after it ("9/10 - top")."""
    number, face = face_typed(new) if new is not None else (new, None)
    typed = new_score(card, number, canvas, typed_in(change), said)
    if typed is None:
        return None, face, ""
    return (replace(typed.score, face=face) if face is not None else typed.score), face, typed.words


def _words_with_score(
    plan: _CellPlan, card: Card, words: str, canvas: Canvas, said: list[str], column: str = "col_new"
) -> None:
    """Words typed after a new score ("9/10 - top") are the words its cell writes beside the score: in place of
    the words it wrote (one card of them, ``F2-SC-01``), or after the score where it wrote none. Refused at
    ``column``, the cell the score was typed in."""
    assert card.journey is not None and card.phase is not None
    beside = [item for _, item in score_words(canvas.journeys[card.journey], card.phase)]
    if len(beside) > 1:
        raise Rejected(
            f"the score cell of {card.phase_name!r} writes {len(beside)} cards beside its score; type the score "
            f"alone here, and the words ({words!r}) in the row of the card they replace",
            column,
        )
    if not beside:
        plan.added_words = words
        return
    if " ".join(beside[0].text.split()) == " ".join(words.split()):
        return  # the cell's own words, typed again with the score
    removed = plan.words == (beside[0].text, None)  # the words' own row takes them out: the typed ones replace them
    if plan.words is not None and not removed and plan.words != (beside[0].text, words):
        raise Rejected(_words_twice(card, words, plan.words[1]), column)
    plan.words = (beside[0].text, words)
    said.append(f"the words typed with the score ({words!r}) are written beside it in place of {beside[0].text!r}")


def _reword_beside_score(plan: _CellPlan, card: Card, new: str | None, column: str) -> None:
    """The words beside a score take the row's new text, unless the score's row typed other words with it (a
    row that takes the words out leaves the score's row's words in their place). Refused at ``column``."""
    if plan.words is not None and new is None and plan.words[0] == card.text and plan.words[1] is not None:
        return  # taken out, and the score's row typed the words that replace them
    if plan.words is not None and plan.words != (card.text, new):
        raise Rejected(_words_twice(card, plan.words[1], new), column)
    plan.words = (card.text, new)


def _words_twice(card: Card, typed: str | None, other: str | None) -> str:
    def asked(words: str | None) -> str:  # None: the row takes the words out
        return "taken out" if words is None else f"as {words!r}"

    return (
        f"the words beside the score of {card.phase_name!r} are asked twice, {asked(typed)} and {asked(other)} "
        "(with the score and in the words' own row); write them in one of the two rows"
    )


def _score_cell(card: Card, canvas: Canvas) -> Source:
    """The cell a score row writes into: the score's own, or for a phase not scored yet the empty cell where
    the score row crosses the phase."""
    if card.item.source is not None:
        return _first_cell(card.item.source)
    assert card.journey is not None and card.phase is not None
    journey = canvas.journeys[card.journey]
    cell = score_crossing(journey, card.phase)
    if cell is not None and cell in uncalculated_cells(canvas):  # refused here, so that --partial skips the row
        raise Rejected(
            f"{cell}: the score cell holds a formula, which apply does not write over; score it in the workbook"
        )
    if cell is None:
        raise Rejected(
            f"canvasgen cannot tell which cell holds the score of {card.phase_name!r}; score it in the workbook"
        )
    return cell


def _touchpoint_items(canvas: Canvas, name: Item) -> list[Item]:
    tp = next(tp for tp in canvas.touchpoints if tp.name is name)
    return [i for i in (tp.name, tp.phase, *tp.fields.values()) if i is not None]


def _occurrence(canvas: Canvas, card: Card) -> int:
    """Which of the items with the card's text, among those read from its cell, the card is: a cell
    may say the same thing twice."""
    assert card.journey is not None and card.phase is not None
    same = [
        i
        for lane in canvas.journeys[card.journey].lanes
        for i in lane.cells[card.phase]
        if i.source == card.item.source and i.text == card.item.text
    ]
    return next(n for n, i in enumerate(same) if i is card.item)


def _first_cell(source: Source) -> Source:
    return Source(source.sheet, source.cell.split(":")[0])


def _new_card_cell(change: Change, canvas: Canvas, moved: bool) -> tuple[Source, MergedParts | None, int]:
    """The cell a new card goes into: its lane's cell in its phase; with its parts by phase when that cell is
    merged over several phases (``analysis.merges``: the card goes into its phase's part only), and the phase."""
    journey, phase, lane = new_card_place(change, canvas)
    items = [i for i in lane.cells[phase] if i.source is not None]
    if items:
        source = items[-1].source
        assert source is not None
        what = f"the card {change.new_text!r} moved" if moved else f"the new card {change.new_text!r}"
        return _first_cell(source), merged_parts(journey, lane, source, phase, what), phase
    cell = crossing(journey, phase, lane.source)
    if cell is None:
        raise Rejected(
            f"canvasgen cannot tell which cell of {journey.sheet!r} holds {change.lane!r} in "
            f"{change.phase!r}; add the card in the workbook"
        )
    return cell, None, phase


def _cell_edits(
    path: Path,
    changes: Path,
    plans: dict[Source, _CellPlan],
    stored: StoredCells,
    edits: CellEdits,
    warnings: list[CanvasWarning],
    language: str,
) -> list[tuple[CanvasError, list[Change]]]:
    """Each planned cell's new text (a score's half in ``language``'s way); a cell that no longer reads as
    planned, or that would pass Excel's limit on a cell's length, is an error (the latter at the rows that made
    it so), with the rows that write into it (``--partial`` leaves them out); a cell that will read back as
    other cards than meant is warned at the row that made it so."""
    errors: list[tuple[CanvasError, list[Change]]] = []
    texts: dict[str, str] = {}
    rows: dict[str, list[Change]] = {}
    one_card = {sheet: set(cells) for sheet, cells in stored.one_card.items()}
    for source, plan in plans.items():
        if plan.scored or plan.words is not None:
            try:
                held = stored[source.sheet, source.cell]
                if held.formula is not None and not plan.scored:  # a score's own refusal says so otherwise
                    raise Rejected(
                        f"the score cell holds the formula ={held.formula}, which apply does not write over; change "
                        "the words beside the score in the workbook"
                    )
                new = _score_cell_value(plan, held, language)
                edits.set(source.sheet, source.cell, new)
                if plan.face is None:  # a face the team typed is theirs: never said as kept
                    warnings.extend(_face_kept(plan.score, plan.rows[-1], source, changes, language))
            except Rejected as rejected:  # said at the row the team typed the score in, naming the canvas's cell
                row = plan.rows[-1]
                where = Location.of(changes, row.sheet, row.cell(typed_in(row)))
                errors.append((ApplyError(where, f"row {row.row}: {source}: {rejected}"), plan.rows))
            continue
        if plan.date is not None:
            edits.set(source.sheet, source.cell, _new_date(plan.date, plan.rows[-1].language, stored.epoch))
            continue
        if plan.merged is not None:
            try:
                parts = _merged_split(plan, stored[source.sheet, source.cell].text, path, warnings)
            except Rejected as rejected:
                errors.append((ApplyError(Location.of(path, source.sheet, source.cell), str(rejected)), plan.rows))
                continue
            edits.split(source.sheet, plan.merged.range, [part for part, _, _ in parts])
            for part, text, meant in parts:
                cell = part.split(":")[0]
                warnings.extend(read_back_warnings(meant, split_items(text, plan.always), plan.rows, changes, cell))
                edits.set(source.sheet, cell, text)
                texts[f"{source.sheet}!{cell}"] = text
                rows[f"{source.sheet}!{cell}"] = plan.rows
            continue
        marked = one_card.setdefault(source.sheet, set())
        try:
            held_text = stored[source.sheet, source.cell].text
            text, meant = _new_text(plan, held_text, source.cell in marked)
        except Rejected as rejected:
            errors.append((ApplyError(Location.of(path, source.sheet, source.cell), str(rejected)), plan.rows))
            continue
        marked.discard(source.cell)
        if _one_card_kept(text, meant, plan):
            marked.add(source.cell)  # one card typed in one cell of the changes sheet: read back as one card
        else:
            warnings.extend(_semicolons_to_lines(held_text, text, meant, plan, (changes, source)))
            warnings.extend(read_back_warnings(meant, split_items(text, plan.always), plan.rows, changes, str(source)))
        edits.set(source.sheet, source.cell, text)
        texts[f"{source.sheet}!{source.cell}"] = text
        rows[f"{source.sheet}!{source.cell}"] = plan.rows
    for cell, text in texts.items():  # each cell on its own: --partial leaves out the rows of that one only
        errors += [(error, rows[cell]) for error in too_long({cell: text}, {cell: rows[cell]}, changes)]
    if one_card != stored.one_card:
        edits.one_card = one_card
    return errors


def _one_card_kept(text: str, meant: list[str], plan: _CellPlan) -> bool:
    """Whether the cell's new text is one card, typed in one cell of the changes sheet, on one line that the
    "; " (or " | ") rule would read as several: the cell is then named as one card (``grid.ONE_CARD_NAME``).
    Not a KPI lane's cell: its "; " always parts figures."""
    if plan.always or plan.whole is not None or len(meant) != 1 or "\n" in text.strip():
        return False
    return len(split_items(text)) > 1  # "; " or " | " between short parts: one card typed, one card read


def _semicolons_to_lines(
    held: str, text: str, meant: list[str], plan: _CellPlan, where: tuple[Path, Source]
) -> list[CanvasWarning]:
    """A cell of cards joined by "; " that the new text writes a card a line because a card was changed into a
    text holding "; " itself (joined so, the cell would read as more cards than meant): said at that row, with
    why — the team asked for one card's change, not the cell's separator. A longer text, or a new card, goes on
    lines as the cell's rule says, unsaid."""
    if plan.whole is not None or not held.strip() or "\n" in held.strip() or "\n" not in text:
        return []
    if cell_segments(held, plan.always)[1] != SEMICOLON:
        return []
    changes, source = where
    row = next((c for c in plan.rows if c.id and SEMICOLON in (c.new_text or "")), None)
    joined = len(split_items(SEMICOLON.join(meant), plan.always))
    message = (
        f"{source}: the cell's cards were joined by '; '; they are now a line each, since joined so the cell "
        f"would read as {joined} cards, not {len(meant)} (a new text holds '; ' itself) — to keep '; ' between "
        "them, write that text without '; ' (with ', ' or ' – ')"
    )
    if row is None or joined <= len(meant):
        return []
    return [CanvasWarning(Location.of(changes, row.sheet, f"A{row.row}"), f"row {row.row}: {message}")]


def _face_kept(
    score: Score | None, row: Change, cell: Source | str, changes: Path, language: str
) -> list[CanvasWarning]:
    """The face a score cell wrote, kept beside a new score it no longer fits ("+2 🙁"): said at the row, never
    changed by canvasgen (the face is the team's)."""
    face = score.face if score is not None else None
    felt = face_value(face) if face is not None else None
    if score is None or face is None or felt is None or abs(felt - score.normalized * 2) <= 1:
        return []  # more than one step apart on -2..+2, as the reader warns of a face against its number
    shown = score_in(score.scale, score.value, language)
    return [
        CanvasWarning(
            Location.of(changes, row.sheet, row.cell(typed_in(row))),
            f"row {row.row}: {cell} keeps its face {face} beside the new score {shown}: "
            "change the face in the workbook if it no longer fits",
        )
    ]


def _reworded(text: str | float | None, old: str, new: str | None) -> str | float:
    """A score cell's text with the words beside its score changed to ``new`` or taken out (None), its score and
    face kept as they are (or as the score row wrote them); a cell left with its number alone is that number."""
    written = text if isinstance(text, str) else ""
    at = written.rfind(old)
    if at < 0:
        raise Rejected(f"the score cell no longer holds {old!r} beside its score; change it in the workbook")
    if new is not None:
        return written[:at] + new + written[at + len(old) :]
    kept = (written[:at].rstrip() + written[at + len(old) :]).strip()
    number = score_number(kept)
    return number if number is not None else kept


def _score_cell_value(plan: _CellPlan, held: Stored, language: str) -> str | float | None:
    """A score cell's new value: its new score (``_new_score_value``), and the words beside it as the rows ask."""
    new = _new_score_value(plan, held, language) if plan.scored else held.text
    if plan.words is not None:
        new = _reworded(new, *plan.words)
    if plan.added_words and new is not None:  # "9/10 - top" typed, the cell wrote no words yet
        scale = plan.score.scale if plan.score is not None else None
        shown = score_in(scale, new, language) if scale is not None and not isinstance(new, str) else new
        new = f"{shown} - {plan.added_words}"
    return new


def _new_score_value(plan: _CellPlan, stored: Stored, language: str) -> str | float | None:
    """A score cell's new value: the number, where the cell held a number or nothing else; else its text with
    the new number and everything else the cell wrote kept (a face, the team's words: ``rescored``)."""
    score = plan.score
    if stored.formula is not None:  # never a number typed over the team's formula
        raise Rejected(
            f"the score cell holds the formula ={stored.formula}, which apply does not write over; change the "
            "score in the workbook"
        )
    if score is None and not stored.number and stored.text.strip() and score_number(stored.text) is None:
        raise Rejected(  # the cell would be emptied: the words or the face beside the score with it
            f"the score cell holds {excerpt(stored.text)!r}: taking its score out would take out what it says "
            "beside it; take the score out in the workbook"
        )
    if score is None:
        return None
    number = score_in(score.scale, score.value, language)
    if stored.number or not stored.text.strip() or score_number(stored.text) is not None:
        return score.value if plan.face is None else f"{number} {plan.face}"  # a face typed: text, as typed
    text = rescored(stored.text, number, plan.face)
    if text is None:
        raise Rejected(
            f"the score cell holds {excerpt(stored.text)!r}, which canvasgen cannot write a number into without "
            "losing what it says; change the score in the workbook"
        )
    return text


def _merged_split(
    plan: _CellPlan, text: str, path: Path, warnings: list[CanvasWarning]
) -> list[tuple[str, str, list[str]]]:
    """A cell merged over phases, cut into its phases' parts: each part's range, new text and the items it is
    meant to hold. Every part holds what the merged cell held (with its cards' changes), the new cards only
    the parts of their phases; parts side by side with the same text stay merged. Said as a warning at the
    range, naming the phases and the parts."""
    merged = plan.merged
    assert merged is not None
    made: list[tuple[list[str], str, list[str]]] = []  # (parts, text, meant)
    for phase, part in merged.parts:
        own = _CellPlan(items=plan.items, added=[c.new_text for c, _ in plan.added_in.get(phase, [])])
        own.always = plan.always
        new, meant = _new_text(own, text)
        if made and made[-1][1] == new:
            made[-1][0].append(part)
        else:
            made.append(([part], new, meant))
    written = [(joined(parts), new, meant) for parts, new, meant in made]
    names = [repr(name) for name in merged.names.values()]
    phases = ", ".join(names[:-1]) + " and " + names[-1]
    for phase, added in plan.added_in.items():
        for change, moved in added:
            what = "moved into" if moved else "added to"
            warnings.append(
                CanvasWarning(
                    Location.of(path, merged.sheet, merged.range),
                    f"row {change.row}: the card {change.new_text!r} is {what} {merged.names[phase]!r} only, "
                    f"but {merged.range} is one cell merged over {phases}: "
                    f"it is split into {' · '.join(part for part, _, _ in written)}, so that "
                    + _what_the_parts_hold(plan, text, change),
                )
            )
    return written


def _what_the_parts_hold(plan: _CellPlan, text: str, row: Change) -> str:
    """What a split merged cell's parts hold, said truly for ``row``'s card: every phase keeps what it held
    only when no card of the cell was taken out; a card removed is taken out of every phase, a card moved
    into one of the phases is in that one alone."""
    removed = [old for (old, _), new in plan.items.items() if new is None]
    if not removed:
        return "every phase keeps what it held and the card is in its own phase alone"
    assert plan.merged is not None
    moved_into = {c.new_text: plan.merged.names[p] for p, rows in plan.added_in.items() for c, moved in rows if moved}
    said = ["the card is in its own phase alone"]
    for old in removed:
        if old not in moved_into:
            said.append(f"{old!r} is taken out of every phase")
        elif old != row.new_text:
            said.append(f"{old!r} is in {moved_into[old]!r} alone")
    others = len(split_items(text, plan.always)) - len(removed)
    if others:
        said.append(f"the other {_cards(others)} of the cell stay{'s' if others == 1 else ''} in every phase")
    return "; ".join(said)


def _cards(count: int) -> str:
    return "card" if count == 1 else f"{count} cards"


def _new_date(text: str, language: str, epoch: dt.datetime) -> str | float:
    """A date cell's new value: the date the team wrote, read in the changes sheet's language ("18 December
    2026" from an English kit), as the workbook's date serial, so that its date format shows it and the
    canvas shows it in its own language; any other text as typed (the cell then holds text)."""
    when = read_when(text, language or DEFAULT_LANGUAGE)
    return text if when is None else float(to_excel(when, epoch))


def _new_text(plan: _CellPlan, text: str, one_card: bool = False) -> tuple[str, list[str]]:
    """The cell's new text, and the items it is meant to read back as; ``one_card``: a cell an earlier
    ``apply`` wrote one card into (``read.grid.ONE_CARD_NAME``), its one line that card."""
    if plan.whole is not None:  # a touchpoint's or a persona's: one value, never split into cards
        old, new = plan.whole
        if new is None:
            # its brackets go with it: "Jan de Vries (45)" without the age is "Jan de Vries", not "Jan de Vries ()"
            cut = next((form for form in (f"({old})", f"[{old}]", old) if form in text), old)
            kept = text.replace(cut, "", 1).strip() if old in text and old != text.strip() else ""
            return kept, split_items(kept)
        whole = text.replace(old, new, 1) if old in text else new
        return whole, split_items(whole)
    found = [item for _, item in numbered_lines(text.strip().split("\n"))] if one_card else []
    items = [" ".join(i.split()) for i in (found if one_card else split_items(text, plan.always))]
    resolved: dict[int, str | None] = {}
    for (old, which), new in plan.items.items():
        places = [n for n, i in enumerate(items) if i == " ".join(old.split())]
        if which >= len(places):
            raise Rejected(f"the cell no longer holds {old!r} as a line of its own; change it in the workbook")
        resolved[places[which]] = new
    return rewrite_items(text, resolved, plan.added, plan.always, one_card)


def _not_applied_before(book: ChangesBook, canvas: Canvas, source: Path, cards: list[Card]) -> None:
    """Refuse, in one sentence and before any row's own problem, changes that are in the workbook already
    (applied a second time, to the version they produced): every text the rows write (a changed card's new
    text or its Text typed over, a score, a new card) is a card of the workbook now, and one at least was no
    card when the kit was made. A removal says nothing here (the same words may stand on another card), but one
    whose card still stands, under its ID and reading the row's words (as printed, typed over or its new text: a
    card the team rewrote and then removed), is still to do: those changes are not all applied."""

    def spaced(text: str) -> str:  # a score as the team types it ("2"), as its card shows it ("+2")
        said = " ".join(text.split())
        return said[1:] if said.startswith("+") and said[1:].replace(",", "", 1).replace(".", "", 1).isdigit() else said

    now = {spaced(card.text) for card in cards}
    printed = book.record.printed if book.record is not None else {}
    written = [spaced(text) for row in book.rows if (text := _wanted(row, printed))]
    was = {spaced(text) for text in printed.values()}
    if not written or not all(text in now for text in written) or all(text in was for text in written):
        return
    by_id = {card.id: card for card in cards}
    for row in book.rows:
        card = by_id.get(row.key) if row.action is Action.REMOVE else None
        words = (row.text, row.new_text, printed.get(row.key, ""))
        if card is not None and spaced(card.text) in {spaced(text) for text in words if text.strip()}:
            return  # a removal still to do: the rows are applied, each as ever
    journey = canvas.journeys[0] if canvas.journeys else None
    version = journey.meta["version"].text if journey is not None and "version" in journey.meta else ""
    dated = journey.meta["date"].text if journey is not None and "date" in journey.meta else ""
    stamp = ", ".join(([f"version {version}"] if version else []) + ([f"dated {dated}"] if dated else []))
    again = (
        f" (to make that version again, apply them to {book.record.workbook}, the workbook the kit was made from)"
        if book.record is not None and book.record.workbook
        else ""
    )
    raise ReadError(
        display_name(source),
        f"these changes are already applied to this workbook{f' ({stamp})' if stamp else ''}: every text "
        f"{display_name(book.path)} writes stands in it, so there is nothing to apply{again}",
    )


def _wanted(row: Change, printed: dict[str, str]) -> str:
    """The text a row of the changes sheet wants on the canvas: its new text, or its Text typed over the
    card's printed text; "" for a removal or a row left as printed."""
    if row.action is Action.REMOVE:
        return ""
    if row.new_text.strip():
        return row.new_text
    was = printed.get(row.key)
    return row.text if was is not None and " ".join(row.text.split()) != " ".join(was.split()) else ""


def _meta_cells(canvas: Canvas, changed: set[str]) -> list[tuple[str, Item, Source]]:
    """The version and date of each journey whose sheet the changes write to (all of them when they write to
    none, only to the Personas or Touchpoints sheet), with their cells (a cell shared by journeys once): a
    journey the workshop left as it was keeps its version and date. A date field left blank ("Datum" with
    nothing beside it) is the cell right of its label, with an empty item: today's date goes there."""
    found: dict[Source, tuple[str, Item, Source]] = {}
    touched = [journey for journey in canvas.journeys if journey.sheet in changed]
    for journey in touched or canvas.journeys:
        for key in ("version", "date"):
            item = journey.meta.get(key)
            if item is not None and item.source is not None:
                found.setdefault(_first_cell(item.source), (key, item, _first_cell(item.source)))
        label = journey.meta.get("date_label")
        if "date" not in journey.meta and label is not None and label.source is not None:
            beside = _right_of(label.source)
            if beside is not None:
                found.setdefault(beside, ("date", Item("", beside), beside))
    return list(found.values())


def _right_of(source: Source) -> Source | None:
    """The cell right of a label (of its merged range's last column): where its value goes."""
    last = source.cell.split(":")[-1]
    place = position(last)
    first = position(source.cell.split(":")[0])
    if place is None or first is None:
        return None
    return Source(source.sheet, f"{get_column_letter(place[1] + 1)}{first[0]}")


@dataclass(frozen=True)
class Today:
    """The date the changes are applied on, and the day the workbook counts its date serials from."""

    date: dt.date
    epoch: dt.datetime  # openpyxl's CALENDAR_WINDOWS_1900 or CALENDAR_MAC_1904

    def serial(self) -> float:
        return float(to_excel(self.date, self.epoch))


def _new_version(
    meta: list[tuple[str, Item, Source]],
    stored: StoredCells,
    edits: CellEdits,
    today: Today,
    warnings: list[CanvasWarning],
    path: Path,
    language: str,
) -> tuple[str | None, list[Source]]:
    """Raise each journey's version by one step (as text) and set its date, where the canvas shows them (a
    blank date field too); a version or date that is a formula (=TODAY()) is left to its formula, with a
    warning naming its cell. The new version, and the cells today's date was written in."""
    shown: str | None = None
    dated: list[Source] = []
    for key, item, cell in meta:
        old = stored[cell.sheet, cell.cell]
        if old.formula is not None:
            what = "version is the formula" if key == "version" else "date is the formula"
            todo = "; raise it by hand if the formula does not" if key == "version" else ""
            warnings.append(
                CanvasWarning(
                    Location.of(path, cell.sheet, cell.cell), f"the {what} ={old.formula}: left as it is{todo}"
                )
            )
            continue
        if key == "date" and not item.text:  # a blank date field: today's date, as a date where Excel shows one
            if old.text.strip():
                continue  # the cell beside the label holds something the reader took for no date: left alone
            edits.set(
                cell.sheet, cell.cell, today.serial() if old.date_style else shown_when(today.date, None, language)
            )
            dated.append(cell)
            continue
        if (
            key == "date"
            and not old.number
            and not (_labelled(old.text, item.text) and is_written_date(item.text, language))
        ):  # "Q4 2026", "12. November 2026" read as its month, a date with words beside it: not rewritten
            warnings.append(
                CanvasWarning(
                    Location.of(path, cell.sheet, cell.cell),
                    f"the date {excerpt(old.text)!r} is not a date canvasgen can write today's over: left as it "
                    "is; set the new version's date by hand",
                )
            )
            continue
        value = raised(item.text) if key == "version" else _dated(item.text, old, today, language)
        if key == "version" and isinstance(value, str):
            shown = value
        if key == "date":
            dated.append(cell)
        if isinstance(value, str) and not old.number:
            value = old.text.replace(item.text, value, 1) if item.text in old.text else value
        # A version is written as text, even where it was a number: 0.9 raised is "0.10", which as a
        # number would read 0.1 — lower than before.
        edits.set(cell.sheet, cell.cell, value)
    return shown, dated


def _labelled(cell: str, date: str) -> bool:
    """Whether a cell holds the date read from it alone, or after its label ("Datum: 3 november 2026"): today's
    date can be written over it, the label kept."""
    before, found, after = cell.strip().rpartition(date.strip())
    return bool(found) and not after and (not before.strip() or before.rstrip().endswith(":"))


def _dated(text: str, stored: Stored, today: Today, language: str) -> str | float:
    """A date cell's serial, in the workbook's own date system (its number format kept shows it); a date
    written as text, today's date written the same way (``dated_as_written``)."""
    if stored.number:
        return today.serial()
    return dated_as_written(text, today.date, language)


# A canvas without cells to patch: the changes made in the model, written as a new workbook.

Edit = Callable[[], None]


def apply_to_model(
    canvas: Canvas,
    decisions: list[Decision],
    applied: Applied,
    changes: Path,
    today: dt.date,
    partial: bool,
    notes: list[tuple[TeamNote, Item]] | None = None,
) -> Applied:
    """The decided rows made in ``canvas``, written to ``applied.out`` as a new workbook in canvasgen's
    template; rows are checked as for a workbook."""
    edits: list[Edit] = []  # made only once every row has been checked
    touched: dict[str, tuple[list[Item], list[Change]]] = {}  # a lane's cell, with the rows that change it
    applied.skipped += each_decision(
        decisions, lambda d: edits.append(_edit(d, canvas, applied, touched, changes)), changes, True
    )
    if not edits:
        return _refused(applied, partial)
    for edit in edits:
        edit()
    texts = {where: cell_text(cell) for where, (cell, _) in touched.items()}
    kpi_cells = [c for j in canvas.journeys for lane in j.lanes if lane.kind is LaneKind.KPIS for c in lane.cells]
    for where, (cell, rows) in touched.items():
        meant = [one_line(i.text) for i in cell]
        always = any(cell is kpi for kpi in kpi_cells)
        # one card alone is written as one card (``model_book``'s list of such cells), but in a KPI lane
        one = len(meant) == 1 and not always
        read = [line_item(meant[0]) or ""] if one else split_items(texts[where], always)
        applied.warnings += read_back_warnings(meant, read, rows, changes, where)
    errors = too_long(texts, {where: rows for where, (_, rows) in touched.items()}, changes)
    if errors:
        raise CanvasErrors(errors if partial else [*applied.skipped, *errors])
    _refused(applied, partial)
    applied.version = _stamped(canvas, today, canvas_language(canvas))
    applied.dated, applied.date_field = today, True  # every journey's date field: the template's
    for journey in canvas.journeys:  # two phases of one name stay two: the second numbered
        for phase, written in zip(journey.phases, written_phases(journey)):
            if phase.unnamed and written:
                applied.warnings.append(
                    CanvasWarning(
                        Location.of(applied.out),
                        f"the phase the canvas left without a name holds nothing any more; it is written under the "
                        f"name {written!r} it was read with, so that it stays a phase: name it, or take its column out",
                    )
                )
            elif written and written != (phase.written or phase.name):  # "": a blank header kept blank
                applied.warnings.append(
                    CanvasWarning(
                        Location.of(applied.out),
                        f"the phase {(phase.written or phase.name)!r} is "
                        f"there twice; the second is written {written!r}, so that it "
                        "stays a phase of its own",
                    )
                )
    for journey in canvas.journeys:  # a phase's steps kept a column each where simple, else become one column
        for phase in (p for p in journey.phases if p.steps > 1 and step_columns(journey) is None):
            applied.warnings.append(
                CanvasWarning(
                    Location.of(applied.out),
                    f"the phase {(phase.written or phase.name)!r} spans {phase.steps} steps; the new workbook writes "
                    "it as one column, its steps' words one under the other",
                )
            )
    applied.warnings.extend(_lines_joined(canvas, applied.out))
    for label, written in scales_written(canvas):
        applied.warnings.append(
            CanvasWarning(
                Location.of(applied.out),
                f"the score row {label!r} is written {written!r}: a row that names no scale is read on -2..+2, "
                "and its scores would read back on another scale than the team's",
            )
        )
    book = workbook_of(canvas, canvas_language(canvas))
    applied.kept_notes = comment_notes(book, notes or [])
    kept = {note for note, _ in applied.kept_notes}
    removed = {d.card.id for d in decisions if d.card is not None and d.new is None and not d.moved}
    applied.left_notes |= {
        note: (NoteLeft.REMOVED if note.card_id in removed else NoteLeft.NO_CELL, "")
        for note, _ in notes or []
        if note not in kept
    }
    save_workbook(book, applied.out)
    applied.written = True
    return applied


def _lines_joined(canvas: Canvas, out: Path) -> list[CanvasWarning]:
    """The cards of several lines (a Mermaid task's ``<br>``) the new workbook writes on one line — a cell's
    lines are its cards, so the break would make two cards of one — said once, with where they came from."""
    joined = [
        item
        for journey in canvas.journeys
        for lane in journey.lanes
        for cell in lane.cells
        for item in cell
        if "\n" in item.text.strip()
    ]
    if not joined:
        return []
    shown = ", ".join(f"'{excerpt(' / '.join(i.text.splitlines()))}' ({i.source or 'its cell'})" for i in joined[:4])
    more = f" and {len(joined) - 4} more" if len(joined) > 4 else ""
    return [
        CanvasWarning(
            Location.of(out),
            f"{len(joined)} card(s) of several lines written on one line, each a card still: {shown}{more} — in a "
            "workbook a cell's lines are its cards, so a line break inside a card would make two of it",
        )
    ]


def _edit(
    decision: Decision,
    canvas: Canvas,
    applied: Applied,
    touched: dict[str, tuple[list[Item], list[Change]]],
    changes: Path,
) -> Edit:
    change, card, new = decision.change, decision.card, decision.new
    _one_figure_typed(decision, canvas)  # as against a workbook's cells: the new workbook's cell reads the same
    if card is None:
        journey, phase, lane = new_card_place(change, canvas)
        cell = lane.cells[phase]
        touched.setdefault(f"{journey.name} · {journey.phases[phase].name} · {lane.heading}", (cell, []))[1].append(
            change
        )
        applied.count(decision)
        return lambda: cell.append(Item(change.new_text))
    if card.kind == SCORE_LANE:
        assert card.journey is not None and card.phase is not None
        said: list[str] = []
        score, face, words = _typed_score(card, new, canvas, change, said)
        if words:  # the new workbook's score cell is the template's: its words are a card of their own
            typed_face = face or leading_face((new or "").strip().partition(" ")[2])[0]  # "+1 😕 snel"
            with_face = f" (its face {typed_face} may stay with it)" if typed_face else ""
            raise Rejected(
                f"the score of {card.phase_name!r} is written alone in the new workbook: type the score alone "
                f"here{with_face}, and the words ({words!r}) as a new card of its lane under the line",
                typed_in(change),
            )
        typed_at = Location.of(changes, change.sheet, change.cell(typed_in(change)))
        applied.warnings += [CanvasWarning(typed_at, f"row {change.row}: {what}") for what in said]
        scores = canvas.journeys[card.journey].scores[card.phase]
        score_cell = score.source if score is not None and score.source is not None else card.phase_name
        if face is None:  # a face the team typed is theirs: never said as kept
            applied.warnings += _face_kept(score, change, score_cell, changes, canvas_language(canvas))
        applied.count(decision)
        # a step's score row (F5.1-SC) changes that step's score only; a phase's row, the phase's one score
        step = next((n for n, s in enumerate(scores) if len(scores) > 1 and s.source == card.item.source), None)
        if step is not None:
            return lambda: scores.__setitem__(slice(step, step + 1), [] if score is None else [score])
        return lambda: scores.__setitem__(slice(None), [] if score is None else [score])
    figures = figures_at(canvas, card.item) if card.kind == "touchpoint" else []
    if new is None:
        applied.count(decision)
        return lambda: _remove(canvas, card, figures)
    if card.journey is not None and card.phase is not None:
        journey = canvas.journeys[card.journey]
        lane = next(lane for lane in journey.lanes if any(i is card.item for i in lane.cells[card.phase]))
        where = f"{journey.name} · {journey.phases[card.phase].name} · {lane.heading}"
        touched.setdefault(where, (lane.cells[card.phase], []))[1].append(change)
    elif len(new) > 32_767:
        raise Rejected(f"card {card.id}'s new text has {len(new):,} characters, over Excel's 32,767 in a cell")
    applied.count(decision)

    def rename() -> None:
        for item in [card.item, *(m.touchpoint for m in figures if m.touchpoint is not None)]:
            item.text = new

    return rename


def _remove(canvas: Canvas, card: Card, figures: list[Metric]) -> None:
    """Take a card's item out of what holds it: its lane's cell, the touchpoints, a persona; a removed
    touchpoint's figures stay with their phase (without one, they go with it)."""
    item = card.item
    for metric in figures:
        metric.touchpoint = None
    canvas.metrics[:] = [m for m in canvas.metrics if not (m in figures and m.phase is None)]
    for journey in canvas.journeys:
        for lane in journey.lanes:
            for cell in lane.cells:
                if any(i is item for i in cell):
                    cell[:] = [i for i in cell if i is not item]
                    return
    canvas.touchpoints[:] = [tp for tp in canvas.touchpoints if tp.name is not item]
    for persona in canvas.personas:
        if persona.name is item:
            persona.name = None
        for key in [k for k, v in persona.fields.items() if v is item]:
            del persona.fields[key]


def _stamped(canvas: Canvas, today: dt.date, language: str) -> str | None:
    """Each journey's version raised where it has one, and its date set to today: written as its date was
    written (``dated_as_written``), a date where the canvas held one as a date; where the canvas has none, as a
    date in the new workbook's date field (the template's, formatted as a date), as ``apply`` fills a blank
    *Datum* of a workbook it patches."""
    shown = None
    for journey in canvas.journeys:
        version = journey.meta.get("version")
        if version is not None:
            version.text = shown = raised(version.text)
            version.value = None
        written = journey.meta.get("date")
        if written is None or _as_a_whole_date(written, language):  # a date: written as one (``model_book``)
            journey.meta["date"] = Item(shown_when(today, None, language), value=today.isoformat())
        else:
            journey.meta["date"] = Item(dated_as_written(written.text, today, language))
    return shown


def _as_a_whole_date(item: Item, language: str) -> bool:
    """Whether a date item was a date cell that showed the whole date, as the template's date cell shows one
    ("20 november 2026"); not a date written as text ("12-11-2026"), nor one shown in part ("nov 2026")."""
    try:
        day = dt.date.fromisoformat(item.value) if isinstance(item.value, str) else None
    except ValueError:
        return False
    return day is not None and item.text == shown_when(day, None, language)
