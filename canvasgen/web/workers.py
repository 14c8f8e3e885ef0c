"""The page's worker processes: kept warm (fonts and kits loaded once), one job at a time each, every
job under a time limit after which its worker is killed and a fresh one takes its place.

Each worker has a pipe of its own rather than a shared queue (``ProcessPoolExecutor``): a pool cannot
stop one job, a worker killed while it holds a queue's lock breaks the whole pool, and an exception
that cannot cross into an asyncio future (``StopIteration``) left a request without an answer for
good. Here a worker turns any failure of a job into text before it sends it, and the server waits for
the pipe with the event loop (``platform.readable``), so a job ends as an answer, a time-out, a lost worker or a
stop - never as silence.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import multiprocessing.connection
import multiprocessing.process
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from canvasgen.platform import ignore_stop_signals, limit_memory, pipe, readable, resident_bytes, start_process

log = logging.getLogger("uvicorn.error")
#: What a fork server imports once, so that each worker forked from it starts with the page's code loaded:
#: the jobs, and the layouts and renderers a build runs (the pipeline imports them at its first run).
_PRELOAD = ("canvasgen.web.jobs", "canvasgen.pipeline.render")
#: A worker that holds this much more memory after a job than when it came up warm goes, and a fresh one takes
#: its place: Python keeps what a large job freed (a refused workbook of a few megabytes read up to its cap),
#: and an idle worker should not hold it.
RETIRE_GROWTH = 256 * 1024 * 1024


@dataclass(frozen=True)
class Named:
    """A function named by its module and name: the server hands it to a worker without importing its
    module (the jobs import the readers, layouts and renderers, which the server itself never runs); the
    worker, which has them loaded already, looks it up."""

    module: str
    name: str

    def __call__(self, *args: Any) -> Any:
        return getattr(importlib.import_module(self.module), self.name)(*args)


class JobFailed(Exception):
    """The job ended without its answer; the message says how, for the page."""


class TimedOut(JobFailed):
    pass


class WorkerLost(JobFailed):
    pass


class Stopping(JobFailed):
    pass


@dataclass(eq=False)  # one worker is one process: compared and hashed by identity
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    warm_bytes: int | None = None  # the memory it held when it came up warm

    def grown(self) -> bool:
        """Whether it holds ``RETIRE_GROWTH`` more memory than when it came up (False where not told)."""
        pid = self.process.pid
        now = resident_bytes(pid) if pid is not None else None
        return now is not None and self.warm_bytes is not None and now - self.warm_bytes > RETIRE_GROWTH

    def kill(self) -> None:
        """Gone at once (a job that ran out of time may be stuck anywhere), and reaped: no zombie."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


