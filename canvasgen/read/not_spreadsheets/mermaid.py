"""A Mermaid ``journey`` diagram as a canvas: sections are phases, tasks are the customer's steps.

    journey
        title Ordering a bike
        section Discover
          Sees an ad: 3: Customer
          Reads reviews: 4: Customer, Friend

A ``.mmd`` file (after a front matter whose ``title:`` is the title; a second ``journey`` line starts a
second diagram, said), or each ```` ```mermaid ````
(or ``~~~mermaid``) block holding a journey in a ``.md`` file: a journey each, the text around
them its notes. Task scores (1 to 5) are the phase's scores; the actors are a lane of their own.
Every line that says something is kept: what is not a title, section or task becomes a note.
"""

from __future__ import annotations

import html
import html.entities
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from canvasgen.errors import CanvasWarning, Location, ReadError
from canvasgen.language import choose_language
from canvasgen.model import CUSTOM_LANE, Canvas, Item, Journey, Lane, LaneKind, Phase, Score, ScoreScale, Source
from canvasgen.read.limits import MAX_ACTORS, MAX_CELL_TEXT, MAX_PHASES
from canvasgen.text import excerpt, numbered_name, phase_key
from canvasgen.words import LANE_LABELS, WORDS

MAX_BYTES = 2 * 1024 * 1024
# The score is the last number after a colon (with the actors after it): a task's own text may hold one.
_TASK = re.compile(r"^(?P<task>.+):\s*(?P<score>[+-]?\d+(?:\.\d+)?)\s*(?::\s*(?P<actors>[^:]*))?$")
#: A CommonMark fence: three backticks or tildes or more, and its info string ("mermaid").
_FENCE = re.compile(r"^(?P<mark>`{3,}|~{3,})\s*(?P<info>[^\s`]*)")
_SCALE = ScoreScale(1, 5)
#: Mermaid's line break inside a title, section or task: ``<br>``, ``<br/>``, ``<br />``.
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
#: An HTML entity in a title, section or task ("&amp;", "&#233;"), closed by its semicolon, and Mermaid's own
#: form of one ("#amp;", "#9829;"): the character it stands for.
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
_MERMAID_ENTITY = re.compile(r"(?<![&\w])#([0-9]{1,7}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)


def read_mermaid(path: Path, name: str) -> Canvas:
    """Every journey diagram of the file, each a journey; a ``.md``'s text around them kept as notes."""
    said: list[CanvasWarning] = []
    diagrams = _diagrams(path, name, said)
    sheet = Path(name).stem
    journeys: list[Journey] = []
    for index, diagram in enumerate(diagrams):
        journey = _journey(diagram, sheet, name, said)
        taken = {phase_key(j.name) for j in journeys}
        if phase_key(journey.name) in taken:  # two journeys of one name (or none): numbered, as a sheet's are
            journey.name = numbered_name(journey.name, taken)
        if len(diagrams) > 1:
            journey.reading.append(
                f"Mermaid journey {index + 1} of {len(diagrams)} in the file, from its 'journey' line "
                f"(line {diagram.start})"
            )
        if diagram.prose:
            first, last = diagram.prose[0][0], diagram.prose[-1][0]
            lines = f"line {first}" if first == last else f"lines {first}-{last}"
            journey.reading.append(
                f"the file's text around the diagrams ({lines}) kept as notes of this journey, "
                "a paragraph or heading each"
            )
            journey.notes[:0] = [
                Item(_text(text, Location(name, f"line {n}")), Source(sheet, f"line {n}")) for n, text in diagram.prose
            ]
        journeys.append(journey)
    canvas = Canvas(file=Path(name).name, journeys=journeys, warnings=said)
    _lanes_in_its_language(canvas)
    return canvas


def _journey(diagram: _Diagram, sheet: str, name: str, said: list[CanvasWarning]) -> Journey:
    """One journey diagram: its sections the phases, its tasks the customer's steps, their actors a lane."""
    journey = Journey(name=sheet, sheet=sheet, shape="mermaid", phases=[], lanes=[])
    tasks = Lane(LaneKind.CUSTOMER, LANE_LABELS["en"]["customer"], [])
    actors = Lane(CUSTOM_LANE, WORDS["en"]["mermaid_actors"], [])
    if diagram.title is not None:  # the front matter's title (Mermaid's own), over a 'title' line
        line, written = diagram.title
        journey.meta["title"] = Item(_text(written, Location(name, f"line {line}")), Source(sheet, f"line {line}"))
        journey.name = " ".join(journey.meta["title"].text.split())
    named: set[str] = set()  # the actors of the current section
    untasked: list[tuple[int, str]] = []  # lines in a section that are no task
    for number, raw in diagram.lines:
        text = raw.strip()
        source = Source(sheet, f"line {number}")
        where = Location(name, f"line {number}")
        lowered = text.lower()
        if lowered.startswith("title "):
            _title_line(journey, diagram, Item(_text(text[6:].strip(), where), source), where, said)
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
            if journey.phases:  # a line in a section that Mermaid would refuse as a task: kept, and said
                untasked.append((number, text))
    if untasked:
        shown = ", ".join(f"line {n} '{excerpt(text, 30)}'" for n, text in untasked[:4])
        more = f" and {len(untasked) - 4} more" if len(untasked) > 4 else ""
        said.append(
            CanvasWarning(
                Location(name, f"line {untasked[0][0]}"),
                f"{len(untasked)} line(s) in a section read as no task ({shown}{more}): a task is written "
                "'Text: score: actors' (a score of 1 to 5); kept as notes of the journey",
            )
        )
    if not journey.phases:
        raise ReadError(
            Location(name, f"line {diagram.start}"),
            "the Mermaid journey has no 'section' lines: each section is a phase of the journey",
        )
    journey.lanes = [tasks] + ([actors] if actors.item_count() else [])
    journey.reading = ["a Mermaid journey: sections are phases, tasks the customer's steps, task scores on 1..5"]
    return journey


def _title_line(journey: Journey, diagram: _Diagram, title: Item, where: Location, said: list[CanvasWarning]) -> None:
    """A 'title' line names the journey, unless the front matter or an earlier 'title' line did: then it is
    kept as a note, and said."""
    if diagram.title is None and "title" not in journey.meta:
        journey.meta["title"] = title
        journey.name = " ".join(title.text.split())
        return
    if " ".join(title.text.split()) == journey.name:
        return
    journey.notes.append(title)
    if diagram.title is not None:
        why = (
            f"the diagram's front matter names it '{excerpt(journey.name)}' (line {diagram.title[0]}), "
            f"its 'title' line '{excerpt(title.text)}': the front matter's is the title"
        )
    else:
        why = (
            f"the diagram has a second 'title' line '{excerpt(title.text)}' after '{excerpt(journey.name)}': "
            "the first is the title"
        )
    said.append(CanvasWarning(where, f"{why}, the line kept as a note — give the diagram one title"))


def _lanes_in_its_language(canvas: Canvas) -> None:
    """The lanes canvasgen names (a diagram has no labels) in the language canvasgen's own words on its poster
    take (``language.choose_language``: its text's, by its common words): a Dutch journey's steps are its
    'Klantproces', not an English label that would make the poster look mixed — also where prose around the
    diagrams in a .md leaves its text not clearly of one language."""
    language = choose_language(canvas).language
    if language is None or language == "en":
        return
    for journey in canvas.journeys:
        for lane in journey.lanes:
            lane.label = (
                LANE_LABELS[language]["customer"]
                if lane.kind == LaneKind.CUSTOMER
                else WORDS[language]["mermaid_actors"]
            )


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
    """A title, section, task, actor or note, its ``<br>`` tags line breaks and its character references
    (``&amp;``) the characters they name, as Mermaid shows them: at most as long as a cell holds (longer is
    no canvas, and would cost the layout time with the square of its length)."""
    if len(text) > MAX_CELL_TEXT:
        raise ReadError(
            where,
            f"the text holds {len(text):,} characters; canvasgen reads at most "
            f"{MAX_CELL_TEXT:,} (Excel's limit for a cell)",
        )
    return "\n".join(_characters(line) for line in _BREAK.split(text) if line)


def _characters(line: str) -> str:
    """A line with its entities as the characters they name."""
    line = _MERMAID_ENTITY.sub(lambda m: _character(("#" if m.group(1)[0].isdigit() else "") + m.group(1), m), line)
    return _ENTITY.sub(lambda m: _character(m.group(1), m), line)


def _character(name: str, written: re.Match[str]) -> str:
    """The character an entity's name ("amp", "#233", "#xe9") stands for; the entity as written when it names
    none (a team's "#3;")."""
    if name[0] != "#":
        return html.entities.html5.get(f"{name};", written.group(0))
    code = int(name[2:], 16) if name[1:2].lower() == "x" else int(name[1:])
    return chr(code) if 32 <= code <= 0x10FFFF and chr(code).isprintable() else written.group(0)


def _clamped(score: float) -> float:
    return max(_SCALE.low, min(_SCALE.high, score))


@dataclass(frozen=True)
class _Diagram:
    """One journey diagram of the file: its lines after its 'journey' line, the title its front matter
    gives, and (in a ``.md``) the text before it (after the one before), as paragraphs."""

    start: int  # the number of its 'journey' line
    lines: list[tuple[int, str]]
    title: tuple[int, str] | None = None
    prose: list[tuple[int, str]] = field(default_factory=list)


def holds_journey(path: Path) -> bool:
    """Whether a Markdown (or .mermaid) file found in a folder holds a Mermaid journey diagram: a canvas to
    build; a README or notes without one are no canvas."""
    try:
        return bool(_diagrams(path, path.name, []))
    except (ReadError, OSError):
        return False


def _read_lines(path: Path, name: str) -> list[tuple[int, str]]:
    if path.stat().st_size > MAX_BYTES:
        raise ReadError(name, "refused: the Mermaid file is over 2 MB")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(name, "the Mermaid file is not UTF-8 text") from None
    return list(enumerate(text.splitlines(), start=1))


def _diagrams(path: Path, name: str, said: list[CanvasWarning]) -> list[_Diagram]:
    """The file's journey diagrams: a ``.mmd`` is one (each further 'journey' line another, said); a ``.md``
    holds one in each mermaid block (fenced with backticks or tildes), the text around them their notes (what
    stands after the last, the last's); a mermaid block of another kind of diagram is said."""
    numbered = _read_lines(path, name)
    if path.suffix.lower() not in (".md", ".markdown"):
        found = [d for part in _parts(numbered) if (d := _diagram(part)) is not None]
        if not found:
            raise ReadError(name, "no Mermaid 'journey' diagram found (it starts with a line 'journey')")
        for later in found[1:]:
            said.append(
                CanvasWarning(
                    Location(name, f"line {later.start}"),
                    f"another 'journey' line starts another diagram (Mermaid draws one diagram per file): read as "
                    f"a journey of its own, journey {found.index(later) + 1} of {len(found)} — to make its "
                    "sections part of the journey before it, delete the line",
                )
            )
        return found
    diagrams: list[_Diagram] = []
    prose: list[tuple[int, str]] = []
    for block in _blocks(numbered):
        if isinstance(block, _Paragraph):
            prose.append((block.start, block.text))
        elif (diagram := _diagram(block.lines)) is not None:
            diagrams.append(replace(diagram, prose=prose))
            prose = []
        else:  # another diagram (a flowchart): no journey, its words kept as notes, a line each
            said.append(_not_a_journey(block, name))
            prose.extend(_block_words(block))
    if not diagrams:
        raise ReadError(
            name,
            "no Mermaid 'journey' diagram found: a .md holds one in a block fenced ```mermaid (or ~~~mermaid) "
            "whose first line is 'journey'",
        )
    if prose:
        diagrams[-1] = replace(diagrams[-1], prose=diagrams[-1].prose + prose)
    return diagrams


def _parts(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A ``.mmd``'s lines cut before each 'journey' line after the first (and before the front matter right
    above it): one part a diagram, as a ``.md``'s fenced blocks are."""
    starts = [i for i, (_, line) in enumerate(lines) if line.strip().lower() == "journey"]
    cuts = [0]
    for start in starts[1:]:
        filled = [i for i in range(cuts[-1], start) if lines[i][1].strip()]
        if filled and lines[filled[-1]][1].strip() == "---":  # its own front matter, between '---' lines
            opening = [i for i in filled[:-1] if lines[i][1].strip() == "---" and i > starts[0]]
            start = opening[-1] if opening else start
        cuts.append(start)
    return [lines[a:b] for a, b in zip(cuts, [*cuts[1:], len(lines)])]


def _diagram(lines: list[tuple[int, str]]) -> _Diagram | None:
    """The journey diagram in these lines (after a front matter between '---' lines, whose 'title:' it
    keeps), None when they hold no 'journey' line."""
    title: tuple[int, str] | None = None
    filled = [i for i, (_, line) in enumerate(lines) if line.strip()]
    if filled and lines[filled[0]][1].strip() == "---":
        end = next((i for i in range(filled[0] + 1, len(lines)) if lines[i][1].strip() == "---"), None)
        if end is not None:
            for number, line in lines[filled[0] + 1 : end]:
                key, colon, value = line.partition(":")
                if colon and key.strip().lower() == "title" and not line[:1].isspace() and value.strip():
                    title = (number, value.strip().strip("\"'").strip())
            lines = lines[end + 1 :]
    start = next((i for i, (_, line) in enumerate(lines) if line.strip().lower() == "journey"), None)
    if start is None:
        return None
    return _Diagram(lines[start][0], lines[start + 1 :], title)


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph or heading of a ``.md``'s text (its '#' marks off), from its first line."""

    start: int
    text: str


@dataclass(frozen=True)
class _MermaidBlock:
    """The lines inside a mermaid fence, and the fence's line."""

    start: int
    lines: list[tuple[int, str]]


def _blocks(numbered: list[tuple[int, str]]) -> list[_Paragraph | _MermaidBlock]:
    """A ``.md`` as its paragraphs and mermaid blocks, in order. A fence opens with three backticks or
    tildes or more (CommonMark) and closes with as many of the same; another fenced block's lines are
    text like any other."""
    found: list[_Paragraph | _MermaidBlock] = []
    paragraph: list[tuple[int, str]] = []

    def close_paragraph() -> None:
        if paragraph:
            found.append(_Paragraph(paragraph[0][0], _plain(" ".join(line for _, line in paragraph))))
            paragraph.clear()

    fence: tuple[str, int, bool] | None = None  # its mark, its length, whether it is mermaid's
    block: list[tuple[int, str]] = []
    opened = 0
    matter = _front_matter(numbered)
    found += [_Paragraph(number, line.strip()) for number, line in numbered[: len(matter)][1:-1] if line.strip()]
    for number, line in numbered[len(matter) :]:
        stripped = line.strip()
        if fence is not None:
            mark, length, mermaid = fence
            if stripped.startswith(mark * length) and not stripped.strip(mark):
                fence = None
                if mermaid:
                    found.append(_MermaidBlock(opened, list(block)))
                else:
                    close_paragraph()
                block.clear()
            elif mermaid:
                block.append((number, line))
            elif stripped:
                paragraph.append((number, stripped))
            continue
        if opening := _FENCE.match(stripped):
            close_paragraph()
            fence = (opening.group("mark")[0], len(opening.group("mark")), opening.group("info").lower() == "mermaid")
            opened = number
        elif not stripped:
            close_paragraph()
        elif stripped.startswith("#"):
            close_paragraph()
            if heading := _plain(stripped.lstrip("#").strip()):
                found.append(_Paragraph(number, heading))
        else:
            paragraph.append((number, stripped))
    close_paragraph()
    if fence is not None and fence[2]:  # a mermaid block left open runs to the file's end, as CommonMark reads it
        found.append(_MermaidBlock(opened, list(block)))
    return found


#: Markdown's inline marks around words: a link "[text](url)", emphasis "**x**"/"__x__"/"*x*"/"_x_", code "`x`".
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(\*\*|\*|`+)(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORED = re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")  # never inside a word: snake_case stays


def _plain(text: str) -> str:
    """A paragraph's words without Markdown's marks, as the reader of the page sees them: a link its text and
    its address in brackets ("link (https://example.com)": the address is a word of the file too), emphasis
    and code their words."""
    text = _LINK.sub(lambda m: f"{m[1]} ({m[2]})" if m[1] and m[2] else m[1] or m[2], text)
    while (plainer := _UNDERSCORED.sub(r"\2", _EMPHASIS.sub(r"\2", text))) != text:
        text = plainer
    return text


def _front_matter(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A ``.md``'s front matter: its lines from a first line '---' to the next '---' (both with it), whose lines
    between are kept as notes a line each ("title: Onboarding"), the dashes not; none when it has none."""
    if not numbered or numbered[0][1].strip() != "---":
        return []
    end = next((i for i in range(1, len(numbered)) if numbered[i][1].strip() == "---"), None)
    return numbered[: end + 1] if end is not None else []


def _says_something(line: str) -> bool:
    """Whether a line of a mermaid block holds words: not blank, no comment (``%%``)."""
    return bool(line.strip()) and not line.strip().startswith("%%")


def _block_words(block: _MermaidBlock) -> list[tuple[int, str]]:
    """The lines of a block of another diagram that hold its words: its first line only names its kind and
    direction ("flowchart LR", said in the warning) — more on it ("graph TD; A-->B") is kept."""
    lines = [(n, line.strip()) for n, line in block.lines if _says_something(line)]
    if lines and len(lines[0][1].split()) <= 2:
        lines = lines[1:]
    return lines


def _not_a_journey(block: _MermaidBlock, name: str) -> CanvasWarning:
    """What is said of a mermaid block that holds no journey (a flowchart beside it): its kind, by its line,
    and where its words went (the notes: never a word lost)."""
    opening = next((line.strip() for _, line in block.lines if _says_something(line)), "")
    first = opening.split()[0] if opening else ""
    kind = f"a '{excerpt(first, 30)}' diagram" if first else "empty"
    kept = ": its lines kept as notes, a line each" if first else ""
    if (
        first and len(opening.split()) <= 2
    ):  # its kind and direction alone ("flowchart LR"): not kept (``_block_words``)
        named = excerpt(opening, 30)
        kept = (
            f": its lines but its first ('{named}', which names its kind) kept as notes, a line each"
            if _block_words(block)
            else f": it holds nothing but its first line ('{named}')"
        )
    return CanvasWarning(
        Location(name, f"line {block.start}"),
        f"the mermaid block is {kind}, no journey: not read as one (canvasgen reads 'journey' diagrams){kept}",
    )
