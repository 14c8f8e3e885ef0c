"""The gap and version reports as tables for the page: rows of plain text under column names, which the
page's script draws as HTML tables (``page/app.js``, ``tables``). Column names and the words in the
columns listed in ``words`` (a kind of change, a priority) are keys the page translates, falling back
on the key itself.

The version comparison is flattened from its own dict (``VersionDiff.to_dict``, what ``diff --json``
prints) by shape, not by a list of its fields: lists of journeys, phases and lanes give where a row
is; any other list is a kind of change whose entries are rows (an item, a name, or an old/new pair);
a dict with old and new is a value that changed; ``True`` is a flag (a phase renamed). A kind of change
added to the diff later (an item "changed", old → new) becomes rows without a change here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from canvasgen.analysis.gaps import Action, GapReport, Side, located, ordered
from canvasgen.analysis.report import likeness
from canvasgen.figures import format_figure, format_scores
from canvasgen.pipeline.result import Said
from canvasgen.web.page_language import PAGE_DEFAULT, PAGE_LANGUAGES
from canvasgen.words import DIFF_WORDS, GAP_SHEETS, GAP_WORDS

Table = dict[str, Any]  # {"title", "columns", "rows", "words": column indexes, "note"}

#: Lists that go one level down in the diff, and the keys that name each of their entries.
_LEVELS = {"journeys": ("name",), "phases": ("new", "old"), "lanes": ("lane",)}
_WHERE = "where"
#: Keys of a change that are not its label: how a changed item was paired is the diff's own business; a cell
#: is said in its column.
_NOT_LABELS = ("old", "new", _WHERE, "paired_by", "cell")
_NOTHING = "–"


def in_page_languages(make: Callable[[str], list[Table]]) -> list[Table]:
    """Tables made in the page's languages: each the default language's, with every language's rows beside
    (``rows_in``), so that the page shows the rows of its language and switches with it."""
    made = {language: make(language) for language in PAGE_LANGUAGES}
    tables = made[PAGE_DEFAULT]
    for index, table in enumerate(tables):
        table["rows_in"] = {language: made[language][index]["rows"] for language in PAGE_LANGUAGES}
    return tables


def diff_table(changes: dict[str, Any], language: str = "en") -> Table:
    """What changed between two versions, one row per change: where, what kind of change, the text (old →
    new for a change of a value or an item) and the cell it is in; the text's own words (a field renamed, a
    figure's target met or missed) in ``language``."""
    several = len(changes.get("journeys", [])) > 1  # the journey's name is where only when there are several
    shown = []
    for where, kind, text, cell in _diff_rows(changes, (), DIFF_WORDS[language], language):
        parts = [name for level, name in where if name and (several or level != "journeys")]
        shown.append([" · ".join(parts), kind, text, cell])
    return {
        "title": "changes",
        "columns": ["where", "change", "text", "cell"],
        "rows": shown,
        "words": [1],
        "note": f"{changes.get('old', '')} → {changes.get('new', '')}",
    }


Where = tuple[tuple[str, str], ...]  # (level, name): ("journeys", "Eerste bestelling"), ("phases", "Actie")


def _diff_rows(
    node: dict[str, Any], where: Where, w: dict[str, str], language: str
) -> Iterator[tuple[Where, str, str, str]]:
    def text(value: Any) -> str:
        return _text(value, w, language)

    for key, value in sorted(node.items(), key=_order):
        if key in _LEVELS and isinstance(value, list):
            for child in (c for c in value if isinstance(c, dict)):
                name = next((str(child[k]) for k in _LEVELS[key] if child.get(k)), "")
                yield from _diff_rows(child, (*where, (key, name)), w, language)
        elif isinstance(value, list):  # a kind of change: one row per entry
            for entry in value:
                place = where
                if isinstance(entry, dict) and isinstance(entry.get(_WHERE), str):  # a figure says where it is
                    place = (*where, (_WHERE, entry[_WHERE]))
                yield place, key, text(entry), _cell(entry)
        elif isinstance(value, dict):  # one value that changed: {"old": ..., "new": ...}
            yield where, key, text(value), _cell(value)
        elif value is True:  # a flag on this level: what it says of the level's own old and new
            yield where, key, f"{text(node.get('old'))} → {text(node.get('new'))}", ""
        # other scalars name the level (a journey's name, the files compared): no change of their own


def _order(entry: tuple[str, Any]) -> int:
    """A level's own changes (its name, scores, added phases) first, then its parts, then changes that say
    themselves where they are (measured figures)."""
    key, value = entry
    if key in _LEVELS:
        return 1
    with_cells = isinstance(value, list) and any(isinstance(v, dict) and _WHERE in v for v in value)
    return 2 if with_cells else 0


