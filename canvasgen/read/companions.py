"""Several workbooks, one journey: the map, and the touchpoint analysis and personas beside it.

``canvasgen build MAP.xlsx --with TOUCHPOINTS.xlsx --with PERSONA.xlsx``: the companion's
touchpoints, personas, figures and notes join the map's; its journeys' lanes and scores join
the map's journey whose phases they share, matched by name. A phase of the companion that the
map lacks is reported, and its items are kept as notes: nothing is dropped.

Matched by id (a persona × stage long table names its stages and personas by id only): a companion
stage list (``id, title, …``) whose ids are the phase names of the map's journeys names those phases
by its titles (the id kept as the phase's name as written), and its other columns join every such
journey as lanes; a companion persona list whose ids (a name such as "P1", or an id column) are the
map's journey names names those journeys after its personas. Ids are matched as written, a number by its
value ("01" is stage 1), and ids written otherwise on the two sides ("1" and "S01", "Stage 1") by their number
when each side writes all its ids alike; an id given twice in a companion is an error naming both cells; a
companion whose ids name nothing of the map is said in a warning. In one workbook, a stage list on a sheet of
its own names the persona × stage table's stages by id, or by name when it lists them by name.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.utils import get_column_letter

from canvasgen.errors import CanvasWarning, Location, ReadError, command_line_only, display_name
from canvasgen.model import Canvas, Item, Journey, Persona, Phase, Source
from canvasgen.read.grid import Grid
from canvasgen.read.package.references import position
from canvasgen.read.tables.keyed import is_keyed, is_persona_matrix
from canvasgen.read.tables.stage_list import id_number, is_stage_list
from canvasgen.text import excerpt, label_key
from canvasgen.text import listed as listed_names
from canvasgen.vocabulary import is_phase_header, is_stage_id_header
from canvasgen.vocabulary.structure import strip_decoration


def name_by_own_sheets(canvas: Canvas, file: str) -> None:
    """A workbook's persona × stage table named by the workbook's own stage list and persona list, on sheets
    of their own, matched by id as a companion's (``--with``) are: a stage list whose ids name every phase of
    a journey of another sheet names those phases and joins it as lanes, no journey of its own."""
    _join_stage_list_to_maps(canvas, file)
    keyed = [j for j in canvas.journeys if j.meta.get("persona") is not None and not _stage_ids(j)]
    if not keyed:
        return
    own = Canvas(canvas.file, keyed)
    shown = [j.name for j in keyed]
    _name_personas_by_id(own, canvas, file, "")
    _said_as_named(canvas, keyed, shown)
    for stages in [j for j in canvas.journeys if _stage_ids(j)]:
        named = _name_stages_by_id(own, stages, file, f"sheet '{stages.sheet}'", canvas.warnings)
        if named:
            canvas.journeys.remove(stages)
            canvas.warnings = [w for w in canvas.warnings if not _of_the_list(w, stages)]
            for journey_named in named:
                first = journey_named is named[0]
                _join(journey_named, stages, canvas, file, f"sheet '{stages.sheet}'", first)
        else:  # never a silent journey of its own: both sheets' ids said, with their cells
            canvas.warnings.append(_ids_unmatched(stages, keyed, file))
    _join_stages_by_name(canvas, [j for j in keyed if is_keyed(j) or is_persona_matrix(j)], file)


def _join_stage_list_to_maps(canvas: Canvas, file: str) -> None:
    """A stage list on a sheet of its own (``id | title | macro | business_goal``) that lists by name exactly the
    phases of a map on another sheet (the agency's canvas and its "Fasen" sheet): the map's stage list, no
    second journey of the same phases; its groups are the map's phase groups and its other columns join as
    lanes, as a companion's do, and the reading says so."""
    for stages in [j for j in canvas.journeys if is_stage_list(j)]:
        listed = [_key(p.name) for p in stages.phases]
        if stages.meta.get("persona") is not None or any(stages.scores) or len(set(listed)) < len(listed):
            continue
        # a map on the list's own sheet too (a list under or beside a canvas read as a table of its own)
        others = [j for j in canvas.journeys if j is not stages and not is_stage_list(j) and not is_keyed(j)]
        maps = [j for j in others if sorted(_key(p.name) for p in j.phases) == sorted(listed)]
        if not maps:  # a list of some of a map's phases: its own journey, said with what to write
            canvas.warnings.extend(
                said
                for j in others
                if (
                    said := partly_listed(
                        stages,
                        j,
                        (file, f"on sheet '{stages.sheet}'", "read as a journey of its own"),
                        least=1 if j.sheet == stages.sheet else 2,  # on one sheet, one phase alike is no chance
                    )
                )
                is not None
            )
            continue
        listed_names = _take_stage_list(canvas, stages)
        for journey in maps:
            join_stage_list(
                journey,
                stages,
                canvas,
                (
                    file,
                    f"on sheet '{stages.sheet}'",
                    "to read it as a journey of its own, name a phase otherwise in one of the two sheets",
                ),
                journey is maps[0],
                listed_names,
            )


def lists_the_phases(stages: Journey, journey: Journey) -> bool:
    """True when a stage list lists by name exactly the journey's phases (in any order), none twice."""
    listed = [_key(p.name) for p in stages.phases]
    return len(set(listed)) == len(listed) and sorted(listed) == sorted(_key(p.name) for p in journey.phases)


def partly_listed(
    stages: Journey, journey: Journey, told: tuple[str, str, str], least: int = 2
) -> CanvasWarning | None:
    """The warning for a stage list that names ``least`` or more of a map's phases (two for a list on a sheet
    of its own, where one name may be shared by chance; one for a list beside the map on its sheet) but not all
    of them (or more besides): no stage list of that map, said with what became of it and what to write; None
    for a list of other phases. ``told``: the file, where the list stands and what became of it."""
    file, where, fate = told
    listed = {_key(p.name) for p in stages.phases}
    own = {_key(p.name) for p in journey.phases}
    if len(listed & own) < least or listed == own:
        return None
    lacking = [p.name for p in journey.phases if _key(p.name) not in listed]
    extra = [p.name for p in stages.phases if _key(p.name) not in own]
    what = (f"not {listed_names([repr(excerpt(n)) for n in lacking], 6)}" if lacking else "") + (
        f"{' and ' if lacking else ''}also {listed_names([repr(excerpt(n)) for n in extra], 6)}" if extra else ""
    )
    return CanvasWarning(
        Location(file, stages.sheet),
        f"the stage list {where} names {len(listed & own)} of the {len(own)} phases of the map on sheet "
        f"'{journey.sheet}' but {what}: it is no stage list of that map, {fate} — to make it the map's stage "
        "list, give it one row per phase of the map, titled as the map names them",
    )


def join_stage_list(
    journey: Journey, stages: Journey, canvas: Canvas, told: tuple[str, str, str], first: bool, listed_names: str
) -> None:
    """A stage list that lists by name exactly the map's phases joined to the map: its ids the phases' short
    names, its groups the map's phase groups, its other columns lanes, said in the map's reading. ``told``: the
    file, where the list stands ("on sheet 'Fasen'", "in Noor!G1:I4") and what to do to have it read otherwise."""
    file, where, otherwise = told
    journey.reading.append(
        f"its phases are those listed {where} ({listed_names}), matched by name: that "
        "list is the map's stage list, no journey of its own"
        + ("; its groups are the map's phase groups" if stages.phase_groups else "")
        + ("; its columns join as lanes" if stages.lanes else "")
        + f" — {otherwise}"
    )
    listed_ids = {_key(p.name): p.stage_id for p in stages.phases if p.stage_id}  # a list by name alone: none
    for phase in journey.phases:  # the list's id ("F1") is the phase's short name, shown beside it
        if listed_ids.get(_key(phase.name)) and phase.stage_id is None:
            phase.stage_id = listed_ids[_key(phase.name)]
            phase.note_variant(phase.stage_id)
    own = list(journey.phase_labels)
    _join(journey, stages, canvas, file, where.split(" ", 1)[1], first)  # "sheet 'Fasen'", "Noor!G1:I4"
    if own:  # the map's own word over its phases ("Fase") stays; the list's headers are headings
        journey.phase_labels = own + [label for label in stages.phase_labels[1:2] if stages.phase_groups]
        heads = [label for label in stages.phase_labels if not any(label is k for k in journey.phase_labels)]
        canvas.headings += [label for label in heads if not any(label is h for h in canvas.headings)]
        journey.reading = [line for line in journey.reading if not line.startswith("the phases are headed by")]
        if heads:
            journey.reading.append(
                " ".join(f"'{excerpt(label.text)}' ({label.source})" for label in heads)
                + f" head the columns of the stage list {where}: headings, not notes"
            )


def _join_stages_by_name(canvas: Canvas, keyed: list[Journey], file: str) -> None:
    """A stage list by name on a sheet of its own (``Stage | Description | Phase group``, read as a journey of
    its own: no scores, no persona) whose stages include every stage of the persona × stage table: joined to
    each of the table's journeys as lanes and phase groups by name, as a companion's are, and said."""
    if not keyed:
        return
    table = {_key(p.name) for j in keyed for p in j.phases}
    for stages in list(canvas.journeys):
        if stages in keyed or stages.meta.get("persona") is not None or any(stages.scores) or is_keyed(stages):
            continue
        listed = {_key(p.name) for p in stages.phases}
        if stages.sheet in {j.sheet for j in keyed} or len(listed) < 2:
            continue
        if not table <= listed:  # some of the table's stages, not all: no stage list of it, and said
            if len(listed & table) >= 2:
                lacking = [p.name for p in keyed[0].phases if _key(p.name) not in listed]
                canvas.warnings.append(
                    CanvasWarning(
                        Location(file, stages.sheet),
                        f"journey '{excerpt(stages.name)}' names {len(listed & table)} of the stages of the table on "
                        f"sheet '{keyed[0].sheet}' but not {', '.join(repr(excerpt(n)) for n in lacking[:6])}: it is "
                        "kept as a journey of its own — list every stage of the table in it to make it the table's "
                        "stage list",
                    )
                )
            continue
        listed_names = _take_stage_list(canvas, stages)
        for journey in keyed:
            journey.reading.append(
                f"its stages are those listed on sheet '{stages.sheet}' ({listed_names}), matched by name: that "
                "list is the table's stage list, no journey of its own; its columns join as lanes"
                + (", its groups as phase groups" if stages.phase_groups else "")
            )
            _join(journey, stages, canvas, file, f"sheet '{stages.sheet}'", journey is keyed[0])


def _take_stage_list(canvas: Canvas, stages: Journey) -> str:
    """Takes a stage list joined by name out of the canvas's journeys, with what was said of it as a journey
    of its own; returns its stages as the reading names them ("'Oriëntatie', 'Aanvraag'")."""
    canvas.journeys.remove(stages)
    canvas.warnings = [w for w in canvas.warnings if not _of_the_list(w, stages)]
    return ", ".join(f"'{excerpt(p.name)}'" for p in stages.phases)


def _ids_unmatched(stages: Journey, keyed: list[Journey], file: str) -> CanvasWarning:
    """The warning for a stage list whose ids name no stage of the workbook's persona × stage table: both
    sheets' ids with their cells, and what to write."""
    theirs = [(p.written or "").split(". ", 1)[0] for p in stages.phases]
    id_cells = [_place(label.source) for label in stages.phase_labels if is_stage_id_header(label.text)]
    id_column = next((place[1] for place in id_cells if place), None)
    rows = sorted(place[0] for p in stages.phases if (place := _place(p.source)))
    letter = get_column_letter(id_column) if id_column else None
    where = f"{letter}{rows[0]}:{letter}{rows[-1]}" if letter and rows else None
    table = keyed[0]
    ours = [p.name for p in table.phases]
    first = next((place for p in table.phases if (place := _place(p.source))), None)
    at = f", column {get_column_letter(first[1])}" if first else ""
    matched = _some_matched(theirs, ours)
    pairs = listed_names([f"{w} = {t}" for w, t in matched], 6)
    told = (
        f"match the stages of the table on sheet '{table.sheet}' only one by one ({pairs}{at}), written in "
        f"different ways (the table's {listed_names(ours, 6)}): ids are matched only when each sheet writes all its "
        "ids alike;"
        if matched and len(matched) == len(ours)
        else f"name only {len(matched)} of the {len(ours)} stages of the table on sheet '{table.sheet}' "
        f"({pairs}; not "
        f"{listed_names([w for w in ours if w not in dict(matched)], 6)}{at}): a stage list names every stage,"
        if matched
        else f"name none of the stages of the table on sheet '{table.sheet}' ({listed_names(ours, 6)}{at}), not "
        "even by their number:"
    )
    return CanvasWarning(
        Location(file, stages.sheet, where),
        f"the stage list's ids ({listed_names(theirs, 6)}) {told} the stage list is kept as a "
        f"journey of its own, '{excerpt(stages.name)}', and the table's stages keep their ids — write the table's "
        "stage ids in the stage list's id column (ids numbered alike match by number: 'S01' is '1') to name them",
    )


def _some_matched(theirs: list[str], ours: list[str]) -> list[tuple[str, str]]:
    """The table's stage ids that one of the list's ids names, as written or by its number ("2" is "S02"),
    each with the list's id: said when some match but not all, never "none"."""
    numbers = {n[1]: t for t in theirs if (n := id_number(t)) is not None}
    keys = {_id_key(t): t for t in theirs}
    pairs = []
    for written in ours:
        number = id_number(written)
        their = keys.get(_id_key(written)) or (numbers.get(number[1]) if number is not None else None)
        if their is not None:
            pairs.append((written, their))
    return pairs


def _persona_ids_unmatched(theirs: list[str], ours: list[str], file: str, sheet: str | None) -> CanvasWarning:
    """The warning for a persona list whose ids name none of the map's: both sides' ids; when some would match
    by their number ("1" and "P1") but not every one does, which, and that ids match by number only all alike."""
    pairs = [(o, t) for o, t in _some_matched(theirs, ours) if _id_key(o) != _id_key(t) and _alike_words(o, t)]
    matched = {t for _, t in pairs} | {o for o, _ in pairs}
    odd = [repr(i) for i in [*theirs, *ours] if i not in matched]
    shown = f"its persona ids ({listed_names(theirs, 6)}) name none of the map's personas ({listed_names(ours, 6)})"
    if not pairs or not odd:
        return CanvasWarning(
            Location(file, sheet), f"{shown}, not even by their number: the map's journeys keep their ids as names"
        )
    return CanvasWarning(
        Location(file, sheet),
        f"{shown}: by their number "
        + ", ".join(f"'{t}' would be '{o}'" for o, t in pairs)
        + f", but {listed_names(odd, 6)} {'is' if len(odd) == 1 else 'are'} none of the other side's — ids written "
        "otherwise on the two sides match by their number only when every id does: the map's journeys keep their "
        "ids as names; write the list's ids as the map does",
    )


def _alike_words(one: str, other: str) -> bool:
    """Two ids that may be one by their number: the same words around it, or one a bare number ("1" and "P1")."""
    first, second = id_number(one), id_number(other)
    return first is not None and second is not None and (first[0] == second[0] or "" in (first[0], second[0]))


def persona_lists(canvas: Canvas, companion: Canvas) -> dict[str, str]:
    """The companion's sheets read as journeys that are lists of the map's personas (``id, name``: the ids in its
    first column are the persona ids of the map's persona × stage table and name none of its stages), each with
    what ``check --explain`` says of it: to be read again as a list of personas, matched by id. A file called
    ``personas.csv`` is one by its name; this finds one by what it holds, whatever it is called."""
    found: dict[str, str] = {}
    for journey in companion.journeys:
        if journey.scores and any(journey.scores):
            continue  # a journey scored through its phases is no list of people
        ids = _stage_ids(journey)
        theirs = (
            [(p.written or "").split(". ", 1)[0] for p in ids.values()] if ids else [p.name for p in journey.phases]
        )
        said = _list_of_personas(canvas, journey.sheet, theirs)
        if said is not None:
            found[journey.sheet] = said
    return found


def said_as_lists(reading: list[str], found: dict[str, str]) -> list[str]:
    """A reading whose sheets ``found`` lists of personas were read so by the role given them ("personas, as set
    in ..."): each such line said as ``found`` says it, with the correction that keeps it a journey."""
    starts = {f"sheet '{sheet}': personas, as set in ": why for sheet, why in found.items()}
    return [next((why for start, why in starts.items() if line.startswith(start)), line) for line in reading]


def own_persona_lists(canvas: Canvas, grids: list[Grid]) -> dict[str, str]:
    """The workbook's sheets (not the table's, nor read as personas) that list the persona × stage table's
    personas by id, as ``persona_lists`` finds a companion's: a header row over rows whose first column holds
    the table's persona ids and whose next a name (``id, name``, read as notes or as a journey of phases
    "P1 | P2"); each with what ``check --explain`` says of it."""
    found: dict[str, str] = {}
    sheets = {j.sheet for j in canvas.journeys if is_keyed(j)}
    if not sheets:
        return found
    of_personas = {i.source.sheet for p in canvas.personas for i in (p.name, *p.fields.values()) if i and i.source}
    for grid in grids:
        if grid.title in sheets or grid.title in of_personas or not grid.cells:
            continue
        rows = sorted({r for r, _ in grid.cells})
        cols = grid.row(rows[0])
        if len(rows) < 3 or len(cols) < 2 or any(is_phase_header(grid.text((rows[0], c))) for c in cols):
            continue
        theirs = [grid.text((r, cols[0])).strip() for r in rows[1:]]
        if not all(theirs) or not all(grid.text((r, cols[1])).strip() for r in rows[1:]):
            continue
        said = _list_of_personas(canvas, grid.title, theirs)
        if said is not None:
            found[grid.title] = said
    return found


def _list_of_personas(canvas: Canvas, sheet: str, theirs: list[str]) -> str | None:
    """What is said of a list whose ids are ``theirs`` when they are the map's persona × stage table's persona
    ids (as written, or by number when no stage is so numbered) and name none of its stages; else None."""
    keyed = [j for j in canvas.journeys if is_keyed(j)]
    ours = list(dict.fromkeys(w.text for j in keyed if (w := j.meta.get("persona"))))
    if not ours or len(theirs) < 2 or len({_id_key(t) for t in theirs}) < len(theirs):
        return None
    stages = {_id_key(n) for j in canvas.journeys for p in j.phases for n in (p.name, p.written, *p.variants) if n}
    if any(_id_key(t) in stages for t in theirs):
        return None
    matched = ids_matched(theirs, ours) or {t: o for o, t in (ids_matched(ours, theirs) or {}).items()}
    if not matched or len(set(matched.values())) < min(2, len(ours)):
        return None
    numbered = any(_id_key(t) != _id_key(o) for t, o in matched.items())
    stage_numbers = {n[1] for j in keyed for p in j.phases if (n := id_number(p.written or p.name)) is not None}
    if numbered and all((n := id_number(t)) is not None and n[1] in stage_numbers for t in theirs):
        return None  # matched by number only, and the stages' numbers are theirs too: a stage list, said as one
    pairs = [f"{t} = {o}" if _id_key(t) != _id_key(o) else t for t, o in matched.items()]
    return (
        f"sheet '{sheet}': a list of the personas of the table on sheet '{keyed[0].sheet}', one "
        f"per row, by its ids ({listed_names(pairs, 6)}), the persona ids of the table"
        + (" matched by their number" if numbered else "")
        + " — if it is otherwise, give "
        + command_line_only(f"--sheet '{sheet}=journey'")
    )


def ids_matched(theirs: list[str], ours: list[str]) -> dict[str, str] | None:
    """Each of ``theirs`` (a companion's ids) with the id of ``ours`` (the map's) it is: as written, a number by
    its value ("01" is "1"), else by the number in each id when each side writes all its ids alike and one side
    writes bare numbers or both the same words ("1" is "P1", "P01" is "P1"; "X1" is no "P1": other words, other
    people); None when one of theirs is none of ours."""
    keys = {_id_key(o): o for o in ours}
    if all(_id_key(t) in keys for t in theirs):
        return {t: keys[_id_key(t)] for t in theirs}
    their_numbers, our_numbers = [id_number(t) for t in theirs], [id_number(o) for o in ours]
    if None in their_numbers or None in our_numbers:
        return None
    their_words, our_words = {n[0] for n in filter(None, their_numbers)}, {n[0] for n in filter(None, our_numbers)}
    if len(their_words) != 1 or len(our_words) != 1:
        return None  # each side writes its ids alike, or no id is matched by its number alone
    if their_words != our_words and "" not in their_words | our_words:
        return None
    by_number = {n[1]: o for n, o in zip(filter(None, our_numbers), ours, strict=True)}
    if len(by_number) != len(ours) or not all(n[1] in by_number for n in filter(None, their_numbers)):
        return None
    return {t: by_number[n[1]] for t, n in zip(theirs, filter(None, their_numbers), strict=True)}


def join_companion(canvas: Canvas, companion: Canvas, path: Path) -> None:
    """Merge what ``companion`` (read from ``path``) holds into ``canvas``."""
    shown = [j.name for j in canvas.journeys]
    _name_personas_by_id(canvas, companion, display_name(path))
    _said_as_named(canvas, list(canvas.journeys), shown)
    stage_lists = [j for j in companion.journeys if _stage_ids(j)]
    for stages in stage_lists:
        named = _name_stages_by_id(canvas, stages, display_name(path), said=canvas.warnings)
        if named:
            companion.journeys.remove(stages)
            # what was said of it as a journey of its own (no customer lane, its id header a note) is no
            # problem of a stage list that names the map's stages: its lanes' own warnings stay
            companion.warnings = [w for w in companion.warnings if not _of_the_list(w, stages)]
            for journey_named in named:
                _join(journey_named, stages, canvas, display_name(path), first=journey_named is named[0])
        elif canvas.journeys:
            ids = ", ".join(p.written.split(". ", 1)[0] for p in stages.phases if p.written)
            map_ids = ", ".join(dict.fromkeys(p.name for j in canvas.journeys for p in j.phases))
            canvas.warnings.append(
                CanvasWarning(
                    Location(display_name(path), stages.sheet),
                    f"its stage ids ({ids}) name no phase of the map ({map_ids}): it is kept as a journey of its "
                    "own; give the map's stage ids in its id column to name the map's stages",
                )
            )
    canvas.touchpoints.extend(companion.touchpoints)
    canvas.personas.extend(companion.personas)
    canvas.metrics.extend(companion.metrics)
    canvas.notes.extend(companion.notes)
    for columns, extra in (
        (canvas.touchpoint_columns, companion.touchpoint_columns),
        (canvas.persona_columns, companion.persona_columns),
        (canvas.metric_columns, companion.metric_columns),
    ):
        for key, item in extra.items():
            columns.setdefault(key, item)
    canvas.warnings.extend(companion.warnings)
    canvas.sheet_names += [s for s in companion.sheet_names if s not in canvas.sheet_names]
    canvas.figure_sheets += [s for s in companion.figure_sheets if s not in canvas.figure_sheets]
    canvas.reading.extend(f"{Path(display_name(path)).name}: {line}" for line in companion.reading)
    for journey in companion.journeys:
        target = _best_match(canvas.journeys, journey)
        if target is None:
            canvas.journeys.append(journey)
            continue
        _join(target, journey, canvas, display_name(path))


def _said_as_named(canvas: Canvas, journeys: list[Journey], before: list[str]) -> None:
    """What reading said of a journey by its persona's id ("journey 'Journey – P1'") said of it by the name it
    is shown with once its persona is named ("journey 'Journey – Anna'")."""
    for old, journey in zip(before, journeys, strict=True):
        if journey.name != old:
            was, now = f"journey '{excerpt(old)}'", f"journey '{excerpt(journey.name)}'"
            canvas.warnings = [replace(w, message=w.message.replace(was, now)) for w in canvas.warnings]


def _key(name: str) -> str:
    return label_key(strip_decoration(name))


def _id_key(written: str) -> str:
    """An id as matched: as written, a number by its value ("01" and "1" are one id)."""
    key = label_key(written)
    return str(int(key)) if key.isdigit() else key


def _of_the_list(warning: CanvasWarning, stages: Journey) -> bool:
    """A warning about the stage list read as a journey of its own, or about its cells kept as notes."""
    location = warning.location
    if location is None or location.sheet != stages.sheet or location.cell is not None:
        return False
    return f"journey '{excerpt(stages.name)}'" in warning.message or "outside the canvas" in warning.message


def _best_match(journeys: list[Journey], other: Journey) -> Journey | None:
    """The journey sharing the most phase names with ``other`` (None when none shares one)."""
    keys = {_key(p.name) for p in other.phases}
    scored = [(len(keys & {_key(p.name) for p in j.phases}), j) for j in journeys]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] else None


