"""The kit's PDFs are titled in the kit's language with what the canvas is about (new user 14, F14): a viewer
shows the title (DisplayDocTitle), and "lease: cards" put English words and the file's name before a Dutch
team; the tiles' title said the file's name too."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from tests.support.cli import run
from tests.support.workshop import canvas


def test_the_kits_pdfs_are_titled_in_its_language_with_the_journeys_name(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease-werkmap.xlsx")
    code, _, err = run("kit", source, "-o", tmp_path / "kit")
    assert code == 0, err
    titles = {
        kind: pypdfium2.PdfDocument(tmp_path / "kit" / f"lease-werkmap-{kind}.pdf").get_metadata_dict()["Title"]
        for kind in ("cards", "handouts", "tiles")
    }
    assert titles == {
        "cards": "Kaarten · Klantreis fietslease",
        "handouts": "Werkbladen · Klantreis fietslease",
        "tiles": "Poster in vellen · Klantreis fietslease",
    }
    code, _, err = run("kit", source, "-o", tmp_path / "en", "--lang", "en")
    assert code == 0, err
    title = pypdfium2.PdfDocument(tmp_path / "en" / "lease-werkmap-cards.pdf").get_metadata_dict()["Title"]
    assert title == "Cards · Klantreis fietslease"
