"""``canvasgen gaps`` and ``canvasgen diff``: read two canvases, compare, write reports."""

from __future__ import annotations

import datetime as dt
import filecmp
from dataclasses import dataclass, field, replace
from pathlib import Path

from canvasgen.analysis.align import align_phases
from canvasgen.analysis.diff import VersionDiff, compare, newer_first, order_in_doubt
from canvasgen.analysis.gaps import (
    Action,
    GapReport,
    analyse,
    one_per_touchpoint,
    ordered,
    touchpoint_actions,
    touchpoints_against,
)
from canvasgen.analysis.journey_pairs import JourneyPair, Pairing, chosen_pairs, pair_journeys
from canvasgen.analysis.report import (
    ActionTable,
    ReportParts,
    action_line,
    diff_blocks,
    gap_blocks,
    gap_method,
    gap_text,
)
from canvasgen.analysis.scenario import Scenario, said_scenario
from canvasgen.errors import (
    CanvasError,
    CanvasErrors,
    CanvasWarning,
    Location,
    ReadError,
    display_file,
    display_name,
    what_to_do,
)
from canvasgen.fileio import generation_date, refuse_folders
from canvasgen.language import without_doubt
from canvasgen.model import Canvas, Journey, told_apart
from canvasgen.pipeline.options import BuildOptions, Extras
from canvasgen.pipeline.read import in_language, output_language, read
from canvasgen.pipeline.render import Report, keep_theirs, report_files
from canvasgen.pipeline.result import BuildResult
from canvasgen.pipeline.run import run
from canvasgen.pipeline.warm import Brand, brand_kit
from canvasgen.read.corrections import SETTINGS_FILE, Corrections, from_file
from canvasgen.render.xlsx.gap_report import write_gap_report
from canvasgen.render.xlsx.written import keep_filled_in
from canvasgen.text import excerpt, label_key, listed
from canvasgen.words import DEFAULT_LANGUAGE, GAP_WORDS, META_LABELS
from canvasgen.words import GAP_SHEETS as SHEETS


@dataclass(frozen=True)
class ReportOptions:
    out_dir: Path | None
    paper: tuple[float, float]
    threshold: float
    language: str | None = None
    generated: dt.date = field(default_factory=generation_date)
    brand: str | None = None
    corrections: Corrections = field(default_factory=Corrections)  # how both canvases are read (--lane ...)
    force: bool = False  # replace a gap workbook filled in since canvasgen wrote it; diff: a file of the user's
    verbose: bool = False  # the diff's report says how alike each changed item is to what it was
    as_given: bool = False  # gaps: the first workbook is the ideal one, whatever the workbooks' scenarios say
    journey: str | None = None  # gaps: compare only the pair of journeys of this name, persona or sheet


def read_pair(
    files: tuple[Path, ...], corrections: Corrections | None = None, each: list[Corrections] | None = None
) -> list[tuple[str, Canvas]]:
    """One or two canvases, each read with ``corrections`` (or its own of ``each``), every read error reported
    at once; the same file twice is refused."""
    if len(files) == 2 and files[0].resolve() == files[1].resolve():
        raise ReadError(files[1], f"is the same file as {display_name(files[0])}; give two different canvases")
    canvases, errors = [], []
    for number, file in enumerate(files):
        try:
            canvases.append((display_name(file), read(file, None, each[number] if each else corrections)))
        except CanvasError as error:
            errors.extend(error.problems)
    if errors:
        raise CanvasErrors(errors)
    return canvases


@dataclass
class ComparedPair:
    """One ideal journey compared with its current one: said under ``heading`` where a run compares several."""

    heading: str
    report: GapReport
    extra: list[Action]


