"""A journey's overflowing cell and its sheet's notes go on a page of that journey (its continuation page,
titled with its name), never at the foot of the compared curves of all the canvas's journeys (#31: one
added card made the CFO's pain points and the CFO sheet's notes go on under "Emotiecurves vergeleken",
linked to the CFO only by "(van pagina 5)")."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
from openpyxl.comments import Comment

from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import build_poster_laid
from tests.support.read_back import squeeze

PHASES = ["Oriëntatie", "Trigger", "Shortlist", "Demo", "Business case", "Implementatie", "Uitbreiding"]
PAIN = "de juridische review van het contract duurt zes weken en niemand weet waarom"
PAINS = [f"Bezwaar {n}: {PAIN}" for n in range(12)]
STEPS = ["Verloop stijgt", "Maakt longlist", "Plant demo's", "Stelt business case op", "Start implementatie"]
STEPS += ["Breidt uit"]
NOTE = "Volgens Sanne haakt de CFO hier af"


def _buying_group(path: Path) -> Path:
    sheets = []
    for persona in ("HR-directeur", "IT manager", "CFO"):
        pains = ["Zoekt lang", "", "Te veel keuze", "Demo te lang", "Prijs onduidelijk", "Koppelingen", ""]
        if persona == "CFO":
            pains[4] = "; ".join(PAINS)  # the last journey's one overflowing cell
        content = {
            "customer": [f"{persona} leest over HR-software", *STEPS],
            "pain_points": pains,
        }
        sheets.append(
            JourneySheet(
                PHASES,
                default_lanes(["pain_points"]),
                name=persona,
                meta={"journey": f"Klantreis {persona}"},
                content=content,
                scores=[1, 0, -1, 1, -1, -1, 1],
            )
        )
    write_workbook(WorkbookSpec("nl", sheets), path)
    book = openpyxl.load_workbook(path)
    book["CFO"]["C10"].comment = Comment(NOTE, "team")
    book.save(path)
    return path


def test_the_last_journeys_cut_cell_and_notes_stay_on_its_own_pages(tmp_path: Path) -> None:
    pdf, layout = build_poster_laid(_buying_group(tmp_path / "inkoopgroep.xlsx"), tmp_path / "out")
    pages = [squeeze(page.get_textpage().get_text_range()).lower() for page in pdfium.PdfDocument(pdf)]
    compared = [n for n, text in enumerate(pages) if squeeze("emotiecurves vergeleken") in text]
    cfo = [n for n, text in enumerate(pages) if squeeze("klantreis cfo") in text]
    assert compared and cfo
    (cut,) = [c for c in layout.continued if c.phase == "Business case"]  # the CFO's pains, and only they, cut
    continued_on = cut.page - 1
    assert continued_on in cfo and continued_on not in compared  # on a page titled with the CFO's journey
    assert squeeze("(van pagina") in pages[continued_on]
    assert squeeze(PAINS[-1]).lower() in pages[continued_on]  # the cut cell's end goes on there
    noted = [n for n, text in enumerate(pages) if squeeze(NOTE).lower() in text]
    assert noted and all(n in cfo and n not in compared for n in noted)  # the CFO sheet's note too
    for n in compared:
        assert squeeze(PAINS[-1]).lower() not in pages[n] and squeeze(NOTE).lower() not in pages[n]
