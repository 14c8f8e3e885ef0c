"""Files written whole or not at all (``canvasgen.fileio``): the temporary parts a killed build left are
found by the target's own name, also when that name holds glob signs; a folder where an output file goes
is refused before anything is written, by every command that writes, even with --force (H16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from canvasgen.fileio import Kept, file_stamp, remove_stale_parts
from tests.support.cli import run_clean
from tests.support.workshop import canvas, kit_of


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


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize(
    ("command", "folder"),
    [
        (["build", "{src}", "-o", "{out}", "--force"], "lease.pptx"),
        (["kit", "{src}", "-o", "{out}", "--force"], "lease-handouts.pdf"),
        (["kit", "{src}", "-o", "{out}", "--force"], "lease-changes.xlsx"),
        (["gaps", "{other}", "{src}", "-o", "{out}", "--force"], "lease-gaps.pdf"),
        (["diff", "{other}", "{src}", "-o", "{out}", "--force"], "lease-changes.pptx"),
    ],
)
def test_a_folder_where_an_output_file_goes_is_refused_before_anything_is_written(
    tmp_path: Path, command: list[str], folder: str
) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    other = canvas(tmp_path / "ideal.xlsx", {"C6": "Vraagt online aan"})
    out = tmp_path / "out"
    (out / folder).mkdir(parents=True)
    args = [a.format(src=source, other=other, out=out) for a in command]
    code, _, err = run_clean(*args)
    assert code == 1
    assert f"{folder}: is a folder, where canvasgen writes the file '{folder}': rename or move the folder" in err
    assert _files(out) == [folder]  # nothing else written, the folder left as it was


def test_apply_to_a_folder_is_refused(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, _ = kit_of(source, tmp_path)
    (tmp_path / "v4.xlsx").mkdir()
    code, _, err = run_clean("apply", source, changes, "-o", tmp_path / "v4.xlsx", "--force")
    assert code == 1 and "v4.xlsx: is a folder" in err
    assert list((tmp_path / "v4.xlsx").iterdir()) == []
