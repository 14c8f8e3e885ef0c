"""Round 13 (F9): ``gaps huidig.xlsx ideaal.xlsx`` (the order swapped) gave an inverted action list ("start: Wacht
op een brief") without a word, although each workbook says its scenario. The workbooks' own words decide, it is
said with both files and cells, and ``--as-given`` keeps the order given; one journey name twice is told apart
by each one's scenario word."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import SCENARIO_CURRENT, SCENARIO_IDEAL, SCENARIO_PHASES
from tests.support.workbooks import scenario_pair as pair


def _actions(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("  - [")]


def test_swapped_workbooks_are_compared_as_their_scenarios_say_and_it_is_said(tmp_path: Path) -> None:
    current, ideal = pair(tmp_path)
    code, out, err = run_clean("gaps", current, ideal, "-o", tmp_path / "out")
    assert code == 0, err
    said = " ".join(err.split())
    assert (
        f"{current}: was given as the ideal journey, but says it is the current one (Scenario 'Huidig' in Reis!B3), "
        f"and {ideal}, given as the current one, says it is the ideal (Scenario 'Ideaal' in Reis!B3): compared "
        f"{ideal} as the ideal journey with {current} as the current one, as the workbooks say — to compare "
        "them in the order given, give --as-given"
    ) in said
    actions = _actions(out)
    assert any("starten: Krijgt meteen een datum" in a for a in actions)
    assert not any("starten: Wacht op een brief" in a for a in actions)
    # one journey name twice: each with its own scenario word
    assert "ideaal: Van knieklachten tot weer fietsen (Ideaal)" in out
    assert "huidig: Van knieklachten tot weer fietsen (Huidig)" in out
    assert (tmp_path / "out" / "huidig-gaps.xlsx").is_file()  # named after the current journey's workbook


def test_as_given_keeps_the_order_and_the_right_order_says_nothing(tmp_path: Path) -> None:
    current, ideal = pair(tmp_path)
    code, out, err = run_clean("gaps", "--as-given", current, ideal, "-o", tmp_path / "given")
    assert code == 0, err
    assert "as the workbooks say" not in err
    assert any("starten: Wacht op een brief" in a for a in _actions(out))
    code, out, err = run_clean("gaps", ideal, current, "-o", tmp_path / "right")
    assert code == 0, err
    assert "was given as the ideal journey" not in err
    assert any("starten: Krijgt meteen een datum" in a for a in _actions(out))


def test_one_workbook_that_says_the_other_place_turns_them_and_it_is_said(tmp_path: Path) -> None:
    """H7 (a): the first workbook says no scenario, the second, given as today's, says 'Ideaal': its words are
    the only ones, so they decide, said with its file and cell; --as-given keeps the order."""
    current, ideal = pair(tmp_path, current_scenario=None)
    code, out, err = run_clean("gaps", current, ideal, "-o", tmp_path / "out")
    assert code == 0, err
    assert (
        f"{ideal}: was given as the current journey, but says it is the ideal one (Scenario 'Ideaal' in Reis!B3), "
        f"and {current}, given as the ideal one, says neither scenario: compared {ideal} as the ideal journey with "
        f"{current} as the current one, as {ideal} says — to compare them in the order given, give --as-given"
    ) in " ".join(err.split())
    assert any("starten: Krijgt meteen een datum" in a for a in _actions(out))
    # the one without a scenario is named plainly, never by its sheet's name 'Reis' as if it were a scenario
    assert "ideaal: Van knieklachten tot weer fietsen (Ideaal)" in out
    assert "huidig: Van knieklachten tot weer fietsen\n" in out
    code, out, err = run_clean("gaps", "--as-given", current, ideal, "-o", tmp_path / "given")
    assert code == 0, err
    assert "was given as" not in err
    assert any("starten: Wacht op een brief" in a for a in _actions(out))


def test_one_workbook_whose_sheet_names_and_scenarios_disagree_is_refused_not_compared_with_itself(
    tmp_path: Path,
) -> None:
    """Round 13 (H25): sheet 'Huidig' saying Scenario 'Ideaal' and sheet 'Ideaal' saying 'Huidig' made each
    journey both: gaps compared one journey with itself ("7 items the same in both") and wrote the report.
    It is refused, naming each sheet and cell, and nothing is written."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for sheet, scenario, lane in (("Huidig", "Ideaal", SCENARIO_CURRENT), ("Ideaal", "Huidig", SCENARIO_IDEAL)):
        ws = book.create_sheet(sheet)
        ws["A1"], ws["A3"], ws["B3"], ws["A5"], ws["A6"] = "Knie", "Scenario", scenario, "Fase", "Wat de patiënt doet"
        for col, (phase, text) in enumerate(zip(SCENARIO_PHASES, lane, strict=True), start=2):
            ws.cell(5, col, phase)
            ws.cell(6, col, text)
    book.save(tmp_path / "one.xlsx")
    code, _, err = run_clean("gaps", tmp_path / "one.xlsx", "-o", tmp_path / "out")
    assert code != 0 and "Traceback" not in err
    assert "cannot tell its ideal journey from its current one" in err
    said = " ".join(err.split())
    assert "sheet 'Huidig' says one scenario by its name, the other by its Scenario 'Ideaal' in Huidig!B3" in said
    assert "sheet 'Ideaal' says one scenario by its name, the other by its Scenario 'Huidig' in Ideaal!B3" in said
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_first_saying_today_while_the_other_says_nothing_turns_them(tmp_path: Path) -> None:
    current, ideal = pair(tmp_path, ideal_scenario=None)
    code, out, err = run_clean("gaps", current, ideal, "-o", tmp_path / "out")
    assert code == 0, err
    assert (
        f"{current}: was given as the ideal journey, but says it is the current one (Scenario 'Huidig' in Reis!B3),"
        f" and {ideal}, given as the current one, says neither scenario: compared {ideal} as the ideal journey"
    ) in " ".join(err.split())
    assert any("starten: Krijgt meteen een datum" in a for a in _actions(out))


