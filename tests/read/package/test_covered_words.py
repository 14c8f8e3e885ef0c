"""Words a merged range covers in an .xlsx: Excel keeps them when some tools merge cells, LibreOffice when
told to keep the contents of the hidden cells; openpyxl replaces the covered cells by empty ``MergedCell``s
and drops them. They are kept as notes, said with their cells and the range over them, as in .ods."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import pdf_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book, with_covered_words

CELLS: dict[str, object] = {
    "A1": "Klantreis – Masterstudent",
    "A3": "Fase",
    "B3": "Oriënteren",
    "C3": "Vergelijken",
    "D3": "Inschrijven",
    "A4": "Klantproces",
    "B4": "Zoekt een opleiding",
    "C4": "Vergelijkt masters",
    "D4": "Schrijft zich in",
    "A5": "Pijnpunten",
    "B5": "Te veel keuze en geen overzicht",
}
MERGES = ["A1:D1", "B5:C5"]
COVERED = {"C1": "oude titel uit de eerste versie", "C5": "Wachten op toelating"}


def _canvas(folder: Path) -> Path:
    return with_covered_words(make_book(folder / "reis.xlsx", {"Klantreis": CELLS}, {"Klantreis": MERGES}), COVERED)


def test_words_covered_by_a_merge_are_kept_as_notes_and_said(tmp_path: Path) -> None:
    path = _canvas(tmp_path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == "Klantreis – Masterstudent"
    assert [p.name for p in journey.phases] == ["Oriënteren", "Vergelijken", "Inschrijven"]
    pains = journey.lanes[1]
    # merged over the first two phases: in each of them (one item), its covered cell's words a note
    assert [[i.text for i in cell] for cell in pains.cells] == [["Te veel keuze en geen overzicht"]] * 2 + [[]]
    kept = {n.source.cell: n.text for n in journey.notes if n.source is not None and n.source.cell in COVERED}
    assert kept == COVERED  # were dropped by openpyxl
    said = [str(w) for w in canvas.warnings if "hidden under a merged range" in str(w)]
    assert said == [
        f"{path}: Klantreis: 2 cell(s) hold words hidden under a merged range: C1 (under A1:D1), C5 (under B5:C5) "
        "(kept as notes); unmerge the range to show them, or move them into its first cell"
    ]


def test_words_covered_by_a_merge_are_on_the_poster(tmp_path: Path) -> None:
    path = _canvas(tmp_path)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-pptx"])
    assert result.exit_code == 0, result.output
    assert "hidden under a merged range" in result.output
    (pdf,) = sorted((tmp_path / "out").rglob("*.pdf"))
    poster = squeeze(pdf_text(pdf))
    assert all(squeeze(text) in poster for text in COVERED.values())
