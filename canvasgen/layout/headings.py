"""Names set as headings: a phase's name, a lane's label. Excel lets a cell hold 32,767 characters, and a
phase row or label column that held them all would push the whole map off the page (and a slide's
title off the slide). Poster and deck show a long name's first words ending in "…"; the whole name is
printed with the journey's notes, under its cell, and the build warns. Pure functions of the model:
the names themselves stay as read (touchpoints, figures and personas are matched on them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import Canvas, Item, Journey, Phase, PhaseGroup
from canvasgen.text import label_key
from canvasgen.vocabulary.structure import undecorated
from canvasgen.words import CHANNEL_NAMES, WORDS

#: The longest name shown whole: real phase names and lane labels ("Learning goals & improvements — what
#: do we want to learn?") are well under it; over it, a phase row or label column would crowd the map.
HEADING_CHARS = 120
ELLIPSIS = "…"


def shortened(text: str, limit: int = HEADING_CHARS) -> str:
    """``text`` when it is at most ``limit`` characters; otherwise its first words (or, for one long
    word, its first characters) and "…", ``limit`` characters in all."""
    text = " ".join(text.split()) if len(text) > limit else text
    if len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS)]
    cut = head.rfind(" ")
    if cut > limit // 2:  # a word boundary not too far back
        head = head[:cut]
    return head.rstrip(" ,;:·-–—") + ELLIPSIS


def phase_heading(phase: Phase) -> str:
    return shortened(phase.name)


def stage_id_shown(phase: Phase, number: int) -> str | None:
    """The phase's stage id ("F1", "S01") where it says more than its name and its ``number`` (from 1) do:
    None without one, for an id that is just that number, or one the name begins with already."""
    found = (phase.stage_id or "").strip()
    if not found or found == str(number) or phase.name.strip().casefold().startswith(found.casefold()):
        return None
    return found


def phase_heading_with_id(phase: Phase, number: int) -> str:
    """A phase's heading led by its stage id, as the deck names the phase ("F1 Oriëntatie"; the poster sets
    the id small beside the name): the team's short name for the stage, before its own."""
    found = stage_id_shown(phase, number)
    return f"{found} {phase_heading(phase)}" if found else phase_heading(phase)


def phase_heading_after(mark: str, phase: Phase, gap: str = " ") -> str:
    """A phase's heading after its ``mark`` (its number or stage id): "3 Betalen"; a phase named by that mark
    alone ("3", as the poster shows it) is the mark once, not "3 3" (the deck's cover said "13 13", round 20)."""
    name = phase_heading(phase)
    return name if name.strip() == mark else f"{mark}{gap}{name}"


#: Between the first and the last phase a cell merged over neighbouring phases covers.
PHASE_RANGE = " – "


def phases_heading(phases: Sequence[Phase]) -> str:
    """The phases a card stands in: one phase's heading, or the first and the last of a cell merged over
    neighbouring phases ("Behandeling – Rekening")."""
    if len(phases) > 1:
        return f"{phase_heading(phases[0])}{PHASE_RANGE}{phase_heading(phases[-1])}"
    return phase_heading(phases[0])


def channel_heading(channel: str, language: str) -> str:
    """A channel as the poster's and the deck's channel rows name it: a channel canvasgen knows in the
    canvas's language ("post" -> "Post"), one of the team's own as written, begun with a capital as the
    others are ("balie" -> "Balie"; "iDEAL", written with capitals of its own, stays as it is)."""
    name = CHANNEL_NAMES[language].get(channel, channel)
    return name[:1].upper() + name[1:] if name == name.lower() else name


def steps_heading(phase: Phase) -> str:
    return shortened(phase.steps_text)


def group_heading(group: PhaseGroup) -> str:
    return shortened(group.name.text)


class Headed(Protocol):
    """A row with a label set beside it: a lane, or a row the poster adds."""

    @property
    def heading(self) -> str: ...


def lane_heading(lane: Headed) -> str:
    return shortened(lane.heading)


def corner_heading(journey: Journey) -> str:
    """The phase row's corner: the sheet's header of its phase row or column ("Fase")."""
    return shortened(corner_text(journey))


def corner_text(journey: Journey) -> str:
    """The sheet's word(s) for a phase, as headings use them: each header without the arrows and marks
    that point along the row ("Fase →" is "Fase"), each word once (a table's "Stage" and its stage list's
    "Stage" are one heading); "" when the headers hold nothing else."""
    words = (undecorated(label.text) for label in journey.phase_labels)
    return " / ".join(dict.fromkeys(word for word in words if word))


