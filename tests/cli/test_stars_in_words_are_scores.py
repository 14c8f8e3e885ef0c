"""Stars a team writes in words are scores (new user round 22, finding 21): a feelings row "3 van 5 · 4 uit 5 ·
2/5 · 5 sterren · 1 ster" gave no scores and no curve, and nothing said why. "5 sterren", "1 ster" and "4 van de
5 sterren" are read on 1..5 as "★★★★☆" is; ``check`` lists them, the poster's curve and the deck show them."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.vocabulary.scores import score_notation
from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, slide_text
from tests.support.workbooks import make_book


@pytest.mark.parametrize(
    ("written", "value", "top"),
    [
        ("5 sterren", 5, 5),
        ("1 ster", 1, 5),
        ("4 van de 5 sterren", 4, 5),
        ("3 of 5 stars", 3, 5),
        ("4 Sterne", 4, 5),
        ("★★★★☆", 4, 5),
    ],
)
def test_stars_in_words_are_a_score_on_their_scale(written: str, value: int, top: int) -> None:
    notation = score_notation(written)
    assert notation is not None and (notation.value, notation.low, notation.high) == (value, 1, top)


@pytest.mark.parametrize("written", ["6 sterren", "3 van de 10", "sterren"])
def test_what_is_no_star_rating_stays_text(written: str) -> None:
    assert score_notation(written) is None


def test_a_row_of_stars_in_words_is_the_curve(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Zoeken", "C1": "Kiezen", "D1": "Kopen", "E1": "Gebruiken", "F1": "Opzeggen"}
    cells |= {
        "A2": "Wat doet de klant?",
        "B2": "Zoekt",
        "C2": "Kiest",
        "D2": "Koopt",
        "E2": "Gebruikt",
        "F2": "Zegt op",
    }
    cells |= {"A3": "Tevredenheid", "B3": "3 van 5", "C3": "4 uit 5", "D3": "2/5", "E3": "5 sterren", "F3": "1 ster"}
    book = make_book(tmp_path / "reis.xlsx", {"Reis": cells})  # type: ignore[dict-item]
    code, out, err = run_clean("check", book)
    assert code == 0, err
    # every phase scored (none were), the notations' 1..5 set on the feelings lane's -2..+2
    said = " ".join(out.split())
    assert "(from lane 'Tevredenheid'): Zoeken 0, Kiezen +1, Kopen -1, Gebruiken +2, Opzeggen -2" in said
    code, _, err = run_clean("build", book, "-o", tmp_path / "out")
    assert code == 0, err
    poster = " ".join(pdftotext(tmp_path / "out" / "reis.pdf").split())
    deck = " ".join(slide_text(tmp_path / "out" / "reis.pptx").split())
    for words in ("5 sterren", "1 ster"):  # the scores as the team wrote them, on the curve and the slides
        assert words in poster and words in deck, words


@pytest.mark.parametrize(
    ("written", "value", "low"), [("0 sterren", 0, 0), ("4,5 sterren", 4.5, 1), ("2.5 stars", 2.5, 1)]
)
def test_no_star_and_half_stars_are_scores_too(written: str, value: float, low: int) -> None:
    """Hostile round 24: "0 sterren" was read as the number 0 with a word beside it, the middle of -2..+2 (a
    phase the customer gave no star drawn as neutral); "4,5 sterren" was no score."""
    notation = score_notation(written)
    assert notation is not None and (notation.value, notation.low, notation.high) == (value, low, 5)


def test_no_star_in_a_row_of_stars_is_its_lowest_score(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Zoeken", "C1": "Kiezen", "D1": "Kopen"}
    cells |= {"A2": "Wat doet de klant?", "B2": "Zoekt", "C2": "Kiest", "D2": "Koopt"}
    cells |= {"A3": "Tevredenheid", "B3": "3 sterren", "C3": "0 sterren", "D3": "4,5 sterren"}
    code, out, err = run_clean("check", make_book(tmp_path / "reis.xlsx", {"Reis": cells}))  # type: ignore[dict-item]
    assert code == 0, err
    assert "(from lane 'Tevredenheid'): Zoeken 0, Kiezen -2, Kopen +1.5" in " ".join(out.split())  # was: Kiezen 0
