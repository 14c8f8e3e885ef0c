"""Real-world shapes of issue #30, generated: random labels in random scripts at random offsets, with blank
rows and notes around them, so that the reader is tested on structure and never on one file's words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

import openpyxl
from hypothesis import strategies as st

from canvasgen.render.xlsx.cells import set_text
from canvasgen.text import label_key
from canvasgen.vocabulary import META_INDEX, PERSONA_INDEX, is_known_phase, is_phase_header, lane_kind, match_field
from canvasgen.vocabulary.structure import (
    blueprint_line,
    blueprint_part,
    emotion_level,
    is_decorated,
    is_out_of_scope_marker,
    is_placeholder,
    reads_as_note,
)

T = TypeVar("T")


class Unread(Generic[T]):
    """A filter's condition whose source hypothesis does not read. Hypothesis (6.170) validates a filtered text
    or list strategy again each time it is drawn from, and each time parses the source of a lambda or function
    condition looking for bounds to build in (a word drawn thousands of times: a third of the drawing's CPU);
    these conditions have none, and filter exactly as before."""

    def __init__(self, condition: Callable[[T], object]) -> None:
        self.condition = condition

    def __call__(self, value: T) -> bool:
        return bool(self.condition(value))

    def __repr__(self) -> str:
        return repr(self.condition)


SCRIPTS = [(0x61, 0x7A), (0x430, 0x44F), (0x3B1, 0x3C9), (0x561, 0x586), (0x5D0, 0x5EA), (0x4E00, 0x4E60)]


def unknown(text: str) -> bool:
    """Not a word canvasgen knows in any role: the test is about structure alone."""
    key = label_key(text)
    return bool(key) and not (
        lane_kind(text)
        or is_phase_header(text)
        or is_known_phase(text)
        or emotion_level(text) is not None
        or blueprint_part(text)
        or blueprint_line(text)
        or is_placeholder(text)
        or is_decorated(text)
        or key in META_INDEX
        or key in PERSONA_INDEX
        or match_field(text, PERSONA_INDEX) is not None  # "имя ааа" is read as a persona's name row
        or _opens_with_a_label(text)
        # hypothesis mixes the code's own string constants into drawn text: "черновик" (a draft's stamp) is
        # a remark, not a name
        or bool(reads_as_note(text))
        or is_out_of_scope_marker(text)
    )


def _opens_with_a_label(text: str) -> bool:
    """A name of several words whose first names a lane, a persona's field or metadata ("название ааа":
    "title …") reads as a labelled item, as the reader takes "Doel: meer weten": no unknown name."""
    first, *rest = text.split() or [""]
    key = label_key(first)
    return bool(rest) and bool(lane_kind(first) or key in PERSONA_INDEX or key in META_INDEX)


@st.composite
def words(draw: st.DrawFn, script: tuple[int, int]) -> str:
    low, high = script
    return " ".join(
        draw(st.text(st.characters(min_codepoint=low, max_codepoint=high), min_size=3, max_size=8))
        for _ in range(draw(st.integers(1, 2)))
    )


@st.composite
def labels(draw: st.DrawFn, count: int) -> list[str]:
    """``count`` distinct unknown labels in one random script."""
    script = draw(st.sampled_from(SCRIPTS))
    found: list[str] = draw(
        st.lists(words(script), min_size=count, max_size=count, unique_by=label_key).filter(
            Unread(lambda ws: all(unknown(w) for w in ws))
        )
    )
    return found


@dataclass
class TitledMap:
    """A map under a title merged over its whole header row, phases maybe separated by arrow columns."""

    title: str
    phases: list[str]
    lanes: list[str]
    row: int = 1
    col: int = 1
    corner: str = ""  # the label over the lane labels, maybe none
    arrow: str = ""  # ">>" in a column of its own between the phases, or none
    body_arrows: bool = False  # the arrows run down the body too
    note: str = ""  # a note below the map, after two blank rows
    cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (lane, phase): text; else "<lane> <phase>"
    #: Notes in a column of their own past a blank column right of the map, by lane (None: that row blank);
    #: the last phase's header maybe merged over the blank column.
    notes_apart: list[str | None] = field(default_factory=list)
    merge_last: bool = False
    #: The title merged over the label column too (``A1:I1`` over "Fase | A | >> | B …"), and over all
    #: phases but this many at the end.
    title_over_labels: bool = False
    title_short: int = 0
    #: A remark right under the last lane (no blank row between), in the label column: a note, never a lane.
    remark: str = ""
    #: A cell alone above the title (a logo's alt text, a version), in the first column: a note, never the title.
    above: str = ""

    def write(self, path: Path) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        assert ws is not None
        step = 2 if self.arrow else 1
        if self.above:
            set_text(ws.cell(self.row - 1, self.col), self.above)
        head = self.row + 1
        first = self.col + 1
        last = first + step * (len(self.phases) - 1)
        if self.title:
            start = self.col if self.title_over_labels else first
            set_text(ws.cell(self.row, start), self.title)
            end = last - step * self.title_short
            ws.merge_cells(start_row=self.row, start_column=start, end_row=self.row, end_column=end)
        if self.merge_last:
            ws.merge_cells(start_row=head, start_column=last, end_row=head, end_column=last + 1)
        for i, note in enumerate(self.notes_apart, start=1):
            if note:
                set_text(ws.cell(head + i, last + 2), note)
        if self.corner:
            set_text(ws.cell(head, self.col), self.corner)
        for j, phase in enumerate(self.phases):
            set_text(ws.cell(head, first + step * j), phase)
            if self.arrow and j < len(self.phases) - 1:
                ws.cell(head, first + step * j + 1, self.arrow)
        for i, lane in enumerate(self.lanes, start=1):
            set_text(ws.cell(head + i, self.col), lane)
            for j, phase in enumerate(self.phases):
                text = self.cells.setdefault((i - 1, j), f"{lane} {phase}")
                set_text(ws.cell(head + i, first + step * j), text)
                if self.arrow and self.body_arrows and j < len(self.phases) - 1:
                    ws.cell(head + i, first + step * j + 1, self.arrow)
        if self.remark:
            set_text(ws.cell(head + len(self.lanes) + 1, self.col), self.remark)
        if self.note:
            set_text(ws.cell(head + len(self.lanes) + 3, self.col), self.note)
        wb.save(path)
        return path


#: Remarks written right under a table, as people write them (no blank row between).
REMARKS_UNDER = [
    "",
    "Notes: workshop 12 May; photos in Miro",
    "Bron: klantinterviews (n=9)",
    "Source: desk research and two focus groups",
    "Fuente: encuesta a clientes 2025",
    "Let op: fase 4 nog niet besproken",
]


@st.composite
def titled_maps(draw: st.DrawFn) -> TitledMap:
    n_phases, n_lanes = draw(st.integers(3, 8)), draw(st.integers(2, 5))
    names = draw(labels(n_phases + n_lanes + 2))
    arrow = draw(st.sampled_from([">>", "→", "->", "»"]))
    script = draw(st.sampled_from(SCRIPTS))
    texts = draw(
        st.lists(
            words(script).filter(unknown), min_size=n_lanes * n_phases, max_size=n_lanes * n_phases, unique_by=label_key
        )
    )
    body = {(i, j): texts[i * n_phases + j] for i in range(n_lanes) for j in range(n_phases)}
    row = draw(st.integers(1, 4))
    return TitledMap(
        title=names[-1],
        phases=names[:n_phases],
        lanes=names[n_phases : n_phases + n_lanes],
        row=row,
        col=draw(st.integers(1, 4)),
        # The arrows between the phases say which way the map runs (without a sign, which are the phases
        # is a guess, tested in test_structure_properties).
        corner=draw(st.sampled_from(["", "Stage", "Fase"])),
        arrow=arrow,
        body_arrows=draw(st.booleans()),
        note=draw(st.sampled_from(["", names[-2]])),
        cells=body,
        above=draw(st.sampled_from(["", "[Logo]", "Versie 3 — concept"])) if row > 1 else "",
        remark=draw(st.sampled_from(REMARKS_UNDER)),
    )


@st.composite
def maps_with_notes_apart(draw: st.DrawFn) -> TitledMap:
    """A map, its phases numbered (the sign of which way it runs), a column of notes past a blank column."""
    n_phases, n_lanes = draw(st.integers(3, 7)), draw(st.integers(2, 5))
    names = draw(labels(n_phases + n_lanes + 1 + n_lanes))
    notes = [draw(st.sampled_from([None, note])) for note in names[n_phases + n_lanes + 1 :]]
    notes[draw(st.integers(0, n_lanes - 1))] = names[-1]  # at least one note
    return TitledMap(
        title=draw(st.sampled_from(["", names[n_phases + n_lanes]])),
        phases=[f"{n}. {name}" for n, name in enumerate(names[:n_phases], start=1)],
        lanes=names[n_phases : n_phases + n_lanes],
        row=draw(st.integers(1, 4)),
        col=draw(st.integers(1, 4)),
        notes_apart=notes,
        merge_last=draw(st.booleans()),
    )


@dataclass
class KeyedTable:
    """A long table keyed by persona and stage: one row per persona × stage, in any row order."""

    personas: list[str]
    stages: list[int]
    columns: list[str]  # the other columns' headers; the last is the emotion score
    texts: dict[tuple[int, int, int], str]  # (persona, stage, column) -> text
    scores: dict[tuple[int, int], int]  # (persona, stage) -> emotion score
    order: list[tuple[int, int]]  # the rows, as (persona, stage) indexes
    keys: tuple[str, str] = ("persona_id", "stage_id")
    ids: str = "{}"  # how a stage id is written: "{}", "{:02d}", "S{}", "Stage {}"
    groups: list[str] = field(default_factory=list)  # each stage's group (a column headed as such), in runs
    group_header: str = "stage_group"
    remarks: dict[int, tuple[int, str]] = field(default_factory=dict)  # before row i: (column, a remark alone)
    once: bool = False  # each persona written once over its rows, blank below (rows by persona)

    def stage_names(self) -> list[str]:
        return [self.ids.format(s) for s in self.stages]

    def write(self, path: Path) -> Path:
        import csv

        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            group = [self.group_header] if self.groups else []
            out.writerow([self.keys[0], *group, self.keys[1], *self.columns, "emotion_value"])
            width = 3 + len(group) + len(self.columns)
            for i in range(len(self.order) + 1):
                if i in self.remarks:
                    col, text = self.remarks[i]
                    out.writerow(["" if c != col else text for c in range(width)])
                if i == len(self.order):
                    break
                p, s = self.order[i]
                texts = [self.texts[(p, s, c)] for c in range(len(self.columns))]
                persona = "" if self.once and i and self.order[i - 1][0] == p else self.personas[p]
                group_cell = [self.groups[s]] if self.groups else []
                out.writerow([persona, *group_cell, self.ids.format(self.stages[s]), *texts, str(self.scores[(p, s)])])
        return path


@st.composite
def keyed_tables(draw: st.DrawFn) -> KeyedTable:
    n_personas, n_stages, n_cols = draw(st.integers(2, 5)), draw(st.integers(2, 8)), draw(st.integers(1, 4))
    names = draw(labels(n_personas + n_cols + n_personas * n_stages * n_cols))
    personas = draw(st.sampled_from([[f"P{i}" for i in range(1, n_personas + 1)], names[:n_personas]]))
    columns = names[n_personas : n_personas + n_cols]
    body = names[n_personas + n_cols :]
    texts = {
        (p, s, c): body[(p * n_stages + s) * n_cols + c]
        for p in range(n_personas)
        for s in range(n_stages)
        for c in range(n_cols)
    }
    scores = {(p, s): draw(st.integers(1, 5)) for p in range(n_personas) for s in range(n_stages)}
    pairs = [(p, s) for p in range(n_personas) for s in range(n_stages)]
    order = draw(st.sampled_from(["by persona", "by stage", "shuffled"]))
    if order == "by stage":
        pairs.sort(key=lambda ps: (ps[1], ps[0]))
    elif order == "shuffled":
        pairs = draw(st.permutations(pairs))
    # the persona column under a header of no known word ("Персона", "Klantprofiel"): told by its values
    unnamed = (draw(labels(1))[0], draw(st.sampled_from(["Stage", "stage_id", "Этап"])))
    keys = draw(st.sampled_from([("persona_id", "stage_id"), ("Persona", "Stage"), ("persona", "fase"), unnamed]))
    return KeyedTable(personas, list(range(1, n_stages + 1)), columns, texts, scores, pairs, keys)


@st.composite
def keyed_tables_round_nine(draw: st.DrawFn) -> KeyedTable:
    """A keyed table as round 9's fresh files wrote them: stage ids 'S3', 'Stage 3' or '03', a column of
    stage groups in runs (sometimes), remarks alone on rows among the rows (a note in the group column
    too), each persona written once over its rows (sometimes, when the rows go by persona)."""
    spec = draw(keyed_tables())
    n = len(spec.stages)
    spec.ids = draw(st.sampled_from(["{}", "{:02d}", "S{}", "Stage {}", "Fase {}"]))
    names = draw(labels(3 + 3))
    if n >= 3 and draw(st.booleans()):
        cuts = sorted(draw(st.sets(st.integers(1, n - 1), min_size=1, max_size=2)))
        bounds = [0, *cuts, n]
        spec.groups = [names[k] for k in range(len(bounds) - 1) for _ in range(bounds[k + 1] - bounds[k])]
        spec.group_header = draw(st.sampled_from(["stage_group", "Fasegroep", "Macro phase", "Moment"]))
    width = 3 + (1 if spec.groups else 0) + len(spec.columns)
    stage_col = 2 if spec.groups else 1
    for text in names[3 : 3 + draw(st.integers(0, 2))]:
        at = draw(st.integers(1, len(spec.order)))
        spec.remarks[at] = (draw(st.sampled_from([c for c in range(width) if c != stage_col])), text)
    firsts = [p for p, _ in spec.order]
    spec.once = draw(st.booleans()) and firsts == sorted(firsts)
    return spec


#: Lane names of a blueprint's parts, in blueprint order, a few per part.
BLUEPRINT_NAMES = (
    ("Physical evidence", "Evidence", "Props", "Fysiek bewijs", "Physische Belege", "Physisches Umfeld"),
    ("Customer actions", "User actions", "Klantacties", "Acties klant", "Klant", "Kundenaktionen", "Kunde"),
    (
        *("Frontstage", "Onstage actions", "Front office", "Zichtbare acties medewerker", "Frontstage (zichtbaar)"),
        *("Zichtbare interactie", "Onstage / visible contact", "Visible contact – employee", "Sichtbare Aktionen"),
    ),
    (
        *("Backstage", "Backstage actions", "Back office", "Onzichtbare acties medewerker", "Achter de schermen"),
        *("Onzichtbare interactie", "Backstage / invisible contact", "Invisible contact: employee"),
        *("Unsichtbare Aktionen", "Hinter den Kulissen"),
    ),
    (
        *("Support processes", "Support systems", "Ondersteunende processen", "Ondersteunende systemen"),
        *("Ondersteuning", "Unterstützende Prozesse", "Unterstützungsprozesse", "Unterstützende Systeme"),
    ),
)


@dataclass
class NamedBlueprint:
    """A map whose lanes name a blueprint's parts (and maybe others between them), its lines not written."""

    phases: list[str]
    lanes: list[str]
    row: int = 1
    col: int = 1

    def write(self, path: Path) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        assert ws is not None
        set_text(ws.cell(self.row, self.col), "Phase")
        for j, phase in enumerate(self.phases, start=1):
            set_text(ws.cell(self.row, self.col + j), phase)
        for i, lane in enumerate(self.lanes, start=1):
            set_text(ws.cell(self.row + i, self.col), lane)
            for j, phase in enumerate(self.phases, start=1):
                set_text(ws.cell(self.row + i, self.col + j), f"{lane} · {phase}")
        wb.save(path)
        return path


@st.composite
def named_blueprints(draw: st.DrawFn) -> tuple[NamedBlueprint, list[str]]:
    """A blueprint by its lanes' names, and the parts (in order) its lanes name."""
    parts = sorted(draw(st.sets(st.integers(0, 4), min_size=3)))
    if not {2, 3} & set(parts):
        parts = sorted({*parts, 2})
    names = draw(labels(4 + 3))
    lanes: list[str] = []
    for part in parts:
        lanes.append(draw(st.sampled_from(BLUEPRINT_NAMES[part])))
        if draw(st.booleans()):  # a lane of the team's own between the parts
            lanes.append(names[4 + len(lanes) % 3])
    lanes = list(dict.fromkeys(lanes))
    kinds = ["evidence", "customer", "frontstage", "backstage", "support"]
    spec = NamedBlueprint(names[:4], lanes, draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    return spec, [kinds[p] for p in parts]
