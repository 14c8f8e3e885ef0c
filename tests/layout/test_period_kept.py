"""A period and its year stay on one line (F27): "Industry report · H2 / 2026", "Productpagina · Q3 / 2026"
broke inside the period on the HR and webshop posters' narrow KPI columns."""

from __future__ import annotations

import itertools
import re

import pytest

from canvasgen.text import keep_together
from tests.support.layouts import poster
from tests.support.workbooks import CANVASES

PERIOD_END = re.compile(r"\b[QHKTS][1-4]$")
YEAR_START = re.compile(r"^(?:19|20)\d\d\b")


@pytest.mark.parametrize("name", ["example-hr-software-b2b.xlsx", "voorbeeld-webshop-kpis-v3.xlsx"])
def test_no_line_ends_inside_a_period(name: str) -> None:
    layout = poster(CANVASES / name, "A2", portrait=True)
    periods = 0
    for page in layout.pages:
        for block in page.blocks:
            texts = [line.text for line in block.lines]
            periods += sum(1 for text in texts if re.search(r"\b[QH][1-4] (?:19|20)\d\d\b", text))
            for above, below in itertools.pairwise(texts):
                assert not (PERIOD_END.search(above.rstrip()) and YEAR_START.match(below.lstrip())), (above, below)
    assert periods  # the posters do print periods


def test_only_a_period_before_a_year_is_kept_together() -> None:
    assert keep_together("Q3 2026, H2 2027") == "Q3\u00a02026, H2\u00a02027"
    assert keep_together("HQ3 2026 Q5 2026 Q3 20266") == "HQ3 2026 Q5 2026 Q3 20266"
