"""Round 17's hostile findings on the reader: a canvas whose phases are the client's own words beside an empathy
map (F5), two untitled canvases stacked (F6), a side table in or near the canvas's header row (F1, F2), stage ids
over the phase names (F12), letter-numbered phases (F3), lone "v" arrows under a row (F8), a long table's headers
(F4). Each workbook is built here, small."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.model import Canvas
from canvasgen.read.corrections import from_options
from tests.support.neighbours import Rows, put
from tests.support.reading import read_canvas

#: A canvas of phases canvasgen does not know by name (a blank corner over three known lane labels).
_CANVAS: Rows = [
    [None, "Melden", "Wachten", "Monteur", "Factuur"],
    ["Klantproces", "Belt op", "Wacht thuis", "Laat binnen", "Betaalt"],
    ["Pijnpunten", "Lange wachtrij", "Geen tijdstip", "Vies", "Te duur"],
    ["Kansen", "Terugbellen", "Tijdvak sms", "Schoenhoezen", "Vaste prijs"],
]
_MAP: Rows = [["Zegt", "Denkt"], ["Is dit veilig?", "Geen tijd"], ["Doet", "Voelt"], ["Vergelijkt", "Onzeker"]]
_PERSONA: Rows = [
    ["Persona", "Anna de Vries"],
    ["Leeftijd", "34"],
    ["Doel", "Snel geholpen"],
    ["Frustratie", "Wachten"],
]


def _book(path: Path, blocks: list[tuple[int, int, Rows]], title: str = "Reis") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row, col, rows in blocks:
        put(sheet, row, col, rows)
    book.save(path)
    return path


def _words(canvas: Canvas) -> str:
    found = (canvas.journeys, canvas.personas, canvas.persona_columns, canvas.empathy_maps, canvas.notes)
    return repr((*found, canvas.headings))


def _all_kept(canvas: Canvas, *blocks: Rows) -> None:
    read = _words(canvas)
    lost = [v for rows in blocks for line in rows for v in line if isinstance(v, str) and f"'{v}'" not in read]
    assert not lost


def test_an_empathy_map_right_of_a_canvas_of_unknown_phases_leaves_the_canvas_a_journey(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, _CANVAS), (1, 8, _MAP)]))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Melden", "Wachten", "Monteur", "Factuur"]
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten", "Kansen"]
    (found,) = canvas.empathy_maps
    assert sorted(h.text for h in found.headings.values()) == ["Denkt", "Doet", "Voelt", "Zegt"]
    _all_kept(canvas, _CANVAS, _MAP)


def test_a_persona_above_a_map_right_and_notes_below_a_canvas_of_unknown_phases(tmp_path: Path) -> None:
    notes: Rows = [["Notities"], ["Workshop 12 maart"]]
    path = _book(tmp_path / "reis.xlsx", [(1, 1, _PERSONA), (7, 1, _CANVAS), (7, 8, _MAP), (13, 1, notes)])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Melden", "Wachten", "Monteur", "Factuur"]
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Anna de Vries"]
    (found,) = canvas.empathy_maps
    assert found.persona == "Anna de Vries"
    _all_kept(canvas, _CANVAS, _MAP, _PERSONA, notes)


@pytest.mark.parametrize("blank_rows", [1, 2, 3])
def test_two_untitled_canvases_stacked_with_blank_corners_are_two_journeys(tmp_path: Path, blank_rows: int) -> None:
    first: Rows = [
        [None, "Oriënteren", "Vergelijken", "Kopen"],
        ["Klantproces", "Zoekt online", "Leest reviews", "Bestelt"],
        ["Pijnpunten", "Te veel keus", "Onbetrouwbaar", "Dure verzending"],
        ["Kansen", "Keuzehulp", "Echte reviews", "Gratis verzending"],
    ]
    path = _book(tmp_path / "twee.xlsx", [(1, 1, first), (len(first) + blank_rows + 1, 1, _CANVAS)], "Sheet1")
    canvas = read_canvas(path)
    assert [[p.name for p in j.phases] for j in canvas.journeys] == [
        ["Oriënteren", "Vergelijken", "Kopen"],
        ["Melden", "Wachten", "Monteur", "Factuur"],
    ]
    assert [[lane.label for lane in j.lanes] for j in canvas.journeys] == [["Klantproces", "Pijnpunten", "Kansen"]] * 2
    assert [lane.item_count() for lane in canvas.journeys[0].lanes] == [3, 3, 3]
    assert len({j.name for j in canvas.journeys}) == 2
    _all_kept(canvas, first, _CANVAS)


_SIDE: Rows = [["Eigenaar", "Datum", "Status"], ["Piet", "1-1-2026", "Open"], ["Marie", "2-2-2026", "Dicht"]]
#: A side table headed by no metadata field, its rows running on under the canvas's last lane.
_SIDE_LONGER: Rows = [
    ["Eigenaar", "Actie", "Status"],
    ["Piet", "Bellen", "Open"],
    ["Marie", "Mailen", "Dicht"],
    ["Jan", "Testen", "Open"],
    ["Sara", "Meten", "Dicht"],
]


@pytest.mark.parametrize(("side", "top", "gap"), [(_SIDE, 1, 1), (_SIDE, 1, 3), (_SIDE, 2, 1), (_SIDE_LONGER, 1, 2)])
def test_a_side_table_in_or_near_the_header_row_stays_notes_a_row_each(
    tmp_path: Path, side: Rows, top: int, gap: int
) -> None:
    path = _book(tmp_path / "reis.xlsx", [(1, 1, _CANVAS), (top, 6 + gap, side)])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Melden", "Wachten", "Monteur", "Factuur"]
    assert [lane.item_count() for lane in journey.lanes] == [4, 4, 4]
    assert "date" not in journey.meta
    assert [n.text for n in journey.notes] == [" · ".join(str(v) for v in line) for line in side]
    said = "\n".join(journey.reading)
    assert "is a small table of" in said and "kept as notes, one per row" in said


_NAMES = ["Ontdekken", "Oriënteren", "Vergelijken", "Offerte"]


@pytest.mark.parametrize(
    ("ids", "corners"),
    [
        (["S01", "S02", "S03", "S04"], (None, None)),
        (["F1", "F2", "F3", "F4"], (None, None)),
        (["S01", "S02", "S03", "S04"], ("Stage", "Fase")),
    ],
)
def test_stage_ids_over_the_phase_names_are_their_ids_not_the_phases(
    tmp_path: Path, ids: list[str], corners: tuple[str | None, str | None]
) -> None:
    rows: Rows = [
        [corners[0], *ids],
        [corners[1], *_NAMES],
        ["Klantproces", "Zoekt", "Leest", "Vergelijkt", "Vraagt"],
        ["Pijnpunten", "Veel", "Vaag", "Duur", "Traag"],
    ]
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, rows)]))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == _NAMES
    assert [p.stage_id for p in journey.phases] == ids
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    assert not journey.notes
    _all_kept(canvas, rows)


def test_stage_ids_over_a_lane_stay_the_phases(tmp_path: Path) -> None:
    rows: Rows = [
        [None, "S01", "S02", "S03"],
        ["Klantproces", "Zoekt", "Leest", "Koopt"],
        ["Pijnpunten", "Veel", "Vaag", "Duur"],
    ]
    (journey,) = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, rows)])).journeys
    assert [p.name for p in journey.phases] == ["S01", "S02", "S03"]
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]


@pytest.mark.parametrize(
    "phases",
    [["Fase A", "Fase B", "Fase C", "Fase D"], ["Fase A", "Fase B", "Fase C"], ["Phase I", "Phase II", "Phase III"]],
)
def test_phases_numbered_by_letters_read_as_phases_numbered_by_digits(tmp_path: Path, phases: list[str]) -> None:
    rows: Rows = [
        [None, *phases],
        ["Klantproces", *(f"Doet {i}" for i in range(len(phases)))],
        ["Pijnpunten", *(f"Pijn {i}" for i in range(len(phases)))],
        ["Kansen", *(f"Kans {i}" for i in range(len(phases)))],
    ]
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, rows)]))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten", "Kansen"]
    assert [lane.item_count() for lane in journey.lanes] == [len(phases)] * 3
    assert not journey.notes


def test_a_row_of_lone_v_arrows_under_a_lane_is_no_cards_and_is_said(tmp_path: Path) -> None:
    rows: Rows = [*_CANVAS, [None, None, "v", "V", "→"], ["Vervolg", "Belt terug", "Mailt", None, None]]
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, rows)]))
    (journey,) = canvas.journeys
    kansen = next(lane for lane in journey.lanes if lane.label == "Kansen")
    assert [[i.text for i in cell] for cell in kansen.cells] == [[str(v)] for v in _CANVAS[3][1:]]
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten", "Kansen", "Vervolg"]
    (said,) = [line for line in journey.reading if "holds only arrows" in line]
    assert "'v' (C5)" in said and "'V' (D5)" in said and "give row 5 a label in A5" in said


def test_a_card_lists_column_headers_are_headings_not_notes(tmp_path: Path) -> None:
    rows: Rows = [["Phase", "Lane", "Text"]] + [
        [phase, lane, f"{lane} in {phase}"]
        for phase in ("Awareness", "Consideration", "Purchase")
        for lane in ("Customer actions", "Pain points")
    ]
    canvas = read_canvas(_book(tmp_path / "cards.xlsx", [(1, 1, rows)], "Sheet1"))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Awareness", "Consideration", "Purchase"]
    assert not journey.notes and not canvas.notes
    assert [h.text for h in canvas.headings] == ["Lane", "Text"]
    assert not any("kept as notes" in w.message for w in canvas.warnings)


def test_phases_past_a_blank_column_over_the_canvas_lanes_stay_phases(tmp_path: Path) -> None:
    rows: Rows = [
        [None, "Oriënteren", "Kopen", None, "Gebruiken", "Opzeggen"],
        ["Klantproces", "Zoekt", "Bestelt", None, "Installeert", "Belt"],
        [None, "Vergelijkt", "Betaalt", None, "Leest", "Mailt"],
        ["Pijnpunten", "Veel keus", "Duur", None, "Vaag", "Wachten"],
    ]
    path = tmp_path / "reis.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    put(sheet, 1, 1, rows)
    sheet.merge_cells("A2:A3")
    book.save(path)
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Kopen", "Gebruiken", "Opzeggen"]
    assert [lane.item_count() for lane in journey.lanes] == [8, 4]


def test_a_persona_block_below_a_canvas_of_unknown_phases_takes_none_of_its_lanes(tmp_path: Path) -> None:
    persona = _PERSONA[:3]  # "Persona | Anna de Vries", "Leeftijd", "Doel": under the canvas, two blank rows between
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", [(1, 1, _CANVAS), (7, 1, persona)]))
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten", "Kansen"]
    assert [lane.item_count() for lane in journey.lanes] == [4, 4, 4]
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Anna de Vries"]
    assert len(canvas.personas) == 1


def test_stage_ids_over_the_names_are_said_with_the_correction_that_makes_them_the_phases(tmp_path: Path) -> None:
    rows: Rows = [
        [None, "F1", "F2", "F3"],
        [None, "Ontdekken", "Oriënteren", "Vergelijken"],
        ["Klantproces", "Zoekt", "Leest", "Vergelijkt"],
        ["Pijnpunten", "Veel", "Vaag", "Duur"],
    ]
    path = _book(tmp_path / "reis.xlsx", [(1, 1, rows)])
    (journey,) = read_canvas(path).journeys
    (said,) = [line for line in journey.reading if line.startswith("row 1 gives the stage ids")]
    assert "give --phases-row 1" in said
    (corrected,) = read_canvas(path, corrections=from_options("1", None, None, ())).journeys
    assert [p.name for p in corrected.phases] == ["F1", "F2", "F3"]
