"""Every poster page says what it holds and which version it is (round 11, a new user): the page of the rows
added under the lanes names those rows ("contactmomenten en betrokkenen"), never figures a canvas has
none of; the appendix and every other page carry the version pages 1-2 carry, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from canvasgen.analysis.analyse import analyse
from canvasgen.layout.poster.map_rows import companion_title, with_map_rows
from canvasgen.pipeline import BuildOptions, run
from canvasgen.units import PrintOptions, parse_paper
from tests.support.layouts import DATE
from tests.support.reading import read_canvas
from tests.support.workbooks import repair_journey, words


def _title(path: Path) -> str:
    canvas = read_canvas(path)
    journey, view = canvas.journeys[0], analyse(canvas, path.name).views[0]
    return companion_title(with_map_rows(journey, canvas, "nl", view).added, "nl")


def test_the_added_rows_page_names_what_it_holds_and_promises_no_figures_it_lacks(tmp_path: Path) -> None:
    with_figure = _title(repair_journey(tmp_path / "met.xlsx"))
    assert with_figure == "contactmomenten en cijfers"  # the KPI cell holds a figure with its target
    without = _title(repair_journey(tmp_path / "zonder.xlsx", changes={"Contactmomenten!F2": "Wachttijd"}))
    assert without == "contactmomenten"  # and its channels by phase, which count the touchpoints' channels


def test_every_page_footer_carries_the_version_the_appendix_too(tmp_path: Path) -> None:
    # the touchpoints' long explanations: an appendix that takes a page of its own (at no page's foot)
    told = {f"Contactmomenten!G{row}": words(5000) for row in (2, 3, 4)}
    changes = {"Klantreis!A2": "Versie", "Klantreis!B2": "0.3", "Contactmomenten!G1": "Toelichting", **told}
    path = repair_journey(tmp_path / "fiets.xlsx", changes=changes)
    result = run(path, BuildOptions(tmp_path / "out", parse_paper("A1"), PrintOptions(), None, DATE, pdf=True))
    assert result.pdf is not None
    pages = [page.extract_text() or "" for page in PdfReader(result.pdf).pages]
    footers = [next(line for line in text.splitlines() if " van " in line and "pagina" in line) for text in pages]
    assert len(footers) >= 2 and pages[-1].startswith("BIJLAGE")  # the appendix on a page of its own
    assert all(footer.startswith("Versie 0.3  ·  gemaakt op") for footer in footers), footers
