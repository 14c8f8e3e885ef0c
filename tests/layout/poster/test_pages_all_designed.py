"""The poster's pages are all designed (#31 item 5): no page is added for what an earlier page has room for.
A card that would open a page of its own goes on in the next column of the page before, under its heading
said again; the appendix sits at the foot of the last page with room; and the appendix is never set larger
than the map's body. Measured on the PDF, read back with poppler and PDFium."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from canvasgen.layout.poster.journey_page import MAX_GROWTH, min_text_size
from tests.support.layouts import build_poster
from tests.support.read_back import PlacedWord, SizedRun, pdftotext, placed_words, sized_runs, squeeze, workbook_lines
from tests.support.workbooks import (
    CANVASES,
    CORPUS,
    DATA,
    PERMIT_PHASES,
    dormer_permit,
    make_book,
    rail_trip,
    team_lanes,
)

CARD_LINES = 9  # each touchpoint card: its name and nine fields, a little over half an A5 column
#: Words that make each field line as long as a readable column is wide: the cards set in columns no narrower.
FILL = "met woorden tot aan de rand van een leesbare kolom"


def _touchpoint_cards(folder: Path, cards: int) -> Path:
    """A two-phase journey and a touchpoints sheet of ``cards`` touchpoints in a phase not on the map: each
    a card of its own in the appendix."""
    journey = {"A1": "Fase", "B1": "Zoeken", "C1": "Kopen", "A2": "Klantproces", "B2": "Zoekt online", "C2": "Betaalt"}
    fields = "CDEFGHIJKLMNOP"[:CARD_LINES]
    touchpoints = {"A1": "Contactmoment", "B1": "Fase", **{f"{c}1": f"Veld {c}" for c in fields}}
    for row in range(2, cards + 2):
        touchpoints |= {f"A{row}": f"Contactmoment {row - 1}", f"B{row}": "Nazorg"}
        touchpoints |= {f"{c}{row}": f"regel {c} van kaart {row - 1} {FILL}" for c in fields}
    return make_book(folder / "kaarten.xlsx", {"Klantreis": journey, "Contactmomenten": touchpoints})


def _text_bottom(page: list[PlacedWord], height: float) -> float:
    """The lowest text of a page above its footer (the last line), as a share of the page's height."""
    footer = max(w.y0 for w in page)
    return max((w.y1 for w in page if w.y1 < footer - 1), default=0.0) / height


def test_cards_go_on_in_the_next_column_rather_than_open_a_page(tmp_path: Path) -> None:
    """Five cards of a little over half a column each: kept whole, one a column, the fifth opened a third
    page for itself; going on in the next column under their heading said again, they fill two pages."""
    source = _touchpoint_cards(tmp_path, 5)
    pdf = build_poster(source, tmp_path, "A5")
    pages = placed_words(pdf)
    assert len(pages) == 2
    text = squeeze(pdftotext(pdf))
    for card in range(1, 6):  # every word of every card, once
        for field in "CDEFGHIJK":
            assert text.count(squeeze(f"regel {field} van kaart {card}")) == 1, (card, field)
    assert "(vervolg)" in pdftotext(pdf)  # a card going on says so


@pytest.mark.parametrize("size", ["A1", "A3"])
def test_the_converged_journey_opens_no_page_for_one_card(tmp_path: Path, size: str) -> None:
    """The corpus's converged journey at A1 and A3: page 4 of 8 was a continued page for one 3-line card
    while page 3's columns had room; it takes 7 pages at most, none nearly empty."""
    source = CORPUS / "evahan-hub_JTBD_Converged_Journey.csv"
    if not source.exists():
        pytest.skip("the real-spreadsheet corpus is not here")
    pdf = build_poster(source, tmp_path, size)
    pages = placed_words(pdf)
    assert len(pages) <= 7
    height = float(PdfReader(pdf).pages[0].mediabox.height)
    for number, page in enumerate(pages, start=1):
        assert _text_bottom(page, height) > 0.25, number


