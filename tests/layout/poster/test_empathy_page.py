"""An empathy map's poster page (#31 item 6): the persona's name in the band, the four quadrants as a 2×2
grid with pains and gains beneath, headed as written; every word of the map in the PDF once (its persona's
card and the appendix no longer list it); a map too large for its page stays on the card, never lost."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.boxes import Page, PosterLayout
from tests.support.layouts import build_poster, poster
from tests.support.read_back import pdf_text, squeeze
from tests.support.workbooks import EMPATHY_ENTRIES, EMPATHY_HEADINGS, journey_with_empathy_map

_HEADINGS = list(EMPATHY_HEADINGS["nl"].values())
_ENTRIES = [e for es in EMPATHY_ENTRIES.values() for e in es]


def _map_page(layout: PosterLayout) -> Page:
    (page,) = [p for p in layout.pages if p.title.startswith("Empathiekaart")]
    return page


def _text(page: Page) -> list[str]:
    return [" ".join(line.text for line in block.lines) for block in page.blocks]


def test_the_map_is_a_page_of_four_quadrants_in_two_rows_and_two_columns_with_pains_and_gains_beneath(
    tmp_path: Path,
) -> None:
    for size in ("A1", "A3"):
        page = _map_page(poster(journey_with_empathy_map(tmp_path / f"zon-{size}.xlsx"), size))
        assert page.title == "Empathiekaart: Sanne de Wit"
        boxes = [r.box for r in page.rects if r.radius > 0]  # the quadrants: rounded boxes
        assert len(boxes) == 6
        grid, beneath = boxes[:4], boxes[4:]
        assert len({round(b.x) for b in grid}) == 2 and len({round(b.y) for b in grid}) == 2
        assert len({(round(b.w), round(b.h)) for b in grid}) == 1
        assert all(low.y >= max(b.bottom for b in grid) for low in beneath)
        assert beneath[0].right <= beneath[1].x
        # each heading as written, at the top of its box, its entries under it in the same box
        for box, heading, entries in zip(boxes, _HEADINGS, EMPATHY_ENTRIES.values()):
            inside = [
                " ".join(line.text for line in block.lines)
                for block in page.blocks
                if box.x <= block.box.x and block.box.right <= box.right and box.y <= block.box.y < box.bottom
            ]
            assert inside[0] == heading
            assert squeeze(" ".join(inside[1:])) == squeeze(" ".join(entries))


def test_every_word_of_the_map_comes_out_of_the_pdf_once_and_not_again_on_the_persona_card(tmp_path: Path) -> None:
    pdf = build_poster(journey_with_empathy_map(tmp_path / "zon.xlsx"), tmp_path / "out")
    text = squeeze(pdf_text(pdf))
    assert [e for e in _ENTRIES if text.count(squeeze(e)) != 1] == []
    assert [h for h in _HEADINGS if squeeze(h) not in text] == []
    assert squeeze("Denken & voelen:") not in text  # the card's line "Denken & voelen: …" is gone
    card = poster(journey_with_empathy_map(tmp_path / "zon.xlsx"))
    said = squeeze(" ".join(t for t in _text(card.pages[0])))
    assert squeeze("Lagere vaste lasten") in said and "Huiseigenaar" in said  # the persona's own fields stay
    assert [e for e in _ENTRIES if squeeze(e) in said] == []


def test_a_map_too_large_for_its_page_stays_on_the_persona_card_every_word_kept(tmp_path: Path) -> None:
    long = {
        q: [f"{q} {n}: " + "een lang verhaal over de buren en het dak " * 18 for n in range(3)] for q in EMPATHY_ENTRIES
    }
    path = journey_with_empathy_map(tmp_path / "lang.xlsx", long)
    assert not [p for p in poster(path, "A3").pages if p.title.startswith("Empathiekaart")]
    text = squeeze(pdf_text(build_poster(path, tmp_path / "out", "A3")))
    assert [e for es in long.values() for e in es if squeeze(e) not in text] == []
