"""The README's first hour, run as typed (#32, round 5): its three blocks in order, in a folder of their own
with the bundled ``canvases/`` beside it: the commands up to ``kit`` line by line, the workshop's snippet as
pasted (one card's text typed over, one card removed, one added, in the changes workbook ``kit`` wrote),
then ``apply`` and ``diff``. ``diff`` then prints what the README shows, line for line (its date: today's).

A ``canvasgen`` line is plain words (no quoting, variables, globs or redirections: checked), so a shell
would run the installed script with exactly those words: it runs as ``canvasgen ARGS`` in a process of its
own forked by the test process's zygote (``tests.support.processes``), which saves each command's second of
imports; the installed script itself is started by ``test_cli`` and ``test_start_methods``. Every other
line (``cp``, the snippet's here-document) runs through a shell with ``.venv/bin`` on the PATH, as
``. .venv/bin/activate`` leaves it."""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from canvasgen.figures import format_day
from tests.support.processes import run as run_forked
from tests.support.readme_outputs import README, REPO

pytestmark = pytest.mark.slow

TEXT = README.read_text(encoding="utf-8")


def _block(after: str, fence: str) -> str:
    found = re.search(re.escape(after) + r"\s*```" + fence + r"\n(.*?)```", TEXT, re.DOTALL)
    assert found, f"no {fence} block after {after!r} in the README"
    return found.group(1)


def _lines(block: str) -> list[str]:
    return [line for line in block.splitlines() if line.strip()]


#: What would make a shell do more with a line than split it into words.
SHELL_SYNTAX = re.compile(r"[\\'\"$`*?\[\]{}~<>|;&()#]")


def _run(script: str, folder: Path, environment: dict[str, str]) -> str:
    if script.startswith("canvasgen ") and "\n" not in script.strip():
        assert not SHELL_SYNTAX.search(script), f"{script!r}: a shell would do more than split it into words"
        done = run_forked(*script.split()[1:], cwd=folder, env=environment)
    else:
        done = subprocess.run(
            ["bash", "-c", script], cwd=folder, env=environment, capture_output=True, text=True, timeout=300
        )
    assert done.returncode == 0, f"{script}\n{done.stdout}{done.stderr}"
    return done.stdout


def test_the_first_hour_works_as_typed(tmp_path: Path) -> None:
    (tmp_path / "canvases").symlink_to(REPO / "canvases")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    environment = {**os.environ, "PATH": path, "TMPDIR": str(tmp_path)}
    before = _lines(_block("<!-- first hour -->", "sh"))
    workshop = _block("<!-- first hour: the workshop -->", "sh")
    after = _lines(_block("<!-- first hour: after the workshop -->", "sh"))
    commands = [shlex.split(line)[:2] for line in before + after if line.startswith("canvasgen")]
    assert commands == [["canvasgen", c] for c in ("template", "check", "build", "kit", "apply", "diff")]
    for line in before:
        _run(line, tmp_path, environment)
    _run(workshop, tmp_path, environment)  # pasted whole: a here-document
    printed = [_run(line, tmp_path, environment) for line in after][-1]
    for made in (
        "mijn-klantreis.xlsx",
        "output/klantreis.pdf",
        "output/klantreis.pptx",
        "klantreis-v2.xlsx",
        *(f"output/klantreis-{kind}" for kind in ("changes.xlsx", "cards.pdf", "handouts.pdf", "tiles.pdf")),
    ):
        assert (tmp_path / made).is_file(), made
    # The README's diff, with today's date where it shows the day it was written: every line as printed.
    shown = _block("(your\n*Datum* line ends in the day you ran `apply`):", "text")
    # (a date cell, said in the canvas's language: "6 december 2026", #31)
    shown = re.sub(r"(Datum: [^→]+ → ).+", rf"\g<1>{format_day(dt.date.today(), 'nl')}", shown)
    assert printed.strip() == shown.strip()
    assert sum(": gewijzigd: " in s or ": erbij: " in s or ": eruit: " in s for s in printed.splitlines()) == 3


def test_the_workshop_the_readme_describes_is_the_one_its_snippet_makes() -> None:
    """The edits said in words (what to type where) are those the snippet makes: cell by cell."""
    workshop = _block("<!-- first hour: the workshop -->", "sh")
    said = TEXT[TEXT.index("**The workshop.**") : TEXT.index("<!-- first hour: the workshop -->")]
    made: dict[str, str] = {}
    for targets, values in re.findall(r"^(sheet\[.*?\]) = (.*)$", workshop, re.MULTILINE):
        cells = re.findall(r'sheet\["([A-Z]+\d+)"\]', targets)
        made |= dict(zip(cells, re.findall(r'"([^"]+)"', values), strict=True))
    assert made == {
        "F3": "Schrikt van de energierekening",
        "E4": "weg",
        "B76": "Bewustwording",
        "C76": "Klantproces",
        "F76": "Hoort over subsidie",
    }
    for cell, value in made.items():
        assert f"`{value}`" in said and cell in said, (cell, value)
