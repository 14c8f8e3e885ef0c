"""Empathy maps (#30 item 9): quadrant headings laid out as a picture, EN and NL, in cells or text boxes,
read as an empathy map of the persona named in its title, else the only persona, else its own; every
word on the poster and in the deck."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.cli import main
from canvasgen.layout.empathy import quadrants
from canvasgen.model import EmpathyQuadrant
from canvasgen.vocabulary.empathy import empathy_quadrant
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import EMPATHY_HEADINGS, MapStyle, empathy_map, make_book

_KEYS = {
    "think_feel": EmpathyQuadrant.THINK_FEEL,
    "hear": EmpathyQuadrant.HEAR,
    "see": EmpathyQuadrant.SEE,
    "say_do": EmpathyQuadrant.SAY_DO,
    "pains": EmpathyQuadrant.PAINS,
    "gains": EmpathyQuadrant.GAINS,
}
_ENTRIES = {
    "think_feel": ["Is het wel veilig om over te stappen?", "Trots op een groen dak"],
    "hear": ["Buurman raadt installateur aan", "Radio: subsidie stopt in 2027"],
    "see": ["Panelen bij de buren", "Advertenties met lage prijzen"],
    "say_do": ["Vraagt drie offertes aan", "Zegt: eerst de rekensom zien"],
    "pains": ["Onduidelijke terugverdientijd", "Bang voor lekkage"],
    "gains": ["Lagere energierekening", "Minder afhankelijk van het net"],
}
_ONE = {"A1": "Naam", "B1": "Rol", "A2": "Sanne de Wit", "B2": "Huurder"}
_TWO_FIELDS = {"A1": "Naam", "B1": "Sanne", "A2": "Beroep", "B2": "Verpleegkundige"}
_PERSONAS = {"A1": "Naam", "B1": "Rol", "A2": "Priya Nair", "B2": "Huiseigenaar", "A3": "Tom Bakker", "B3": "Huurder"}


def _fields(path: Path) -> dict[str, dict[EmpathyQuadrant, list[str]]]:
    canvas = read_canvas(path)
    return {
        p.name.text if p.name else "": {
            q: p.fields[q.value].text.split("\n") for q in EmpathyQuadrant if q.value in p.fields
        }
        for p in canvas.personas
    }


def test_an_english_map_is_the_persona_named_in_its_title(tmp_path: Path) -> None:
    path = empathy_map(
        tmp_path / "map.xlsx",
        "Empathy map – Tom Bakker",
        EMPATHY_HEADINGS["en"],
        _ENTRIES,
        other_sheets={"Personas": _PERSONAS},
    )
    canvas = read_canvas(path)
    assert [m.persona for m in canvas.empathy_maps] == ["Tom Bakker"]
    found = _fields(path)
    assert found["Priya Nair"] == {}
    assert found["Tom Bakker"] == {_KEYS[q]: entries for q, entries in _ENTRIES.items()}
    assert {k: h.text for k, h in canvas.persona_columns.items() if k.startswith("empathy")} == {
        _KEYS[q].value: h for q, h in EMPATHY_HEADINGS["en"].items()
    }
    explained = CliRunner().invoke(main, ["check", str(path), "--explain"])
    assert explained.exit_code == 0, explained.output
    assert "Map: an empathy map" in explained.output
    said = "Map: the empathy map is of persona 'Tom Bakker' (named in its title) — to give it to another persona"
    assert said in explained.output


@pytest.mark.parametrize(
    ("title", "sheets", "owner", "why"),
    [
        ("Empathy map", {"Personas": _ONE}, "Sanne de Wit", "the workbook's only persona"),
        ("Kaart", {"Personas": _PERSONAS}, "Kaart", "no persona of the workbook is named in its title or sheet's name"),
        ("Empathy map – Priya Nair", {"Personas": _PERSONAS}, "Priya Nair", "named in its title"),
        # round 10 (M7b): a Persona sheet of two fields was no persona: the map became 'Empathiekaart'
        ("Empathiekaart", {"Persona": _TWO_FIELDS}, "Sanne", "the workbook's only persona"),
    ],
)
def test_whose_map_it_is_is_said_with_why(
    tmp_path: Path, title: str, sheets: dict[str, dict[str, str]], owner: str, why: str
) -> None:
    """Round 9: which persona a map was given to (and why) was not said; a questioned heading ('What does
    she THINK and FEEL?') was no heading: the map was read as a journey of phases named by its entries."""
    path = empathy_map(tmp_path / "map.xlsx", title, EMPATHY_HEADINGS["en asked"], _ENTRIES, other_sheets=sheets)
    canvas = read_canvas(path)
    assert canvas.journeys == [] and [m.persona for m in canvas.empathy_maps] == [owner]
    assert _fields(path)[owner] == {_KEYS[q]: entries for q, entries in _ENTRIES.items()}
    said = [line for line in canvas.reading if line.startswith("Map: the empathy map is of persona")]
    assert said == [
        f"Map: the empathy map is of persona '{owner}' ({why}"
        + (" (of 2): a persona of its own" if owner == "Kaart" else "")
        + ") — to give it to another persona, name that persona in the map's title"
    ]


@pytest.mark.parametrize(
    ("title", "sheet", "owner"),
    [
        ("Empathy map – Sophie (first-time buyer)", "Map", "Sophie"),
        ("Empathiekaart", "Empathiekaart Henk", "Henk"),
        ("Empathy map", "Persona Ayşe Demir", "Ayşe Demir"),
        ("Mapa de empatía: Lucía (estudiante)", "Hoja1", "Lucía"),
        ("Empathy map: Tom, first-time home buyer", "Map", "Tom"),  # round 10: named after the whole title
    ],
)
def test_a_map_of_no_known_persona_is_named_after_the_name_in_its_title_or_sheet(
    tmp_path: Path, title: str, sheet: str, owner: str
) -> None:
    """Round 9, third look: a title with a remark in brackets ('Sophie (first-time buyer)') named the persona
    after the whole title; a title of the map's words alone ('Empathiekaart') named it 'Empathiekaart', the
    name in the sheet's name ('Empathiekaart Henk') on the poster nowhere."""
    path = empathy_map(tmp_path / "map.xlsx", title, EMPATHY_HEADINGS["en"], _ENTRIES, sheet_name=sheet)
    canvas = read_canvas(path)
    assert [m.persona for m in canvas.empathy_maps] == [owner]
    assert [n.text for n in canvas.notes] == [title]  # the title as written is kept beside its persona
    said = [line for line in canvas.reading if "the empathy map is of persona" in line]
    assert said and f"persona '{owner}' (no persona of the workbook" in said[0]


@pytest.mark.parametrize("sheet", ["Mapa de empatía", "Empathy map", "Empathiekaart"])
@pytest.mark.parametrize("title", ["", "Empathy map"])
def test_a_map_named_only_by_generic_words_is_of_a_persona_of_no_name(tmp_path: Path, sheet: str, title: str) -> None:
    """Round 10 (M9b): a map with no title (or only "Empathy map") on a sheet named only "Mapa de empatía"
    became a persona called "Mapa de empatía": what the map is names no one. Its persona is left unnamed,
    and said; with one persona in the workbook, it is that persona's."""
    path = empathy_map(tmp_path / "map.xlsx", title, EMPATHY_HEADINGS["es"], _ENTRIES, sheet_name=sheet)
    canvas = read_canvas(path)
    assert [m.persona for m in canvas.empathy_maps] == [None]
    assert [p.name for p in canvas.personas] == [None]
    assert [n.text for n in canvas.notes] == ([title] if title else [])  # the title as written, kept
    said = [line for line in canvas.reading if "the empathy map is of" in line]
    assert said and said[0].startswith(f"{sheet}: the empathy map is of a persona of no name (")
    only = empathy_map(
        tmp_path / "one.xlsx",
        title,
        EMPATHY_HEADINGS["es"],
        _ENTRIES,
        sheet_name=sheet,
        other_sheets={"Personas": _ONE},
    )
    assert [m.persona for m in read_canvas(only).empathy_maps] == ["Sanne de Wit"]


def test_a_dutch_map_in_text_boxes_is_the_only_personas(tmp_path: Path) -> None:
    path = empathy_map(
        tmp_path / "kaart.xlsx",
        "Empathiekaart klantonderzoek",
        EMPATHY_HEADINGS["nl"],
        _ENTRIES,
        style=MapStyle(boxes=True),
        other_sheets={"Personas": _ONE},
    )
    assert _fields(path)["Sanne de Wit"] == {_KEYS[q]: entries for q, entries in _ENTRIES.items()}


def test_a_map_on_its_own_has_every_word_on_the_poster_and_in_the_deck(tmp_path: Path) -> None:
    path = empathy_map(
        tmp_path / "kaart.xlsx", "Empathiekaart – zonnepanelen", EMPATHY_HEADINGS["nl"], _ENTRIES, origin=(4, 3)
    )
    assert list(_fields(path)) == ["Empathiekaart – zonnepanelen"]
    done = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert done.exit_code == 0, done.output
    poster = squeeze(pdf_text(tmp_path / "out" / "kaart.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "kaart.pptx"))
    entries = [e for es in _ENTRIES.values() for e in es]
    words = ["Empathiekaart – zonnepanelen", *EMPATHY_HEADINGS["nl"].values(), *entries]
    assert [w for w in words if squeeze(w) not in poster] == []
    assert [w for w in words if squeeze(w) not in deck] == []


_WORDS = ["koffie", "Überweisung", "налоги", "预算", "délai", "خدمة", "αίτηση", "wachttijd", "app", "42 dagen"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    language=st.sampled_from(["en", "nl", "en asked", "nl asked", "nl named", "es"]),
    row=st.integers(1, 12),
    col=st.integers(1, 6),
    boxes=st.booleans(),
    together=st.booleans(),
    entries=st.fixed_dictionaries(
        {
            q: st.lists(
                st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join),
                min_size=1,
                max_size=3,
                unique=True,
            )
            for q in _ENTRIES
        }
    ),
)
def test_any_map_reads_each_entry_under_its_heading(
    tmp_path: Path, language: str, row: int, col: int, boxes: bool, together: bool, entries: dict[str, list[str]]
) -> None:
    """Round 10 added headings asked of a name, the Spanish pains and gains, and a heading with its entries
    in one cell or text box ('THINK & FEEL' over its lines): each was no heading, its entries filed elsewhere."""
    path = empathy_map(
        tmp_path / f"p-{language}-{row}-{col}-{boxes}-{together}.xlsx",
        "Map of a customer",
        EMPATHY_HEADINGS[language],
        entries,
        origin=(row, col),
        style=MapStyle(boxes, together),
    )
    assert _fields(path) == {"Map of a customer": {_KEYS[q]: e for q, e in entries.items()}}


_TWO_MAPS = {
    "A1": "Empathy map – Sara (34)",
    "A3": "Think & Feel",
    "E3": "Hear",
    "A4": "Worries about costs",
    "E4": "Neighbours talk about solar",
    "A8": "See",
    "E8": "Say & Do",
    "A9": "Panels on every roof",
    "E9": "Asks three installers for a quote",
    "A12": "Pains",
    "E12": "Gains",
    "A13": "Jargon",
    "E13": "Lower bill",
    "A20": "Denken & voelen",
    "E20": "Horen",
    "A21": "Twijfelt",
    "E21": "Hoort verhalen",
    "A24": "Zien",
    "E24": "Zeggen & doen",
    "A25": "Ziet reclame",
    "E25": "Belt de gemeente",
}


def test_two_maps_on_one_sheet_are_two_maps_each_with_its_headings_and_entries(tmp_path: Path) -> None:
    path = make_book(tmp_path / "empathy.xlsx", {"Empathy map Sara": _TWO_MAPS})
    canvas = read_canvas(path)
    first, second = canvas.empathy_maps
    assert [h.text for h in first.headings.values()] == ["Think & Feel", "Hear", "See", "Say & Do", "Pains", "Gains"]
    assert [h.text for h in second.headings.values()] == ["Denken & voelen", "Horen", "Zien", "Zeggen & doen"]
    assert [i.text for i in first.entries[EmpathyQuadrant.THINK_FEEL]] == ["Worries about costs"]
    assert [i.text for i in second.entries[EmpathyQuadrant.THINK_FEEL]] == ["Twijfelt"]
    assert [i.text for i in second.entries[EmpathyQuadrant.SAY_DO]] == ["Belt de gemeente"]
    (sara,) = canvas.personas
    assert sara.name is not None and sara.name.text == "Sara"
    assert sara.fields["age"].text == "34"
    assert sara.fields[EmpathyQuadrant.THINK_FEEL.value].text == "Worries about costs"
    assert sara.fields[f"{EmpathyQuadrant.THINK_FEEL.value}_2"].text == "Twijfelt"
    assert canvas.persona_columns[f"{EmpathyQuadrant.THINK_FEEL.value}_2"].text == "Denken & voelen"
    assert "Empathy map – Sara (34)" in [n.text for n in canvas.notes]  # the title as written, kept
    kept = {sara.name.text, *(f.text for f in sara.fields.values()), *(n.text for n in canvas.notes)}
    kept |= {h.text for h in canvas.persona_columns.values()}
    for text in _TWO_MAPS.values():
        assert any(text in k for k in kept), text
    assert sum("one of 2 on the sheet" in line for line in canvas.reading) == 2


def test_two_maps_on_one_sheet_have_every_word_on_the_poster_and_in_the_deck(tmp_path: Path) -> None:
    path = make_book(tmp_path / "twee.xlsx", {"Empathy map Sara": _TWO_MAPS})
    code, _, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, err
    poster = squeeze(pdf_text(tmp_path / "out" / "twee.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "twee.pptx"))
    words = list(_TWO_MAPS.values())  # the title too, as written
    assert [w for w in words if squeeze(w) not in poster] == []
    assert [w for w in words if squeeze(w) not in deck] == []


def test_a_map_of_a_persona_of_no_name_is_drawn_without_a_borrowed_name(tmp_path: Path) -> None:
    """Its page is headed "Empathy map" alone (not "Empathy map: Empathy map"), and no card of an empty
    persona ("—", "Personas") is added to the reference page: every entry is on the map."""
    path = empathy_map(tmp_path / "kaart.xlsx", "", EMPATHY_HEADINGS["en"], _ENTRIES, sheet_name="Empathy map")
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--lang", "en", "--no-pptx"])
    assert result.exit_code == 0, result.output
    poster = pdf_text(tmp_path / "out" / "kaart.pdf")
    assert poster.count("Empathy map") == 1 and "Personas" not in poster
    assert all(squeeze(entry) in squeeze(poster) for entries in _ENTRIES.values() for entry in entries)


#: Four-quadrant maps (Says | Thinks over Does | Feels) and six-quadrant ones whose halves stand apart.
_HALVES = {
    "en four": (("Says", "Thinks"), ("Does", "Feels"), None),
    "nl four": (("Zegt", "Denkt"), ("Doet", "Voelt"), None),
    "de four": (("Sagt", "Denkt"), ("Tut", "Fühlt"), None),
    "en six": (("THINKS", "FEELS"), ("SAYS", "DOES"), ("PAINS", "GAINS")),
    "nl questions": (("Wat denkt hij?", "Wat voelt hij?"), ("Wat zegt hij?", "Wat doet hij?"), ("Pijn", "Winst")),
}


@pytest.mark.parametrize("shape", sorted(_HALVES))
def test_halves_of_a_quadrant_headed_apart_are_quadrants_of_their_own(tmp_path: Path, shape: str) -> None:
    """Round 12: a map whose 'Think & Feel' and 'Say & Do' stand as four headings of their own (the common
    four-quadrant map: Says, Thinks, Does, Feels) was read as a journey named by its title, entries as lanes.
    Round 13 (hostile F9): each half is a quadrant of its own, never joined to the other (a thought is no
    feeling), laid out as the sheet has it."""
    rows = [row for row in _HALVES[shape] if row is not None]
    cells: dict[str, object] = {"A1": "Empathy map – Priya"}
    expected: dict[EmpathyQuadrant, list[str]] = {}
    for r, headings in enumerate(rows):
        top = 3 + 4 * r
        for c, heading in enumerate(headings):
            column = "BD"[c]
            entries = [f"{heading} one", f"{heading} two"]
            cells[f"{column}{top}"] = heading
            cells[f"{column}{top + 1}"], cells[f"{column}{top + 2}"] = entries
            quadrant = next(q for q in EmpathyQuadrant if heading in _quadrant_headings(q, rows))
            expected.setdefault(quadrant, []).extend(entries)
    path = make_book(tmp_path / "map.xlsx", {"Empathy": cells})
    canvas = read_canvas(path)
    assert canvas.journeys == []
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Priya"
    for quadrant, entries in expected.items():
        assert sorted(persona.fields[quadrant.value].text.split("\n")) == sorted(entries)
    (found,) = canvas.empathy_maps
    think = next(h for row in rows for h in row if _is(h, EmpathyQuadrant.THINK))
    feel = next(h for row in rows for h in row if _is(h, EmpathyQuadrant.FEEL))
    assert EmpathyQuadrant.THINK_FEEL not in found.headings
    assert (found.headings[EmpathyQuadrant.THINK].text, found.headings[EmpathyQuadrant.FEEL].text) == (think, feel)
    assert [i.text for i in found.entries[EmpathyQuadrant.THINK]] == [f"{think} one", f"{think} two"]
    assert [i.text for i in found.entries[EmpathyQuadrant.FEEL]] == [f"{feel} one", f"{feel} two"]
    grid, _ = quadrants(found)  # drawn as the sheet lays them out: its rows, its order
    assert [[q.heading.text for q in row if q.heading] for row in grid] == [list(r) for r in rows[:2]]
    assert lost_lines(path, canvas) == []
    explained = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert f"'{think}'" in explained and "head halves of a quadrant apart: each a box of its own" in explained


def _is(heading: str, quadrant: EmpathyQuadrant) -> bool:
    return empathy_quadrant(heading) is quadrant


def _quadrant_headings(quadrant: EmpathyQuadrant, rows: list[tuple[str, str]]) -> list[str]:
    return [h for row in rows for h in row if _is(h, quadrant)]


def test_lanes_named_doen_denken_voelen_down_a_canvas_stay_lanes(tmp_path: Path) -> None:
    """Half headings down one column are a canvas's lane labels ('Doen', 'Denken', 'Voelen'), no map."""
    cells = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aanvraag", "D1": "Gebruik"}
    for r, label in enumerate(["Doen", "Denken", "Voelen", "Zeggen"], start=2):
        cells[f"A{r}"] = label
        for c in "BCD":
            cells[f"{c}{r}"] = f"{label} {c}"
    canvas = read_canvas(make_book(tmp_path / "canvas.xlsx", {"Reis": cells}))
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Doen", "Denken", "Voelen", "Zeggen"]
    assert canvas.empathy_maps == []
