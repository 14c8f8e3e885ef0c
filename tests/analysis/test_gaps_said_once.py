"""Round 10's new user on ``gaps``: lanes the ideal journey has but left empty were said to be "only in the
current journey"; a touchpoint read from its lane ("Pechnummer (telefoon)", stop?) and from the Touchpoints
sheet ("Pechnummer", stop) was two action points with different priorities; the gap workbook's cell column
wrote cells of both workbooks alike ("Klantreis!C9")."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.analysis.gaps import NotCompared, Unmatched
from canvasgen.analysis.report import gap_text
from canvasgen.pipeline.compare import ReportOptions, run_gaps
from canvasgen.units import parse_paper
from tests.support.workbooks import repair_journey


def _pair(folder: Path) -> tuple[Path, Path]:
    return repair_journey(folder / "ideaal.xlsx", "ideal"), repair_journey(folder / "huidig.xlsx")


def test_a_lane_the_ideal_has_but_left_empty_is_said_empty_there_not_missing(tmp_path: Path) -> None:
    result = run_gaps(_pair(tmp_path), ReportOptions(None, parse_paper("A3"), 0.6))
    assert result.report.not_compared == [
        NotCompared("Pijnpunten", Unmatched.EMPTY_IN_IDEAL),
        NotCompared("Kansen", Unmatched.EMPTY_IN_IDEAL),
        NotCompared("Wie pakt het op?", Unmatched.CURRENT_ONLY),
    ]
    text = gap_text(result.report, result.extra, "en")
    assert "  - Wie pakt het op?: only in the current journey;" in text
    assert "  - Pijnpunten, Kansen: empty in the ideal journey (its lane is there, nothing written in it);" in text
    assert "Pijnpunten, Kansen, Wie pakt het op?" not in text


def test_a_touchpoint_of_the_lane_and_the_sheet_is_one_action_of_the_surer_kind(tmp_path: Path) -> None:
    result = run_gaps(_pair(tmp_path), ReportOptions(None, parse_paper("A3"), 0.6))
    actions = result.report.actions + result.extra
    pech = [a for a in actions if "pechnummer" in a.action.lower()]
    # the sheet's ideal column says "nee": stop, not the lane's hedged "stop?"; a touchpoint to stop is low
    # however far the phase's score falls short (the gap ranks what to start and improve)
    assert [(a.kind, a.priority, a.action) for a in pech] == [("stop", "low", "Pechnummer")]
    knop = [a for a in actions if "pechknop" in a.action.lower()]  # "App (pechknop)" and "Pechknop in de app"
    assert [(a.kind, a.priority) for a in knop] == [("start", "high")]
    # the lane's words stay in the phase's lines
    text = gap_text(result.report, result.extra, "en")
    assert "No effect on the ideal journey (stop?): Contactmomenten: Pechnummer (telefoon)" in text
    assert "Missing today (start): Contactmomenten: App (pechknop)" in text
    # a touchpoint the sheet does not name stays as the lanes read it
    assert [(a.kind, a.priority) for a in actions if a.action == "Website-formulier"] == [("stop?", "low")]


def test_the_gap_workbook_says_which_journeys_workbook_each_cell_is_in(tmp_path: Path) -> None:
    run_gaps(_pair(tmp_path), ReportOptions(tmp_path / "out", parse_paper("A3"), 0.6, "nl"))
    book = openpyxl.load_workbook(tmp_path / "out" / "huidig-gaps.xlsx")
    actions = {row[1]: row[6] for row in book["Acties"].iter_rows(min_row=2, values_only=True) if row[1]}
    assert actions["Drukt op 'pech' in de app"] == "Ideaal: Klantreis!C4"  # missing today: the ideal's cell
    assert actions["Website-formulier"] == "Huidig: Klantreis!B7"
    assert actions["Pechnummer"] == "Huidig: Contactmomenten!B2"
    assert actions["Hoe voelt het?: -2 → +1"] is None  # a score has no cell (signed: its scale runs through 0)
    missing = [row[3] for row in book["Ontbreekt nu"].iter_rows(min_row=2, values_only=True)]
    without = [row[3] for row in book["Zonder effect"].iter_rows(min_row=2, values_only=True)]
    assert missing and all(cell.startswith("Ideaal: Klantreis!") for cell in missing)
    assert without and all(cell.startswith("Huidig: Klantreis!") for cell in without)


def test_a_touchpoint_on_another_channel_is_another_action_and_a_merged_pair_is_said(tmp_path: Path) -> None:
    # the sheet's "Pechnummer" is on the app now; the lane's "Pechnummer (telefoon)" is on the phone: two
    ideal = repair_journey(tmp_path / "ideaal.xlsx", "ideal")
    current = repair_journey(tmp_path / "huidig.xlsx", changes={"Contactmomenten!C2": "App"})
    result = run_gaps((ideal, current), ReportOptions(None, parse_paper("A3"), 0.6))
    pech = [(a.kind, a.action) for a in result.report.actions + result.extra if "pechnummer" in a.action.lower()]
    assert sorted(pech) == [("stop", "Pechnummer"), ("stop?", "Pechnummer (telefoon)")]
    # the pair that is one touchpoint (both on the app) is said where the command says what it decided
    text = gap_text(result.report, result.extra, "en")
    assert "Said once, as the Touchpoints sheet says it" in text
    assert "  - Pech onderweg: App (pechknop) (Klantreis!C7) = Pechknop in de app (Contactmomenten!B3)" in text
    assert "Pechnummer (telefoon) (" not in text.partition("Said once")[2]


def test_the_channel_count_and_the_gap_report_share_one_rule_for_the_same_touchpoint() -> None:
    from canvasgen.vocabulary.channels import touchpoint_identity

    assert touchpoint_identity("Intake telefoon") != touchpoint_identity("Intake via app")
    assert touchpoint_identity("Pechnummer (telefoon)") == touchpoint_identity("Pechnummer", "phone")
    assert touchpoint_identity("App (pechknop)") == touchpoint_identity("Pechknop in de app")
