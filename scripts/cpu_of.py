"""The CPU seconds a command costs, every process it starts included: for comparing a test run before and
after a change on a machine shared with others, where wall time says more about the neighbours than the run.

    python scripts/cpu_of.py .venv/bin/pytest -q -n 3 --dist loadgroup tests/web
    python scripts/cpu_of.py --each make test     # also a line per process left behind (below)

``time`` and pytest plugins see only the processes that were waited for: a ``canvasgen serve``'s fork server,
its workers, Chromium's helpers outlive the process that started them and are handed to init, their CPU
counted nowhere. Here this process becomes their *subreaper* (Linux's ``PR_SET_CHILD_SUBREAPER``): whatever
the command leaves behind is handed to it and waited for, so ``RUSAGE_CHILDREN`` holds all of it. It then
prints the total (user + system), the wall time, and what the processes left behind cost, by name.
Linux only.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def _become_subreaper() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed: Linux only")


def _name(pid: int) -> str:
    """The process's name, readable while it is a zombie (its command line is gone by then)."""
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8") as comm:
            return comm.read().strip()
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--each", action="store_true", help="a line for each process left behind")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    if not options.command:
        parser.error("a command to run")
    _become_subreaper()
    started = time.perf_counter()
    command = subprocess.Popen(options.command)
    code = 1
    left_cpu: collections.defaultdict[str, float] = collections.defaultdict(float)
    left_count: collections.Counter[str] = collections.Counter()
    while True:
        try:
            # peek first (WNOWAIT), so that the name is read before the process is gone
            peeked = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT)
        except ChildProcessError:
            break  # the command and everything it left behind have ended
        if peeked is None:
            continue
        pid = peeked.si_pid
        name = _name(pid)
        _, status, usage = os.wait4(pid, 0)
        if pid == command.pid:
            code = os.waitstatus_to_exitcode(status)
            continue
        cpu = usage.ru_utime + usage.ru_stime
        left_cpu[name] += cpu
        left_count[name] += 1
        if options.each:
            print(f"cpu_of: left behind: {name} (pid {pid}) {cpu:.2f} CPU-s", file=sys.stderr)
    wall = time.perf_counter() - started
    total = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"cpu_of: {total.ru_utime + total.ru_stime:.1f} CPU-s (user {total.ru_utime:.1f}, "
        f"system {total.ru_stime:.1f}), wall {wall:.1f} s, exit code {code}",
        file=sys.stderr,
    )
    for name, cpu in sorted(left_cpu.items(), key=lambda left: -left[1]):
        print(f"cpu_of:   of which left behind: {left_count[name]:4d} x {name}: {cpu:.1f} CPU-s", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
