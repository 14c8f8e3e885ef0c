"""Which phases a persona or buying-group role takes part in: analysis, before any layout.

The Personas sheet's "involved in phases" column says it (``alle fasen`` / ``all phases`` too);
otherwise a journey drawn for that persona does: all its phases, said in ``check --explain`` (a blank cell
of the customer's lane is not filled in yet, never a phase the persona is not in) — but a long table keyed by
persona and stage says in which: the stages it has a row of theirs for (a stage without one is a stage they
do not go through). A persona with a journey of their own takes no part in a journey drawn for another
persona (each persona of a persona x stage table their own journey) unless their "involved in phases" column
says so: neither their bar nor their card is drawn on it. A name in that column that is no phase of the
journey is reported when the workbook is read, by ``check`` and ``build`` alike.
"""

from __future__ import annotations

import re

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import Canvas, Item, Journey, Persona
from canvasgen.read.tables.keyed import is_keyed
from canvasgen.text import counted, excerpt, label_key
from canvasgen.vocabulary import ALL_PHASES_WORDS


def involvement(persona: Persona, journey: Journey, canvas: Canvas) -> list[bool] | None:
    """The phases a persona or buying-group role takes part in, or None when nothing says so.

    The Personas sheet's "involved in phases" column says it; otherwise a journey drawn for this persona
    does: every phase of that journey (matched by name). A blank cell of their customer process is not
    filled in yet, never a phase they are not in (``inferred`` says so in ``check --explain``).
    """
    phase_index = {label_key(p.name): i for i, p in enumerate(journey.phases)}
    if drawn_for_another(persona, journey, canvas):
        return None
    stated = persona.get("phases")
    if stated:
        flags = [False] * len(journey.phases)
        for _, named in stated_phases(stated, journey):
            for index in named or ():
                flags[index] = True
        return flags
    own = journey if _is_drawn_for(persona, journey) else _drawn_for(persona, canvas)
    if own is None:
        return None
    rows = _with_rows(own)
    own_keys = {label_key(p.name) for p, kept in zip(own.phases, rows, strict=True) if kept}
    return [key in own_keys for key in phase_index]


def _names(persona: Persona, meta: Item) -> bool:
    """True when a journey's persona (its meta, "Persona: Sanne Bakker, 34") is this persona."""
    name = label_key(persona.name.text) if persona.name else ""
    return bool(name) and name in label_key(meta.text)


def _with_rows(journey: Journey) -> list[bool]:
    """The phases a persona goes through on the journey drawn for them: every one, but on a journey of a long
    table keyed by persona and stage, those the table has a row of theirs for (words in a lane of the table's
    own, or a score; the lanes a stage list joins fill every stage)."""
    if not is_keyed(journey):
        return [True] * len(journey.phases)
    own = [lane for lane in journey.lanes if lane.source is None or lane.source.sheet == journey.sheet]
    return [
        bool(i < len(journey.scores) and journey.scores[i]) or any(lane.cells[i] for lane in own)
        for i in range(len(journey.phases))
    ]


def _drawn_for(persona: Persona, canvas: Canvas) -> Journey | None:
    """The journey drawn for this persona: the one whose meta names them ("Persona: Sanne Bakker, 34")."""
    return next((own for own in canvas.journeys if _is_drawn_for(persona, own)), None)


def _is_drawn_for(persona: Persona, journey: Journey) -> bool:
    """Whether the journey is drawn for this persona: its meta names them ("Persona: Sanne Bakker, 34")."""
    persona_meta = journey.meta.get("persona")
    return persona_meta is not None and _names(persona, persona_meta)


def drawn_for_another(persona: Persona, journey: Journey, canvas: Canvas) -> bool:
    """Whether the journey is another persona's and this one has a journey of their own and no column saying
    the phases they take part in: they take no part in it (a persona x stage table's personas each go through
    their own journey), so the journey's page draws neither their involvement nor their card. (A buying
    group's roles, each with their journey and their involved phases, stay on each other's.)"""
    if persona.get("phases") or _is_drawn_for(persona, journey) or _drawn_for(persona, canvas) is None:
        return False
    return any(_is_drawn_for(other, journey) for other in canvas.personas if other is not persona)


def others_journeys(persona: Persona, canvas: Canvas) -> list[Journey]:
    """The journeys drawn for other personas, on which this persona (with a journey of their own) is not drawn."""
    return [j for j in canvas.journeys if drawn_for_another(persona, j, canvas)]


def inferred(canvas: Canvas) -> list[str]:
    """What ``check --explain`` says of involvement no column states: a persona taken to be in every phase
    of the journey drawn for them, and how to say otherwise."""
    lines = []
    for persona in canvas.personas:
        lines.extend(_not_on_others(persona, canvas))
        own = None if persona.get("phases") else _drawn_for(persona, canvas)
        if own is None or persona.name is None:
            continue
        meta = own.meta["persona"]
        where = f" ({meta.source})" if meta.source else ""
        rows = _with_rows(own)
        if not all(rows):
            lines.append(
                f"persona '{excerpt(persona.name.text)}' taken to be in {sum(rows)} of the "
                f"{counted(len(own.phases), 'phase')} of '{excerpt(own.name)}', the journey drawn for them{where}: "
                "those the table has a row of theirs for; not in "
                + ", ".join(f"'{excerpt(p.name)}'" for p, kept in zip(own.phases, rows, strict=True) if not kept)
                + " — to say otherwise, add a column 'Betrokken in fasen' (Involved in phases) to the personas' sheet"
            )
            continue
        lines.append(
            f"persona '{excerpt(persona.name.text)}' taken to be in all {counted(len(own.phases), 'phase')} of "
            f"'{excerpt(own.name)}', the journey "
            f"drawn for them{where}: no column says in which, and a blank cell is not filled in yet — to say "
            "otherwise, add a column 'Betrokken in fasen' (Involved in phases) to the personas' sheet"
        )
    return lines


