"""Building every canvas in a folder: in parallel, skipping what has not changed.

One bad workbook never stops the others, and a file that holds no canvas is passed over in one line.
A build is skipped when the workbook, the brand kit and the options (its output name among them) are
the same as at the last build and its outputs are still there, each holding what that build wrote (a
digest of its bytes: a file another source's build, or a person, wrote over since is built again);
``--force`` rebuilds anyway. What was built is remembered by source in ``.canvasgen-cache.json`` in the
output folder. Which files a folder holds, and the name each is written under, is ``plan``'s to say.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing.connection
import multiprocessing.process
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from canvasgen import __version__
from canvasgen.errors import CanvasError, NoCanvas
from canvasgen.fileio import write_atomically
from canvasgen.pipeline import BuildOptions, describe, kit_stamp, run
from canvasgen.pipeline.plan import Planned
from canvasgen.platform import ctrl_c_held, pipe, start_process, terminate_held, worker_takes_signals
from canvasgen.read.corrections import SETTINGS_FILE
from canvasgen.read.package.portraits import picture_files

CACHE = ".canvasgen-cache.json"


@dataclass
class Outcome:
    source: Path
    built: bool = False
    skipped: bool = False
    lines: list[str] = field(default_factory=list)  # what to print: wrote ..., continued ...
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    passed_over: str = ""  # why a folder's file was not built: it holds no canvas


@dataclass(frozen=True)
class Job:
    source: Path
    options: BuildOptions
    in_folder: bool = False  # found in a folder: a file without a canvas is passed over, not an error


def run_job(job: Job) -> Outcome:
    """Build one workbook; every problem becomes text, so nothing escapes a worker process."""
    outcome = Outcome(job.source)
    try:
        result = run(job.source, job.options)
    except NoCanvas as error:
        if not job.in_folder:
            outcome.errors = [str(error)]
        else:
            outcome.passed_over = error.message
        return outcome
    except CanvasError as error:
        outcome.errors = [str(p) for p in error.problems]
        return outcome
    except Exception as error:  # a bug of ours: this job fails in one line, the others go on
        name = type(error).__name__
        outcome.errors = [f"{job.source}: canvasgen could not build it ({name}: {error}); please report this"]
        return outcome
    outcome.built = True
    outcome.outputs = [str(p) for p in result.outputs]
    outcome.lines = describe(result)
    outcome.warnings = [str(w) for w in result.warnings]
    return outcome


def fingerprint(source: Path, options: BuildOptions) -> str:
    """What a build depends on: canvasgen's version, the workbook's bytes, the brand kit's files and
    those it inherits from the default kit, the files the reading depends on (metrics export, companion
    workbooks, the settings and personas' pictures beside the workbook), the PowerPoint template, and the options."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(hashlib.sha256(source.read_bytes()).digest())
    for name, _, _ in kit_stamp(options.brand):
        digest.update(name.encode())
        digest.update(hashlib.sha256(Path(name).read_bytes()).digest())
    settings = source.parent / SETTINGS_FILE
    pictures = picture_files(source.parent)  # a persona's picture beside the workbook
    for depends in (options.metrics, *options.companions, settings, options.pptx_template, *pictures):
        if depends is not None and depends.is_file():
            digest.update(hashlib.sha256(depends.read_bytes()).digest())
    digest.update(repr(fingerprinted(options)).encode())
    return digest.hexdigest()


def fingerprinted(options: BuildOptions) -> list[tuple[str, object]]:
    """Every option by name, from the dataclass's own fields (so an option added later is in it), but those
    marked ``not_what`` (where, when, whether files are written)."""
    return [(f.name, getattr(options, f.name)) for f in fields(options) if f.metadata.get("fingerprint", True)]


def build_folder(planned: list[Planned], out_dir: Path, force: bool, jobs: int | None) -> Iterator[Outcome]:
    """Outcomes as they finish, of the sources a folder holds (``plan``: each with its output folder and
    name); the cache of what was built lives in ``out_dir``."""
    cache_path = out_dir / CACHE
    cache = _read_cache(cache_path)
    todo: list[tuple[Job, str]] = []
    for item in planned:
        try:
            key = fingerprint(item.source, item.options)
        except OSError:
            key = ""  # unreadable: the build says why, in one sentence
        entry = cache.get(str(item.source.resolve()), {})
        outputs = entry.get("outputs")
        present = isinstance(outputs, dict) and all(_digest(Path(p)) == d for p, d in outputs.items())
        if not force and entry.get("fingerprint") == key and present:
            yield Outcome(item.source, skipped=True)
            continue
        todo.append((Job(item.source, item.options, in_folder=True), key))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    keys = {job.source: key for job, key in todo}
    try:
        for outcome in _outcomes([job for job, _ in todo], workers):
            _remember(cache, outcome, keys[outcome.source])
            yield outcome
    except Interrupted as stop:
        for outcome in stop.finished:
            _remember(cache, outcome, keys[outcome.source])
        raise
    finally:  # also when interrupted: what was built is remembered
        if todo:
            _save_cache(cache_path, cache)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a folder build, with the outcomes of the jobs that ended as it came."""

    def __init__(self, finished: list[Outcome]) -> None:
        super().__init__()
        self.finished = finished


def _outcomes(todo: list[Job], workers: int) -> Iterator[Outcome]:
    """Each job's outcome as it finishes. Workers ignore Ctrl-C (the terminal sends it to them too):
    the parent stops them, and a stopped worker removes its temporary files on the way out.

    Each worker has a pipe of its own rather than a shared queue (multiprocessing.Pool): a pool's
    terminate() can wait for ever on a worker blocked on the queue's lock, and its handler thread
    starts new workers while the old ones are being stopped."""
    # The layouts and renderers, imported once here: workers forked from this process start with them
    # (the pipeline imports them at its first run, which is in the workers).
    import canvasgen.pipeline.render  # noqa: F401

    if workers == 1:
        yield from map(run_job, todo)
        return
    pending = list(reversed(todo))
    crew: list[_Worker] = []
    try:
        for _ in range(workers):
            _Worker.start(pending.pop(), crew)
        while busy := [w for w in crew if w.job is not None]:
            for conn in multiprocessing.connection.wait([w.conn for w in busy]):
                worker = next(w for w in busy if w.conn is conn)
                outcome = worker.receive()
                if pending and worker.dead:  # a fresh worker takes the next job
                    _Worker.start(pending.pop(), crew)
                elif pending:
                    worker.give(pending.pop())
                yield outcome
        for worker in crew:
            if not worker.dead:
                worker.give(None)
    except BaseException as stop:  # Ctrl-C, or the caller stopped listening: every worker is stopped
        for worker in crew:
            worker.stop()
        finished = [done for worker in crew if (done := worker.finished()) is not None]
        if isinstance(stop, KeyboardInterrupt) and finished:
            raise Interrupted(finished) from None  # jobs that ended as Ctrl-C came: their files are written
        raise
    finally:
        for worker in crew:
            worker.reap()


@dataclass
class _Worker:
    """A process that builds the jobs it is given over its own pipe, one at a time."""

    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    job: Job | None = None
    dead: bool = False

    @classmethod
    def start(cls, job: Job, crew: list[_Worker]) -> None:
        """A new worker, in the crew before Ctrl-C can stop the parent: one started but not yet listed
        would never be stopped, and a forked child keeps the other workers' exit pipes open, so the
        parent would wait on them in vain."""
        with ctrl_c_held():  # a Ctrl-C held back arrives as the block ends
            ours, theirs = pipe()
            process = start_process(_work, (theirs,))
            theirs.close()
            worker = cls(process, ours)
            crew.append(worker)
        worker.give(job)

    def give(self, job: Job | None) -> None:
        self.job = job
        with contextlib.suppress(OSError):  # it has died: receive() reports its job
            self.conn.send(job)

    def receive(self) -> Outcome:
        job, self.job = self.job, None
        assert job is not None
        try:
            outcome: Outcome = self.conn.recv()
        except (EOFError, OSError):
            self.dead = True
            self.process.join(timeout=5)
            code = self.process.exitcode
            return Outcome(job.source, errors=[f"{job.source}: the process building it stopped (exit code {code})"])
        return outcome

    def finished(self) -> Outcome | None:
        """The outcome of its job when the job ended before the worker was stopped (sent, not yet read)."""
        self.process.join(timeout=10)
        if self.job is None:
            return None
        try:
            return self.conn.recv() if self.conn.poll(0) else None
        except (EOFError, OSError):
            return None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()  # SIGTERM: the build unwinds and removes its temporary files

    def reap(self) -> None:
        self.process.join(timeout=10)
        if self.process.is_alive():  # a worker that would not stop
            self.process.kill()
            self.process.join()
        self.conn.close()


def _work(conn: multiprocessing.connection.Connection) -> None:
    _worker_start()
    while not _stopping and (job := conn.recv()) is not None:
        outcome = run_job(job)
        # Its files are in place: the outcome says so even when the worker is being stopped (a library's
        # bare ``except:`` may have swallowed the exit), and is sent whole before a stop is taken.
        with terminate_held():
            conn.send(outcome)


_stopping = False


def _worker_start() -> None:
    worker_takes_signals(_stop_worker)


def _stop_worker(signum: int) -> None:
    global _stopping
    _stopping = True
    raise SystemExit(128 + signum)  # unwinds the build: its temporary files are removed


def _save_cache(path: Path, cache: dict[str, dict[str, object]]) -> None:
    text = json.dumps(cache, indent=1, sort_keys=True)

    def save(temp: Path) -> None:
        temp.write_text(text, encoding="utf-8")

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, save)
    except OSError:
        pass  # an output folder that cannot be written to was reported by each job; the cache only saves time


def _remember(cache: dict[str, dict[str, object]], outcome: Outcome, key: str) -> None:
    """What a build wrote: each output with a digest of what is in it, so that an output written over
    since (by another source of the same name, or by hand) is never called unchanged."""
    name = str(outcome.source.resolve())
    if outcome.built:
        cache[name] = {"fingerprint": key, "outputs": {p: _digest(Path(p)) for p in outcome.outputs}}
    else:
        cache.pop(name, None)


def _digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes; None when it is not there (or cannot be read)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _read_cache(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
