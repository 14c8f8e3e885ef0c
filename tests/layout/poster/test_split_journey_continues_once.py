"""A journey split over two pages with a cut cell on each goes on on one page after its last part, titled with
the whole journey: never a mostly empty continuation page between its two parts (#31: evahan's JTBD journey
had two continuation pages, each three quarters white). Read back out of the PDF."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import build_poster_laid
from tests.support.read_back import squeeze

PHASES = [f"Stap {n}" for n in range(1, 15)]
REVIEW = "de juridische review van het contract duurt zes weken en niemand weet waarom"


def _long(word: str) -> str:
    return "; ".join(f"{word} {n}: {REVIEW}" for n in range(20))


def _book(path: Path) -> Path:
    pains = ["Zoekt lang"] * len(PHASES)
    pains[1], pains[11] = _long("Bezwaar"), _long("Klacht")  # one cut cell on each part's page
    content = {"customer": [f"Klant doet stap {n}" for n in range(1, 15)], "pain_points": pains}
    sheet = JourneySheet(
        PHASES, default_lanes(["pain_points"]), name="Klantreis", meta={"journey": "Klantreis"}, content=content
    )
    write_workbook(WorkbookSpec("nl", [sheet]), path)
    return path


def test_both_parts_cut_cells_go_on_together_after_the_last_part(tmp_path: Path) -> None:
    pdf, layout = build_poster_laid(_book(tmp_path / "lang.xlsx"), tmp_path / "out")
    pages = [squeeze(page.get_textpage().get_text_range()) for page in pdfium.PdfDocument(pdf)]
    assert len(pages) == 3, [page[:60] for page in pages]
    first, second, going_on = pages
    assert squeeze("Stap 1") in first and squeeze("Stap 14") in second
    # each cut cell's end on the third page, the pointers of both parts aiming at it
    assert squeeze(f"Bezwaar 19: {REVIEW}") in going_on and squeeze(f"Klacht 19: {REVIEW}") in going_on
    assert sorted((c.phase, c.page) for c in layout.continued) == [("Stap 12", 3), ("Stap 2", 3)]
    assert going_on.startswith(squeeze("VERVOLG Klantreis")) and "(1/2)" not in going_on  # the whole journey's
