"""``diff`` given the newer version first (new user 14, F25): compared as given, and said, naming the version
and date that show it; in the usual order nothing is said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.support.cli import run
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
    assert code == 0 and "newer" not in err and "Wacht lang → Wacht heel lang" in out
