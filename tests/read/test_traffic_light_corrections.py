"""The traffic lights' scores corrected (#33): ``--traffic-lights 'green=1,amber=0,red=-1'`` or
``traffic-lights`` in canvasgen.toml; ``check --explain`` says the mapping and where it came from; a bad
one is one sentence; one that matches nothing is said; the kit's record keeps it."""

from __future__ import annotations

from pathlib import Path

from canvasgen.model import Light
from canvasgen.read.corrections import Corrections, describe, from_record, lights_option, to_record
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

LIGHTS = {"A1": "Fase", "A2": "Klantproces", "A3": "Ervaringsscore"}
for _col, _phase, _light in zip("BCD", ("Oriëntatie", "Kiezen", "Kopen"), ("🟢", "oranje", "rood"), strict=True):
    LIGHTS |= {f"{_col}1": _phase, f"{_col}2": f"Klant in {_phase.lower()}", f"{_col}3": _light}


def _book(tmp_path: Path) -> Path:
    return make_book(tmp_path / "reis.xlsx", {"Klantreis": LIGHTS})


def _values(path: Path, lights: str | None = None) -> list[float]:
    canvas = read_canvas(path, Corrections(lights=lights_option(lights)))
    return [phase[0].value for phase in canvas.journeys[0].scores]


def test_explain_says_the_lights_are_the_scales_top_middle_and_bottom_and_how_to_change_it(tmp_path: Path) -> None:
    code, out, _ = run_clean("check", "--explain", _book(tmp_path))
    assert code == 0
    assert (
        "traffic lights read as scores (Klantreis!B3, C3, D3): green (🟢) +2, amber (🟡) 0, red (🔴) -2, "
        "the top, middle and bottom of the scale -2..+2; to score them otherwise: "
        "--traffic-lights 'green=1,amber=0,red=-1' (or traffic-lights in canvasgen.toml)"
    ) in out
    assert "scores on -2..+2: Oriëntatie +2 (🟢), Kiezen 0 (oranje), Kopen -2 (rood)" in out
    assert "warning" not in out


def test_the_option_gives_each_light_its_score_and_explain_names_it(tmp_path: Path) -> None:
    path = _book(tmp_path)
    assert _values(path) == [2, 0, -2]
    assert _values(path, "green=1,amber=0,red=-1") == [1, 0, -1]
    assert _values(path, "groen=1, oranje=0.5, rood=-1") == [1, 0.5, -1]  # the colour words canvasgen reads
    code, out, _ = run_clean("check", "--explain", path, "--traffic-lights", "green=1,amber=0,red=-1")
    assert code == 0
    assert (
        "traffic lights read as scores (Klantreis!B3, C3, D3): green 1, amber 0, red -1, "
        "as --traffic-lights 'green=1,amber=0,red=-1' says"
    ) in out


def test_scores_beyond_the_default_scale_take_the_scale_they_fit(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path), Corrections(lights=lights_option("green=5,amber=3,red=1")))
    journey = canvas.journeys[0]
    assert [(s.value, s.light, s.mark) for phase in journey.scores for s in phase] == [
        (5, Light.GREEN, "🟢"),
        (3, Light.AMBER, "oranje"),
        (1, Light.RED, "rood"),
    ]
    assert str(journey.score_scale) == "1..5"


def test_canvasgen_toml_gives_the_lights_scores_as_text_or_as_a_table(tmp_path: Path) -> None:
    path = _book(tmp_path)
    settings = tmp_path / "canvasgen.toml"
    settings.write_text('["reis.xlsx"]\ntraffic-lights = "green=1,amber=0,red=-1"\n', encoding="utf-8")
    assert _values(path) == [1, 0, -1]
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0 and "green 1, amber 0, red -1, as traffic-lights in canvasgen.toml says" in out
    settings.write_text('["reis.xlsx"]\ntraffic-lights = { green = 3, amber = 2, red = 1 }\n', encoding="utf-8")
    assert _values(path) == [3, 2, 1]
    assert _values(path, "green=2,amber=0,red=-2") == [2, 0, -2]  # the command line wins over the file
    code, out, _ = run_clean("check", path, "--traffic-lights", "green=2,amber=0,red=-2")
    assert code == 0 and "scores on -2..+2: Oriëntatie +2 (🟢), Kiezen 0 (oranje), Kopen -2 (rood)" in out


