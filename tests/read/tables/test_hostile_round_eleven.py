"""What the round-11 hostile tester found in reading: a persona × stage table with two rows for one stage
merged both personas into one journey, its stages ordered by the first persona alone, a headerless persona ×
stage table read with numbered steps, an out-of-scope divider drawn as a line across the row read as a lane,
and a blank header over the first phase column glued that column onto the lane labels. Each reading is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.tables.keyed import merged_order
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book, rows_canvas

#: Anna has two touchpoints in Oriëntatie; Bram's rows start with Gebruik, and he compares before he buys.
_MULTI = [
    ("Persona", "Fase", "Touchpoint", "Pijnpunt", "Score"),
    ("Anna", "Oriëntatie", "Google", "Veel keus", 1),
    ("Anna", "Oriëntatie", "Instagram", "Reclame", -1),
    ("Anna", "Aankoop", "Webshop", "Traag", -1),
    ("Anna", "Gebruik", "App", "Crash", -2),
    ("Bram", "Oriëntatie", "Buren", "Twijfel", 0),
    ("Bram", "Vergelijken", "Independer", "Onoverzichtelijk", 1),
    ("Bram", "Aankoop", "Winkel", "Duur", 2),
    ("Bram", "Gebruik", "Telefoon", "Wachten", -1),
]
_ORDER = ["Oriëntatie", "Vergelijken", "Aankoop", "Gebruik"]


def _book(path: Path, rows: list[tuple[object, ...]], sheet: str = "Data") -> Path:
    cells = {f"{'ABCDEFG'[c]}{r}": v for r, row in enumerate(rows, start=1) for c, v in enumerate(row) if v is not None}
    return make_book(path, {sheet: cells})


def test_two_rows_of_one_persona_for_one_stage_are_that_stages_items_in_the_personas_journey(tmp_path: Path) -> None:
    # Round 11: Anna's second Oriëntatie row made the table one journey with a lane 'Persona' and scores '1/0'.
    canvas = read_canvas(_book(tmp_path / "multi.xlsx", _MULTI))
    anna, bram = canvas.journeys
    assert [j.meta["persona"].text for j in (anna, bram)] == ["Anna", "Bram"]
    assert [p.name for p in anna.phases] == [p.name for p in bram.phases] == _ORDER
    assert all(lane.label != "Persona" for lane in anna.lanes + bram.lanes)
    touchpoints = next(lane for lane in anna.lanes if lane.label == "Touchpoint")
    assert [[i.text for i in cell] for cell in touchpoints.cells] == [["Google", "Instagram"], [], ["Webshop"], ["App"]]
    assert [[s.value for s in phase] for phase in anna.scores] == [[1, -1], [], [-1], [-2]]
    assert anna.phase_means()[0] == 0  # the two rows' scores averaged into the stage's point
    said = next(line for line in anna.reading if "keyed by two columns" in line)
    assert "'Anna' 2 for 'Oriëntatie' (rows 2, 3)" in said and "scores averaged" in said


@pytest.mark.parametrize("bram_first", ["Oriëntatie", "Gebruik"], ids=["in order", "rows out of order"])
def test_the_stages_are_every_personas_order_merged(tmp_path: Path, bram_first: str) -> None:
    # Round 11: the phases were Anna's order with Bram's Vergelijken appended after Gebruik.
    rows = [row for row in _MULTI if row[1:3] != ("Oriëntatie", "Instagram")]
    if bram_first == "Gebruik":  # Bram's rows start with his last stage: the orders disagree, and that is said
        bram = [row for row in rows if row[0] == "Bram"]
        rows = [row for row in rows if row[0] != "Bram"] + bram[-1:] + bram[:-1]
    canvas = read_canvas(_book(tmp_path / "order.xlsx", rows))
    assert all([p.name for p in j.phases] == _ORDER for j in canvas.journeys)
    said = next(line for line in canvas.journeys[0].reading if "keyed by two columns" in line)
    assert "in the order every persona's rows give them" in said
    assert ("the personas' orders disagree ('Gebruik' comes before 'Oriëntatie'" in said) == (bram_first == "Gebruik")
    assert "several rows" not in said


def test_merged_order_keeps_each_lists_order() -> None:
    assert merged_order([["a", "c", "d"], ["a", "b", "c"], ["c", "e", "d"]]) == (["a", "b", "c", "e", "d"], None)
    assert merged_order([["a", "b"], ["b", "a"]]) == (["a", "b"], ("a", "b"))


def test_a_headerless_persona_by_stage_csv_is_a_journey_per_persona_over_its_named_stages(tmp_path: Path) -> None:
    # Round 11: 'P1,Zoeken,-1,P1 doet Zoeken' … read as numbered steps with the stage names in a lane 'Column B'
    # (a round earlier: alphabetical phases in groups 'P1', 'P2').
    path = tmp_path / "zonder-kop.csv"
    lines = [
        f"{p},{s},{n},{p} doet {s}" for p in ("P1", "P2") for s, n in zip(["Zoeken", "Kiezen", "Kopen"], [-1, 0, 2])
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    assert [j.meta["persona"].text for j in canvas.journeys] == ["P1", "P2"]
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == ["Zoeken", "Kiezen", "Kopen"]
        assert [lane.label for lane in journey.lanes] == ["Score", "Lane 2"]
        assert [[s.value for s in phase] for phase in journey.scores] == [[-1], [0], [2]]
    assert [i.text for c in canvas.journeys[1].lanes[1].cells for i in c] == [
        "P2 doet Zoeken",
        "P2 doet Kiezen",
        "P2 doet Kopen",
    ]
    said = canvas.journeys[0].reading[0]
    assert "persona in column A, stage in column B (no header row" in said


def test_a_headerless_persona_table_without_stage_names_keeps_its_numbered_steps(tmp_path: Path) -> None:
    path = tmp_path / "wie.csv"
    path.write_text("P1,-1,zoekt lang\nP1,1,vindt iets\nP1,2,koopt\nP2,0,twijfelt\nP2,-2,haakt af\n", encoding="utf-8")
    canvas = read_canvas(path)
    assert [[p.name for p in j.phases] for j in canvas.journeys] == [["1", "2", "3"]] * 2


_HEAD = [
    ("Fase", "Zoeken", "Kiezen", "Kopen"),
    ("Klantproces", "zoekt", "kiest", "koopt"),
    ("Pijnpunten", "p1", "p2", "p3"),
]


@pytest.mark.parametrize(
    "divider",
    [
        ("--- buiten scope ---", "-----", "-----", "-----"),
        ("*** Out of scope ***", "———", None, "———"),
        (None, "▼ niet in scope ▼", "___", None),
    ],
    ids=["dashes", "asterisks and dashes", "arrows, in a phase column"],
)
def test_an_out_of_scope_divider_drawn_across_its_row_ends_the_canvas(
    tmp_path: Path, divider: tuple[str | None, ...]
) -> None:
    # Round 11: '--- buiten scope --- | ----- | -----' was no marker (the line's cells counted as words): the row
    # vanished and 'Juridisch' under it became an in-scope lane.
    path = rows_canvas(tmp_path / "scope.xlsx", [*_HEAD, divider, ("Juridisch", "AVG-check", "Contract", "Factuur")])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    notes = [n.text for n in journey.notes]
    marker = next(t for t in divider if t and "scope" in t)
    assert any(note.strip("-*▼ ") == marker.strip("-*▼ ") for note in notes)  # a bullet's dash may go
    assert {"Juridisch", "AVG-check", "Contract", "Factuur"} <= set(notes)
    assert any("the canvas ends above row 6" in line and "delete row 6" in line for line in journey.reading)


def test_a_blank_header_over_the_first_phase_column_is_a_phase_of_its_own_as_at_the_other_end(tmp_path: Path) -> None:
    # Round 11: B1 blank glued column B onto the labels ('Klantproces Hoort ervan'), unsaid; E1 blank was
    # 'Kolom E' (now 'Fase 4').
    rows = [
        ("Fase", None, "Oriëntatie", "Aankoop", None),
        ("Klantproces", "Hoort ervan", "Zoekt", "Koopt", "Beveelt aan bij vrienden"),
        ("Pijnpunten", "Twijfel", "Veel keus", "Traag", "Geen beloning"),
    ]
    canvas = read_canvas(rows_canvas(tmp_path / "randen.xlsx", rows))
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    assert [p.name for p in journey.phases] == ["Fase 1", "Oriëntatie", "Aankoop", "Fase 4"]
    assert [i.text for i in journey.lanes[0].cells[0]] == ["Hoort ervan"]
    warned = [str(w) for w in canvas.warnings]
    assert any("Klantreis!B3: column B has no phase name" in w and "name it in B3" in w for w in warned)
    assert any("Klantreis!E3: column E has no phase name" in w for w in warned)
