"""Benchmark: how long canvasgen takes per canvas size, against LibreOffice printing the same sheet.

    python bench/bench.py [--repeat 5] [--no-soffice]

Generates canvases of growing size (phases, lanes, characters per cell), then
measures, in this process after start-up: reading the workbook, laying out the
poster, writing the PDF; and the peak memory of the whole run. For comparison it
runs `soffice --headless --convert-to pdf` on the same workbook (LibreOffice
prints the sheet as it is, clipped; canvasgen lays out a poster): the best of
several runs with one warmed-up user profile (as an installed LibreOffice has),
in wall seconds and in the CPU seconds of soffice and its child processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from canvasgen.analysis.analyse import analyse
from canvasgen.brand.kit import load_kit
from canvasgen.figures import _formatted
from canvasgen.layout.deck.deck import layout_deck
from canvasgen.layout.poster.poster import PosterSpec, layout_poster
from canvasgen.layout.text.fonts import FontSet, _unit_width
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.pipeline.render import collector_paused, settle
from canvasgen.read.reader import read_canvas
from canvasgen.render.pdf.document import PrintOptions, render_pdf
from canvasgen.render.pptx import render_pptx
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.units import parse_paper


def clear_caches() -> None:
    """Measure the layout cold, as a fresh `canvasgen build` runs it: no word widths, no figures cached."""
    _unit_width.cache_clear()
    _formatted.cache_clear()


SIZES = [  # (phases, optional lanes, characters per cell, touchpoints)
    (3, 0, 80, 0),
    (5, 2, 150, 10),
    (7, 4, 300, 40),
    (10, 6, 600, 100),
]
CHANNELS = ("Website", "E-mail", "Social media", "Advertenties", "SMS", "Telefoon", "Evenement", "App")
METRICS = (
    ("Conversie", "2,4%", "3%"),
    ("Bouncepercentage", "41%", "35%"),
    ("CTR", "1,8%", "2%"),
    ("Kosten", "€ 1.200", ""),
    ("Omzet", "€ 5.400", "€ 5.000"),
)
WORDS = (
    "klant offerte levering website bestelling ervaring service vraag antwoord snel duidelijk prijs kwaliteit "
    "contact afspraak factuur retour garantie app e-mail nieuwsbrief advertentie review aanbeveling"
).split()


def make_canvas(path: Path, phases: int, optional: int, chars: int, touchpoints: int = 0, seed: int = 7) -> int:
    rng = random.Random(seed)
    lanes = default_lanes(["touchpoints", "channels", "emotions", "pain_points", "opportunities", "kpis"][:optional])
    names = [f"Fase {i}" for i in range(1, phases + 1)]

    def cell() -> str:
        text: list[str] = []
        while sum(len(w) + 1 for w in text) < chars:
            text.append(rng.choice(WORDS))
        words = " ".join(text)
        return "\n".join(words[i : i + 120] for i in range(0, len(words), 120))

    content = {lane: [cell() for _ in names] for lane in lanes if lane != "score"}
    scores = [rng.choice([-2, -1, 0, 1, 2]) for _ in names]
    rows = []
    for i in range(touchpoints):  # with a figure or two each: the map rows, matrix and budget are drawn too
        rows.append(
            [
                names[i % phases],
                f"Contactmoment {i + 1}",
                CHANNELS[i % len(CHANNELS)],
                "Smartphone",
                cell()[:80],
                "Na 2 dagen",
                "Marketing",
                rng.choice(["Ja", "Nee", "Deels"]),
                "Ja",
                "",
                rng.choice(["Ja", "Nee"]),
            ]
        )
    metrics = [[tp[0], tp[1], *METRICS[i % len(METRICS)], "Q3 2026"] for i, tp in enumerate(rows)]
    spec = WorkbookSpec("nl", [JourneySheet(names, lanes, content=content, scores=scores)], rows, [], metrics)
    write_workbook(spec, path)
    text = [t for texts in content.values() for t in texts] + [t for row in rows for t in row]
    return sum(len(t) for t in text)


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    return best_cpu(fn, repeat)[0]


def best_cpu(fn, repeat: int, built: bool = False) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Best-of-``repeat`` wall seconds and, apart, best-of-``repeat`` CPU seconds of this process: on a shared
    machine the wall time counts the other processes' turns too, the CPU time only this one's work.
    ``built``: ``fn`` makes (part of) a poster or a deck, with the collector paused as a build has it."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        if built:
            with collector_paused():
                fn()
            gc.collect(0)  # the collector's pass put off meanwhile: a build has it when it goes on
        else:
            fn()
        cpu.append(time.process_time() - start_cpu)
        times.append(time.perf_counter() - start)
    return min(times), min(cpu)


@dataclass
class Soffice:
    """LibreOffice's conversions of one run: one user profile for all of them (made by the first, untimed,
    conversion: an installed LibreOffice has its profile already, and making it took about a second)."""

    program: str
    profile: Path
    out: Path
    repeat: int

    @classmethod
    def found(cls, work: Path, repeat: int) -> Soffice | None:
        program = shutil.which("soffice")
        return None if program is None else cls(program, work / "lo-profile", work / "soffice", repeat)

    def convert(self, paths: list[Path]) -> tuple[float, float]:
        """One `soffice --convert-to pdf` call on ``paths``: its wall seconds and the CPU seconds (user and
        system) of soffice and every process it started (``RUSAGE_CHILDREN``: soffice.bin, waited for by
        its launcher, is counted in the launcher's)."""
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(
            [
                self.program,
                f"-env:UserInstallation=file://{self.profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(self.out),
                *map(str, paths),
            ],
            check=True,
            capture_output=True,
            timeout=3600,
        )
        elapsed, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        for path in paths:  # soffice says "source file could not be loaded" and still exits 0
            if not (self.out / path.with_suffix(".pdf").name).is_file():
                sys.exit(f"soffice wrote no PDF of {path.name}: is LibreOffice Calc installed? (make bench does)")
        return elapsed, cpu

    def best(self, path: Path) -> tuple[float, float]:
        """Best-of-``repeat`` wall seconds and, apart, CPU seconds of converting ``path`` (the first
        conversion of the run warms the profile up first, untimed): one run of soffice varied by a second
        on a busy machine."""
        if not self.profile.exists():
            self.convert([path])
        runs = [self.convert([path]) for _ in range(self.repeat)]
        return min(wall for wall, _ in runs), min(cpu for _, cpu in runs)


def measure(path: Path, kit, fonts, repeat: int) -> tuple[float, float, float, float, float]:  # type: ignore[no-untyped-def]
    """Best-of-``repeat`` seconds for reading, laying out and writing the poster, and for the deck; and the
    CPU seconds of all four (each its best of ``repeat``)."""
    width, height = parse_paper("A1")
    canvas = read_canvas(path)
    settle()  # as a build does once before its first layout: start-up's objects out of the collector's sight
    spec = PosterSpec(width, height, "nl", path.name, dt.date.today())
    views = analyse(canvas, canvas.file).views
    layout = layout_poster(canvas, kit, fonts, spec, views=views)
    out = path.with_suffix(".pdf")

    def lay() -> None:
        clear_caches()
        layout_poster(canvas, kit, fonts, spec, views=views)

    t_read, c_read = best_cpu(lambda: read_canvas(path), repeat)
    t_layout, c_layout = best_cpu(lay, repeat, built=True)
    t_pdf, c_pdf = best_cpu(
        lambda: render_pdf(layout, kit, fonts, out, PrintOptions(), "bench", path.name), repeat, built=True
    )

    deck_set = FontSet.for_deck(kit.deck, kit.fallback_fonts)

    def deck() -> None:
        clear_caches()  # cold as a build's deck: the deck's own fonts' word widths too
        slides = layout_deck(canvas, kit, Setter(deck_set), SLIDE_WIDTH, SLIDE_HEIGHT, "nl", views=views)
        render_pptx(slides, kit, deck_set, path.with_suffix(".pptx"))

    t_deck, c_deck = best_cpu(deck, repeat, built=True)
    return t_read, t_layout, t_pdf, t_deck, c_read + c_layout + c_pdf + c_deck


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=3600)
    return time.perf_counter() - start


