"""The fonts installed on the machine, for the characters canvasgen's own fonts cannot draw.

Where they are looked for: fontconfig's ``fc-list`` where it is installed (Linux, BSD, some macOS), and
the usual folders of Windows (``%WINDIR%\\Fonts``, ``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts``) and
macOS (``/Library/Fonts``, ``/System/Library/Fonts``, ``~/Library/Fonts``). A font serves only if it has
TrueType outlines (``glyf``: reportlab cannot embed PostScript/CFF outlines, as in most .otf and .otc
files) and its licence lets it be embedded; each face of a collection (.ttc) is a font of its own.

Reading every font's character map takes seconds on a machine with hundreds of fonts, so it is done
only when a character needs it (``FontSet`` asks after its own fonts failed) and kept in a cache file
(``machine-fonts.json`` in the user's cache folder), each font by its path, size and modification time:
a font installed, changed or removed is read again, the others never.

``CANVASGEN_MACHINE_FONTS`` chooses: unset, the machine's fonts; ``off``, none (the tests use this, so
that they pass or fail on what canvasgen brings); a folder, or several separated by the path separator,
only the fonts in them.
"""

from __future__ import annotations

import bisect
import json
import logging
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

VARIABLE = "CANVASGEN_MACHINE_FONTS"
_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
_CACHE_VERSION = 1


@dataclass(frozen=True)
class MachineFont:
    """One face of a font file on the machine that canvasgen can embed, and the characters it has."""

    path: Path
    index: int  # the face in a collection (.ttc); 0 for a single font
    family: str = field(compare=False)
    plain: bool = field(compare=False)  # neither bold nor italic: preferred
    # The characters it maps, as ranges: starts[i] .. ends[i], inclusive.
    starts: tuple[int, ...] = field(compare=False, repr=False)
    ends: tuple[int, ...] = field(compare=False, repr=False)

    def has(self, codes: set[int]) -> bool:
        for code in codes:
            at = bisect.bisect_right(self.starts, code) - 1
            if at < 0 or code > self.ends[at]:
                return False
        return True


def setting() -> str:
    """The machine-font setting in force (the value of ``CANVASGEN_MACHINE_FONTS``, or "")."""
    return os.environ.get(VARIABLE, "").strip()


class MachineFonts:
    """The machine's embeddable fonts, read when first asked for (``find``)."""

    def __init__(self, folders: tuple[Path, ...] | None) -> None:
        self._folders = folders  # None: fontconfig and the system's font folders
        self._fonts: list[MachineFont] | None = None

    def find(self, codes: set[int], usable: Callable[[MachineFont], bool]) -> MachineFont | None:
        """The first font (regular faces first, then by path and face) that has every one of ``codes`` and
        is ``usable`` (asked once per font: one that is not is dropped)."""
        if self._fonts is None:
            self._fonts = _scan(_font_files(self._folders))
        for font in [f for f in self._fonts if f.has(codes)]:
            if usable(font):
                return font
            self._fonts.remove(font)
        return None


def machine_fonts() -> MachineFonts | None:
    """The machine's fonts as the setting says, or None when they are switched off."""
    value = setting()
    if value.lower() in ("off", "none", "no", "0", "false"):
        return None
    if value:
        return MachineFonts(tuple(Path(part).expanduser() for part in value.split(os.pathsep) if part))
    return MachineFonts(None)


def _font_files(folders: tuple[Path, ...] | None) -> list[Path]:
    """Every font file to consider, each once, in a stable order."""
    found: set[Path] = set()
    for folder in folders if folders is not None else _system_folders():
        try:
            found.update(p for p in folder.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file())
        except OSError:
            continue
    if folders is None:
        found.update(_fontconfig_files())
    return sorted(found)


