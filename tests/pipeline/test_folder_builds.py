"""`canvasgen build FOLDER` over every format a canvas comes in, files without a canvas passed over in one
line, outputs that never overwrite each other, and companions that are never counted twice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.other_formats import CANVAS_ODS, ods
from tests.support.read_back import pdfium_text, squeeze
from tests.support.workbooks import CANVASES, DATA

ZON = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
FIGURES = CANVASES / "metingen-webshop-oktober.csv"
MERMAID = "journey\n  title Een fiets kopen\n  section Kiezen\n    Leest reviews: 4: Klant\n  section Kopen\n    Betaalt online: 3: Klant\n"  # noqa: E501


def text_of(path: Path) -> str:
    return squeeze(pdfium_text(path))


def test_a_folder_of_csv_ods_mermaid_and_model_canvases_with_figures_among_them(tmp_path: Path) -> None:
    src, out = tmp_path / "canvassen", tmp_path / "out"
    src.mkdir()
    (src / "fietsen.csv").write_text("Fase;Oriëntatie;Vergelijken;Aankoop\nKlantproces;zoekt;vergelijkt;koopt\n")
    ods(src / "telecom.ods", {"Blad1": CANVAS_ODS})
    (src / "reis.mmd").write_text(MERMAID)
    code, model, _ = run_clean("check", "--json", str(ZON))
    (src / "zon.json").write_text(model)
    shutil.copy(FIGURES, src / "metingen.csv")  # measured figures, for --metrics
    (src / "package.json").write_text(json.dumps({"name": "site", "version": "1.0.0"}))
    (src / "getallen.csv").write_text("1;2;3\n4;5;6\n")  # no text: no canvas
    code, _, stderr = run_clean("build", str(src), "-o", str(out), "--size", "A3", "--no-pptx")
    assert code == 0, stderr
    assert (
        f"skipped: {src / 'metingen.csv'}: an export of measured figures, not a canvas: give it to a build "
        "with --metrics" in stderr
    )
    assert f"skipped: {src / 'package.json'}: JSON, but not a canvasgen model (it has no list of 'journeys')" in stderr
    assert f"skipped: {src / 'getallen.csv'}: no customer journey canvas found" in stderr
    assert "4 built, 0 unchanged (skipped), 0 failed, 3 without a canvas (passed over)" in stderr
    assert sorted(p.name for p in out.glob("*.pdf")) == ["fietsen.pdf", "reis.pdf", "telecom.pdf", "zon.pdf"]
    assert "vergelijkt" in text_of(out / "fietsen.pdf")
    assert "Vergelijktprijzen" in text_of(out / "telecom.pdf")
    assert "Betaaltonline" in text_of(out / "reis.pdf")
    assert "Zonnepanelenvooreenrijtjeshuis" in text_of(out / "zon.pdf")
    code, _, stderr = run_clean("build", str(src), "-o", str(out), "--size", "A3", "--no-pptx")
    assert code == 0 and "0 built, 4 unchanged (skipped), 0 failed, 3 without a canvas (passed over)" in stderr


def test_a_csv_of_figures_named_itself_says_use_metrics(tmp_path: Path) -> None:
    code, _, stderr = run_clean("build", str(FIGURES), "-o", str(tmp_path))
    assert code == 1
    assert stderr == (
        f"error: {FIGURES}: this is an export of measured figures ('Metriek', 'Waarde'), not a canvas: give it with "
        f"the canvas it measures: canvasgen build CANVAS.xlsx --metrics {FIGURES.name}\n"
    )


def test_a_workbook_and_a_mermaid_file_of_one_name_get_posters_of_their_own(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(ZON, src / "a.xlsx")
    (src / "a.mmd").write_text(MERMAID)
    code, stdout, stderr = run_clean("build", str(src), "-o", str(out), "--size", "A3")
    assert code == 0, stderr
    assert (
        f"warning: {src / 'a.mmd'}: written as a-mmd.pdf/.pptx, since {src / 'a.xlsx'} in this build is "
        "written as a.pdf/.pptx" in stderr
    )
    assert "2 built, 0 unchanged (skipped), 0 failed" in stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "a-mmd.pdf",
        "a-mmd.pptx",
        "a.pdf",
        "a.pptx",
    ]
    assert "Zonnepanelen" in text_of(out / "a.pdf") and "Betaaltonline" in text_of(out / "a-mmd.pdf")
    assert "2 unchanged" in run_clean("build", str(src), "-o", str(out), "--size", "A3")[2]
    (src / "a.mmd").write_text(MERMAID.replace("Betaalt online", "Betaalt met iDEAL"))  # the cache is by source
    code, stdout, stderr = run_clean("build", str(src), "-o", str(out), "--size", "A3")
    assert "1 built, 1 unchanged" in stderr and "a-mmd.pdf" in stdout
    assert "BetaaltmetiDEAL" in text_of(out / "a-mmd.pdf") and "Zonnepanelen" in text_of(out / "a.pdf")


def test_an_output_another_source_wrote_since_is_never_called_unchanged(tmp_path: Path) -> None:
    """The hostile tester's folder: a.xlsx and a.mmd; a.xlsx taken out, so that a.mmd's build writes a.pdf;
    a.xlsx put back. Its cache entry and a.pdf are both still there, but a.pdf holds the Mermaid poster:
    a.xlsx is built again, not skipped."""
    src, out, aside = tmp_path / "in", tmp_path / "out", tmp_path / "a.xlsx"
    src.mkdir()
    shutil.copy(ZON, src / "a.xlsx")
    (src / "a.mmd").write_text(MERMAID)
    args = ("build", str(src), "-o", str(out), "--size", "A3", "--no-pptx")
    assert "2 built" in run_clean(*args)[2]
    (src / "a.xlsx").rename(aside)
    code, stdout, stderr = run_clean(*args)
    assert code == 0 and f"wrote {out / 'a.pdf'}" in stdout  # a.mmd alone: written as a.pdf now
    assert "Betaaltonline" in text_of(out / "a.pdf")
    aside.rename(src / "a.xlsx")
    code, stdout, stderr = run_clean(*args)
    assert code == 0, stderr
    assert "2 built, 0 unchanged" in stderr  # a.xlsx as well: its a.pdf no longer holds what it wrote
    assert "Zonnepanelen" in text_of(out / "a.pdf") and "Betaaltonline" in text_of(out / "a-mmd.pdf")
    assert "0 built, 2 unchanged" in run_clean(*args)[2]  # and now they are
    (out / "a.pdf").write_bytes((out / "a-mmd.pdf").read_bytes())  # written over by hand
    assert "1 built, 1 unchanged" in run_clean(*args)[2]
    assert "Zonnepanelen" in text_of(out / "a.pdf")


def test_two_workbooks_of_one_name_from_two_folders_keep_their_folders(tmp_path: Path) -> None:
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    shutil.copy(ZON, tmp_path / "d1" / "a.xlsx")
    shutil.copy(WEBSHOP, tmp_path / "d2" / "a.xlsx")
    out = tmp_path / "out"
    code, stdout, stderr = run_clean(
        "build",
        str(tmp_path / "d1" / "a.xlsx"),
        str(tmp_path / "d2" / "a.xlsx"),
        "-o",
        str(out),
        "--size",
        "A3",
        "--no-pptx",
    )
    assert code == 0, stderr
    assert f"wrote {out / 'd1' / 'a.pdf'}" in stdout and f"wrote {out / 'd2' / 'a.pdf'}" in stdout
    assert not (out / "a.pdf").exists()
    assert "Zonnepanelen" in text_of(out / "d1" / "a.pdf")
    assert "Webshop" in pdfium_text(out / "d2" / "a.pdf") or "webshop" in pdfium_text(out / "d2" / "a.pdf")
    assert "Zonnepanelen" not in text_of(out / "d2" / "a.pdf")


def test_a_folder_build_leaves_out_its_own_companion(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(ZON, src / "zon.xlsx")
    extra = shutil.copy(DATA / "touchpoint-analysis-lookalike.xlsx", src / "extra.xlsx")
    code, _, stderr = run_clean("build", str(src), "--with", str(extra), "-o", str(out), "--size", "A3", "--no-pptx")
    assert code == 0, stderr
    assert f"skipped: {extra}: a companion of this build (--with), joined to each canvas rather than built" in stderr
    assert sorted(p.name for p in out.glob("*.pdf")) == ["zon.pdf"]


def counts(*args: str) -> tuple[int, int, list[str]]:
    code, out, err = run_clean("check", "--json", *args)
    assert code == 0, err
    model = json.loads(out)
    items = sum(len(cell) for j in model["journeys"] for lane in j["lanes"] for cell in lane["cells"])
    return len(model["touchpoints"]), items, model["warnings"]


def test_a_companion_that_is_the_workbook_itself_or_named_twice_counts_once(tmp_path: Path) -> None:
    alone = counts(str(ZON))
    itself = counts(str(ZON), "--with", str(ZON))
    assert itself[:2] == alone[:2]
    assert f"{ZON}: --with names the workbook itself; ignored (its items would be counted twice)" in itself[2]
    extra = DATA / "touchpoint-analysis-lookalike.xlsx"
    once = counts(str(ZON), "--with", str(extra))
    link = tmp_path / "dezelfde.xlsx"  # the same file under another name
    link.symlink_to(extra)
    twice = counts(str(ZON), "--with", str(extra), "--with", str(link))
    assert twice[:2] == once[:2] and once[:2] != alone[:2]
    assert any("named with --with more than once; read once" in w for w in twice[2])


def test_a_folder_and_files_named_with_glob_signs_are_built_as_named(tmp_path: Path) -> None:
    """``[2026] klant`` is a folder, not a pattern: its files (``[v2] zon*.csv``, ``hr?.csv``) are built, and
    nothing of a neighbour that the pattern would have matched (``2 klant``)."""
    src, out = tmp_path / "[2026] klant", tmp_path / "[uit] *"
    (src / "[sub]").mkdir(parents=True)
    (tmp_path / "2 klant").mkdir()
    canvas = "Fase;Oriëntatie;Vergelijken;Aankoop\nKlantproces;zoekt;vergelijkt;koopt\n"
    (src / "[v2] zon*.csv").write_text(canvas)
    (src / "[sub]" / "hr?.csv").write_text(canvas.replace("koopt", "tekent"))
    (tmp_path / "2 klant" / "buur.csv").write_text(canvas)
    code, _, stderr = run_clean("build", str(src), "--recursive", "-o", str(out), "--no-pptx")
    assert code == 0, stderr
    assert "2 built, 0 unchanged (skipped), 0 failed" in stderr
    assert "tekent" in text_of(out / "[sub]" / "hr?.pdf") and "koopt" in text_of(out / "[v2] zon*.pdf")
    assert sorted(p.name for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")) == [
        "[v2] zon*.pdf",
        "hr?.pdf",
    ]


def test_mermaid_files_of_one_name_in_two_folders_beside_a_workbook_are_all_built(tmp_path: Path) -> None:
    """x/a.mmd and y/a.mmd are renamed a-mmd (a workbook a.xlsx is in the build) and then kept apart by
    their folders: both steps are kept (the second once looked the first up by id() and lost it)."""
    x, y, out = tmp_path / "x", tmp_path / "y", tmp_path / "out"
    x.mkdir()
    y.mkdir()
    shutil.copy(ZON, x / "a.xlsx")
    (x / "a.mmd").write_text(MERMAID)
    (y / "a.mmd").write_text(MERMAID.replace("Betaalt online", "Betaalt met iDEAL"))
    code, _, stderr = run_clean(
        "build", str(x / "a.xlsx"), str(x / "a.mmd"), str(y / "a.mmd"), "-o", str(out), "--size", "A3", "--no-pptx"
    )
    assert code == 0, stderr
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.pdf")) == ["a.pdf", "x/a-mmd.pdf", "y/a-mmd.pdf"]
    assert "Betaaltonline" in text_of(out / "x" / "a-mmd.pdf")
    assert "BetaaltmetiDEAL" in text_of(out / "y" / "a-mmd.pdf")
    assert "Zonnepanelen" in text_of(out / "a.pdf")


def test_a_markdown_file_with_a_mermaid_journey_in_a_folder_is_built_and_a_readme_is_not(tmp_path: Path) -> None:
    """F24: a .md holding Mermaid journeys was neither built nor named by `build FOLDER` (a lone .mmd was)."""
    src, out = tmp_path / "canvassen", tmp_path / "out"
    src.mkdir()
    (src / "reizen.md").write_text(f"# Onze reizen\n\nUit de workshop.\n\n```mermaid\n{MERMAID}```\n", encoding="utf-8")
    (src / "README.md").write_text("# Map\n\nHier staan de klantreizen.\n", encoding="utf-8")
    code, _, stderr = run_clean("build", str(src), "-o", str(out), "--size", "A3", "--no-pptx")
    assert code == 0, stderr
    assert "README" not in stderr  # a Markdown file without a journey is no canvas: not built, not failed
    assert sorted(p.name for p in out.glob("*.pdf")) == ["reizen.pdf"]
    assert "Betaaltonline" in text_of(out / "reizen.pdf")
