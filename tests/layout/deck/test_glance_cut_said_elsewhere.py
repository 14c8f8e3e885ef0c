"""A glance cell shortened on its slide never loses a word (#31, "never lose a word"): the glance in parts
(a journey of many phases, one slide a part) cuts its cells to fewer lines than ``CELL_LINES`` where its rows
would not hold on the part's slide, each ended by "…" after a whole word; the item's full text is on its
phase slide. Read back out of the PPTX: the cut is provoked (cells of fewer lines than a whole one takes),
each cut cell is the start of its item, and every cut item is whole elsewhere in the deck."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter
from pptx import Presentation

from canvasgen.layout.deck.frames import WRAP_SLACK
from canvasgen.layout.deck.glance import CELL_LINES, ELLIPSIS
from canvasgen.layout.text.setter import Setter
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts
from tests.support.read_back import squeeze, unmarked
from tests.support.workbooks import make_book

#: Sentences a team writes in a cell, of our own: each cell a different length, none short.
SENTENCES = (
    "Leest de folder van de gemeente en zoekt op de website naar de voorwaarden voor een vergunning",
    "Belt met het klantcontactcentrum en wordt twee keer doorverbonden voordat iemand de vraag begrijpt",
    "Vult het formulier in, uploadt de tekeningen en wacht op een bevestiging die pas na een week komt",
    "Krijgt een brief met vragen over de constructie en moet een adviseur inhuren om ze te beantwoorden",
)
LANES = ("Klantproces", "Intern proces", "Ervaring", "Verbeteringen")


def test_a_glance_cell_cut_short_is_whole_on_its_phase_slide(tmp_path: Path) -> None:
    phases = [f"Stap{i}" for i in range(1, 19)]
    cells: dict[str, object] = {"A1": "Fase", **{f"A{r}": lane for r, lane in enumerate(LANES, start=2)}}
    items: dict[str, str] = {}  # each item by its own first word: "S3L2" (phase 3, lane 2)
    for c, phase in enumerate(phases, start=2):
        column = get_column_letter(c)
        cells[f"{column}1"] = phase
        for r in range(2, 2 + len(LANES)):
            key = f"S{c - 1}L{r - 1}"
            items[key] = cells[f"{column}{r}"] = f"{key} {SENTENCES[(c + r) % 4]} {SENTENCES[(c * r) % 4].lower()}"
    source = make_book(tmp_path / "vergunning.xlsx", {"Klantreis": cells})
    code, out, err = run_clean("build", source, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    slides = list(Presentation(str(tmp_path / "out" / "vergunning.pptx")).slides)
    glance = [s for s in slides if any(sh.name.startswith("glance phase") for sh in s.shapes)]
    cut = [
        (sh, sh.text_frame.text)
        for s in glance
        for sh in s.shapes
        if sh.name.startswith("glance items") and sh.text_frame.text.endswith(ELLIPSIS)
    ]
    assert cut, "the glance cut no cell: the test does not provoke the cut"
    setter = Setter(deck_fonts())

    def lines(shape, text: str) -> int:  # type: ignore[no-untyped-def]
        size = shape.text_frame.paragraphs[0].runs[0].font.size.pt
        width = (shape.width - shape.text_frame.margin_left - shape.text_frame.margin_right) / 12700
        return setter.line_count(text, width * WRAP_SLACK, "body", size)

    # cut to fewer lines than the glance's usual most: the rows held on one slide a part only so
    assert any(lines(shape, text) < CELL_LINES for shape, text in cut)
    others = [s for s in slides if s not in glance]
    elsewhere = squeeze(" ".join(unmarked(sh.text_frame.text) for s in others for sh in s.shapes if sh.has_text_frame))
    for _, text in cut:
        item = items[text.split()[0]]
        start = text.removesuffix(ELLIPSIS)
        assert item.startswith(start) and item[len(start)] == " ", text  # its start, cut after a whole word
        assert squeeze(item) in elsewhere, text  # and the whole item on its phase slide
