"""Small modules: no module of canvasgen over 500 lines (the size rules for functions are ruff's)."""

from __future__ import annotations

from tests.helpers import REPO

MAX_LINES = 500


def test_no_module_over_500_lines() -> None:
    long = {
        str(path.relative_to(REPO)): n
        for path in (REPO / "canvasgen").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
