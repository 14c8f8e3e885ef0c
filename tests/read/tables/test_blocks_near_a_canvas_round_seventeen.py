"""Round 17's hostile findings on what stands near a canvas, in canvasgen's reader: an action table one blank
row under the lanes (F25), a notes heading above the canvas (F19). Each workbook is built here, small."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.neighbours import Rows, put
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_CANVAS: Rows = [
    ["Fase", "Oriënteren", "Vergelijken", "Kopen", "Gebruiken"],
    ["Klantproces", "Zoekt online", "Leest reviews", "Bestelt", "Installeert"],
    ["Pijnpunten", "Te veel keus", "Onbetrouwbaar", "Verzendkosten", "Handleiding"],
    ["Kansen", "Keuzehulp", "Echte reviews", "Gratis verzending", "Video"],
]
_ACTIONS: Rows = [
    ["Actie", "Eigenaar", "Deadline"],
    ["Keuzehulp bouwen", "Piet", "1 mei"],
    ["Reviews tonen", "Marie", "1 juni"],
    ["Verzending gratis", "Jan", "1 juli"],
]


def _book(path: Path, blocks: list[tuple[int, int, Rows]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    for row, col, rows in blocks:
        put(sheet, row, col, rows)
    book.save(path)
    return path


def test_an_action_table_one_blank_row_under_the_lanes_is_notes_not_lanes(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, _CANVAS), (6, 1, _ACTIONS)]))
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten", "Kansen"]
    notes = [note.text for note in journey.notes]
    assert notes == [" · ".join(str(v) for v in row) for row in _ACTIONS]


def test_lanes_one_blank_row_down_that_fill_few_phases_stay_lanes(tmp_path: Path) -> None:
    """Lanes past a blank row that fill the first phases only are the canvas's still when they are known lanes."""
    more: Rows = [["Emoties", "Twijfel", "Blij"], ["Touchpoints", "Website", "App"], ["KPI's", "Bezoek", "Conversie"]]
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, _CANVAS), (6, 1, more)]))
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes][-3:] == ["Emoties", "Touchpoints", "KPI's"]


def test_a_notes_heading_above_the_canvas_titles_its_notes_not_the_journey(tmp_path: Path) -> None:
    notes: Rows = [["Notities"], ["Workshop 12 maart"]]
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, notes), (4, 1, _CANVAS)]))
    (journey,) = canvas.journeys
    assert "title" not in journey.meta and journey.name == "Reis"
    assert journey.notes_title is not None and journey.notes_title.text == "Notities"
    assert [note.text for note in journey.notes] == ["Workshop 12 maart"]


def test_a_title_above_a_notes_heading_and_its_notes_is_still_the_title(tmp_path: Path) -> None:
    above: Rows = [["Klantreis webshop"], [None], ["Notities"], ["Workshop 12 maart"]]
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, above), (6, 1, _CANVAS)]))
    (journey,) = canvas.journeys
    assert journey.meta["title"].text == "Klantreis webshop"
    assert [note.text for note in journey.notes] == ["Workshop 12 maart"]


@pytest.mark.parametrize("every_row", [True, False])
def test_a_uxpressia_export_of_sections_and_types_reads_each_type_as_a_lane_of_its_section(
    tmp_path: Path, every_row: bool
) -> None:
    """F14: "Section | Type" where each row's Type names its lane ("Actions", "Thoughts", "Emotions") and the
    Section its part of the map ("Customer", "Business"), on each row or on a section's first row only."""
    phases = ["Awareness", "Consideration", "Purchase", "Onboarding"]
    rows: Rows = [
        ["Section", "Type", *phases],
        ["Stages", "Stage", *phases],
        ["Customer", "Actions", "Sees ad", "Reads reviews", "Pays", "Logs in"],
        ["Customer", "Thoughts", "Is this for me?", "Is it safe?", "Finally", "Where do I start?"],
        ["Customer", "Emotions", 3, 2, 4, 1],
        ["Business", "Backstage", "Campaign", "Review mgmt", "PSP", "Welcome mail"],
        ["Business", "Ideas", "Retarget", "Badges", "Apple Pay", "Tour"],
    ]
    if not every_row:
        for row in (rows[3], rows[4], rows[6]):
            row[0] = None
    path = _book(tmp_path / "export.xlsx", [(1, 1, rows)])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    lanes = {lane.label: (lane.kind, lane.group.text if lane.group else None) for lane in journey.lanes}
    assert lanes == {
        "Actions": ("customer", "Customer"),
        "Thoughts": ("custom", "Customer"),  # a lane of its own (thoughts), not the customer's second
        "Emotions": ("score", "Customer"),
        "Backstage": ("internal", "Business"),
        "Ideas": ("opportunities", "Business"),
    }
    assert [[s.value for s in scores] for scores in journey.scores] == [[3], [2], [4], [1]]
    assert not journey.notes and not canvas.notes
    assert not lost_lines(path, canvas)
