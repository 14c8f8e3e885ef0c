"""Writing the canvas workbook: the blank template, or one filled from a spec.

The layout written here is the one the reader expects first: a metadata block,
a "Fase"/"Phase" row with the phases across, lane labels down column A, the
score row under the experience lane; plus Touchpoints, Personas and an
Instructions sheet. Drop-down lists keep values that come from a list clean.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.figures import PERCENT, FigureError, parse_figure, percent_format, percent_share
from canvasgen.layout.questions import workshop_hint
from canvasgen.model import CORE_LANES, OPTIONAL_LANES, SCORE_LANE, LaneKind
from canvasgen.read.grid import COMMENT_AUTHOR
from canvasgen.render.xlsx.book import new_workbook, save_workbook
from canvasgen.render.xlsx.cells import set_text
from canvasgen.vocabulary.roles import lane_role
from canvasgen.vocabulary.scores import scale_in_label
from canvasgen.words import (
    INSTRUCTIONS,
    LANE_LABELS,
    LANE_QUESTIONS,
    META_LABELS,
    METRIC_COLUMNS,
    METRIC_NAMES,
    PERSONA_COLUMNS,
    TOUCHPOINT_COLUMNS,
    WORDS,
)

if TYPE_CHECKING:
    from canvasgen.layout.questions import Customer

META_ROW = 3  # first metadata row
PHASE_ROW = 10
FIRST_LANE_ROW = PHASE_ROW + 1
BLANK_RECORD_ROWS = 60  # rows with drop-downs in the Touchpoints and Personas sheets

_INK = "1F2933"
_HEAD_FILL = PatternFill("solid", fgColor="1D4E5F")
_LABEL_FILL = PatternFill("solid", fgColor="E4EEF1")
_SCORE_FILL = PatternFill("solid", fgColor="FFF6DA")
_META_FILL = PatternFill("solid", fgColor="F4F6F8")
_THIN = Side(style="thin", color="B8C4CC")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")


@dataclass
class JourneySheet:
    """One journey's canvas sheet. ``lanes`` are lane kinds or custom labels."""

    phases: list[str]
    lanes: list[str]
    name: str | None = None  # sheet name; the language's default when None
    meta: dict[str, str | dt.date] = field(default_factory=dict)
    content: dict[str, list[str]] = field(default_factory=dict)  # lane -> text per phase
    scores: list[float | str | None] = field(default_factory=list)  # a score with a face or words as text
    #: lane -> the runs of phases (first, last index) one merged cell covers: one card written once
    merged: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    #: The score row's label as the team wrote it ("Bewertung"); None: the template's own.
    score_label: str | None = None
    #: Score rows of their own scale, by label: their numbers per phase, written as numbers.
    numbers: dict[str, list[float | str | None]] = field(default_factory=dict)
    #: The phase row's corner as the team wrote it ("Fase"); None: the template's own word.
    phase_label: str | None = None
    #: The columns (first, last index of ``phases``) one phase's name is merged over: a phase of several steps,
    #: a column a step (the names of its further columns are "").
    phase_spans: list[tuple[int, int]] = field(default_factory=list)
    #: The details' labels as the team wrote them ("Opdrachtgever"), by key; the template's own for the others.
    meta_labels: dict[str, str] = field(default_factory=dict)
    #: The role of a lane written under a label of the team's (``model_book``: "Wat doet de patiënt?" a customer
    #: lane), by its key in ``lanes``: the question beside its label is its role's.
    kinds: dict[str, LaneKind] = field(default_factory=dict)
    #: The team's own words for the customer ("de patiënt", ``team_customer``), in those questions.
    customer: Customer | None = None


@dataclass
class WorkbookSpec:
    lang: str
    journeys: list[JourneySheet]
    touchpoints: list[list[str]] = field(default_factory=list)
    personas: list[list[str | int | float]] = field(default_factory=list)  # a number as the team typed it
    metrics: list[list[str]] = field(default_factory=list)  # phase, touchpoint, metric, value, target, period
    #: A B2B journey's (``--model b2b7``): the Personas sheet asks each one's role in the buying group, where
    #: a consumer's or a resident's journey asks a role ("Rol").
    buying_group: bool = False


