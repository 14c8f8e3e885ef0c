"""The work canvasgen hands to other processes, under both ways of starting them: fork (Linux's) and spawn
(Windows's and macOS's, forced on Linux by ``CANVASGEN_START_METHOD=spawn``): a folder build's workers,
each reading .ods and .xls through calamine's child process, and ``watch`` picturing a poster's pages in a
pool. Each run is a real ``canvasgen`` process; what it wrote is read back."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvasgen.pipeline import BuildOptions, batch
from canvasgen.platform import START_METHOD_VARIABLE
from tests.support.other_formats import CANVAS_ODS, XLS_SOURCE, ods
from tests.support.processes import run
from tests.support.read_back import pdfium_text, squeeze
from tests.support.workbooks import CANVASES, REPO

pytestmark = pytest.mark.slow

METHODS = pytest.mark.parametrize("method", ["fork", "spawn"])
HANG_GUARD = 300  # seconds: a hang, not a speed limit
ZON = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


def _clean(stderr: str) -> None:
    for bad in ("Traceback", "leaked semaphore", "resource_tracker", "Error while"):
        assert bad not in stderr, stderr


@METHODS
def test_a_folder_build_reads_every_format_in_its_workers(method: str, tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(ZON, src / "zon.xlsx")
    ods(src / "fietsen.ods", {"Blad1": CANVAS_ODS})  # read by calamine in a child of the worker
    shutil.copy(XLS_SOURCE, src / "blueprint.xls")
    (src / "kapot.xlsx").write_bytes(b"PK\x03\x04 not a workbook")  # one bad file stops no other
    done = run("build", src, "-o", out, "-j", "2", "--no-pptx", env={START_METHOD_VARIABLE: method})
    assert done.returncode == 1, done.stderr
    assert "kapot.xlsx" in done.stderr
    for pdf, words in (("fietsen", "Zoekt een fiets"), ("blueprint", "Schermata dell'app"), ("zon", "Zonnepanelen")):
        assert squeeze(words) in squeeze(pdfium_text(out / f"{pdf}.pdf")), pdf
    assert not (out / "kapot.pdf").exists()
    assert sorted(p.name for p in out.glob("*.part")) == []
    _clean(done.stderr)


@METHODS
def test_watch_pictures_every_page_in_a_pool(method: str, tmp_path: Path) -> None:
    """The command as a user starts it (the ``canvasgen`` script, which a spawned process must not run
    again), a poster of several pages, each pictured by a process of the pool."""
    out = tmp_path / "out"
    command = [
        str(Path(sys.executable).parent / "canvasgen"),
        "watch",
        str(WEBSHOP),
        "-o",
        str(out),
        "--png",
        "--crop-marks",
        "--size",
        "A4",  # three pages, as at A1, each an eighth of the pixels
        "--no-pptx",
        "--max-builds",
        "1",
    ]
    done = subprocess.run(
        command,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        env={**_environment(), START_METHOD_VARIABLE: method},
    )
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(out / "voorbeeld-webshop-kpis-v3.pdf").pages)
    pictures = sorted(out.glob("voorbeeld-webshop-kpis-v3-*.png"))
    assert pages >= 2 and len(pictures) == pages and done.stdout.count("as a picture") == pages, done.stdout
    assert done.stderr.count("building") == 1
    _clean(done.stderr)


def _quick_job(job: batch.Job) -> batch.Outcome:
    return batch.Outcome(job.source, built=True)


def test_the_start_method_asked_for_reaches_the_folder_builds_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forked worker inherits its parent's state (here a patched ``run_job``); a spawned one starts
    afresh and builds for real (the workbooks are not there: each job fails in its sentence)."""
    monkeypatch.setattr(batch, "run_job", _quick_job)
    jobs = [batch.Job(tmp_path / f"klant-{i}.xlsx", BuildOptions(tmp_path, (100.0, 100.0))) for i in range(2)]
    for method, inherited in (("fork", True), ("spawn", False)):
        monkeypatch.setenv(START_METHOD_VARIABLE, method)
        outcomes = list(batch._outcomes(jobs, workers=2))
        assert [o.built for o in outcomes] == [inherited, inherited], method
        assert all(bool(o.errors) is not inherited for o in outcomes), method


def _environment() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(REPO)}
