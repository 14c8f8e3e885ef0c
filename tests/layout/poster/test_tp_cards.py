"""Touchpoints on the companion page are cards: the channel icon beside the name, timing and owner
small, now → ideal, "not a sales moment"; a touchpoint not served today is marked in the pain colour.
Cells whose cards do not fit are set as lines (each with its channel's icon, only a touchpoint not served
today's in the pain colour), and every card stays inside its cell."""

from __future__ import annotations

from pathlib import Path

from canvasgen.brand.colors import Colour
from canvasgen.layout.boxes import Page, TextBlock
from canvasgen.layout.poster.sheet import PosterSpec
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, build_poster, companion_page, default_kit, laid_poster
from tests.support.read_back import pixels_before
from tests.support.reading import read_canvas
from tests.support.workbooks import SERVED_OR_NOT, touchpoints_served_or_not


def _card(page: Page, name: str) -> TextBlock:
    return next(b for b in page.blocks if b.lines[0].text == name and len(b.lines) > 1)


def test_a_touchpoint_is_a_card_with_its_icon_beside_its_name() -> None:
    page, _ = companion_page()
    reel = _card(page, "Reel van plantfluencer")
    name, *rest = reel.lines
    assert name.role == "heading" and all(line.role == "body" for line in rest)
    assert [line.text for line in rest] == ["Donderdagavond · Marketing", "nu: Ja → ideaal: Ja", "geen verkoopmoment"]
    assert all(line.y > name.y for line in rest) and len({line.item for line in reel.lines}) == 4
    icon = next(i for i in page.icons if reel.box.x <= i.x < name.x and abs(i.y + i.size * 0.8 - name.y) < 1)
    assert icon.channel == "social" and icon.x + icon.size <= name.x
    # the card is a box of its own, inside its phase's cell
    assert any(r.box == reel.box for r in page.rects)


def test_a_touchpoint_not_served_today_is_marked_in_the_pain_colour() -> None:
    page, _ = companion_page()
    pain = default_kit()[0].palette.pain
    card = _card(page, "Verwijsprogramma")
    status = next(line for line in card.lines if line.text.startswith("nu: Nee"))
    served = _card(page, "Verzorgingsmail")
    assert status.colour != next(line for line in served.lines if line.text.startswith("nu: Ja")).colour
    edge = [r for r in page.rects if r.box.x == card.box.x and r.box.y == card.box.y and r.box.w < card.box.w]
    assert [r.fill for r in edge] == [pain]


def test_cards_never_leave_their_cell() -> None:
    page, _ = companion_page(per_phase=3)  # a figures row drawn as tiles too
    cells = [r.box for r in page.rects if r.box.w > 100 and r.radius == 0]
    checked = 0
    for block in page.blocks:
        if block.lines[0].role != "heading" or len(block.lines) < 2 or not any(r.box == block.box for r in page.rects):
            continue  # not a card or a tile
        assert any(
            c.x <= block.box.x and block.box.right <= c.right and c.y <= block.box.y and block.box.bottom <= c.bottom
            for c in cells
        ), block.lines[0].text
        checked += 1
    assert checked >= 8  # the webshop's touchpoint cards and KPI tiles


def _near(pixels: list[tuple[int, int, int]], colour: Colour) -> int:
    """How many of ``pixels`` are (nearly) ``colour``."""
    rgb = [round(c * 255) for c in colour.rgb]
    return sum(1 for px in pixels if sum(abs(a - b) for a, b in zip(px, rgb)) < 40)


def test_in_a_cell_set_as_lines_only_the_touchpoint_not_served_today_has_a_pain_coloured_icon(
    tmp_path: Path,
) -> None:
    path = touchpoints_served_or_not(tmp_path / "served.xlsx")
    kit, fonts = default_kit()
    pain, accent = kit.palette.pain, kit.palette.accent
    width, height = parse_paper("A1")
    pages = laid_poster(read_canvas(path), kit, fonts, PosterSpec(width, height, "nl", path.name, DATE)).pages
    first = SERVED_OR_NOT[0][0]  # the page of the touchpoint row: the map's, or its companion's
    page = next(p for p in pages if any(line.text.startswith(f"{first} ·") for b in p.blocks for line in b.lines))
    for name, channel, served in SERVED_OR_NOT:
        # a line of text (no card), its icon before it on its baseline
        line = next(line for block in page.blocks for line in block.lines if line.text.startswith(f"{name} ·"))
        icon = next(i for i in page.icons if 0 < line.x - i.x < 2 * line.size and abs(i.y + i.size * 0.8 - line.y) < 1)
        assert icon.colour == (pain if served == "Nee" else accent), (name, channel)
    # as drawn in the PDF: pain-coloured ink in the icon's place before the third touchpoint only
    pdf = build_poster(path, tmp_path / "out")
    for name, _, served in SERVED_OR_NOT:
        before = pixels_before(pdf, name)
        if served == "Nee":
            assert _near(before, pain) > 0 and _near(before, accent) == 0, name
        else:
            assert _near(before, pain) == 0 and _near(before, accent) > 0, name


def test_a_channel_the_channel_matrix_names_word_for_word_is_not_said_again_in_the_appendix(tmp_path: Path) -> None:
    """'SMS' counted under the matrix's row (named 'SMS' as the workbook writes it, round 18; the tool's 'SMS en
    chat' before) is shown there: no appendix card of it alone (it took an A1 page of its own)."""
    path = touchpoints_served_or_not(tmp_path / "served.xlsx")
    kit, fonts = default_kit()
    width, height = parse_paper("A1")
    pages = laid_poster(read_canvas(path), kit, fonts, PosterSpec(width, height, "nl", path.name, DATE)).pages
    texts = [line.text for page in pages for block in page.blocks for line in block.lines]
    assert "SMS" in texts and not any(text.startswith("SMS en chat") for text in texts)  # the matrix's row
    assert not any(text.endswith(": SMS") for text in texts)  # no "Kanaal: SMS" said again
    assert len(pages) == 1  # the map with its rows, no appendix page of one card
