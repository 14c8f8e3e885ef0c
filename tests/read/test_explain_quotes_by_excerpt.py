"""`check --explain` quotes the client's text by its start (#30 round four, item 1): a 400-character header,
stage title, persona name or label makes no 400-character explain line. The lines quote the text as the
warnings do (``text.excerpt``) and keep the cell or column that holds it, where the reader finds it whole."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from canvasgen.text import excerpt
from tests.support.cli import run_clean
from tests.support.workbooks import make_book, rows_canvas

#: A header or name as some clients write them: a paragraph in one cell, its words all different.
LONG = " ".join(f"woord{i} uitleg{i * 7 % 13} van{i}" for i in range(24))


def _explained(*args: object) -> str:
    """What ``--explain`` adds to ``check``: its "how it was read" part, the reading's lines."""
    code, out, err = run_clean("check", "--explain", *args)
    assert code == 0, out + err
    assert ": how it was read" in out
    return out.split(": how it was read", 1)[1]


def _quoted_by_start(out: str, long: str = LONG) -> None:
    """The long text is never quoted whole nor by its first 120 characters; its start is, with '…'."""
    flat = " ".join(out.split())
    assert long[:120] not in flat, flat
    assert excerpt(long) in flat and excerpt(long).endswith("…")


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_stage_lists_long_column_header(tmp_path: Path) -> None:
    rows = [
        ["id", "title", LONG, "business_goal"],
        ["1", "Notice the offer", "online", "Reach new households"],
        ["2", "Compare suppliers", "online", "Be on the shortlist"],
        ["3", "Site visit", "home", "Win the visit"],
        ["4", "Sign", "home", "Close the deal"],
    ]
    out = _explained(_csv(tmp_path / "stages.csv", rows))
    _quoted_by_start(out)
    assert f"column C ('{excerpt(LONG)}')" in " ".join(out.split())


def test_a_persona_sheets_long_column_header(tmp_path: Path) -> None:
    journey: dict[str, object] = {"A1": "Fase", "A2": "Klantacties", "A3": "Pijnpunten"}
    for i, phase in enumerate(["Ontdekken", "Aanvragen", "Levering"]):
        journey |= {f"{'BCD'[i]}1": phase, f"{'BCD'[i]}2": f"Doet {i}", f"{'BCD'[i]}3": f"Pijn {i}"}
    people: dict[str, object] = {"A1": "Naam", "B1": "Functie", "C1": "Wil graag", "D1": LONG}
    people |= {"A2": "Sanne", "B2": "Beleidsmedewerker", "C2": "Fit blijven", "D2": "Papierwerk"}
    people |= {"A3": "Ahmed", "B3": "Teamleider HR", "C3": "Overzicht", "D3": "Telefoontjes"}
    out = _explained(make_book(tmp_path / "fiets.xlsx", {"Reis": journey, "Doelgroep": people}))
    assert "personas, by its columns" in out
    assert LONG[:120] not in " ".join(out.split())


def test_companion_stage_titles_and_persona_names(tmp_path: Path) -> None:
    matrix = _csv(
        tmp_path / "matrix.csv",
        [["persona_id", "stage_id", "goal", "emotion_value"]]
        + [[p, s, f"goal {p}{s}", str(int(s) % 3 + 1)] for p in ("P1", "P2") for s in ("1", "2", "3")],
    )
    long_title, long_name = "Search " + LONG, "Ruud " + LONG
    stages = _csv(tmp_path / "stages.csv", [["id", "title"], ["1", long_title], ["2", "Booking"], ["3", "Payment"]])
    personas = _csv(
        tmp_path / "personas.csv",
        [["id", "name", "persona"], ["P1", long_name, "A landlord with a leak"], ["P2", "Eva Lind", "Plans a kitchen"]],
    )
    out = _explained(matrix, "--with", stages, "--with", personas)
    flat = " ".join(out.split())
    assert f"its stages named by id from stages.csv: 1 = '{excerpt(long_title)}', 2 = 'Booking'" in flat
    assert f"persona id 'P1' named by personas.csv: '{excerpt(long_name)}'" in flat
    assert long_title[:120] not in flat and long_name[:120] not in flat


def test_a_notes_column_apart_with_a_long_header(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("Fase", "Ontdekken", "Aanvragen", "Levering", None, LONG),
        ("Klantacties", "Zoekt", "Vraagt aan", "Wacht", None, "Een notitie"),
        ("Pijnpunten", "Vaag", "Lang formulier", "Laat", None, None),
    ]
    out = _explained(rows_canvas(tmp_path / "notities.xlsx", rows))
    _quoted_by_start(out)
    assert f"headed '{excerpt(LONG)}' in F3" in " ".join(out.split())


@pytest.mark.parametrize("faces", [["🙂", "😐", "🙁"], ["blij", "neutraal", "boos"]])
def test_a_long_label_over_a_row_of_feelings(tmp_path: Path, faces: list[str]) -> None:
    label = "Hoe voelt de klant zich? " + LONG
    rows: list[tuple[object, ...]] = [
        ("Fase", "Ontdekken", "Aanvragen", "Levering"),
        ("Klantacties", "Zoekt", "Vraagt aan", "Wacht"),
        (label, *faces),
    ]
    out = _explained(rows_canvas(tmp_path / "gevoel.xlsx", rows))
    flat = " ".join(out.split())
    assert label[:120] not in flat, flat
    assert excerpt(label) in flat


def test_a_merged_title_over_a_phase_group_row_keeps_its_cell(tmp_path: Path) -> None:
    """Whatever the reader says of a long cell, it names where the cell is: an explain line quoting the
    start of the long text also names its cell or column."""
    rows: list[tuple[object, ...]] = [
        ("Fase", "Ontdekken", "Aanvragen", "Levering"),
        ("Klantacties", "Zoekt", "Vraagt aan", "Wacht"),
        ("Pijnpunten", "Vaag", "Lang formulier", "Laat"),
    ]
    path = rows_canvas(tmp_path / "titel.xlsx", rows, title=LONG)
    out = _explained(path)
    _quoted_by_start(out)
    for line in out.splitlines():
        if excerpt(LONG) in line and "(sheet" not in line and "journey '" not in line:
            assert "A1" in line, line


def test_checks_summary_quotes_long_names_and_labels_by_their_start_too(tmp_path: Path) -> None:
    """`check` itself (without --explain) lists the journey, its phases and its lanes: a long one by its start."""
    label, phase = "Wat doet de klant? " + LONG, "Ontdekken " + LONG
    rows: list[tuple[object, ...]] = [
        ("Fase", phase, "Aanvragen", "Levering"),
        (label, "Zoekt", "Vraagt aan", "Wacht"),
        ("Pijnpunten", "Vaag", "Lang formulier", "Laat"),
    ]
    code, out, _ = run_clean("check", rows_canvas(tmp_path / "lang.xlsx", rows, title="Klantreis " + LONG))
    flat = " ".join(out.split())
    assert code == 0
    assert LONG[:120] not in flat, flat
    assert f"lane '{excerpt(label)}' [customer, question 'Wat doet de klant?']: 3 items" in flat
    assert f"3 phases: {excerpt(phase)} | Aanvragen | Levering" in flat
    assert f"journey '{excerpt('Klantreis ' + LONG)}'" in flat
