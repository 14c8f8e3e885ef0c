"""Dutch school grades in a score lane on 1..10 ("5-", "8+", "6½", beside a plain "7,5") are scores, by the Dutch
convention: a plus a quarter above, a minus a quarter below, ½ a half (5- 4.75, 8+ 8.25, 6½ 6.5); said in
``--explain`` and shown as written on poster and deck (#30 round 24 item 7; was: "no score canvasgen can read",
the phase left without a score)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.layout.meta import scores_text
from canvasgen.vocabulary.scores import school_grade
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

_PHASES = ("Aanmelden", "Wachten", "Intake", "Behandeling", "Afronding")
_DOES = ("Belt de praktijk", "Wacht op een plek", "Vertelt zijn verhaal", "Oefent thuis", "Vult de enquête in")
#: A grade as written and the value it means.
_GRADES = {"5-": 4.75, "8+": 8.25, "6½": 6.5, "7-": 6.75, "9+": 9.25, "6+": 6.25, "4½": 4.5, "10-": 9.75}


@pytest.mark.parametrize(
    ("written", "value"),
    [*_GRADES.items(), ("5 -", 4.75), ("7–", 6.75), ("10+", None), ("1-", None), ("8++", None), ("+8", None)],
)
def test_a_school_grade_reads_by_the_dutch_convention(written: str, value: float | None) -> None:
    assert school_grade(written) == value


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    grades=st.lists(st.sampled_from(sorted(_GRADES)), min_size=2, max_size=4),
    label=st.sampled_from(["Cijfer (1-10)", "Rapportcijfer", "Score (1-10)", "Waardering 1-10"]),
    above=st.integers(0, 2),
    plain=st.sampled_from(["7,5", 7, "8"]),
)
def test_grades_in_a_score_lane_are_its_scores(grades: list[str], label: str, above: int, plain: object) -> None:
    cells: list[object] = [*grades, plain]
    phases = _PHASES[: len(cells)]
    rows: list[tuple[object, ...]] = [()] * above
    rows += [("Fase", *phases), ("Klantactiviteiten", *_DOES[: len(cells)]), (label, *cells)]
    with tempfile.TemporaryDirectory() as folder:
        canvas = read_canvas(rows_canvas(Path(folder) / "cijfers.xlsx", rows))
    (journey,) = canvas.journeys
    assert (journey.score_scale.low, journey.score_scale.high) == (1, 10)
    values = [[s.value for s in phase] for phase in journey.scores]
    plain_value = float(str(plain).replace(",", "."))
    assert values == [*([_GRADES[g]] for g in grades), [plain_value]]  # was: [] for each grade, warned
    assert not [w for w in canvas.warnings if "no score canvasgen can read" in w.message]
    shown = [scores_text(journey, i, "nl") for i in range(len(cells))]
    assert shown[: len(grades)] == [f"{g}/10" for g in grades]  # as written, against the scale's top
    said = [line for line in journey.reading if line.startswith("school grades read on the row's 1..10")]
    assert said and all(f"'{g}' as {_GRADES[g]:g}" in said[0] for g in grades)


def test_grades_are_on_poster_and_deck_as_written(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("Fase", *_PHASES[:4]),
        ("Klantactiviteiten", *_DOES[:4]),
        ("Cijfer (1-10)", "5-", "8+", "6½", "7,5"),
    ]
    path = rows_canvas(tmp_path / "cijfers.xlsx", rows)
    code, out, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out + err
    assert "no score canvasgen can read" not in out + err
    for text in (pdf_text(tmp_path / "out" / "cijfers.pdf"), slide_text(tmp_path / "out" / "cijfers.pptx")):
        for grade in ("5-", "8+", "6½"):
            assert grade in text
        assert "4,75" not in text and "8,25" not in text  # the grade as the team wrote it, never our number


def test_a_grade_on_a_row_of_another_scale_is_warned(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("Fase", *_PHASES[:3]),
        ("Klantactiviteiten", *_DOES[:3]),
        ("Emotie (-2 t/m +2)", "1+", -1, 2),
    ]
    canvas = read_canvas(rows_canvas(tmp_path / "cijfers.xlsx", rows))
    said = [w.message for w in canvas.warnings if "read as the school grade" in w.message]
    assert said == [
        "'1+' read as the school grade 1.25, but the row is on -2..+2, not a 1..10 scale of grades: if it "
        "means another score, write its number"
    ]
