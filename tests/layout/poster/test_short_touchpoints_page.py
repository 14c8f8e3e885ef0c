"""A short touchpoints page (the journey's rows from the touchpoint sheet on a companion page of their own,
a few touchpoints) is designed, not half empty (round 24, new user): its parts follow each other from the
top, no band of blank page between two of them, and the touchpoint cards at its foot are set as large as
the map's body, not at the foot's least size pinned to the page's bottom. Read back from the PDF."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from canvasgen.brand.colors import Colour
from canvasgen.layout.boxes import Box, Line, Page, Rect, TextBlock
from canvasgen.layout.poster.arrange.short_page import spread
from tests.support.layouts import build_poster

PHASES = ["Melden", "Ophalen", "Repareren", "Terugbrengen", "Nazorg"]
TOUCHPOINTS = [
    ("Melden", "Storingsformulier", "Website", "Klantenservice", "Vaak half ingevuld"),
    ("Melden", "Terugbelverzoek", "Telefoon", "Planner", "Binnen een uur"),
    ("Ophalen", "Ophaalbevestiging", "E-mail", "Planner", "Met tijdvak"),
    ("Terugbrengen", "Bezorgbericht", "WhatsApp", "Chauffeur", "Foto van de machine"),
    ("Nazorg", "Tevredenheidsvraag", "E-mail", "Kwaliteit", "Drie vragen"),
]


#: One long cell (a customer's story told in full) fills the journey's page: its touchpoints get a page of
#: their own, which the few of them leave short.
STORY = " ".join(
    [
        "Ria neemt een vrije ochtend om thuis te zijn, want de bus komt ergens tussen acht en twaalf uur.",
        "Om half twaalf belt ze de planner, die zegt dat de chauffeur vastzit bij een andere klant in Zwolle.",
        "De machine staat intussen ontkoppeld in de gang en de was van vijf mensen stapelt zich op in de badkamer.",
        "Als de chauffeur om kwart over een aanbelt, heeft hij geen steekwagen bij zich en moet de buurman helpen.",
        "Niemand vertelt haar hoe lang de reparatie duurt of wat die ongeveer gaat kosten, en een bon krijgt ze niet.",
        "Ze zet het op de buurtapp en twee buren raden haar een andere zaak aan voor de volgende keer.",
    ]
)


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis wasmachine"
    sheet["A1"] = "Klantreis: een wasmachine laten repareren bij Witgoed Hendriks"
    sheet["A3"] = "Persona: Ria Smit"
    sheet["A4"], sheet["B4"] = "Situatie", "Gezin van vijf, wast elke dag"
    sheet["A6"] = "Stap"
    for column, phase in enumerate(PHASES, start=2):
        sheet.cell(6, column, phase)
    sheet.cell(6, 7, "Notities")
    lanes = [
        ("Wat doet de klant?", ["Vult het formulier in", STORY, "Belt twee keer", "Tekent", "Wast"]),
        ("Onze acties", ["Storing inschatten", "Route plannen", "Onderdeel bestellen", "Afspraak maken", "Bellen"]),
        ("Hoe voelt het", ["+1", "-2", "-1", "+2", "+1"]),
        ("Waar zit het pijnpunt?", ["Formulier te lang", "Tijdvak van vier uur", "Onderdeel zoek", "", "Geen bon"]),
        ("Ideeën van het team", ["Foto van het typeplaatje", "Kortere tijdvakken", "Voorraad tonen", "", "Bon mailen"]),
        ("Contact via", ["Website\nTelefoon", "E-mail", "", "WhatsApp", "E-mail"]),
    ]
    notes = ["Planner wil vaste ophaaldagen", "Onderdelen soms een week onderweg", "Klant wil foto's"]
    for row, (label, cells) in enumerate(lanes, start=7):
        sheet.cell(row, 1, label)
        for column, text in enumerate(cells, start=2):
            sheet.cell(row, column, text or None)
        if row - 7 < len(notes):
            sheet.cell(row, 7, notes[row - 7])
    points = book.create_sheet("Contactpunten")
    points.append(["Stap", "Contactpunt", "Kanaal", "Wie", "Opmerking"])
    for touchpoint in TOUCHPOINTS:
        points.append(list(touchpoint))
    book.save(path)
    return path


def _chars(pdf: Path, number: int) -> tuple[str, list[tuple[float, float]], float]:
    """A page's text, and each of its characters' top (from the page's top) and size; the page's height."""
    page = pdfium.PdfDocument(str(pdf))[number]
    text = page.get_textpage()
    whole = text.get_text_range()
    height = page.get_height()
    size = pdfium.raw.FPDFText_GetFontSize
    places = [(height - text.get_charbox(i)[3], size(text.raw, i)) for i in range(len(whole))]
    return whole, places, height


def _sizes(whole: str, places: list[tuple[float, float]], word: str) -> list[float]:
    start = whole.find(word)
    assert start >= 0, word
    return [places[i][1] for i in range(start, start + len(word))]


@pytest.mark.parametrize(("size", "portrait"), [("A2", True), ("A1", False)])
def test_a_short_touchpoints_page_is_laid_from_the_top_its_cards_grown(tmp_path: Path, size, portrait) -> None:  # type: ignore[no-untyped-def]
    pdf = build_poster(_workbook(tmp_path / "wasmachine.xlsx"), tmp_path / "out", size, portrait)
    whole, places, height = _chars(pdf, 1)
    assert "contactmomenten" in whole  # the companion page of the touchpoints
    corner = places[whole.find("Stap")][0]  # the map's corner, under the title band
    footer = places[whole.find("pagina")][0]
    above = footer - 0.02 * height  # the footer's line, its parts set in two sizes
    tops = sorted(top for char, (top, _) in zip(whole, places) if char.strip() and corner <= top < above)
    largest_gap = max(b - a for a, b in itertools.pairwise(tops))
    # parts a card's gap apart at most (the hole above the cards pinned to the foot was some half the page)
    assert largest_gap < 0.1 * height, f"{largest_gap / height:.0%} of the page blank between two parts"
    # the touchpoint detail cards (at the foot: "Wie: Planner") set as large as the map's touchpoint cards
    name, detail = _sizes(whole, places, "Storingsformulier"), _sizes(whole, places, "Planner")
    assert min(detail) >= 0.95 * min(name), (min(detail), min(name))


def test_a_part_pinned_to_the_foot_follows_the_parts_above_it() -> None:
    """``spread``: a part at the page's foot under a hole moves up under the parts above it, the room they
    leave shared evenly between them up to the widest gap, the rest under the last; its text moves with it."""
    ground = Colour((0.9, 0.9, 0.9))
    page = Page(rects=[Rect(Box(0, 0, 500, 1000), ground, bleeds=True)])  # the background stays
    for top, bottom in ((100, 200), (220, 300), (850, 950)):
        page.rects.append(Rect(Box(10, top, 480, bottom - top), ground))
    page.blocks.append(TextBlock(Box(20, 860, 400, 20), [Line(20, 875, [], 10, ground, 400)], "Contactpunten!B2"))
    spread(page, 50, 960, 20, 40)
    tops = [(rect.box.y, rect.box.bottom) for rect in page.rects[1:]]
    assert tops == [(100, 200), (240, 320), (360, 460)]  # 40 apart: the widest gap, not the 260 there is
    assert page.blocks[0].box.y == 370 and page.blocks[0].lines[0].y == 385
    assert page.rects[0].box == Box(0, 0, 500, 1000)
