"""canvasgen's own gap workbook is no canvas (round 16, F14): it was read as a canvas of six journeys (its sheets
Acties, Ontbreekt nu, …) and a folder build made a poster and an 82-slide deck of it. It is told by its sheets and
its actions sheet's header: refused by check in one sentence, passed over by a folder build, as the kit's changes
workbook is."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workbooks import rows_canvas


def _pair(folder: Path) -> tuple[Path, Path]:
    """An ideal and a current journey of three phases, their customer and company lanes differing."""
    made = []
    for name, scenario, customer, internal in (
        ("ideaal", "Ideaal", ("Meldt in de app", "Kiest een tijdvak", "Laat binnen"), ("App", "Planning", "Monteur")),
        ("huidig", "Huidig", ("Belt het KCC", "Neemt vrij", "Laat binnen"), ("KCC typt", "Aannemer", "Monteur")),
    ):
        made.append(
            rows_canvas(
                folder / f"{name}.xlsx",
                [
                    ("Scenario", scenario),
                    ("Fase", "Melden", "Afspraak", "Herstel"),
                    ("Wat doet de huurder?", *customer),
                    ("Intern proces", *internal),
                ],
            )
        )
    return made[0], made[1]


def test_a_gap_report_is_refused_by_check_and_passed_over_by_a_folder_build(tmp_path: Path) -> None:
    ideal, current = _pair(tmp_path)
    code, _, stderr = run_clean("gaps", ideal, current, "-o", tmp_path / "gaps")
    assert code == 0, stderr
    folder = tmp_path / "klant"
    folder.mkdir()
    shutil.copy(current, folder / "huidig.xlsx")
    shutil.copy(tmp_path / "gaps" / "huidig-gaps.xlsx", folder / "huidig-gaps.xlsx")

    code, _, stderr = run_clean("check", folder / "huidig-gaps.xlsx")
    assert code == 1
    assert " ".join(stderr.split()) == (
        f"error: {folder / 'huidig-gaps.xlsx'}: this is a gap report canvasgen wrote (its sheets 'Acties', "
        "'Ontbreekt nu', "
        "'Zonder effect'), not a canvas: its owners and statuses are the team's to fill in; build the ideal and "
        "the current canvases it compares instead"
    )

    out = tmp_path / "out"
    code, stdout, stderr = run_clean("build", folder, "-o", out, "--no-pptx")
    said = " ".join((stdout + stderr).split())
    assert code == 0, said
    assert "skipped: " in said and "huidig-gaps.xlsx: this is a gap report canvasgen wrote" in said
    assert "1 built" in said and "1 without a canvas (passed over)" in said
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".pdf") == ["huidig.pdf"]


def test_a_gap_report_whose_sheets_the_team_renamed_or_deleted_is_still_refused(tmp_path: Path) -> None:
    """F23 (round 17): after the team renamed its action list's sheet, or deleted the sheets it did not use, the
    report was read as canvases (the action list a journey of 'customer' cards)."""
    ideal, current = _pair(tmp_path)
    code, _, stderr = run_clean("gaps", ideal, current, "-o", tmp_path / "gaps")
    assert code == 0, stderr
    report = tmp_path / "gaps" / "huidig-gaps.xlsx"
    book = openpyxl.load_workbook(report)
    book["Acties"].title = "Actiepunten Q3"
    renamed = tmp_path / "renamed.xlsx"
    book.save(renamed)
    for name in [n for n in book.sheetnames if n not in ("Actiepunten Q3", "Niet meer in ideaal")]:
        del book[name]
    trimmed = tmp_path / "trimmed.xlsx"
    book.save(trimmed)
    for path in (renamed, trimmed):
        code, _, stderr = run_clean("check", path)
        assert code == 1
        assert " ".join(stderr.split()) == (
            f"error: {path}: this is a gap report canvasgen wrote (its sheet 'Actiepunten Q3' holds its action "
            "list's columns Fase | Actie | Soort | Prioriteit | Eigenaar | Status | Cel), not a canvas: its owners "
            "and statuses are the team's to fill in; build the ideal and the current canvases it compares instead"
        )


def test_a_gap_report_given_to_apply_as_the_changes_is_said_as_what_it_is(tmp_path: Path) -> None:
    """F10 (round 17, low): apply said "if this is the canvas, give the arguments the other way round" of it."""
    ideal, current = _pair(tmp_path)
    code, _, stderr = run_clean("gaps", ideal, current, "-o", tmp_path / "gaps")
    assert code == 0, stderr
    report = tmp_path / "gaps" / "huidig-gaps.xlsx"
    code, _, stderr = run_clean("apply", current, report, "-o", tmp_path / "v2.xlsx")
    assert code == 1
    said = " ".join(stderr.split())
    assert f"error: {report}: this is a gap report canvasgen wrote, not the changes workbook of a workshop kit" in said
    assert "the other way round" not in said and not (tmp_path / "v2.xlsx").exists()
