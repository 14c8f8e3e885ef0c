"""A template's own score row left empty beside the team's own score row, filled (a new user's F13: the
template's "Ervaringsscore (-2 t/m +2)" empty, their "Cijfer (1-10)" holding 6, 7, 4): the filled row scores
the phases, the empty one is passed over, said in check with the ``--lane`` that chooses the empty one. And
``template --lanes`` with a score label writes that label as the score row, not a second row beside it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.model import CUSTOM_LANE, SCORE_LANE
from canvasgen.read.corrections import Corrections
from canvasgen.text import label_key
from tests.support.cli import run, run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ("Verwijzing", "Intake", "Wachten", "Opname")


def _book(path: Path, score_label: str, own_label: str, own: tuple[object, ...]) -> Path:
    """A canvas with the template's score row (``score_label``) empty and the team's (``own_label``) filled."""
    rows = (
        ("Wat beleeft de patiënt?", ("Krijgt een brief", "Hoort de diagnose", "Wacht 14 weken", "Wordt opgenomen")),
        (score_label, (None, None, None, None)),
        ("Zorgen & vragen", ("Moet ik nuchter komen?", "Is opereren nodig?", "Waarom zo lang?", "Wie belt?")),
        (own_label, own),
    )
    cells: dict[str, object] = {"A1": "Knieoperatie", "A3": "Fase"}
    cells |= {f"{'BCDE'[i]}3": phase for i, phase in enumerate(PHASES)}
    for row, (label, values) in enumerate(rows, start=4):
        cells[f"A{row}"] = label
        cells |= {f"{'BCDE'[i]}{row}": value for i, value in enumerate(values) if value is not None}
    return make_book(path, {"Reis": cells})


def _flat(*args: object) -> tuple[int, str]:
    code, out, err = run_clean(*args)
    return code, " ".join((out + err).split())


@pytest.mark.parametrize(
    ("own_label", "own"),
    [("Cijfer (1-10)", (6, 7, 4, 8)), ("Punten", (3, 4, 2, 5))],  # a score word; a lane scoring by its numbers
)
def test_the_filled_score_row_wins_over_an_empty_one_and_check_says_so(
    tmp_path: Path, own_label: str, own: tuple[object, ...]
) -> None:
    path = _book(tmp_path / "knie.xlsx", "Ervaringsscore (-2 t/m +2)", own_label, own)
    (journey,) = read_canvas(path).journeys
    lanes = {lane.label: lane for lane in journey.lanes}
    assert lanes[own_label].kind == SCORE_LANE and lanes["Ervaringsscore (-2 t/m +2)"].kind == CUSTOM_LANE
    means = journey.phase_means()
    assert means[0] is not None and means[1] > means[0] > means[2]  # the team's scores, in their order
    code, flat = _flat("check", path)
    assert code == 0
    assert (
        f"Reis!A5: two rows score the phases: row 5 ('Ervaringsscore (-2 t/m +2)') is empty, row 7 ('{own_label}') "
        f"holds the scores: it is the score row; to score by 'Ervaringsscore (-2 t/m +2)' instead, give "
        f"--lane '{own_label}=custom'"
    ) in flat
    # the correction it names works: the empty row is the score row again, the team's kept as text
    (journey,) = read_canvas(path, Corrections(lane_kinds={label_key(own_label): CUSTOM_LANE})).journeys
    lanes = {lane.label: lane for lane in journey.lanes}
    assert lanes["Ervaringsscore (-2 t/m +2)"].kind == SCORE_LANE and lanes[own_label].kind == CUSTOM_LANE
    assert [i.text for c in lanes[own_label].cells for i in c] == [str(v) for v in own]
    _, flat = _flat("check", path, "--lane", f"{own_label}=custom")
    assert "two rows score" not in flat


def test_two_filled_score_rows_still_keep_the_first(tmp_path: Path) -> None:
    path = _book(tmp_path / "knie.xlsx", "Score", "Cijfer (1-10)", (6, 7, 4, 8))
    wb = openpyxl.load_workbook(path)
    for col, value in zip("BCDE", (1, 0, -1, 2), strict=True):
        wb["Reis"][f"{col}5"] = value
    wb.save(path)
    (journey,) = read_canvas(path).journeys
    assert journey.phase_means() == [1, 0, -1, 2]
    _, flat = _flat("check", path)
    assert "row 5 ('Score') is the score row, and row 7 ('Cijfer (1-10)') holds scores too" in flat


@pytest.mark.parametrize("label", ["Cijfer (1-10)", "Tevredenheid (1-10)", "Rating"])
def test_template_lanes_with_a_score_label_make_it_the_score_row(tmp_path: Path, label: str) -> None:
    out = tmp_path / "t.xlsx"
    code, stdout, _ = run("template", str(out), "--phases", ",".join(PHASES), "--lanes", f"touchpoints,Zorgen,{label}")
    assert code == 0, stdout
    assert f"'{label}' is the score row" in stdout
    (journey,) = read_canvas(out).journeys
    assert [lane.label for lane in journey.lanes] == [
        "Klantproces",
        "Intern proces",
        "Ervaring",
        label,  # in the template's own score row's place, not beside it
        "Leerdoelen & verbeteringen",
        "Contactmomenten",
        "Zorgen",
    ]
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    row = next(r for r in range(1, 30) if ws.cell(r, 1).value == label)
    # no drop-down of -2..+2 that warns on the team's own scale, where the label names one: one of that scale
    listed = [v.formula1 for v in ws.data_validations.dataValidation if f"B{row}" in str(v.sqref)]
    assert listed == (['"1,2,3,4,5,6,7,8,9,10"'] if "(" in label else ['"-2,-1,0,1,2"'])
    for col, value in zip(range(2, 6), (6, 7, 4, 8), strict=True):
        ws.cell(row, col, value)
    wb.save(out)
    (journey,) = read_canvas(out).journeys
    assert [lane.label for lane in journey.lanes if lane.kind == SCORE_LANE] == [label]
    means = journey.phase_means()
    assert means[0] is not None and means[1] > means[0] > means[2]
    _, flat = _flat("check", out)
    assert "two rows score" not in flat


def test_template_without_a_score_label_keeps_its_own_score_row(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    code, stdout, _ = run("template", str(out), "--lanes", "emotions,Stappen 1-3")
    assert code == 0 and "score row" not in stdout
    (journey,) = read_canvas(out).journeys
    assert [lane.label for lane in journey.lanes if lane.kind == SCORE_LANE] == ["Ervaringsscore (-2 t/m +2)"]
    assert journey.lanes[-1].label == "Stappen 1-3"
