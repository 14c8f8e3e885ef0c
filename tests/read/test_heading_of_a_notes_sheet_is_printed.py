"""Round 22 (new user, finding 8): the heading of a sheet of notes with no canvas on it ('Toelichting' over its
sentences) is no lost word: kept as the first of its notes, printed with them on the poster and in the deck,
said in `check --explain`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pptx import Presentation

from canvasgen.cli import main
from tests.support.read_back import pdf_text, shape_texts, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PROSE = [
    "De workshop vond plaats met vier fysiotherapeuten en de baliemedewerker.",
    "Volgende keer nemen we de huisarts mee in de reis.",
]


def _book(tmp_path: Path, heading: str = "Opmerkingen sessie") -> Path:
    journey: dict[str, object] = {"A1": "Fase", "B1": "Aanmelden", "C1": "Intake", "D1": "Behandeling"}
    journey |= {"A2": "Wat doet de klant?", "B2": "Belt", "C2": "Vertelt", "D2": "Oefent"}
    journey |= {"A3": "Wat doen wij?", "B3": "Plant", "C3": "Onderzoekt", "D3": "Begeleidt"}
    notes: dict[str, object] = {"A1": heading, "A3": PROSE[0], "A4": PROSE[1]}
    return make_book(tmp_path / "reis.xlsx", {"Reis": journey, "Uitleg": notes})


def test_the_heading_of_a_notes_sheet_is_kept_and_printed(tmp_path: Path) -> None:
    path = _book(tmp_path)
    read = read_canvas(path)
    assert [n.text for n in read.notes] == ["Opmerkingen sessie", *PROSE]
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert "'Opmerkingen sessie' in Uitleg!A1 heads the notes under it on a sheet without a canvas" in explained.output
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    poster = squeeze(pdf_text(tmp_path / "out" / "reis.pdf"))
    deck = squeeze(
        " ".join(
            t
            for s in Presentation(str(tmp_path / "out" / "reis.pptx")).slides
            for sh in s.shapes
            for t in shape_texts(sh)
        )
    )
    for words in ["Opmerkingen sessie", *PROSE]:
        assert squeeze(words) in poster and squeeze(words) in deck


def test_a_notes_sheet_titled_with_its_own_name_keeps_the_title_as_a_note(tmp_path: Path) -> None:
    read = read_canvas(_book(tmp_path, heading="Uitleg"))
    assert [n.text for n in read.notes] == ["Uitleg", *PROSE]
