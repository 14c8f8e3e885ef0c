"""A short deck's phase slides use the room (#31, "a short deck's phase slides at 20 pt or more"). The solar
example's were set at 17 pt and filled about 60 % of their frames, for two reasons: the family size was
measured in the grid's equal quarters, where one full lane beside half-empty ones held at 17 pt, while laid out
(the grid shared out by what each lane needs) it held at 20; and a compound ("‘zonnepanelen-ambassadeur’")
counted as one word that must stand whole, though PowerPoint breaks it after its own hyphen. Read back from the
PPTX; a long deck's phase slides still share one size."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.brand.colors import BLACK
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.deck import restacked
from canvasgen.layout.deck.frames import INSET, WRAP_SLACK, Ctx, Para, fits, words_unbroken
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.words import DECK_WORDS
from tests.support.layouts import build_deck, deck_fonts, default_kit, example_deck
from tests.support.workbooks import CANVASES, make_book


def _phase_body_sizes(pptx: Path) -> list[float]:
    """The size of every body run (not a heading: those are bold) in the lanes of the phase slides (the
    slides with a phase strip), as the XML sets it; the title and the strip (a map of names, at its own size)
    left out."""
    sizes = []
    for slide in Presentation(str(pptx)).slides:
        if not any(shape.name.startswith("phase strip") for shape in slide.shapes):
            continue
        for shape in slide.shapes:
            if not shape.has_text_frame or shape.name == "title" or shape.name.startswith("phase strip"):
                continue
            for para in shape.text_frame.paragraphs:
                sizes += [run.font.size.pt for run in para.runs if run.text.strip() and not run.font.bold]
    return sizes


def test_the_short_example_sets_its_phase_slides_at_20_pt_or_more(tmp_path: Path) -> None:
    sizes = _phase_body_sizes(build_deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path))
    assert len(sizes) > 40  # five phase slides of lanes
    assert len(set(sizes)) == 1 and sizes[0] >= 20, sorted(set(sizes))


def test_a_long_example_deck_still_sets_its_phase_slides_at_one_size(tmp_path: Path) -> None:
    path = CANVASES / "example-hr-software-b2b.xlsx"
    sizes = _phase_body_sizes(build_deck(path, tmp_path))
    assert len(sizes) > 100  # two journeys of seven phases
    assert set(sizes) == {example_deck(path).phase_size}


#: A short canvas of our own in the example's shape: a few words a cell, one phase's customer lane of three
#: items that wrap, a side column of channels, pain points and opportunities with a compound in it.
BAKFIETS = {
    "Klantproces": [
        "Ziet een advertentie van de bakfiets",
        "Zoekt ‘bakfiets huren’ op internet\nVergelijkt twee verhuurders in de stad\nBoekt een proefrit via de website",
        "Haalt de fiets op",
        "Brengt de kinderen weg",
    ],
    "Intern proces": ["Campagne op sociale media", "Belt binnen een dag terug", "Controleert het rijbewijs", "Plant"],
    "Ervaring": ["Nieuwsgierig", "Twijfelt over de prijs per maand", "Blij met de uitleg", "Trots op de fiets"],
    "Verbeteringen": ["Betere foto's", "Prijs per maand vooraan", "Korter formulier", "Herinnering per sms"],
    "Kanalen": ["Instagram", "Website\nTelefoon", "Winkel", "App"],
    "Pijnpunten": ["Weinig informatie", "Lang wachten op antwoord", "Papieren contract", "Storing in de app"],
    "Kansen": ["Buurtdag met een ‘duurzaamheids-ambassadeur’", "Chat op de website", "Digitaal tekenen", "Service"],
}


def test_a_short_canvas_of_the_examples_shape_is_set_at_20_pt_or_more(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [("Fase", "Oriëntatie", "Proefrit", "Ophalen", "Gebruik")]
    rows += [(lane, *cells) for lane, cells in BAKFIETS.items()]
    rows += [("Ervaringsscore (-2 t/m +2)", 0, -1, 1, 2)]
    cells = {f"{column}{r}": value for r, row in enumerate(rows, start=1) for column, value in zip("ABCDE", row)}
    deck = example_deck(make_book(tmp_path / "bakfiets.xlsx", {"Klantreis": cells}))
    assert deck.phase_size is not None and deck.phase_size >= 20


def _ctx(setter: Setter) -> Ctx:
    kit, _fonts = default_kit()
    return Ctx(kit, setter, DECK_WORDS["nl"], SLIDE_WIDTH, SLIDE_HEIGHT, "nl", None)


def test_a_compound_needs_room_for_its_widest_part_only() -> None:
    """A frame as wide as the wider part of "‘duurzaamheids-ambassadeur’" holds its words unbroken (the
    line breaks after the word's own hyphen, as PowerPoint breaks it); a word of no hyphen as wide as the
    whole compound does not stand whole there."""
    setter = Setter(deck_fonts())
    ctx = _ctx(setter)
    compound, size = "‘duurzaamheids-ambassadeur’", 20.0
    part = max(setter.width(p, "body", size) for p in ("‘duurzaamheids-", "ambassadeur’"))
    box = Box(0, 0, part / WRAP_SLACK + 2 * INSET + 1.0, 300)
    assert setter.width(compound, "body", size) > box.w  # the whole compound does not fit the line
    assert words_unbroken(ctx, [(box, [Para(compound, size, BLACK)], {})], size)
    assert not words_unbroken(ctx, [(box, [Para(compound.replace("-", ""), size, BLACK)], {})], size)


def test_a_grid_shared_out_by_its_lanes_needs_keeps_its_rows_in_line() -> None:
    """A 2×2 grid whose top-left lane does not hold its text in its quarter, beside a side column: its rows
    shared out by the tallest lane of each (not column by column, which stood the lanes out of line), every
    lane holding its text; the side column as it was."""
    setter = Setter(deck_fonts())
    size, gap = 20.0, 8.0
    full = [Para("Klantproces", size, BLACK, True)] + [
        Para(f"Doet stap {k} van de aanvraag", size, BLACK) for k in range(6)
    ]
    short = [Para("Intern proces", size, BLACK, True), Para("Belt terug", size, BLACK)]
    frames = [
        (Box(0, 0, 300, 180), full, {"name": "customer"}),
        (Box(308, 0, 300, 180), short, {"name": "internal"}),
        (Box(0, 188, 300, 180), short, {"name": "experience"}),
        (Box(308, 188, 300, 180), short, {"name": "learning"}),
        (Box(616, 0, 260, 368), short, {"name": "other lanes"}),
    ]
    assert not fits(setter, full, frames[0][0], size)  # the case: one lane too full for its quarter
    laid = [box for box, _, _ in restacked(setter, frames, size)]
    customer, internal, experience, learning, side = laid
    assert (customer.y, customer.h) == (internal.y, internal.h) and (experience.y, experience.h) == (
        learning.y,
        learning.h,
    )
    assert customer.h > experience.h and experience.y - customer.bottom == gap and experience.bottom == 368
    assert all(fits(setter, paras, box, size) for box, (_, paras, _) in zip(laid, frames, strict=True))
    assert side == frames[4][0]
