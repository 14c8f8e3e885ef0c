"""The layout of each example canvas, poster and deck, against its summary in tests/golden/.

A change in layout shows as a diff of those files, one line per page, block, slide and frame; they are
rewritten only by `make golden` (python -m tests.support.golden --update), never by a test.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.support.golden import FOLDER, golden_file, summary
from tests.support.workbooks import EXAMPLES


def test_there_is_a_golden_file_for_each_example_and_no_other() -> None:
    assert len(EXAMPLES) >= 4
    assert sorted(p.name for p in FOLDER.glob("*.txt")) == sorted(golden_file(p).name for p in EXAMPLES)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_layout_matches_its_golden_file(path: Path) -> None:
    expected = golden_file(path).read_text(encoding="utf-8")
    actual = summary(path)
    difference = "".join(
        list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "now", n=1))[:60]
    )
    assert actual == expected, f"(if the change is meant, run `make golden` and review the diff)\n{difference}"
