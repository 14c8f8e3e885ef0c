"""Canvases with labels canvasgen has never seen, in random scripts, placed anywhere: found by their structure.

Each generated sheet holds one canvas with random (non-vocabulary) phase names and lane labels,
at a random offset, in either orientation, maybe under a merged title banner, with a blank
line inside, a note beside it and merged body cells. Phases are numbered ("1. ", "Stage 2:",
arrows) or a score line runs along the phases — the signs a reader has — or neither, in which
case the reader may only guess, and must say so.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.render.xlsx.cells import set_text
from canvasgen.text import label_key
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.shapes import SCRIPTS, Unread, unknown, words

pytestmark = pytest.mark.slow


@st.composite
def canvases(draw: st.DrawFn) -> dict[str, object]:
    script = draw(st.sampled_from(SCRIPTS))
    n_phases, n_lanes = draw(st.integers(3, 7)), draw(st.integers(2, 6))
    names = draw(
        st.lists(words(script), min_size=n_phases + n_lanes, max_size=n_phases + n_lanes, unique_by=label_key).filter(
            Unread(lambda ws: all(unknown(w) for w in ws))
        )
    )
    sign = draw(st.sampled_from(["numbered", "score", "none"]))
    phases = names[:n_phases]
    if sign == "numbered":
        style = draw(st.sampled_from(["{n}. {name}", "Stage {n}: {name}", "{name} >>", "{n}) {name}"]))
        phases = [style.format(n=i, name=name) for i, name in enumerate(phases, start=1)]
    cells = [[draw(words(script)) if draw(st.booleans()) else "" for _ in range(n_phases)] for _ in range(n_lanes)]
    for row in cells:
        row[0] = row[0] or draw(words(script))  # every lane says something
    if sign == "score":
        cells[-1] = [str(draw(st.integers(1, 5))) for _ in range(n_phases)]
    return {
        "phases": phases,
        "lanes": names[n_phases:],
        "cells": cells,
        "sign": sign,
        "row": draw(st.integers(1, 5)),
        "col": draw(st.integers(1, 4)),
        "transposed": draw(st.booleans()),
        "banner": draw(st.booleans()),
        "blank_line": draw(st.booleans()),
        "note": draw(words(script).filter(unknown)),
        "merge": draw(st.booleans()),
    }


def write(spec: dict[str, object], path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    phases: list[str] = spec["phases"]  # type: ignore[assignment]
    lanes: list[str] = spec["lanes"]  # type: ignore[assignment]
    cells: list[list[str]] = spec["cells"]  # type: ignore[assignment]
    r0, c0 = int(spec["row"]) + 2, int(spec["col"])  # type: ignore[call-overload]
    gap = 1 if spec["blank_line"] else 0

    def at(i: int, j: int) -> tuple[int, int]:
        """Sheet cell of canvas row i (0: phases), column j (0: labels); a blank line after the first lane."""
        i = i + gap if i >= 2 else i
        return (r0 + i, c0 + j) if not spec["transposed"] else (r0 + j, c0 + i)

    for j, phase in enumerate(phases, start=1):
        set_text(ws.cell(*at(0, j)), phase)
    for i, lane in enumerate(lanes, start=1):
        set_text(ws.cell(*at(i, 0)), lane)
        for j, text in enumerate(cells[i - 1], start=1):
            if text:
                set_text(ws.cell(*at(i, j)), text)
    last_row = max(at(len(lanes), len(phases))[0], at(len(lanes), 0)[0])
    last_col = max(at(len(lanes), len(phases))[1], at(0, len(phases))[1])
    if spec["banner"]:
        ws.cell(r0 - 2, c0, "✦ " + str(spec["note"]).upper())
        ws.merge_cells(start_row=r0 - 2, start_column=c0, end_row=r0 - 2, end_column=last_col)
    ws.cell(last_row + 4, c0, str(spec["note"]))  # a note below, apart from the canvas
    if spec["merge"] and not spec["transposed"]:
        for i in range(1, len(lanes) + 1):
            for j in range(1, len(phases)):
                if cells[i - 1][j - 1] and not cells[i - 1][j]:
                    r, c = at(i, j)
                    ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 1)
                    break
    wb.save(path)


# Sixty sheets: each of the three signs (numbered, score line, none) in both orientations comes up about ten
# times, over the scripts, offsets, banners and blank lines the strategy draws.
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(canvases())
def test_found_by_structure(spec: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reis.xlsx"
        write(spec, path)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    n_phases, n_lanes = len(spec["phases"]), len(spec["lanes"])  # type: ignore[arg-type]
    lanes = len(journey.lanes)
    found = (len(journey.phases), lanes)
    if spec["sign"] == "none" and found == (n_lanes, n_phases):
        # Nothing told phases from lanes: a guess, and the reading says so or names the weak sign it went by.
        assert any("guess" in line or "was taken for the phases" in line or "alike" in line for line in journey.reading)
        return
    assert found == (n_phases, n_lanes), (journey.reading, [p.name for p in journey.phases])
