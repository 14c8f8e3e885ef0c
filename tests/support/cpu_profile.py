"""Where a test run spends its CPU, by test: a pytest plugin and its report (``make test-profile``).

The machine is shared, so wall time says little; CPU time does not depend on who else is running. For every
test the plugin records the CPU of the pytest process (``time.process_time``) and of the processes it started
and waited for (``RUSAGE_CHILDREN``: commands, servers, LibreOffice, Chromium) over the test's setup, call and
teardown; a module or session fixture is counted on the test that set it up or tore it down. Each process
(every xdist worker, and the controller) writes one JSON file into the folder given:

    pytest -p tests.support.cpu_profile --cpu-profile=/tmp/profile ...
    python -m tests.support.cpu_profile /tmp/profile
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Generator
from pathlib import Path

import pytest

_DIRECTORY = pytest.StashKey[Path]()
_TESTS = pytest.StashKey[dict[str, dict[str, float]]]()
_COLLECTED = pytest.StashKey[float]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--cpu-profile", metavar="DIR", help="write the CPU seconds of every test into DIR")


def pytest_configure(config: pytest.Config) -> None:
    directory = config.getoption("--cpu-profile")
    if directory:
        config.stash[_DIRECTORY] = Path(directory)
        config.stash[_TESTS] = {}


def _children() -> float:
    """CPU seconds of the processes this one started and waited for, and of the canvasgen runs its zygotes
    forked (tests/support/processes.py: the zygote waits for those, and ends only with this process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # looked up, not imported: only the tests that start canvasgen import it
    processes = sys.modules.get("tests.support.processes")
    forked = processes.forked_cpu() if processes is not None else 0.0
    return usage.ru_utime + usage.ru_stime + forked


@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session: pytest.Session) -> Generator[None, None, None]:
    yield
    # since the process started: the interpreter, pytest, its plugins, conftest and every test module imported
    session.config.stash[_COLLECTED] = time.process_time()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    tests = item.config.stash.get(_TESTS, None)
    if tests is None:
        yield
        return
    own, children, wall = time.process_time(), _children(), time.perf_counter()
    yield
    tests[item.nodeid] = {
        "own": time.process_time() - own,
        "children": _children() - children,
        "wall": time.perf_counter() - wall,
    }


def pytest_sessionfinish(session: pytest.Session) -> None:
    # at the session's end, not at unconfigure: the controller ends a worker soon after it says it has finished
    config = session.config
    directory = config.stash.get(_DIRECTORY, None)
    if directory is None:
        return
    directory.mkdir(parents=True, exist_ok=True)
    worker = getattr(config, "workerinput", {}).get("workerid", "controller")
    record = {
        "worker": worker,
        "collection": config.stash.get(_COLLECTED, 0.0),
        "own": time.process_time(),
        "children": _children(),
        "tests": config.stash[_TESTS],
    }
    (directory / f"{worker}.json").write_text(json.dumps(record, indent=1), encoding="utf-8")


def _family(nodeid: str) -> str:
    """tests/render/test_x.py::t -> tests/render; tests/test_x.py::t -> tests/test_x.py"""
    path = nodeid.split("::")[0]
    parts = path.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else path


def report(directory: Path, top: int = 40) -> str:
    workers = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))]
    lines: list[str] = []
    tests: dict[str, float] = {}
    children: dict[str, float] = {}
    for worker in workers:
        if not worker["tests"] and worker["worker"] == "controller":
            lines.append(f"{'controller':>10}: process {worker['own']:7.1f} + children {worker['children']:7.1f} CPU-s")
            continue
        in_tests = sum(t["own"] + t["children"] for t in worker["tests"].values())
        lines.append(
            f"{worker['worker']:>10}: {len(worker['tests']):5} tests, collection {worker['collection']:6.1f} CPU-s, "
            f"in tests {in_tests:7.1f}, process {worker['own']:7.1f} + children {worker['children']:7.1f} CPU-s"
        )
        for nodeid, t in worker["tests"].items():
            tests[nodeid] = t["own"] + t["children"]
            children[nodeid] = t["children"]
    # the controller's children are its workers (and everything they started): it counts the whole run
    total = max(w["own"] + w["children"] for w in workers)
    collection = sum(w["collection"] for w in workers if w["tests"])
    lines.append(
        f"total CPU of the run: {total:.1f} CPU-s; collecting {collection:.1f}; in {len(tests)} tests "
        f"{sum(tests.values()):.1f}; {len(workers) - 1} workers' files"
    )

    def table(title: str, key: Callable[[str], str]) -> None:
        sums: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        for nodeid, cpu in tests.items():
            name = key(nodeid)
            sums[name] += cpu
            counts[name] += 1
        lines.append(f"\n{title}")
        for name, cpu in sorted(sums.items(), key=lambda kv: -kv[1])[:top]:
            lines.append(f"{cpu:8.1f} {counts[name]:5}  {name}")

    table("by family (CPU-s, tests)", _family)
    table("by file (CPU-s, tests)", lambda nodeid: nodeid.split("::")[0])
    lines.append("\ntests (CPU-s, of which children)")
    for nodeid, cpu in sorted(tests.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"{cpu:8.2f} {children[nodeid]:7.2f}  {nodeid}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40))
