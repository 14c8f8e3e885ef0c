"""The hostile corpus: every file answered in bounded memory, in one sentence.

No wall-clock limit is asserted (a busy machine would fail it): the child's peak resident memory is
measured and bounded, and the subprocess timeout only keeps a hang from stalling the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.hostile import HOSTILE
from tests.support.processes import PEAK_MB, run_measured

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("case", sorted(HOSTILE), ids=lambda c: c.replace(" ", "-"))
def test_hostile_workbook(case: str, tmp_path: Path) -> None:
    make, code, phrase = HOSTILE[case]
    path = make(tmp_path)
    done, peak = run_measured("check", str(path))
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert peak < PEAK_MB, f"{peak:.0f} MB"
    assert done.returncode == code, (done.stdout[-500:], done.stderr[-500:])
    assert phrase in done.stdout + done.stderr
    if code:
        assert len(done.stderr.strip().splitlines()) == 1  # one sentence
