"""One comment on a persona sheet adds no page to the poster (#31, new user F2/F12): a note outside any
canvas goes with the last journey's notes where there is room, else with the appendix (in its columns at the
foot of the last page), never onto an A1 page of its own or pushing the appendix onto one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment

from tests.support.layouts import poster
from tests.support.workbooks import CANVASES

NOTE = "Uit interview 3 (bewonersavond 12 november)."


@pytest.mark.parametrize("example", ["voorbeeld-zonnepanelen-b2c", "example-hr-software-b2b"])
def test_a_persona_sheets_comment_adds_no_page(tmp_path: Path, example: str) -> None:
    book = openpyxl.load_workbook(CANVASES / f"{example}.xlsx")
    (sheet,) = [name for name in book.sheetnames if name.startswith("Persona")]
    book[sheet]["B2"].comment = Comment(NOTE, "team")
    book.save(tmp_path / "noted.xlsx")
    plain, noted = poster(CANVASES / f"{example}.xlsx"), poster(tmp_path / "noted.xlsx")
    assert len(noted.pages) == len(plain.pages)
    said = [" ".join(line.text for line in block.lines) for page in noted.pages for block in page.blocks]
    assert any(NOTE in text for text in said)  # printed, once
    assert sum(NOTE in text for text in said) == 1
