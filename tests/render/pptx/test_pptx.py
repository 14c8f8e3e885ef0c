"""The workshop deck, read back with python-pptx: every word, real charts, fitted text, 16:9."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.oxml.ns import qn
from pptx.util import Pt

from canvasgen.brand.kit import FontRole
from canvasgen.layout.deck.deck import INSET, MIN_SIZE, WRAP_SLACK
from canvasgen.layout.text.setter import ITEM_GAP, LEADING, Setter
from canvasgen.pipeline import BuildOptions, run
from canvasgen.units import PrintOptions, parse_paper
from tests.support.layouts import DATE, Built, canvas_of, deck_fonts
from tests.support.read_back import as_printed, slide_text, squeeze, title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, SAMPLES


def deck(path: Path, out: Path, template: Path | None = None) -> Path:
    options = BuildOptions(
        out, parse_paper("A1"), PrintOptions(), None, DATE, pdf=False, pptx=True, pptx_template=template
    )
    return run(path, options, canvas=canvas_of(path)).pptx


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_text_item_is_on_a_slide(path: Path, built: Built) -> None:
    text = squeeze(slide_text(built.deck(path)))
    missing = [f"{i.source}: {words!r}" for i, words in as_printed(canvas_of(path)) if squeeze(words) not in text]
    assert missing == []


@pytest.fixture(scope="module")
def big_deck(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The big canvas (more than fits a slide) and its deck, built once for the module's tests that read it."""
    from tests.support.workbooks import big_canvas

    folder = tmp_path_factory.mktemp("big")
    path = big_canvas(folder)
    return path, deck(path, folder)


def test_overflowing_phases_continue_on_follow_up_slides(big_deck: tuple[Path, Path]) -> None:
    path, pptx = big_deck
    titles = [title_of(s) for s in Presentation(str(pptx)).slides]
    assert any(t.startswith("Fase 1/10 · Fase 1 (vervolg)") for t in titles)
    text = squeeze(slide_text(pptx))
    assert all(squeeze(i.text) in text for i in read_canvas(path).texts())


def test_slides_are_16_9_with_notes_and_a_native_chart(built: Built) -> None:
    pptx = built.deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    prs = Presentation(str(pptx))
    assert (prs.slide_width, prs.slide_height) == (Pt(960), Pt(540))
    charts = [shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) == 2  # the journey at a glance and the emotion curve
    chart = charts[1]
    assert chart.chart_type.name == "LINE_MARKERS"
    assert list(chart.plots[0].categories) == [
        "Bewustwording",
        "Interesse",
        "Overweging",
        "Aankoop",
        "Service & loyaliteit",
    ]
    assert list(chart.series[0].values) == [0, -1, 0, 1, 1]
    assert not chart.has_title
    bare = [c for c in charts if not c.value_axis.visible]  # the glance: its plot laid out by hand, edge to edge
    assert bare, "no chart without axes"
    for spanning in bare:
        layout = spanning.element.find(f"{qn('c:chart')}/{qn('c:plotArea')}/{qn('c:layout')}/{qn('c:manualLayout')}")
        assert layout is not None
        assert {e.tag.rpartition("}")[2]: e.get("val") for e in layout}["w"] == "1"
    with zipfile.ZipFile(pptx) as archive:
        assert any(name.startswith("ppt/charts/chart") for name in archive.namelist())
        assert not any(name.startswith("ppt/media/") and "chart" in name for name in archive.namelist())
    for slide in prs.slides:
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip()


def test_no_text_frame_overflows_its_shape(built: Built, big_deck: tuple[Path, Path]) -> None:
    setter = Setter(deck_fonts())  # what PowerPoint draws: Calibri, with Carlito's widths
    hr = CANVASES / "example-hr-software-b2b.xlsx"
    for path, pptx in ((hr, built.deck(hr)), big_deck):
        prs = Presentation(str(pptx))
        for number, slide in enumerate(prs.slides, start=1):
            for shape in slide.shapes:
                if not shape.has_text_frame or not shape.text_frame.text:
                    continue
                inset = shape.text_frame.margin_top / 12700  # the frame's own margins (the glance's are close)
                assert inset >= INSET / 2, (number, shape.name)
                width = shape.width / 12700 - 2 * inset
                height = 0.0
                for i, para in enumerate(shape.text_frame.paragraphs):
                    size = para.runs[0].font.size.pt
                    assert size >= MIN_SIZE, (number, para.text)
                    role = "heading" if para.runs[0].font.bold or shape.name == "title" else "body"
                    text, room = _as_set(setter, para, role, size, width)
                    lines = setter.wrap(text, room * WRAP_SLACK, role, size)
                    height += len(lines) * size * LEADING + (_space_before(para, size) if i else 0)
                assert height <= shape.height / 12700 - 2 * inset + 0.5, (path.name, number, shape.name)


