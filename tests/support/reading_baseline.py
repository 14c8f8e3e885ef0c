"""How every corpus, example and test workbook reads today, kept to compare the reader against.

``tests/baseline/<name>.json`` holds what ``canvasgen check --json`` printed for each workbook (or
``{"errors": [...]}`` when it refused it). tests/read/test_reading_baseline.py reads them all again and
fails when one reads worse: a line of text lost, a lane losing its role (kind), a journey's phase
count changed, a workbook read before refused now. Improvements (a lane gaining a role, a workbook
read that was refused, lines gained) pass, and are listed by ``python -m tests.support.reading_baseline``.

``python -m tests.support.reading_baseline --update`` takes the readings afresh: do it deliberately, when a
change of reading is meant, and say why in the commit.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import shown_dates
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, CORPUS, DATA, REPO

BASELINE = REPO / "tests" / "baseline"
#: The spreadsheet formats canvasgen reads (Mermaid and model JSON are no workbooks).
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv")


def workbooks() -> list[Path]:
    """Every corpus workbook (when the corpus is there), every example and every test workbook."""
    folders = [CANVASES, DATA, REPO / "docs" / "examples", CORPUS]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.iterdir() if p.suffix in SUFFIXES)


def stored_name(path: Path) -> str:
    folder = "corpus" if path.parent == CORPUS else path.parent.name
    return f"{folder}--{path.name}.json"


def reading(path: Path) -> dict[str, Any]:
    """What ``canvasgen check --json`` says of a workbook, with the machine's own paths taken out."""
    result = CliRunner().invoke(main, ["check", "--json", str(path)])
    if result.exit_code != 0:
        errors = [line.removeprefix("error: ") for line in result.stderr.splitlines() if line.startswith("error: ")]
        return {"errors": [e.replace(str(path.parent) + "/", "") for e in errors] or [result.output]}
    text = result.stdout.replace(str(path.parent) + "/", "")
    data: dict[str, Any] = json.loads(text)
    return data


def stored(path: Path) -> dict[str, Any] | None:
    file = BASELINE / stored_name(path)
    if not file.is_file():
        return None
    data: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    return data


def _item_texts(value: Any) -> Iterator[str]:
    """Every 'text' of an item anywhere in a model dict, lane labels and phase names as written, and the
    word a score was written as ("groen" read as a traffic light). A lane's label of no cell is canvasgen's
    own ("Baan 3", once "Kolom E"): no client's line."""
    if isinstance(value, dict):
        made = "cell" in value and value["cell"] is None
        for key, inner in value.items():
            if key == "label" and made:
                continue
            if key in ("text", "label", "written", "mark") and isinstance(inner, str):  # mark: a score's word
                yield from inner.splitlines()
            elif key == "variants" and isinstance(inner, list):
                yield from (line for v in inner for line in str(v).splitlines())
            elif key not in ("warnings", "reading", "suggestions"):
                yield from _item_texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _item_texts(inner)


def lines(model: dict[str, Any]) -> Counter[str]:
    """The lines of text a reading holds, counted: the client's words, wherever they were put."""
    words: Counter[str] = Counter()
    for text in _item_texts(model):
        if text.strip():
            words[" ".join(text.split())] += 1
    for journey in model.get("journeys", []):
        for phase in journey["phases"]:
            if "written" not in phase:
                words[" ".join(phase["name"].split())] += 1
    return words


def _lane_id(lane: dict[str, Any], place: int) -> str:
    """A lane by its label and cell; one the sheet gave no label (its label canvasgen's) by its place."""
    if "cell" in lane and lane["cell"] is None:
        return f"number {place} (no label)"
    return f"{lane['label']!r} ({lane['cell']})" if lane.get("cell") else repr(lane["label"])


@dataclass
class Comparison:
    """What changed between the stored reading of a workbook and today's."""

    worse: list[str] = field(default_factory=list)
    better: list[str] = field(default_factory=list)


