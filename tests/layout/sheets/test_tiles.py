"""The poster tiled on office paper: sheet counts and sizes for A0-A2 posters, windows that overlap and
add up to the poster, everything inside the printable area, every word of the poster readable whole
on at least one sheet, found by position in the PDF, and no seam through a word once the sheets are put
together (only a line too long for one sheet is crossed, between its words where it can be)."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from pathlib import Path

import pypdfium2
import pytest

from canvasgen.analysis.analyse import analyse
from canvasgen.brand.colors import WHITE
from canvasgen.errors import CanvasWarning
from canvasgen.layout.boxes import Box, Page, PosterLayout, Rect, Stroke
from canvasgen.layout.sheets.tiles import Sheet, blank
from canvasgen.layout.sheets.tiling import (
    CLEARANCE,
    GUTTER,
    MIN_OVERLAP,
    UNPRINTABLE,
    Obstacles,
    column_letters,
    cuts,
    sheet_window,
)
from canvasgen.model import Canvas
from canvasgen.pipeline.kit import KitOptions, run_kit, tiled_poster
from canvasgen.pipeline.read import read
from canvasgen.pipeline.warm import brand_kit
from canvasgen.render.pdf.document import render_pdf
from canvasgen.render.pdf.tiles import render_sheets
from canvasgen.units import A_SIZES_MM, PrintOptions, mm, parse_paper
from tests.support.workbooks import CANVASES, big_canvas, make_book, trapkracht

SOURCE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
#: On one worker: the tiled posters are made once and read by every test here.
pytestmark = pytest.mark.xdist_group("tiles")


def _tiled(
    canvas: Canvas, source: Path, options: KitOptions, language: str
) -> tuple[PosterLayout, list[Sheet], list[CanvasWarning]]:
    """The kit's tiled poster as its run makes it: the canvas analysed once, the kit fetched once."""
    return tiled_poster(
        canvas, analyse(canvas, str(source)), source, options, language=language, brand=brand_kit(options.brand)
    )


def test_windows_overlap_and_add_up_to_the_length() -> None:
    total, span = mm(841), mm(192)
    windows = [(c.start, c.end) for c in cuts(total, span, Obstacles([]))]
    assert windows[0][0] == 0 and windows[-1][1] == pytest.approx(total)
    assert all(b - a == pytest.approx(span) for a, b in windows)
    overlaps = [windows[i][1] - windows[i + 1][0] for i in range(len(windows) - 1)]
    assert all(o >= MIN_OVERLAP - 1e-6 for o in overlaps)
    assert sum(b - a for a, b in windows) - sum(overlaps) == pytest.approx(total)
    assert len(windows) == math.ceil((total - MIN_OVERLAP) / (span - MIN_OVERLAP))  # no more sheets than needed


def test_a_seam_on_a_word_moves_beside_it() -> None:
    total, span = mm(841), mm(192)
    plain = cuts(total, span, Obstacles([]))
    seam = plain[1].seam
    word = (seam - mm(20), seam + mm(10))  # where the plain seam would go through it
    moved = cuts(total, span, Obstacles([word]))
    assert not any(word[0] < c.seam < word[1] for c in moved)
    assert min(abs(c.seam - edge) for c in moved for edge in word) == pytest.approx(CLEARANCE)  # just beside it
    for before, after in itertools.pairwise(moved):
        assert before.end - after.seam >= MIN_OVERLAP - 1e-6  # still taped over the overlap
    # A word of a line too long for one sheet is cut rather than any other.
    wide = (seam - mm(5), seam + mm(5))
    crossed = cuts(total, span, Obstacles([word], [wide]))
    assert not any(word[0] < c.seam < word[1] for c in crossed)


def test_a_poster_smaller_than_a_sheet_is_one_window() -> None:
    assert [(c.start, c.end) for c in cuts(mm(100), mm(192), Obstacles([]))] == [(0.0, mm(100))]


def test_sheet_names_run_on_past_z() -> None:
    assert [column_letters(i) for i in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]


