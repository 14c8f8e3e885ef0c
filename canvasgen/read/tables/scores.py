"""A journey's scores settled on one scale: the scale the row's label names, else the usual one the
values fit; notations (``4/5``, ``++``, ``😊``) mapped onto it; every value that does not fit, and every
text that is no score, warned about with its cell and what to do.

Traffic lights (🟢, "groen", a green ●) are three levels: the top, middle and bottom of that scale, unless
the user gave each its score (``--traffic-lights 'green=1,amber=0,red=-1'``), which is then a plain number
on the row's scale. A row of nothing but the letters G, A and R (either case), with a G or an R among them, is a row of
traffic lights too (one "A" alone may be a school grade). How they were read is said in the reading."""

from __future__ import annotations

import re
from dataclasses import replace

from canvasgen.errors import CanvasWarning, Location, command_line_only
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Item, Journey, Light, Score, ScoreScale, Source
from canvasgen.read.lane_roles import lane_option
from canvasgen.read.package.references import position
from canvasgen.read.tables.found import LEVEL_SCALE, RawScore
from canvasgen.text import excerpt, label_key, listed
from canvasgen.vocabulary.scores import (
    LIGHT_FACES,
    LIGHT_LETTERS,
    ORANGE_LEVEL,
    ORANGE_WRITTEN,
    SYMBOLIC,
    YELLOW_WRITTEN,
    LightsBy,
    LightScores,
    Notation,
    face_value,
    light_notation,
    light_of_colour,
    scale_in_label,
    with_scale,
)

#: The template's scale: a row whose label names none is read on it while its values fit.
DEFAULT = ScoreScale(-2, 2)
#: No scale people score on reaches past ±100 (the NPS): numbers past it are counts or amounts, not scores.
_FARTHEST = 100
#: Scales people score on, tried in this order when the values do not fit the label's (or the default).
USUAL = (ScoreScale(1, 5), ScoreScale(1, 10), ScoreScale(0, 10), ScoreScale(0, 100))
USUAL_AROUND_ZERO = (ScoreScale(-3, 3), ScoreScale(-5, 5), ScoreScale(-10, 10))
#: The top of the scale school grades are written on (1..10).
_GRADES_TOP = 10
KNOWN_NOTATIONS = (
    "a number, ++ + 0 - --, 4/5, 3 van 5, 80%, ★★★☆☆, a smiley such as 🙂 or :), a word such as goed or bad, "
    "or a traffic light such as 🟢, rood or a ● in green, amber or red"
)


