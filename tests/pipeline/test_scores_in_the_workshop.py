"""A phase's experience score changed in the workshop (round 12: the changes workbook had no score row): the
kit's changes sheet has a row per phase's score, ``apply`` writes the new number back as a number, and
``diff`` says the score changed."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text
from tests.support.workshop import canvas, changes_rows, fill, kit_of, with_formula


def _kit(source: Path, folder: Path) -> tuple[Path, dict[str, int]]:
    code, _, stderr = run_clean("kit", source, "-o", folder)
    assert code == 0, stderr
    changes = folder / f"{source.stem}-changes.xlsx"
    return changes, changes_rows(changes)


def test_the_team_changes_a_phases_score_and_apply_writes_it_back(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = _kit(source, tmp_path / "kit")
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    scores = {card: [sheet.cell(rows[card], col).value for col in (2, 3, 4)] for card in rows if "-SC" in card}
    assert scores == {
        "F1-SC": ["Oriëntatie", "Ervaringsscore", "+1"],
        "F2-SC": ["Aanvraag", "Ervaringsscore", "-1"],
        "F3-SC": ["Levering", "Ervaringsscore", "+2"],
    }
    assert rows["F2-SC"] == max(r for card, r in rows.items() if card.startswith("F2-"))  # after its phase's cards
    fill(changes, {(rows["F2-SC"], 6): "+1"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 changed" in stdout
    written = openpyxl.load_workbook(out)["Klantreis"]
    assert [written[ref].value for ref in ("B9", "C9", "D9")] == [1, 1, 2]  # a number, as it was
    code, stdout, _ = run_clean("diff", source, out, "--json")
    assert code == 0
    [journey] = json.loads(stdout)["journeys"]
    assert [(p["new"], p["score"]) for p in journey["phases"] if p["score"]] == [
        ("Aanvraag", {"old": "-1", "new": "1"})
    ]


def test_a_score_off_the_scale_or_no_number_is_refused_at_its_row(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows["F1-SC"], 6): "+5", (rows["F3-SC"], 6): "heel goed"})
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "lease-v2.xlsx")
    assert code == 1
    said = " ".join(stderr.split())
    assert f"row {rows['F1-SC']}: the score '+5' of 'Oriëntatie' is off the scale -2..+2" in said
    assert f"row {rows['F3-SC']}: the score of 'Levering' is a number on the scale -2..+2, not 'heel goed'" in said
    assert not (tmp_path / "lease-v2.xlsx").exists()


def test_a_score_with_words_or_a_face_beside_it_gets_a_row_that_keeps_them(tmp_path: Path) -> None:
    """Hostile 12 (F14, F16; F15 before): a score cell holding a face or the team's words after its number
    ("-1 😕 lange wachttijd", "0\nneutraal") had no score row, so the workshop could not change its score. It
    has one now; apply writes the new number and keeps every other character of the cell (the words are cards of
    their own since round 14: ``test_the_words_beside_a_score_are_a_card_the_team_edits``)."""
    source = canvas(tmp_path / "lease.xlsx", {"B9": "+1 😊", "C9": "-1 😕 lange wachttijd", "D9": "2\nheel blij"})
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    changes = tmp_path / "kit" / "lease-changes.xlsx"
    rows = changes_rows(changes)
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    assert [sheet.cell(rows[f"F{n}-SC"], 4).value for n in (1, 2, 3)] == ["+1", "-1", "+2"]
    fill(changes, {(rows["F1-SC"], 6): "-1", (rows["F2-SC"], 6): "+1", (rows["F3-SC"], 6): "-0,5"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "3 changed" in stdout
    said = " ".join(stderr.split())  # a face kept two steps from its new score is said
    assert f"row {rows['F1-SC']}: Klantreis!B9 keeps its face 😊 beside the new score -1: change the face" in said
    assert f"row {rows['F2-SC']}: Klantreis!C9 keeps its face 😕 beside the new score +1" in said
    assert "D9 keeps" not in said
    written = openpyxl.load_workbook(out)["Klantreis"]
    assert [written[ref].value for ref in ("B9", "C9", "D9")] == ["-1 😊", "+1 😕 lange wachttijd", "-0,5\nheel blij"]
    code, stdout, _ = run_clean("diff", source, out, "--json")
    [journey] = json.loads(stdout)["journeys"]
    scores = [p["score"] for p in journey["phases"]]
    assert [(float(s["old"].replace(",", ".")), float(s["new"].replace(",", "."))) for s in scores] == [
        (1, -1),
        (-1, 1),
        (2, -0.5),
    ]
    assert "lange wachttijd" not in stdout and "heel blij" not in stdout  # the words stay as they were
    code, stdout, _ = run_clean("check", out, "--json")
    assert code == 0 and "lange wachttijd" in stdout and "heel blij" in stdout


def test_a_phase_not_scored_yet_gets_a_score_row_the_team_can_fill_in(tmp_path: Path) -> None:
    """Hostile 12 (F2): a phase without a score had no score row, and a new row for the score lane was refused:
    the phase the team scores in the workshop is exactly the one not scored before it."""
    source = canvas(tmp_path / "lease.xlsx", {"C9": None})
    changes, rows = _kit(source, tmp_path / "kit")
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    assert [sheet.cell(rows["F2-SC"], col).value for col in (2, 3, 4)] == ["Aanvraag", "Ervaringsscore", None]
    fill(changes, {(rows["F2-SC"], 6): "-2"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 changed" in stdout
    assert [openpyxl.load_workbook(out)["Klantreis"][ref].value for ref in ("B9", "C9", "D9")] == [1, -2, 2]
    code, stdout, _ = run_clean("check", out, "--json")
    assert code == 0
    [journey] = json.loads(stdout)["journeys"]
    assert [s[0]["value"] for s in journey["scores"]] == [1, -2, 2]


def test_two_copies_giving_a_phase_the_same_score_written_otherwise_ask_the_same(tmp_path: Path) -> None:
    """Hostile 12 (F3): "1" on one copy of the sheet and "+1" (as the kit prints scores) or "1,0" on another
    were refused as rows asking different things; the same number is the same thing."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = _kit(source, tmp_path / "kit")
    book = openpyxl.load_workbook(changes)
    for name, typed in (("Groep 2", "+1"), ("Groep 3", "1,0")):
        copy = book.copy_worksheet(book.worksheets[0])
        copy.title = name
        copy.cell(rows["F2-SC"], 6).value = typed
    book.worksheets[0].cell(rows["F2-SC"], 6).value = "1"
    book.save(changes)
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 changed" in stdout
    assert openpyxl.load_workbook(out)["Klantreis"]["C9"].value == 1


