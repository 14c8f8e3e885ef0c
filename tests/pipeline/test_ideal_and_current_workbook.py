"""One workbook holding an ideal and a current journey that share their Touchpoints and Personas sheets (the new
user of round 12): what one journey lacks is said for that journey, and the gap analysis places the sheet's
touchpoints in the phases it aligned."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import payroll_ideal_and_current


def test_a_phase_the_current_journey_lacks_is_said_for_the_touchpoint_and_the_persona(tmp_path: Path) -> None:
    """The ideal sheet has 'Contract & sign-off', the current one left that header blank ('Stage 4'): the
    touchpoint and the persona naming it are left off the current journey's map, and check says so with
    their cells and the fix, as it does for a workbook of one journey."""
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    code, out, _ = run_clean("check", book)
    assert code == 0
    touchpoint = next(line for line in out.splitlines() if "Touchpoints!A3" in line)
    assert "'Trust page' names the phase 'Contract & sign-off'" in touchpoint
    assert "'Buying payroll software – current' does not have" in touchpoint
    assert "('Stage 4'): if it is 'Contract & sign-off', write that name over it" in touchpoint
    persona = next(line for line in out.splitlines() if "Personas!C2" in line)
    assert "not a phase of 'Buying payroll software – current'" in persona and "'Stage 4' has no name" in persona
    assert "'Buying payroll software – ideal'" not in persona  # the ideal journey has the phase


def test_named_header_warns_of_nothing(tmp_path: Path) -> None:
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx", blank_header=False)
    code, out, _ = run_clean("check", book)
    assert code == 0 and "Touchpoints!A3" not in out and "Personas!C2" not in out


def test_gaps_places_the_sheets_touchpoint_in_the_phase_aligned_by_position_and_says_it_once(tmp_path: Path) -> None:
    """The sheet's 'Trust page' (ideal yes, current no) is a start in 'Contract & sign-off', aligned with the
    current 'Stage 4' by position: never an action of no phase, and one action with the ideal lane's 'Trust
    page'; the overlaid curves lead the gap PDF, as they do when the header is named."""
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    code, out, err = run_clean("gaps", book, "-o", tmp_path / "out")
    assert code == 0, err
    actions = [line for line in out.splitlines() if line.startswith("  - [")]
    assert "  - [high] Contract & sign-off: start: Trust page  (Touchpoints!B3)" in actions
    assert not [line for line in actions if "] :" in line]
    assert len([line for line in actions if "Trust page" in line]) == 1
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "out" / "payroll-gaps.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "EMOTION CURVES COMPARED" in first.upper() and "Contract & sign-off" in first


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def test_todays_figures_are_the_current_journeys_never_the_ideals_missed_results(tmp_path: Path) -> None:
    """The shared Touchpoints sheet's KPI ("Demo to trial 30% (target 50%)") is measured today: the current
    journey's page shows it missed, the ideal journey's page shows no such result (its touchpoint's card keeps the
    cell's words), and check says so."""
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    code, out, _ = run_clean("check", book)
    assert code == 0
    assert (
        "figures: 1 figure measured today shown with 'Buying payroll software – current' only, not with this ideal "
        "journey" in out
    )
    code, _, err = run_clean("build", book, "-o", tmp_path / "out", "--no-pptx")
    assert code == 0, err
    pages = _page_texts(tmp_path / "out" / "payroll.pdf")
    current = next(p for p in pages if "Buying payroll software – current" in p)
    ideal = next(p for p in pages if "Buying payroll software – ideal" in p)
    assert "missed" in current
    assert "missed" not in ideal  # the sheet's KPI cell is still on its touchpoint's card, as written


def test_the_gap_decks_phase_slides_share_one_body_size(tmp_path: Path) -> None:
    """Each phase's gap slide at the same body size (F39: 21, 22, 23, 24 pt by slide made the type jump
    when clicked through): the largest at which each phase's block fits its slide."""
    from pptx import Presentation
    from pptx.oxml.ns import qn

    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    code, _, err = run_clean("gaps", book, "-o", tmp_path / "out")
    assert code == 0, err
    sizes: dict[int, set[int]] = {}
    for number, slide in enumerate(Presentation(str(tmp_path / "out" / "payroll-gaps.pptx")).slides):
        for shape in slide.shapes:
            if shape.name.startswith("report"):
                runs = shape.element.iter(qn("a:rPr"))
                sizes.setdefault(number, set()).update(int(r.get("sz")) for r in runs if r.get("sz"))
    assert len(sizes) >= 4  # the phases' slides
    assert len({size for found in sizes.values() for size in found}) == 1, sizes
