"""The customer journey, independent of Excel: what every renderer consumes.

A ``Canvas`` is one workbook's content: one or more ``Journey`` objects (one per
persona or scenario), the touchpoints and personas listed beside them, and any
text found outside a canvas (kept as notes so that no word is lost).
Every piece of text remembers the sheet and cell it came from.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from canvasgen.errors import CanvasWarning


class LaneKind(StrEnum):
    """The role of a lane: the kinds canvasgen knows; any other lane is kept as CUSTOM under its own label.
    The values are the names ``--lane``, canvasgen.toml and ``check --json`` use."""

    CUSTOMER = "customer"
    INTERNAL = "internal"
    EXPERIENCE = "experience"
    LEARNING = "learning"
    SCORE = "score"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    KPIS = "kpis"
    CUSTOM = "custom"


CORE_LANES = (LaneKind.CUSTOMER, LaneKind.INTERNAL, LaneKind.EXPERIENCE, LaneKind.LEARNING)
OPTIONAL_LANES = (
    LaneKind.TOUCHPOINTS,
    LaneKind.CHANNELS,
    LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.KPIS,
)
SCORE_LANE = LaneKind.SCORE
CUSTOM_LANE = LaneKind.CUSTOM
LANE_KINDS = (*CORE_LANES, SCORE_LANE, *OPTIONAL_LANES, CUSTOM_LANE)


class OwnLane(StrEnum):
    """A lane of its own canvasgen knows by its words and draws under the client's label, as a lane of no role
    (CUSTOM): the customer's thoughts. A role ``check`` says and ``--lane`` takes; never a lane's kind."""

    THOUGHTS = "thoughts"


#: A role a correction gives a lane: one of the kinds, or a lane of its own.
LaneRole = LaneKind | OwnLane
#: Every role ``--lane``, canvasgen.toml and ``check``'s words name, in one list: the kinds, the lanes of their
#: own, and custom last.
LANE_ROLES: tuple[LaneRole, ...] = (*LANE_KINDS[:-1], *OwnLane, CUSTOM_LANE)


def lane_kind_of(role: LaneRole) -> LaneKind:
    """The kind a lane of this role has: a lane of its own is drawn as one of no role, under its label."""
    return CUSTOM_LANE if role in tuple(OwnLane) else LaneKind(role)  # by value: a plain "emotions" too


#: The lanes a workshop asks for improvements from: the deck's actions, the kit's dot-voting sheet.
IMPROVEMENT_LANES = (LaneKind.LEARNING, LaneKind.OPPORTUNITIES)


class RoleBy(StrEnum):
    """How a lane's role (its kind) was decided, in the order the reader tries."""

    CORRECTED = "corrected"  # the user said so: --lane, canvasgen.toml, the web page's corrections
    KNOWN = "known"  # the label canvasgen's own template writes ("Klantproces", "Pain points")
    SYNONYM = "synonym"  # another label canvasgen knows for it ("Verbeterpunten", "Барьеры")
    QUESTION = "question"  # a question the lane answers ("Wat kan beter?")
    TYPO = "typo"  # a small typo of a known label ("Klantprocess")
    PHRASE = "phrase"  # a known label written inside a longer one ("Wat doen wij achter de schermen?")
    CONTENT = "content"  # what the lane holds (a row of scores), its label saying nothing
    TOOL_KIND = "tool_kind"  # a journey tool's column of lane kinds names it ("touchpoints", "graph"), its label none
    OWN_LANE = "own_lane"  # a lane of its own canvasgen knows by its words (the customer's thoughts): its label
    NONE = "none"  # no role: the lane is shown under its own label


@dataclass(frozen=True)
class Suggestion:
    """A known label close to a lane's own, offered when the lane got no role: the fix is ``--lane``."""

    label: str  # as canvasgen writes it ("Klantproces")
    kind: LaneKind
    #: The languages whose vocabulary has the label: a suggestion is offered in the canvas's family only.
    languages: frozenset[str] = field(default=frozenset(), compare=False)


META_KEYS = ("title", "client", "journey", "persona", "version", "date", "scenario")

Value = str | int | float | None


@dataclass(frozen=True)
class Source:
    """Where a piece of text was read: a sheet and a cell (or a cell range)."""

    sheet: str
    cell: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}"


@dataclass
class Item:
    """One text item: a line of a cell, a phase name, a label or a value.

    ``value`` keeps the typed value for numbers and dates (dates as ISO text).
    """

    text: str
    source: Source | None = None
    value: Value = None
    #: The number the item was written with ("2. Belt op"), kept for order; the text is without it.
    order: int | None = None
    #: The level of feeling of an item in an emotion-position grid, on the journey's score scale.
    level: float | None = None
    #: The number format of the cell a number or date was read from ("0.0%"): the number is ``value``, the
    #: format only says how Excel shows it (``text``), and what it shows beside it (a unit, "%").
    number_format: str | None = field(default=None, compare=False, repr=False)
    #: The date a date cell holds (a date value, or a number with a date format): ``text`` is how the
    #: canvas shows it, in its language ("15 december 2026"); ``value`` keeps it as ISO text.
    when: _dt.date | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        if self.source is not None:
            data["cell"] = str(self.source)
        if self.value is not None:
            data["value"] = self.value
        if self.order is not None:
            data["order"] = self.order
        if self.level is not None:
            data["level"] = self.level
        if self.number_format is not None:  # a date's format says how much of it to show ("mmm yyyy": no day)
            data["format"] = self.number_format
        return data


@dataclass(frozen=True)
class ScoreScale:
    """The scale a sheet scores on, e.g. -2..+2, 1..5 or 1..10."""

    low: float
    high: float

    @property
    def neutral(self) -> float:
        return (self.low + self.high) / 2

    def normalize(self, value: float) -> float:
        """Map a score onto -1 (worst) .. 0 (neutral) .. +1 (best)."""
        half = (self.high - self.low) / 2
        if half == 0:
            return 0.0
        return max(-1.0, min(1.0, (value - self.neutral) / half))

    def shown(self, value: float, decimal: str = ".") -> str:
        """A score as canvasgen writes it: signed on a scale round zero ("+1", "0", "-2"), plain otherwise ("4");
        a half with the language's ``decimal`` mark ("-0,5" in Dutch: ``figures.decimal_mark``)."""
        text = f"{value:+g}" if self.low < 0 and value != 0 else f"{value:g}"
        return text.replace(".", decimal)

    def __str__(self) -> str:
        def fmt(v: float) -> str:
            text = f"{v:+g}" if self.low < 0 else f"{v:g}"
            return text

        return f"{fmt(self.low)}..{fmt(self.high)}"