@pytest.mark.parametrize(("size", "portrait"), [("A1", False), ("A3", False), ("A2", True)])
def test_the_appendix_sits_at_the_foot_of_the_persona_page(tmp_path: Path, size: str, portrait: bool) -> None:
    """The persona-blocks look-alike with two notes under its blocks: its notes had an appendix page of
    their own while the persona page was 60% empty; they sit below the persona cards, above the footer.
    (The blocks' header words, once its only notes, are headings now: the notes here are the client's.)"""
    book = openpyxl.load_workbook(DATA / "persona-blocks-lookalike.xlsx")
    sheet = book.worksheets[0]
    sheet.cell(sheet.max_row + 3, 1, "Bron: interviews met twaalf patiënten")
    sheet.cell(sheet.max_row + 1, 1, "Opgesteld door het zorgteam")
    source = tmp_path / "persona-blocks-notes.xlsx"
    book.save(source)
    pdf = build_poster(source, tmp_path, size, portrait)
    (page,) = placed_words(pdf)
    cards = max(w.y1 for w in page if w.text in ("Rowing", "Chess"))
    footer = max(w.y0 for w in page)
    notes = [w for w in page if w.text in ("interviews", "zorgteam")]
    assert len(notes) == 2
    assert all(cards < w.y0 and w.y1 < footer for w in notes)


def test_the_persona_page_says_its_heading_once(tmp_path: Path) -> None:
    """The persona-blocks look-alike's page of two persona cards: the band said "Personas" and the cards'
    panel said it again under it; now the band alone."""
    pdf = build_poster(DATA / "persona-blocks-lookalike.xlsx", tmp_path, "A3")
    (page,) = placed_words(pdf)
    assert [w.text for w in page].count("Personas") == 1
    assert {"Mila", "Ravi", "Rowing", "Chess"} <= {w.text for w in page}  # the cards all there


def _body_size(runs: list[SizedRun]) -> float:
    """The size most of a page's text is set in (by letters)."""
    letters = Counter[float]()
    for run in runs:
        letters[run.size] += len(run.text)
    return letters.most_common(1)[0][0]


def test_the_appendix_is_never_set_larger_than_the_map(tmp_path: Path) -> None:
    """The solar panels example at A2 portrait: its appendix's type was about twice page 1's body (25.5 pt
    to 13 pt); one type system per poster: no page after the map sets its text larger than the map's body."""
    pdf = build_poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path, "A2", portrait=True)
    pages = sized_runs(pdf)
    body = _body_size(pages[0])
    assert len(pages) >= 2
    for number, runs in enumerate(pages[1:], start=2):
        assert _body_size(runs) <= body + 0.1, number


def _words_of(page: list[PlacedWord], text: str) -> list[PlacedWord]:
    return [w for w in page if w.text == text]


def test_an_empty_lane_is_a_low_band_with_its_prompt_and_the_height_goes_to_lanes_with_content(tmp_path: Path) -> None:
    """The opportunities lane left empty in every phase: a low band asking its question ("— nog in te vullen in
    de sessie", in a lighter ink), not a tall empty band; the pain points lane, one word in one phase, is no
    prompt (never emptiness claimed over content)."""
    source = team_lanes(
        tmp_path / "leeg.xlsx",
        {
            "Klantproces": [],
            "Kansen": [None] * len(PERMIT_PHASES),
            "Pijnpunten": [None, None, "Wachtrij", None, None, None],
            "Intern proces": [],
        },
    )
    pdf = build_poster(source, tmp_path, "A3")
    page = placed_words(pdf)[0]
    text = pdftotext(pdf)
    assert squeeze(text).count(squeeze("nog in te vullen in de sessie")) == 1
    assert squeeze("Wachtrij") in squeeze(text)
    tops = {label: _words_of(page, label)[0].y0 for label in ("Klantproces", "Kansen", "Pijnpunten", "Intern")}
    empty_band = tops["Pijnpunten"] - tops["Kansen"]
    filled_band = tops["Kansen"] - tops["Klantproces"]
    assert empty_band < filled_band / 2, (empty_band, filled_band)