def _join(
    target: Journey, journey: Journey, canvas: Canvas, file: str, named_by: str | None = None, first: bool = True
) -> None:
    """``journey``'s lanes, scores and groups joined to ``target`` over the phases they share by name; what
    falls on a phase ``target`` lacks is kept as notes, one per such phase with its name and each lane's words
    ("S04. Loyalty (Phase group: After) — Description: Coming back"): on every journey of the table, so that
    each persona's poster page says it (the deck lists a note of one cell once). ``first`` False: a later
    journey joined from the same stage list (every persona's journey of one table): the list's own notes and
    the warning are the first's."""
    index = {_key(p.name): i for i, p in enumerate(target.phases)}
    order = [index.get(_key(p.name)) for p in journey.phases]
    lacking: dict[int, list[str]] = {src: [] for src, dst in enumerate(order) if dst is None}
    for lane in journey.lanes:
        cells: list[list[Item]] = [[] for _ in target.phases]
        for src, dst in enumerate(order):
            if dst is None:
                lacking[src] += [f"{lane.heading}: {item.text}" for item in lane.cells[src]]
            else:
                cells[dst].extend(lane.cells[src])
        target.lanes.append(replace(lane, cells=cells))  # how its role was decided (corrected, known) with it
    while len(target.scores) < len(target.phases):
        target.scores.append([])
    for src, dst in enumerate(order):
        if src < len(journey.scores):
            if dst is None:
                lacking[src] += [f"{s.value:g}" for s in journey.scores[src]]
            else:
                target.scores[dst].extend(journey.scores[src])
    # a group over phases all lacking here ("After" over Loyalty alone) is said with them, not a note apart
    apart = [g for g in journey.phase_groups if all(order[i] is None for i in range(g.first, g.last + 1))]
    for group, lost in target.add_groups([g for g in journey.phase_groups if g not in apart], order):
        target.reading.append(
            f"phase group '{excerpt(group.name.text)}' ({group.name.source or 'its cell'}) kept over the phases "
            f"'{excerpt(target.name)}' has of it; not here: "
            + ", ".join(f"'{excerpt(journey.phases[i].name)}'" for i in lost)
        )
    if first:
        target.notes.extend(journey.notes)
    if is_stage_list(journey):
        _headed_by_titles(target, journey, canvas)
    else:
        target.phase_labels.extend(journey.phase_labels)
    source = named_by or Path(file).name
    target.reading.append(f"joined from {source}: {len(journey.lanes)} lane(s) over matching phases")
    missing = [p for p, dst in zip(journey.phases, order) if dst is None]
    if not missing:
        return
    heads = [label.text for label in journey.phase_labels[1:2] if not is_stage_id_header(label.text)]
    group_label = heads[0] if heads and journey.phase_groups else None
    for src in lacking:  # a stage list's stage with its id as written ("S04. Loyalty"): the id is the list's word
        phase = journey.phases[src]
        name = phase.written if is_stage_list(journey) and phase.written else phase.name
        in_group = next((g.name.text for g in apart if g.first <= src <= g.last), None)
        if in_group is not None:
            name += f" ({group_label}: {in_group})" if group_label else f" ({in_group})"
        target.notes.append(Item(" — ".join([name, "; ".join(lacking[src])]) if lacking[src] else name, phase.source))
    if not first:  # the same stages lacking from the same table: said once, with the first journey
        return
    names = ", ".join(f"'{excerpt(p.name)}'" for p in missing)
    where = (
        f"(add it to the table on sheet '{target.sheet}' to place them)"
        if named_by is not None
        else "(name the phases alike in both workbooks to place them)"
    )
    canvas.warnings.append(
        CanvasWarning(
            Location(file, missing[0].source.sheet if missing[0].source else None),
            f"phase(s) {names} match no phase of '{excerpt(target.name)}'"
            + ("" if named_by is None else " nor of the table's other journeys")
            + f"; each is kept as one note with its words {where}",
        )
    )


