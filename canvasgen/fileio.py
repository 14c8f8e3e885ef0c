"""Writing output so that a crash never leaves a half-written file behind, and two builds of the same
file at once never spoil each other's: each writes its own temporary file and renames it into place
(the later one wins). And what a process keeps of files it read (``Kept``, ``file_stamp``): a bounded
number of entries, each keyed by the files' names, sizes and modification times, so an edited file is
read afresh and a long-running watch or server never grows without end."""

from __future__ import annotations

import datetime as dt
import errno
import glob
import os
import re
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Generic, TypeVar

from canvasgen.errors import CanvasError, CanvasErrors, OutputError
from canvasgen.platform import alive

#: A name's version at its end, as people number a workbook's versions: "klantreis-v2", "offerte_v7", "Plan V3".
_VERSION_AT_END = re.compile(r"[-_ ][vV](\d+)$")


def next_version_name(stem: str) -> str:
    """The name of the next version of a workbook named ``stem`` (no suffix), the one rule ``apply``'s result
    is named by on the page and the README's examples follow: its version number at the end raised by one
    ("klantreis-v2" → "klantreis-v3"), else "-v2" after it ("klantreis" → "klantreis-v2")."""
    found = _VERSION_AT_END.search(stem)
    if found is None:
        return f"{stem}-v2"
    return f"{stem[: found.start(1)]}{int(found.group(1)) + 1}"


def version_of(stem: str) -> tuple[str, int]:
    """A workbook's name (no suffix) as the name it is a version of and its number: "klantreis-v3" is
    ("klantreis", 3), "klantreis" ("klantreis", 1), its first version."""
    found = _VERSION_AT_END.search(stem)
    if found is None:
        return stem, 1
    return stem[: found.start()], int(found.group(1))


def generation_date() -> dt.date:
    """The date written into outputs: today, or the day of ``SOURCE_DATE_EPOCH`` when it is set (the
    reproducible-builds convention), so that the same canvas can give the same files on any day."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


#: File names are limited to 255 bytes on the usual file systems; the temporary name adds to the target's.
_MAX_NAME = 255


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it only if the block succeeds. A folder that
    cannot be written to (a file in the way, no permission, a full disk) is one sentence."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(target)
        handle, name = tempfile.mkstemp(prefix=_part_prefix(target), suffix=".part", dir=target.parent)
        os.close(handle)
    except OSError as error:
        raise output_error(error, target) from None
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; outputs are for sharing
        _replace(temp, target)
    except OSError as error:
        if error.filename not in (None, str(temp), str(target)) and error.errno not in _FULL:
            raise  # not about the output (a font or logo that cannot be read says so itself)
        raise output_error(error, target) from None
    finally:
        temp.unlink(missing_ok=True)


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def _replace(temp: Path, target: Path) -> None:
    """The finished file renamed onto ``target``. The folder could be written to (the temporary file is
    there), so a refusal now is about ``target`` itself: open in another program (Windows locks a PDF
    open in Acrobat, a workbook open in Excel) or read-only; said so, naming it."""
    try:
        os.replace(temp, target)
    except PermissionError:
        raise OutputError(
            target,
            f"cannot be replaced: it is open in another program or read-only; close "
            f"{target.name} and try again (or write elsewhere with -o)",
        ) from None


def refuse_folders(targets: list[Path]) -> None:
    """Before anything is written: refuse every output file whose place a folder takes ("poster.pdf/"),
    whatever ``--force`` says (a folder is never replaced); every such folder in one error."""
    folders = [target for target in dict.fromkeys(targets) if target.is_dir()]
    if folders:
        raise CanvasErrors.of(
            [
                OutputError(
                    folder,
                    f"is a folder, where canvasgen writes the file {folder.name!r}: rename or move the folder, "
                    "or choose another folder with -o",
                )
                for folder in folders
            ]
        )


def output_error(error: OSError, target: Path) -> CanvasError:
    """Why ``target`` cannot be written, as one sentence that says what to do."""
    folder = target.parent
    if error.errno in _FULL:
        return OutputError(
            target, "cannot be written: the disk is full; free some space or choose another folder with -o"
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(folder, "cannot be written to (no permission or read-only); choose another folder with -o")
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        blocking = next((p for p in [folder, *folder.parents] if p.exists() and not p.is_dir()), folder)
        return OutputError(folder, f"cannot be made: {blocking} is a file, not a folder; choose another folder with -o")
    if error.errno == errno.ENAMETOOLONG:
        return OutputError(target, "the name is too long for the file system; give the workbook a shorter name")
    return OutputError(target, f"cannot be written ({error.strerror or str(error) or type(error).__name__})")


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    with atomic_path(target) as temp:
        write(temp)


def _short_name(target: Path) -> str:
    """The target's name, shortened when needed so that ``.<name>.<pid>.<random>.part`` stays within
    the file system's limit (a 240-character workbook name is fine; its temporary name must be too)."""
    name = target.name
    room = _MAX_NAME - len(".") - len(".4294967295.") - 8 - len(".part")
    while len(name.encode("utf-8")) > room:
        name = name[:-1]
    return name


def _part_prefix(target: Path) -> str:
    """``.<name>.<pid>.``: whose temporary file it is."""
    return f".{_short_name(target)}.{os.getpid()}."


def remove_stale_parts(target: Path) -> None:
    """Temporary files of ``target`` left by a build that was killed (their process is gone); those of
    a build still running, in this process or another, are left alone."""
    lead = f".{_short_name(target)}."
    for part in target.parent.glob(f"{glob.escape(lead)}*.part"):
        owner = part.name[len(lead) :].split(".", 1)[0]
        if owner.isdigit() and not alive(int(owner)):
            part.unlink(missing_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


FileStamp = tuple[str, int, int]  # path, size, modification time in ns
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def file_stamp(path: Path) -> FileStamp:
    """What makes a file's contents stale: its name, size and modification time ((-1, -1) when missing)."""
    try:
        info = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), info.st_size, info.st_mtime_ns)


class Kept(Generic[K, V]):
    """A cache of at most ``size`` entries, the least recently used let go first. Its key must hold what
    makes an entry stale (a ``file_stamp`` for what was read from a file)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, make: Callable[[], V]) -> V:
        """The entry for ``key``, made by ``make`` when there is none."""
        if key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key]
        value = make()
        self._entries[key] = value
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)