class Light(StrEnum):
    """A traffic light's colour, written as a score (🟢, "rood", a green ●, "G"): three levels of it."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass
class Score:
    """An experience or emotion score as written, with its normalised value; ``face`` is the emoji or
    emoticon the cell wrote it as ("😊", ":-("), which the emotion curve draws as the point's marker.
    A traffic light keeps its ``light`` and its ``mark``, what the cell wrote ("🟢", "groen", "G"; a
    coloured ● as the emoji of its colour), shown next to its value wherever the value is written."""

    value: float
    scale: ScoreScale
    source: Source | None = None
    face: str | None = None
    light: Light | None = None
    mark: str | None = None
    #: The cell's text as the team wrote it when it holds words beside its number ("-1 😕 lange wachttijd"),
    #: so that a new workbook writes the new number into it and keeps every other character; "" otherwise.
    written: str = field(default="", compare=False)

    @property
    def normalized(self) -> float:
        return self.scale.normalize(self.value)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "value": self.value,
            "scale": str(self.scale),
            "normalized": round(self.normalized, 4),
        }
        if self.source is not None:
            data["cell"] = str(self.source)
        if self.face is not None:
            data["face"] = self.face
        if self.light is not None:
            data["light"] = self.light.value
        if self.mark is not None:
            data["mark"] = self.mark
        if self.written:
            data["written"] = self.written
        return data


@dataclass
class Phase:
    """A phase of the journey; ``steps`` counts the columns or rows it spans.

    ``step_names`` are the names of those steps when the sheet gives them (a second header
    level); ``written`` is the name as the sheet wrote it when numbering or arrows were taken
    off it ("Stage 2: Apply >>" for "Apply").
    """

    name: str
    source: Source | None = None
    steps: int = 1
    step_names: list[Item] = field(default_factory=list)
    written: str | None = None
    #: The same phase written otherwise further down a long table ("awareness", "Awareness >>").
    variants: list[str] = field(default_factory=list)
    #: The date of a phase named by a date cell ("15 maart"), and the cell's format: its name is that date
    #: shown in the canvas's language, as every date cell is (``Item.when``).
    when: _dt.date | None = field(default=None, compare=False, repr=False)
    number_format: str | None = field(default=None, compare=False, repr=False)
    #: The id a stage list gives the phase ("S01"), as the list wrote it: the stage's short name beside its own.
    stage_id: str | None = None
    #: The sheet left its header blank: ``name`` is the reader's, by its place or numbered neighbours ("Fase 3").
    unnamed: bool = field(default=False, compare=False)

    def note_variant(self, text: str) -> None:
        if text not in (self.name, self.written) and text not in self.variants:
            self.variants.append(text)

    @property
    def steps_text(self) -> str:
        """The step names in one line ("Search · Compare"), or "" when the sheet names none."""
        return " · ".join(step.text for step in self.step_names)


@dataclass
class Lane:
    """A row of the canvas: a kind, its label, and items per phase."""

    kind: LaneKind
    label: str
    cells: list[list[Item]]
    source: Source | None = None
    #: The label written over several lanes ("Channels" over Web, Phone, Print), when there is one.
    group: Item | None = None
    #: How the kind was decided; by default, a known label for a known kind and none for a custom lane.
    role_by: RoleBy | None = None
    #: The known label or question the lane's label was taken for ("Klantproces" for "Klantprocess").
    role_match: str | None = None
    #: Known labels close to a label that got no role (both, when they name two roles).
    suggestions: tuple[Suggestion, ...] = ()
    #: A lane taken for the score row by its content: the kind it is as text ('Gevoel': emotions), which the
    #: correction `check` and `--explain` offer gives it back (``lane_roles.text_option``); None: custom.
    as_text: LaneKind | None = None

    def __post_init__(self) -> None:
        if self.role_by is None:
            self.role_by = RoleBy.NONE if self.kind == CUSTOM_LANE else RoleBy.KNOWN

    def item_count(self) -> int:
        return sum(len(cell) for cell in self.cells)

    def once(self) -> list[tuple[Item, int, int]]:
        """Each item of the lane once, in reading order, with the first and last phase it stands in: a cell
        merged over neighbouring phases is one item that the reader puts in each phase it covers (so that
        every phase has its words); what lists the lane's cards says it once, over its phases."""
        found: list[tuple[Item, int, int]] = []
        merged: list[int] = []  # the places in ``found`` of items from a merged cell: only those come again
        for index, cell in enumerate(self.cells):
            for item in cell:
                spanned = item.source is not None and ":" in item.source.cell
                place = next((p for p in merged if found[p][0] is item), None) if spanned else None
                if place is None:
                    merged.extend([len(found)] if spanned else [])
                    found.append((item, index, index))
                else:
                    found[place] = (item, found[place][1], index)
        return found

    def runs(self) -> list[tuple[int, int]]:
        """The lane's cells as runs of neighbouring phases (first, last), in order, covering every phase: a
        run of several phases holds one cell merged over them, the same items in each (drawn once, across
        them); every other phase is a run of its own."""
        runs: list[tuple[int, int]] = []
        for index, cell in enumerate(self.cells):
            if runs and cell and _same(cell, self.cells[runs[-1][0]]):
                runs[-1] = (runs[-1][0], index)
            else:
                runs.append((index, index))
        return runs

    @property
    def heading(self) -> str:
        """The label as shown beside the lane: its group's label before it."""
        return f"{self.group.text} · {self.label}" if self.group is not None else self.label


def _same(cell: list[Item], other: list[Item]) -> bool:
    """Whether two cells hold the very same items (one merged cell read into both), not equal words."""
    return len(cell) == len(other) and all(a is b for a, b in zip(cell, other, strict=True))


@dataclass(frozen=True)
class Boundary:
    """A line a service blueprint draws between lanes: "interaction", "visibility" or "internal".

    ``before`` is the index of the first lane under the line; the row's own label, when the
    sheet wrote one, is kept with the journey's notes.
    """

    kind: str
    before: int
    source: Source | None = None


