"""A compound joined by its own hyphen breaks there (``wrap``), so it no longer holds a page's text small as if
it were one unbreakable word (F24: "SMS-уведомление" kept an A2 portrait poster at 16.5 pt, its cells 70%
empty, in a language canvasgen has no hyphenation for)."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import build_poster_laid
from tests.support.workbooks import make_book

PHASES = ["Осознание", "Поиск", "Выбор", "Покупка", "Поддержка"]


def _body_size(tmp_path: Path, name: str, compound: str) -> float:
    cells: dict[str, object] = {"A1": "Этап", "A2": "Действия", "A3": "Точки контакта"}
    for i, phase in enumerate(PHASES):
        column = "BCDEF"[i]
        cells[f"{column}1"] = phase
        cells[f"{column}2"] = "Клиент читает отзывы и сравнивает тарифы"
        cells[f"{column}3"] = f"{compound} о тарифе" if i == 2 else "Сайт оператора"
    path = make_book(tmp_path / f"{name}.xlsx", {"Карта": cells})
    _, layout = build_poster_laid(path, tmp_path / name, "A2", portrait=True)
    return layout.body_sizes[0]


def test_a_hyphenated_compound_lets_the_text_grow_as_its_parts_would(tmp_path: Path) -> None:
    joined = _body_size(tmp_path, "joined", "SMS-уведомление")
    apart = _body_size(tmp_path, "apart", "SMS уведомление")
    assert joined >= apart - 0.05, (joined, apart)
