"""Personas' pictures drawn: on the poster's persona card clipped to a circle (one image in the file however
many pages show it), on the deck's persona slide as a picture cropped to its centred square and shown
through an ellipse; a persona without a picture keeps its initials in a disc."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE

from tests.support.cli import run_clean
from tests.support.workbooks import personas_with_pictures, photo


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("portraits")
    path = personas_with_pictures(folder / "fietsen.xlsx")  # Sanne: 300 x 200 in her row
    (folder / "ines bakker.jpg").write_bytes(photo(200, 320, "JPEG"))  # Inès: beside, taller than wide
    code, out, err = run_clean("build", path, "-o", folder / "out", "--force")
    assert code == 0, out + err
    return folder / "out" / "fietsen.pdf", folder / "out" / "fietsen.pptx"


def test_the_poster_draws_each_picture_clipped_to_a_circle_on_the_persona_page(built: tuple[Path, Path]) -> None:
    pdf = pypdf.PdfReader(built[0])
    images: set[tuple[int, int]] = set()
    pages_with_cards = 0
    for page in pdf.pages:
        if "Sanne de Wit" not in page.extract_text():
            continue
        resources = page["/Resources"]
        xobjects = resources.get("/XObject", {}) if resources else {}
        pictured = {name: xobjects[name].get_object() for name in xobjects}
        pictured = {n: x for n, x in pictured.items() if x["/Subtype"] == "/Image"}
        if not pictured:
            continue
        pages_with_cards += 1
        images |= {(x["/Width"], x["/Height"]) for x in pictured.values()}
        stream = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        for name in pictured:
            drawn = stream.index(f"{name} Do")
            clips = list(re.finditer(r"\bW\*? n\b", stream[:drawn]))
            assert clips, "the picture is drawn inside a clip"
            clip = clips[-1].start()
            assert stream.count("Q", clip, drawn) == 0  # the clip still holds where the picture is drawn
            path = stream[stream.rfind("\nq", 0, clip) : clip]
            assert len(re.findall(r" c\b", path)) == 4 and " re" not in path  # a circle: four Bézier curves
    assert pages_with_cards >= 1
    assert images == {(300, 200), (200, 320)}  # Sanne's and Inès's, each once; Daan has none
    ids = {
        xobject.idnum
        for page in pdf.pages
        for xobject in ((page["/Resources"] or {}).get("/XObject", {}) or {}).values()
        if xobject.get_object()["/Subtype"] == "/Image"
    }
    assert len(ids) == 2  # embedded once, however many pages use it


def _persona_slide(prs, name: str):  # type: ignore[no-untyped-def]
    return next(s for s in prs.slides if any(sh.has_text_frame and name in sh.text_frame.text for sh in s.shapes))


def test_the_deck_shows_pictures_cropped_square_in_an_ellipse_and_initials_without(built: tuple[Path, Path]) -> None:
    prs = Presentation(str(built[1]))
    for name, (width, height) in {"Sanne de Wit": (300, 200), "Inès Bakker": (200, 320)}.items():
        slide = _persona_slide(prs, f": {name}")
        pictures = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE and sh.name == "portrait"]
        assert len(pictures) == 1, name
        picture = pictures[0]
        assert picture.auto_shape_type == MSO_SHAPE.OVAL
        seen_w = width * (1 - picture.crop_left - picture.crop_right)
        seen_h = height * (1 - picture.crop_top - picture.crop_bottom)
        assert seen_w == pytest.approx(seen_h, rel=1e-3)  # a square crop: not squashed in its circle
        assert picture.width == picture.height
        assert picture.crop_left == pytest.approx(picture.crop_right)  # centred
        assert picture.crop_top == pytest.approx(picture.crop_bottom)
        assert not any(sh.name == "initials" for sh in slide.shapes)
    daan = _persona_slide(prs, ": Daan Vos")
    assert not any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in daan.shapes)
    assert [sh.text_frame.text for sh in daan.shapes if sh.name == "initials"] == ["DV"]


def _placed(
    pdf: Path,
) -> tuple[list[tuple[float, float, float]], dict[str, list[tuple[float, float, float, float, float]]]]:
    """The first page's pictures, each as the circle it shows (centre x, centre y, diameter: the picture's
    centred square fills the circle), and where the cards' words are drawn: each text's character boxes
    (left, bottom, right, top, font size), as PDFium reads them, in points from the page's bottom left."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(pdf))[0]
    circles = []
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        circles.append(((left + right) / 2, (bottom + top) / 2, min(right - left, top - bottom)))
    text = page.get_textpage()
    whole = text.get_text_range()
    words: dict[str, list[tuple[float, float, float, float, float]]] = {}
    for wanted in ("Sanne de Wit", "Koper", "Doelen: Snel fietsen", "Frustraties: Wachten", "Inès Bakker"):
        start = whole.find(wanted)
        assert start >= 0, wanted
        boxes = []
        for i in range(start, start + len(wanted)):
            if whole[i].strip():
                size = pdfium.raw.FPDFText_GetFontSize(text.raw, i)
                boxes.append((*text.get_charbox(i), size))
        words[wanted] = boxes
    return sorted(circles), words


@pytest.mark.parametrize("paper", ["A1", "A3", "A4"])
def test_a_persona_with_a_picture_shows_it_large_with_its_words_beside_it(tmp_path: Path, paper: str) -> None:
    """#31: the picture was the initials' disc, two lines of the name high (15 mm on A1); now a third of the
    card's width (the three cards share the page's width), at most ten lines of the card's text high on
    small paper; the name and the card's lines stand beside it, none over it. Daan keeps his disc."""
    from canvasgen.layout.poster.map_draw import PICTURE_LINES
    from canvasgen.layout.text.setter import LEADING
    from canvasgen.units import mm, parse_paper

    path = personas_with_pictures(tmp_path / "fietsen.xlsx")
    (tmp_path / "ines bakker.jpg").write_bytes(photo(200, 320, "JPEG"))
    code, out, err = run_clean("build", path, "-o", tmp_path / "out", "--size", paper, "--no-pptx")
    assert code == 0, out + err
    circles, words = _placed(tmp_path / "out" / "fietsen.pdf")
    assert len(circles) == 2
    sanne, ines = circles  # left to right, as the cards are
    body = words["Koper"][0][4]  # the cards' text size
    width = parse_paper(paper)[0]
    for *_, diameter in circles:
        assert diameter >= min(width / 12, PICTURE_LINES * LEADING * body) * 0.95  # about a third of a card
        assert diameter <= PICTURE_LINES * LEADING * body + 0.5
    if paper == "A1":
        assert sanne[2] >= mm(50)
    assert sanne[2] == pytest.approx(ines[2])
    x, y, diameter = sanne
    right, top, bottom = x + diameter / 2, y + diameter / 2, y - diameter / 2
    for wanted, boxes in words.items():
        if wanted == "Inès Bakker":
            assert all(box[0] >= ines[0] + ines[2] / 2 for box in boxes)  # beside her own picture
            continue
        for left, low, _, high, _ in boxes:
            assert left >= right or high <= bottom, (wanted, left, right)  # beside the picture or under it
            assert low <= top  # never above the card's top, where the picture starts
    name_top = max(box[3] for box in words["Sanne de Wit"])
    assert top - name_top < body * LEADING  # the name starts at the picture's top, beside it
