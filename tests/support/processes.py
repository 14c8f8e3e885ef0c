"""canvasgen in processes of its own, measured: its result and its peak resident memory."""

from __future__ import annotations

import subprocess
import sys

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
