"""The poster's footer stays in its band under the journey whatever the kit puts in it, at every paper size:
long text shrinks, down to the footer's floor, its lines never overlap, and past that the kit's texts are
shortened with '…' (the footer first), said in a warning naming the key: never refused (#31)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.brand.kit import LINE_CHARS, load_kit
from canvasgen.layout.boxes import Page, PosterLayout
from canvasgen.layout.poster.poster import PosterSpec, footer_floor
from canvasgen.layout.poster.sheet import content_bottom
from canvasgen.layout.text.fonts import FontSet
from canvasgen.units import A_SIZES_MM, parse_paper
from tests.support.layouts import DATE, canvas_of, laid_poster, poster
from tests.support.workbooks import CANVASES, DATA

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
PAPERS = [(size, portrait) for size in A_SIZES_MM for portrait in (False, True)]


def _poster(tmp_path: Path, toml: str, size: str, portrait: bool = False) -> PosterLayout:
    folder = tmp_path / "kit"
    folder.mkdir(exist_ok=True)
    (folder / "brand.toml").write_text(toml, encoding="utf-8")
    kit, _ = load_kit(str(folder))
    fonts = FontSet.load(kit.heading_font, kit.body_font, kit.fallback_fonts)
    width, height = parse_paper(size, portrait)
    return laid_poster(canvas_of(EXAMPLE), kit, fonts, PosterSpec(width, height, "nl", EXAMPLE.name, DATE))


def _kit(agency: int, footer: int, credit: int = LINE_CHARS) -> str:
    return (
        f'agency = "{("Bureau voor ontwerp " * 20)[:agency].strip()}"\n'
        f'credit = "{("Ontwerp Studio Noord " * 10)[:credit].strip()}"\n'
        f'footer = "{("klantreizen die werken " * 20)[:footer].strip()}"\n'
    )


def _assert_footer_in_its_band(layout: PosterLayout, page: Page) -> None:
    bottom = content_bottom(layout.width, layout.height, layout.min_size)
    (footer,) = [block for block in page.blocks if block.source == "footer"]
    assert footer.box.y >= bottom - 0.01
    for line in footer.lines:
        assert line.y - line.size >= bottom - 0.01  # the highest line's letters stay in the band
        assert footer_floor(layout.min_size) - 1e-6 <= line.size <= layout.min_size + 1e-6
    for a in footer.lines:  # lines on one baseline stand apart; other lines are a line's height apart
        for b in footer.lines:
            if a is b:
                continue
            if abs(a.y - b.y) < 0.01:
                assert a.x + a.width <= b.x + 0.01 or b.x + b.width <= a.x + 0.01
            else:
                assert abs(a.y - b.y) >= a.size - 0.01
    others = [block for block in page.blocks if block.source != "footer"]
    assert all(block.box.bottom <= footer.box.y + 0.01 for block in others)


@pytest.mark.parametrize(("size", "portrait"), PAPERS)
def test_the_studio_noord_footer_fits_every_paper(tmp_path: Path, size: str, portrait: bool) -> None:
    """The bundled Studio Noord kit's texts (README, Brand kits) print on A5 too, upright or not."""
    toml = 'agency = "Studio Noord – service design"\nfooter = "studionoord.example · klantreizen die werken"\n'
    layout = _poster(tmp_path, toml, size, portrait)
    for page in layout.pages:
        _assert_footer_in_its_band(layout, page)


@pytest.mark.parametrize(("size", "portrait"), PAPERS)
def test_a_long_footer_shrinks_or_is_shortened_but_never_overlaps(tmp_path: Path, size: str, portrait: bool) -> None:
    layout = _poster(tmp_path, _kit(LINE_CHARS, LINE_CHARS), size, portrait)
    warned = {cell for cell, message in layout.problems if "in the poster's footer on this paper" in message}
    for page in layout.pages:
        _assert_footer_in_its_band(layout, page)
        (footer,) = [block for block in page.blocks if block.source == "footer"]
        said = " ".join(line.text for line in footer.lines)
        if not warned:
            assert "Ontwerp Studio Noord" in said and "klantreizen die werken" in said  # nothing cut
        assert "pagina" in said  # the version, date and page number always stay


@pytest.mark.parametrize("size", ["A0", "A1", "A3"])
def test_the_longest_kit_texts_fit_a_landscape_poster(tmp_path: Path, size: str) -> None:
    layout = _poster(tmp_path, _kit(LINE_CHARS, LINE_CHARS), size)
    for page in layout.pages:
        _assert_footer_in_its_band(layout, page)


def test_a_footer_that_cannot_fit_at_its_floor_is_shortened_and_said(tmp_path: Path) -> None:
    """A5 upright, a long kit footer beside an agency and a credit: the build was refused; now the kit's
    footer is cut at a word with '…', the agency and credit stay whole, and a warning names the key."""
    layout = _poster(tmp_path, _kit(40, LINE_CHARS, credit=20), "A5", portrait=True)
    agency, credit = ("Bureau voor ontwerp " * 20)[:40].strip(), ("Ontwerp Studio Noord " * 10)[:20].strip()
    cut = 0
    for page in layout.pages:
        _assert_footer_in_its_band(layout, page)
        (footer,) = [block for block in page.blocks if block.source == "footer"]
        said = " ".join(line.text for line in footer.lines)
        assert agency in said and credit in said and "klantreizen die" in said
        cut += "…" in said
    assert cut  # on the journey's pages (a page with a shorter right part may hold it whole)
    ((cell, message),) = [p for p in layout.problems if "in the poster's footer" in p[1]]
    assert cell == "footer" and message.startswith("the brand kit's footer is shortened (ending in '…')")
    assert str(tmp_path / "kit" / "brand.toml") in message


def test_a_page_of_no_journey_says_its_title_once() -> None:
    """A workbook of personas only: its pages' title is the product's word, which the footer said twice
    ("Customer journey canvas · Customer journey canvas")."""
    layout = poster(DATA / "persona-blocks-lookalike.xlsx")
    for page in layout.pages:
        (footer,) = [block for block in page.blocks if block.source == "footer"]
        said = " ".join(line.text for line in footer.lines)
        assert said.count("Klantreiscanvas") == 1, said
