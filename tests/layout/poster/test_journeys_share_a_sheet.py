"""Whole short journeys of one workbook share a sheet, one above the other, where they fit it at the size each
has alone: each tier with its own title band, phase header, lanes and curve, the sheet's footer naming them
all once (#31: eight three-phase journeys each filled a third of an A1 sheet, one page each)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.brand.kit import load_kit
from canvasgen.layout.boxes import Page, PosterLayout, TextBlock
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.layout.text.fonts import FontSet
from canvasgen.units import parse_paper
from tests.support.cli import run_clean
from tests.support.layouts import DATE, assert_inside, laid_poster, poster
from tests.support.read_back import pdf_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

#: Four short journeys (three phases, two lanes and a score each), our own words: a bike-repair shop's
#: customers, each a sheet of the workbook.
_JOURNEYS = {
    "Forens": (
        ("Melden", "Brengen", "Ophalen"),
        ("Belt over lekke band", "Zet fiets voor werk af", "Haalt op na vijven"),
    ),
    "Student": (
        ("Zoeken", "Wachten", "Betalen"),
        ("Vindt werkplaats via kaart", "Wacht op onderdeel", "Pint aan balie"),
    ),
    "Ouder": (
        ("Plannen", "Laten", "Rijden"),
        ("Plant onderhoud bakfiets", "Laat kinderzitje nakijken", "Rijdt weer veilig"),
    ),
    "Toerfietser": (
        ("Vragen", "Kiezen", "Vertrekken"),
        ("Vraagt naar zadeladvies", "Kiest nieuwe tassen", "Vertrekt op vakantie"),
    ),
}
_SCORES = (1, -1, 2)


def _four_journeys(folder: Path) -> Path:
    sheets: dict[str, dict[str, object]] = {}
    for who, (phases, steps) in _JOURNEYS.items():
        cells: dict[str, object] = {"A1": f"Klantreis {who}", "A3": "Fase", "A4": "Klantproces", "A5": "Score"}
        for index, (phase, step, score) in enumerate(zip(phases, steps, _SCORES, strict=True)):
            column = "BCD"[index]
            cells[f"{column}3"], cells[f"{column}4"], cells[f"{column}5"] = phase, step, score
        sheets[who] = cells
    return make_book(folder / "fietsenmaker.xlsx", sheets)


def _text(block: TextBlock) -> str:
    return " ".join(line.text for line in block.lines)


def _titles(page: Page) -> list[TextBlock]:
    return [block for block in page.blocks if _text(block).startswith("Klantreis ")]


def test_four_short_journeys_share_sheets_each_tier_with_its_band_phases_and_curve(tmp_path: Path) -> None:
    layout = poster(_four_journeys(tmp_path), "A1")
    journey_pages = [page for page in layout.pages if _titles(page)]
    assert len(journey_pages) < 4  # a page each before
    assert_inside(layout)
    assert sum(len(_titles(page)) for page in journey_pages) == 4
    shared = [page for page in journey_pages if len(_titles(page)) > 1]
    assert shared
    for page in shared:
        titles = sorted(_titles(page), key=lambda block: block.box.y)
        assert len(page.figures) == len(titles)  # a curve per tier
        for number, title in enumerate(titles):
            below = titles[number + 1].box.y if number + 1 < len(titles) else layout.height
            who = _text(title).removeprefix("Klantreis ")
            phases, _ = _JOURNEYS[who]
            for phase in phases:  # its own phase header, under its title and above the next tier's
                (header,) = [block for block in page.blocks if _text(block) == phase]
                assert title.box.bottom <= header.box.y < below, (who, phase)
            # its curve inside its tier, every mark inside the curve's figure
            (figure,) = [f for f in page.figures if title.box.bottom <= f.box.y < below]
            for index in figure.dots:
                assert figure.box.y - 1 <= page.dots[index].y <= figure.box.bottom + 1
            for index in figure.strokes:
                assert all(figure.box.y - 1 <= y <= figure.box.bottom + 1 for _, y in page.strokes[index].points)
        # reading order: tier by tier, top to bottom
        ordered = sorted((block for block in page.blocks if block.order), key=lambda block: block.order)
        tier_of = [sum(t.box.y <= block.box.y for t in titles) for block in ordered]
        assert tier_of == sorted(tier_of)
    _footer_names_them_all(layout, shared)


def _footer_names_them_all(layout: PosterLayout, shared: list[Page]) -> None:
    for page in shared:
        footer = " ".join(_text(block) for block in page.blocks if block.source == "footer")
        for title in _titles(page):
            assert _text(title).removeprefix("Klantreis ") in footer, footer
    assert layout.sheets and all(len(names) > 1 for _, names in layout.sheets)


def test_every_word_of_journeys_sharing_a_sheet_reads_back_and_build_says_which(tmp_path: Path) -> None:
    code, out, _ = run_clean("build", _four_journeys(tmp_path), "--no-pptx", "-o", tmp_path / "out")
    assert code == 0
    pages = int(out.split("fietsenmaker.pdf (")[1].split(" page")[0])
    assert pages < 4, out
    sharing = [line for line in out.splitlines() if line.strip().startswith("journeys sharing page")]
    assert sharing, out
    assert all(line.count("Klantreis") >= 2 for line in sharing), out
    text = squeeze(pdf_text(tmp_path / "out" / "fietsenmaker.pdf"))
    for who, (phases, steps) in _JOURNEYS.items():
        for word in (who, *phases, *steps):
            assert squeeze(word) in text, word


def test_a_journeys_notes_sit_at_the_foot_of_its_own_tier_and_are_read_with_it(tmp_path: Path) -> None:
    path = _four_journeys(tmp_path)
    book = openpyxl.load_workbook(path)
    book["Forens"]["F3"] = "Notities workshop"
    book["Forens"]["F4"] = "Vraagt vaak om leenfiets tijdens reparatie"
    book.save(path)
    layout = poster(path, "A1")
    (page,) = [page for page in layout.pages if any(_text(t) == "Klantreis Forens" for t in _titles(page))]
    titles = sorted(_titles(page), key=lambda block: block.box.y)
    assert _text(titles[0]) == "Klantreis Forens" and len(titles) > 1  # its notes kept it off no sheet
    (note,) = [block for block in page.blocks if "leenfiets" in _text(block)]
    assert titles[0].box.bottom < note.box.y and note.box.bottom <= titles[1].box.y  # under its tier, above the next
    ordered = sorted((block for block in page.blocks if block.order), key=lambda block: block.order)
    assert ordered.index(note) < ordered.index(titles[1])  # read before the next journey


def test_a_kits_logo_is_drawn_once_on_a_shared_sheet_the_tiers_under_it_titled_from_the_margin(
    tmp_path: Path,
) -> None:
    kit, _ = load_kit("studio-noord")
    assert kit.logo is not None
    fonts = FontSet.load(kit.heading_font, kit.body_font, kit.fallback_fonts)
    canvas = read_canvas(_four_journeys(tmp_path))
    layout = laid_poster(canvas, kit, fonts, PosterSpec(*parse_paper("A1", False), "nl", "f.xlsx", DATE))
    (page, *_) = [page for page in layout.pages if len(_titles(page)) > 1]
    top, *under = sorted(_titles(page), key=lambda block: block.box.y)
    assert page.logo is not None and page.logo.bottom < under[0].box.y  # the sheet's one logo, in the top band
    assert all(title.box.x < top.box.x for title in under)  # no room kept for a logo the tier does not draw
