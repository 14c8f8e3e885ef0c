"""The hostile corpus: every file answered in bounded memory, in one sentence.

No wall-clock limit is asserted (a busy machine would fail it): the memory limit bounds the work,
and the subprocess timeout only keeps a hang from stalling the suite.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO
from tests.hostile_corpus import HOSTILE

MEMORY_LIMIT = 1536 * 1024 * 1024  # address space for the whole process, interpreter and libraries included
HANG_GUARD = 120  # seconds: a hang, not a speed limit


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize("case", sorted(HOSTILE), ids=lambda c: c.replace(" ", "-"))
def test_hostile_workbook(case: str, tmp_path: Path) -> None:
    make, code, phrase = HOSTILE[case]
    path = make(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "canvasgen", "check", str(path)],
        cwd=REPO, capture_output=True, text=True, timeout=HANG_GUARD, preexec_fn=_limit_memory,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == code, (done.stdout[-500:], done.stderr[-500:])
    assert phrase in done.stdout + done.stderr
    if code:
        assert len(done.stderr.strip().splitlines()) == 1  # one sentence
