"""The operating system's process machinery, in one place: how worker processes are started, which
signals they take, their memory limits, and whether a process is still alive.

canvasgen runs on Linux servers and on Windows and macOS laptops. Everything here that only POSIX has
(``signal.pthread_sigmask``, ``resource``, ``SIGTERM`` handlers that run) is guarded here, so the rest of
canvasgen calls one function and works everywhere; no other module imports ``signal`` or ``resource``, or
calls ``os.fork``, ``os.kill`` or ``multiprocessing.get_context`` (``tests/test_platform.py`` checks).

How workers start (``start_method``):

- on Linux, ``fork`` for a parent without threads of its own (a folder build, a poster's pictures): the
  worker begins with everything its parent has loaded, at once;
- on Linux, ``forkserver`` for a parent that runs threads (``canvasgen serve``): a worker forked from a
  threaded process may deadlock on a lock another thread held, so workers are forked from a clean
  single-threaded server that has imported canvasgen once (still fast);
- ``spawn`` elsewhere (fork is missing on Windows and unsafe with macOS's system libraries), and on any
  system when ``CANVASGEN_START_METHOD=spawn`` says so: the tests run the spawn path on Linux that way.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Literal

# multiprocessing and asyncio are imported by the functions that start or wait on workers: every command
# imports this module (through fileio), few start a worker.
if TYPE_CHECKING:
    import multiprocessing.context
    import multiprocessing.pool
    import multiprocessing.process
    import weakref
    from multiprocessing.connection import Connection

StartMethod = Literal["fork", "forkserver", "spawn"]

#: The environment variable that forces a start method (``spawn``, or ``fork`` where the system has it).
START_METHOD_VARIABLE = "CANVASGEN_START_METHOD"

POSIX = os.name == "posix"
LINUX = sys.platform.startswith("linux")


def start_method(threaded: bool = False) -> StartMethod:
    """How this process starts its workers; ``threaded``: the parent runs threads (a server)."""
    import multiprocessing

    forced = os.environ.get(START_METHOD_VARIABLE, "").strip().lower()
    available = multiprocessing.get_all_start_methods()
    if forced in ("fork", "forkserver", "spawn") and forced in available:
        return forced  # type: ignore[return-value]
    if not LINUX:
        return "spawn"
    return "forkserver" if threaded else "fork"


def start_process(
    target: Callable[..., object],
    args: tuple[object, ...],
    name: str | None = None,
    threaded: bool = False,
    preload: tuple[str, ...] = (),
) -> multiprocessing.process.BaseProcess:
    """A daemonic worker process running ``target(*args)``, started (see ``start_method``). ``preload``:
    the modules a fork server imports once, before it forks the first worker. Under spawn and forkserver,
    ``target`` and ``args`` must pickle (module-level functions; pipes do).

    The worker starts with Ctrl-C and SIGTERM held back (a spawned one takes a second to import canvasgen,
    and a Ctrl-C then would print a traceback): its first act is ``ignore_stop_signals`` or
    ``worker_takes_signals``, which says what it does with them and takes them."""
    import multiprocessing.util
    import weakref

    method = start_method(threaded)
    if method == "forkserver" and preload:
        multiprocessing.get_context("forkserver").set_forkserver_preload(list(preload))
    process = _context(method).Process(target=target, args=args, name=name, daemon=True)
    with _held(*_STOPS), _own_path(method):
        process.start()
    # multiprocessing ends a process by sending its daemonic workers SIGTERM and then waiting for them
    # without a limit; a worker that ignores SIGTERM (the page's) and was left running would keep its
    # parent from ending for good. Before that, one still running is stopped, and killed if it must be.
    multiprocessing.util.Finalize(process, _stop_left_running, (weakref.ref(process),), exitpriority=10)
    return process


def _stop_left_running(left: weakref.ref[multiprocessing.process.BaseProcess]) -> None:
    process = left()
    if process is None:
        return
    # AssertionError: a forked child's copy of the list, not its own worker; ValueError: closed, so reaped
    with contextlib.suppress(AssertionError, OSError, ValueError):
        if process.pid is None or process.exitcode is not None:
            return
        process.terminate()  # a build's worker unwinds, and its temporary files go
        process.join(_LEFT_RUNNING_SECONDS)
        if process.exitcode is None:
            process.kill()
            process.join()


#: How long a worker left running when its parent ends is given to stop before it is killed.
_LEFT_RUNNING_SECONDS = 3.0


@contextlib.contextmanager
def _own_path(method: StartMethod) -> Iterator[None]:
    """The fork server is started as ``python -c``, which puts its working directory first on its path: a
    folder named ``canvasgen`` there (the clone, beside the user's files) was imported instead of canvasgen
    itself, as an empty namespace, and every worker forked from it failed. Started without it (Python's
    ``PYTHONSAFEPATH``), it imports what the command imports."""
    if method != "forkserver" or "PYTHONSAFEPATH" in os.environ:
        yield
        return
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        del os.environ["PYTHONSAFEPATH"]


def pipe() -> tuple[Connection, Connection]:
    """Two ends of a pipe between a parent and a worker, each able to send and receive."""
    import multiprocessing

    return multiprocessing.Pipe()


async def readable(conn: Connection) -> None:
    """Until ``conn`` has something to read (or its other end closed). On POSIX the event loop watches
    the pipe itself, without a thread; Windows's event loops cannot watch a pipe (``add_reader`` takes
    sockets only, or nothing), so there it is looked at from a thread, a fraction of a second at a time
    (a cancelled wait leaves no thread blocked for long)."""
    if not POSIX:
        await _polled(conn)
        return
    import asyncio

    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()
    fd = conn.fileno()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await ready
    finally:
        loop.remove_reader(fd)


async def _polled(conn: Connection, seconds: float = 0.2) -> None:
    import asyncio

    while not await asyncio.to_thread(_has_data, conn, seconds):
        pass


def _has_data(conn: Connection, seconds: float) -> bool:
    try:
        return conn.poll(seconds)
    except (OSError, EOFError, ValueError):  # closed: a read now says so
        return True


@contextlib.contextmanager
def pool(workers: int) -> Iterator[multiprocessing.pool.Pool]:
    """A pool of ``workers`` processes for the short jobs of one command (a poster's pages), every one of
    them stopped and reaped when the block ends, also by Ctrl-C. Its workers ignore Ctrl-C (the terminal
    sends it to them too; the parent stops them), and SIGTERM unwinds a job: its temporary file goes."""
    import multiprocessing.pool
    import threading

    ours: list[multiprocessing.process.BaseProcess] = []  # every worker the pool starts, replacements too

    class Recorded(multiprocessing.pool.Pool):
        """The pool, telling its workers as it starts them (``Pool.Process`` is how it makes each one)."""

        @staticmethod
        def Process(ctx: Any, *args: Any, **kwargs: Any) -> Any:  # a process of ctx's start method
            worker: multiprocessing.process.BaseProcess = ctx.Process(*args, **kwargs)
            ours.append(worker)
            return worker

    started = None
    try:
        with _held(*_STOPS):
            started = Recorded(workers, initializer=_pool_worker, context=_context(start_method()))
        yield started
    finally:
        if started is not None:
            # terminate() sends SIGTERM and then waits for every worker without a limit: a worker that does
            # not end on it (one caught where it cannot unwind) would hold the command for good. Killed
            # after a few seconds instead.
            guard = threading.Timer(REAP_SECONDS, _kill_left, args=(list(ours),))
            guard.daemon = True
            guard.start()
            try:
                started.terminate()
                started.join()
            finally:
                guard.cancel()


#: How long a pool's worker has to end on SIGTERM before it is killed.
REAP_SECONDS = 3.0


def _kill_left(workers: list[multiprocessing.process.BaseProcess]) -> None:
    for worker in workers:
        if worker.exitcode is None:
            worker.kill()


def _pool_worker() -> None:
    import multiprocessing.util

    worker_takes_signals(_exit)
    # Once its work is done the worker winds down; a SIGTERM from the pool's terminate() in that moment
    # would raise in the interpreter's own shutdown and print a traceback: from then on it simply ends the
    # worker, at once (ignoring it could leave a worker stuck in its shutdown for good).
    multiprocessing.util.Finalize(None, _quiet_from_now_on, exitpriority=100)


def _quiet_from_now_on() -> None:
    # A handler of Python's, not the default action: a SIGTERM already caught but not yet handled when the
    # handler changes would find the default there and print "Signal 15 ignored due to race condition" with a
    # traceback (seen in CI under spawn); this one ends the worker either way.
    signal.signal(signal.SIGTERM, _end_now)


def _end_now(signum: int, _frame: object) -> None:
    os._exit(128 + signum)


def _exit(signum: int) -> None:
    raise SystemExit(128 + signum)


def _context(method: StartMethod) -> multiprocessing.context.SpawnContext:
    """The context of ``method``. Typed as spawn's: mypy knows the fork contexts only on POSIX, and all
    three start processes, pools and pipes alike."""
    import multiprocessing

    chosen: multiprocessing.context.SpawnContext = multiprocessing.get_context(method)  # type: ignore[assignment]
    return chosen


def may_start_workers() -> bool:
    """Whether this process may start worker processes: a daemonic worker (a folder build's, the page's)
    may not, so it does the work itself."""
    import multiprocessing

    return not multiprocessing.current_process().daemon


# Signals. Ctrl-C in a terminal reaches every process of its foreground group, and a service manager's
# SIGTERM every process of the service's group: the parent decides what stops, its workers ignore Ctrl-C.
# Holding a signal back (``pthread_sigmask``) is POSIX's; on Windows nothing is held.

_STOPS = (signal.SIGINT, signal.SIGTERM)


def ignore_stop_signals() -> None:
    """In a worker the parent stops: Ctrl-C and SIGTERM ignored (the parent ends it and answers its job),
    and no longer held back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _release(*_STOPS)


def worker_takes_signals(stop: Callable[[int], None]) -> None:
    """In a worker the parent stops by SIGTERM: Ctrl-C ignored, SIGTERM calls ``stop`` (which unwinds the
    job, so its temporary files go), and neither held back any longer (``start_process`` held them)."""
    ignore_ctrl_c()
    on_terminate(stop)
    _release(*_STOPS)


def ignore_ctrl_c() -> None:
    """Ctrl-C ignored from now on (a clean-up that a second Ctrl-C must not cut short)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def on_terminate(stop: Callable[[int], None]) -> None:
    """``stop(signal number)`` called when SIGTERM comes (a kill, a service manager, the parent stopping
    a worker). On Windows a process is ended without a signal that code could take: nothing to install."""

    def handler(signum: int, _frame: object) -> None:
        stop(signum)

    if POSIX:
        signal.signal(signal.SIGTERM, handler)


def exit_on_terminate() -> None:
    """SIGTERM ends the process as a stop (``SystemExit(143)``: ``finally`` blocks run), not a crash."""
    on_terminate(_exit)


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Ctrl-C held back in this thread inside the block, and taken once it ends (while a worker starts:
    one started but not yet listed would never be stopped)."""
    with _held(signal.SIGINT):
        yield


@contextlib.contextmanager
def terminate_held() -> Iterator[None]:
    """SIGTERM held back inside the block (a worker sending its outcome whole), taken once it ends."""
    with _held(signal.SIGTERM):
        yield


@contextlib.contextmanager
def _held(*signums: int) -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, set(signums))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _release(*signums: int) -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, set(signums))


# Resources and processes.


def limit_memory(size: int) -> bool:
    """This process's address space limited to ``size`` bytes (RLIMIT_AS), so a runaway allocation ends in
    a MemoryError or the process, not the machine's memory. False where the system has no such limit
    (Windows) or refuses it (macOS may)."""
    if not POSIX:
        return False
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    except (ValueError, OSError):
        return False
    return True


def resident_bytes(pid: int) -> int | None:
    """The memory process ``pid`` holds now (its resident set, from Linux's /proc); None where that cannot
    be told (another system, a process gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def alive(pid: int) -> bool:
    """Whether process ``pid`` is running (another user's counts). On Windows ``os.kill(pid, 0)`` would send
    Ctrl-C (signal 0 is CTRL_C_EVENT there), so the process is asked for through the Windows API."""
    if pid == os.getpid():
        return True
    if not POSIX:
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return False
    return True


def _alive_on_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(ctypes.get_last_error() == access_denied)  # type: ignore[attr-defined,unused-ignore]  # there, but not ours to look at
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
