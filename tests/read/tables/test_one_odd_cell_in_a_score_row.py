"""A score row with one odd cell (round 24, a new user's canvas: ``+1 | -2 | 😊 | 8+ | -1`` under "Hoe voelt het"):
the row is read as scores where most of its cells are scores, the odd cell's text kept on its phase and said at
its cell with the correction; it never turns the whole row into text silently. A face in a row of signed numbers
reads on that same signed scale."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.model import SCORE_LANE, RoleBy
from canvasgen.read.corrections import Corrections
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ("Zoeken", "Vergelijken", "Bestellen", "Ontvangen", "Gebruiken", "Terugsturen", "Aanbevelen")
COLUMNS = "BCDEFGH"
#: The cells a team writes in a score row, with what each reads as on -2..+2.
SCORES = {"+2": 2.0, "+1": 1.0, "0": 0.0, "-1": -1.0, "-2": -2.0, "😊": 1.0, "😐": 0.0, "😞": -2.0}
#: Cells that are no score and no placeholder: kept as the phase's text, said at their cell.
ODD = ("??", "zie notitie", "weet niet", "volgt na de sessie")


def _shop(path: Path, feelings: list[str]) -> Path:
    """A webshop journey of our own: title, phases in row 3, the customer's steps, the team's actions and the
    feelings row (row 6, label "Hoe voelt het") under them, a note beside the feelings."""
    cells: dict[str, object] = {"A1": "Klantreis: een stofzuiger online bestellen"}
    for i, phase in enumerate(PHASES[: len(feelings)]):
        col = COLUMNS[i]
        cells |= {f"{col}3": phase, f"{col}4": f"Klant gaat {phase.lower()}", f"{col}5": f"Wij helpen bij {phase}"}
        cells[f"{col}6"] = feelings[i]
    cells |= {"A3": "Fase", "A4": "Wat doet de klant?", "A5": "Onze acties", "A6": "Hoe voelt het"}
    return make_book(path, {"Reis": cells})


def _feelings_lane(path: Path) -> tuple[list[float | None], list[list[str]], list[str]]:
    """The journey's score per phase, the feelings lane's words per phase, and the reading's warnings."""
    canvas = read_canvas(path)
    journey = canvas.journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Hoe voelt het")
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.CONTENT), journey.reading
    words = [[i.text for i in cell] for cell in lane.cells]
    return journey.phase_means(), words, [str(w) for w in canvas.warnings]


def test_one_cell_that_is_no_score_leaves_the_others_scores_and_is_said_at_its_cell(tmp_path: Path) -> None:
    path = _shop(tmp_path / "shop.xlsx", ["+1", "-2", "😊", "??", "-1"])
    means, words, _ = _feelings_lane(path)
    assert means == [1, -2, 1, None, -1]  # 😊 on the row's signed scale: +1
    assert words == [[], [], [], ["??"], []]  # the odd cell's text kept on its phase, as written
    code, out, err = run_clean("check", path)
    flat = " ".join((out + err).split())
    assert code == 0
    assert "Reis!E6: '??' in the score row is no score canvasgen can read" in flat
    # the correction: a score in its place, or the whole row kept as text
    assert "write the phase's score in E6" in flat and "--lane 'Hoe voelt het=experience'" in flat
    _, explained, _ = run_clean("check", path, "--explain")
    flat = " ".join(explained.split())
    said = "row 6 ('Hoe voelt het') holds scores written as numbers and faces (+1, -2, 😊, -1; numbers written with"
    assert f"{said} their sign)" in flat  # what decided it: the signs
    assert "; '??' is no score: kept as text on its phase;" in flat
    # the user's word keeps the row text, every cell as written
    kept = read_canvas(path, Corrections(lane_kinds={"hoe voelt het": "experience"})).journeys[0]
    lane = next(lane for lane in kept.lanes if lane.label == "Hoe voelt het")
    assert [i.text for c in lane.cells for i in c] == ["+1", "-2", "😊", "??", "-1"] and not any(kept.scores)


def test_each_kind_of_odd_cell(tmp_path: Path) -> None:
    """ "goed" is a score word (+1), "n.v.t." a placeholder and "—" a dash: no score, left empty, as in any score
    row; a sentence is the phase's text, kept there. None of them turns the row into text."""
    for odd, score in (("goed", 1.0), ("n.v.t.", None), ("\u2014", None)):
        journey = read_canvas(_shop(tmp_path / "shop.xlsx", ["+1", odd, "😐", "-2", "+2"])).journeys[0]
        assert journey.phase_means() == [1, score, 0, -2, 2], odd
    means, words, said = _feelings_lane(_shop(tmp_path / "shop.xlsx", ["+1", "zie notitie", "😐", "-2", "+2"]))
    assert means == [1, None, 0, -2, 2] and words == [[], ["zie notitie"], [], [], []]
    assert any("Reis!C6: 'zie notitie' in the score row is no score" in w for w in said), said


@st.composite
def _rows(draw: st.DrawFn) -> tuple[list[str], set[int]]:
    """A feelings row of 3 to 7 phases, one or two of its cells (fewer than half) odd, at random places."""
    count = draw(st.integers(3, 7))
    odd_count = draw(st.integers(1, 2).filter(lambda n: 2 * n < count))
    places = set(draw(st.lists(st.integers(0, count - 1), min_size=odd_count, max_size=odd_count, unique=True)))
    cells = [draw(st.sampled_from(ODD)) if i in places else draw(st.sampled_from(sorted(SCORES))) for i in range(count)]
    # a signed number among the scores, as a row of the template's -2..+2 writes
    scored = [i for i in range(count) if i not in places]
    cells[draw(st.sampled_from(scored))] = draw(st.sampled_from(("+1", "-1", "+2", "-2")))
    return cells, places


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rows())
def test_a_score_row_with_one_or_two_odd_cells_is_still_the_score_row(row: tuple[list[str], set[int]]) -> None:
    cells, places = row
    with tempfile.TemporaryDirectory() as folder:
        means, words, said = _feelings_lane(_shop(Path(folder) / "shop.xlsx", cells))
    assert means == [None if i in places else SCORES[c] for i, c in enumerate(cells)]
    assert words == [[c] if i in places else [] for i, c in enumerate(cells)]
    for i in places:  # each odd cell said at its own cell
        assert any(f"Reis!{COLUMNS[i]}6: '{cells[i]}' in the score row is no score" in w for w in said), said


def test_a_column_of_signed_scores_with_one_odd_cell_is_the_score_column(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Klantproces", "C1": "Hoe voelt het"}
    rows = [
        ("Zoeken", "Zoekt", "+1"),
        ("Kopen", "Koopt", "??"),
        ("Gebruiken", "Gebruikt", "-2"),
        ("Delen", "Deelt", "😊"),
    ]
    for r, row in enumerate(rows, start=2):
        cells |= {f"{col}{r}": value for col, value in zip("ABC", row, strict=True)}
    means, words, said = _feelings_lane(make_book(tmp_path / "down.xlsx", {"Reis": cells}))
    assert means == [1, None, -2, 1] and words == [[], ["??"], [], []]
    assert any("Reis!C3: '??' in the score row is no score" in w and "score in C3" in w for w in said), said