class Tiled:
    """The example's poster tiled (as the kit tiles it: its options, its language) and its poster and tile
    sheets written, once per module for each poster and office paper: values the tests read, never change."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._made: dict[tuple[str, str], tuple[PosterLayout, list[Sheet], Path]] = {}

    def __call__(self, size: str = "A1", tile: str = "A4") -> tuple[PosterLayout, list[Sheet], Path]:
        """The poster, its sheets, and the folder holding ``poster.pdf`` and ``tiles.pdf``."""
        if (size, tile) not in self._made:
            out = self.folder / f"{size}-{tile}"
            out.mkdir()
            canvas = read(SOURCE)
            poster, sheets, _ = _tiled(canvas, SOURCE, KitOptions(out, size=size, tile=tile), "nl")
            kit, fonts, _ = brand_kit(None)
            render_pdf(poster, kit, fonts, out / "poster.pdf", PrintOptions(bleed_mm=0.0), "poster", SOURCE.name)
            render_sheets(poster, sheets, kit, fonts, out / "tiles.pdf", "tiles", "reis.xlsx")
            self._made[(size, tile)] = (poster, sheets, out)
        return self._made[(size, tile)]


@pytest.fixture(scope="module")
def tiled(tmp_path_factory: pytest.TempPathFactory) -> Tiled:
    return Tiled(tmp_path_factory.mktemp("tiled"))


def test_the_kit_tiles_the_poster_of_its_size_on_the_paper_asked_for(tmp_path: Path, tiled: Tiled) -> None:
    """The kit's own run, end to end: its tiles PDF holds the sheets tiled from the poster of ``size`` on the
    office paper of ``tile``, the same sheets as the kit's tiling above."""
    run_kit(SOURCE, KitOptions(tmp_path, size="A2", tile="A3"))
    pdf = pypdfium2.PdfDocument(tmp_path / f"{SOURCE.stem}-tiles.pdf")
    paper = sorted(mm(side) for side in A_SIZES_MM["A3"])
    assert all(sorted(pdf[i].get_size()) == pytest.approx(paper, abs=0.5) for i in range(len(pdf)))
    assert "A2-poster op " in pdf[0].get_textpage().get_text_range()
    _, sheets, _ = tiled("A2", "A3")
    assert len(pdf) == len(sheets) > 2


@pytest.mark.parametrize(("size", "tile"), [("A0", "A4"), ("A1", "A4"), ("A2", "A4"), ("A1", "A3"), ("A2", "A3")])
def test_sheet_count_and_paper_size(size: str, tile: str, tiled: Tiled) -> None:
    _, _, folder = tiled(size, tile)
    pdf = pypdfium2.PdfDocument(folder / "tiles.pdf")
    paper = sorted(mm(side) for side in A_SIZES_MM[tile])
    assert all(sorted(pdf[i].get_size()) == pytest.approx(paper, abs=0.5) for i in range(len(pdf)))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    summary = re.compile(
        rf"{size}-poster op (\d+) {tile}-vellen: (\d+) kolommen × (\d+) rijen"
        r"(?:\. Niet afgedrukt, want er staat niets op: ([A-Z0-9,\s]+?)\s*\()?"
    )
    index, seen = 0, 0
    poster = parse_paper(size)
    while index < len(texts):  # an index sheet, then its sheets named A1, B1, ... in rows
        found = summary.search(texts[index])
        assert found, texts[index][:200]
        count, cols, rows = (int(g) for g in found.groups()[:3])
        skipped = re.split(r",\s*", found.group(4)) if found.group(4) else []
        assert count == cols * rows - len(skipped)
        window = sheet_window(tuple(pdf[index + 1].get_size()))  # type: ignore[arg-type]
        assert cols >= math.ceil((poster[0] - MIN_OVERLAP) / (window.w - MIN_OVERLAP))
        assert rows >= math.ceil((poster[1] - MIN_OVERLAP) / (window.h - MIN_OVERLAP))
        names = [f"{column_letters(c)}{r + 1}" for r in range(rows) for c in range(cols)]
        names = [name for name in names if name not in skipped]
        for offset, name in enumerate(names, start=1):
            assert re.search(rf"(^|\s){name}(\s|$)", texts[index + offset]), name
        index += 1 + count
        seen += 1
    assert seen == 2  # the journey page and its companion page; not the continuation page


def test_windows_cover_the_poster_with_overlaps(tiled: Tiled) -> None:
    poster, sheets, _ = tiled()
    tiles = [s for s in sheets if s.tile is not None and s.windows[0].page == 0]
    columns = sorted({(s.windows[0].source.x, s.windows[0].source.right) for s in tiles})
    rows = sorted({(s.windows[0].source.y, s.windows[0].source.bottom) for s in tiles})
    for spans, total in ((columns, poster.width), (rows, poster.height)):
        overlaps = [spans[i][1] - spans[i + 1][0] for i in range(len(spans) - 1)]
        assert spans[0][0] == 0 and spans[-1][1] == pytest.approx(total)
        assert all(o >= MIN_OVERLAP - 1e-6 for o in overlaps)
        assert sum(b - a for a, b in spans) - sum(overlaps) == pytest.approx(total)
    for sheet in tiles:
        assert sheet.windows[0].scale == pytest.approx(1.0)  # the poster at its real size


