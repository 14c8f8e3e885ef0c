"""The poster layout as numbers, without drawing: boxes, sizes, order, continuations."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.poster.poster import PosterSpec, min_text_size
from canvasgen.layout.text.shares import share, share_with_curve
from canvasgen.layout.text.wrap import wrap
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, assert_inside, canvas_of, default_kit, laid_poster, poster
from tests.support.workbooks import CANVASES, DATA, SAMPLES, big_canvas, make_book


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_text_stays_in_its_box_and_above_the_minimum(path: Path) -> None:
    assert_inside(poster(path))


@pytest.mark.parametrize(("size", "portrait"), [("A3", False), ("A4", True), ("A0", False), ("700x500mm", False)])
def test_every_paper(size: str, portrait: bool) -> None:
    layout = poster(CANVASES / "example-hr-software-b2b.xlsx", size, portrait)
    assert_inside(layout)
    width, height = parse_paper(size, portrait)
    assert (layout.width, layout.height) == (width, height)
    assert (width < height) == portrait


def test_minimum_size_scales_with_the_paper() -> None:
    assert min_text_size(*parse_paper("A3")) == pytest.approx(9.0)
    assert min_text_size(*parse_paper("A1")) == pytest.approx(18.0, rel=1e-2)
    assert min_text_size(*parse_paper("A5")) == 6.0  # never under 6 pt


def test_lanes_keep_the_sheet_order() -> None:
    path = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    layout = poster(path)
    journey = canvas_of(path).journeys[0]
    label_cells = {str(lane.source) for lane in journey.lanes}
    drawn = [b.source for b in layout.pages[0].blocks if b.source in label_cells]
    expected = [str(lane.source) for lane in journey.lanes if lane.kind != "score"]
    assert drawn == expected


def test_lanes_share_the_height_by_content() -> None:
    layout = poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    blocks = {b.source: b for b in layout.pages[0].blocks}
    customer, experience = blocks["Klantreis!A11"], blocks["Klantreis!A13"]
    assert customer.box.h > experience.box.h  # three items per cell against one


def test_too_much_text_continues_on_later_pages(tmp_path: Path) -> None:
    layout = poster(big_canvas(tmp_path), "A3")
    assert_inside(layout)
    assert set(layout.body_sizes) == {layout.min_size}  # shrunk to the minimum, not below
    assert layout.continued
    assert len(layout.pages) > 1
    first = layout.continued[0]
    assert first.cell.startswith("Klantreis!") and first.page >= 2
    posters = [page for page in layout.pages if page.kind == "poster"]
    markers = [line.text for page in posters for b in page.blocks for line in b.lines if line.text.startswith("→")]
    assert len(markers) == len(layout.continued)
    assert all(m.endswith(str(c.page)) for m, c in zip(markers, layout.continued))


def test_missing_glyphs_are_reported_with_their_cell(tmp_path: Path) -> None:
    path = tmp_path / "emoji.xlsx"
    content = {"customer": ["Blij 😀 met ✓ en → en ☃ ሰ", "", ""]}
    write_workbook(WorkbookSpec("nl", [JourneySheet(["A", "B", "C"], default_lanes(), content=content)]), path)
    layout = poster(path)
    assert layout.problems == [
        (
            "Klantreis!B11",
            "character 'ሰ' (U+1230) cannot be drawn by the fonts; printed as \ufffd (install a font for Ethiopic "
            "with TrueType outlines (.ttf) on this machine, or add one to the brand kit's [fonts] fallbacks)",
        )
    ]  # Ethiopic: no bundled font has it; the emoji is drawn by the bundled emoji font
    line = next(li for b in layout.pages[0].blocks for li in b.lines if li.text.startswith("Blij"))
    fonts = {font.split("-")[0] for _, font in line.runs}
    assert fonts >= {"NotoSans", "NotoSansSymbols2", "NotoEmoji"}  # ✓ → ☃ from the symbol font, 😀 the emoji one


@pytest.mark.parametrize(
    ("needs", "total", "expected"),
    [
        ([10, 20, 30], 120, [20, 40, 60]),
        ([10, 100, 100], 110, [10, 50, 50]),
        ([5, 5], 4, [2, 2]),
        ([0, 0], 10, [5, 5]),
        ([], 10, []),
    ],
)
def test_share(needs: list[float], total: float, expected: list[float]) -> None:
    assert share(needs, total) == pytest.approx(expected)


def test_the_curve_takes_its_share_and_at_most_one_and_a_half_lanes() -> None:
    """scored-legacy: two one-line lanes and a score curve on an A3 page. The lanes once got ~40% of the page
    each and the curve a strip at the foot; then the curve got all the spare height, half the page for three
    points; now it gets at least its fair share (a third of the rows' height) and at most one and a half
    times a lane's height, the lanes the rest."""
    layout = poster(DATA / "scored-legacy-lookalike.xls", "A3")
    page = layout.pages[0]
    (curve,) = page.figures
    corner = next(r for r in page.rects if r.box.y > 60 and r.box.h < 40)  # the phase row's label
    lanes = [
        r.box
        for r in page.rects
        if abs(r.box.x - corner.box.x) < 0.01 and corner.box.bottom < r.box.y < curve.box.y - 1
    ]
    assert len(lanes) == 2
    mean = sum(lane.h for lane in lanes) / len(lanes)
    assert curve.box.h <= 1.5 * mean + 0.5
    assert curve.box.h >= (sum(lane.h for lane in lanes) + curve.box.h) / 3


@pytest.mark.parametrize(
    ("needs", "curve", "total", "expected"),
    [
        ([10.0, 10.0], 5.0, 300.0, ([300 / 3.5, 300 / 3.5], 450 / 3.5)),  # the curve 1.5 lanes, the lanes the rest
        ([100.0, 100.0], 10.0, 300.0, ([100.0, 100.0], 100.0)),  # its fair share (a third) is all there is
        ([100.0, 100.0, 100.0], 50.0, 380.0, ([100.0, 100.0, 100.0], 80.0)),  # no room for a margin
    ],
)
def test_share_with_curve(needs: list[float], curve: float, total: float, expected: tuple[list[float], float]) -> None:
    heights, curve_h = share_with_curve(needs, curve, total, 4.0)
    assert heights == pytest.approx(expected[0])
    assert curve_h == pytest.approx(expected[1])
    assert sum(heights) + curve_h == pytest.approx(total)


@pytest.mark.parametrize(
    ("needs", "curve", "readable", "expected"),
    [
        ([10.0], 50.0, 80.0, ([220.0], 80.0)),  # one lane: 1.5 of 2.5 parts was 180; a readable chart is 80
        ([10.0, 10.0], 50.0, 80.0, ([110.0, 110.0], 80.0)),  # its fair share (a third) capped at it too
        ([10.0], 120.0, 80.0, ([180.0], 120.0)),  # never less than the curve needs
    ],
)
def test_share_with_curve_stops_at_a_readable_chart(
    needs: list[float], curve: float, readable: float, expected: tuple[list[float], float]
) -> None:
    heights, curve_h = share_with_curve(needs, curve, 300.0, 4.0, readable)
    assert heights == pytest.approx(expected[0])
    assert curve_h == pytest.approx(expected[1])


def test_wrap_by_width() -> None:
    measure = len  # one unit per character
    assert wrap("aa bb cc dd", 5, measure) == ["aa bb", "cc dd"]
    assert wrap("abcdefghij", 4, measure) == ["abcd", "efgh", "ij"]
    assert wrap("", 4, measure) == [""]


def test_many_phases_split_over_pages_at_a_readable_width(tmp_path: Path) -> None:
    layout = poster(DATA / "long-many-stages-lookalike.xlsx")  # 21 phases in its first journey
    titles = [line.text for page in layout.pages for b in page.blocks if b.source == "title" for line in b.lines]
    # its words unbroken on two ("Planilha1", the sheet's default name, is no title: the journey's word is)
    assert "Customer journey (1/2)" in titles and "Customer journey (2/2)" in titles
    assert_inside(layout)


def test_a_cell_in_a_script_without_a_font_is_one_warning_listing_its_characters(tmp_path: Path) -> None:
    path = tmp_path / "thai.xlsx"
    content = {"customer": ["จองทดลองใช้ฟรี", "", "ทดลอง"]}  # Thai: no bundled font has it
    write_workbook(WorkbookSpec("nl", [JourneySheet(["A", "B", "C"], default_lanes(), content=content)]), path)
    problems = poster(path).problems
    first = [message for cell, message in problems if cell == "Klantreis!B11"]
    remedy = (
        " (install a font for Thai with TrueType outlines (.ttf) on this machine, or add one to the brand kit's"
        " [fonts] fallbacks)"
    )
    unique = dict.fromkeys("จองทดลองใช้ฟรี")  # each character named once
    listed = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in unique)
    assert first == [f"{len(unique)} characters cannot be drawn by the fonts: {listed}; printed as \ufffd{remedy}"]
    assert [m for cell, m in problems if cell == "Klantreis!D11"] == [
        "5 characters cannot be drawn by the fonts: 'ท' (U+0E17), 'ด' (U+0E14), 'ล' (U+0E25), 'อ' (U+0E2D), "
        f"'ง' (U+0E07); printed as \ufffd{remedy}"
    ]  # each cell names its own characters, also those another cell already had


