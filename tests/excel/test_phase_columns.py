"""Columns read as further steps of a phase are said, with the cell and the fix (#17); a named phase with
nothing under it stays a phase, on the poster and in the deck, with its touchpoints in it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.cli import main
from canvasgen.excel.reader import read_canvas
from tests.helpers import make_book, pdf_text, squeeze

PHASES = ["Oriëntatie", "Zoeken & kiezen", "Kopen", "Gebruiken", "Opzeggen"]


def _cells(names: list[str | None], empty: int | None = None) -> dict[str, object]:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Intern proces"}
    for i, name in enumerate(names):
        col = "BCDEFG"[i]
        if name is not None:
            cells[f"{col}1"] = name
        if i != empty:
            cells[f"{col}2"], cells[f"{col}3"] = f"klant doet {i}", f"wij doen {i}"
    return cells


def _warnings(path: Path) -> list[str]:
    return [str(w).replace(f"{path.parent}/", "") for w in read_canvas(path).warnings]


def test_a_blank_phase_name_over_a_filled_column_is_said_with_its_cell(tmp_path: Path) -> None:
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(["Oriëntatie", "Zoeken & kiezen", None, "Kopen"])})
    canvas = read_canvas(path)
    assert [(p.name, p.steps) for p in canvas.journeys[0].phases] == [("Oriëntatie", 1), ("Zoeken & kiezen", 2),
                                                                      ("Kopen", 1)]  # fmt: skip
    assert _warnings(path) == [
        "reis.xlsx: Klantreis!D1: column D has no phase name; read as a further step of 'Zoeken & kiezen' — "
        "give it a name if it is a phase of its own"
    ]


def test_the_same_name_in_neighbouring_columns_is_said(tmp_path: Path) -> None:
    names = ["Oriëntatie", "Kopen", "Kopen", "Gebruiken"]
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(names)})
    assert [p.steps for p in read_canvas(path).journeys[0].phases] == [1, 2, 1]
    assert _warnings(path) == [
        "reis.xlsx: Klantreis!D1: column D repeats the name 'Kopen' of the column on its left; read as a further "
        "step of 'Kopen' — merge the two header cells to say so, or give it a name of its own"
    ]


def test_merged_phase_headers_are_steps_by_design_and_not_warned(tmp_path: Path) -> None:
    names = ["Oriëntatie", "Kopen", None, "Gebruiken"]
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(names)}, {"Klantreis": ["C1:D1"]})
    assert [p.steps for p in read_canvas(path).journeys[0].phases] == [1, 2, 1]
    assert _warnings(path) == []


def test_under_a_phase_over_steps_header_only_a_blank_step_name_is_said(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A3": "Klantproces", "A4": "Intern proces", "B1": "Oriëntatie", "D1": "Kopen",
                                "G1": "Gebruiken"}  # fmt: skip
    cells |= {
        f"{col}{row}": f"{word} {col}" for col in "BCDEFG" for row, word in ((2, "stap"), (3, "klant"), (4, "wij"))
    }
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    phases = read_canvas(path).journeys[0].phases
    assert [(p.name, p.steps) for p in phases] == [("Oriëntatie", 2), ("Kopen", 3), ("Gebruiken", 1)]
    assert _warnings(path) == []  # C1, E1, F1 blank over their steps: as meant
    del cells["E2"]
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    assert _warnings(path) == [
        "reis.xlsx: Klantreis!E1: column E has no step name; read as a further step of 'Kopen' — "
        "name the step in the row under the phase"
    ]


def test_an_empty_phase_stays_on_the_poster_and_in_the_deck_with_its_touchpoints(tmp_path: Path) -> None:
    touchpoints = {"A1": "Fase", "B1": "Contactmoment", "C1": "Kanaal", "A2": "Kopen", "B2": "Offertemail",
                   "C2": "E-mail"}  # fmt: skip
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(PHASES, empty=2), "Contactmomenten": touchpoints})
    canvas = read_canvas(path)
    assert [p.name for p in canvas.journeys[0].phases] == PHASES and _warnings(path) == []
    assert canvas.touchpoints[0].phase.text == "Kopen"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A2"])
    assert result.exit_code == 0, result.output
    map_page = squeeze(PdfReader(tmp_path / "out" / "reis.pdf").pages[0].extract_text())
    assert all(squeeze(name) in map_page for name in PHASES)  # the empty phase too, on the map itself
    assert squeeze("Offertemail") in squeeze(pdf_text(tmp_path / "out" / "reis.pdf"))
    deck = Presentation(str(tmp_path / "out" / "reis.pptx"))
    deck_text = squeeze(" ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes
                                 if shape.has_text_frame))  # fmt: skip
    assert all(squeeze(name) in deck_text for name in PHASES)
