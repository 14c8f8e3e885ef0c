"""Every text box of a deck holds its text as PowerPoint draws it (round 22, findings 17, 28, 29): where one
lane's text on a phase is long and the others short, the phase slide gave the long one the tall box and the
others equal thirds of a narrow column: "Planning plant de route; chauffeur belt 30 min van tevoren" ran under
the box below with no "→ vervolg", a long cell ran over the score and off the slide, and "Track & trace per
sms" was cut to a follow-up slide while a box beside it stood 80 % empty. Each text box is read back out of
the PPTX and wrapped with the deck's measuring font at its inner width (``tests.support.overflow``): its
lines fit its height, or the rest goes on on a follow-up slide, marked; every word is on a slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from canvasgen.layout.text.fonts import EMOJI_COLOURS
from canvasgen.pipeline import BuildOptions, run
from canvasgen.units import PrintOptions, parse_paper
from tests.support.layouts import DATE, Built, canvas_of
from tests.support.overflow import overflows
from tests.support.read_back import as_printed, printed_in, slide_text, squeeze, title_of
from tests.support.workbooks import SAMPLES, make_book

RED = "\U0001f534"
FEELING = f"{RED} boos als het te laat is"
SHORT = "Track & trace per sms"
PAINS = (
    "Levering in een tijdvak van 4 uur; de monteur staat te wachten op de bouw terwijl de klok doortikt en het werk"
    " stil ligt en dat kost de installateur per uur zo'n € 65 per monteur, en vaak staan er drie monteurs"
)
#: A pallet's delivery told step by step: eighteen lines in one cell (finding 29).
STEPS = "\n".join(f"Stap {n}: de inkoper belt de chauffeur over de lossing op de bouw" for n in range(1, 19))


def _book(folder: Path, name: str, customer: str, feeling: str = FEELING, learned: bool = False) -> Path:
    """Three phases (finding 28's reproduction), the middle one long in one lane and short in the others."""
    rows = {
        "A": ("Fase", "Wat doet de inkoper?", "Wat doen wij (binnendienst)", "Gevoel", "Score", "Knelpunten", "Kansen"),
        "B": ("Bestellen", "Bestelt via de webshop", "Order bevestigen", "Tevreden", "+2", None, "Herhaalbestelling"),
        "C": (
            "Levering",
            customer,
            "Planning plant de route; chauffeur belt 30 min van tevoren",
            feeling,
            "-1",
            PAINS,
            SHORT,
        ),
        "D": ("Factuur", "Controleert de factuur", "Factuur na 14 dagen", "Neutraal", "0", "Pakbon klopt niet", None),
    }
    if learned:  # a lane empty in the middle phase: named in a slim row at the slide's foot
        rows["A"] += ("Leerpunten",)
        rows["B"] += ("Webshop werkt",)
        rows["D"] += ("Factuur eerder sturen",)
    cells = {f"{column}{row}": value for column, values in rows.items() for row, value in enumerate(values, 1) if value}
    return make_book(folder / f"{name}.xlsx", {"Reis": cells})


def _deck(path: Path) -> Path:
    options = BuildOptions(path.parent / "out", parse_paper("A1"), PrintOptions(), None, DATE, pdf=False, pptx=True)
    pptx = run(path, options, canvas=canvas_of(path)).pptx
    assert pptx is not None
    return pptx


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """The reproduction as the tester wrote it (finding 28), and with more text (finding 29: a cell of eighteen
    lines, a long feeling, a lane empty in the phase), whose pain points ran over the score and off the slide."""
    folder = tmp_path_factory.mktemp("phase-boxes")
    books = {
        "kort": _book(folder, "kort", "Neemt ½ pallet in ontvangst op de bouw"),
        "lang": _book(
            folder, "lang", STEPS, f"{FEELING}; de planning belt niet terug en de monteurs staan te wachten", True
        ),
    }
    return {name: (book, _deck(book)) for name, book in books.items()}


@pytest.mark.parametrize("name", ["kort", "lang"])
def test_every_box_holds_its_text_and_every_word_is_on_a_slide(decks: dict[str, tuple[Path, Path]], name: str) -> None:
    book, pptx = decks[name]
    assert [str(found) for found in overflows(pptx)] == []
    text = squeeze(slide_text(pptx))
    # a traffic light that starts an item is its bullet (below): its words are the item's
    missing = [
        f"{i.source}: {w!r}" for i, w in as_printed(canvas_of(book)) if not printed_in(w.removeprefix(RED), text)
    ]
    assert missing == []


def test_a_short_item_is_not_cut_while_the_slide_has_room(decks: dict[str, tuple[Path, Path]]) -> None:
    _, pptx = decks["kort"]
    titles = [title_of(slide) for slide in Presentation(str(pptx)).slides]
    levering = [title for title in titles if title.startswith("Fase 2/3")]
    assert levering == ["Fase 2/3 · Levering"], levering  # the phase holds on its slide: no follow-up
    (slide,) = [s for s in Presentation(str(pptx)).slides if title_of(s) == levering[0]]
    assert any(SHORT in shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_a_long_lane_goes_on_marked_and_no_box_runs_over_another(decks: dict[str, tuple[Path, Path]]) -> None:
    _, pptx = decks["lang"]
    slides = [s for s in Presentation(str(pptx)).slides if title_of(s).startswith("Fase 2/3")]
    assert len(slides) > 1 and all(title_of(s).endswith("(vervolg)") for s in slides[1:])
    for slide in slides:
        boxes = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip() and s.name != "title"]
        for a in boxes:  # text boxes side by side or one under the other, never one over another
            for b in boxes:
                apart = a.left + a.width <= b.left or b.left + b.width <= a.left
                apart = apart or a.top + a.height <= b.top or b.top + b.height <= a.top
                assert a is b or apart, (title_of(slide), a.name, b.name)
    # each box that goes on ("Knelpunten (vervolg)" on the next slide) ends with the mark where it stops
    first = {s.text_frame.paragraphs[0].text: s.text_frame.text for s in slides[0].shapes if s.has_text_frame}
    going_on = {
        heading.removesuffix(" (vervolg)")
        for slide in slides[1:]
        for shape in slide.shapes
        if shape.has_text_frame and shape.name != "title"
        if (heading := shape.text_frame.paragraphs[0].text).endswith(" (vervolg)")
    }
    assert going_on and all(first[heading].rstrip().endswith("→ vervolg") for heading in going_on), going_on


def test_a_traffic_light_that_starts_an_item_is_its_bullet(decks: dict[str, tuple[Path, Path]]) -> None:
    _, pptx = decks["kort"]
    found = [
        para
        for slide in Presentation(str(pptx)).slides
        for shape in slide.shapes
        if shape.has_text_frame
        for para in shape.text_frame.paragraphs
        if para.text.startswith("boos als het te laat is")
    ]
    assert found, "the feeling's words"
    for para in found:  # one disc in the light's colour where the bullet stands, not "• ● boos"
        props = para._p.find(qn("a:pPr"))
        bullet = props.find(qn("a:buChar")) if props is not None else None
        assert bullet is not None and bullet.get("char") == "●", para.text
        colour = props.find(f"{qn('a:buClr')}/{qn('a:srgbClr')}")
        assert colour is not None and colour.get("val") == EMOJI_COLOURS[RED].hex.lstrip("#")
        assert "●" not in para.text and RED not in para.text


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_no_box_of_a_sample_deck_overflows(path: Path, built: Built) -> None:
    assert [str(found) for found in overflows(built.deck(path))] == []
