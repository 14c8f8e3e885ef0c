"""The poster PDF is accessible: language, title and bookmarks; every text operator tagged or an artifact;
a structure tree in reading order (title, metadata, phase by phase its lanes); the curve a figure with words.

Read back with pikepdf (the tree, the content streams) and pypdf (the text inside each marked sequence)."""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from canvasgen.layout.text.wrap import wrap
from canvasgen.model import SCORE_LANE, Canvas
from tests.support.layouts import Built, build_poster, canvas_of
from tests.support.read_back import as_printed, squeeze
from tests.support.workbooks import CANVASES, make_book

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
PAINTING = {"f", "f*", "F", "S", "s", "B", "B*", "b", "b*", "Do", "sh"}
SHOWING = {"Tj", "TJ", "'", '"'}


@pytest.fixture(scope="module")
def solar(built: Built) -> tuple[Path, Canvas]:
    return built.poster(SOLAR), canvas_of(SOLAR)


@pytest.fixture(scope="module")
def webshop(built: Built) -> tuple[Path, Canvas]:
    return built.poster(WEBSHOP), canvas_of(WEBSHOP)


def _marked_texts(pdf: Path) -> list[dict[int, str]]:
    """Per page: the text shown inside each marked-content sequence with an MCID, as PDFium reads it."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        textpage = page.get_textpage()
        texts: dict[int, str] = {}
        for obj in page.get_objects():
            if obj.type != raw.FPDF_PAGEOBJ_TEXT:
                continue
            mcid = ctypes.c_int(-1)
            for index in range(raw.FPDFPageObj_CountMarks(obj.raw)):
                raw.FPDFPageObjMark_GetParamIntValue(raw.FPDFPageObj_GetMark(obj.raw, index), b"MCID", mcid)
            size = raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFTextObj_GetText(obj.raw, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
            # PDFium reads a line-end soft hyphen (U+00AD) as \x02: a hyphen of the layout, not of the word
            text = buffer.raw[:size].decode("utf-16-le").rstrip("\x00").replace("\x02", "")
            if mcid.value >= 0:
                texts[mcid.value] = texts.get(mcid.value, "") + text  # the PDF's own spaces only
        pages.append(texts)
    document.close()
    return pages


def _tree(pdf: pikepdf.Pdf) -> list[list[pikepdf.Dictionary]]:
    """Per page: its structure elements in tree order (the page sections' kids)."""
    document = pdf.Root.StructTreeRoot.K
    assert document.S == "/Document"
    return [list(section.K) for section in document.K]


def _mcids(element: pikepdf.Dictionary) -> list[int]:
    kids = element.K
    return [int(kids)] if isinstance(kids, int) else [int(k) for k in kids]


def test_catalog_has_language_title_marks_and_a_bookmark_per_page(solar: tuple[Path, Canvas]) -> None:
    path, canvas = solar
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "nl"
        assert pdf.Root.MarkInfo.Marked is True
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        title = canvas.journeys[0].name
        assert (
            str(pdf.docinfo.Title) == title and str(pdf.docinfo.Author) == ""
        )  # white label: no tool, no agency in the default kit
        assert pdf.open_metadata()["dc:title"] == title
        with pdf.open_outline() as outline:
            marks = [item.title for item in outline.root]
            targets = [item.destination[0].objgen for item in outline.root]
        assert len(marks) == len(pdf.pages) >= 2
        assert marks[0] == f"1. {title}"
        assert targets == [page.obj.objgen for page in pdf.pages]


@pytest.mark.parametrize("name", ["solar", "webshop"])
def test_every_mark_is_tagged_content_or_an_artifact(name: str, request: pytest.FixtureRequest) -> None:
    path, _ = request.getfixturevalue(name)
    with pikepdf.open(path) as pdf:
        parent_tree = pdf.Root.StructTreeRoot.ParentTree.Nums
        for number, (page, elements) in enumerate(zip(pdf.pages, _tree(pdf))):
            stack: list[str] = []
            used: list[int] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    stack.append(str(operands[0]))
                    if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                        used.append(int(operands[1].MCID))
                elif op == "EMC":
                    stack.pop()
                elif op in SHOWING or op in PAINTING:
                    assert stack, f"page {number + 1}: {op} outside any marked content"
            assert not stack
            assert sorted(used) == list(range(len(used))), "each MCID once, numbered from 0"
            # the tree refers to exactly the MCIDs in the content, and the parent tree maps them back
            in_tree = sorted(m for e in elements for m in _mcids(e))
            assert in_tree == sorted(used)
            assert int(page.obj.StructParents) == int(parent_tree[2 * number])
            by_mcid = parent_tree[2 * number + 1]
            for element in elements:
                assert element.Pg.objgen == page.obj.objgen
                for mcid in _mcids(element):
                    assert by_mcid[mcid].objgen == element.objgen


def test_backgrounds_and_bullets_are_artifacts(solar: tuple[Path, Canvas]) -> None:
    path, _ = solar
    with pikepdf.open(path) as pdf:
        instructions = list(pikepdf.parse_content_stream(pdf.pages[0]))
    first_paint = next(i for i, (_, op) in enumerate(instructions) if str(op) in PAINTING)
    opened = [str(operands[0]) for operands, op in instructions[:first_paint] if str(op) in ("BMC", "BDC")]
    assert opened == ["/Artifact"], "the page background is drawn as an artifact"
    texts = _marked_texts(path)[0]
    assert not any(t.strip() == "•" for t in texts.values()), "bullets are not read out as content"


def _reading(path: Path) -> list[list[tuple[str, str]]]:
    """Per page: (tag, text) of every structure element, in tree order."""
    texts = _marked_texts(path)
    with pikepdf.open(path) as pdf:
        return [
            [(str(e.S)[1:], "".join(texts[p].get(m, "") for m in _mcids(e))) for e in elements]
            for p, elements in enumerate(_tree(pdf))
        ]


def test_the_tree_reads_title_metadata_then_each_phase_with_its_lanes(solar: tuple[Path, Canvas]) -> None:
    path, canvas = solar
    journey = canvas.journeys[0]
    page = _reading(path)[0]
    tags = [tag for tag, _ in page]
    h1 = tags.index("H1")
    assert squeeze(page[h1][1]) == squeeze(journey.name)
    assert squeeze(journey.meta["client"].text) in squeeze(page[h1 + 1][1])  # metadata follows the title
    starts = [i for i, tag in enumerate(tags) if tag == "H2"]
    assert [squeeze(page[i][1]) for i in starts] == [squeeze(p.name) for p in journey.phases]
    assert h1 < starts[0]
    ends = [*starts[1:], next(i for i, tag in enumerate(tags) if tag == "Figure")]
    for index, (start, end) in enumerate(zip(starts, ends)):
        said = squeeze(" ".join(text for _, text in page[start:end]))
        at = 0
        for lane in journey.lanes:
            if lane.kind == SCORE_LANE:
                continue
            for item in lane.cells[index]:
                found = said.find(squeeze(item.text), at)
                assert found >= at, f"{journey.phases[index].name}: {lane.label} {item.text!r} out of order"
                at = found
    # the lanes' names are headings, read before their first phase's items
    labels = [squeeze(text) for tag, text in page[starts[0] : ends[0]] if tag == "H3"]
    lanes = [squeeze(lane.heading) for lane in journey.lanes if lane.kind != SCORE_LANE and lane.item_count()]
    assert [label for label in labels if label in lanes] == [lane for lane in lanes if lane in labels]
    assert len(set(labels) & set(lanes)) >= 4


@pytest.mark.parametrize("name", ["solar", "webshop"])
def test_every_text_item_is_in_the_tree_with_its_spaces(name: str, request: pytest.FixtureRequest) -> None:
    """Word for word, spaces and all: an item wrapped over lines does not run one line's last word
    into the next line's first when it is read out."""
    path, canvas = request.getfixturevalue(name)
    said = _words(" ".join(text for page in _reading(path) for _, text in page))
    missing = [f"{item.source}: {words!r}" for item, words in as_printed(canvas) if _words(words) not in said]
    assert missing == []


def _words(text: str) -> str:
    # casefold: the poster's kicker is set in capitals; U+2010: the hyphen a line ends in where a word
    # breaks at its own hyphen (drawn so that readers keep it)
    return " ".join(text.casefold().replace("\u2010", "-").split())


def test_the_curve_is_a_figure_that_says_what_it_shows(webshop: tuple[Path, Canvas]) -> None:
    path, canvas = webshop
    journey = canvas.journeys[0]
    means = [journey.phase_mean(i) for i in range(len(journey.phases))]
    scored = [(m, p.name) for m, p in zip(means, journey.phases) if m is not None]
    lowest, highest = min(scored)[1], max(scored)[1]
    with pikepdf.open(path) as pdf:
        figures = [e for e in _tree(pdf)[0] if e.S == "/Figure"]
        assert len(figures) == 1
        alt = str(figures[0].Alt)
        assert re.search(rf"'{re.escape(lowest)}'.*slechtst", alt) and re.search(rf"'{re.escape(highest)}'.*best", alt)
        x0, y0, x1, y1 = (float(v) for v in figures[0].A.BBox)
        assert x1 - x0 > float(pdf.pages[0].trimbox[2]) * 0.5 and y1 > y0
        assert len(_mcids(figures[0])) > 1  # the curve's lines and its figures are one picture


def test_a_word_broken_between_characters_reads_as_one_word(tmp_path: Path) -> None:
    """A line break inside a long word (a URL) gets no space when read out; breaks between words do."""
    url = "https://example.org/" + "aanbestedingen-" * 12 + "overzicht"
    path = make_book(
        tmp_path / "url.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "D1": "Gebruik",
                "A2": "Klantproces",
                "B2": f"Leest {url} en vergelijkt de prijzen van drie leveranciers",
                "C2": "Bestelt",
                "D2": "Gebruikt",
            }
        },
    )
    said = _words(" ".join(text for page in _reading(build_poster(path, tmp_path / "out", "A3")) for _, text in page))
    assert _words(f"Leest {url} en vergelijkt de prijzen van drie leveranciers") in said


