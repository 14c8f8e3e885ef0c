"""One wording per comparison (#31 round 22, item 9): a buying group's curves compared read "De partner
beleeft …" for the member whose lanes ask of "de partner" and "De klant beleeft …" for the other: the comparison
slide's notes and the poster's comparison page say every curve of the customer in one wording, the team's own
where every member's lanes name the same person, else canvasgen's ("de klant")."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.layouts import build_deck, build_poster
from tests.support.read_back import pdf_text, squeeze, title_of
from tests.support.workbooks import Cells, make_book


def _member(who: str, scores: tuple[int, int, int]) -> Cells:
    cells: Cells = {"A1": f"Koopreis {who} – accountantskantoor", "A3": "Fase"}
    cells.update({"B3": "Oriëntatie", "C3": "Evaluatie", "D3": "Aankoop"})
    rows = [
        (f"Wat doet {who}?", "Leest vakblad", "Vergelijkt pakketten", "Tekent contract"),
        ("Wat moeten wij regelen?", "Whitepaper", "Demo op maat", "Heldere offerte"),
        ("Ervaringsscore (-2 t/m +2)", *scores),
    ]
    for r, row in enumerate(rows, start=4):
        for column, value in zip("ABCD", row, strict=True):
            cells[f"{column}{r}"] = value
    return cells


def _group(path: Path) -> Path:
    return make_book(path, {"Partner": _member("de partner", (1, -2, 0)), "Inkoop": _member("de inkoper", (0, -1, 2))})


def test_the_comparison_says_every_curve_in_one_wording(tmp_path: Path) -> None:
    source = _group(tmp_path / "koopgroep.xlsx")
    deck = Presentation(str(build_deck(source, tmp_path / "out")))
    (compare,) = [s for s in deck.slides if title_of(s).startswith("Emotiecurves vergeleken")]
    notes = compare.notes_slide.notes_text_frame.text
    readings = [line for line in notes.splitlines() if "accountantskantoor: " in line]
    assert len(readings) == 2, notes
    assert all(": De klant beleeft " in line for line in readings), readings
    # each journey's own curve slide keeps its own customer's words
    own = [s.notes_slide.notes_text_frame.text for s in deck.slides if title_of(s).endswith("Emotiecurve")]
    assert any("De partner beleeft" in text for text in own), own
    pages = pdf_text(build_poster(source, tmp_path / "out")).split("\f")
    (compared,) = [squeeze(page) for page in pages if "vergeleken" in page.lower()]
    assert compared.count(squeeze("De klant beleeft")) == 2, compared
    assert squeeze("De partner beleeft") not in compared
