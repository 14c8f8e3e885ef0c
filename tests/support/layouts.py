"""The default kit, its fonts and a fixed date; posters and decks laid out or built with them, and the check
that a poster's text stays in its boxes."""

from __future__ import annotations

import datetime as dt
import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from unittest import mock

import canvasgen.pipeline.kit as kit_pipeline
import canvasgen.pipeline.render as render_pipeline
from canvasgen.analysis.analyse import analyse
from canvasgen.brand.kit import BrandKit, load_kit
from canvasgen.layout.boxes import Page, PosterLayout
from canvasgen.layout.deck.deck import DeckLayout, layout_deck
from canvasgen.layout.poster.poster import PosterSpec, layout_poster
from canvasgen.layout.sheets.cards import sheets_of
from canvasgen.layout.text.fonts import FontSet
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Canvas
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH, BuildOptions, run
from canvasgen.pipeline.kit import KitOptions, KitResult, run_kit
from canvasgen.units import PrintOptions, parse_paper
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, CORPUS, DATA

DATE = dt.date(2026, 11, 23)


def laid_poster(canvas: Canvas, kit: BrandKit, fonts: FontSet, spec: PosterSpec) -> PosterLayout:
    """The poster as a run lays it out: the canvas analysed once, its views handed to the layout."""
    return layout_poster(canvas, kit, fonts, spec, views=analyse(canvas, canvas.file).views)


def laid_deck(canvas: Canvas, kit: BrandKit, setter: Setter, size: tuple[float, float], language: str) -> DeckLayout:
    """The deck as a run lays it out: the canvas analysed once, its views handed to the layout."""
    return layout_deck(canvas, kit, setter, size[0], size[1], language, views=analyse(canvas, canvas.file).views)


@lru_cache
def default_kit() -> tuple[BrandKit, FontSet]:
    kit, _ = load_kit("default")
    return kit, FontSet.load(kit.heading_font, kit.body_font, kit.fallback_fonts)


@lru_cache
def deck_fonts() -> FontSet:
    """The default kit's deck fonts: Calibri, measured with Carlito."""
    kit, _ = load_kit("default")
    return FontSet.for_deck(kit.deck, kit.fallback_fonts)


def _in_repository(path: Path) -> bool:
    """A workbook of the repository's (examples, look-alikes, the corpus), never rewritten by a test."""
    return path.resolve().parent in {CANVASES.resolve(), DATA.resolve(), CORPUS.resolve()}


def canvas_of(path: Path) -> Canvas:
    """The canvas ``read_canvas`` reads from a workbook: a copy of the test's own of the reading kept for the
    test process (``tests.support.reading``), so that a test that changes its canvas (or a run that shows its
    dates in another language) changes no other test's."""
    return read_canvas(path)


def poster(path: Path, size: str = "A1", portrait: bool = False) -> PosterLayout:
    """The poster layout of a workbook with the default kit, in Dutch, on the fixed date; laid out once per
    test process for the repository's workbooks (a layout is a value: tests read it, never change it)."""
    if _in_repository(path):
        return _shared_poster(path.resolve(), size, portrait)
    return _poster(path, size, portrait)


@cache
def _shared_poster(path: Path, size: str, portrait: bool) -> PosterLayout:
    return _poster(path, size, portrait)


def _poster(path: Path, size: str, portrait: bool) -> PosterLayout:
    kit, fonts = default_kit()
    width, height = parse_paper(size, portrait)
    return laid_poster(canvas_of(path), kit, fonts, PosterSpec(width, height, "nl", path.name, DATE))


def example_deck(path: Path) -> DeckLayout:
    """A workbook's deck layout with the default kit, in the language detected from it; laid out once per
    test process for the repository's workbooks."""
    if _in_repository(path):
        return _shared_deck(path.resolve())
    return _deck(path)


@cache
def _shared_deck(path: Path) -> DeckLayout:
    return _deck(path)


