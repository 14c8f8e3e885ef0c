"""Round 20 (new user, F9): neither `build` nor the page said which language poster and deck were written in;
a user expecting an English deck of a Dutch canvas got a Dutch one silently. `build` says it after the files it
wrote, with what chose it and the option that chooses another."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workbooks import small_journey_book


def test_build_says_the_language_of_poster_and_deck_and_how_to_choose_another(tmp_path: Path) -> None:
    book, _ = small_journey_book()
    book.save(tmp_path / "reis.xlsx")
    code, out, err = run("build", tmp_path / "reis.xlsx", "-o", tmp_path / "out")
    assert code == 0, err
    assert (
        "poster and deck in Dutch, the workbook's language (check --explain says why; --lang en for English)"
    ) in out.splitlines()
    code, out, err = run("build", tmp_path / "reis.xlsx", "-o", tmp_path / "en", "--no-pptx", "--lang", "en")
    assert code == 0, err
    assert "poster in English, as asked (--lang en)" in out.splitlines()
