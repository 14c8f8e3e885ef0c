"""Three shapes as researchers publish them (round 13): a persona × stage table beside a Stages sheet that
names its stages rather than numbering them; phases numbered in a merged row over their names ("Fase 1" over
"Oriënteren"); a stage list in which two stages share a title. Each is read with its structure, every word
arrives in the poster and the deck, and every decision is said."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from canvasgen.cli import main
from canvasgen.layout.headings import corner_text
from canvasgen.model import Canvas
from tests.support.read_back import as_printed, lost_lines, pdftotext, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

STAGES = [
    ("Discover", "Customer notices the offer", "Before"),
    ("Compare", "Weighs suppliers", "Before"),
    ("Switch", "Signs the contract", "During"),
    ("Settle in", "First months as a customer", "After"),
]


def _cells(rows: list[list[object]]) -> dict[str, object]:
    return {f"{get_column_letter(c)}{r}": v for r, row in enumerate(rows, 1) for c, v in enumerate(row, 1)}


def _every_word_printed(path: Path, canvas: Canvas, out: Path) -> None:
    """Build ``path``; every text of the model in the poster's text (pdftotext) and the deck's."""
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (pdf,), (pptx,) = sorted(out.rglob("*.pdf")), sorted(out.rglob("*.pptx"))
    for text in (squeeze(pdftotext(pdf)), squeeze(slide_text(pptx))):
        assert [shown for _, shown in as_printed(canvas) if squeeze(shown) not in text] == []


def _stages_by_name(path: Path, stages: list[tuple[str, str, str]], table_stages: list[str]) -> Path:
    rows: list[list[object]] = [["Persona", "Stage", "Goal", "Pain points", "Emotion"]]
    for persona in ("Lotte", "Youssef"):
        rows += [
            [persona, s, f"{persona} wants {s.lower()}", f"{persona} hurts at {s.lower()}", i % 3 - 1]
            for i, s in enumerate(table_stages)
        ]
    listed = [["Stage", "Description", "Phase group"], *([n, d, g] for n, d, g in stages)]
    return make_book(path, {"Journey data": _cells(rows), "Stages": _cells(listed)})


def test_a_stages_sheet_naming_the_tables_stages_joins_it_and_is_no_journey(tmp_path: Path) -> None:
    path = _stages_by_name(tmp_path / "energy.xlsx", STAGES, [s for s, _, _ in STAGES])
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Journey data", "Journey data"]
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == [s for s, _, _ in STAGES]
        description = next(lane for lane in journey.lanes if lane.label == "Description")
        assert [[i.text for i in cell] for cell in description.cells] == [[d] for _, d, _ in STAGES]
        assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [
            ("Before", 0, 2),
            ("During", 2, 1),
            ("After", 3, 1),
        ]
    assert not any("journey 'Stages'" in w.message for w in canvas.warnings)
    assert lost_lines(path, canvas) == []
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert "its stages are those listed on sheet 'Stages' ('Discover', 'Compare', 'Switch', 'Settle in'), matched " in (
        said
    )
    _every_word_printed(path, canvas, tmp_path / "out")


def test_a_stages_sheet_of_other_names_stays_a_journey_of_its_own(tmp_path: Path) -> None:
    """A list naming stages the table does not have is no list of the table's stages: kept, not joined."""
    others = [("Orient", "x", "Before"), ("Choose", "y", "Before"), ("Sign", "z", "After")]
    path = _stages_by_name(tmp_path / "energy.xlsx", others, [s for s, _, _ in STAGES])
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Journey data", "Journey data", "Stages"]
    assert lost_lines(path, canvas) == []


def test_a_stages_sheet_naming_some_of_the_tables_stages_is_said(tmp_path: Path) -> None:
    """A list of three of the table's four stages is no stage list of it: kept as a journey, never silently."""
    path = _stages_by_name(tmp_path / "energy.xlsx", STAGES[:3], [s for s, _, _ in STAGES])
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Journey data", "Journey data", "Stages"]
    (warning,) = [w for w in canvas.warnings if "of the stages of the table" in w.message]
    assert warning.location.sheet == "Stages"
    assert "names 3 of the stages of the table on sheet 'Journey data' but not 'Settle in'" in warning.message
    assert lost_lines(path, canvas) == []


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_stages_sheets_by_name_in_any_order_with_a_stage_the_table_lacks(data: st.DataObject) -> None:
    listed = data.draw(st.permutations(STAGES), label="list order")
    lacking = data.draw(st.sampled_from([None, *(s for s, _, _ in STAGES)]), label="stage the table lacks")
    table = [s for s, _, _ in STAGES if s != lacking]
    with tempfile.TemporaryDirectory() as folder:
        path = _stages_by_name(Path(folder) / "energy.xlsx", list(listed), table)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    assert [j.sheet for j in canvas.journeys] == ["Journey data", "Journey data"]
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == table  # the table's order: its rows are the journey
        description = next(lane for lane in journey.lanes if lane.label == "Description")
        assert [[i.text for i in cell] for cell in description.cells] == [
            [d] for s in table for n, d, _ in STAGES if n == s
        ]