def _system_folders() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = os.environ.get("LOCALAPPDATA")
        return [windows / "Fonts", *([Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else [])]
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    return []  # elsewhere fontconfig knows the folders


def _fontconfig_files() -> list[Path]:
    """The font files fontconfig knows (``fc-list``), if it is installed."""
    command = shutil.which("fc-list")
    if command is None:
        return []
    try:
        done = subprocess.run(
            [command, "--format", "%{file}\\n"], capture_output=True, timeout=30, check=False, text=True
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line) for line in done.stdout.splitlines() if line.lower().endswith(_SUFFIXES)]


def cache_file() -> Path:
    """Where the scan is kept: the user's cache folder, as each system has it."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "canvasgen" / "machine-fonts.json"


def _scan(files: list[Path]) -> list[MachineFont]:
    """The embeddable faces of ``files``, from the cache where a file is unchanged, read otherwise."""
    cache_path = cache_file()
    try:
        cached = json.loads(cache_path.read_text(encoding="utf-8"))
        entries = cached["fonts"] if cached.get("version") == _CACHE_VERSION else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        entries = {}
    fresh: dict[str, object] = {}
    fonts: list[MachineFont] = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        stamp = [stat.st_size, stat.st_mtime_ns]
        entry = entries.get(str(path))
        if not isinstance(entry, dict) or entry.get("stamp") != stamp:
            entry = {"stamp": stamp, "faces": _read_faces(path)}
        fresh[str(path)] = entry
        for face in entry["faces"]:
            starts, ends = zip(*face["ranges"]) if face["ranges"] else ((), ())
            plain = face.get("plain", True)
            fonts.append(MachineFont(path, face["index"], face["family"], plain, tuple(starts), tuple(ends)))
    if fresh != entries:
        _write_cache(cache_path, {"version": _CACHE_VERSION, "fonts": fresh})
    return sorted(fonts, key=lambda font: not font.plain)  # a regular face before a bold or italic one


def _write_cache(path: Path, data: dict[str, object]) -> None:
    """Write the cache (replacing it whole); a cache that cannot be written only costs time next run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{path.name}.{os.getpid()}.part")
        temp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        pass


def _read_faces(path: Path) -> list[dict[str, object]]:
    """Each face of a font file that canvasgen can embed: TrueType outlines, embedding allowed. What
    fontTools finds odd in a font (an old date) it logs; a build's output is no place for it."""
    fonttools_log = logging.getLogger("fontTools")
    level = fonttools_log.level
    fonttools_log.setLevel(logging.CRITICAL)
    try:
        return _faces(path)
    finally:
        fonttools_log.setLevel(level)


def _faces(path: Path) -> list[dict[str, object]]:
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        with path.open("rb") as file:
            collection = file.read(4) == b"ttcf"
        if collection:
            with TTCollection(str(path), lazy=True) as members:
                count = len(members.fonts)
        else:
            count = 1
    except (OSError, TTLibError, ValueError, IndexError, KeyError, AssertionError, struct.error):
        return []
    faces: list[dict[str, object]] = []
    for index in range(count):
        try:
            with TTFont(str(path), fontNumber=index, lazy=True) as font:
                if "glyf" not in font or "cmap" not in font or not _may_embed(font):
                    continue
                cmap = font.getBestCmap() or {}
                family = font["name"].getBestFamilyName() if "name" in font else None
                plain = "head" not in font or not font["head"].macStyle & 0b11  # neither bold nor italic
        except Exception:  # a damaged font file raises many kinds; it is simply not used
            continue
        faces.append({"index": index, "family": family or path.stem, "plain": plain, "ranges": _ranges(sorted(cmap))})
    return faces


def _may_embed(font: TTFont) -> bool:
    """OS/2 fsType: 0x0002 restricted licence, 0x0100 bitmaps only, 0x0200 no subsetting (as the brand
    kit's fonts are checked)."""
    if "OS/2" not in font:
        return True
    fs_type = int(font["OS/2"].fsType)
    return not (fs_type & 0x000F == 0x0002 or fs_type & 0x0300)


def _ranges(codes: list[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges
