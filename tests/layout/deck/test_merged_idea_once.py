"""An idea merged over two phases, beside the next phase's own ideas, is one idea: the deck's actions
table lists it once, headed by its phases ("Vooroverleg – Aanvraag indienen"), as urgent as its worse
phase; the kit's dot-voting sheet names it once. Read back out of the PPTX and the PDF."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from pptx import Presentation

from canvasgen.pipeline.kit import KitOptions, run_kit
from canvasgen.words import DECK_WORDS, KIT_WORDS
from tests.support.layouts import build_deck
from tests.support.read_back import squeeze, title_of
from tests.support.workbooks import make_book

MERGED = "Statusbericht bij elke stap, per e-mail en in MijnOverheid"


def _permit(path: Path) -> Path:
    """Four phases; the ideas lane's cell merged over the second and third phase, the third's own idea in
    the row under it (the lane's label merged over both rows)."""
    rows = {
        1: ("Fase", "Oriëntatie", "Vooroverleg", "Aanvraag indienen", "Besluit"),
        2: ("Klantproces", "Leest de website", "Vraagt vooroverleg aan", "Vult het formulier in", "Leest de brief"),
        3: ("Intern proces", "Teksten per bouwwerk", "Plant het gesprek", "Controleert de aanvraag", "Publiceert"),
        4: ("Ervaring", "Onzeker", "Gerustgesteld", "Lang formulier", "Opgelucht"),
        5: ("Ervaringsscore (-2 t/m +2)", -1, 1, -2, 1),
        6: ("Kansen", "Eén pagina in gewone taal", MERGED, None, "Leges vooraf tonen"),
        7: (None, None, None, "Een vaste contactpersoon", None),
    }
    cells = {f"{col}{r}": value for r, row in rows.items() for col, value in zip("ABCDE", row) if value is not None}
    return make_book(path, {"Klantreis": cells}, {"Klantreis": ["C6:D6", "A6:A7"]})


def test_the_actions_table_lists_a_merged_idea_once_over_its_phases(tmp_path: Path) -> None:
    pptx = build_deck(_permit(tmp_path / "vergunning.xlsx"), tmp_path / "out")
    words = DECK_WORDS["nl"]
    rows = [
        [cell.text for cell in row.cells]
        for slide in Presentation(str(pptx)).slides
        if title_of(slide).startswith(words["actions"])
        for shape in slide.shapes
        if shape.has_table
        for row in list(shape.table.rows)[1:]
    ]
    merged = [row for row in rows if squeeze(MERGED) in squeeze(row[1])]
    assert len(merged) == 1, rows
    assert merged[0][0] == "Vooroverleg – Aanvraag indienen"
    assert merged[0][3] == words["high"]  # its worse phase scores -2
    own = [row for row in rows if row[1] == "Een vaste contactpersoon"]
    assert len(own) == 1 and own[0][0] == "Aanvraag indienen"
    assert [row[1] for row in rows] == [
        "Eén pagina in gewone taal",
        MERGED,
        "Een vaste contactpersoon",
        "Leges vooraf tonen",
    ]


def test_the_dot_voting_sheet_names_a_merged_idea_once(tmp_path: Path) -> None:
    source = _permit(tmp_path / "vergunning.xlsx")
    run_kit(source, KitOptions(tmp_path / "kit"))
    pdf = pypdfium2.PdfDocument(tmp_path / "kit" / "vergunning-handouts.pdf")
    pages = [squeeze(page.get_textpage().get_text_range()) for page in pdf]
    voting = "".join(p for p in pages if squeeze(KIT_WORDS["nl"]["vote_title"]) in p)
    assert voting.count(squeeze(MERGED)) == 1
    assert squeeze("Vooroverleg – Aanvraag indienen") in voting
    assert squeeze("Een vaste contactpersoon") in voting
