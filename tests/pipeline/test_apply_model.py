"""``apply`` on a canvas read from CSV, ODS or model JSON: the changes go into a new workbook made from the
template, which reads back as the same canvas with exactly the workshop's changes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.analysis.cards import cards_of, phase_choice
from canvasgen.analysis.diff import compare
from canvasgen.cli import main
from canvasgen.errors import CanvasErrors
from canvasgen.model import Canvas
from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.pipeline.read import read
from canvasgen.render.xlsx.changes_sheet import write_changes
from tests.support.workbooks import CANVASES
from tests.support.workshop import lane_changes

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
TODAY = dt.date(2026, 12, 1)


def _changes(
    tmp_path: Path, canvas: Canvas, cells: dict[tuple[str, int], str], new: tuple[str, str, str] | None
) -> Path:
    """The kit's changes workbook with cells filled in by card ID and column, and one new card."""
    path = tmp_path / "changes.xlsx"
    write_changes(cards_of(canvas), canvas, "nl", path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}
    for (card, col), value in cells.items():
        sheet.cell(rows[card], col).value = value
    if new is not None:
        for col, value in zip((2, 3, 6), new):
            sheet.cell(max(rows.values()) + 2, col).value = value
    book.save(path)
    return path


@pytest.mark.parametrize("name", ["russian-telecom-lookalike.ods", "russian-stages-lookalike.csv"])
def test_one_change_one_removal_one_new_card_into_a_new_workbook(name: str, tmp_path: Path) -> None:
    source = DATA / name
    canvas = read(source)
    cards = [c for c in cards_of(canvas) if c.journey is not None]
    changed, removed = cards[0], next(c for c in cards[1:] if (c.phase, c.lane) != (cards[0].phase, cards[0].lane))
    journey = canvas.journeys[0]
    where = (phase_choice(canvas, 0, journey.phases[-1].name), changed.lane, "Новая карточка с семинара")
    changes = _changes(tmp_path, canvas, {(changed.id, 6): f"{changed.text} — уточнено", (removed.id, 5): "weg"}, where)
    out = tmp_path / "new.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    assert (applied.changed, applied.removed, applied.added) == (1, 1, 1)
    after = read(out)
    assert sorted(lane_changes(canvas, after)) == sorted(
        [
            (changed.phase_name, changed.lane, [], [], [(changed.text, f"{changed.text} — уточнено")]),
            (removed.phase_name, removed.lane, [], [removed.text], []),
            (journey.phases[-1].name, changed.lane, ["Новая карточка с семинара"], [], []),
        ]
    )
    # a canvas without a date gets today's, as a date in the template's date field, as a blank *Datum* of a workbook
    # does (round 22; round 14 had it get none, after it got an ISO date as text, a form the canvas never wrote)
    assert "date" not in canvas.journeys[0].meta and after.journeys[0].meta["date"].value == TODAY.isoformat()
    assert source.read_bytes() == (DATA / name).read_bytes()  # read only
    # what apply says, typed once for the command line and the page: the new workbook named with its values
    lines, failed = told(applied, source, changes)
    assert not failed and [line.key for line in lines] == ["applied", "new_workbook"]
    assert lines[0].values == {
        "name": str(out),
        "changed": 1,
        "removed": 1,
        "added": 1,
        "moved": 0,
        "version": None,
        "dated": True,  # the new workbook's date field, the template's: set to today, as a workbook's is
        "undated": False,
        "skipped": 0,
        "already": 0,
    }
    assert lines[0].text == f"wrote {out} (1 changed, 1 removed, 1 added, date set to today)"
    assert lines[1].values == {"name": "new.xlsx", "canvas": name} and lines[1].text.startswith("new.xlsx is a new")