def phase_word(journey: Journey, language: str) -> str:
    """The sheet's first word for a phase as a heading ("Fase", not "Fase →"), else canvasgen's word in
    ``language`` (the output's): also in place of a header that is no word for a phase. The sheet's word is
    the team's label, kept in a deck of any language as its lane labels are (every word of the sheet stays on
    the deck): "Fase" on an English deck of a Dutch sheet."""
    words = _words_for_a_phase(journey)
    return shortened(words[0]) if words else WORDS[language]["phase"]


def phase_words(journey: Journey, language: str) -> str:
    """The sheet's words for a phase, as a phase slide's title counts the phases ("Fase 2/7", "Phase / JTBD
    Step 2/7"): each header that is a word for a phase, once (the team's, in any deck language, as
    ``phase_word``); else canvasgen's word, never a tool's field name ("stage_id 2/13") or the first phase's
    own heading ("Fase 1 – Oriëntatie 2/7"); "" for a sheet without a phase header (the count alone, "2/7",
    as it was)."""
    if not journey.phase_labels:
        return ""
    words = _words_for_a_phase(journey)
    return shortened(" / ".join(words)) if words else WORDS[language]["phase"]


def _words_for_a_phase(journey: Journey) -> list[str]:
    """The phase headers (undecorated, each once) that are words for a phase."""
    words = (undecorated(label.text) for label in journey.phase_labels)
    found = [word for word in dict.fromkeys(words) if word and is_a_word_for_phase(word)]
    keys = [set(label_key(word).split()) for word in found]
    # "Journey Stage" over the phases and "Stage" over a stage list are one word said twice: the longer, which
    # holds the other (every word of the sheet stays on the deck)
    return [word for word, key in zip(found, keys) if not any(key < other for other in keys)]


#: A tool's field name, as an export heads its column: "stage_id", "phase.name", "stageId".
_FIELD_NAME = re.compile(r"^\w+[_.]\w+$|^[a-z]+[A-Z]\w*$")


def is_field_name(header: str) -> bool:
    """A tool's field name, as an export heads its column ("stage_id", "stageId")."""
    return _FIELD_NAME.match(header) is not None


def is_a_word_for_phase(header: str) -> bool:
    """A header that says what a phase is ("Fase", "Journey Stage", "Этап"): not a tool's field name
    ("stage_id", "stageId") and not a header that numbers or names a phase itself ("Fase 1 – Oriëntatie",
    "Stage 1/13"): a title built on it would show that noise."""
    return not _FIELD_NAME.match(header) and not any(ch.isdigit() for ch in header)


def long_names(journey: Journey, added: Sequence[Item] = ()) -> list[tuple[str, Item]]:
    """What this journey's headings shorten, whole, with what it is and its cell; ``added``: the labels of
    the rows a poster adds under its lanes."""
    found = [("phase name", Item(p.name, p.source)) for p in journey.phases]
    found += [("step names", Item(p.steps_text, p.step_names[0].source)) for p in journey.phases if p.step_names]
    found += [("phase group", group.name) for group in journey.phase_groups]
    found += [("lane label", Item(lane.heading, lane.source)) for lane in journey.lanes]
    found += [("lane label", label) for label in added]
    if journey.phase_labels:
        found.append(("phase header", Item(corner_text(journey), journey.phase_labels[0].source)))
    return [(kind, item) for kind, item in found if shortened(item.text) != item.text]


def in_full(journey: Journey, added: Sequence[Item] = ()) -> list[Item]:
    """The names this journey's headings shorten, whole, with their cells: printed with its notes;
    ``added``: the labels of the rows a poster adds under its lanes."""
    return [item for _, item in long_names(journey, added)]


def heading_warnings(canvas: Canvas, file: str) -> list[CanvasWarning]:
    """One warning per shortened name, at its cell."""
    warnings = []
    seen: set[str] = set()
    for journey in canvas.journeys:
        for kind, item in long_names(journey):
            where = str(item.source) if item.source else journey.sheet
            if where in seen:
                continue
            seen.add(where)
            sheet, _, cell = where.partition("!")
            warnings.append(
                CanvasWarning(
                    Location(file, sheet, cell or None),
                    f"the {kind} has {len(item.text):,} characters: poster and deck show its first words as a "
                    "heading, and the whole text with the notes",
                )
            )
    return warnings
