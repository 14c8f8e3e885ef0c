"""Every script and every emoji on the poster, with canvasgen's own fonts only (it reads none of the
machine's): Chinese, Japanese and Korean drawn by the bundled Droid Sans Fallback, emoji by Noto Emoji,
each found back in the PDF's text by pypdf and by pdftotext, the fonts embedded, ink where each emoji is,
the traffic lights in their colours."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import char_boxes, pdf_fonts, pdf_text, pdftotext, pixels, to_unicode
from tests.support.workbooks import make_book

CJK = {
    "B1": "認知",
    "C1": "検討",
    "D1": "購入",
    "B2": "無料体験を予約する。長い文章でも行の先頭に句読点が来ないように折り返します。",
    "C2": "比較サイトで価格を確認する",
    "D2": "オンラインで支払う",
    "B3": "한국어 고객 여정을 확인합니다",
    "C3": "简体中文的客户旅程",
    "D3": "繁體中文的客戶旅程",
}
EMOJI = {
    "B1": "Oriëntatie 😊",
    "C1": "Aankoop",
    "D1": "Gebruik",
    "B2": "Zoekt 😊 en 👍 ⭐",
    "C2": "Twijfelt 😟 👩‍💻 ❤️",
    "D2": "👍🏽 tevreden",
    "B3": "🟢 goed",
    "C3": "🟡 matig 🟠",
    "D3": "🔴 slecht ⚪ ⚫",
}
LIGHTS = {"🟢": "green", "🟡": "yellow", "🟠": "orange", "🔴": "red"}


def _poster(tmp_path: Path, cells: dict[str, str]) -> tuple[Path, str]:
    book = dict(cells, A1="Fase", A2="Klantproces", A3="Intern proces")
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": book})
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3", "--no-pptx"])
    assert result.exit_code == 0, result.output
    return tmp_path / "out" / "reis.pdf", result.stderr


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_chinese_japanese_and_korean_print_and_read_back(tmp_path: Path) -> None:
    pdf, stderr = _poster(tmp_path, CJK)
    assert "cannot be drawn" not in stderr
    for extracted in (pdf_text(pdf), pdftotext(pdf)):
        assert "\ufffd" not in extracted
        squeezed = _squeezed(extracted)
        for value in CJK.values():
            assert _squeezed(value) in squeezed  # a line broken between characters adds no space
    fonts = pdf_fonts(pdf)
    assert fonts.get("DroidSansFallback") is True and all(fonts.values())  # embedded, every one


def test_a_line_of_japanese_breaks_between_characters_never_before_a_full_stop(tmp_path: Path) -> None:
    from canvasgen.layout.text.wrap import NO_LINE_START, wrap

    text = CJK["B2"]
    for width in range(3, 30):
        lines = wrap(text, width, len)
        assert "".join(lines) == text  # nothing lost, no space put in
        assert all(len(line) <= width for line in lines)
        assert not any(line[0] in NO_LINE_START for line in lines[1:]), lines


def test_emoji_print_read_back_exactly_and_ink_their_boxes(tmp_path: Path) -> None:
    pdf, stderr = _poster(tmp_path, EMOJI)
    assert "cannot be drawn" not in stderr
    emoji = ["😊", "👍", "⭐", "😟", "👩\u200d💻", "❤\ufe0f", "👍🏽", "🟢", "🟡", "🟠", "🔴", "⚪", "⚫"]
    for extracted in (pdf_text(pdf), pdftotext(pdf)):
        assert "\ufffd" not in extracted
        for value in EMOJI.values():
            assert value in extracted  # exactly: joiner, variation selector and skin tone too
    assert pdf_fonts(pdf).get("NotoEmoji-Regular") is True
    for one in emoji:
        bitmap, boxes = char_boxes(pdf, one)
        assert boxes, one
        for box in boxes:
            assert any(sum(px) < 600 for px in pixels(bitmap, box)), f"no ink where {one} is"


@pytest.mark.parametrize(("light", "colour"), LIGHTS.items())
def test_traffic_lights_print_in_their_colour(tmp_path: Path, light: str, colour: str) -> None:
    pdf, _ = _poster(tmp_path, EMOJI)
    bitmap, boxes = char_boxes(pdf, light)
    inked = [px for px in pixels(bitmap, boxes[0]) if max(px) - min(px) > 60]  # coloured pixels, not grey
    assert len(inked) > 20, light
    r, g, b = (sum(px[i] for px in inked) / len(inked) for i in range(3))
    hue = {
        "green": g > r and g > b,
        "red": r > 2 * g and r > 2 * b,
        "yellow": r > b + 60 and g > b + 60,
        "orange": r > g > b,
    }[colour]
    assert hue, (light, r, g, b)


RIGHT_TO_LEFT = {
    "B1": "الوعي",
    "C1": "الشراء",
    "D1": "الاستخدام",
    "B2": "خدمة العملاء سريعة 24 ساعة",
    "C2": "שירות מהיר ב-5 דקות",
    "D2": "يدفع عبر PayPal",
    "B3": "Belt terug",
    "C3": "Stuurt offerte",
    "D3": "Levert",
}


#: Every Arabic and Hebrew word of the canvas but "ב-5" (a letter joined to a number), which each extractor
#: orders by its own bidi rules.
RIGHT_TO_LEFT_WORDS = [
    w for key in ("B1", "C1", "D1", "B2", "C2", "D2") for w in RIGHT_TO_LEFT[key].split() if w != "ב-5"
]


def test_arabic_and_hebrew_print_shaped_right_aligned_and_read_back_in_logical_order(tmp_path: Path) -> None:
    """Every Arabic and Hebrew word found back as typed by pypdf and by pdftotext, letters and not the
    contextual forms drawn (the lam-alef ligature of العملاء and الاستخدام too): poppler once read each line
    backwards, its ActualText laid out from left to right and then read from right to left."""
    pdf, stderr = _poster(tmp_path, RIGHT_TO_LEFT)
    assert "right to left" not in stderr and "cannot be drawn" not in stderr
    for extracted in (pdf_text(pdf), pdftotext(pdf)):
        assert "\ufffd" not in extracted
        assert [w for w in RIGHT_TO_LEFT_WORDS if w not in extracted] == []
        assert not [c for c in extracted if "\ufb50" <= c <= "\ufeff"]  # letters, not presentation forms
        assert all(latin in extracted for latin in ("Belt terug", "Stuurt offerte", "PayPal"))
    # Drawn with contextual forms: one letter drawn by several glyphs (initial, medial, final), and the
    # lam-alef ligature, each glyph reading as its letters (the Arabic font's ToUnicode map).
    read_as = to_unicode(pdf, "NotoSansArabic-Regular")
    glyphs_of = {letter: sum(1 for v in read_as.values() if v == letter) for letter in set(read_as.values())}
    assert glyphs_of["\u0645"] >= 2 and glyphs_of["\u0627"] >= 2, glyphs_of  # meem, alef: two forms each
    assert "\u0644\u0627" in read_as.values()  # lam-alef: one glyph, two letters in logical order
    assert pdf_fonts(pdf).get("NotoSansArabic-Regular") is True and all(pdf_fonts(pdf).values())
    # Right-aligned: the Hebrew line ends at its cell's right, the Latin lines start at their left.
    page = pdfium.PdfDocument(str(pdf))[0]
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    chars = textpage.get_text_range()
    hebrew = [box for box, ch in zip(boxes, chars) if "\u05d0" <= ch <= "\u05ea"]
    stuurt = chars.index("Stuurt")
    latin_left = boxes[stuurt][0]  # the Latin item below, in the same column, starts at the left
    assert min(b[0] for b in hebrew) > latin_left + 100  # the Hebrew text sits at the right of its column
    middle = (hebrew[0][1] + hebrew[0][3]) / 2
    bullets = [box for box, ch in zip(boxes, chars) if ch == "•" and box[1] - 4 < middle < box[3] + 4]
    assert any(b[0] > max(h[2] for h in hebrew) for b in bullets)  # its bullet right of it


def test_arabic_is_right_aligned(tmp_path: Path) -> None:
    """An Arabic item stands at the right of its column like the Hebrew one."""
    pdf, _ = _poster(tmp_path, RIGHT_TO_LEFT)
    page = pdfium.PdfDocument(str(pdf))[0]
    textpage = page.get_textpage()
    chars = textpage.get_text_range()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    belt, stuurt = boxes[chars.index("Belt")][0], boxes[chars.index("Stuurt")][0]  # columns B and C, left
    hebrew_low = next(box for box, ch in zip(boxes, chars) if "\u05d0" <= ch <= "\u05ea")[1]
    arabic = [
        box
        for box, ch in zip(boxes, chars)
        if "\u0600" <= ch <= "\u06ff" and box[2] < stuurt and abs(box[1] - hebrew_low) < 12
    ]  # B2's Arabic, on the Hebrew item's line
    assert arabic
    # at the right of column B, not at its left: nearer the next column than its own column's left edge (at
    # any size: a small map's text grows)
    assert min(b[0] for b in arabic) - belt > stuurt - max(b[2] for b in arabic)