def batch(largest: Path, work: Path, copies: int, soffice: Soffice | None) -> None:
    """One `canvasgen build FOLDER` call (poster and deck of each) against one soffice call on the same files."""
    folder = work / "batch"
    folder.mkdir()
    for i in range(copies):
        shutil.copy(largest, folder / f"copy-{i:03d}.xlsx")
    ours = timed([sys.executable, "-m", "canvasgen", "build", str(folder), "-o", str(work / "batch-out"), "--force"])
    line = f"batch of {copies} largest canvases, poster + deck each, one call on {os.cpu_count()} cores: {ours:.2f}s"
    if soffice:
        lo, _ = soffice.convert(sorted(folder.glob("*.xlsx")))
        line += f"; soffice --convert-to pdf, same files, one call: {lo:.2f}s ({lo / ours:.1f}x)"
    print(line)


def cores(work: Path, count: int) -> None:
    """Many canvases of mixed size: all cores against one."""
    folder = work / "many"
    folder.mkdir()
    for i in range(count):
        phases, optional, chars, touchpoints = SIZES[i % len(SIZES)]
        make_canvas(folder / f"canvas-{i:03d}.xlsx", phases, optional, chars, touchpoints, seed=i)
    base = [sys.executable, "-m", "canvasgen", "build", str(folder), "-o", str(work / "many-out"), "--force"]
    all_cores = timed(base)
    one = timed([*base, "-j", "1"])
    print(f"{count} canvases: {all_cores:.1f}s on {os.cpu_count()} cores, {one:.1f}s on one ({one / all_cores:.2f}x)")


