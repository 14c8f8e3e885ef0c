"""``canvasgen brand new``: a kit folder to start from, over the default kit."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from canvasgen.brand.kit import DEFAULT_KIT, KIT_FILE, find_kit
from canvasgen.errors import BrandKitError

_TEMPLATE = """# Brand kit "{name}". Everything left out comes from the default kit.
name = "{name}"
agency = "{name}"
footer = ""
language = "nl"          # nl or en: the words on posters and decks
logo = "logo.png"        # PNG or JPEG (SVG works on posters, not in decks)

[colors]                 # #RRGGBB, or cmyk(c, m, y, k) in percent for print
primary = "#1D4E5F"
secondary = "#3A7D8C"
accent = "#E07A2E"
text = "#1F2933"
background = "#FFFFFF"
muted = "#EEF3F5"
pain = "#C8453A"
opportunity = "#2E8B57"
phases = ["#1D4E5F", "#2A6373", "#347A84", "#3F8F8F", "#4E9E87", "#62A97A", "#7AB36C"]

[fonts]                  # TrueType (.ttf) files inside this folder, licensed for embedding
heading = "fonts/NotoSans-Bold.ttf"
body = "fonts/NotoSans-Regular.ttf"
"""


def scaffold_kit(name: str, root: Path) -> Path:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise BrandKitError(name, "a kit name may hold letters, digits, '-', '_' and '.' only")
    folder = root / name
    if folder.exists():
        raise BrandKitError(folder, "already exists; choose another name or edit that kit")
    default = find_kit(DEFAULT_KIT)
    (folder / "fonts").mkdir(parents=True)
    for font in ("NotoSans-Bold.ttf", "NotoSans-Regular.ttf", "OFL.txt"):
        shutil.copy2(default / "fonts" / font, folder / "fonts" / font)
    shutil.copy2(default / "logo.png", folder / "logo.png")
    (folder / KIT_FILE).write_text(_TEMPLATE.format(name=name), encoding="utf-8")
    return folder