def test_the_curve_says_its_scale_only_when_the_score_label_does_not(tmp_path: Path) -> None:
    kit, fonts = default_kit()
    said: dict[str, str] = {}
    for label, scores in (("Score (1-5)", [4, 2, 5]), ("Score", [4, 2, 5]), ("Score (-2 t/m +2)", [1, -1, 2])):
        cells = {"A1": "Fase", "B1": "Zoeken", "C1": "Kopen", "D1": "Gebruiken", "A2": "Klantproces", "A3": label}
        cells |= {"B2": "Zoekt", "C2": "Koopt", "D2": "Gebruikt", "B3": scores[0], "C3": scores[1], "D3": scores[2]}
        path = make_book(tmp_path / f"{len(said)}.xlsx", {"Reis": cells})
        width, height = parse_paper("A1")
        poster = laid_poster(canvas_of(path), kit, fonts, PosterSpec(width, height, "nl", path.name, DATE))
        lines = [line.text for b in poster.pages[0].blocks if b.source == "score label" for line in b.lines]
        said[label] = " ".join(lines)
    assert said["Score (1-5)"] == "Score (1-5)"
    # read on 1..5 from its values: the poster says so, in its words ("scale 1..5" was developer notation, F12)
    assert said["Score"] == "Score (1 t/m 5)"
    assert said["Score (-2 t/m +2)"] == "Score (-2 t/m +2)"


