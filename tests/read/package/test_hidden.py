"""Text in rows, columns and sheets hidden in Excel: read and said, or left out with --skip-hidden."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.pipeline import read
from canvasgen.read.corrections import Corrections


def _book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Klantreis"
    rows = [
        ["Fase", "Oriëntatie", "Aankoop", "Gebruik"],
        ["Klantproces", "Zoekt", "Koopt", "Gebruikt"],
        ["Intern proces", "Oude notitie", "Factuur", "Belt na"],
        ["Verbeteren", "Sneller", "Interne prijs", "Nazorg"],
    ]
    for row in rows:
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    ws.append(["Kanalen", "Website", "Winkel", "App"])  # row 5: a second hidden row with text below
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["E"].hidden = True  # hidden but empty: nothing to say
    ws["C4"] = "Interne prijs"
    old = wb.create_sheet("Archief")
    old["A1"] = "Vorige versie"
    old.sheet_state = "hidden"
    wb.save(path)
    return path


def test_hidden_text_is_read_and_said(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert (
        f"{path}: Klantreis: rows 3, 5 are hidden in Excel but hold text, which is on the poster and in the "
        "deck: A3, B3, C3, D3, A5 and 3 more; --skip-hidden leaves it out"
    ) in result.stdout
    assert f"{path}: Archief: sheet 'Archief' is hidden in Excel but holds text" in result.stdout
    texts = [t.text for t in read(path).texts()]
    assert "Oude notitie" in texts and "Vorige versie" in texts


def test_skip_hidden_leaves_them_out(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx")
    canvas = read(path, corrections=Corrections(skip_hidden=True))
    texts = [t.text for t in canvas.texts()]
    assert "Oude notitie" not in texts and "Vorige versie" not in texts
    assert "Sneller" in texts and "Koopt" in texts
    said = [str(w) for w in canvas.warnings]
    assert any(
        "Klantreis: rows 3, 5 are hidden in Excel; their text is left out (--skip-hidden): A3" in w for w in said
    )
    result = CliRunner().invoke(
        main, ["build", str(path), "--skip-hidden", "-o", str(tmp_path / "out"), "--size", "A3"]
    )
    assert result.exit_code == 0, result.output
    assert "their text is left out (--skip-hidden)" in result.stderr
    assert f"{path}: Archief: sheet 'Archief' is hidden in Excel; its text is left out (--skip-hidden): A1" in said