@pytest.mark.parametrize(("word", "merged"), [("Fase {n}", True), ("Fase {n}", False), ("Stap {n}", True)])
def test_phases_numbered_in_a_merged_row_over_their_names_are_numbered_phases(
    tmp_path: Path, word: str, merged: bool
) -> None:
    """'Fase 1' merged over 'Oriënteren' (itself merged over two columns, 'Fase' in the corner): the numbers
    became a lane 'Rij 2' of their own."""
    names = ["Oriënteren", "Bezichtigen", "Tekenen"]
    cells: dict[str, object] = {"A1": "Klantreis huurwoning zoeken", "A3": "Fase"}
    merges: list[str] = []
    for i, name in enumerate(names):
        first, second = get_column_letter(2 + 2 * i), get_column_letter(3 + 2 * i)
        cells[f"{first}2"], cells[f"{first}3"] = word.format(n=i + 1), name
        merges += [f"{first}2:{second}2", f"{first}3:{second}3"] if merged else [f"{first}3:{second}3"]
        cells[f"{first}4"], cells[f"{second}4"] = f"Klant {name.lower()} a", f"Klant {name.lower()} b"
        cells[f"{first}5"] = f"Wij bij {name.lower()}"
        cells[f"{first}6"] = i - 1
    cells.update({"A4": "Wat doet de klant?", "A5": "Wat doen wij?", "A6": "Score"})
    path = make_book(tmp_path / "huur.xlsx", {"Klantreis": cells}, {"Klantreis": merges})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names
    assert [p.written for p in journey.phases] == [f"{word.format(n=i + 1)}: {n}" for i, n in enumerate(names)]
    assert [lane.label for lane in journey.lanes] == ["Wat doet de klant?", "Wat doen wij?", "Score"]
    assert lost_lines(path, canvas) == []
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert f"numbering and arrows taken off phase names: '{word.format(n=1)}: Oriënteren' -> 'Oriënteren'" in said
    _every_word_printed(path, canvas, tmp_path / "out")


def test_a_stage_list_in_which_two_stages_share_a_title_keeps_both_and_says_so(tmp_path: Path) -> None:
    rows: list[list[object]] = [["id", "title", "zone", "customer_action", "pain"]]
    rows += [
        [1, "Research", "Before", "Searches reviews", "Fake reviews"],
        [2, "Visit", "Before", "Goes to the store", "Parking"],
        [3, "Research", "During", "Compares in store on phone", "Slow wifi"],
        [4, "Buy", "During", "Pays at the till", "Queue"],
        [5, "Use", "After", "Sets it up at home", "Manual in English only"],
    ]
    path = make_book(tmp_path / "shop.xlsx", {"Stages": _cells(rows)})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Research", "Visit", "Research (2)", "Buy", "Use"]
    assert [p.written for p in journey.phases] == ["1. Research", "2. Visit", "3. Research", "4. Buy", "5. Use"]
    assert [(g.name.text, g.count) for g in journey.phase_groups] == [("Before", 2), ("During", 2), ("After", 1)]
    customer = next(lane for lane in journey.lanes if lane.label == "customer_action")
    assert [[i.text for i in cell] for cell in customer.cells][2] == ["Compares in store on phone"]
    (warning,) = [w for w in canvas.warnings if "has the title of" in w.message]
    assert (warning.location.sheet, warning.location.cell) == ("Stages", "B4")
    assert "stage 'Research' (id 3) has the title of the stage in B2 (id 1); read as a phase of its own, " in (
        warning.message
    )
    assert canvas.notes == [] and journey.notes == []
    assert lost_lines(path, canvas) == []
    _every_word_printed(path, canvas, tmp_path / "out")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_stage_lists_with_titles_given_more_than_once(data: st.DataObject) -> None:
    """Generated: 3–7 stages whose titles come from a small pool (so some repeat), rows in any order: one phase
    per stage in id order, the later of a title numbered, one warning per repeat, no word lost."""
    count = data.draw(st.integers(3, 7), label="stages")
    titles = data.draw(st.lists(st.sampled_from(["Research", "Visit", "Buy", "Use"]), min_size=count, max_size=count))
    rows = [[n, titles[n - 1], f"does {n}", f"hurts {n}"] for n in range(1, count + 1)]
    shuffled = data.draw(st.permutations(rows), label="row order")
    with tempfile.TemporaryDirectory() as folder:
        path = make_book(
            Path(folder) / "shop.xlsx", {"Stages": _cells([["id", "title", "customer_action", "pain"], *shuffled])}
        )
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.written for p in journey.phases] == [f"{n}. {titles[n - 1]}" for n in range(1, count + 1)]
    assert len({p.name for p in journey.phases}) == count
    repeats = count - len(set(titles))
    assert len([w for w in canvas.warnings if "has the title of the stage in" in w.message]) == repeats


def test_the_corner_says_the_tables_word_for_a_stage_once(tmp_path: Path) -> None:
    """The table's 'Stage' and its stage list's 'Stage' head one corner: 'Stage / Phase group', not
    'Stage / Stage / Phase group'."""
    path = _stages_by_name(tmp_path / "energy.xlsx", STAGES, [s for s, _, _ in STAGES])
    for journey in read_canvas(path).journeys:
        assert corner_text(journey) == "Stage / Phase group"