def test_a_sheet_with_nothing_on_it_is_left_out_and_the_index_shows_the_gap(tiled: Tiled) -> None:
    # the A0 example's pages have A4 sheets with nothing but background on them (at A1 its second page had too,
    # until its channel rows were one fewer and its touchpoint cards set larger: #31)
    poster, sheets, folder = tiled("A0", "A4")
    index = [s for s in sheets if s.tile is None]
    left_out = {label for s in index for label in s.left_out}
    assert left_out
    printed = [s for s in sheets if s.tile is not None]
    assert not any(blank(poster.pages[s.windows[0].page], s.tile.own) for s in printed if s.tile is not None)
    pdf = pypdfium2.PdfDocument(folder / "tiles.pdf")
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert len(texts) == len(sheets)
    for number, sheet in enumerate(sheets):
        if sheet.tile is None and sheet.left_out:
            said = " ".join(texts[number].split())  # the index's note, over two lines where it lists many
            assert "Niet afgedrukt, want er staat niets op: " + ", ".join(sheet.left_out) in said
        elif sheet.tile is not None:
            assert sheet.tile.label not in sheet.left_out
            window = sheet.windows[0].box
            inside = _Placed(_chars(pdf[number])).within(window)
            assert any(ch.strip() for ch, _ in inside), f"sheet {sheet.tile.label} shows no text of the poster"


def test_blank_is_nothing_but_background() -> None:
    page = Page(rects=[Rect(Box(0, 0, 100, 100), WHITE)], strokes=[Stroke([(0, 50), (100, 50)], WHITE, 1)])
    assert blank(page, Box(0, 0, 100, 100))
    page.strokes.append(Stroke([(10, 10), (20, 30), (30, 10)], WHITE, 1))  # a curve is content
    assert not blank(page, Box(0, 0, 100, 100)) and blank(page, Box(40, 40, 50, 50))