def test_both_saying_the_same_scenario_keeps_the_order_and_says_so(tmp_path: Path) -> None:
    """H7 (b, c): both 'Huidig' (or 'Huidig' and 'Current'): which is the ideal cannot be told from their words,
    so the order given is kept, and said at the workbook given in the other's place."""
    current, ideal = pair(tmp_path, ideal_scenario="Current")
    code, out, err = run_clean("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    assert (
        f"{ideal}: was given as the ideal journey, but says it is the current one (Scenario 'Current' in Reis!B3), "
        f"and so does {current}, given as the current one (Scenario 'Huidig' in Reis!B3): compared in the order "
        "given, as their words cannot tell which is the ideal one — correct the Scenario cell (or sheet name) of "
        "the ideal journey's workbook"
    ) in " ".join(err.split())
    assert any("starten: Krijgt meteen een datum" in a for a in _actions(out))


def test_a_denied_scenario_word_is_not_read_as_said(tmp_path: Path) -> None:
    """H7 (d): 'Ideaal (toekomst), niet huidig' is the ideal one; given as today's beside another 'Ideaal', both
    say ideal: said, the order given kept."""
    current, ideal = pair(tmp_path, current_scenario="Ideaal (toekomst), niet huidig")
    code, _, err = run_clean("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    assert (
        f"{current}: was given as the current journey, but says it is the ideal one (Scenario 'Ideaal (toekomst), "
        f"niet huidig' in Reis!B3), and so does {ideal}, given as the ideal one (Scenario 'Ideaal' in Reis!B3)"
    ) in " ".join(err.split())


def test_a_report_of_two_journeys_of_one_scenario_says_so_in_its_title(tmp_path: Path) -> None:
    """Round 21 (F14): two workbooks whose journeys are both of one scenario (a month-later version of the ideal
    journeys, paired by member) gave a report titled "ideaal tegenover huidig" that looked like one for the
    client: its title now says both are the one scenario, in the PDF and the deck; the right pair keeps its own."""
    from pptx import Presentation

    from canvasgen.words import GAP_WORDS
    from tests.support.read_back import pdf_text

    current, ideal = pair(tmp_path, ideal_scenario="Current")
    code, _, err = run_clean("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    w = GAP_WORDS["nl"]
    said = w["title_same"].format(scenario=w["report_current"])
    assert "huidig tegenover huidig" in said
    pdf = " ".join(pdf_text(tmp_path / "out" / "huidig-gaps.pdf").split()).casefold()
    assert said.casefold() in pdf and w["title"].casefold() not in pdf
    deck = Presentation(str(tmp_path / "out" / "huidig-gaps.pptx"))
    texts = [" ".join(s.text_frame.text.split()) for slide in deck.slides for s in slide.shapes if s.has_text_frame]
    assert any(said in text for text in texts)
    (tmp_path / "right").mkdir()
    current, ideal = pair(tmp_path / "right")
    code, _, err = run_clean("gaps", ideal, current, "-o", tmp_path / "right" / "out")
    assert code == 0, err
    assert (
        w["title"].casefold() in " ".join(pdf_text(tmp_path / "right" / "out" / "huidig-gaps.pdf").split()).casefold()
    )
