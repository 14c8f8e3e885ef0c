"""The README's first hour, run as typed (#32): each line of its first-hour block, in order, in a folder
of its own with the bundled ``canvases/`` beside it, through a shell with ``.venv/bin`` on the PATH (as
``. .venv/bin/activate`` leaves it). Between ``kit`` and ``apply`` the workshop happens: one card's text
typed over, one card removed, one added, in the changes workbook ``kit`` wrote. ``diff`` then says
those three lines, as the README shows them."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.support.readme_outputs import README, REPO
from tests.support.workshop import fill, new_row

pytestmark = pytest.mark.slow

TEXT = README.read_text(encoding="utf-8")


def _block(after: str, fence: str) -> list[str]:
    found = re.search(re.escape(after) + r"\s*```" + fence + r"\n(.*?)```", TEXT, re.DOTALL)
    assert found, f"no {fence} block after {after!r} in the README"
    return [line for line in found.group(1).splitlines() if line.strip()]


def _workshop(changes: Path) -> None:
    """What the team writes in the changes sheet after the session."""
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}
    fill(
        changes,
        {
            (rows["F1-KP-01"], 4): "Schrikt van de energierekening",  # typed over
            (rows["F1-KP-02"], 5): "weg",  # removed
            (new_row(rows), 2): "Bewustwording",
            (new_row(rows), 3): "Klantproces",
            (new_row(rows), 6): "Hoort over subsidie",
        },
    )


def test_the_first_hour_works_as_typed(tmp_path: Path) -> None:
    (tmp_path / "canvases").symlink_to(REPO / "canvases")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    environment = {**os.environ, "PATH": path, "TMPDIR": str(tmp_path)}
    lines = _block("<!-- first hour -->", "sh")
    assert [shlex.split(line)[:2] for line in lines if line.startswith("canvasgen")] == [
        ["canvasgen", command] for command in ("template", "check", "build", "kit", "apply", "diff")
    ]
    printed = ""
    for line in lines:
        if shlex.split(line)[:2] == ["canvasgen", "apply"]:
            _workshop(tmp_path / "output" / "klantreis-changes.xlsx")
        done = subprocess.run(
            ["bash", "-c", line], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"{line}\n{done.stdout}{done.stderr}"
        printed = done.stdout
    for made in (
        "mijn-klantreis.xlsx",
        "output/klantreis.pdf",
        "output/klantreis.pptx",
        "klantreis-v2.xlsx",
        *(f"output/klantreis-{kind}" for kind in ("changes.xlsx", "cards.pdf", "handouts.pdf", "tiles.pdf")),
    ):
        assert (tmp_path / made).is_file(), made
    shown = _block("and `diff` says what changed, line by line:", "text")
    said = printed.splitlines()
    assert [line for line in shown if line not in said] == []  # the README's lines, as diff prints them
    assert sum(": changed: " in s or ": added: " in s or ": removed: " in s for s in said) == 3
