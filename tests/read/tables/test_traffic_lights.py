"""Traffic lights in a score row (#33): 🟢 🟡 🟠 🔴, the colour words, a ● by its font's colour and a row
of G/A/R letters are read as three levels, the top, middle and bottom of the row's scale; what the cell
wrote is kept with the score (its mark), and the curve's marker is the light's colour."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl.styles.colors import Color

from canvasgen.model import Canvas, Light
from canvasgen.read.not_spreadsheets.model_json import canvas_from_dict
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book, with_font_colours, without_theme

PHASES = ["Oriëntatie", "Zoeken", "Kiezen", "Kopen", "Gebruiken"]


def _book(tmp_path: Path, label: str, scores: list[object]) -> Path:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": label}
    for col, phase, score in zip("BCDEF", PHASES, scores, strict=True):
        cells[f"{col}1"], cells[f"{col}2"] = phase, f"Klant in {phase.lower()}"
        if score is not None:
            cells[f"{col}3"] = score
    return make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})


def _read(tmp_path: Path, label: str, scores: list[object]) -> Canvas:
    return read_canvas(_book(tmp_path, label, scores))


def _scores(canvas: Canvas) -> list[tuple[float, Light | None, str | None, str | None] | None]:
    return [
        (phase[0].value, phase[0].light, phase[0].mark, phase[0].face) if phase else None
        for phase in canvas.journeys[0].scores
    ]


def _score_lane_text(canvas: Canvas) -> list[str]:
    lane = next(lane for lane in canvas.journeys[0].lanes if lane.label.startswith("Ervaringsscore"))
    return [item.text for cell in lane.cells for item in cell]


def test_emoji_lights_are_the_top_middle_and_bottom_of_the_scale(tmp_path: Path) -> None:
    canvas = _read(tmp_path, "Ervaringsscore", ["🟢", "🟡", "🟠", "🔴", None])
    assert _scores(canvas) == [
        (2.0, Light.GREEN, "🟢", "🟢"),
        (0.0, Light.AMBER, "🟡", "🟡"),
        (-1.0, Light.AMBER, "🟠", "🟠"),  # orange beside yellow: between yellow and red (look #8)
        (-2.0, Light.RED, "🔴", "🔴"),
        None,
    ]
    assert [str(w) for w in canvas.warnings] == []  # no "no score" any more
    assert _score_lane_text(canvas) == []  # scores, no longer the row's text


def test_on_a_scale_the_label_names_the_lights_take_its_ends_and_middle(tmp_path: Path) -> None:
    canvas = _read(tmp_path, "Ervaringsscore (1-5)", ["groen", "oranje", "rood", 4, None])
    assert [s[0] if s else None for s in _scores(canvas)] == [5.0, 3.0, 1.0, 4.0, None]
    assert str(canvas.journeys[0].score_scale) == "1..5"


@pytest.mark.parametrize(
    ("words", "third"),
    [
        # orange beside yellow lies between yellow and red (look #8); "amber" is the middle light's own name
        (["groen", "geel", "oranje", "rood"], -1.0),
        (["Green", "yellow", "amber", "RED"], 0.0),
        (["grün", "gelb", "orange", "rot"], -1.0),
        (["vert", "jaune", "orange", "rouge"], -1.0),
        (["verde", "amarillo", "ámbar", "rojo"], 0.0),
    ],
)
def test_colour_words_in_five_languages_are_lights_and_keep_their_word(
    tmp_path: Path, words: list[str], third: float
) -> None:
    canvas = _read(tmp_path, "Ervaringsscore", [*words, None])
    scores = _scores(canvas)
    assert [s[:3] if s else None for s in scores] == [
        (2.0, Light.GREEN, words[0]),
        (0.0, Light.AMBER, words[1]),
        (third, Light.AMBER, words[2]),
        (-2.0, Light.RED, words[3]),
        None,
    ]
    assert [s[3] for s in scores if s] == ["🟢", "🟡", "🟠", "🔴"]  # the marker: the light's colour
    assert canvas.warnings == []


def test_a_dot_is_read_by_its_fonts_colour_rgb_indexed_or_theme(tmp_path: Path) -> None:
    path = _book(tmp_path, "Ervaringsscore", ["●", "●", "⬤", "●", "●"])
    with_font_colours(
        path,
        "Klantreis",
        {
            "B3": Color(rgb="FF00B050"),  # Excel's standard green
            "C3": Color(theme=9, tint=-0.25),  # accent 6 of openpyxl's theme (orange), darker 25%
            "D3": Color(indexed=10),  # the old palette's red
            "E3": Color(rgb="FFFFC000"),  # Excel's standard amber
            "F3": Color(rgb="FF000000"),  # black: no light
        },
    )
    canvas = read_canvas(path)
    assert _scores(canvas) == [
        (2.0, Light.GREEN, "🟢", "🟢"),
        (0.0, Light.AMBER, "🟠", "🟠"),
        (-2.0, Light.RED, "🔴", "🔴"),
        (0.0, Light.AMBER, "🟡", "🟡"),
        None,
    ]
    warnings = [str(w) for w in canvas.warnings]
    assert len(warnings) == 1 and "Klantreis!F3: '●' in the score row is no score" in warnings[0]
    assert "a ● in green, amber or red" in warnings[0]
    assert _score_lane_text(canvas) == ["●"]  # the black dot stays as written


def test_a_row_of_g_a_r_letters_is_a_row_of_lights(tmp_path: Path) -> None:
    canvas = _read(tmp_path, "Ervaringsscore", ["G", "A", "R", "G", None])
    assert _scores(canvas) == [
        (2.0, Light.GREEN, "G", "🟢"),
        (0.0, Light.AMBER, "A", "🟡"),
        (-2.0, Light.RED, "R", "🔴"),
        (2.0, Light.GREEN, "G", "🟢"),
        None,
    ]
    assert canvas.warnings == []
    assert _score_lane_text(canvas) == []


@pytest.mark.parametrize("row", [["A", "A", "A", None, None], ["G", "A", "R", "B", None], ["G", "R", 1, None, None]])
def test_letters_stay_text_unless_the_whole_row_is_lights_with_green_or_red(tmp_path: Path, row: list[object]) -> None:
    """One 'A' may be a school grade: letters are lights only in a row of nothing but G, A and R, with a G
    or an R among them."""
    canvas = _read(tmp_path, "Ervaringsscore", row)
    assert all(s is None or s[1] is None for s in _scores(canvas))
    letters = [str(v) for v in row if isinstance(v, str)]
    assert _score_lane_text(canvas) == letters  # kept as written
    assert len(canvas.warnings) == len(letters)  # each said, with its cell


def test_the_light_and_its_mark_survive_the_json_model(tmp_path: Path) -> None:
    canvas = _read(tmp_path, "Ervaringsscore", ["groen", "🔴", 1, None, None])
    data = json.loads(json.dumps(canvas.to_dict()))
    assert data["journeys"][0]["scores"][0] == [
        {
            "value": 2.0,
            "scale": "-2..+2",
            "normalized": 1.0,
            "cell": "Klantreis!B3",
            "face": "🟢",
            "light": "green",
            "mark": "groen",
        }
    ]
    again = canvas_from_dict(data, "reis.json")
    assert _scores(again) == _scores(canvas)
    assert "groen" in [item.text for item in again.texts()]  # the client's word, kept in the model's text


@pytest.mark.parametrize("row", [["G", "A", "R", "g", None], ["g", "a", "r", None, None], ["G", "r", "A", "a", "g"]])
def test_lowercase_letters_are_lights_too(tmp_path: Path, row: list[object]) -> None:
    """One lowercase 'g' among G/A/R made the whole row text (hostile tester): letters are read in any case."""
    canvas = _read(tmp_path, "Ervaringsscore", row)
    level = {"g": 2.0, "a": 0.0, "r": -2.0}
    assert [s[0] if s else None for s in _scores(canvas)] == [
        level[v.lower()] if isinstance(v, str) else None for v in row
    ]
    assert [s[2] for s in _scores(canvas) if s] == [v for v in row if v]  # the letter kept as written
    assert canvas.warnings == [] and _score_lane_text(canvas) == []


def test_a_word_and_a_colour_that_disagree_keep_the_word_and_are_warned_about(tmp_path: Path) -> None:
    """'● rood' in a green font, '🟢 red': the word decides, and the cell is named with the correction that
    would let the colour decide; a dot whose colour agrees is no warning."""
    path = _book(tmp_path, "Ervaringsscore", ["● rood", "🟢 red", "● groen", "⬤ oranje", None])
    with_font_colours(
        path, "Klantreis", {"B3": Color(rgb="FF00B050"), "D3": Color(rgb="FF00B050"), "E3": Color(rgb="FFFF0000")}
    )
    canvas = read_canvas(path)
    assert [(s[0], s[1]) if s else None for s in _scores(canvas)] == [
        (-2.0, Light.RED),
        (-2.0, Light.RED),
        (2.0, Light.GREEN),
        (0.0, Light.AMBER),
        None,
    ]
    warnings = [str(w) for w in canvas.warnings]
    assert len(warnings) == 3, warnings
    assert (
        "Klantreis!B3: '● rood' says red by its word but green by its ● in #00B050: read as red, by the word; "
        "to go by the colour, --traffic-lights 'by=colour'"
    ) in warnings[0]
    assert "Klantreis!C3: '🟢 red' says red by its word but green by its 🟢" in warnings[1]
    assert "Klantreis!E3: '⬤ oranje' says amber by its word but red by its ● in #FF0000" in warnings[2]


def test_by_colour_lets_the_colour_decide_and_says_so(tmp_path: Path) -> None:
    path = _book(tmp_path, "Ervaringsscore", ["● rood", "🟢 red", "geel", None, None])
    with_font_colours(path, "Klantreis", {"B3": Color(rgb="FF00B050")})
    code, out, _ = run_clean("check", "--explain", path, "--traffic-lights", "by=colour")
    assert code == 0 and "warning" not in out
    assert "scores on -2..+2: Oriëntatie +2 (● rood), Zoeken +2 (🟢 red), Kiezen 0 (geel)" in out
    assert (
        "traffic lights read by their colour where the word says another (Klantreis!B3, C3), "
        "as --traffic-lights 'by=colour' says"
    ) in out
    code, out, _ = run_clean("check", path, "--traffic-lights", "green=1,amber=0,red=-1,by=colour")
    assert code == 0 and "Oriëntatie +1 (● rood), Zoeken +1 (🟢 red), Kiezen 0 (geel)" in out


def test_a_theme_coloured_dot_is_resolved_from_the_workbooks_theme_and_said(tmp_path: Path) -> None:
    """The ● takes the colour the workbook's own theme gives (here a theme whose accent 1 is green), and
    --explain says which theme colour it was and what it resolved to."""
    path = _book(tmp_path, "Ervaringsscore", ["●", "●", None, None, None])
    with_font_colours(path, "Klantreis", {"B3": Color(theme=4), "C3": Color(theme=4, tint=0.4)})
    with zipfile.ZipFile(path) as book:
        theme = book.read("xl/theme/theme1.xml")
    green = re.sub(rb'(<a:accent1>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}', rb"\g<1>00A050", theme)
    assert green != theme
    _replace_part(path, "xl/theme/theme1.xml", green)
    canvas = read_canvas(path)
    assert [s[:2] if s else None for s in _scores(canvas)][:2] == [(2.0, Light.GREEN), (2.0, Light.GREEN)]
    reading = canvas.journeys[0].reading
    assert "Klantreis!B3: '●' in #00A050 (theme colour 4, accent1) read as green (🟢)" in reading
    assert any(
        line.startswith("Klantreis!C3: '●' in #") and "(theme colour 4, accent1, lightened 40%)" in line
        for line in reading
    ), reading


def test_a_theme_colour_the_workbook_cannot_give_is_said_with_its_cell_not_guessed(tmp_path: Path) -> None:
    path = _book(tmp_path, "Ervaringsscore", ["●", "●", None, None, None])
    with_font_colours(path, "Klantreis", {"B3": Color(theme=9), "C3": Color(rgb="FF00B050")})
    without_theme(path)
    canvas = read_canvas(path)
    assert _scores(canvas)[0] is None  # no light made up
    assert _scores(canvas)[1] == (2.0, Light.GREEN, "🟢", "🟢")
    warnings = [str(w) for w in canvas.warnings]
    assert len(warnings) == 1
    assert "Klantreis!B3: '●' in the score row is no score" in warnings[0]
    assert (
        "its colour is theme colour 9, accent6, which canvasgen cannot resolve: the workbook has no theme to give "
        "it, so which light it is cannot be told"
    ) in warnings[0]
    assert _score_lane_text(canvas) == ["●"]


def _replace_part(path: Path, part: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts[part] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, content in parts.items():
            book.writestr(name, content)
