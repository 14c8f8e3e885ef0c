"""canvasgen in processes of its own, measured: its result, its exit code and its peak resident memory.

Starting ``python -m canvasgen`` costs about a second of imports before any work, and the tests start
it a hundred times. So each test process keeps one *zygote*: a Python that has imported the command line
once and forks a fresh process for every run. A run is the same as ``python -m canvasgen ARGS``: a
process of its own (a crash, an abort or a leak ends only it), its own working folder, environment,
stdout and stderr, ``main(prog_name="canvasgen")`` as ``canvasgen/__main__.py`` calls it, an uncaught
exception printed as the interpreter prints it. Its peak resident memory is read from ``wait4`` (the
process and every child it waited for, as ``RUSAGE_CHILDREN`` reports it), plus the zygote's pages the
forked process never touched, so it counts the interpreter and its libraries as a fresh start does.
Where the start itself is under test (the entry points, Ctrl-C to a process group, a server), the tests
start real processes.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from tests.support.workbooks import REPO

PEAK_MB = 600  # resident memory of the whole check, interpreter and libraries included
HANG_GUARD = 120  # seconds: a hang, not a speed limit

_ZYGOTE = r"""
import json, os, sys, traceback
import canvasgen.cli
# The command line imports a command's pipeline when it runs; the zygote imports them once, before forking.
import canvasgen.cli.report, canvasgen.pipeline.apply, canvasgen.pipeline.batch, canvasgen.pipeline.compare
import canvasgen.pipeline.kit, canvasgen.pipeline.render, canvasgen.pipeline.watch

def resident_kb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024

def child(request, parent_kb):
    # A forked process shares its parent's pages but counts only those it touches: the libraries' pages
    # it never touches are resident in a fresh process, so they are added to its peak.
    with open(request["untouched"], "w") as out:
        out.write(str(max(0, parent_kb - resident_kb())))
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    for fd, name in ((0, os.devnull), (1, request["stdout"]), (2, request["stderr"])):
        target = os.open(name, os.O_RDONLY if fd == 0 else os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    sys.argv = ["canvasgen", *request["args"]]
    code = 0
    try:
        canvasgen.cli.main(request["args"], prog_name="canvasgen")
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            code = stop.code or 0
        else:
            print(stop.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)

for line in sys.stdin:
    request = json.loads(line)
    sys.stdout.flush()
    parent_kb = resident_kb()
    pid = os.fork()
    if pid == 0:
        try:
            child(request, parent_kb)
        finally:
            os._exit(70)
    print(json.dumps({"pid": pid}), flush=True)
    _, status, usage = os.wait4(pid, 0)
    try:
        with open(request["untouched"]) as untouched:
            peak = usage.ru_maxrss + int(untouched.read())
    except (OSError, ValueError):
        peak = None
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"code": os.waitstatus_to_exitcode(status), "peak_kb": peak, "cpu": cpu}), flush=True)
"""


class _Zygotes:
    """This test process's zygotes: one per run at a time (usually one), started on first use, ended with it."""

    idle: ClassVar[list[subprocess.Popen[str]]] = []
    every: ClassVar[list[subprocess.Popen[str]]] = []
    #: CPU seconds of the runs they forked and that have ended: the zygote, not this process, waits for them,
    #: so RUSAGE_CHILDREN counts them only when the zygote ends (tests/support/cpu_profile.py reads this)
    forked_cpu: ClassVar[float] = 0.0

    @classmethod
    def take(cls) -> subprocess.Popen[str]:
        while cls.idle:
            zygote = cls.idle.pop()
            if zygote.poll() is None:
                return zygote
        zygote = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        if not cls.every:
            atexit.register(cls.stop)
        cls.every.append(zygote)
        return zygote

    @classmethod
    def stop(cls) -> None:
        for zygote in cls.every:
            assert zygote.stdin is not None and zygote.stdout is not None
            zygote.stdin.close()  # it ends at the end of its input
            zygote.wait(timeout=HANG_GUARD)
            zygote.stdout.close()
        cls.every.clear()
        cls.idle.clear()


