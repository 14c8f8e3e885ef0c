"""What the round-10 hostile tester found in reading: a persona column with scores read as phases, a row of
short items read as phase groups, an .ods merge over the corner, an out-of-scope marker row. Each reading is
said with its correction; no word is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.reader import read_canvas
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
