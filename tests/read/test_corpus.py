"""The real spreadsheets teams published: each is read, and none of its text is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import SCORE_LANE
from tests.support.layouts import canvas_of
from tests.support.read_back import lost_lines, pdf_text, printed_in, slide_text, squeeze, workbook_lines
from tests.support.workbooks import CORPUS, corpus_files

# An extra beside the repository's own tests: skipped in a clone without ../shared, required in CI.
pytestmark = pytest.mark.corpus
CORPUS_FILES = corpus_files()


def test_the_corpus_is_there() -> None:
    assert len(CORPUS_FILES) >= 5


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_no_text_is_lost(path: Path) -> None:
    canvas = canvas_of(path)
    assert canvas.journeys or canvas.personas
    assert lost_lines(path, canvas) == []


def test_transposed_grid_with_a_second_score_table() -> None:
    canvas = canvas_of(CORPUS / "codtech_nike_journey_map.xlsx")
    (journey,) = canvas.journeys
    assert journey.shape == "transposed"
    assert [p.name for p in journey.phases] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Product Experience",
        "Loyalty",
        "Advocacy",
    ]
    kinds = {lane.label: lane.kind for lane in journey.lanes}
    assert kinds["Customer Actions"] == "customer"
    assert kinds["Pain Points"] == "pain_points"
    assert kinds["Customer Goal"] == "custom"  # unknown label kept under its own name
    customer = journey.lane("customer")
    assert customer is not None
    assert customer.cells[2][0].text == "Checks price, size and delivery before ordering"
    assert str(customer.cells[2][0].source) == "Sheet1!D7"
    # The score table B15:C21 lies below the grid: its scores join the same phases.
    assert [[s.value for s in phase] for phase in journey.scores] == [[3], [3], [4], [4], [5], [5]]
    assert str(journey.scores[0][0].scale) == "1..5"
    assert journey.scores[0][0].normalized == 0.0
    assert journey.scores[-1][0].normalized == 1.0


def test_long_table_groups_rows_by_stage() -> None:
    canvas = canvas_of(CORPUS / "codtech_nike_touchpoint_analysis.xlsx")
    (journey,) = canvas.journeys
    assert journey.shape == "long"
    assert len(journey.phases) == 6
    touchpoints = journey.lane("touchpoints")
    assert touchpoints is not None
    assert [i.text for i in touchpoints.cells[1]] == ["Google Search", "Product Reviews", "Product Page"]
    # The priority table lower down has no phase column: kept as notes, a row each, with a warning.
    assert any("Importance Score" in n.text.split(" · ") for n in journey.notes)
    assert any("kept as notes" in str(w) for w in canvas.warnings)


def test_portuguese_long_table_with_divider_row() -> None:
    canvas = canvas_of(CORPUS / "blink_licitacoes_customer_journey.xlsx")
    (in_scope,) = canvas.journeys
    # "Gestão de Documentos" appears in C4 and C6: one phase, two steps.
    names = [p.name for p in in_scope.phases]
    assert names.count("Gestão de Documentos") == 1
    assert in_scope.phases[names.index("Gestão de Documentos")].steps == 2
    # The divider says the rest is out of scope: the canvas ends there, what is below is kept as notes, said.
    notes = [n.text for n in in_scope.notes]
    assert "FORA DO ESCOPO DAQUI PARA BAIXO" in notes
    assert any("Gestão documental" in note.split(" · ") for note in notes)  # its table's row, one note
    assert any("says the rest is out of scope" in line for line in in_scope.reading)
    assert in_scope.lane("pain_points") is not None
    assert canvas.notes[0].text == "Ferramenta · Processo · Custo?"  # the header row of a side table, one note


def test_french_merged_blocks_become_one_journey_per_user() -> None:
    canvas = canvas_of(CORPUS / "t800_experience_analyse.xlsx")
    assert len(canvas.journeys) == 8  # eight users, merged blocks C4:C9, C10:C14, ...
    first = canvas.journeys[0]
    assert first.meta["persona"].text == "Médecin gastrologue Strasbourg"
    assert [p.name for p in first.phases] == [
        "Accueil patient et recueil des données",
        "Consultation",
        "Résultat et rapport de consultation",
    ]
    thoughts = next(lane for lane in first.lanes if lane.label == "Pensées")
    # "/" means empty: G7 holds only "/" and is not an item.
    assert all(item.text != "/" for cell in thoughts.cells for item in cell)
    contact = first.lane("touchpoints")
    assert contact is not None
    # F5 holds two "*" bullets: two items, bullets stripped.
    texts = [i.text for i in contact.cells[0]]
    assert any(t.startswith("dois absolument contacter") for t in texts)
    assert any(t.startswith("disposer d'une ordonance") for t in texts)


def test_headerless_stages_with_scores() -> None:
    canvas = canvas_of(CORPUS / "watall2_customer_journey_map.xlsx")
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases][:2] == ["Conocernos en redes sociales", "Visita a la página de internet"]
    assert [s[0].value for s in journey.scores] == [9, 9, 6, 9, 3, 7, 5]
    assert str(journey.scores[0][0].scale) == "1..10"
    assert any(n.text == "Visible:" for n in journey.notes)


def test_chinese_persona_list_one_persona_per_row() -> None:
    canvas = canvas_of(CORPUS / "Lingsinghuang790_persona.csv")
    assert canvas.journeys == []  # no journey: a list of personas, which is no error
    assert [p.name.text for p in canvas.personas if p.name] == [f"Persona {i}" for i in range(1, 21)]
    first = canvas.personas[0]
    assert first.get("bio").startswith("大家好，我是一個充滿好奇心和熱情的人。")
    assert str(first.fields["bio"].source) == "Lingsinghuang790_persona!B2"
    assert first.get("標籤") == "藝術愛好者, 運動愛好者, 探索未知領域"


def test_russian_persona_by_stage_matrix_is_a_journey_per_persona() -> None:
    canvas = canvas_of(CORPUS / "ibu562_matrix.csv")  # was one journey of 79 phases 'P1, P2, ... ALL, P1, ...'
    assert [j.meta["persona"].text for j in canvas.journeys] == ["P1", "P2", "P3", "P4", "P5", "ALL"]
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == [str(i) for i in range(1, 14)]
        assert [lane.label for lane in journey.lanes] == ["status", "text"]
    p1 = canvas.journeys[0]
    assert [i.text for i in p1.lanes[1].cells[0]] == ["запрос не измеряем в GA"]
    # "status" is a RAG status column (yellow, green, red): the score column, each word kept as its mark
    assert (p1.lanes[0].kind, [(s.value, s.mark) for s in p1.scores[0]]) == (SCORE_LANE, [(0, "yellow")])
    # EXPL explains the matrix for one stage: notes of the first journey, not a persona's journey
    assert any(n.text.startswith("P5 — зрелый") or "P5 — зрелый" in n.text for n in p1.notes)


def test_jobs_to_be_done_steps_group_the_phases_of_the_long_table() -> None:
    path = CORPUS / "evahan-hub_JTBD_Converged_Journey.csv"
    canvas = canvas_of(path)  # was: 'JTBD Step' a lane, its word repeated on every row
    (journey,) = canvas.journeys
    assert journey.shape == "long"
    assert "JTBD Step" not in [lane.label for lane in journey.lanes]
    assert [label.text for label in journey.phase_labels] == ["Phase", "JTBD Step"]
    groups = {g.name.text: [p.name for p in journey.phases[g.first : g.last + 1]] for g in journey.phase_groups}
    assert groups["1. Plan"] == ["Exploration"]
    assert groups["4. Secure every possible in-store sale"] == [
        "B1. Platform setup",
        "B2. Preboarding",
        "B3. Delivery",
        "B4. Activation ⭐",
        "B5. BAU",
    ]
    # a job with no phase of its own is a phase, named by its job, in a group of its own: the group row
    # keeps the job's number as written (round 19, F16)
    for job in ("5. Ramp up", "6. Increase shopper retention", "8. Stay competitive"):
        assert groups[job] == [job.split(". ", 1)[1]]
    assert len(journey.phase_groups) == 9
    assert lost_lines(path, canvas) == []


@pytest.mark.slow
def test_jobs_to_be_done_words_reach_poster_and_deck(tmp_path: Path) -> None:
    import re

    from click.testing import CliRunner

    from canvasgen.cli import main

    path = CORPUS / "evahan-hub_JTBD_Converged_Journey.csv"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output  # a grouped journey split over poster pages failed to build
    poster = squeeze(pdf_text(tmp_path / f"{path.stem}.pdf"))
    deck = squeeze(slide_text(tmp_path / f"{path.stem}.pptx"))
    (journey,) = canvas_of(path).journeys
    for group in journey.phase_groups:
        assert squeeze(group.name.text) in poster and squeeze(group.name.text) in deck
    assert squeeze("JTBD Step") in poster and squeeze("JTBD Step") in deck
    # every line of the file on the poster (a long one may start in its cell and go on later after "…"),
    # phase names without their numbers ("1. Exploration"), a list written in one line ("a | b") item by item
    missing = {
        text
        for _, text in workbook_lines(path)
        if not printed_in(text, poster)
        and not printed_in(re.sub(r"^[\w.]{1,4}[.)]?\s+", "", text), poster)
        and not all(printed_in(part, poster) for part in text.split(" | "))
    }
    assert missing == set()
