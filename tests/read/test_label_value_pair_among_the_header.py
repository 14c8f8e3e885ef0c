"""A label and its value among the header's rows that canvasgen has no field for ("Specialisme | Totale knieprothese"
between "Opdrachtgever | …" and "Versie | …"; round 20, new user F1): one note "Specialisme: Totale knieprothese",
said in `check --explain`, no longer two notes torn apart (the label in one, its value in another)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_PHASES = ["Verwijzing", "Intake", "Operatie"]


def _book(path: Path, header: list[tuple[str, str]], gap: int = 1) -> Path:
    cells: dict[str, object] = {"A1": "Van verwijzing tot nazorg"}
    for r, (label, value) in enumerate(header, start=2):
        cells |= {f"A{r}": label, f"B{r}": value}
    top = 2 + len(header) + gap
    cells |= {f"A{top}": "Fase"} | {f"{'BCD'[i]}{top}": p for i, p in enumerate(_PHASES)}
    for r, lane in enumerate(["Klantproces", "Pijnpunten"], start=top + 1):
        cells |= {f"A{r}": lane} | {f"{'BCD'[i]}{r}": f"{lane} {p}" for i, p in enumerate(_PHASES)}
    return make_book(path, {"Knie": cells})


_HEADER = [("Opdrachtgever", "Ziekenhuis Rijnoever"), ("Specialisme", "Totale knieprothese"), ("Versie", "1.0")]


def test_an_unknown_label_among_the_header_is_one_note_with_its_value(tmp_path: Path) -> None:
    path = _book(tmp_path / "knie.xlsx", _HEADER)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.meta["client"].text == "Ziekenhuis Rijnoever" and journey.meta["version"].text == "1.0"
    assert [(n.text, str(n.source)) for n in journey.notes] == [("Specialisme: Totale knieprothese", "Knie!A3:B3")]
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "1 note outside the canvas" in out
    assert (
        "A3:B3 ('Specialisme' | 'Totale knieprothese') is a label and its value among the header's, a label canvasgen "
        "has no field for: kept as one note 'Specialisme: Totale knieprothese'"
    ) in out


def test_a_label_with_its_colon_is_not_given_a_second(tmp_path: Path) -> None:
    path = _book(tmp_path / "knie.xlsx", [("Opdrachtgever", "Rijnoever"), ("Specialisme:", "Knie"), ("Versie", "2")])
    (journey,) = read_canvas(path).journeys
    assert [n.text for n in journey.notes] == ["Specialisme: Knie"]


def test_two_cells_far_from_the_header_stay_two_notes(tmp_path: Path) -> None:
    # a pair of cells under the canvas is no header's label and value: each its own note, as before
    path = _book(tmp_path / "knie.xlsx", [("Opdrachtgever", "Rijnoever")])
    book_cells = {"A12": "Zie ook", "B12": "het verslag van de sessie"}
    wb = load_workbook(path)
    for ref, text in book_cells.items():
        wb["Knie"][ref] = text
    wb.save(path)
    (journey,) = read_canvas(path).journeys
    assert [n.text for n in journey.notes] == ["Zie ook", "het verslag van de sessie"]