@dataclass
class GapResult:
    compared: list[ComparedPair]
    outputs: list[Path]
    warnings: list[CanvasWarning] = field(default_factory=list)  # what reading the canvases had to say
    language: str = "en"  # the report's: its scores are written so on the terminal too ("3,5")

    @property
    def report(self) -> GapReport:
        """The first pair's report (the only one where a run compares one pair)."""
        return self.compared[0].report

    @property
    def extra(self) -> list[Action]:
        return self.compared[0].extra

    def text(self) -> str:
        """The report as the terminal says it: each pair under its heading where several were compared; the
        Touchpoints sheet's actions every pair has (the sheet is the workbook's, not a member's) said once,
        after the pairs, not again under each."""
        if len(self.compared) == 1:
            return gap_text(self.report, self.extra, self.language)
        shared = [a for a in self.compared[0].extra if all(a in pair.extra for pair in self.compared[1:])]
        said = [
            f"== {n}/{len(self.compared)}: {pair.heading}\n"
            + gap_text(pair.report, [a for a in pair.extra if a not in shared], self.language)
            for n, pair in enumerate(self.compared, start=1)
        ]
        if shared:
            lines = [
                f"  - {action_line(a, self.language)}" + (f"  ({a.source})" if a.source else "")
                for a in ordered(shared)
            ]
            said.append("\n".join([f"== {GAP_WORDS[self.language]['shared_actions']}", *lines]))
        return "\n\n".join(said)


def _warnings(canvases: list[tuple[str, Canvas]], chosen: str | None) -> list[CanvasWarning]:
    """What reading the workbooks said; their doubt about their language left out once ``--lang`` chose one."""
    return [w for _, canvas in canvases for w in without_doubt(canvas.warnings, chosen)]


def run_gaps(files: tuple[Path, ...], options: ReportOptions) -> GapResult:
    brand = brand_kit(options.brand)  # once for the run: the report's poster and deck are set with it
    if options.out_dir is not None:  # checked before anything is read or written
        _keep_users_reports(options.out_dir / f"{Path(files[-1]).stem}-gaps", options.force)
    files, said = _once_when_given_twice(files)
    # the corrections apply to both workbooks (README): a canvasgen.toml section for one of them only reads the
    # other with it too, said; else a lane it gives a role is "empty in the ideal journey" and "ideal only" at once
    each, alike = _read_alike(files, options.corrections, "as the ideal and the current journey are compared alike")
    canvases = read_pair(files, options.corrections, each if len(files) == 2 else None)
    if alike is not None:
        canvases[-1][1].warnings.insert(0, alike)
    turned, order_said = (False, None) if said is not None or options.as_given else _scenario_order(canvases)
    if turned:  # the workbooks say their scenario the other way round from the order given: their words decide
        canvases, files = canvases[::-1], files[::-1]
        if options.out_dir is not None:  # the report is named after the current journey's workbook
            _keep_users_reports(options.out_dir / f"{Path(files[-1]).stem}-gaps", options.force)
    # every date in the report's language before the canvases are compared: an unchanged one reads the same
    language = output_language(options.language, brand.kit.language, canvases[-1][1])
    canvases = [(path, in_language(canvas, language)) for path, canvas in canvases]
    if said is None:
        pairing = pair_journeys(canvases)
        said = order_said
    else:  # the one workbook given twice: its ideal and current journeys, else refused
        pairing, said = _both_in_one(canvases[0], said)
    pairing = chosen_pairs(pairing, options.journey)
    first = [said] if said is not None else []  # the workbook given twice: said before what reading it said
    # a touchpoint whose phase neither journey has was said once, with its cell, when the sheet was read
    later = _left_out(pairing, len(canvases))
    suffixes = _suffixes(pairing)
    if options.out_dir is not None and len(suffixes) > 1:  # each pair's files, checked before any is written
        for suffix in suffixes:
            _keep_users_reports(options.out_dir / f"{Path(files[-1]).stem}{suffix}", options.force)
    compared: list[ComparedPair] = []
    outputs: list[Path] = []
    built: list[CanvasWarning] = []
    for pair, suffix in zip(pairing.pairs, suffixes, strict=True):
        one, written, curves_said, building_said = _compare(pair, canvases, files, suffix, options, language, brand)
        compared.append(one)
        outputs += written
        later += curves_said
        built += [w for w in building_said if w not in built]
    return GapResult(compared, outputs, first + _warnings(canvases, options.language) + later + built, language)


