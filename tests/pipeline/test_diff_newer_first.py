"""``diff`` given the newer version first (new user 14, F25): compared as given, and said, naming the version
and date that show it; in the usual order nothing is said."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl

from tests.support.cli import run
from tests.support.read_back import pdf_text
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES
from tests.support.workshop import canvas


def test_diff_of_the_newer_version_first_says_so_and_compares_as_given(tmp_path: Path) -> None:
    old = canvas(tmp_path / "lease.xlsx")
    new = canvas(tmp_path / "lease-v2.xlsx", {"B2": "3.10", "B3": dt.date(2026, 6, 2), "C8": "Wacht heel lang"})
    code, out, err = run("diff", new, old)
    assert code == 0, err
    said = " ".join(err.split())
    assert "lease-v2.xlsx is the newer of the two (version 3.10 against 3, dated " in said
    assert (
        "compared as given, so what the team added reads as removed and what it removed as added; give the older "
        "workbook first" in said
    )
    assert "Wacht heel lang → Wacht lang" in out  # as given, not swapped
    code, out, err = run("diff", old, new)
    # the files' paths hold this test's name (and so "newer"): only what is said of them counts
    assert code == 0 and "newer" not in err.replace(str(tmp_path), "") and "Wacht lang → Wacht heel lang" in out


def test_a_version_and_a_date_that_disagree_are_said_never_a_confident_newer(tmp_path: Path) -> None:
    """Hostile tester, round 18: version 'v10 (jan 2026)' dated 1-2-2026 against 'v2 (mei 2026)' dated
    12-11-2026 said the first was "the newer" (the year beside the version read as part of it, the date as
    text not weighed); version 3.0 of August against 2.0 of November said nothing. Both signs are named."""
    old = canvas(tmp_path / "lease.xlsx", {"B2": "v10 (jan 2026)", "B3": "1-2-2026"})
    new = canvas(tmp_path / "lease-v2.xlsx", {"B2": "v2 (mei 2026)", "B3": "12-11-2026", "C8": "Wacht heel lang"})
    code, out, err = run("diff", old, new)
    said = " ".join(err.split())
    assert code == 0 and "is the newer of the two" not in said
    assert (
        "which version is the newer is unclear (version v10 (jan 2026) against v2 (mei 2026), but dated 1-2-2026 "
        "against 12-11-2026): compared as given, lease.xlsx as the older" in said
    )
    assert "Wacht lang → Wacht heel lang" in out
    # a version with the year beside it is its first number: 'v2 (mei 2026)' before 'v3 (jan 2026)', nothing said
    later = canvas(tmp_path / "lease-v3.xlsx", {"B2": "v3 (jan 2026)", "B3": "13-11-2026"})
    code, _, err = run("diff", new, later)
    assert code == 0 and "newer" not in err


def test_the_changes_report_of_two_journeys_is_titled_after_both(tmp_path: Path) -> None:
    """Hostile 19 F23: the "What changed" page of a workbook of two journeys (HR Director, IT Manager) was
    titled after the first journey only, while it holds both: titled by the part their names share."""
    old = tmp_path / "hr.xlsx"
    shutil.copy(CANVASES / "example-hr-software-b2b.xlsx", old)
    canvas_read = read_canvas(old)
    names = [j.name for j in canvas_read.journeys]
    assert len(names) == 2 and names[0] != names[1]
    item = canvas_read.journeys[1].lanes[0].cells[0][0]
    assert item.source is not None
    book = openpyxl.load_workbook(old)
    cell = book[item.source.sheet][item.source.cell.split(":")[0]]
    cell.value = f"{cell.value}\nA new card"
    new = tmp_path / "hr2.xlsx"
    book.save(new)
    code, _, err = run("diff", old, new, "-o", tmp_path / "out")
    assert code == 0, err
    shared = names[0].rsplit(" – ", 1)[0]
    assert shared and all(name.startswith(shared) for name in names)
    report = pdf_text(tmp_path / "out" / "hr2-changes.pdf")
    assert f"\n{shared}\n" in report, report[:300]
