"""A point's value on the emotion curve is never crossed by the curve (F6): "+2" under a peak at the top of
the scale had both falling segments through it, "-2" over a trough, "0" where the line rises."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.boxes import Page
from tests.support.layouts import poster
from tests.support.workbooks import Cells, make_book


def _crossed(page: Page, cells: set[str]) -> list[str]:
    """The values (by cell) that a stroke of the curve runs through."""
    crossed = []
    for block in page.blocks:
        if block.source not in cells:
            continue
        for line in block.lines:
            x0, x1, y0, y1 = line.x, line.x + line.width, line.y - 0.7 * line.size, line.y + 0.2 * line.size
            for stroke in page.strokes:
                for (ax, ay), (bx, by) in zip(stroke.points, stroke.points[1:]):
                    for step in range(101):
                        t = step / 100
                        px, py = ax + (bx - ax) * t, ay + (by - ay) * t
                        if x0 < px < x1 and y0 < py < y1:
                            crossed.append(f"{block.source} {line.text}")
                            break
    return crossed


def test_no_value_is_crossed_by_the_curve(tmp_path: Path) -> None:
    scores = [0, 2, 0, -2, 0, 0, -2, -2, 0, 2, 0]
    cells: Cells = {"A1": "Fase", "A2": "Klantacties", "A3": "Score (-2 t/m +2)"}
    for column, score in enumerate(scores, start=2):
        letter = chr(ord("A") + column - 1)
        cells |= {f"{letter}1": f"Fase {column - 1}", f"{letter}2": "kijkt rond", f"{letter}3": score}
    book = make_book(tmp_path / "curve.xlsx", {"Reis": cells})
    layout = poster(book)
    score_cells = {f"Reis!{chr(ord('A') + c - 1)}3" for c in range(2, len(scores) + 2)}
    drawn = [b.source for page in layout.pages for b in page.blocks if b.source in score_cells]
    assert len(drawn) == len(scores)
    assert [c for page in layout.pages for c in _crossed(page, score_cells)] == []
