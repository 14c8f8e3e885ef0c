"""The small files the README's examples run on, in docs/examples/: ``python scripts/readme_examples.py``.

Each shows one thing a user meets: a sheet with a planning table above the canvas (``check --explain``,
``--phases-row``), an analytics export with mistakes (``--metrics``), a canvas with a phase named twice.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent.parent / "docs" / "examples"


def plan() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Лист1"
    rows = [
        ["Задача", "Интервью", "Воркшоп", "Отчёт"],
        ["Срок", "3 марта", "10 марта", "20 марта"],
        ["Ответственный", "Анна", "Олег", "Анна"],
        [],
        [],
        ["Этап", "Поиск", "Выбор", "Покупка"],
        ["Барьеры", "Мало отзывов", "Сложные тарифы", "Долгая доставка"],
        ["Мысли", "Кому верить?", "Что выгоднее?", "Когда привезут?"],
    ]
    for row in rows:
        sheet.append(row)
    return book


def duplicate_phase() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Canvas"
    for row in [
        ["Fase", "Bewustwording", "Overweging", "Bewustwording"],
        ["Klantproces", "Ziet een advertentie", "Vergelijkt prijzen", "Hoort het van de buren"],
        ["Intern proces", "Campagne", "Offerte", "Buurtactie"],
    ]:
        sheet.append(row)
    return book


EXPORT = """\
# Export met fouten: zie README, "Touchpoints, personas and measured figures on the map"
Fase;Contactmoment;Metriek;Waarde;Doel;Periode
Afweging;Productpagina;Bouncepercentage;37,5%;35%;oktober 2026
Bestelling;Checkout;Conversie;2,7%;2,0%;oktober 2026
Actie;Checkout;Conversie;€ 5;2,0%;oktober 2026
Actie;Checkout;Omzet;€ 7.450;€ 5.000;oktober 2026
Altijd;Verzorgingsmail;Open rate;55%;oktober 2026
"""


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    for name, book in (("plan.xlsx", plan()), ("dubbele-fase.xlsx", duplicate_phase())):
        book.save(HERE / name)
        print(f"wrote docs/examples/{name}")
    (HERE / "export-met-fouten.csv").write_text(EXPORT, encoding="utf-8")
    print("wrote docs/examples/export-met-fouten.csv")


if __name__ == "__main__":
    main()
