"""The actions' owner and priority columns are the team's to fill in (#31 round 22, item 2): a column empty on
every row (no owner written, no phase scored) stays in the table, the team's working copy, but narrowed to
its header's word, the action's text given the width: seven slides of actions each stood beside two empty
quarters of the table."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.layouts import build_deck
from tests.support.read_back import title_of
from tests.support.workbooks import rows_canvas

PHASES = ("Oriëntatie", "Vergelijken", "Kopen", "Gebruiken", "Opzeggen")


def _actions_book(path: Path, scored: bool) -> Path:
    action = "De offerte herschrijven in begrijpelijke taal, met de terugverdientijd voorop en een voorbeeld"
    rows: list[tuple[object, ...]] = [
        ("Fase", *PHASES),
        ("Klantproces", *(f"Klant in {p.lower()}" for p in PHASES)),
        ("Leerdoelen & verbeteringen", *("\n".join(f"{action} {k} in {p.lower()}" for k in range(4)) for p in PHASES)),
    ]
    if scored:
        rows.append(("Score", 1, -1, 0, 2, -2))
    return rows_canvas(path, rows)


def _action_tables(pptx: Path) -> list[tuple[str, list[float], list[list[str]]]]:
    found = []
    for slide in Presentation(str(pptx)).slides:
        if not title_of(slide).startswith("Verbeteracties"):
            continue
        for shape in slide.shapes:
            if shape.has_table and shape.table.cell(0, 1).text == "Actie":
                widths = [column.width / 12700 for column in shape.table.columns]
                rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
                found.append((title_of(slide), widths, rows))
    return found


def test_empty_owner_and_priority_columns_are_narrowed_and_the_action_gets_the_width(tmp_path: Path) -> None:
    tables = _action_tables(build_deck(_actions_book(tmp_path / "acties.xlsx", scored=False), tmp_path / "out"))
    assert tables
    actions = [row[1] for _, _, rows in tables for row in rows[1:]]
    assert len(actions) == 20  # every action there
    for _, widths, rows in tables:
        assert rows[0][2:] == ["Eigenaar", "Prioriteit"]  # the team's columns stay, to fill in
        assert all(not row[2] and not row[3] for row in rows[1:])
        total = sum(widths)
        assert widths[2] < 0.1 * total and widths[3] < 0.12 * total, widths  # narrowed: about their header
        assert widths[1] > 0.55 * total, widths  # the action gets the width (its half, and what they leave)
    # one table design over the slides
    assert len({tuple(round(w) for w in widths) for _, widths, _ in tables}) == 1


def test_a_priority_from_the_scores_keeps_its_width(tmp_path: Path) -> None:
    tables = _action_tables(build_deck(_actions_book(tmp_path / "acties.xlsx", scored=True), tmp_path / "out"))
    _, widths, rows = tables[0]
    assert rows[0][3] == "Prioriteit (uit de score)"
    assert all(row[3] for row in rows[1:])  # filled from the scores
    assert widths[3] > 0.12 * sum(widths)
    assert widths[2] < 0.1 * sum(widths)  # the owner, empty, is narrowed all the same
