"""The poster's pages are all designed (#31): notes beside the canvas fill the free room at the foot of the
journey's last page instead of a page of their own (one note had an A1 page), as long as the team's words
keep their size; notes that do not fit there still get their page."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from tests.support.layouts import assert_inside, build_poster, poster
from tests.support.read_back import pdf_text, placed_words, printed_in, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, REPO, make_book, team_lanes

NOTES = REPO / "tests/data/emotion-positions-lookalike.xlsx"  # one journey, two notes beside it
NOTE_CELLS = {str(n.source) for n in read_canvas(NOTES).journeys[0].notes}


def test_notes_beside_the_canvas_add_no_page(tmp_path: Path) -> None:
    pdf = build_poster(NOTES, tmp_path)
    assert len(PdfReader(pdf).pages) == 1
    text = " ".join(pdf_text(pdf).split())
    for note in read_canvas(NOTES).journeys[0].notes:
        assert " ".join(note.text.split()) in text


def test_the_notes_sit_below_the_lanes_above_the_footer() -> None:
    layout = poster(NOTES)
    assert len(layout.pages) == 1
    assert_inside(layout)
    (page,) = layout.pages
    lanes = [b for b in page.blocks if "!" in b.source and b.tag != "Artifact" and b.source not in NOTE_CELLS]
    notes = [b for b in page.blocks if b.source in NOTE_CELLS]
    footer = next(b for b in page.blocks if b.source == "footer")
    assert notes and all(max(b.box.bottom for b in lanes) <= n.box.y <= footer.box.y for n in notes)


def test_a_note_on_another_sheet_sits_at_the_journeys_foot_not_on_a_page_of_its_own(tmp_path: Path) -> None:
    """A note outside any canvas (a cell on a sheet of its own, or an empathy map's title) went to an
    appendix page of its own, one line on an A1 page: it joins the journey's notes at the foot."""
    rows = [("Fase", "Zoeken", "Kopen"), ("Klantproces", "Zoekt online", "Betaalt"), ("Pijnpunten", "Te veel", "Rij")]
    cells = {f"{col}{r}": value for r, row in enumerate(rows, start=1) for col, value in zip("ABC", row)}
    note = "Afspraak: de winkel verbouwt in januari."
    source = make_book(tmp_path / "notitie.xlsx", {"Klantreis": cells, "Toelichting": {"A1": note}})
    assert [n.text for n in read_canvas(source).notes] == [note]  # a note outside the canvas
    pdf = build_poster(source, tmp_path)
    assert len(PdfReader(pdf).pages) == 1
    assert note in " ".join(pdf_text(pdf).split())


def test_many_notes_share_the_foot_in_balanced_columns_not_a_page_of_their_own(tmp_path: Path) -> None:
    """Thirty notes on a short canvas (one score lane: a real export's shape) went to a page of their own
    beside a page more than half empty: at the foot they took one card down the left edge, taller than the
    third of a page the foot allowed. They go on in the next column, as a flowed page's cards do."""
    rows = [("Fase", "Zoeken", "Kopen", "Gebruiken"), ("Klantproces", "Zoekt online", "Betaalt", "Installeert")]
    cells = {f"{col}{r}": value for r, row in enumerate(rows, start=1) for col, value in zip("ABCD", row)}
    notes = [f"Opmerking {n}: interview met klant {n} over de levering" for n in range(1, 31)]
    source = make_book(
        tmp_path / "notities.xlsx", {"Klantreis": cells, "Toelichting": {f"A{n}": t for n, t in enumerate(notes, 1)}}
    )
    assert [n.text for n in read_canvas(source).notes] == notes
    layout = poster(source)
    assert len(layout.pages) == 1
    assert_inside(layout)
    (page,) = layout.pages
    note_blocks = [
        b for b in page.blocks if b.tag == "P" and any(line.text.startswith("Opmerking") for line in b.lines)
    ]
    assert len({round(b.box.x) for b in note_blocks}) >= 2  # more than one column
    pdf = build_poster(source, tmp_path)
    assert len(PdfReader(pdf).pages) == 1
    text = " ".join(pdf_text(pdf).split())
    assert all(note in text for note in notes)


def test_the_appendix_sits_beside_a_shorter_block_at_the_foot_rather_than_on_a_page_of_its_own(
    tmp_path: Path,
) -> None:
    """Five personas (four cards in the first row, one under them on the left) and ten touchpoints of no
    journey: the touchpoints do not fit across the page under the lone card, but they do beside it, in the
    part of the width it leaves free. They went to a page of their own, the persona page's right half empty."""
    names = ["Sanne de Wit", "Inès Bakker", "Daan Vos", "Ali Yilmaz", "Femke Jansen"]
    people = {"A1": "Naam", "B1": "Rol", "C1": "Doelen", "D1": "Frustraties"}
    for r, name in enumerate(names, start=2):
        people.update({f"A{r}": name, f"B{r}": "Koper", f"C{r}": "Snel en zonder gedoe een fiets kopen"})
        people[f"D{r}"] = "Wachten op de levering"
    contacts = {"A1": "Touchpoint", "B1": "Fase", "C1": "Kanaal", "D1": "Eigenaar"}
    for r in range(2, 12):
        contacts.update({f"A{r}": f"Contactmoment {r - 1} met de klantenservice over de bezorging"})
        contacts.update({f"B{r}": "Levering", f"C{r}": "Telefoon", f"D{r}": f"Team {r}"})
    source = make_book(tmp_path / "personen.xlsx", {"Personas": people, "Touchpoints": contacts})
    pdf = build_poster(source, tmp_path, "A3")
    (page,) = placed_words(pdf)  # one page: the appendix did not get one of its own
    text = " ".join(pdf_text(pdf).split())
    for r in range(1, 11):
        assert f"Contactmoment {r} met de klantenservice over de bezorging" in text
        assert f"Team {r + 1}" in text
    femke = next(w for w in page if w.text == "Femke")
    contact = [w for w in page if w.text == "Contactmoment"]
    assert len(contact) == 10
    # at the foot of the cards' page, lower than the last card's name (beside it, or under the cards where they
    # are set no larger than a journey page's largest body: #31)
    assert all(w.y0 > femke.y0 for w in contact)


def without_headings_again(text: str) -> str:
    """Squeezed text without the headings a card split over the foot's columns says again in each
    ("Klantproces · Overweging (van pagina 1, vervolg)") and the bullets, which pypdf reads between two
    lines of one item."""
    return re.sub(r"Klantproces·[^·()]*\(vanpagina\d+,vervolg\)", "", text).replace("•", "")


def test_a_split_journeys_overflowing_cell_goes_on_at_the_foot_of_its_next_page(tmp_path: Path) -> None:
    """A journey of ten phases over two A3 pages, one cell of the first far too long for it: its words went
    on on a page of their own between the two, a third full; the next page has room at its foot, so they go
    on there, and the pointer says so. The cell's own room on page 1 holds its first lines (the item split
    at a line, its rest marked as going on). Every word of the cell is on the poster."""
    phases = tuple(f"Stap{i}" for i in range(1, 11))
    sentences = [f"Het team belt de klant terug over aanvraag {k} en legt de afspraak vast." for k in range(1, 40)]
    cells = [f"Klantervaringsonderzoek{i} levert aanbevelingen" for i in range(1, 11)]  # 5 phases a page
    cells[0] = " ".join(sentences)
    source = team_lanes(tmp_path / "terugbellen.xlsx", {"Klantproces": cells, "Intern proces": []}, phases)
    pdf = build_poster(source, tmp_path, "A3")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
    assert len(pages) == 2
    assert "Stap6" in pages[1] and "vervolg op pagina 2" in pages[0]
    first, words = squeeze(pages[0]), without_headings_again(squeeze(pages[1]))
    assert "Hetteambeltdeklantterugoveraanvraag1enlegtdeafspraakvast." in first  # started where it stands
    whole = [k for k in range(1, 40) if f"aanvraag{k}enlegtde" in first or f"aanvraag{k}enlegtde" in words]
    assert len(whole) >= 38  # one sentence at most split between the pages, at a line
    assert "…" in words  # the rest goes on, marked as the middle of an item
    assert all(f"aanvraag{k}enlegtde" in words for k in range(whole[-1] - 5, 40))
    page = placed_words(pdf)[1]
    internal = next(w for w in page if w.text == "Intern")  # the cell's words at the foot of page 2, under the lanes
    assert all(w.y0 > internal.y0 for w in page if w.text == "aanvraag")


def test_the_appendix_sits_under_the_last_journey_page_rather_than_on_a_page_of_its_own(tmp_path: Path) -> None:
    """Three touchpoints of a phase the journey does not have (the appendix lists them): a page of their
    own, three short cards at its top, beside a journey page whose lanes had room to spare; the journey page
    keeps room at its foot for them instead, its words at their size."""
    rows = [("Fase", "Zoeken", "Kopen"), ("Klantproces", "Zoekt online", "Betaalt"), ("Pijnpunten", "Te veel", "Rij")]
    cells = {f"{col}{r}": value for r, row in enumerate(rows, start=1) for col, value in zip("ABC", row)}
    contacts = {"A1": "Touchpoint", "B1": "Fase", "C1": "Kanaal"}
    for r in range(2, 5):
        contacts.update({f"A{r}": f"Nazorggesprek {r - 1}", f"B{r}": "Nazorg", f"C{r}": "Telefoon"})
    source = make_book(tmp_path / "nazorg.xlsx", {"Klantreis": cells, "Touchpoints": contacts})
    pdf = build_poster(source, tmp_path, "A3")
    (page,) = placed_words(pdf)
    pains = next(w for w in page if w.text == "Pijnpunten")
    for number in ("1", "2", "3"):
        assert f"Nazorggesprek {number}" in pdf_text(pdf)
    assert all(w.y0 > pains.y1 for w in page if w.text == "Nazorggesprek")


def test_a_long_item_starts_in_its_cell_and_goes_on_after_the_companion_page(tmp_path: Path) -> None:
    """F11: one item of some 1,700 characters in a cell of the solar canvas (with a companion page) and five
    notes beside it. Its lane was drawn a third of the page tall while the whole item went to a page of its
    own between the canvas and its companion page, that lane's cells filled at their top; the notes in four
    boxes on yet another page. Now the item's first lines fill its cell on page 1 (split at a line), and
    the rest goes on at the companion page's foot, the notes in one box and the appendix beside it: the
    companion page's cards set smaller for them (never smaller than the appendix), no page of leftovers."""
    book = openpyxl.load_workbook(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    sheet = book["Klantreis"]
    steps = [f"Stap {n}: de adviseur legt stap {n} van de offerte uit aan de klant." for n in range(1, 25)]
    sheet["D11"] = f"{sheet['D11'].value}\n{' '.join(steps)}"
    sheet["H10"] = "Notities workshop"
    notes = [f"Notitie {n} voor de volgende sessie" for n in range(1, 6)]
    for row, note in enumerate(notes, start=11):
        sheet[f"H{row}"] = note
    source = tmp_path / "lang.xlsx"
    book.save(source)
    pdf = build_poster(source, tmp_path)
    pages = [without_headings_again(squeeze(page.extract_text() or "")) for page in PdfReader(pdf).pages]
    assert len(pages) == 2  # the canvas and its companion page, what goes on and the notes at its foot
    assert "contactmomentenenbetrokkenen" in pages[1]
    assert "Stap1:deadviseurlegtstap1" in pages[0]
    assert "vervolgoppagina2" in pages[0]
    assert "Stap24:deadviseurlegtstap24" in pages[1] and "…" in pages[1]
    assert all(printed_in(step, "".join(pages)) for step in steps)  # every word, one step split at most
    assert all(squeeze(note) in pages[1] for note in notes)
    assert "Notitiesworkshop(vervolg)" not in pages[1]  # the five notes in one box, not four
    assert "Apparaat&context:Smartphone" in pages[1]  # the appendix beside them
    companion = placed_words(pdf)[1]  # under the companion page's rows, in its lower half
    height = float(PdfReader(pdf).pages[1].mediabox.height)
    assert min(w.y0 for w in companion if w.text == "Notities") > height / 2


def test_a_few_short_notes_at_the_foot_stay_in_one_card(tmp_path: Path) -> None:
    """Five short notes beside the solar canvas were set at a page's foot in four cards across it, three of
    them "Notities workshop (vervolg)" with a line or two each: noise for five lines. A card that takes less
    than half the foot's room stays whole, in one column."""
    book = openpyxl.load_workbook(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    sheet = book["Klantreis"]
    sheet["H10"] = "Notities workshop"
    notes = [f"Notitie {n}: navragen bij het team of dit klopt voor de volgende sessie" for n in range(1, 6)]
    for row, note in enumerate(notes, start=11):
        sheet[f"H{row}"] = note
    source = tmp_path / "notities.xlsx"
    book.save(source)
    pdf = build_poster(source, tmp_path)
    text = squeeze(pdf_text(pdf))
    assert all(squeeze(note) in text for note in notes)
    assert "Notitiesworkshop(vervolg)" not in text


def test_a_buying_groups_notes_go_on_with_the_appendix_not_on_a_page_per_person(tmp_path: Path) -> None:
    """Two persons' journeys (the HR example), ten notes beside the IT Manager's canvas that its full pages
    have no room for: they went on a page of their own (a few lines on an A1 sheet); they now go on with the
    appendix, at the foot of the compared curves, headed by the person they are of, and the poster has no
    more pages than without them. (Five fit at the foot of the person's own page since the score curve takes
    at most 1.5 times a text lane: ten do not.)"""
    book = openpyxl.load_workbook(CANVASES / "example-hr-software-b2b.xlsx")
    notes = [f"Note {n}: ask who signs the quote and when next year's budget is fixed." for n in range(10)]
    for row, note in enumerate(notes, start=21):
        book["IT Manager"].cell(row, 1).value = note
    book.save(tmp_path / "hr.xlsx")
    plain = build_poster(CANVASES / "example-hr-software-b2b.xlsx", tmp_path / "plain")
    pdf = build_poster(tmp_path / "hr.xlsx", tmp_path / "notes")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]
    assert len(pages) == len(PdfReader(plain).pages)
    (where,) = [n for n, text in enumerate(pages) if "Notes from the workbook · IT Manager" in text]
    assert where == len(pages) - 1 and "EMOTION CURVES COMPARED" in pages[where]  # the last page's foot
    assert all(printed_in(note, squeeze(pages[where])) for note in notes)
