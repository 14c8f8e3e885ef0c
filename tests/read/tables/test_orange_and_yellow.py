"""A four-colour status (green, yellow, orange, red) keeps the team's four steps: orange between yellow and
red, not level with yellow (look #8: ibu562 drew "0 orange" on the line of "0 yellow", the curve hiding the
difference the team made). check --explain says where each went, with the option that puts orange level with
yellow again; the curve's key says the scores ("oranje = -1")."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.layouts import build_poster, canvas_of
from tests.support.read_back import pdftotext
from tests.support.workbooks import make_book


def _lights(path: Path, words: tuple[str, ...]) -> Path:
    cells: dict[str, object] = {"A1": "Klantreis", "A3": "Fase", "A4": "Wat doet de klant?", "A5": "Status"}
    for column, (phase, word) in zip("BCDE", zip(("Zoeken", "Kiezen", "Kopen", "Gebruiken"), words)):
        cells |= {f"{column}3": phase, f"{column}4": f"Klant is aan het {phase.lower()}", f"{column}5": word}
    return make_book(path, {"Reis": cells})


def test_orange_beside_yellow_lies_between_yellow_and_red(tmp_path: Path) -> None:
    four = _lights(tmp_path / "vier.xlsx", ("groen", "geel", "oranje", "rood"))
    (journey,) = canvas_of(four).journeys
    assert [s.value for phase in journey.scores for s in phase] == [2, 0, -1, -2]
    code, out, _ = run_clean("check", "--explain", four)
    assert code == 0, out
    said = "yellow and orange are both written: yellow at 0, orange at -1, between yellow and red"
    assert said in out
    assert "(to put orange level with yellow: --traffic-lights 'green=2,amber=0,orange=0,red=-2')" in out
    text = " ".join(pdftotext(build_poster(four, tmp_path / "out", "A3")).split())
    places = [text.find(pair) for pair in ["groen = +2", "geel = 0", "oranje = -1", "rood = -2"]]
    assert all(place >= 0 for place in places) and places == sorted(places), text


def test_the_option_it_names_puts_orange_level_with_yellow(tmp_path: Path) -> None:
    four = _lights(tmp_path / "vier.xlsx", ("groen", "geel", "oranje", "rood"))
    code, out, _ = run_clean("check", "--explain", "--traffic-lights", "green=2,amber=0,orange=0,red=-2", four)
    assert code == 0, out
    assert "Zoeken +2 (groen), Kiezen 0 (geel), Kopen 0 (oranje), Gebruiken -2 (rood)" in out
    assert "green 2, amber 0, orange 0, red -2, as --traffic-lights" in out


def test_a_setting_without_orange_keeps_orange_a_level_of_its_own_and_says_so(tmp_path: Path) -> None:
    """Round 21 (hostile F14): any --traffic-lights setting folded orange into amber, unsaid, and a setting
    naming orange beside amber was refused as "amber is given twice"."""
    four = _lights(tmp_path / "vier.xlsx", ("groen", "geel", "oranje", "rood"))
    code, out, _ = run_clean("check", "--explain", "--traffic-lights", "green=1,amber=0,red=-1", four)
    assert code == 0, out
    assert "Zoeken +1 (groen), Kiezen 0 (geel), Kopen -0.5 (oranje), Gebruiken -1 (rood)" in out, out
    assert "orange, written beside yellow, is a level of its own at -0.5, halfway between amber and red" in out
    assert "orange=0 to put it level with yellow" in out
    code, out, _ = run_clean("check", "--explain", "--traffic-lights", "green=2,amber=0,orange=-1,red=-2", four)
    assert code == 0, out
    assert "Zoeken +2 (groen), Kiezen 0 (geel), Kopen -1 (oranje), Gebruiken -2 (rood)" in out, out
    code, _, err = run_clean("check", "--traffic-lights", "green=2,amber=0,orange=1,red=-2", four)
    assert code != 0 and "orange must score between amber (or level with it) and red" in err, err


def test_orange_alone_is_the_middle_light(tmp_path: Path) -> None:
    three = _lights(tmp_path / "drie.xlsx", ("groen", "oranje", "rood", "groen"))
    (journey,) = canvas_of(three).journeys
    assert [s.value for phase in journey.scores for s in phase] == [2, 0, -2, 2]
    code, out, _ = run_clean("check", "--explain", three)
    assert code == 0 and "traffic lights read as scores" in out, out
    assert "yellow and orange" not in out
