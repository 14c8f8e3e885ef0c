"""The one pipeline: every stage's warnings in one result, warm caches keyed by files, one template check."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from canvasgen import pipeline
from canvasgen.brand.kit import find_kit
from canvasgen.errors import CanvasError
from canvasgen.pipeline import BuildOptions, batch, kit_stamp, run
from canvasgen.pipeline.batch import fingerprint
from canvasgen.units import parse_paper
from tests.support.layouts import DATE
from tests.support.workbooks import CANVASES, REPO, make_book


def _group_book(path: Path) -> Path:
    """A canvas whose persona is involved in a phase it lacks, and whose score cell is a formula
    without a saved value: an analysis warning and a reader warning."""
    return make_book(
        path,
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "A2": "Klantproces",
                "B2": "Zoekt",
                "C2": "Koopt",
                "A3": "Ervaring (1-5)",
                "B3": "=1+2",
                "C3": 4,
            },
            "Personas": {"A1": "Naam", "B1": "Betrokken in fasen", "A2": "Sanne", "B2": "Oriëntatie, Onderhandeling"},
        },
    )


def _svg_kit(tmp_path: Path) -> Path:
    folder = tmp_path / "kit"
    folder.mkdir()
    shutil.copy(REPO / "brand/default/logo.svg", folder / "logo.svg")
    # The text colour on a pale grey fails WCAG AA: the kit's own warning.
    (folder / "brand.toml").write_text('logo = "logo.svg"\n[colors]\nmuted = "#4A5056"\n', encoding="utf-8")
    return folder


def test_run_gathers_the_warnings_of_every_stage(tmp_path: Path) -> None:
    path = _group_book(tmp_path / "groep.xlsx")
    brand = str(_svg_kit(tmp_path))
    options = BuildOptions(tmp_path / "out", parse_paper("A3"), language="nl", generated=DATE, pptx=True, brand=brand)
    result = run(path, options)
    said = [str(w) for w in result.warnings]
    assert any("colors.text" in w and "under WCAG AA" in w for w in said), said  # the kit
    assert any("Klantreis!B3" in w and "formula" in w for w in said), said  # the reader
    assert any("Personas!B2: 'Onderhandeling' in the involved phases" in w for w in said), said  # the analysis
    assert any("the SVG is left out" in w for w in said), said  # the deck's renderer
    assert [p.name for p in result.outputs] == ["groep.pdf", "groep.pptx"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["groep.pdf", "groep.pptx"]  # nothing half-written


def test_gaps_and_diff_print_the_readers_warnings(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from canvasgen.cli import main

    old = _group_book(tmp_path / "v1.xlsx")
    new = make_book(
        tmp_path / "v2.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "A2": "Klantproces",
                "B2": "Zoekt",
                "C2": "Koopt online",
                "A3": "Ervaring (1-5)",
                "B3": 3,
                "C3": 4,
            }
        },
    )
    for args in (["diff", str(old), str(new)], ["gaps", str(old), str(new), "-o", str(tmp_path / "out")]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "Klantreis!B3" in result.stderr and "formula" in result.stderr, result.stderr


def test_the_kit_cache_follows_the_kits_files(tmp_path: Path) -> None:
    folder = _svg_kit(tmp_path)
    kit, _, _ = pipeline.brand_kit(str(folder))
    assert pipeline.brand_kit(str(folder))[0] is kit  # warm: the same kit while its files stay the same
    toml = folder / "brand.toml"
    toml.write_text('logo = "logo.svg"\nfooter = "Nieuwe voettekst"\n', encoding="utf-8")
    os.utime(toml, ns=(toml.stat().st_atime_ns, toml.stat().st_mtime_ns + 10**9))
    edited, _, warnings = pipeline.brand_kit(str(folder))
    assert edited.footer == "Nieuwe voettekst" and warnings == []
    inherited = {Path(name).parent for name, _, _ in kit_stamp(str(folder))}
    assert find_kit(None).resolve() in inherited  # files the kit takes from the default kit count too


def test_the_folder_fingerprint_covers_version_template_and_inherited_kit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = shutil.copy(CANVASES / "template-nl.xlsx", tmp_path / "reis.xlsx")
    deck = tmp_path / "huisstijl.pptx"
    Presentation().save(str(deck))
    options = BuildOptions(tmp_path / "out", parse_paper("A3"), pptx=True, pptx_template=deck)
    first = fingerprint(Path(source), options)
    assert fingerprint(Path(source), options) == first
    prs = Presentation(str(deck))
    prs.core_properties.title = "Huisstijl 2027"  # the same name, other contents
    prs.save(str(deck))
    second = fingerprint(Path(source), options)
    assert second != first
    monkeypatch.setattr(batch, "__version__", "99.0")
    assert fingerprint(Path(source), options) != second


def _without_slide_size(path: Path) -> Path:
    buffer = io.BytesIO()
    Presentation().save(buffer)
    with zipfile.ZipFile(buffer) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "ppt/presentation.xml":
                start = data.index(b"<p:sldSz")
                data = data[:start] + data[data.index(b"/>", start) + 2 :]
            new.writestr(info, data)
    return path


def test_a_template_that_cannot_serve_is_one_sentence(tmp_path: Path) -> None:
    sizeless = _without_slide_size(tmp_path / "zonder-formaat.pptx")
    with pytest.raises(CanvasError) as caught:
        pipeline.template(sizeless)
    fix = "set one in PowerPoint (Design > Slide Size) and save again"
    assert str(caught.value) == f"{sizeless}: has no slide size; {fix}"
    text = tmp_path / "notities.pptx"
    text.write_text("geen presentatie", encoding="utf-8")
    with pytest.raises(CanvasError, match=r"notities\.pptx: is not a PowerPoint template \(\.pptx or \.potx\)$"):
        pipeline.template(text)


def test_a_template_is_read_once_per_version_of_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from canvasgen.render import pptx  # warm imports load_template from it when a template is first loaded

    deck = tmp_path / "huisstijl.pptx"
    Presentation().save(str(deck))
    loads: list[Path] = []
    real = pptx.load_template

    def counting(path: Path) -> pptx.Template:
        loads.append(path)
        return real(path)

    monkeypatch.setattr(pptx, "load_template", counting)
    source = CANVASES / "template-nl.xlsx"
    options = BuildOptions(tmp_path / "out", parse_paper("A3"), pdf=False, pptx=True, pptx_template=deck)
    run(source, options)
    run(source, options)
    assert loads == [deck]


@pytest.mark.parametrize(
    ("sizes", "said"),
    [
        ([22.93, 22.91], "(3 pages; body text 22.9 pt, minimum 18.0 pt)"),  # a journey and its companion page
        ([22.9, 20.04], "(3 pages; body text 20.0 to 22.9 pt by journey page, minimum 18.0 pt)"),
        ([], "(3 pages; minimum 18.0 pt)"),  # personas only: no journey text
    ],
)
def test_build_says_what_its_sizes_are_and_a_shared_size_once(sizes: list[float], said: str) -> None:
    """Round 11: "text 22.9, 22.9 pt, minimum 18.0 pt" gave two numbers without saying what each was."""
    result = pipeline.BuildResult(Path("reis.xlsx"), [Path("out/reis.pdf")], pages=3, body_sizes=sizes, min_size=18.0)
    assert pipeline.result.describe(result)[0] == f"wrote out/reis.pdf {said}"
