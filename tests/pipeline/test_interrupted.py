"""A build killed mid-way leaves the previous poster and deck intact."""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from tests.support.processes import run, start
from tests.support.workbooks import CANVASES, big_canvas

pytestmark = pytest.mark.slow


# Deliberate delays: the kill lands at a different point of the build each time (reading, laying out,
# writing the poster, writing the deck). The build runs in a process forked ready to work, so that every
# delay falls in the build itself, not in the interpreter's start.
@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The previous poster and deck (reis.pdf, reis.pptx), built once for every delay."""
    folder = tmp_path_factory.mktemp("previous")
    src, out = folder / "reis.xlsx", folder / "out"
    shutil.copy(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", src)
    assert run("build", src, "-o", out, "--size", "A3").returncode == 0
    return out


@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9, 1.2])
def test_killed_build_leaves_old_or_complete_files(tmp_path: Path, delay: float, previous: Path) -> None:
    src, out = tmp_path / "reis.xlsx", tmp_path / "out"
    args = ("build", src, "-o", out, "--size", "A3")
    shutil.copytree(previous, out)
    before = {name: (out / name).read_bytes() for name in ("reis.pdf", "reis.pptx")}
    shutil.copy(big_canvas(tmp_path), src)
    process = start(*args)  # a larger canvas: a longer build to interrupt
    time.sleep(delay)
    if not process.ended():
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    pdf, pptx = out / "reis.pdf", out / "reis.pptx"
    if pdf.read_bytes() != before["reis.pdf"]:
        assert len(PdfReader(pdf).pages) > 2  # the new poster, complete
    if pptx.read_bytes() != before["reis.pptx"]:
        assert len(Presentation(str(pptx)).slides) > 19  # the new deck, complete
    assert run(*args).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["reis.pdf", "reis.pptx"]  # no temporary files left
