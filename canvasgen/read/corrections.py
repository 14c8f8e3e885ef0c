"""The user's corrections to a reading, without touching the client's workbook.

From the command line (``--phases-row "Klantreis!9"``, ``--phases-col B``, ``--labels A``,
``--lane "Барьеры=pain_points"``, ``--sheet "Doelgroep=personas"``, ``--groups none``,
``--traffic-lights "green=1,amber=0,red=-1"``) or from a ``canvasgen.toml`` beside the workbook::

    ["klantreis.xlsx"]              # settings for one workbook, all its sheets
    title = "Klantreis webshop"     # the map's title, over the one the workbook gives it (as --title)
    lanes = { "Барьеры" = "pain_points", "Мысли" = "emotions" }
    traffic-lights = "green=1,amber=0,red=-1"   # the scores of 🟢 🟡 🔴 (else the scale's top, middle, bottom);
                                                # ",by=colour": a green "● rood" is green (else its word decides)

    ["klantreis.xlsx".Klantreis]    # settings for one sheet of it
    phases-row = 9
    labels = "A"
    groups = "none"                 # no phase groups ("above": the row over the phase names groups them)

    ["klantreis.xlsx".Doelgroep]
    role = "personas"               # what the sheet is for: journey, touchpoints, personas or metrics

The command line wins over the file. A cell reference may name its sheet ("Klantreis!9");
without one it applies to every sheet.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from canvasgen.errors import CanvasError, CanvasErrors, ReadError
from canvasgen.fileio import version_of
from canvasgen.model import LANE_ROLES, LaneKind, LaneRole, OwnLane
from canvasgen.read.formats import format_of
from canvasgen.read.lane_roles import BY_START, corrected_kind
from canvasgen.read.limits import EXCEL_COLUMNS, EXCEL_ROWS
from canvasgen.read.tables.detect import Hints
from canvasgen.read.tables.found import GroupsHint
from canvasgen.read.tables.sheet_roles import SheetRole
from canvasgen.text import label_key
from canvasgen.vocabulary.scores import LightsBy, LightScores, parse_light_scores

SETTINGS_FILE = "canvasgen.toml"
_KEYS = ("phases-row", "phases-col", "labels", "lanes", "groups", "traffic-lights", "title")
_SHEET_KEYS = ("phases-row", "phases-col", "labels", "lanes", "groups", "role")  # a sheet's own section
_LIGHTS = "traffic-lights"
_TITLE = "title"
_REF = re.compile(r"^(?:(?P<sheet>.+)!)?(?P<ref>[A-Za-z]{1,3}|\d{1,7})$")


@dataclass(frozen=True)
class TitleGiven:
    """Where the map's title was given, as the reading says it: ``said`` names it ("--title"), ``dropped``
    says how to keep the workbook's own name instead ("leave out --title")."""

    said: str
    dropped: str


TITLE_OPTION = TitleGiven("--title", "leave out --title")
TITLE_FIELD = TitleGiven("the reading field title", "empty the reading field title")
TITLE_IN_FILE = TitleGiven(f"title in {SETTINGS_FILE}", f"take title out of {SETTINGS_FILE}")