def _chars(page: pypdfium2.PdfPage) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Every character with its box, y down from the top of the page."""
    text = page.get_textpage()
    height = page.get_size()[1]
    count = text.count_chars()
    # The page's text read once, where it has one letter for each of PDFium's characters (it counts UTF-16
    # units and leaves some out of the text: then each is read alone, as before); reading each character
    # alone was most of the tests' time here.
    whole = text.get_text_range(0, count)
    out = []
    for i in range(count):
        left, bottom, right, top = text.get_charbox(i)
        char = whole[i] if len(whole) == count else text.get_text_range(i, 1)
        out.append((char, (left, height - top, right, height - bottom)))
    return out


def _words(chars: list[tuple[str, tuple[float, float, float, float]]]) -> list[tuple[str, Box]]:
    """Runs of characters without space on one line, each with the box around them."""
    words: list[tuple[str, Box]] = []
    run: list[tuple[str, tuple[float, float, float, float]]] = []
    for ch, box in [*chars, (" ", (0, 0, 0, 0))]:
        same_line = run and box[1] < run[-1][1][3] and box[3] > run[-1][1][1]  # their heights overlap
        if ch.isspace() or (run and not same_line):
            if run:
                x0, y0 = min(b[0] for _, b in run), min(b[1] for _, b in run)
                x1, y1 = max(b[2] for _, b in run), max(b[3] for _, b in run)
                words.append(("".join(c for c, _ in run), Box(x0, y0, x1 - x0, y1 - y0)))
            run = [] if ch.isspace() else [(ch, box)]
        else:
            run.append((ch, box))
    return words


class _Placed:
    """A sheet's characters with their boxes, found by position: those inside a box, in the page's order
    (the characters whose top lies within the box's height are looked at, not every one on the sheet)."""

    def __init__(self, chars: list[tuple[str, tuple[float, float, float, float]]]) -> None:
        self.chars = [(ch, Box(b[0], b[1], b[2] - b[0], b[3] - b[1])) for ch, b in chars]
        self.tops = sorted((box.y, i) for i, (_, box) in enumerate(self.chars))

    def within(self, outer: Box, slack: float = 0.5) -> list[tuple[str, Box]]:
        low = bisect.bisect_left(self.tops, (outer.y - slack, -1))
        high = bisect.bisect_right(self.tops, (outer.bottom + slack, len(self.chars)))
        found = sorted(i for _, i in self.tops[low:high] if _inside(self.chars[i][1], outer, slack))
        return [self.chars[i] for i in found]


def _inside(inner: Box, outer: Box, slack: float = 0.5) -> bool:
    return (
        outer.x - slack <= inner.x
        and inner.right <= outer.right + slack
        and outer.y - slack <= inner.y
        and inner.bottom <= outer.bottom + slack
    )


@pytest.mark.slow
@pytest.mark.parametrize(("size", "tile"), [("A1", "A4"), ("A0", "A3")])
def test_every_word_of_the_poster_is_whole_on_a_sheet(size: str, tile: str, tiled: Tiled) -> None:
    _, sheets, folder = tiled(size, tile)
    source = pypdfium2.PdfDocument(folder / "poster.pdf")
    tiles = pypdfium2.PdfDocument(folder / "tiles.pdf")
    shown = {i: _Placed(_chars(tiles[i])) for i, s in enumerate(sheets) if s.tile is not None}
    for page_index in {w.page for s in sheets for w in s.windows}:
        words = _words(_chars(source[page_index]))
        assert len(words) > 100
        for text, box in words:
            homes = [
                i
                for i in shown
                if sheets[i].windows[0].page == page_index and _inside(box, sheets[i].windows[0].source)
            ]
            assert homes, f"{text!r} at {box} is cut on every sheet"
            window = sheets[homes[0]].windows[0]
            k = window.scale
            there = Box(
                window.box.x + (box.x - window.source.x) * k,
                window.box.y + (box.y - window.source.y) * k,
                box.w * k,
                box.h * k,
            )
            assert _inside(there, window.box)  # inside the part of the sheet the poster shows on
            found = "".join(ch for ch, b in shown[homes[0]].within(there) if not ch.isspace())
            assert found == text, (text, found, sheets[homes[0]].tile)


def test_everything_on_a_sheet_is_inside_the_printable_area(tiled: Tiled) -> None:
    _, sheets, _ = tiled()
    for sheet in sheets:
        width, height = sheet.size
        printable = Box(UNPRINTABLE, UNPRINTABLE, width - 2 * UNPRINTABLE, height - 2 * UNPRINTABLE)
        for window in sheet.windows:
            assert _inside(window.box, printable, 0)
        for rect in sheet.page.rects:
            assert _inside(rect.box, printable, 0.01), rect
        for stroke in sheet.page.strokes:
            assert all(_inside(Box(x, y, 0, 0), printable, -stroke.width / 2) for x, y in stroke.points)
        for block in sheet.page.blocks:  # the sheet's own text: labels, steps, the band
            for line in block.lines:
                assert _inside(Box(line.x, line.y - line.size, line.width, line.size * 1.3), printable, 0), line.text
        if sheet.tile is not None:
            assert sheet.windows[0].box.x == pytest.approx(UNPRINTABLE + GUTTER)


def test_the_pages_a_journey_goes_on_over_are_tiled_with_it(tmp_path: Path) -> None:
    path = big_canvas(tmp_path)
    canvas = read(path)
    poster, sheets, _ = _tiled(canvas, path, KitOptions(tmp_path, size="A2"), "nl")
    tiled = {w.page for s in sheets for w in s.windows}
    journey = {i for i, p in enumerate(poster.pages) if p.kind == "poster" or (p.journey_text and not p.notes_only)}
    assert tiled == journey
    assert any(poster.pages[i].kind == "continued" for i in tiled)  # the cells' text goes on there
    _, every, _ = _tiled(canvas, path, KitOptions(tmp_path, size="A2", tile_all=True), "nl")
    assert {w.page for s in every for w in s.windows} == set(range(len(poster.pages)))


def _full_journeys_with_notes(path: Path) -> Path:
    """Two journeys (ideal and current) whose pages are full, and the workbook's notes beside each canvas (cells
    past an empty column): the notes go on a page of their own after each journey's page."""
    phases = ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"]
    lanes = [
        "Wat doet de inwoner?",
        "Wat doet de gemeente?",
        "Contactmomenten",
        "Wat leren we?",
        "Pijnpunten",
        "Kansen",
    ]
    cells: dict[str, object] = {"A1": "Fase"} | {f"{chr(66 + i)}1": phase for i, phase in enumerate(phases)}
    for row, lane in enumerate(lanes, start=2):
        cells[f"A{row}"] = lane
        for i, phase in enumerate(phases):
            cells[f"{chr(66 + i)}{row}"] = (
                f"{lane} bij {phase.lower()}: wat er gebeurt en waarom, wie het doet, wanneer, met welk formulier "
                "en welke vragen er dan nog open staan bij de inwoner"
            )
    # more notes than the foot of the journeys' last page holds (notes go there since w18/client): pages of notes
    for n in range(1, 120):
        cells[f"I{n}"] = f"Notitie {n}: overleg met team Burgerzaken over de stap en de planning van de werkgroep"
    return make_book(path, {"Ideaal": cells, "Huidig": dict(cells)})


def test_a_page_of_notes_only_is_not_tiled(tmp_path: Path) -> None:
    """Round 18 (finding 6): the page after each journey's that holds only the workbook's notes was tiled into
    eight A4 sheets of nothing but seam marks and a footer: only the journey pages (and the pages their cells go
    on over) are tiled, every page with ``--tile-all``."""
    path = _full_journeys_with_notes(tmp_path / "verhuizen.xlsx")
    canvas = read(path)
    poster, sheets, _ = _tiled(canvas, path, KitOptions(tmp_path, size="A1"), "nl")
    notes = [i for i, p in enumerate(poster.pages) if any("Notitie 1:" in ln.text for b in p.blocks for ln in b.lines)]
    assert notes and all(poster.pages[i].kind == "continued" for i in notes)
    maps = {i for i, p in enumerate(poster.pages) if p.kind == "poster"}
    assert len(maps) == 2
    assert {w.page for s in sheets for w in s.windows} == maps
    _, every, _ = _tiled(canvas, path, KitOptions(tmp_path, size="A1", tile_all=True), "nl")
    assert set(notes) <= {w.page for s in every for w in s.windows}


def _lines(words: list[tuple[str, Box]]) -> list[tuple[list[tuple[str, Box]], float]]:
    """Words grouped in their lines (in reading order, heights overlapping), with each line's width."""
    lines: list[list[tuple[str, Box]]] = []
    for word in words:
        box = word[1]
        if lines and box.y < lines[-1][-1][1].bottom and box.bottom > lines[-1][-1][1].y and box.x > lines[-1][-1][1].x:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [(line, max(b.right for _, b in line) - min(b.x for _, b in line)) for line in lines]


@pytest.mark.parametrize(("size", "tile"), [("A1", "A4"), ("A0", "A3"), ("A2", "A4")])
def test_no_seam_goes_through_a_word_of_the_testers_canvas(size: str, tile: str, tmp_path: Path) -> None:
    source = trapkracht(tmp_path / "trapkracht.xlsx", long_cell="Ziet flyer in de kantine van het ziekenhuis " * 3)
    canvas = read(source)
    poster, sheets, _ = _tiled(canvas, source, KitOptions(tmp_path, size=size, tile=tile), "nl")
    kit, fonts, _ = brand_kit(None)
    render_pdf(poster, kit, fonts, tmp_path / "poster.pdf", PrintOptions(bleed_mm=0.0), "poster", source.name)
    pdf = pypdfium2.PdfDocument(tmp_path / "poster.pdf")
    window = sheet_window(sheets[1].size)
    for page in sorted({s.windows[0].page for s in sheets}):
        tiles = [s.tile for s in sheets if s.tile is not None and s.windows[0].page == page]
        seams = {round(t.own.x) for t in tiles if t.column} | {round(t.own.y) for t in tiles if t.row}
        assert seams  # the page is cut
        near = 0
        crossed = []
        for line, width in _lines(_words(_chars(pdf[page]))):
            for text, box in line:
                homes = [t for t in tiles if _inside(box, t.own, 0.01)]  # the part of a sheet seen when taped
                near += any(abs(box.x - x) < mm(15) or abs(box.right - x) < mm(15) for x in seams)
                if not homes:
                    assert width > window.w - MIN_OVERLAP, f"{text!r} at {box} is cut at a seam of page {page}"
                    crossed.append(text)
        assert near > 20  # words near the seams: the cuts were moved round them
        assert len(crossed) <= len(tiles)  # a title too long for one sheet: crossed at few words
