"""The shape of the code, as a newcomer meets it: rooms of at most 15 modules, a package root of at most 8
loose modules, every module saying what it is for, and the import graph's contracts (``.importlinter``)
kept, with at most 10 floors. Modules are split by concept, not by length (the 500-line rule is retired;
the size rules for functions are ruff's)."""

from __future__ import annotations

import ast
import configparser
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.workbooks import REPO

PACKAGE = REPO / "canvasgen"
MAX_MODULES = 15  # in one folder, besides __init__.py
MAX_ROOT = 8  # loose modules in canvasgen/, besides __init__.py and __main__.py
MAX_FLOORS = 10


def _modules(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))


def test_no_folder_holds_more_than_15_modules() -> None:
    crowded = {
        str(init.parent.relative_to(REPO)): len(_modules(init.parent))
        for init in PACKAGE.rglob("__init__.py")
        if len(_modules(init.parent)) > MAX_MODULES
    }
    assert crowded == {}


def test_the_root_holds_at_most_8_loose_modules() -> None:
    loose = _modules(PACKAGE)
    assert len(loose) <= MAX_ROOT, loose


def test_every_module_says_what_it_is_for() -> None:
    silent = [
        str(path.relative_to(REPO))
        for path in sorted(PACKAGE.rglob("*.py"))
        if not (ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "").strip()
    ]
    assert silent == []


def test_the_import_graph_has_at_most_10_floors() -> None:
    config = configparser.ConfigParser()
    config.read(REPO / ".importlinter", encoding="utf-8")
    floors = [line for line in config["importlinter:contract:floors"]["layers"].splitlines() if line.strip()]
    assert config["importlinter:contract:floors"]["containers"].strip() == "canvasgen"
    assert 1 < len(floors) <= MAX_FLOORS
    on_a_floor = {name.strip() for floor in floors for name in floor.replace(":", "|").split("|")}
    rooms = {p.stem for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    rooms |= {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert rooms - on_a_floor == set()  # a new module or folder gets its floor


@pytest.mark.slow
def test_the_import_contracts_are_kept() -> None:
    """The same check as ``make lint``, so that a bare pytest run sees an import that runs back up."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(lint_imports), "--no-logo", "--no-cache"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_no_test_module_imports_another() -> None:
    """What tests share lives in tests/support/: no test module (nor a support module) imports a test module."""
    tests = REPO / "tests"
    reaching = []
    for path in sorted(tests.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            outside = [name for name in names if name.startswith("tests.") and not name.startswith("tests.support.")]
            reaching += [f"{path.relative_to(REPO)}: {name}" for name in outside]
    assert reaching == []


def test_at_most_three_identity_keys_each_explained() -> None:
    """Values travel typed, not in side tables keyed by ``id()`` (an id is reused once its object is gone,
    and says nothing to mypy): at most three calls are left in canvasgen, each with a comment ``# id:``
    saying why the object's identity is the right key there."""
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "id":
                calls.append((f"{path.relative_to(REPO)}:{node.lineno}", lines[node.lineno - 1]))
    assert len(calls) <= 3, calls
    assert all("# id:" in line for _, line in calls), [where for where, line in calls if "# id:" not in line]
