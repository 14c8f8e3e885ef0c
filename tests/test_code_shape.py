"""The shape of the code, as a newcomer meets it: rooms of at most 15 modules, a package root of at most 8
loose modules, every module saying what it is for, and the import graph's contracts (``.importlinter``)
kept, with at most 10 floors. Modules are split by concept, not by length (the 500-line rule is retired;
the size rules for functions are ruff's)."""

from __future__ import annotations

import ast
import configparser
import re
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

from tests.support.workbooks import REPO

PACKAGE = REPO / "canvasgen"
MAX_MODULES = 15  # in one folder, besides __init__.py
MAX_ROOT = 8  # loose modules in canvasgen/, besides __init__.py and __main__.py
MAX_FLOORS = 10
#: On one worker: the package is parsed and walked once (about a second and a half) for every check here.
pytestmark = pytest.mark.xdist_group("code shape")


@cache
def _parsed(path: Path) -> tuple[str, ast.Module]:
    """A module's source and syntax tree, parsed once per test process (the checks only read them)."""
    source = path.read_text(encoding="utf-8")
    return source, ast.parse(source)


@cache
def _nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of a module's tree, in ``ast.walk``'s order, walked once per test process: five checks
    look at every node of every module, and walking a tree costs more than reading the list again."""
    return tuple(ast.walk(_parsed(path)[1]))


def _package_modules() -> list[tuple[Path, str, ast.Module]]:
    """Every module of canvasgen, in order: its path, source and tree."""
    return [(path, *_parsed(path)) for path in sorted(PACKAGE.rglob("*.py"))]


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
        for path, _, tree in _package_modules()
        if not (ast.get_docstring(tree) or "").strip()
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


#: Where a module names ``tests.<something>`` other than ``tests.support.<module>`` (spaces and line
#: continuations around the dots, as Python allows): only such a module can import a test module.
_NAMES_A_TEST_MODULE = re.compile(r"\btests[\s\\]*\.(?![\s\\]*support[\s\\]*\.)")


def test_no_test_module_imports_another() -> None:
    """What tests share lives in tests/support/: no test module (nor a support module) imports a test module."""
    tests = REPO / "tests"
    reaching = []
    for path in sorted(tests.rglob("*.py")):
        if not _NAMES_A_TEST_MODULE.search(path.read_text(encoding="utf-8")):
            continue  # no name that could import a test module: parsing its 300 modules was 2 CPU-s
        for node in _nodes(path):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            outside = [name for name in names if name.startswith("tests.") and not name.startswith("tests.support.")]
            reaching += [f"{path.relative_to(REPO)}: {name}" for name in outside]
    assert reaching == []


#: Underscore names a library documents as its public API: lxml's element class has no other name.
DOCUMENTED_UNDERSCORE_NAMES = {"_Element"}


def _own_underscore_names(paths: list[Path]) -> set[str]:
    """The underscore names canvasgen defines itself: functions, classes, attributes set on self or cls,
    module and class level names."""
    own: set[str] = set()
    for path in paths:
        for node in _nodes(path):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                own.add(node.name)
            elif (
                isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and isinstance(node.value, ast.Name)
            ):
                own.update([node.attr] if node.value.id in ("self", "cls") else [])
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                own.add(node.target.id)
            elif isinstance(node, ast.Assign):
                own.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return {name for name in own if name.startswith("_")}


def _library_underscore_names(nodes: Iterable[ast.AST], own: set[str]) -> list[tuple[int, str]]:
    """The library underscore names among a module's nodes (``ast.walk`` of its tree), each with its line."""
    found: list[tuple[int, str]] = []
    for node in nodes:
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            mine = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            if not mine and node.attr not in own and node.attr not in DOCUMENTED_UNDERSCORE_NAMES:
                found.append((node.lineno, f".{node.attr}"))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and not (node.module or "").startswith("canvasgen"):
            module = node.module or ""
            if any(part.startswith("_") and not part.startswith("__") for part in module.split(".")):
                found.append((node.lineno, f"from {module}"))
            found += [(node.lineno, f"{alias.name} from {module}") for alias in node.names if alias.name[0] == "_"]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if any(part.startswith("_") and not part.startswith("__") for part in alias.name.split(".")):
                    found.append((node.lineno, f"import {alias.name}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr"):
            name = node.args[1] if len(node.args) > 1 else None
            if isinstance(name, ast.Constant) and isinstance(name.value, str) and name.value[:1] == "_":
                found.append((node.lineno, f"{node.func.id}(…, {name.value!r})"))
    return found


def test_library_internals_are_used_only_in_private_modules() -> None:
    """A library's underscore names (``chart._chartSpace``, ``ws._cells``, ``from pptx.opc.package import
    _Relationships``) only in a module whose name says so (``…private.py``), where an upgrade shows."""
    paths = [path for path, _, _ in _package_modules()]
    own = _own_underscore_names(paths)
    outside = [
        f"{path.relative_to(REPO)}:{line}: {name}"
        for path in paths
        if not path.stem.endswith("private")
        for line, name in _library_underscore_names(_nodes(path), own)
    ]
    assert outside == []


def test_the_private_names_check_sees_what_it_is_for() -> None:
    """The check above on code that reaches into libraries, and on code that does not."""
    reaching = ast.parse(
        "from pptx.opc.package import _Relationships\nimport openpyxl._private\n"
        "def f(ws, chart, self):\n    self._mine = ws._cells\n    getattr(chart, '_chartSpace')\n"
    )
    names = [name for _, name in _library_underscore_names(ast.walk(reaching), {"_mine"})]
    assert names == [
        "_Relationships from pptx.opc.package",
        "import openpyxl._private",
        "._cells",
        "getattr(…, '_chartSpace')",
    ]
    clean = ast.parse("from lxml import etree\ndef f(e: etree._Element, self):\n    return self._x, e.__class__\n")
    assert _library_underscore_names(ast.walk(clean), set()) == []


#: Module-level containers that start empty and are filled as the program runs, and why each stays bounded.
BOUNDED_BY_DESIGN = {
    "canvasgen/vocabulary/structure.py:_LEVEL_INDEX",  # a table filled once, at import, from constants
}


def test_every_cache_is_bounded() -> None:
    """No ``functools.cache`` or ``lru_cache(maxsize=None)``, and no module-level dict, list or set that
    starts empty (a cache that grows for as long as a watch or a server runs), but through ``fileio.Kept``."""
    unbounded = []
    for path, _, tree in _package_modules():
        where = str(path.relative_to(REPO))
        decorators = [d for n in _nodes(path) if isinstance(n, ast.FunctionDef) for d in n.decorator_list]
        for decorator in decorators:
            name = ast.unparse(decorator)
            size = None
            if isinstance(decorator, ast.Call) and name.split("(")[0].endswith("lru_cache"):
                size = next((k.value for k in decorator.keywords if k.arg == "maxsize"), None)
                size = size or (decorator.args[0] if decorator.args else None)
            unlimited = isinstance(size, ast.Constant) and size.value is None
            if name in ("cache", "functools.cache", "lru_cache", "functools.lru_cache") or unlimited:
                unbounded.append(f"{where}:{decorator.lineno}: {name}")
        for statement in tree.body:
            target = statement.target if isinstance(statement, ast.AnnAssign) else None
            target = statement.targets[0] if isinstance(statement, ast.Assign) else target
            value = statement.value if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
            empty = isinstance(value, (ast.Dict, ast.List, ast.Set)) and not ast.unparse(value).strip("{}[]")
            empty |= isinstance(value, ast.Call) and ast.unparse(value) in (
                "dict()",
                "list()",
                "set()",
                "OrderedDict()",
            )
            if empty and isinstance(target, ast.Name) and f"{where}:{target.id}" not in BOUNDED_BY_DESIGN:
                unbounded.append(f"{where}:{statement.lineno}: {target.id}")
    assert unbounded == []


def test_at_most_three_identity_keys_each_explained() -> None:
    """Values travel typed, not in side tables keyed by ``id()`` (an id is reused once its object is gone,
    and says nothing to mypy): at most three calls are left in canvasgen, each with a comment ``# id:``
    saying why the object's identity is the right key there."""
    calls = []
    for path, source, _ in _package_modules():
        lines = source.splitlines()
        for node in _nodes(path):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "id":
                calls.append((f"{path.relative_to(REPO)}:{node.lineno}", lines[node.lineno - 1]))
    assert len(calls) <= 3, calls
    assert all("# id:" in line for _, line in calls), [where for where, line in calls if "# id:" not in line]


def test_no_module_imports_another_modules_private_name() -> None:
    """A name with a leading underscore is its module's own: a name another module needs is public (the
    split by length once left 34 underscore names crossing modules)."""
    crossing = [
        f"{path.relative_to(REPO)}:{node.lineno}: {alias.name} from {node.module}"
        for path, _, _ in _package_modules()
        for node in _nodes(path)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("canvasgen")
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    assert crossing == []


def test_formatting_is_left_to_the_formatter() -> None:
    """Formatter skips only for tables of data (the vocabulary's): at most 20 in the repository, so that
    code is laid out by ruff, not compressed by hand to pass a length limit."""
    roots = [REPO / name for name in ("canvasgen", "tests", "scripts", "bench")]
    skips = [
        f"{path.relative_to(REPO)}:{number}"
        for root in roots
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "# fmt: " + "skip" in line
    ]
    assert len(skips) <= 20, skips
