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


def test_a_point_of_two_scores_says_it_is_their_average(tmp_path: Path) -> None:
    """Two score rows of one phase drew one point at their mean labelled "2 · 1", read as a product or a
    version number (F16): the label gives the point's value and says it is the average of the two."""
    cells: Cells = {
        "A1": "Fase",
        "B1": "Zoeken",
        "C1": "Afspraak",
        "D1": "Reparatie",
        "A2": "Klantproces",
        "B2": "Zoekt een fietsenmaker",
        "C2": "Belt voor een afspraak",
        "D2": "Brengt de fiets",
        "A3": "Score (1-5)",
        "B3": 2,
        "C3": 4,
        "D3": 3,
        "A4": "Score (1-5)",
        "B4": 1,
        "C4": 4,
        "D4": 5,
    }
    layout = poster(make_book(tmp_path / "fiets.xlsx", {"Reis": cells}))
    values = [line.text for page in layout.pages for b in page.blocks if b.source.endswith("3") for line in b.lines]
    assert "1,5 (gemiddelde van 2 · 1)" in values and "4 (gemiddelde van 3 · 5)" in values, values
    assert "4 · 4" in values  # two alike scores: each said, no average to say
