"""The JSON model checked against its schema before use, and numbers that are no numbers refused where
they are read: one located sentence per problem, never a traceback, and `check --json` always valid JSON."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from tests.support.cli import run_clean
from tests.support.other_formats import CANVAS_ODS, ods, ods_cell, ods_row
from tests.support.workbooks import CANVASES


def model() -> dict[str, Any]:
    code, out, _ = run_clean("check", "--json", str(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"))
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def strict(text: str) -> Any:
    """JSON as every other reader takes it: no NaN, no Infinity."""

    def refuse(token: str) -> None:
        raise AssertionError(f"{token} in JSON")

    return json.loads(text, parse_constant=refuse)


def test_a_model_of_the_wrong_shape_gets_one_sentence_per_problem(tmp_path: Path) -> None:
    data = model()
    journey = data["journeys"][0]
    journey["lanes"][1]["cells"] = journey["lanes"][1]["cells"][:3]  # a lane with fewer cells than phases
    journey["boundaries"] = [{"kind": "visibility", "before": 40}]  # a boundary past the lanes
    journey["lanes"][0]["cells"][0][0]["text"] = 42  # a number where text belongs
    del journey["lanes"][2]["label"]
    path = tmp_path / "reis.json"
    path.write_text(json.dumps(data).replace('"value": 0.0, "scale"', '"value": NaN, "scale"', 1))
    code, out, err = run_clean("check", str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"error: {path}: journeys[0].lanes[0].cells[0][0].text: the number 42 where text belongs",
        f"error: {path}: journeys[0].lanes[2]: 'label' is missing",
        f"error: {path}: journeys[0].scores[0][0].value: NaN is not a number canvasgen can read; write a number there",
        f"error: {path}: journeys[0].lanes[1]: lane 'Intern proces' has 3 cell(s) for 5 phase(s); "
        "give it one list of items per phase",
        f"error: {path}: journeys[0].boundaries[0]: the line before lane 40 lies past the journey's 8 lane(s)",
    ]


def test_a_journey_without_phases_and_a_number_past_any_float(tmp_path: Path) -> None:
    data = model()
    empty = copy.deepcopy(data)
    empty["journeys"][0]["phases"] = []
    for lane in empty["journeys"][0]["lanes"]:
        lane["cells"] = []
    empty["journeys"][0]["scores"] = []
    path = tmp_path / "leeg.json"
    path.write_text(json.dumps(empty))
    code, _, err = run_clean("check", str(path))
    assert code == 1
    assert err == f"error: {path}: journeys[0].phases: the journey has no phases; a journey needs at least one\n"
    path = tmp_path / "groot.json"
    path.write_text(json.dumps(data).replace('"value": 0.0, "scale"', '"value": 1e400, "scale"', 1))
    code, _, err = run_clean("build", str(path), "-o", str(tmp_path / "out"))
    assert code == 1
    assert err == f"error: {path}: journeys[0].scores[0][0].value: inf is not a number canvasgen can read\n"
    assert not (tmp_path / "out").exists()


def test_a_word_longer_than_a_cell_holds_is_refused_in_a_model(tmp_path: Path) -> None:
    data = model()
    data["journeys"][0]["lanes"][0]["cells"][2] = [{"text": "x" * 100_000}]
    path = tmp_path / "woord.json"
    path.write_text(json.dumps(data))
    code, _, err = run_clean("build", str(path), "-o", str(tmp_path / "out"))
    assert code == 1
    assert err == (
        f"error: {path}: journeys[0].lanes[0].cells[2][0].text: the text holds 100,000 characters; "
        "canvasgen reads at most 32,767 (Excel's limit for a cell)\n"
    )


def test_the_model_as_written_still_builds(tmp_path: Path) -> None:
    path = tmp_path / "reis.json"
    path.write_text(json.dumps(model()))
    code, _, err = run_clean("build", str(path), "-o", str(tmp_path / "out"), "--size", "A3", "--no-pptx")
    assert code == 0, err
    assert (tmp_path / "out" / "reis.pdf").is_file()


def test_nan_and_infinity_in_an_ods_are_refused_at_their_cells_and_check_json_stays_json(tmp_path: Path) -> None:
    nan = '<table:table-cell office:value-type="float" office:value="NaN"><text:p>NaN</text:p></table:table-cell>'
    inf = '<table:table-cell office:value-type="float" office:value="INF"><text:p>inf</text:p></table:table-cell>'
    path = ods(tmp_path / "nan.ods", {"Blad1": CANVAS_ODS + ods_row([ods_cell("Score"), nan, inf, ods_cell("2")])})
    code, out, err = run_clean("check", "--json", str(path))
    assert code == 1
    assert strict(out) == []
    why = "the cell holds a number that is not finite (NaN or infinity), which no spreadsheet program writes"
    assert err.splitlines() == [
        f"error: {path}: Blad1!B3: {why}; type its number again",
        f"error: {path}: Blad1!C3: {why}; type its number again",
    ]


def test_check_json_of_a_workbook_is_strict_json() -> None:
    code, out, _ = run_clean("check", "--json", str(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"))
    assert code == 0
    assert strict(out)["journeys"]


def test_a_figure_of_four_hundred_digits_is_no_infinity(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("Fase;Metriek;Waarde\nActie;Conversie;" + "9" * 400 + "\n")
    code, out, err = run_clean("check", str(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"), "--metrics", str(export))
    assert code == 1
    assert err.startswith(f"error: {export}: line 2: ") and "too large a number" in err
    assert "inf" not in out + err
