"""Many thin phases share slides (F13, #31): a journey of a dozen phases of a line or two each shows several
phases a slide, side by side, and one exercise slide per such group, and the build line says so; a canvas
of few phases, or one whose phase needs a slide of its own, keeps a slide per phase. Read back out of the
PPTX: slide counts, the tabs' phase names, every item's text."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter
from pptx import Presentation
from pptx.util import Pt

from tests.support.cli import run_clean
from tests.support.read_back import printed_in, slide_text, squeeze, title_of
from tests.support.workbooks import make_book

NAMES = ["Search", "Compare", "Ask", "Visit", "Trial", "Quote", "Order", "Wait", "Install", "Use", "Pay", "Renew"]


def _book(path: Path, phases: int, long_cell: str = "") -> Path:
    """A canvas of ``phases`` phases, each with one short action, one short pain point and a score; the
    second phase's action ``long_cell`` where given."""
    cells = _cells(phases)
    if long_cell:
        cells["C4"] = long_cell
    return make_book(path, {"Journey": cells})  # type: ignore[dict-item]


def _cells(phases: int) -> dict[str, object]:
    cells: dict[str, object] = {"A1": "Journey", "B1": "Buying a heat pump", "A3": "Phase"}
    cells |= {"A4": "Customer actions", "A5": "Pain points", "A6": "Score"}
    for i in range(phases):
        column = get_column_letter(2 + i)
        cells[f"{column}3"] = NAMES[i]
        cells[f"{column}4"] = f"{NAMES[i].lower()}s the offer {i}"
        cells[f"{column}5"] = f"waits for step {i}"
        cells[f"{column}6"] = (i % 5) - 2
    return cells


def _build(tmp_path: Path, book: Path) -> tuple[Presentation, str, Path]:
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "en", "-o", tmp_path / "out")
    assert code == 0, out + err
    pptx = tmp_path / "out" / f"{book.stem}.pptx"
    return Presentation(str(pptx)), out, pptx


def _tabs(slide) -> list[str]:  # type: ignore[no-untyped-def]
    return [sh.text_frame.text for sh in slide.shapes if sh.name.startswith("phase tab")]


def test_a_dozen_thin_phases_share_slides_and_exercises(tmp_path: Path) -> None:
    deck, out, pptx = _build(tmp_path, _book(tmp_path / "thin.xlsx", 12))
    grouped = [s for s in deck.slides if _tabs(s)]
    exercises = [s for s in deck.slides if "Exercise" in title_of(s)]
    assert 3 <= len(grouped) <= 6  # several phases a slide, not twelve slides of two lines
    assert len(exercises) == len(grouped)  # one exercise slide per group of phases
    assert [name for slide in grouped for name in _tabs(slide)] == NAMES  # every phase once, in order
    assert not [s for s in deck.slides if any(sh.name.startswith("phase strip") for sh in s.shapes)]
    for slide in grouped:
        columns = [sh for sh in slide.shapes if sh.name == "phase"]
        assert len(columns) == len(_tabs(slide)) >= 2
        assert all(c.width < Pt(460) and c.top > Pt(80) for c in columns)  # side by side under the title
        assert len({c.top for c in columns}) == 1
    for slide, exercise in zip(grouped, exercises, strict=True):  # each exercise names its group's phases
        tabs = _tabs(slide)
        assert (
            title_of(exercise)
            .replace("\xa0", " ")
            .replace("\u202f", " ")
            .endswith(f"Exercise · {tabs[0]} – {tabs[-1]}")
        )
    text = squeeze(slide_text(pptx))
    for i, name in enumerate(NAMES):  # every word of every cell
        assert printed_in(f"{name.lower()}s the offer {i}", text)
        assert printed_in(f"waits for step {i}", text)
    line = next(line for line in out.splitlines() if line.startswith("wrote") and ".pptx" in line)
    assert "thin phases a slide" in line and "one exercise slide each" in line, line


def test_few_phases_keep_a_slide_each(tmp_path: Path) -> None:
    deck, out, _ = _build(tmp_path, _book(tmp_path / "few.xlsx", 5))
    assert not [s for s in deck.slides if _tabs(s)]
    assert len([s for s in deck.slides if "Exercise" in title_of(s)]) == 5
    assert "thin phases" not in out


def test_a_dense_phase_among_thin_ones_keeps_its_own_slide(tmp_path: Path) -> None:
    long_cell = "Compares the offers of three installers, reads every review and asks the neighbours. " * 12
    deck, out, pptx = _build(tmp_path, _book(tmp_path / "dense.xlsx", 12, long_cell))
    own = [title_of(s) for s in deck.slides if any(sh.name.startswith("phase strip") for sh in s.shapes)]
    alone = [name for name in NAMES if any(t.endswith(f" · {name}") for t in own)]
    assert "Compare" in alone and len(alone) <= 2, own  # the dense phase (and a thin one left alone beside it)
    grouped = [s for s in deck.slides if _tabs(s)]
    assert [name for slide in grouped for name in _tabs(slide)] == [n for n in NAMES if n not in alone]
    exercises = [
        title_of(s).replace("\xa0", " ").replace("\u202f", " ") for s in deck.slides if "Exercise" in title_of(s)
    ]
    assert len(exercises) == len(grouped) + len(alone) and any(t.endswith("Exercise · Compare") for t in exercises)
    assert printed_in(" ".join(long_cell.split()), squeeze(slide_text(pptx)), splits=3)
    assert "thin phases a slide" in out


def test_a_journey_of_mostly_dense_phases_keeps_a_slide_each(tmp_path: Path) -> None:
    long_cell = "Compares the offers of three installers, reads every review and asks the neighbours. " * 6
    cells = {f"{get_column_letter(2 + i)}4": f"{long_cell} ({i})" for i in range(9)}
    book = make_book(tmp_path / "denser.xlsx", {"Journey": {**_cells(9), **cells}})  # type: ignore[dict-item]
    deck, out, _ = _build(tmp_path, book)
    assert not [s for s in deck.slides if _tabs(s)]
    assert len([s for s in deck.slides if "Exercise" in title_of(s)]) == 9
    assert "thin phases" not in out
