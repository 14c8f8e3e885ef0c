"""Failures a user can cause, each one sentence and a non-zero exit, never a traceback; a folder build
reports every job and its summary whatever one job does."""

from __future__ import annotations

import errno
import json
import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.processes import run_measured
from tests.support.workbooks import CANVASES

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def one_error(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_a_very_long_workbook_name_builds(tmp_path: Path) -> None:
    workbook = shutil.copy(EXAMPLE, tmp_path / ("klantreis-" * 24 + ".xlsx"))  # 245 characters
    code, _, stderr = run_clean("build", str(workbook), "-o", str(tmp_path / "out"), "--size", "A3")
    assert code == 0, stderr
    assert (tmp_path / "out" / (Path(workbook).stem + ".pdf")).is_file()


def test_an_output_folder_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "verslag.txt"
    blocker.write_text("geen map", encoding="utf-8")
    code, _, stderr = run_clean("build", str(EXAMPLE), "-o", str(blocker / "uit"), "--size", "A3")
    assert code == 1
    assert one_error(stderr) == (
        f"error: {blocker / 'uit'}: cannot be made: {blocker} is a file, not a folder; choose another folder with -o"
    )


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        (errno.EACCES, "cannot be written to (no permission or read-only)"),
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "the disk is full"),
    ],
)
def test_an_output_folder_that_refuses_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, phrase: str
) -> None:
    import canvasgen.fileio as fileio

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(fileio.tempfile, "mkstemp", refuse)  # root ignores permissions: refuse as the OS would
    exit_code, _, stderr = run_clean("build", str(EXAMPLE), "-o", str(tmp_path / "uit"), "--size", "A3")
    assert exit_code == 1
    assert phrase in one_error(stderr)


def test_a_full_disk_while_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import canvasgen.fileio as fileio

    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", full)
    code, _, stderr = run_clean("build", str(EXAMPLE), "-o", str(tmp_path / "uit"), "--size", "A3", "--no-pptx")
    assert code == 1
    assert one_error(stderr).endswith(
        "cannot be written: the disk is full; free some space or choose another folder with -o"
    )
    assert [p.name for p in (tmp_path / "uit").iterdir()] == []  # nothing half-written


def test_one_job_failing_unexpectedly_never_stops_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import canvasgen.pipeline.render as render

    real = render.deck

    def broken(job: render.Job) -> None:
        if job.path.stem == "b":
            raise RuntimeError("a bug")
        real(job)

    monkeypatch.setattr(render, "deck", broken)
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in "abc":
        shutil.copy(EXAMPLE, src / f"{name}.xlsx")
    code, stdout, stderr = run_clean("build", str(src), "-o", str(out), "-j", "1", "--size", "A3")
    assert code == 1
    assert f"error: {src / 'b.xlsx'}: canvasgen could not build it (RuntimeError: a bug); please report this" in stderr
    assert "2 built, 0 unchanged (skipped), 1 failed" in stderr
    assert f"wrote {out / 'c.pptx'}" in stdout
    cache = json.loads((out / ".canvasgen-cache.json").read_text(encoding="utf-8"))
    assert sorted(Path(k).name for k in cache) == ["a.xlsx", "c.xlsx"]


