"""`canvasgen build` as a user runs it."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from tests.support.cli import run
from tests.support.workbooks import CANVASES, DATA, make_book

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def test_build_several_files(tmp_path: Path) -> None:
    code, out, err = run("build", str(SOLAR), str(CANVASES / "example-hr-software-b2b.xlsx"), "-o", str(tmp_path))
    assert code == 0, err
    pdf = re.escape(str(tmp_path / "voorbeeld-zonnepanelen-b2c.pdf"))
    # The journey, its touchpoints and figures on a page of their own (they would crowd it), the appendix at
    # that page's foot (not a page of its own).
    assert re.search(rf"wrote {pdf} \(2 pages; body text 2\d\.\d pt, minimum 18.0 pt\)", out)
    reader = PdfReader(tmp_path / "example-hr-software-b2b.pdf")
    assert len(reader.pages) == 5  # per journey its page and its companion, their curves compared (appendix below)
    assert reader.metadata.title == (  # its journeys, as a PDF viewer shows them (not the file's name)
        "Buying an HR platform (mid-size manufacturer) – HR Director · "
        "Buying an HR platform (mid-size manufacturer) – IT Manager"
    )
    assert "Journey" in (reader.pages[0].extract_text() or "")


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = make_book(tmp_path / "leeg.xlsx", {"Blad": {"A1": 12, "B2": 7}})  # no text: no canvas
    code, _out, err = run("build", str(bad), str(SOLAR), "-o", str(tmp_path / "out"))
    assert code == 1
    assert "no customer journey canvas found" in err
    assert (tmp_path / "out" / "voorbeeld-zonnepanelen-b2c.pdf").is_file()
    assert not (tmp_path / "out" / "leeg.pdf").exists()


def test_paper_options(tmp_path: Path) -> None:
    # the poster alone: the paper is the poster's (the deck is 16:9 on any paper)
    assert run("build", str(SOLAR), "-o", str(tmp_path), "--size", "A3", "--portrait", "--no-pptx")[0] == 0
    box = [float(v) for v in PdfReader(tmp_path / "voorbeeld-zonnepanelen-b2c.pdf").pages[0].trimbox]
    assert box[2] - box[0] < box[3] - box[1]  # portrait
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--size", "B7")
    assert code == 2 and "unknown paper size 'B7'" in err
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--size", "10x10mm")
    assert code == 2 and "out of range" in err


def test_corpus_warnings_name_their_cells(tmp_path: Path) -> None:
    code, _, err = run("build", str(DATA / "touchpoint-analysis-lookalike.xlsx"), "-o", str(tmp_path))
    assert code == 0
    assert "warning: " in err and "kept as notes: D20:F20, D21:F21" in err


def test_continuations_are_listed(tmp_path: Path) -> None:
    from tests.support.workbooks import big_canvas

    # the poster alone: the continuations are the poster's pages (the big canvas's deck is a second of its own)
    code, out, _ = run("build", str(big_canvas(tmp_path)), "-o", str(tmp_path), "--size", "A4", "--no-pptx")
    assert code == 0
    # a split journey's cut cells go on after its last part (round 22), on the page the line names
    found = re.search(r"  continued: Klantreis!B11 \(Klantproces · Fase 1\) -> page (\d+)", out)
    assert found is not None, out
    pages = PdfReader(tmp_path / "big.pdf").pages
    assert 2 <= int(found.group(1)) <= len(pages)
    assert "Fase 1" in (pages[int(found.group(1)) - 1].extract_text() or "")


def test_brand_option(tmp_path: Path) -> None:
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--brand", "studio-noord", "--no-pptx")
    assert code == 0, err
    assert "Studio Noord" in (PdfReader(tmp_path / "voorbeeld-zonnepanelen-b2c.pdf").pages[0].extract_text() or "")
    code, _, err = run("build", str(SOLAR), "-o", str(tmp_path), "--brand", "nope")
    assert code == 1 and "no brand kit of that name; the kits are default, studio-noord" in err


def test_build_never_replaces_a_file_of_the_users_own(tmp_path: Path) -> None:
    """A PDF, deck or picture of the output's name that canvasgen did not write is refused, each in a
    sentence, before anything is written; canvasgen's own outputs (marked) are replaced; --force replaces."""
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "reis.xlsx"
    source.write_bytes(SOLAR.read_bytes())
    own_pdf = Canvas(str(tmp_path / "reis.pdf"))  # the user's own PDF, made by another program
    own_pdf.drawString(100, 100, "Mijn eigen verslag")
    own_pdf.save()
    (tmp_path / "reis.pptx").write_bytes(b"PK\x03\x04 my own deck")
    Image.new("RGB", (4, 4)).save(tmp_path / "reis-2.png")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    code, out, err = run("build", str(source), "-o", str(tmp_path), "--png")
    assert code == 1 and out == ""
    said = (
        ": is not a file canvasgen wrote (it has no canvasgen mark), so it is not replaced: move or rename it "
        "to keep it, choose another folder with -o, or give --force to replace it"
    )
    assert err == "".join(f"error: {tmp_path / name}{said}\n" for name in ("reis.pdf", "reis.pptx"))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing written, nothing lost
    (tmp_path / "reis.pdf").unlink()
    (tmp_path / "reis.pptx").unlink()
    code, _, err = run("build", str(source), "-o", str(tmp_path), "--png")
    assert code == 1 and err == f"error: {tmp_path / 'reis-2.png'}{said}\n"  # the poster has a second page
    assert not (tmp_path / "reis.pdf").exists() and not (tmp_path / "reis-1.png").exists()
    # the pictures that are written, at a small resolution (--png-dpi implies --png): what is tested is which
    # files are replaced, not the pictures
    code, _, err = run("build", str(source), "-o", str(tmp_path), "--png-dpi", "20", "--force")
    assert code == 0, err
    assert (tmp_path / "reis-2.png").read_bytes() != before["reis-2.png"]
    code, _, err = run("build", str(source), "-o", str(tmp_path), "--png-dpi", "20")  # its own files: replaced
    assert code == 0, err
    assert "reis.xlsx" in (PdfReader(tmp_path / "reis.pdf").metadata.subject or "")
    with Image.open(tmp_path / "reis-1.png") as picture:
        assert picture.text["Software"].startswith("canvasgen")  # type: ignore[attr-defined]
    from pptx import Presentation

    deck = Presentation(str(tmp_path / "reis.pptx"))
    assert deck.core_properties.last_modified_by != "Steve Canny"  # not python-pptx's sample file's
    assert deck.core_properties.created.year >= 2026


def test_a_deck_of_an_earlier_canvasgen_is_still_canvasgens_and_a_users_python_pptx_deck_is_not(
    tmp_path: Path,
) -> None:
    """Decks were marked from this version on: one written before (python-pptx's stamp in its properties,
    canvasgen's title band on its first slide) is replaced as before; a deck the user made with python-pptx
    is not canvasgen's."""
    import zipfile

    from pptx import Presentation

    from canvasgen.render.pptx import made_by_canvasgen

    assert run("build", str(SOLAR), "-o", str(tmp_path), "--no-pdf")[0] == 0
    ours = tmp_path / "voorbeeld-zonnepanelen-b2c.pptx"
    assert made_by_canvasgen(ours)
    older = tmp_path / "older.pptx"
    with zipfile.ZipFile(ours) as source, zipfile.ZipFile(older, "w") as target:
        for info in source.infolist():
            if info.filename == "docProps/custom.xml":
                continue  # no mark yet
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = data.replace(b"<dc:description>", b"<dc:description>generated using python-pptx")
            target.writestr(info, data)
    assert made_by_canvasgen(older)
    theirs = tmp_path / "theirs.pptx"
    Presentation().save(str(theirs))
    assert not made_by_canvasgen(theirs)
