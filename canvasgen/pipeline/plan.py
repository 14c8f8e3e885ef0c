"""What one build reads and writes: the canvases in the folders and files it is given, and one output
name for each, never shared.

A folder holds canvases of every kind canvasgen reads (.xlsx, .xlsm, .xls, .xlsb, .ods, .csv, .tsv,
Mermaid .mmd, a Markdown .md holding a Mermaid journey, and canvasgen's model .json) beside files that
hold none: an export of measured figures (for --metrics), JSON of other programs, the run's own --with
and --metrics files (a README.md without a journey is no canvas: left alone). Those are passed
over, each with one line saying why. Two sources that would write the same poster (``a.xlsx`` and
``a.mmd`` in one folder, ``d1/a.xlsx`` and ``d2/a.xlsx`` into one output folder) get distinct names
(``a`` and ``a-mmd``) or keep their sub-folders; none is silently lost.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from canvasgen.errors import CanvasError, OutputError, display_name
from canvasgen.pipeline import BuildOptions
from canvasgen.pipeline.read import same_file
from canvasgen.read.delimited import decode
from canvasgen.read.formats import FOLDER_SUFFIXES, Reader, format_of
from canvasgen.read.metrics.csvfile import figures_text
from canvasgen.read.not_spreadsheets.mermaid import holds_journey
from canvasgen.read.not_spreadsheets.model_json import is_model, load_json

#: What a folder build reads (``read.formats``), in the order a name is kept when two share a stem.
CANVAS_SUFFIXES = FOLDER_SUFFIXES


def is_lock_or_temp(path: Path) -> bool:
    """Excel's ~$ owner files, LibreOffice's .~lock files, hidden and half-saved temporary files."""
    name = path.name
    return name.startswith(("~$", ".~lock", ".")) or name.endswith((".tmp", ".part"))


def canvases_in(folder: Path, recursive: bool) -> list[Path]:
    """The files of a folder (and its sub-folders with ``recursive``) that may hold a canvas."""
    pattern = "**/*" if recursive else "*"
    found = [p for p in folder.glob(pattern) if p.is_file() and _may_hold_a_canvas(p)]
    # Hidden files and folders inside the folder are skipped; the folder's own path may hold "..".
    return sorted(
        p for p in found if not is_lock_or_temp(p) and not any(x.startswith(".") for x in p.relative_to(folder).parts)
    )


def _may_hold_a_canvas(path: Path) -> bool:
    """A file of a format a folder build picks up, or a Markdown file (.md, .mermaid) that holds a Mermaid
    journey: a README beside the canvases is passed over, a journey written in Markdown is built."""
    if path.suffix.lower() in CANVAS_SUFFIXES:
        return True
    found = format_of(path)
    return found is not None and found.reader is Reader.MERMAID and holds_journey(path)


@dataclass(frozen=True)
class Planned:
    """One source to build, with the options that say where its files go and under which name."""

    source: Path
    options: BuildOptions
    folder: Path | None = None  # the folder it was found in; None when it was named itself


@dataclass
class BuildPlan:
    #: Per path given: the sources to build (a folder's, or the file itself).
    groups: list[tuple[Path, list[Planned]]] = field(default_factory=list)
    passed_over: list[tuple[Path, str]] = field(default_factory=list)  # a folder's files that hold no canvas
    said: list[str] = field(default_factory=list)  # names changed, a file named twice
    empty: list[Path] = field(default_factory=list)  # folders without a file canvasgen reads


def plan_build(paths: tuple[Path, ...], options: BuildOptions, recursive: bool = False) -> BuildPlan:
    """Which sources a build of ``paths`` makes, with a distinct output name each."""
    plan = BuildPlan()
    planned: list[Planned] = []
    for path in paths:
        group: list[Planned] = []
        if path.is_dir():
            found = canvases_in(path, recursive)
            if not found:
                plan.empty.append(path)
            for source in found:
                reason = _passed_over(source, options)
                if reason is not None:
                    plan.passed_over.append((source, reason))
                    continue
                relative = source.parent.relative_to(path)
                group.append(Planned(source, replace(options, out_dir=options.out_dir / relative), path))
        else:
            group.append(Planned(path, options))
        kept = []
        for item in group:
            twin = next((p for p in planned if _same(p.source, item.source)), None)
            if twin is not None:
                plan.said.append(f"{item.source}: named twice in this build (as {twin.source}); built once")
                continue
            kept.append(item)
            planned.append(item)
        plan.groups.append((path, kept))
    names = _distinct_names(planned, plan.said)
    plan.groups = [(path, [names[_place(p, planned)] for p in group]) for path, group in plan.groups]
    return plan


def _same(one: Path, other: Path) -> bool:
    return one.exists() and other.exists() and same_file(one, other)


def _passed_over(source: Path, options: BuildOptions) -> str | None:
    """Why a folder's file is not built (one line), or None to build it."""
    if any(_same(source, companion) for companion in options.companions):
        return "a companion of this build (--with), joined to each canvas rather than built"
    if options.metrics is not None and _same(source, options.metrics):
        return "the measured figures of this build (--metrics)"
    found = format_of(source)
    if found is not None and found.reader is Reader.MODEL_JSON:
        try:
            data = load_json(source, display_name(source))
        except (CanvasError, OSError):
            return None  # the build says what is wrong with it
        if not is_model(data):
            return "JSON, but not a canvasgen model (it has no list of 'journeys')"
    if found is not None and found.reader is Reader.WORKBOOK and not found.magic:  # CSV, TSV: text
        try:
            with source.open("rb") as handle:
                head = handle.read(64 * 1024)
        except OSError:
            return None
        if figures_text(decode(head)):
            return "an export of measured figures, not a canvas: give it to a build with --metrics"
    return None


