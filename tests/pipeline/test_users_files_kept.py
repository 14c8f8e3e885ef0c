"""``gaps -o``, ``diff -o`` and ``kit`` never replace a file of the user's own that has an output's name (a PDF they
made, a slide set of their own): as ``build`` does, they refuse before anything is written, name every
such file, and replace it only with ``--force``; their own earlier output they replace as before."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workbooks import CANVASES
from tests.support.workshop import canvas as lease_canvas

OLD, NEW = CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
IDEAL = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"
MINE = b"%PDF-1.4\n% my own notes, not canvasgen's\n"


def test_diff_o_keeps_a_pdf_and_a_deck_of_the_users_own(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pdf, pptx = out / f"{NEW.stem}-changes.pdf", out / f"{NEW.stem}-changes.pptx"
    pdf.write_bytes(MINE)
    pptx.write_bytes(b"PK my own slides")
    code, _, said = run("diff", str(OLD), str(NEW), "-o", str(out))
    assert code != 0
    errors = [line for line in said.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "is not a file canvasgen wrote" in errors[0] and "--force" in errors[0], said
    assert {pdf.name, pptx.name} == {Path(e.split(": ")[1]).name for e in errors}
    assert pdf.read_bytes() == MINE and pptx.read_bytes() == b"PK my own slides"
    code, _, said = run("diff", str(OLD), str(NEW), "-o", str(out), "--force")
    assert code == 0, said
    assert pdf.read_bytes() != MINE
    code, _, said = run("diff", str(OLD), str(NEW), "-o", str(out))  # its own output: replaced as before
    assert code == 0, said


def test_kit_keeps_a_pdf_of_the_users_own_and_writes_nothing(tmp_path: Path) -> None:
    source = lease_canvas(tmp_path / "klantreis.xlsx")  # small: what is tested is which files are written
    out = tmp_path / "kit"
    out.mkdir()
    handouts = out / "klantreis-handouts.pdf"
    handouts.write_bytes(MINE)
    code, _, said = run("kit", str(source), "-o", str(out))
    assert code != 0
    assert f"{handouts}: is not a file canvasgen wrote" in said and "--force" in said, said
    assert handouts.read_bytes() == MINE
    assert sorted(p.name for p in out.iterdir()) == [handouts.name]  # nothing else written either
    code, _, said = run("kit", str(source), "-o", str(out), "--force")
    assert code == 0, said
    assert handouts.read_bytes() != MINE
    code, _, said = run("kit", str(source), "-o", str(out))  # its own kit again: fine
    assert code == 0, said


def test_gaps_o_keeps_a_pdf_and_a_deck_of_the_users_own_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pdf, pptx = out / f"{EXAMPLE.stem}-gaps.pdf", out / f"{EXAMPLE.stem}-gaps.pptx"
    pdf.write_bytes(MINE)
    pptx.write_bytes(b"PK my own slides")
    code, _, said = run("gaps", str(IDEAL), str(EXAMPLE), "-o", str(out))
    assert code != 0
    errors = [line for line in said.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all("is not a file canvasgen wrote" in e and "--force" in e for e in errors), said
    assert {pdf.name, pptx.name} == {Path(e.split(": ")[1]).name for e in errors}
    assert "Traceback" not in said
    assert pdf.read_bytes() == MINE and pptx.read_bytes() == b"PK my own slides"
    assert sorted(p.name for p in out.iterdir()) == sorted([pdf.name, pptx.name])  # no gap workbook either
    code, _, said = run("gaps", str(IDEAL), str(EXAMPLE), "-o", str(out), "--force")
    assert code == 0, said
    assert pdf.read_bytes() != MINE and pptx.read_bytes() != b"PK my own slides"
    assert (out / f"{EXAMPLE.stem}-gaps.xlsx").exists()
    code, _, said = run("gaps", str(IDEAL), str(EXAMPLE), "-o", str(out))  # its own report: replaced as before
    assert code == 0, said


def test_gaps_o_names_a_filled_in_workbook_and_a_users_pdf_in_one_go(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    workbook, pdf = out / f"{EXAMPLE.stem}-gaps.xlsx", out / f"{EXAMPLE.stem}-gaps.pdf"
    workbook.write_bytes(b"PK my own workbook")
    pdf.write_bytes(MINE)
    code, _, said = run("gaps", str(IDEAL), str(EXAMPLE), "-o", str(out))
    assert code != 0
    errors = [line for line in said.splitlines() if line.startswith("error:")]
    assert len(errors) == 2, said
    assert f"{workbook}: differs from the gap workbook canvasgen last wrote" in said, said
    assert f"{pdf}: is not a file canvasgen wrote" in said, said
    assert workbook.read_bytes() == b"PK my own workbook" and pdf.read_bytes() == MINE
