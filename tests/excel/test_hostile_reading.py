"""What a hostile tester found in reading (H9-H25): each case gets its own sentence, never a silent guess,
never a lost word."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.reader import read_canvas
from tests.helpers import make_book, pdf_text, squeeze


def _canvas(tmp_path: Path, *lanes: tuple[str, list[object]], name: str = "reis.xlsx") -> Path:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "D1": "Gebruik"}
    for row, (label, values) in enumerate(lanes, start=2):
        cells[f"A{row}"] = label
        cells |= {f"{'BCD'[i]}{row}": v for i, v in enumerate(values)}
    return make_book(tmp_path / name, {"Klantreis": cells})


def test_an_experience_lane_in_words_keeps_its_words_and_scores_from_them(tmp_path: Path) -> None:
    # H16: "Goed | Matig | Slecht" became a score row and its words left the poster; "holds only small numbers".
    path = _canvas(tmp_path, ("Klantproces", ["Zoekt", "Koopt", "Gebruikt"]), ("Ervaring", ["Goed", "Matig", "Slecht"]))
    journey = read_canvas(path).journeys[0]
    lane = journey.lanes[1]
    assert (lane.kind, [[i.text for i in c] for c in lane.cells]) == ("experience", [["Goed"], ["Matig"], ["Slecht"]])
    assert journey.phase_means() == [1, 0, -1]
    assert not any("small numbers" in line for line in journey.reading)
    assert any("holds score words (Goed, Matig, Slecht)" in line for line in journey.reading)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3"])
    assert result.exit_code == 0, result.output
    poster = squeeze(pdf_text(tmp_path / "out" / "reis.pdf"))
    assert all(word in poster for word in ("Goed", "Matig", "Slecht"))
    numbers = _canvas(tmp_path, ("Klantproces", ["a", "b", "c"]), ("Ervaring", [1, 0, -1]), name="getallen.xlsx")
    said = read_canvas(numbers).journeys[0].reading
    assert any("holds only small numbers: scores" in line for line in said)  # said where it is true


def test_a_text_lane_one_letter_from_score_is_no_score_row_and_notes_get_no_foreign_guess(tmp_path: Path) -> None:
    # H21: "Scope" over text was read as the score row; "Notes" was offered 'Note' (score) or 'Dores' (Portuguese).
    path = _canvas(tmp_path, ("Klantproces", ["Zoekt", "Koopt", "Gebruikt"]),
                   ("Scope", ["Alleen NL", "Ook BE", "Niet DE"]), ("Notes", ["Let op", "Bellen", "Uitzoeken"]),
                   ("Kanaen", ["Web", "Winkel", "App"]))  # fmt: skip
    canvas = read_canvas(path)
    lanes = {lane.label: lane for lane in canvas.journeys[0].lanes}
    assert lanes["Scope"].kind == "custom" and [i.text for i in lanes["Scope"].cells[0]] == ["Alleen NL"]
    assert not any("no score canvasgen can read" in str(w) for w in canvas.warnings)
    assert lanes["Notes"].suggestions == ()
    assert [s.label for s in lanes["Kanaen"].suggestions] == ["Kanalen", "Kansen"]
    from canvasgen.read.lane_roles import offer_in_family
    from canvasgen.vocabulary.roles import lane_role

    assert "Dores" in [s.label for s in lane_role("Dorsen").suggestions]  # close to Portuguese 'dores' ...
    dutch = read_canvas(_canvas(tmp_path, ("Klantproces", ["a", "b", "c"]), ("Dorsen", ["x", "y", "z"]), name="d.xlsx"))
    offer_in_family(dutch.journeys[0])
    assert dutch.journeys[0].lanes[1].suggestions == ()  # ... never offered on a Dutch canvas


def test_corrections_that_match_nothing_are_said_and_a_label_may_hold_an_equals_sign(tmp_path: Path) -> None:
    # H18: --lane 'Scoop=custom', --phases-row 'Nosheet!3' and --phases-row 0 were ignored silently; a label
    # with "=" could not be corrected, and the error echoed it mangled.
    path = _canvas(tmp_path, ("Klantproces", ["a", "b", "c"]), ("Score (1=slecht, 5=goed)", ["Prima", "Nee", "Ja"]))
    result = CliRunner().invoke(main, ["check", str(path), "--lane", "Scoop=custom", "--phases-row", "Nosheet!3"])
    assert result.exit_code == 0
    said = " ".join(result.stdout.split())
    assert "the correction --lane 'Scoop=custom' (no lane is labelled so) in the command line matches nothing" in said
    assert "the correction sheet 'Nosheet' (the workbook's sheets: 'Klantreis') in the command line matches" in said
    zero = CliRunner().invoke(main, ["check", str(path), "--phases-row", "0"])
    assert zero.exit_code != 0 and "error: --phases-row: '0': rows are numbered from 1, as in Excel" in zero.stderr
    fixed = CliRunner().invoke(main, ["check", str(path), "--lane", "Score (1=slecht, 5=goed)=pain_points"])
    assert "lane 'Score (1=slecht, 5=goed)' [pain_points, corrected]: 3 items" in fixed.stdout
    assert "matches nothing" not in fixed.stdout
    bad = CliRunner().invoke(main, ["check", str(path), "--lane", "Score (1=slecht, 5=goed)=bogus kind"])
    assert "'Score (1=slecht, 5=goed)=bogus kind': give a lane label and one of the kinds" in bad.stderr
