"""A lane whose label canvasgen does not know, but whose cells are all small plain numbers, is a
score lane: the shape says so, whatever the language."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import SCORE_LANE
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = {"B1": "認知", "C1": "比較・検討", "D1": "入会", "E1": "継続"}
DOING = {"A2": "行動", "B2": "SNS広告を見る", "C2": "料金を比較", "D2": "プランを選ぶ", "E2": "週3回受講"}


def _row(label: str, values: list[object]) -> dict[str, object]:
    return {"A3": label, **{f"{col}3": v for col, v in zip("BCDE", values, strict=True)}}


def test_a_row_of_small_numbers_under_an_unknown_label_gives_the_scores(tmp_path: Path) -> None:
    path = make_book(tmp_path / "jp.xlsx", {"Map": {**PHASES, **DOING, **_row("満足度", [3, 4, 2, 5])}})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [[s.value for s in scores] for scores in journey.scores] == [[3], [4], [2], [5]]
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [("行動", "customer"), ("満足度", SCORE_LANE)]
    assert not any(journey.lanes[1].cells)  # the numbers are scores, not items
    assert any("満足度" in line and "scores" in line for line in journey.reading)


def test_a_column_of_small_numbers_gives_the_scores_when_phases_run_down(tmp_path: Path) -> None:
    cells = {"A1": "Etapa", "B1": "Qué hace", "C1": "Nota"}
    for r, (phase, doing, score) in enumerate(
        [("Descubre", "Ve un anuncio", 7), ("Compra", "Paga", 5.5), ("Usa", "Lo instala", 8)], start=2
    ):
        cells |= {f"A{r}": phase, f"B{r}": doing, f"C{r}": score}
    (journey,) = read_canvas(make_book(tmp_path / "es.xlsx", {"Mapa": cells})).journeys
    assert [p.name for p in journey.phases] == ["Descubre", "Compra", "Usa"]
    assert [[s.value for s in scores] for scores in journey.scores] == [[7], [5.5], [8]]


@pytest.mark.parametrize(
    ("values", "why"),
    [
        ([1, 2, 3, 4], "step numbers in order"),
        ([1200, 800, 450, 90], "visitors: too large for a score"),
        (["24%", "12%", "8%", "5%"], "percentages are figures"),
        ([3, "goed", 2, 5], "a word among the numbers"),
        ([3, None, None, None], "one number is no scale"),
    ],
)
def test_rows_of_other_numbers_stay_items(tmp_path: Path, values: list[object], why: str) -> None:
    path = make_book(tmp_path / "jp.xlsx", {"Map": {**PHASES, **DOING, **_row("数値", values)}})
    (journey,) = read_canvas(path).journeys
    lane = next(lane for lane in journey.lanes if lane.label == "数値")
    assert lane.kind != SCORE_LANE, why
    assert not any(journey.scores), why
    shown = [item.text for cell in lane.cells for item in cell]
    assert shown == [str(v) for v in values if v is not None], why
