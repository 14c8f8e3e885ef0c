"""A second, small table on the canvas's sheet (F16 of round 16: "Touchpoint | Importance Score | Customer
Impact" under a touchpoint map) is kept as notes one row each ("Checkout · 5 · High"), not a word per bullet;
a note alone on its row stays as written, and no word is lost."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import lost_lines, pdf_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

CANVAS = {
    "A1": "Phase",
    "B1": "Discover",
    "C1": "Compare",
    "D1": "Buy",
    "A2": "Customer actions",
    "B2": "Hears a podcast",
    "C2": "Reads reviews",
    "D2": "Pays online",
    "A3": "Pain points",
    "B3": "Easily forgotten",
    "C3": "Reports contradict",
    "D3": "Card refused",
    # the small table under the canvas, a blank column between two of its columns
    "B7": "Touchpoint",
    "C7": "Priority Score",
    "E7": "Impact",
    "B8": "Checkout",
    "C8": 5,
    "E8": "High",
    "B9": "Podcast spot",
    "C9": 2,
    "E9": "Low",
    "B12": "Check the legal terms with Anna before the workshop",
}


def test_a_small_table_outside_the_canvas_is_kept_one_note_per_row(tmp_path: Path) -> None:
    path = make_book(tmp_path / "map.xlsx", {"Journey": CANVAS})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Discover", "Compare", "Buy"]
    # was: "Touchpoint", "Priority Score", "Impact", "Checkout", "5", "High", … one bullet each
    assert [(n.text, str(n.source)) for n in journey.notes] == [
        ("Touchpoint · Priority Score · Impact", "Journey!B7:E7"),
        ("Checkout · 5 · High", "Journey!B8:E8"),
        ("Podcast spot · 2 · Low", "Journey!B9:E9"),
        ("Check the legal terms with Anna before the workshop", "Journey!B12"),
    ]
    assert lost_lines(path, canvas) == []
    result = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert (
        "B7:E9 is a small table of 3 rows outside the canvas: kept as notes, one per row "
        "('Touchpoint · Priority Score · Impact')"
    ) in " ".join(result.output.split())
    built = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-pptx"])
    assert built.exit_code == 0, built.output
    poster = squeeze(pdf_text(tmp_path / "out" / "map.pdf"))
    # printed as a table (round 23): each row's cells side by side, in the order of its columns
    assert squeeze("Checkout 5 High") in poster
    assert squeeze("Podcast spot 2 Low") in poster
