"""The gap analysis as a workbook an agency edits: actions with owner and status drop-downs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.analysis.gaps import Action, GapReport, ordered
from canvasgen.excel.cells import set_text
from canvasgen.fileio import write_atomically
from canvasgen.words import GAP_SHEETS as SHEETS
from canvasgen.words import GAP_WORDS

_HEAD = PatternFill("solid", fgColor="1D4E5F")


def write_gap_report(report: GapReport, extra: list[Action], owners: list[str], language: str, path: Path) -> None:
    s, w = SHEETS[language], GAP_WORDS[language]
    wb = Workbook()
    actions = wb.active
    assert actions is not None
    actions.title = s["actions"]
    rows = [[a.phase, a.action, w[a.kind], w[a.priority], "", s["statuses"].split(",")[0], a.source]
            for a in ordered(report.actions + extra)]  # fmt: skip
    _sheet(actions, [s["phase"], s["action"], s["kind"], s["priority"], s["owner"], s["status"], s["cell"]], rows,
           (22, 60, 14, 12, 20, 14, 16))  # fmt: skip
    last = max(len(rows) + 1, 50)
    owner_list = ",".join(dict.fromkeys(o for o in owners if o and "," not in o))[:250]
    if owner_list:
        _list(actions, f'"{owner_list}"', f"E2:E{last}")
    _list(actions, f'"{s["statuses"]}"', f"F2:F{last}")
    _list(actions, f'"{w["start"]},{w["stop"]},{w["improve"]}"', f"C2:C{last}")
    _list(actions, f'"{w["high"]},{w["medium"]},{w["low"]}"', f"D2:D{last}")
    _sheet(
        wb.create_sheet(s["missing"]),
        [s["phase"], s["lane"], s["item"], s["cell"]],
        [[g.phase, lane, i.text, str(i.source)] for g in report.phases for lane, i in g.missing],
        (22, 20, 60, 16),
    )
    _sheet(
        wb.create_sheet(s["without"]),
        [s["phase"], s["lane"], s["item"], s["cell"]],
        [[g.current_phase, lane, i.text, str(i.source)] for g in report.phases for lane, i in g.without_effect],
        (22, 20, 60, 16),
    )
    _sheet(
        wb.create_sheet(s["pairs"]),
        [s["phase"], s["lane"], s["ideal"], s["current"], s["similarity"]],
        [[g.phase, lane, p.left.text, p.right.text, p.score] for g in report.phases for lane, p in g.pairs],
        (22, 20, 45, 45, 12),
    )
    _sheet(
        wb.create_sheet(s["scores"]),
        [s["phase"], s["ideal"], s["current"], s["gap"]],
        [[g.phase, g.ideal_text, g.current_text, round(g.score_gap, 3)] for g in report.phases],
        (22, 14, 14, 12),
    )
    write_atomically(path, lambda temp: wb.save(temp))  # fmt: skip


def _sheet(ws: Worksheet, headers: list[str], rows: Sequence[Sequence[object]], widths: tuple[int, ...]) -> None:
    for c, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(1, c, header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEAD
        ws.column_dimensions[get_column_letter(c)].width = width
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            set_text(cell, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"


def _list(ws: Worksheet, formula: str, ref: str) -> None:
    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(ref)
