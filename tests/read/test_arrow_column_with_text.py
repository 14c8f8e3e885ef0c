"""Round 16 F2: phases across with an arrow column between them ("→") that holds text in the body: the column is
read as a phase 'Column C' (no word lost) — but the warning said "column C has no phase name" (it has "→") and the
reading called the arrows separators, contradicting the phase list. Both now name the arrow and its text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines
from tests.support.workbooks import make_book


def test_an_arrow_column_holding_text_is_said_as_an_arrow(tmp_path: Path) -> None:
    header = ["Fase", "Oriënteren", "→", "Boeken", "→", "Ophalen", "→", "Terugbrengen"]
    cells: dict[str, object] = {f"{chr(65 + c)}3": v for c, v in enumerate(header)}
    for r, lane in enumerate(["Klantproces", "Pijnpunten"], start=4):
        cells[f"A{r}"] = lane
        for col in "BDFH":
            cells[f"{col}{r}"] = f"{lane} {col}"
    cells["C4"] = "loopt naar de balie"  # text under an arrow
    path = make_book(tmp_path / "pijlen.xlsx", {"Klantreis": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == [
        "Oriënteren",
        "Kolom C",
        "Boeken",
        "Ophalen",
        "Terugbrengen",
    ]  # named in the canvas's language
    assert lost_lines(path, canvas) == []
    (said,) = [str(w) for w in canvas.warnings if "Klantreis!C3" in str(w)]
    assert (
        "column C is headed by the arrow '→' in C3, a separator between the phases, but holds text under it (C4)"
        in said
    )
    assert "has no phase name" not in said
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "column C: the arrow '→' in C3 holds text under it (C4): a phase of its own, not a separator" in explained