def compare(
    before: dict[str, Any], now: dict[str, Any], dates: Mapping[str, tuple[str, str]] | None = None
) -> Comparison:
    """What reads worse and better now; ``dates`` (``read_back.shown_dates``: a date cell's ISO text and
    how the reader shows it, by cell) lets a date cell read before as written read now as its date (#31)."""
    found = Comparison()
    if "errors" in before:
        if "errors" not in now:
            found.better.append("read now; refused before: " + "; ".join(before["errors"]))
        return found
    if "errors" in now:
        found.worse.append("refused now: " + "; ".join(now["errors"]))
        return found
    if dates:
        before, now = _dates_as_values(before, dates, stored=True), _dates_as_values(now, dates, stored=False)
    lost = lines(before) - lines(now)
    found.worse.extend(f"line lost: {text!r}" + (f" (×{n})" if n > 1 else "") for text, n in lost.items())
    gained = lines(now) - lines(before)
    found.better.extend(f"line gained: {text!r}" for text in gained)
    journeys_before, journeys_now = before["journeys"], now["journeys"]
    if len(journeys_before) != len(journeys_now):
        found.worse.append(f"{len(journeys_before)} journeys before, {len(journeys_now)} now")
    for old, new in zip(journeys_before, journeys_now):
        name = old["name"]
        if len(old["phases"]) != len(new["phases"]):
            found.worse.append(f"journey {name!r}: {len(old['phases'])} phases before, {len(new['phases'])} now")
        kinds = {_lane_id(lane, place): lane["kind"] for place, lane in enumerate(new["lanes"], start=1)}
        for place, lane in enumerate(old["lanes"], start=1):
            known = _lane_id(lane, place)
            was, is_now = lane["kind"], kinds.get(known)
            if is_now is None:
                found.worse.append(f"journey {name!r}: lane {known} [{was}] is gone")
            elif was != "custom" and is_now != was:
                found.worse.append(f"journey {name!r}: lane {known} was {was}, is {is_now} now")
            elif was == "custom" and is_now != was:
                found.better.append(f"journey {name!r}: lane {known} has a role now: {is_now}")
    return found


def _dates_as_values(value: Any, dates: Mapping[str, tuple[str, str]], stored: bool) -> Any:
    """The model with each date cell's item written as its ISO value, on both sides alike: the stored
    reading's as it was read then, today's only where its text is exactly what the reader's display function
    makes of that cell's date (a garbled or lost date still reads as lost). Every other item as it is."""
    if isinstance(value, list):
        return [_dates_as_values(inner, dates, stored) for inner in value]
    if not isinstance(value, dict):
        return value
    cell, text = value.get("cell"), value.get("text")
    if isinstance(cell, str) and isinstance(text, str) and "!" in cell:
        sheet, _, ref = cell.rpartition("!")
        iso, shown = dates.get(f"{sheet}!{ref.split(':')[0]}", (None, None))
        if iso is not None and value.get("value") == iso and (stored or text == shown):
            return {**value, "text": iso}
    return {key: _dates_as_values(inner, dates, stored) for key, inner in value.items()}


def compare_reading(path: Path, before: dict[str, Any]) -> Comparison:
    """Today's reading of a workbook against its stored one; a line lost is looked at again with the
    workbook's date cells as the reader shows them in the canvas's language (#31)."""
    now = reading(path)
    found = compare(before, now)
    if any(line.startswith("line lost: ") for line in found.worse):
        canvas = read_canvas(path)
        found = compare(before, now, shown_dates(path, canvas.language or "nl", canvas.region))
    return found


def _report() -> int:
    worse_any = False
    for path in workbooks():
        before = stored(path)
        if before is None:
            print(f"{stored_name(path)}: no stored reading")
            continue
        found = compare_reading(path, before)
        for line in found.worse:
            print(f"{stored_name(path)}: WORSE: {line}")
        for line in found.better:
            print(f"{stored_name(path)}: better: {line}")
        worse_any = worse_any or bool(found.worse)
    return 1 if worse_any else 0


def _update() -> None:
    BASELINE.mkdir(exist_ok=True)
    for path in workbooks():
        text = json.dumps(reading(path), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (BASELINE / stored_name(path)).write_text(text, encoding="utf-8")
        print(f"stored {stored_name(path)}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        _update()
    elif sys.argv[1:] == []:
        sys.exit(_report())
    else:
        sys.exit("usage: python -m tests.support.reading_baseline [--update]")
