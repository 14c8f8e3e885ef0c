"""Round 17 (#30): a lane the sheet gives no label was called after its spreadsheet column ("Kolom C",
"Colonne E") on the client's poster, without a word. Now it is called by its role's word in the canvas's
language when its cells give it one ("Ervaringsscore"), else by its place among the lanes ("Baan 2"), and
``check --explain`` says so with where to write its label."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

CANVASES = {
    "nl": (["Fase", "Wat doet de klant?", None, "Pijnpunten"], ["Oriënteren", "Aanmelden", "Gebruiken"], "Baan 2"),
    "en": (["Stage", "Customer actions", None, "Pain points"], ["Discover", "Join", "Use"], "Lane 2"),
    "fr": (
        ["Étape", "Actions du client", None, "Points de douleur"],
        ["Découvrir", "Adhérer", "Utiliser"],
        "Couloir 2",
    ),
}


def _down(path: Path, heads: list[str | None], phases: list[str], third: list[object]) -> Path:
    """Phases down column A, lanes across row 1, column C without a label, holding ``third``."""
    cells: dict[str, object] = {f"{'ABCD'[c]}1": v for c, v in enumerate(heads) if v is not None}
    for r, (phase, value) in enumerate(zip(phases, third, strict=True), start=2):
        cells |= {f"A{r}": phase, f"B{r}": f"stap {r} van de klant", f"C{r}": value, f"D{r}": f"last {r}"}
    return make_book(path, {"Reis": cells})


@pytest.mark.parametrize("language", CANVASES)
def test_a_lane_without_a_label_is_called_by_its_place_in_the_canvas_language(tmp_path: Path, language: str) -> None:
    heads, phases, called = CANVASES[language]
    path = _down(tmp_path / f"reis-{language}.xlsx", heads, phases, [f"belt {r}" for r in (2, 3, 4)])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    labels = [lane.label for lane in journey.lanes]
    assert labels[1] == called  # never 'Kolom C', 'Column C', 'Colonne C'
    assert not any(re.fullmatch(r"\w+ [A-Z]{1,3}", label) for label in labels)
    assert [i.text for i in journey.lanes[1].cells[0]] == ["belt 2"]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert (
        f"the lane in column C has no label: called '{called}' after its place — write its label over the column"
        in (explained)
    )


def test_a_lane_without_a_label_whose_cells_give_its_role_is_called_by_that_roles_word(tmp_path: Path) -> None:
    heads, phases, _ = CANVASES["nl"]
    path = _down(tmp_path / "score.xlsx", heads, phases, [-1, 1, 2])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    lane = journey.lanes[1]
    assert lane.kind.value == "score" and lane.label == "Ervaringsscore"  # the template's scale left off
    assert lost_lines(path, canvas) == []
    # a scale other than -2..+2 advises a label of the scores' own, never the column's name ('Column C (1-5)')
    five = read_canvas(_down(tmp_path / "vijf.xlsx", heads, phases, [4, 2, 5]))
    (advice,) = [w.message for w in five.warnings if "to say so" in w.message]
    assert "label the column 'Score (1-5)' to say so" in advice and "Column C" not in advice
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "the lane in column C has no label: called 'Ervaringsscore' after its role, score, read from its cells" in (
        explained
    )


def test_a_row_without_a_label_across_is_called_by_its_place(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Oriënteren", "C1": "Aanmelden", "D1": "Gebruiken"}
    cells |= {"B2": "boven 1", "C2": "boven 2", "D2": "boven 3"}  # words over the phase names' lanes, no label
    cells |= {"A3": "Klantproces", "B3": "leest", "C3": "meldt aan", "D3": "traint"}
    path = make_book(tmp_path / "rij.xlsx", {"Reis": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Baan 1", "Klantproces"]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "the lane in row 2 has no label: called 'Baan 1' after its place — write its label at the start" in explained
