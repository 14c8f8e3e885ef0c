"""Lanes in the client's own words (N5, N12): labels clients write mean their role; a lane that holds text
and has no role is said with the correction, and when a core role has no lane, check says which --lane
gives it; the handouts, the deck and the dot-voting sheet never claim emptiness over such a lane: they show
it. Every lane has its section on every phase's handout, with room to write, also where its cell is empty."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from click.testing import CliRunner
from pptx import Presentation

from canvasgen.cli import main
from canvasgen.vocabulary.roles import lane_role
from canvasgen.words import KIT_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ["Oriëntatie", "Aanvraag", "Levering"]
LANES = {
    "Klant doet": ["Ziet flyer", "Vult formulier in", "Haalt fiets op"],
    "Onze acties": ["Flyer verspreiden", "Aanvraag checken", "Fiets klaarzetten"],
    "Thinking & feeling": ["Nieuwsgierig", "Twijfelt", "Blij"],
    "Gedachten": ["Is dit duur?", None, "Mooi ding"],
    "Pijn punten": ["Onduidelijke prijs", "Lang formulier", None],
    "Kansjes": ["Prijs op flyer", None, "Uitleg bij levering"],
}


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Customer doing", "customer"),
        ("Klant doet", "customer"),
        ("Onze acties", "internal"),
        ("Thinking & feeling", "emotions"),
        ("Gedachten & gevoelens", "emotions"),
        ("Our actions", "internal"),
        ("Gedachten", "custom"),
        ("Doelen klant", "custom"),
        ("Behoefte", "custom"),
    ],
)
def test_labels_in_clients_words_mean_their_role_where_they_clearly_do(label: str, kind: str) -> None:
    assert lane_role(label).kind == kind


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fiets")
    cells: dict[str, object] = {"A1": "Fase"} | {f"{'BCD'[i]}1": p for i, p in enumerate(PHASES)}
    for row, (label, values) in enumerate(LANES.items(), start=2):
        cells[f"A{row}"] = label
        cells |= {f"{'BCD'[i]}{row}": v for i, v in enumerate(values) if v is not None}
    book = make_book(folder / "fiets.xlsx", {"Klantreis": cells})
    for command in (["build", str(book), "-o", str(folder / "out")], ["kit", str(book), "-o", str(folder / "out")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0, result.output
    return book


def test_a_lane_with_text_and_no_role_is_said_with_its_correction(made: Path) -> None:
    said = CliRunner().invoke(main, ["check", str(made)]).stdout
    assert (  # the customer's thoughts: a lane of its own, said with the correction that makes it the feelings
        "lane 'Gedachten' [thoughts: a lane of its own, shown under its label (a thought is no feeling); to draw it "
        "as the feelings: --lane 'Gedachten=emotions']: 2 items" in " ".join(said.split())
    )
    assert "lane 'Gedachten' has no role" not in said
    assert (
        "lane 'Kansjes' has no role: shown under its own label as opportunities, its nearest kind, on poster and deck "
        "alike, as no lane has that role (the poster's bar and colour, the deck's pains and opportunities slide): "
        "--lane 'Kansjes=opportunities' gives it the role, --lane 'Kansjes=custom' keeps it a plain lane; did you "
        "mean 'Kansen'? "
        "(--lane 'Kansjes=opportunities')" in " ".join(said.split())
    )
    # No experience and no learning lane, while lanes without a role hold text: the --lane that gives them,
    # with no role guessed for a label that does not mean one (N3).
    assert (
        "journey 'Klantreis': no lane has the experience or learning role, and lanes without a role hold text "
        "('Kansjes'): if one of them is such a lane, say so, e.g. --lane 'Kansjes=<kind>'" in " ".join(said.split())
    )


def _pages(pdf: Path) -> list[str]:
    return [squeeze(page.get_textpage().get_text_range()) for page in pypdfium2.PdfDocument(pdf)]


def test_handouts_give_every_lane_a_section_in_every_phase_and_point_to_lanes_without_a_role(made: Path) -> None:
    words = KIT_WORDS["nl"]
    pages = _pages(made.parent / "out" / "fiets-handouts.pdf")
    voting = [p for p in pages if squeeze(words["vote_title"]) in p]
    for index, phase in enumerate(PHASES):
        text = "".join(p for p in pages if squeeze(phase) in p and p not in voting)
        for label, values in LANES.items():
            if label not in ("Klant doet", "Onze acties"):  # those two are asked by their core questions
                assert squeeze(label) in text, (phase, label)  # a section, also where the cell is empty (N12)
            if values[index] is not None:
                assert squeeze(values[index]) in text
        if LANES["Kansjes"][index] is not None:  # "Wat verbeteren we?" has no lane: it points to the lane without
            # a role, never "nothing"; not to the customer's thoughts (no answer to what we improve)
            assert squeeze(words["see_near"].format(lanes="'Kansjes'")) in text
            assert squeeze(words["see_near"].format(lanes="'Gedachten', 'Kansjes'")) not in text
        assert squeeze("zonder rol") not in text  # canvasgen's own notion, no words for the client's team
    # 'Kansjes' is close to 'Kansen' (opportunities): its items are on the dot-voting sheet, under its label
    assert all(squeeze(v) in "".join(voting) for v in LANES["Kansjes"] if v)


def test_the_deck_shows_a_lane_close_to_opportunities_where_its_boxes_would_be_empty(made: Path) -> None:
    deck = Presentation(str(made.parent / "out" / "fiets.pptx"))
    texts = ["\n".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame) for s in deck.slides]
    pains = [t for t in texts if "Pijnpunten en kansen" in t]
    assert pains and squeeze("Levering · Kansjes") in squeeze(pains[0])
    assert squeeze("Uitleg bij levering") in squeeze(pains[0])
    rows = [
        [c.text for c in row.cells]
        for s in deck.slides
        for sh in s.shapes
        if sh.has_table and sh.table.cell(0, 1).text == "Actie"
        for row in list(sh.table.rows)[1:]
    ]
    assert [r[1] for r in rows] == ["Prijs op flyer (Kansjes)", "Uitleg bij levering (Kansjes)"]


def test_the_glance_keeps_a_lane_standing_in_for_a_core_role(tmp_path: Path) -> None:
    """A lane of no role holding the customer's steps stays on the journey-at-a-glance slide; the lanes
    with an optional role give way first when it does not fit, and the stand-in last."""

    from canvasgen.layout.text.setter import Setter
    from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
    from tests.support.layouts import deck_fonts, default_kit, laid_deck

    long = "Een lange zin over wat er in deze fase allemaal gebeurt, met nog wat woorden erbij " * 3
    cells: dict[str, object] = {
        "A1": "Fase",
        "B1": "Een",
        "C1": "Twee",
        "A2": "Wat zij meemaakt",
        "B2": "STANDIN " + long * 5,
        "C2": "y",
        "A3": "Intern proces",
        "B3": long * 5,
        "C3": "b",
    }
    for row, label in enumerate(["Kanalen", "Contactmomenten", "Pijnpunten", "Kansen", "Emoties", "KPI"], start=4):
        cells |= {f"A{row}": label, f"B{row}": long, f"C{row}": long}
    canvas = read_canvas(make_book(tmp_path / "r.xlsx", {"K": cells}))
    assert canvas.journeys[0].lanes[0].kind == "custom"
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    glance = next(s for s in deck.slides if s.kind == "overview")
    text = " ".join(p.text for f in glance.frames for p in f.paras)
    assert "STANDIN" in text and "Wat zij meemaakt" in text


def test_a_handout_question_without_a_lane_points_at_the_lane_that_answers_it(tmp_path: Path) -> None:
    """No learning lane: "Wat willen we leren, en wat verbeteren we?" points at the team's opportunities (which
    answer what we improve), not at the customer's words (a lane of its own, corrected as thoughts), and in
    words for the client's team, never canvasgen's "zonder rol"."""
    cells: dict[str, object] = {"A1": "Fase", "B1": "Oriënteren", "C1": "Aanvragen"}
    rows = {
        "Klantproces": ["Leest de brief", "Vult het formulier in"],
        "Intern proces": ["Stuurt de brief", "Controleert de aanvraag"],
        "Wat zegt de bewoner?": ["“Moet ik nu betalen?”", "“Waarom weer uploaden?”"],
        "Kansen": ["Eén pagina met tarieven", "Kenteken automatisch ophalen"],
    }
    for row, (label, values) in enumerate(rows.items(), start=2):
        cells[f"A{row}"] = label
        cells |= {f"{'BC'[i]}{row}": v for i, v in enumerate(values)}
    book = make_book(tmp_path / "vergunning.xlsx", {"Huidig": cells})
    command = ["kit", str(book), "-o", str(tmp_path / "out"), "--lane", "Wat zegt de bewoner?=thoughts"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    words = KIT_WORDS["nl"]
    for page in _pages(tmp_path / "out" / "vergunning-handouts.pdf")[:2]:
        # under the question of what we improve, the opportunities; the customer's words only under how the
        # customer experiences it (no score or feelings lane here either)
        assert squeeze("wat verbeteren we? " + words["see_near"].format(lanes="'Kansen'")) in page
        assert squeeze(words["see_near"].format(lanes="'Wat zegt de bewoner?'")) in page
        assert squeeze("zonder rol") not in page


def test_a_lane_of_no_role_the_deck_shows_as_pain_points_is_said_so(tmp_path: Path) -> None:
    """New user 22 (finding 6): 'Waar gaat het mis?' had no role (an extra lane on the poster) while the deck's
    pains slide showed its cards as the pain points, unsaid. check says so, with the correction for both."""
    cells: dict[str, object] = {"A1": "Fase", "B1": "Zoeken", "C1": "Kopen", "D1": "Gebruiken"}
    cells |= {"A2": "Wat doet de klant?", "B2": "Zoekt", "C2": "Koopt", "D2": "Gebruikt"}
    cells |= {"A3": "Waar gaat het mis?", "B3": "Te veel keus", "C3": "Wachten"}
    source = make_book(tmp_path / "reis.xlsx", {"Reis": cells})
    code, out, err = run_clean("check", source)
    said = " ".join((out + err).split())
    assert code == 0, err
    assert (
        "lane 'Waar gaat het mis?' has no role: shown under its own label as pain_points, its nearest kind, on poster "
        "and deck alike, as no lane has that role (the poster's bar and colour, the deck's pains and opportunities "
        "slide): --lane 'Waar gaat het mis?=pain_points' gives it the role"
    ) in said
    cells |= {"A4": "Pijnpunten", "B4": "Duur"}  # a pain points lane of its own: the deck takes that one
    source = make_book(tmp_path / "reis2.xlsx", {"Reis": cells})
    code, out, err = run_clean("check", source)
    assert code == 0 and "its nearest kind" not in " ".join((out + err).split())
