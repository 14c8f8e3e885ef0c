"""The command output shown in the README, run again: each block under a marker

    <!-- output of: canvasgen check canvases/voorbeeld-zonnepanelen-b2c.xlsx -->

is the real output of that command, run in the repository (``$ command`` first, then what it printed
on stdout and stderr). ``python -m tests.support.readme_outputs --update`` rewrites the blocks (``make docs``);
tests/cli/test_readme.py checks that they are still true.
"""

from __future__ import annotations

import re
import shlex
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support.processes import run

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
BLOCK = re.compile(r"<!-- output of: (?P<command>.+?) -->\n```text\n(?P<body>.*?)```\n", re.DOTALL)


@dataclass(frozen=True)
class Shown:
    command: str
    body: str


def shown(text: str) -> list[Shown]:
    return [Shown(m["command"], m["body"]) for m in BLOCK.finditer(text)]


def output_of(command: str) -> str:
    """What the README shows for ``command``: the command after ``$``, then its output."""
    words = shlex.split(command)
    assert words[0] == "canvasgen", command
    # Run where the README's paths resolve (canvases/, docs/) but what it writes lands in a folder of its
    # own, not in the repository's output/: the tests run side by side.
    with tempfile.TemporaryDirectory(prefix="canvasgen-readme-") as folder:
        for name in ("canvases", "docs"):
            (Path(folder) / name).symlink_to(REPO / name)
        done = run(*words[1:], cwd=Path(folder))
    printed = done.stdout + ("" if not done.stdout or done.stdout.endswith("\n") else "\n") + done.stderr
    return f"$ {command}\n{printed}" + ("" if printed.endswith("\n") else "\n")


def updated(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        return f"<!-- output of: {match['command']} -->\n```text\n{output_of(match['command'])}```\n"

    return BLOCK.sub(block, text)


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.support.readme_outputs --update")
    README.write_text(updated(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"rewrote {len(shown(README.read_text(encoding='utf-8')))} output blocks in README.md")
