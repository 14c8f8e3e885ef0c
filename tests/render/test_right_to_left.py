"""Right-to-left text: drawn by a kit font that covers it, shaped and right to left on the poster (no
warning), set in right-to-left paragraphs in the deck (PowerPoint orders and shapes it). The bundled
fonts' part: tests/render/pdf/test_scripts.py."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import pdf_text
from tests.support.workbooks import DATA, make_book

ARABIC = "خدمة العملاء سريعة"  # "customer service is fast"
HEBREW = "שירות מהיר"


def _kit(tmp_path: Path) -> Path:
    kit = tmp_path / "kit"
    (kit / "fonts").mkdir(parents=True)
    for name in ("NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf"):
        shutil.copy(DATA / "fonts" / name, kit / "fonts" / name)
    (kit / "brand.toml").write_text(
        '[fonts]\nfallbacks = ["fonts/NotoSansArabic-Regular.ttf", "fonts/NotoSansHebrew-Regular.ttf"]\n',
        encoding="utf-8",
    )
    return kit


def test_right_to_left_text_is_drawn_by_the_kit_font_and_set_right_to_left_in_the_deck(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "reis.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "A2": "Klantproces",
                "B2": ARABIC,
                "C2": HEBREW,
                "A3": "Intern proces",
                "B3": "Belt terug",
                "C3": "Stuurt offerte",
            }
        },
    )
    result = CliRunner().invoke(
        main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3", "--brand", str(_kit(tmp_path))]
    )
    assert result.exit_code == 0, result.output
    assert "right to left" not in result.stderr  # the poster sets it right to left now
    assert "cannot be drawn by the fonts" not in result.stderr  # the kit's fonts draw every character
    text = pdf_text(tmp_path / "out" / "reis.pdf")
    assert "\ufffd" not in text
    assert HEBREW.split()[0] in text  # read back by pypdf (which orders right-to-left text itself)
    slides = [n for n in zipfile.ZipFile(tmp_path / "out" / "reis.pptx").namelist() if n.startswith("ppt/slides/slide")]
    xml = "".join(zipfile.ZipFile(tmp_path / "out" / "reis.pptx").read(n).decode() for n in slides)
    for words in (ARABIC, HEBREW):
        at = xml.index(f"{words}</a:t>")
        paragraph = xml[xml.rindex("<a:p>", 0, at) : at]
        assert '<a:pPr rtl="1" algn="r">' in paragraph
    assert "some text is set in 'Noto Sans Arabic' (a fallback font of the brand kit)" in result.stderr
    latin = xml.index("Belt terug</a:t>")
    assert "rtl=" not in xml[xml.rindex("<a:p>", 0, latin) : latin]