@dataclass(frozen=True)
class PhaseGroup:
    """Neighbouring phases under one name ("Before", "Tijdens", "After"): ``first`` is the index of its
    first phase, ``count`` how many follow from there. The name is the sheet's own words, with its cell."""

    name: Item
    first: int
    count: int

    @property
    def last(self) -> int:
        return self.first + self.count - 1

    def holds(self, index: int) -> bool:
        return self.first <= index <= self.last


@dataclass(frozen=True)
class NotesColumn:
    """A further column of notes beside the canvas under a heading of its own ("Vragen klant" beside
    "Notities workshop"): its heading, and where its notes were read (the cells of its column below it)."""

    title: Item
    cells: frozenset[Source]


@dataclass(frozen=True)
class NotesTable:
    """A small table among the notes (a header row of words over rows of two cells or more, beside or under the
    canvas, or on a sheet of notes): poster and deck print it as a table, its header row as its header. Its rows
    stay notes too, one note a row (``sources``: theirs, the header row's first), so whatever reads the notes
    keeps every word; a renderer that draws the table leaves those notes out (``tables_among``)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sources: tuple[Source, ...]
    #: The cell alone right above its header row that names it ("Actiepunten", "Risico's"): the title of the
    #: deck's table slide (the note of that cell is left out of the notes there); None where none stands there.
    title: Item | None = None

    def squared(self) -> list[list[str]]:
        """The header row and the rows, each as wide as the widest (a short row's cells left blank at its end)."""
        lines = [list(self.header), *(list(row) for row in self.rows)]
        width = max(len(line) for line in lines)
        return [line + [""] * (width - len(line)) for line in lines]


def under_headings(
    columns: Iterable[NotesColumn], notes: Iterable[Item]
) -> tuple[list[tuple[Item, list[Item]]], list[Item]]:
    """The notes under each heading of ``columns`` (those read from its cells), leaving out a heading none of them
    is under; and the notes under no heading."""
    rest = list(notes)
    found: list[tuple[Item, list[Item]]] = []
    for column in columns:
        under = [n for n in rest if n.source in column.cells]
        rest = [n for n in rest if n.source not in column.cells]
        found += [(column.title, under)] if under else []
    return found, rest


def tables_among(notes: Iterable[Item], tables: Iterable[NotesTable]) -> tuple[list[Item], list[NotesTable]]:
    """The notes without the rows of the tables among them, and those tables (each whose header row's note is
    among ``notes``), in the order their header rows come."""
    notes = list(notes)
    by_source = {table.sources[0]: table for table in tables if table.sources}
    found = [by_source[n.source] for n in notes if n.source in by_source]
    rows = {source for table in found for source in table.sources}
    return [n for n in notes if n.source not in rows], found


#: Between a journey's name and the persona or section that names one of several: "Klantreis – Noor".
VIEW_SEPARATOR = " – "


def told_apart(names: list[str]) -> list[str]:
    """Journeys' names as a deck or kit of several says them, short and each told apart from the others: each
    without the parts (between " – ") another name shares ("IT Manager" and "CFO" of "Buying an HR platform –
    IT Manager" and "… – CFO"; "Klantreis HR-directeur" and "Klantreis CFO" of "Klantreis HR-directeur –
    HR-software" and "Klantreis CFO – HR-software"), a name of one part whole; where no part is shared, each
    one's last part (its view); the whole names where those would not tell them apart."""
    parts = [name.split(VIEW_SEPARATOR) for name in names]
    counts: dict[str, int] = {}
    for own in parts:
        for part in set(own):
            counts[part] = counts.get(part, 0) + 1
    if any(count > 1 for count in counts.values()):
        short = [VIEW_SEPARATOR.join(p for p in own if counts[p] == 1) or name for own, name in zip(parts, names)]
    else:
        short = [name.rpartition(VIEW_SEPARATOR)[2] or name for name in names]
    return short if len(set(short)) == len(short) else list(names)


def shared_title(names: list[str]) -> str | None:
    """The words the journeys' names share, in their order: "Koopreis – accountantskantoor" of "Koopreis
    partner – accountantskantoor (ideaal)", "Koopreis office manager – accountantskantoor (huidig)", … (a
    buying group's members, ideal and current) — what a poster or deck of them all is called; None where they
    share no word of four letters or more (only "de", a dash), or there is one name."""
    if len(set(names)) < 2:
        return None
    common = names[0].split()
    for name in names[1:]:
        common = _common_words(common, name.split())
    while common and not any(ch.isalnum() for ch in common[0]):
        common.pop(0)
    while common and not any(ch.isalnum() for ch in common[-1]):
        common.pop()
    if not any(sum(ch.isalpha() for ch in word) >= 4 for word in common):
        return None
    return " ".join(common)


def _common_words(first: list[str], second: list[str]) -> list[str]:
    """The longest run of words both have in the same order (not necessarily side by side)."""
    longest = [[0] * (len(second) + 1) for _ in range(len(first) + 1)]
    for i in range(len(first) - 1, -1, -1):
        for j in range(len(second) - 1, -1, -1):
            same = first[i].casefold() == second[j].casefold()
            longest[i][j] = longest[i + 1][j + 1] + 1 if same else max(longest[i + 1][j], longest[i][j + 1])
    words, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        if first[i].casefold() == second[j].casefold():
            words.append(first[i])
            i, j = i + 1, j + 1
        elif longest[i + 1][j] >= longest[i][j + 1]:
            i += 1
        else:
            j += 1
    return words


@dataclass
class Journey:
    """One journey through its phases, for one persona or scenario."""

    name: str
    sheet: str
    shape: str  # "grid", "transposed" or "long": how the sheet laid it out
    phases: list[Phase]
    lanes: list[Lane]
    scores: list[list[Score]] = field(default_factory=list)
    meta: dict[str, Item] = field(default_factory=dict)
    notes: list[Item] = field(default_factory=list)
    #: Headers of the phase row or column as written ("Fase", "Journey Stage").
    phase_labels: list[Item] = field(default_factory=list)
    #: The lines of a service blueprint (line of interaction, visibility, internal interaction).
    boundaries: list[Boundary] = field(default_factory=list)
    #: How the reader found this journey, in sentences (``check --explain``).
    reading: list[str] = field(default_factory=list)
    #: Named groups of neighbouring phases, in order, none overlapping ("Before | During | After").
    phase_groups: list[PhaseGroup] = field(default_factory=list)
    #: The heading of the column of notes beside the canvas ("Notities workshop"): the title of its notes.
    notes_title: Item | None = None
    #: Where the notes under ``notes_title`` were read: the cells of its column below it (the reader's decision).
    titled: set[Source] = field(default_factory=set)
    #: Further columns of notes, each under its own heading, after the one ``notes_title`` heads.
    notes_columns: list[NotesColumn] = field(default_factory=list)
    #: The small tables among the notes (their rows are notes too): printed as tables.
    notes_tables: list[NotesTable] = field(default_factory=list)

    def titled_notes(self, notes: Iterable[Item] | None = None) -> tuple[list[Item], list[Item]]:
        """The notes (``notes``: of these) under ``notes_title``: the cells of its column below it, as the
        reader decided them once (``titled``); and the others (a note above it, a comment, a cell elsewhere)."""
        notes = list(self.notes if notes is None else notes)
        if self.notes_title is None or not self.titled:
            return [], notes
        return [n for n in notes if n.source in self.titled], [n for n in notes if n.source not in self.titled]

    def notes_under_titles(
        self, notes: Iterable[Item] | None = None
    ) -> tuple[list[tuple[Item, list[Item]]], list[Item]]:
        """Every column of notes under its heading (``notes_title``'s first, then ``notes_columns``), each with
        its notes (``notes``: of these), leaving out a heading whose column holds none of them; and the notes
        under no heading."""
        titled, rest = self.titled_notes(notes)
        columns = [(self.notes_title, titled)] if self.notes_title is not None and titled else []
        more, rest = under_headings(self.notes_columns, rest)
        return columns + more, rest

    def group_of(self, index: int) -> PhaseGroup | None:
        """The group a phase belongs to, or None."""
        return next((g for g in self.phase_groups if g.holds(index)), None)

    def add_groups(self, groups: list[PhaseGroup], order: list[int | None]) -> list[tuple[PhaseGroup, list[int]]]:
        """Groups of another table's phases, joined to this journey (``order``: each of those phases' place
        here, None where it has none): a group whose phases here stand together, ungrouped, groups them, over
        the phases this journey has when it lacks some (a stage list's "After" over Purchase, its Loyalty not
        in this journey); the name of any other is kept with the notes. Returned: each group kept over fewer
        phases, with the indices (in the other table) of the phases it lost, for the reading to say."""
        narrowed: list[tuple[PhaseGroup, list[int]]] = []
        for group in groups:
            span = range(group.first, group.last + 1)
            # together here in any order: a stage list may list a group's stages otherwise than the map
            places = sorted(place for i in span if (place := order[i]) is not None)
            first = places[0] if places else None
            together = first is not None and places == list(range(first, first + len(places)))
            if first is not None and together and not any(self.group_of(i) for i in range(first, first + len(places))):
                self.phase_groups.append(PhaseGroup(group.name, first, len(places)))
                if len(places) < group.count:
                    narrowed.append((group, [i for i in span if order[i] is None]))
            else:
                self.notes.append(group.name)
        self.phase_groups.sort(key=lambda g: g.first)
        return narrowed

    @property
    def is_blueprint(self) -> bool:
        return bool(self.boundaries)

    def lane(self, kind: LaneKind) -> Lane | None:
        """The first lane of a kind, or None: for a core kind, the lane that holds the core place."""
        return next((lane for lane in self.lanes if lane.kind == kind), None)

    def holds_core_place(self, lane: Lane) -> bool:
        """Whether a lane is the one of its core kind (the first): a second is an extra lane."""
        return lane.kind in CORE_LANES and self.lane(lane.kind) is lane

    def extra_lanes(self) -> list[Lane]:
        """The lanes beside the core places, under their own labels: other kinds, a second lane of a
        core kind, lanes of no role; a score row that holds nothing but scores is drawn, not listed."""
        return [
            lane
            for lane in self.lanes
            if not self.holds_core_place(lane) and not (lane.kind == SCORE_LANE and not lane.item_count())
        ]

    def improvement_lanes(self) -> list[Lane]:
        """Every lane whose role is improvements (learning) or opportunities: where actions come from."""
        return [lane for lane in self.lanes if lane.kind in IMPROVEMENT_LANES]

    def shown_as(self, lane: Lane) -> LaneKind | None:
        """The side a lane of no role is shown on, alike on the poster (its bar and colour) and on the deck (its
        pains and opportunities slide), under its own label: the pain points or opportunities its label is
        nearest to (its first suggestion: "Kanaen" is nearer "Kanalen" than "Kansen"), where it holds text and
        no lane of that role does; None for any other lane. Its role is not assumed (``check`` says so, with the
        correction that gives it)."""
        if lane.kind != CUSTOM_LANE or lane.role_by is not RoleBy.NONE or not lane.item_count():
            return None  # a lane corrected to no role ("--lane 'X=custom'") is a plain lane
        for kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
            filled = any(other.item_count() for other in self.lanes if other.kind == kind)
            if not filled and lane.suggestions and lane.suggestions[0].kind == kind:  # its nearest, not "Kanaen"'s
                return kind
        return None

    def offered_improvement_lanes(self) -> list[Lane]:
        """Lanes of no role whose label is close to an improvements or opportunities label ("Kansjes"):
        shown with the improvements under their own label, never left out (their role is not assumed)."""
        return [
            lane
            for lane in self.lanes
            if lane.kind == CUSTOM_LANE
            and lane.item_count()
            and any(s.kind in IMPROVEMENT_LANES for s in lane.suggestions)
        ]

    @property
    def score_scale(self) -> ScoreScale:
        """The scale the journey's scores are on (the first score's; -2..+2 without scores)."""
        return next((s.scale for phase in self.scores for s in phase), ScoreScale(-2, 2))

    def phase_mean(self, index: int) -> float | None:
        """The mean score of a phase on the sheet's own scale (as drawn in a chart), or None if unscored."""
        if index >= len(self.scores) or not self.scores[index]:
            return None
        return sum(s.value for s in self.scores[index]) / len(self.scores[index])

    def phase_means(self) -> list[float | None]:
        """Every phase's mean score on the sheet's scale, None where a phase has none (a curve's points)."""
        return [self.phase_mean(i) for i in range(len(self.phases))]

    def phase_means_on(self, scale: ScoreScale) -> list[float | None]:
        """Every phase's mean score placed on ``scale`` (another journey's, to draw both on one axis) by its
        place on the journey's own: 10 of 1..10 is +2 of -2..+2, 5,5 its 0. On its own scale, as written."""
        own = self.score_scale
        if own == scale:
            return self.phase_means()
        half = (scale.high - scale.low) / 2
        placed = [self.phase_score(i) for i in range(len(self.phases))]
        return [None if p is None else round(scale.neutral + p * half, 2) for p in placed]

    def phase_score(self, index: int) -> float | None:
        """The mean normalised score of a phase (-1..+1), or None if unscored."""
        if index >= len(self.scores) or not self.scores[index]:
            return None
        values = [s.normalized for s in self.scores[index]]
        return sum(values) / len(values)

    def phase_face(self, index: int) -> str | None:
        """The emoji or emoticon a phase's feeling was written as, when all its scores wrote the same one
        (the curve's marker for the phase); None otherwise."""
        faces = {s.face for s in self.scores[index]} if index < len(self.scores) else set()
        return faces.pop() if len(faces) == 1 else None

    def title_prefix(self) -> Item | None:
        """The word written before the journey's name in the name's own cell ("Klantreis:" in "Klantreis:
        Bezoek aan het museum"): it says what the cell is, the name is the title everywhere; the whole cell
        is shown where sources are (the deck's notes). None when no label or one in a cell of its own."""
        label, name = self.meta.get("journey_label"), self.meta.get("journey")
        if label is None or name is None or label.source is None or label.source != name.source:
            return None
        return label

    def on_the_curve(self, lane: Lane) -> bool:
        """Whether the curve shows every word of a lane: the score row, or a lane whose every item is a score
        as written (an experience lane of "🙂 | slecht | heel goed": each a face or a word beside its value).
        Such a lane is drawn once, as the curve, never again as a row of text above it."""
        if lane.kind == SCORE_LANE:
            return True
        written = {(s.source, w) for phase in self.scores for s in phase for w in (s.face, s.mark) if w}
        items = [item for cell in lane.cells for item in cell]
        return bool(items) and all((item.source, " ".join(item.text.split())) in written for item in items)

    def texts(self) -> Iterator[Item]:
        """Every piece of text in the journey, in reading order (a metadata label with no value is no content:
        ``empty_meta_labels``)."""
        empty = self.empty_meta_labels()
        yield from (item for item in self.meta.values() if not any(item is label for label in empty))
        yield from self.phase_labels
        yield from ([self.notes_title] if self.notes_title is not None else [])
        yield from (column.title for column in self.notes_columns)
        yield from (group.name for group in self.phase_groups)
        for phase in self.phases:
            yield Item(phase.name, phase.source)
            yield from phase.step_names
        groups: list[Item] = []  # a group's label is written once over its lanes: that one item
        for lane in self.lanes:
            if lane.group is not None and not any(lane.group is seen for seen in groups):
                groups.append(lane.group)
                yield lane.group
            yield Item(lane.label, lane.source)
            for cell in lane.cells:
                yield from cell
        for phase_scores in self.scores:
            for score in phase_scores:
                yield Item(f"{score.value:g}", score.source, score.value)
                if score.mark is not None:  # "groen", "G": what the cell wrote, kept beside the value
                    yield Item(score.mark, score.source)
        yield from self.notes

    def empty_meta_labels(self) -> list[Item]:
        """The metadata labels the workbook leaves without a value ("Persona", "Versie" of a template not
        filled in): structure, as a column header nothing is written under; listed by check, not shown on
        poster and deck, never "Persona: —"."""
        meta = self.meta
        bases = {key: key.removesuffix("_label") for key in meta if key.endswith("_label")}
        return [meta[key] for key, base in bases.items() if base not in meta and base not in ("journey", "title")]


class _Fields:
    """A record read from a sheet of records (touchpoints, personas): its fields by key."""

    fields: dict[str, Item]

    def get(self, key: str) -> str:
        """The text of the field ``key``; empty when the record has none."""
        item = self.fields.get(key)
        return item.text if item else ""


@dataclass
class Touchpoint(_Fields):
    """A touchpoint from the Touchpoints sheet; fields keep their source cells."""

    phase: Item | None
    name: Item | None
    fields: dict[str, Item] = field(default_factory=dict)


class PictureFrom(StrEnum):
    """Where a persona's picture was found."""

    WORKBOOK = "workbook"  # placed in the sheet of personas, in the persona's row (or column)
    FILE = "file"  # ``<persona name>.jpg`` (or .png, .jpeg) beside the workbook


@dataclass(frozen=True)
class Picture:
    """A persona's picture, checked and made safe to draw: RGB, upright, at most a print's worth of pixels,
    encoded as PNG or JPEG (``data``); ``origin`` says where it was found ("Personas!H3", "noor.jpg")."""

    data: bytes
    format: str  # "PNG" or "JPEG"
    width: int
    height: int
    origin: str
    found: PictureFrom

    @property
    def square(self) -> tuple[float, float, float, float]:
        """The centred square of the picture, as the share cut off each side (left, top, right, bottom):
        drawn in a circle, a portrait is cropped to it so that it is not squashed."""
        if self.width > self.height:
            side = (1 - self.height / self.width) / 2
            return (side, 0.0, side, 0.0)
        side = (1 - self.width / self.height) / 2
        return (0.0, side, 0.0, side)


#: The key a persona's name is kept under beside its fields' keys (``Persona.written_again``).
NAME_KEY = ""


@dataclass
class Persona(_Fields):
    """A persona or a member of a B2B buying group, from the Personas sheet."""

    name: Item | None
    fields: dict[str, Item] = field(default_factory=dict)
    #: Its picture, from the workbook or a file beside it; None: its initials in a disc stand for it.
    picture: Picture | None = field(default=None, compare=False)
    #: Its own sheet's heading of a field kept under a key an earlier sheet heads in other words (a second
    #: sheet's "Rol" beside the first's "Job": the role's key, read as structure, and the client's own word).
    headings: dict[str, Item] = field(default_factory=dict, compare=False)
    #: The cells of each copy of it written word for word on another sheet (read as this one persona): by field
    #: key, the name's under ``NAME_KEY``. ``apply`` writes a change of it into each copy too, so the copies stay
    #: one persona.
    written_again: list[dict[str, Source]] = field(default_factory=list, compare=False)

    def sources_of(self, item: Item) -> list[Source]:
        """Where the copies of this persona write ``item`` (its name or one of its fields): [] for an item that
        is not this persona's, or a persona written once."""
        key = NAME_KEY if item is self.name else next((k for k, v in self.fields.items() if v is item), None)
        return [copy[key] for copy in self.written_again if key is not None and key in copy]

    def get(self, key: str) -> str:
        """The text of the field ``key``, or of the field read as it under a heading of its own ("Wil graag"
        on a second sheet, beside the first's "Doelen": ``goals_2``); empty when the persona has neither."""
        if key in self.fields:
            return self.fields[key].text
        own = next((k for k in self.fields if k.rpartition("_")[0] == key and k.rpartition("_")[2].isdigit()), None)
        return self.fields[own].text if own is not None else ""


class EmpathyQuadrant(StrEnum):
    """A quadrant of an empathy map; the values are the persona field keys it is shown under."""

    THINK_FEEL = "empathy think feel"
    HEAR = "empathy hear"
    SEE = "empathy see"
    SAY_DO = "empathy say do"
    PAINS = "empathy pains"
    GAINS = "empathy gains"
    # A half of "Think & Feel" or "Say & Do" headed apart ("Thinks" beside "Feels", as the four-quadrant map
    # Says | Thinks over Does | Feels draws them): a quadrant of its own, so a thought is never a feeling.
    THINK = "empathy think"
    FEEL = "empathy feel"
    SAY = "empathy say"
    DO = "empathy do"


@dataclass
class EmpathyMap:
    """An empathy map: its quadrants' headings as written and the entries under each, of the persona
    named in its title or sheet, else of the canvas's only persona (``persona``), else on its own (None:
    a persona of its own is made for it, named after its title)."""

    sheet: str
    title: Item | None
    headings: dict[EmpathyQuadrant, Item]
    entries: dict[EmpathyQuadrant, list[Item]]
    persona: str | None = None
    #: The persona it belongs to (set once every sheet is read), and the field of that persona each
    #: quadrant's entries were written into: drawn as this map, those fields are not shown again as lines.
    owner: Persona | None = field(default=None, repr=False, compare=False)
    fields: dict[EmpathyQuadrant, str] = field(default_factory=dict)
    #: The cells of headings read as one quadrant (the same quadrant headed twice), for the reading.
    joined: dict[EmpathyQuadrant, list[str]] = field(default_factory=dict, compare=False)
    #: Where each quadrant's heading stands on the sheet (row, column): the map is drawn as the sheet lays it out.
    places: dict[EmpathyQuadrant, tuple[int, int]] = field(default_factory=dict, compare=False)
    #: Headings of a whole quadrant over its halves headed apart ("Wat denkt en voelt hij?" over "Wat denkt
    #: hij?" | "Wat voelt hij?"), with the cells of those halves: kept as notes, said in the reading.
    over: list[tuple[Item, list[str]]] = field(default_factory=list, compare=False)
    #: Cells standing where a heading would (in a row and a column of the map's headings) whose words head
    #: no quadrant canvasgen knows, with the quadrant they were read into as entries: said, for the reading.
    strays: list[tuple[Item, EmpathyQuadrant]] = field(default_factory=list, compare=False)


class MetricFrom(StrEnum):
    """Where a measured figure was read: the kind of place, not its name."""

    LANE = "lane"  # a journey's KPI lane: the figure is the lane's own text, shown as the lane
    TOUCHPOINTS = "touchpoints"  # the Touchpoints sheet's KPI column
    SHEET = "sheet"  # a Metrics sheet of the workbook
    FILE = "file"  # a CSV export given with --metrics


@dataclass(frozen=True)
class MetricOrigin:
    """Where a figure was read: the kind of place and its name (the lane's label, the sheet's or the file's)."""

    read_from: MetricFrom
    name: str = ""

    def __str__(self) -> str:
        """As ``check --json`` writes it: "lane KPI's", "touchpoints", "Metingen", "export.csv"."""
        if self.read_from is MetricFrom.LANE:
            return f"lane {self.name}"
        return "touchpoints" if self.read_from is MetricFrom.TOUCHPOINTS else self.name

    @property
    def written(self) -> bool:
        """Whether the figure is written in the journey or its touchpoints (not a sheet or file of figures)."""
        return self.read_from in (MetricFrom.LANE, MetricFrom.TOUCHPOINTS)


@dataclass
class Metric:
    """A measured figure for a phase or a touchpoint: from the KPI lane, a Metrics sheet or a CSV file.

    ``value`` and ``target`` are numbers in ``unit`` ("%", a currency symbol or "");
    the items keep the text as written and where it was read (a cell, or a CSV line).
    """

    name: Item
    value: float
    unit: str
    value_item: Item
    kind: str | None = None  # a metric canvasgen knows (see canvasgen.read.metrics.kinds), else None
    lower_is_better: bool = False
    target: float | None = None
    target_item: Item | None = None
    phase: str | None = None  # the canvas's own phase name it belongs to
    touchpoint: Item | None = None
    period: Item | None = None
    origin: MetricOrigin = MetricOrigin(MetricFrom.SHEET)  # where it was read: a lane, a sheet or a CSV file
    #: Why lower or higher is better ("'afhakers' in its name", "its target says 'max'"), said by ``check``.
    direction: str = ""
    #: Whether that way is read from the figure's name or from nothing (a guess, said in plain ``check``), not
    #: from its target's words ("max 10%") or a metric canvasgen knows.
    direction_guessed: bool = False
    #: How a figure was read where the workbook leaves room for doubt (a bare 0.03 beside 2.4%: 3%).
    read_as: str = ""
    #: The decimals the value and the target were written with ("€ 1.234,50": 2), printed so again;
    #: None where unknown (rounded to what reads well).
    places: int | None = None
    target_places: int | None = None

    @property
    def met(self) -> bool | None:
        """Whether the target is met (lower is better for bounce rate, cost, ...); None without a target."""
        if self.target is None:
            return None
        return self.value <= self.target if self.lower_is_better else self.value >= self.target

    @property
    def is_cost(self) -> bool:
        return self.kind == "cost"

    def texts(self) -> Iterator[Item]:
        """The words of the row (figures are printed reformatted, so only their labels count)."""
        yield self.name
        if self.touchpoint is not None:
            yield self.touchpoint
        if self.period is not None:
            yield self.period

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "metric": self.name.text,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "target": self.target,
            "met": self.met,
            "lower_is_better": self.lower_is_better,
            "phase": self.phase,
            "touchpoint": self.touchpoint.text if self.touchpoint else None,
            "period": self.period.text if self.period else None,
            "origin": str(self.origin),
        }
        if self.places is not None:
            data["places"] = self.places
        if self.target_places is not None:
            data["target_places"] = self.target_places
        if self.value_item.source is not None:
            data["cell"] = str(self.value_item.source)
        if self.direction:
            data["direction"] = self.direction
        if self.read_as:
            data["read_as"] = self.read_as
        if self.direction_guessed:  # check says the better direction is a guess: a build from the file too
            data["direction_guessed"] = True
        # The items as read (the figure as written, "€ 1.234,50"; the target; each with its cell): the plain
        # keys above are what a reader of the file edits, these what a build from it shows and cites.
        named: dict[str, Item | None] = {"name": self.name, "value": self.value_item, "target": self.target_item}
        named.update(touchpoint=self.touchpoint, period=self.period)
        data["items"] = {key: item.to_dict() for key, item in named.items() if item is not None}
        return data


