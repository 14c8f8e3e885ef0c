"""Issue #30, round fifteen: the reader's last silent misreads of the tables' layout (the shapes tester's F1,
F23, F14, F19). Each shape a small look-alike of our own, Dutch and English, with a generated property where
the shape is general: what the reader decides it says, and no word of the client's is lost."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines

_FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

STEPS_NL = ["Klacht merken", "Afspraak maken", "Bezoek", "Nazorg"]
STEPS_EN = ["Notice symptoms", "Book a slot", "Visit", "Aftercare"]
LANES_NL = ["Wat doet de patiënt?", "Gevoel", "Pijnpunten"]
LANES_EN = ["What does the patient do?", "Feeling", "Pain points"]


def _rows(path: Path, rows: list[list[object]], title: str = "Reis") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@_FEW
@given(
    arrow=st.sampled_from(["↓", "▼", "⬇", "⬇\ufe0f", "⇩", "↓ ↓", "▾", "→"]),
    dutch=st.booleans(),
    count=st.integers(2, 4),
    title=st.booleans(),
)
def test_arrows_between_phases_running_down_are_separators_never_phases(
    tmp_path: Path, arrow: str, dutch: bool, count: int, title: bool
) -> None:
    """F1: phases down column A, a row holding only an arrow between each two: the arrows were one phase '↓'."""
    steps, lanes = (STEPS_NL, LANES_NL) if dutch else (STEPS_EN, LANES_EN)
    rows: list[list[object]] = [["Reis: naar de huisarts"]] if title else []
    rows.append(["Fase" if dutch else "Phase", *lanes])
    for index, step in enumerate(steps[:count]):
        if index:
            rows.append([arrow])
        rows.append([step, f"{step.lower()} (1)", "ok", f"{step.lower()} (2)"])
    path = _rows(tmp_path / "pijlen.xlsx", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == steps[:count]
    assert [lane.label for lane in journey.lanes] == lanes
    if count > 2:  # two arrows or more vote for the phases' direction, said as separators
        assert any("arrows between the names in column A" in line and "no phases" in line for line in journey.reading)
    assert lost_lines(path, canvas) == []