def test_control_characters_in_a_kit_and_in_figures_never_break_the_deck(tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    kit.mkdir()
    (kit / "brand.toml").write_text('footer = "Voet\\u0001tekst"\nagency = "Bureau\\u0002 Noord"\n', encoding="utf-8")
    figures = tmp_path / "cijfers.csv"
    figures.write_bytes(b"Fase;Metric;Waarde;Doel\nBewustwording;Bereik\x01\x02;1000;2000\n")
    code, _, stderr = run_clean(
        "build",
        str(EXAMPLE),
        "-o",
        str(tmp_path / "uit"),
        "--size",
        "A3",
        "--brand",
        str(kit),
        "--metrics",
        str(figures),
    )
    assert code == 0, stderr
    assert f"{kit / 'brand.toml'}: footer: holds control characters (U+0001), which are left out" in stderr
    deck = Presentation(str(tmp_path / "uit" / "voorbeeld-zonnepanelen-b2c.pptx"))
    assert deck.core_properties.author == "Bureau Noord"
    said = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    assert "Bereik" in said and "\x01" not in said


def _png(path: Path, width: int, height: int) -> Path:
    """A PNG that announces ``width`` x ``height`` (one compressed row of zeros repeated: tiny on disk)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * (width + 1) * min(height, 64), 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))
    return path


@pytest.mark.parametrize(
    ("logo", "phrase"),
    [
        ("text.png", "logo.png: is not a PNG image that can be opened; save the logo again as PNG"),
        ("bomb.png", "logo.png: the logo is 12,000 x 12,000 pixels (144 megapixels)"),
        ("sizeless.svg", "logo.svg: the SVG has no usable size"),
        ("huge.svg", "logo.svg: the SVG logo is 11.0 MB"),
        ("entity.svg", "logo.svg: the SVG declares a DTD or entities"),
    ],
)
@pytest.mark.slow
def test_brand_check_refuses_logos_a_build_would_choke_on(tmp_path: Path, logo: str, phrase: str) -> None:
    kit = tmp_path / "kit"
    kit.mkdir()
    name = "logo.svg" if logo.endswith(".svg") else "logo.png"
    target = kit / name
    if logo == "text.png":
        target.write_text("not an image", encoding="utf-8")
    elif logo == "bomb.png":
        _png(target, 12_000, 12_000)
    elif logo == "sizeless.svg":
        target.write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="-4"><rect/></svg>', encoding="utf-8"
        )
    elif logo == "huge.svg":
        target.write_bytes(
            b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' + b" " * (11 * 2**20) + b"</svg>"
        )
    else:
        target.write_text(
            '<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">&a;</svg>',
            encoding="utf-8",
        )
    (kit / "brand.toml").write_text(f'logo = "{name}"\n', encoding="utf-8")
    done, peak = run_measured("brand", "check", str(kit))
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    assert phrase in done.stderr, done.stderr
    assert peak < 400, f"{peak:.0f} MB"
    code, _, stderr = run_clean("build", str(EXAMPLE), "-o", str(tmp_path / "uit"), "--brand", str(kit))
    assert code == 1 and phrase in one_error(stderr)


@pytest.mark.slow
def test_a_million_line_metrics_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    figures = tmp_path / "export.csv"
    figures.write_bytes(b"Fase,Metric,Waarde\n" + b"Aandacht,Bereik,1\n" * 1_000_000)  # 18 MB: under the size cap
    done, peak = run_measured("check", str(EXAMPLE), "--metrics", str(figures))
    assert done.returncode == 1
    assert f"error: {figures}: the metrics file has 1,000,001 lines; canvasgen reads at most 50,000" in done.stderr
    assert peak < 200, f"{peak:.0f} MB"


def test_many_wrong_lines_give_twenty_problems_and_a_count(tmp_path: Path) -> None:
    figures = tmp_path / "export.csv"
    # a line short of a field refuses a machine's export (a row of an unknown phase is kept, and said, since round
    # 22; a value in words is kept as a note, and said, since round 23)
    figures.write_text("Fase,Metric,Waarde\n" + "Bewustwording,Bereik\n" * 2_000, encoding="utf-8")
    code, _, stderr = run_clean("check", str(EXAMPLE), "--metrics", str(figures))
    assert code == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 21
    assert lines[-1] == f"error: {figures}: and 1,980 more problems like these"


def test_a_utf16_metrics_file_is_read(tmp_path: Path) -> None:
    figures = tmp_path / "export.csv"
    figures.write_bytes("Fase\tMetric\tWaarde\nBewustwording\tBereik\t1200\n".encode("utf-16"))
    code, stdout, stderr = run_clean("check", str(EXAMPLE), "--metrics", str(figures))
    assert code == 0, stderr
    assert "7 touchpoints, 1 persona, 1 figure" in stdout  # the example has none of its own