def test_a_model_json_keeps_touchpoints_personas_and_figures(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--json", str(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")])
    model = tmp_path / "webshop.json"
    model.write_text(result.output, encoding="utf-8")
    canvas = read(model)
    card = next(c for c in cards_of(canvas) if c.kind == "touchpoint")
    changes = _changes(tmp_path, canvas, {(card.id, 6): "Nieuwsbrief (wekelijks)"}, None)
    out = tmp_path / "new.xlsx"
    applied = apply_changes(model, changes, out, ApplyOptions(today=TODAY))
    after = read(out)
    assert applied.changed == 1 and applied.version is not None
    assert [tp.name.text for tp in after.touchpoints if tp.name] == [
        "Nieuwsbrief (wekelijks)" if tp.name is card.item else tp.name.text for tp in canvas.touchpoints if tp.name
    ]
    assert [(p.name.text if p.name else "", {k: v.text for k, v in p.fields.items()}) for p in after.personas] == [
        (p.name.text if p.name else "", {k: v.text for k, v in p.fields.items()}) for p in canvas.personas
    ]

    def figures(c: Canvas, renamed: dict[str, str]) -> list[tuple[object, ...]]:
        return sorted(
            (
                m.phase,
                renamed.get(m.touchpoint.text, m.touchpoint.text) if m.touchpoint else "",
                m.name.text,
                m.value,
                m.unit,
                m.target,
            )
            for m in c.metrics
        )

    assert figures(after, {}) == figures(canvas, {card.text: "Nieuwsbrief (wekelijks)"})  # they follow the rename
    diff = compare(canvas, after).to_dict()
    assert lane_changes(canvas, after) == []
    assert {m["field"] for j in diff["journeys"] for m in j["meta"]} == {"Versie", "Datum"}
    assert json.loads(result.output)["journeys"]  # the model was a real one


def test_a_bad_row_writes_nothing_and_names_its_row(tmp_path: Path) -> None:
    source = DATA / "russian-stages-lookalike.csv"
    canvas = read(source)
    card = cards_of(canvas)[0]
    changes = _changes(tmp_path, canvas, {(card.id, 1): "F9-ZZ-99", (card.id, 6): "x"}, ("Nergens", "Klantproces", "y"))
    out = tmp_path / "new.xlsx"
    with pytest.raises(CanvasErrors) as raised:
        apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    text = str(raised.value)
    assert "F9-ZZ-99" in text and "'Nergens'" in text and "row " in text
    assert not out.exists() and not list(tmp_path.glob(".*part"))


# --- H11: the read-back warning says what really reads back, by the one "; " rule ------------------------

MATRIX = (
    "persona_id,stage_id,goal,action,pain,emotion_value\n"
    "P1,1,Find info,Searches Google,Too many ads,1\n"
    "P1,2,Compare,Reads reviews,Conflicting reviews,-1\n"
    "P2,1,Find info,Asks friends,Nobody knows,0\n"
    "P2,2,Compare,Visits store,Pushy seller,-2\n"
)


def _matrix_apply(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    """A new card with ``text`` in P1's second phase's pain cell (which holds a card already): what apply
    warned, and what the cell reads back as."""
    source = tmp_path / "matrix.csv"
    source.write_text(MATRIX, encoding="utf-8")
    canvas = read(source)
    changes = _changes(tmp_path, canvas, {}, (phase_choice(canvas, 0, "2"), "pain", text))
    said: list[str] = []
    out = tmp_path / "new.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    pain = next(lane for lane in read(out).journeys[0].lanes if lane.label == "pain")
    return said, [i.text for i in pain.cells[1]]


def test_an_invisible_joiner_in_a_new_card_is_no_read_back_warning(tmp_path: Path) -> None:
    said, cell = _matrix_apply(tmp_path, "Gevoel 😊\u200d met joiner; tweede kaart")
    assert cell == ["Conflicting reviews", "Gevoel 😊 met joiner; tweede kaart"]  # two cards, as meant
    assert [s for s in said if "read back" in s] == []


def test_a_new_card_of_short_parts_alone_in_its_cell_reads_back_as_the_one_card_typed(tmp_path: Path) -> None:
    """Round 19 (#31): one cell of the changes sheet is one card, "; " and all (it read back as two, warned)."""
    source = tmp_path / "matrix.csv"
    source.write_text(MATRIX.replace("Conflicting reviews", ""), encoding="utf-8")
    canvas = read(source)
    changes = _changes(tmp_path, canvas, {}, (phase_choice(canvas, 0, "2"), "pain", "Ads\u200d; Spam"))
    said: list[str] = []
    out = tmp_path / "new.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    pain = next(lane for lane in read(out).journeys[0].lanes if lane.label == "pain")
    assert [i.text for i in pain.cells[1]] == ["Ads; Spam"]
    assert [s for s in said if "read back" in s] == []