def watch_latency(example: Path, work: Path, saves: int = 5) -> None:
    """A save answered by a warm `canvasgen watch` against a cold one-shot `canvasgen build` of the same canvas."""
    folder = work / "watch"
    folder.mkdir()
    workbook = folder / example.name
    shutil.copy(example, workbook)
    cold = min(
        timed([sys.executable, "-m", "canvasgen", "build", str(workbook), "-o", str(folder / "cold")]) for _ in range(3)
    )
    out = folder / "warm"
    outputs = [out / f"{workbook.stem}.pdf", out / f"{workbook.stem}.pptx"]
    watcher = subprocess.Popen(
        [sys.executable, "-m", "canvasgen", "watch", str(workbook), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(lambda: all(p.exists() for p in outputs), 120)
        answers = []
        for i in range(saves):
            time.sleep(0.5)
            before = [p.stat().st_mtime_ns for p in outputs]
            saved = folder / f"saving-{i}.tmp"
            shutil.copy(example, saved)
            start = time.perf_counter()
            saved.replace(workbook)  # how Excel saves: a new file renamed over the old one
            _wait_for(lambda was=before: all(p.stat().st_mtime_ns != b for p, b in zip(outputs, was)), 60)
            answers.append(time.perf_counter() - start)
    finally:
        watcher.terminate()
        watcher.wait(10)
    warm = min(answers)
    print(
        f"watch: a save answered (poster + deck) in {warm:.2f}s; a cold `canvasgen build` of the same canvas "
        f"{cold:.2f}s ({warm / cold:.2f} of it; target: at most 0.5)"
    )


def serve_latency(example: Path, work: Path, uploads: int = 5) -> None:
    """An upload answered by a warm `canvasgen serve` (poster, deck, previews and ZIP) against a cold
    one-shot `canvasgen build` of the same canvas."""
    import httpx2 as httpx  # the HTTP client the project installs (requirements-dev.txt)

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.support.live import running_server

    cold = min(
        timed([sys.executable, "-m", "canvasgen", "build", str(example), "-o", str(work / "serve-cold")])
        for _ in range(3)
    )
    answers = []
    with running_server("--workers", "1") as address, httpx.Client(base_url=address, timeout=300) as client:
        for i in range(uploads + 1):  # the first one wakes the worker: not counted
            start = time.perf_counter()
            answer = client.post("/api/build", files={"workbook": (example.name, example.read_bytes())})
            if answer.status_code != 200:
                sys.exit(f"serve answered {answer.status_code}: {answer.text}")
            if i:
                answers.append(time.perf_counter() - start)
    warm = min(answers)
    print(
        f"serve: an upload answered (poster, deck, previews, ZIP) in {warm:.2f}s; a cold `canvasgen build` "
        f"{cold:.2f}s ({warm / cold:.2f} of it; target: at most 0.5)"
    )


def kit_speed(work: Path, stress: Path, repeat: int, soffice: Soffice | None) -> None:
    """The whole workshop kit (changes workbook, cards, handouts, tiles) of the largest bundled example, in
    this process after start-up, against LibreOffice printing that workbook; and the peak memory of a
    `canvasgen kit` run of the stress canvas against one of the example (cards in bounded memory)."""
    from canvasgen.pipeline.kit import KitOptions, run_kit

    canvases = Path(__file__).resolve().parent.parent / "canvases"
    example = max(
        (p for p in canvases.glob("*.xlsx") if not p.name.startswith("template")), key=lambda p: p.stat().st_size
    )
    out = work / "kit"
    ours = best(lambda: run_kit(example, KitOptions(out)), repeat)
    line = f"workshop kit of {example.name} (cards, handouts, tiles, changes): {ours:.2f}s"
    if soffice:
        lo, _ = soffice.best(example)
        line += f"; LibreOffice printing it {lo:.2f}s ({lo / ours:.1f}x; target: more than 1x)"
    print(line)
    code = (
        "import resource, sys; from pathlib import Path; from canvasgen.pipeline.kit import KitOptions, run_kit; "
        "r = run_kit(Path(sys.argv[1]), KitOptions(Path(sys.argv[2]))); "
        "print(r.cards, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"
    )
    peaks = []
    for path in (example, stress):
        done = subprocess.run(
            [sys.executable, "-c", code, str(path), str(out)], check=True, capture_output=True, text=True, timeout=600
        )
        cards, peak = done.stdout.split()[-2:]
        peaks.append(f"{path.name}: {cards} cards, {peak} MB")
    print(f"kit peak memory: {'; '.join(peaks)}")


def _wait_for(done, seconds: float) -> None:  # type: ignore[no-untyped-def]
    limit = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > limit:
            sys.exit("watch did not answer: the benchmark stops")
        time.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-soffice", action="store_true")
    parser.add_argument("--soffice-repeat", type=int, default=3, help="LibreOffice's conversions of each canvas")
    parser.add_argument("--batch", type=int, default=20, help="copies of the largest canvas built in one call")
    parser.add_argument("--many", type=int, default=100, help="canvases built on all cores and on one")
    args = parser.parse_args()
    kit, _ = load_kit("default")
    fonts = FontSet.for_poster(kit.heading_font, kit.body_font, kit.fallback_fonts)  # as a build loads them
    FontSet.for_deck(kit.deck, kit.fallback_fonts)
    work = Path(tempfile.mkdtemp(prefix="canvasgen-bench-"))
    soffice = None if args.no_soffice else Soffice.found(work, args.soffice_repeat)
    print(f"canvasgen benchmark, {dt.date.today()}, Python {sys.version.split()[0]}, best of {args.repeat}")
    print(
        f"{'canvas':<34}{'chars':>8}{'read':>9}{'layout':>9}{'pdf':>9}{'poster':>9}{'deck':>9}"
        f"{'cpu':>9}{'soffice':>10}{'lo cpu':>9}{'ratio':>8}{'in cpu':>8}"
    )
    largest_total = largest_cpu = 0.0
    lo: tuple[float, float] | None = None
    for phases, optional, chars, touchpoints in SIZES:
        path = work / f"canvas-{phases}x{optional}-{chars}.xlsx"
        total_chars = make_canvas(path, phases, optional, chars, touchpoints)
        t_read, t_layout, t_pdf, t_deck, cpu = measure(path, kit, fonts, args.repeat)
        total = t_read + t_layout + t_pdf
        lo = soffice.best(path) if soffice else None
        lo_text = f"{lo[0]:>9.2f}s{lo[1]:>8.2f}s{lo[0] / (total + t_deck):>7.1f}x{lo[1] / cpu:>7.1f}x" if lo else ""
        name = f"{phases} phases, {4 + optional} lanes, {touchpoints} tps"
        largest_total, largest_cpu = total + t_deck, cpu
        row = f"{name:<34}{total_chars:>8}{t_read:>8.3f}s{t_layout:>8.3f}s{t_pdf:>8.3f}s{total:>8.3f}s{t_deck:>8.3f}s"
        row += f"{cpu:>8.3f}s"
        print(f"{row}{lo_text}")
    print(f"largest canvas, poster + deck: {largest_total:.3f}s of work beyond start-up (target: under 0.3s)")
    if lo:
        print(
            f"stress canvas: poster + deck {largest_total:.2f}s, LibreOffice printing the same workbook {lo[0]:.2f}s "
            f"({lo[0] / largest_total:.1f}x faster; target: at least 4x); in CPU time {largest_cpu:.2f}s against "
            f"{lo[1]:.2f}s ({lo[1] / largest_cpu:.1f}x)"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this run: {peak:.0f} MB")
    largest = work / "canvas-10x6-600.xlsx"
    batch(largest, work, args.batch, soffice)
    cores(work, args.many)
    kit_speed(work, largest, args.repeat, soffice)
    example = Path(__file__).resolve().parent.parent / "canvases" / "voorbeeld-zonnepanelen-b2c.xlsx"
    watch_latency(example, work)
    serve_latency(example, work)
    print("poster = read + layout + pdf; deck = deck layout + pptx writing (the workbook already read)")
    print("cpu: the CPU seconds of poster and deck in this process (the machine's other work left out)")
    print(
        f"soffice: `soffice --convert-to pdf` of the same workbook, best of {args.soffice_repeat} runs with one user "
        "profile warmed up first, start-up included; lo cpu: the CPU seconds of soffice and its child processes"
    )
    print("ratio: how many times faster poster and deck are made than LibreOffice converts the same workbook")
    print("in cpu: the same in CPU seconds (ours in this process, LibreOffice's of its processes): on a busy machine")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