def _compare(
    pair: JourneyPair,
    canvases: list[tuple[str, Canvas]],
    files: tuple[Path, ...],
    suffix: str,
    options: ReportOptions,
    language: str,
    brand: Brand,
) -> tuple[ComparedPair, list[Path], list[CanvasWarning], list[CanvasWarning]]:
    """One pair compared, its report written (``<current>{suffix}``.xlsx, .pdf, .pptx) when there is a folder:
    the comparison, the files, why its curves were not laid over each other (or nothing), and what building
    its poster and deck said."""
    ideal, current = pair.ideal, pair.current
    current_canvas = canvases[-1][1]
    report = analyse(ideal, current, options.threshold)
    sheet_actions, _ = touchpoint_actions(current_canvas, report)
    ideal_canvas = next((c for _, c in canvases if any(j is ideal for j in c.journeys)), current_canvas)
    if ideal_canvas is not current_canvas:  # two workbooks: their Touchpoints sheets compared too
        sheet_actions += touchpoints_against(ideal_canvas, current_canvas, report)
    extra = one_per_touchpoint(report, sheet_actions)
    compared, why_not = curves_compared(ideal, current)
    said = [CanvasWarning(Location(canvases[-1][0]), why_not)] if why_not else []  # "": no curve to draw
    one = ComparedPair(pair.heading_in(language), report, extra)
    if options.out_dir is None:
        return one, [], said, []
    stem = Path(files[-1]).stem
    owners = [tp.get("owner") for _, c in canvases for tp in c.touchpoints]
    xlsx = options.out_dir / f"{stem}{suffix}.xlsx"
    write_gap_report(report, extra, owners, language, xlsx, brand.kit.author)
    *blocks, actions = gap_blocks(report, extra, language, client=True)
    w, s = GAP_WORDS[language], SHEETS[language]
    rows = [[a.phase, a.text(language), w[a.kind], w[a.priority]] for a in ordered(report.actions + extra)]
    header = [s["phase"], s["action"], s["kind"], s["priority"]]
    curves = _as_built(((s["current"], compared), (s["ideal"], ideal)), current_canvas, ideal, current)
    curves = curves if why_not is None else ()
    method = gap_method(report, language)
    parts = ReportParts(_title(pair, language), blocks, actions, ActionTable(header, rows), curves, method)
    # for reference, the current journey only: a workbook of both holds the ideal one too
    shown = [j for j in current_canvas.journeys if j is current] or current_canvas.journeys
    reference = replace(current_canvas, journeys=shown)
    built = _poster_and_deck(reference, Path(files[-1]), parts, options, language=language, brand=brand, suffix=suffix)
    return one, [xlsx, *built.outputs], said, [w for w in built.warnings if w not in current_canvas.warnings]


def _title(pair: JourneyPair, language: str) -> str:
    """The report's title: "ideal against current", unless both journeys say the same scenario (two versions
    of one workbook's ideal journeys, paired by member): then the title says so, first thing on the client's
    page, and no report passes for one of the ideal against today (said in the terminal too)."""
    w = GAP_WORDS[language]
    ideal, current = said_scenario(pair.ideal)[0], said_scenario(pair.current)[0]
    if ideal is None or ideal != current:
        return w["title"]
    return w["title_same"].format(scenario=w[f"report_{ideal}"])


def _suffixes(pairing: Pairing) -> list[str]:
    """Each pair's files' suffix: "-gaps" for the one pair; for several "-gaps-3-klantreis-cfo": its place and a
    short name of its current journey, as the deck tells the journeys apart (never "Blad3", a sheet's default
    name)."""
    if len(pairing.pairs) == 1:
        return ["-gaps"]
    names = told_apart([p.current.name for p in pairing.pairs])
    return [f"-gaps-{n}" + (f"-{slug}" if (slug := _slug(name)) else "") for n, name in enumerate(names, start=1)]


def _slug(name: str) -> str:
    """A file name's short part for a journey's name: its first words, in lower case, apart by dashes."""
    words = label_key(name).split()
    slug = ""
    for word in words:
        if len(slug) + len(word) > _SLUG_CHARS:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "-".join(words)[:_SLUG_CHARS]


_SLUG_CHARS = 24


