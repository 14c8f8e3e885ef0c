"""Writing output so that a crash never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it only if the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.*.part"):
        stale.unlink(missing_ok=True)  # left by a build that was killed: never a finished file
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; outputs are for sharing
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    with atomic_path(target) as temp:
        write(temp)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
