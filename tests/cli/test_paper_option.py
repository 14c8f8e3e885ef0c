"""Round 20 (new user): `--paper A3`, the natural word, did not exist (it is `--size`), and click's "Did you
mean '--lane', '--phases-row', '--pptx'?" never offered it. `--paper` is `--size`'s other name, on every command
that has it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from tests.support.cli import run
from tests.support.workbooks import small_journey_book


@pytest.mark.parametrize("command", ["build", "gaps", "diff", "kit"])
def test_every_command_with_a_size_takes_paper_too(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "--size, --paper" in out


def test_build_with_paper_makes_that_paper(tmp_path: Path) -> None:
    book, _ = small_journey_book()
    book.save(tmp_path / "reis.xlsx")
    code, _, err = run("build", tmp_path / "reis.xlsx", "--paper", "A4", "--no-pptx", "-o", tmp_path / "out")
    assert code == 0, err
    left, bottom, right, top = pypdfium2.PdfDocument(tmp_path / "out" / "reis.pdf")[0].get_trimbox()
    width, height = right - left, top - bottom  # the paper, without the bleed around it
    assert (round(max(width, height) / 72 * 25.4), round(min(width, height) / 72 * 25.4)) == (297, 210)