def _left_out(pairing: Pairing, workbooks: int) -> list[CanvasWarning]:
    """The journeys without a partner (a third sheet, a buying group's member missing from the other workbook,
    one left out by --journey): said by name, never left out without a word, with how the pairs were made."""
    said = []
    compared = "; ".join(p.heading() for p in pairing.pairs)
    for path in dict.fromkeys(pairing.files):
        others = [j for where, j in pairing.unpaired if where == path]
        if others:
            names = listed([f"'{excerpt(j.name)}' (sheet '{j.sheet}')" for j in others], 6)
            told = f"gaps compares {compared}; not compared: {names} — {_how_chosen(workbooks)}"
            said.append(CanvasWarning(Location(path), told))
    return said


def _how_chosen(workbooks: int) -> str:
    """How gaps chose the journeys it compares, and how to choose others."""
    if workbooks == 2:
        return (
            "the journeys of the two workbooks are paired by name, else persona, else sheet name (a workbook of one "
            "journey: with the other's first): to compare one without a partner, give the same name to it and the "
            "one it should be compared with, or give a workbook that holds only it"
        )
    return (
        "the journeys whose sheet name or scenario says ideal ('Ideaal', 'Ideal') are paired with those that say "
        "current ('Huidig', 'Current') by name, persona or sheet name (else the first of each): to compare another, "
        "let only the two you mean say so, or give them as two workbooks (canvasgen gaps IDEAL.xlsx CURRENT.xlsx)"
    )


def _once_when_given_twice(files: tuple[Path, ...]) -> tuple[tuple[Path, ...], CanvasWarning | None]:
    """The files to read: one workbook given as both the ideal and the current one (the same path, or the same
    bytes uploaded twice to the web page) is read once, and said."""
    if len(files) != 2 or not all(f.is_file() for f in files):
        return files, None  # reading says what is wrong with a file that is not there
    if not (files[0].resolve() == files[1].resolve() or filecmp.cmp(files[0], files[1], shallow=False)):
        return files, None
    told = f"is the same workbook as {display_name(files[0])}"
    return files[:1], CanvasWarning(Location(display_name(files[1])), told)


def _scenario_order(canvases: list[tuple[str, Canvas]]) -> tuple[bool, CanvasWarning | None]:
    """Whether two workbooks given as IDEAL CURRENT are compared the other way round, and what is said when a
    workbook's own words (its Scenario cell, else its sheet's name) contradict the place it was given in: a
    workbook that says the other place's scenario turns them, unless the other says the same (then which is the
    ideal cannot be told from their words, and the order given is kept); every time said, naming files and cells."""
    if len(canvases) != 2 or not canvases[0][1].journeys or not canvases[1][1].journeys:
        return False, None
    (first, first_canvas), (second, second_canvas) = canvases
    first_says, first_where = said_scenario(first_canvas.journeys[0])
    second_says, second_where = said_scenario(second_canvas.journeys[0])
    if first_says != "current" and second_says != "ideal":
        return False, None  # neither says the opposite of the place it was given in
    if first_says == second_says:
        return False, _both_say(first_says, (first, first_where), (second, second_where))
    turned = f"compared {second} as the ideal journey with {first} as the current one"
    if first_says == "current" and second_says == "ideal":
        told = (
            f"was given as the ideal journey, but says it is the current one ({first_where}), and {second}, given as"
            f" the current one, says it is the ideal ({second_where}): {turned}, as the workbooks say — "
        )
        return True, CanvasWarning(Location(first), told + _keep_or_correct("each workbook"))
    if first_says == "current":  # the second says neither
        told = (
            f"was given as the ideal journey, but says it is the current one ({first_where}), and {second}, given as"
            f" the current one, {_says_neither(second_where)}: {turned}, as {first} says — "
        )
        return True, CanvasWarning(Location(first), told + _keep_or_correct(first))
    told = (  # the second says it is the ideal, the first neither
        f"was given as the current journey, but says it is the ideal one ({second_where}), and {first}, given as"
        f" the ideal one, {_says_neither(first_where)}: {turned}, as {second} says — "
    )
    return True, CanvasWarning(Location(second), told + _keep_or_correct(second))


