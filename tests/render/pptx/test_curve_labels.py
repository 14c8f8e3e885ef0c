"""The emotion curve's point labels stay off its lines and gridlines: a trough's label (lines meet above it)
goes under it, and on the scale's floor (under it are the phase names) beside it, raised off the bottom
gridline on the side of the steeper line and clear of it, with no leader line; every other point's label
above it, every value shown. Read back out of the PPTX's chart."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.chart import XL_LABEL_POSITION
from pptx.oxml.ns import qn

from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

SCORES = [0, -1, -2, 1, 0, -1, 1]


def test_a_troughs_label_is_off_the_lines_and_the_floor(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Score"}
    for k, (column, score) in enumerate(zip("BCDEFGH", SCORES)):
        cells |= {f"{column}1": f"Fase {k + 1}", f"{column}2": f"Doet stap {k + 1}", f"{column}3": score}
    book = make_book(tmp_path / "curve.xlsx", {"Klantreis": cells})  # type: ignore[dict-item]
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "curve.pptx"))
    (slide,) = [s for s in deck.slides if title_of(s) == "Emotiecurve"]
    (frame,) = [sh for sh in slide.shapes if sh.has_chart]
    series = frame.chart.plots[0].series[0]
    assert series.data_labels.show_value and series.data_labels.position == XL_LABEL_POSITION.ABOVE
    positions = {i: series.points[i].data_label.position for i in range(len(SCORES))}
    assert positions[5] == XL_LABEL_POSITION.BELOW  # -1 between 0 and +1: a trough, its label under it
    assert positions[2] == XL_LABEL_POSITION.RIGHT  # -2 on the floor: beside it, on the steeper (right) side
    d_lbl = series.points[2].data_label._dLbl
    lift = d_lbl.find(f"{qn('c:layout')}/{qn('c:manualLayout')}/{qn('c:y')}")
    away = d_lbl.find(f"{qn('c:layout')}/{qn('c:manualLayout')}/{qn('c:x')}")
    assert lift is not None and away is not None
    # its foot clear of the floor's gridline, the chart's lowest line (the lowest point's label sat on it) ...
    label = 14 * 1.2  # a line of the chart's 14 pt text
    raised = -float(lift.get("val")) * frame.height.pt
    assert raised - label / 2 >= 7.5  # 6 pt, at a 30 DPI look, read as touching it
    # ... and its near top corner under the line rising on its side (-2 to +1 over one phase's column)
    plot_h, column = frame.height.pt * 0.85, frame.width.pt * 0.85 / len(SCORES)
    line_there = (3 / 4) * plot_h * (float(away.get("val")) * frame.width.pt) / column
    assert raised + label / 2 < line_there
    assert all(e.get("val") == "0" for e in series.data_labels._element.findall(qn("c:showLeaderLines")))
    assert d_lbl.find(qn("c:showVal")).get("val") == "1"
    assert [positions[i] for i in (0, 1, 3, 4, 6)] == [None] * 5  # the rest as the series says: above
