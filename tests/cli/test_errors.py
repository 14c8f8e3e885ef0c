"""One handler for every command: an error raised deep in reading, a brand kit, a PowerPoint template,
the outputs or the patcher reaches the user as one sentence naming the file (and sheet and cell where
known), through the click group's handler, with a non-zero exit and no traceback; a bug keeps its traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import openpyxl
import pytest
from click.testing import CliRunner

import canvasgen.cli.errors as cli_errors
from canvasgen.cli import main
from canvasgen.cli.errors import CanvasGroup
from canvasgen.errors import (
    ApplyError,
    BrandKitError,
    CanvasError,
    NoCanvas,
    OutputError,
    ReadError,
    TemplateError,
)
from canvasgen.render.xlsx.patch import PatchError
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, make_book
from tests.support.workshop import canvas, fill, kit_of, with_formula

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def _through_the_handler(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, list[CanvasError]]:
    """Run canvasgen; its exit code, its stderr and the errors its group's handler showed."""
    shown: list[CanvasError] = []
    original = cli_errors.show_problems

    def record(error: CanvasError) -> None:
        shown.append(error)
        original(error)

    monkeypatch.setattr(cli_errors, "show_problems", record)
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stderr, shown


def _kinds(shown: list[CanvasError]) -> list[type[CanvasError]]:
    return [type(problem) for error in shown for problem in error.problems]


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


def test_a_file_that_holds_no_canvas_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Boodschappenlijst"])  # type: ignore[union-attr]  # a workbook, but no canvas in it
    book.save(tmp_path / "klant.xlsx")
    shutil.copy(EXAMPLE, tmp_path / "zon.xlsx")
    monkeypatch.chdir(tmp_path)
    code, stderr, shown = _through_the_handler(["diff", "klant.xlsx", "zon.xlsx", "-o", "out"], monkeypatch)
    assert code == 1
    assert _one_sentence(stderr).startswith("error: klant.xlsx: no customer journey canvas found (looked in sheets")
    assert _kinds(shown) == [NoCanvas] and isinstance(shown[0].problems[0], ReadError)
    assert not (tmp_path / "out").exists()


def test_a_brand_kit_with_an_unknown_key_is_a_brand_kit_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kit").mkdir()
    (tmp_path / "kit" / "brand.toml").write_text('[colours]\nprimary = "#123456"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, stderr, shown = _through_the_handler(["build", str(EXAMPLE), "--brand", "kit", "-o", "out"], monkeypatch)
    assert code == 1
    assert _one_sentence(stderr) == (
        "error: kit/brand.toml: colours: unknown key (known: agency, colors, credit, "
        "deck_font, fonts, footer, language, logo, name, workshop)"
    )
    assert _kinds(shown) == [BrandKitError]


def test_a_template_that_is_no_deck_is_a_template_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "huisstijl.pptx").write_bytes(b"not a deck")
    monkeypatch.chdir(tmp_path)
    args = ["build", str(EXAMPLE), "--pptx-template", "huisstijl.pptx", "-o", "out"]
    code, stderr, shown = _through_the_handler(args, monkeypatch)
    assert code == 1
    assert _one_sentence(stderr) == "error: huisstijl.pptx: is not a PowerPoint template (.pptx or .potx)"
    assert _kinds(shown) == [TemplateError]


def test_a_gap_workbook_of_the_users_own_is_an_output_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Raised deep in the xlsx writers (render/xlsx/written.py), before anything is written."""
    shutil.copy(CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx", tmp_path / "ideaal.xlsx")
    shutil.copy(EXAMPLE, tmp_path / "huidig.xlsx")
    (tmp_path / "out").mkdir()
    theirs = make_book(tmp_path / "out" / "huidig-gaps.xlsx", {"Acties": {"A1": "eigen lijst"}})
    before = theirs.read_bytes()
    monkeypatch.chdir(tmp_path)
    code, stderr, shown = _through_the_handler(["gaps", "ideaal.xlsx", "huidig.xlsx", "-o", "out"], monkeypatch)
    assert code == 1
    assert _one_sentence(stderr).startswith("error: out/huidig-gaps.xlsx: differs from the gap")
    assert _kinds(shown) == [OutputError]
    assert theirs.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["huidig-gaps.xlsx"]  # nothing else written


def test_a_card_in_a_formula_cell_is_refused_by_the_patcher_at_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Raised deep in the patcher (render/xlsx/patch.py), located at the workbook's sheet and cell."""
    source = canvas(tmp_path / "lease.xlsx")
    with_formula(source, "C7", 'CONCATENATE("HR keurt ","goed")', "HR keurt goed", kind="str")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-IP-01"], 4): "HR keurt binnen een dag goed"})
    monkeypatch.chdir(tmp_path)
    code, stderr, shown = _through_the_handler(["apply", "lease.xlsx", changes.name, "-o", "v4.xlsx"], monkeypatch)
    assert code == 1
    assert _one_sentence(stderr) == (
        "error: lease.xlsx: Klantreis!C7: the cell holds a formula, which canvasgen "
        "never overwrites: change it in the workbook"
    )
    assert _kinds(shown) == [PatchError] and issubclass(PatchError, ApplyError)
    assert not (tmp_path / "v4.xlsx").exists()  # nothing half-written


def test_a_command_without_handling_of_its_own_gets_the_sentence_and_a_bug_keeps_its_traceback(
    tmp_path: Path,
) -> None:
    """The handling is the group's: a command added to it that catches nothing still shows a deep
    ReadError as one sentence; anything else is a bug of canvasgen's, and is not hidden."""
    (tmp_path / "klant.json").write_text("{not json", encoding="utf-8")
    group = CanvasGroup()

    @group.command()
    @click.argument("path", type=click.Path(path_type=Path))
    def look(path: Path) -> None:
        read_canvas(path)

    @group.command()
    def crash() -> None:
        raise RuntimeError("a bug")

    result = CliRunner().invoke(group, ["look", str(tmp_path / "klant.json")])
    assert result.exit_code == 1 and result.exception is not None and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith(f"error: {tmp_path / 'klant.json'}: the file is not valid JSON")
    assert len(result.stderr.strip().splitlines()) == 1
    result = CliRunner().invoke(group, ["crash"])
    assert isinstance(result.exception, RuntimeError)


def test_every_command_is_handled_by_the_group_and_none_by_a_decorator_of_its_own() -> None:
    assert isinstance(main, CanvasGroup)
    commands = [*main.commands.values(), *main.commands["brand"].commands.values()]  # type: ignore[attr-defined]
    assert len(commands) >= 10
    assert all(getattr(c.callback, "__wrapped__", None) is None for c in commands), "a command wraps its own errors"
