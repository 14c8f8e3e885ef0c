"""Which East Asian writing a text is in, for the deck's East Asian face and proofing language: PowerPoint
sets Chinese, Japanese and Korean characters in a run's ``ea`` face, and a Traditional Chinese text in a
Simplified Chinese face (or the other way round) takes the wrong glyph forms, or none where the face is
missing (F22: Traditional Chinese personas in "Microsoft YaHei", proofed as en-GB)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

EastAsian = Literal["zh-Hant", "zh-Hans", "ja", "ko"]

#: The face every PowerPoint on Windows and macOS has for each writing (it links Mac equivalents itself).
FACES: dict[EastAsian, str] = {
    "zh-Hant": "Microsoft JhengHei",
    "zh-Hans": "Microsoft YaHei",
    "ja": "Yu Gothic",
    "ko": "Malgun Gothic",
}
#: The proofing language of a run in each writing.
PROOFING: dict[EastAsian, str] = {"zh-Hant": "zh-TW", "zh-Hans": "zh-CN", "ja": "ja-JP", "ko": "ko-KR"}

_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# Common characters written differently in the two Chinese scripts (the same words, one form each side).
_TRADITIONAL = frozenset(
    "們說這個會來時對為國學與體還過後見開關長門問間經現實點頭動產業標籤務資訊電話網設計員買賣車東臺灣"
)
_SIMPLIFIED = frozenset(
    "们说这个会来时对为国学与体还过后见开关长门问间经现实点头动产业标签务资讯电话网设计员买卖车东台湾"
)


#: Each of the two sets as one search: a deck's every text is counted, and a text of Latin letters is passed over
#: in C instead of character by character in Python.
_TRADITIONAL_RE = re.compile("[" + "".join(sorted(_TRADITIONAL)) + "]")
_SIMPLIFIED_RE = re.compile("[" + "".join(sorted(_SIMPLIFIED)) + "]")


#: The Simplified forms Japanese writes alike (会, 国, 学…): no sign that Han text in a Japanese deck is Chinese.
_ALSO_JAPANESE = frozenset("会来国学与体点台湾")


def east_asian_of(texts: Iterable[str]) -> EastAsian | None:
    """The writing of the texts' Chinese, Japanese or Korean characters: Japanese where kana stand among
    them, Korean where hangul do, else Traditional or Simplified Chinese by the characters only one of them
    writes so; None without any, or with Chinese that shows neither (the caller keeps its default)."""
    kana = hangul = traditional = simplified = 0
    for text in texts:
        kana += len(_KANA.findall(text))
        hangul += len(_HANGUL.findall(text))
        traditional += len(_TRADITIONAL_RE.findall(text))
        simplified += len(_SIMPLIFIED_RE.findall(text))
    if kana or hangul:
        return "ja" if kana >= hangul else "ko"
    if traditional != simplified:
        return "zh-Hant" if traditional > simplified else "zh-Hans"
    return None


def han_writing(texts: Iterable[str]) -> EastAsian | None:
    """The writing a deck reads Han characters alone in (``paragraph_writing``'s ``deck``): Japanese where kana
    stand anywhere among its texts (Japanese writes kanji throughout, Korean seldom writes hanja), else the
    deck's writing (``east_asian_of``)."""
    texts = list(texts)
    return "ja" if any(_KANA.search(text) for text in texts) else east_asian_of(texts)


def paragraph_writing(text: str, deck: EastAsian | None) -> EastAsian | None:
    """The writing one paragraph's Chinese, Japanese or Korean characters are set in, beside the ``deck``'s
    (``east_asian_of`` of all its texts): its own kana or hangul decide (Korean never in a Japanese face); Han
    alone is the deck's writing, but in a Japanese deck Chinese where it has Simplified forms Japanese never
    writes (们, 这, 网), and in any other its Chinese form where it shows one. None without any."""
    own = east_asian_of([text])
    if own in ("ja", "ko"):
        return own
    if deck == "ja":
        return "zh-Hans" if any(ch in _SIMPLIFIED and ch not in _ALSO_JAPANESE for ch in text) else deck
    return own or deck
