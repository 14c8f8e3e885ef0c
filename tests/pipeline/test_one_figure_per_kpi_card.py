"""Round 20, hostile F3: in a KPI lane, a text typed for one card as "Conversie 2,8% (doel 3%); Bouncerate 35%"
became two figures after apply (Bouncerate twice: 35% beside the card's 40%), while the changes sheet says one
typed cell is one card and apply counted nothing added. A KPI lane's "; " always parts figures, so apply refuses
such a text at the cell it was typed in, naming the card of the figure it repeats; one figure is applied as ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.errors import CanvasError
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from tests.support.workshop import TODAY, canvas, fill, kit_of, lane_items, new_row

KPIS = {"A10": "KPI's", "B10": "Conversie 2,4% (doel 3%); Bouncerate 40%", "C10": "NPS 20"}


def _apply(source: Path, changes: Path, out: Path) -> list[str]:
    said: list[str] = []
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    return said


def test_two_figures_typed_for_one_kpi_card_are_refused_at_the_cell(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", KPIS)
    assert lane_items(source)[("Oriëntatie", "KPI's")] == ["Conversie 2,4% (doel 3%)", "Bouncerate 40%"]
    changes, rows = kit_of(source, tmp_path)
    fill(
        changes, {(rows["F1-KI-01"], 5): "aanpassen", (rows["F1-KI-01"], 6): "Conversie 2,8% (doel 3%); Bouncerate 35%"}
    )
    out = tmp_path / "lease-v2.xlsx"
    with pytest.raises(CanvasError) as refused:
        _apply(source, changes, out)
    said = " ".join(str(refused.value).split())
    assert (
        f"Wijzigingen!F{rows['F1-KI-01']}: row {rows['F1-KI-01']}: in a KPI lane '; ' parts figures, so "
        "'Conversie 2,8% (doel 3%); Bouncerate 35%' would read as 2 cards ('Conversie 2,8% (doel 3%)', "
        "'Bouncerate 35%'), not the one card F1-KI-01 is — 'Bouncerate 35%' is a figure of the card F1-KI-02 "
        "'Bouncerate 40%': change it in that card's row; or write it without '; '" in said
    )
    assert not out.exists()  # nothing written: no figure twice


def test_each_figure_in_its_own_row_is_applied_one_card_each(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", KPIS)
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(
        changes,
        {
            (rows["F1-KI-01"], 5): "aanpassen",
            (rows["F1-KI-01"], 6): "Conversie 2,8% (doel 3%)",
            (rows["F1-KI-02"], 5): "aanpassen",
            (rows["F1-KI-02"], 6): "Bouncerate 35%",
            (at, 2): "Aanvraag",
            (at, 3): "KPI's",
            (at, 4): "Doorlooptijd 5 dagen",
        },
    )
    out = tmp_path / "lease-v2.xlsx"
    _apply(source, changes, out)
    items = lane_items(out)
    assert items[("Oriëntatie", "KPI's")] == ["Conversie 2,8% (doel 3%)", "Bouncerate 35%"]
    assert items[("Aanvraag", "KPI's")] == ["NPS 20", "Doorlooptijd 5 dagen"]


def test_a_new_kpi_card_of_two_figures_is_refused_too(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", KPIS)
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Levering", (at, 3): "KPI's", (at, 4): "Retour 4%; Klachten 12"})
    with pytest.raises(CanvasError) as refused:
        _apply(source, changes, tmp_path / "lease-v2.xlsx")
    said = " ".join(str(refused.value).split())
    assert (
        f"row {at}: in a KPI lane '; ' parts figures, so 'Retour 4%; Klachten 12' would read as 2 cards "
        "('Retour 4%', 'Klachten 12'), not one new card — type each in a row of its own" in said
    )
    # named at the cell the text was typed in, the new card's Tekst (round 21, hostile F3's note), not F
    assert f"!D{at}: row {at}:" in said and f"!F{at}: row {at}:" not in said, said