def test_a_touchpoint_lane_naming_no_channel_is_flush_with_the_other_lanes(tmp_path: Path) -> None:
    """t800's "Points de Contact": items naming no channel got a bullet indented by an icon's width; with no
    icon drawn, they start where every other lane's items start."""
    phases = ("Zoeken", "Kiezen", "Betalen")
    source = team_lanes(
        tmp_path / "contact.xlsx",
        {
            "Klantproces": ["Vergelijkt prijzen", "Kiest pakket", "Rekent af"],
            "Contactmomenten": ["Buurvrouw vertelt", "Monsterdoos thuis", "Kassabon"],
        },
        phases,
    )
    page = placed_words(build_poster(source, tmp_path, "A3"))[0]
    for customer, touchpoint in (("Vergelijkt", "Buurvrouw"), ("Kiest", "Monsterdoos"), ("Rekent", "Kassabon")):
        assert abs(_words_of(page, customer)[0].x0 - _words_of(page, touchpoint)[0].x0) < 0.5


def test_a_one_lane_journey_of_seven_phases_is_one_a2_portrait_page(tmp_path: Path) -> None:
    """watall2: seven phases of one short lane went 4 + 3 over two A2-portrait pages, each mostly empty, as
    the phases a page holds went by the paper's width only; what the lanes hold decides: one page, every
    word unbroken."""
    phases = ("Ontdekken", "Bezoeken", "Vergelijken", "Bestellen", "Installeren", "Gebruiken", "Onderhouden")
    source = team_lanes(tmp_path / "zeven.xlsx", {"Klantproces": [f"Stap {i}" for i in range(1, 8)]}, phases)
    pdf = build_poster(source, tmp_path, "A2", portrait=True)
    assert len(PdfReader(pdf).pages) == 1
    text = squeeze(pdftotext(pdf))
    assert all(squeeze(phase) in text for phase in phases)


def test_phases_are_shared_evenly_over_the_fewest_pages(tmp_path: Path) -> None:
    """blink at A2 portrait: 21 phases went over five pages in steps of five, the last page holding one
    phase ("Dashboard") and little else; shared evenly, every part holds four or five. The five parts of its
    one short lane fit one sheet, one above the other (#31, round 24): one page, the parts its tiers."""
    phases = tuple(f"Stap{i}" for i in range(1, 22))
    lane = [f"Klantervaringsonderzoek{i} levert aanbevelingen" for i in range(1, 22)]  # too wide for 6 a page
    pdf = build_poster(team_lanes(tmp_path / "stappen.xlsx", {"Klantproces": lane}, phases), tmp_path, "A2", True)
    (page,) = placed_words(pdf)
    tiers: dict[int, set[str]] = {}  # the phase names by the line they stand on: each part's header row
    for word in page:
        if re.fullmatch(r"Stap\d+", word.text):
            tiers.setdefault(round(word.y0), set()).add(word.text)
    held = [sorted(tiers[y]) for y in sorted(tiers)]
    counts = [len(found) for found in held]
    # shared evenly (no part of one phase at the end); as many a part as the long words allow: five, or seven
    # where the labels' language hyphenates "Klantervaringsonderzoek1" (round 24)
    assert len(counts) > 1 and max(counts) - min(counts) <= 1 and min(counts) >= 4, held
    assert sorted(w for found in held for w in found) == sorted(phases)


def test_an_empty_lanes_prompt_asks_of_the_teams_own_word_for_the_customer(tmp_path: Path) -> None:
    """The lanes ask "Wat doet de patiënt?": the poster's prompt for an empty touchpoint lane asks of "de
    patiënt" as the deck's does, not of canvasgen's "de klant"."""
    source = team_lanes(
        tmp_path / "kies.xlsx",
        {
            "Wat doet de patiënt?": ["Zoekt", "Belt", "Komt", "Wacht", "Betaalt", "Leest"],
            "Contactmomenten": [None] * len(PERMIT_PHASES),
            "Hoe voelt de patiënt zich?": ["Onzeker", None, None, None, None, "Opgelucht"],
        },
    )
    text = squeeze(pdftotext(build_poster(source, tmp_path, "A3")))
    assert squeeze("Waar komt de patiënt ons tegen?") in text
    assert squeeze("de klant") not in text