def _headed_by_titles(target: Journey, stages: Journey, canvas: Canvas) -> None:
    """The heading over ``target``'s phases once a stage list names them: the list's title header (and its
    group header), not the ids' headers ("stage_id", "Stage ID"), which head no name shown: the canvas's
    headings (structure, said), no words over the phases."""
    ids = [label for label in (*target.phase_labels, *stages.phase_labels) if is_stage_id_header(label.text)]
    kept = [label for label in stages.phase_labels if label not in ids]
    if not kept:
        target.phase_labels.extend(stages.phase_labels)
        return
    target.phase_labels = kept
    canvas.headings += [label for label in ids if not any(label is h for h in canvas.headings)]
    if ids:
        target.reading.append(
            "the phases are headed by "
            + " / ".join(f"'{excerpt(label.text)}'" for label in kept)
            + " of the stage list, the names they show; "
            + ", ".join(f"'{excerpt(label.text)}' ({label.source or 'its cell'})" for label in ids)
            + " head the ids, which name no phase shown: a heading, not a note"
        )


def _stage_ids(journey: Journey) -> dict[str, Phase] | None:
    """A stage list's phases by their id key (the stage list writes each phase as "<id>. <title>"); None
    for a journey of another kind."""
    if not is_stage_list(journey):
        return None
    ids: dict[str, Phase] = {}
    for phase in journey.phases:
        written = phase.written or ""
        if ". " not in written:
            return None
        ids.setdefault(_id_key(written.split(". ", 1)[0]), phase)  # an id given twice names its first (warned)
    return ids


