"""A long cell stays whole on its page (its lane row grown, the page's type smaller, never below the paper's
least size) rather than be cut with "→ p. 2" onto a continuation page its few lines leave nearly empty
(#31: a 400-character cell cut to an A1 page four fifths blank, the lane rows of page 1 short)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

from canvasgen.layout.poster.journey_page import min_text_size
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import build_poster_laid
from tests.support.read_back import squeeze

PHASES = ["Oriëntatie", "Trigger", "Longlist", "Demo", "Business case", "Implementatie", "Uitbreiding"]
LANES = default_lanes(["pain_points", "touchpoints"])
LONG = (
    "De HR-directeur wil eigenlijk al twee jaar van het oude salarispakket af, maar elke keer als het onderwerp "
    "op de MT-agenda komt schuift het door naar het volgende kwartaal omdat IT geen capaciteit heeft en de CFO "
    "eerst een business case met harde besparingen wil zien; intussen houdt zij zelf een Excel-lijst bij met "
    "verlofsaldi die niemand anders begrijpt en die bij elke wisseling van functie opnieuw moet worden opgebouwd. Het "
    "MT wacht op een voorstel dat zij niet kan schrijven zonder cijfers die alleen in die lijst staan."
)

NOTES = [f"Notitie {n}: navragen bij het salesteam of dit beeld van de HR-directeur klopt" for n in range(1, 13)]


def _two_buyers(path: Path) -> Path:
    sheets = []
    for persona in ("HR-directeur", "CFO"):
        customer = ["Leest whitepapers", "Verloop stijgt", "Maakt longlist", "Plant demo's"]
        customer += ["Stelt business case op", "Start implementatie", "Breidt uit"]
        if persona == "HR-directeur":
            customer[0] = LONG
        content = {
            "customer": customer,
            "internal": ["Webinar", "Belt", "Stuurt info", "Geeft demo", "Offerte", "Kick-off", "QBR"],
            "learning": ["Welke content?", "", "Waarom afvallers?", "", "", "Time-to-value", ""],
            "pain_points": ["Te veel content", "", "Prijzen nergens", "Demo te technisch", "", "Koppeling", ""],
            "touchpoints": ["LinkedIn", "Telefoon", "Website", "Teams", "E-mail", "Kick-off", "Event"],
        }
        sheets.append(
            JourneySheet(
                PHASES,
                LANES,
                name=persona,
                meta={"journey": f"Klantreis {persona}"},
                content=content,
                scores=[1, 0, -1, 1, -2, -1, 1],
            )
        )
    write_workbook(WorkbookSpec("nl", sheets), path)
    book = openpyxl.load_workbook(path)
    for row, note in enumerate(NOTES, start=9):  # the HR sheet's side table: notes its page has no room for
        book["HR-directeur"][f"K{row}"] = note
    book.save(path)
    return path


def test_a_long_cell_stays_whole_rather_than_cut_to_a_nearly_empty_page(tmp_path: Path) -> None:
    pdf, layout = build_poster_laid(_two_buyers(tmp_path / "kopers.xlsx"), tmp_path / "out")
    assert not layout.continued  # no "→ p. 2" for the long cell
    pages = [squeeze(page.get_textpage().get_text_range()).lower() for page in pdfium.PdfDocument(pdf)]
    assert len(pages) == len(layout.pages) == 3  # each journey, the compared curves
    assert squeeze(LONG).lower() in pages[0]  # every word of the cell on its page, in its order
    assert squeeze("(van pagina").lower() not in "".join(pages)
    hr = [n for n, text in enumerate(pages) if squeeze("klantreis hr-directeur").lower() in text]
    assert hr[0] == 0
    # its notes, that its page has no room for, at the foot of the compared curves under its name, not on a page
    # of their own (#31: a page a person)
    assert squeeze("Notities uit de werkmap · Klantreis HR-directeur").lower() in pages[2]
    assert all(squeeze(note).lower() in pages[2] for note in NOTES)
    assert min(layout.body_sizes) >= min_text_size(layout.width, layout.height) - 0.05  # never below the floor
