"""The page's worker pool on its own: whatever a job does - return, raise StopIteration (which an asyncio
future cannot carry), raise a BaseException that is no Exception (pyo3's PanicException is one), end
its process, or never end - the caller gets a value or a JobFailed saying why, and the pool goes on
with a fresh worker where one was lost."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from canvasgen.platform import START_METHOD_VARIABLE
from canvasgen.web.workers import RETIRE_GROWTH, JobFailed, Pool, Stopping, TimedOut, WorkerLost

pytestmark = pytest.mark.slow


class Panic(BaseException):
    """Like pyo3's PanicException: a BaseException, not an Exception."""


def double(n: int) -> int:
    return 2 * n


def stop_iteration() -> None:
    raise StopIteration


def panic() -> None:
    raise Panic("a Rust library panicked")


def abort() -> None:
    os._exit(134)  # as calamine's failed allocation ends a process


def forever() -> None:
    while True:
        time.sleep(60)


def hog() -> int:
    """A job that keeps asking for memory: 1.5 GB, touched (zeroed pages would not count)."""
    kept = [b"x" * 10_000_000 for _ in range(150)]
    return len(kept)


_KEPT: list[bytes] = []


def keep_memory() -> int:
    """A job that leaves its worker holding more than ``RETIRE_GROWTH`` after it answers, as Python keeps what a
    large read freed (hostile 13, H19: a refused 2.8 MB workbook left its worker at 0.9 GB)."""
    _KEPT.append(b"x" * (RETIRE_GROWTH + 64 * 1024 * 1024))
    return os.getpid()


def worker_pid() -> int:
    return os.getpid()


#: The page's workers as this system starts them (a fork server on Linux) and spawned, as on Windows and macOS.
START_METHODS = pytest.mark.parametrize("method", ["forkserver", "spawn"])


def this_module_loaded() -> None:
    """A worker's warming: nothing to do, but a worker that unpickles it has imported this module (and pytest)
    before it says it is ready, not inside its first job's time limit (seconds, on a loaded machine)."""


def pooled(seconds: float, work: Callable[[Pool], Awaitable[Any]], memory_mb: int | None = None) -> Any:
    async def main() -> Any:
        pool = Pool(1, seconds, this_module_loaded, memory_mb)
        pool.start()
        try:
            return await work(pool)
        finally:
            await pool.close()

    return asyncio.run(main())


@START_METHODS
def test_every_way_a_job_ends_is_a_value_or_a_sentence_and_the_pool_goes_on(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(START_METHOD_VARIABLE, method)

    async def work(pool: Pool) -> list[str]:
        said = []
        assert await pool.run(double, 21) == 42
        first = pool.pids()
        for job, kind in ((stop_iteration, JobFailed), (panic, JobFailed), (abort, WorkerLost), (forever, TimedOut)):
            with pytest.raises(kind) as failed:
                await pool.run(job)
            said.append(str(failed.value))
            assert await pool.run(double, 1) == 2  # and the next job is done
        assert pool.pids() != first  # the lost and the stopped workers were replaced
        return said

    # The jobs take milliseconds, and a job's limit starts once a worker is ready (a spawned one takes a
    # second to start, under a limit of its own): 2 s is a wait of 2 s for the job that never ends.
    said = pooled(2, work)
    assert said[0] == "canvasgen could not do it (StopIteration: ); please report this"
    assert said[1] == "canvasgen could not do it (Panic: a Rust library panicked); please report this"
    assert said[2] == "the process doing the job stopped (exit code 134); try again"
    assert said[3] == "the job took longer than 2 seconds and was stopped"


@START_METHODS
def test_closing_the_pool_answers_the_running_job_and_leaves_no_process(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(START_METHOD_VARIABLE, method)

    async def work(pool: Pool) -> tuple[BaseException, list[int]]:
        await pool.run(double, 1)
        pids = pool.pids()
        running = asyncio.ensure_future(pool.run(forever))
        while pool.busy == 0:
            await asyncio.sleep(0.01)  # this event loop's turn to the job being sent; no other process awaited
        await pool.close()
        with pytest.raises(JobFailed) as stopped:
            await running
        with pytest.raises(Stopping):
            await pool.run(double, 1)  # nothing new once it is closed
        return stopped.value, pids

    error, pids = pooled(600, work)
    assert isinstance(error, Stopping) and str(error) == "the server is stopping"  # not "the process ... stopped"
    assert not any(os.path.exists(f"/proc/{pid}") for pid in pids)  # killed and reaped


async def refused_then_done(pool: Pool) -> tuple[str, int]:
    """A job past the worker's memory limit, then a light one: what the first was told, the second's value."""
    try:
        await pool.run(hog)
        said = "no limit"
    except JobFailed as failed:
        said = str(failed)
    answer: int = await pool.run(double, 21)
    return said, answer


_MEASURED_POOL = """
import asyncio, resource
from canvasgen.web.workers import Pool
from tests.web.test_workers import refused_then_done

async def main():
    pool = Pool(1, 120, None, 400)
    pool.start()
    try:
        said, answer = await refused_then_done(pool)
        print(said)
        print(answer)
    finally:
        await pool.close()

asyncio.run(main())
print(f"peak-kb={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
"""


@START_METHODS
def test_a_job_past_the_workers_memory_limit_is_a_sentence_and_cannot_take_the_machine(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's address space is limited (RLIMIT_AS): a job asking for 1.5 GB under a limit of 400 MB
    is answered in a sentence, its worker replaced, and no worker's peak passed the limit. The peak is
    measured under spawn, in a child process whose children the workers are (as the hostile tests measure);
    forked by a fork server, they are the server's and uncounted, so that pool runs in this process (a
    Python of its own and a fork server importing canvasgen proved nothing more: about a CPU-second)."""
    if method == "spawn":
        import subprocess
        import sys

        from tests.support.workbooks import REPO

        done = subprocess.run(
            [sys.executable, "-c", _MEASURED_POOL],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, START_METHOD_VARIABLE: method},
        )
        said, answer, peak = done.stdout.strip().splitlines()[-3:]
        assert 0 < int(peak.removeprefix("peak-kb=")) / 1024 < 450, done.stdout + done.stderr
    else:
        monkeypatch.setenv(START_METHOD_VARIABLE, method)
        said, value = pooled(120, refused_then_done, memory_mb=400)
        answer = str(value)
    assert said == (
        "the job needed more memory than a job on this page may use (400 MB): the workbook may be too "
        "large or too complex for the page; try the command line"
    ), said
    assert answer == "42"  # a fresh worker does the next job


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="a process's memory is told by Linux's /proc")
def test_a_worker_left_holding_a_large_jobs_memory_goes_and_a_light_job_keeps_its_worker() -> None:
    async def work(pool: Pool) -> list[int]:
        return [await pool.run(fn) for fn in (worker_pid, worker_pid, keep_memory, worker_pid)]

    light, again, heavy, after = pooled(60, work)
    assert light == again == heavy  # a light job leaves its worker warm for the next
    assert after != heavy  # the worker that held the memory went; a fresh one did the next job
