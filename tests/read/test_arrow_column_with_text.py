"""Round 16 F2 and round 17: phases across with an arrow column between them ("→") that holds text in the body.
It was read as a phase 'Kolom C', a spreadsheet's column letter on the client's wall. Now the reader decides:
text in a few lanes belongs to the phase before (read with it, in its own lane; the arrow stays a separator),
text in most lanes is a phase of its own, named by the phases it stands between. Both said with the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

LANES = ["Klantproces", "Pijnpunten", "Kansen"]


def _arrows(under_arrow: dict[str, str], header: tuple[str, ...] = ("Oriënteren", "Boeken", "Ophalen")) -> dict:
    """Phases in B3, D3, F3 with arrows in C3 and E3; lanes in A4:A6; ``under_arrow``: cells under the arrows."""
    first, second, third = header
    cells: dict[str, object] = {"A3": "Fase", "B3": first, "C3": "→", "D3": second, "E3": "→", "F3": third}
    for r, lane in enumerate(LANES, start=4):
        cells[f"A{r}"] = lane
        for col in "BDF":
            cells[f"{col}{r}"] = f"kaart {col}{r}"
    return cells | under_arrow


def test_text_under_an_arrow_in_one_lane_is_the_phase_befores(tmp_path: Path) -> None:
    path = make_book(tmp_path / "pijlen.xlsx", {"Klantreis": _arrows({"C4": "loopt naar de balie"})})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Boeken", "Ophalen"]  # no 'Kolom C'
    customer = journey.lanes[0]
    assert [i.text for i in customer.cells[0]] == ["kaart B4", "loopt naar de balie"]
    assert journey.phases[0].steps == 1  # an arrow is no step
    assert lost_lines(path, canvas) == []
    assert not [w for w in canvas.warnings if "Klantreis!C3" in str(w)]
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert (
        "column C: the arrow '→' in C3 is a separator between the phases; the text under it (C4, in 1 lane of the "
        "phase before's 3) is read with 'Oriënteren', in its own lane — to make it a phase of its own, name it in C3"
    ) in explained


@pytest.mark.parametrize("arrow", ["→", "➡️", ">>"])
def test_text_under_an_arrow_in_most_lanes_is_a_phase_named_by_its_neighbours(tmp_path: Path, arrow: str) -> None:
    under = {"E4": "wacht op de bus", "E5": "bus te laat", "E6": "app met vertrektijden"}
    cells = _arrows(under, ("Aankomen", "Wachten", "Instappen")) | {"C3": arrow, "E3": arrow}
    path = make_book(tmp_path / "pijlen.xlsx", {"Reis": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    names = [p.name for p in journey.phases]
    assert names == ["Aankomen", "Wachten", "Wachten → Instappen", "Instappen"]
    assert not any("Kolom" in n or "Column" in n for n in names)
    assert [i.text for i in journey.lanes[1].cells[2]] == ["bus te laat"]
    assert lost_lines(path, canvas) == []
    (said,) = [str(w) for w in canvas.warnings if "Reis!E3" in str(w)]
    assert f"column E is headed by the arrow '{arrow}' in E3" in said
    assert "named 'Wachten → Instappen' — to name it otherwise, write its name in E3" in said
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "a phase of its own, 'Wachten → Instappen', named by the phases it stands between" in explained


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    arrow=st.sampled_from(["→", "->", "➡️", ">>", "⟶", "-->"]),
    lanes=st.integers(2, 5),
    filled=st.integers(1, 5),
    top=st.integers(1, 3),
)
def test_text_under_an_arrow_is_the_phase_befores_or_a_phase_named_by_its_neighbours(
    tmp_path: Path, arrow: str, lanes: int, filled: int, top: int
) -> None:
    """Any arrow, any number of lanes, text under it in some of them: the phase before's when fewer than half
    the lanes (or one) hold it, else a phase between the two named after them; never a column's letter."""
    filled = min(filled, lanes)
    labels = ["Klantproces", "Pijnpunten", "Kansen", "Emoties", "Contactmomenten"][:lanes]
    header = ["Fase", "Zoeken", arrow, "Kiezen", "Betalen"]
    cells: dict[str, object] = {f"{'ABCDE'[c]}{top}": v for c, v in enumerate(header)}
    for r, label in enumerate(labels, start=top + 1):
        cells |= {f"A{r}": label, f"B{r}": f"zoekt {r}", f"D{r}": f"kiest {r}", f"E{r}": f"betaalt {r}"}
    under = [f"loopt door {r}" for r in range(top + 1, top + 1 + filled)]
    cells |= {f"C{r}": text for r, text in zip(range(top + 1, top + 1 + filled), under, strict=True)}
    path = make_book(tmp_path / "pijl.xlsx", {"Reis": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    names = [p.name for p in journey.phases]
    if filled >= 2 and 2 * filled >= lanes:
        assert names == ["Zoeken", "Zoeken → Kiezen", "Kiezen", "Betalen"]
        placed = [i.text for lane in journey.lanes for i in lane.cells[1]]
    else:
        assert names == ["Zoeken", "Kiezen", "Betalen"]
        placed = [i.text for lane in journey.lanes for i in lane.cells[0] if i.text.startswith("loopt")]
    assert placed == under
    assert lost_lines(path, canvas) == []
