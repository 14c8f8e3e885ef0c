"""Ctrl-C during a folder build, and two builds of one workbook at once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.platform import START_METHOD_VARIABLE
from tests.support.processes import ctrl_c_as_in_a_terminal, start
from tests.support.workbooks import CANVASES, REPO, big_canvas

pytestmark = pytest.mark.slow

HANG_GUARD = 120  # seconds: a hang, not a speed limit
PROMPT = 5  # seconds from Ctrl-C to exit: generous; the point is that it ends, not how fast


def _canvasgen(*args: str, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "canvasgen", *args],
        cwd=REPO,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **popen,  # type: ignore[call-overload]
    )


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.part"))


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_ctrl_c_stops_a_folder_build_promptly_and_cleanly(tmp_path: Path, method: str) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(40):
        shutil.copy(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", src / f"klant-{i:02d}.xlsx")
    # A session of its own: Ctrl-C in a terminal reaches the whole foreground group, workers included.
    # fork is Linux's way of starting the workers, spawn Windows's and macOS's
    environment = {**os.environ, START_METHOD_VARIABLE: method}
    with ctrl_c_as_in_a_terminal():
        process = _canvasgen(
            "build", str(src), "-o", str(out), "-j", "2", "--size", "A2", start_new_session=True, env=environment
        )
    limit = time.monotonic() + HANG_GUARD
    while not list(out.glob("*.pdf")) and time.monotonic() < limit and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the build ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    try:
        stdout, stderr = process.communicate(timeout=PROMPT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()  # its pipes closed here, not left to warn in the next test
        raise AssertionError("the build went on after Ctrl-C") from None
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "Aborted!" not in stderr and "leaked semaphore" not in stderr
    assert "interrupted: " in stderr and " built, " in stderr
    assert _parts(out) == []
    written = sorted(out.glob("*.pdf"))
    assert 0 < len(written) < 40
    for pdf in written:  # what was written is whole
        assert len(PdfReader(pdf).pages) >= 1
    for deck in out.glob("*.pptx"):  # a deck is a job's last file: its job finished, and said so
        assert f"wrote {deck}" in stdout


def test_two_builds_of_one_workbook_at_once_both_succeed(tmp_path: Path) -> None:
    # Over two pages and ten slides (a build of several files, each written whole), a fraction of the big
    # canvas's words: what is tested is the two processes writing at once, not the setting of text.
    text = "offerte levering kwaliteit service prijs bestelling "
    workbook = shutil.copy(big_canvas(tmp_path, text), tmp_path / "reis.xlsx")
    out = tmp_path / "out"
    for _ in range(3):
        runs = [start("build", workbook, "-o", out, "--size", "A3") for _ in range(2)]
        for done, _peak in [run.wait() for run in runs]:
            assert done.returncode == 0, done.stderr
        assert len(PdfReader(out / "reis.pdf").pages) > 2
        assert len(Presentation(str(out / "reis.pptx")).slides) > 10
        assert _parts(out) == []