@dataclass
class Canvas:
    """Everything read from one workbook."""

    file: str
    journeys: list[Journey]
    touchpoints: list[Touchpoint] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    notes: list[Item] = field(default_factory=list)
    warnings: list[CanvasWarning] = field(default_factory=list)
    #: Column headers of the Touchpoints and Personas sheets as written, by field.
    touchpoint_columns: dict[str, Item] = field(default_factory=dict)
    persona_columns: dict[str, Item] = field(default_factory=dict)
    #: Measured figures: the KPI lane, the Touchpoints sheet's KPI column, a Metrics sheet, ``--metrics``.
    metrics: list[Metric] = field(default_factory=list)
    metric_columns: dict[str, Item] = field(default_factory=dict)
    #: The language canvasgen writes its own words in ("nl" or "en"), decided once by the reader from the
    #: canvas's labels and words; None for a canvas without words (the brand kit's language then).
    #: ``--lang`` and the kit override it for a run, never the model.
    language: str | None = None
    #: True once the reader decided ``language`` (None too is a decision: a canvas without words).
    language_decided: bool = False
    #: The language the canvas's own text is clearly written in, for hyphenating it; None when unclear.
    written_in: str | None = None
    #: The country of the locale the workbook's own number formats name ([$-409] and [$-en-US]: "US"),
    #: which decides how canvasgen writes English dates; None when none names one (British English then).
    region: str | None = None
    #: How the sheets without a journey were read (a persona list, an empathy map), for ``check --explain``.
    reading: list[str] = field(default_factory=list)
    #: Empathy maps, each shown as its persona's fields (``EmpathyQuadrant`` keys, headed as written).
    empathy_maps: list[EmpathyMap] = field(default_factory=list)
    #: Words that head what was read rather than say something (a key/value block's header row "Veld |
    #: Details"): structure, said in ``check --explain``, not printed as notes.
    headings: list[Item] = field(default_factory=list)
    #: The names of the workbook's sheets (a CSV's: its file's stem), as a correction names them: to tell one
    #: aimed at a companion's sheet (``--with``) from one that matches nothing.
    sheet_names: list[str] = field(default_factory=list, compare=False)
    #: The sheets read as figures or as a chart's data ("Cijfers", "Grafiekdata"): their notes (an earlier
    #: period's values, a chart's rows) go with the figures on the poster, not with the last journey's notes.
    figure_sheets: list[str] = field(default_factory=list)
    #: The notes outside any canvas under a heading of their own (a sheet of notes alone, "Toelichting" in its
    #: first row): the heading titles them on poster and deck, never one of them.
    notes_columns: list[NotesColumn] = field(default_factory=list)
    #: The small tables among the notes outside any canvas (their rows are notes too): printed as tables.
    notes_tables: list[NotesTable] = field(default_factory=list)
    #: The title the client wrote over a persona table beside a canvas ("Buying group", "Inkoopgroep", "DMU"):
    #: the personas' heading on poster and deck, as a persona sheet's name is; None where none was written.
    persona_title: Item | None = None

    def notes_under_titles(
        self, notes: Iterable[Item] | None = None
    ) -> tuple[list[tuple[Item, list[Item]]], list[Item]]:
        """The notes outside any canvas (``notes``: of these) under each heading of ``notes_columns``, leaving out a
        heading none of them is under; and the notes under no heading."""
        return under_headings(self.notes_columns, self.notes if notes is None else notes)

    def texts(self) -> Iterator[Item]:
        """Every piece of the workbook's content: what the poster and the deck must show."""
        for journey in self.journeys:
            yield from journey.texts()
        for tp in self.touchpoints:
            yield from (i for i in (tp.phase, tp.name) if i is not None)
            yield from tp.fields.values()
        if self.persona_title is not None and self.personas:
            yield self.persona_title
        for persona in self.personas:
            if persona.name is not None:
                yield persona.name
            yield from persona.fields.values()
        for metric in self.metrics:
            if metric.origin.read_from is not MetricFrom.LANE:  # lane figures are the lane's own text
                yield from metric.texts()
        yield from (column.title for column in self.notes_columns)
        yield from self.notes

    def persona_headings(self, persona: Persona) -> dict[str, Item]:
        """The headings of a persona's fields: the Personas sheets' columns, its own sheet's words first."""
        return {**self.persona_columns, **persona.headings}

    def empty_meta_labels(self) -> Iterator[Item]:
        """Every journey's metadata labels with no value (``Journey.empty_meta_labels``): structure."""
        for journey in self.journeys:
            yield from journey.empty_meta_labels()

    def column_headers(self) -> Iterator[Item]:
        """The column headers of the Touchpoints, Personas and Metrics sheets: structure, not content.
        They label the fields they head; ``check`` lists them, and those nothing was written under."""
        yield from self.touchpoint_columns.values()
        yield from self.persona_columns.values()
        yield from self.metric_columns.values()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": MODEL_VERSION,
            "file": self.file,
            "language": self.language,
            "language_decided": self.language_decided,
            "written_in": self.written_in,
            "region": self.region,
            "journeys": [_journey_dict(j) for j in self.journeys],
            "touchpoints": [_record_dict(tp.fields, phase=tp.phase, name=tp.name) for tp in self.touchpoints],
            "personas": [_persona_dict(p) for p in self.personas],
            "empathy_maps": [_empathy_dict(m, self.personas) for m in self.empathy_maps],
            "touchpoint_columns": {k: v.to_dict() for k, v in self.touchpoint_columns.items()},
            "persona_columns": {k: v.to_dict() for k, v in self.persona_columns.items()},
            **({"persona_title": self.persona_title.to_dict()} if self.persona_title is not None else {}),
            "metrics": [m.to_dict() for m in self.metrics],
            "metric_columns": {k: v.to_dict() for k, v in self.metric_columns.items()},
            "notes": [n.to_dict() for n in self.notes],
            **({"notes_columns": _columns_dicts(self.notes_columns)} if self.notes_columns else {}),
            **({"notes_tables": _tables_dicts(self.notes_tables)} if self.notes_tables else {}),
            "figure_sheets": list(self.figure_sheets),
            "headings": [h.to_dict() for h in self.headings],
            "reading": list(self.reading),
            "warnings": [str(w) for w in self.warnings],
        }


