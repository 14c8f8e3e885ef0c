"""``apply`` on a canvas that has no cells to patch (CSV, ODS, .xls, Mermaid, model JSON) writes a new
workbook that reads back with the same phases (two sections of one name stay two), lanes and scores, and
exactly the workshop's change (H2)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.analysis.cards import cards_of
from canvasgen.cli import main
from canvasgen.model import SCORE_LANE, Canvas
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from canvasgen.pipeline.read import read
from canvasgen.render.xlsx.changes_sheet import write_changes
from tests.support.other_formats import ods, ods_cell, ods_row
from tests.support.workbooks import DATA
from tests.support.workshop import TODAY

CSV = (
    "Fase;Zoeken;Afspraak;Reparatie\nKlantproces;Zoekt online;Belt;Brengt de fiets\n"
    "Score;1;2;-1\nErvaringsscore;2;2;0\n"
)
MERMAID = """journey
  title Fiets laten maken
  section Zoeken
    Zoekt online: 2: Klant
    Leest reviews: 4: Klant
  section Afspraak
    Belt: 5: Klant
  section Zoeken
    Zoekt een tweede zaak: 3: Klant
"""


def _ods(path: Path) -> Path:
    def cell(value: str | float) -> str:
        if isinstance(value, float):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value:g}"><text:p>{value:g}</text:p>'
                "</table:table-cell>"
            )
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    rows = [
        ["Fase", "Zoeken", "Afspraak", "Reparatie"],
        ["Klantproces", "Zoekt online", "Belt", "Brengt de fiets"],
        ["Ervaringsscore (1 t/m 5)", 2.0, 4.0, 5.0],
    ]
    return ods(path, {"Klantreis": "".join(ods_row([cell(v) for v in row]) for row in rows)})


def _json(path: Path, tmp_path: Path) -> Path:
    (tmp_path / "from.csv").write_text(CSV, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--json", str(tmp_path / "from.csv")])
    path.write_text(json.dumps(json.loads(result.stdout)), encoding="utf-8")
    return path


def _source(kind: str, tmp_path: Path) -> Path:
    if kind.endswith("-as-xlsx"):  # a CSV, an .ods or an .xls saved under an .xlsx name: read by its bytes
        real = _source(kind.removesuffix("-as-xlsx"), tmp_path)
        renamed = tmp_path / "hernoemd.xlsx"
        renamed.write_bytes(real.read_bytes())
        return renamed
    if kind == "csv":
        (tmp_path / "reis.csv").write_text(CSV, encoding="utf-8")
        return tmp_path / "reis.csv"
    if kind == "mmd":
        (tmp_path / "reis.mmd").write_text(MERMAID, encoding="utf-8")
        return tmp_path / "reis.mmd"
    if kind == "ods":
        return _ods(tmp_path / "reis.ods")
    if kind == "json":
        return _json(tmp_path / "reis.json", tmp_path)
    return DATA / "scored-legacy-lookalike.xls"


def _shape(canvas: Canvas) -> tuple[list[str], list[str], list[list[float]], str]:
    journey = canvas.journeys[0]
    lanes = [lane.label for lane in journey.lanes if lane.kind != SCORE_LANE]
    return (
        [p.name for p in journey.phases],
        lanes,
        [[s.value for s in scores] for scores in journey.scores],
        str(journey.score_scale),
    )


@pytest.mark.parametrize("kind", ["csv", "ods", "xls", "mmd", "json", "csv-as-xlsx", "ods-as-xlsx", "xls-as-xlsx"])
def test_the_new_workbook_reads_back_with_the_same_phases_lanes_and_scores(kind: str, tmp_path: Path) -> None:
    source = _source(kind, tmp_path)
    before = read(source)
    card = next(c for c in cards_of(before) if c.journey is not None)
    changes = tmp_path / "changes.xlsx"
    write_changes(cards_of(before), before, "nl", changes, "", source.name)
    book = openpyxl.load_workbook(changes)
    row = next(r for r in range(3, book.active.max_row + 1) if book.active.cell(r, 1).value == card.id)
    book.active.cell(row, 4).value = f"{card.text} (na de sessie)"
    book.save(changes)
    said: list[str] = []
    out = tmp_path / "nieuw.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    assert applied.changed == 1 and applied.written
    after = read(out)
    phases, lanes, scores, scale = _shape(before)
    if kind == "mmd":  # the second section "Zoeken" is a phase of its own, numbered as it is read
        assert phases == ["Zoeken", "Afspraak", "Zoeken (2)"]
    assert _shape(after) == (phases, lanes, scores, scale)
    assert not any("no score canvasgen can read" in str(w) for w in after.warnings)
    texts = [i.text for lane in after.journeys[0].lanes for cell in lane.cells for i in cell]
    assert f"{card.text} (na de sessie)" in texts and card.text not in texts


@pytest.mark.parametrize("kind", ["csv", "ods", "xls"])
def test_apply_on_a_file_renamed_xlsx_says_the_new_workbook_as_for_its_real_format(kind: str, tmp_path: Path) -> None:
    source = _source(f"{kind}-as-xlsx", tmp_path)
    canvas = read(source)
    card = next(c for c in cards_of(canvas) if c.journey is not None)
    changes = tmp_path / "changes.xlsx"
    write_changes(cards_of(canvas), canvas, "nl", changes, "", source.name)
    book = openpyxl.load_workbook(changes)
    row = next(r for r in range(3, book.active.max_row + 1) if book.active.cell(r, 1).value == card.id)
    book.active.cell(row, 4).value = f"{card.text} (na de sessie)"
    book.save(changes)
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert result.exit_code == 0, result.output
    assert "v2.xlsx is a new workbook in canvasgen's template: hernoemd.xlsx itself has no cells to patch" in (
        result.output
    )


def _scenarios_ods(path: Path) -> Path:
    """Two journeys of one long name, told apart by their sheets' names (and a Scenario each), and a persona
    whose role is headed "Rol", as a municipality keeps them in LibreOffice."""

    def rows(scenario: str, step: str) -> str:
        lines = [
            ["Klantreis", "Een parkeervergunning aanvragen bij de gemeente"],
            ["Scenario", scenario],
            [],
            ["Fase", "Oriënteren", "Aanvragen", "Betalen"],
            ["Klantproces", f"{step} zoekt", f"{step} vraagt aan", f"{step} betaalt"],
            ["Pijnpunten", "Veel tekst", "Lang wachten", "Dubbel betalen"],
        ]
        return "".join(ods_row([ods_cell(text) for text in line]) for line in lines)

    persona = [["Naam", "Fatima"], ["Rol", "Bewoner met één auto"], ["Doelen", "Dicht bij huis parkeren"]]
    sheets = {
        "Huidig": rows("Huidig", "Nu"),
        "Ideaal": rows("Ideaal", "Straks"),
        "Persona": "".join(ods_row([ods_cell(text) for text in line]) for line in persona),
    }
    return ods(path, sheets)


def test_a_new_workbook_keeps_the_sheet_names_that_told_its_journeys_apart_and_the_persona_headers(
    tmp_path: Path,
) -> None:
    """F28 (round 14): the new workbook's sheets were the journey's name cut at 28 characters and numbered
    ("Een parkeervergunning aanvra 2"), which read back as a journey of that name; the persona's "Rol" was
    written under the template's "Rol in de inkoopgroep" and printed so."""
    source = _scenarios_ods(tmp_path / "parkeren.ods")
    before = read(source)
    assert [j.sheet for j in before.journeys] == ["Huidig", "Ideaal"]
    card = next(c for c in cards_of(before) if c.journey is not None and c.text == "Straks betaalt")
    changes = tmp_path / "changes.xlsx"
    write_changes(cards_of(before), before, "nl", changes, "", source.name)
    book = openpyxl.load_workbook(changes)
    row = next(r for r in range(3, book.active.max_row + 1) if book.active.cell(r, 1).value == card.id)
    book.active.cell(row, 4).value = "Straks betaalt in de app"
    book.save(changes)
    out = tmp_path / "parkeren-v2.xlsx"
    assert apply_changes(source, changes, out, ApplyOptions(today=TODAY)).written
    assert openpyxl.load_workbook(out).sheetnames[:2] == ["Huidig", "Ideaal"]
    after = read(out)
    assert [j.name for j in after.journeys] == [j.name for j in before.journeys]
    assert [j.name for j in after.journeys] == [
        "Een parkeervergunning aanvragen bij de gemeente – Huidig",
        "Een parkeervergunning aanvragen bij de gemeente – Ideaal",
    ]
    ideal = [i.text for lane in after.journeys[1].lanes for cell in lane.cells for i in cell]
    assert "Straks betaalt in de app" in ideal
    assert after.persona_columns["role"].text == "Rol"
    assert after.personas[0].fields["role"].text == "Bewoner met één auto"