@dataclass
class Pool:
    """``size`` warm workers. ``warm`` runs once in each before its first job."""

    size: int
    seconds: float  # a job's time limit
    warm: Callable[[], None] | None = None
    memory_mb: int | None = None  # each worker's address space (RLIMIT_AS); None: no limit
    _idle: asyncio.Queue[_Worker] = field(default_factory=asyncio.Queue)
    _all: set[_Worker] = field(default_factory=set)
    _busy: set[_Worker] = field(default_factory=set)
    _starting: set[asyncio.Task[None]] = field(default_factory=set)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)  # a worker came free, failed to start, or all stop
    _closed: bool = False
    _failed: bool = False  # the last worker started did not come up

    def start(self) -> None:
        for _ in range(self.size):
            self._replace()

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` in a worker: its value, or JobFailed saying why there is none."""
        while True:
            worker = await self._take()
            try:
                worker.conn.send((fn, args))
            except (OSError, ValueError):  # it died while idle: the next one takes the job
                self._lost(worker)
                continue
            break
        self._busy.add(worker)
        try:
            kind, value = await asyncio.wait_for(self._answer(worker), self.seconds)
        except TimeoutError:
            self._lost(worker)
            raise TimedOut(f"the job took longer than {self.seconds:g} seconds and was stopped") from None
        except (EOFError, OSError):
            self._lost(worker)
            if self._closed:  # killed by the server as it stops, not lost
                raise Stopping("the server is stopping") from None
            code = worker.process.exitcode
            raise WorkerLost(f"the process doing the job stopped (exit code {code}); try again") from None
        except BaseException:  # cancelled: the request went away, or the server is stopping
            self._lost(worker)
            raise
        finally:
            self._busy.discard(worker)
        if kind == "memory":  # the worker says so and goes: a fresh one takes its place
            self._lost(worker)
            raise JobFailed(
                f"the job needed more memory than a job on this page may use ({self.memory_mb:,} MB): the "
                "workbook may be too large or too complex for the page; try the command line"
            )
        if worker.grown():  # the memory a large job left behind goes with its worker
            self._lost(worker)
        else:
            self._free(worker)
        if kind == "failed":
            raise JobFailed(f"canvasgen could not do it ({value}); please report this")
        return value

    async def close(self) -> None:
        """Every worker stopped and reaped; jobs waiting for one are told the server is stopping."""
        self._closed = True
        self._changed.set()
        for task in self._starting:
            task.cancel()
        await asyncio.gather(*self._starting, return_exceptions=True)
        for worker in list(self._all):
            if worker in self._busy:
                worker.process.kill()  # its job sees the pipe close, and reaps it
            else:
                worker.kill()
        self._all &= self._busy  # the others are gone
        while not self._idle.empty():
            self._idle.get_nowait()

    def kill_all(self) -> None:
        """Every worker killed and reaped, without the event loop (the server has stopped)."""
        self._closed = True
        for worker in list(self._all):
            worker.kill()
        self._all.clear()

    def pids(self) -> list[int]:
        """The workers' process ids (running, idle or starting)."""
        return [w.process.pid for w in self._all if w.process.pid is not None]

    @property
    def idle(self) -> int:
        """How many workers are ready and waiting for a job."""
        return self._idle.qsize()

    @property
    def busy(self) -> int:
        """How many workers are doing a job now."""
        return len(self._busy)

    async def _take(self) -> _Worker:
        """An idle worker, once there is one; Stopping when the server stops first, WorkerLost when no
        worker could be started."""
        while True:
            if self._closed:
                raise Stopping("the server is stopping")
            if not self._all and not self._starting:
                if self._failed:
                    self._failed = False  # the next request tries again
                    raise WorkerLost("canvasgen's worker process did not start (see the server's log); try again")
                self._replace()
            if not self._idle.empty():
                worker = self._idle.get_nowait()
                if worker in self._all:
                    return worker
                continue
            self._changed.clear()
            await self._changed.wait()

    async def _answer(self, worker: _Worker) -> tuple[str, Any]:
        await readable(worker.conn)
        answer: tuple[str, Any] = worker.conn.recv()
        return answer

    def _lost(self, worker: _Worker) -> None:
        self._all.discard(worker)
        worker.kill()
        self._replace()

    def _replace(self) -> None:
        if self._closed:
            return
        task = asyncio.get_running_loop().create_task(self._start_one())
        self._starting.add(task)
        task.add_done_callback(self._started)

    def _started(self, task: asyncio.Task[None]) -> None:
        self._starting.discard(task)
        self._changed.set()

    async def _start_one(self) -> None:
        worker = None
        try:
            ours, theirs = pipe()
            limit = self.memory_mb * 1024 * 1024 if self.memory_mb else None
            # never forked from the server itself, which runs threads: from a fork server (Linux), or spawned
            process = start_process(
                _serve, (theirs, self.warm, limit), "canvasgen-worker", threaded=True, preload=_PRELOAD
            )
            theirs.close()
            worker = _Worker(process, ours)
            self._all.add(worker)
            await asyncio.wait_for(readable(ours), max(self.seconds, 30.0))  # warming up is work too
            ready = ours.recv()
        except asyncio.CancelledError:  # the server stops while the worker starts
            if worker is not None:
                self._all.discard(worker)
                worker.kill()
            raise
        except Exception as error:  # it died on the way up (EOFError), or could not be started at all
            ready = error
        if ready != "ready":
            if worker is not None:
                self._all.discard(worker)
                worker.kill()
            log.warning("a canvasgen worker did not start (%s)", _why(ready, worker))
            self._failed = True
            self._changed.set()
            return
        assert worker is not None
        self._failed = False
        worker.warm_bytes = resident_bytes(process.pid) if process.pid is not None else None
        self._free(worker)

    def _free(self, worker: _Worker) -> None:
        if self._closed:
            self._all.discard(worker)
            worker.kill()
            return
        self._idle.put_nowait(worker)
        self._changed.set()


def _why(answer: object, worker: _Worker | None) -> str:
    if worker is not None and worker.process.exitcode is not None:
        return f"exit code {worker.process.exitcode}"
    return f"{type(answer).__name__}: {answer}" if isinstance(answer, BaseException) else repr(answer)


def _serve(conn: multiprocessing.connection.Connection, warm: Callable[[], None] | None, memory: int | None) -> None:
    """A worker: jobs from the pipe until it closes. Ctrl-C in the terminal, and SIGTERM sent to the whole
    process group (systemd's way of stopping a service), reach every process of the group; the server
    decides what stops and answers the job, so a worker ignores both. ``memory``: its address space in
    bytes (RLIMIT_AS), so that one job cannot take the machine."""
    ignore_stop_signals()
    if memory is not None:
        limit_memory(memory)
    if warm is not None:
        warm()
    conn.send("ready")
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return  # the server is gone
        try:
            answer: tuple[str, Any] = ("ok", fn(*args))
        except MemoryError:  # past its limit: said, and this worker goes (its memory may be in pieces)
            with contextlib.suppress(OSError):
                conn.send(("memory", None))
            return
        except Exception as error:  # a bug of ours (StopIteration included): the job's answer says so
            answer = ("failed", f"{type(error).__name__}: {error}")
        except BaseException as error:  # a library's panic (pyo3's PanicException is no Exception)
            if isinstance(error, SystemExit | KeyboardInterrupt):
                raise
            answer = ("failed", f"{type(error).__name__}: {error}")
        with contextlib.suppress(OSError):
            conn.send(answer)