def _journey_dict(journey: Journey) -> dict[str, Any]:
    return {
        "name": journey.name,
        "sheet": journey.sheet,
        "shape": journey.shape,
        "meta": {key: item.to_dict() for key, item in journey.meta.items()},
        "phase_labels": [item.to_dict() for item in journey.phase_labels],
        "phases": [_phase_dict(p) for p in journey.phases],
        **(
            {
                "phase_groups": [
                    {"name": g.name.to_dict(), "first": g.first, "count": g.count} for g in journey.phase_groups
                ]
            }
            if journey.phase_groups
            else {}
        ),
        "lanes": [
            {
                "kind": lane.kind,
                "label": lane.label,
                "role_by": str(lane.role_by),
                **({"role_match": lane.role_match} if lane.role_match else {}),
                **(
                    {
                        "suggestions": [
                            {"label": s.label, "kind": s.kind, "languages": sorted(s.languages)}
                            for s in lane.suggestions
                        ]
                    }
                    if lane.suggestions
                    else {}
                ),
                **({"group": lane.group.to_dict()} if lane.group is not None else {}),
                **({"as_text": lane.as_text} if lane.as_text is not None else {}),
                "cell": str(lane.source) if lane.source else None,
                "cells": [[item.to_dict() for item in cell] for cell in lane.cells],
            }
            for lane in journey.lanes
        ],
        "scores": [[s.to_dict() for s in phase_scores] for phase_scores in journey.scores],
        "boundaries": [
            {"kind": b.kind, "before": b.before, "cell": str(b.source) if b.source else None}
            for b in journey.boundaries
        ],
        "notes": [n.to_dict() for n in journey.notes],
        **({"notes_title": journey.notes_title.to_dict()} if journey.notes_title is not None else {}),
        **({"titled_notes": sorted(str(s) for s in journey.titled)} if journey.titled else {}),
        **({"notes_columns": _columns_dicts(journey.notes_columns)} if journey.notes_columns else {}),
        **({"notes_tables": _tables_dicts(journey.notes_tables)} if journey.notes_tables else {}),
        "reading": list(journey.reading),
    }