def _name_stages_by_id(
    canvas: Canvas, stages: Journey, file: str, named_by: str | None = None, said: list[CanvasWarning] | None = None
) -> list[Journey]:
    """The map's journeys whose phases are stage ids of ``stages``, their phases named by its titles (the id
    kept as written); the journeys so named. Ids written otherwise on the two sides ("1" in the table, "S01" in
    the list) are matched by their number when each side writes all its ids alike. A journey only some of whose
    ids the list names (two at least, or all one by one) has those named, the others keep their ids: said in
    ``said``, once for the list, with the ids matched and those not."""
    ids = _stage_ids(stages) or {}
    named = []
    partial: list[tuple[Journey, list[str | None]]] = []
    for journey in canvas.journeys:
        keys: list[str] | None = [_id_key(p.name) for p in journey.phases]
        by_number = bool(keys) and not all(k in ids for k in keys or ())
        if by_number:
            keys = _matched_by_number([p.name for p in journey.phases], ids)
        found: list[str | None] | None = list(keys) if keys else None
        one_by_one = found is None
        if found is None:
            found = _matched_one_by_one([p.name for p in journey.phases], ids)
            if found is None:
                continue
            partial.append((journey, found))
        listed_as = {}
        for phase, key in zip(journey.phases, found, strict=True):
            if key is None:
                continue  # no stage of the list: the table's id stays its name
            listed_as[key] = (ids[key].written or "").split(". ", 1)[0]
            phase.written, phase.name = phase.name, ids[key].name
            phase.note_variant(listed_as[key])  # the list's id as it wrote it ("S01" for the table's "1")
            phase.stage_id = listed_as[key]
        shown = [k for k in found if k is not None]
        how = (
            "one by one, as written or by the number in each id"
            if one_by_one
            else "by the number in each id (the table's "
            + ", ".join(f"'{p.written}'" for p in journey.phases[:3])
            + " are the list's "
            + ", ".join(f"'{listed_as[k]}'" for k in shown[:3])
            + (", …" if len(shown) > 3 else "")
            + ")"
            if by_number
            else "by id"
        )
        journey.reading.append(
            f"its stages named {how} from {named_by or Path(file).name}: "
            + ", ".join(f"{excerpt(p.written or '')} = '{excerpt(p.name)}'" for p, k in zip(journey.phases, found) if k)
            + "".join(
                f"; '{excerpt(p.name)}' names no stage of the list: kept as its id"
                for p, k in zip(journey.phases, found)
                if k is None
            )
        )
        named.append(journey)
    if partial and said is not None:
        journey, found = partial[0]
        pairs = [
            f"{p.written} = {listed_as[k]} ('{excerpt(p.name)}')"
            if listed_as[k] != p.written
            else f"{p.written} = '{excerpt(p.name)}'"
            for p, k in zip(journey.phases, found, strict=True)
            if k is not None
        ]
        lacking = [p.name for p, k in zip(journey.phases, found, strict=True) if k is None]
        said.append(_some_named(stages, journey.sheet, (pairs, lacking), named_by or Path(file).name, file))
    return named