def settle_scores(
    journey: Journey,
    raw: list[list[RawScore]],
    file: str,
    warnings: list[CanvasWarning],
    lights: LightScores | None = None,
) -> None:
    """The journey's scores, settled on one scale; ``lights``: the scores the user gave traffic lights."""
    raw = _letters_as_lights(journey, raw)
    raw = _off_the_signed_scale(journey, raw, file, warnings)
    warnings += _two_rows(raw, file)
    raw, by_colour = _word_or_colour(raw, file, warnings, lights)
    given = lights.values if lights is not None else {}
    raw, oranges = _orange_below_yellow(raw, lights)
    scores = [s for phase in raw for s in phase]

    def number(s: RawScore) -> float | None:
        """A score's value on the row's own scale, when it has one before the scale is known."""
        if s.notation is None:
            return s.value
        if s.source in oranges:  # orange's own level on the user's scale
            return oranges[s.source]
        light = s.notation.light
        return given[light] if light is not None and light in given else None

    numbers = [
        (s, value, s.notation is not None and s.notation.light in given)
        for s in scores
        if (value := number(s)) is not None
    ]
    scale = _scale(scores, numbers, file, warnings, lights)
    settled: list[list[Score]] = []
    moved: list[str] = []  # notations of a scale of their own placed on the row's: said, never silently
    grades: list[RawScore] = []  # school grades read by the Dutch convention: said, never silently
    for phase in raw:
        kept: list[Score] = []
        for s in phase:
            if s.value is None:
                warnings.append(
                    _at(
                        file,
                        s,
                        f"'{excerpt(s.written)}' in the score row is no score canvasgen can read "
                        f"({KNOWN_NOTATIONS}){_dot_colour(s)}; it stays on the poster as text{_odd_fix(s)}",
                    )
                )
                continue
            if s.stored_as_date:
                warnings.append(
                    _at(
                        file,
                        s,
                        f"Excel stored this score as the date {s.stored_as_date}; read as "
                        f"{s.written} — type it as '{s.written} (with an apostrophe in front) "
                        "so Excel keeps it as written",
                    )
                )
            notation, fixed = s.notation, number(s)
            if s.grade:  # "8+": its value on the row's scale, the grade as written kept beside it
                kept.append(Score(s.value, scale, s.source, mark=s.written))
                grades.append(s)
            elif notation is None:
                kept.append(Score(s.value, scale, s.source, s.face, written=s.written))
                warnings += _face_against(file, s, scale)
            else:
                value = fixed if fixed is not None else notation.on(scale.low, scale.high)
                kept.append(Score(value, scale, s.source, notation.face, notation.light, notation.mark))
                own = (notation.low, notation.high)
                if fixed is None and own != SYMBOLIC and own != (scale.low, scale.high):
                    moved.append(f"{s.source.cell} '{s.written}' as {scale.shown(value)}")
        settled.append(kept)
    while len(settled) < len(journey.phases):
        settled.append([])
    journey.scores = settled
    if moved:
        journey.reading.append(
            f"scores written on a scale of their own, placed on the row's {scale}: {listed(moved, 5)}"
        )
    journey.reading += _grades_read(grades, scale)
    warnings += _grades_off_scale(file, grades, scale)
    if said := _lights_read(settled, scale, lights):
        journey.reading.append(said)
    if by_colour and lights is not None:
        cells = _cells([s.source for s in by_colour])
        journey.reading.append(
            f"traffic lights read by their colour where the word says another ({cells}), as {lights.given} says"
        )
    journey.reading += _dots_read(raw)


def _odd_fix(s: RawScore) -> str:
    """What to do about a cell of the score row that is no score, where the row was taken for the score row by
    its other cells: score the phase there, or keep the whole row text."""
    if not s.row_as_text:
        return ""
    return f" — write the phase's score in {s.source.cell}, or, if the lane is text, say so: {s.row_as_text}"


def _grades_read(grades: list[RawScore], scale: ScoreScale) -> list[str]:
    """What ``--explain`` says of the school grades of a score row ("8+" 8.25): how they were read, and how to
    say otherwise."""
    if not grades:
        return []
    read = [f"{s.source.cell} '{s.written}' as {s.value:g}" for s in grades]
    return [
        f"school grades read on the row's {scale} by the Dutch convention (a plus a quarter above, a minus a quarter "
        f"below, ½ a half; shown as written): {listed(read, 5)} — if they mean otherwise, write the numbers (8,25)"
    ]


def _grades_off_scale(file: str, grades: list[RawScore], scale: ScoreScale) -> list[CanvasWarning]:
    """A warning for each school grade on a row of another scale than 1..10 ("1+" on -2..+2): read as a grade all
    the same, never silently."""
    if scale.high == _GRADES_TOP:
        return []
    return [
        _at(
            file,
            s,
            f"'{s.written}' read as the school grade {s.value:g}, but the row is on {scale}, not a 1..10 scale of "
            "grades: if it means another score, write its number",
        )
        for s in grades
    ]


