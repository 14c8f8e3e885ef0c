"""The kit's cards: every word of every lane item, touchpoint and persona line on a card; IDs unique
and the same on every run; a QR code on each card that decodes to its ID; nothing under 9 pt (8 pt for the
text of the small 3x8 card); a long item goes on over a continuation card, and the kit says which."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from canvasgen.analysis.cards import cards_of
from canvasgen.layout.sheets.cards import FORMATS, MIN_SIZE, card_faces, sheets_of, size_classes
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline.kit import KitOptions, run_kit
from canvasgen.words import KIT_WORDS
from tests.support.layouts import Built, canvas_of, default_kit
from tests.support.read_back import squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, EXAMPLES, make_book

#: The kits whose cards are read: every example's on the 2x4 sheet; on the 3x8 sheet (the smaller card, where
#: more items go on over a second) the example with several journeys, the one with touchpoint fields, and
#: the one with personas and figures. The other two (webshop v2, zonnepanelen ideaal) are the earlier and
#: the ideal version of these shapes, their cards already read on the 2x4 sheet.
KITS = [(path, "2x4") for path in EXAMPLES] + [
    (CANVASES / name, "3x8")
    for name in ("example-hr-software-b2b.xlsx", "voorbeeld-zonnepanelen-b2c.xlsx", "voorbeeld-webshop-kpis-v3.xlsx")
]

#: On one worker: each kit is built once and its cards read by every test here.
pytestmark = pytest.mark.xdist_group("kits")


def _pdf_text(path: Path) -> tuple[str, int]:
    pdf = pypdfium2.PdfDocument(path)
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    return squeeze(text), len(pdf)


@pytest.mark.parametrize(("path", "cards"), KITS, ids=lambda v: getattr(v, "name", v))
def test_every_word_of_the_canvas_is_on_a_card(path: Path, cards: str, built: Built) -> None:
    folder, result = built.kit(path, cards)
    canvas = canvas_of(path)
    text, pages = _pdf_text(folder / f"{path.stem}-cards.pdf")
    found = cards_of(canvas)
    assert result.cards == len(found) > 20
    per_page = FORMATS[cards].columns * FORMATS[cards].rows
    assert pages >= len(found) / per_page
    assert all(squeeze(c.id) in text for c in found)
    # whole where it fits one card; word by word where it goes on over a second (its ID and band between)
    missing = [
        c.id for c in found if squeeze(c.text) not in text and not all(squeeze(w) in text for w in c.text.split())
    ]
    assert not missing
    assert sum(squeeze(c.text) in text for c in found) > 0.9 * len(found)
    for tp in canvas.touchpoints:  # a touchpoint's other fields are on its card too
        assert all(squeeze(w) in text for item in tp.fields.values() for w in item.text.split())


def test_ids_are_unique_and_the_same_on_every_run() -> None:
    ids = {}
    for path in EXAMPLES:
        first = [(c.id, c.text) for c in cards_of(read_canvas(path))]
        again = [(c.id, c.text) for c in cards_of(read_canvas(path))]
        assert first == again
        assert len({i for i, _ in first}) == len(first)
        ids[path.name] = [i for i, _ in first]
    hr = ids["example-hr-software-b2b.xlsx"]
    # several journeys: J1-, J2-; an English canvas's codes in English (CU: customer), a Dutch one's in Dutch
    assert "J2-P1-CU-01" in hr and "TP-01" in hr and "PE1-01" in hr
    assert "F1-KP-01" in ids["voorbeeld-zonnepanelen-b2c.xlsx"]


def test_the_qr_code_on_each_card_decodes_to_its_id(built: Built) -> None:
    path = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
    folder, _ = built.kit(path, "3x8")
    pdf = pypdfium2.PdfDocument(folder / f"{path.stem}-cards.pdf")
    image = pdf[0].render(scale=300 / 72).to_pil()
    decoded = sorted(b.text for b in zxingcpp.read_barcodes(image))
    expected = sorted(c.id for c in cards_of(canvas_of(path))[:24])
    assert decoded == expected


def test_text_is_never_under_the_floor_and_stays_on_its_card(tmp_path: Path) -> None:
    kit, fonts = default_kit()
    long = " ".join(["Een heel lang verhaal over wat de klant allemaal meemaakt"] * 12)
    book = make_book(
        tmp_path / "lang.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Aandacht",
                "C1": "Afweging",
                "D1": "Actie",
                "A2": "Klantproces",
                "B2": long,
                "C2": "Vergelijkt",
                "D2": "Koopt",
                "A3": "Intern proces",
                "B3": "Adverteert",
                "C3": "Reviews",
                "D3": "Levert",
            }
        },
    )
    cards = cards_of(read_canvas(book))
    setter = Setter(fonts)
    pages = sheets_of(card_faces(cards, [], kit, setter, FORMATS["3x8"], KIT_WORDS["nl"]), kit, setter, FORMATS["3x8"])
    blocks = [b for page in pages for b in page.blocks]
    assert min(line.size for b in blocks for line in b.lines) >= FORMATS["3x8"].min_size == 8.0
    assert min(line.size for b in blocks if b.order[-1:] != (1,) for line in b.lines) >= MIN_SIZE  # band, ID
    for block in blocks:
        for line in block.lines:
            assert line.x + line.width <= block.box.right + 0.01, line.text
            assert block.box.y < line.y <= block.box.bottom + 0.01, line.text
    bands = [" ".join(line.text for line in b.lines) for b in blocks if b.order[-1:] == (0,)]
    marked = [band for band in bands if "Aandacht · Klantproces" in band]
    count = len(marked)
    assert count >= 2  # the long item went on over another card, each marked so
    # the small card's band on one line: "(2/3)" says it goes on, where the 2x4 card says "vervolg (2/3)"
    assert marked == [f"Aandacht · Klantproces · ({n}/{count})" for n in range(1, count + 1)]
    body = squeeze(" ".join(line.text for b in blocks if b.order[-1:] == (1,) for line in b.lines))
    # cut mid-sentence (it has no sentence's end), each cut marked "…" at both ends (round 20): the words whole
    assert body.count("…") == 2 * (count - 1) and squeeze(long) in body.replace("…", "")


def test_a_canvas_without_lane_text_gets_no_empty_cards_pdf_but_a_warning(tmp_path: Path) -> None:
    from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, write_workbook

    path = tmp_path / "scores.xlsx"
    write_workbook(WorkbookSpec("nl", [JourneySheet(["Een", "Twee", "Drie"], ["score"], scores=[1, -1, 2])]), path)
    result = run_kit(path, KitOptions(tmp_path / "out"))
    assert not (tmp_path / "out" / "scores-cards.pdf").exists()
    assert any("no cards" in str(w) for w in result.warnings)
    for pdf in (p for p in result.outputs if p.suffix == ".pdf"):
        assert len(pypdfium2.PdfDocument(pdf)) >= 1  # every PDF written has pages


def test_touchpoint_cards_say_their_facts_in_words_without_column_headers() -> None:
    kit, fonts = default_kit()
    path = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    canvas = canvas_of(path)
    cards = [c for c in cards_of(canvas) if c.kind == "touchpoint"]
    setter = Setter(fonts)
    faces = card_faces(cards, [], kit, setter, FORMATS["2x4"], KIT_WORDS["nl"], canvas)
    pages = sheets_of(faces, kit, setter, FORMATS["2x4"])
    text = " ".join(line.text for page in pages for b in page.blocks for line in b.lines)
    for head in canvas.touchpoint_columns.values():  # "Huidig (ja/nee/deels): Ja" was printed before
        assert f"{head.text}:" not in text
    assert "Website · Laptop, thuis" in text and "nu: Deels → ideaal: Ja" in text
    assert "gemeten met: Aantal" in text and "geen verkoopmoment" not in text  # no sales-moment column here
    icons = [icon.channel for page in pages for icon in page.icons]
    assert len(icons) == len(cards) and "website" in icons  # each card's channel icon, as on the poster


@pytest.mark.parametrize(("path", "cards"), KITS, ids=lambda v: getattr(v, "name", v))
def test_each_card_in_a_size_class_and_fits_it(path: Path, cards: str, built: Built) -> None:
    fmt = FORMATS[cards]
    pages = built.card_pages(path, cards)  # the sheets the kit printed, its blank cards among them
    assert any(b.order[-1:] == (1,) for page in pages for b in page.blocks)
    sizes = []
    for page in pages:
        with_id = {b.order[:2] for b in page.blocks if b.order[-1:] == (2,)}  # a card, not a blank one
        bodies = [b for b in page.blocks if b.order[-1:] == (1,) and b.order[:2] in with_id]
        for block in bodies:  # each card in one of the format's sizes, and it fits at it: no line past its box
            assert len({line.size for line in block.lines}) == 1
            assert block.lines[0].size in size_classes(fmt)
            assert all(block.box.y < line.y <= block.box.bottom + 0.01 for line in block.lines)
            assert all(line.x + line.width <= block.box.right + 0.01 for line in block.lines)
            sizes.append(block.lines[0].size)
    assert max(sizes) == fmt.max_size  # the largest for the cards it holds, not the floor for all


def _short_and_one_long(path: Path) -> Path:
    """A journey of short items and one long one among them, eight cards a sheet."""
    phases = ["Aandacht", "Afweging", "Actie", "Altijd"]
    cells: dict[str, object] = {"A1": "Fase"} | {f"{chr(66 + i)}1": phase for i, phase in enumerate(phases)}
    for row, lane in enumerate(["Wat doet de inwoner?", "Wat doet de gemeente?", "Contactmomenten"], start=2):
        cells[f"A{row}"] = lane
        cells |= {f"{chr(66 + i)}{row}": f"Kort {row}{i}" for i in range(len(phases))}
    cells["C3"] = " ".join(["De gemeente verwerkt de aangifte binnen vijf dagen en controleert het adres"] * 3)
    return make_book(path, {"Verhuizen": cells})


def test_a_long_card_does_not_make_the_short_cards_of_its_sheet_small(tmp_path: Path) -> None:
    """Round 18 (finding 7): the long card of a sheet set all eight of its cards at its size ("DigiD" at 12 pt
    beside the other sheets' short cards at 16): each card is in the largest size class it fits, so a short
    card is as large on every sheet."""
    kit, fonts = default_kit()
    setter, fmt = Setter(fonts), FORMATS["2x4"]
    pages = sheets_of(
        card_faces(
            cards_of(read_canvas(_short_and_one_long(tmp_path / "v.xlsx"))), [], kit, setter, fmt, KIT_WORDS["nl"]
        ),
        kit,
        setter,
        fmt,
    )
    sizes: dict[str, list[tuple[int, float]]] = {}
    for number, page in enumerate(pages, start=1):
        with_id = {b.order[:2] for b in page.blocks if b.order[-1:] == (2,)}
        for block in page.blocks:
            if block.order[-1:] == (1,) and block.order[:2] in with_id:
                text = " ".join(line.text for line in block.lines)
                sizes.setdefault("long" if "aangifte" in text else "short", []).append((number, block.lines[0].size))
    (long,) = sizes["long"]
    assert long[1] < fmt.max_size
    beside = [size for number, size in sizes["short"] if number == long[0]]
    assert beside and {size for _, size in sizes["short"]} == {fmt.max_size}, sizes["short"]


def test_persona_involvement_is_not_on_a_card(built: Built) -> None:
    path = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
    canvas = canvas_of(path)
    involvement = [p.fields["phases"] for p in canvas.personas if "phases" in p.fields]
    assert involvement and involvement[0].text == "Alle fasen"
    found = cards_of(canvas)
    assert not [c.id for c in found if c.item in involvement or "Betrokken in fasen" in c.lane]
    persona = [c for c in found if c.kind == "persona"]
    assert any("Doelen" in c.lane for c in persona)  # the persona's content is on its cards
    assert persona[0].id == "PE1-01"  # the IDs of the others are as before: numbered among all fields
    folder, _ = built.kit(path)
    text, _ = _pdf_text(folder / f"{path.stem}-cards.pdf")
    assert squeeze("Betrokken in fasen") not in text and squeeze("Alle fasen") not in text
    assert squeeze("Een groen huis zonder gedoe") in text


def test_a_personas_name_card_is_headed_persona_not_by_its_name_again() -> None:
    # F16 (round 14): card PE1-01 read "Fatima el Amrani" in its band over "Fatima el Amrani"
    canvas = canvas_of(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")
    kit, fonts = default_kit()
    persona = [c for c in cards_of(canvas) if c.kind == "persona"]
    faces = card_faces(persona, [], kit, Setter(fonts), FORMATS["2x4"], KIT_WORDS["nl"], canvas)
    name = canvas.personas[0].name
    assert name is not None
    face = next(f for f in faces if f.code == "PE1-01")
    assert " ".join(face.lines) == name.text
    assert " ".join(face.band) == KIT_WORDS["nl"]["name_card"]
    field = next(f for f in faces if f.code == "PE1-02")  # a field's card names whose it is
    assert name.text in " ".join(field.band)


def test_an_item_stays_on_one_small_card_and_one_that_cannot_is_said(tmp_path: Path) -> None:
    """The team's long lane questions and two journeys made the 3x8 band two or three lines, and items of
    one sentence went on over a card holding only "maand"; now the band gives way, the text is a little
    smaller, and an item too long even so is cut in even parts and named in the kit's warnings."""
    phases = ["Oriënteren", "Aanvragen", "Betalen"]
    lanes = {
        "Hoe komt de bewoner met ons in contact?": ["Bezoekers vergunningspagina 4.200 per maand", "Buurtapp", "iDEAL"],
        "Wat zegt de bewoner hierover?": [
            "“Moet ik nu ineens betalen om voor mijn eigen deur te staan?”",
            "“Waarom moet ik mijn kentekenbewijs uploaden, jullie kunnen dat toch zelf opzoeken?”",
            "Controleert de BRP-inschrijving en het kenteken bij de RDW",
        ],
    }
    long = (
        "Geen statusinformatie: de bewoner weet niet of de aanvraag compleet is en krijgt intussen "
        "naheffingsaanslagen van de scanauto, die hij daarna via een bezwaarprocedure moet terugvragen, "
        "wat gemiddeld nog eens zes weken duurt, en dat terwijl de vergunning al betaald is"
    )
    sheets = {}
    for name in ("Huidig", "Ideaal"):
        cells: dict[str, object] = {"A1": "Fase"}
        for col, phase in enumerate(phases, start=2):
            cells[f"{chr(64 + col)}1"] = phase
        for row, (label, items) in enumerate(lanes.items(), start=2):
            cells[f"A{row}"] = label
            for col, text in enumerate(items, start=2):
                cells[f"{chr(64 + col)}{row}"] = text
        cells["A4"], cells["B4"] = "Waar loopt de bewoner op vast?", long if name == "Huidig" else "Niets"
        sheets[name] = cells
    book = make_book(tmp_path / "vergunning.xlsx", sheets)  # type: ignore[arg-type]
    result = run_kit(book, KitOptions(tmp_path / "out", cards="3x8"))
    text, _ = _pdf_text(tmp_path / "out" / "vergunning-cards.pdf")
    short = [item for items in lanes.values() for item in items]
    assert all(squeeze(item) in text for item in short)  # each on one card, not cut by a band and an ID
    cut = [str(w) for w in result.warnings if "too long for one card" in str(w)]
    long_card = next(c for c in cards_of(read_canvas(book)) if c.text == long)
    assert len(cut) == 1 and long_card.id in cut[0] and "--cards 2x4" in cut[0], cut
    assert all(squeeze(w) in text for w in long.split())  # every word of it still printed
    kit, fonts = default_kit()
    faces = card_faces(cards_of(read_canvas(book)), [], kit, Setter(fonts), FORMATS["3x8"], KIT_WORDS["nl"])
    parts = [len(face.lines) for face in faces if face.code == long_card.id]
    assert len(parts) > 1 and max(parts) - min(parts) <= 1, parts  # cut in even parts: no card of one word
    assert [face.code for face in faces if face.cards > 1] == [long_card.id] * len(parts)
