"""Round 22 (new user, finding 31): two journeys on one sheet, titled 'Huidige situatie' and 'Ideale situatie'
(no sheet name or Scenario cell to say which is which), are today's and the ideal one by their titles; a sheet
of two journeys whose titles say neither is refused naming each journey, not the one sheet twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.analysis.gaps import pick_ideal_and_current
from canvasgen.errors import ReadError
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ("Aanmelden", "Intake", "Behandeling")


def _two(tmp_path: Path, first: str, second: str) -> Path:
    cells: dict[str, object] = {}
    for top, title, scores in ((1, first, (-1, -2, 0)), (7, second, (1, 1, 2))):
        cells[f"A{top}"] = title
        cells[f"A{top + 2}"] = "Fase"
        cells[f"A{top + 3}"] = "Wat doet de cliënt?"
        cells[f"A{top + 4}"] = "Score"
        for col, phase, score in zip("BCD", PHASES, scores, strict=True):
            cells[f"{col}{top + 2}"] = phase
            cells[f"{col}{top + 3}"] = f"{phase.lower()} in {title.split()[0].lower()}"
            cells[f"{col}{top + 4}"] = score
    return make_book(tmp_path / "twee.xlsx", {"Reis": cells})


@pytest.mark.parametrize(
    ("first", "second"), [("Huidige situatie", "Ideale situatie"), ("Gewenste reis", "Huidige reis")]
)
def test_titles_say_which_journey_is_ideal_and_which_current(tmp_path: Path, first: str, second: str) -> None:
    canvas = read_canvas(_two(tmp_path, first, second))
    assert [j.name for j in canvas.journeys] == [first, second]
    ideal, current = pick_ideal_and_current([("twee.xlsx", canvas)])
    expected_ideal = first if first.startswith("Gewenste") else second
    assert ideal.name == expected_ideal and current.name != expected_ideal


def test_titles_saying_neither_are_refused_naming_each_journey(tmp_path: Path) -> None:
    canvas = read_canvas(_two(tmp_path, "Reis A", "Reis B"))
    with pytest.raises(ReadError) as refused:
        pick_ideal_and_current([("twee.xlsx", canvas)])
    said = str(refused.value)
    assert "found journeys 'Reis A' (sheet 'Reis'), 'Reis B' (sheet 'Reis')" in said
    assert "begin each journey's title with" in said