def _scale(
    scores: list[RawScore],
    numbers: list[tuple[RawScore, float, bool]],
    file: str,
    warnings: list[CanvasWarning],
    lights: LightScores | None,
) -> ScoreScale:
    """The scale the row's numbers are read on (``numbers``: each score, its value and whether the user's
    ``--traffic-lights`` gave it), with a warning for each that does not fit: a value of the workbook's
    advises labelling the row; a score the option gives advises the scores the option may give."""
    values = [value for _, value, _ in numbers]
    named, label = _named_scale([s.label for s in scores])
    scale, told = choose_scale(values, named)
    typo = named is not None and _one_off(values, named)
    other = scale  # the scale the row would be read on, were the score no typo
    if typo:  # one score off the scale the label names: a typo in its cell, not the row's scale (said below)
        assert named is not None
        scale, told = named, None
    if told:
        unfit = [(s, optioned) for s, value, optioned in numbers if not _within(value, named or DEFAULT)]
        fix = f"label {_line(scores)} '{_labelled(label, scale)}' to say so"
        if lights is not None and all(optioned for _, optioned in unfit):  # the option's scores chose the scale
            kept = named or DEFAULT
            fix = (
                f"these are the scores {lights.given} gives; to keep {kept}, give the lights scores from "
                f"{_span(kept)} (e.g. '{_example(kept)}'), or {fix}"
            )
        warnings.append(_at(file, unfit[0][0], f"{told}; {fix}"))
    own = [(s, value) for s, value, optioned in numbers if not optioned]
    outside = [(s, value) for s, value in own if not _within(value, scale)]
    if outside:
        mine = [value for _, value in own]
        wanted = ScoreScale(min(min(mine), scale.low), max(max(mine), scale.high))
        fix = f"label {_line(scores)} '{_labelled(label, wanted)}' to use {_span(wanted)}"
        far = max(-wanted.low, wanted.high) > _FARTHEST  # no scale to label it with: counts or amounts, not scores
        if far:
            fix = _no_scores(scores, max(mine, key=abs))
        for s, value in outside:
            said = f"score {value:g} lies outside the scale {scale}; drawn at the scale's end — {fix}"
            if typo:
                if other != scale:  # the usual scale it would fit, else the span the scores take (above)
                    fix = f"label {_line(scores)} '{_labelled(label, other)}' to use {_span(other)}"
                other_scale = "" if far and other == scale else f" (or, if the scale is another, {fix})"
                said = (
                    f"score {value:g} lies outside the scale {scale} the label names, where every other score "
                    f"fits: most likely a typo, drawn at the scale's end; correct the cell{other_scale}"
                )
            warnings.append(_at(file, s, said))
    if lights is not None:
        given = [s for s, value, optioned in numbers if optioned and not _within(value, scale)]
        warnings += _option_outside(file, given, scale, lights)
    return scale


def _two_rows(raw: list[list[RawScore]], file: str) -> list[CanvasWarning]:
    """Scores from two rows (or columns) of the sheet, each under its own label ('Gevoel' and
    'Ervaringsscore'), are averaged per phase into one curve: never silently. Said once, naming both with
    their first cells and the correction that leaves one of them text. (An emotion-position grid's levels
    are one reading, not rows to warn about.)"""
    first: dict[str, RawScore] = {}
    for s in (s for phase in raw for s in phase):
        if s.label != LEVEL_SCALE:
            first.setdefault(" ".join(s.label.split()), s)
    if len(first) < 2:
        return []
    named = " and ".join(f"'{excerpt(label)}' ({s.source})" for label, s in first.items())
    options = " or ".join(lane_option(label, CUSTOM_LANE) for label in first)
    said = (
        f"scores come from {len(first)} rows, {named}: they are averaged per phase into one curve; "
        f"if one of them is no score row, say so: {options}"
    )
    second = list(first.values())[1]
    return [_at(file, second, said)]


def _word_or_colour(
    raw: list[list[RawScore]], file: str, warnings: list[CanvasWarning], lights: LightScores | None
) -> tuple[list[list[RawScore]], list[RawScore]]:
    """Lights whose word and mark disagree ("● rood" in a green font, "🟢 rood"): read by the word and
    warned about with the correction that goes by the colour, or read by the colour where the user said
    so (``by=colour``, those cells handed back to be said in the reading)."""
    by = lights.by if lights is not None else LightsBy.WORD
    by_colour: list[RawScore] = []
    settled: list[list[RawScore]] = []
    for phase in raw:
        kept: list[RawScore] = []
        for s in phase:
            notation = s.notation
            against = notation.against if notation is not None else None
            if notation is None or against is None or notation.light is None or against.light is None:
                kept.append(s)
                continue
            if by is LightsBy.COLOUR:
                s = replace(s, value=against.value, notation=against)
                by_colour.append(s)
            else:
                mark = against.face if against.face and against.face in s.written else f"● in {s.colour}"
                setting = ",".join(p for p in (lights.written() if lights else "", "by=colour") if p)
                warnings.append(
                    _at(
                        file,
                        s,
                        f"'{excerpt(s.written)}' says {notation.light.value} by its word but {against.light.value} "
                        f"by its {mark}: read as {notation.light.value}, by the word; to go by the colour, "
                        f"--traffic-lights '{setting}' (or traffic-lights in canvasgen.toml), or make the cell's "
                        "word and colour agree",
                    )
                )
            kept.append(s)
        settled.append(kept)
    return settled, by_colour