def _matched_one_by_one(written: list[str], ids: dict[str, Phase]) -> list[str | None] | None:
    """The stage list's id key for each of a table's stage ids, matched one by one: as written ("2" is "02"),
    else by its number when one id of the list alone has it ("S02" is "2"); None for an id the list does not
    name, each of the list's ids given once. None in all when fewer than two match (unless every one does):
    a number shared by chance is no stage list."""
    numbers: dict[int, list[str]] = {}
    for key in ids:
        if (number := id_number(key)) is not None:
            numbers.setdefault(number[1], []).append(key)
    found: list[str | None] = []
    for name in written:
        key = _id_key(name)
        number = id_number(name)
        if key not in ids:
            alone = numbers.get(number[1], []) if number is not None else []
            key = alone[0] if len(alone) == 1 else ""
        found.append(key if key and key not in found else None)
    matched = sum(1 for k in found if k is not None)
    return found if matched >= 2 or (matched and matched == len(written)) else None


def _some_named(
    stages: Journey, sheet: str, matched: tuple[list[str], list[str]], where: str, file: str
) -> CanvasWarning:
    """What was done with a stage list naming only some of a table's stages (``matched``: the pairs named, the
    table's ids left), or all of them only one by one."""
    pairs, lacking = matched
    if lacking:
        told = (
            f"names {len(pairs)} of the {len(pairs) + len(lacking)} stages of the table on sheet '{sheet}' "
            f"({listed_names(pairs, 6)}): those are named by it; {listed_names([repr(n) for n in lacking], 6)} "
            + (
                "keeps its id as its name — write that id"
                if len(lacking) == 1
                else "keep their ids as names — write those ids"
            )
            + f" in the stage list's id column to name {'it' if len(lacking) == 1 else 'them'}"
        )
    else:
        told = (
            f"names the stages of the table on sheet '{sheet}' only one by one, written in different ways "
            f"({listed_names(pairs, 6)}): named so — write the ids alike on both sheets if a pair is wrong"
        )
    return CanvasWarning(Location(file, stages.sheet), f"the stage list of {where} {told}")