def test_minus_zero_for_a_score_of_zero_asks_nothing(tmp_path: Path) -> None:
    """Hostile 12 (F3): "-0" over a score of 0 wrote a new version that changed nothing."""
    source = canvas(tmp_path / "lease.xlsx", {"D9": 0})
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows["F3-SC"], 6): "-0"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "nothing to apply" in stdout and not out.exists()


def test_a_score_that_is_no_number_is_refused_at_the_cell_it_was_typed_in(tmp_path: Path) -> None:
    """Hostile 12 (F21, F3): refusals named the ID cell, not the cell the team typed in; "nan" and "inf" were
    "off the scale" rather than no number."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows["F1-SC"], 6): "+3", (rows["F2-SC"], 6): "nan", (rows["F3-SC"], 6): "inf"})
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "lease-v2.xlsx")
    assert code == 1
    said = " ".join(stderr.split())
    assert f"Wijzigingen!F{rows['F1-SC']}: row {rows['F1-SC']}: the score '+3' of 'Oriëntatie' is off the scale" in said
    assert f"Wijzigingen!F{rows['F2-SC']}: row {rows['F2-SC']}: the score of 'Aanvraag' is a number on the" in said
    assert "not 'nan'" in said and "not 'inf'" in said


def test_a_score_crossed_out_is_taken_out_and_said(tmp_path: Path) -> None:
    """Hostile 12 (F21): a score row marked "weg" took the phase's score out without a word."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows["F2-SC"], 5): "weg"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 removed" in stdout
    said = " ".join(stderr.split())
    assert f"row {rows['F2-SC']}: the score of 'Aanvraag' is taken out" in said and "'Nieuwe tekst'" in said
    assert openpyxl.load_workbook(out)["Klantreis"]["C9"].value is None