def _face_against(file: str, s: RawScore, scale: ScoreScale) -> list[CanvasWarning]:
    """A face written after a number that says another feeling ("+2 😠"): more than one step apart on
    -2..+2, once the number is placed on the row's scale. Read by the number (the team's score), warned."""
    said = face_value(s.face) if s.face and s.value is not None else None
    if said is None or s.value is None or scale.high <= scale.low:
        return []
    number = 4 * (s.value - scale.low) / (scale.high - scale.low) - 2
    if abs(number - said) <= 1:
        return []
    return [
        _at(
            file,
            s,
            f"'{excerpt(s.written)}': the score {scale.shown(s.value)} and the face {s.face} disagree; read as "
            f"{scale.shown(s.value)}, by "
            "the number — if the face is meant, change the number",
        )
    ]


def _dot_colour(s: RawScore) -> str:
    """What a dot's colour says, for the warning about a dot read as no light: its colour (as the workbook
    gives it) is no light's, or could not be resolved; "" for a cell without a coloured dot."""
    if s.colour is None:
        return ""
    if s.colour.rgb is None:
        return (
            f"; its colour is {s.colour}, so which light it is cannot be told — give the dot a colour of its own "
            "(not the theme's), or write 🟢, 🟡 or 🔴"
        )
    if light_of_colour(s.colour.rgb) is not None:
        return ""  # a light's colour: the text around the dot is what is no score
    return f"; its colour, {s.colour}, is no traffic light's (green, amber or red)"


def _dots_read(raw: list[list[RawScore]]) -> list[str]:
    """Each dot read as a light by a colour the workbook gives through its theme or its old palette, with
    that colour resolved: for ``check --explain``, so that a 🟠 from a theme's accent can be checked."""
    said: list[str] = []
    for s in (s for phase in raw for s in phase):
        notation = s.notation
        if s.colour is not None and s.colour.said and notation is not None and notation.light is not None:
            said.append(f"{s.source}: '{s.written}' in {s.colour} read as {notation.light.value} ({notation.face})")
    return said


def _option_outside(file: str, outside: list[RawScore], scale: ScoreScale, lights: LightScores) -> list[CanvasWarning]:
    """The lights whose score, as the user's option gives it, lies outside the row's scale: one warning
    per light, about the option's value (the scores it may give), never about the workbook."""
    warnings: list[CanvasWarning] = []
    for light in (Light.GREEN, Light.AMBER, Light.RED):
        cells = [s for s in outside if s.notation is not None and s.notation.light is light]
        if cells:
            said = (
                f"{lights.given} gives {light.value} the score {lights.values[light]:g}, outside the score row's "
                f"scale {scale} ({_cells([s.source for s in cells])}); drawn at the scale's end — the scores it "
                f"may give lie from {_span(scale)}, e.g. '{_example(scale)}'"
            )
            warnings.append(_at(file, cells[0], said))
    return warnings


def _example(scale: ScoreScale) -> str:
    """The lights' scores as the scale's top, middle and bottom: an example of a setting that fits it."""
    middle = (scale.low + scale.high) / 2
    return f"green={scale.high:g},amber={middle:g},red={scale.low:g}"


def _cells(sources: list[Source]) -> str:
    """Cells as "Klantreis!B3, C3, D3": the sheet named once, again where it changes."""
    return ", ".join(
        str(source) if i == 0 or source.sheet != sources[i - 1].sheet else source.cell
        for i, source in enumerate(sources)
    )


