"""``build --no-notes`` (new user 12, F9): the workbook's cell comments and side notes are the team's, often
not for the client: left off the poster and the deck on request, and the build says so, with their cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, slide_text
from tests.support.workbooks import payroll_ideal_and_current

COMMENT = "Check with client: is the audit finding the main trigger?"
SIDE_NOTE = "IT lead joined only for the last hour"


def _with_notes(path: Path) -> Path:
    book = payroll_ideal_and_current(path, blank_header=False)
    wb = openpyxl.load_workbook(book)
    ws = wb["Current journey"]
    ws["B5"].comment = Comment(COMMENT, "designer")
    ws["H5"] = SIDE_NOTE
    wb.save(book)
    return book


def test_no_notes_leaves_them_out_and_says_so(tmp_path: Path) -> None:
    book = _with_notes(tmp_path / "payroll.xlsx")
    code, out, err = run_clean("build", book, "-o", tmp_path / "with")
    assert code == 0, err
    kept = pdftotext(tmp_path / "with" / "payroll.pdf")
    assert COMMENT.split(":")[0] in kept and SIDE_NOTE in " ".join(kept.split())
    # printed by default, and the build says so (F23): a comment is often the team's own remark
    assert "1 comment or text box printed on the poster and deck as notes: B5 (--no-notes leaves them out)" in (
        out + err
    )
    code, out, err = run_clean("build", book, "--no-notes", "-o", tmp_path / "without")
    assert code == 0, err
    said = [line for line in (out + err).splitlines() if "--no-notes" in line]
    assert said and "2 notes of the workbook left off the poster and deck (--no-notes)" in said[0]
    # left off, not also "kept", in one run: neither the comment nor the cell beside the canvas (new user 17)
    assert "kept as notes" not in out + err
    assert "Current journey!B5" in said[0] and "Current journey!H5" in said[0]
    poster = " ".join(pdftotext(tmp_path / "without" / "payroll.pdf").split())
    deck = " ".join(slide_text(tmp_path / "without" / "payroll.pptx").split())
    for text in (poster, deck):
        assert "Check with client" not in text and SIDE_NOTE not in text
    assert "Fixes payslips by hand" in poster  # the canvas itself is all there


def test_a_comment_on_a_phases_cell_keeps_its_place_on_the_poster_and_in_the_deck(tmp_path: Path) -> None:
    """A comment on Payroll pain's customer cell is printed with "(on Payroll pain, Customer actions)": in
    the notes list it would no longer say what it is about (F9); a side note beside the canvas is as written."""
    book = _with_notes(tmp_path / "payroll.xlsx")
    code, _, err = run_clean("build", book, "-o", tmp_path / "out", "--lang", "en")
    assert code == 0, err
    placed = f"{COMMENT} (on Payroll pain, Customer actions)"
    poster = " ".join(pdftotext(tmp_path / "out" / "payroll.pdf").split())
    deck = " ".join(slide_text(tmp_path / "out" / "payroll.pptx").split())
    assert placed in poster and placed in deck
    assert f"{SIDE_NOTE} (on" not in poster