def _both_say(scenario: Scenario | None, first: tuple[str, str], second: tuple[str, str]) -> CanvasWarning:
    """Two workbooks that both say the same scenario: said at the one given in the other's place, and compared
    in the order given."""
    (first_file, first_where), (second_file, second_where) = first, second
    if scenario == "current":
        told = (
            f"was given as the ideal journey, but says it is the current one ({first_where}), and so does"
            f" {second_file}, given as the current one ({second_where})"
        )
        wrong, workbook = first_file, "the ideal journey's workbook"
    else:
        told = (
            f"was given as the current journey, but says it is the ideal one ({second_where}), and so does"
            f" {first_file}, given as the ideal one ({first_where})"
        )
        wrong, workbook = second_file, "today's journey's workbook"
    told += (
        ": compared in the order given, as their words cannot tell which is the ideal one — correct the Scenario"
        f" cell (or sheet name) of {workbook}"
    )
    return CanvasWarning(Location(wrong), told)


def _says_neither(where: str) -> str:
    return f"names both scenarios ({where})" if where else "says neither scenario"


def _keep_or_correct(workbooks: str) -> str:
    return what_to_do(
        "to compare them in the order given, give --as-given",
        f"if that is wrong, correct the Scenario cell (or sheet name) of {workbooks}",
    )


def _both_in_one(read: tuple[str, Canvas], given_twice: CanvasWarning) -> tuple[Pairing, CanvasWarning]:
    """What is compared when one workbook was given twice: its journeys marked ideal and current, and the
    warning that says so; without them one sentence refuses (a journey compared with itself says nothing)."""
    try:
        pairing = pair_journeys([read])
    except ReadError:
        raise ReadError(
            given_twice.location.file,
            f"{given_twice.message}, and it holds no journey marked ideal and one marked current: give the ideal "
            "journey's workbook and today's (or one workbook holding both)",
        ) from None
    pairs = "; ".join(
        f"its ideal journey '{p.ideal.name}' is compared with its current '{p.current.name}'" for p in pairing.pairs
    )
    return pairing, CanvasWarning(given_twice.location, f"{given_twice.message}: {pairs}")


def _as_built(
    curves: tuple[tuple[str, Journey], tuple[str, Journey]], canvas: Canvas, ideal: Journey, current: Journey
) -> tuple[tuple[str, Journey], ...]:
    """The curves (current, ideal) in the order ``build``'s page of compared curves draws them, so each keeps
    its line style (colour, dash, marker) across the workshop's documents: the workbook's order where it holds
    both journeys, else the current one first, as the build of its workbook draws its own curve."""
    places = [n for one in (ideal, current) for n, journey in enumerate(canvas.journeys) if journey is one]
    if len(places) == 2 and places[0] < places[1]:  # both in the workbook, the ideal first
        return curves[::-1]
    return curves


def curves_compared(ideal: Journey, current: Journey) -> tuple[Journey, str | None]:
    """The current journey as its curve is laid over the ideal's: its phases named as the ideal's they were
    aligned with (by name, or by position: "Column G" under "Contract & sign-off"), when every phase of each
    has its partner in the same order; else why the curves are not laid over each other (said, never a page
    left out silently); "" when a journey has no scores, so no curve."""
    if not any(ideal.scores) or not any(current.scores):
        return current, ""  # no curve to lay over the other: nothing left out
    alignment = align_phases(ideal, current)
    in_order = alignment.pairs == [(i, i) for i in range(len(ideal.phases))]
    if not in_order or len(ideal.phases) != len(current.phases):
        unmatched = [ideal.phases[i].name for i in alignment.left_only]
        unmatched += [current.phases[j].name for j in alignment.right_only]
        names = ", ".join(repr(n) for n in unmatched)
        told = f"phases {names} have no partner in the other journey" if unmatched else "their phases differ in order"
        return current, f"the two curves are not laid over each other: {told}"
    phases = [replace(phase, name=ideal.phases[i].name) for i, phase in enumerate(current.phases)]
    return replace(current, phases=phases), None