def _letters_as_lights(journey: Journey, raw: list[list[RawScore]]) -> list[list[RawScore]]:
    """A score row of nothing but the letters G, A and R, a G or an R among them ("G | A | R | G"), read
    as traffic lights: the letters leave the score lane's text, as any score does. One row (a lane's
    label) at a time; a row of only "A"s stays text (a school grade, maybe)."""
    by_label: dict[str, list[RawScore]] = {}
    for s in (s for phase in raw for s in phase):
        by_label.setdefault(s.label, []).append(s)
    rows = [
        label
        for label, scores in by_label.items()
        if all(s.value is None and s.written.strip().upper() in LIGHT_LETTERS for s in scores)
        and any(LIGHT_LETTERS[s.written.strip().upper()] is not Light.AMBER for s in scores)
    ]
    if not rows:
        return raw
    read: set[Source] = set()
    settled: list[list[RawScore]] = []
    for phase in raw:
        kept: list[RawScore] = []
        for s in phase:
            if s.label in rows:
                letter = s.written.strip()
                notation = light_notation(LIGHT_LETTERS[letter.upper()], letter)
                s = replace(s, value=notation.value, notation=notation, written=letter)
                read.add(s.source)
            kept.append(s)
        settled.append(kept)
    for lane in journey.lanes:  # the letters are scores now, no longer the lane's text
        if lane.kind == SCORE_LANE:
            lane.cells = [[item for item in cell if item.source not in read] for cell in lane.cells]
    return settled


def _orange_below_yellow(
    raw: list[list[RawScore]], lights: LightScores | None
) -> tuple[list[list[RawScore]], dict[Source, float]]:
    """A four-colour status (yellow and orange both written): its orange lights placed between yellow and
    red (``ORANGE_LEVEL``), not level with yellow, so the curve keeps the step the team made; and where the user
    scored the lights (``--traffic-lights``), orange at the score given it, else halfway between amber's and
    red's — never folded into amber unsaid. The second value: each orange light's score on the user's scale.
    Said in the reading (``_lights_read``)."""
    given = lights.values if lights is not None else {}
    own = lights.orange if lights is not None else None
    ambers = [s for phase in raw for s in phase if s.notation is not None and s.notation.light is Light.AMBER]
    orange = {s.source for s in ambers if _says(s.written, ORANGE_WRITTEN, "🟠")}
    four = bool(orange) and any(_says(s.written, YELLOW_WRITTEN, "🟡") for s in ambers)
    if Light.AMBER in given:
        if own is None and not four:
            return raw, {}
        level = own if own is not None else (given[Light.AMBER] + given[Light.RED]) / 2
        return raw, dict.fromkeys(orange, level)
    if not four:
        return raw, {}
    placed = [
        [
            replace(s, notation=replace(s.notation, value=ORANGE_LEVEL))
            if s.notation is not None and s.source in orange
            else s
            for s in phase
        ]
        for phase in raw
    ]
    return placed, {}


def _says(written: str, words: frozenset[str], emoji: str) -> bool:
    """Whether a light's cell says the colour: its word, or its emoji."""
    return emoji in written or label_key(written) in words


