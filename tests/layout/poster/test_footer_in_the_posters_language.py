"""The poster's footer is canvasgen's sentence ("Version 1.0 · generated 7 December 2026 · page 1 of 1"): the
sheet's own label for the version is used where it is in the poster's language, canvasgen's word where it is
in another ("Versie" on an English poster, round 19 F9); the version itself is the team's, as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.boxes import TextBlock
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, canvas_of, default_kit, laid_poster
from tests.support.workbooks import GREEN_POWER_CANVAS, make_book

#: The client, the version and a label of the team's own ("Doelgroep", which canvasgen does not know) over the canvas.
HEADER = {"A1": "Klant", "B1": "Energie BV", "C1": "Versie", "D1": "1.0", "E1": "Doelgroep", "F1": "Gezinnen"}


def _blocks(folder: Path, language: str) -> list[TextBlock]:
    """The blocks of the poster of a Dutch canvas under ``HEADER``, laid out in ``language``."""
    path = make_book(folder / "stroom.xlsx", {"Klantreis": {**HEADER, **GREEN_POWER_CANVAS}})
    kit, fonts = default_kit()
    width, height = parse_paper("A3")
    layout = laid_poster(canvas_of(path), kit, fonts, PosterSpec(width, height, language, path.name, DATE))
    return [block for page in layout.pages for block in page.blocks]


@pytest.mark.parametrize(("language", "said"), [("en", "Version 1.0"), ("nl", "Versie 1.0")])
def test_the_footer_says_the_version_in_the_posters_language(tmp_path: Path, language: str, said: str) -> None:
    footers = [" ".join(line.text for line in b.lines) for b in _blocks(tmp_path, language) if b.source == "footer"]
    assert footers and all(said in footer for footer in footers), footers


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
    lines = [line.text for b in _blocks(tmp_path, language) for line in b.lines if "Energie BV" in line.text]
    headers = " ".join(lines)
    assert all(words in headers for words in said), headers
    assert not any(word in headers for word in not_said), headers