def own_score_label(lane: str) -> bool:
    """Whether a lane the team asks of the template (``--lanes "Cijfer (1-10)"``) is the score row under their
    own label: a score word ("Cijfer", "Rating"), or a scale in brackets ("Tevredenheid (1-10)"). A lane of
    canvasgen's own kind ("emotions") is not."""
    if lane in OPTIONAL_LANES:
        return False
    return lane_role(lane).kind == SCORE_LANE or ("(" in lane and scale_in_label(lane) is not None)


class ScoreRowsError(ValueError):
    """The team asked the template for score rows of different scales: one row scores the phases."""


def score_labels(optional: list[str]) -> list[str]:
    """The lanes asked of the template that are its score row under the team's own label, in their order."""
    return [lane for lane in optional if own_score_label(lane)]


def template_journey(phases: list[str], optional: list[str]) -> JourneySheet:
    """The blank template's canvas: the score row under the team's own score label where they give one, never
    beside the template's own: one row scores the phases. Two labels of one scale ("Score" and "Ervaringsscore
    (-2 t/m +2)") are that one row, under the first (the command says so); two scales are refused
    (``ScoreRowsError``), as no one row holds both."""
    asked = score_labels(optional)
    scales = {score_scale(label) for label in asked}
    if len(scales) > 1:
        named = ", ".join(f"{label!r} ({'..'.join(_ends(score_scale(label)))})" for label in asked)
        raise ScoreRowsError(
            f"--lanes asks for score rows on different scales: {named}; one row scores the phases, so give one of them"
        )
    lanes = default_lanes([lane for lane in optional if lane not in asked])
    return JourneySheet(phases, lanes, score_label=asked[0] if asked else None)


def score_scale(label: str | None) -> tuple[float, float]:
    """The scale a score row's label scores on: the one it names, else the template's -2..+2."""
    return (scale_in_label(label) if label else None) or (-2.0, 2.0)


def _ends(scale: tuple[float, float]) -> tuple[str, str]:
    """A scale's ends as the instructions write them: "-2" and "+2", "1" and "10"."""
    low, high = scale
    return f"{low:g}", f"+{high:g}" if low < 0 else f"{high:g}"


def default_lanes(optional: list[str] | None = None) -> list[str]:
    """The four core lanes with the score row under experience, then the optional lanes."""
    lanes: list[str] = list(CORE_LANES)
    lanes.insert(lanes.index("experience") + 1, SCORE_LANE)
    return lanes + [lane for lane in (optional or []) if lane not in lanes]


def write_workbook(spec: WorkbookSpec, path: Path) -> None:
    workbook = build_workbook(spec)
    save_workbook(workbook, path)


def build_workbook(spec: WorkbookSpec) -> Workbook:
    words = WORDS[spec.lang]
    workbook = new_workbook()  # a template is white label: the team's own file to fill in
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    canvas_sheets = []
    for journey in spec.journeys:
        ws = workbook.create_sheet(journey.name or words["canvas_sheet"])
        _write_canvas(ws, journey, spec.lang)
        canvas_sheets.append(ws)
    phase_list = _phase_range(canvas_sheets[0], len(spec.journeys[0].phases))
    _write_records(
        workbook.create_sheet(words["touchpoints_sheet"]),
        TOUCHPOINT_COLUMNS[spec.lang],
        spec.touchpoints,
        widths=(22, 30, 18, 24, 36, 18, 18, 16, 14, 20, 18),
        lists={
            0: phase_list,
            2: _inline(words["channels"]),
            7: _inline(words["yes_no_partly"]),
            8: _inline(words["yes_no"]),
            10: _inline(words["yes_no"]),
        },
        lang=spec.lang,
    )
    touchpoint_sheet = quote_sheetname(words["touchpoints_sheet"])
    _write_records(
        workbook.create_sheet(words["personas_sheet"]),
        _persona_columns(spec),
        spec.personas,
        widths=(24, 28, 40, 40, 40, 28, 36),
        lists={},
        lang=spec.lang,
    )
    metrics = workbook.create_sheet(words["metrics_sheet"])
    _write_records(
        metrics,
        METRIC_COLUMNS[spec.lang],
        [],
        widths=(22, 30, 26, 14, 14, 18),
        lists={
            0: phase_list,
            1: f"{touchpoint_sheet}!$B$2:$B${BLANK_RECORD_ROWS}",
            2: _inline(",".join(METRIC_NAMES[spec.lang])),
        },
        lang=spec.lang,
    )
    _write_figures(metrics, spec.metrics, spec.lang)
    _write_instructions(
        workbook.create_sheet(words["instructions_sheet"]), spec.lang, _score_row(spec.journeys[0], spec.lang)
    )
    workbook.active = 0
    return workbook


