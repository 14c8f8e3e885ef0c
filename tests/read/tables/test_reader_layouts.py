"""The tolerant reader on the layouts and habits of real teams, one at a time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from canvasgen.model import Journey
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book, rows_canvas


def texts(journey: Journey, kind: str, phase: int) -> list[str]:
    lane = journey.lane(kind)
    assert lane is not None, f"no {kind} lane"
    return [item.text for item in lane.cells[phase]]


def test_grid_anywhere_with_title_metadata_and_blank_rows(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "shifted.xlsx",
        {
            "Reis": {
                "C2": "Klantreis Bakkerij Jansen",
                "C4": "Klant:",
                "D4": "Bakkerij Jansen",
                "C5": "Versie",
                "D5": 3,
                "C6": "Datum",
                "D6": dt.datetime(2026, 3, 1),
                "C9": "Fase",
                "D9": "Bewustwording",
                "E9": "Overweging",
                "F9": "Aankoop",
                "C10": "Wat doet de\xa0klant?",
                "D10": "• Ziet een flyer\n• Hoort het van de buren",
                "E10": "Leest reviews",
                "F10": "Bestelt online",
                "C11": "\u200bIntern  proces ",
                "D11": "-",
                "E11": "/",
                "F11": "Bevestigt per mail",
                # a blank row inside the canvas, then a known lane label
                "C13": "LEERDOELEN & VERBETERINGEN",
                "D13": "Meer flyers?",
                "C14": "Stemming van het team",  # unknown label: kept as a custom lane
                "E14": "Goed",
            }
        },
    )
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Bewustwording", "Overweging", "Aankoop"]
    assert [lane.kind for lane in journey.lanes] == ["customer", "internal", "learning", "custom"]
    assert journey.lanes[-1].label == "Stemming van het team"
    assert texts(journey, "customer", 0) == ["Ziet een flyer", "Hoort het van de buren"]
    assert texts(journey, "internal", 0) == []  # "-" means empty
    assert texts(journey, "internal", 1) == []  # "/" too
    assert texts(journey, "learning", 0) == ["Meer flyers?"]
    assert journey.meta["client"].text == "Bakkerij Jansen"
    assert journey.meta["version"].value == 3
    assert (journey.meta["date"].text, journey.meta["date"].value) == ("1 maart 2026", "2026-03-01")  # #31
    assert journey.name == "Klantreis Bakkerij Jansen"
    assert str(journey.lanes[0].source) == "Reis!C10"
    assert lost_lines(path, canvas) == []


def test_adjacent_columns_under_one_phase_are_steps(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "steps.xlsx",
        {
            "Canvas": {
                "A1": "Phase",
                "B1": "Awareness",
                "C1": "Awareness",
                "D1": "Purchase",  # merged D1:E1 below
                "F1": "Loyalty",
                "A2": "Customer process",
                "B2": "Sees an ad",
                "C2": "Clicks",
                "D2": "Orders",
                "E2": "Pays",
                "F2": "Returns",
                "A3": "Internal process",
                "F3": "Thank-you mail",
            }
        },
        merges={"Canvas": ["D1:E1"]},
    )
    (journey,) = read_canvas(path).journeys
    assert [(p.name, p.steps) for p in journey.phases] == [("Awareness", 2), ("Purchase", 2), ("Loyalty", 1)]
    assert texts(journey, "customer", 0) == ["Sees an ad", "Clicks"]
    assert texts(journey, "customer", 1) == ["Orders", "Pays"]


def test_merged_content_counts_once(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "merged.xlsx",
        {
            "Canvas": {
                "A1": "Fase",
                "B1": "Aandacht",
                "C1": "Afweging",
                "D1": "Actie",
                "A2": "Klantproces",
                "B2": "Zoekt op Google en vergelijkt",
                "D2": "Koopt",
                "A3": "Intern proces",
            }
        },
        merges={"Canvas": ["B2:C2"]},
    )
    (journey,) = read_canvas(path).journeys
    # round 10: a cell merged over two phases is in both (the same item, its cell the range), one card
    assert texts(journey, "customer", 0) == ["Zoekt op Google en vergelijkt"]
    assert texts(journey, "customer", 1) == ["Zoekt op Google en vergelijkt"]
    lane = journey.lane("customer")
    assert lane is not None and lane.cells[0][0] is lane.cells[1][0]
    assert str(lane.cells[1][0].source) == "Canvas!B2:C2"


def test_label_spelling_does_not_matter(tmp_path: Path) -> None:
    labels = ["  KLANTPROCES ", "Intern\u200bproces", "Hoe ervaart de klant het?", "Pain-points", "Kanalen:"]
    cells: dict[str, object] = {"A1": "Fase", "B1": "Een", "C1": "Twee", "D1": "Drie"}
    for row, label in enumerate(labels, start=2):
        cells[f"A{row}"] = label
        cells[f"B{row}"] = f"item {row}"
    (journey,) = read_canvas(make_book(tmp_path / "labels.xlsx", {"C": cells})).journeys
    # "Intern\u200bproces" reads "Internproces": one edit from "Intern proces", so a typo of it (#27).
    assert [lane.kind for lane in journey.lanes] == ["customer", "internal", "experience", "pain_points", "channels"]
    assert [str(lane.role_by) for lane in journey.lanes] == ["known", "typo", "question", "known", "known"]


def test_scores_on_each_scale(tmp_path: Path) -> None:
    def journey_with(scores: list[object], label: str = "Score") -> Journey:
        cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": label}
        for col, score in zip("BCDE", scores):
            cells[f"{col}1"] = f"Fase {col}"
            cells[f"{col}3"] = score
        (journey,) = read_canvas(make_book(tmp_path / f"s{len(label)}{scores}.xlsx", {"C": cells})).journeys
        return journey

    minus = journey_with([-2, -1, "+1", 2])
    assert str(minus.scores[0][0].scale) == "-2..+2"
    assert [s[0].normalized for s in minus.scores] == [-1.0, -0.5, 0.5, 1.0]
    five = journey_with([1, 3, 5, 4])
    assert str(five.scores[0][0].scale) == "1..5"
    assert five.scores[1][0].normalized == 0.0
    ten = journey_with([2, 7, 10, "5,5"])
    assert str(ten.scores[0][0].scale) == "1..10"
    assert ten.scores[3][0].value == 5.5 and ten.scores[3][0].normalized == 0.0
    stated = journey_with([1, 2, 3, 4], label="Cijfer (1-10)")
    assert str(stated.scores[0][0].scale) == "1..10"


def test_transposed_grid(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "turned.xlsx",
        {
            "Map": {
                "B2": "Stage",
                "C2": "Customer actions",
                "D2": "Internal process",
                "E2": "Emotion score",
                "B3": "Awareness",
                "C3": "Sees a post",
                "D3": "Posts weekly",
                "E3": 1,
                "B4": "Purchase",
                "C4": "Buys",
                "E4": -1,
                "B5": "Loyalty",
                "C5": "Comes back",
                "E5": 2,
            }
        },
    )
    (journey,) = read_canvas(path).journeys
    assert journey.shape == "transposed"
    assert [p.name for p in journey.phases] == ["Awareness", "Purchase", "Loyalty"]
    assert texts(journey, "customer", 1) == ["Buys"]
    assert [s[0].value for s in journey.scores] == [1, -1, 2]


def test_numbered_phase_names_are_phases_not_headers(tmp_path: Path) -> None:
    """ "Fase 1", "Stage 2" name phases; only "Fase" or "Phase of the journey" head a column (found by hypothesis)."""
    cells = {"A1": "Phase", "B1": "Klantproces", "C1": "Intern proces", "A2": "Fase 1", "A3": "Fase 2", "A4": "Fase 3"}
    path = make_book(tmp_path / "numbered.xlsx", {"Reis": cells})
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Fase 1", "Fase 2", "Fase 3"]
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Intern proces"]


def test_long_table_fill_down_and_merged_phase(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "long.xlsx",
        {
            "Steps": {
                "A1": "Fase",
                "B1": "Contactmoment",
                "C1": "Pijnpunt",
                "A2": "Oriëntatie",
                "B2": "Website",
                "B3": "Nieuwsbrief",  # A3 left blank: same phase as above
                "A4": "Aankoop",  # merged A4:A5
                "B4": "Winkelmand",
                "B5": "Betaling",
                "C5": "iDEAL faalt soms",
                "A7": "Service",  # after a blank row, a phase goes on the table
                "B7": "Chat",
            }
        },
        merges={"Steps": ["A4:A5"]},
    )
    (journey,) = read_canvas(path).journeys
    assert journey.shape == "long"
    assert [p.name for p in journey.phases] == ["Oriëntatie", "Aankoop", "Service"]
    assert texts(journey, "touchpoints", 0) == ["Website", "Nieuwsbrief"]
    assert texts(journey, "touchpoints", 1) == ["Winkelmand", "Betaling"]
    assert texts(journey, "pain_points", 1) == ["iDEAL faalt soms"]


def test_one_journey_per_sheet(tmp_path: Path) -> None:
    def sheet(word: str) -> dict[str, object]:
        return {"A1": "Fase", "B1": "A", "C1": "B", "D1": "C", "A2": "Klantproces", "B2": word}

    canvas = read_canvas(make_book(tmp_path / "two.xlsx", {"Ideaal": sheet("snel"), "Huidig": sheet("traag")}))
    assert [j.sheet for j in canvas.journeys] == ["Ideaal", "Huidig"]
    assert [texts(j, "customer", 0) for j in canvas.journeys] == [["snel"], ["traag"]]


def test_numbers_and_dates_are_values(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "values.xlsx",
        {
            "C": {
                "A1": "Fase",
                "B1": "Een",
                "C1": "Twee",
                "D1": "Drie",
                "A2": "KPI",
                "B2": 0.25,
                "C2": dt.datetime(2026, 5, 4),
                "D2": 1200,
            }
        },
    )
    (journey,) = read_canvas(path).journeys
    lane = journey.lane("kpis")
    assert lane is not None
    assert [(i.text, i.value) for cell in lane.cells for i in cell] == [
        ("0.25", 0.25),
        ("4 mei 2026", "2026-05-04"),  # a date cell in the canvas's language (#31), its value ISO
        ("1200", 1200),
    ]


def test_uncalculated_formula_is_a_warning_naming_the_cell(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Canvas"
    for ref, value in {"A1": "Fase", "B1": "Een", "C1": "Twee", "D1": "Drie", "A2": "Klantproces"}.items():
        ws[ref] = value
    ws["B2"] = '=CONCAT("a","b")'  # openpyxl stores the formula without a cached value
    path = tmp_path / "formula.xlsx"
    wb.save(path)
    canvas = read_canvas(path)
    assert any("Canvas!B2" in str(w) and "formula" in str(w) for w in canvas.warnings)


def test_persona_column_splits_journeys_only_when_each_block_is_a_journey(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Persona", "B1": "Fase", "C1": "Klantproces"}
    rows = [
        ("Anna", "Zoeken", "googlet"),
        (None, "Kopen", "bestelt"),
        ("Ben", "Zoeken", "vraagt"),
        (None, "Kopen", "belt"),
    ]
    for r, (who, phase, what) in enumerate(rows, start=2):
        if who:
            cells[f"A{r}"] = who
        cells[f"B{r}"] = phase
        cells[f"C{r}"] = what
    canvas = read_canvas(make_book(tmp_path / "personas.xlsx", {"S": cells}))
    assert [j.meta["persona"].text for j in canvas.journeys] == ["Anna", "Ben"]
    assert [texts(j, "customer", 1) for j in canvas.journeys] == [["bestelt"], ["belt"]]


def test_touchpoints_and_personas_sheets(tmp_path: Path) -> None:
    canvas_sheet = {"A1": "Fase", "B1": "Een", "C1": "Twee", "D1": "Drie", "A2": "Klantproces", "B2": "x"}
    path = make_book(
        tmp_path / "records.xlsx",
        {
            "Klantreis": canvas_sheet,
            "Contactmomenten": {
                "A1": "Fase",
                "B1": "Contactmoment",
                "C1": "Kanaal",
                "D1": "Huidig (ja/nee/deels)",
                "E1": "Opmerking",
                "A2": "Een",
                "B2": "Nieuwsbrief",
                "C2": "E-mail",
                "D2": "Deels",
                "E2": "Maandelijks",
            },
            "Personas": {"A1": "Naam", "B1": "Rol in de inkoopgroep", "A2": "Sanne", "B2": "Beslisser"},
        },
    )
    canvas = read_canvas(path)
    (tp,) = canvas.touchpoints
    assert tp.phase is not None and tp.phase.text == "Een"
    assert tp.name is not None and tp.name.text == "Nieuwsbrief"
    assert tp.get("channel") == "E-mail" and tp.get("current") == "Deels"
    assert tp.get("opmerking") == "Maandelijks"  # unknown columns are kept
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Sanne"
    assert persona.get("role") == "Beslisser"
    assert lost_lines(path, canvas) == []


def test_a_lane_without_a_header_is_named_by_its_place_in_the_canvas_language(tmp_path: Path) -> None:
    for dutch in (True, False):
        heads = ("Fase", "Klantproces", "Pijnpunten") if dutch else ("Phase", "Customer process", "Pain points")
        cells: dict[str, object] = dict(zip(("A1", "B1", "D1"), heads, strict=True))
        for row, phase in enumerate(["Oriëntatie", "Kiezen", "Kopen"], start=2):
            cells[f"A{row}"], cells[f"B{row}"] = phase, f"{'De klant' if dutch else 'The customer'} {row}"
            cells[f"C{row}"], cells[f"D{row}"] = f"{'Notitie' if dutch else 'Note'} {row}", "!"
        canvas = read_canvas(make_book(tmp_path / f"reis-{dutch}.xlsx", {"Reis": cells}))
        labels = [lane.label for lane in canvas.journeys[0].lanes]
        assert labels[:2] == (["Klantproces", "Baan 2"] if dutch else ["Customer process", "Lane 2"])
        assert [i.text for i in canvas.journeys[0].lanes[1].cells[0]] == ["Notitie 2" if dutch else "Note 2"]


def test_a_remark_one_blank_row_under_the_last_lane_is_a_note_not_a_lane(tmp_path: Path) -> None:
    remark = "Opmerking: levering en aanvragen lopen in de praktijk door elkaar."
    path = make_book(
        tmp_path / "remark.xlsx",
        {
            "Reis": {
                "A1": "Fase",
                "B1": "Ontdekken",
                "C1": "Aanvragen",
                "D1": "Levering",
                "A2": "Klantproces",
                "B2": "Leest op intranet",
                "C2": "Vult formulier in",
                "D2": "Haalt fiets op",
                "A3": "Pijnpunten",
                "C3": "Formulier van 4 pagina's",
                "D3": "Levertijd onduidelijk",
                "A4": "Kansen",
                "B4": "Ambassadeurs",
                "A6": remark,
            }
        },
    )
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten", "Kansen"]
    assert [n.text for n in journey.notes] == [remark]
    assert any("kept as notes: A6" in w.message for w in canvas.warnings)


def test_a_known_lane_under_a_blank_row_is_still_a_lane(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "gap.xlsx",
        {
            "Reis": {
                "A1": "Fase",
                "B1": "Ontdekken",
                "C1": "Aanvragen",
                "D1": "Levering",
                "A2": "Klantproces",
                "B2": "Leest op intranet",
                "C2": "Vult formulier in",
                "A4": "Kansen",
            }
        },
    )
    (journey,) = read_canvas(path).journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Kansen"]


def test_a_lane_label_that_only_fills_its_cell_is_said(tmp_path: Path) -> None:
    """A lane labelled 'TBD' or 'n.v.t.' (a placeholder: it names nothing) is named by its place ('Baan 2'),
    as before, and --explain now says so with the cell to write its name in (it was named without a word).
    A '?' is no placeholder but a team's open question (kept as written, also as a label)."""
    for label in ("TBD", "n.v.t."):
        path = make_book(
            tmp_path / "unnamed.xlsx",
            {
                "Reis": {
                    **{
                        f"{c}1": v
                        for c, v in zip("ABCD", ["Fase", "Oriëntatie", "Vergelijken", "Aankoop"], strict=True)
                    },
                    **{
                        f"{c}2": v for c, v in zip("ABCD", ["Klantproces", "zoekt", "vergelijkt", "koopt"], strict=True)
                    },
                    **{f"{c}3": v for c, v in zip("ABD", [label, "Welke maat?", "Hoe lang garantie?"], strict=True)},
                }
            },
        )
        (journey,) = read_canvas(path).journeys
        assert [lane.label for lane in journey.lanes] == ["Klantproces", "Baan 2"]
        assert [i.text for cell in journey.lanes[1].cells for i in cell] == ["Welke maat?", "Hoe lang garantie?"]
        assert (
            f"A3 holds only {label!r}, which names no lane: the lane is named by its place; write its name in A3 to "
            "change that"
        ) in journey.reading
    rows = [("Fase", "Oriëntatie", "Vergelijken"), ("Klantproces", "zoekt", "vergelijkt"), ("?", "Welke maat?", "")]
    (journey,) = read_canvas(rows_canvas(tmp_path / "vraag.xlsx", rows)).journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "?"]  # the team's open question, as written