@dataclass(frozen=True)
class Corrections:
    """Hints per sheet name (None: every sheet) and lane kinds by label, with where they came from."""

    sheets: dict[str | None, Hints] = field(default_factory=dict)
    lane_kinds: dict[str, LaneRole] = field(default_factory=dict)
    origin: str = ""
    skip_hidden: bool = False  # leave out text in rows, columns and sheets hidden in Excel
    #: Each lane label as the user wrote it, by its key: to name a correction that matches nothing.
    written: dict[str, str] = field(default_factory=dict, compare=False)
    lights: LightScores | None = None  # the traffic lights' scores, for the whole workbook
    #: The organisation's own names, each with where it was given ("the brand kit 'eneco' (name)"): a lane whose
    #: question asks of one is the organisation's (``Wat doet Eneco?``). No correction: the run's brand kit.
    companies: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    #: The whole of a reading's corrections (a kit's record of how it read the workbook): a
    #: ``canvasgen.toml`` beside the workbook is not read over them.
    alone: bool = False
    #: The ``canvasgen.toml`` section they were taken from when it is an earlier version's ("plan.xlsx" for
    #: "plan-v2.xlsx"), to be said in ``check --explain``; "" otherwise.
    version_of: str = ""
    #: The map's title as the user gave it (``--title``): the journey's name over the one the sheet gives it.
    title: str | None = None
    #: Where the title was given, as the reading says it (``--title``, ``title`` in canvasgen.toml, the page's field).
    title_given: TitleGiven = field(default=TITLE_OPTION, compare=False)
    #: The title of ``canvasgen.toml`` the command line's passed over (it wins): said with it in ``--explain``.
    title_over: str | None = field(default=None, compare=False)

    def for_sheet(self, sheet: str) -> Hints:
        base = self.sheets.get(None, Hints())
        own = self.sheets.get(sheet)
        chosen = own if own is not None else base
        kinds = {**self.lane_kinds, **base.lane_kinds, **(own.lane_kinds if own else {})}
        role = own.role if own is not None else None
        groups = own.groups if own is not None and own.groups is not None else base.groups
        return Hints(
            chosen.phases_row,
            chosen.phases_col,
            chosen.labels_col,
            chosen.labels_row,
            kinds,
            self.origin,
            role=role,
            groups=groups,
            lights=self.lights,
            companies=self.companies,
        )

    def for_companion(self) -> Corrections:
        """What applies to a companion workbook (``--with``): what a lane label means, what a sheet is for, and
        ``--groups none`` (a companion's stage list groups the map's phases as the map's own would: "none" keeps
        its grouping column a lane). Which row or column holds the phases is the map's: never a companion's."""
        sheets: dict[str | None, Hints] = {
            s: Hints(role=h.role, groups=h.groups) for s, h in self.sheets.items() if s and (h.role or h.groups)
        }
        every = self.sheets.get(None)
        if every is not None and every.groups is GroupsHint.NONE:
            sheets[None] = Hints(groups=GroupsHint.NONE)
        # a companion's scores and its questions asked of the company too
        return Corrections(sheets, self.lane_kinds, self.origin, lights=self.lights, companies=self.companies)

    def __bool__(self) -> bool:
        return bool(
            self.sheets
            or self.lane_kinds
            or self.skip_hidden
            or self.lights
            or self.companies
            or self.alone
            or self.title
        )

    def over(self, other: Corrections) -> Corrections:
        """These corrections, with ``other`` filling in what these leave open (the command line over the file);
        these alone when they are the whole reading (``alone``)."""
        if self.alone:
            return self
        sheets = {**other.sheets, **self.sheets}
        titled = self if self.title else other
        passed_over = other.title if self.title and other.title and other.title != self.title else None
        origin = " and ".join(o for o in (self.origin, other.origin) if o)
        skip = self.skip_hidden or other.skip_hidden
        return Corrections(
            sheets,
            {**other.lane_kinds, **self.lane_kinds},
            origin,
            skip,
            {**other.written, **self.written},
            self.lights or other.lights,
            self.companies or other.companies,
            version_of=self.version_of or other.version_of,
            title=titled.title,
            title_given=titled.title_given,
            title_over=passed_over,
        )


@dataclass(frozen=True)
class GivenIn:
    """Where corrections were given, as messages name it: the command line (``--phases-row``), or the web
    page's fields (``phases-row``)."""

    origin: str = "the command line"
    prefix: str = "--"
    title: TitleGiven = TITLE_OPTION


COMMAND_LINE = GivenIn()
PAGE_FIELDS = GivenIn("the page's reading fields", "", TITLE_FIELD)