def _deck(path: Path) -> DeckLayout:
    kit, _fonts = default_kit()
    canvas = canvas_of(path)
    return laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), canvas.language or kit.language)


def assert_inside(layout: PosterLayout) -> None:
    """Every line inside its block's box and on the paper, none under the poster's minimum size."""
    for number, page in enumerate(layout.pages, start=1):
        for block in page.blocks:
            for line in block.lines:
                where = f"page {number}, {block.source}: {line.text!r}"
                assert line.x >= block.box.x - 0.01, where
                assert line.x + line.width <= block.box.right + 0.01, where
                assert block.box.y - 0.01 <= line.y - 0.7 * line.size, where  # cap height stays in the box
                assert line.y <= block.box.bottom + 0.01, where
                assert line.size >= layout.min_size - 1e-6, where
                assert line.x >= 0 and line.x + line.width <= layout.width, where


def companion_page(per_phase: int | None = None) -> tuple[Page, float]:
    """The webshop example's page of figures (A1), checked inside, and the poster's minimum size;
    ``per_phase``: only the first that many measured figures of each phase (a row whose every cell's
    tiles fit, so drawn as tiles: one style per row)."""
    webshop = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
    kit, fonts = default_kit()
    width, height = parse_paper("A1")
    canvas = read_canvas(webshop)
    if per_phase is not None:
        seen: dict[str | None, int] = {}
        kept = []
        for m in canvas.metrics:
            seen[m.phase] = seen.get(m.phase, 0) + (not m.is_cost)
            if m.is_cost or seen[m.phase] <= per_phase:
                kept.append(m)
        canvas.metrics = kept
    layout = laid_poster(canvas, kit, fonts, PosterSpec(width, height, "nl", webshop.name, DATE))
    assert_inside(layout)
    page = next(p for p in layout.pages if "cijfers" in p.title)
    assert min(line.size for block in page.blocks for line in block.lines) >= layout.min_size - 1e-6
    return page, layout.min_size


@contextmanager
def card_pages_kept() -> Iterator[list[list[Page]]]:
    """The card sheets the kit lays out while inside: the pipeline's own ``sheets_of``, called as the kit
    calls it (its faces with their blank cards, its setter), each result kept for the test to read."""
    kept: list[list[Page]] = []

    def keeping(*args: Any, **kwargs: Any) -> list[Page]:
        pages = sheets_of(*args, **kwargs)
        kept.append(pages)
        return pages

    with mock.patch.object(kit_pipeline, "sheets_of", keeping):
        yield kept