def _keep_users_reports(stem: Path, force: bool) -> None:
    """Before anything is read or written: refuse to replace the gap workbook when it was filled in since
    canvasgen wrote it, and its PDF or deck when canvasgen did not write them (a file of the user's own
    with the report's name), unless ``force``; every such file in one error, as ``build`` does."""
    refuse_folders([stem.with_name(stem.name + suffix) for suffix in (".xlsx", ".pdf", ".pptx")])
    problems: list[CanvasError] = []
    try:
        keep_filled_in(stem.with_name(stem.name + ".xlsx"), force, "gap workbook")
    except CanvasError as error:
        problems.extend(error.problems)
    try:
        keep_theirs([stem.with_name(stem.name + ".pdf"), stem.with_name(stem.name + ".pptx")], force)
    except CanvasError as error:
        problems.extend(error.problems)
    if problems:
        raise CanvasErrors.of(problems)


def run_diff(files: tuple[Path, Path], options: ReportOptions) -> tuple[VersionDiff, list[Path], list[CanvasWarning]]:
    if options.out_dir is not None:  # checked before anything is read or written
        stem = Path(files[1]).stem + "-changes"
        keep_theirs([options.out_dir / f"{stem}.pdf", options.out_dir / f"{stem}.pptx"], options.force)
    each, alike = _read_alike(files, options.corrections, "as two versions of one canvas are read alike")
    canvases = read_pair(files, each=each)
    (_, old), (_, new) = canvases
    if alike is not None:
        new.warnings.insert(0, alike)
    if backwards := newer_first(old, new):  # said, never swapped: the user may mean it
        old.warnings.append(
            CanvasWarning(
                Location(display_name(files[0])),
                f"{Path(display_name(files[0])).name} is the newer of the two ({backwards}): compared as given, "
                "so what the team added reads as removed and what it removed as added; give the older workbook first "
                "to see what changed since it",
            )
        )
    elif doubt := order_in_doubt(old, new):
        old.warnings.append(
            CanvasWarning(
                Location(display_name(files[0])),
                f"which version is the newer is unclear ({doubt}): compared as given, "
                f"{Path(display_name(files[0])).name} as the older; if it is the newer, give it second",
            )
        )
    brand = brand_kit(options.brand) if options.out_dir is not None else None
    # both versions' dates in one language before they are compared: an unchanged date reads the same
    language = output_language(options.language, brand.kit.language if brand else DEFAULT_LANGUAGE, new)
    old, new = in_language(old, language), in_language(new, language)
    diff = compare(old, new, options.threshold, language)
    outputs: list[Path] = []
    if options.out_dir is not None and brand is not None:
        kit, fonts, _ = brand
        blocks = diff_blocks(diff, language, options.verbose)
        report = Report(
            blocks,
            GAP_WORDS[language]["changes"],
            versions_title(old, new, language),
            Path(files[1]).stem + "-changes",
            f"{display_file(old.file)} → {display_file(new.file)}",
        )
        written, rendered = report_files(
            report, kit, fonts, options.out_dir, options.paper, language, options.generated, new.region
        )
        return diff, outputs + written, _warnings(canvases, options.language) + rendered
    return diff, outputs, _warnings(canvases, options.language)


def _read_alike(
    files: tuple[Path, ...], given: Corrections, why: str
) -> tuple[list[Corrections], CanvasWarning | None]:
    """How each of two versions is read: alike, as one canvas. A version ``canvasgen.toml`` has no section for
    (nor for a workbook it is a version of) is read with the other's corrections there, said: else a lane the
    other's corrections give a role is "added" and "removed" at once, and the changes in it are not seen."""
    if len(files) != 2:
        return [given for _ in files], None
    own = [from_file(file) for file in files]
    if own[0] and own[1]:
        return [given, given], _lanes_differ(files, own)
    if bool(own[0]) == bool(own[1]):
        return [given, given], None
    covered = 0 if own[0] else 1
    bare = 1 - covered
    borrowed = replace(given.over(own[covered]), alone=True)
    names = [display_name(file) for file in files]
    warning = CanvasWarning(
        Location(names[bare]),
        f"{SETTINGS_FILE} has no section for {Path(names[bare]).name}: it is read with the reading corrections "
        f"{names[covered]} is read with ({own[covered].origin} beside it), {why}",
    )
    return ([given, borrowed] if bare == 1 else [borrowed, given]), warning