def test_a_half_score_is_written_in_the_canvas_language_on_the_poster_and_the_deck(tmp_path: Path) -> None:
    """Hostile 12 (F20): the kit invites "-0,5", and a Dutch poster and deck then printed "+1.5"."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows["F1-SC"], 6): "1,5"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    code, _, stderr = run_clean("build", out, "-o", tmp_path / "nl", "--size", "A3")
    assert code == 0, stderr
    poster, deck = pdf_text(tmp_path / "nl" / "lease-v2.pdf"), slide_text(tmp_path / "nl" / "lease-v2.pptx")
    assert "+1,5" in poster and "+1,5" in deck
    assert "1.5" not in poster and "1.5" not in deck
    code, _, stderr = run_clean("kit", out, "-o", tmp_path / "kit2")
    assert code == 0, stderr
    again = tmp_path / "kit2" / "lease-v2-changes.xlsx"
    assert openpyxl.load_workbook(again).worksheets[0].cell(changes_rows(again)["F1-SC"], 4).value == "+1,5"
    code, _, stderr = run_clean("build", out, "-o", tmp_path / "en", "--size", "A3", "--lang", "en")
    assert code == 0, stderr
    assert "+1.5" in slide_text(tmp_path / "en" / "lease-v2.pptx")


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _row_of(sheet: openpyxl.worksheet.worksheet.Worksheet, label: str) -> list[object]:
    """The values of the canvas row under ``label`` (column A), as stored."""
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == label)
    return [sheet.cell(row, col).value for col in range(2, sheet.max_column + 1)]


def test_a_csv_canvas_keeps_its_score_label_and_writes_scores_as_numbers(tmp_path: Path) -> None:
    """Hostile 12 (F19): the new workbook of a CSV canvas put the template's label over the team's score row
    ("Bewertung" became "Stimmungsbarometer (-2 bis +2)") and wrote a 1..5 row as text."""
    german = _csv(
        tmp_path / "g.csv",
        ["Phase;Suche;Kauf;Nutzung", "Was tut der Kunde?;Sucht;Kauft;Nutzt", "Bewertung;-1;0;+1"],
    )
    changes, rows = _kit(german, tmp_path / "kit")
    fill(changes, {(rows["P1-SC"], 6): "-1,5"})
    out = tmp_path / "g-v2.xlsx"
    code, _, stderr = run_clean("apply", german, changes, "-o", out)
    assert code == 0, stderr
    assert _row_of(openpyxl.load_workbook(out).worksheets[0], "Bewertung") == [-1.5, 0, 1]
    five = _csv(
        tmp_path / "s5.csv",
        ["Fase;Oriëntatie;Aankoop;Gebruik", "Wat doet de klant?;Zoekt;Koopt;Gebruikt", "Score (1-5);2;4;3"],
    )
    changes, rows = _kit(five, tmp_path / "kit5")
    fill(changes, {(rows["F1-SC"], 6): "4,5"})
    out = tmp_path / "s5-v2.xlsx"
    code, _, stderr = run_clean("apply", five, changes, "-o", out)
    assert code == 0, stderr
    assert _row_of(openpyxl.load_workbook(out).worksheets[0], "Score (1-5)") == [4.5, 4, 3]
    code, stdout, stderr = run_clean("diff", five, out)
    assert code == 0 and "baan erbij" not in stdout and "Oriëntatie: score 2 → 4" in stdout


def test_a_phase_of_two_scores_keeps_both_after_apply_and_has_a_row_per_step(tmp_path: Path) -> None:
    """Hostile 12 (F23): a phase of two steps, each scored, lost its second score after apply (written on a
    row of another label, read back as text). New user 22 (finding 9): the kit left it out of the changes
    sheet (said, but not changeable): it gets a row per step score, each changing its own cell."""
    source = _csv(
        tmp_path / "dup.csv",
        ["Fase;Bellen;Bellen;Komen", "Wat doet de klant?;Belt;Mailt;Komt", "Score;-1;0;1"],
    )
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    assert "has 2 scores" not in stderr and "no score row" not in stderr
    changes = tmp_path / "kit" / "dup-changes.xlsx"
    rows = changes_rows(changes)
    assert "F1-SC" not in rows and {"F1.1-SC", "F1.2-SC", "F2-SC"} <= set(rows)
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    assert [sheet.cell(rows[key], 3).value for key in ("F1.1-SC", "F1.2-SC")] == ["Score · 1/2", "Score · 2/2"]
    assert [sheet.cell(rows[key], 4).value for key in ("F1.1-SC", "F1.2-SC")] == ["-1", "0"]
    fill(changes, {(rows["F1.2-SC"], 6): "+1", (rows["F2-SC"], 6): "2"})
    out = tmp_path / "dup-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    code, stdout, _ = run_clean("check", out, "--json")
    assert code == 0
    [journey] = json.loads(stdout)["journeys"]
    assert [[s["value"] for s in phase] for phase in journey["scores"]] == [[-1, 1], [2]]
    code, stdout, stderr = run_clean("diff", source, out)
    assert code == 0 and "baan erbij" not in stdout and "Bellen: score -1 · 0 → -1 · +1" in stdout, stdout
    assert "two rows score the phases" not in stderr


def test_a_phase_of_two_scored_steps_is_written_under_the_teams_label_and_its_one_column_said(tmp_path: Path) -> None:
    """Hostile 13 (H5): the new workbook of a CSV canvas wrote a phase's second score on a row labelled with a
    trailing space ("Bewertung (1-5) ") to tell it apart, and wrote the phase's two steps as one column unsaid."""
    source = _csv(
        tmp_path / "c15.csv",
        [
            "Phase,Discover,Compare,Buy,Buy,Use",
            "Customer actions,Searches,Compares,Orders,Pays,Installs",
            "Bewertung (1-5),2,3,4,5,",
        ],
    )
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows["P1-SC"], 6): "4"})
    out = tmp_path / "c15-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    sheet = openpyxl.load_workbook(out).worksheets[0]
    labels = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)]
    assert labels.count("Bewertung (1-5)") == 2 and "Bewertung (1-5) " not in labels
    assert "the phase 'Buy' spans 2 steps; the new workbook writes it as one column" in " ".join(stderr.split())
    code, stdout, _ = run_clean("check", out, "--json")
    [journey] = json.loads(stdout)["journeys"]
    assert [[s["value"] for s in phase] for phase in journey["scores"]] == [[4], [3], [4, 5], []]


