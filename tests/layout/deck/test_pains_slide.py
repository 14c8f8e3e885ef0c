"""The pain points and opportunities slide shares its width by what each side holds (#31 item 7): the HR
deck's five pain-point cards were small text in half the slide beside a mostly empty prompt."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from canvasgen.layout.deck.frames import INSET, Slide
from canvasgen.layout.text.setter import LEADING, Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import Built, deck_fonts, default_kit, example_deck, laid_deck
from tests.support.read_back import run_sizes, title_of, unmarked
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, EXAMPLES, team_lanes, trapkracht, words

HR = CANVASES / "example-hr-software-b2b.xlsx"


def test_the_side_with_cards_takes_the_room_the_prompt_leaves(built: Built) -> None:
    deck = Presentation(str(built.deck(HR)))
    slide = next(s for s in deck.slides if title_of(s) == "HR Director · Pain points and opportunities")
    width = deck.slide_width
    cards = [shape for shape in slide.shapes if shape.name == "card"]
    prompt = next(shape for shape in slide.shapes if shape.name.endswith("prompt"))
    assert len(cards) == 5
    right = max(card.left + card.width for card in cards)
    left = min(card.left for card in cards)
    assert right - left > 0.55 * width  # more than half the slide: it holds more than the prompt
    assert prompt.width < 0.35 * width
    sizes = {size for card in cards for size in run_sizes_of(card)}
    assert len(sizes) == 1 and min(sizes) > 16  # one size, grown into the room (was 16 pt in half the slide)
    assert all(card.left + card.width <= prompt.left for card in cards)  # no overlap
    assert all(size >= 12 for size in run_sizes(slide))


def run_sizes_of(shape) -> list[float]:  # type: ignore[no-untyped-def]
    return [run.font.size.pt for p in shape.text_frame.paragraphs for run in p.runs if run.text.strip()]


def test_a_pain_point_taller_than_the_slide_goes_on_whole(tmp_path: Path) -> None:
    long = words(700)
    kit, _fonts = default_kit()
    canvas = read_canvas(trapkracht(tmp_path / "lang.xlsx", long_cell=long, lane="pain_points"))
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    pains = [s for s in deck.slides if s.kind == "pains"]
    # cut at a line where a column ends, it goes on in the next column (both columns of the slide), then on
    # a follow-up slide; marked where it is cut and under its phase again where it goes on
    text = " ".join(long.split())
    parts = [
        f
        for s in pains
        for f in s.frames
        if f.name == "card" and any(not p.bold and " ".join(unmarked(p.text).split()) in text for p in f.paras)
    ]
    assert len(parts) >= 2 and len({round(f.box.x) for f in parts if f in pains[0].frames}) == 2
    assert all(f.paras[0].text.endswith("(vervolg)") for f in parts[1:])
    said = " ".join(
        unmarked(p.text) for s in pains for f in s.frames if f.name == "card" for p in f.paras if not p.bold
    )
    assert " ".join(long.split()) in " ".join(said.split())  # nothing of the card dropped


def test_cards_read_down_one_column_then_the_next_in_the_canvas_order() -> None:
    """The cards of a side in two columns were stacked into the shorter column each time: the solar
    deck's opportunities read Bewustwording, Aankoop down the first column and Interesse, Overweging,
    Service & loyaliteit down the second. They go down the first column, then the second, in phase
    order (the order they are laid in), the two columns about as tall."""
    two_columns = 0
    for path in EXAMPLES:
        for slide in (s for s in example_deck(path).slides if s.kind == "pains"):
            cards = [f for f in slide.frames if f.name == "card"]
            for fill in {f.fill for f in cards}:  # a side: its cards in its colour
                side = [f for f in cards if f.fill == fill]
                read = sorted(side, key=lambda f: (round(f.box.x), f.box.y))
                assert [f.paras[0].text for f in read] == [f.paras[0].text for f in side], path.name
                columns = sorted({round(f.box.x) for f in side})
                if len(columns) == 2:
                    two_columns += 1
                    heights = [sum(f.box.h for f in side if round(f.box.x) == x) for x in columns]
                    assert abs(heights[0] - heights[1]) <= max(f.box.h for f in side) + 0.01, path.name
    assert two_columns  # the examples have a side in two columns


#: The pain points and opportunities of findings 11 (6b), a dental practice's: one pain point in three phases.
KIES_PAINS: list[str | None] = [
    "Patiëntenstop niet zichtbaar op website",
    "Alleen telefonisch bereikbaar 8-10 uur",
    "Geen aandacht voor tandartsangst",
    *["Onduidelijk wat de verzekering vergoedt – rekening komt als verrassing"] * 3,
]
KIES_CHANCES: list[str | None] = [
    "Status patiëntenstop op de homepage",
    "Online inschrijven",
    "Angstvragenlijst vooraf digitaal",
    "Begroting vooraf bij behandeling boven € 150",
    "Recall-sms",
    "Uitleg van declaratiecodes op de factuur",
]


def _pains(
    tmp_path: Path, pains: list[str | None], chances: list[str | None], phases: tuple[str, ...] | None = None
) -> list[Slide]:
    lanes = {"Wat doet de patiënt?": [], "Pijnpunten": pains, "Kansen": chances}
    source = team_lanes(tmp_path / "kies.xlsx", lanes, phases) if phases else team_lanes(tmp_path / "kies.xlsx", lanes)
    kit, _ = default_kit()
    deck = laid_deck(read_canvas(source), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    return [s for s in deck.slides if s.kind == "pains"]


def test_both_sides_may_take_two_columns_before_a_card_goes_on(tmp_path: Path) -> None:
    """Findings 11, 6b: six opportunities in one column beside pain points in two, the last opportunity
    alone on a "(vervolg)" slide. The slide is balanced: the opportunities in two columns, all on one slide."""
    (slide,) = _pains(tmp_path, KIES_PAINS, KIES_CHANCES)
    cards = [f for f in slide.frames if f.name == "card"]
    assert len(cards) == 12
    chances = [f for f in cards if f.paras[1].text in KIES_CHANCES]
    assert len({round(f.box.x) for f in chances}) == 2  # two columns


@pytest.mark.parametrize(("length", "doubled", "chances"), [(150, 3, 1), (180, 1, 2), (120, 3, 1), (120, 3, 4)])
def test_a_follow_up_slide_never_holds_one_lone_card(tmp_path: Path, length: int, doubled: int, chances: int) -> None:
    """Where the cards do not fit one slide, the follow-up holds two or more, never one card alone (these
    canvases left one card on the last "(vervolg)" slide): the slide before it gives one back."""
    pains: list[str | None] = ["\n".join([words(length)] * (2 if i < doubled else 1)) for i in range(6)]
    ideas: list[str | None] = [f"Kans {i} {words(30)}" if i < chances else None for i in range(6)]
    slides = _pains(tmp_path, pains, ideas)
    cards = [sum(f.name == "card" for f in s.frames) for s in slides]
    # it goes on, every card somewhere: a card per phase (its items listed on it), a card cut where a column
    # ends going on under its phase again ("(vervolg)")
    headed = [f.paras[0].text for s in slides for f in s.frames if f.name == "card"]
    assert len(cards) >= 2 and len([h for h in headed if not h.endswith("(vervolg)")]) == 6 + chances
    assert all(n >= 2 for n in cards[1:]), cards


def test_many_pains_over_few_phases_are_listed_by_phase_on_fewer_slides(tmp_path: Path) -> None:
    """Twelve pain points and twelve opportunities over seven phases were twelve cards a side, each headed by
    its phase, over three slides at 16 pt: a card per phase lists its items, the cards set at one size, not
    below 14 pt, on two slides; every item on them once, as a bullet under its phase."""
    sentence = "de klant merkt het pas als het te laat is en belt dan de helpdesk"
    pains = [f"Pijn {i}: {sentence}" for i in range(12)]
    ideas = [f"Kans {i}: {sentence}" for i in range(12)]

    def per_phase(items: list[str]) -> list[str | None]:
        return ["\n".join(items[i] for i in range(12) if i * 7 // 12 == phase) for phase in range(7)]

    phases = ("Oriëntatie", "Vergelijken", "Offerte", "Bestellen", "Installatie", "Gebruik", "Service")
    slides = _pains(tmp_path, per_phase(pains), per_phase(ideas), phases)
    cards = [f for s in slides for f in s.frames if f.name == "card"]
    assert len(slides) == 2 and len(cards) == 14  # seven phases a side
    assert [f.paras[0].text for f in cards if "Pijn" in f.paras[1].text] == list(phases)
    sizes = {p.size for f in cards for p in f.paras if not p.bold}
    assert len(sizes) == 1 and min(sizes) >= 14
    listed = [p.text for f in cards for p in f.paras if not p.bold]
    assert sorted(listed) == sorted(pains + ideas)
    assert all(p.mark == "bullet" for f in cards for p in f.paras[1:])  # one item style: a list on every card


def test_the_pains_slides_of_two_journeys_share_one_card_size(tmp_path: Path) -> None:
    """One journey of two pain points had its cards at 22 pt, the next of many at 16 pt: the deck's card
    slides are one family, set at the smaller of the two (which takes no more slides for either)."""
    from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook

    phases = ["Zoeken", "Kiezen", "Kopen", "Gebruiken"]
    lanes = default_lanes(["pain_points", "opportunities"])
    few = {"pain_points": ["Te duur", "", "Traag", ""], "opportunities": ["", "Korting", "", ""]}
    many = {
        lane: ["\n".join(f"{lane} {phase} {k}: {words(60)}" for k in range(3)) for phase in phases]
        for lane in ("pain_points", "opportunities")
    }
    sheets = [JourneySheet(phases, lanes, name=name, content=cells) for name, cells in (("Noor", few), ("Daan", many))]
    path = tmp_path / "twee.xlsx"
    write_workbook(WorkbookSpec("nl", sheets), path)
    kit, _ = default_kit()
    deck = laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    pains = [s for s in deck.slides if s.kind == "pains"]
    sizes = {s.section: {p.size for f in s.frames if f.name == "card" for p in f.paras if not p.bold} for s in pains}
    assert len(sizes) == 2 and len(set().union(*sizes.values())) == 1  # one size over both journeys
    (shared,) = set().union(*sizes.values())
    assert shared >= 14
    write_workbook(WorkbookSpec("nl", sheets[:1]), tmp_path / "een.xlsx")  # the first journey alone: larger
    alone = laid_deck(read_canvas(tmp_path / "een.xlsx"), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    own = {p.size for s in alone.slides if s.kind == "pains" for f in s.frames if f.name == "card" for p in f.paras}
    assert min(own) > shared


def test_a_run_of_cards_that_goes_on_fills_both_columns_to_their_foot(tmp_path: Path) -> None:
    """A run of long pain points took one column and a half of its slide, the rest on a follow-up slide (#31):
    where the cards go on, each column of the slide is filled to its foot, a card cut at a line going on at
    the top of the next column or slide under its phase again; every word on the slides once."""
    pains: list[str | None] = [f"Pijn {i}: {words(330)}" for i in range(6)]
    ideas: list[str | None] = ["Kans", None, None, None, None, None]
    slides = _pains(tmp_path, pains, ideas)
    assert len(slides) >= 2
    cards = [f for f in slides[0].frames if f.name == "card" and f.fill != _idea_fill(slides[0])]
    columns = sorted({round(f.box.x) for f in cards})
    assert len(columns) == 2
    size = min(p.size for f in cards for p in f.paras)
    foot = SLIDE_HEIGHT * 0.2 + (SLIDE_HEIGHT * 0.8 - SLIDE_WIDTH * 0.04)  # the slide body's foot
    for x in columns:
        lowest = max(f.box.bottom for f in cards if round(f.box.x) == x)
        assert lowest >= foot - 3 * size * LEADING - 2 * INSET - 12.0, (x, lowest, foot)
    said = " ".join(
        unmarked(p.text) for s in slides for f in s.frames if f.name == "card" for p in f.paras if not p.bold
    )
    for pain in pains:
        assert pain is not None and " ".join(pain.split()) in " ".join(said.split())


def _idea_fill(slide: Slide) -> object:
    """The fill of the opportunities' cards (the card that holds "Kans")."""
    return next(f.fill for f in slide.frames if f.name == "card" and any(p.text == "Kans" for p in f.paras))


def test_a_card_cut_at_a_columns_foot_goes_on_and_every_slide_takes_some(tmp_path: Path) -> None:
    """A short pain point, then two of 700 words: the second long one cut at the foot of a column went on
    alone, the rule against a lone card gave back one card less than none, and the deck laid out follow-up
    slides of nothing until memory ran out (found by the corpus and the property tests after the cards were
    cut across columns). Every slide takes some; every word is on the slides once."""
    pains: list[str | None] = ["Kort", f"Lang 0: {words(700)}", f"Lang 1: {words(700)}", None, None, None]
    slides = _pains(tmp_path, pains, [None] * 6)
    assert all(any(f.name == "card" for f in s.frames) for s in slides)
    said = " ".join(
        unmarked(p.text) for s in slides for f in s.frames if f.name == "card" for p in f.paras if not p.bold
    )
    for pain in [p for p in pains if p is not None]:
        assert " ".join(pain.split()) in " ".join(said.split())
