"""The README is true as written (#17): its command output is what the commands print today, its
pictures exist, and the commands it tells a user to type name files that exist."""

from __future__ import annotations

import re

import pytest

from tests.support.readme_outputs import README, REPO, output_of, shown

pytestmark = pytest.mark.slow

TEXT = README.read_text(encoding="utf-8")
BLOCKS = shown(TEXT)


def test_the_readme_shows_real_output() -> None:
    assert len(BLOCKS) >= 4  # the check summary, --explain, the metrics errors, a reading error


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.command)
def test_each_output_block_is_what_the_command_prints_today(block: object) -> None:
    assert output_of(block.command) == block.body, (
        "run `make docs` (or python -m tests.support.readme_outputs --update)"
    )  # type: ignore[attr-defined]


def test_every_picture_and_example_file_the_readme_names_exists() -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", TEXT)
    assert pictures and all((REPO / p).is_file() for p in pictures)
    named = set(re.findall(r"\b((?:canvases|docs/examples)/[\w.\-]+\.(?:xlsx|csv))", TEXT))
    assert named and [n for n in named if not (REPO / n).is_file()] == []
