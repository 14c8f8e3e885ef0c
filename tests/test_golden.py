"""The layout of each example canvas, poster and deck, against its golden file in tests/golden/.

A change in layout shows as a diff of those files; they are rewritten only by `make golden`
(python -m tests.golden.layouts --update), never by a test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.golden.layouts import golden_file, layouts
from tests.support.workbooks import EXAMPLES


def first_difference(expected: Any, actual: Any, where: str = "") -> str | None:
    """Where two JSON values first differ, as a path, for a readable failure."""
    if type(expected) is not type(actual):
        return f"{where}: {type(expected).__name__} became {type(actual).__name__}"
    if isinstance(expected, dict):
        for key in sorted(set(expected) | set(actual)):
            if key not in expected or key not in actual:
                return f"{where}.{key}: {'added' if key in actual else 'removed'}"
            found = first_difference(expected[key], actual[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list):
        if len(expected) != len(actual):
            return f"{where}: {len(expected)} items became {len(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            found = first_difference(e, a, f"{where}[{i}]")
            if found:
                return found
        return None
    return None if expected == actual else f"{where}: {expected!r} became {actual!r}"


def test_there_are_golden_files() -> None:
    assert len(EXAMPLES) >= 4
    assert all(golden_file(p).is_file() for p in EXAMPLES)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_layout_matches_its_golden_file(path: Path) -> None:
    expected = json.loads(golden_file(path).read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(layouts(path), ensure_ascii=False))
    difference = first_difference(expected, actual)
    assert difference is None, f"{difference} (if the change is meant, run `make golden` and review the diff)"
