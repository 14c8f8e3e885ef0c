"""The words a team writes in the score row beside a score ("-1 😕 lange wachttijd …"), set over the
emotion curve: a long cell's start there, the rest continued on a later page, the curve and the lanes
keeping their room."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.boxes import Box
from canvasgen.layout.poster.sheet import content_bottom
from tests.support.cli import run
from tests.support.layouts import assert_inside, poster
from tests.support.read_back import pdf_text, squeeze


def _overlap(a: Box, b: Box) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _long_score_canvas(tmp_path: Path) -> tuple[Path, list[str]]:
    """A three-phase canvas whose first score cell and two emotion cells hold about 5,000 characters each."""
    words = [f"w{n}x" for n in range(900)]
    long = " ".join(words[:300])
    rows = [
        "Fase;A;B;C",
        "Klantacties;zoekt;koopt;gebruikt",
        f"Score;-1 😕 {long};0;+1",
        f"Emoties;{' '.join(words[300:600])};blij;{' '.join(words[600:])}",
    ]
    path = tmp_path / "lang.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path, words


def test_long_words_beside_a_score_continue_and_the_curve_stays(tmp_path: Path) -> None:
    """H22: the score row's 5,000 characters were set in full over the curve, past the foot of the sheet:
    words lost off the page, the lane labels printed over each other, no curve, and the build said nothing
    of the score cell. Now they start in their cell, go on after "…" on page 2, and the build says so."""
    path, words = _long_score_canvas(tmp_path)
    code, out, err = run("build", str(path), "-o", str(tmp_path))
    assert code == 0, err
    assert "  continued: lang!B3 (Score · A) -> page 2" in out
    text = squeeze(pdf_text(tmp_path / "lang.pdf"))
    assert [word for word in words if word not in text] == []  # every word printed, none twice lost
    assert "…" in text

    layout = poster(path)
    assert_inside(layout)
    page = layout.pages[0]
    (curve,) = page.figures  # the curve is drawn, at a readable height
    assert curve.box.h >= 8 * layout.min_size
    bottom = content_bottom(layout.width, layout.height, layout.min_size)
    assert all(block.box.bottom <= bottom + 0.01 for block in page.blocks if block.source.startswith("lang!"))
    labels = [block.box for block in page.blocks if block.tag == "H3"]
    assert len(labels) >= 3 and not any(_overlap(a, b) for i, a in enumerate(labels) for b in labels[i + 1 :])
    # the score cell's first words start in its cell, over the curve, the rest after the pointer
    first = next(block for block in page.blocks if block.source == "lang!B3" and block.lines)
    assert "w0x" in squeeze(" ".join(line.text for line in first.lines))
    assert first.box.bottom <= curve.box.y + 0.01