def lane_label(lane: str, lang: str) -> str:
    return LANE_LABELS[lang].get(lane, lane)


def _write_canvas(ws: Worksheet, journey: JourneySheet, lang: str) -> None:
    words, meta_labels = WORDS[lang], META_LABELS[lang]
    ws["A1"] = words["heading"]
    ws["A1"].font = Font(bold=True, size=18, color=_INK)
    for offset, (key, label) in enumerate(meta_labels.items()):
        row = META_ROW + offset
        _meta_label(ws.cell(row, 1), journey.meta_labels.get(key, label))
        value_cell = ws.cell(row, 2)
        set_text(value_cell, journey.meta.get(key))
        for col in (2, 3):
            ws.cell(row, col).fill = _META_FILL
            ws.cell(row, col).border = _BOX
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)  # room for long values
        value_cell.alignment = Alignment(horizontal="left")
        if key == "date":
            value_cell.number_format = "yyyy-mm-dd"
        if key == "scenario":
            _add_list(ws, _inline(words["scenarios"]), f"B{row}", lang)

    last_col = 1 + len(journey.phases)
    corner = ws.cell(PHASE_ROW, 1)
    set_text(corner, words["phase"] if journey.phase_label is None else journey.phase_label)  # "": left blank
    for col, name in enumerate(journey.phases, start=2):
        set_text(ws.cell(PHASE_ROW, col), name)  # a name the user gave: text, even "=1+1"
    for col in range(1, last_col + 1):
        cell = ws.cell(PHASE_ROW, col)
        cell.font = Font(bold=True, color="FFFFFF", size=12)
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = _BOX
    corner.alignment = Alignment(vertical="center")

    for row, lane in enumerate(journey.lanes, start=FIRST_LANE_ROW):
        label = ws.cell(row, 1)
        # a second lane of one label is keyed with a space after it (``model_book._free``): written as the team's
        written = journey.score_label if lane == SCORE_LANE and journey.score_label else lane_label(lane, lang).rstrip()
        set_text(label, written)
        label.font = Font(bold=True, color=_INK)
        label.fill = _LABEL_FILL
        label.alignment = _WRAP_TOP
        label.border = _BOX
        # the question the workshop will ask of this lane, where the team fills it in
        kind = SCORE_LANE if lane in journey.numbers else journey.kinds.get(lane) or _kind(lane)  # a score row too
        label.comment = Comment(_hint(kind, written, lang, journey.customer), COMMENT_AUTHOR, width=300, height=80)
        texts = journey.content.get(lane, [])
        for col in range(2, last_col + 1):
            cell = ws.cell(row, col)
            cell.alignment = _WRAP_TOP if lane != SCORE_LANE else Alignment(horizontal="center", vertical="center")
            cell.border = _BOX
            index = col - 2
            numbers = journey.scores if lane == SCORE_LANE else journey.numbers.get(lane)
            if numbers is not None:
                cell.fill = _SCORE_FILL
                value = numbers[index] if index < len(numbers) else None
                if isinstance(value, str):
                    set_text(cell, value)  # "-1 😕 lange wachttijd": text, even "=..."
                elif value is not None:
                    cell.value = value
            elif index < len(texts) and texts[index]:
                set_text(cell, texts[index])
        ws.row_dimensions[row].height = 30 if lane == SCORE_LANE else 120
        _score_list(ws, journey, (lane, written), f"B{row}:{get_column_letter(last_col)}{row}", lang)

    _merge_runs(ws, journey)
    ws.column_dimensions["A"].width = 30
    for col in range(2, last_col + 1):
        ws.column_dimensions[get_column_letter(col)].width = 34
    ws.row_dimensions[PHASE_ROW].height = 32
    ws.freeze_panes = ws.cell(FIRST_LANE_ROW, 2)
    _print_setup(ws, landscape=True)
    ws.print_title_rows = f"{PHASE_ROW}:{PHASE_ROW}"
    ws.print_title_cols = "A:A"
    ws.print_area = f"A1:{get_column_letter(last_col)}{FIRST_LANE_ROW + len(journey.lanes) - 1}"