def test_wrapped_lines_know_where_a_word_was_broken_through_slices_and_sums() -> None:
    lines = wrap("aa " + "b" * 30 + " cc", 10.0, len)
    assert lines == ["aa", "bbbbbbbbbb", "bbbbbbbbbb", "bbbbbbbbbb", "cc"]
    assert lines.glued == {1, 2}
    assert lines[2:].glued == {0} and lines[:2].glued == {1}
    assert (lines[:2] + lines[2:]).glued == {1, 2}


def test_the_tree_reads_a_sheets_tiers_top_to_bottom(tmp_path: Path) -> None:
    """Two parts of a journey split for its long words, one above the other on one A2 portrait sheet (#31):
    the tree reads the upper part (its band, its phases) before the lower's, never the two interleaved."""
    steps = ["Leest productrecensies", "Vergelijkt bezorgmogelijkheden", "Zoekt retourvoorwaarden"]
    steps += ["Vult winkelwagentje", "Kiest betaalmogelijkheid", "Ontvangt orderbevestiging"]
    steps += ["Volgt pakketbezorging", "Belt klantenservicemedewerker", "Schrijft productbeoordeling"]
    steps += ["Meldt zich aan voor loyaliteitsprogramma"]
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces"}
    for index, step in enumerate(steps):
        column = "BCDEFGHIJK"[index]
        cells[f"{column}1"], cells[f"{column}2"] = f"Stap {index + 1}", step
    pdf = build_poster(make_book(tmp_path / "tiers.xlsx", {"Klantreis": cells}), tmp_path / "out", "A2", portrait=True)
    (page,) = _reading(pdf)
    said = [text.strip() for _, text in page]
    read = [
        said.index(text) for text in ("Klantreis (1/2)", "Stap 1", "Stap 5", "Klantreis (2/2)", "Stap 6", "Stap 10")
    ]
    assert read == sorted(read), said
    cells_read = [next(i for i, text in enumerate(said) if step.split()[-1] in text) for step in steps]
    assert max(cells_read[:5]) < said.index("Klantreis (2/2)") < min(cells_read[5:]), said


