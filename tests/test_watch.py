"""`canvasgen watch`: a rebuild after each settled save, none for half-written files."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.watch import Watcher
from tests.helpers import CANVASES


def test_a_change_is_built_once_it_has_settled(tmp_path: Path) -> None:
    path = tmp_path / "reis.xlsx"
    path.write_bytes(b"v1")
    built: list[bytes] = []
    ticks: list[int] = []

    def sleep(_: float) -> None:
        ticks.append(1)
        if len(ticks) == 2:
            path.write_bytes(b"v2, half")  # being written: changes again before it settles
        if len(ticks) == 3:
            path.write_bytes(b"v2, complete")

    watcher = Watcher([path], lambda p: built.append(p.read_bytes()), interval=0, sleep=sleep)
    assert watcher.run(max_builds=2) == 2
    assert built == [b"v1", b"v2, complete"]  # never the half-written state
    assert len(ticks) == 4  # the change is built on the poll after it settled


def test_a_changed_metrics_file_rebuilds_every_workbook(tmp_path: Path) -> None:
    one, two, csv = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "metrics.csv"
    for path in (one, two, csv):
        path.write_bytes(b"v1")
    built: list[Path] = []
    ticks: list[int] = []

    def sleep(_: float) -> None:
        ticks.append(1)
        if len(ticks) == 2:
            csv.write_bytes(b"v2: the October export")

    watcher = Watcher([one, two], built.append, 0, sleep, depends=[csv])
    assert watcher.run(max_builds=4) == 4
    assert built == [one, two, one, two]


def test_a_missing_file_is_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "later.xlsx"
    built: list[Path] = []
    ticks: list[int] = []

    def sleep(_: float) -> None:
        ticks.append(1)
        if len(ticks) == 2:
            path.write_bytes(b"saved")

    assert Watcher([path], built.append, 0, sleep).run(max_builds=1) == 1
    assert built == [path]


def test_watch_rebuilds_poster_and_deck_on_save(tmp_path: Path) -> None:
    path = tmp_path / "reis.xlsx"
    shutil.copy(CANVASES / "template-nl.xlsx", path)
    out = tmp_path / "out"

    def save_later() -> None:
        while not (out / "reis.pdf").exists():
            time.sleep(0.05)
        time.sleep(0.2)
        partial = tmp_path / "reis.tmp"
        shutil.copy(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", partial)
        partial.replace(path)  # how Excel saves: write elsewhere, then replace

    saver = threading.Thread(target=save_later)
    saver.start()
    result = CliRunner().invoke(
        main, ["watch", str(path), "-o", str(out), "--size", "A3", "--interval", "0.1", "--max-builds", "2"]
    )
    saver.join()
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("building") == 2
    assert result.stdout.count(f"wrote {out / 'reis.pdf'}") == 2
    from tests.helpers import pdf_text

    assert "Zonnepanelen" in pdf_text(out / "reis.pdf")


def test_lock_files_are_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["watch", str(tmp_path / "~$reis.xlsx")])
    assert result.exit_code == 2 and "lock or temporary file" in result.stderr


def test_watch_reads_an_edited_settings_file(tmp_path: Path) -> None:
    """Saving canvasgen.toml beside the workbook rebuilds it with the new corrections."""
    from tests.excel.test_corrections import SHEET
    from tests.helpers import make_book, pdf_text

    path = make_book(tmp_path / "plan.xlsx", {"Лист1": SHEET})
    out = tmp_path / "out"

    def correct_later() -> None:
        while not (out / "plan.pdf").exists():
            time.sleep(0.05)
        time.sleep(0.2)
        (tmp_path / "canvasgen.toml").write_text('["plan.xlsx"]\nphases-row = 6\n', encoding="utf-8")

    editor = threading.Thread(target=correct_later)
    editor.start()
    args = ["watch", str(path), "-o", str(out), "--size", "A3", "--no-pptx", "--interval", "0.1", "--max-builds", "2"]
    result = CliRunner().invoke(main, args)
    editor.join()
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("building") == 2
    text = pdf_text(out / "plan.pdf")
    assert "Поиск" in text and "Январь" not in text.split("Notes")[0]  # the planning table is notes now


def test_watch_picks_up_an_edited_brand_kit(tmp_path: Path) -> None:
    """A warm watch keeps the kit loaded, until its brand.toml changes: then the next build uses the new one."""
    from tests.helpers import REPO, pdf_text

    kit = tmp_path / "kit"
    shutil.copytree(REPO / "brand" / "studio-noord", kit)
    path = tmp_path / "reis.xlsx"
    shutil.copy(CANVASES / "template-nl.xlsx", path)
    out = tmp_path / "out"

    def edit_later() -> None:
        while not (out / "reis.pdf").exists():
            time.sleep(0.05)
        time.sleep(0.2)
        toml = kit / "brand.toml"
        toml.write_text(toml.read_text(encoding="utf-8").replace("Studio Noord", "Studio Zuid"), encoding="utf-8")

    editor = threading.Thread(target=edit_later)
    editor.start()
    args = ["watch", str(path), "-o", str(out), "--brand", str(kit), "--size", "A3", "--no-pptx"]
    result = CliRunner().invoke(main, [*args, "--interval", "0.1", "--max-builds", "2"])
    editor.join()
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("building") == 2
    text = pdf_text(out / "reis.pdf")
    assert "Studio Zuid" in text and "Studio Noord" not in text