def _columns_dicts(columns: list[NotesColumn]) -> list[dict[str, Any]]:
    return [{"title": c.title.to_dict(), "cells": sorted(str(s) for s in c.cells)} for c in columns]


def _tables_dicts(tables: list[NotesTable]) -> list[dict[str, Any]]:
    return [
        {"header": list(t.header), "rows": [list(row) for row in t.rows], "cells": [str(s) for s in t.sources]}
        | ({"title": t.title.to_dict()} if t.title is not None else {})
        for t in tables
    ]


def _phase_dict(phase: Phase) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": phase.name,
        "steps": phase.steps,
        "cell": str(phase.source) if phase.source else None,
    }
    if phase.step_names:
        data["step_names"] = [s.to_dict() for s in phase.step_names]
    if phase.written is not None:
        data["written"] = phase.written
    if phase.variants:
        data["variants"] = list(phase.variants)
    if phase.when is not None:  # a phase named by a date cell: shown again in the language of a run
        data["when"] = phase.when.isoformat()
    if phase.number_format is not None:
        data["format"] = phase.number_format
    if phase.stage_id is not None:
        data["stage_id"] = phase.stage_id
    if phase.unnamed:  # a name made by its place ("Fase 3"): its header cell is blank
        data["unnamed"] = True
    return data


