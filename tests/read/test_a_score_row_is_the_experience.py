"""A canvas whose only measure of the experience is its score row (round 16, F2: "Hoe blij is de huurder (1-5)?"
read as the score) was warned on every build that no lane has the experience role, and steered to give its quotes
lane that role. A score row measures the experience: no role is missing then; a canvas without one is still
told."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import rows_canvas

LANES: list[tuple[object, ...]] = [
    ("Fase", "Melden", "Afspraak", "Herstel"),
    ("Wat doet de huurder?", "Belt het KCC", "Krijgt een brief", "Wacht thuis"),
    ("Wat doen wij?", "Typt de melding over", "Aannemer plant in", "Monteur bestelt onderdeel"),
    ("Wat zegt de huurder letterlijk?", "„Drie keer gebeld”", "„Een hele ochtend vrij”", ""),
    ("Wat willen we leren?", "Waarom bellen?", "", "Hoe vaak terug?"),
]
SCORES = ("Hoe blij is de huurder (1-5)?", 1, 2, 4)


def _said(path: Path) -> str:
    code, stdout, stderr = run_clean("check", path)
    assert code == 0, stderr
    return " ".join((stdout + stderr).split())


def test_a_score_row_tells_the_experience_no_role_missing(tmp_path: Path) -> None:
    said = _said(rows_canvas(tmp_path / "scored.xlsx", [*LANES, SCORES]))
    assert "lane 'Hoe blij is de huurder (1-5)?' [score" in said
    assert "no lane has the experience role" not in said
    assert "lane 'Wat zegt de huurder letterlijk?' has no role" in said  # the lane itself is still said


def test_without_a_score_row_the_missing_experience_is_still_said(tmp_path: Path) -> None:
    said = _said(rows_canvas(tmp_path / "unscored.xlsx", LANES))
    assert (
        "no lane has the experience role, and lanes without a role hold text ('Wat zegt de huurder letterlijk?')"
        in said
    )
