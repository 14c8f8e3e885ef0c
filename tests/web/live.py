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
import time
import urllib.request
from collections.abc import Iterator
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


@contextlib.contextmanager
def running_server(*options: str) -> Iterator[str]:
    """``canvasgen serve`` in a process of its own; yields its address once the page answers."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "canvasgen", "serve", "--port", str(port), *options], cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    address = f"http://127.0.0.1:{port}"
    try:
        limit = time.monotonic() + STARTUP
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"canvasgen serve stopped: {process.communicate()[1]}")
            with contextlib.suppress(OSError), urllib.request.urlopen(address + "/", timeout=2) as answer:
                if answer.status == 200:
                    break
            if time.monotonic() > limit:
                raise RuntimeError("canvasgen serve did not answer")
            time.sleep(0.2)
        yield address
    finally:
        process.terminate()
        try:
            process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


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
