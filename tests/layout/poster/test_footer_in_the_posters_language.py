"""The poster's footer is canvasgen's sentence ("Version 1.0 · generated 7 December 2026 · page 1 of 1"): the
sheet's own label for the version is used where it is in the poster's language, canvasgen's word where it is
in another ("Versie" on an English poster, round 19 F9); the version itself is the team's, as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, canvas_of, default_kit, laid_poster
from tests.support.workbooks import GREEN_POWER_CANVAS, make_book


def _footers(path: Path, language: str) -> list[str]:
    kit, fonts = default_kit()
    width, height = parse_paper("A3")
    layout = laid_poster(canvas_of(path), kit, fonts, PosterSpec(width, height, language, path.name, DATE))
    return [
        " ".join(line.text for line in b.lines) for page in layout.pages for b in page.blocks if b.source == "footer"
    ]


@pytest.mark.parametrize(("language", "said"), [("en", "Version 1.0"), ("nl", "Versie 1.0")])
def test_the_footer_says_the_version_in_the_posters_language(tmp_path: Path, language: str, said: str) -> None:
    path = make_book(
        tmp_path / "stroom.xlsx",
        {
            "Klantreis": {
                "A1": "Klant",
                "B1": "Energie BV",
                "C1": "Versie",
                "D1": "1.0",
                **GREEN_POWER_CANVAS,
            }
        },
    )
    footers = _footers(path, language)
    assert footers and all(said in footer for footer in footers), footers


def _headers(path: Path, language: str) -> list[str]:
    kit, fonts = default_kit()
    width, height = parse_paper("A3")
    layout = laid_poster(canvas_of(path), kit, fonts, PosterSpec(width, height, language, path.name, DATE))
    return [line.text for page in layout.pages for b in page.blocks for line in b.lines if "Energie BV" in line.text]


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        ("en", ["Client: Energie BV", "Version: 1.0", "Doelgroep: Gezinnen"], ["Klant", "Versie"]),
        ("nl", ["Klant: Energie BV", "Versie: 1.0"], ["Client", "Version"]),
    ],
)
def test_the_header_says_canvasgens_own_labels_in_the_posters_language(
    tmp_path: Path, language: str, said: list[str], not_said: list[str]
) -> None:
    """Round 21 (F9): `--lang en` on a Dutch workbook printed "Klant: … · Versie: 0.1" over a footer saying
    "Version 0.1". The header's labels canvasgen knows are said in the poster's language, like the footer;
    a label it does not know ("Doelgroep" here is its own: kept) stays as the team wrote it."""
    path = make_book(
        tmp_path / "stroom.xlsx",
        {
            "Klantreis": {
                "A1": "Klant",
                "B1": "Energie BV",
                "C1": "Versie",
                "D1": "1.0",
                "E1": "Doelgroep",
                "F1": "Gezinnen",
                **GREEN_POWER_CANVAS,
            }
        },
    )
    headers = " ".join(_headers(path, language))
    assert all(words in headers for words in said), headers
    assert not any(word in headers for word in not_said), headers
