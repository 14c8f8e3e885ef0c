"""``gaps`` on a Touchpoints sheet's current and ideal columns: an action is in the phase of the journey
its touchpoint names, spelled as the journey spells it; a touchpoint naming a phase the canvas does not
have ("Aanvraag" on a canvas whose phases are Oriëntatie and Offerte) invents no phase in the report:
its action has none, and the one warning reading gave names the touchpoint's cell."""

from __future__ import annotations

from pathlib import Path

from canvasgen.analysis.gaps import analyse, touchpoint_actions
from canvasgen.pipeline.compare import ReportOptions, run_gaps
from canvasgen.units import parse_paper
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

JOURNEY: Cells = {
    "A1": "Klantreis fietslease",
    "A3": "Fase",
    "B3": "Oriëntatie",
    "C3": "Offerte",
    "A4": "Klantproces",
    "B4": "Ziet een flyer",
    "C4": "Vult formulier in",
    "A5": "Ervaringsscore",
    "B5": 0,
    "C5": -1,
}
TOUCHPOINTS: Cells = {
    "A1": "Fase",
    "B1": "Contactmoment",
    "C1": "Kanaal",
    "D1": "Huidig (ja/nee/deels)",
    "E1": "Ideaal (ja/nee)",
    "A2": "oriëntatie",
    "B2": "Flyer",
    "C2": "Print",
    "D2": "nee",
    "E2": "ja",
    "A3": "Aanvraag",
    "B3": "Webformulier",
    "C3": "Website",
    "D3": "nee",
    "E3": "ja",
}


def _canvas(path: Path) -> Path:
    return make_book(path, {"Klantreis": JOURNEY, "Contactmomenten": TOUCHPOINTS})


def test_an_action_is_in_a_phase_of_the_journey_or_in_none(tmp_path: Path) -> None:
    canvas = read_canvas(_canvas(tmp_path / "huidig.xlsx"))
    journey = canvas.journeys[0]
    found, unplaced = touchpoint_actions(canvas, analyse(journey, journey))
    actions = {a.action: a.phase for a in found}
    assert actions == {"Flyer": "Oriëntatie"}  # as the journey spells it; no "Aanvraag", no action of no phase
    assert [tp.name.text for tp in unplaced if tp.name] == ["Webformulier"]  # said when the sheet was read


def test_gaps_invents_no_phase_and_names_the_touchpoints_cell(tmp_path: Path) -> None:
    current = _canvas(tmp_path / "huidig.xlsx")
    ideal = make_book(tmp_path / "ideaal.xlsx", {"Klantreis": JOURNEY})
    result = run_gaps((ideal, current), ReportOptions(tmp_path / "out", parse_paper("A3"), 0.6, "nl"))
    phases = {p.name for p in read_canvas(current).journeys[0].phases}
    assert {a.phase for a in result.extra} <= phases | {""}
    assert "Aanvraag" not in {a.phase for a in result.report.actions + result.extra}
    said = [str(w) for w in result.warnings if "Aanvraag" in str(w)]
    assert len(said) == 1 and "Contactmomenten!A3" in said[0] and "'Webformulier'" in said[0], said
