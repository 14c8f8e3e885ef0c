"""Files written whole or not at all (``canvasgen.fileio``): the temporary parts a killed build left are
found by the target's own name, also when that name holds glob signs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from canvasgen.fileio import Kept, file_stamp, remove_stale_parts


def _dead_pid() -> int:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(process.stdout)


def test_stale_parts_of_a_target_named_with_glob_signs_and_only_those_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "[2026] klant"
    folder.mkdir()
    target = folder / "[v2] zon*.pdf"
    dead = _dead_pid()
    stale = folder / f".[v2] zon*.pdf.{dead}.a1.part"
    running = folder / f".[v2] zon*.pdf.{os.getpid()}.b2.part"  # this build's own: still being written
    neighbour = folder / f".v zonnig.pdf.{dead}.c3.part"  # what "[v2] zon*" read as a pattern would match
    for part in (stale, running, neighbour):
        part.write_bytes(b"%PDF-")
    remove_stale_parts(target)
    assert sorted(p.name for p in folder.iterdir()) == sorted([running.name, neighbour.name])


def test_kept_entries_are_bounded_the_least_recently_used_let_go_first() -> None:
    made: list[str] = []
    kept: Kept[str, str] = Kept(2)

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    assert [kept.get(k, lambda k=k: make(k)) for k in ("a", "b", "a", "c", "a", "b")] == list("ABACAB")
    assert made == ["a", "b", "c", "b"]  # "b" was let go when "c" came ("a" had been used since)
    assert len(kept) == 2


def test_a_file_stamp_changes_with_the_file(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    assert file_stamp(logo) == (str(logo), -1, -1)
    logo.write_bytes(b"1")
    first = file_stamp(logo)
    logo.write_bytes(b"12")
    assert file_stamp(logo) != first
