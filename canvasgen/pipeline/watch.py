"""``canvasgen watch``: rebuild whenever a workbook is saved, live during a workshop.

The operating system says when a file in a watched folder changes (watchfiles, over inotify
and its kin); Excel saves by writing a new file and renaming it, so folders are watched, not
files. A change is acted on only once the file's size and modification time have stayed the same
for a second (``SETTLE_S``), so a file written in pauses (a network drive, a slow sync client) is
read once, whole; a workbook that is a whole zip (its end record in place: .xlsx, .ods) settles in a
tenth of that (``WHOLE_S``), as a zip's writer writes that record last; lock and temporary files are
never watched. ``poll=True`` looks every ``interval`` seconds instead (for network drives, and for tests
with a fake clock).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

Stamp = tuple[int, int] | None  # (size, mtime in ns), None when the file is missing

#: How long the operating system's events are gathered before they are acted on (watchfiles' default
#: is 1.6 s; a workshop wants the poster back at once).
DEBOUNCE_MS = 60
#: How long a file must keep its size and modification time before it counts as saved.
SETTLE_S = 1.0
#: The same for a file that is a whole zip (an .xlsx or .ods saved): half-written, it has no end record yet.
WHOLE_S = 0.1


def settle_time(path: Path) -> float:
    """How long ``path`` must keep its stamp: a whole zip is whole as it stands, other files (CSV, JSON, a
    zip still being written) may pause between their writes."""
    import zipfile

    try:
        return WHOLE_S if zipfile.is_zipfile(path) else SETTLE_S
    except OSError:
        return SETTLE_S


def stamp(path: Path) -> Stamp:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)


@dataclass
class Watcher:
    """Calls ``rebuild`` for each file once at the start, then after each settled change.

    A settled change to one of ``depends`` (a metrics CSV, a companion workbook, canvasgen.toml,
    brand.toml: what every build reads) rebuilds every file.
    """

    paths: list[Path]
    rebuild: Callable[[Path], None]
    interval: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    depends: list[Path] = field(default_factory=list)
    poll: bool = True
    clock: Callable[[], float] = time.monotonic
    #: when each file was last seen to change (its stamp differed from the look before)
    _since: dict[Path, float] = field(default_factory=dict)
    _pending: set[Path] = field(default_factory=set)  # changed, not yet settled
    _settle: dict[Path, float] = field(default_factory=dict)  # how long each changed file must keep its stamp

    def run(self, max_builds: int | None = None) -> int:
        builds = 0
        built: dict[Path, Stamp] = {}
        seen: dict[Path, Stamp] = {p: stamp(p) for p in [*self.paths, *self.depends]}
        self._since = dict.fromkeys(seen, self.clock())
        for dependency in self.depends:
            built[dependency] = seen[dependency]
        for path in self.paths:
            if seen[path] is not None:
                self.rebuild(path)
                built[path] = seen[path]
                builds += 1
        enough = max_builds is not None and builds >= max_builds
        for _ in [] if enough else self._looks():
            changed = [p for p in self.depends if self._settled_change(p, seen, built)]
            for path in self.paths:
                if self._settled_change(path, seen, built) or (changed and seen[path] is not None):
                    self.rebuild(path)
                    built[path] = seen[path]
                    builds += 1
            if max_builds is not None and builds >= max_builds:
                break
        return builds

    def _looks(self) -> Iterator[None]:
        """A moment to look at the files: every interval, or when the operating system reports a change."""
        if self.poll:
            while True:
                self.sleep(self.interval)
                yield
        import watchfiles

        folders = sorted({str(p.resolve().parent) for p in [*self.paths, *self.depends] if p.resolve().parent.is_dir()})
        names = {p.resolve() for p in [*self.paths, *self.depends]}
        for _changes in watchfiles.watch(
            *folders,
            watch_filter=lambda _change, name: Path(name).resolve() in names,
            debounce=DEBOUNCE_MS,
            step=10,
            rust_timeout=int(max(self.interval, 0.05) * 1000),
            yield_on_timeout=True,
            recursive=False,
        ):
            yield
            # A changed file is looked at again until it has kept its stamp for its settle time: each look
            # after it would have settled, if it did not change in the meantime.
            while self._pending:
                due = min(self._since[p] + self._settle.get(p, SETTLE_S) for p in self._pending)
                self.sleep(max(due - self.clock(), 0.05))
                yield

    def _settled_change(self, path: Path, seen: dict[Path, Stamp], built: dict[Path, Stamp]) -> bool:
        """Whether ``path`` changed since it was last built and has since kept its size and modification
        time for its settle time (``settle_time``; it is then taken as built)."""
        now = stamp(path)
        if now != seen[path]:  # changed since the last look: it settles from now
            seen[path] = now
            self._since[path] = self.clock()
            self._settle[path] = settle_time(path)
        if now is None or now == built.get(path):
            self._pending.discard(path)
            return False
        if self.clock() - self._since[path] < self._settle.get(path, SETTLE_S):
            self._pending.add(path)
            return False
        self._pending.discard(path)
        built[path] = now
        return True