def _meta_label(cell: Cell, label: str) -> None:
    """A detail's label, the team's own words where they gave them ("Opdrachtgever"): text, whatever it starts with."""
    set_text(cell, label)
    cell.font = Font(bold=True, color=_INK)


def _template_scale(score_label: str | None) -> bool:
    """Whether the score row scores from -2 to +2, the drop-down's list: the template's own label, or one of
    the team's naming that scale or none ("Rating"); a label of its own scale ("Cijfer (1-10)") gets a list of
    its own (``_own_scale``), never one that warns on its scores."""
    return score_label is None or scale_in_label(score_label) in (None, (-2.0, 2.0))


def _kind(lane: str) -> LaneKind | None:
    """A template lane's kind; None for a label of the team's own."""
    return LaneKind(lane) if lane in LaneKind.__members__.values() else None


def _merge_runs(ws: Worksheet, journey: JourneySheet) -> None:
    """A lane's cell that one item covers over phases side by side (``JourneySheet.merged``) merged, once; and a
    phase's name over its steps' columns (``JourneySheet.phase_spans``: read back as one phase of steps)."""
    for first, last in journey.phase_spans:
        if last > first:
            ws.merge_cells(start_row=PHASE_ROW, start_column=2 + first, end_row=PHASE_ROW, end_column=2 + last)
    for row, lane in enumerate(journey.lanes, start=FIRST_LANE_ROW):
        for first, last in journey.merged.get(lane, []):
            ws.merge_cells(start_row=row, start_column=2 + first, end_row=row, end_column=2 + last)


def _phase_range(ws: Worksheet, count: int) -> str:
    last = get_column_letter(1 + count)
    return f"{quote_sheetname(ws.title)}!$B${PHASE_ROW}:${last}${PHASE_ROW}"


def _write_records(
    ws: Worksheet,
    headers: tuple[str, ...],
    rows: Sequence[Sequence[str | int | float]],
    widths: tuple[int, ...],
    lists: dict[int, str],
    lang: str,
) -> None:
    for col, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(1, col)
        set_text(cell, header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            if value not in (None, ""):
                set_text(ws.cell(r, c), value)
    last_row = max(len(rows) + 1, BLANK_RECORD_ROWS)
    for r in range(2, last_row + 1):
        for c in range(1, len(headers) + 1):
            ws.cell(r, c).alignment = _WRAP_TOP
    for col, formula in lists.items():
        letter = get_column_letter(col + 1)
        _add_list(ws, formula, f"{letter}2:{letter}{last_row}", lang)
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    _print_setup(ws, landscape=True)
    ws.print_title_rows = "1:1"


def _write_figures(ws: Worksheet, rows: list[list[str]], lang: str) -> None:
    """Figures stored as Excel stores what people type: "2,4%" as 0.024 shown as a percentage."""
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c)
            if c not in (4, 5) or not value:
                if value:
                    set_text(cell, value)
                continue
            try:
                figure = parse_figure(value, lang)
            except FigureError:
                set_text(cell, value)
                continue
            if figure.unit == PERCENT:
                cell.value, cell.number_format = percent_share(figure.value), percent_format(figure.places)
            elif figure.unit:
                cell.value, cell.number_format = figure.value, f'"{figure.unit}" #,##0'
            else:
                cell.value = figure.value


def _persona_columns(spec: WorkbookSpec) -> tuple[str, ...]:
    """The Personas sheet's headers: "Rol in de inkoopgroep" for a buying group only, else "Rol"."""
    name, role, *rest = PERSONA_COLUMNS[spec.lang]
    return (name, role if spec.buying_group else WORDS[spec.lang]["persona_role"], *rest)


