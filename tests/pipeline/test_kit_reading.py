"""kit, apply, gaps and diff read a workbook with the same reading corrections as check and build (#26
item 3), and kit and gaps never replace a workbook the team filled in (#34 item 4)."""

from __future__ import annotations

import shlex
from pathlib import Path

import openpyxl

from canvasgen.errors import shown_as
from canvasgen.pipeline.kit import KitOptions, run_kit
from canvasgen.read.changes import RECORD_SHEET
from tests.support.cli import run
from tests.support.workbooks import DATA
from tests.support.workshop import WORRIES, changes_rows, fill
from tests.support.workshop import lanes_workbook as workbook


def test_lane_on_kit_is_recorded_and_apply_reads_with_it(tmp_path: Path) -> None:
    source = workbook(tmp_path / "reis.xlsx", {WORRIES: ["Is het veilig?", "Te duur?", "", ""]})
    code, _, err = run("kit", source, "-o", tmp_path / "kit", "--lane", f"{WORRIES}=pain_points")
    assert code == 0, err
    changes = tmp_path / "kit" / "reis-changes.xlsx"
    rows = changes_rows(changes)
    assert "F1-PP-01" in rows and not any("-X1-" in str(card) for card in rows)  # read as pain points
    record = openpyxl.load_workbook(changes)[RECORD_SHEET]
    assert "pain_points" in str(record["B2"].value)
    fill(changes, {(rows["F1-PP-01"], 6): "Is het veilig genoeg?"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "reis-v2.xlsx")  # no --lane: the kit's
    assert code == 0 and "1 changed" in out, err
    assert "warning" not in err
    # The diff it offers reads both versions as the kit did: pasted, it reads them without a warning.
    hint = shlex.split(next(line for line in out.splitlines() if "see what changed: " in line).split(": ", 1)[1])
    assert hint[-2:] == ["--lane", f"{WORRIES}=pain_points"]  # the label in the case the client wrote it
    code, out, err = run(*hint[1:])
    assert code == 0 and "warning" not in err, err
    assert "Bewustwording · Zorgen van de klant: gewijzigd: Is het veilig? → Is het veilig genoeg?" in out
    code, out, err = run("check", tmp_path / "reis-v2.xlsx", "--lane", f"{WORRIES}=pain_points")
    assert code == 0 and "lane 'Zorgen van de klant' [pain_points, corrected]" in out
    # Without the correction the lane is read as the agency's own: its cards are X1, not PP.
    code, out, err = run("apply", source, changes, "-o", tmp_path / "reis-v3.xlsx", "--skip-hidden")
    assert code == 1 and "there is no card 'F1-PP-01'" in err
    assert f"the kit read reis.xlsx with the reading corrections --lane '{WORRIES}=pain_points'" in err


def test_gaps_reads_both_journeys_with_the_corrections(tmp_path: Path) -> None:
    ideal = workbook(tmp_path / "ideaal.xlsx", {"Onze inzet": ["Buurtavond", "", "", ""]}, "Ideaal")
    current = workbook(tmp_path / "huidig.xlsx", {"Onze inzet": ["", "", "", ""]})
    code, out, _ = run("gaps", ideal, current, "-o", tmp_path / "zonder")
    assert code == 0 and "Buurtavond" not in out  # a lane of its own is not compared
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "met", "--lane", "Onze inzet=channels")
    assert code == 0, err
    assert "Ontbreekt nu (starten): Onze inzet: Buurtavond" in out


def test_diff_reads_both_versions_with_the_corrections(tmp_path: Path) -> None:
    old = workbook(tmp_path / "v1.xlsx", {WORRIES: ["Is het veilig?", "", "", ""]})
    new = workbook(tmp_path / "v2.xlsx", {"Drempels": ["Is het veilig genoeg?", "", "", ""]})
    _, out, _ = run("diff", old, new)
    assert "baan eruit: Zorgen van de klant" in out and "baan erbij: Drempels" in out
    code, out, err = run("diff", old, new, "--lane", f"{WORRIES}=pain_points", "--lane", "Drempels=pain_points")
    assert code == 0, err
    assert "baan eruit" not in out
    assert "Bewustwording · Drempels: gewijzigd: Is het veilig? → Is het veilig genoeg?" in out


