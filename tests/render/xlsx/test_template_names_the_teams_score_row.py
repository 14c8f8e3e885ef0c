"""Round 22 (the workshop loop): ``template --lanes "Score,Ervaringsscore (-2 t/m +2)"`` wrote two score rows, the
second an extra lane under the learning lane, read back as a second score row; and a template whose score row is
the team's own label ("Cijfer (1-10)") still told the team, on its Instructions sheet and beside the row's label,
to score in the row 'Ervaringsscore' from -2 to +2. Two labels of one scale are one row (said); two scales are
refused in one sentence; the instructions and the label's note name the row as written, with its scale."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.model import SCORE_LANE
from tests.support.cli import run_clean
from tests.support.reading import read_canvas


def _instructions(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path).worksheets[-1]
    return [str(row[0]) for row in sheet.iter_rows(values_only=True) if row[0] is not None]


def test_two_labels_of_the_score_on_one_scale_are_one_score_row_and_said(tmp_path: Path) -> None:
    out = tmp_path / "reis.xlsx"
    code, stdout, err = run_clean("template", out, "--lanes", "Score,Ervaringsscore (-2 t/m +2),kansen")
    assert code == 0, err
    assert "'Score' is the score row" in stdout
    also = "'Ervaringsscore (-2 t/m +2)' names that score row too: one row scores the phases, labelled 'Score'"
    assert also in " ".join(stdout.split())
    sheet = openpyxl.load_workbook(out)["Klantreis"]
    labels = [sheet.cell(row, 1).value for row in range(11, 18)]
    assert labels == ["Klantproces", "Intern proces", "Ervaring", "Score", "Leerdoelen & verbeteringen", "Kansen", None]
    (journey,) = read_canvas(out).journeys
    assert [lane.label for lane in journey.lanes if lane.kind == SCORE_LANE] == ["Score"]


def test_score_rows_on_two_scales_are_refused_in_one_sentence_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "reis.xlsx"
    code, stdout, err = run_clean("template", out, "--lanes", "Cijfer (1-10),NPS (0-10)")
    assert code == 2 and not out.exists()
    said = " ".join(err.split())
    assert (
        "--lanes asks for score rows on different scales: 'Cijfer (1-10)' (1..10), 'NPS (0-10)' (0..10); one row "
        "scores the phases, so give one of them" in said
    )
    assert "Traceback" not in stdout + err


def test_the_instructions_and_the_rows_note_name_the_teams_score_row_and_its_scale(tmp_path: Path) -> None:
    out = tmp_path / "reis.xlsx"
    code, _, err = run_clean("template", out, "--lanes", "Cijfer (1-10)")
    assert code == 0, err
    lines = _instructions(out)
    assert (
        "4. Geef in de rij 'Cijfer (1-10)' per fase een score van 1 (zeer ontevreden) tot 10 (zeer tevreden); daaruit "
        "komt de emotiecurve." in lines
    )
    question = "Cijfer (1-10): Welke score geeft de klant deze fase?"
    said = f"{question} Score per fase: 1 (zeer ontevreden) tot 10 (zeer tevreden)."
    assert said in lines
    assert not any("-2" in line or "Ervaringsscore" in line for line in lines)
    note = openpyxl.load_workbook(out)["Klantreis"]["A14"].comment
    assert note is not None and note.text.endswith("Score per fase: 1 (zeer ontevreden) tot 10 (zeer tevreden).")


def test_a_score_label_naming_no_scale_is_named_on_the_templates_scale(tmp_path: Path) -> None:
    out = tmp_path / "journey.xlsx"
    code, _, err = run_clean("template", out, "--lang", "en", "--lanes", "Rating")
    assert code == 0, err
    lines = _instructions(out)
    assert (
        "4. In the 'Rating' row, score each phase from -2 (very dissatisfied) to +2 (very satisfied); the emotion "
        "curve is drawn from it." in lines
    )
    assert not any("Experience score" in line for line in lines)


def test_the_templates_own_score_row_is_named_as_its_sheet_labels_it(tmp_path: Path) -> None:
    out = tmp_path / "reis.xlsx"
    code, _, err = run_clean("template", out)
    assert code == 0, err
    assert openpyxl.load_workbook(out)["Klantreis"]["A14"].value == "Ervaringsscore (-2 t/m +2)"
    assert (
        "4. Geef in de rij 'Ervaringsscore (-2 t/m +2)' per fase een score van -2 (zeer ontevreden) tot +2 (zeer "
        "tevreden); daaruit komt de emotiecurve." in _instructions(out)
    )


def test_a_core_lane_asked_again_is_written_once_and_said(tmp_path: Path) -> None:
    """The same loop: `--lanes "Klantproces,Pijnpunten"` wrote a second customer lane under the learning lane, read
    back as an extra lane with a warning; a core lane named by its label or kind is the template's own, once."""
    out = tmp_path / "reis.xlsx"
    code, stdout, err = run_clean("template", out, "--lanes", "Klantproces,Pijnpunten,customer")
    assert code == 0, err
    assert "'Klantproces' is one of the template's four core lanes, always there: written once" in stdout
    assert stdout.count("core lanes") == 1
    sheet = openpyxl.load_workbook(out)["Klantreis"]
    labels = [sheet.cell(row, 1).value for row in range(11, 18)]
    assert labels == [
        "Klantproces",
        "Intern proces",
        "Ervaring",
        "Ervaringsscore (-2 t/m +2)",
        "Leerdoelen & verbeteringen",
        "Pijnpunten",
        None,
    ]
    assert read_canvas(out).warnings == []