def from_options(
    phases_row: str | None,
    phases_col: str | None,
    labels: str | None,
    lanes: tuple[str, ...],
    skip_hidden: bool = False,
    given_in: GivenIn = COMMAND_LINE,
    roles: tuple[str, ...] = (),
    groups: str | None = None,
) -> Corrections:
    """The corrections given on the command line (or in the web page's fields, ``given_in``: named as the
    page does, ``phases-row``); ``roles`` the sheets' (``--sheet "Doelgroep=personas"``);
    CanvasErrors naming every bad one; ``groups`` says phase groups (``none``, ``above``; ``Sheet!none``).
    The traffic lights' scores are read by ``lights_option``."""
    errors: list[CanvasError] = []
    sheets: dict[str | None, Hints] = {}
    origin, prefix = given_in.origin, given_in.prefix
    if groups is not None:
        on_sheet, _, said = groups.rpartition("!")
        _set_groups(sheets, on_sheet or None, said, f"{prefix}groups '{groups}'", errors)
    for option, value in (("phases-row", phases_row), ("phases-col", phases_col), ("labels", labels)):
        if value is not None:
            _apply(sheets, prefix + option, value, errors)
    for given in roles:  # a sheet's name may hold "=": a role never does, so it follows the last one
        sheet, _, role = given.rpartition("=")
        _set_role(sheets, sheet.strip(), role, f"{prefix}sheet '{given}'", errors)
    # A label may hold "=" itself ("Score (1=slecht, 5=goed)"): a kind never does, so it follows the last one.
    errors += [  # "Klantproces" alone: said as given, never as "=Klantproces"
        ReadError(
            prefix + "lane",
            f"'{lane}': give a lane label and its kind as LABEL=KIND, e.g. '{lane}=customer'",
            kind="bad_lane",
            values={"lane": lane, "kinds": ", ".join(LANE_ROLES)},
        )
        for lane in lanes
        if "=" not in lane
    ]
    kinds = _lane_kinds([lane.rpartition("=")[::2] for lane in lanes if "=" in lane], prefix + "lane", errors)
    if errors:
        raise CanvasErrors(errors)
    written = {
        label_key(label) + (BY_START if label.rstrip().endswith(BY_START) else ""): label.strip()
        for label, _ in (lane.rpartition("=")[::2] for lane in lanes)
    }
    return Corrections(sheets, kinds, origin, skip_hidden, written)


def with_title(corrections: Corrections, written: str | None, given_in: GivenIn = COMMAND_LINE) -> Corrections:
    """The corrections with the map's title the user gave (``--title``, the page's field ``title``), its spaces
    as one; a ReadError for a title of no words."""
    if written is None:
        return corrections
    title = _title_text(written, f"{given_in.prefix}{_TITLE}")
    return replace(corrections, title=title, title_given=given_in.title)


def _title_text(written: str, option: str) -> str:
    """The title as written, its spaces as one; a ReadError naming ``option`` for a title of no words."""
    title = " ".join(written.split())
    if not title:
        raise ReadError(option, "give the map's title in words, e.g. 'Klantreis webshop'", kind="blank_title")
    return title


def with_lights(
    corrections: Callable[[], Corrections], traffic_lights: str | None, given_in: GivenIn = COMMAND_LINE
) -> Corrections:
    """The corrections ``corrections`` makes (``from_options`` with the user's values) with the traffic
    lights' scores (``lights_option``): CanvasErrors naming every bad one of both at once."""
    problems: list[CanvasError] = []
    made, lights = Corrections(), None
    try:
        made = corrections()
    except CanvasError as error:
        problems.extend(error.problems)
    try:
        lights = lights_option(traffic_lights, given_in)
    except CanvasError as error:
        problems.extend(error.problems)
    if problems:
        raise CanvasErrors.of(problems)
    return replace(made, lights=lights)


def lights_option(written: str | None, given_in: GivenIn = COMMAND_LINE) -> LightScores | None:
    """The traffic lights' scores given on the command line (``--traffic-lights 'green=1,amber=0,red=-1'``),
    for ``Corrections.lights``; None when none were given; a ReadError naming the option for bad ones."""
    if written is None:
        return None
    option = f"{given_in.prefix}{_LIGHTS} '{written}'"
    errors: list[CanvasError] = []
    lights = _lights(written, option, option, errors)
    if errors:
        raise CanvasErrors.of(errors)
    return lights


