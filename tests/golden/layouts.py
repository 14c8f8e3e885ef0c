"""Golden layouts: the poster and deck layout of each example canvas, as JSON a reviewer can diff.

    make golden        # rewrite tests/golden/*.json after a layout change, then look at the diff

Tests compare against these files and never write them. Numbers are rounded to a hundredth of a
point, so that a change a reader could see is a change in the file, and float noise is not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import sys
from pathlib import Path
from typing import Any

from canvasgen.brand.colors import Colour
from canvasgen.language import detect_language
from canvasgen.layout.poster.poster import PosterSpec, layout_poster
from canvasgen.read.reader import read_canvas
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, default_kit, example_deck
from tests.support.workbooks import EXAMPLES

HERE = Path(__file__).resolve().parent


def plain(value: Any) -> Any:
    """A layout value as JSON data: dataclasses as objects, colours as hex, numbers rounded."""
    if isinstance(value, Colour):
        return value.hex
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (Path, dt.date)):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.name
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return repr(value)


def layouts(path: Path) -> dict[str, Any]:
    """The example's poster (A1, landscape) and deck layouts, with the default kit, on a fixed date."""
    kit, fonts = default_kit()
    canvas = read_canvas(path)
    language = detect_language(canvas, kit.language)
    width, height = parse_paper("A1")
    poster = layout_poster(canvas, kit, fonts, PosterSpec(width, height, language, path.name, DATE))
    return {"poster": plain(poster), "deck": plain(example_deck(path))}


def golden_file(path: Path) -> Path:
    return HERE / f"{path.stem}.json"


def write_all() -> None:
    for path in EXAMPLES:
        golden_file(path).write_text(json.dumps(layouts(path), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {golden_file(path).relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.golden.layouts --update   (or: make golden)")
    write_all()
