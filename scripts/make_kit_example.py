"""The filled-in changes workbook the README's `apply` example uses (docs/examples/wijzigingen-webshop.xlsx):
the kit's changes workbook of the webshop canvas, filled in as a team would after the session, saved by
openpyxl as Excel would. Run again after the kit's changes sheet changes:

    python scripts/make_kit_example.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.analysis.cards import cards_of
from canvasgen.read.reader import read_canvas
from canvasgen.render.xlsx.changes_sheet import write_changes

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "canvases" / "voorbeeld-webshop-kpis-v3.xlsx"
TARGET = REPO / "docs" / "examples" / "wijzigingen-webshop.xlsx"


def main() -> None:
    canvas = read_canvas(SOURCE)
    write_changes(cards_of(canvas), canvas, "nl", TARGET, "", SOURCE.name)
    book = openpyxl.load_workbook(TARGET)
    sheet = book.active
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}
    sheet.cell(rows["F1-KP-01"], 4).value = "Ziet een Reel van een plantfluencer en slaat hem op"  # typed over
    sheet.cell(rows["F1-KP-01"], 5).value = "houden"
    sheet.cell(rows["F2-IP-01"], 5).value = "verwijderen"
    sheet.cell(rows["F3-KP-01"], 5).value = "aanpassen"
    sheet.cell(rows["F3-KP-01"], 6).value = "Rekent af met iDEAL in drie stappen"
    new = max(rows.values()) + 2
    for col, value in ((2, "Advocaat"), (3, "Klantproces"), (6, "Deelt een foto van de plant op Instagram")):
        sheet.cell(new, col).value = value
    book.save(TARGET)
    print(f"wrote {TARGET.relative_to(REPO)}")


if __name__ == "__main__":
    main()
