"""A phase of several scores (a cell "2" and "1" on two lines: two persons' scores): the curve draws their
mean, and everything that says it says it one way (#31): ``check`` "+1.5 (average of +2 · +1)", the poster's
curve "+1,5 (gemiddelde van +2 · +1)" — never "2/1", which reads as a score against its scale's top ("4/5"),
beside a bare "1.5"."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.support.cli import run_clean
from tests.support.workbooks import make_book

CELLS = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "D1": "Levering"}
CELLS |= {"A2": "Wat doet de klant?", "B2": "Zoekt een fiets", "C2": "Koopt online", "D2": "Ontvangt thuis"}
CELLS |= {"A3": "Ervaringsscore (-2 t/m +2)", "B3": "2\n1", "C3": "-1", "D3": "1"}


def test_an_averaged_score_is_said_as_the_curve_says_it(tmp_path: Path) -> None:
    book = make_book(tmp_path / "reis.xlsx", {"Klantreis": CELLS})  # type: ignore[dict-item]
    code, out, err = run_clean("check", book)
    assert code == 0, err
    (line,) = [line.strip() for line in out.splitlines() if "scores on" in line]
    assert line == "scores on -2..+2: Oriëntatie +1.5 (average of +2 · +1), Aankoop -1, Levering +1"
    assert "2/1" not in out
    code, out, err = run_clean("build", book, "--no-pptx", "-o", tmp_path / "out")
    assert code == 0, err
    poster = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "out" / "reis.pdf").pages
    )
    assert "+1,5 (gemiddelde van +2 · +1)" in poster
