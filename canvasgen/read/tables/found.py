"""What a table finder hands back: sections of journey content, before assembly."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from enum import StrEnum

from canvasgen.errors import CanvasWarning
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Boundary, Item, Lane, Light, Phase, PhaseGroup, Source
from canvasgen.read.grid import CellValue, Pos
from canvasgen.read.lane_roles import lane_option
from canvasgen.read.shown import FontColour
from canvasgen.text import excerpt, label_key, parse_number, phase_key
from canvasgen.vocabulary.lanes import TRAFFIC_LIGHT_LABELS
from canvasgen.vocabulary.scores import (
    LIGHT_LETTERS,
    PLAIN_SCORE,
    SIGNED_SCORE,
    Notation,
    fraction_from_date,
    is_dash,
    is_feeling,
    leading_face,
    scale_in_label,
    school_grade,
    score_notation,
    split_score,
    writes_signs,
)


@dataclass
class RawScore:
    """A score as found in the sheet; its scale is settled per journey. A notation (``4/5``, ``++``,
    ``😊``) carries its own scale, mapped onto the row's; text that is no score has no value and is
    warned about with its cell (it stays on the poster as text)."""

    value: float | None
    source: Source
    label: str  # the score lane's label, which may state the scale: "Score (-2..+2)"
    notation: Notation | None = None
    written: str = ""
    stored_as_date: str = ""  # the date Excel made of a fraction typed as "4/5": the user is told
    colour: FontColour | None = None  # a dot's font colour as the cell gives it (a theme's, or unresolved)
    face: str | None = None  # the face written after a number ("-1 😕"): the curve's marker, its value the number's
    #: The correction that keeps the whole row text, where the row is the score row by its content: said with a
    #: cell of it that is no score ("??" among "+1 | -2 | 😊"), beside writing the phase's score there.
    row_as_text: str = ""
    #: A number's text as the cell shows it ("+1", "9"): a sign there says the row's scale lies round zero.
    typed: str = ""

    grade: bool = False  # a school grade ("8+", "5-", "6½"): its value on 1..10, shown as written (``school_grade``)

    @property
    def signed(self) -> bool:
        """Whether the number was written with its sign ("+1", "-2"), as a score round zero is."""
        return SIGNED_SCORE.fullmatch(self.typed) is not None


#: The scale an emotion-position grid's levels are scored on, given as their label: one reading, not a row.
LEVEL_SCALE = "(-2..+2)"
#: Lanes whose values, when all scores, are scores rather than text ("Feeling (1-10)": 6, 4, 8).
SCORE_LIKE = (SCORE_LANE, "emotions", "experience")


def score_in(value: CellValue, source: Source, label: str) -> RawScore | None:
    """The score a cell of a score row holds: a number, or a notation people write; None for text that
    is neither (placeholders included: the caller tells them apart)."""
    if value.number is not None:
        return RawScore(value.number, source, label, typed=value.text.strip())
    written, stored_as_date = value.text.strip(), ""
    fraction = fraction_from_date(value.raw)
    if fraction is not None:  # "4/5" that Excel stored as a date
        written, stored_as_date = "{}/{}".format(*fraction), value.text
    grade = school_grade(written)
    if grade is not None:  # "8+", "5-", "6½": a number on the row's own scale, shown as written
        return RawScore(grade, source, label, written=written, grade=True)
    notation = score_notation(written, value.colour)
    if notation is None:
        return None
    return RawScore(notation.value, source, label, notation, written, stored_as_date, value.font_colour)


@dataclass(frozen=True)
class ScoreCell:
    """What a cell of a score row gives: its score (one of no value for text that is no score, warned
    about), whether the cell's text stays in the lane as it is (text that is no score), the words written
    after its score ("slecht\n🙁 lange wachttijd": kept in the lane), and what ``--explain`` says of it."""

    score: RawScore | None
    keep: bool = False
    words: str = ""
    said: str = ""
    more: tuple[RawScore, ...] = ()  # a cell of several scores ("+1; +2"): the phase's second, third, ...

    def scores(self) -> list[RawScore]:
        return [self.score, *self.more] if self.score is not None else []


def score_cell(value: CellValue, source: Source, label: str, signs: bool, row_as_text: str = "") -> ScoreCell:
    """A cell of a score row read: a score; a dash ("-", "–") that is no score in a row not written in
    ``++ + 0 - --`` (``signs``: it is), said; a score with words after it, both kept; a placeholder, nothing;
    else text that is no score, kept and warned about (with ``row_as_text``, the correction that keeps a row
    taken for the score row by its content text)."""
    if value.number is None and is_dash(value.text) and not signs:
        said = (
            f"{source}: '{excerpt(value.text)}' in the score row read as no score (left empty), as the row's "
            "other scores are no ++ + 0 - --; if it means a score, write the number (-1)"
        )
        return ScoreCell(None, said=said)
    raw = score_in(value, source, label)
    if raw is not None or value.placeholder:  # "?", "n.v.t.": no score, silently
        return ScoreCell(raw)
    several = _several_scores(value.text, source, label)
    if several:
        shown = ", ".join(s.written for s in several)
        said = f"{source}: '{excerpt(value.text)}' read as {len(several)} scores of the phase ({shown})"
        return ScoreCell(several[0], said=said, more=tuple(several[1:]))
    split = split_score(value.text)
    if split is not None:
        written, words = split
        number = PLAIN_SCORE.fullmatch(written)
        notation = None if number else score_notation(written, value.colour)
        face, words = leading_face(words) if number else (None, words)
        score = (
            RawScore(
                float(written.replace("\u2212", "-").replace(",", ".")),
                source,
                label,
                written=value.text.strip(),
                face=face,
                typed=written,
            )
            if number
            else RawScore(notation.value if notation else None, source, label, notation, written)
        )
        shown = excerpt(f"{written} {face}" if face else written)
        kept = excerpt(words)
        said = (
            f"{source}: '{shown}' read as the score, the words after it kept in the lane ('{kept}')"
            if kept
            else f"{source}: '{shown}' read as the score {written}, with its face"
        )
        return ScoreCell(score, words=words, said=said)
    odd = RawScore(None, source, label, written=value.text, colour=value.font_colour, row_as_text=row_as_text)
    return ScoreCell(odd, keep=True)


def typed_score(text: str) -> ScoreCell:
    """A score as a team types it for a cell of a score row (``apply``'s new score), read as the reader reads
    that cell: a number with any minus a word processor writes ("–2", "−1"), a notation ("80%", "8/10"), a
    score with words after it ("9/10 - top"). The one reading of a score, so that ``apply`` takes what
    ``check`` reads."""
    written = text.strip()
    value = CellValue(written, parse_number(written), written)
    return score_cell(value, Source("", ""), "", signs=False)


#: Between scores written in one cell ("+1; +2", "-1 | 0"): a semicolon, a bar, a line break, a comma and a space
#: (never a comma alone: "1,5" is a half).
_BETWEEN_SCORES = re.compile(r"\s*(?:[;|\n]|,\s)\s*")


def _several_scores(text: str, source: Source, label: str) -> list[RawScore]:
    """The scores of a cell that writes several numbers and nothing else ("+1; +2"), each a score of the
    phase (as two steps' scores are); [] for any other cell."""
    parts = [part.strip() for part in _BETWEEN_SCORES.split(text.strip()) if part.strip()]
    if len(parts) < 2 or not all(PLAIN_SCORE.fullmatch(part) for part in parts):
        return []
    return [RawScore(float(p.replace("\u2212", "-").replace(",", ".")), source, label, written=p) for p in parts]


def row_signs(values: list[CellValue]) -> bool:
    """Whether a row's cells write its scores as ``++ + 0 - --`` (a dash in it is then a score)."""
    return writes_signs([v.text for v in values if v.number is None])


def dash_kept(value: CellValue, source: Source, signs: bool) -> list[Item]:
    """A dash in a row written in ``++ + 0 - --`` as the lane's item: a word of the client's, never dropped
    as a placeholder; [] for any other cell."""
    return [Item(value.text.strip(), source)] if signs and value.number is None and is_dash(value.text) else []


def holds_score(value: CellValue) -> bool:
    return score_in(value, Source("", ""), "") is not None


def scale_scores(label: str, filled: list[CellValue]) -> bool:
    """A label naming a scale ("Mood (1-5)", "Tevredenheid (1-10)") over scores, some written with a face or
    words after them ("4 😡", "2 😟"), at least one a number: the score row (or column), its words kept."""
    return (
        scale_in_label(label) is not None
        and any(v.number is not None or _number_first(v) for v in filled)
        and all(holds_score(v) or split_score(v.text) is not None for v in filled)
    )


def _number_first(value: CellValue) -> bool:
    """A score written as text that starts with its number ("2 😟", "+1 🙂"), not with a face or a word."""
    split = split_score(value.text)
    return split is not None and split[0].lstrip("+-\u2212 ")[:1].isdigit()


class GroupsHint(StrEnum):
    """What the user said of phase groups (``--groups``): none at all, or the row above the phase names
    names groups of them (not phases over steps). Unsaid, the reader decides from the sheet."""

    NONE = "none"
    ABOVE = "above"


@dataclass
class Section:
    """The content of one journey found in one table."""

    phases: list[Phase]
    lanes: list[Lane]
    scores: list[list[RawScore]]
    shape: str
    suffix: Item | None = None  # persona or divider that names this section's journey
    suffix_kind: str = "persona"  # "persona", "section" (a divider row) or "title" (a title above the table)
    #: The label written beside the suffix on the row above the table ("Persona:" of "Persona: | Sanne"), if any.
    suffix_label: Item | None = None
    #: The age of the persona the suffix names, written under it ("Leeftijd: 34"), if any.
    suffix_age: Item | None = None
    phase_label: Item | None = None  # the header over the phases: "Fase", "Stage"
    group_label: Item | None = None  # the header over the phase groups' column of a stage list: "macro"
    id_label: Item | None = None  # the header over a stage list's ids: "id"
    boundaries: list[Boundary] = field(default_factory=list)  # a service blueprint's lines
    notes: list[Item] = field(default_factory=list)  # words inside the table that are no item (a line's label)
    groups: list[PhaseGroup] = field(default_factory=list)  # named groups of neighbouring phases
    reading: list[str] = field(default_factory=list)  # how it was found, for ``check --explain``

    def labels(self) -> list[Item]:
        """The headers of its phases, as written: the phase header, the groups' and the ids' headers."""
        return [label for label in (self.phase_label, self.group_label, self.id_label) if label is not None]


@dataclass
class Table:
    sections: list[Section]
    used: set[Pos]
    top: int
    warnings: list[CanvasWarning] = field(default_factory=list)  # readings made by design, said: steps
    corrected: bool = False  # read where the user said (--phases-row, canvasgen.toml)
    guess: str | None = None  # how to correct the reading, when which way round it runs was a guess
    phase_col: int | None = None  # the column the phases run down, when they run down one
    #: Header cells over what was read that head no lane and no phase ("persona_id" over the personas' ids,
    #: who became the journeys' names): structure, kept with the canvas's headings, not notes.
    headings: set[Pos] = field(default_factory=set)


def phase_keys(phases: list[Phase]) -> list[str]:
    return [phase_key(p.name) for p in phases]


#: A plain number as written: no unit, no percent sign, no currency (those are figures, not scores).
_PLAIN_NUMBER = re.compile(r"^[+\-\u2212]?\d{1,2}(?:[.,]\d+)?$")


def score_shaped(values: list[CellValue], phases: int) -> bool:
    """Whether a lane of unknown label holds scores by its shape: a small plain number in at least half
    of the phases and nothing else ("満足度: 3 4 2 5"). Budgets, visitors and percentages are figures,
    and 1, 2, 3, ... in order is a row of step numbers."""
    filled = [v for v in values if not v.placeholder]
    if len(filled) < max(2, (phases + 1) // 2):
        return False
    numbers = [v.number for v in filled if v.number is not None and _PLAIN_NUMBER.match(v.text.strip())]
    if len(numbers) != len(filled) or not all(-10 <= n <= 10 for n in numbers):
        return False
    return any(b - a != 1 for a, b in itertools.pairwise(numbers))


def feelings_shaped(values: list[CellValue]) -> bool:
    """Whether a lane of no role holds scores by its content: every filled cell (and two at least) writes a
    feeling as a face or in words ("🙂 | 😐 | slecht | heel goed | :-)"), alone or before words of its own
    ("🙁 lange wachttijd"). Decided on the whole row, and only where each cell is read: one "goed" among
    sentences is text, and so is "ok | ok | niet ok" (a status, and "niet ok" no score)."""
    filled = [v for v in values if not v.placeholder]
    return len(filled) >= 2 and all(v.number is None and _feeling_first(v.text) for v in filled)


def _feeling_first(text: str) -> bool:
    split = split_score(text)
    return is_feeling(text) or (split is not None and is_feeling(split[0]))


def numbered_shaped(values: list[CellValue], label_kind: str = CUSTOM_LANE, label: str = "") -> bool:
    """Whether a lane's cells are scores written as a number and/or a face, most with words of the client's
    after them ("+1 😊 nieuw huis | -1 😕 | 😐 | -2"): most filled cells (two at least) start with a score, and
    something says they are scores (``scored_because``). Such a lane scores the phases by its content, its words
    kept in the lane, and so does one with a cell or two that are no score ("+1 | -2 | 😊 | ?? | -1",
    "3 | 4 | ?? | 2" under "Hoe voelt het"): that cell's text is kept on its phase, said at its cell."""
    filled = [v for v in values if not v.placeholder]
    starts = [v for v in filled if _score_first(v)]
    # a number among them: a lane of feeling words alone ("blij | boos | verward") is the emotions' text
    numbered = any(v.number is not None or _number_first(v) or _signed_first(v) for v in starts)
    return (
        len(starts) >= 2
        and 2 * len(starts) > len(filled)
        and numbered
        and bool(scored_because(starts, label_kind, label))
    )


def _signed_first(value: CellValue) -> bool:
    """A cell written as a signed number, alone or before a face or words ("+1", "-1 😕 lange wachttijd")."""
    text = value.text.strip()
    split = split_score(text)
    return SIGNED_SCORE.fullmatch(text) is not None or (
        split is not None and SIGNED_SCORE.fullmatch(split[0]) is not None
    )


def scored_because(starts: list[CellValue], label_kind: str, label: str) -> str:
    """What says a lane's small numbers are scores, not counts or step numbers ("" where nothing does): a
    number written with its sign ("+1" is a number to the cell, but its sign says a score round zero), a face
    among them, a label that asks for a feeling (a lane of the emotions or experience kind, "Hoe voelt het")
    or names a scale ("Beleving (1-5)"). "Aantal bezoekers: 3 | 4 | ??" has none of these: text."""
    if any(SIGNED_SCORE.match(v.text.strip()) is not None for v in starts):
        return "numbers written with their sign"
    if any(_face_first(v) for v in starts):  # a face, not a word: "goed" among numbers may be a remark
        return "faces among them"
    if scale_in_label(label) is not None:
        return "its label names a scale"
    return "its label asks for a feeling" if label_kind in SCORE_LIKE else ""


def _face_first(value: CellValue) -> bool:
    """A cell written as a face, alone or before words ("😊", ":-(", "😕 lange wachttijd"): no word's letters."""
    text = value.text.strip()
    split = split_score(text)
    first = split[0] if split is not None else text
    return value.number is None and is_feeling(first) and not any(ch.isalpha() for ch in first)


def in_words(value: CellValue) -> bool:
    """Whether a cell of a score row writes its score other than as a number: in words ("goed"), a face or the
    team's signs ("++", "-": a lone dash must be seen kept, never taken for a cell left empty), kept in the lane
    beside the curve as the client wrote it; a number ("4", "+1") is drawn on the curve alone, once."""
    text = value.text.strip()
    return value.number is None and SIGNED_SCORE.fullmatch(text) is None and PLAIN_SCORE.fullmatch(text) is None


def _score_first(value: CellValue) -> bool:
    if value.number is not None:
        return -10 <= value.number <= 10
    text = value.text.strip()
    if SIGNED_SCORE.fullmatch(text) is not None or is_feeling(text):
        return True
    split = split_score(text)
    return split is not None and (SIGNED_SCORE.fullmatch(split[0]) is not None or is_feeling(split[0]))


def numbered_said(where: str, label: str, values: list[CellValue], kind: str) -> str:
    """What the reader says of a lane it took for the score row by its numbers and faces, with what decided it
    and the correction that keeps it text (its own kind)."""
    starts = [v for v in values if not v.placeholder and _score_first(v)]
    written = ", ".join(dict.fromkeys(_start(v) for v in starts))
    because = scored_because(starts, kind, label)
    odd = [f"'{excerpt(v.text.strip())}'" for v in values if not (v.placeholder or _score_first(v) or holds_score(v))]
    # "??" among "+1 | -2 | 😊": most cells score, so the row does; the odd one is kept, never the row lost
    one = len(odd) == 1
    others = f"; {', '.join(odd)} {'is' if one else 'are'} no score: kept as text on {'its' if one else 'their'} phase"
    others = others if odd else ""
    return (
        f"{where} ('{excerpt(label)}') holds scores written as numbers and faces ({written}; {because}): read "
        f"as the score row by its content, the words after them kept in the lane{others}; if it is text, say so: "
        f"{lane_option(label, kind)}"
    )


def _start(value: CellValue) -> str:
    """A score cell's score as written, without the words after it: "+1 😊", "-2"."""
    if value.number is not None:
        return value.text.strip()
    split = split_score(value.text)
    if split is None:
        return value.text.strip()
    face, _ = leading_face(split[1])
    return f"{split[0]} {face}" if face else split[0]


def feelings_said(where: str, label: str, values: list[CellValue]) -> str:
    """What the reader says of a lane it took for the score row by its content, with the correction that
    makes it text again."""
    written = ", ".join(dict.fromkeys(v.text.strip() for v in values if not v.placeholder and is_feeling(v.text)))
    return (
        f"{where} ('{excerpt(label)}') holds feelings written as faces or words ({written}): read as "
        f"the score row by its content; if it is text, say so: {lane_option(label, 'custom')}"
    )


def _light_written(value: CellValue) -> bool:
    notation = score_notation(value.text, value.colour)
    return value.number is None and notation is not None and notation.light is not None


def lights_shaped(values: list[CellValue]) -> bool:
    """Whether a lane of no role holds the score row's traffic lights by its content: most of its filled
    cells (and two at least) are a light ("🟢 | 🟡 | 🔴", "groen | oranje | rood", a ● in a light's colour),
    or the whole row is light letters ("G | A | R", one at least not amber: "A" alone is a word)."""
    filled = [v for v in values if not v.placeholder]
    lights = [v for v in filled if _light_written(v)]
    if len(lights) >= 2 and 2 * len(lights) > len(filled):
        return True
    letters = [LIGHT_LETTERS.get(v.text.strip().upper()) for v in filled if v.number is None]
    return (
        len(filled) >= 2
        and len(letters) == len(filled)
        and None not in letters
        and any(light is not Light.AMBER for light in letters)
    )


def lights_said(where: str, label: str, values: list[CellValue]) -> str:
    """What the reader says of a lane it took for the score row by its traffic lights, with the correction
    that makes it text again."""
    written = ", ".join(dict.fromkeys(v.text.strip() for v in values if not v.placeholder))
    return (
        f"{where} ('{excerpt(label)}') holds traffic lights ({written}): read as the score row by its "
        f"content; if it is text, say so: {lane_option(label, 'custom')}"
    )


_LIGHT_LABEL_KEYS = frozenset(label_key(w) for words in TRAFFIC_LIGHT_LABELS.values() for w in words)


def is_light_label(label: str) -> bool:
    """Whether a lane's label names a row of traffic lights ("Stoplicht", "RAG status", "Ampel")."""
    return label_key(label) in _LIGHT_LABEL_KEYS
