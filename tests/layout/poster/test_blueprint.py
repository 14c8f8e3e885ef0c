"""Service blueprints: lanes in blueprint order, the lines of interaction, visibility and internal
interaction drawn across the phases between the right lanes, labelled, told apart in greyscale."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.layout.boxes import Page, PosterLayout, Stroke
from canvasgen.layout.poster.blueprint import as_blueprint, with_lanes
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.layout.poster.sheet import page_margin
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, assert_inside, canvas_of, default_kit, laid_poster
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.workbooks import CANVASES, OWN_LINE_LABEL, blueprint_line_over_scores, make_book

ITALIAN = Path(__file__).parents[2] / "data" / "italian-blueprint-lookalike.xlsx"
SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def _poster(path: Path, blueprint: bool = False, size: str = "A1") -> PosterLayout:
    kit, fonts = default_kit()
    width, height = parse_paper(size)
    spec = PosterSpec(width, height, "nl", path.name, DATE, blueprint)
    return laid_poster(canvas_of(path), kit, fonts, spec)


def _lines(page: Page, width: float, height: float) -> list[tuple[Stroke, str]]:
    """Strokes across the page from margin to margin, each with the label right above its left end."""
    found = []
    margin = page_margin(width, height)
    for stroke in page.strokes:
        (x0, y0), (x1, y1) = stroke.points[0], stroke.points[-1]
        if y0 == y1 and abs(x0 - margin) < 1 and abs(x1 - (width - margin)) < 1:
            above = [b for b in page.blocks if b.lines and abs(b.box.x - x0) < 0.5 and 0 < y0 - b.box.bottom < 20]
            found.append((stroke, above[0].lines[0].text if above else ""))
    return sorted(found, key=lambda pair: pair[0].points[0][1])


def _label_y(page: Page, text: str) -> float:
    """Where the lane label that begins with ``text`` stands (its lines read as one: a label may wrap)."""
    return next(
        b.box.y for b in page.blocks if b.tag == "H3" and " ".join(line.text for line in b.lines).startswith(text)
    )


def test_a_blueprint_read_from_the_sheet_gets_its_three_lines_labelled_in_its_own_words() -> None:
    layout = _poster(ITALIAN)
    page = layout.pages[0]
    lines = _lines(page, layout.width, layout.height)
    assert [label for _, label in lines] == [
        "Linea di interazione",
        "Linea di visibilità",
        "Linea di interazione interna",
    ]
    # solid, dashed, dotted: three line styles a greyscale print still tells apart
    dashes = [stroke.dash for stroke, _ in lines]
    assert dashes[0] is None and dashes[1] is not None and dashes[2] is not None and dashes[1] != dashes[2]
    # each between the lanes the sheet put it between
    between = [
        ("Azioni del", "Azioni frontstage"),
        ("Azioni frontstage", "Azioni backstage"),
        ("Azioni backstage", "Processi di"),
    ]
    for (stroke, label), (above, below) in zip(lines, between):
        y = stroke.points[0][1]
        assert _label_y(page, above) < y < _label_y(page, below), label
    # the rows that named the lines are on the lines, not once more in the notes
    everything = [line.text for p in layout.pages for b in p.blocks for line in b.lines]
    assert everything.count("Linea di visibilità") == 1
    assert_inside(layout)


def test_layout_blueprint_puts_any_canvas_in_blueprint_order_with_dutch_lines() -> None:
    plain = _poster(SOLAR)
    assert _lines(plain.pages[0], plain.width, plain.height) == []  # auto: a canvas that is no blueprint has no lines
    layout = _poster(SOLAR, blueprint=True)
    page = layout.pages[0]
    lines = _lines(page, layout.width, layout.height)
    assert [label for _, label in lines] == [
        "Lijn van interactie",
        "Lijn van zichtbaarheid",
        "Lijn van interne interactie",
    ]
    heads = [b.lines[0].text for b in sorted((b for b in page.blocks if b.tag == "H3"), key=lambda b: b.box.y)]
    assert heads.index("Contactmomenten") < heads.index("Klantproces") < heads.index("Intern proces")
    interaction, visibility, internal = (stroke.points[0][1] for stroke, _ in lines)
    assert _label_y(page, "Pijnpunten") < interaction < visibility < _label_y(page, "Intern proces") < internal
    assert internal < _label_y(page, "Leerdoelen")
    assert_inside(layout)


def test_lines_follow_their_lanes_when_lanes_are_left_out() -> None:
    journey = as_blueprint(canvas_of(SOLAR).journeys[0])
    kept = [lane for lane in journey.lanes if lane.kind != "internal"]
    moved = with_lanes(journey, kept)
    # interaction and visibility stood above the internal process: now above the next lane kept
    learning = next(i for i, lane in enumerate(kept) if lane.kind == "learning")
    assert [(b.kind, b.before) for b in moved.boundaries] == [
        ("interaction", learning),
        ("visibility", learning),
        ("internal", learning),
    ]
    assert with_lanes(journey, kept[:2]).boundaries == []  # nothing under a line: it goes


def test_build_with_layout_blueprint_end_to_end(tmp_path: Path) -> None:
    args = ["build", str(SOLAR), "-o", str(tmp_path), "--layout", "blueprint", "--no-pptx", "--size", "A2"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "voorbeeld-zonnepanelen-b2c.pdf")
    for label in ("Lijn van interactie", "Lijn van zichtbaarheid", "Lijn van interne interactie"):
        assert label in text


def test_a_line_over_the_score_row_is_drawn_above_the_curve_in_the_sheets_own_words(tmp_path: Path) -> None:
    path = blueprint_line_over_scores(tmp_path / "hotel.xlsx")
    layout = _poster(path, blueprint=True)
    page = layout.pages[0]
    lines = _lines(page, layout.width, layout.height)
    assert [label for _, label in lines] == [OWN_LINE_LABEL, "Line of visibility"]
    # between the customer's actions and the curve that stands for the score row under it
    interaction = lines[0][0].points[0][1]
    curve = min(min(y for _, y in stroke.points) for stroke in page.strokes if len(stroke.points) > 2)
    assert _label_y(page, "Customer actions") < interaction < _label_y(page, "Experience score")
    assert interaction < curve < _label_y(page, "Frontstage")
    # the words are on the line, and not a second time in the notes
    everything = [line.text for p in layout.pages for b in p.blocks for line in b.lines]
    assert everything.count(OWN_LINE_LABEL) == 1
    assert_inside(layout)
    # end to end: the client's words come back out of the PDF, and the deck has them too
    args = ["build", str(path), "-o", str(tmp_path / "out"), "--layout", "blueprint", "--size", "A2"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert squeeze(OWN_LINE_LABEL) in squeeze(pdf_text(tmp_path / "out" / "hotel.pdf"))
    assert squeeze(OWN_LINE_LABEL) in squeeze(slide_text(tmp_path / "out" / "hotel.pptx"))


def test_every_page_of_a_blueprint_split_over_pages_labels_the_line_in_the_sheets_own_words(tmp_path: Path) -> None:
    path = blueprint_line_over_scores(tmp_path / "hotel.xlsx", phases=14)
    layout = _poster(path, blueprint=True, size="A3")
    journey_pages = [p for p in layout.pages if p.title.startswith("Service blueprint")]
    assert len(journey_pages) >= 2  # fourteen steps do not fit one A3 page
    for page in journey_pages:
        labels = [label for _, label in _lines(page, layout.width, layout.height)]
        assert labels == [OWN_LINE_LABEL, "Line of visibility"], page.title
    assert_inside(layout)


def test_a_line_between_two_score_rows_of_one_curve_is_drawn_above_the_next_row(tmp_path: Path) -> None:
    cells: dict[str, object] = {"B1": "Book", "C1": "Stay", "D1": "Leave", "A2": "Customer actions", "B2": "Books"}
    cells |= {"A3": "Experience score", "B3": 1, "C3": -1, "D3": 2}
    cells |= {"A4": "Line of visibility (what guests never see)", "A5": "Effort score", "B5": 2, "C5": 1, "D5": 0}
    cells |= {"A6": "Backstage actions", "B6": "Housekeeping cleans"}
    path = make_book(tmp_path / "two-scores.xlsx", {"Blueprint": cells}, {"Blueprint": ["A4:D4"]})
    layout = _poster(path, blueprint=True, size="A2")
    page = layout.pages[0]
    lines = _lines(page, layout.width, layout.height)
    # both score rows are the one curve: the line stands under it, above the next row
    assert [label for _, label in lines] == ["Line of visibility (what guests never see)"]
    assert _label_y(page, "Experience score") < lines[0][0].points[0][1] < _label_y(page, "Backstage actions")
    assert_inside(layout)
