"""Long tables keyed by two columns (#30 item 7): one row per persona × stage, a journey per persona."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from openpyxl.utils import get_column_letter

from canvasgen.cli import main
from tests.support.read_back import lost_lines, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.shapes import KeyedTable, keyed_tables, keyed_tables_round_nine
from tests.support.workbooks import make_book

GOALS = {
    ("P1", 1): ("find a plumber today", "searches on the phone", "web; phone", "no prices shown", 2),
    ("P1", 2): ("book a slot", "calls the office", "phone", "waits on hold", 1),
    ("P1", 3): ("pay without fuss", "pays by card at the door", "card reader", "no receipt by mail", 4),
    ("P2", 1): ("plan a kitchen", "reads a magazine", "print", "too many choices", 3),
    ("P2", 2): ("get a quote", "fills in a form", "web", "the form loses her input", 2),
    ("P2", 3): ("see the work done", "checks the photos", "app", "photos arrive late", 5),
}


def lookalike(tmp_path: Path) -> Path:
    header = "persona_id,stage_id,goal,action,channels,pains,emotion_value\n"
    # rows by stage, as the published ones are; stage ids only, no stage names
    rows = [
        f'{p},{s},{g},{a},"{c}",{pain},{e}'
        for (s, p) in sorted((s, p) for p, s in GOALS)
        for g, a, c, pain, e in [GOALS[(p, s)]]
    ]
    path = tmp_path / "matrix.csv"
    path.write_text(header + "\n".join(rows) + "\nEXPL,1,,a note on how to read the matrix,,,\n", encoding="utf-8")
    return path


def test_a_persona_by_stage_table_is_a_journey_per_persona(tmp_path: Path) -> None:
    path = lookalike(tmp_path)
    canvas = read_canvas(path)
    first, second = canvas.journeys  # was one journey of 7 phases 'P1, P2, P1, ...'
    assert [first.meta["persona"].text, second.meta["persona"].text] == ["P1", "P2"]
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == ["1", "2", "3"]
        assert [(lane.label, lane.kind) for lane in journey.lanes][-1] == ("emotion_value", "score")
        assert [lane.label for lane in journey.lanes][:-1] == ["goal", "action", "channels", "pains"]
    assert [i.text for i in first.lanes[0].cells[1]] == ["book a slot"]
    assert [[s.value for s in phase] for phase in second.scores] == [[3], [2], [5]]
    assert any(n.text == "a note on how to read the matrix" for n in first.notes)
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "a long table keyed by two columns: persona in column A, stage in column B" in explained
    assert "'EXPL' with a row for one stage only: notes" in explained
    assert "to name the stages, write their names in column B instead of their ids" in explained


@pytest.mark.parametrize("minus", ["-", "\u2212"])
def test_stage_ids_that_look_like_scores_are_stages(tmp_path: Path, minus: str) -> None:
    """Stage ids -2..+2 beside a -2..+2 score: '-2' and '2' had one key, every persona's pairs repeated, and
    the table was read as phases named after the persona column ('P1, P1, P1, ...') with its words as notes."""
    rows = ["persona_id,stage_id,goal,emotion_value"]
    rows += [
        f"{p},{str(s).replace('-', minus)},goal {p} {s},{(s + 1) % 3 - 1}" for p in ("P1", "P2") for s in range(-2, 3)
    ]
    path = tmp_path / "signed.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    assert [j.meta["persona"].text for j in canvas.journeys] == ["P1", "P2"]
    for journey in canvas.journeys:
        persona = journey.meta["persona"].text
        assert [p.name.replace(minus, "-") for p in journey.phases] == ["-2", "-1", "0", "1", "2"]
        assert [[i.text for i in cell] for cell in journey.lanes[0].cells] == [
            [f"goal {persona} {s}"] for s in range(-2, 3)
        ]
        assert [[sc.value for sc in phase] for phase in journey.scores] == [[(s + 1) % 3 - 1] for s in range(-2, 3)]


def test_the_journeys_per_persona_come_out_of_the_poster_and_the_deck(tmp_path: Path) -> None:
    path = lookalike(tmp_path)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (pdf,), (pptx,) = sorted((tmp_path / "out").rglob("*.pdf")), sorted((tmp_path / "out").rglob("*.pptx"))
    for text in (squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))):
        for goal, action, _, pain, _ in GOALS.values():
            assert all(squeeze(words) in text for words in (goal, action, pain))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(keyed_tables())
def test_keyed_tables_in_any_order_and_script(spec: KeyedTable) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = spec.write(Path(folder) / "matrix.csv")
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    # the personas in the order they first come down the table
    firsts = list(dict.fromkeys(p for p, _ in spec.order))
    assert [j.meta["persona"].text for j in canvas.journeys] == [spec.personas[p] for p in firsts]
    for p, journey in zip(firsts, canvas.journeys, strict=True):
        assert [ph.name for ph in journey.phases] == [str(s) for s in spec.stages]
        assert [lane.label for lane in journey.lanes] == [*spec.columns, "emotion_value"]
        for c, lane in enumerate(journey.lanes[:-1]):
            assert [[i.text for i in cell] for cell in lane.cells] == [
                [spec.texts[(p, s, c)]] for s in range(len(spec.stages))
            ]
        assert [[sc.value for sc in phase] for phase in journey.scores] == [
            [spec.scores[(p, s)]] for s in range(len(spec.stages))
        ]


def test_companions_name_the_stages_and_personas_by_id(tmp_path: Path) -> None:
    """--with stages.csv --with personas.csv: the stage ids become the stage list's titles (in id order, its
    other columns lanes of every persona's journey), the persona ids the persona list's names."""
    from canvasgen.pipeline.read import read

    path = lookalike(tmp_path)
    stages = tmp_path / "stages.csv"
    stages.write_text(
        "id,title,zone,business_goal\n3,Payment,Door,Paid on the day\n1,Search,Online,Found first\n"
        "2,Booking,Phone,Booked within a day\n",
        encoding="utf-8",
    )
    personas = tmp_path / "personas.csv"
    personas.write_text(
        'id,name,persona\nP1,Ruud Kok,"A landlord with a leak who wants it fixed today, whatever '
        'it costs."\nP2,Eva Lind,"Plans a new kitchen over months and compares every quote."\n',
        encoding="utf-8",
    )
    canvas = read(path, None, None, (stages, personas))
    first, second = canvas.journeys
    assert [p.name for p in first.phases] == ["Search", "Booking", "Payment"]
    assert [p.written for p in first.phases] == ["1", "2", "3"]
    assert [first.meta["persona"].text, second.meta["persona"].text] == ["Ruud Kok", "Eva Lind"]
    assert first.name.endswith("Ruud Kok") and second.name.endswith("Eva Lind")
    for journey in (first, second):
        zone = next(lane for lane in journey.lanes if lane.label == "zone")
        assert [[i.text for i in cell] for cell in zone.cells] == [["Online"], ["Phone"], ["Door"]]
    assert {p.name.text for p in canvas.personas if p.name} == {"Ruud Kok", "Eva Lind"}
    explained = CliRunner().invoke(
        main, ["check", str(path), "--with", str(stages), "--with", str(personas), "--explain"]
    )
    assert explained.exit_code == 0, explained.output
    assert "its stages named by id from stages.csv: 1 = 'Search', 2 = 'Booking', 3 = 'Payment'" in explained.output
    assert "persona id 'P1' named by personas.csv: 'Ruud Kok'" in explained.output
    built = CliRunner().invoke(
        main, ["build", str(path), "--with", str(stages), "--with", str(personas), "-o", str(tmp_path / "out")]
    )
    assert built.exit_code == 0, built.output
    poster = squeeze(pdf_text(tmp_path / "out" / "matrix.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "matrix.pptx"))
    for words in [
        "Search",
        "Booking",
        "Payment",
        "Ruud Kok",
        "Eva Lind",
        "Booked within a day",
        "whatever it costs",
        "the form loses her input",
    ]:
        assert squeeze(words) in poster and squeeze(words) in deck, words


@pytest.mark.parametrize(("file", "ids"), [("journeys 2021.csv", ["1", "2"]), ("Annual review.csv", ["Ann", "Bo"])])
def test_each_journey_is_named_after_its_persona_even_when_the_file_name_holds_it(
    tmp_path: Path, file: str, ids: list[str]
) -> None:
    """Round 9, third look: persona '1' of 'f11_matrix.csv' was named 'f11_matrix' (the '1' found inside
    the file's name), the other journeys 'f11_matrix – 2': the persona is a word of the name, never a part."""
    rows = [f"{p},{s},goal {p} {s},{(s % 3) + 1}" for p in ids for s in (1, 2, 3)]
    path = tmp_path / file
    path.write_text("persona_id,stage_id,goal,emotion_value\n" + "\n".join(rows) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    assert [j.name for j in canvas.journeys] == [f"{path.stem} – {p}" for p in ids]


#: Round 24, found by a random seed: a stage group of long CJK words and a remark row. The stage column over the
#: lanes looked like a canvas down to the remark, and the persona and group columns left of it, read on their own,
#: a persona list (the group names its free text): no journey. Armenian lanes, CJK groups, as the seed drew them.
_ARMENIAN = ["մեղու", "ծաղիկ", "արև", "քամի", "ջուր", "հաց", "գետ", "լեռ", "ամպ", "ձյուն", "ծով", "քար"]
_CJK_GROUPS = ["春天来了我们一起去 山上看花和小鸟", "夏日长"]
_LONG_GROUPS = KeyedTable(
    personas=["P1", "P2"],
    stages=[1, 2, 3, 4, 5, 6],
    columns=["տուն", "ճամփա"],
    texts={
        (p, s, c): f"{_ARMENIAN[s * 2 + c]} {_ARMENIAN[(s + p + c) % 12]}"
        for p in (0, 1)
        for s in range(6)
        for c in (0, 1)
    },
    scores={(p, s): 1 + (p + s) % 5 for p in (0, 1) for s in range(6)},
    order=[(p, s) for s in range(6) for p in (0, 1)],
    groups=[_CJK_GROUPS[0]] * 3 + [_CJK_GROUPS[1]] * 3,
    group_header="Moment",
    remarks={4: (3, "一句话的备注")},
)


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(keyed_tables_round_nine())
@example(_LONG_GROUPS)
@example(replace(_LONG_GROUPS, ids="Stage {}", groups=[_CJK_GROUPS[0]] + [_CJK_GROUPS[1]] * 5))
def test_keyed_tables_with_groups_remarks_worded_ids_and_personas_written_once(spec: KeyedTable) -> None:
    """Round 9's fresh long tables: a remark alone on a row ended the table (one persona left: read as one
    journey of both), a 'stage_group' column was taken for the stages, 'Stage 2, Stage 1' kept their
    written order, a persona written once over its rows lost the rows under it."""
    with tempfile.TemporaryDirectory() as folder:
        path = spec.write(Path(folder) / "matrix.csv")
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    firsts = list(dict.fromkeys(p for p, _ in spec.order))
    assert [j.meta["persona"].text for j in canvas.journeys] == [spec.personas[p] for p in firsts]
    notes = [i.text for i in canvas.notes] + [i.text for j in canvas.journeys for i in j.notes]
    for _, remark in spec.remarks.values():
        assert remark in notes
    for p, journey in zip(firsts, canvas.journeys, strict=True):
        assert [ph.name for ph in journey.phases] == spec.stage_names()
        assert [lane.label for lane in journey.lanes] == [*spec.columns, "emotion_value"]
        runs = [(g.name.text, g.first, g.count) for g in journey.phase_groups]
        assert runs == [
            (name, first, sum(1 for g in spec.groups if g == name))
            for first, name in enumerate(spec.groups)
            if first == 0 or spec.groups[first - 1] != name
        ]
        for c, lane in enumerate(journey.lanes[:-1]):
            assert [[i.text for i in cell] for cell in lane.cells] == [
                [spec.texts[(p, s, c)]] for s in range(len(spec.stages))
            ]
        assert [[sc.value for sc in phase] for phase in journey.scores] == [
            [spec.scores[(p, s)]] for s in range(len(spec.stages))
        ]
    explained = " ".join(line for j in canvas.journeys for line in j.reading)
    for _, remark in spec.remarks.values():
        assert f"('{remark}') names no stage: a remark, kept as a note" in explained
    if spec.groups:
        assert f"('{spec.group_header}') groups the stages: the phase groups" in explained


@pytest.mark.parametrize("with_id", [True, False])
@pytest.mark.parametrize(("phase", "lane", "text"), [("Fase", "Baan", "Tekst"), ("Phase", "Lane", "Card")])
def test_a_card_list_is_a_canvas_of_its_phases_and_lanes(
    tmp_path: Path, with_id: bool, phase: str, lane: str, text: str
) -> None:
    """Hostile round 9: one card per row (ID | Fase | Baan | Tekst) was read as a stage list whose lanes were
    phase groups (or, without ids, 'Baan' was a lane of lane names)."""
    cards = [("Oriëntatie", "Klantproces", "Zoekt"), ("Aankoop", "Klantproces", "Bestelt")]
    cards += [("Gebruik", "Pijnpunten", "Lekke band"), ("Oriëntatie", "Pijnpunten", "Te veel keuze")]
    cards += [("Oriëntatie", "Klantproces", "Vraagt buren")]
    rows = [["ID", phase, lane, text]] + [[f"K{i}", *card] for i, card in enumerate(cards, start=1)]
    path = tmp_path / "cards.csv"
    path.write_text("\n".join(",".join(row[0 if with_id else 1 :]) for row in rows) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriëntatie", "Aankoop", "Gebruik"]
    assert journey.phase_groups == []
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [
        ("Klantproces", "customer"),
        ("Pijnpunten", "pain_points"),
    ]
    assert [[i.text for i in cell] for cell in journey.lanes[0].cells] == [["Zoekt", "Vraagt buren"], ["Bestelt"], []]
    assert [[i.text for i in cell] for cell in journey.lanes[1].cells] == [["Te veel keuze"], [], ["Lekke band"]]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    column = "B" if with_id else "A"
    assert f"a card list: one card per row, the phases named by column {column} ('{phase}')" in explained
    assert f"if the rows are stages, give --phases-col {column}" in explained
    corrected = CliRunner().invoke(main, ["check", "--phases-col", column, str(path)]).output
    assert f"lane '{lane}'" in corrected and "Oriëntatie | Aankoop | Gebruik" in corrected  # rows read as steps


@pytest.mark.parametrize(
    ("header", "phase_col"),
    [
        (["ID", "Fase", "Baan", "Tekst", "Kleur"], "B"),
        (["ID", "Stage", "Lane", "Text", "Color", "Author"], "B"),
        (["ID", "Area", "Column", "Text", "Color", "Author", "Created at"], "C"),
        (["Type", "Content", "Frame", "Tags", "Link"], "C"),
    ],
)
def test_a_card_list_exported_with_a_tools_columns_is_still_a_card_list(
    tmp_path: Path, header: list[str], phase_col: str
) -> None:
    """Round 15 G4: one column more than ID | Fase | Baan | Tekst (a sticky's colour, author, date: every canvas
    tool exports them) made a stage list of the cards, phases 'Tijdens (2)' and the colours a curve of scores;
    a tool's own 'Column' or 'Frame' over the phases was read as a row of phases."""
    cards = [("Voor", "Klantproces", "Leest reviews van de tandarts", "geel", "anna", "2026-11-02")]
    cards += [("Tijdens", "Pijnpunten", "Geen idee hoe lang het wachten duurt", "rood", "bram", "2026-11-02")]
    cards += [("Tijdens", "Klantproces", "Wacht in de wachtkamer", "geel", "anna", "2026-11-03")]
    cards += [("Na", "Pijnpunten", "Rekening komt zes weken later", "rood", "bram", "2026-11-03")]
    cards += [("Tijdens", "Klantproces", "Vult een formulier in", "#FFF9B1", "chris", "2026-11-04")]
    rows = [header]
    for i, (phase, lane, text, colour, author, date) in enumerate(cards, start=1):
        frame = f"{['Voor', 'Tijdens', 'Na'].index(phase) + 1}. {phase}"  # a board's numbered frames
        by_header = {"ID": str(i), "Fase": phase, "Stage": phase, "Column": phase, "Frame": frame}
        by_header |= {"Baan": lane, "Lane": lane, "Area": lane, "Tags": lane, "Tekst": text, "Text": text}
        by_header |= {"Content": text, "Kleur": colour, "Color": colour, "Author": author, "Created at": date}
        by_header |= {"Type": "sticky_note", "Link": f"https://board.example/{i}"}
        rows.append([by_header[h] for h in header])
    path = tmp_path / "board.csv"
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Voor", "Tijdens", "Na"]
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [
        ("Klantproces", "customer"),
        ("Pijnpunten", "pain_points"),
    ]
    assert not any(journey.scores)  # a sticky's colour is no score
    tijdens = [i.text for i in journey.lanes[0].cells[1]]
    assert tijdens == ["Wacht in de wachtkamer", "Vult een formulier in"]
    assert lost_lines(path, canvas) == []  # the colours, authors and dates stay notes
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert f"a card list: one card per row, the phases named by column {phase_col}" in explained
    extra = [f"('{h}')" for h in header if h in ("Kleur", "Color", "Author", "Created at", "Link")]
    assert all(e in explained for e in extra), explained


@pytest.mark.parametrize("persona_sheet", ["Personas", "Persona"])
def test_a_stage_list_and_a_persona_list_on_sheets_of_their_own_name_the_ids(
    tmp_path: Path, persona_sheet: str
) -> None:
    """Round 12: the workbook's own 'Stages' sheet (id, title) was a journey of its own beside phases '1 | 2 | 3',
    and a 'Personas' sheet of 'id | name' alone read no persona (its cells notes)."""
    rows = [["persona_id", "stage_id", "action", "emotion"]]
    rows += [[p, s, f"{p} acts in {s}", (s % 3) - 1] for p in ("P1", "P2") for s in (3, 1, 2)]
    sheets = {
        "Journey": _cells(rows),
        "Stages": _cells([["id", "title", "zone"], [2, "Buy", "Shop"], [1, "Discover", "Online"], [3, "Use", "Home"]]),
        persona_sheet: _cells([["id", "name"], ["P1", "Anna Visser"], ["P2", "Bram Kok"]]),
    }
    path = make_book(tmp_path / "matrix.xlsx", sheets)
    canvas = read_canvas(path)
    first, second = canvas.journeys  # the stage list is no journey of its own
    for journey, name in ((first, "Anna Visser"), (second, "Bram Kok")):
        assert [p.name for p in journey.phases] == ["Discover", "Buy", "Use"]
        assert [p.written for p in journey.phases] == ["1", "2", "3"]
        assert journey.meta["persona"].text == name and journey.name.endswith(name)
        zone = next(lane for lane in journey.lanes if lane.label == "zone")
        assert [[i.text for i in cell] for cell in zone.cells] == [["Online"], ["Shop"], ["Home"]]
    assert {p.name.text for p in canvas.personas if p.name} == {"Anna Visser", "Bram Kok"}
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "its stages named by id from sheet 'Stages': 1 = 'Discover', 2 = 'Buy', 3 = 'Use'" in explained
    assert f"persona id 'P1' named by sheet '{persona_sheet}': 'Anna Visser'" in explained


@pytest.mark.parametrize("stages", [2, 3])
def test_a_long_table_beside_its_stage_list_sheet_is_never_touchpoints(tmp_path: Path, stages: int) -> None:
    """Round 15 G9: a persona × stage table whose goal column happened to repeat the stage list's titles, beside
    a column of channels, was read as touchpoints (both journeys gone) once the 'Etappen' sheet was a journey;
    with two stages the 'Etappen' sheet itself was a journey of phases 'title | phase'."""
    titles = ["Informieren", "Kaufen", "Nutzen"][:stages]
    rows: list[list[object]] = [["persona_id", "stage_id", "goal", "action", "channels", "pains", "emotion_value"]]
    goals = {("K1", 1): "Infos", ("K2", 1): "Rat", ("K1", 2): "Kaufen", ("K2", 2): "Kaufen", ("K1", 3): "Nutzen"}
    for (persona, stage), goal in goals.items():
        if stage <= stages:
            rows.append([persona, f"T{stage}", goal, f"{persona} handelt {stage}", "App", f"Ärger {stage}", stage - 2])
    sheets = {
        "Daten": _cells(rows),
        "Personen": _cells([["id", "name", "persona"], ["K1", "Jana", "Studentin"], ["K2", "Horst", "Rentner"]]),
        "Etappen": _cells([["id", "title"], *[[f"T{i}", t] for i, t in enumerate(titles, 1)]]),
    }
    path = make_book(tmp_path / "daten.xlsx", sheets)
    canvas = read_canvas(path)
    assert [j.meta["persona"].text for j in canvas.journeys] == ["Jana", "Horst"]  # no journey 'Etappen'
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == titles
    assert canvas.touchpoints == []
    assert lost_lines(path, canvas) == []


def _cells(rows: list[list[object]]) -> dict[str, object]:
    """Rows of values as the cells of a sheet from A1."""
    return {f"{get_column_letter(c)}{r}": v for r, row in enumerate(rows, 1) for c, v in enumerate(row, 1)}


@pytest.mark.parametrize("grouped", [False, True])
def test_a_stage_column_headed_moment_is_no_group_of_itself(tmp_path: Path, grouped: bool) -> None:
    """Round 15 G15: a long table in the client's words ('Doelgroep;Moment;…') read its 'Moment' column as the
    stages and as their groups ('Kopen (Kopen)'); the offered --groups none did nothing on that table."""
    header = ["Doelgroep", "Moment", *(["Fasegroep"] if grouped else []), "Wat doet de klant?", "Knelpunt", "Score"]
    rows = [header]
    groups = {"Oriënteren": "Voor", "Kopen": "Tijdens", "Gebruiken": "Tijdens"}
    for persona, scores in (("Starter", ("0", "-2", "1")), ("Senior", ("-1", "0", "-2"))):
        for (stage, group), score in zip(groups.items(), scores, strict=True):
            rows.append(
                [persona, stage, *([group] if grouped else []), f"{persona} in {stage}", f"Last {stage}", score]
            )
    path = tmp_path / "lang.csv"
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    assert len(canvas.journeys) == 2
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == ["Oriënteren", "Kopen", "Gebruiken"]
        shown = [(g.name.text, g.first, g.last) for g in journey.phase_groups]
        assert shown == ([("Voor", 0, 0), ("Tijdens", 1, 2)] if grouped else [])
    assert lost_lines(path, canvas) == []
    if grouped:  # the correction offered is used, and said
        explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
        assert "column C ('Fasegroep') groups the stages: the phase groups" in explained
        kept = CliRunner().invoke(main, ["check", "--explain", "--groups", "none", str(path)]).output
        assert "phase groups" not in kept.split("how it was read")[0]
        assert "lane 'Fasegroep'" in kept and "as you said: --groups none" in kept