def test_bad_lights_are_one_sentence_and_exit_non_zero(tmp_path: Path) -> None:
    path = _book(tmp_path)
    code, _, err = run_clean("build", path, "-o", tmp_path / "out", "--traffic-lights", "green=1", "--lane", "X=y")
    assert code != 0 and not (tmp_path / "out").exists()  # every bad correction said at once, nothing written
    assert "--traffic-lights 'green=1': give a score for every light" in err and "--lane: 'X=y'" in err
    for given, said in (
        ("green=1,blue=0", "--traffic-lights 'green=1,blue=0': 'blue=0' is no colour=score"),
        ("green=1,amber=zero,red=-1", "'amber=zero': 'zero' is no number"),
        ("green=1,red=-1", "give a score for every light: amber missing"),
        ("green=1,red=-1,by=colour", "give a score for every light: amber missing"),
        ("by=kleur", "'by=kleur': say by=word or by=colour"),
        ("green=1,amber=1,red=1", "green must score above amber, and amber above red"),  # all alike (hostile 17)
        ("green=-1,amber=0,red=1", "given: green=-1, amber=0, red=1"),
    ):
        code, out, err = run_clean("check", path, "--traffic-lights", given)
        assert code != 0 and out == ""
        assert len(err.strip().splitlines()) == 1 and said in err, err
    (tmp_path / "canvasgen.toml").write_text(
        '["reis.xlsx".Klantreis]\ntraffic-lights = "green=1,amber=0,red=-1"\n', encoding="utf-8"
    )
    code, _, err = run_clean("check", path)
    assert code != 0
    assert "'traffic-lights' in [Klantreis] says the scores of the whole workbook: give it above its sheets" in err


def test_lights_scores_for_a_canvas_without_lights_are_said_not_silently_dropped(tmp_path: Path) -> None:
    path = make_book(tmp_path / "cijfers.xlsx", {"Klantreis": {**LIGHTS, "B3": 1, "C3": 0, "D3": -1}})
    code, out, _ = run_clean("check", path, "--traffic-lights", "green=1,amber=0,red=-1")
    assert code == 0
    assert (
        "the correction --traffic-lights 'green=1,amber=0,red=-1' (no score is a traffic light) in the command "
        "line matches nothing in this workbook; it was not used"
    ) in out


def test_the_kits_record_of_the_reading_keeps_the_lights_scores() -> None:
    # orange named for the middle light scores amber, and orange keeps the score named for it (a row of yellow
    # and orange then has them level, as the setting says)
    given = Corrections(lights=lights_option("rood=-1,groen=1,oranje=0"))
    assert describe(given) == "--traffic-lights 'green=1,amber=0,orange=0,red=-1'"
    record = to_record(given)
    assert record == '{"traffic-lights": {"amber": 0.0, "green": 1.0, "orange": 0.0, "red": -1.0}}'
    again = from_record(record, "the kit's changes workbook")
    assert given.lights is not None and again.lights is not None
    assert again.lights.values == given.lights.values and again.lights.orange == 0
    assert to_record(again) == record
    plain = Corrections(lights=lights_option("red=-1,green=1,amber=0"))
    assert to_record(plain) == '{"traffic-lights": {"amber": 0.0, "green": 1.0, "red": -1.0}}'
    assert describe(plain) == "--traffic-lights 'green=1,amber=0,red=-1'"


def test_a_lights_score_outside_the_scale_is_advice_about_the_options_value(tmp_path: Path) -> None:
    """'green=99' on a -2..+2 row: the warning says what scores the option may give, not to relabel the
    client's row; the row's own numbers outside the scale still get the label advice."""
    path = _book(tmp_path)
    code, out, _ = run_clean("check", path, "--traffic-lights", "green=99,amber=0,red=-1")
    assert code == 0
    assert (
        "Klantreis!B3: --traffic-lights 'green=99,amber=0,red=-1' gives green the score 99, outside the score "
        "row's scale -2..+2 (Klantreis!B3); drawn at the scale's end — the scores it may give lie from -2 to +2, "
        "e.g. 'green=2,amber=0,red=-2'"
    ) in out
    assert "label the row" not in out and out.count("warning") == 1
    (tmp_path / "canvasgen.toml").write_text('["reis.xlsx"]\ntraffic-lights = "green=1,amber=0,red=-70"\n')
    code, out, _ = run_clean("check", path)
    assert code == 0 and "traffic-lights in canvasgen.toml gives red the score -70, outside" in out
    assert "label the row" not in out


def test_a_scale_chosen_by_the_options_scores_is_said_with_what_the_option_may_give(tmp_path: Path) -> None:
    path = _book(tmp_path)
    code, out, _ = run_clean("check", path, "--traffic-lights", "green=10,amber=5,red=1")
    assert code == 0
    assert (
        "these are the scores --traffic-lights 'green=10,amber=5,red=1' gives; to keep -2..+2, give the lights "
        "scores from -2 to +2 (e.g. 'green=2,amber=0,red=-2')"
    ) in out


def test_by_word_or_colour_is_checked_and_kept_in_the_record() -> None:
    lights = lights_option("by=colour")
    assert lights is not None and lights.values == {} and lights.written() == "by=colour"
    given = Corrections(lights=lights_option("green=1,amber=0,red=-1,by=color"))
    assert describe(given) == "--traffic-lights 'green=1,amber=0,red=-1,by=colour'"
    again = from_record(to_record(given), "the kit's changes workbook")
    assert again.lights is not None and again.lights.written() == "green=1,amber=0,red=-1,by=colour"
    again = from_record(to_record(Corrections(lights=lights)), "x")
    assert again.lights is not None and (again.lights.values, again.lights.by) == ({}, lights.by)
