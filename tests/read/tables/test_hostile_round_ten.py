"""What the round-10 hostile tester found in reading: a persona column with scores read as phases, a row of
short items read as phase groups, an .ods merge over the corner, an out-of-scope marker row. Each reading is
said with its correction; no word is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.corrections import from_options
from tests.support.other_formats import ods, ods_sheet
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book, rows_canvas

_PHASES = ("Fase", "Oriëntatie", "Aankoop", "Gebruik")


@pytest.mark.parametrize(
    ("marker", "merged", "down"),
    [
        ("FORA DO ESCOPO DAQUI PARA BAIXO", True, True),
        ("Out of scope from here down", False, True),
        ("Buiten scope (hieronder)", True, False),
        ("Hors périmètre", False, False),
    ],
)
def test_a_row_saying_the_rest_is_out_of_scope_ends_the_canvas_and_keeps_what_is_below_as_notes(
    tmp_path: Path, marker: str, merged: bool, down: bool
) -> None:
    # Round 10: "FORA DO ESCOPO DAQUI PARA BAIXO" started a second journey of one phase from the rows under it.
    if down:  # a long table: one row per step, a persona column
        cells: dict[str, object] = {"A1": "Persona", "B1": "Fase", "C1": "Klantproces", "D1": "Pijnpunten"}
        for r, (phase, doing) in enumerate(
            [("Oriëntatie", "Zoekt"), ("Oriëntatie", "Vergelijkt"), ("Aankoop", "Koopt"), ("Gebruik", "Gebruikt")],
            start=2,
        ):
            cells |= {f"A{r}": "Analist", f"B{r}": phase, f"C{r}": doing, f"D{r}": "Wacht lang" if r == 3 else None}
        cells |= {"A7": marker, "A8": "Jurist", "B8": "Archief", "C8": "Bewaart oude contracten"}
        path = make_book(tmp_path / "lang.xlsx", {"Blad1": cells}, {"Blad1": ["A7:D7"]} if merged else None)
        marker_row, below = 7, ["Jurist", "Archief", "Bewaart oude contracten"]
    else:  # phases across, lanes down
        rows = [_PHASES, ("Klantproces", "Zoekt", "Koopt", "Gebruikt"), (marker,), ("Nazorg", "Belt", "Mailt", "Komt")]
        cells = {f"{'ABCD'[c]}{r}": v for r, row in enumerate(rows, start=1) for c, v in enumerate(row)}
        path = make_book(tmp_path / "breed.xlsx", {"Blad1": cells}, {"Blad1": ["A3:D3"]} if merged else None)
        marker_row, below = 3, ["Nazorg", "Belt", "Mailt", "Komt"]
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriëntatie", "Aankoop", "Gebruik"]
    assert all(word not in [i.text for lane in journey.lanes for c in lane.cells for i in c] for word in below)
    notes = [n.text for n in journey.notes]
    assert marker in notes and all(word in notes for word in below)
    said = [line for line in journey.reading if "out of scope" in line]
    assert said and f"delete row {marker_row}" in said[0]
    assert any(f"the canvas ends above row {marker_row}" in str(w) for w in canvas.warnings)


def test_a_sentence_about_scope_under_a_canvas_is_a_note_not_a_marker(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "zin.xlsx",
        [
            _PHASES,
            ("Klantproces", "Zoekt", "Koopt", "Gebruikt"),
            ("Nazorg", "Belt", "Mailt", "Komt"),
            (None,),
            ("De klant zei in het gesprek dat de nazorg voor nu buiten scope valt, maar later terugkomt",),
        ],
    )
    (journey,) = read_canvas(path).journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Nazorg"]
    assert not any("out of scope" in line for line in journey.reading)


def _delimited(path: Path, rows: list[tuple[object, ...]]) -> Path:
    path.write_text("".join(",".join(str(v) for v in row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "header",
    [("wie", "cijfer", "wat"), ("Персона", "Оценка", "Действие"), ("who", "mark", "what"), None],
    ids=["nl", "ru", "en", "no-header"],
)
def test_names_repeated_down_the_first_column_with_scores_beside_are_personas_not_phases(
    tmp_path: Path, header: tuple[str, str, str] | None
) -> None:
    # Round 10: 'wie, cijfer, wat' / P1 -1 … was read as 5 phases 'P1 | P1 | P1 | P2 | P2', every text a note.
    rows: list[tuple[object, ...]] = [
        ("Ирина", -1, "zoekt lang"),
        ("Ирина", 1, "vindt iets"),
        ("Ирина", 2, "koopt"),
        ("Bas", 0, "twijfelt"),
        ("Bas", -2, "haakt af"),
    ]
    path = _delimited(tmp_path / "tabel.csv", [header, *rows] if header else rows)
    canvas = read_canvas(path)
    assert [j.meta["persona"].text for j in canvas.journeys] == ["Ирина", "Bas"]
    first, second = canvas.journeys
    assert [p.name for p in first.phases] == ["1", "2", "3"] == [p.name for p in second.phases]
    assert first.phase_means() == [-1, 1, 2] and second.phase_means()[:2] == [0, -2]
    texts = [[i.text for i in cell] for j in canvas.journeys for lane in j.lanes for cell in lane.cells]
    assert ["zoekt lang"] in texts and ["haakt af"] in texts  # the words in a lane, not in the notes
    said = next(line for line in first.reading if "keyed by persona" in line)
    assert "personas, not phases" in said and "--phases-col A" in said


def test_phase_names_repeated_over_their_steps_with_scores_stay_phases(tmp_path: Path) -> None:
    rows = [("Oriëntatie", -1, "zoekt"), ("Oriëntatie", 1, "leest"), ("Aankoop", 2, "koopt"), ("Aankoop", 0, "betaalt")]
    journeys = read_canvas(_delimited(tmp_path / "stappen.csv", rows)).journeys
    assert not any("keyed by persona" in line for j in journeys for line in j.reading)


_SIX = ["Fase", "Oriëntatie", "Vergelijken", "Aankoop", "Levering", "Gebruik", "Service"]


@pytest.mark.parametrize(
    ("names", "merged", "why"),
    [
        (("App", "Mail", "Balie"), False, "its names are channels"),
        (("Blij", "Boos", "Blij"), False, "a name comes back"),
        (("Team Noord", "Team Zuid", "Team Noord"), False, "a name comes back"),
        (("Website", "Telefoon", "Winkel"), True, "comes back"),
        (("Happy", "Frustrated", "Neutral"), True, "feelings"),
    ],
)
def test_a_row_of_short_items_over_the_phases_is_a_lane_not_phase_groups(
    tmp_path: Path, names: tuple[str, str, str], merged: bool, why: str
) -> None:
    # Round 10: 'App - Mail - Balie' and 'Blij - Boos - Blij' over pairs of phases were read as phase groups.
    if why == "comes back":  # merged channel names, one coming back: either reason said
        names = (names[0], names[1], names[0])
    cells: dict[str, object] = {f"{'BCDEFG'[2 * i]}1": n for i, n in enumerate(names)}
    cells |= {f"{'ABCDEFG'[i]}2": v for i, v in enumerate(_SIX)}
    lane = ["Klantproces", "zoekt", "leest", "koopt", "wacht", "doet", "belt"]
    cells |= {f"{'ABCDEFG'[i]}3": v for i, v in enumerate(lane)}
    merges = {"Klantreis": ["B1:C1", "D1:E1", "F1:G1"]} if merged else None
    path = make_book(tmp_path / "rij.xlsx", {"Klantreis": cells}, merges)
    (journey,) = read_canvas(path).journeys
    assert journey.phase_groups == []
    assert [p.name for p in journey.phases] == _SIX[1:]
    items = [i.text for lane in journey.lanes for cell in lane.cells for i in cell]
    # the row's words are a lane's items (merged over the phases: notes, as any merged row that groups nothing)
    kept = [n.text for n in journey.notes] if merged else items
    assert all(name in kept for name in names)
    assert any("--groups above" in line and "no groups" in line for line in journey.reading)
    (grouped,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="above")).journeys
    assert [g.name.text for g in grouped.phase_groups] == list(
        names
    )  # said either way: --groups above makes them groups


_CORNER = {
    "A1": "Fase",
    "B1": "Oriëntatie",
    "C1": "Vergelijken",
    "D1": "Aankoop",
    "A2": "Klantproces",
    "B2": "Zoekt",
    "C2": "Vergelijkt",
    "D2": "Bestelt",
    "A3": "Pijnpunten",
    "B3": "Te veel keus",
    "C3": "Onduidelijke prijs",
    "D3": "Traag",
}


@pytest.mark.parametrize("kind", ["ods", "xlsx"])
def test_a_corner_merged_over_the_first_phase_leaves_the_lane_labels_in_the_first_column(
    tmp_path: Path, kind: str
) -> None:
    # Round 10: 'Fase' merged over A1:B1 (the first phase's name hidden under it) made column B the labels,
    # glued to the first phase's cells ('Klantproces\nZoekt').
    if kind == "ods":
        path = ods(tmp_path / "hoek.ods", {"Klantreis": ods_sheet(_CORNER, ["A1:B1"])})
    else:  # openpyxl empties the covered B1: the phase has no name left at all
        path = make_book(tmp_path / "hoek.xlsx", {"Klantreis": _CORNER}, {"Klantreis": ["A1:B1"]})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    assert [[i.text for i in cell] for cell in journey.lanes[0].cells] == [["Zoekt"], ["Vergelijkt"], ["Bestelt"]]
    assert [p.name for p in journey.phases][1:] == ["Vergelijken", "Aankoop"]
    said = next(str(w) for w in canvas.warnings if "column B has no phase name" in str(w))
    assert "merged over it: A1:B1" in said and "labels are read from column A" in said
    if kind == "ods":  # the hidden name is kept, as a note, and said
        assert "Oriëntatie" in [n.text for n in journey.notes]
