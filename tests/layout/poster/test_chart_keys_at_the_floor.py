"""A small map's channel key is set no smaller than its charts' floor, the body's size over its growth (#31,
look F13: german-two-levels at A1 set its cells at 36 pt and its "Kanäle je Phase" key at 21.6 pt, smaller
than the 24 pt a curve's values get beside such a body)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from canvasgen.layout.poster.journey_page import MAX_GROWTH
from tests.support.layouts import build_poster
from tests.support.read_back import sized_runs
from tests.support.workbooks import DATA

KEY_WORDS = ("Kanäle je Phase", "Suchmaschine", "Vergleichsportal", "Hotline", "Abholung")


def test_the_channel_key_of_a_small_map_is_no_smaller_than_its_charts_floor(tmp_path: Path) -> None:
    pdf = build_poster(DATA / "german-two-levels.xlsx", tmp_path, "A1")
    (runs,) = sized_runs(pdf)
    letters = Counter[float]()
    for run in runs:
        letters[run.size] += len(run.text)
    body = letters.most_common(1)[0][0]
    assert body >= 30  # a small map: its body grown well past the paper's 18 pt minimum
    key = [run for run in runs if run.text.startswith(KEY_WORDS)]
    assert {run.text.split(" 1×")[0] for run in key} >= set(KEY_WORDS)  # every row of the key read back
    assert min(run.size for run in key) >= body / MAX_GROWTH - 0.1
