"""The tests' reading of a workbook: canvasgen's own ``read_canvas``, each reading kept for the test process.

A worker reads the same canvases (``canvases/``, ``tests/data/``) again in test after test: of some 700
readings, 7.7 CPU-s were a file read again. A reading is kept by everything that decides it: the file's bytes,
those of a ``canvasgen.toml`` beside it (its corrections), the name the messages give the file
(``display_name``), and the options. Each call gets a canvas of its own (unpickled from the kept one, a
fifth of a deep copy's cost) to change as it likes. A reading that fails is not kept: it fails again, anew.

Not kept, read anew each time: a reading given corrections (a ``Corrections`` carries fields that no
comparison sees), one on the web page (``on_the_page``: its sentences name the page's tabs), and every reading
in a test that uses ``monkeypatch`` (it may have changed the reader's
insides, or count its calls): ``conftest`` switches the keeping off for such a test (``keeping``).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from canvasgen.errors import display_name, what_to_do
from canvasgen.model import Canvas
from canvasgen.read.corrections import SETTINGS_FILE, Corrections
from canvasgen.read.reader import read_canvas as read_anew

_Key = tuple[object, ...]
#: The readings kept, oldest first: at most ``_MOST`` (a test's own workbooks are read once and go first).
_KEPT: dict[_Key, bytes] = {}
_MOST = 256
#: Off for the test running now when it uses ``monkeypatch`` (set by ``conftest``).
_keeping = [True]


def keeping(on: bool) -> None:
    """Whether the readings of the test about to run may be kept and taken from those kept."""
    _keeping[0] = on


def read_canvas(
    path: str | Path,
    corrections: Corrections | None = None,
    companion: bool = False,
    phases: tuple[str, ...] = (),
    dates: str | None = None,
    unmatched_later: bool = False,
) -> Canvas:
    """``canvasgen.read.reader.read_canvas``, the same reading, kept for the next test that reads the same."""
    on_the_page = what_to_do("command", "page") == "page"
    kept_at_all = corrections is None and not on_the_page and _keeping[0]
    key = _key(path, companion, phases, dates, unmatched_later) if kept_at_all else None
    if key is None:
        return read_anew(path, corrections, companion, phases, dates, unmatched_later)
    kept = _KEPT.get(key)
    if kept is None:
        canvas = read_anew(path, None, companion, phases, dates, unmatched_later)
        _KEPT[key] = pickle.dumps(canvas, protocol=pickle.HIGHEST_PROTOCOL)
        if len(_KEPT) > _MOST:
            del _KEPT[next(iter(_KEPT))]
        return canvas
    canvas = pickle.loads(kept)
    assert isinstance(canvas, Canvas)
    return canvas


def _key(path: str | Path, *options: object) -> _Key | None:
    """What decides a reading of ``path`` with these options; None where the file cannot be read here (the
    reader says why)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    settings = Path(path).parent / SETTINGS_FILE
    beside = settings.read_bytes() if settings.is_file() else None
    return (
        os.fspath(path),
        str(Path(path).resolve()),
        display_name(path),
        hashlib.blake2b(data).digest(),
        beside,
        *options,
    )