def _lights(written: object, option: str, given: str, errors: list[CanvasError]) -> LightScores | None:
    """The lights' scores as given ("green=1,amber=0,red=-1", or a TOML table of them); None, and the
    reason in ``errors``, when they cannot be read. ``given``: how the reading names where they came from."""
    if isinstance(written, dict):
        written = ",".join(f"{key}={value}" for key, value in written.items())
    if not isinstance(written, str):
        errors.append(ReadError(option, "give each light its score, e.g. 'green=1,amber=0,red=-1'"))
        return None
    try:
        values, by, orange = parse_light_scores(written)
        return LightScores(values, given, by, orange)
    except ValueError as error:
        errors.append(ReadError(option, str(error)))
        return None


def from_file(workbook: Path) -> Corrections:
    """The corrections for this workbook in a ``canvasgen.toml`` beside it (none when there is no file):
    its own section, else the section of the workbook it is a later version of (``apply``'s "-v2": the
    corrections follow the versions). A setting, a sheet's setting or a section that is a typo away from
    one is refused, naming it and the file: the user would otherwise believe the reading corrected."""
    path = workbook.parent / SETTINGS_FILE
    if not path.is_file():
        return Corrections()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ReadError(path, f"cannot be read as TOML ({error})") from None
    errors: list[CanvasError] = [
        ReadError(path, f"'{key}' stands above every section: give it under [\"{workbook.name}\"]")
        for key in data
        if key in _KEYS or key in _SHEET_KEYS
    ]
    named = _section_of(workbook, data)
    if named is None:
        errors += _misspelt_section(workbook, data, path)
        if errors:
            raise CanvasErrors(errors)
        return Corrections()
    name, own = named
    sheets: dict[str | None, Hints] = {}
    kinds = _section(own, None, sheets, path, errors)
    lights = None
    if _LIGHTS in own:
        lights = _lights(own[_LIGHTS], f"{_LIGHTS} in {path.name}", f"{_LIGHTS} in {SETTINGS_FILE}", errors)
    title = _file_title(own, path, errors)
    for key, value in own.items():
        if key in _KEYS:
            continue
        close = difflib.get_close_matches(key, [*_KEYS, "role"], n=1, cutoff=0.75)
        if isinstance(value, dict) and not (close and not set(value) & set(_SHEET_KEYS)):
            kinds.update(_section(value, key, sheets, path, errors))  # a sheet's own settings
        else:
            meant = f" (did you mean '{close[0]}'?)" if close else ""
            errors.append(
                ReadError(path, f"[\"{name}\"]: '{key}' is not a setting{meant}; the settings: {', '.join(_KEYS)}")
            )
    if errors:
        raise CanvasErrors(errors)
    if name == workbook.name:
        return Corrections(sheets, kinds, SETTINGS_FILE, lights=lights, title=title, title_given=TITLE_IN_FILE)
    origin = f'{SETTINGS_FILE} (["{name}"], of which this is a version)'
    return Corrections(sheets, kinds, origin, lights=lights, version_of=name, title=title, title_given=TITLE_IN_FILE)


def _file_title(section: dict[str, Any], path: Path, errors: list[CanvasError]) -> str | None:
    """The map's title a workbook's section gives (``title = "Klantreis webshop"``), as ``--title`` does; None
    when it gives none, and a sentence naming the file for one that is no text or has no words."""
    if _TITLE not in section:
        return None
    written = section[_TITLE]
    if not isinstance(written, str):
        errors.append(ReadError(path, 'title: give the map\'s title as text, e.g. title = "Klantreis webshop"'))
        return None
    try:
        return _title_text(written, f"{_TITLE} in {path.name}")
    except CanvasError as error:
        errors.extend(error.problems)
        return None