def _matched_by_number(written: list[str], ids: dict[str, Phase]) -> list[str] | None:
    """The stage list's id keys for ids written otherwise in the table, matched by number ("1" is "S01" is
    "Stage 1"), or None: each side must write every id alike (the same words around one number, each number
    once) and every id of the table must have its number in the list; anything less is no match."""
    theirs = {key: id_number(key) for key in ids}
    ours = [id_number(w) for w in written]
    if None in theirs.values() or None in ours:
        return None
    listed = {number: key for key, (_, number) in ((k, n) for k, n in theirs.items() if n is not None)}
    if len({words for words, _ in filter(None, theirs.values())}) != 1 or len(listed) != len(theirs):
        return None
    if len({words for words, _ in filter(None, ours)}) != 1:
        return None
    numbers = [number for _, number in filter(None, ours)]
    if len(set(numbers)) != len(numbers) or not all(n in listed for n in numbers):
        return None
    return [listed[n] for n in numbers]


def _name_personas_by_id(canvas: Canvas, companion: Canvas, file: str, named_by: str | None = None) -> None:
    """The map's journeys named by a persona id ("P1") called after the companion's persona of that id (its
    name, when the companion names it otherwise than by its id)."""
    by_id: dict[str, tuple[Persona, Item]] = {}
    for listed in companion.personas:
        ids = [v for k, v in listed.fields.items() if k == "id" or k.endswith("_id") or k.startswith("id_")]
        for item in ids:
            first = by_id.setdefault(_id_key(item.text), (listed, item))[1]
            if first is not item:
                raise ReadError(
                    _where(first, file),
                    f"the id '{item.text}' is given twice, in {_cells(first, item)}: give each persona its own id",
                )
    written_ids = [w for j in canvas.journeys if (w := j.meta.get("persona")) is not None]
    ours = list(dict.fromkeys(w.text for w in written_ids))
    by_number: dict[str, str] = {}  # the map's id key: the list's, for ids written otherwise ("1" is "P1")
    if by_id and ours and not all(_id_key(w) in by_id for w in ours):
        numbered = ids_matched(ours, [i.text for _, i in by_id.values()])
        by_number = {_id_key(o): _id_key(t) for o, t in (numbered or {}).items()}
    sheet = next((i.source.sheet for _, i in by_id.values() if i.source), None)
    lacking = [w for w in ours if _id_key(w) not in by_id and _id_key(w) not in by_number]
    if by_id and ours and len(lacking) == len(ours):
        canvas.warnings.append(_persona_ids_unmatched([i.text for _, i in by_id.values()], ours, file, sheet))
    elif by_id and lacking and any(is_keyed(j) for j in canvas.journeys):
        canvas.warnings.append(
            CanvasWarning(
                Location(file, sheet),
                f"its persona ids ({listed_names([i.text for _, i in by_id.values()], 6)}) name no persona "
                f"{listed_names([repr(w) for w in lacking], 6)} of the map (its ids: {listed_names(ours, 6)}): "
                + ("that journey keeps its id" if len(lacking) == 1 else "those journeys keep their ids")
                + " as its name — give the list a row of that id to name it",
            )
        )
    for journey in canvas.journeys:
        written = journey.meta.get("persona")
        if written is None:
            continue
        key = _id_key(written.text)
        persona = by_id.get(by_number.get(key, key), (None, None))[0]
        if persona is None or persona.name is None or label_key(persona.name.text) == label_key(written.text):
            continue
        sheet = persona.name.source.sheet if persona.name.source else ""
        by = named_by if named_by is not None else Path(file).name
        listed_id = by_id[by_number[key]][1].text if key in by_number else None
        journey.reading.append(
            f"persona id '{excerpt(written.text)}' named by {by or f'sheet {sheet!r}'}: '{excerpt(persona.name.text)}'"
            + (
                f" (its id there '{excerpt(listed_id)}': ids written otherwise on the two sides match by their number "
                "when each side writes all its ids alike)"
                if listed_id is not None
                else ""
            )
        )
        journey.meta["persona"] = persona.name
        if journey.name.endswith(written.text):  # "long – P1": the sheet's name and the persona's
            journey.name = journey.name[: -len(written.text)] + persona.name.text


def _place(source: Source | None) -> tuple[int, int] | None:
    """(row, column) of a cell's first cell, None without one."""
    return position(source.cell.split(":")[0]) if source else None


def _where(item: Item, file: str) -> Location:
    return Location(file, item.source.sheet, item.source.cell) if item.source else Location(file)


def _cells(first: Item, second: Item) -> str:
    """Both cells of an id given twice ("A2 and A3")."""
    return " and ".join(i.source.cell if i.source and i.source.cell else "a cell" for i in (first, second))
