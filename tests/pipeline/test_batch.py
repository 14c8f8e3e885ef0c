"""`canvasgen build FOLDER`: every workbook, in parallel, skipping what has not changed."""

from __future__ import annotations

import multiprocessing.connection
import os
import shutil
from pathlib import Path

import pytest
from pytest import MonkeyPatch

from canvasgen.pipeline import BuildOptions, batch
from canvasgen.pipeline.plan import canvases_in, is_lock_or_temp
from canvasgen.platform import START_METHOD_VARIABLE
from tests.support.cli import run
from tests.support.waiting import DEADLINE
from tests.support.workbooks import CANVASES
from tests.support.workshop import canvas as lease_canvas


def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "klant-b").mkdir(parents=True)
    shutil.copy(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", src / "zon.xlsx")
    shutil.copy(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", src / "webshop.xlsx")
    shutil.copy(CANVASES / "template-en.xlsx", src / "klant-b" / "leeg.xlsx")
    (src / "~$zon.xlsx").write_bytes(b"\0owner file Excel keeps while the workbook is open")
    (src / ".~lock.webshop.xlsx#").write_text("LibreOffice lock")
    (src / "kapot.xlsx").write_bytes(b"")
    return src


def test_lock_and_temporary_files_are_ignored(tmp_path: Path) -> None:
    src = folder(tmp_path)
    assert is_lock_or_temp(src / "~$zon.xlsx")
    assert [p.name for p in canvases_in(src, recursive=False)] == ["kapot.xlsx", "webshop.xlsx", "zon.xlsx"]
    assert [p.name for p in canvases_in(src, recursive=True)][-1] == "zon.xlsx"
    assert "leeg.xlsx" in [p.name for p in canvases_in(src, recursive=True)]


def test_a_folder_given_through_dot_dot_and_hidden_folders_inside(tmp_path: Path) -> None:
    src = folder(tmp_path)
    (src / ".git").mkdir()
    shutil.copy(CANVASES / "template-nl.xlsx", src / ".git" / "verborgen.xlsx")
    via_parent = src / "klant-b" / ".." / ".." / "in"  # "../klanten/": the path itself may hold ".."
    names = [p.name for p in canvases_in(via_parent, recursive=True)]
    assert names == ["kapot.xlsx", "leeg.xlsx", "webshop.xlsx", "zon.xlsx"]


def test_one_bad_workbook_never_stops_the_others(tmp_path: Path) -> None:
    src, out = folder(tmp_path), tmp_path / "out"
    code, stdout, stderr = run("build", str(src), "-r", "-o", str(out), "--size", "A3")
    assert code == 1
    assert f"error: {src / 'kapot.xlsx'}: the file is empty (0 bytes)" in stderr
    assert "3 built, 0 unchanged (skipped), 1 failed" in stderr
    for name in ("zon.pdf", "zon.pptx", "webshop.pdf", "webshop.pptx", "klant-b/leeg.pdf", "klant-b/leeg.pptx"):
        assert (out / name).is_file(), name
    assert not (out / "kapot.pdf").exists()
    assert f"wrote {out / 'zon.pdf'}" in stdout


@pytest.mark.slow
def test_unchanged_workbooks_are_skipped_unless_forced(tmp_path: Path) -> None:
    src, out = folder(tmp_path), tmp_path / "out"
    (src / "kapot.xlsx").unlink()
    # what is skipped is the point, not what is built: two small canvases instead of the examples
    lease_canvas(src / "zon.xlsx")
    lease_canvas(src / "webshop.xlsx", {"A1": "Klantreis webshop"})
    assert run("build", str(src), "-o", str(out), "--size", "A3")[0] == 0
    code, stdout, stderr = run("build", str(src), "-o", str(out), "--size", "A3")
    assert code == 0 and "0 built, 2 unchanged (skipped), 0 failed" in stderr and stdout == ""
    lease_canvas(src / "zon.xlsx", {"C6": "Vult het formulier online in"})  # the workbook changed
    code, stdout, stderr = run("build", str(src), "-o", str(out), "--size", "A3")
    assert "1 built, 1 unchanged" in stderr and "zon.pdf" in stdout
    assert (
        "1 built, 1 unchanged"
        not in run("build", str(src), "-o", str(out), "--size", "A3", "--brand", "studio-noord")[2]
    )
    code, _, stderr = run("build", str(src), "-o", str(out), "--size", "A3", "--force", "-j", "1")
    assert "2 built, 0 unchanged" in stderr
    (out / "webshop.pdf").unlink()  # an output gone: built again
    assert "1 built, 1 unchanged" in run("build", str(src), "-o", str(out), "--size", "A3")[2]


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    code, _, stderr = run("build", str(tmp_path), "-o", str(tmp_path / "out"))
    assert code == 1
    suffixes = ".xlsx, .xlsm, .xls, .xlsb, .ods, .csv, .tsv, .json, .mmd"
    assert f"error: {tmp_path}: no canvases found in this folder ({suffixes})" in stderr


def _dies_on_b(job: batch.Job) -> batch.Outcome:
    if job.source.name == "b.xlsx":
        os._exit(9)  # a worker killed mid-build (out of memory, kill -9)
    return batch.Outcome(job.source, built=True)


def test_a_worker_that_dies_fails_its_own_job_and_the_rest_are_built(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "run_job", _dies_on_b)  # forked workers inherit the patch
    monkeypatch.setenv(START_METHOD_VARIABLE, "fork")  # whatever this run asks for: a spawned one would not
    jobs = [batch.Job(Path(f"{name}.xlsx"), BuildOptions(Path("out"), (100.0, 100.0))) for name in "abcdef"]
    outcomes = {o.source.name: o for o in batch._outcomes(jobs, workers=2)}
    assert sorted(outcomes) == [f"{name}.xlsx" for name in "abcdef"]
    assert outcomes["b.xlsx"].errors == ["b.xlsx: the process building it stopped (exit code 9)"]
    assert all(o.built for name, o in outcomes.items() if name != "b.xlsx")


def _quick_job(job: batch.Job) -> batch.Outcome:
    return batch.Outcome(job.source, built=True, lines=[f"wrote {job.source.stem}.pdf"])


@pytest.mark.slow
def test_a_job_that_ended_as_ctrl_c_came_is_still_reported(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    """Its files are written: the build must say so even though Ctrl-C came before its outcome was read."""
    monkeypatch.setattr(batch, "run_job", _quick_job)  # the forked workers run it too
    monkeypatch.setenv(START_METHOD_VARIABLE, "fork")  # whatever this run asks for: a spawned one would not
    jobs = [batch.Job(tmp_path / f"klant-{i}.xlsx", BuildOptions(tmp_path, (100.0, 100.0))) for i in range(2)]
    outcomes = batch._outcomes(jobs, workers=2)
    first = next(outcomes)
    # The other worker finishes and sends its outcome, unread: the event is its pipe holding the outcome.
    crew = outcomes.gi_frame.f_locals["crew"]  # type: ignore[union-attr]
    unread = [w.conn for w in crew if w.job is not None and w.job.source != first.source]
    assert multiprocessing.connection.wait(unread, timeout=DEADLINE), "the other worker never answered"
    try:
        outcomes.throw(KeyboardInterrupt())
    except batch.Interrupted as stop:
        finished = [o.source for o in stop.finished]
    else:
        raise AssertionError("Ctrl-C was swallowed")
    assert sorted([first.source, *finished]) == [job.source for job in jobs]
