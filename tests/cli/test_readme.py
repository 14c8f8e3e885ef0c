"""The README is true as written (#17): its command output is what the commands print today, its
pictures exist, and the commands it tells a user to type name files that exist."""

from __future__ import annotations

import re
from pathlib import Path

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


# --- Round 5 (N14): what the README says of make demo, serve and the web API is what they do ---------------


def _paragraph(start: str) -> str:
    at = TEXT.index(start)
    return " ".join(TEXT[at : TEXT.index("\n\n", at)].split())


def test_make_demo_is_said_as_the_makefile_does_it() -> None:
    """Every canvas ``make demo`` builds is named where the README says what it writes; every other bundled
    example is named too, as read for the comparisons and not built on its own (the blank templates in
    ``canvases/`` are the "two blank templates")."""
    demo = re.search(r"^demo:.*?\n((?:\t.*\n)+)", (REPO / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert demo
    built = {
        stem
        for line in demo.group(1).splitlines()
        if "canvasgen build" in line
        for stem in re.findall(r"canvases/([\w.-]+)\.xlsx", line)
    }
    said = _paragraph("`make demo` writes into `output/`:")
    bundled = {p.stem for p in (REPO / "canvases").glob("*.xlsx") if not p.stem.startswith("template-")}
    assert built and built < bundled
    assert f"of {['no', 'one', 'two', 'three', 'four', 'five'][len(built)]} bundled canvases" in said
    assert [stem for stem in sorted(bundled) if f"`{stem}`" not in said] == []
    assert "not built on their own" in said
    assert "each example canvas" not in said
    first = re.search(r"^make demo +# (.*)$", TEXT, re.MULTILINE)
    assert first and "every bundled canvas" not in first.group(1)


def test_the_api_table_lists_every_route_of_the_page() -> None:
    from starlette.routing import Route

    from canvasgen.web.app import create_app

    routes = [r for r in create_app().routes if isinstance(r, Route) and r.path.startswith("/api/")]
    assert {r.path for r in routes} >= {"/api/build", "/api/gaps", "/api/diff", "/api/kit", "/api/apply"}
    for route in routes:
        method = "POST" if route.methods and "POST" in route.methods else "GET"
        assert f"`{method} {route.path}`" in TEXT, route.path
        if method == "POST":
            assert re.search(rf"^\| `POST {re.escape(route.path)}` \|", TEXT, re.MULTILINE), route.path


def test_serve_prints_the_address_the_readme_quotes_and_opens_no_browser(tmp_path: Path) -> None:
    """serve starts the page and prints its address; it opens no browser, and the README says neither."""
    from tests.support.live import serving

    assert not re.search(r"serve` opens|^Opens a page", TEXT, re.MULTILINE)
    quoted = re.search(r"\(`(canvasgen page on http://localhost:8000/)`\)", TEXT)
    assert quoted, "the README quotes the line serve prints"
    with serving(tmp=tmp_path) as live:
        printed = live.printed()
    assert printed.startswith(quoted.group(1).replace(":8000/", f":{live.port}/")), printed