def _lanes_differ(files: tuple[Path, ...], own: list[Corrections]) -> CanvasWarning | None:
    """One sentence where the two workbooks' own ``canvasgen.toml`` sections give a lane label different roles:
    they cannot be read alike, and the lane is compared (or not) as each section says."""
    roles = [_lane_roles(corrections) for corrections in own]
    names = [Path(display_name(file)).name for file in files]
    differ = [label for label in dict.fromkeys([*roles[0], *roles[1]]) if roles[0].get(label) != roles[1].get(label)]
    if not differ:
        return None
    said = "; ".join(
        f"'{label}' is {roles[0].get(label, 'no role')} in {names[0]}, {roles[1].get(label, 'no role')} in {names[1]}"
        for label in differ
    )
    return CanvasWarning(
        Location(display_name(files[1])),
        f"the two workbooks are read with different lane corrections ({SETTINGS_FILE}): {said}; give the lane the "
        "same role in both sections to compare it",
    )


def _lane_roles(corrections: Corrections) -> dict[str, str]:
    """Each lane label a section gives a role (as the reader matches it), with the role's name (a sheet's own over
    the workbook's)."""
    kinds = dict(corrections.lane_kinds)
    for hints in corrections.sheets.values():
        kinds.update(hints.lane_kinds)
    return {corrections.written.get(key, key): str(getattr(role, "value", role)) for key, role in kinds.items()}


def versions_title(old: Canvas, new: Canvas, language: str) -> str:
    """The "what changed" report's title: the two versions by their version field ("Versie 0,9 → 1,0"), else
    by their dates, as the workbooks write them, else the journey's name; never the files' names, which a
    client would read on the page (white label, #31: they are in the PDF's metadata and the slides' notes)."""
    before = old.journeys[0] if old.journeys else None
    after = new.journeys[0] if new.journeys else None
    name = _journeys_name([j.name for j in new.journeys])
    if before is None or after is None:
        return name or GAP_WORDS[language]["changes"]
    for key in ("version", "date"):
        was, now = before.meta.get(key), after.meta.get(key)
        if was is not None and now is not None and was.text != now.text:
            label = after.meta.get(f"{key}_label") or before.meta.get(f"{key}_label")
            word = label.text.rstrip(": ") if label is not None else META_LABELS[language][key]
            return f"{word} {was.text} → {now.text}"  # the journey's name heads its block below
    return name or GAP_WORDS[language]["changes"]


def _journeys_name(names: list[str]) -> str:
    """What a report of every journey of a workbook is titled: its one journey's name; of several, the part
    their names share up to a separator ("Buying an HR platform" of "… – HR Director" and "… – IT Manager"),
    else their names in turn — never the first journey's alone, as if the page held only it."""
    names = list(dict.fromkeys(names))
    if len(names) <= 1:
        return names[0] if names else ""
    shared = names[0]
    for other in names[1:]:  # their common start, character by character
        shared = shared[: next((i for i, (a, b) in enumerate(zip(shared, other, strict=False)) if a != b), len(shared))]
        shared = shared[: len(other)]
    cut = max(shared.rfind(sep) for sep in (" – ", " - ", " — ", ": ", " | "))
    return shared[:cut].strip() if cut > 0 else " · ".join(names)


def _poster_and_deck(
    canvas: Canvas,
    path: Path,
    report: ReportParts,
    options: ReportOptions,
    *,
    language: str,
    brand: Brand,
    suffix: str = "-gaps",
) -> BuildResult:
    """The gap pages, then the current journey's poster for reference; the deck's title slide, the gap and
    action slides, then the current journey's slides for reference (no agenda, no exercises):
    the one run every build takes, so that what the renderers report is reported here too."""
    assert options.out_dir is not None
    extras = Extras(suffix, f"{report.title}: {canvas.journeys[0].name}", report)
    build = BuildOptions(
        options.out_dir,
        options.paper,
        language=language,
        generated=options.generated,
        pptx=True,
        brand=options.brand,
        replace=options.force,
    )
    return run(path, build, extras, canvas=canvas, brand=brand)
