"""`canvasgen build` as a user runs it."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader

from canvasgen.cli import main
from tests.support.workbooks import CANVASES, DATA, make_book

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_several_files(tmp_path: Path) -> None:
    code, out, err = run("build", str(SOLAR), str(CANVASES / "example-hr-software-b2b.xlsx"), "-o", str(tmp_path))
    assert code == 0, err
    pdf = re.escape(str(tmp_path / "voorbeeld-zonnepanelen-b2c.pdf"))
    # The journey, its touchpoints and figures on a page of their own (they would crowd it), the appendix.
    assert re.search(rf"wrote {pdf} \(3 pages; text 2\d\.\d, 2\d\.\d pt, minimum 18.0 pt\)", out)
    reader = PdfReader(tmp_path / "example-hr-software-b2b.pdf")
    assert len(reader.pages) == 6  # per journey its page and its companion, their curves compared, the appendix
    assert reader.metadata.title == "example-hr-software-b2b"
    assert "Journey" in (reader.pages[0].extract_text() or "")


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = make_book(tmp_path / "leeg.xlsx", {"Blad": {"A1": 12, "B2": 7}})  # no text: no canvas
    code, _out, err = run("build", str(bad), str(SOLAR), "-o", str(tmp_path / "out"))
    assert code == 1
    assert "no customer journey canvas found" in err
    assert (tmp_path / "out" / "voorbeeld-zonnepanelen-b2c.pdf").is_file()
    assert not (tmp_path / "out" / "leeg.pdf").exists()


def test_paper_options(tmp_path: Path) -> None:
    assert run("build", str(SOLAR), "-o", str(tmp_path), "--size", "A3", "--portrait")[0] == 0
    box = [float(v) for v in PdfReader(tmp_path / "voorbeeld-zonnepanelen-b2c.pdf").pages[0].trimbox]
    assert box[2] - box[0] < box[3] - box[1]  # portrait
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--size", "B7")
    assert code == 2 and "unknown paper size 'B7'" in err
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--size", "10x10mm")
    assert code == 2 and "out of range" in err


def test_corpus_warnings_name_their_cells(tmp_path: Path) -> None:
    code, _, err = run("build", str(DATA / "touchpoint-analysis-lookalike.xlsx"), "-o", str(tmp_path))
    assert code == 0
    assert "warning: " in err and "kept as notes: D20, E20" in err


def test_continuations_are_listed(tmp_path: Path) -> None:
    from tests.support.workbooks import big_canvas

    code, out, _ = run("build", str(big_canvas(tmp_path)), "-o", str(tmp_path), "--size", "A4")
    assert code == 0
    assert "  continued: Klantreis!B11 (Klantproces · Fase 1) -> page 2" in out


def test_brand_option(tmp_path: Path) -> None:
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--brand", "studio-noord")
    assert code == 0, err
    assert "Studio Noord" in (PdfReader(tmp_path / "voorbeeld-zonnepanelen-b2c.pdf").pages[0].extract_text() or "")
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--brand", "nope")
    assert code == 1 and "no brand kit of that name; the kits are default, studio-noord" in err
