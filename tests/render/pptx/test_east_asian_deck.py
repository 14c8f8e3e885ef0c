"""The deck sets Chinese, Japanese and Korean text in the face of its own writing and proofs it so (F22:
Traditional Chinese personas were set in "Microsoft YaHei", a Simplified Chinese face, and proofed as en-GB)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from canvasgen.layout.text.east_asian import east_asian_of
from tests.support.layouts import build_deck
from tests.support.workbooks import make_book

JOURNEYS = {
    "traditional": (["認識", "比較", "購買", "使用"], "我們說這個標籤很清楚", "Microsoft JhengHei", "zh-TW"),
    "simplified": (["认识", "比较", "购买", "使用"], "我们说这个标签很清楚", "Microsoft YaHei", "zh-CN"),
    "japanese": (["認知", "比較", "購入", "利用"], "お客様はレビューを読みます", "Yu Gothic", "ja-JP"),
    "korean": (["인지", "비교", "구매", "사용"], "고객이 리뷰를 읽습니다", "Malgun Gothic", "ko-KR"),
}


@pytest.mark.parametrize("writing", list(JOURNEYS))
def test_the_decks_east_asian_text_takes_the_face_and_proofing_of_its_writing(tmp_path: Path, writing: str) -> None:
    phases, action, face, proofing = JOURNEYS[writing]
    cells: dict[str, object] = {"A1": "Phase", "A2": "Customer actions"}
    for i, phase in enumerate(phases):
        cells[f"{'BCDE'[i]}1"], cells[f"{'BCDE'[i]}2"] = phase, action
    deck = build_deck(make_book(tmp_path / f"{writing}.xlsx", {"Journey": cells}), tmp_path / "out")
    with zipfile.ZipFile(deck) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if re.match(r"ppt/slides/slide\d+\.xml", n))
    assert set(re.findall(r'<a:ea typeface="([^"]+)"', xml)) == {face}
    assert set(re.findall(r'altLang="([^"]+)"', xml)) == {proofing}


def test_chinese_that_shows_neither_writing_is_left_to_the_default() -> None:
    assert east_asian_of(["客户", "hello"]) is None
    assert east_asian_of(["Customer journey"]) is None


def test_a_deck_of_several_writings_sets_each_paragraph_in_the_face_of_its_own(tmp_path: Path) -> None:
    """Round 20 (hostile, F5): the face was chosen once per deck, so in a canvas with Japanese the Korean and
    the Chinese were set in Yu Gothic (no hangul; Japanese glyph forms). Each run now by its paragraph's
    writing: hangul in Malgun Gothic, kana in Yu Gothic, Chinese with Simplified forms Japanese never writes in
    Microsoft YaHei, and Han alone (a Japanese place name) in the deck's Japanese face."""
    texts = {
        "顾客在网上搜索供应商并比较价格": ("Microsoft YaHei", "zh-CN"),
        "お客様は電話でサポートに連絡します": ("Yu Gothic", "ja-JP"),
        "고객은 앱에서 계약을 해지합니다": ("Malgun Gothic", "ko-KR"),
        "東京本社": ("Yu Gothic", "ja-JP"),
    }
    cells: dict[str, object] = {"A1": "Phase", "A2": "Customer actions"}
    for i, text in enumerate(texts):
        cells[f"{'BCDE'[i]}1"], cells[f"{'BCDE'[i]}2"] = f"Phase {i + 1}", text
    deck = build_deck(make_book(tmp_path / "mixed.xlsx", {"Journey": cells}), tmp_path / "out")
    with zipfile.ZipFile(deck) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if re.match(r"ppt/slides/slide\d+\.xml", n))
    found = {}
    for attributes, faces, text in re.findall(r"<a:rPr([^>]*)>((?:(?!</a:rPr>).)*)</a:rPr><a:t>([^<]*)</a:t>", xml):
        if text in texts:
            face = re.search(r'<a:ea typeface="([^"]+)"', faces)
            proofing = re.search(r'altLang="([^"]+)"', attributes)
            found[text] = (face and face.group(1), proofing and proofing.group(1))
    assert found == texts
