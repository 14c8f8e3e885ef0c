"""``build --png``: a picture of every poster page, cut to the trim box, named in the summary."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from canvasgen.cli import main
from tests.support.workbooks import CANVASES

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


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
    picture is made at the resolution that stays within 40, said in a sentence, in bounded memory."""
    from tests.support.processes import run_measured

    args = ["build", str(WEBSHOP), "-o", str(tmp_path), "--size", "2000x2000mm", "--png-dpi", "600", "--no-pptx"]
    done, peak = run_measured(*args)
    assert done.returncode == 0, done.stderr
    assert peak < 800, f"{peak:.0f} MB"
    picture = tmp_path / "voorbeeld-webshop-kpis-v3-1.png"
    with Image.open(picture) as image:
        assert 38_000_000 < image.width * image.height <= 40_000_000
        dpi = round(image.width / (2000 / 25.4))
    said = (f"warning: {picture}: page 1 is 2000 × 2000 mm: its picture is made at {dpi} dpi, not 600, to stay "
            "within 40 megapixels; the PDF has every detail")  # fmt: skip
    assert said in done.stderr