def test_words_in_the_score_row_that_are_no_score_stand_in_the_curves_row_over_their_phase(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "A2": "Klantproces", "A3": "Ervaringsscore", "A4": "Pijnpunten"}
    for i, (phase, score) in enumerate(zip(["Zoeken", "Kiezen", "Kopen"], ["+", "wisselend", "--"], strict=True)):
        col = "BCD"[i]
        cells |= {f"{col}1": phase, f"{col}2": f"De klant bij {phase}", f"{col}3": score, f"{col}4": f"Pijn {i}"}
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    kit, fonts = default_kit()
    width, height = parse_paper("A3")
    page = laid_poster(canvas_of(path), kit, fonts, PosterSpec(width, height, "nl", path.name, DATE)).pages[0]
    plot = page.figures[0].box
    note = next(b for b in page.blocks if b.source == "Klantreis!C3")
    assert [line.text for line in note.lines] == ["wisselend"]
    assert plot.y - 3 * note.lines[0].size <= note.box.y and note.box.y + note.box.h <= plot.y + 0.01  # over the plot
    phase = next(b for b in page.blocks if b.lines and b.lines[0].text == "Kiezen")
    assert phase.box.x <= note.box.x <= phase.box.x + phase.box.w  # under its phase
    labels = [b.lines[0].text for b in page.blocks if b.tag == "H3" and b.lines]
    assert labels.count("Ervaringsscore") == 1  # the curve's label: no row of its own under the curve
