"""A build killed mid-way leaves the previous poster and deck intact."""

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

from tests.support.workbooks import CANVASES, REPO


def build(src: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "canvasgen", "build", str(src), "-o", str(out), "--size", "A3"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.parametrize("delay", [0.6, 0.9, 1.2, 1.5])
def test_killed_build_leaves_old_or_complete_files(tmp_path: Path, delay: float) -> None:
    from tests.support.workbooks import big_canvas

    src, out = tmp_path / "reis.xlsx", tmp_path / "out"
    shutil.copy(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", src)
    assert build(src, out).wait(timeout=120) == 0
    before = {name: (out / name).read_bytes() for name in ("reis.pdf", "reis.pptx")}
    shutil.copy(big_canvas(tmp_path / "big"), src)  # a larger canvas: a longer build to interrupt
    process = build(src, out)
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    pdf, pptx = out / "reis.pdf", out / "reis.pptx"
    if pdf.read_bytes() != before["reis.pdf"]:
        assert len(PdfReader(pdf).pages) > 2  # the new poster, complete
    if pptx.read_bytes() != before["reis.pptx"]:
        assert len(Presentation(str(pptx)).slides) > 19  # the new deck, complete
    assert build(src, out).wait(timeout=120) == 0
    assert sorted(p.name for p in out.iterdir()) == ["reis.pdf", "reis.pptx"]  # no temporary files left
