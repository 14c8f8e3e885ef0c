"""A Mermaid ``journey`` diagram as a canvas: sections are phases, tasks are the customer's steps.

    journey
        title Ordering a bike
        section Discover
          Sees an ad: 3: Customer
          Reads reviews: 4: Customer, Friend

A ``.mmd`` file, or the first ```` ```mermaid ```` block holding a journey in a ``.md`` file.
Task scores (1 to 5) are the phase's scores; the actors are a lane of their own. Every
line that says something is kept: what is not a title, section or task becomes a note.
"""

from __future__ import annotations

import re
from pathlib import Path

from canvasgen.errors import CanvasWarning, Location, ReadError
from canvasgen.model import CUSTOM_LANE, Canvas, Item, Journey, Lane, LaneKind, Phase, Score, ScoreScale, Source
from canvasgen.read.limits import MAX_ACTORS, MAX_CELL_TEXT, MAX_PHASES
from canvasgen.text import excerpt, numbered_name, phase_key
from canvasgen.words import LANE_LABELS

MAX_BYTES = 2 * 1024 * 1024
# The score is the last number after a colon (with the actors after it): a task's own text may hold one.
_TASK = re.compile(r"^(?P<task>.+):\s*(?P<score>[+-]?\d+(?:\.\d+)?)\s*(?::\s*(?P<actors>[^:]*))?$")
_FENCE = re.compile(r"^```\s*mermaid\s*$", re.IGNORECASE)
_SCALE = ScoreScale(1, 5)
#: Mermaid's line break inside a title, section or task: ``<br>``, ``<br/>``, ``<br />``.
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def read_mermaid(path: Path, name: str) -> Canvas:
    lines = _journey_lines(path, name)
    said: list[CanvasWarning] = []
    sheet = Path(name).stem
    journey = Journey(name=sheet, sheet=sheet, shape="mermaid", phases=[], lanes=[])
    tasks = Lane(LaneKind.CUSTOMER, LANE_LABELS["en"]["customer"], [])
    actors = Lane(CUSTOM_LANE, "Actors", [])
    named: set[str] = set()  # the actors of the current section
    for number, raw in lines:
        text = raw.strip()
        source = Source(sheet, f"line {number}")
        where = Location(name, f"line {number}")
        lowered = text.lower()
        if lowered.startswith("title "):
            journey.meta["title"] = Item(_text(text[6:].strip(), where), source)
            journey.name = " ".join(journey.meta["title"].text.split())
        elif lowered.startswith("section ") or lowered == "section":
            if len(journey.phases) == MAX_PHASES:
                raise ReadError(
                    where,
                    f"the Mermaid journey has more than {MAX_PHASES} sections; canvasgen lays "
                    f"out at most {MAX_PHASES} phases in a journey: split it",
                )
            section = _section_name(text[8:].strip(), journey, where, said)
            journey.phases.append(Phase(section, source))
            for lane in (tasks, actors):
                lane.cells.append([])
            journey.scores.append([])
            named = set()
        elif (task := _TASK.match(text)) and journey.phases:
            words = _text(task.group("task").strip(), where)
            tasks.cells[-1].append(Item(words, source))
            score = _task_score(words, task.group("score"), where, said)
            journey.scores[-1].append(Score(score, _SCALE, source))
            names = [a.strip() for a in (task.group("actors") or "").split(",") if a.strip()]
            if len(names) > MAX_ACTORS:
                raise ReadError(
                    where, f"the task names {len(names):,} actors; canvasgen reads at most {MAX_ACTORS} for a task"
                )
            for actor in names:
                if actor not in named:
                    named.add(actor)
                    actors.cells[-1].append(Item(_text(actor, where), source))
        elif text and not text.startswith("%%"):
            journey.notes.append(Item(_text(text, where), source))
    if not journey.phases:
        raise ReadError(name, "the Mermaid journey has no 'section' lines: each section is a phase of the journey")
    journey.lanes = [tasks] + ([actors] if actors.item_count() else [])
    journey.reading = ["a Mermaid journey: sections are phases, tasks the customer's steps, task scores on 1..5"]
    return Canvas(file=Path(name).name, journeys=[journey], warnings=said)


def _section_name(name: str, journey: Journey, where: Location, said: list[CanvasWarning]) -> str:
    """A section's name; one repeating an earlier section is a phase of its own, numbered, and said."""
    name = _text(name, where)
    taken = {phase_key(p.name) for p in journey.phases}
    if not name:  # "section" and no name: called after its place, and said
        name = numbered_name("Section", taken, len(journey.phases) + 1).replace("(", "").replace(")", "")
        said.append(CanvasWarning(where, f"the section has no name; called '{name}' — name it after 'section'"))
        return name
    if phase_key(name) not in taken:
        return name
    numbered = numbered_name(name, taken)
    said.append(
        CanvasWarning(
            where,
            f"section '{excerpt(name)}' repeats an earlier section; read as a phase of its own, "
            f"'{excerpt(numbered)}' — give each section its own name",
        )
    )
    return numbered


def _task_score(words: str, written: str, where: Location, said: list[CanvasWarning]) -> float:
    """A task's score on Mermaid's 1 to 5, said when outside it; a ':' in the task's own text said too."""
    if ":" in words:
        said.append(
            CanvasWarning(
                where,
                f"the task '{excerpt(words)}' holds a ':' — Mermaid itself cuts a task at its "
                "first ':'; read whole, with the score after its last ':'",
            )
        )
    score = float(written)
    if not _SCALE.low <= score <= _SCALE.high:
        said.append(
            CanvasWarning(
                where,
                f"the score {written} of '{excerpt(words)}' is outside Mermaid's 1 to 5; read as {_clamped(score):g}",
            )
        )
    return _clamped(score)


def _text(text: str, where: Location) -> str:
    """A title, section, task, actor or note, its ``<br>`` tags line breaks: at most as long as a cell holds
    (longer is no canvas, and would cost the layout time with the square of its length)."""
    if len(text) > MAX_CELL_TEXT:
        raise ReadError(
            where,
            f"the text holds {len(text):,} characters; canvasgen reads at most "
            f"{MAX_CELL_TEXT:,} (Excel's limit for a cell)",
        )
    return "\n".join(line for line in _BREAK.split(text) if line)


def _clamped(score: float) -> float:
    return max(_SCALE.low, min(_SCALE.high, score))


def _journey_lines(path: Path, name: str) -> list[tuple[int, str]]:
    """The numbered lines of the journey diagram, after its 'journey' line."""
    if path.stat().st_size > MAX_BYTES:
        raise ReadError(name, "refused: the Mermaid file is over 2 MB")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(name, "the Mermaid file is not UTF-8 text") from None
    numbered = list(enumerate(text.splitlines(), start=1))
    if path.suffix.lower() in (".md", ".markdown"):
        numbered = _fenced(numbered)
    start = next((i for i, (_, line) in enumerate(numbered) if line.strip().lower() == "journey"), None)
    if start is None:
        raise ReadError(name, "no Mermaid 'journey' diagram found (it starts with a line 'journey')")
    return numbered[start + 1 :]


def _fenced(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The first ```mermaid block that holds a journey, as numbered lines."""
    block: list[tuple[int, str]] | None = None
    for number, line in numbered:
        if block is None:
            if _FENCE.match(line.strip()):
                block = []
        elif line.strip().startswith("```"):
            if any(text.strip().lower() == "journey" for _, text in block):
                return block
            block = None
        else:
            block.append((number, line))
    return []
