"""Phase columns (#17, #27): a blank phase header over filled cells next to the grid is a phase of its own
(never merged into its neighbour), said with the cell and the fix; a blank over nothing is a spacer, a filled
column set apart by blank ones stays notes; a name repeated further on is numbered, never refused; a named
phase with nothing under it stays a phase, on the poster and in the deck, with its touchpoints in it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.cli import main
from tests.support.read_back import pdf_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

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


def test_a_blank_phase_name_over_a_filled_column_is_a_phase_of_its_own(tmp_path: Path) -> None:
    # #17 merged such a column into the phase on its left as a further step; #27 reverses it: a phase of its
    # own, named by its place in the sheet's word for a phase ("Fase 3"; round 18: never "Kolom D"), and said.
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(["Oriëntatie", "Zoeken & kiezen", None, "Kopen"])})
    journey = read_canvas(path).journeys[0]
    assert [(p.name, p.steps) for p in journey.phases] == [
        ("Oriëntatie", 1),
        ("Zoeken & kiezen", 1),
        ("Fase 3", 1),
        ("Kopen", 1),
    ]
    assert [lane.cells[2][0].text for lane in journey.lanes] == ["klant doet 2", "wij doen 2"]
    assert _warnings(path) == [
        "reis.xlsx: Klantreis!D1: column D has no phase name; read as a phase of its own, called 'Fase 3' after its "
        "place (phase 3 of 4) — name it in D1, or merge C1:D1 if it is a further step of 'Zoeken & kiezen'"
    ]


def test_a_blank_header_last_beside_the_grid_is_a_phase_too_named_in_the_sheets_word(tmp_path: Path) -> None:
    cells = {"A1": "Phase", "B1": "Search", "C1": "Buy", "A2": "Customer process", "A3": "Internal process"}
    cells |= {f"{col}{row}": f"the customer does {col}{row}" for col in "BCD" for row in (2, 3)}
    path = make_book(tmp_path / "trip.xlsx", {"Map": cells})
    assert [p.name for p in read_canvas(path).journeys[0].phases] == ["Search", "Buy", "Phase 3"]
    assert "or merge C1:D1 if it is a further step of 'Buy'" in _warnings(path)[0]


def test_a_blank_header_over_nothing_is_a_spacer(tmp_path: Path) -> None:
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(["Oriëntatie", "Zoeken", None, "Kopen"], empty=2)})
    assert [p.name for p in read_canvas(path).journeys[0].phases] == ["Oriëntatie", "Zoeken", "Kopen"]
    assert _warnings(path) == []


def test_a_filled_column_set_apart_by_a_blank_one_stays_notes(tmp_path: Path) -> None:
    cells = _cells(["Oriëntatie", "Zoeken", "Kopen"]) | {"F2": "los briefje"}
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    journey = read_canvas(path).journeys[0]
    assert [p.name for p in journey.phases] == ["Oriëntatie", "Zoeken", "Kopen"]
    assert [n.text for n in journey.notes] == ["los briefje"]
    assert _warnings(path) == ["reis.xlsx: Klantreis: 1 cell(s) outside the canvas kept as notes: F2"]


def test_a_blank_header_after_a_spacer_but_beside_a_phase_is_a_phase(tmp_path: Path) -> None:
    cells = {k: v for k, v in _cells(["Oriëntatie", None, None, "Kopen"]).items() if not k.startswith("C")}
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    assert [p.name for p in read_canvas(path).journeys[0].phases] == ["Oriëntatie", "Fase 2", "Kopen"]
    assert "merge it with the header on its right" in _warnings(path)[0]


def test_a_name_repeated_further_on_is_numbered_and_built(tmp_path: Path) -> None:
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(["Aankoop", "Gebruik", "Aankoop", "Gebruik"])})
    journey = read_canvas(path).journeys[0]
    assert [p.name for p in journey.phases] == ["Aankoop", "Gebruik", "Aankoop (2)", "Gebruik (2)"]
    assert _warnings(path)[0] == (
        "reis.xlsx: Klantreis!D1: phase 'Aankoop' repeats the phase in B1; read as a phase of its own, 'Aankoop (2)' "
        "— give each phase its own name (adjacent columns under one name are read as steps of one phase)"
    )
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3"])
    assert result.exit_code == 0, result.output
    assert squeeze("Aankoop (2)") in squeeze(pdf_text(tmp_path / "out" / "reis.pdf"))


def test_the_same_name_in_neighbouring_columns_is_said(tmp_path: Path) -> None:
    names = ["Oriëntatie", "Kopen", "Kopen", "Gebruiken"]
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(names)})
    assert [p.steps for p in read_canvas(path).journeys[0].phases] == [1, 2, 1]
    assert _warnings(path) == [
        "reis.xlsx: Klantreis!D1: column D repeats the name 'Kopen' of the column on its left; read as a further "
        "step of 'Kopen' — merge the two header cells to say so, or give it a name of its own"
    ]


def test_merged_phase_headers_are_one_phase_by_design_and_said(tmp_path: Path) -> None:
    """One phase of both columns, as designed; since round 14 (new user F10) said, with the range to unmerge."""
    names = ["Oriëntatie", "Kopen", None, "Gebruiken"]
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(names)}, {"Klantreis": ["C1:D1"]})
    assert [p.steps for p in read_canvas(path).journeys[0].phases] == [1, 2, 1]
    assert _warnings(path) == [
        "reis.xlsx: Klantreis!C1:D1: phase 'Kopen' is merged over columns C, D: read as one phase holding the cells "
        "of all of them (their scores too) — to make each column a phase of its own, unmerge C1:D1 and name each "
        "column; to name steps under it, write their names in the row under it"
    ]


def test_under_a_phase_over_steps_header_only_a_blank_step_name_is_said(tmp_path: Path) -> None:
    cells: dict[str, object] = {
        "A3": "Klantproces",
        "A4": "Intern proces",
        "B1": "Oriëntatie",
        "D1": "Kopen",
        "G1": "Gebruiken",
    }
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
    touchpoints = {
        "A1": "Fase",
        "B1": "Contactmoment",
        "C1": "Kanaal",
        "A2": "Kopen",
        "B2": "Offertemail",
        "C2": "E-mail",
    }
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
    deck_text = squeeze(
        " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    )
    assert all(squeeze(name) in deck_text for name in PHASES)


def test_a_blank_phase_header_and_a_notes_column_set_apart_keep_the_notes_notes(tmp_path: Path) -> None:
    # N4: with one phase header blank over filled cells, a notes column one or two blank columns right of the
    # last phase became a sixth phase (its notes lane items); a title merged across the gap changes nothing.
    for gap, titled in ((1, False), (2, False), (2, True)):
        notes = "GHI"[gap]
        cells = _cells(["Oriëntatie", "Zoeken", None, "Kopen", "Gebruiken"]) | {
            f"{notes}1": "Opmerkingen facilitator",
            f"{notes}2": "KCC-cijfers opvragen",
            f"{notes}3": "S-schijf",
        }
        if titled:  # the canvas two rows down, under a title merged across the gap
            cells = {f"{ref[0]}{int(ref[1:]) + 2}": v for ref, v in cells.items()} | {"A1": "Parkeren – workshop"}
        book = make_book(
            tmp_path / f"reis{gap}{titled}.xlsx", {"Klantreis": cells}, {"Klantreis": ["A1:H1"]} if titled else None
        )
        canvas = read_canvas(book)
        journey = canvas.journeys[0]
        assert [p.name for p in journey.phases] == ["Oriëntatie", "Zoeken", "Fase 3", "Kopen", "Gebruiken"]
        assert {n.text for n in journey.notes} >= {"KCC-cijfers opvragen", "S-schijf"}
        assert journey.notes_title is not None and journey.notes_title.text == "Opmerkingen facilitator"  # round 10
        assert any("kept as notes" in str(w) for w in canvas.warnings)


def test_made_up_and_numbered_phase_names_never_take_a_name_the_sheet_wrote(tmp_path: Path) -> None:
    # H9: "A | (blank) | Kolom C | A | A (2)" read as "A | Kolom C | Kolom C | A (2) | A (2)", unwarned; since
    # round 18 the blank one is named by its place ("Fase 2"), which the sheet wrote over column D.
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": _cells(["A", None, "Fase 2", "A", "A (2)"])})
    canvas = read_canvas(path)
    names = [p.name for p in canvas.journeys[0].phases]
    assert names == ["A", "Fase 2 (2)", "Fase 2", "A (3)", "A (2)"]
    said = _warnings(path)
    assert any("'A (3)'" in w for w in said)
    assert any("column C is called 'Fase 2 (2)': 'Fase 2' is the name of the phase in D1" in w for w in said)
    copy = make_book(tmp_path / "kopie.xlsx", {"Klantreis": _cells(["A", None, "Fase 2", "A", "A (2)"])})
    result = CliRunner().invoke(main, ["diff", str(path), str(copy)])
    assert result.exit_code == 0, result.output
    assert "hernoemd" not in result.output and "geen wijzigingen" in result.output


def test_names_alike_only_once_their_numbering_is_off_are_kept_whole_not_blamed(tmp_path: Path) -> None:
    """H10: "Stap 2 Formulier factuur" and "Stap 4 Formulier factuur" are two names the client gave; taking
    the numbering off made them one. Both are kept as written, said in --explain, and no warning tells the client
    to name them apart; the other phases still lose their numbering, and a real repeat is still said."""
    from tests.support.workbooks import rows_canvas

    names = ["Stap 1 Kijken", "Stap 2 Formulier factuur", "Stap 3 Bellen", "Stap 4 Formulier factuur", "Bellen"]
    rows = [("Fase", *names), ("Klantproces", "a", "b", "c", "d", "e"), ("Score", 1, -1, 0, -2, 2)]
    path = rows_canvas(tmp_path / "stappen.xlsx", rows)
    journey = read_canvas(path).journeys[0]
    assert [p.name for p in journey.phases] == [
        "Kijken",
        "Stap 2 Formulier factuur",
        "Bellen",
        "Stap 4 Formulier factuur",
        "Bellen (2)",
    ]
    result = CliRunner().invoke(main, ["check", "--explain", str(path)])
    flat = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert "phase 'Formulier factuur' repeats" not in flat and "Formulier factuur (2)" not in flat
    assert (
        "phases C3, E3: 'Formulier factuur' once their numbering is taken off: their names kept as written, "
        "numbering and all ('Stap 4 Formulier factuur')"
    ) in flat
    assert "phase 'Bellen' repeats the phase in D3" in flat  # the same name written twice is still said
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    poster = squeeze(pdf_text(tmp_path / "out" / "stappen.pdf"))
    assert squeeze("Stap 2 Formulier factuur") in poster and squeeze("Stap 4 Formulier factuur") in poster