def test_a_csv_canvas_scored_by_words_follows_the_teams_new_words(tmp_path: Path) -> None:
    """Hostile 12 (F4): a CSV canvas scored by a lane's words got a score row of the old numbers in its new
    workbook, contradicting the word the team wrote; and a score row beside the word card asked for a second
    answer to the same question."""
    source = _csv(
        tmp_path / "sw.csv",
        ["Fase;Oriëntatie;Aankoop;Gebruik", "Wat doet de klant?;Zoekt;Koopt;Gebruikt", "Gevoel;Slecht;Goed;Matig"],
    )
    changes, rows = _kit(source, tmp_path / "kit")
    assert not [card for card in rows if card.endswith("-SC")]
    fill(changes, {(rows["F1-EM-01"], 6): "Heel goed"})
    out = tmp_path / "sw-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    code, stdout, stderr = run_clean("check", out, "--json")
    assert code == 0 and "two rows score" not in stderr
    [journey] = json.loads(stdout)["journeys"]
    assert [[s["value"] for s in phase] for phase in journey["scores"]] == [[2], [1], [0]]
    code, stdout, _ = run_clean("diff", source, out)
    assert "baan erbij" not in stdout and "Oriëntatie: score -1 → +2" in stdout


def test_a_csv_canvas_keeps_the_faces_and_words_of_its_score_cells_in_the_new_workbook(tmp_path: Path) -> None:
    """Found on the way (F14 for a CSV canvas): the new workbook of a CSV canvas wrote each score as its bare
    number, so "-1 😕 lange wachttijd" lost its face and its words, also where nobody changed the score."""
    source = _csv(
        tmp_path / "sf.csv",
        [
            "Fase;Oriëntatie;Aankoop;Gebruik",
            "Wat doet de klant?;Zoekt;Koopt;Gebruikt",
            "Score;-1 😕 lange wachttijd;0;😊",
        ],
    )
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows["F2-SC"], 6): "+1", (rows["F3-SC"], 6): "+2"})
    out = tmp_path / "sf-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "2 changed" in stdout
    assert _row_of(openpyxl.load_workbook(out).worksheets[0], "Score") == ["-1 😕 lange wachttijd", 1, "+2 😊"]
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0 and "eruit" not in stdout and "lange wachttijd" not in stdout
    assert "Aankoop: score 0 → +1" in stdout and "Gebruik: score +1 → +2" in stdout


def test_a_new_score_in_a_csv_cell_of_words_keeps_the_cell_as_written_and_says_a_face_it_contradicts(
    tmp_path: Path,
) -> None:
    """Hostile 13 (H1, H2/H13): a CSV score cell of a number and words ("0\nneutraal", "-2 slecht 😡") got the
    word "None" written before its words (a face it never had), one line became two, the corner "Fase" came back
    as "Phase", and a face kept beside a new score it contradicts was not said (as it is for a workbook)."""
    source = _csv(
        tmp_path / "sw.csv",
        [
            "Fase;Oriëntatie;Aankoop;Gebruik;Service",
            "Wat doet de klant?;Zoekt;Koopt;Gebruikt;Belt",
            'Score;-1 😕 lange wachttijd;"0\nneutraal";+1,5 🙂;-2 slecht 😡',
        ],
    )
    changes, rows = _kit(source, tmp_path / "kit")
    fill(changes, {(rows[f"F{n}-SC"], 6): new for n, new in ((1, "+2"), (2, "+2"), (3, "-1,5"), (4, "+1"))})
    out = tmp_path / "sw-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert _row_of(sheet, "Score") == ["+2 😕 lange wachttijd", "+2\nneutraal", "-1,5 🙂", "+1 slecht 😡"]
    assert sheet.cell(next(r for r in range(1, 20) if sheet.cell(r, 2).value == "Oriëntatie"), 1).value == "Fase"
    said = " ".join(stderr.split())
    assert f"row {rows['F1-SC']}: sw!B3 keeps its face 😕 beside the new score +2: change the face" in said
    assert f"row {rows['F3-SC']}: sw!D3 keeps its face 🙂 beside the new score -1,5" in said  # the canvas's mark
    assert "None" not in said and f"row {rows['F2-SC']}" not in said
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0 and "None" not in stdout and "eruit" not in stdout and "gewijzigd:" not in stdout
    assert "Oriëntatie: score -1 → +2" in stdout and "Aankoop: score 0 → +2" in stdout


