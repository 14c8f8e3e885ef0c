"""``apply`` on a canvas with no cells to patch (a CSV, an ODS) writes a new workbook in the template that reads
back as the canvas the team changed: its scores on their scale (round 21, hostile F13), a card typed as one
still one card or refused as against a workbook (F3)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.errors import CanvasError
from canvasgen.model import SCORE_LANE
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from tests.support.other_formats import ods, ods_sheet
from tests.support.reading import read_canvas
from tests.support.workshop import TODAY, fill, kit_of, lane_items, new_row


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("label", "scores", "typed", "scale"),
    [
        ("Score", "2;1;4", (1, 2, 2), (1, 5)),  # 1..5 read from its values, then typed low: 1, 2, 2
        ("Cijfer", "7;3;9", (1, 2, 2), (1, 10)),
        ("Score", "0;8;10", (1, 2, 2), (0, 10)),
        ("Score", "-1;0;2", (1, 2, -2), (-2, 2)),
    ],
)
def test_scores_the_team_typed_read_back_on_the_canvas_scale(
    label: str, scores: str, typed: tuple[int, ...], scale: tuple[int, int], tmp_path: Path
) -> None:
    """A 1..5 row labelled "Score" came back as "Score" with 1, 2, 2 and was read on -2..+2 (+1, +2, +2): the
    team's low scores read as good ones. The row is written with its scale in its label ("Score (1-5)")."""
    rows = [";Oriëntatie;Aanvraag;Afsluiten", "Doet;Vergelijkt;Vult in;Tekent", f"{label};{scores}"]
    source = _csv(tmp_path / "reis.csv", rows)
    before = read_canvas(source).journeys[0]
    assert (before.score_scale.low, before.score_scale.high) == scale
    changes, ids = kit_of(source, tmp_path)
    fill(changes, {(ids[f"F{n}-SC"], 6): value for n, value in enumerate(typed, start=1)})
    out = tmp_path / "reis-v2.xlsx"
    said: list[str] = []
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    after = read_canvas(out).journeys[0]
    assert (after.score_scale.low, after.score_scale.high) == scale
    assert [[s.value for s in phase] for phase in after.scores] == [[value] for value in typed]
    score_lanes = [lane.label for lane in after.lanes if lane.kind == SCORE_LANE]
    assert len(score_lanes) == 1 and score_lanes[0].startswith(label)
    if scale != (-2, 2):  # its scale said in its label, as the check's warning advises
        assert score_lanes[0] == f"{label} ({scale[0]}-{scale[1]})"
        sheet = openpyxl.load_workbook(out).worksheets[0]
        row = next(r for r in range(1, 30) if sheet.cell(r, 1).value == f"{label} ({scale[0]}-{scale[1]})")
        # its drop-down lists its own scale, never the template's -2..+2 that would warn on the team's scores
        listed = [v.formula1 for v in sheet.data_validations.dataValidation if f"B{row}" in str(v.sqref)]
        assert listed == [f'"{",".join(str(n) for n in range(scale[0], scale[1] + 1))}"']
        assert [line for line in said if f"score row {label!r} is written '{label} ({scale[0]}-" in line]
    else:
        assert not [line for line in said if "score row" in line]


KPI_ROWS = [
    ";Oriëntatie;Bestellen;Ophalen",
    "Klantproces;Zoekt een taart;Bestelt online;Haalt op",
    "KPI's;Bezoekers 1.200;Bestellingen 85;NPS 40",
]


def _kpi_canvas(kind: str, tmp_path: Path) -> Path:
    if kind == "csv":
        return _csv(tmp_path / "taart.csv", KPI_ROWS)
    cells = {f"{chr(65 + c)}{r}": v for r, line in enumerate(KPI_ROWS, 1) for c, v in enumerate(line.split(";")) if v}
    return ods(tmp_path / "taart.ods", {"Taart": ods_sheet(cells)})


@pytest.mark.parametrize("kind", ["csv", "ods"])
def test_a_new_kpi_card_of_two_figures_is_refused_as_against_a_workbook(kind: str, tmp_path: Path) -> None:
    """Round 21, hostile F3: against a CSV or an ODS the one new card "Wachttijd 4 min; doel 2 min" was written
    and read back as two figures, unsaid; against an .xlsx it is refused at its cell. It is refused on every
    route, at the Tekst cell it was typed in."""
    source = _kpi_canvas(kind, tmp_path)
    changes, ids = kit_of(source, tmp_path)
    at = new_row(ids)
    fill(changes, {(at, 2): "Ophalen", (at, 3): "KPI's", (at, 4): "Wachttijd 4 min; doel 2 min"})
    out = tmp_path / "taart-v2.xlsx"
    with pytest.raises(CanvasError) as refused:
        apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    said = " ".join(str(refused.value).split())
    assert (
        f"Wijzigingen!D{at}: row {at}: in a KPI lane '; ' parts figures, so 'Wachttijd 4 min; doel 2 min' would "
        "read as 2 cards ('Wachttijd 4 min', 'doel 2 min'), not one new card" in said
    )
    assert not out.exists()
    fill(changes, {(at, 4): "Wachttijd 4 min"})  # one figure: applied, one card
    apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    assert lane_items(out)[("Ophalen", "KPI's")] == ["NPS 40", "Wachttijd 4 min"]


PAIRS = [
    "Klant;Bakkerij Brood & Co",
    "Projectleider;Sanne Bakker",
    "Budget;12500",
    "",
    ";Oriëntatie;Bestellen",
    "Klantproces;Zoekt een taart;Bestelt online",
    "Pijnpunten;Weet niet of het kan;Geen bevestiging",
]


def _notes(path: Path) -> list[str]:
    canvas = read_canvas(path)
    return [n.text for j in canvas.journeys for n in j.notes] + [n.text for n in canvas.notes]


@pytest.mark.parametrize("kind", ["csv", "ods"])
def test_the_blank_corner_and_the_label_value_pairs_read_back_as_the_client_wrote_them(
    kind: str, tmp_path: Path
) -> None:
    """Round 21, hostile F4: the corner the client left blank came back as the template's "Fase", a label and
    its value ("Budget | 12500") as one text cell "Budget · 12500" — the number now text."""
    if kind == "csv":
        source = _csv(tmp_path / "taart.csv", PAIRS)
    else:
        rows = [line.split(";") for line in PAIRS]
        cells = {f"{chr(65 + c)}{r}": v for r, row in enumerate(rows, 1) for c, v in enumerate(row) if v}
        source = ods(tmp_path / "taart.ods", {"Taart": ods_sheet(cells | {"B3": 12500})})
    before = _notes(source)
    assert "12500" in " ".join(before)
    changes, ids = kit_of(source, tmp_path)
    fill(changes, {(ids["F1-KP-01"], 6): "Zoekt een taart voor oma"})
    out = tmp_path / "taart-v2.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    header = next(row for row in sheet.iter_rows() if row[1].value == "Oriëntatie")
    assert header[0].value is None  # left blank, as the client did
    assert 12500 in [cell.value for row in book["Notities"].iter_rows() for cell in row]  # a number still
    assert _notes(out) == before  # the same notes, in the same words
    assert lane_items(out)[("Oriëntatie", "Klantproces")] == ["Zoekt een taart voor oma"]
