"""One design for the measured figures on a poster (round 18, F37): example-hr-software-b2b drew the same KPIs
as lines of text on the HR Director's page and as large tiles on the IT Manager's, side by side. Where some
page has no room for tiles, every page sets its figures as lines."""

from __future__ import annotations

import pytest

from tests.support.layouts import poster
from tests.support.workbooks import CANVASES


@pytest.mark.parametrize(("size", "portrait"), [("A1", False), ("A3", False), ("A2", True)])
def test_a_buying_group_poster_draws_its_figures_one_way(size: str, portrait: bool) -> None:
    layout = poster(CANVASES / "example-hr-software-b2b.xlsx", size, portrait)
    designs = [page.figure_design for page in layout.pages if page.figure_design is not None]
    assert len(designs) >= 2  # the figures are on more than one page
    assert len(set(designs)) == 1, designs


def test_a_poster_with_room_for_tiles_keeps_them() -> None:
    layout = poster(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", "A2", portrait=True)  # room for tiles
    assert {page.figure_design for page in layout.pages} - {None} == {"tiles"}
