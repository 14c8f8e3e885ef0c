"""Round 17 (#30): a Smaply-like export where every lane has a kind of its own (Steps, Touchpoints, Emotions,
Backstage…). With the kind "Steps" beside the lane "Steps" the steps row was taken for the phase row (as
UXPressia's "Stages | stages" is), the phases became notes; exported without headers over the labels and the
kinds, the kind "Text" became a phase, the labels and kinds one label ("Steps Text"). Each row is its lane."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.shapes import unknown
from tests.support.workbooks import make_book

PHASES = ["Research", "Switch", "Onboarding"]
LANES = [
    ("Steps", "Compares prices", "Signs contract", "Gets the app"),
    ("Touchpoints", "website", "phone", "app"),
    ("Emotions", 1, -1, 2),
    ("Backstage", "pricing engine", "contract desk", "app team"),
    ("Support processes", "CRM", "billing", "helpdesk"),
]
KINDS = {
    "named after the lanes": ("Steps", "Touchpoints", "Emotions", "Backstage", "Process"),
    "a tool's words": ("Text", "Touchpoint", "Emotion", "Backstage", "Process"),
}
ROLES = ["customer", "touchpoints", "score", "internal", "internal"]


def _export(path: Path, kinds: tuple[str, ...], headed: bool) -> Path:
    rows: list[list[object]] = [["Lane" if headed else None, "Lane type" if headed else None, *PHASES]]
    rows += [[label, kind, *cells] for (label, *cells), kind in zip(LANES, kinds, strict=True)]
    cells = {f"{chr(65 + c)}{r}": v for r, row in enumerate(rows, start=1) for c, v in enumerate(row) if v is not None}
    return make_book(path, {"Smaply": cells})


@pytest.mark.parametrize("kinds", KINDS)
@pytest.mark.parametrize("headed", [True, False], ids=["headed", "unheaded"])
def test_every_row_of_a_smaply_export_is_its_lane(tmp_path: Path, kinds: str, headed: bool) -> None:
    path = _export(tmp_path / "smaply.xlsx", KINDS[kinds], headed)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == [lane[0] for lane in LANES]
    assert [lane.kind.value for lane in journey.lanes] == ROLES
    assert [i.text for i in journey.lanes[0].cells[1]] == ["Signs contract"]
    assert [[s.value for s in phase] for phase in journey.scores] == [[1], [-1], [2]]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "phases in row 1 (C1:E1)" in explained
    header = "'Lane type'" if headed else "no header"
    assert f"column B ({header}) names each lane's kind ('{KINDS[kinds][0]}'" in explained
    assert f"lane 'Steps' of kind '{KINDS[kinds][0]}' (A2): the persona's steps" in explained


# never a word the reader knows (hypothesis mixes the code's own constants into drawn text: it drew "Ausfullen",
# a placeholder's word, as a phase)
_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10).map(str.capitalize).filter(unknown)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    phases=st.lists(_NAME, min_size=3, max_size=6, unique_by=str.lower),
    others=st.lists(st.sampled_from(range(1, len(LANES))), min_size=2, max_size=4, unique=True),
    kinds=st.sampled_from(list(KINDS)),
    headed=st.booleans(),
    top=st.integers(0, 3),
    left=st.integers(0, 2),
)
def test_any_smaply_export_of_lanes_of_their_own_kinds_reads_each_row_as_its_lane(
    tmp_path: Path, phases: list[str], others: list[int], kinds: str, headed: bool, top: int, left: int
) -> None:
    """The steps lane first (as the tool exports it) and some of the others in any order, any phases, the
    export anywhere on its sheet, headed or not: every row is its lane, of its kind's role."""
    chosen = [0, *others]
    rows: list[list[object]] = [["Lane" if headed else None, "Lane type" if headed else None, *phases]]
    for index in chosen:
        label, *_ = LANES[index]
        cells = (
            [(i - 1) % 3 - 1 for i in range(len(phases))]
            if label == "Emotions"
            else [f"{label.lower()} {p.lower()}" for p in phases]
        )
        rows.append([label, KINDS[kinds][index], *cells])
    book = {
        f"{chr(65 + left + c)}{top + r}": v
        for r, row in enumerate(rows, start=1)
        for c, v in enumerate(row)
        if v is not None
    }
    path = make_book(tmp_path / "smaply.xlsx", {"Smaply": book})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    assert [lane.label for lane in journey.lanes] == [LANES[i][0] for i in chosen]
    assert [lane.kind.value for lane in journey.lanes] == [ROLES[i] for i in chosen]
    assert lost_lines(path, canvas) == []
