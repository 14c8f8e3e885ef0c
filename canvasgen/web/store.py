"""Where a request's uploads and results live: a folder per request under one temporary root, named by
a random token that is the only part of a result URL canvasgen looks up (never a path). A folder is
deleted a while after its job ended (never while the job runs), and all of them when the server stops."""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{22}$")

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    ".zip": "application/zip",
    ".png": "image/png",
}


@dataclass
class Stored:
    path: Path
    download: str  # the name the browser saves it under
    made_from: tuple[Path, int] | None = None  # (PDF, page): a picture made when first asked for


@dataclass
class _Entry:
    folder: Path
    ended: float | None = None  # when its job ended; None while it runs
    files: dict[str, Stored] = field(default_factory=dict)


class ResultStore:
    def __init__(self, keep_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="canvasgen-serve-"))
        self.keep = keep_seconds
        self.clock = clock
        self._entries: dict[str, _Entry] = {}

    def new(self) -> tuple[str, Path]:
        """A fresh token and its empty folder."""
        self.sweep()
        token = secrets.token_urlsafe(16)
        folder = self.root / token
        folder.mkdir()
        self._entries[token] = _Entry(folder)
        return token, folder

    def finish(self, token: str) -> None:
        """The job is done and its results are published: they are kept ``keep_seconds`` from now."""
        entry = self._entries.get(token)
        if entry is not None:
            entry.ended = self.clock()

    def publish(
        self, token: str, name: str, path: Path, download: str, made_from: tuple[Path, int] | None = None
    ) -> None:
        self._entries[token].files[name] = Stored(path, download, made_from)

    def find(self, token: str, name: str) -> Stored | None:
        """The stored file, or None for anything unknown or expired: the token and the name are looked up,
        never joined into a path."""
        self.sweep()
        if not _TOKEN.match(token):
            return None
        entry = self._entries.get(token)
        if entry is None:
            return None
        stored = entry.files.get(name)
        if stored is None or not (stored.path.is_file() or stored.made_from):
            return None
        return stored

    def forget(self, token: str) -> None:
        entry = self._entries.pop(token, None)
        if entry is not None:
            shutil.rmtree(entry.folder, ignore_errors=True)

    def sweep(self) -> None:
        """Folders whose job ended longer ago than ``keep_seconds``; a running job's folder is never one."""
        now = self.clock()
        for token in [t for t, e in self._entries.items() if e.ended is not None and now - e.ended > self.keep]:
            self.forget(token)

    def close(self) -> None:
        for token in list(self._entries):
            self.forget(token)
        shutil.rmtree(self.root, ignore_errors=True)
