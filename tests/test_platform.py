"""The platform module: which start method workers get, signals held and taken, whether a process is
alive, and that no other module of canvasgen reaches for the operating system's process machinery."""

from __future__ import annotations

import ast
import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from canvasgen import platform
from tests.support.processes import ctrl_c_as_in_a_terminal
from tests.support.waiting import DEADLINE
from tests.support.workbooks import REPO

PACKAGE = REPO / "canvasgen"
#: Modules only the platform module imports: they are POSIX-only in part or whole.
FORBIDDEN_MODULES = {"signal", "resource", "_posixsubprocess", "fcntl"}
#: Calls only the platform module makes: os's process calls (os.kill(pid, 0) sends Ctrl-C on Windows),
#: and the choice of a start method.
FORBIDDEN_CALLS = {
    ("os", "fork"),
    ("os", "forkpty"),
    ("os", "kill"),
    ("os", "killpg"),
    ("os", "setsid"),
    ("os", "setpgid"),
    ("os", "getpgid"),
    ("os", "register_at_fork"),
    ("multiprocessing", "get_context"),
    ("multiprocessing", "set_start_method"),
    ("multiprocessing", "Process"),
    ("multiprocessing", "Pool"),
    ("multiprocessing", "current_process"),
}


#: Every name the check below looks for: a module whose text holds none of them is not parsed (parsing
#: every module of canvasgen was most of this check's second of CPU).
_NAMES_LOOKED_FOR = (*FORBIDDEN_MODULES, *(name for _, name in FORBIDDEN_CALLS), "get_context", "set_start_method")


def _reaches_for_the_system(path: Path) -> list[str]:
    """What a module imports or calls that only the platform module may: ``line: what``."""
    source = path.read_text(encoding="utf-8")
    if not any(name in source for name in _NAMES_LOOKED_FOR):
        return []
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: import {a.name}" for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES
            ]
        elif isinstance(node, ast.ImportFrom) and node.module:
            top = node.module.split(".")[0]
            if top in FORBIDDEN_MODULES:
                found.append(f"{node.lineno}: from {node.module} import ...")
            found += [
                f"{node.lineno}: from {top} import {a.name}" for a in node.names if (top, a.name) in FORBIDDEN_CALLS
            ]
        elif isinstance(node, ast.Attribute):
            owner = node.value.id if isinstance(node.value, ast.Name) else ""
            if (owner, node.attr) in FORBIDDEN_CALLS:
                found.append(f"{node.lineno}: {owner}.{node.attr}")
            elif node.attr in {"get_context", "set_start_method"}:  # on a context, or under another name
                found.append(f"{node.lineno}: .{node.attr}")
    return found


def test_only_the_platform_module_reaches_for_signals_resources_and_process_calls() -> None:
    offenders = {
        str(path.relative_to(REPO)): found
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "platform.py" and (found := _reaches_for_the_system(path))
    }
    assert offenders == {}


def test_the_check_finds_each_way_of_reaching_for_the_system(tmp_path: Path) -> None:
    module = tmp_path / "offender.py"
    module.write_text(
        "import signal\nimport resource as r\nfrom os import kill\nimport os\nimport multiprocessing as mp\n"
        "os.kill(1, 0)\nos.fork()\nmultiprocessing.get_context('fork')\nmp.get_context('spawn')\n",
        encoding="utf-8",
    )
    assert _reaches_for_the_system(module) == [
        "1: import signal",
        "2: import resource",
        "3: from os import kill",
        "6: os.kill",
        "7: os.fork",
        "8: multiprocessing.get_context",
        "9: .get_context",
    ]


