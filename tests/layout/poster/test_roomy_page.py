"""A one-page map of more phases than a small map's, whose few words would fill under half of its rows at the
usual largest size, grows its text a step of the type scale as a small map does, rather than stretching its
rows around small text (F24/F27: rows three or four times taller than their two lines)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.poster.journey_page import MAX_GROWTH, ROOMY_GROWTH
from tests.support.layouts import build_poster_laid
from tests.support.read_back import pdfium_text
from tests.support.workbooks import make_book

PHASES = ["Осознание", "Поиск", "Выбор", "Подключение", "Использование", "Продление"]


def test_a_roomy_page_of_six_phases_grows_its_text_and_keeps_its_labels_whole(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Этап", "A2": "Действия", "A3": "Возможности"}
    for i, phase in enumerate(PHASES):
        column = "BCDEFG"[i]
        cells[f"{column}1"], cells[f"{column}2"] = phase, "Сравнивает тарифы"
        cells[f"{column}3"] = "Запись онлайн" if i % 2 else None
    pdf, layout = build_poster_laid(make_book(tmp_path / "roomy.xlsx", {"Карта": cells}), tmp_path / "out")
    assert layout.body_sizes[0] > layout.min_size * MAX_GROWTH + 0.5
    assert layout.body_sizes[0] <= layout.min_size * ROOMY_GROWTH + 0.05
    assert "Возможности" in pdfium_text(pdf).split()  # the label at that size, unbroken
