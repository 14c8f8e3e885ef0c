"""Waiting for another thread or process: for an event (a file written, an answer, a process gone), polled
with a deadline that only guards against a hang, never a sleep for a guessed time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

DEADLINE = 180.0  # seconds: a hang guard for a loaded machine, not a speed limit

T = TypeVar("T")


def wait_until(condition: Callable[[], T], what: str, seconds: float = DEADLINE) -> T:
    """The first true value of ``condition()``, looked at every 20 ms; fails naming ``what`` at the deadline."""
    limit = time.monotonic() + seconds
    while not (found := condition()):
        assert time.monotonic() < limit, f"never: {what}"
        time.sleep(0.02)
    return found