def test_kit_keeps_a_changes_workbook_the_team_filled_in(tmp_path: Path) -> None:
    source = workbook(tmp_path / "reis.xlsx", {"customer": ["Ziet een advertentie", "", "", ""]})
    code, _, err = run("kit", source, "-o", tmp_path)
    assert code == 0, err
    changes = tmp_path / "reis-changes.xlsx"
    code, _, err = run("kit", source, "-o", tmp_path)  # untouched: canvasgen's own, replaced
    assert code == 0, err
    fill(changes, {(changes_rows(changes)["F1-KP-01"], 5): "weg"})
    filled = changes.read_bytes()
    cards = tmp_path / "reis-cards.pdf"
    cards.unlink()
    code, _, err = run("kit", source, "-o", tmp_path)
    assert code == 1
    assert f"error: {changes}: differs from the changes workbook canvasgen last wrote there" in err
    assert "move or rename it to keep it" in err and "--force" in err
    assert changes.read_bytes() == filled and not cards.exists()  # nothing written
    code, _, err = run("kit", source, "-o", tmp_path, "--force")
    assert code == 0 and changes.read_bytes() != filled


def test_gaps_keeps_a_gap_workbook_with_owner_and_status_filled_in(tmp_path: Path) -> None:
    ideal = workbook(tmp_path / "ideaal.xlsx", {"customer": ["Ziet een advertentie", "", "", ""]}, "Ideaal")
    current = workbook(tmp_path / "huidig.xlsx", {})
    code, _, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    report = tmp_path / "out" / "huidig-gaps.xlsx"
    code, _, err = run("gaps", ideal, current, "-o", tmp_path / "out")  # untouched: replaced
    assert code == 0, err
    book = openpyxl.load_workbook(report)
    book.active["E2"] = "Fatima"
    book.save(report)
    code, _, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 1 and f"{report}: differs from the gap workbook canvasgen last wrote there" in err
    assert openpyxl.load_workbook(report).active["E2"].value == "Fatima"
    code, _, err = run("gaps", ideal, current, "-o", tmp_path / "out", "--force")
    assert code == 0 and openpyxl.load_workbook(report).active["E2"].value is None


def test_a_changes_workbook_given_as_a_canvas_says_what_it_is_and_folder_builds_pass_it_over(tmp_path: Path) -> None:
    source = workbook(tmp_path / "in" / "reis.xlsx", {WORRIES: ["Is het veilig?", "", "", ""]})
    code, _, err = run("kit", source, "-o", tmp_path / "in")
    assert code == 0, err
    changes = tmp_path / "in" / "reis-changes.xlsx"
    code, out, err = run("check", changes)
    assert code == 1 and out == ""
    assert err == (
        f"error: {changes}: this is the changes workbook of a workshop kit, not a canvas: bring the workshop's "
        "changes into the canvas with canvasgen apply CANVAS.xlsx reis-changes.xlsx -o NEW.xlsx\n"
    )
    code, out, err = run("build", tmp_path / "in", "-o", tmp_path / "out")
    assert code == 0, err
    assert (tmp_path / "out" / "reis.pdf").is_file() and not (tmp_path / "out" / "reis-changes.pdf").exists()
    assert f"{changes}: this is the changes workbook of a workshop kit" in err


def test_a_kit_of_personas_only_names_the_users_file_in_its_warning(tmp_path: Path) -> None:
    """The page runs the kit on an upload saved under a name of the server's: the warning that there is no
    journey to hand out names the file as the user knows it (``shown_as``), as every other warning does."""
    saved = tmp_path / "upload_1.xlsx"
    saved.write_bytes((DATA / "persona-blocks-lookalike.xlsx").read_bytes())
    with shown_as({saved: "klant #1.xlsx"}):
        result = run_kit(saved, KitOptions(tmp_path / "out"))
        said = [str(w) for w in result.warnings if "no journey in the workbook" in str(w)]
    assert said and all(s.startswith("klant #1.xlsx") for s in said), said