def _record_dict(fields: dict[str, Item], **named: Item | None) -> dict[str, Any]:
    data: dict[str, Any] = {key: item.to_dict() for key, item in named.items() if item is not None}
    data.update({key: item.to_dict() for key, item in fields.items()})
    return data


#: The model's version as ``check --json`` writes it: 2 carries empathy maps, the personas' own headings and
#: pictures, the canvas's languages and reading (a file without the key is version 1, read as before).
MODEL_VERSION = 2
#: Keys of a persona's record that are no field of it: a field's key is ``label_key`` words, never "_...".
PERSONA_HEADINGS, PERSONA_PICTURE = "_headings", "_picture"


def _persona_dict(persona: Persona) -> dict[str, Any]:
    data = _record_dict(persona.fields, name=persona.name)
    if persona.headings:
        data[PERSONA_HEADINGS] = {key: item.to_dict() for key, item in persona.headings.items()}
    if persona.picture is not None:  # where it was found, not its pixels: a build finds it there again
        picture = persona.picture
        data[PERSONA_PICTURE] = {
            "origin": picture.origin,
            "found": picture.found.value,
            "format": picture.format,
            "width": picture.width,
            "height": picture.height,
        }
    return data


def _empathy_dict(found: EmpathyMap, personas: list[Persona]) -> dict[str, Any]:
    """An empathy map, quadrant by quadrant as the model keeps it; its persona by its place in the list."""
    owner = next((i for i, p in enumerate(personas) if p is found.owner), None)
    return {
        "sheet": found.sheet,
        "title": found.title.to_dict() if found.title is not None else None,
        "persona": found.persona,
        "owner": owner,
        "headings": {q.value: item.to_dict() for q, item in found.headings.items()},
        "entries": {q.value: [item.to_dict() for item in items] for q, items in found.entries.items()},
        "fields": {q.value: key for q, key in found.fields.items()},
        "joined": {q.value: list(cells) for q, cells in found.joined.items()},
        "places": {q.value: list(place) for q, place in found.places.items()},
        "over": [{"heading": heading.to_dict(), "cells": list(cells)} for heading, cells in found.over],
    }


def value_text(value: object) -> str:
    """How a typed cell value reads as text: 9.0 -> '9', a date -> ISO."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return str(value)