def _as_set(setter: Setter, para, role: FontRole, size: float, width: float) -> tuple[str, float]:  # type: ignore[no-untyped-def]
    """The text a paragraph's lines wrap and the width they wrap in, as its XML sets them: beside a hanging
    indent (``marL``) every line of a list item, and of a field whose label is as wide as the indent, its
    value's (the label stands in the indent of the first line); other text in the whole width."""
    props = para._p.find(qn("a:pPr"))
    margin = int(props.get("marL", 0)) / 12700 if props is not None else 0.0
    if not margin:
        return para.text, width
    label, colon, value = para.text.partition(": ")
    if colon and abs(setter.width(label + colon, role, size) - margin) < 0.5:
        return value, width - margin
    return para.text, width - margin


def _space_before(para, size: float) -> float:  # type: ignore[no-untyped-def]
    """The space before a paragraph as its XML sets it (``a:spcBef``), else a list item's."""
    before = para._p.find(f"{qn('a:pPr')}/{qn('a:spcBef')}/{qn('a:spcPts')}")
    return int(before.get("val")) / 100 if before is not None else size * ITEM_GAP


def test_dutch_canvas_gets_dutch_proofing_and_questions(built: Built) -> None:
    prs = Presentation(str(built.deck(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")))
    languages = {
        run.font.language_id
        for s in prs.slides
        for sh in s.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
        for run in p.runs
    }
    assert languages == {MSO_LANGUAGE_ID.DUTCH}
    exercise = [s for s in prs.slides if title_of(s).startswith("Oefening")]
    assert len(exercise) == 5
    questions = {sh.text_frame.text for sh in exercise[0].shapes if sh.has_text_frame}
    assert {
        "Wat doet de klant?",
        "Wat moeten wij doen?",
        "Hoe ervaart de klant het?",
        "Wat verbeteren we?",
    } <= questions


def test_english_canvas_gets_english_questions_and_sections(built: Built) -> None:
    pptx = built.deck(CANVASES / "example-hr-software-b2b.xlsx")
    text = slide_text(pptx)
    assert "What does the customer do?" in text and "How does the customer experience it?" in text
    with zipfile.ZipFile(pptx) as archive:
        presentation = archive.read("ppt/presentation.xml").decode()
    assert presentation.count("<p14:section ") == 4  # two journeys, their curves compared, the appendix
    assert 'name="Buying an HR platform (mid-size manufacturer) – HR Director"' in presentation


def test_agency_template_pptx_and_potx(tmp_path: Path) -> None:
    template = tmp_path / "huisstijl.pptx"
    base = Presentation()
    base.slide_width, base.slide_height = Pt(960), Pt(540)
    base.save(str(template))
    pptx = deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path / "a", template)
    assert len(Presentation(str(pptx)).slides) > 10
    potx = tmp_path / "huisstijl.potx"
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(potx, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"presentation.main+xml", b"template.main+xml")
            zout.writestr(info, data)
    pptx = deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path / "b", potx)
    assert len(Presentation(str(pptx)).slides) > 10


def test_bad_template_is_one_clear_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from canvasgen.cli import main

    bad = tmp_path / "huisstijl.pptx"
    bad.write_text("not a presentation")
    result = CliRunner().invoke(
        main, ["build", str(CANVASES / "template-nl.xlsx"), "-o", str(tmp_path), "--pptx-template", str(bad)]
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {bad}: is not a PowerPoint template (.pptx or .potx)"


@pytest.mark.slow
@pytest.mark.office
def test_libreoffice_opens_and_converts_the_deck(tmp_path: Path, soffice: str, built: Built) -> None:
    pptx = built.deck(CANVASES / "example-hr-software-b2b.xlsx")
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(pptx),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    from pypdf import PdfReader

    pdf = tmp_path / "example-hr-software-b2b.pdf"
    assert len(PdfReader(pdf).pages) == len(Presentation(str(pptx)).slides)


def test_template_title_only_layout_carries_the_titles(tmp_path: Path) -> None:
    template = tmp_path / "huisstijl.pptx"
    base = Presentation()  # the default template has a "Title Only" layout
    base.slide_width, base.slide_height = Pt(960), Pt(540)
    base.save(str(template))
    prs = Presentation(str(deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path, template)))
    content = [s for s in prs.slides if s.slide_layout.name == "Title Only"]
    assert len(content) == len(prs.slides) - 1  # all but the title slide
    assert content[0].shapes.title.text == "Agenda"


def test_an_svg_logo_is_reported_not_silently_dropped(tmp_path: Path) -> None:
    from tests.support.workbooks import REPO

    folder = tmp_path / "kit"
    folder.mkdir()
    shutil.copy(REPO / "brand/default/logo.svg", folder / "logo.svg")
    (folder / "brand.toml").write_text('logo = "logo.svg"\n', encoding="utf-8")
    path = CANVASES / "template-nl.xlsx"
    options = BuildOptions(
        tmp_path / "out", parse_paper("A2"), PrintOptions(), None, DATE, pdf=True, pptx=True, brand=str(folder)
    )
    result = run(path, options, canvas=canvas_of(path))
    assert any("the SVG is left out" in str(w) for w in result.warnings)
    assert b"Helvetica" not in result.pdf.read_bytes()  # the SVG on the poster brings no unembedded font