def _lights_read(settled: list[list[Score]], scale: ScoreScale, lights: LightScores | None) -> str:
    """How the traffic lights were read, for ``check --explain``: where, each colour's score and why (the
    scale's levels, or the user's correction, named); "" for a journey without them."""
    lit = [s for phase in settled for s in phase if s.light is not None]
    if not lit:
        return ""
    cells = _cells([s.source for s in lit if s.source is not None])
    order = (Light.GREEN, Light.AMBER, Light.RED)
    if lights is not None and lights.values:
        values = ", ".join(f"{light.value} {lights.values[light]:g}" for light in order)
        amber, red = lights.values[Light.AMBER], lights.values[Light.RED]
        oranges = {s.value for s in lit if s.light is Light.AMBER and s.value != amber}
        if lights.orange is not None:
            values = values.replace(f", red {red:g}", f", orange {lights.orange:g}, red {red:g}")
        elif oranges:  # orange was not given a score: its own level, halfway, said with the way to give one
            level = (amber + red) / 2
            return (
                f"traffic lights read as scores ({cells}): {values}, as {lights.given} says; orange, written beside "
                f"yellow, is a level of its own at {level:g}, halfway between amber and red (give it a score with "
                f"orange=<score> in the setting, or orange={amber:g} to put it level with yellow)"
            )
        return f"traffic lights read as scores ({cells}): {values}, as {lights.given} says"
    levels = {Light.GREEN: scale.high, Light.AMBER: (scale.low + scale.high) / 2, Light.RED: scale.low}
    values = ", ".join(f"{light.value} ({LIGHT_FACES[light]}) {scale.shown(levels[light])}" for light in order)
    # a four-colour status (yellow and orange both written): orange between yellow and red, said so
    ambers = {s.value for s in lit if s.light is Light.AMBER}
    middle = scale.shown(levels[Light.AMBER])
    both = (
        f"; yellow and orange are both written: yellow at {middle}, orange at "
        f"{scale.shown(Notation(ORANGE_LEVEL, *SYMBOLIC).on(scale.low, scale.high))}, between yellow "
        f"and red (to put orange level with yellow: --traffic-lights "
        f"'green={scale.high:g},amber={levels[Light.AMBER]:g},orange={levels[Light.AMBER]:g},red={scale.low:g}')"
        if len(ambers) > 1
        else ""
    )
    return (
        f"traffic lights read as scores ({cells}): {values}, the top, middle and bottom of the scale {scale}{both}; "
        "to score them otherwise: --traffic-lights 'green=1,amber=0,red=-1' (or traffic-lights in canvasgen.toml)"
    )


def choose_scale(values: list[float], named: ScoreScale | None) -> tuple[ScoreScale, str | None]:
    """The scale to read plain numbers on, and what to tell the user when it is not the one the label
    names (or, with no scale named, not the template's -2..+2). A row whose values fit stays as named:
    a -2..+2 row holding only 1s and 2s stays -2..+2."""
    expected = named or DEFAULT
    if all(_within(v, expected) for v in values):
        return expected, None
    low, high = min(values), max(values)
    usual = USUAL_AROUND_ZERO if low < 0 else USUAL
    found = next((s for s in usual if all(_within(v, s) for v in values)), expected)
    if found == expected:
        return expected, None
    which = f"the scale its label names, {expected}" if named else f"the usual {expected}"
    return found, f"scores from {low:g} to {high:g} do not fit {which}: read on {_span(found)}"


def _named_scale(labels: list[str]) -> tuple[ScoreScale | None, str]:
    for label in labels:
        if (named := scale_in_label(label)) is not None:
            return ScoreScale(*named), label
    return None, next((label for label in labels if label), "Score")


#: The name a lane of no label has while the tables are read ("Column C", "Row 5"): no label to advise.
_NO_LABEL = re.compile(r"Column [A-Z]{1,3}|Row \d+")


def _no_scores(scores: list[RawScore], value: float) -> str:
    """The correction for numbers past every scale people score on (``value``, the farthest: 1200 visitors):
    never a scale to label the row with; the cell corrected, or the sheet read as data (counts or amounts read
    as a journey's scores)."""
    sheet = scores[0].source.sheet
    data = command_line_only(f"--sheet '{sheet}=metrics'") if sheet else "--sheet '<sheet>=metrics'"
    return (
        f"{_line(scores)} reaches {value:g}, past every scale people score on: correct the cell, or, if the sheet "
        f"holds data (counts, amounts) rather than a journey, give {data}"
    )


def _labelled(label: str, scale: ScoreScale) -> str:
    """The row's label with the scale written in it (``with_scale``); a lane of no label is advised one
    ("Score (1-5)"), never its spreadsheet column's name."""
    written = "" if _NO_LABEL.fullmatch(label.strip()) else label
    return with_scale(written, scale.low, scale.high)


def _one_off(values: list[float], named: ScoreScale) -> bool:
    """Whether one score alone lies outside the scale the row's label names, the others (two at least)
    within it: a typo in that cell ("9" under "(1-5)") far more likely than a row on another scale."""
    outside = [value for value in values if not _within(value, named)]
    return len(outside) == 1 and len(values) >= 3


