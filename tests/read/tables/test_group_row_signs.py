"""Round 13 (F7): a row of groups over a hospital's seven phases ("Voor de operatie | Operatie | Na de operatie"),
with no "Fase" in the corner, was read as three phases over their steps: scores averaged, "Operatie / Operatie"
as a header, and nothing said outside --explain. Signs of groups: group words among its names, a name over the
one column of the same name, names merged over columns that each name themselves; check says the decision."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.corrections import from_options
from tests.support.read_back import pdf_text, squeeze
from tests.support.reading import read_canvas

PHASES = ["Klachten", "Huisarts", "Verwijzing & wachttijd", "Intake polikliniek", "Operatie", "Herstel thuis", "Nazorg"]
SCORES = [-1, 0, -2, 1, 0, -1, 2]

#: (group name, first column, last column) over the phases in columns B..H
VOOR_NA = [("Voor de operatie", 2, 5), ("Operatie", 6, 6), ("Na de operatie", 7, 8)]
THUIS = [("Thuis", 2, 3), ("Wachten", 4, 4), ("In het ziekenhuis", 5, 6), ("Herstel", 7, 8)]
BEFORE_AFTER = [("Before surgery", 2, 5), ("Operatie", 6, 6), ("After surgery", 7, 8)]
VOR_NACH = [("Vor der Operation", 2, 5), ("Operatie", 6, 6), ("Nach der Operation", 7, 8)]


def hospital(path: Path, groups: list[tuple[str, int, int]], corner: str | None = None) -> Path:
    """The tester's layout, small: a title, a row of groups (merged over their phases) in row 3, the seven
    phases in row 4 (``corner`` beside them), three lanes under them, one a row of scores."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Huidige reis"
    sheet["A1"] = "Van knieklachten tot weer fietsen"
    for name, first, last in groups:
        sheet.cell(3, first, name)
        if last > first:
            sheet.merge_cells(start_row=3, start_column=first, end_row=3, end_column=last)
    if corner:
        sheet["A4"] = corner
    for row, lane in enumerate(["Wat de patiënt doet", "Knelpunten", "Hoe voelt het"], start=5):
        sheet.cell(row, 1, lane)
    for col, (phase, score) in enumerate(zip(PHASES, SCORES, strict=True), start=2):
        sheet.cell(4, col, phase)
        sheet.cell(5, col, f"Patiënt bij {phase.lower()}")
        sheet.cell(6, col, f"Knelpunt bij {phase.lower()}")
        sheet.cell(7, col, score)
    book.save(path)
    return path


@pytest.mark.parametrize("groups", [VOOR_NA, THUIS, BEFORE_AFTER, VOR_NACH], ids=["nl", "thuis", "en", "de"])
@pytest.mark.parametrize("corner", [None, "Fase"])
def test_a_row_of_groups_over_seven_phases_keeps_each_phase_its_column(
    tmp_path: Path, groups: list[tuple[str, int, int]], corner: str | None
) -> None:
    path = hospital(tmp_path / "reis.xlsx", groups, corner)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert not any(p.step_names for p in journey.phases)
    assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [
        (name, first - 2, last - first + 1) for name, first, last in groups
    ]
    assert [[s.value for s in phase] for phase in journey.scores] == [[s] for s in SCORES]  # none averaged away
    said = [str(w) for w in canvas.warnings if "names groups of the phases" in str(w)]
    if corner:  # "Fase" beside the phase names decides: nothing in doubt
        assert said == []
    else:  # the row's shape decided: said in check, with the correction
        (line,) = said
        assert line.startswith(f"{path}: Huidige reis: row 3 (")
        assert line.endswith("each column a phase of its own — if it names phases over their steps, give --groups none")


def test_check_names_the_signs_and_groups_none_reads_steps(tmp_path: Path) -> None:
    path = hospital(tmp_path / "voor-na.xlsx", VOOR_NA)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "7 phases: Klachten | Huisarts | Verwijzing & wachttijd | Intake polikliniek | Operatie |" in output
    assert (
        "row 3 ('Voor de operatie', 'Operatie', 'Na de operatie') names groups of the phases in row 4 ('Voor de "
        "operatie', 'Na de operatie' are words for groups of phases; 'Operatie' stands over the one column of the "
        "same name; its names are merged over columns that each have a name of their own)"
    ) in output
    (steps,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert [p.name for p in steps.phases] == ["Voor de operatie", "Operatie", "Na de operatie"]


def test_names_over_steps_that_look_more_like_phases_stay_phases_and_check_says_why(tmp_path: Path) -> None:
    """Known phase names over unknown steps ("Awareness" over "See ad | Search"): phases over their steps, as
    before; the merged cells point the other way, so check says it, with --groups above."""
    groups = [("Awareness", 2, 3), ("Consideration", 4, 5), ("Purchase", 6, 8)]
    path = hospital(tmp_path / "steps.xlsx", groups)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Awareness", "Consideration", "Purchase"]
    (line,) = [str(w) for w in canvas.warnings if "over their steps" in str(w)]
    assert "names phases over their steps in row 4 (3 of 3 of its names are known phase names, " in line
    assert line.endswith("if it names groups of phases, give --groups above")


def test_the_poster_heads_each_phase_once_and_draws_every_score(tmp_path: Path) -> None:
    path = hospital(tmp_path / "reis.xlsx", VOOR_NA)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--no-pptx"])
    assert result.exit_code == 0, result.output
    assert "--groups none" in result.output  # build says the decision too
    text = squeeze(pdf_text(out / "reis.pdf"))
    assert all(squeeze(phase) in text for phase in PHASES)
    assert squeeze("Voor de operatie") in text and squeeze("Na de operatie") in text
    assert squeeze("Operatie / Operatie") not in text


def test_a_persona_naming_a_step_as_its_phase_is_told_how_to_make_the_steps_phases(tmp_path: Path) -> None:
    """The tester's only symptom of the misread was warnings from her Betrokkenen sheet ("'Klachten' … is not
    a phase") naming neither the cause nor the correction: the warning now names the step and --groups above."""
    path = hospital(tmp_path / "steps.xlsx", [("Awareness", 2, 3), ("Consideration", 4, 5), ("Purchase", 6, 8)])
    book = openpyxl.load_workbook(path)
    people = book.create_sheet("Betrokkenen")
    people.append(["Naam", "Rol", "Betrokken in fasen"])
    people.append(["Huisarts", "Verwijzer", "Klachten, Huisarts"])
    book.save(path)
    canvas = read_canvas(path)
    result = CliRunner().invoke(main, ["check", str(path)])
    output = " ".join(result.output.split())
    assert [p.name for p in canvas.journeys[0].phases] == ["Awareness", "Consideration", "Purchase"]
    assert (
        "Betrokkenen!C2: 'Klachten' in the involved phases is not a phase of 'Van knieklachten tot weer fietsen'; it "
        "is a step (Huidige reis!B4) of the phase 'Awareness': if the names over the steps are groups of the "
        "phases, give --groups above"
    ) in output
