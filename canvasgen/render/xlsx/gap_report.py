"""The gap analysis as a workbook an agency edits: actions with owner and status drop-downs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.analysis.gaps import KINDS, Action, GapReport, Side, located, ordered
from canvasgen.analysis.match import Pair
from canvasgen.analysis.report import likeness
from canvasgen.figures import format_scores
from canvasgen.model import Item
from canvasgen.render.xlsx.book import new_workbook, save_workbook
from canvasgen.render.xlsx.cells import set_text
from canvasgen.render.xlsx.written import stamp
from canvasgen.words import GAP_SHEETS as SHEETS
from canvasgen.words import GAP_WORDS

_HEAD = PatternFill("solid", fgColor="1D4E5F")
_TWO_PLACES = "0.00"  # Excel shows it with the reader's own decimal mark


def write_gap_report(
    report: GapReport, extra: list[Action], owners: list[str], language: str, path: Path, author: str = ""
) -> None:
    s, w = SHEETS[language], GAP_WORDS[language]
    wb = new_workbook(author)
    actions = wb.active
    assert actions is not None
    actions.title = s["actions"]
    rows = [
        [
            a.phase,
            a.text(language),
            w[a.kind],
            w[a.priority],
            "",
            s["statuses"].split(",")[0],
            located(a.source, a.side, language),
        ]
        for a in ordered(report.actions + extra)
    ]
    _sheet(
        actions,
        [s["phase"], s["action"], s["kind"], s["priority"], s["owner"], s["status"], s["cell"]],
        rows,
        (22, 60, 14, 12, 20, 14, 16),
    )
    last = max(len(rows) + 1, 50)
    # The drop-downs' choices stand on a hidden sheet and are referred to by range: an owner may hold
    # quotes or commas (`Team "Web"`, `Sales, Noord`), which an inline list cannot carry.
    lists = _Lists(wb.create_sheet(s["lists"]))
    owner_names = [o for o in dict.fromkeys(o.strip() for o in owners if o) if o]
    if owner_names:
        lists.drop_down(actions, owner_names, f"E2:E{last}")
    lists.drop_down(actions, s["statuses"].split(","), f"F2:F{last}")
    lists.drop_down(actions, [w[kind] for kind in KINDS], f"C2:C{last}")
    lists.drop_down(actions, [w["high"], w["medium"], w["low"]], f"D2:D{last}")

    def items_sheet(title: str, side: Side, items: list[tuple[str, str, Item]]) -> None:
        """A sheet of items, one a row: its phase, lane, text and the cell it was read from."""
        rows = [[phase, lane, i.text, located(i.source, side, language)] for phase, lane, i in items]
        _sheet(wb.create_sheet(title), [s["phase"], s["lane"], s["item"], s["cell"]], rows, (22, 20, 60, 16))

    # a phase that could not be aligned: its items missing now (the ideal's) or left behind (today's), not lost
    missing = [(g.phase, lane, i) for g in report.phases for lane, i in g.missing]
    items_sheet(s["missing"], Side.IDEAL, missing + report.unaligned_ideal_items)
    items_sheet(
        s["without"], Side.CURRENT, [(g.current_phase, lane, i) for g in report.phases for lane, i in g.without_effect]
    )
    pairs = [(g.phase, lane, p) for g in report.phases for lane, p in g.pairs]
    # a pair made under the threshold by the verb both begin with says why, beside a likeness that would not pair it
    whys = [_under_threshold(p, report.threshold, language) for _, _, p in pairs]
    said = any(whys)
    _sheet(
        wb.create_sheet(s["pairs"]),
        [s["phase"], s["lane"], s["ideal"], s["current"], s["similarity"], *([s["pair_why"]] if said else [])],
        [
            [phase, lane, p.left.text, p.right.text, p.score, *([why] if said else [])]
            for (phase, lane, p), why in zip(pairs, whys, strict=True)
        ],
        (22, 20, 45, 45, 12, 50),
        {5: _TWO_PLACES},
    )
    _sheet(
        wb.create_sheet(s["scores"]),
        [s["phase"], s["ideal"], s["current"], s["gap"]],
        [
            [g.phase, _score(g.ideal_values, language), _score(g.current_values, language), _difference(g.gap_on_scale)]
            for g in report.phases
        ],
        (22, 14, 14, 12),
        {4: _TWO_PLACES},
    )
    # after the sheets of earlier versions, which a team's own sheets may refer to by place
    left_behind = [(g.current_phase, lane, i) for g in report.phases for lane, i in g.left_behind]
    items_sheet(s["left_behind"], Side.CURRENT, left_behind + report.unaligned_current_items)
    wb.move_sheet(lists.sheet, len(wb.sheetnames) - 1 - wb.sheetnames.index(lists.sheet.title))  # last, out of sight
    stamp(wb)  # so that a copy filled in (owner, status) is never replaced by the next run
    save_workbook(wb, path)


def _difference(gap: float | None) -> float | None:
    """The difference as a number; an empty cell where a journey has no score for the phase, as the
    terminal and the PDF say "– → 5": a missing score is no difference of 0."""
    return None if gap is None else round(gap, 3)


def _score(values: list[float], language: str) -> float | str:
    """A phase's score as a number (Excel shows it in the reader's own way); several scores as text."""
    return values[0] if len(values) == 1 else format_scores(values, language)


def _under_threshold(pair: Pair, threshold: float, language: str) -> str:
    """Why a pair under the threshold is one (``report.likeness`` without the likeness the sheet has a column
    for); "" for a pair its likeness made."""
    return likeness(pair, threshold, language).partition("; ")[2]


def _sheet(
    ws: Worksheet,
    headers: list[str],
    rows: Sequence[Sequence[object]],
    widths: tuple[int, ...],
    formats: dict[int, str] | None = None,
) -> None:
    """A sheet of ``rows`` under ``headers``; numbers stay numbers, in ``formats`` by column (1-based)."""
    for c, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(1, c)
        set_text(cell, header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEAD
        ws.column_dimensions[get_column_letter(c)].width = width
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            set_text(cell, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, (int, float)) and formats and c in formats:
                cell.number_format = formats[c]
    ws.freeze_panes = "A2"


class _Lists:
    """A hidden sheet of choice lists, one column each, for drop-downs elsewhere in the workbook."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        sheet.sheet_state = "hidden"
        self.columns = 0

    def drop_down(self, target: Worksheet, choices: list[str], ref: str) -> None:
        self.columns += 1
        column = get_column_letter(self.columns)
        for row, choice in enumerate(choices, start=1):
            set_text(self.sheet.cell(row, self.columns), choice)
        title = self.sheet.title.replace("'", "''")
        formula = f"'{title}'!${column}$1:${column}${len(choices)}"
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        target.add_data_validation(validation)
        validation.add(ref)