@pytest.mark.parametrize(
    ("forced", "threaded", "expected"),
    [
        ("", False, "fork" if platform.LINUX else "spawn"),
        ("", True, "forkserver" if platform.LINUX else "spawn"),
        ("spawn", False, "spawn"),
        ("spawn", True, "spawn"),
        (" Spawn ", False, "spawn"),
        ("nonsense", False, "fork" if platform.LINUX else "spawn"),
    ],
)
def test_fork_on_linux_a_fork_server_for_a_server_spawn_elsewhere_or_when_asked(
    forced: str, threaded: bool, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(platform.START_METHOD_VARIABLE, forced)
    assert platform.start_method(threaded) == expected


def test_a_process_that_ended_is_not_alive_and_this_one_is() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    assert platform.alive(child.pid)  # running, or ended and not yet reaped: its id is still taken
    child.wait()
    assert not platform.alive(child.pid)
    assert platform.alive(os.getpid())


_HELD = """
import os, signal
from canvasgen import platform
listed = []
try:
    with platform.ctrl_c_held():
        os.kill(os.getpid(), signal.SIGINT)
        listed.append("worker")  # not interrupted before this
except KeyboardInterrupt:
    print("interrupted after", listed)
"""


@pytest.mark.skipif(not platform.POSIX, reason="signals are held back on POSIX only")
def test_ctrl_c_held_back_while_a_worker_starts_arrives_once_it_is_listed() -> None:
    """In a process of its own: the test runner's may take Ctrl-C its own way."""
    with ctrl_c_as_in_a_terminal():
        done = subprocess.run([sys.executable, "-c", _HELD], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "interrupted after ['worker']", done.stderr


_LIMITED = """
from canvasgen.platform import limit_memory
assert limit_memory(300 * 1024 * 1024)
try:
    kept = b"x" * (600 * 1024 * 1024)
except MemoryError:
    print("refused")
"""


@pytest.mark.skipif(not platform.LINUX, reason="RLIMIT_AS is kept on Linux")
def test_a_limited_process_gets_a_memory_error_instead_of_the_machines_memory() -> None:
    done = subprocess.run([sys.executable, "-c", _LIMITED], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "refused", done.stderr


def _work_in_a_worker(conn: object) -> None:
    from multiprocessing.connection import Connection

    assert isinstance(conn, Connection)
    conn.send((platform.may_start_workers(), os.getpid()))
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_worker_starts_under_each_method_and_may_start_none_of_its_own(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(platform.START_METHOD_VARIABLE, method)
    ours, theirs = platform.pipe()
    process = platform.start_process(_work_in_a_worker, (theirs,))
    theirs.close()
    may, pid = ours.recv()
    process.join(60)
    assert process.exitcode == 0 and pid == process.pid and pid != os.getpid()
    assert may is False  # a daemonic worker does its work itself
    assert platform.may_start_workers()


@pytest.mark.parametrize("wait", [platform.readable, platform._polled], ids=["this system's", "Windows's"])
def test_waiting_for_a_workers_pipe_ends_when_it_answers_or_goes_and_can_be_given_up(wait: Any) -> None:
    """The page's server waits for each worker's pipe in its event loop: on Windows, whose loops cannot
    watch a pipe, by looking at it from a thread (run here too, on Linux)."""

    async def main() -> list[str]:
        said = []
        ours, theirs = platform.pipe()
        with pytest.raises(TimeoutError):  # nothing yet: the wait is given up, as at a job's time limit
            await asyncio.wait_for(wait(ours), 0.5)
        theirs.send("ready")
        await asyncio.wait_for(wait(ours), DEADLINE)
        said.append(ours.recv())
        theirs.close()  # the worker died: the wait ends, and reading says so
        await asyncio.wait_for(wait(ours), DEADLINE)
        with pytest.raises(EOFError):
            ours.recv()
        said.append("gone")
        ours.close()
        return said

    assert asyncio.run(main()) == ["ready", "gone"]


_LEFT_RUNNING = """
import sys
from canvasgen import platform


def serve(conn):
    platform.ignore_stop_signals()  # as the page's workers do
    conn.send("ready")
    conn.recv()  # a job that never comes


if __name__ == "__main__":
    platform._LEFT_RUNNING_SECONDS = 0.2  # the worker ignores SIGTERM: killed after this (3 s for users)
    ours, theirs = platform.pipe()
    worker = platform.start_process(serve, (theirs,), "canvasgen-worker")
    theirs.close()
    assert ours.recv() == "ready"
    print(worker.pid, flush=True)
    sys.exit(0)  # the worker never told to stop, its pipe still open
"""


@pytest.mark.slow
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_process_that_ends_with_a_worker_still_running_ends_and_takes_the_worker_with_it(
    method: str, tmp_path: Path
) -> None:
    """The page's workers ignore SIGTERM (the server decides what stops), and multiprocessing ends a
    process by sending its daemonic workers SIGTERM and then waiting for them without a limit: a process
    that left one running (a test's app, a program using canvasgen) never ended, and CI waited 90 minutes."""
    script = tmp_path / "left_running.py"
    script.write_text(_LEFT_RUNNING, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), platform.START_METHOD_VARIABLE: method},
    )
    assert done.returncode == 0, done.stderr
    worker = int(done.stdout.split()[0])
    assert not platform.alive(worker)


def _deaf_to_sigterm(started: object) -> None:
    import time

    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    started.set()  # type: ignore[attr-defined]
    time.sleep(600)  # busy, and deaf to the pool's SIGTERM


def test_a_pool_worker_that_does_not_end_on_sigterm_is_killed_and_the_block_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A build with --png hung for good once in a fresh clone's CI: Pool.terminate() sent SIGTERM to a worker
    that did not end on it, then waited for it without a limit. Here a worker that ignores SIGTERM: the
    block still ends, the worker killed; a process started beside the pool in its block (the Manager's, one
    of the caller's) is not the pool's and is left running (the pool once took every child started meanwhile
    for its own)."""
    import multiprocessing
    import threading as threads
    import time

    from canvasgen.platform import pool

    monkeypatch.setattr(platform, "REAP_SECONDS", 0.2)  # the worker ignores SIGTERM: killed after this
    done = threads.Event()
    beside = multiprocessing.Process(target=time.sleep, args=(120,), daemon=True)
    managers = []  # the Manager's process is the caller's: shut down by the caller, below

    def use_the_pool() -> None:
        with pool(1) as workers:
            managers.append(multiprocessing.Manager())
            started = managers[0].Event()
            beside.start()
            workers.apply_async(_deaf_to_sigterm, (started,))
            assert started.wait(30)
        done.set()

    runner = threads.Thread(target=use_the_pool, daemon=True)
    runner.start()
    assert done.wait(platform.REAP_SECONDS + 30), "the pool's block never ended"
    try:
        assert beside.is_alive() and beside.exitcode is None
    finally:
        beside.kill()
        beside.join()
        for manager in managers:
            manager.shutdown()
