"""A lane's role word qualified by the department it is of ("Verkoop & marketing kansen", "Sales
opportunities", "Klantenservice pijnpunten"; issue #30, round 19): the role word wins, the department says
whose it is; a department's name alone ("Verkoop & marketing", "Sales") stays the company's internal process."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from canvasgen.model import LaneKind
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_DEPARTMENTS = {"nl": ["Verkoop & marketing", "Marketing", "Klantenservice"], "en": ["Sales", "Sales & marketing"]}
_ROLES = {
    "nl": {"kansen": LaneKind.OPPORTUNITIES, "pijnpunten": LaneKind.PAIN_POINTS, "KPI's": LaneKind.KPIS},
    "en": {"opportunities": LaneKind.OPPORTUNITIES, "pain points": LaneKind.PAIN_POINTS, "KPIs": LaneKind.KPIS},
}
_SHEET = {
    "nl": ("Fase", ["Oriënteren", "Aanmelden", "Gebruiken"], "Klantproces"),
    "en": ("Stage", ["Discover", "Sign up", "Use"], "Customer actions"),
}


def _book(path: Path, language: str, labels: list[str]) -> Path:
    corner, phases, first = _SHEET[language]
    cells: dict[str, object] = {"A1": corner} | {f"{'BCD'[i]}1": p for i, p in enumerate(phases)}
    for r, label in enumerate([first, *labels], start=2):
        cells |= {f"A{r}": label} | {f"{'BCD'[i]}{r}": f"{label} {p}" for i, p in enumerate(phases)}
    return make_book(path, {"Reis": cells})


_CASES = [
    (lang, dep, word) for lang in _DEPARTMENTS for dep, word in itertools.product(_DEPARTMENTS[lang], _ROLES[lang])
]


@pytest.mark.parametrize(("language", "department", "word"), _CASES)
def test_a_role_word_qualified_by_a_department_keeps_its_role(
    tmp_path: Path, language: str, department: str, word: str
) -> None:
    label = f"{department} {word}"
    path = _book(tmp_path / "reis.xlsx", language, [label, department])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    kinds = {lane.label: lane.kind for lane in journey.lanes}
    assert kinds[label] is _ROLES[language][word]
    assert kinds[department] is LaneKind.INTERNAL  # the department alone: its own process
    assert not lost_lines(path, canvas)


def test_check_says_the_role_word_that_decided(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx", "nl", ["Verkoop & marketing kansen"])
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        "lane 'Verkoop & marketing kansen': opportunities, by the words 'Kansen' in it; if it is another lane: "
        "--lane 'Verkoop & marketing kansen=<kind>'"
    ) in out
