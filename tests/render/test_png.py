"""``build --png``: a picture of every poster page, cut to the trim box, named in the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from canvasgen.cli import main
from tests.support.workbooks import CANVASES

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
#: Five poster pages, pictured two at a time: with the webshop's two pages, the full suite's runs saw the Ctrl-C
#: come after both were written, three times over (exit 0), where it passed alone.
MANY_PAGES = CANVASES / "example-hr-software-b2b.xlsx"


def _trim_sizes(pdf: Path) -> list[tuple[float, float]]:
    return [(float(p.trimbox.width), float(p.trimbox.height)) for p in PdfReader(pdf).pages]


def test_every_poster_page_becomes_a_picture_of_its_trimmed_size(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(WEBSHOP), "-o", str(tmp_path), "--png", "--crop-marks"])
    assert result.exit_code == 0, result.output
    trims = _trim_sizes(tmp_path / "voorbeeld-webshop-kpis-v3.pdf")
    assert len(trims) >= 2
    for number, (width, height) in enumerate(trims, start=1):
        picture = tmp_path / f"voorbeeld-webshop-kpis-v3-{number}.png"
        assert f"wrote {picture} (page {number} as a picture)" in result.output
        with Image.open(picture) as image:
            assert image.format == "PNG"
            # 100 dpi by default, the trim box only: no bleed, no crop-mark slug
            assert abs(image.width - width * 100 / 72) < 2 and abs(image.height - height * 100 / 72) < 2
            assert abs(image.width / image.height - width / height) < 0.002
    assert not (tmp_path / f"voorbeeld-webshop-kpis-v3-{len(trims) + 1}.png").exists()
    assert not list(tmp_path.glob("*.part"))


def test_png_dpi_sets_the_resolution_and_implies_png(tmp_path: Path) -> None:
    args = ["build", str(WEBSHOP), "-o", str(tmp_path), "--png-dpi", "40", "--size", "A3", "--no-pptx"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    (width, height), *_ = _trim_sizes(tmp_path / "voorbeeld-webshop-kpis-v3.pdf")
    with Image.open(tmp_path / "voorbeeld-webshop-kpis-v3-1.png") as image:
        assert abs(image.width - width * 40 / 72) < 2 and abs(image.height - height * 40 / 72) < 2


def test_pictures_need_the_pdf(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(WEBSHOP), "-o", str(tmp_path), "--png", "--no-pdf"])
    assert result.exit_code == 2
    assert "--png pictures the PDF poster's pages: leave out --no-pdf" in result.output
    assert not list(tmp_path.glob("*"))


def test_a_picture_stays_within_40_megapixels_however_large_the_page(tmp_path: Path) -> None:
    """``--png-dpi 600`` on a 2000 x 2000 mm poster would be 2,200 megapixels (6.7 GB to render): the
    picture is made at the resolution that stays within 40, said in a sentence, in bounded memory. A canvas of
    one page: each page is its own picture of the same size (the webshop's three pages took three times as long)."""
    from tests.support.processes import run_measured

    canvas = tmp_path / "fietsen.csv"
    canvas.write_text("Fase;Oriëntatie;Vergelijken;Aankoop\nKlantproces;zoekt;vergelijkt;koopt\n", encoding="utf-8")
    args = ["build", str(canvas), "-o", str(tmp_path), "--size", "2000x2000mm", "--png-dpi", "600", "--no-pptx"]
    done, peak = run_measured(*args)
    assert done.returncode == 0, done.stderr
    assert peak < 800, f"{peak:.0f} MB"
    picture = tmp_path / "fietsen-1.png"
    with Image.open(picture) as image:
        assert 38_000_000 < image.width * image.height <= 40_000_000
        dpi = round(image.width / (2000 / 25.4))
    said = (
        f"warning: {picture}: page 1 is 2000 × 2000 mm: its picture is made at {dpi} dpi, not 600, to stay "
        "within 40 megapixels; the PDF has every detail"
    )
    assert said in done.stderr


def _group(pgid: int) -> list[int]:
    """The processes of process group ``pgid`` (zombies included, until they are reaped)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_ctrl_c_while_pages_are_pictured_stops_every_process_and_leaves_no_part(method: str, tmp_path: Path) -> None:
    """Ctrl-C reaches the pool's workers too (the terminal sends it to the whole group): each printed a
    traceback, and a page's temporary file was left behind. Now the parent stops them and their files go."""
    import os
    import signal
    import subprocess
    import sys

    from canvasgen.platform import START_METHOD_VARIABLE
    from tests.support.processes import ctrl_c_as_in_a_terminal
    from tests.support.waiting import wait_until
    from tests.support.workbooks import REPO

    why: list[str] = []  # how each attempt ended, said where all three ended before a Ctrl-C could come

    def interrupted(out: Path) -> tuple[subprocess.Popen[str], str] | None:
        """A build stopped by Ctrl-C while a page is being written; None when it finished first."""
        args = ["build", str(MANY_PAGES), "-o", str(out), "--png-dpi", "300", "--crop-marks", "--no-pptx"]
        with ctrl_c_as_in_a_terminal():  # a run started in the background ignores SIGINT, and so would the build
            process = subprocess.Popen(
                [sys.executable, "-m", "canvasgen", *args],
                cwd=REPO,
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
                env={**os.environ, START_METHOD_VARIABLE: method},
            )
        try:
            wait_until(lambda: list(out.glob(".*.png.*.part")) or process.poll() is not None, "a page being pictured")
            if process.poll() is not None:
                _, stderr = process.communicate()
                why.append(f"finished before a page was pictured, exit {process.returncode}: {stderr[-300:]!r}")
                return None
            os.killpg(process.pid, signal.SIGINT)
            _, stderr = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
        if process.returncode == 0 and not list(out.glob(".*.part")):
            why.append(f"finished despite the Ctrl-C, exit 0: {stderr[-300:]!r}")
            return None  # the last page was written between the look and the Ctrl-C: a busy machine's timing
        return process, stderr

    # The window is a page's compression (seconds); on a loaded machine the build may finish inside it: tried
    # again, a few times at most, and the Ctrl-C must have come while pages were pictured in one of them.
    for attempt in range(3):
        tmp_path = tmp_path.parent / f"{tmp_path.name}-{attempt}"
        tmp_path.mkdir()
        if (stopped := interrupted(tmp_path)) is not None:
            break
    else:
        raise AssertionError(f"the pictures were made before Ctrl-C could come, three times: {why}")
    process, stderr = stopped
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "PoolWorker" not in stderr and "leaked" not in stderr, stderr
    assert "interrupted: " in stderr
    wait_until(lambda: _group(process.pid) == [], "no process of the build left")
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*.part")) == []
