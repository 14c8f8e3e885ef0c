"""Round 20 (new user, F8): gaps said "drempel voor gelijkenis: 0,6" and then listed a pair alike at 0,16 as
"Gekoppeld", an action to improve, without a word why; and it called the client's score row ("Cijfer (1-10)")
"Ervaring". A pair made under the threshold (the only ideal and current items left in a phase's lane, both
beginning with the same verb: the same deed done otherwise) now says why, in the terminal, the workbook and
the page's table; the score line carries the client's label."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.analysis.gaps import analyse, pick_ideal_and_current
from canvasgen.analysis.report import gap_text
from canvasgen.render.xlsx.gap_report import write_gap_report
from canvasgen.web.tables import gap_tables
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

LONG = (
    "Krijgt na de verwijzing van de huisarts een brief met een datum voor het eerste consult, maar de brief noemt "
    "een andere locatie dan het portaal en belt daarom de polikliniek"
)


def _sheet(scenario: str, first_step: str, scores: tuple[int, int]) -> Cells:
    return {
        "A1": "Van verwijzing tot nazorg",
        "A2": "Scenario",
        "B2": scenario,
        "A4": "Fase",
        "B4": "Verwijzing",
        "C4": "Intake",
        "A5": "Wat beleeft de patiënt?",
        "B5": first_step,
        "C5": "Vult de vragenlijst in",
        "A6": "Cijfer (1-10)",
        "B6": scores[0],
        "C6": scores[1],
    }


def _report(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = make_book(
        tmp_path / "knie.xlsx",
        {
            "Ideaal": _sheet("Ideaal", "Krijgt direct een afspraak via het portaal", (8, 7)),
            "Huidig": _sheet("Huidig", LONG, (5, 7)),
        },
    )
    return analyse(*pick_ideal_and_current([(path.name, read_canvas(path))]))


def test_a_pair_under_the_threshold_says_why_and_the_score_line_has_the_clients_label(tmp_path: Path) -> None:
    report = _report(tmp_path)
    (pair,) = [p for _, p in report.phases[0].pairs]
    assert pair.score < report.threshold and pair.deed == "Krijgt"
    text = " ".join(gap_text(report, [], "nl").split())
    likeness = f"{pair.score:.2f}".replace(".", ",")
    assert (
        f"({likeness}; onder de drempel van 0,6, toch gekoppeld: beide beginnen met 'Krijgt' en zijn de enige "
        "overgebleven items van deze fase en baan — dezelfde handeling, anders gedaan)"
    ) in text
    assert "Cijfer (1-10): huidig 5 → ideaal 8" in text and "Ervaring" not in text
    english = " ".join(gap_text(report, [], "en").split())
    assert "under the threshold of 0.6, paired all the same: both begin with 'Krijgt'" in english
    assert "Cijfer (1-10): current 5 → ideal 8" in english
    # the score's action names the client's label too
    (score_action,) = [a for a in report.actions if a.scores]
    assert score_action.text("nl") == "Cijfer (1-10): 5 → 8"
    # a pair its likeness made says nothing more
    assert "toch gekoppeld" not in text.split("Intake")[1]


def test_the_gap_workbook_and_the_pages_table_say_why_a_pair_under_the_threshold_is_one(tmp_path: Path) -> None:
    report = _report(tmp_path)
    out = tmp_path / "gaps.xlsx"
    write_gap_report(report, [], [], "nl", out)
    pairs = openpyxl.load_workbook(out)["Gekoppeld"]
    assert [c.value for c in pairs[1]][4:] == ["Gelijkenis", "Waarom gekoppeld"]
    assert str(pairs["F2"].value).startswith("onder de drempel van 0,6, toch gekoppeld: beide beginnen met 'Krijgt'")
    (_, per_phase) = gap_tables(report, [], "nl")
    rows = [" | ".join(str(cell) for cell in row) for row in per_phase["rows"]]
    assert any("toch gekoppeld: beide beginnen met 'Krijgt'" in row for row in rows)
    assert "Verwijzing | score | Cijfer (1-10) | 5 → 8 | " in rows