def _not_on_others(persona: Persona, canvas: Canvas) -> list[str]:
    """What ``check --explain`` says of a persona left off the journeys drawn for the other personas."""
    others = others_journeys(persona, canvas)
    own = _drawn_for(persona, canvas)
    if not others or own is None or persona.name is None:
        return []
    return [
        f"persona '{excerpt(persona.name.text)}' not drawn on "
        + ", ".join(f"'{excerpt(j.name)}'" for j in others)
        + f" (neither a card nor a bar): {'each is' if len(others) > 1 else 'it is'} drawn for another persona; "
        f"theirs is '{excerpt(own.name)}' — to draw them on the others' too, add a column 'Betrokken in fasen' "
        "(Involved in phases) to the personas' sheet"
    ]


# "Vergelijken t/m Bestellen", "Research to Purchase", "Oriëntatie – Aankoop": every phase from one to the other.
_RANGE = re.compile(
    r"\s+(?:t/m|t\.e\.m\.?|tot en met|tot|to|through|thru|until|till|bis)\s+|\s*(?:–|—|->|→|\.\.\.?|…)\s*|\s+-\s+",
    re.IGNORECASE,
)


def stated_phases(stated: str, journey: Journey) -> list[tuple[str, list[int] | None]]:
    """Each part of an "involved in phases" cell with the phases of ``journey`` it names (None: no phase of
    it). Parts are separated by commas, semicolons, lines or "/"; a part may be every phase ("alle fasen") or a
    range ("Vergelijken t/m Bestellen", "Research to Purchase", "Oriëntatie – Aankoop"), whose "/" is no
    separator."""
    index = {label_key(p.name): i for i, p in enumerate(journey.phases)}
    every = list(range(len(journey.phases)))
    found: list[tuple[str, list[int] | None]] = []
    for chunk in (c.strip() for c in re.split(r"[,;\n]+", stated)):
        if not chunk:
            continue
        ends = [label_key(end) for end in _RANGE.split(chunk, maxsplit=1)]
        if label_key(chunk) in ALL_PHASES_WORDS:
            found.append((chunk, every))
        elif label_key(chunk) in index:
            found.append((chunk, [index[label_key(chunk)]]))
        elif len(ends) == 2 and all(end in index for end in ends):
            first, last = sorted(index[end] for end in ends)
            found.append((chunk, list(range(first, last + 1))))
        elif len(ends) == 2 and "/" not in chunk.replace("t/m", "").replace("T/M", ""):
            found.append((chunk, None))  # a range of which an end is no phase: said whole
        else:
            for part in (p.strip() for p in chunk.split("/")):
                key = label_key(part)
                if part:
                    found.append((part, every if key in ALL_PHASES_WORDS else [index[key]] if key in index else None))
    return found


def unknown_phases(persona: Persona, journey: Journey) -> list[str]:
    """Names in the "involved in phases" column that are no phase of the journey."""
    stated = persona.get("phases")
    return [part for part, named in stated_phases(stated, journey) if named is None] if stated else []


def involvement_warnings(canvas: Canvas, file: str) -> list[CanvasWarning]:
    """A warning for each involved phase a persona names that is a phase of a journey of the canvas lacks:
    the persona is not shown in it on that journey's map (a workbook's ideal journey may have the phase its
    current journey left unnamed), with the phase it could be, one the sheet gave no name."""
    warnings: list[CanvasWarning] = []
    for persona in canvas.personas:
        item = persona.fields.get("phases")
        if item is None or not canvas.journeys:
            continue
        names = dict.fromkeys(n for j in canvas.journeys for n in unknown_phases(persona, j))
        for name in names:
            lacking = [j for j in canvas.journeys if name in unknown_phases(persona, j)]
            journeys = " or ".join(f"'{j.name}'" for j in lacking)
            unnamed = [p.name for j in lacking for p in j.phases if p.source is None]
            hint = (
                f"; {' and '.join(repr(n) for n in unnamed)} has no name in the sheet: if it is '{name}', write "
                "that name over it"
                if unnamed
                else _step_hint(name, lacking)
            )
            where = Location(file, item.source.sheet, item.source.cell) if item.source else Location(file)
            warnings.append(CanvasWarning(where, f"'{name}' in the involved phases is not a phase of {journeys}{hint}"))
    return warnings


def _step_hint(name: str, journeys: list[Journey]) -> str:
    """What is said when an involved phase is a step the reader took under a phase (the row over the steps
    read as phases, not as groups of them): the step's cell, and the ``--groups above`` that makes each step
    a phase; "" when it is no step."""
    for journey in journeys:
        for phase in journey.phases:
            step = next((s for s in phase.step_names if label_key(s.text) == label_key(name)), None)
            if step is not None:
                cell = f" ({step.source})" if step.source else ""
                return (
                    f"; it is a step{cell} of the phase '{phase.name}': if the names over the steps are groups of "
                    "the phases, give --groups above"
                )
    return ""
