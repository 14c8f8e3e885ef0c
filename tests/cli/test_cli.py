"""`canvasgen check` as a user runs it, and the two ways to start canvasgen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, DATA, REPO

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def test_check_says_what_it_found() -> None:
    result = CliRunner().invoke(main, ["check", str(SOLAR)])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("voorbeeld-zonnepanelen-b2c.xlsx: 1 journey\n")
    assert "journey 'Zonnepanelen voor een rijtjeshuis' (sheet 'Klantreis', grid layout)" in out
    assert "5 phases: Bewustwording | Interesse | Overweging | Aankoop | Service & loyaliteit" in out
    assert "lane 'Klantproces' [customer, known label]: 15 items" in out
    assert "scores on -2..+2: Bewustwording 0, Interesse -1" in out
    assert "7 touchpoints, 1 persona" in out


def test_check_reports_warnings() -> None:
    result = CliRunner().invoke(main, ["check", str(DATA / "touchpoint-analysis-lookalike.xlsx")])
    assert result.exit_code == 0
    assert "4 warnings:" in result.stdout
    assert "4 cell(s) outside the canvas kept as notes: D20:F20, D21:F21" in result.stdout
    # lanes with text and no role are said, with the correction (#27, N5)
    assert "Sheet1!G4: lane 'Importance' has no role: shown as an extra lane under its own label" in result.stdout


def test_json_holds_every_text_item() -> None:
    result = CliRunner().invoke(main, ["check", "--json", str(SOLAR)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    canvas = read_canvas(SOLAR)
    dumped = json.dumps(data, ensure_ascii=False)
    for item in canvas.texts():
        assert json.dumps(item.text, ensure_ascii=False)[1:-1] in dumped
    lane = data["journeys"][0]["lanes"][0]
    assert lane["kind"] == "customer"
    assert lane["cells"][0][0] == {"text": "Ziet de energierekening stijgen", "cell": "Klantreis!B11"}
    assert data["journeys"][0]["scores"][1] == [
        {"value": -1, "scale": "-2..+2", "normalized": -0.5, "cell": "Klantreis!C14"}
    ]


def test_json_for_several_files_is_a_list() -> None:
    result = CliRunner().invoke(main, ["check", "--json", str(SOLAR), str(CANVASES / "template-en.xlsx")])
    assert [c["file"] for c in json.loads(result.stdout)] == ["voorbeeld-zonnepanelen-b2c.xlsx", "template-en.xlsx"]


def test_one_bad_file_does_not_hide_the_good_ones(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["check", str(bad), str(SOLAR)])
    assert result.exit_code == 1
    assert "Zonnepanelen" in result.stdout
    assert (
        result.stderr.strip()
        == f"error: {bad}: the file is empty (0 bytes); expected a workbook (.xlsx, .ods, .xls) or a CSV file"
    )


@pytest.mark.slow
def test_python_dash_m_and_entry_point(tmp_path: Path) -> None:
    module = subprocess.run(
        [sys.executable, "-m", "canvasgen", "check", str(SOLAR)], capture_output=True, text=True, cwd=REPO
    )
    assert module.returncode == 0, module.stderr
    assert "Zonnepanelen voor een rijtjeshuis" in module.stdout
    script = Path(sys.executable).parent / "canvasgen"
    assert script.exists(), "the canvasgen entry point is installed with the package"
    missing = subprocess.run([str(script), "check", str(tmp_path / "x.xlsx")], capture_output=True, text=True)
    assert missing.returncode == 1
    assert missing.stderr == f"error: {tmp_path / 'x.xlsx'}: file not found\n"
    assert "Traceback" not in missing.stderr
