"""Short text is never balanced into a second column headed "(vervolg)" (round 20, new user F1/F16): a "what
changed" PDF of seven short lines was split over two columns on a mostly empty page; two short notes at a
poster's foot stood in two cards, the second "Notities uit de werkmap (vervolg)". A card short enough stays
whole in one column; a card spread over the foot's columns to keep the page is one card, headed once."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.boxes import Page
from canvasgen.layout.poster.arrange.flow import FlowBlock, FlowTitles, FootRoom, at_foot, flow
from canvasgen.layout.poster.journey_page import min_text_size
from canvasgen.layout.text.setter import Setter
from canvasgen.units import parse_paper
from tests.support.cli import run_clean
from tests.support.layouts import default_kit
from tests.support.read_back import pdftotext
from tests.support.workbooks import make_book

TITLES = FlowTitles("Wat is er veranderd", "Versie 1.0 → 1.1", "{heading} (vervolg)")
#: The tester's "what changed" list, word for word
CHANGES = [
    "Datum: 2026-11-30 → 2026-12-07",
    "Versie: 1.0 → 1.1",
    "Intake & diagnose: score 7 → 8",
    "Fase 3: score 4 → 3",
    "Fase 3 · Verbeterpunten: gewijzigd: Wachttijd actief communiceren → Wachttijd actief communiceren, elke twee "
    "weken een bericht",
    "Herstel thuis: score 5 → 6",
    "Herstel thuis · Zorgen & vragen: gewijzigd: Mag ik autorijden? → Mag ik autorijden? Wie brengt me naar de "
    "fysio? (dezelfde kaart, op haar plaats)",
]


def _texts(page: Page) -> list[str]:
    return [" ".join(line.text for line in block.lines) for block in page.blocks]


def _flowed(changes: list[str]) -> Page:
    kit, fonts = default_kit()
    width, height = parse_paper("A4")
    width, height = max(width, height), min(width, height)  # landscape, as the tester's
    block = FlowBlock("Van verwijzing tot nazorg – knieoperatie", [(c, f"B{i}") for i, c in enumerate(changes)])
    (page,), _ = flow([block], kit, Setter(fonts), width, height, min_text_size(width, height), TITLES)
    said = " ".join(" ".join(_texts(page)).split())
    assert all(" ".join(c.split()) in said for c in changes)  # every change printed
    assert "(vervolg)" not in said and said.count("Van verwijzing tot nazorg – knieoperatie") == 1
    return page


def test_a_short_list_on_a_page_of_its_own_stays_in_one_column() -> None:
    page = _flowed(CHANGES)
    lefts = {round(b.box.x) for b in page.blocks if b.source.startswith("B")}
    assert len(lefts) == 1  # every change in the one column
    assert len([r for r in page.rects if r.radius > 0]) == 1


def test_a_longer_list_over_the_pages_columns_is_one_card_headed_once() -> None:
    page = _flowed(CHANGES * 3)
    lefts = {round(b.box.x) for b in page.blocks if b.source.startswith("B")}
    assert len(lefts) > 1  # balanced over the page's columns, as before
    assert len([r for r in page.rects if r.radius > 0]) == 1  # in one card across them


def test_two_short_notes_spread_over_the_foot_are_one_card_headed_once() -> None:
    kit, fonts = default_kit()
    block = FlowBlock("Notities uit de werkmap", [("Traject", "A3"), ("Totale knieprothese", "B3")])
    titles = FlowTitles("vervolg", "Knie", "{heading} (vervolg)")
    setter = Setter(fonts)
    whole = at_foot([block], kit, setter, 2283.0, 18.0, titles, None, FootRoom(800.0))
    spread = at_foot([block], kit, setter, 2283.0, 18.0, titles, None, FootRoom(800.0, spread=True))
    assert whole is not None and spread is not None
    assert spread[0] < whole[0]  # over the foot's columns: lower, the room a page keeps its notes in
    page = Page(kind="journey", title="Knie")
    spread[1](page, 40.0, 100.0)
    said = _texts(page)
    assert not any("(vervolg)" in text for text in said)
    assert sum("Notities uit de werkmap" in text for text in said) == 1
    assert any("Traject" in text for text in said) and any("Totale knieprothese" in text for text in said)
    assert len([r for r in page.rects if r.radius > 0]) == 1  # one card behind both


def _journey(path: Path, version: str, changed: bool) -> Path:
    cells: dict[str, object] = {"A1": "Knieoperatie", "A2": "Versie", "B2": version, "A4": "Fase"}
    phases = ("Verwijzing", "Intake", "Wachten", "Herstel")
    cells |= {f"{'BCDE'[i]}4": phase for i, phase in enumerate(phases)}
    rows: dict[str, tuple[object, ...]] = {
        "Wat beleeft de patiënt?": ("Krijgt een brief", "Hoort de diagnose", "Wacht 14 weken", "Oefent met krukken"),
        "Ervaringsscore (-2 t/m +2)": (0, 2, -2, 1) if changed else (0, 1, -1, 0),
        "Verbeterpunten": ("Eén brief", "Beslishulp", "Wachttijd communiceren", "Videobellen"),
        "Zorgen & vragen": ("Moet ik nuchter komen?", "Is opereren nodig?", "Waarom zo lang?", "Mag ik autorijden?"),
    }
    if changed:  # a few changes, some of a longer sentence
        rows["Verbeterpunten"] = (
            "Eén brief, één locatie, en de route naar de polikliniek erbij",
            "Beslishulp",
            "Wachttijd actief communiceren, elke twee weken een bericht",
            "Videobellen",
        )
        rows["Zorgen & vragen"] = (
            "Moet ik nuchter komen?",
            "Is opereren nodig?",
            "Waarom zo lang?",
            "Mag ik autorijden? Wie brengt me naar de fysio?",
        )
    for row, (label, values) in enumerate(rows.items(), start=5):
        cells[f"A{row}"] = label
        cells |= {f"{'BCDE'[i]}{row}": value for i, value in enumerate(values)}
    return make_book(path, {"Reis": cells})


def test_the_what_changed_pdf_says_its_heading_once(tmp_path: Path) -> None:
    old = _journey(tmp_path / "knie.xlsx", "1.0", changed=False)
    new = _journey(tmp_path / "knie-week2.xlsx", "1.1", changed=True)
    code, _, err = run_clean("diff", old, new, "-o", tmp_path / "out", "--size", "A4")
    assert code == 0, err
    (pdf,) = (tmp_path / "out").glob("*.pdf")
    text = " ".join(pdftotext(pdf).split())
    assert "(vervolg)" not in text
    assert text.count("Knieoperatie") == 1, text  # the journey's card, headed once
    assert "Wachttijd actief communiceren, elke twee weken een bericht" in text
