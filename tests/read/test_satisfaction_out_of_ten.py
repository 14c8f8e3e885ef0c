"""Round 19 (new user, F1/F6): a lane "Tevredenheid (1-10)" written as teams write report marks ("7/10", "6,5",
"8 - blij") was read as an experience lane of text: no curve, no score gaps, nothing said. It is the score row,
its words kept; a lane of such a label that holds a cell of no score says so, with the correction that works."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl.utils import column_index_from_string, get_column_letter

from canvasgen.analysis.gaps import analyse, pick_ideal_and_current
from canvasgen.analysis.report import gap_text
from canvasgen.cli import main
from canvasgen.read.corrections import from_options
from tests.support.reading import read_canvas
from tests.support.workbooks import SATISFACTION_LABEL, make_book, satisfaction_sheet

LABEL = SATISFACTION_LABEL


def test_marks_out_of_ten_with_decimal_commas_and_words_are_the_score_row(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "stroom.xlsx",
        {
            "IDEAL": satisfaction_sheet(("7/10", "6,5", "5/10", "8 - blij", "7"), "Ideaal"),
            "CURRENT": satisfaction_sheet(("5/10", "6,5", "4/10", "8 - blij", "7"), "Huidig"),
        },
    )
    canvas = read_canvas(path)
    ideal = canvas.journeys[0]
    (lane,) = [lane for lane in ideal.lanes if lane.label == LABEL]
    assert lane.kind == "score" and ideal.on_the_curve(lane)
    assert [[s.value for s in phase] for phase in ideal.scores] == [[7], [6.5], [5], [8], [7]]
    # the words after the score stay the client's: "blij" is in the lane
    assert [item.text for cell in lane.cells for item in cell] == ["blij"]
    report = analyse(*pick_ideal_and_current([(path.name, canvas)]))
    assert [(p.phase, p.current_values, p.ideal_values) for p in report.phases][:3] == [
        ("Oriëntatie", [5], [7]),
        ("Overwegen", [6.5], [6.5]),
        ("Aankoop", [4], [5]),
    ]
    assert [(a.phase, a.scores) for a in report.actions if a.scores] == [
        ("Oriëntatie", ([5], [7])),
        ("Aankoop", ([4], [5])),
    ]


@pytest.mark.parametrize("down", [False, True])
def test_a_scale_lane_with_one_cell_of_text_says_it_is_no_score_row_and_the_option_makes_it_one(
    tmp_path: Path, down: bool
) -> None:
    """Across and down (phases in rows, the lanes in columns: the same sentence, its cell D7 either way)."""
    scores = ("7/10", "6,5", "fijn gesprek met de monteur", "8 - blij", "7")
    cells = satisfaction_sheet(scores, "Huidig")
    if down:  # the table turned over: row 4 + n becomes column B + n, column B + n row 4 + n
        table = {ref: v for ref, v in cells.items() if int(ref[1:]) >= 4}
        turned = {
            f"{get_column_letter(int(ref[1:]) - 3)}{column_index_from_string(ref[0]) + 3}": v
            for ref, v in table.items()
        }
        cells = {ref: v for ref, v in cells.items() if int(ref[1:]) < 4} | turned
    path = make_book(tmp_path / "stroom.xlsx", {"Huidig": cells})
    said = " ".join(CliRunner().invoke(main, ["check", str(path)]).output.split())
    assert (
        f"lane '{LABEL}' names the scale 1..10 and 4 of its 5 items are scores, but D7 ('fijn gesprek met de "
        f"monteur') holds none: the lane is read as text, with no score curve; to read it as the score row, write a "
        f"score there or give --lane '{LABEL}=score'"
    ) in said
    assert not any(read_canvas(path).journeys[0].scores)
    corrected = read_canvas(path, corrections=from_options(None, None, None, (f"{LABEL}=score",))).journeys[0]
    assert [[s.value for s in phase] for phase in corrected.scores] == [[7], [6.5], [], [8], [7]]
    (lane,) = [lane for lane in corrected.lanes if lane.label == LABEL]
    assert [item.text for cell in lane.cells for item in cell] == ["fijn gesprek met de monteur", "blij"]


def test_a_gap_report_of_journeys_without_scores_says_its_priorities_rest_on_none(tmp_path: Path) -> None:
    """F6's other half: with no score read on either journey, the report's rule of priority (by the score gap)
    is followed by the sentence that neither journey is scored; a scored pair's report has no such line."""
    unscored = ("fijn", "prima gesprek", "lang wachten", "blij", "goed")  # said to be text below: no score row
    path = make_book(
        tmp_path / "stroom.xlsx",
        {"IDEAL": satisfaction_sheet(unscored, "Ideaal"), "CURRENT": satisfaction_sheet(unscored, "Huidig")},
    )
    canvas = read_canvas(path, corrections=from_options(None, None, None, (f"{LABEL}=custom",)))
    report = analyse(*pick_ideal_and_current([(path.name, canvas)]))
    said = " ".join(gap_text(report, [], "nl").split())
    assert "Geen van beide reizen heeft een score per fase (geen scorerij gelezen)" in said
    assert "no score row read" in gap_text(report, [], "en")
    scored = make_book(
        tmp_path / "scored.xlsx",
        {
            "IDEAL": satisfaction_sheet(("7/10", "6,5", "5/10", "8 - blij", "7"), "Ideaal"),
            "CURRENT": satisfaction_sheet(("5/10", "6,5", "4/10", "8 - blij", "7"), "Huidig"),
        },
    )
    report = analyse(*pick_ideal_and_current([(scored.name, read_canvas(scored))]))
    assert "geen scorerij gelezen" not in gap_text(report, [], "nl")
