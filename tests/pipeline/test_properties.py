"""Random canvases, written as teams write them: reading never crashes and every word reaches
the model, the PDF and the deck (property-based, with hypothesis)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.model import LaneKind
from canvasgen.pipeline import BuildOptions, run
from canvasgen.render.xlsx.cells import set_text
from canvasgen.text import is_blank, label_key
from canvasgen.units import PrintOptions, parse_paper
from canvasgen.words import LANE_LABELS
from tests.support.layouts import default_kit
from tests.support.read_back import lost_lines, printed_in, shape_texts, slide_text, squeeze, title_of
from tests.support.reading import read_canvas
from tests.support.shapes import Unread

pytestmark = pytest.mark.slow

# Latin with Dutch accents, Greek, Cyrillic, CJK and emoji; no control characters (XML cannot hold them).
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from("éëïöüàçñß€‘’“”–—•"),
    st.characters(min_codepoint=0x391, max_codepoint=0x3C9),
    st.characters(min_codepoint=0x410, max_codepoint=0x44F),
    st.sampled_from("客户旅程体验😀🚀✓→☃"),
)
WORD = st.text(ALPHABET, min_size=1, max_size=12).filter(Unread(lambda w: w.strip() and not w.startswith(("'",))))
LINE = st.lists(WORD, min_size=1, max_size=8).map(" ".join)


def _said_over_and_over(words: list[str]) -> str:
    once = " ".join(words)
    return " ".join([once] * (600 // len(once) + 1))[:600].rstrip()


CELL = st.one_of(
    st.just(""),
    st.lists(LINE, min_size=1, max_size=4).map("\n".join),
    # a long cell: up to a dozen words said over and over to 600 characters (cut anywhere, mid-word too), drawn
    # cheaply: 80 to 120 words drawn one by one made hypothesis throw draws away as too large
    st.lists(WORD, min_size=1, max_size=12).map(_said_over_and_over),
)
KNOWN = [label for lang in LANE_LABELS.values() for kind, label in lang.items() if kind != "score"]


@st.composite
def canvases(draw: st.DrawFn) -> dict[str, object]:
    phases = draw(st.lists(LINE.map(lambda t: t[:30]), min_size=3, max_size=10, unique_by=label_key))
    phases = [p for p in phases if label_key(p) and not is_blank(p)]
    if len(phases) < 3:
        phases = [f"Fase {i}" for i in range(1, 4)]
    known = draw(st.lists(st.sampled_from(KNOWN), min_size=2, max_size=6, unique_by=label_key))
    custom = draw(st.lists(LINE.map(lambda t: t[:25]), max_size=3))
    lanes = list(dict.fromkeys(known + [c for c in custom if label_key(c) and not is_blank(c)]))
    lanes = [lane for lane in lanes if label_key(lane) not in {label_key(p) for p in phases}]
    cells = draw(
        st.lists(st.lists(CELL, min_size=len(phases), max_size=len(phases)), min_size=len(lanes), max_size=len(lanes))
    )
    return {
        "phases": phases,
        "lanes": lanes,
        "cells": cells,
        "row": draw(st.integers(1, 6)),
        "col": draw(st.integers(1, 4)),
        "transposed": draw(st.booleans()),
        "title_above": draw(st.booleans()),
        "merge": draw(st.booleans()),
    }


def write(spec: dict[str, object], path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Reis"
    r0, c0 = int(spec["row"]), int(spec["col"])  # type: ignore[call-overload]
    phases: list[str] = spec["phases"]  # type: ignore[assignment]
    lanes: list[str] = spec["lanes"]  # type: ignore[assignment]
    cells: list[list[str]] = spec["cells"]  # type: ignore[assignment]

    def put(r: int, c: int, value: str) -> None:
        if spec["transposed"]:
            r, c = c, r  # phases down, lanes across
        set_text(ws.cell(r0 + r, c0 + c), value)

    put(0, 0, "Fase" if not spec["transposed"] else "Phase")
    for j, phase in enumerate(phases, start=1):
        put(0, j, phase)
    for i, lane in enumerate(lanes, start=1):
        put(i, 0, lane)
        for j, text in enumerate(cells[i - 1], start=1):
            if text:
                put(i, j, text)
    if spec["merge"] and not spec["transposed"]:
        # Merge each filled cell with an empty neighbour on its right, as teams do to widen a note.
        for i in range(1, len(lanes) + 1):
            for j in range(1, len(phases)):
                if cells[i - 1][j - 1] and not cells[i - 1][j]:
                    ws.merge_cells(start_row=r0 + i, start_column=c0 + j, end_row=r0 + i, end_column=c0 + j + 1)
                    break
    if spec["title_above"] and not spec["transposed"]:
        ws.cell(r0 - 1 if r0 > 1 else r0 + len(lanes) + 3, c0 + 2, "Customer journey canvas")
    wb.save(path)


# Eight random canvases: each is read, built to a poster and a deck and read back out of both (about half a
# second of CPU each); eight draw every shape the strategy has (across or down, merged, titled, long cells, five
# scripts) while the words of every one are checked on all three.
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(canvases())
def test_every_word_reaches_model_pdf_and_deck(spec: dict[str, object]) -> None:
    _, fonts = default_kit()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reis.xlsx"
        write(spec, path)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
        options = BuildOptions(Path(folder), parse_paper("A2"), PrintOptions(), "nl", dt.date(2026, 1, 1), pptx=True)
        result = run(path, options, canvas=canvas)
        # each page's text extracted once (pypdf's extraction was a quarter of this test): the whole poster's
        # as ``pdf_text`` joins it, and each page's for the once-per-page check below
        page_texts = [page.extract_text() or "" for page in PdfReader(result.pdf).pages]
        pdf = squeeze("\n".join(page_texts))
        deck = squeeze(slide_text(result.pptx))
        reported = {w.message for w in result.warnings}
        for item in canvas.texts():
            runs, missing = fonts.runs(item.text, "body")
            printed = "".join(text for text, _ in runs)
            # whole, or split at a line where it goes on (on the next page, and on in its next column)
            assert printed_in(printed, pdf, splits=2), item
            for m in missing:  # each character named in a warning (one per cell)
                assert any(f"{m.char!r} (U+{ord(m.char):04X})" in message for message in reported), m
            assert squeeze(item.text) in deck, item
        # A cell merged over phases is in each of them in the model, drawn once per poster page (one box
        # across its phases) and one card on the deck's pains and opportunities slides. Channel and
        # touchpoint lanes are left out (their items are named again, by design, in the channels-per-phase
        # rows), and texts of no letter (squeezed digits also arise from neighbouring headers and numbers).
        texts = [squeeze(item.text) for item in {id(item): item for item in canvas.texts()}.values()]
        merged = [
            (lane, squeeze(item.text))
            for journey in canvas.journeys
            for lane in journey.lanes
            for item, first, last in lane.once()
            if last > first
            and len(squeeze(item.text)) > 6
            and lane.kind not in (LaneKind.CHANNELS, LaneKind.TOUCHPOINTS)
            and any(character.isalpha() for character in item.text)
        ]
        merged = [(lane, text) for lane, text in merged if sum(text in other for other in texts) == 1]
        pages = [squeeze(text) for text in page_texts]
        cards = squeeze(pains_text(result.pptx))
        for lane, text in merged:
            assert all(page.count(text) <= 1 for page in pages), text
            if lane.kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
                assert cards.count(text) <= 1, text  # whole once (or cut over a follow-up slide: in `deck`)


def pains_text(pptx: Path) -> str:
    """The text of the deck's pains and opportunities slides (their follow-ups too)."""
    return "\n".join(
        text
        for slide in Presentation(str(pptx)).slides
        if title_of(slide).startswith("Pijnpunten en kansen")
        for shape in slide.shapes
        for text in shape_texts(shape)
    )