def test_an_excel_workbook_saved_under_a_csv_name_is_said_and_patched(tmp_path: Path) -> None:
    """F22 (round 17, low): a real .xlsx named .csv was read without a word, and apply wrote a new template
    workbook of it instead of patching the client's own (its other sheets, styles kept)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for row in (["Fase", "Zoeken", "Afspraak"], ["Klantproces", "Zoekt online", "Belt"]):
        sheet.append(row)
    book.create_sheet("Eigen notities")["A1"] = "Alleen voor ons"
    source = tmp_path / "reis.csv"
    book.save(source)
    canvas = read(source)
    assert any("named as a CSV file (.csv) but is an Excel workbook" in str(w) for w in canvas.warnings)
    card = next(c for c in cards_of(canvas) if c.text == "Belt")
    changes = tmp_path / "changes.xlsx"
    write_changes(cards_of(canvas), canvas, "nl", changes, "", source.name)
    filled = openpyxl.load_workbook(changes)
    row = next(r for r in range(3, filled.active.max_row + 1) if filled.active.cell(r, 1).value == card.id)
    filled.active.cell(row, 6).value = "Belt de zaak"
    filled.save(changes)
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert result.exit_code == 0, result.output
    assert "new workbook in canvasgen's template" not in result.output
    written = openpyxl.load_workbook(tmp_path / "v2.xlsx")
    assert written["Eigen notities"]["A1"].value == "Alleen voor ons"  # the client's workbook, patched
    assert written["Klantreis"]["C2"].value == "Belt de zaak"
