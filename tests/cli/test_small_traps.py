"""Ten-minute traps of a first hour (#32): ``serve`` on a port another program holds says so in one
sentence naming --port, before any address is printed; an output file that cannot be replaced (open in
Acrobat or Excel on Windows) is named, with what to do; a workbook named without its extension or in
other capitals is found for the user ("did you mean ...?")."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.workbooks import CANVASES

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def test_serve_on_a_busy_port_says_so_with_port_and_prints_no_address(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "canvasgen", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "TMPDIR": str(tmp_path)},
        )
    assert done.returncode == 1
    assert "http://" not in done.stdout  # no address of a page that is another program's
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: port {port} is taken"), done.stderr
    assert "--port" in lines[0] and "Traceback" not in done.stderr


def test_a_locked_output_file_is_named_with_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a PDF open in Acrobat with a PermissionError from the final rename (root
    ignores file permissions here, so the rename is made to refuse)."""
    real = os.replace

    def locked(source: str | Path, target: str | Path) -> None:
        if str(target).endswith(".pdf"):
            raise PermissionError(13, "Permission denied", str(source), None, str(target))
        real(source, target)

    monkeypatch.setattr("canvasgen.fileio.os.replace", locked)
    source = Path(shutil.copy(EXAMPLE, tmp_path / "voorbeeld.xlsx"))
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out"), "--no-pptx"])
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert "voorbeeld.pdf" in errors[0] and "close voorbeeld.pdf and try again" in errors[0]
    assert "choose another folder" not in errors[0]  # the folder is fine: the file is locked
    assert not list((tmp_path / "out").glob("*.part"))  # nothing half-written left behind


@pytest.mark.parametrize(
    "typed", ["voorbeeld-zonnepanelen-b2c", "Voorbeeld-Zonnepanelen-B2C.xlsx", "voorbeeld-zonnepanelen-b2c.XLSX"]
)
def test_a_missing_extension_or_other_capitals_suggest_the_file(typed: str) -> None:
    result = CliRunner().invoke(main, ["check", str(CANVASES / typed)])
    assert result.exit_code != 0
    assert f"{typed}: file not found; did you mean voorbeeld-zonnepanelen-b2c.xlsx?" in result.stderr


def test_a_file_not_there_at_all_suggests_nothing() -> None:
    result = CliRunner().invoke(main, ["check", str(CANVASES / "reis.xlsx")])
    assert result.exit_code != 0 and "reis.xlsx: file not found" in result.stderr
    assert "did you mean" not in result.stderr


V3 = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
IDEAL = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"
FILLED = CANVASES.parent / "docs" / "examples" / "wijzigingen-webshop.xlsx"


@pytest.mark.parametrize(
    ("command", "locked_name"),
    [
        (["kit", "{source}", "-o", "{out}"], "voorbeeld-cards.pdf"),
        (["kit", "{source}", "-o", "{out}"], "voorbeeld-changes.xlsx"),
        (["gaps", str(IDEAL), "{source}", "-o", "{out}"], "voorbeeld-gaps.xlsx"),
        (["gaps", str(IDEAL), "{source}", "-o", "{out}"], "voorbeeld-gaps.pdf"),
        (["diff", str(IDEAL), "{source}", "-o", "{out}"], "voorbeeld-changes.pdf"),
        (["apply", str(V3), str(FILLED), "-o", "{out}/webshop-v3.1.xlsx"], "webshop-v3.1.xlsx"),
        (["template", "{out}/voorbeeld.xlsx"], "voorbeeld.xlsx"),
    ],
    ids=lambda value: value if isinstance(value, str) else value[0],
)
def test_every_command_names_a_locked_output_file(
    command: list[str], locked_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only ``build``: the kit's files, the gap and diff reports, ``apply``'s new workbook and the
    template, each refused by the final rename as Windows does for a file open in another program."""
    real = os.replace

    def locked(source: str | Path, target: str | Path) -> None:
        if Path(target).name == locked_name:
            raise PermissionError(13, "Permission denied", str(source), None, str(target))
        real(source, target)

    monkeypatch.setattr("canvasgen.fileio.os.replace", locked)
    source = Path(shutil.copy(EXAMPLE, tmp_path / "voorbeeld.xlsx"))
    out = tmp_path / "out"
    out.mkdir()
    args = [arg.format(source=source, out=out) for arg in command]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"close {locked_name} and try again" in errors[0], result.stderr
    assert "Traceback" not in result.output
    assert not list(out.rglob("*.part")) and not (out / locked_name).exists()  # nothing half-written left


@pytest.mark.parametrize(
    "command",
    [
        ["build", "klantreis", "--no-pptx"],
        ["kit", "Klantreis.xlsx"],
        ["gaps", "klantreis.XLSX"],
        ["diff", "klantreis.xlsx", "KLANTREIS"],
        ["apply", "klantreis", "wijzigingen.xlsx", "-o", "nieuw.xlsx"],
        ["apply", "klantreis.xlsx", "Wijzigingen", "-o", "nieuw.xlsx"],
        ["watch", "klantreis"],
        ["build", "klantreis.xlsx", "--metrics", "metingen"],
        ["build", "klantreis.xlsx", "--with", "Personas.XLSX"],
    ],
    ids=" ".join,
)
def test_every_command_suggests_the_file_that_is_there(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(EXAMPLE, tmp_path / "klantreis.xlsx")
    shutil.copy(FILLED, tmp_path / "wijzigingen.xlsx")
    shutil.copy(EXAMPLE, tmp_path / "personas.xlsx")
    (tmp_path / "metingen.csv").write_text("fase,metriek,waarde\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, command)
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors and "Traceback" not in result.output, result.output
    meant = {
        "klantreis": "klantreis.xlsx",
        "wijzigingen": "wijzigingen.xlsx",
        "metingen": "metingen.csv",
        "personas": "personas.xlsx",
    }
    for error in errors:
        typed = error.removeprefix("error: ").split(":")[0]
        assert error.endswith(f"did you mean {meant[Path(typed).stem.casefold()]}?"), error
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["klantreis.xlsx", "wijzigingen.xlsx", "personas.xlsx", "metingen.csv"]
    )  # nothing written