@pytest.mark.parametrize(("size", "portrait"), [("A1", False), ("A3", False)])
def test_one_note_under_a_full_page_adds_no_page(tmp_path: Path, size: str, portrait: bool) -> None:
    """#31 item 5: a municipality's permit journey whose long cells fill its one page, and one note: the
    note had a page of its own (15% of it used); it sits at the foot of the journey's page, the lanes' words
    a step smaller, every word of the cells still there."""
    source = dormer_permit(tmp_path / "dakkapel.xlsx")
    pdf = build_poster(source, tmp_path, size, portrait)
    pages = placed_words(pdf)
    assert len(pages) == 1
    text = squeeze(pdftotext(pdf))
    assert squeeze("Bron: klantreissessie met zes inwoners en vier medewerkers, oktober 2026") in text
    for _, line in workbook_lines(source):
        assert squeeze(line) in text, line
    page = pages[0]
    lanes_bottom = max(w.y1 for w in page if w.text == "gereedmelding")
    note = [w for w in page if w.text == "klantreissessie"]
    assert note and note[0].y0 > lanes_bottom  # under the canvas, not in it


def test_a_note_sits_beside_the_persona_card_rather_than_on_a_page_of_its_own(tmp_path: Path) -> None:
    """A German rail trip with touchpoints and one persona at A1, its lanes set as large as the page allows:
    its persona card takes the left half of the page's foot, and its one note had page 2 of its own (16% of
    it used); it sits in the free room beside the card."""
    pdf = build_poster(rail_trip(tmp_path / "reise.xlsx"), tmp_path, "A1")
    (page,) = placed_words(pdf)
    personas = max(w.y1 for w in page if w.text == "Personas")  # the cards' heading (the involvement bar
    # above it names the persona's role too: "Familie Becker · Eltern mit zwei Kindern")
    card = [w for w in page if w.text in ("Eltern", "ankommen", "Kinderwagen") and w.y0 > personas]
    note = [w for w in page if w.text in ("Zugreise", "Alpen")]
    assert len(card) == 3 and len(note) == 2
    assert min(w.x0 for w in note) > max(w.x1 for w in card)  # on the page's free right
    assert min(w.y1 for w in note) > min(w.y0 for w in card)  # at the foot, beside the card


@pytest.mark.parametrize(("size", "portrait"), [("A1", False), ("A3", False), ("A2", True)])
def test_a_page_of_two_persona_cards_is_filled_by_them(tmp_path: Path, size: str, portrait: bool) -> None:
    """The persona-blocks look-alike's page of two cards: the cards sat in its top third, the rest empty; the
    cards (their fill) reach down to the footer, their words set no larger than the largest body a journey page
    of the paper gets (#31: at 3.2 times the paper's minimum they read as headlines), nor smaller than it."""
    pdf = build_poster(DATA / "persona-blocks-lookalike.xlsx", tmp_path, size, portrait)
    (page,) = placed_words(pdf)
    box = PdfReader(pdf).pages[0].mediabox
    height = float(box.height)
    last = max((w for w in page if w.text in ("Rowing", "Chess")), key=lambda w: w.y1)
    least = min_text_size(float(box.width), height)
    # poppler's word box is the font's ascent to descent: 1.34 times its size in the body font
    assert least <= last.y1 - last.y0 <= MAX_GROWTH * least * 1.4, (last, least)
    footer = max(w.y0 for w in page)
    rendered = pdfium.PdfDocument(str(pdf))[0].render(scale=0.5).to_pil().convert("RGB")
    card = rendered.getpixel((int((last.x0 + 2) * 0.5), int((footer - height * 0.05) * 0.5)))
    page_ground = rendered.getpixel((2, int(footer * 0.5) - 4))
    assert card != page_ground, (card, page_ground)  # the card's fill, low on the page


def test_a_lone_persona_card_spans_its_companion_page(tmp_path: Path) -> None:
    """The solar canvas's companion page has one persona card: it took the left half of the page's foot, its
    right half left empty (nothing went beside it). It spans the width now, its lines in two columns: the
    first lines (role, goals) on the left half, the last (channels) on the right half, no lower than them."""
    pdf = build_poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path, "A1")
    page = placed_words(pdf)[1]
    width = float(PdfReader(pdf).pages[1].mediabox.width)
    role = next(w for w in page if w.text == "Rol")
    channels = next(w for w in page if w.text.startswith("Voorkeurskanalen"))
    assert role.x1 < width / 2 < channels.x0  # the card's lines on both halves of the page
    assert channels.y0 < max(w.y1 for w in page if w.text.startswith("Doelen")) + 3 * (role.y1 - role.y0)
