"""The poster's curve says how colour words became scores (#31, look F42: ibu562 drew "0 orange" level with
"0 yellow" and its label said nothing of how the words were read): beside the curve, under its label, a
key of each colour word with its score, highest first. Read back out of the PDF."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import build_poster
from tests.support.read_back import pdftotext
from tests.support.workshop import canvas


def test_the_curve_has_a_key_of_the_colour_words_scores(tmp_path: Path) -> None:
    source = canvas(tmp_path / "kleuren.xlsx", {"B9": "oranje", "C9": "groen", "D9": "rood", "E9": "oranje"})
    text = " ".join(pdftotext(build_poster(source, tmp_path / "out", "A3")).split())
    assert "+2 groen" in text and "-2 rood" in text  # the points, as before
    key = ["groen = +2", "oranje = 0", "rood = -2"]  # highest first, each word once
    places = [text.find(pair) for pair in key]
    assert all(place >= 0 for place in places), text
    assert places == sorted(places)
    assert text.count("oranje = 0") == 1


def test_no_key_where_the_scores_are_numbers(tmp_path: Path) -> None:
    source = canvas(tmp_path / "cijfers.xlsx", {"B9": 2, "C9": 0, "D9": -2})
    text = pdftotext(build_poster(source, tmp_path / "out", "A3"))
    assert " = +2" not in text and " = -2" not in text


def test_a_grey_status_is_said_in_the_key_as_no_score(tmp_path: Path) -> None:
    # look #8: "gray" stood as a bare word over the curve, the key saying nothing of it
    source = canvas(tmp_path / "grijs.xlsx", {"B9": "groen", "C9": "grijs", "D9": "rood", "E9": "groen"})
    text = " ".join(pdftotext(build_poster(source, tmp_path / "out", "A3")).split())
    places = [text.find(pair) for pair in ["groen = +2", "rood = -2", "grijs = geen score"]]
    assert all(place >= 0 for place in places) and places == sorted(places), text
    assert text.count("grijs") == 2  # the team's word in its phase, and the key's
