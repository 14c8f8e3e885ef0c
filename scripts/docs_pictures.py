"""The README's pictures in docs/, made from the current code: ``make docs``.

Posters are built from the bundled examples and rendered by PDFium; the deck is converted by
LibreOffice (as a client opening it would see it) and its slides laid out on one sheet. The web page's
picture comes from ``scripts/page_screenshot.py`` (the same make target runs both).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image  # noqa: E402

from canvasgen.pipeline import BuildOptions, run  # noqa: E402
from canvasgen.read.reader import read_canvas  # noqa: E402
from canvasgen.render.png import render_page  # noqa: E402
from canvasgen.units import parse_paper  # noqa: E402

DOCS = REPO / "docs"
POSTER_DPI = 45  # an A1 page about 1,500 pixels wide: the README's column
SLIDE_WIDTH = 400
COLUMNS = 4


def _build(name: str, work: Path, pptx: bool = False) -> tuple[Path, Path | None]:
    path = REPO / "canvases" / name
    result = run(path, BuildOptions(work, parse_paper("A1"), pdf=True, pptx=pptx), canvas=read_canvas(path))
    assert result.pdf is not None
    return result.pdf, result.pptx if pptx else None


def _page(pdf: Path, index: int, target: Path) -> None:
    render_page(str(pdf), index, POSTER_DPI, str(target))
    print(f"wrote {target.relative_to(REPO)}")


def _deck_sheet(pptx: Path, work: Path, target: Path) -> None:
    import pypdfium2 as pdfium

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is needed for the deck's picture: `make docs` installs it")
    profile = tempfile.mkdtemp(prefix="lo-docs-")
    command = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work / "deck"),
        str(pptx),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    shutil.rmtree(profile, ignore_errors=True)
    document = pdfium.PdfDocument(str(work / "deck" / f"{pptx.stem}.pdf"))
    slides = []
    for page in document:
        image = page.render(scale=SLIDE_WIDTH / page.get_width()).to_pil()
        slides.append(image)
    document.close()
    gap = 12
    width, height = slides[0].size
    rows = (len(slides) + COLUMNS - 1) // COLUMNS
    sheet = Image.new("RGB", (COLUMNS * (width + gap) + gap, rows * (height + gap) + gap), "#E4E7EB")
    for number, slide in enumerate(slides):
        row, col = divmod(number, COLUMNS)
        sheet.paste(slide, (gap + col * (width + gap), gap + row * (height + gap)))
    sheet.save(target)
    print(f"wrote {target.relative_to(REPO)}")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="canvasgen-docs-") as folder:
        work = Path(folder)
        solar, _ = _build("voorbeeld-zonnepanelen-b2c.xlsx", work)
        _page(solar, 0, DOCS / "poster-zonnepanelen.png")
        webshop, deck = _build("voorbeeld-webshop-kpis-v3.xlsx", work, pptx=True)
        _page(webshop, 1, DOCS / "poster-webshop-cijfers.png")  # touchpoints, figures and persona
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(str(webshop)))
        _page(webshop, pages - 1, DOCS / "poster-appendix-preview.png")
        assert deck is not None
        _deck_sheet(deck, work, DOCS / "deck-preview.png")


if __name__ == "__main__":
    main()
