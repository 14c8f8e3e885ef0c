"""White label (#31): with the default kit no tool name, no logo, no source file and no cell reference on
anything a client sees (poster pages, slides, kit sheets); the file traces back through the PDF's metadata
and the speaker notes. A kit's ``credit`` line is shown."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.cli import main
from tests.support.layouts import Built
from tests.support.read_back import pdf_text, pdfium_text, pdftotext, slide_text
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, REPO
from tests.support.workshop import canvas as lease_canvas

CELL = re.compile(r"\b[A-Za-z][\w ]*![A-Z]{1,3}\d+\b")  # "Klantreis!A3"
SAID_CELL = re.compile(r"\b(?:Bron: blad|Source: sheet) [^,]+, (?:cel|cell) [A-Z]{1,3}\d+\b")
# an example (its file name was on the title slide and every poster footer) and a canvas with notes
# beside it (their cells were on the deck's appendix slide)
SOURCES = [CANVASES / "example-hr-software-b2b.xlsx", REPO / "tests/data/emotion-positions-lookalike.xlsx"]


def _notes(pptx: Path) -> str:
    return "\n".join(s.notes_slide.notes_text_frame.text for s in Presentation(str(pptx)).slides if s.has_notes_slide)


def _images(pptx: Path) -> int:
    return sum(1 for s in Presentation(str(pptx)).slides for shape in s.shapes if shape.shape_type == 13)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_the_default_kit_puts_no_tool_file_or_cell_on_the_clients_material(source: Path, built: Built) -> None:
    # the default brand kit's poster, deck and workshop kit, as `build` and `kit` make them by default (A1,
    # cards 2x4), shared with the other tests that read them
    poster, deck = built.poster(source), built.deck(source)
    kit_pdfs = sorted(built.kit(source)[0].glob("*.pdf"))
    assert [p.name.rsplit("-", 1)[-1] for p in kit_pdfs] == ["cards.pdf", "handouts.pdf", "tiles.pdf"]
    poster_text = pdf_text(poster)  # extracted once, for every check of its text below
    texts = [poster_text, slide_text(deck)] + [pdfium_text(p) for p in kit_pdfs]
    for text in texts:
        assert "canvasgen" not in text.lower()
        assert source.name not in text and source.stem not in text
        assert CELL.findall(text) == []
    assert _images(deck) == 0  # no default logo
    reader = PdfReader(poster)
    assert not any(page.images for page in reader.pages)
    # it traces back: the PDF's metadata, the speaker notes (title slide and the notes' cells)
    assert source.name in str(reader.metadata.subject)
    names = list(dict.fromkeys(j.name for j in read_canvas(source).journeys))
    assert reader.metadata.title == " · ".join(names)  # its journeys, not the file's name
    notes = _notes(deck)
    assert source.name in notes
    # the notes' cells said in the deck's words ("Bron: blad Emoties, cel B4"), never as a cell reference
    assert CELL.findall(notes) == []
    assert bool(SAID_CELL.search(notes)) == ("lookalike" in source.name)
    # the footer's date in the canvas's language
    months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    english = r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) "
    assert re.search(rf"gemaakt op \d{{1,2}} ({months}) \d{{4}}|generated {english}\d{{4}}", poster_text)


def test_a_kits_credit_line_is_shown(tmp_path: Path) -> None:
    kit = tmp_path / "bureau"
    kit.mkdir()
    (kit / "brand.toml").write_text('credit = "Ontwerp: Bureau Zuid"\n', encoding="utf-8")
    source = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    built = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path), "--brand", str(kit)])
    assert built.exit_code == 0, built.output
    poster = pdf_text(tmp_path / f"{source.stem}.pdf")
    assert poster.count("Ontwerp: Bureau Zuid") == len(PdfReader(tmp_path / f"{source.stem}.pdf").pages)
    assert "Ontwerp: Bureau Zuid" in slide_text(tmp_path / f"{source.stem}.pptx")


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("", ""),
        ('agency = "Studio Noord"\n', "Studio Noord"),
        ('credit = "Ontwerp: Bureau Zuid"\n', "Ontwerp: Bureau Zuid"),
    ],
    ids=["default", "agency", "credit"],
)
def test_the_files_properties_name_the_agency_never_the_tool(credit: str, author: str, tmp_path: Path) -> None:
    """File > Info of the deck and the PDF's properties: Author (and the deck's Last modified by) is the
    kit's agency or credit, else empty; the PDF's Subject in the canvas's language. The PDF's Creator
    keeps the tool, as PDF producers do (not shown to a client)."""
    kit = tmp_path / "bureau"
    kit.mkdir()
    (kit / "brand.toml").write_text(credit, encoding="utf-8")
    source = lease_canvas(tmp_path / "fietslease.xlsx")  # a small Dutch canvas: the properties are the point
    built = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path), "--brand", str(kit)])
    assert built.exit_code == 0, built.output
    tiled = CliRunner().invoke(main, ["kit", str(source), "-o", str(tmp_path / "kit"), "--brand", str(kit)])
    assert tiled.exit_code == 0, tiled.output
    pdfs = [tmp_path / f"{source.stem}.pdf", *sorted((tmp_path / "kit").glob("*.pdf"))]
    assert len(pdfs) == 4  # the poster, the cards, the handouts and the tiles
    for pdf in pdfs:
        meta = PdfReader(pdf).metadata
        assert (meta.author or "") == author, pdf.name
        assert "canvasgen" not in (meta.author or "") + (meta.title or "") + (meta.subject or "")
    subject = PdfReader(pdfs[0]).metadata.subject
    assert subject == f"Klantreiscanvas uit {source.name}"
    props = Presentation(str(tmp_path / f"{source.stem}.pptx")).core_properties
    assert props.author == author and props.last_modified_by == author
    assert "canvasgen" not in props.title + props.author + props.last_modified_by + props.subject + props.comments
    # the kit's changes workbook, which the team fills in and the client may open: File > Info said "openpyxl"
    (changes,) = (tmp_path / "kit").glob("*.xlsx")
    assert _xlsx_author(changes) == (author, author)


def _xlsx_author(path: Path) -> tuple[str, str]:
    """A workbook's Author and Last modified by, as File > Info shows them (read from the file's XML: openpyxl
    would read a missing Author back as "openpyxl")."""
    with zipfile.ZipFile(path) as book:
        core = ElementTree.fromstring(book.read("docProps/core.xml"))
    names = (
        "{http://purl.org/dc/elements/1.1/}creator",
        "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy",
    )
    return tuple(core.findtext(name) or "" for name in names)  # type: ignore[return-value]


def test_the_gap_report_and_the_template_name_no_library(tmp_path: Path) -> None:
    """The gap workbook names the kit's agency; the template, the team's own file to fill in, no one."""
    kit = tmp_path / "bureau"
    kit.mkdir()
    (kit / "brand.toml").write_text('agency = "Studio Noord"\n', encoding="utf-8")
    ideal, current = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx", CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    gaps = CliRunner().invoke(
        main, ["gaps", str(ideal), str(current), "-o", str(tmp_path / "gaps"), "--brand", str(kit)]
    )
    assert gaps.exit_code == 0, gaps.output
    (report,) = (tmp_path / "gaps").glob("*.xlsx")
    assert _xlsx_author(report) == ("Studio Noord", "Studio Noord")
    made = CliRunner().invoke(main, ["template", str(tmp_path / "leeg.xlsx")])
    assert made.exit_code == 0, made.output
    assert _xlsx_author(tmp_path / "leeg.xlsx") == ("", "")


def test_the_what_changed_report_names_its_versions_not_its_files(tmp_path: Path) -> None:
    """Round 10: ``diff … -o`` printed "spaak-huidig.xlsx → spaak-later.xlsx" in the report's title and
    footer. The versions are named by their version field (else their dates); the files are in the PDF's
    metadata and the slides' notes."""
    from tests.support.workbooks import repair_journey

    old = repair_journey(tmp_path / "v3-FINAL-echt.xlsx", changes={"Klantreis!E1": "Versie", "Klantreis!F1": "0,9"})
    new = repair_journey(
        tmp_path / "v4-FINAL-echt-nu.xlsx",
        changes={"Klantreis!E1": "Versie", "Klantreis!F1": "1,0", "Klantreis!B4": "Meldt zich aan op de site"},
    )
    made = CliRunner().invoke(main, ["diff", str(old), str(new), "-o", str(tmp_path / "out")])
    assert made.exit_code == 0, made.output
    pdf, deck = tmp_path / "out" / "v4-FINAL-echt-nu-changes.pdf", tmp_path / "out" / "v4-FINAL-echt-nu-changes.pptx"
    report = pdf_text(pdf)
    for text in (report, slide_text(deck)):
        assert "FINAL" not in text and ".xlsx" not in text and "canvasgen" not in text.lower()
    assert "WAT IS ER VERANDERD\nVersie 0,9 → 1,0\n" in report  # the title, and the footer's
    assert "v3-FINAL-echt.xlsx → v4-FINAL-echt-nu.xlsx" in str(PdfReader(pdf).metadata.subject)
    assert "v3-FINAL-echt.xlsx → v4-FINAL-echt-nu.xlsx" in _notes(deck)


def test_the_footer_begins_with_the_clients_words_not_the_product_word(tmp_path: Path) -> None:
    # a kit with no footer of its own and a canvas with no project: the footer is the journey's name, its
    # version, date and page, never "Klantreiscanvas · …" before them (#31); a kit's footer leads it
    source = lease_canvas(tmp_path / "fietslease.xlsx")
    footer = re.compile(r"(.*)\n+Versie 3 · gemaakt op \d{1,2} \w+ \d{4} · pagina 1 van 1\s*$")
    kit = tmp_path / "bureau"
    kit.mkdir()
    (kit / "brand.toml").write_text('footer = "Bureau Zuid klantreizen"\n', encoding="utf-8")
    for brand, first in (("default", "Klantreis fietslease"), (str(kit), "Bureau Zuid klantreizen")):
        out = tmp_path / Path(brand).name
        built = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--size", "A3", "--brand", brand])
        assert built.exit_code == 0, built.output
        text = pdftotext(out / "fietslease.pdf")
        found = footer.search(text)
        assert found is not None, text[-300:]
        assert found.group(1).startswith(first), found.group(1)
        assert "Klantreiscanvas" not in text
