"""A deck projected in a workshop is read from the back of the room: the appendix, the journey at a glance
and the tables have a floor (16 pt for frames' text, 14 pt for table cells, ``frames.BODY_MIN`` and
``TABLE_MIN``), and what does not fit at it goes on on a follow-up slide "(vervolg)", never smaller; every
word still comes back out of the PPTX, and the sizes are read from its XML."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.deck.frames import BODY_MIN, INSET, TABLE_MIN
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts
from tests.support.read_back import run_sizes, slide_text, squeeze, title_of, unmarked
from tests.support.workbooks import CANVASES, make_book, trapkracht, words


def _build(source: Path, out: Path) -> Presentation:
    code, stdout, stderr = run_clean("build", source, "--no-pdf", "-o", out)
    assert code == 0, stdout + stderr
    return Presentation(str(out / f"{source.stem}.pptx"))


def _slides(deck: Presentation, *titles: str) -> list[object]:
    """The slides whose title begins with one of ``titles`` (a slide's runs include its title, set at
    26 pt or more: the floors below hold for everything under it)."""
    return [s for s in deck.slides if title_of(s).startswith(titles)]


def test_a_long_appendix_goes_on_at_its_floor_and_keeps_every_word(tmp_path: Path) -> None:
    text = words(400)
    deck = _build(trapkracht(tmp_path / "bijlage.xlsx", touchpoint_text=text), tmp_path / "out")
    appendix = _slides(deck, "Bijlage")
    assert len(appendix) >= 2 and "(vervolg)" in title_of(appendix[1])  # goes on, not set smaller
    for slide in appendix:
        assert min(run_sizes(slide)) >= BODY_MIN, title_of(slide)
    said = squeeze(slide_text(tmp_path / "out" / "bijlage.pptx"))
    for i in range(5):
        assert squeeze(f"{text} ({i})") in said


def test_the_glance_and_the_tables_of_the_examples_are_readable(tmp_path: Path) -> None:
    deck = _build(CANVASES / "example-hr-software-b2b.xlsx", tmp_path / "out")
    glance = _slides(deck, "HR Director · The journey at a glance", "IT Manager · The journey at a glance")
    assert glance
    for slide in glance:
        assert min(run_sizes(slide)) >= BODY_MIN, title_of(slide)
    tables = [s for s in deck.slides if any(sh.has_table for sh in s.shapes)]
    assert len(tables) >= 5
    for slide in tables:
        assert min(run_sizes(slide)) >= TABLE_MIN, title_of(slide)
    # the agenda of two journeys, set no smaller: the second journey's lines of its own (not "14 phases")
    (agenda,) = _slides(deck, "Agenda")
    topics = [" ".join(r.cells[1].text.split()) for sh in agenda.shapes if sh.has_table for r in sh.table.rows]  # type: ignore[attr-defined]
    assert "Exercise: the canvas per phase · IT Manager (7 phases × 5 min)" in topics
    assert "The journey, phase by phase · IT Manager" in topics and not [t for t in topics if "14 phases" in t]


def test_short_tables_are_set_larger_than_their_floor(tmp_path: Path) -> None:
    """A deck whose tables are all short (here its improvement actions only) sets them large; the deck's
    tables share one size, so one wide table of eight columns sets the others at its size (#31)."""
    rows = [
        ("Fase", "Oriëntatie", "Aanvraag", "Levering"),
        ("Klantproces", "Leest de flyer", "Vult in", "Haalt op"),
        ("Verbeteringen", "Betere flyer", "Korter formulier", "Sms vooraf"),
    ]
    cells = {f"{col}{r}": value for r, row in enumerate(rows, start=1) for col, value in zip("ABCD", row)}
    deck = _build(make_book(tmp_path / "kort.xlsx", {"Klantreis": cells}), tmp_path / "out")
    (actions,) = _slides(deck, "Verbeteracties")
    assert min(run_sizes(actions)) >= 18  # three rows of a few words: no reason to be small


def test_a_table_row_taller_than_a_slide_goes_on_whole(tmp_path: Path) -> None:
    long = words(3000)
    deck = _build(trapkracht(tmp_path / "acties.xlsx", long_cell=long, lane="learning"), tmp_path / "out")
    actions = _slides(deck, "Verbeteracties")
    assert len(actions) >= 2 and all("(vervolg)" in title_of(s) for s in actions[1:])
    cells = []
    for slide in actions:
        assert min(run_sizes(slide)) >= TABLE_MIN
        (table,) = [sh for sh in slide.shapes if sh.has_table]
        assert table.top + table.height <= SLIDE_HEIGHT * 12700  # rows drawn within the slide
        heights = sum(row.height for row in table.table.rows)
        assert heights <= deck.slide_height - table.top
        cells += [row.cells[1].text for row in list(table.table.rows)[1:]]
    assert any(cell.endswith("…") for cell in cells)  # the cut cell says it goes on
    said = squeeze(" ".join(unmarked(cell) for cell in cells))
    assert squeeze(long) in said  # the long action complete over its slides, in reading order
    firsts = [
        row.cells[0].text for s in actions for row in list(next(sh for sh in s.shapes if sh.has_table).table.rows)[1:]
    ]
    assert "Proefrit & advies (vervolg)" in firsts  # the row that goes on says whose it is


def test_the_glance_breaks_no_word_inside(tmp_path: Path) -> None:
    """Seven narrow columns: set large, "implementation" would break inside ("implementatio-n")."""
    setter = Setter(deck_fonts())  # Calibri's widths, as PowerPoint measures
    deck = _build(CANVASES / "example-hr-software-b2b.xlsx", tmp_path / "out")
    for slide in _slides(deck, "The journey at a glance"):
        for shape in slide.shapes:  # type: ignore[attr-defined]
            if not shape.has_text_frame or shape.name == "title":
                continue
            room = shape.width / 12700 - 2 * INSET
            for para in shape.text_frame.paragraphs:
                for run in para.runs:
                    role = "heading" if run.font.bold else "body"
                    for word in run.text.split():
                        assert setter.width(word, role, run.font.size.pt) <= room, word


def test_a_glance_of_thirteen_phases_breaks_no_name_and_cuts_none(tmp_path: Path) -> None:
    """Thirteen columns across one slide are too narrow for "Implementation" at the floor: the glance goes
    on in parts of evenly many phases, every phase's name whole, at the floor or larger, none broken inside
    a word and none cut ("Ensure my fleet is…")."""
    names = ["Exploration", "Validation and testing", "Implementation", "Migration to production"]
    names += ["Onboarding", "Preboarding", "Delivery", "Activation", "Business as usual", "Ramp up"]
    names += ["Troubleshooting", "Competitive retention", "Ensure my fleet is always operational"]
    columns = "BCDEFGHIJKLMN"
    cells: dict[str, object] = {"A1": "Phase", "A2": "Customer doing", "A3": "Score"}
    for column, name, k in zip(columns, names, range(len(names))):
        cells |= {f"{column}1": name, f"{column}2": f"Does step {k + 1} of the job", f"{column}3": k % 5 - 2}
    deck = _build(make_book(tmp_path / "thirteen.xlsx", {"Journey": cells}), tmp_path / "out")  # type: ignore[arg-type]
    setter = Setter(deck_fonts())
    heads: list[str] = []
    for slide in _slides(deck, "The journey at a glance"):
        assert min(run_sizes(slide)) >= BODY_MIN, title_of(slide)
        for shape in slide.shapes:  # type: ignore[attr-defined]
            if not shape.name.startswith("glance phase "):
                continue
            heads.append(shape.text_frame.text)
            room = shape.width / 12700 - 2 * INSET
            for run in (r for p in shape.text_frame.paragraphs for r in p.runs):
                assert all(setter.width(w, "heading", run.font.size.pt) <= room for w in run.text.split()), run.text
    assert sorted(set(heads)) == sorted(names)  # every name whole, none cut
