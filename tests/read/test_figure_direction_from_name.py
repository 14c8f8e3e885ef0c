"""Round 21, new user F2: a figures sheet's "Time-to-value (dagen) | 45 | 30" was called met (higher is better,
silently) while the lane's own "Time-to-value 45 dagen (doel 30 dagen)" was missed. A unit of time in the name,
"time to …", costs, churn and bounce say lower is better, for the figures sheet and the lane alike; where the way is
read from the name or from nothing, plain ``check`` says so with the way to write it otherwise."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.reader import read_canvas


def _book(path: Path, name: str, value: object = 45, target: object = 30) -> Path:
    book = openpyxl.Workbook()
    canvas = book.active
    canvas.title = "Canvas"
    rows = [
        ("", "Oriëntatie", "Implementatie"),
        ("Klantactiviteiten", "Zoekt", "Installeert"),
        ("KPI's", "Bereik 12.000", "Time-to-value 45 dagen (doel 30 dagen)"),
    ]
    for row in rows:
        canvas.append(row)
    figures = book.create_sheet("Cijfers")
    figures.append(["Fase", "KPI", "Nu", "Doel"])
    figures.append(["Implementatie", name, value, target])
    figures.append(["Oriëntatie", "Demo-aanvragen", 40, 60])
    book.save(path)
    return path


@pytest.mark.parametrize(
    "name",
    ["Time-to-value (dagen)", "Reactietijd (uur)", "Afhandeling (min)", "Levering in werkdagen", "Churn", "Kosten"],
)
def test_a_figure_named_as_lower_is_better_is_missed_above_its_target(tmp_path: Path, name: str) -> None:
    canvas = read_canvas(_book(tmp_path / "cijfers.xlsx", name))
    sheet = {m.name.text: m for m in canvas.metrics if m.value_item.source and m.value_item.source.sheet == "Cijfers"}
    assert sheet[name].lower_is_better and sheet[name].met is False
    assert sheet["Demo-aanvragen"].lower_is_better is False  # nothing says lower: higher, as before


def test_the_figures_sheet_and_the_lane_agree_on_one_kpi(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "ttv.xlsx", "Time-to-value (dagen)"))
    both = [m for m in canvas.metrics if m.name.text.startswith("Time-to-value")]
    assert len(both) == 2
    assert [m.met for m in both] == [False, False]


@pytest.mark.parametrize("name", ["Bezoeker(s)", "Bezoekers (per dag)", "Score (1-5)"])
def test_a_plural_or_a_rate_of_time_is_no_duration(tmp_path: Path, name: str) -> None:
    canvas = read_canvas(_book(tmp_path / "rate.xlsx", name, 45, 30))
    (figure,) = [m for m in canvas.metrics if m.name.text == name]
    assert figure.lower_is_better is False and figure.met is True


def test_plain_check_says_the_guessed_way_with_its_correction_and_the_correction_works(tmp_path: Path) -> None:
    path = _book(tmp_path / "ttv.xlsx", "Time-to-value (dagen)")
    said = " ".join(CliRunner().invoke(main, ["check", str(path)]).output.split())
    assert (
        "which way is better is guessed from the name: lower is better for 'Time-to-value' (Canvas!C3), "
        "'Time-to-value (dagen)' (Cijfers!C2); higher is better for 'Demo-aanvragen' (Cijfers!C3) — to say otherwise, "
        "write the target as 'min 30 dagen' or 'max 60'" in said
    )
    book = openpyxl.load_workbook(path)
    book["Cijfers"]["D3"] = "max 60"
    book.save(path)
    (demo,) = [m for m in read_canvas(path).metrics if m.name.text == "Demo-aanvragen"]
    assert demo.lower_is_better and demo.met is True
    said = " ".join(CliRunner().invoke(main, ["check", str(path)]).output.split())
    assert "'Demo-aanvragen'" not in said.partition("guessed from the name")[2]