Measured = tuple[subprocess.CompletedProcess[str], float]


@dataclass
class Running:
    """A canvasgen run started by the zygote: its process id until it ends, then its result."""

    pid: int
    _zygote: subprocess.Popen[str]
    _folder: tempfile.TemporaryDirectory[str]
    args: list[str]

    def ended(self) -> bool:
        """Whether the run has ended (the zygote has answered)."""
        assert self._zygote.stdout is not None
        return bool(select.select([self._zygote.stdout], [], [], 0)[0])

    def wait(self, timeout: float = HANG_GUARD) -> Measured:
        """The run's result (stdout and stderr as text) and its peak resident memory in MB."""
        assert self._zygote.stdout is not None
        ready, _, _ = select.select([self._zygote.stdout], [], [], timeout)
        if not ready:
            os.kill(self.pid, signal.SIGKILL)
            self._zygote.stdout.readline()
            _Zygotes.idle.append(self._zygote)
            # now, not whenever the garbage collector comes by: a ResourceWarning then (an error under this
            # suite's filterwarnings) lands in whichever test runs, even inside its ast.parse
            self._folder.cleanup()
            raise subprocess.TimeoutExpired(["canvasgen", *self.args], timeout)
        answer = json.loads(self._zygote.stdout.readline())
        _Zygotes.idle.append(self._zygote)
        _Zygotes.forked_cpu += answer["cpu"]
        folder = Path(self._folder.name)
        out, err = ((folder / name).read_text(encoding="utf-8", errors="replace") for name in ("out", "err"))
        self._folder.cleanup()
        return subprocess.CompletedProcess(["canvasgen", *self.args], answer["code"], out, err), answer[
            "peak_kb"
        ] / 1024


def forked_cpu() -> float:
    """CPU seconds of the runs this test process's zygotes forked, that have ended (for the CPU profile)."""
    return _Zygotes.forked_cpu


def start(*args: str | Path, cwd: Path = REPO, env: dict[str, str] | None = None) -> Running:
    """Start ``canvasgen ARGS`` in a process of its own, forked by an idle zygote; ``wait()`` for it."""
    zygote = _Zygotes.take()
    folder = tempfile.TemporaryDirectory(prefix="canvasgen-run-")
    words = [str(a) for a in args]
    request = {
        "args": words,
        "cwd": str(cwd),
        "env": {**os.environ, **(env or {})},
        "stdout": str(Path(folder.name) / "out"),
        "stderr": str(Path(folder.name) / "err"),
        "untouched": str(Path(folder.name) / "untouched"),
    }
    assert zygote.stdin is not None and zygote.stdout is not None
    zygote.stdin.write(json.dumps(request) + "\n")
    zygote.stdin.flush()
    return Running(json.loads(zygote.stdout.readline())["pid"], zygote, folder, words)


def run_measured(*args: str | Path, cwd: Path = REPO, env: dict[str, str] | None = None) -> Measured:
    """Run ``canvasgen ARGS`` in a process of its own; its result and its peak resident memory in MB."""
    return start(*args, cwd=cwd, env=env).wait()


def run(*args: str | Path, cwd: Path = REPO, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``canvasgen ARGS`` in a process of its own; its result."""
    return run_measured(*args, cwd=cwd, env=env)[0]


@contextlib.contextmanager
def ctrl_c_as_in_a_terminal() -> Iterator[None]:
    """Ctrl-C (SIGINT) taken as a terminal's foreground process takes it, by the processes started inside:
    a test run started in the background by a shell without job control (``pytest &`` in a script, some CI
    runners) ignores SIGINT, every process it starts inherits that through exec, and Python then installs
    no handler of its own: a Ctrl-C test would see nothing arrive. A handler (Python's own) is reset to the
    default at exec, so each Python started inside installs its own again."""
    before = signal.getsignal(signal.SIGINT)
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if before is signal.SIG_IGN:
            signal.signal(signal.SIGINT, before)
