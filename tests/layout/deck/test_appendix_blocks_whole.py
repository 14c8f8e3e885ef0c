"""The appendix's two columns (F31): a block (a touchpoint's record, a note) that does not fit at a column's
foot moves whole to the next column; only a block longer than a column is split, at a paragraph's end
where it can be. A note was cut mid-name between the columns ("Formução de… → continued") while the first
column had room, and the speaker notes kept the cut text: they cite every note in full."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import canvas_of, deck_fonts, default_kit, laid_deck
from tests.support.workbooks import Cells, make_book

WORDS = [
    "offerte",
    "levering",
    "montage",
    "factuur",
    "garantie",
    "onderhoud",
    "storing",
    "monteur",
    "planning",
    "klantenservice",
]


def _book(path: Path, notes: int, touchpoints: int) -> Path:
    journey: Cells = {"A1": "Fase", "A2": "Klantproces", "A3": "Pijnpunten"}
    for column, phase in zip("BCD", ("Oriëntatie", "Aankoop", "Gebruik"), strict=True):
        journey[f"{column}1"], journey[f"{column}2"], journey[f"{column}3"] = phase, f"Klant in {phase}", "Wachten"
    for n in range(notes):  # notes under the table, each a few lines, none near a column long
        words = [WORDS[(n + i) % len(WORDS)] for i in range(28)]
        journey[f"A{8 + n}"] = f"Notitie {n + 1}: " + " ".join(words) + "."
    points: Cells = {
        "A1": "Fase",
        "B1": "Contactmoment",
        "C1": "Kanaal",
        "D1": "Apparaat & context",
        "E1": "Inhoud / actie",
    }
    for n in range(touchpoints):
        row = n + 2
        points[f"A{row}"] = ("Oriëntatie", "Aankoop", "Gebruik")[n % 3]
        points[f"B{row}"], points[f"C{row}"] = f"Contactmoment {n + 1}", "Website"
        points[f"D{row}"] = "Smartphone, onderweg naar het werk in de trein"
        points[f"E{row}"] = f"Uitleg over {WORDS[n % len(WORDS)]} met een korte video en een checklist"
    return make_book(path, {"Klantreis": journey, "Contactmomenten": points})


def test_blocks_go_on_whole_and_the_notes_cite_each_note_in_full(tmp_path: Path) -> None:
    kit, _ = default_kit()
    setter = Setter(deck_fonts())
    straddled = 0
    for notes, touchpoints in ((10, 0), (14, 0), (18, 0), (0, 9), (0, 13), (6, 7)):
        canvas = canvas_of(_book(tmp_path / f"reis-{notes}-{touchpoints}.xlsx", notes, touchpoints))
        deck = laid_deck(canvas, kit, setter, (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
        appendix = [slide for slide in deck.slides if slide.kind == "appendix"]
        assert appendix, (notes, touchpoints)
        columns = [frame.paras for slide in appendix for frame in slide.frames if frame.name == "appendix"]
        straddled += len(columns) > 1
        for paras in columns:
            for para in paras:
                assert not para.text.endswith("→ vervolg"), (notes, touchpoints, para.text)  # never cut
                # a record fits a column: it goes on whole, never "(vervolg)" (a list of notes longer than a
                # column goes on at a note's end, under its heading again)
                assert not (para.bold and "Contactmoment" in para.text and "(vervolg)" in para.text), para.text
        cited = "\n".join(slide.notes for slide in appendix)
        for n in range(notes):
            written = str(canvas.journeys[0].notes[n].text)
            assert written in cited, (notes, n, written)
    assert straddled >= 4  # the cases fill more than one column