def test_a_new_score_typed_with_a_face_is_written_as_typed(tmp_path: Path) -> None:
    """Hostile 13 (H21): a new score typed as the canvas's own cells write scores ("5 😀", "-1 🙁") was refused
    as no number; then (round 14) its number was taken and the face said but not written. The cell takes both as
    typed: the face in place of the one it wrote, the team's words after it kept; a number cell becomes the text
    typed, read back as that score with that face."""
    source = canvas(tmp_path / "lease.xlsx", {"B9": "+1 😊", "C9": "-1 😕 lange wachttijd"})
    changes, rows = kit_of(source, tmp_path)  # the changes sheet alone: no PDFs
    fill(changes, {(rows["F1-SC"], 6): "-1 🙁", (rows["F2-SC"], 6): "+1 😊", (rows["F3-SC"], 6): "+2 😀"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "3 changed" in stdout and "face" not in stderr  # nothing left out, nothing to say
    written = openpyxl.load_workbook(out)["Klantreis"]
    assert [written[ref].value for ref in ("B9", "C9", "D9")] == ["-1 🙁", "+1 😊 lange wachttijd", "+2 😀"]
    code, stdout, _ = run_clean("check", out, "--json")
    [journey] = json.loads(stdout)["journeys"]
    assert [(s[0]["value"], s[0]["face"]) for s in journey["scores"]] == [(-1, "🙁"), (1, "😊"), (2, "😀")]
    five = _csv(
        tmp_path / "s5.csv",
        ["Fase;Oriëntatie;Aankoop;Gebruik", "Wat doet de klant?;Zoekt;Koopt;Gebruikt", "Score (1-5);2;4;3"],
    )
    changes, rows = kit_of(five, tmp_path)
    fill(changes, {(rows["F1-SC"], 6): "5 😀"})
    out = tmp_path / "s5-v2.xlsx"
    code, _, stderr = run_clean("apply", five, changes, "-o", out)
    assert code == 0, stderr
    assert _row_of(openpyxl.load_workbook(out).worksheets[0], "Score (1-5)") == ["5 😀", 4, 3]


def test_two_scores_in_one_cell_are_two_scores_of_the_phase(tmp_path: Path) -> None:
    """Hostile 13 (H11): "+1; +2" in a score cell was read as the score +1 with a lane word "+2", the kit gave it a
    score row and apply left "-2; +2", read back as -2 without a word. It is two scores of the phase, said, and
    the kit says why the phase has no score row (as for a phase of two scored steps)."""
    source = canvas(tmp_path / "lease.xlsx", {"D9": "+1; +2"})
    code, stdout, stderr = run_clean("check", source, "--explain")
    assert code == 0, stderr
    assert "Klantreis!D9: '+1; +2' read as 2 scores of the phase (+1, +2)" in stdout
    code, stdout, _ = run_clean("check", source, "--json")
    [journey] = json.loads(stdout)["journeys"]
    assert [s["value"] for s in journey["scores"][2]] == [1, 2]
    assert not [item for lane in journey["lanes"] for item in lane["cells"][2] if item["text"] == "+2"]
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    assert "the phase 'Levering' has 2 scores (+1, +2): the changes sheet has no score row" in " ".join(stderr.split())
    assert "F3-SC" not in changes_rows(tmp_path / "kit" / "lease-changes.xlsx")


def test_a_score_cell_holding_a_formula_is_not_written_over(tmp_path: Path) -> None:
    """Found on the way, and Hostile 13 (H12): a score cell of a formula Excel never calculated reads as empty.
    The kit offered it as a phase to give its first score, which apply then refused, and --partial failed as a
    whole. The kit now gives it no row and says why; a row for it (a kit made before) is refused by name, and
    --partial skips that row and applies the others."""
    source = canvas(tmp_path / "lease.xlsx", {"C9": "=AVERAGE(1,-1)"})
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert "Klantreis!C9: the score cell of 'Aanvraag' holds a formula without a calculated value" in said
    changes = tmp_path / "kit" / "lease-changes.xlsx"
    rows = changes_rows(changes)
    assert "F2-SC" not in rows and "F1-SC" in rows and "F3-SC" in rows
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    old_row = [sheet.cell(rows["F1-SC"], col).value for col in range(1, 7)]  # a row an earlier kit had
    extra = sheet.max_row + 1
    typed = {(extra, col): value for col, value in enumerate(old_row, start=1) if value is not None}
    typed |= {(extra, 1): "F2-SC", (extra, 2): "Aanvraag", (extra, 4): None, (extra, 6): "+1"}
    fill(changes, typed | {(rows["F3-SC"], 6): "-2"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 1 and not out.exists()
    said = " ".join(stderr.split())
    assert f"row {extra}: Klantreis!C9: the score cell holds a formula, which apply does not write over" in said
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out, "--partial")
    assert code == 0, stderr
    assert "1 changed" in stdout and f"row {extra}: Klantreis!C9: the score cell holds a formula" in stderr
    assert openpyxl.load_workbook(out)["Klantreis"]["C9"].value == "=AVERAGE(1,-1)"
    code, stdout, _ = run_clean("diff", source, out)
    assert "Levering: score" in stdout


def test_text_in_the_score_row_that_is_no_score_gets_no_row_and_is_said(tmp_path: Path) -> None:
    """A phase whose score cell holds text that is no score ("1 (4/5)") is no phase "not scored yet": an empty
    score row would write over the text. The kit says so."""
    source = canvas(tmp_path / "lease.xlsx", {"C9": "1 (4/5)"})
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert "Klantreis!C9: the text '1 (4/5)' in the score row of 'Aanvraag' is no score and no card in the kit" in said
    rows = changes_rows(tmp_path / "kit" / "lease-changes.xlsx")
    assert "F2-SC" not in rows and "F1-SC" in rows and "F3-SC" in rows


def test_a_mermaid_phase_of_one_scored_task_gets_a_score_row_and_diff_adds_no_lane(tmp_path: Path) -> None:
    """Hostile 13 (H20): a Mermaid section of one scored task got no score row and no word why (the task's card
    shares its line with the score, and was taken for a card that writes the score); after apply, ``diff`` said
    "lane added: Score" for the row the new workbook writes the tasks' scores in."""
    source = tmp_path / "j.mmd"
    source.write_text(
        "journey\n  title Zonnepanelen kopen\n  section Oriënteren\n    Zoekt online: 3: Klant\n"
        "    Leest reviews: 2: Klant, Buurman\n  section Installatie\n    Monteur komt: 5: Klant, Monteur\n",
        encoding="utf-8",
    )
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert "the phase 'Oriënteren' has 2 scores (3, 2): the changes sheet has no score row for it" in said
    assert "'Installatie'" not in said
    changes = tmp_path / "kit" / "j-changes.xlsx"
    rows = changes_rows(changes)
    # a Dutch journey's cards in Dutch (round 15: Mermaid's own lanes are named in its language): F = Fase
    assert "F2-SC" in rows and "F1-SC" not in rows
    assert "F2-KP-01" in rows  # the task stays a card of its own
    fill(changes, {(rows["F2-SC"], 6): "4"})
    out = tmp_path / "j-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0
    assert "Installatie: score 5 → 4" in stdout and "baan erbij" not in stdout


def test_a_half_score_is_written_with_the_canvass_decimal_mark_everywhere(tmp_path: Path) -> None:
    """Round 14 (review: one rule in four places): a half score in a Dutch canvas is "-1,5" in the cell apply
    writes, in apply's message about the face kept beside it, in the kit's message about a phase it has no row
    for, and in diff's report — which wrote "-1 → -1.5"."""
    source = canvas(tmp_path / "lease.xlsx", {"B9": "+1 😊", "D9": "+0,5; -1"})
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    assert "the phase 'Levering' has 2 scores (+0,5, -1)" in " ".join(stderr.split())
    changes = tmp_path / "kit" / "lease-changes.xlsx"
    rows = changes_rows(changes)
    fill(changes, {(rows["F1-SC"], 6): "-1,5", (rows["F2-SC"], 6): "-1,5"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "Klantreis!B9 keeps its face 😊 beside the new score -1,5" in " ".join(stderr.split())
    written = openpyxl.load_workbook(out)["Klantreis"]
    assert [written[ref].value for ref in ("B9", "C9")] == ["-1,5 😊", -1.5]
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0
    assert "Oriëntatie: score +1 → -1,5" in stdout and "Aanvraag: score -1 → -1,5" in stdout


def test_the_words_beside_a_score_are_a_card_the_team_edits(tmp_path: Path) -> None:
    """Round 14: the words written beside a score in its cell ("-1 ongerust, pijn bij elke trede", "0⏎neutraal,
    twijfelt nog") were kept but were no card: the team could not change them in the workshop. Each is a card of
    the experience (``F2-SC-01``, beside the score row ``F2-SC``); apply writes its edit back into the same cell
    beside the score (a new score with it), and a removal leaves the score alone; diff says the words changed."""
    words = {"B9": "-1 ongerust, pijn bij elke trede", "C9": "0\nneutraal, twijfelt nog", "D9": "+2 😀 blij"}
    source = canvas(tmp_path / "lease.xlsx", words)
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0 and "no card" not in stderr, stderr
    changes = tmp_path / "kit" / "lease-changes.xlsx"
    rows = changes_rows(changes)
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    assert [sheet.cell(rows["F1-SC-01"], col).value for col in (2, 3, 4)] == [
        "Oriëntatie",
        "Ervaringsscore",
        "ongerust, pijn bij elke trede",
    ]
    assert sheet.cell(rows["F2-SC-01"], 4).value == "neutraal, twijfelt nog"
    fill(
        changes,
        {
            (rows["F1-SC-01"], 6): "ongerust, de trap is zwaar",
            (rows["F2-SC-01"], 6): "twijfelt niet meer",
            (rows["F2-SC"], 6): "+1",
            (rows["F3-SC-01"], 5): "weg",
        },
    )
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "3 changed, 1 removed" in stdout
    written = openpyxl.load_workbook(out)["Klantreis"]
    assert [written[ref].value for ref in ("B9", "C9", "D9")] == [
        "-1 ongerust, de trap is zwaar",
        "+1\ntwijfelt niet meer",
        "+2 😀",
    ]
    code, stdout, _ = run_clean("diff", source, out)
    said = "Oriëntatie · Ervaringsscore: gewijzigd: ongerust, pijn bij elke trede → ongerust, de trap is zwaar"
    assert said in stdout
    assert "Levering · Ervaringsscore: eruit: blij" in stdout and "Aanvraag: score 0 → +1" in stdout
    code, stdout, _ = run_clean("check", out, "--json")
    [journey] = json.loads(stdout)["journeys"]
    assert [s[0]["value"] for s in journey["scores"]] == [-1, 1, 2]


def test_new_words_beside_a_score_that_open_with_a_score_are_said(tmp_path: Path) -> None:
    """Hostile tester, round 18: "-2 nog steeds ongerust" typed on the words' row (F1-SC-01) instead of the
    score's (F1-SC) was written beside the old score ("-1 -2 nog steeds ongerust") without a word."""
    source = canvas(tmp_path / "lease.xlsx", {"B9": "-1 ongerust, pijn bij elke trede"})
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    changes = tmp_path / "kit" / "lease-changes.xlsx"
    rows = changes_rows(changes)
    fill(changes, {(rows["F1-SC-01"], 6): "-2 nog steeds ongerust"})
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "lease-v2.xlsx")
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert f"row {rows['F1-SC-01']}: the new words of card F1-SC-01 open with a score ('-2')" in said
    assert "to change the score, type it on its row F1-SC" in said


def test_a_csv_phase_of_two_steps_keeps_its_two_columns_in_the_new_workbook(tmp_path: Path) -> None:
    """Round 14: a CSV phase of two steps (two columns of one name) was written by apply as one column, its steps'
    words one under the other (said). Where its shape is simple (every word and score in one of its steps'
    columns, scores on the template's scale) the new workbook keeps it: a column a step, under the phase's name
    merged over them; each word and score in its step's column, a new card in the phase's first step."""
    source = _csv(
        tmp_path / "steps.csv",
        [
            "Fase;Oriëntatie;Oriëntatie;Aankoop;Gebruik",
            "Wat doet de klant?;Zoekt;Vergelijkt;Koopt;Gebruikt",
            "Pijnpunten;Te veel keus;Onduidelijke prijzen;Duur;",
            "Ervaringsscore;-1;+1 😊 blij;0;2",
        ],
    )
    changes, rows = kit_of(source, tmp_path)  # the changes sheet alone: the test needs no PDFs of the kit
    new = max(rows.values()) + 2
    fill(
        changes,
        {
            (rows["F1-KP-02"], 6): "Vergelijkt drie aanbieders",
            (new, 2): "Oriëntatie",
            (new, 3): "Pijnpunten",
            (new, 6): "Geen advies",
        },
    )
    out = tmp_path / "steps-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0 and "1 changed, 0 removed, 1 added" in stdout, stderr
    assert "one column" not in stderr
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert _row_of(sheet, "Fase") == ["Oriëntatie", None, "Aankoop", "Gebruik"]
    assert any(str(cells).startswith("B") and ":C" in str(cells) for cells in sheet.merged_cells.ranges)
    assert _row_of(sheet, "Wat doet de klant?") == ["Zoekt", "Vergelijkt drie aanbieders", "Koopt", "Gebruikt"]
    assert _row_of(sheet, "Pijnpunten") == ["Te veel keus\nGeen advies", "Onduidelijke prijzen", "Duur", None]
    assert _row_of(sheet, "Ervaringsscore") == [-1, "+1 😊 blij", 0, 2]
    code, stdout, _ = run_clean("check", out, "--json")
    [journey] = json.loads(stdout)["journeys"]
    assert [(p["name"], p["steps"]) for p in journey["phases"]] == [("Oriëntatie", 2), ("Aankoop", 1), ("Gebruik", 1)]
    assert [[s["value"] for s in phase] for phase in journey["scores"]] == [[-1, 1], [0], [2]]
    code, stdout, _ = run_clean("diff", source, out)
    assert "gewijzigd: Vergelijkt → Vergelijkt drie aanbieders" in stdout and "erbij: Geen advies" in stdout
    assert "score" not in stdout and "eruit" not in stdout


def test_a_score_with_words_beside_it_is_not_taken_out_with_them(tmp_path: Path) -> None:
    """Round 14: taking a score out ("weg" on its score row) emptied its cell, the words beside the score with it.
    It is refused at the row, naming the cell and what it holds; --partial applies the other rows."""
    source = canvas(tmp_path / "lease.xlsx", {"B9": "-1 ongerust, pijn bij elke trede"})
    changes, rows = kit_of(source, tmp_path)  # the changes sheet alone: no PDFs
    fill(changes, {(rows["F1-SC"], 5): "weg", (rows["F2-KP-01"], 6): "Vult het formulier online in"})
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "lease-v2.xlsx")
    said = " ".join(stderr.split())
    assert code == 1 and f"row {rows['F1-SC']}: Klantreis!B9: the score cell holds '-1 ongerust" in said
    assert "taking its score out would take out what it says beside it" in said
    out = tmp_path / "lease-v3.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out, "--partial")
    assert code == 0 and "1 changed, 0 removed" in stdout, stderr
    assert openpyxl.load_workbook(out)["Klantreis"]["B9"].value == "-1 ongerust, pijn bij elke trede"


def test_words_beside_a_score_a_formula_writes_are_never_written_over(tmp_path: Path) -> None:
    """Round 14: the words beside a score are a card; where the score cell is a formula ("=..." giving "-1
    ongerust"), an edit of them is refused at the cell, and the formula stays."""
    source = canvas(tmp_path / "lease.xlsx", {"B9": "-1 ongerust"})
    with_formula(source, "B9", '"-1 "&amp;"ongerust"', "-1 ongerust", "str")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-SC-01"], 6): "heel ongerust"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    said = " ".join(stderr.split())
    assert code == 1 and "Klantreis!B9: the score cell holds the formula" in said and not out.exists()


def test_a_score_removal_refused_at_its_cell_is_never_first_announced_as_done(tmp_path: Path) -> None:
    """F9 (round 17): "the score of … is taken out, as the row asks" was said of the row its cell then refused."""
    source = canvas(tmp_path / "lease.xlsx", {"B9": "-1 ongerust, pijn bij elke trede"})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-SC"], 5): "weg", (rows["F2-SC"], 5): "weg"})
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "lease-v2.xlsx")
    said = " ".join(stderr.split())
    assert code == 1 and "taking its score out would take out what it says beside it" in said
    assert "is taken out, as the row asks" not in said  # nothing is written: no score is taken out
    code, stdout, stderr = run_clean("apply", source, changes, "-o", tmp_path / "lease-v3.xlsx", "--partial")
    said = " ".join(stderr.split())
    assert code == 0 and "0 changed, 1 removed" in stdout, said
    assert f"row {rows['F1-SC']}: the score of" not in said  # refused: skipped, not announced
    assert f"row {rows['F2-SC']}: the score of " in said and "is taken out, as the row asks" in said


def test_a_merged_phase_scored_in_each_column_gets_a_row_per_step_score(tmp_path: Path) -> None:
    """New user 22 (finding 9): 'Behandeling' merged over two columns, scored '3/5' and 4 (read as 3,5, their
    mean), had no row on the changes sheet. Each step score gets its own row, which changes its own cell only,
    in the notation the team wrote it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Reis"
    for row in (
        ["Fase", "Klacht", "Behandeling", None, "Nazorg"],
        ["Wat doet de klant?", "Belt", "Oefent", "Oefent thuis", "Belt terug"],
        ["Score (1-5)", 2, "3/5", 4, 5],
    ):
        sheet.append(row)
    sheet.merge_cells("C1:D1")
    source = tmp_path / "fysio.xlsx"
    book.save(source)
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    assert "no score row" not in stderr
    changes = tmp_path / "kit" / "fysio-changes.xlsx"
    rows = changes_rows(changes)
    assert {"F1-SC", "F2.1-SC", "F2.2-SC", "F3-SC"} <= set(rows) and "F2-SC" not in rows
    fill(changes, {(rows["F2.1-SC"], 6): "2"})
    out = tmp_path / "fysio-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    written = openpyxl.load_workbook(out)["Reis"]
    assert (written["C3"].value, written["D3"].value) == ("2/5", 4)
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0 and "Behandeling: score 3 · 4 → 2 · 4" in stdout, stdout
