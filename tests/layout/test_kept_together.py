"""What belongs together stays together: a persona field of several lines keeps its lines on the poster
and in the deck, a card is never split from its heading over columns or pages, a lane that goes on on a
follow-up slide carries its heading there, and a table header never breaks inside a word."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
from pptx import Presentation

from canvasgen.layout.deck.frames import INSET, WRAP_SLACK, column_widths
from canvasgen.layout.poster.arrange.flow import FlowBlock, FlowTitles, flow
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.units import parse_paper
from tests.support.cli import run
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.read_back import unmarked
from tests.support.reading import read_canvas
from tests.support.workbooks import trapkracht

PHASES = ["Orientatie", "Proefrit & advies", "Aanvraag", "Levering", "After sales / service"]


def test_a_persona_field_of_two_lines_keeps_them_on_the_poster_and_in_the_deck(tmp_path: Path) -> None:
    source = trapkracht(tmp_path / "trapkracht.xlsx")
    code, _, err = run("build", str(source), "-o", str(tmp_path))
    assert code == 0, err
    pdf = pypdfium2.PdfDocument(tmp_path / "trapkracht.pdf")
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    lines = [line.strip() for line in re.split(r"\r?\n", text)]
    for first, second in (("Duidelijke kosten", "snelle levering"), ("Goedkoper naar het werk", "Gezonder leven")):
        assert not any(f"{first} {second}" in line for line in lines), first  # never run together into one line
        ends = [i for i, line in enumerate(lines) if line.endswith(first)]
        assert len(ends) >= 1, (first, ends)  # the persona card on the map (#31: the appendix does not repeat it)
        assert all(lines[i + 1].startswith(second) for i in ends), [lines[i : i + 2] for i in ends]
    deck = Presentation(str(tmp_path / "trapkracht.pptx"))
    paragraphs = [p.text for s in deck.slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert any(p.endswith("Duidelijke kosten\vsnelle levering") for p in paragraphs)  # <a:br/>: a line break


def _flowed(blocks: list[FlowBlock]) -> list[list[list[str]]]:
    """Pages of columns of line texts."""
    kit, fonts = default_kit()
    width, height = parse_paper("A1")
    titles = FlowTitles("Bijlage", "Van eerste flyer tot tweede lease", "{heading} (vervolg)")
    pages, _ = flow(blocks, kit, Setter(fonts), width, height, 18.0, titles)
    out = []
    for page in pages:
        columns: dict[int, list[tuple[float, str]]] = {}
        for block in page.blocks:
            for line in block.lines:
                if block.tag != "Artifact" and block.source != "title":
                    columns.setdefault(round(block.box.x / 50), []).append((line.y, line.text))
        out.append([[text for _, text in sorted(lines)] for _, lines in sorted(columns.items())])
    return out


def test_a_card_is_never_split_from_its_heading_over_columns() -> None:
    # The testers' appendix page: three touchpoint cards and two persona cards, balanced over two columns.
    sizes = [4, 4, 9, 3, 6, 6]
    blocks = [
        FlowBlock(f"Kaart {n}", [(f"Regel {n}.{i}", f"Contactmomenten!B{n}") for i in range(size)])
        for n, size in enumerate(sizes)
    ]
    for page in _flowed(blocks):
        for column in page:
            assert column[0].startswith("Kaart"), column  # a column starts with a card's heading
            for n in range(len(sizes)):
                if any(line.startswith(f"Regel {n}.") for line in column):
                    assert f"Kaart {n}" in column  # the whole card, with its heading, in one column
    # A card taller than a column goes on in the next, its heading said again there.
    tall = [FlowBlock("Notities uit de werkmap", [(f"Notitie {i}: " + "woord " * 30, "A1") for i in range(60)])]
    pages = _flowed(tall)
    columns = [column for page in pages for column in page]
    assert len(columns) > 1
    assert columns[0][0] == "Notities uit de werkmap"
    assert all(column[0] == "Notities uit de werkmap (vervolg)" for column in columns[1:]), [c[0] for c in columns]
    words = [w for column in columns for line in column for w in line.split() if w == "woord"]
    assert len(words) == 60 * 30  # nothing lost on the way


def test_a_lane_that_goes_on_on_a_follow_up_slide_carries_its_heading(tmp_path: Path) -> None:
    long_cell = " ".join(f"Ahmed zoekt stap{i} op zijn telefoon naar de juiste pagina." for i in range(40))
    canvas = read_canvas(trapkracht(tmp_path / "lang.xlsx", long_cell))
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    slides = [s for s in deck.slides if s.kind == "phase" and PHASES[1] in s.title]
    assert len(slides) >= 2, [s.title for s in slides]
    heading = "Klantproces"
    shown = []
    for number, slide in enumerate(slides):
        frames = [f for f in slide.frames if not f.name.startswith("phase strip")]
        assert all(f.paras for f in frames), (slide.title, [f.name for f in frames])  # no empty box
        lane = next(f for f in frames if f.paras[0].text.startswith(heading))
        assert lane.paras[0].text == (heading if number == 0 else f"{heading} (vervolg)")
        assert len(lane.paras) > 1  # never a heading alone over an empty frame
        shown += [unmarked(p.text) for p in lane.paras[1:]]
        if number:
            assert len(frames) == 1  # a follow-up slide shows only what goes on
    assert " ".join(" ".join(shown).removeprefix("• ").split()) == long_cell


def test_table_columns_make_room_for_their_longest_header_word() -> None:
    assert column_widths(100, [50, 30, 20], [10, 10, 10]) == [50, 30, 20]
    widths = column_widths(100, [50, 30, 20], [10, 10, 35])
    assert widths is not None and widths[2] == 35 and abs(sum(widths) - 100) < 1e-9
    assert widths[0] / widths[1] == 50 / 30  # the rest shared as before
    assert column_widths(100, [50, 50], [60, 60]) is None


def test_deck_table_headers_never_break_inside_a_word(tmp_path: Path) -> None:
    canvas = read_canvas(trapkracht(tmp_path / "tabel.xlsx"))
    kit, _ = default_kit()
    setter = Setter(deck_fonts())
    deck = laid_deck(canvas, kit, setter, (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    tables = [t for s in deck.slides for t in s.tables]
    headers = [text for t in tables for text in t.rows[0]]
    assert "Verkoopmoment (ja/nee)" in headers and "Huidig (ja/nee/deels)" in headers
    for table in tables:
        assert table.size >= 12
        for text, width in zip(table.rows[0], table.columns):
            lines = setter.wrap(text, (width - 2 * INSET) * WRAP_SLACK, "heading", table.size)
            assert " ".join(lines) == text, (text, lines)  # broken between words only
