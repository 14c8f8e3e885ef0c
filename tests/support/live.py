"""A real ``canvasgen serve`` on a free port, and Debian's Chromium driven by Playwright: for the browser
test and the README's screenshot (``make screenshot``). Never ``playwright install``: the browser is
the system's (``make test`` installs Debian's chromium when it is missing)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
STARTUP = 60  # seconds: a hang guard, not a speed limit


def chromium_path() -> str | None:
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Live:
    """A running ``canvasgen serve``: its address, its process, its log (stderr) and its temporary folder."""

    address: str
    process: subprocess.Popen[str]
    log: Path
    tmp: Path

    @property
    def port(self) -> int:
        return int(self.address.rsplit(":", 1)[1])

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stores(self) -> list[Path]:
        """The server's result stores (one while it runs, none once it has stopped)."""
        return sorted(self.tmp.glob("canvasgen-serve-*"))

    def children(self) -> list[int]:
        """The server's processes below it, children and theirs: its workers, multiprocessing's resource
        tracker, and on Linux the fork server its workers are forked from."""
        return descendants(self.process.pid)

    def workers(self) -> list[int]:
        """The page's workers: spawned (``spawn_main``), or forked by the fork server (its children)."""
        found = []
        for pid in self.children():
            line = command_line(pid)
            if "spawn_main" in line or (FORK_SERVER in line and FORK_SERVER in command_line(parent(pid))):
                found.append(pid)
        return found


FORK_SERVER = "multiprocessing.forkserver"


def descendants(pid: int) -> list[int]:
    """The processes below ``pid``: its children, theirs, and so on."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            for child in (task / "children").read_text().split():
                found += [int(child), *descendants(int(child))]
    return found


def parent(pid: int) -> int:
    """The process id of ``pid``'s parent (0 once it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    return int(stat.rsplit(")", 1)[1].split()[1])


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def alive(pid: int) -> bool:
    """Running (a zombie, dead but not reaped, counts as gone only once reaped)."""
    return Path(f"/proc/{pid}").exists()


def _start(
    options: tuple[str, ...], tmp: Path, group: bool = False, env: dict[str, str] | None = None, cwd: Path = REPO
) -> Live:
    """``canvasgen serve`` on a port free a moment ago; another port when another process took it meanwhile
    (the tests run in parallel, beside other people's). Returns once the page answers."""
    log = tmp / "server.log"
    environment = {**os.environ, "TMPDIR": str(tmp), **(env or {})}
    # From a folder of the user's own, as a user runs it: the installed command, not ``python -m``.
    command = [sys.executable, "-m", "canvasgen"] if cwd == REPO else [str(Path(sys.executable).with_name("canvasgen"))]
    for _attempt in range(5):
        port = _free_port()
        with log.open("w", encoding="utf-8") as err:
            process = subprocess.Popen(
                [*command, "serve", "--port", str(port), *options],
                cwd=cwd,
                stdout=subprocess.DEVNULL,
                stderr=err,
                text=True,
                env=environment,
                start_new_session=group,
            )
        live = Live(f"http://127.0.0.1:{port}", process, log, tmp)
        limit = time.monotonic() + STARTUP
        while process.poll() is None:
            with contextlib.suppress(OSError), urllib.request.urlopen(live.address + "/", timeout=2) as answer:
                if answer.status == 200 and process.poll() is None:
                    return live
            if time.monotonic() > limit:
                _stop(process)
                raise RuntimeError("canvasgen serve did not answer")
            time.sleep(0.1)  # polling for the page to answer, with the deadline above
        if "address already in use" not in live.log_text().lower():
            raise RuntimeError(f"canvasgen serve stopped: {live.log_text()}")
    raise RuntimeError("canvasgen serve found no free port in five tries")


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def serving(
    *options: str, tmp: Path, group: bool = False, env: dict[str, str] | None = None, cwd: Path = REPO
) -> Iterator[Live]:
    """``canvasgen serve`` in a process of its own, with its temporary files and its log in ``tmp``;
    yields once the page answers. Stopped (and killed if it will not stop) at the end. ``group``: in a
    process group of its own (as a service manager starts it), so that the test can signal the group.
    ``env``: added to the server's environment (``CANVASGEN_START_METHOD=spawn``)."""
    live = _start(options, tmp, group, env, cwd)
    try:
        yield live
    finally:
        _stop(live.process)


@contextlib.contextmanager
def running_server(*options: str) -> Iterator[str]:
    """``canvasgen serve`` in a process of its own; yields its address once the page answers."""
    with tempfile.TemporaryDirectory(prefix="canvasgen-live-") as tmp, serving(*options, tmp=Path(tmp)) as live:
        yield live.address


@contextlib.contextmanager
def browser() -> Iterator[Any]:
    """A headless Chromium (the system's), without the sandbox when running as root, where it cannot start."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise RuntimeError("no Chromium on this machine: `make test` installs Debian's chromium")
    args = ["--disable-dev-shm-usage"] + (["--no-sandbox"] if os.geteuid() == 0 else [])
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=args, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()
