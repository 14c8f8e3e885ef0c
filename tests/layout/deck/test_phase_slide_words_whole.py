"""The phase slides' one size keeps every word whole in the width its text really gets (round 18, finding 5):
the deck chose 24 pt for its phase slides, at which "Afvalstoffenverordening" in the side column
("Wet- en regelgeving") is wider than the column less its text box's insets and the bullet's hanging indent,
and PowerPoint broke it ("Afvalstoffenverordenin" / "g"). Read back out of the PPTX: each text box's width,
its insets, each paragraph's indent (marL) and size; the longest word measured with the deck font's metrics
(Carlito, Calibri's) by PIL, not by canvasgen's own setter."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import ImageFont
from pptx import Presentation
from pptx.oxml.ns import qn

from canvasgen.layout.deck.frames import INSET
from tests.support.layouts import build_deck
from tests.support.workbooks import REPO, make_book

CARLITO = REPO / "canvasgen" / "fonts"
PHASES = ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"]
LANES = {
    "Klantproces": ["Zoekt info", "Vergelijkt wijken", "Geeft verhuizing door", "Leest welkomstmail", "Beveelt aan"],
    "Intern proces": ["Vindbare info", "Chat", "Verwerkt aangifte", "Stuurt pakket", "Vraagt review"],
    "Ervaring": ["Nieuwsgierig", "Gerust", "Het gaat vanzelf", "Welkom", "Trots"],
    "Leerdoelen": ["Zoekt op Google", "Kaart ontbreekt", "Upload faalt", "Pakket gewaardeerd", "Weinig reviews"],
    "Wet- en regelgeving": ["Wet BRP art. 2.39", "AVG", "Aangifte binnen 5 dagen", "Afvalstoffenverordening", ""],
}


def _workbook(path: Path) -> Path:
    cells: dict[str, object] = {"A1": "Fase"} | {f"{chr(66 + i)}1": phase for i, phase in enumerate(PHASES)}
    for row, (label, texts) in enumerate(LANES.items(), start=2):
        cells[f"A{row}"] = label
        cells |= {f"{chr(66 + i)}{row}": text for i, text in enumerate(texts) if text}
    return make_book(path, {"Klantreis": cells})


def _emu_pt(value: str | None, default: float) -> float:
    return int(value) / 12700 if value is not None else default


def test_every_word_of_a_phase_slide_fits_the_width_its_text_gets(tmp_path: Path) -> None:
    deck = Presentation(str(build_deck(_workbook(tmp_path / "verhuizen.xlsx"), tmp_path / "out")))
    checked = []
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            body = shape.text_frame._txBody.find(qn("a:bodyPr"))
            left, right = (_emu_pt(body.get(side), INSET) for side in ("lIns", "rIns"))
            for para in shape.text_frame.paragraphs:
                sizes = {run.font.size.pt for run in para.runs if run.font.size is not None}
                if not para.text.strip() or len(sizes) != 1:
                    continue
                props = para._p.find(qn("a:pPr"))
                margin = _emu_pt(props.get("marL") if props is not None else None, 0.0)
                bold = any(run.font.bold for run in para.runs)
                font = ImageFont.truetype(str(CARLITO / f"Carlito-{'Bold' if bold else 'Regular'}.ttf"), sizes.pop())
                room = shape.width / 12700 - left - right - margin
                word = max(re.split(r"\s+", para.text.strip()), key=font.getlength)
                assert font.getlength(word) <= room, (
                    f"slide {number}: {word!r} is {font.getlength(word):.1f} pt at {font.size} pt in a text width of "
                    f"{room:.1f} pt ({shape.width / 12700:.1f} less insets {left:.1f}, {right:.1f}, indent {margin:.1f}"
                )
                checked.append(word)
    assert "Afvalstoffenverordening" in checked
