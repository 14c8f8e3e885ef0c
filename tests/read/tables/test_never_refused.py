"""A sheet that holds text is never refused (#27): where no reading fits, the most plausible one, said to be
a guess with the correction that changes it. "No canvas" stays for a file without text, and a CSV of
measured figures says to give it with --metrics."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES


def test_a_table_with_an_id_column_is_read_as_a_guess_and_built(tmp_path: Path) -> None:
    rows = ["id,intro,tags", "1,Ik hou van fietsen,sport", "2,Ik lees graag,boeken", "3,Ik reis veel,reizen"]
    path = tmp_path / "mensen.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["intro", "tags"]
    texts = {item.text for item in canvas.journeys[0].texts()}
    assert {"Ik hou van fietsen", "boeken", "Ik reis veel", "1", "2", "3"} <= texts  # every word kept
    guess = [str(w) for w in canvas.warnings if "guess" in str(w)]
    assert guess == [
        f"{path}: mensen: no canvas was found by its structure, so this reading is a guess: the phases were read "
        "across row 1, each row a lane; --phases-row and --labels say where phase names and lane labels are"
    ]
    assert journey.reading[0] == "no canvas found by its structure: read as a guess"
    code, _, stderr = run("build", str(path), "-o", str(tmp_path / "out"), "--size", "A3")
    assert code == 0, stderr
    assert (tmp_path / "out" / "mensen.pdf").is_file() and (tmp_path / "out" / "mensen.pptx").is_file()


def test_a_column_of_lines_is_read_as_phases_as_a_guess(tmp_path: Path) -> None:
    path = tmp_path / "stappen.csv"
    path.write_text("Zoeken\nKiezen\nKopen\n", encoding="utf-8")
    code, out, _ = run("check", str(path))
    assert code == 0 and "3 phases: Zoeken | Kiezen | Kopen" in out and "this reading is a guess" in out


def test_a_csv_of_measured_figures_is_no_canvas_and_says_use_metrics(tmp_path: Path) -> None:
    code, out, stderr = run("build", str(CANVASES / "metingen-webshop-oktober.csv"), "-o", str(tmp_path / "out"))
    assert code == 1 and "built" not in out
    (line,) = [x for x in stderr.splitlines() if x.startswith("error:")]
    assert line == (
        f"error: {CANVASES / 'metingen-webshop-oktober.csv'}: this is an export of measured figures ('Metriek', "
        "'Waarde'), not a canvas: give it with the canvas it measures: canvasgen build CANVAS.xlsx --metrics "
        "metingen-webshop-oktober.csv"
    )
    assert not list((tmp_path / "out").glob("*.pdf")) if (tmp_path / "out").exists() else True


def test_a_file_without_text_is_still_no_canvas(tmp_path: Path) -> None:
    path = tmp_path / "cijfers.csv"
    path.write_text("1;2;3\n4;5;6\n", encoding="utf-8")
    code, _, stderr = run("check", str(path))
    assert code == 1 and "no customer journey canvas found" in stderr and "a table of text" in stderr
    (tmp_path / "zin.csv").write_text("this is no workbook", encoding="utf-8")  # one sentence alone is no table
    assert run("check", str(tmp_path / "zin.csv"))[0] == 1
