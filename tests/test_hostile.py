"""The hostile corpus: every file answered in bounded memory, in one sentence.

No wall-clock limit is asserted (a busy machine would fail it): the child's peak resident memory is
measured and bounded, and the subprocess timeout only keeps a hang from stalling the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.hostile import HOSTILE
from tests.support.workbooks import REPO

PEAK_MB = 600  # resident memory of the whole check, interpreter and libraries included
HANG_GUARD = 120  # seconds: a hang, not a speed limit

# A small parent runs the check, so that its children's peak is the check's alone.
_MEASURE = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "canvasgen", *sys.argv[1:]], capture_output=True, text=True)
sys.stdout.write(done.stdout)
sys.stderr.write(done.stderr)
sys.stderr.write(f"\\npeak-kb={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n")
sys.exit(done.returncode)
"""


def run_measured(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run canvasgen with ``args``; its result (the peak line taken off stderr) and peak resident MB."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], cwd=REPO, capture_output=True, text=True, timeout=HANG_GUARD
    )
    stderr, _, peak = done.stderr.rstrip().rpartition("\npeak-kb=")
    done.stderr = stderr + ("\n" if stderr else "")
    return done, int(peak) / 1024


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
