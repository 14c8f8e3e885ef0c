"""`canvasgen watch`: a rebuild after each settled save, none for half-written files."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.pipeline.watch import Watcher
from tests.support.waiting import wait_until
from tests.support.workbooks import CANVASES


class FakeTime:
    """A clock that moves only when the watcher sleeps; ``on_sleep`` is called with the number of the
    look about to come (1, 2, ...) to change files in between."""

    def __init__(self, on_sleep: Callable[[int], None] = lambda _: None) -> None:
        self.now = 0.0
        self.looks = 0
        self.on_sleep = on_sleep

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.looks += 1
        self.on_sleep(self.looks)


def test_a_change_is_built_once_it_has_settled(tmp_path: Path) -> None:
    path = tmp_path / "reis.xlsx"
    path.write_bytes(b"v1")
    built: list[bytes] = []

    def save(look: int) -> None:  # a look every 0.5 s
        if look == 2:
            path.write_bytes(b"v2, half")  # being written: changes again before it settles
        if look == 3:
            path.write_bytes(b"v2, complete")

    fake = FakeTime(save)
    watcher = Watcher([path], lambda p: built.append(p.read_bytes()), 0.5, fake.sleep, clock=fake.clock)
    assert watcher.run(max_builds=2) == 2
    assert built == [b"v1", b"v2, complete"]  # never the half-written state
    assert fake.looks == 5  # seen at 1.5 s, unchanged at 2.0 and 2.5 s: a second without a change


def test_a_file_written_in_pauses_is_read_once_whole(tmp_path: Path) -> None:
    """A slow writer (a network drive, a sync client) pauses longer than a look between its writes."""
    path = tmp_path / "reis.xlsx"
    path.write_bytes(b"v1")
    built: list[bytes] = []
    parts = {2: b"part one, ", 4: b"part two, ", 5: b"part three"}  # 0.5 s between looks

    def write(look: int) -> None:
        if look in parts:
            with path.open("ab" if look > 2 else "wb") as out:
                out.write(parts[look])

    fake = FakeTime(write)
    watcher = Watcher([path], lambda p: built.append(p.read_bytes()), 0.5, fake.sleep, clock=fake.clock)
    assert watcher.run(max_builds=2) == 2
    assert built == [b"v1", b"part one, part two, part three"]


def test_a_whole_workbook_saved_is_built_at_the_next_look_not_after_a_second(tmp_path: Path) -> None:
    """Excel saves a whole .xlsx (renamed over the old one): its zip's end record is in place, so it is
    built at the next look (a tenth of a second settles it), not after a second of waiting."""
    from tests.support.workbooks import CANVASES

    path = tmp_path / "reis.xlsx"
    path.write_bytes(b"v1")
    saved = (CANVASES / "template-nl.xlsx").read_bytes()
    built: list[bytes] = []

    def save(look: int) -> None:
        if look == 2:
            path.write_bytes(saved)

    fake = FakeTime(save)
    watcher = Watcher([path], lambda p: built.append(p.read_bytes()), 0.5, fake.sleep, clock=fake.clock)
    assert watcher.run(max_builds=2) == 2
    assert built == [b"v1", saved]
    assert fake.looks == 3  # seen at 1.0 s, built at 1.5 s (a file of no zip waits until 2.0 s)


def test_a_workbook_written_in_pauses_is_built_once_whole(tmp_path: Path) -> None:
    """The first half of an .xlsx has no end record yet: it waits the whole second, and the workbook is
    built once, whole, after its second half comes a second later."""
    from tests.support.workbooks import CANVASES

    path = tmp_path / "reis.xlsx"
    path.write_bytes(b"v1")
    saved = (CANVASES / "template-nl.xlsx").read_bytes()
    half = len(saved) // 2
    built: list[bytes] = []

    def write(look: int) -> None:
        if look == 2:
            path.write_bytes(saved[:half])
        if look == 4:
            with path.open("ab") as out:
                out.write(saved[half:])

    fake = FakeTime(write)
    watcher = Watcher([path], lambda p: built.append(p.read_bytes()), 0.5, fake.sleep, clock=fake.clock)
    assert watcher.run(max_builds=2) == 2
    assert built == [b"v1", saved]


def test_a_changed_metrics_file_rebuilds_every_workbook(tmp_path: Path) -> None:
    one, two, csv = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "metrics.csv"
    for path in (one, two, csv):
        path.write_bytes(b"v1")
    built: list[Path] = []

    def export(look: int) -> None:
        if look == 2:
            csv.write_bytes(b"v2: the October export")

    fake = FakeTime(export)
    watcher = Watcher([one, two], built.append, 0.5, fake.sleep, depends=[csv], clock=fake.clock)
    assert watcher.run(max_builds=4) == 4
    assert built == [one, two, one, two]


def test_a_missing_file_is_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "later.xlsx"
    built: list[Path] = []

    def save(look: int) -> None:
        if look == 2:
            path.write_bytes(b"saved")

    fake = FakeTime(save)
    assert Watcher([path], built.append, 0.5, fake.sleep, clock=fake.clock).run(max_builds=1) == 1
    assert built == [path]


@pytest.mark.slow
def test_a_file_written_in_pauses_is_read_once_whole_with_the_systems_events(tmp_path: Path) -> None:
    """The same with the operating system's file events and the real clock: a writer that pauses a third
    of a second between its three writes (the old settle time was 50 ms: four builds of a half file)."""
    path = tmp_path / "reis.xlsx"
    path.write_bytes(b"v1")
    built: list[bytes] = []
    first_built = threading.Event()

    def rebuild(p: Path) -> None:
        built.append(p.read_bytes())
        first_built.set()

    def slow_writer() -> None:
        first_built.wait(60)
        with path.open("wb") as out:
            for part in (b"part one, ", b"part two, ", b"part three"):
                out.write(part)
                out.flush()
                time.sleep(0.3)  # the writer's own pace, not a wait for the watcher

    writer = threading.Thread(target=slow_writer)
    writer.start()
    assert Watcher([path], rebuild, 0.5, poll=False).run(max_builds=2) == 2
    writer.join()
    assert built == [b"v1", b"part one, part two, part three"]


@pytest.mark.slow
def test_watch_rebuilds_poster_and_deck_on_save(tmp_path: Path) -> None:
    path = tmp_path / "reis.xlsx"
    shutil.copy(CANVASES / "template-nl.xlsx", path)
    out = tmp_path / "out"

    def save_later() -> None:
        wait_until((out / "reis.pdf").exists, "the first build")  # the stamp it compares with is taken
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
    from tests.support.read_back import pdf_text

    assert "Zonnepanelen" in pdf_text(out / "reis.pdf")


def _canvas(path: Path, second_lane: str, cell: str) -> None:
    from tests.support.workbooks import make_book

    cells = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "D1": "Aankoop",
        "A2": "Klantproces",
        "B2": "zoekt",
        "C2": "belt",
        "D2": "koopt",
        "A3": second_lane,
        "B3": cell,
        "C3": "sneller",
        "D3": "korting",
    }
    partial = path.with_suffix(".tmp")
    make_book(partial, {"Klantreis": cells})
    partial.replace(path)  # how Excel saves: write elsewhere, then replace


def test_watch_says_each_warning_once_and_what_a_save_changed(tmp_path: Path) -> None:
    """A workshop saves every few minutes: a warning already said is counted, not repeated; a new one is
    said in full; one that went away is named."""
    path, out = tmp_path / "reis.xlsx", tmp_path / "out"
    _canvas(path, "Kansjes", "minder bellen")

    def save_later() -> None:
        while not (out / "reis.pdf").exists():
            time.sleep(0.05)
        time.sleep(0.2)
        _canvas(path, "Kansen", "minder bellen ሰ")  # the lane named right; a letter (Ethiopic) no font draws

    saver = threading.Thread(target=save_later)
    saver.start()
    args = ["watch", str(path), "-o", str(out), "--size", "A3", "--no-pptx", "--interval", "0.1", "--max-builds", "2"]
    result = CliRunner().invoke(main, args)
    saver.join()
    assert result.exit_code == 0, result.stderr
    first, second = result.stderr.split("building")[1:]
    blank = f"warning: {path}: Klantreis!C1: column C has no phase name"
    lane = f"{path}: Klantreis!A3: lane 'Kansjes' has no role"
    assert blank in first and f"warning: {lane}" in first
    assert blank not in second and "(1 warning as at the last build, not repeated)" in second
    assert f"no longer: {lane}" in second
    assert "warning: " in second and "ሰ" in second.split("no longer")[0]  # the new one, in full


def test_watch_on_a_file_that_is_not_there_says_so_and_stops(tmp_path: Path) -> None:
    """Not "watching nonexist.xlsx" for ever: one sentence per missing file, a non-zero exit, nothing built."""
    there = tmp_path / "reis.xlsx"
    shutil.copy(CANVASES / "template-nl.xlsx", there)
    missing = tmp_path / "nonexist.xlsx"
    result = CliRunner().invoke(main, ["watch", str(there), str(missing), "-o", str(tmp_path / "out"), "--poll"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {missing}: file not found: watch a workbook that is there\n"
    assert "watching" not in result.output and not (tmp_path / "out").exists()


def test_lock_files_are_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["watch", str(tmp_path / "~$reis.xlsx")])
    assert result.exit_code == 2 and "lock or temporary file" in result.stderr


@pytest.mark.slow
def test_watch_reads_an_edited_settings_file(tmp_path: Path) -> None:
    """Saving canvasgen.toml beside the workbook rebuilds it with the new corrections."""
    from tests.support.read_back import pdf_text
    from tests.support.workbooks import PLANNING_FIRST, make_book

    path = make_book(tmp_path / "plan.xlsx", {"Лист1": PLANNING_FIRST})
    out = tmp_path / "out"

    def correct_later() -> None:
        wait_until((out / "plan.pdf").exists, "the first build")  # the stamp it compares with is taken
        (tmp_path / "canvasgen.toml").write_text('["plan.xlsx"]\nphases-row = 6\n', encoding="utf-8")

    editor = threading.Thread(target=correct_later)
    editor.start()
    args = ["watch", str(path), "-o", str(out), "--size", "A3", "--no-pptx", "--interval", "0.1", "--max-builds", "2"]
    result = CliRunner().invoke(main, args)
    editor.join()
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("building") == 2
    text = pdf_text(out / "plan.pdf")
    # the planning table is notes now, printed as a table after the map (its months no phases over it)
    assert "Поиск" in text and text.index("Январь") > text.index("Поиск")
    assert "Задачи Январь Февраль Март" in text


@pytest.mark.slow
def test_watch_picks_up_an_edited_brand_kit(tmp_path: Path) -> None:
    """A warm watch keeps the kit loaded, until its brand.toml changes: then the next build uses the new one."""
    from tests.support.read_back import pdf_text
    from tests.support.workbooks import REPO

    kit = tmp_path / "kit"
    shutil.copytree(REPO / "brand" / "studio-noord", kit)
    path = tmp_path / "reis.xlsx"
    shutil.copy(CANVASES / "template-nl.xlsx", path)
    out = tmp_path / "out"

    def edit_later() -> None:
        wait_until((out / "reis.pdf").exists, "the first build")  # the stamp it compares with is taken
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
