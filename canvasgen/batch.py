"""Building every workbook in a folder: in parallel, skipping what has not changed.

One bad workbook never stops the others. A build is skipped when the workbook,
the brand kit and the options are the same as at the last build and its outputs
are still there (``--force`` rebuilds anyway); what was built is remembered in
``.canvasgen-cache.json`` in the output folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

from canvasgen.brand.kit import BrandKit, find_kit, load_kit
from canvasgen.build import BuildOptions, build_file, describe
from canvasgen.errors import CanvasError, CanvasWarning
from canvasgen.excel.corrections import SETTINGS_FILE
from canvasgen.fileio import write_atomically
from canvasgen.layout.fonts import FontSet

CACHE = ".canvasgen-cache.json"
# CSV and JSON files in a folder are often exports (figures, models), not canvases: name them one by one.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls", ".xlsb", ".mmd")


def is_lock_or_temp(path: Path) -> bool:
    """Excel's ~$ owner files, LibreOffice's .~lock files, hidden and half-saved temporary files."""
    name = path.name
    return name.startswith(("~$", ".~lock", ".")) or name.endswith((".tmp", ".part"))


def workbooks_in(folder: Path, recursive: bool) -> list[Path]:
    pattern = "**/*" if recursive else "*"
    found = [p for p in folder.glob(pattern) if p.suffix.lower() in WORKBOOK_SUFFIXES and p.is_file()]
    # Hidden files and folders inside the folder are skipped; the folder's own path may hold "..".
    return sorted(
        p for p in found if not is_lock_or_temp(p) and not any(x.startswith(".") for x in p.relative_to(folder).parts)
    )


@dataclass
class Outcome:
    source: Path
    built: bool = False
    skipped: bool = False
    lines: list[str] = field(default_factory=list)  # what to print: wrote ..., continued ...
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Job:
    source: Path
    options: BuildOptions
    brand: str | None


# Kits and their fonts, loaded once per process and kept while their files stay the same: a warm
# process (watch, and forked workers, which inherit what the parent loaded) reuses them, and an
# edited brand.toml, font or logo is loaded afresh.
_KITS: dict[tuple[str, tuple[tuple[str, int, int], ...]], tuple[BrandKit, FontSet, list[CanvasWarning]]] = {}
_KITS_KEPT = 8


def brand_kit(brand: str | None) -> tuple[BrandKit, FontSet, list[CanvasWarning]]:
    """The brand kit, its fonts and its warnings; raises CanvasErrors for a bad kit."""
    key = (brand or "", kit_stamp(brand))
    if key not in _KITS:
        kit, warnings = load_kit(brand)
        if len(_KITS) >= _KITS_KEPT:
            _KITS.pop(next(iter(_KITS)))
        _KITS[key] = (kit, FontSet.load(kit.heading_font, kit.body_font), warnings)
    return _KITS[key]


def kit_stamp(brand: str | None) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every file of the kit and of the default kit under it."""
    folders = dict.fromkeys(f.resolve() for f in (find_kit(brand), find_kit(None)))
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)


def run_job(job: Job) -> Outcome:
    """Build one workbook; every problem becomes text, so nothing escapes a worker process."""
    outcome = Outcome(job.source)
    try:
        kit, fonts, _ = brand_kit(job.brand)
        result = build_file(job.source, kit, fonts, job.options)
    except CanvasError as error:
        outcome.errors = [str(p) for p in error.problems]
        return outcome
    outcome.built = True
    outcome.outputs = [str(p) for p in result.outputs]
    outcome.lines = describe(result)
    outcome.warnings = [str(w) for w in result.warnings]
    return outcome


def fingerprint(source: Path, kit: BrandKit, options: BuildOptions) -> str:
    """What a build depends on: the workbook's bytes, the brand kit's files, and the options."""
    digest = hashlib.sha256(source.read_bytes())
    for path in sorted(p for p in kit.folder.rglob("*") if p.is_file()):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    # Files the reading depends on: the metrics export, companion workbooks, the settings beside the workbook.
    settings = source.parent / SETTINGS_FILE
    for depends in (options.metrics, *options.companions, settings):
        if depends is not None and depends.is_file():
            digest.update(hashlib.sha256(depends.read_bytes()).digest())
    digest.update(repr((options.paper, options.print_options, options.language, options.pdf, options.pptx,
                        str(options.pptx_template), options.corrections)).encode())  # fmt: skip
    return digest.hexdigest()


def build_folder(
    folder: Path,
    options: BuildOptions,
    brand: str | None,
    recursive: bool,
    force: bool,
    jobs: int | None,
) -> Iterator[Outcome]:
    """Outcomes as they finish; outputs mirror the folder's sub-folders under the output folder."""
    kit, _, _ = brand_kit(brand)
    sources = workbooks_in(folder, recursive)
    cache_path = options.out_dir / CACHE
    cache = _read_cache(cache_path)
    todo: list[tuple[Job, str]] = []
    for source in sources:
        relative = source.parent.relative_to(folder)
        job_options = replace(options, out_dir=options.out_dir / relative)
        key = fingerprint(source, kit, job_options)
        entry = cache.get(str(source.resolve()), {})
        outputs = entry.get("outputs")
        present = isinstance(outputs, list) and all(Path(str(p)).exists() for p in outputs)
        if not force and entry.get("fingerprint") == key and present:
            yield Outcome(source, skipped=True)
            continue
        todo.append((Job(source, job_options, brand), key))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    try:
        if workers == 1:
            for job, key in todo:
                outcome = run_job(job)
                _remember(cache, job, key, outcome)
                yield outcome
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures: dict[Future[Outcome], tuple[Job, str]] = {pool.submit(run_job, job): (job, key)
                                                                    for job, key in todo}  # fmt: skip
                for future in as_completed(futures):
                    job, key = futures[future]
                    outcome = future.result()
                    _remember(cache, job, key, outcome)
                    yield outcome
    finally:
        if todo:
            options.out_dir.mkdir(parents=True, exist_ok=True)
            text = json.dumps(cache, indent=1, sort_keys=True)

            def save(temp: Path) -> None:
                temp.write_text(text, encoding="utf-8")

            write_atomically(cache_path, save)


def _remember(cache: dict[str, dict[str, object]], job: Job, key: str, outcome: Outcome) -> None:
    name = str(job.source.resolve())
    if outcome.built:
        cache[name] = {"fingerprint": key, "outputs": outcome.outputs}
    else:
        cache.pop(name, None)


def _read_cache(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