#: A record's field that is canvasgen's key, not a label of the workbook's: said in the diff's words.
_FIELD_WORDS = {"name": "record_renamed"}


def _text(value: Any, w: dict[str, str], language: str) -> str:
    if value is None:
        return _NOTHING
    if isinstance(value, bool):
        return "✓" if value else _NOTHING
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, list):
        return ", ".join(_text(v, w, language) for v in value)
    if "text" in value:  # an item
        return str(value["text"])
    if "value" in value and "unit" in value:  # a measured figure
        return _figure(value, w, language)
    if "old" in value or "new" in value:
        labels = [
            w[_FIELD_WORDS[v]] if k == "field" and v in _FIELD_WORDS else str(v)
            for k, v in value.items()
            if k not in _NOT_LABELS and isinstance(v, str)
        ]
        label = " · ".join(labels)
        change = f"{_text(value.get('old'), w, language)} → {_text(value.get('new'), w, language)}"
        return f"{label}: {change}" if label else change
    return ", ".join(f"{k}: {_text(v, w, language)}" for k, v in value.items() if v is not None)


def _places(value: object) -> int | None:
    """The decimals a figure was written with (the model's ``places``), when the record has them."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _figure(figure: dict[str, Any], w: dict[str, str], language: str) -> str:
    unit = str(figure.get("unit") or "")
    text = format_figure(float(figure["value"]), unit, language, places=_places(figure.get("places")))
    if figure.get("target") is not None:
        met = f": {w['met'] if figure['met'] else w['missed']}" if isinstance(figure.get("met"), bool) else ""
        target = format_figure(float(figure["target"]), unit, language, places=_places(figure.get("target_places")))
        text += f" ({w['target']} {target}{met})"
    return text


def _cell(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    if isinstance(value.get("cell"), str):
        return str(value["cell"])
    return next((_cell(value[k]) for k in ("new", "old") if _cell(value.get(k))), "")


def gap_tables(report: GapReport, extra: list[Action], language: str = "en") -> list[Table]:
    """The action points, then what each phase lacks, does without effect and pairs; the words in their
    text (why a lane is not compared, which journey a cell is in) and their numbers in ``language``."""
    s = GAP_SHEETS[language]

    actions = [
        [a.priority, a.phase, a.kind, a.text(language), located(a.source, a.side, language)]
        for a in ordered(report.actions + extra)
    ]
    rows: list[list[str]] = []
    for gap in report.phases:
        phase = gap.phase if gap.phase == gap.current_phase else f"{gap.phase} / {gap.current_phase}"
        if gap.ideal_values or gap.current_values:
            current, ideal = (
                format_scores(v, language, signed) or _NOTHING
                for v, signed in zip((gap.current_values, gap.ideal_values), gap.signs, strict=True)
            )
            rows.append([phase, "score", gap.experience, f"{current} → {ideal}", ""])  # the client's label
        rows += [
            [phase, "missing", lane, item.text, located(item.source, Side.IDEAL, language)]
            for lane, item in gap.missing
        ]
        rows += [
            [phase, "without", lane, item.text, located(item.source, Side.CURRENT, language)]
            for lane, item in gap.without_effect
        ]
        rows += [
            [phase, "left_behind", lane, item.text, located(item.source, Side.CURRENT, language)]
            for lane, item in gap.left_behind
        ]
        rows += [
            [
                phase,
                "paired",
                lane,
                f"{p.left.text} ← {p.right.text} ({likeness(p, report.threshold, language)})",
                located(p.right.source, Side.CURRENT, language),
            ]
            for lane, p in gap.pairs
            if not p.exact
        ]
        same = sum(1 for _, p in gap.pairs if p.exact)
        if same:  # how many, in words: a bare count in the Text column reads as an item called "1"
            said = GAP_WORDS[language]["same_one" if same == 1 else "same"].format(count=same)
            rows.append([phase, "same", "", said, ""])
    w = GAP_WORDS[language]
    rows += [["", "not_compared", lane.label, w[lane.why], ""] for lane in report.not_compared]
    rows += [[name, "unaligned", "", s["ideal"], ""] for name in report.unaligned_ideal]
    rows += [[name, "unaligned", "", s["current"], ""] for name in report.unaligned_current]
    note = Said(  # the threshold is the command line's (--threshold); the page has no field for it: not said
        "compared",
        f"{report.ideal} → {report.current}",
        {"ideal": report.ideal, "current": report.current, "threshold": report.threshold},
    )
    return [
        {
            "title": "actions",
            "columns": ["priority", "phase", "kind", "action", "cell"],
            "rows": actions,
            "words": [0, 2],
            "note": note.sent(),
        },
        {"title": "per_phase", "columns": ["phase", "change", "lane", "text", "cell"], "rows": rows, "words": [1]},
    ]
