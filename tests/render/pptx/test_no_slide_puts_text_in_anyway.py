"""No slide puts text in a box anyway where it does not fit (#31): the persona, glance, pains and title
slides go on on a follow-up slide of their own kind, marked "(vervolg)", at their family's size, where a
canvas's text does not fit; a box never runs past its frame and is never set smaller than its family. A
canvas made to provoke each: a persona with long goals and frustrations, long phase texts over a glance,
many long pain points and opportunities, and metadata longer than the title slide's box. Each text box is
read back out of the PPTX and wrapped with the deck's measuring font (``tests.support.overflow``); every
word of the canvas is in the deck's text, read back with python-pptx."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from canvasgen.pipeline import BuildOptions, run
from canvasgen.units import PrintOptions, parse_paper
from tests.support.layouts import DATE, canvas_of
from tests.support.overflow import overflows
from tests.support.read_back import as_printed, printed_in, slide_text, squeeze, title_of
from tests.support.workbooks import make_book

LONG = (
    "de klant wil zeker weten dat de installateur op tijd komt en dat de offerte klopt met wat er echt gebeurt,"
    " zonder verrassingen achteraf op de factuur of in de planning van de monteurs"
)
PHASES = ("Oriëntatie", "Offerte", "Installatie", "Nazorg")


def _book(path: Path) -> Path:
    """Metadata over the canvas (one client's name of many lines), four phases in row 7 whose every lane is
    long, six long pain points and opportunities each, and a Personas sheet of one persona with twelve long
    goals and twelve long frustrations."""
    cells: dict[str, object] = {"A1": "Zonnepanelen op het dak", "A2": "Klant:", "A3": "Project:"}
    cells["B2"] = "; ".join(f"Vestiging {n}: Zon & Dak Installaties aan de rand van de stad" for n in range(1, 15))
    cells["B3"] = "; ".join(f"Fase {n} van het programma Duurzaam Wonen in de regio" for n in range(1, 15))
    cells |= {"A7": "Fase", "A8": "Klant doet", "A9": "Pijnpunten", "A10": "Kansen"}
    for column, name in zip("BCDE", PHASES, strict=True):
        cells[f"{column}7"] = name
        cells[f"{column}8"] = f"{name}: {LONG}; {LONG}; {LONG}"
        cells[f"{column}9"] = "\n".join(f"Pijn {n}: {LONG}" for n in range(1, 7))
        cells[f"{column}10"] = "\n".join(f"Kans {n}: {LONG}" for n in range(1, 7))
    personas = {"A1": "Naam", "B1": "Rol", "C1": "Doelen", "D1": "Frustraties", "A2": "Sanne de Wit"}
    personas["B2"] = "Huiseigenaar"
    personas["C2"] = "\n".join(f"Doel {n}: {LONG}" for n in range(1, 13))
    personas["D2"] = "\n".join(f"Frustratie {n}: {LONG}" for n in range(1, 13))
    return make_book(path, {"Klantreis": cells, "Personas": personas})


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("in-anyway")
    book = _book(folder / "lang.xlsx")
    options = BuildOptions(folder / "out", parse_paper("A1"), PrintOptions(), None, DATE, pdf=False, pptx=True)
    pptx = run(book, options, canvas=canvas_of(book)).pptx
    assert pptx is not None
    return book, pptx


def test_no_box_runs_past_its_frame(deck: tuple[Path, Path]) -> None:
    _, pptx = deck
    assert [str(found) for found in overflows(pptx)] == []


def test_every_word_of_the_canvas_is_in_the_deck(deck: tuple[Path, Path]) -> None:
    book, pptx = deck
    text = squeeze(slide_text(pptx))
    meta = {"Klantreis!B2", "Klantreis!B3"}  # read across the title slides below
    printed = [(i, w) for i, w in as_printed(canvas_of(book)) if str(i.source) not in meta]
    assert [f"{i.source}: {w!r}" for i, w in printed if not printed_in(w, text)] == []


def test_the_metadata_goes_on_whole_on_a_title_slide_of_its_own(deck: tuple[Path, Path]) -> None:
    """The title slide's metadata box ends "→ vervolg" where it goes on; its follow-up's box holds the rest,
    at the same size: the metadata read across both is the workbook's, word for word."""
    book, pptx = deck
    slides = [s for s in Presentation(str(pptx)).slides if title_of(s).startswith("Zonnepanelen op het dak")]
    assert len(slides) > 1
    boxes = [shape for slide in slides for shape in slide.shapes if shape.name == "meta"]
    assert boxes[0].text_frame.text.rstrip().endswith("→ vervolg")
    sizes = {run.font.size for box in boxes for para in box.text_frame.paragraphs for run in para.runs}
    assert len(sizes) == 1, sizes
    read = squeeze(" ".join(box.text_frame.text for box in boxes).replace("→ vervolg", ""))
    meta = canvas_of(book).journeys[0].meta
    for key in ("client", "project"):
        assert squeeze(meta[key].text) in read, key


@pytest.mark.parametrize("kind", ["Persona: Sanne de Wit", "Pijnpunten en kansen", "Zonnepanelen op het dak"])
def test_a_slide_that_cannot_hold_its_text_goes_on_on_one_of_its_kind(deck: tuple[Path, Path], kind: str) -> None:
    _, pptx = deck
    titles = [title_of(slide) for slide in Presentation(str(pptx)).slides]
    at = titles.index(kind)
    assert titles[at + 1] == f"{kind} (vervolg)", titles
