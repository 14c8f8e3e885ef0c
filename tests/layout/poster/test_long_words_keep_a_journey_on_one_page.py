"""A journey of many phases stays on one page when a few of its words are only a little too wide for its
columns: hyphenated once, at their language's syllables, as the page then breaks them. A Russian matrix of
13 phases per persona gave every persona but the first two mostly empty A1 pages (7 + 6 phases) for one
10- or 11-letter word each ("одиночество", "новичками»"), while the first, of shorter words, took one
page (#7)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.language import hyphenation_language
from tests.support.layouts import build_poster_laid, canvas_of
from tests.support.read_back import pdfium_text, squeeze

SHORT = [
    "запрос не измеряем в GA",
    "UTM внедряются ✓ (в работе)",
    "медленный сайт; нет «карты города»",
    "нет цены на страницах курсов — проверить",
    "не видно «как внутри»",
    "квиз вместо формы",
    "школа молчит между визитами",
    "Klarna ✓, но РФ не решена",
    "навигация; North Star не мерим",
    "нет ощущения прогресса",
    "эссе + отклик работает",
    "нет паузы; «жизнь сжала»",
    "роли есть, учёта нет",
]
LONG = [
    "одиночество — контент его не адресует",
    "«есть ли там люди?» — не видно",
    "сайт показывает контент, не людей",
    "сайт не продаёт среду",
    "нет голосов и лиц",
    "лид-магнит = живое событие (не PDF)",
    "нет приглашения на открытый симпосий",
    "оплата: часть гео ждёт PayPal",
    "первая встреча за две недели не гарантирована",
    "часовые пояса; мало малых групп",
    "клубный a-ha работает",
    "нет ритуалов среды / дайджеста",
    "приводит своих",
]


def _matrix(path: Path) -> Path:
    rows = ["persona_id,stage_id,status,text"]
    for persona, texts in (("P1", SHORT), ("P3", LONG)):
        rows += [f'{persona},{stage},yellow,"{text}"' for stage, text in enumerate(texts, start=1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_few_slightly_long_words_do_not_split_a_journey(tmp_path: Path) -> None:
    path = _matrix(tmp_path / "matrix.csv")
    pdf, layout = build_poster_laid(path, tmp_path / "out")
    titles = [page.title for page in layout.pages]
    assert not [title for title in titles if "(1/2)" in title or "(2/2)" in title], titles
    assert hyphenation_language(canvas_of(path)) == "ru"  # its words broken by Russian rules
    said = squeeze(pdfium_text(pdf))
    for word in " ".join(SHORT + LONG).split():  # (a ";" parts items)
        assert squeeze(word.rstrip(";")) in said, (
            word
        )  # every word printed, a broken one whole once its hyphen is read away
