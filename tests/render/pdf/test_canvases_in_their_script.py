"""Whole canvases written in Japanese, simplified and traditional Chinese, Korean, Arabic and Hebrew — the
sheet's name, the labels, the phases and the cells — printed with canvasgen's own fonts only (the tests
switch the machine's fonts off): no U+FFFD, nothing reported as undrawable, every word found back by
pypdf and by pdftotext (right-to-left words in logical order), every font embedded."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import pdf_fonts, pdf_text, pdftotext
from tests.support.workbooks import make_book

CANVASES: dict[str, tuple[str, dict[str, str]]] = {
    "ja": (
        "カスタマージャーニー",
        {
            "A1": "フェーズ",
            "A2": "顧客の行動",
            "A3": "社内の対応",
            "B1": "認知",
            "C1": "検討",
            "D1": "購入",
            "B2": "広告で製品を知る",
            "C2": "口コミを読んで比較する",
            "D2": "オンラインで注文する",
            "B3": "広告を出す",
            "C3": "質問に答える",
            "D3": "商品を発送する",
        },
    ),
    "zh-Hans": (
        "客户旅程",
        {
            "A1": "阶段",
            "A2": "客户行为",
            "A3": "内部流程",
            "B1": "认知",
            "C1": "考虑",
            "D1": "购买",
            "B2": "在网上看到广告",
            "C2": "比较价格和评价",
            "D2": "在线下单并付款",
            "B3": "投放广告",
            "C3": "回答客户问题",
            "D3": "安排发货",
        },
    ),
    "zh-Hant": (
        "客戶旅程",
        {
            "A1": "階段",
            "A2": "客戶行為",
            "A3": "內部流程",
            "B1": "認知",
            "C1": "考慮",
            "D1": "購買",
            "B2": "在網路上看到廣告",
            "C2": "比較價格與評價",
            "D2": "線上下單並付款",
            "B3": "投放廣告",
            "C3": "回覆客戶問題",
            "D3": "安排出貨",
        },
    ),
    "ko": (
        "고객 여정",
        {
            "A1": "단계",
            "A2": "고객 행동",
            "A3": "내부 프로세스",
            "B1": "인지",
            "C1": "고려",
            "D1": "구매",
            "B2": "광고를 보고 제품을 알게 됨",
            "C2": "후기를 읽고 가격을 비교함",
            "D2": "온라인으로 주문하고 결제함",
            "B3": "광고를 게재함",
            "C3": "고객 문의에 답변함",
            "D3": "상품을 발송함",
        },
    ),
    "ar": (
        "رحلة العميل",
        {
            "A1": "المرحلة",
            "A2": "العميل",
            "A3": "العمليات الداخلية",
            "B1": "الوعي",
            "C1": "المقارنة",
            "D1": "الشراء",
            "B2": "يرى الإعلان على الإنترنت",
            "C2": "يقارن الأسعار والتقييمات",
            "D2": "يطلب ويدفع عبر الموقع",
            "B3": "ننشر الإعلانات",
            "C3": "نجيب على أسئلة العملاء",
            "D3": "نرسل الطلب",
        },
    ),
    "he": (
        "מסע הלקוח",
        {
            "A1": "שלב",
            "A2": "הלקוח",
            "A3": "תהליך פנימי",
            "B1": "מודעות",
            "C1": "השוואה",
            "D1": "רכישה",
            "B2": "רואה מודעה באינטרנט",
            "C2": "משווה מחירים וביקורות",
            "D2": "מזמין ומשלם באתר",
            "B3": "מפרסמים מודעות",
            "C3": "עונים על שאלות לקוחות",
            "D3": "שולחים את ההזמנה",
        },
    ),
}
RIGHT_TO_LEFT = ("ar", "he")


@pytest.mark.slow
@pytest.mark.parametrize("script", CANVASES)
def test_a_canvas_written_in_its_script_prints_every_word(tmp_path: Path, script: str) -> None:
    sheet, cells = CANVASES[script]
    path = make_book(tmp_path / "canvas.xlsx", {sheet: cells})
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--size", "A3", "--no-pptx"])
    assert result.exit_code == 0, result.output
    assert "cannot be drawn" not in result.stderr
    pdf = out / "canvas.pdf"
    for extracted in (pdf_text(pdf), pdftotext(pdf)):
        assert "\ufffd" not in extracted
        if script in RIGHT_TO_LEFT:  # words in logical order, each as typed
            words = [w for value in cells.values() for w in value.split()]
            assert [w for w in words if w not in extracted] == []
        else:  # a line broken between characters adds no space: compared without spaces
            squeezed = "".join(extracted.split())
            assert [v for v in cells.values() if "".join(v.split()) not in squeezed] == []
    fonts = pdf_fonts(pdf)
    assert fonts and all(fonts.values())  # every font embedded
    expected = "NotoSansArabic-Regular" if script == "ar" else "NotoSansHebrew-Regular" if script == "he" else None
    assert (expected or "DroidSansFallback") in fonts
