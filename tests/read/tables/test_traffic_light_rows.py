"""A row of traffic lights is the score row (#27/#33, a new user's "Stoplicht" row): by its label
("Stoplicht", "RAG status", "Ampel") or, under a label of no role, by its content (colour words, 🟢🟡🟠🔴,
G/A/R), said in check/--explain with the ``--lane`` that keeps it text. A canvas with two score sources
keeps the first (the score row proper), keeps the other's words as text and says so, naming both rows and
the ``--lane`` that chooses the other: never replaced or averaged silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import CUSTOM_LANE, SCORE_LANE, RoleBy
from canvasgen.read.corrections import Corrections
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text
from tests.support.reading import read_canvas
from tests.support.workbooks import MUSEUM_LANES, make_book, museum_visit

LIGHTS = ("rood", "oranje", "groen", "oranje", "groen")
FEELING_WORDS = ("Gestrest", "Ongeduldig", "Opgelucht", "Onzeker", "Blij")  # feelings, no scores


def _lanes(
    *extra: tuple[str, tuple[object, ...]], feel: tuple[object, ...] | None = None
) -> tuple[tuple[str, tuple[object, ...]], ...]:
    lanes = tuple((old, feel if feel is not None and old == "Hoe voelt het?" else cells) for old, cells in MUSEUM_LANES)
    return lanes + extra


def _flat(*args: object) -> tuple[int, str]:
    code, out, err = run_clean(*args)
    return code, " ".join((out + err).split())


@pytest.mark.parametrize("label", ["Stoplicht", "RAG status", "Ampel", "Semáforo"])
def test_a_row_labelled_a_traffic_light_is_the_score_row(tmp_path: Path, label: str) -> None:
    path = museum_visit(tmp_path / "museum.xlsx", _lanes((label, LIGHTS), feel=FEELING_WORDS))
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == label)
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.SYNONYM)
    assert journey.phase_means() == [-2, 0, 2, 0, 2]
    assert [s.mark for phase in journey.scores for s in phase] == list(LIGHTS)
    code, flat = _flat("check", path)
    assert code == 0
    assert f"lane '{label}' [score, synonym]" in flat
    assert "has no role" not in flat and "scores on -2..+2" in flat


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        (LIGHTS, "rood, oranje, groen"),
        (
            ("🔴", "🟠", "🟢", "🟠", "🟢"),
            "🔴, 🟠, 🟢",
        ),  # (orange beside yellow is a step lower: test_orange_and_yellow)
        (("R", "A", "G", "A", "G"), "R, A, G"),
    ],
    ids=["words", "emoji", "letters"],
)
def test_a_row_of_traffic_lights_under_a_label_of_no_role_is_the_score_row_by_its_content(
    tmp_path: Path, cells: tuple[str, ...], said: str
) -> None:
    path = museum_visit(tmp_path / "museum.xlsx", _lanes(("Signaal", cells), feel=FEELING_WORDS))
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Signaal")
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.CONTENT)
    assert journey.phase_means() == [-2, 0, 2, 0, 2]
    code, flat = _flat("check", path, "--explain")
    assert code == 0
    assert "lane 'Signaal' [score, by its content; if it is text: --lane 'Signaal=custom']" in flat
    assert (
        f"row 14 ('Signaal') holds traffic lights ({said}): read as the score row by its content; "
        "if it is text, say so: --lane 'Signaal=custom'"
    ) in flat
    assert "has no role" not in flat
    code, flat = _flat("check", path, "--lane", "Signaal=custom")
    assert "lane 'Signaal' [custom, corrected: shown as an extra lane]: 5 items" in flat
    assert "scores on" not in flat and "has no role" not in flat


def test_a_text_row_with_one_light_word_is_no_score_row(tmp_path: Path) -> None:
    text = ("Groen", "Parkeren is duur", "Ingang slecht te vinden", "Rustig", "Mail komt laat")
    journey = read_canvas(museum_visit(tmp_path / "museum.xlsx", _lanes(("Notities", text)))).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Notities")
    assert lane.kind == CUSTOM_LANE and [i.text for c in lane.cells for i in c] == list(text)


def test_status_over_text_is_a_text_lane(tmp_path: Path) -> None:
    text = ("In behandeling", "Klaar", "Gepland", "Open", "Klaar")
    path = museum_visit(tmp_path / "museum.xlsx", _lanes(("Status", text)))
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Status")
    assert lane.kind == CUSTOM_LANE and [i.text for c in lane.cells for i in c] == list(text)
    assert journey.phase_means() == [1, 0, -1, 2, 1]  # the faces of "Hoe voelt het?" still score


def test_a_labelled_light_row_beside_an_experience_lane_of_faces_keeps_the_lights_and_says_so(
    tmp_path: Path,
) -> None:
    path = museum_visit(tmp_path / "museum.xlsx", _lanes(("Stoplicht", LIGHTS)))
    journey = read_canvas(path).journeys[0]
    assert journey.phase_means() == [-2, 0, 2, 0, 2]  # the lights alone: nothing averaged in
    feel = next(lane for lane in journey.lanes if lane.label == "Hoe voelt het?")
    assert [i.text for c in feel.cells for i in c] == ["🙂", "😐", "slecht", "heel goed", ":-)"]  # kept as text
    code, flat = _flat("check", path)
    assert code == 0
    assert (
        "Reis!A11: two rows score the phases: row 14 ('Stoplicht') is the score row, and row 11 ('Hoe voelt het?') "
        "holds score words (🙂, 😐, slecht, heel goed, :-)) too: its words are kept as text, not scores; to score "
        "by 'Hoe voelt het?' instead, give --lane 'Stoplicht=custom'"
    ) in flat
    # the correction it names chooses the other, and nothing more is said
    journey = read_canvas(path, Corrections(lane_kinds={"stoplicht": CUSTOM_LANE})).journeys[0]
    assert journey.phase_means() == [1, 0, -1, 2, 1]
    code, flat = _flat("check", path, "--lane", "Stoplicht=custom")
    assert "two rows score" not in flat and "has no role" not in flat


def test_a_second_row_of_lights_by_content_after_a_score_row_stays_text_and_is_warned(tmp_path: Path) -> None:
    path = museum_visit(
        tmp_path / "museum.xlsx", _lanes(("Score", (1, 0, -1, 2, 1)), ("Signaal", LIGHTS), feel=FEELING_WORDS)
    )
    journey = read_canvas(path).journeys[0]
    assert journey.phase_means() == [1, 0, -1, 2, 1]
    lane = next(lane for lane in journey.lanes if lane.label == "Signaal")
    assert lane.kind == CUSTOM_LANE and [i.text for c in lane.cells for i in c] == list(LIGHTS)
    _, flat = _flat("check", path)
    assert (
        "Reis!A15: two rows score the phases: row 14 ('Score') is the score row, and row 15 ('Signaal') holds "
        "traffic lights too: its words are kept as text, not scores; to score by 'Signaal' instead, give "
        "--lane 'Score=custom'"
    ) in flat
    assert "lane 'Signaal' has no role" not in flat  # said once, with its fix


def test_two_score_labels_are_never_averaged(tmp_path: Path) -> None:
    path = museum_visit(
        tmp_path / "museum.xlsx", _lanes(("Score", (1, 1, 1, 1, 1)), ("Stoplicht", LIGHTS), feel=FEELING_WORDS)
    )
    journey = read_canvas(path).journeys[0]
    assert journey.phase_means() == [1, 1, 1, 1, 1]
    lane = next(lane for lane in journey.lanes if lane.label == "Stoplicht")
    assert lane.kind == CUSTOM_LANE and [i.text for c in lane.cells for i in c] == list(LIGHTS)
    _, flat = _flat("check", path)
    assert "row 14 ('Score') is the score row, and row 15 ('Stoplicht') holds scores too" in flat
    assert "--lane 'Score=custom'" in flat


def test_the_poster_draws_the_lights_on_its_curve_not_as_bullets(tmp_path: Path) -> None:
    path = museum_visit(tmp_path / "museum.xlsx", _lanes(("Stoplicht", LIGHTS), feel=FEELING_WORDS))
    code, out, err = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3", "--no-pptx")
    assert code == 0, out + err
    text = pdf_text(tmp_path / "out" / "museum.pdf")
    assert "-2 rood" in text and "+2 groen" in text, text  # the curve's values with what the cells wrote
    assert "• rood" not in text and "•rood" not in text


def test_a_column_of_traffic_lights_down_the_phases_is_the_score_column(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Klantproces", "C1": "Signaal"}
    rows = [("Zoeken", "Zoekt", "🔴"), ("Kopen", "Koopt", "oranje"), ("Gebruiken", "Gebruikt", "groen")]
    for r, row in enumerate(rows, start=2):
        cells |= {f"{col}{r}": value for col, value in zip("ABC", row, strict=True)}
    path = make_book(tmp_path / "down.xlsx", {"Reis": cells})
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Signaal")
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.CONTENT)
    assert [[s.value for s in phase] for phase in journey.scores] == [[-2], [0], [2]]
    _, flat = _flat("check", path, "--explain")
    assert "column C ('Signaal') holds traffic lights (🔴, oranje, groen)" in flat
    assert "--lane 'Signaal=custom'" in flat
