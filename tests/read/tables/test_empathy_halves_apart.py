"""Empathy maps whose quadrants are split into halves (#30 round four, item 5; hostile F9): the classic
four-quadrant map (Says | Thinks over Does | Feels) keeps thoughts and feelings apart, each half a box of its
own with its own entries, drawn as the sheet lays it out with no empty box and no invented line; a heading
over two halves ("Wat denkt en voelt hij?" over "Wat denkt hij?" | "Wat voelt hij?") heads no box, kept as a
note and said."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.empathy import map_heading, quadrants
from canvasgen.model import EmpathyQuadrant
from tests.support.cli import run_clean
from tests.support.layouts import poster
from tests.support.read_back import lost_lines, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_Q = EmpathyQuadrant
#: Per language: the map's rows of (heading, its entries), top to bottom, left to right.
CLASSIC = {
    "en": [
        [("Says", ["I just want it to work", "Who do I call?"]), ("Thinks", ["Is this a scam?", "Can I afford it?"])],
        [("Does", ["Reads the fine print", "Asks her brother"]), ("Feels", ["Anxious", "Hopeful"])],
    ],
    "nl": [
        [("Wat zegt hij?", ["Eerst rekenen"]), ("Wat denkt hij?", ["Is dit veilig?", "Kan ik dit betalen?"])],
        [("Wat doet hij?", ["Vraagt offertes"]), ("Wat voelt hij?", ["Onzeker", "Hoopvol"])],
    ],
    "de": [
        [("Denkt", ["Lohnt sich das?"]), ("Fühlt", ["Unsicher"])],
        [("Sagt", ["Erst rechnen"]), ("Tut", ["Holt Angebote ein"])],
    ],
}
KINDS = {"Says": _Q.SAY, "Thinks": _Q.THINK, "Does": _Q.DO, "Feels": _Q.FEEL}


def _book(path: Path, rows: list[list[tuple[str, list[str]]]], title: str = "Empathy map – Maya") -> Path:
    cells: dict[str, object] = {"A1": title}
    top = 3
    for row in rows:
        for column, (heading, entries) in zip("AC", row, strict=False):
            cells[f"{column}{top}"] = heading
            for i, entry in enumerate(entries, start=1):
                cells[f"{column}{top + i}"] = entry
        top += 4
    cells |= {f"A{top}": "Pains", f"A{top + 1}": "Hidden fees", f"C{top}": "Gains", f"C{top + 1}": "Lower bills"}
    return make_book(path, {"Empathy": cells})


@pytest.mark.parametrize("language", sorted(CLASSIC))
def test_each_half_keeps_its_own_entries_and_the_map_is_drawn_as_the_sheet_lays_it_out(
    tmp_path: Path, language: str
) -> None:
    rows = CLASSIC[language]
    path = _book(tmp_path / "map.xlsx", rows)
    canvas = read_canvas(path)
    (found,) = canvas.empathy_maps
    assert _Q.THINK_FEEL not in found.headings and _Q.SAY_DO not in found.headings
    for row in rows:
        for heading, entries in row:
            (kind,) = [q for q, h in found.headings.items() if h.text == heading]
            assert [i.text for i in found.entries[kind]] == entries  # never mixed with the other half's
    grid, beneath = quadrants(found)
    assert [[q.heading.text for q in row if q.heading] for row in grid] == [[h for h, _ in row] for row in rows]
    assert [q.heading.text for q in beneath if q.heading] == ["Pains", "Gains"]
    assert lost_lines(path, canvas) == []


def test_the_poster_page_is_a_grid_of_the_sheets_boxes_with_no_empty_box_and_no_invented_line(tmp_path: Path) -> None:
    path = _book(tmp_path / "maya.xlsx", CLASSIC["en"])
    layout = poster(path)
    (page,) = [p for p in layout.pages if p.title.startswith("Empathiekaart")]  # the poster in Dutch
    boxes = [r.box for r in page.rects if r.radius > 0]
    assert len(boxes) == 6  # Says, Thinks, Does, Feels, Pains, Gains: no empty box
    grid = boxes[:4]
    assert len({round(b.x) for b in grid}) == 2 and len({round(b.y) for b in grid}) == 2
    texts = [" ".join(line.text for line in block.lines) for block in page.blocks]
    firsts = [t for t in texts if t in KINDS]
    assert firsts == ["Says", "Thinks", "Does", "Feels"]  # row by row, as the sheet has them
    code, out, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out + err
    pdf = pdf_text(tmp_path / "out" / "maya.pdf")
    assert "Personas" not in pdf  # the persona's card of no fields said a word the workbook does not hold
    deck = squeeze(slide_text(tmp_path / "out" / "maya.pptx"))
    for row in CLASSIC["en"]:
        for heading, entries in row:
            assert all(squeeze(t) in deck and squeeze(t) in squeeze(pdf) for t in [heading, *entries])


def test_check_says_the_halves_are_boxes_of_their_own(tmp_path: Path) -> None:
    code, out, _ = run_clean("check", "--explain", _book(tmp_path / "map.xlsx", CLASSIC["en"]))
    flat = " ".join(out.split())
    assert code == 0
    assert (
        "'Says', 'Thinks', 'Does', 'Feels' head halves of a quadrant apart: each a box of its own (a thought is no "
        "feeling, a saying no doing), laid out as the sheet has them"
    ) in flat


def test_a_heading_over_two_halves_heads_no_box_and_is_the_maps_title(tmp_path: Path) -> None:
    """Hostile F9, em2: a merged 'Wat denkt en voelt hij?' over 'Wat denkt hij?' | 'Wat voelt hij?' was joined
    into one quadrant headed by all three; 'Wat ziet hij?' (left) and 'Wat hoort hij?' (right) were swapped."""
    cells: dict[str, object] = {"A1": "Wat denkt en voelt hij?"}
    rows = [
        [("Wat denkt hij?", ["Is dit veilig?"]), ("Wat voelt hij?", ["Onzeker"])],
        [("Wat ziet hij?", ["Panelen bij de buren"]), ("Wat hoort hij?", ["Radio over subsidie"])],
        [("Wat zegt hij?", ["Eerst rekenen"]), ("Wat doet hij?", ["Vraagt offertes"])],
    ]
    for r, row in enumerate(rows):
        for column, (heading, entries) in zip("AC", row, strict=True):
            cells[f"{column}{2 + 3 * r}"] = heading
            cells[f"{column}{3 + 3 * r}"] = entries[0]
    path = make_book(tmp_path / "kaart.xlsx", {"Empathiekaart": cells}, {"Empathiekaart": ["A1:D1"]})
    canvas = read_canvas(path)
    (found,) = canvas.empathy_maps
    assert _Q.THINK_FEEL not in found.headings
    grid, _ = quadrants(found)
    assert [[q.heading.text for q in row if q.heading] for row in grid] == [[h for h, _ in row] for row in rows]
    assert "Wat denkt en voelt hij?" in [n.text for n in canvas.notes]
    assert lost_lines(path, canvas) == []
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        "'Wat denkt en voelt hij?' (A1:D1) heads the halves 'Wat denkt hij?' in A2 and 'Wat voelt hij?' in C2: a "
        "heading over them, at the map's top: its title"
    ) in " ".join(out.split())
    # round 14: the map's title (its heading names it), no persona named by a question
    assert found.title is not None and found.title.text == "Wat denkt en voelt hij?"
    assert found.owner is not None and found.owner.name is None
    assert map_heading(found, "Empathiekaart") == "Empathiekaart: Wat denkt en voelt hij?"
