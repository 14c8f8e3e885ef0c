"""Issue #30, round fourteen: the reader's last silent merges. Each shape is a small look-alike of our own
(Dutch and English), with a generated property where the shape is general: whatever the reader decides,
check and --explain say it, with the option that changes it, and no word of the client's is lost."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.read.corrections import from_options
from canvasgen.read.reader import read_canvas

NAMES_NL = ["Oriënteren", "Vergelijken", "Kopen", "Gebruiken", "Opzeggen"]
NAMES_EN = ["Look around", "Weigh up", "Sign", "Settle in", "Leave"]
_FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _numbered_over_names(
    path: Path, word: str, names: list[str], spans: list[int], at: tuple[int, int] = (1, 1), corner: bool = True
) -> Path:
    """A row of numbered phases ('Fase 1' ...), each merged over ``spans[i]`` named columns under it, with
    ``word`` in the corner when ``corner``; two lanes under the names. ``at``: the top-left cell (row, col)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    top, left = at
    if corner:
        sheet.cell(top, left, word)
    col = left + 1
    for number, span in enumerate(spans, start=1):
        sheet.cell(top, col, f"{word} {number}")
        if span > 1:
            sheet.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + span - 1)
        col += span
    sheet.cell(top + 2, left, "Klantacties")
    sheet.cell(top + 3, left, "Knelpunten")
    for index, name in enumerate(names):
        sheet.cell(top + 1, left + 1 + index, name)
        sheet.cell(top + 2, left + 1 + index, f"doet iets bij {name.lower()}")
        sheet.cell(top + 3, left + 1 + index, f"last van {name.lower()}")
    book.save(path)
    return path


def test_a_numbered_phase_over_two_named_columns_groups_them_said_with_groups_none(tmp_path: Path) -> None:
    """H24: 'Fase 1' merged over 'Oriënteren | Vergelijken', 'Fase 2' and 'Fase 3' over one name each, 'Fase'
    in the corner: each named column a phase, each number the group over them, said with --groups none; and
    --groups none makes each number a phase with its columns as steps. The corner word is no note."""
    path = _numbered_over_names(tmp_path / "fasen.xlsx", "Fase", NAMES_NL[:4], [2, 1, 1])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == NAMES_NL[:4]
    assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [
        ("Fase 1", 0, 2),
        ("Fase 2", 2, 1),
        ("Fase 3", 3, 1),
    ]
    (said,) = [str(w) for w in canvas.warnings if "names groups of the phases" in str(w)]
    assert "its names number the phases and one is merged over several named columns" in said
    assert said.endswith("give --groups none")
    assert not canvas.notes and not any("outside the canvas" in str(w) for w in canvas.warnings)

    (steps,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert [p.name for p in steps.phases] == ["Fase 1", "Fase 2", "Fase 3"]
    assert [[s.text for s in p.step_names] for p in steps.phases] == [NAMES_NL[:2], NAMES_NL[2:3], NAMES_NL[3:4]]
    assert [label.text for label in steps.phase_labels] == ["Fase"]  # the corner heads the phases, no note


def test_the_corner_word_of_a_row_of_numbers_heads_the_phases_not_a_note(tmp_path: Path) -> None:
    """H24: 'Fase | 1 | 2 | 3 | 4' over the names: the numbers number the phases and 'Fase' heads them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Stage", 1, 2, 3, 4])
    sheet.append([None, *NAMES_EN[:4]])
    sheet.append(["Customer actions", *(f"does {n.lower()}" for n in NAMES_EN[:4])])
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == NAMES_EN[:4]
    assert [label.text for label in journey.phase_labels] == ["Stage"]
    assert not canvas.notes and not journey.notes


@_FEW
@given(
    spans=st.lists(st.integers(1, 2), min_size=2, max_size=3).filter(lambda s: max(s) == 2),
    word=st.sampled_from(["Fase", "Stap", "Stage", "Step"]),
    at=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    corner=st.booleans(),
)
def test_numbered_phases_over_named_columns_keep_every_column_and_say_it(
    tmp_path: Path, spans: list[int], word: str, at: tuple[int, int], corner: bool
) -> None:
    names = (NAMES_NL + NAMES_EN)[: sum(spans)]
    path = _numbered_over_names(tmp_path / "n.xlsx", word, names, spans, at, corner)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names  # every named column a phase of its own
    assert [g.name.text for g in journey.phase_groups] == [f"{word} {n}" for n in range(1, len(spans) + 1)]
    assert [g.count for g in journey.phase_groups] == spans
    explained = " ".join(journey.reading)
    assert f"names groups of the phases in row {at[0] + 1}" in explained and "--groups none" in explained
    assert not canvas.notes