def _score_row(journey: JourneySheet, lang: str) -> str:
    """The label of the row that scores the phases, as the canvas sheet writes it: the team's own where they gave
    one (a score row of its own scale in a new workbook of ``apply``'s: the first), else the template's."""
    if SCORE_LANE in journey.lanes and journey.score_label:
        return journey.score_label
    if SCORE_LANE not in journey.lanes and journey.numbers:
        return next(iter(journey.numbers))
    return lane_label(SCORE_LANE, lang)


def _hint(kind: LaneKind | None, written: str, lang: str, customer: Customer | None = None) -> str:
    """The question beside a lane's label (``workshop_hint``, of the team's ``customer``); a score row's with the
    scale its label names."""
    hint = workshop_hint(kind, lang, customer)
    scale = score_scale(written)
    if kind != SCORE_LANE or scale == (-2.0, 2.0):
        return hint
    low, high = _ends(scale)
    own = WORDS[lang]["score_per_phase"].format(low=low, high=high)
    return hint.replace(LANE_QUESTIONS[lang][SCORE_LANE], own)


def _write_instructions(ws: Worksheet, lang: str, score_row: str) -> None:
    """The instructions, naming the score row as the canvas sheet labels it, with its scale (the team's own
    label in place of the template's: ``template --lanes "Cijfer (1-10)"``)."""
    lines = INSTRUCTIONS[lang]
    low, high = _ends(score_scale(score_row))
    ws["A1"] = lines[0]
    ws["A1"].font = Font(bold=True, size=16, color=_INK)
    row = 3
    for line in lines[1:]:
        if "{row}" in line:
            line = line.format(row=score_row, low=low, high=high)
        cell = ws.cell(row, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if not line[0].isdigit():
            cell.font = Font(bold=True, size=12, color=_INK)
        row += 1
    for lane in (*default_lanes(), *OPTIONAL_LANES):
        label = score_row if lane == SCORE_LANE else lane_label(lane, lang)
        hint = _hint(_kind(lane), label, lang).replace("\n", " ")
        set_text(ws.cell(row, 1), f"{label}: {hint}")
        ws.cell(row, 1).alignment = _WRAP_TOP
        row += 1
    ws.column_dimensions["A"].width = 110
    _print_setup(ws, landscape=False)


def _inline(values: str) -> str:
    return f'"{values}"'


def _score_list(ws: Worksheet, journey: JourneySheet, lane: tuple[str, str], cells: str, lang: str) -> None:
    """A score row's drop-down (``lane``: its key and its label as written): the template's -2..+2, or the
    scores of the scale its label names ("Score (1-5)": 1 to 5), never one that warns on the team's scores."""
    key, written = lane
    if key == SCORE_LANE and _template_scale(journey.score_label):
        _add_list(ws, '"-2,-1,0,1,2"', cells, lang, "score")
    elif (key == SCORE_LANE or key in journey.numbers) and (steps := _own_scale(written)) is not None:
        _add_list(ws, _inline(",".join(steps)), cells, lang, "scale", (steps[0], steps[-1]))


def _own_scale(label: str) -> list[str] | None:
    """The scores of the scale a score row's label names, where a drop-down can list them (whole numbers, eleven
    at most: "Cijfer (1-10)", "NPS (0-10)", "Score (1-5)"); None for none, or the template's -2..+2."""
    scale = scale_in_label(label)
    if scale is None or scale == (-2.0, 2.0) or not all(v.is_integer() for v in scale) or scale[1] - scale[0] > 10:
        return None
    return [f"{step:g}" for step in range(int(scale[0]), int(scale[1]) + 1)]


def _add_list(
    ws: Worksheet, formula: str, ref: str, lang: str, kind: str = "list", scale: tuple[str, str] = ("", "")
) -> None:
    validation = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False)
    # openpyxl leaves showErrorMessage off, and then Excel shows no message at all
    validation.showErrorMessage = True
    title, error = WORDS[lang][f"{kind}_error_title"], WORDS[lang][f"{kind}_error"]
    if kind == "scale":  # the scale's ends in the words ("Kies een score van 1 (slecht) tot 10 (goed).")
        title, error = (text.format(low=scale[0], high=scale[1]) for text in (title, error))
    validation.errorTitle, validation.error = title, error
    validation.errorStyle = "warning"  # a warning, not a stop: people may type their own value
    ws.add_data_validation(validation)
    validation.add(ref)


def _print_setup(ws: Worksheet, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if landscape else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
