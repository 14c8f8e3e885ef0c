"""A phase name or lane label of thousands of characters (Excel allows 32,767) is a heading: poster and
deck show its first words, the whole name is printed with the notes, the build warns at its cell, and
nothing of it runs off the page. It once raised StopIteration out of the layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.layout.headings import HEADING_CHARS, shortened
from canvasgen.words import POSTER_WORDS
from tests.support.layouts import assert_inside, poster
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.workbooks import with_cell, words


@pytest.mark.parametrize(
    ("cell", "text", "kind"),
    [("B10", "x" * 4000, "phase name"), ("B10", words(2500), "phase name"), ("A11", words(4000), "lane label")],
    ids=["4000-character word", "2500 characters of words", "lane label"],
)
def test_a_long_name_builds_with_a_warning_and_every_word(tmp_path: Path, cell: str, text: str, kind: str) -> None:
    path = with_cell(tmp_path, cell, text)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--size", "A2"])
    assert result.exit_code == 0, result.output
    assert "please report" not in result.stderr and "Traceback" not in result.output
    assert f"Klantreis!{cell}: the {kind} has {len(text):,} characters" in result.stderr
    whole = squeeze(text)
    # The whole name, with the notes (a name longer than a column goes on in the next, under its card's
    # heading said again).
    again = squeeze(POSTER_WORDS["nl"]["card_continued"].format(heading=POSTER_WORDS["nl"]["in_full"]))
    assert whole in squeeze(pdf_text(out / f"{path.stem}.pdf")).replace("•", "").replace(again, "")
    assert whole in squeeze(slide_text(out / f"{path.stem}.pptx"))


def test_the_heading_is_short_and_the_map_stays_on_its_page(tmp_path: Path) -> None:
    for cell in ("B10", "A11", "A10"):
        layout = poster(with_cell(tmp_path, cell, words(4000)), "A3")
        assert_inside(layout)  # no line of the name runs out of its box or off the page
        first = layout.pages[0]
        heading = [b for b in first.blocks if b.source in (f"Klantreis!{cell}", "phase label")]
        assert heading and all(len(b.lines) <= 8 for b in heading), cell  # a heading, not the page
        assert any(b.source == "Klantreis!B11" for b in first.blocks), cell  # the lanes are on the page


def test_shortened_names() -> None:
    assert shortened("Bewustwording") == "Bewustwording"
    name = words(400)
    short = shortened(name)
    assert len(short) <= HEADING_CHARS and short.endswith("…") and name.startswith(short[:-1])
    assert not short[:-1].endswith(" ")  # cut between words
    assert shortened("x" * 4000) == "x" * (HEADING_CHARS - 1) + "…"  # one long word: cut inside it
