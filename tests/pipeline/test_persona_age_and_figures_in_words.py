"""A persona's age from the journey's header, a journey named after its persona, and a CSV export's value in words
(#30, round 23 items 2 to 4), from the workbook to the text read back out of the poster and the deck.

- "Persona: Jan de Vries (45)" prints the age labelled in the canvas's language, the same on the poster's persona
  card and the deck's persona slide: "45 jaar" on a Dutch canvas, "age 45" on an English one (was: "age: 45" on a
  Dutch deck, a bare "45" on the poster).
- A journey named after its persona ("Persona: Sanne Bakker (34)" over the second canvas of a sheet) is called
  without the age: it is the persona's.
- A figure of a ``--metrics`` CSV whose value is in words ("veel") is kept as a note and said at its line and
  column, as a Metrics sheet's row is at its cell (was: the whole file refused)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.layout.meta import unheaded_age
from canvasgen.model import Item
from canvasgen.words import LANGUAGES
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES

_NL = [
    ("Fase", "Oriëntatie", "Selectie", "Aankoop"),
    ("Klantactiviteiten", "Zoekt leveranciers", "Vergelijkt offertes", "Tekent het contract"),
    ("Pijnpunten", "Te veel keus", "Onduidelijke prijzen", "Lange juridische check"),
    ("Emotie", 1, -1, 0),
]
_EN = [
    ("Phase", "Awareness", "Consideration", "Purchase"),
    ("Customer actions", "Searches for suppliers", "Compares the quotes", "Signs the contract"),
    ("Pain points", "Too much choice", "Unclear prices", "Long legal check"),
    ("Emotion", 1, -1, 0),
]


def _book(path: Path, rows: list[tuple[object, ...]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


@pytest.mark.parametrize(("canvas", "shown"), [(_NL, "45 jaar"), (_EN, "age 45")])
def test_an_age_from_the_header_is_labelled_in_the_canvas_language(
    tmp_path: Path, canvas: list[tuple[object, ...]], shown: str
) -> None:
    path = _book(tmp_path / "reis.xlsx", [("Persona:", "Jan de Vries (45)"), (), *canvas])
    (persona,) = read_canvas(path).personas
    assert persona.name is not None and persona.name.text == "Jan de Vries" and persona.get("age") == "45"
    code, out, _ = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out
    poster, deck = pdf_text(tmp_path / "out" / "reis.pdf"), slide_text(tmp_path / "out" / "reis.pptx")
    assert shown in _lines(poster), poster  # the persona card's line, on its own
    assert shown in _lines(deck), deck  # the persona slide's line: the same words
    for text in (poster, deck):  # the card and the slide: the name, then the age as said (no "age: 45", no bare "45")
        lines = [line for line in _lines(text) if line]
        at = max(i for i, line in enumerate(lines) if line.endswith("Jan de Vries"))
        assert lines[at + 1] == shown and "age: 45" not in text


def test_every_language_says_an_age_with_its_number() -> None:
    for language in LANGUAGES:
        said = unheaded_age("age", Item("45"), language)
        assert said is not None and "45" in said and said != "45"
    assert unheaded_age("age", Item("midden veertig"), "nl") is None  # not a number: as written
    assert unheaded_age("role", Item("45"), "nl") is None


def test_a_journey_named_after_its_persona_leaves_the_age_out(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [("Persona: Jan de Vries (45)",), *_NL, (), (), ()]
    rows += [("Persona: Sanne Bakker (34)",), *_NL]
    path = _book(tmp_path / "reizen.xlsx", rows)
    canvas = read_canvas(path)
    assert [j.name for j in canvas.journeys] == ["Klantreis", "Klantreis – Sanne Bakker"]  # was "Persona: Sanne …"
    assert {(p.name.text if p.name else "", p.get("age")) for p in canvas.personas} == {
        ("Jan de Vries", "45"),
        ("Sanne Bakker", "34"),
    }
    code, out, _ = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out
    for text in (pdf_text(tmp_path / "out" / "reizen.pdf"), slide_text(tmp_path / "out" / "reizen.pptx")):
        assert "Sanne Bakker (34)" not in text and "34 jaar" in _lines(text)


def test_a_csv_figure_in_words_is_kept_as_a_note_and_said(tmp_path: Path) -> None:
    export = (CANVASES / "metingen-webshop-oktober.csv").read_text(encoding="utf-8").rstrip("\n")
    lines = export.count("\n") + 1
    csv = tmp_path / "metingen.csv"
    csv.write_text(
        f"{export}\nActie;Checkout;Retouren;veel;;oktober 2026\nActie;Checkout;Wachttijd;4 min;kort;oktober 2026\n",
        encoding="utf-8",
    )
    code, out, err = run_clean(
        "build", CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", "-o", tmp_path / "out", "--metrics", csv
    )
    assert code == 0, out + err  # was: the whole file refused, nothing built
    said = out + err
    assert (
        f"{csv}: line {lines + 1}: the value 'veel' of 'Retouren' (column 'Waarde') is no number: not drawn as a "
        "figure (its row is kept as a note, as written)" in said
    )
    assert f"{csv}: line {lines + 2}: the target 'kort' of 'Wachttijd' (column 'Doel') is no number" in said
    poster = squeeze(pdf_text(tmp_path / "out" / "voorbeeld-webshop-kpis-v3.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "voorbeeld-webshop-kpis-v3.pptx"))
    for text in (poster, deck):
        assert squeeze("Actie · Checkout · Retouren · veel · oktober 2026") in text
        assert squeeze("Wachttijd · kort") in text


def test_a_header_of_journey_and_persona_is_no_persona_kept_as_notes(tmp_path: Path) -> None:
    """'Klantreis | Nieuwe bakoven' over 'Persona: | Jan de Vries (45)' is the map's header: read as its name and
    persona, so no warning says it may be a persona kept as notes (it said so, of cells it had read)."""
    path = _book(tmp_path / "reis.xlsx", [("Klantreis", "Nieuwe bakoven"), ("Persona:", "Jan de Vries (45)"), (), *_NL])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == "Nieuwe bakoven" and journey.meta["persona"].text == "Jan de Vries"
    assert not [w for w in canvas.warnings if "may be a persona" in w.message]
    assert not canvas.notes and not journey.notes