def _section_of(workbook: Path, data: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The section of ``canvasgen.toml`` for ``workbook``, with its name: its own, else that of the nearest
    earlier version of it ("plan.xlsx" for "plan-v3.xlsx" when there is no "plan-v2.xlsx"; an .ods's too, as
    ``apply`` writes its new version as .xlsx); None when none covers it."""
    own = data.get(workbook.name)
    if isinstance(own, dict):
        return workbook.name, own
    base, number = version_of(workbook.stem)
    earlier: list[tuple[int, bool, str]] = []
    for name, section in data.items():
        named = Path(name)
        if not isinstance(section, dict) or format_of(named) is None:
            continue
        its_base, its_number = version_of(named.stem)
        if its_base.casefold() == base.casefold() and its_number < number:
            earlier.append((its_number, named.suffix.lower() == workbook.suffix.lower(), name))
    if not earlier:
        return None
    name = max(earlier)[2]
    return name, data[name]


def _misspelt_section(workbook: Path, data: dict[str, Any], path: Path) -> list[CanvasError]:
    """A section meant for ``workbook`` under a name that is not a file beside it ("plan" for "plan.xlsx",
    "plan.xslx"): said with the name it should have, never silently unused."""
    said: list[CanvasError] = []
    for name, section in data.items():
        if not isinstance(section, dict) or name in _KEYS or (path.parent / name).exists():
            continue
        if Path(name).stem.casefold() in (workbook.stem.casefold(), workbook.name.casefold()) or (
            difflib.get_close_matches(name.casefold(), [workbook.name.casefold()], n=1, cutoff=0.8)
        ):
            said.append(
                ReadError(
                    path,
                    f'section [{name}] names no workbook beside it (did you mean ["{workbook.name}"]?): '
                    "a section is a workbook's file name, its settings are not used otherwise",
                )
            )
    return said


def _set_role(
    sheets: dict[str | None, Hints], sheet: str, written: str, option: str, errors: list[CanvasError]
) -> None:
    role = written.strip().lower()
    if not sheet or role not in {r.value for r in SheetRole}:
        roles = ", ".join(r.value for r in SheetRole)
        errors.append(ReadError(option, f"give a sheet's name and what it is for, one of {roles}"))
        return
    sheets.setdefault(sheet, Hints()).role = SheetRole(role)


def _set_groups(
    sheets: dict[str | None, Hints], sheet: str | None, written: str, option: str, errors: list[CanvasError]
) -> None:
    value = written.strip().lower()
    if value not in {g.value for g in GroupsHint}:
        known = " or ".join(g.value for g in GroupsHint)
        errors.append(
            ReadError(option, f"'{written}': say {known} (no phase groups, or the row above the phases names them)")
        )
        return
    sheets.setdefault(sheet, Hints()).groups = GroupsHint(value)


def _section(
    table: dict[str, Any], sheet: str | None, sheets: dict[str | None, Hints], path: Path, errors: list[CanvasError]
) -> dict[str, LaneRole]:
    if "role" in table:
        if sheet is None:
            errors.append(ReadError(path, "'role' says what one sheet is for: give it in the sheet's own section"))
        else:
            _set_role(sheets, sheet, str(table["role"]), f"role of [{sheet}] in {path.name}", errors)
    if "groups" in table:
        _set_groups(sheets, sheet, str(table["groups"]), f"groups in {path.name}", errors)
    if _LIGHTS in table and sheet is not None:
        errors.append(
            ReadError(path, f"'{_LIGHTS}' in [{sheet}] says the scores of the whole workbook: give it above its sheets")
        )
    if _TITLE in table and sheet is not None:
        errors.append(ReadError(path, f"'{_TITLE}' in [{sheet}] names the whole map: give it above its sheets"))
    for key in ("phases-row", "phases-col", "labels"):
        if key in table:
            value = str(table[key])
            _apply(sheets, f"{key} in {path.name}", f"{sheet}!{value}" if sheet else value, errors)
    if sheet is not None:
        for key in table:
            if key not in _SHEET_KEYS and key not in (_LIGHTS, _TITLE):
                close = difflib.get_close_matches(key, _SHEET_KEYS, n=1, cutoff=0.75)
                meant = f" (did you mean '{close[0]}'?)" if close else ""
                known = ", ".join(_SHEET_KEYS)
                errors.append(
                    ReadError(path, f"[{sheet}]: '{key}' is not a setting of a sheet{meant}; its settings: {known}")
                )
    lanes = table.get("lanes", {})
    if not isinstance(lanes, dict):
        errors.append(ReadError(path, "'lanes' must be a table of label = kind"))
        return {}
    kinds = _lane_kinds([(str(k), str(v)) for k, v in lanes.items()], f"lanes in {path.name}", errors)
    if sheet is not None and kinds:
        hints = sheets.setdefault(sheet, Hints())
        hints.lane_kinds.update(kinds)
        return {}
    return kinds


def _apply(sheets: dict[str | None, Hints], option: str, value: str, errors: list[CanvasError]) -> None:
    match = _REF.match(value.strip())
    if match is None:
        errors.append(ReadError(option, f"'{value}' is no row number or column letter (e.g. 9, B or 'Klantreis!9')"))
        return
    sheet, ref = match.group("sheet"), match.group("ref")
    if ref.isdigit() and int(ref) < 1:
        errors.append(ReadError(option, f"'{value}': rows are numbered from 1, as in Excel"))
        return
    hints = sheets.setdefault(sheet, Hints())
    is_row = ref.isdigit()
    index = int(ref) if is_row else column_index_from_string(ref.upper())
    if option.startswith("phases-row") or option == "--phases-row":
        if not is_row:
            said = f"'{value}' names a column; the phases' row is a number (e.g. 9)"
            errors.append(ReadError(option, said, kind="bad_phases_row", values={"value": value}))
        hints.phases_row = index
    elif option.startswith("phases-col") or option == "--phases-col":
        if is_row:
            said = f"'{value}' names a row; the phases' column is a letter (e.g. B)"
            errors.append(ReadError(option, said, kind="bad_phases_col", values={"value": value}))
        hints.phases_col = index
    elif is_row:
        hints.labels_row = index  # lane labels across a row: phases run down
    else:
        hints.labels_col = index


def _lane_kinds(pairs: list[tuple[str, str]], option: str, errors: list[CanvasError]) -> dict[str, LaneRole]:
    kinds: dict[str, LaneRole] = {}
    for label, written in pairs:
        kind = written.strip().lower().replace("-", "_").replace(" ", "_")
        if not label.strip() or kind not in LANE_ROLES:
            close = difflib.get_close_matches(kind, LANE_ROLES, n=1) if label.strip() else []
            meant = f" (did you mean '{label}={close[0]}'?)" if close else ""
            errors.append(
                ReadError(
                    option,
                    f"'{label}={written}': give a lane label and one of the kinds {', '.join(LANE_ROLES)}{meant}",
                    kind="bad_lane",
                    values={"lane": f"{label}={written}", "kinds": ", ".join(LANE_ROLES)},
                )
            )
            continue
        # a long label given by its start, as check quotes it ("Wat doet de klant in …"): every label so begun
        by_start = label.rstrip().endswith(BY_START) and bool(label_key(label))
        kinds[label_key(label) + (BY_START if by_start else "")] = _kind(kind)
    return kinds


_HINT_KEYS = (
    ("phases-row", "phases_row"),
    ("phases-col", "phases_col"),
    ("labels-col", "labels_col"),
    ("labels-row", "labels_row"),
)
_EVERY_SHEET = "*"  # no sheet name holds a '*'


def to_record(corrections: Corrections) -> str:
    """The corrections as one line of JSON, the same for the same corrections however they were given
    (command line, ``canvasgen.toml``, the web page's fields); "" for none. Written into what a reading
    made (the kit's changes workbook), to tell later whether a reading was made the same way."""
    sheets: dict[str, dict[str, Any]] = {}
    for sheet, hints in corrections.sheets.items():
        entry: dict[str, Any] = {key: getattr(hints, n) for key, n in _HINT_KEYS if getattr(hints, n) is not None}
        if hints.lane_kinds:
            entry["lanes"] = dict(sorted(hints.lane_kinds.items()))
        if hints.role is not None:
            entry["role"] = hints.role.value
        if hints.groups is not None:
            entry["groups"] = hints.groups.value
        if entry:
            sheets[_EVERY_SHEET if sheet is None else sheet] = entry
    record: dict[str, Any] = {}
    if sheets:
        record["sheets"] = dict(sorted(sheets.items()))
    if corrections.lane_kinds:
        record["lanes"] = dict(sorted(corrections.lane_kinds.items()))
    if corrections.skip_hidden:
        record["skip-hidden"] = True
    if corrections.title:
        record["title"] = corrections.title
    if corrections.lights is not None:
        lights = corrections.lights
        record[_LIGHTS] = {light.value: value for light, value in lights.values.items()}
        if lights.orange is not None:
            record[_LIGHTS]["orange"] = lights.orange
        if lights.by is not LightsBy.WORD:
            record[_LIGHTS]["by"] = lights.by.value
    return json.dumps(record, ensure_ascii=False, sort_keys=True) if record else ""


def from_record(text: str, origin: str) -> Corrections:
    """Corrections written by ``to_record``; ValueError when ``text`` is not such a record (whatever was
    written in its place: a record is read from a workbook a person may have edited)."""
    try:
        return _from_record(text, origin)
    except (TypeError, KeyError, AttributeError, OverflowError, RecursionError) as error:
        raise ValueError(f"not a record of reading corrections ({type(error).__name__})") from None


def _from_record(text: str, origin: str) -> Corrections:
    if not text.strip():
        return Corrections(origin=origin)
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a table")
    sheets: dict[str | None, Hints] = {}
    for sheet, entry in dict(data.get("sheets", {})).items():
        hints = Hints()
        for key, name in _HINT_KEYS:
            if entry.get(key) is not None:
                value = int(entry[key])
                if not 1 <= value <= (EXCEL_COLUMNS if key.endswith("col") else EXCEL_ROWS):
                    raise ValueError(f"{key} {value} is outside a sheet")
                setattr(hints, name, value)
        hints.lane_kinds.update({str(k): _kind(v) for k, v in dict(entry.get("lanes", {})).items()})
        if entry.get("role") is not None:
            hints.role = SheetRole(str(entry["role"]))  # ValueError for a role canvasgen does not know
        if entry.get("groups") is not None:
            hints.groups = GroupsHint(str(entry["groups"]))
        sheets[None if sheet == _EVERY_SHEET else str(sheet)] = hints
    kinds = {str(k): _kind(v) for k, v in dict(data.get("lanes", {})).items()}
    lights = None
    if data.get(_LIGHTS) is not None:
        given = dict(data[_LIGHTS])
        by = str(given.pop("by", LightsBy.WORD.value))
        parts = [f"{k}={float(v):g}" for k, v in given.items()] + [f"by={by}"]
        values, read_by, orange = parse_light_scores(",".join(parts))
        lights = LightScores(values, origin, read_by, orange)
    title = str(data["title"]) if data.get("title") else None
    return Corrections(sheets, kinds, origin, bool(data.get("skip-hidden", False)), lights=lights, title=title)


def _kind(value: object) -> LaneRole:
    if value not in LANE_ROLES:
        raise ValueError(f"unknown lane kind {value!r}")
    text = str(value)
    return OwnLane(text) if text in tuple(OwnLane) else LaneKind(text)


def _given(
    corrections: Corrections, labels: Mapping[str, str] | None = None
) -> Iterator[tuple[str, str | None, str | None]]:
    """Each correction as its option, its value (None for a flag) and the sheet it alone holds for where
    the command line cannot say so (a lane's role on one sheet: ``canvasgen.toml`` only). A lane's label as
    the user wrote it, else as ``labels`` (the workbook's own, by ``label_key``) write it: the corrections
    hold its key, which is lower case."""

    def label(key: str) -> str:
        return corrections.written.get(key) or (labels or {}).get(key, key)

    for sheet, hints in sorted(corrections.sheets.items(), key=lambda pair: pair[0] or ""):
        where = f"{sheet}!" if sheet is not None else ""
        for key, name in _HINT_KEYS:
            value = getattr(hints, name)
            if value is not None:
                shown = get_column_letter(value) if key.endswith("col") else str(value)
                yield f"--{'labels' if key.startswith('labels') else key}", f"{where}{shown}", None
        for key, kind in sorted(hints.lane_kinds.items()):
            yield "--lane", f"{label(key)}={kind}", sheet
        if hints.role is not None:
            yield "--sheet", f"{sheet}={hints.role.value}", None
        if hints.groups is not None:
            yield "--groups", f"{where}{hints.groups.value}", None
    for key, kind in sorted(corrections.lane_kinds.items()):
        yield "--lane", f"{label(key)}={kind}", None
    if corrections.skip_hidden:
        yield "--skip-hidden", None, None
    if corrections.title:
        yield "--title", corrections.title, None
    if corrections.lights is not None:
        yield f"--{_LIGHTS}", corrections.lights.written(), None


def describe(corrections: Corrections, labels: Mapping[str, str] | None = None) -> str:
    """The corrections as a person would give them: "--lane 'барьеры=pain_points', --phases-row Klantreis!9"; a
    lane's label in the case it was written in (``_given``: ``labels`` the workbook's, by their key)."""
    quoted = {"--lane", "--sheet", "--title", f"--{_LIGHTS}"}  # values that hold spaces and '=' as people write them
    said = [
        option
        + ("" if value is None else f" '{value}'" if option in quoted else f" {value}")
        + ("" if sheet is None else f" (sheet {sheet})")
        for option, value, sheet in _given(corrections, labels)
    ]
    return ", ".join(said) or "none"


def arguments(corrections: Corrections, labels: Mapping[str, str] | None = None) -> list[str] | None:
    """The corrections as the words of a command line that gives them, a lane's label in the case it was
    written in (``_given``: ``labels`` the workbook's); None when one of them can only be given in
    ``canvasgen.toml`` (a lane's role on one sheet)."""
    words: list[str] = []
    for option, value, sheet in _given(corrections, labels):
        if sheet is not None:
            return None
        words += [option] if value is None else [option, value]
    return words


def effective(corrections: Corrections, workbook: Path) -> Corrections:
    """The corrections a reading of ``workbook`` uses: those given, over its ``canvasgen.toml`` (unless they
    are the whole reading, ``alone``)."""
    return corrections if corrections.alone else corrections.over(from_file(workbook))


def unmatched(corrections: Corrections, sheets: list[str], labels: dict[str, str], lit: bool = True) -> list[str]:
    """What in the corrections matches nothing in a workbook (a sheet it does not have, a lane label none
    of its lanes carry, traffic lights' scores where no score is a traffic light: ``lit`` false), as the
    user gave it: to be said, never silently ignored. ``labels`` are the workbook's lane labels as written,
    by their key: a correction's label a typo away from one is offered it."""
    said = [
        f"sheet '{sheet}' (the workbook's sheets: {', '.join(repr(s) for s in sheets)})"
        for sheet in corrections.sheets
        if sheet is not None and sheet not in sheets
    ]
    kinds = dict(corrections.lane_kinds)
    for hints in corrections.sheets.values():
        kinds.update(hints.lane_kinds)
    for key, kind in kinds.items():
        if not any(corrected_kind(label, {key: kind}) for label in labels):
            close = difflib.get_close_matches(key, list(labels), n=1, cutoff=0.8)
            meant = f"; did you mean '{labels[close[0]]}'?" if close else ""
            said.append(f"--lane '{corrections.written.get(key, key)}={kind}' (no lane is labelled so{meant})")
    if corrections.lights is not None and not lit:
        said.append(f"--{_LIGHTS} '{corrections.lights.written()}' (no score is a traffic light)")
    return said