class Built:
    """The A1 poster and deck, and the workshop kit, of the repository's workbooks, each built once (through
    the pipeline, on the fixed date) and shared by every test that reads them: the ``built`` fixture. The files
    are for reading; a test that changes a file builds its own.

    The kits are kept per test process (their results are Python objects). The posters and decks, files, are
    built once per test run when ``shared`` is given: a folder that every pytest-xdist worker of the run sees.
    The first worker to need a file builds it there, holding a lock of that file's own (``flock``: the other
    workers that need it wait in the kernel for the build, never poll), and names it in a small note beside it;
    the others read the note. A build that fails leaves no note: the next worker builds it anew and fails
    as the first did."""

    def __init__(self, folder: Path, shared: Path | None = None) -> None:
        self.folder = folder
        self.shared = shared
        self._made: dict[tuple[Path, str], Path] = {}
        self._kits: dict[tuple[Path, str], tuple[Path, KitResult]] = {}
        self._card_pages: dict[tuple[Path, str], list[Page]] = {}

    def poster(self, path: Path) -> Path:
        return self._build(path, "pdf")

    def deck(self, path: Path) -> Path:
        return self._build(path, "pptx")

    def kit(self, path: Path, cards: str = "2x4") -> tuple[Path, KitResult]:
        """The workshop kit of a workbook (cards, handouts, tiles, changes workbook): its folder and result."""
        assert _in_repository(path), f"{path}: only the repository's workbooks are shared"
        key = (path.resolve(), cards)
        if key not in self._kits:
            out = self.folder / "kit" / cards / f"{path.parent.name}-{path.name}"
            with card_pages_kept() as kept:
                self._kits[key] = (out, run_kit(path, KitOptions(out, cards=cards)))
            assert len(kept) == 1, f"{path.name}: the kit laid its cards out {len(kept)} times"
            self._card_pages[key] = kept[0]
        return self._kits[key]

    def card_pages(self, path: Path, cards: str = "2x4") -> list[Page]:
        """The card sheets of a workbook's kit, as the kit laid them out (and printed them): its blank cards too."""
        self.kit(path, cards)
        return self._card_pages[(path.resolve(), cards)]

    def _build(self, path: Path, kind: str) -> Path:
        assert _in_repository(path), f"{path}: only the repository's workbooks are shared"
        key = (path.resolve(), kind)
        if key not in self._made:
            name = f"{path.parent.name}-{path.name}"
            if self.shared is None:
                self._made[key] = self._build_in(self.folder / kind / name, path, kind)
            else:
                self._made[key] = self._built_once(self.shared / kind / name, path, kind)
        return self._made[key]

    def _built_once(self, out: Path, path: Path, kind: str) -> Path:
        """The file built in ``out`` by whichever worker of the run came first (this one if none has)."""
        out.mkdir(parents=True, exist_ok=True)
        note = out / "built.txt"
        with open(out / "lock", "w", encoding="utf-8") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released as the file closes, the build ended or failed
            if not note.is_file():
                made = self._build_in(out, path, kind)
                note.write_text(made.name, encoding="utf-8")
            return out / note.read_text(encoding="utf-8")

    @staticmethod
    def _build_in(out: Path, path: Path, kind: str) -> Path:
        options = BuildOptions(
            out, parse_paper("A1"), PrintOptions(), None, DATE, pdf=kind == "pdf", pptx=kind == "pptx"
        )
        result = run(path, options, canvas=canvas_of(path))
        made = result.pdf if kind == "pdf" else result.pptx
        assert made is not None
        return made


def build_poster(path: Path, out: Path, size: str = "A1", portrait: bool = False, **print_options: object) -> Path:
    """The poster PDF of a workbook, built by the pipeline in this process on the fixed date (a repository's
    workbook read once per test process: ``canvas_of``)."""
    paper = parse_paper(size, portrait)
    options = BuildOptions(out, paper, PrintOptions(**print_options), None, DATE)  # type: ignore[arg-type]
    return run(path, options, canvas=canvas_of(path)).pdf


def build_poster_laid(path: Path, out: Path, size: str = "A1", portrait: bool = False) -> tuple[Path, PosterLayout]:
    """``build_poster``'s PDF and the layout the build drew it from (the pipeline's own ``layout_poster``,
    called as the build calls it): a test that reads the PDF by the layout's boxes lays it out once, not
    once more beside the build."""
    kept: list[PosterLayout] = []

    def keeping(*args: Any, **kwargs: Any) -> PosterLayout:
        layout = layout_poster(*args, **kwargs)
        kept.append(layout)
        return layout

    with mock.patch.object(render_pipeline, "layout_poster", keeping):
        pdf = build_poster(path, out, size, portrait)
    assert len(kept) == 1, f"{path.name}: the build laid its poster out {len(kept)} times"
    return pdf, kept[0]


def build_deck(path: Path, out: Path) -> Path:
    """The deck (PPTX) of a workbook, built by the pipeline in this process on the fixed date (a repository's
    workbook read once per test process: ``canvas_of``)."""
    options = BuildOptions(out, parse_paper("A1"), PrintOptions(), None, DATE, pdf=False, pptx=True)
    made = run(path, options, canvas=canvas_of(path)).pptx
    assert made is not None
    return made
