"""Phase groups drawn (#30 item 6): a band over the phase names on the poster, each group over its phases; the
group named on the deck's phase slides and over the overview's columns; every group name extracted back."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pptx import Presentation

from canvasgen.cli import main
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.layout.text.setter import Setter
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, assert_inside, deck_fonts, default_kit, laid_deck, laid_poster
from tests.support.read_back import pdf_text, slide_text, squeeze, title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import grouped_phases

GROUPS = [
    ("Voor", ["Oriëntatie", "Vergelijken"]),
    ("Tijdens", ["Bestellen", "Betalen"]),
    ("Na", ["Levering", "Service"]),
]


def test_the_poster_draws_each_group_over_its_phases(tmp_path: Path) -> None:
    canvas = read_canvas(grouped_phases(tmp_path / "groepen.xlsx", GROUPS))
    kit, fonts = default_kit()
    width, height = parse_paper("A1")
    layout = laid_poster(canvas, kit, fonts, PosterSpec(width, height, "nl", "groepen.xlsx", DATE))
    assert_inside(layout)
    page = layout.pages[0]

    def block(text: str):  # type: ignore[no-untyped-def]
        return next(b for b in page.blocks if b.lines and b.lines[0].text == text)

    for name, phases in GROUPS:
        group, first, last = block(name), block(phases[0]), block(phases[-1])
        assert group.box.bottom <= first.box.y  # the band above the phase names
        assert group.box.x <= first.box.x + 0.5 and group.box.right >= last.box.right - 0.5  # over all its phases
        assert group.order < first.order  # read before the phases it groups
        band = [r.box for r in page.rects if r.box.y <= group.box.y and r.box.bottom >= group.box.bottom]
        assert any(b.x <= first.box.x and b.right >= last.box.right and b.bottom <= first.box.y for b in band)


def test_the_deck_names_the_group_on_phase_slides_and_overview(tmp_path: Path) -> None:
    canvas = read_canvas(grouped_phases(tmp_path / "groepen.xlsx", GROUPS))
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (960.0, 540.0), "nl")
    titles = [s.title for s in deck.slides if s.kind == "phase"]
    assert titles[1] == "2/6 · Voor · Vergelijken"
    assert titles[4] == "5/6 · Na · Levering"
    (overview,) = [s for s in deck.slides if s.kind == "overview"]
    heads = {f.paras[0].text: f.box for f in overview.frames if f.name.startswith("glance group")}
    phases = {f.paras[0].text: f.box for f in overview.frames if f.name.startswith("glance phase")}
    assert list(heads) == ["Voor", "Tijdens", "Na"]
    for name, members in GROUPS:
        assert heads[name].bottom <= phases[members[0]].y
        assert abs(heads[name].x - phases[members[0]].x) < 0.5
        assert abs(heads[name].right - phases[members[-1]].right) < 0.5


def test_group_names_are_in_the_pdf_and_the_pptx(tmp_path: Path) -> None:
    path = grouped_phases(tmp_path / "groepen.xlsx", GROUPS)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    pdf, pptx = tmp_path / "out" / "groepen.pdf", tmp_path / "out" / "groepen.pptx"
    # was: no group drawn anywhere (and "Na" lost as a placeholder)
    for text in (squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))):
        assert all(squeeze(name) in text for name, _ in GROUPS)
    titles = [title_of(slide) for slide in Presentation(str(pptx)).slides]
    assert "3/6 · Tijdens · Bestellen" in titles