def test_the_tree_reads_journeys_sharing_a_sheet_one_after_the_other(tmp_path: Path) -> None:
    """Three short journeys of one workbook, one above the other on one A1 sheet (#31): the tree reads each
    journey (its title, its phases, its cells) before the next one's title, never two interleaved."""
    journeys = {
        "Forens": ("Melden", "Belt over lekke band"),
        "Student": ("Zoeken", "Vindt werkplaats via kaart"),
        "Ouder": ("Plannen", "Plant onderhoud bakfiets"),
    }
    sheets: dict[str, dict[str, object]] = {}
    for who, (phase, step) in journeys.items():
        cells: dict[str, object] = {"A1": f"Klantreis {who}", "A3": "Fase", "A4": "Klantproces", "A5": "Score"}
        cells.update({"B3": phase, "C3": f"{phase} verder", "B4": step, "C4": "Komt terug", "B5": 1, "C5": -1})
        sheets[who] = cells
    pdf = build_poster(make_book(tmp_path / "samen.xlsx", sheets), tmp_path / "out", "A1")
    pages = _reading(pdf)
    said = [text.strip() for _, text in pages[0]]
    assert all(f"Klantreis {who}" in said for who in journeys), said  # the three on the first sheet
    read = []
    for who, (phase, step) in journeys.items():
        title = next(i for i, text in enumerate(said) if text == f"Klantreis {who}")
        read += [title, said.index(phase), next(i for i, text in enumerate(said) if step in text)]
    assert read == sorted(read), said