def _off_the_signed_scale(
    journey: Journey, raw: list[list[RawScore]], file: str, warnings: list[CanvasWarning]
) -> list[list[RawScore]]:
    """With no scale in the label, a row whose numbers are written with their sign ("+2 | +1 | +1") scores on a
    scale round zero (-2..+2, else the least of -3..+3, -5..+5, -10..+10 the signed numbers fit). Numbers
    outside it written without a sign ("7", "9"), fewer than those within it, are odd cells, never a reason to
    read the row on -10..+10 or 1..10 (where "+2" would be 2 of 10 and 😊 7,75): no score, each one's text kept
    on its phase, said at its cell with the correction. Where most numbers lie outside, they are the row's own
    scale: read as before."""
    scores = [s for phase in raw for s in phase]
    if _named_scale([s.label for s in scores])[0] is not None:
        return raw
    numbers = [s for s in scores if s.notation is None and s.value is not None]
    written = [s.value for s in numbers if s.signed and s.value is not None]
    scale = next((s for s in (DEFAULT, *USUAL_AROUND_ZERO) if all(_within(v, s) for v in written)), None)
    if scale is None or len(written) < 2:
        return raw
    odd = [s for s in numbers if s.value is not None and not _within(s.value, scale)]
    # decided by the majority; a signed number past the scale ("+9" among "+2 | -1") is said where it is drawn
    if not odd or 2 * len(odd) >= len(numbers) or any(s.signed for s in odd):
        return raw
    shown = ", ".join(dict.fromkeys(s.typed for s in numbers if s.signed))
    labelled = _labelled(_named_scale([s.label for s in scores])[1], ScoreScale(1, 10))
    for s in odd:
        text = s.typed or s.written or f"{s.value:g}"  # a school grade ("8+") as written, never its 8.25
        warnings.append(
            _at(
                file,
                s,
                f"'{excerpt(text)}' is no score on {scale}, the scale the row's other scores are written on with "
                f"their signs ({shown}): not read as a score, it stays on the poster as text — write the phase's "
                f"score on {_span(scale)} in {s.source.cell}, or, if the row scores on another scale, label "
                f"{_line(scores)} '{labelled}' and write its scores on it",
            )
        )
        _kept_as_text(journey, raw, s, text)
    return [[s for s in phase if s not in odd] for phase in raw]


def _kept_as_text(journey: Journey, raw: list[list[RawScore]], odd: RawScore, text: str) -> None:
    """The text of a cell of the score row read as no score, kept on its phase in the lane it stands in (unless
    the lane holds it already): never a word lost."""
    index = next(i for i, phase in enumerate(raw) if odd in phase)
    lanes = [lane for lane in journey.lanes if index < len(lane.cells)]
    if any(item.source == odd.source for lane in lanes for item in lane.cells[index]):
        return
    # the score lane of its label; else the lane of score words it was read from, which keeps words, no numbers
    named = [lane for lane in lanes if lane.label == odd.label]
    lane = next((lane for lane in named if lane.kind == SCORE_LANE), named[0] if named else None)
    if lane is not None:
        lane.cells[index].append(Item(text, odd.source))


def _line(scores: list[RawScore]) -> str:
    """Where the scores stand, as the user sees the sheet: "the row" across phases, "the column" down."""
    cells = [place for s in scores if s.source.cell and (place := position(s.source.cell))]
    rows = {row for row, _ in cells}
    columns = {column for _, column in cells}
    if len(columns) == 1 and len(rows) > 1:
        return "the column"
    return "the row" if len(rows) == 1 else "the scores"


def _span(scale: ScoreScale) -> str:
    return f"{scale.low:g} to {scale.high:+g}" if scale.low < 0 else f"{scale.low:g} to {scale.high:g}"


def _within(value: float, scale: ScoreScale) -> bool:
    return scale.low <= value <= scale.high


def _at(file: str, score: RawScore, message: str) -> CanvasWarning:
    return CanvasWarning(Location(file, score.source.sheet, score.source.cell), message)
