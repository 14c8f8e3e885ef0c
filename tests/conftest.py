"""What every test run shares: the markers, the extras that need something outside the repository (the
real-world corpus, LibreOffice, Chromium) and when their absence skips or fails a test.

The markers say what a test costs or needs; ``make test`` and CI run them all:

- ``slow``: seconds of its own (processes started and waited for, hypothesis, large inputs):
  ``pytest -m "not slow"`` for a quick round while working;
- ``office``: converts with LibreOffice (``soffice``);
- ``browser``: drives Chromium against a real ``canvasgen serve``;
- ``corpus``: reads the real-world corpus in ../shared.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from canvasgen.brand.machine_fonts import VARIABLE as MACHINE_FONTS
from tests.support.live import chromium_path
from tests.support.workbooks import CORPUS

if TYPE_CHECKING:
    # imported by the fixture that needs it: the layouts and renderers it imports cost every pytest process
    # (a run of one test file too) 0.7 CPU-s before its first test
    from tests.support.layouts import Built

#: Set by .ci/run: the real-world corpus beside the repository must be there and is tested.
CORPUS_REQUIRED = os.environ.get("CANVASGEN_CORPUS") == "required"
#: Set by `make test`: Chromium must be there (make test installs Debian's) and the browser tests run.
BROWSER_REQUIRED = os.environ.get("CANVASGEN_BROWSER") == "required"
#: In CI LibreOffice must be there (make test installs it); elsewhere its tests are an extra.
OFFICE_REQUIRED = bool(os.environ.get("CI"))

# CI (.ci/run) draws the property tests' examples from each test's own code, the same on every run: a landing
# waits on the change, never on a random draw; `make test` elsewhere draws anew each run and keeps looking.
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The machine's fonts switched off for every test (and the processes they start), so that the tests pass or
# fail on what canvasgen brings (#33: this machine's Droid Sans Fallback Full draws Japanese, not Korean).
# The machine-font tests point the search at a folder of their own.
os.environ[MACHINE_FONTS] = "off"


def pytest_configure(config: pytest.Config) -> None:
    # A user's clone has no ../shared: the corpus tests are an extra there. CI requires them,
    # so a missing corpus in CI fails loudly instead of skipping.
    if CORPUS_REQUIRED and not CORPUS.is_dir():
        raise pytest.UsageError(f"CANVASGEN_CORPUS=required, but the real-spreadsheet corpus is missing at {CORPUS}")


# Last, after pytest-xdist's own hook (which names each grouped test's group in its id) and after -k/-m.
@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _groups_are_kept_together(config, items)
    missing = {
        "corpus": None if CORPUS.is_dir() else f"the real-spreadsheet corpus is not beside the repository ({CORPUS})",
        "browser": None if chromium_path() or BROWSER_REQUIRED else "no Chromium here: `make test` installs it",
        "office": None
        if shutil.which("soffice") or OFFICE_REQUIRED
        else "no LibreOffice here: `make test` installs it",
    }
    for item in items:
        for marker, reason in missing.items():
            if reason and marker in item.keywords:
                item.add_marker(pytest.mark.skip(reason=reason))
    # The modules with slow tests first (the web's, which wait most, before the rest), each kept whole (its
    # fixtures are set up once): on two workers the long ones start early and the short ones fill the gaps,
    # instead of a long one starting last.
    slow_modules = {item.module.__name__ for item in items if item.module and "slow" in item.keywords}

    def order(item: pytest.Item) -> tuple[bool, bool]:
        name = item.module.__name__ if item.module else ""
        return name not in slow_modules, not name.startswith("tests.web.")

    items.sort(key=order)


#: Set where pytest-xdist lost the groups: why every grouped test then fails.
GROUPS_LOST = pytest.StashKey[str]()


def _groups_are_kept_together(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``--dist loadgroup`` (``make test``) pytest-xdist keeps each ``xdist_group`` on one worker by
    naming the group in the test's id; with pytest 9.2 that name is silently lost (pytest-xdist #1386) and the
    groups' servers, browser and builds were started on every worker, again each time a worker came back to
    their module. Where a grouped test has no group in its id, every grouped test fails saying so."""
    if not getattr(config.option, "loadgroup", False):
        return
    lost = [
        item.nodeid
        for item in items
        if item.get_closest_marker("xdist_group") and item.nodeid.rfind("@") < item.nodeid.rfind("]") + 1
    ]
    if lost:
        config.stash[GROUPS_LOST] = (
            f"pytest-xdist did not keep the xdist_group tests together ({lost[0]} has no group in its id): "
            f"pytest {pytest.__version__} with this pytest-xdist cannot; install requirements-dev.txt's pytest"
        )


def pytest_runtest_setup(item: pytest.Item) -> None:
    lost = item.config.stash.get(GROUPS_LOST, None)
    if lost and item.get_closest_marker("xdist_group"):
        pytest.fail(lost, pytrace=False)
    # A test that monkeypatches may have changed the reader's insides (or counts its calls): it reads anew.
    # Looked up, not imported: the reader is imported by the tests that read, not by every pytest process.
    reading = sys.modules.get("tests.support.reading")
    if reading is not None:
        reading.keeping("monkeypatch" not in getattr(item, "fixturenames", ()))


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the test's own under the run's base folder, named after the test. pytest's own lists the
    base folder on every call to number its folders, which grows with the square of a worker's tests."""
    # as short as pytest's own (30 characters and a number): a server's socket under it must stay within the
    # 108 bytes a Unix socket's path may have
    name = "".join(ch if ch.isalnum() else "_" for ch in request.node.name)[:22]
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=tmp_path_factory.getbasetemp()))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The repository's posters and decks (A1, the fixed date), built once per test run, for reading; their
    kits once per test process. Under pytest-xdist the posters and decks are built in the run's base folder
    (each worker's is a folder in it), the first worker to need one building it for all."""
    from tests.support.layouts import Built

    own = tmp_path_factory.mktemp("built")
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return Built(own)
    return Built(own, shared=tmp_path_factory.getbasetemp().parent / "built-by-the-first-worker")


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's command (the office tests are skipped without it, or fail where it is required)."""
    found = shutil.which("soffice")
    if found is None:
        pytest.fail("LibreOffice (soffice) is missing: `make test` installs it")
    return found


@pytest.fixture(autouse=True, scope="module")
def no_worker_left_running() -> Iterator[None]:
    """Every worker process a test module starts in this process (a pool's, a page's) has ended when the
    module ends (its fixtures too): one left running outlives the test run (CI once waited 90 minutes for
    one after the last test)."""
    yield
    left = multiprocessing.active_children()
    for process in left:
        process.join(10)  # a worker killed as its pool closed may take a moment to be gone
    running = [f"{p.name} (pid {p.pid})" for p in left if p.is_alive()]
    for process in left:
        if process.is_alive():
            process.kill()
    assert not running, f"worker processes left running: {', '.join(running)}"