def _place(item: Planned, items: list[Planned]) -> int:
    """Where that very item is in ``items`` (two sources may be planned alike)."""
    return next(index for index, other in enumerate(items) if other is item)


def _distinct_names(planned: list[Planned], said: list[str]) -> list[Planned]:
    """Each source with an output name of its own. Sources sharing a stem in one output folder are told
    apart by their format ("a" for the workbook, "a-mmd" for the Mermaid file); sources of the same
    format from different folders keep their folders under the output folder. The result is in the
    order of ``planned``; a source renamed for its format and moved for its folder keeps both."""
    result = list(planned)
    for group in _clashes(result, lambda p: p.source.stem):
        by_suffix: dict[str, list[Planned]] = defaultdict(list)
        for item in group:
            by_suffix[item.source.suffix.lower()].append(item)
        if len(by_suffix) < 2:
            continue
        order = sorted(by_suffix, key=lambda s: CANVAS_SUFFIXES.index(s) if s in CANVAS_SUFFIXES else 99)
        for suffix in order[1:]:
            for item in by_suffix[suffix]:
                name = f"{item.source.stem}-{suffix.lstrip('.')}"
                result[_place(item, result)] = replace(item, options=replace(item.options, name=name))
                said.append(
                    f"{item.source}: written as {name}.pdf/.pptx, since "
                    f"{by_suffix[order[0]][0].source} in this build is written as "
                    f"{by_suffix[order[0]][0].source.stem}.pdf/.pptx"
                )
    for group in _clashes(result, _name):
        parents = [item.source.resolve().parent for item in group]
        base = Path(os.path.commonpath(parents))
        for item, parent in zip(group, parents, strict=True):
            out_dir = item.options.out_dir / parent.relative_to(base)
            result[_place(item, result)] = replace(item, options=replace(item.options, out_dir=out_dir))
            said.append(
                f"{item.source}: written into {out_dir}, since another {item.source.name} in this build "
                "would have the same name"
            )
    clash = next(iter(_clashes(result, _name)), None)
    if clash is not None:
        first, second = clash[0].source, clash[1].source
        raise OutputError(
            second,
            f"its poster and deck would have the same name as those of {first}; "
            "rename one of them or build them into different folders (-o)",
        )
    return result


def _name(item: Planned) -> str:
    return item.options.name or item.source.stem


def _clashes(items: list[Planned], name: Callable[[Planned], str]) -> list[list[Planned]]:
    """Groups of two or more sources whose files would have one path (names compared as a case-insensitive
    file system compares them)."""
    groups: dict[tuple[str, str], list[Planned]] = defaultdict(list)
    for item in items:
        groups[(str(item.options.out_dir.resolve()).casefold(), name(item).casefold())].append(item)
    return [group for group in groups.values() if len(group) > 1]
