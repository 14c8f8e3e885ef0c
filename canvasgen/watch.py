"""``canvasgen watch``: rebuild whenever a workbook is saved, live during a workshop.

Polls the files (no extra dependencies, works on network drives too). Excel and
LibreOffice save through temporary and lock files and may take a moment to
finish writing, so a change is acted on only once the file has stayed the same
for two polls in a row; lock and temporary files are never watched.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Stamp = tuple[int, int] | None  # (size, mtime in ns), None when the file is missing


def stamp(path: Path) -> Stamp:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)


@dataclass
class Watcher:
    """Calls ``rebuild`` for each file once at the start, then after each settled change.

    A settled change to one of ``depends`` (a metrics CSV every build reads) rebuilds every file.
    """

    paths: list[Path]
    rebuild: Callable[[Path], None]
    interval: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    depends: list[Path] = field(default_factory=list)

    def run(self, max_builds: int | None = None) -> int:
        builds = 0
        built: dict[Path, Stamp] = {}
        seen: dict[Path, Stamp] = {p: stamp(p) for p in [*self.paths, *self.depends]}
        for dependency in self.depends:
            built[dependency] = seen[dependency]
        for path in self.paths:
            if seen[path] is not None:
                self.rebuild(path)
                built[path] = seen[path]
                builds += 1
        while max_builds is None or builds < max_builds:
            self.sleep(self.interval)
            changed = [p for p in self.depends if self._settled_change(p, seen, built)]
            for path in self.paths:
                if self._settled_change(path, seen, built) or (changed and seen[path] is not None):
                    self.rebuild(path)
                    built[path] = seen[path]
                    builds += 1
        return builds

    @staticmethod
    def _settled_change(path: Path, seen: dict[Path, Stamp], built: dict[Path, Stamp]) -> bool:
        now = stamp(path)
        settled = now is not None and now == seen[path]  # unchanged since the last poll
        seen[path] = now
        if settled and now != built.get(path):
            built[path] = now
            return True
        return False
