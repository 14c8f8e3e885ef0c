"""Round 22 (new user, finding 8): the heading of a sheet of notes with no canvas on it ('Toelichting' over its
sentences) is no lost word. Round 23 (#30): it is the notes' heading, not one of them — the title of their card on
the poster and of their block in the deck's appendix (bold, no bullet), said in `check --explain`."""

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
    assert [n.text for n in read.notes] == PROSE
    assert [c.title.text for c in read.notes_columns] == ["Opmerkingen sessie"]
    assert read.notes_under_titles() == ([(read.notes_columns[0].title, read.notes)], [])
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert (
        "'Opmerkingen sessie' in Uitleg!A1 heads the notes under it on a sheet without a canvas: the title of those "
        "notes on poster and deck"
    ) in " ".join(explained.output.split())
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
    # the heading heads its notes: on the poster right over them, in the deck a bold heading with no bullet
    assert squeeze(f"Opmerkingen sessie{PROSE[0]}") in poster
    paragraphs = [
        p
        for s in Presentation(str(tmp_path / "out" / "reis.pptx")).slides
        for sh in s.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
    ]
    (heading,) = [p for p in paragraphs if p.text == "Opmerkingen sessie"]
    assert all(run.font.bold for run in heading.runs)
    after = paragraphs[paragraphs.index(heading) + 1]
    assert after.text == PROSE[0]


def test_a_notes_sheet_titled_with_its_own_name_is_their_heading_too(tmp_path: Path) -> None:
    read = read_canvas(_book(tmp_path, heading="Uitleg"))
    assert [n.text for n in read.notes] == PROSE
    assert [c.title.text for c in read.notes_columns] == ["Uitleg"]


def test_a_notes_sheet_with_a_sentence_first_keeps_it_as_a_note(tmp_path: Path) -> None:
    read = read_canvas(_book(tmp_path, heading="Dit is wat we in de sessie hebben besproken."))
    assert [n.text for n in read.notes] == ["Dit is wat we in de sessie hebben besproken.", *PROSE]
    assert not read.notes_columns
