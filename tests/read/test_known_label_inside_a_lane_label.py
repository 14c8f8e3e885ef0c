"""A lane label that holds a known lane label inside a longer one (round 16, F1): "Wat doen wij achter de
schermen?" got no role and was offered 'Achter de schermen', the words it holds; the agency had to carry
``--lane …=internal`` on every command. It gets the role of the words it holds, said in check and --explain with
the correction; a label whose words name two roles gets none, and is never offered words it already holds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import rows_canvas

PHASES = ("Fase", "Melden", "Afspraak", "Herstel")


def _canvas(path: Path, second: str) -> Path:
    return rows_canvas(
        path,
        [
            PHASES,
            ("Wat doet de huurder?", "Belt het KCC", "Krijgt een brief", "Wacht thuis"),
            (second, "Typt de melding over", "Aannemer plant in", "Monteur bestelt onderdeel"),
            ("Wat willen we leren?", "Waarom bellen?", "", "Hoe vaak terug?"),
        ],
    )


def test_a_known_label_inside_a_question_gives_its_role_said_with_the_correction(tmp_path: Path) -> None:
    source = _canvas(tmp_path / "reparatie.xlsx", "Wat doen wij achter de schermen?")
    code, stdout, stderr = run_clean("check", source, "--json")
    assert code == 0, stderr
    [journey] = json.loads(stdout)["journeys"]
    lanes = {lane["label"]: lane for lane in journey["lanes"]}
    assert lanes["Wat doen wij achter de schermen?"]["kind"] == "internal"
    assert lanes["Wat doen wij achter de schermen?"]["role_by"] == "phrase"
    code, stdout, stderr = run_clean("check", source, "--explain")
    assert code == 0, stderr
    said = " ".join(stdout.split())
    assert (
        "lane 'Wat doen wij achter de schermen?': internal, by the words 'Achter de schermen' in it; if it is "
        "another lane: --lane 'Wat doen wij achter de schermen?=<kind>'" in said
    )
    assert "no lane has the internal" not in " ".join((stdout + stderr).split())
    # the correction said works: the lane is what the user says it is
    code, stdout, _ = run_clean("check", source, "--json", "--lane", "Wat doen wij achter de schermen?=custom")
    [journey] = json.loads(stdout)["journeys"]
    assert {lane["label"]: lane["kind"] for lane in journey["lanes"]}["Wat doen wij achter de schermen?"] == "custom"


def test_words_of_two_roles_give_none_and_are_not_offered_as_a_correction_of_themselves(tmp_path: Path) -> None:
    source = _canvas(tmp_path / "reparatie.xlsx", "Welke pijnpunten zien we achter de schermen?")
    code, stdout, stderr = run_clean("check", source)
    assert code == 0, stderr
    said = " ".join((stdout + stderr).split())
    assert "lane 'Welke pijnpunten zien we achter de schermen?' has no role" in said
    assert "did you mean" not in said
    assert "its words name 'Achter de schermen' (internal) and 'Pijnpunten' (pain_points); say which it is" in said
    assert "--lane 'Welke pijnpunten zien we achter de schermen?=internal'" in said


def test_a_lane_named_after_the_teams_that_act_is_the_internal_process(tmp_path: Path) -> None:
    """A B2B client's "Sales & marketing" lane holds what the supplier does (round 17, new user): it was offered
    'Marketing channel' (--lane '…=channels'), a wrong map for the agency that follows the advice. It is the
    internal process, a label canvasgen knows (its role said in --explain)."""
    for label in ("Sales & marketing", "Marketing en sales", "Verkoop & marketing"):
        source = _canvas(tmp_path / "b2b.xlsx", label)
        code, stdout, stderr = run_clean("check", source, "--json")
        assert code == 0, stderr
        [journey] = json.loads(stdout)["journeys"]
        assert {lane["label"]: lane["kind"] for lane in journey["lanes"]}[label] == "internal"
        code, stdout, stderr = run_clean("check", source, "--explain")
        said = " ".join((stdout + stderr).split())
        assert "Marketing channel" not in said and "no lane has the internal" not in said
        assert f"lane '{label}': internal, synonym" in said
