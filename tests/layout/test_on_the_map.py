"""Touchpoints, figures, channels, roles and personas as they come out: poster text and geometry,
slides, and the numbers inside the deck's native charts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from canvasgen.figures import format_figure, format_value
from canvasgen.layout.deck.tables import channel_budget_table
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.model import Canvas, MetricFrom
from canvasgen.pipeline import BuildOptions, read, run
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.units import PrintOptions, parse_paper
from canvasgen.words import POSTER_WORDS
from tests.support.layouts import DATE, default_kit, laid_poster
from tests.support.read_back import pdf_text, slide_text, squeeze, title_of
from tests.support.workbooks import CANVASES

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
HR = CANVASES / "example-hr-software-b2b.xlsx"
OCTOBER = CANVASES / "metingen-webshop-oktober.csv"
#: On one worker: each example is built once and read by every test here.
pytestmark = pytest.mark.xdist_group("examples on the map")


def _build(path: Path, out: Path, metrics: Path | None = None) -> tuple[Canvas, Path, Path]:
    options = BuildOptions(out, parse_paper("A1"), PrintOptions(), None, DATE, pptx=True, metrics=metrics)
    canvas = read(path, metrics)
    result = run(path, options, canvas=canvas)
    return canvas, result.pdf, result.pptx


class Examples:
    """The examples' builds (A1, the fixed date, with or without their measurements), each made once per
    module: the tests only read them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._made: dict[tuple[Path, Path | None], tuple[Canvas, Path, Path]] = {}

    def __call__(self, path: Path, metrics: Path | None = None) -> tuple[Canvas, Path, Path]:
        if (path, metrics) not in self._made:
            out = self.folder / f"{path.stem}-{metrics.stem if metrics else 'alone'}"
            self._made[(path, metrics)] = _build(path, out, metrics)
        return self._made[(path, metrics)]


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Examples:
    return Examples(tmp_path_factory.mktemp("examples"))


def _figures(canvas: Canvas, language: str) -> list[str]:
    shown = [m for m in canvas.metrics if m.origin.read_from is not MetricFrom.LANE]
    texts = [format_value(m, language) for m in shown]  # with the decimals the team wrote ("2,0%")
    texts += [
        format_figure(m.target, m.unit, language, m.kind == "nps", m.target_places)
        for m in shown
        if m.target is not None
    ]
    return texts


@pytest.mark.parametrize(("path", "metrics", "language"), [(WEBSHOP, OCTOBER, "nl"), (HR, None, "en")])
def test_every_figure_is_in_the_poster_and_the_deck(
    path: Path, metrics: Path | None, language: str, examples: Examples
) -> None:
    canvas, pdf, pptx = examples(path, metrics)
    poster, slides = squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))
    figures = _figures(canvas, language)
    assert figures
    for figure in figures:
        assert squeeze(figure) in poster, figure
        assert squeeze(figure) in slides, figure
    words = POSTER_WORDS[language]
    for metric in canvas.metrics:
        if metric.met is not None and metric.origin.read_from is not MetricFrom.LANE:
            verdict = words["met"] if metric.met else words["missed"]
            target = format_figure(
                metric.target or 0, metric.unit, language, metric.kind == "nps", metric.target_places
            )
            # a sentence ("doel 2%: niet gehaald") or a tile (the verdict under the target, beside the figure)
            said = squeeze(f"{words['target']} {target}: {verdict}"), squeeze(f"{words['target']} {target} {verdict}")
            assert any(form in poster for form in said), metric.name.text


def test_the_charts_hold_the_measured_figures_and_targets(examples: Examples) -> None:
    canvas, _, pptx = examples(WEBSHOP, OCTOBER)
    charted: dict[str, tuple[float, float | None]] = {}
    spend: dict[str, float] = {}
    for slide in Presentation(str(pptx)).slides:
        for shape in slide.shapes:
            if not shape.has_chart or shape.chart.chart_type.name != "BAR_CLUSTERED":
                continue
            plot = shape.chart.plots[0]
            categories = list(plot.categories)
            series = list(plot.series)
            if series[0].name in ("Gemeten",):
                targets = list(series[1].values) if len(series) > 1 else [None] * len(categories)
                charted.update(zip(categories, zip(series[0].values, targets)))
            elif series[0].name == "Besteed":
                spend.update(zip(categories, series[0].values))
    # the table of figures, row by row (phase, figure, touchpoint, value, ...)
    table = squeeze(
        "".join(
            cell.text
            for slide in Presentation(str(pptx)).slides
            if title_of(slide).startswith("Gemeten KPI")
            for shape in slide.shapes
            if shape.has_table
            for row in shape.table.rows
            for i, cell in enumerate(row.cells)
            if i in (1, 3)
        )
    )
    for metric in canvas.metrics:
        if metric.origin.read_from is MetricFrom.LANE:
            continue
        where = metric.touchpoint.text if metric.touchpoint else metric.phase
        key = f"{metric.name.text} · {where}"
        if metric.is_cost:
            assert spend[key] == pytest.approx(metric.value)
        elif key not in charted:  # a figure alone in its unit or magnitude: a row of the table, not a chart
            assert squeeze(f"{metric.name.text}{format_value(metric, 'nl')}") in table, key
        else:
            value, target = charted[key]
            assert value == pytest.approx(metric.value)
            assert target == (pytest.approx(metric.target) if metric.target is not None else None)


def _poster_layout(path: Path):  # type: ignore[no-untyped-def]
    kit, fonts = default_kit()
    canvas = read(path)
    width, height = parse_paper("A1")
    spec = PosterSpec(width, height, "nl" if path == WEBSHOP else "en", path.name, DATE)
    return canvas, laid_poster(canvas, kit, fonts, spec)


def _lines(page):  # type: ignore[no-untyped-def]
    return [(line.text, line.x, block.box) for block in page.blocks for line in block.lines]


def test_touchpoints_sit_in_their_phase_column_with_their_state() -> None:
    canvas, layout = _poster_layout(WEBSHOP)
    page = layout.pages[1]  # the companion page: touchpoints and figures under the same phases
    lines = _lines(page)
    columns = {text: box for text, _, box in lines if text in [p.name for p in canvas.journeys[0].phases]}
    assert len(columns) == 5
    for tp in canvas.touchpoints:
        assert tp.name is not None and tp.phase is not None
        hits = [(x, box) for text, x, box in lines if text.startswith(tp.name.text)]
        assert hits, tp.name.text
        x, _ = hits[0]
        column = columns[tp.phase.text]
        assert column.x - 10 <= x <= column.right, (tp.name.text, tp.phase.text)
    # A touchpoint is a card or a line: its parts in order either way (a card drops the dots between them).
    text = squeeze(" ".join(t for t, _, _ in lines)).replace("·", "")
    # "Reel van plantfluencer" is marked not a sales moment and was served today; the abandoned cart was not.
    assert squeeze("Donderdagavond Marketing nu: Ja → ideaal: Ja geen verkoopmoment") in text
    assert squeeze("Verlaten winkelmand Na 4 uur CRM nu: Nee → ideaal: Ja") in text
    pain = default_kit()[0].palette.pain
    assert any(icon.colour == pain and icon.channel == "email" for icon in page.icons)  # not served today


def test_channel_matrix_and_buying_group_rows() -> None:
    canvas, layout = _poster_layout(HR)
    page = layout.pages[1]
    lines = _lines(page)
    text = [t for t, _, _ in lines]
    assert "Channels by phase" in text and "Buying group: involvement by phase" in text
    assert any(t.startswith("Website · €3,500") for t in text)  # the channel's spend beside its name
    assert any(t.startswith("Event · €18,000") for t in text)
    # Pieter Bos (CFO) takes part in "Purchase decision" only: one bar, inside that column.
    phases = {t: box for t, _, box in lines if t in [p.name for p in canvas.journeys[0].phases]}
    label = next(box for t, _, box in lines if t.startswith("Pieter Bos"))
    accent = default_kit()[0].palette.accent
    bars = [r for r in page.rects if r.fill == accent and abs(r.box.y + r.box.h / 2 - (label.y + label.h / 2)) < 20]
    assert len(bars) == 1
    column = phases["Purchase decision"]
    assert column.x - 20 <= bars[0].box.x and bars[0].box.right <= column.right + 20


def test_persona_panel_on_the_poster_and_a_slide_per_persona(examples: Examples) -> None:
    canvas, pdf, pptx = examples(HR)
    poster = squeeze(pdf_text(pdf))
    for persona in canvas.personas:
        assert persona.name is not None
        assert squeeze(f"Goals: {persona.get('goals')}") in poster
    titles = [title_of(s) for s in Presentation(str(pptx)).slides]
    for persona in canvas.personas:
        assert persona.name is not None
        assert f"Persona: {persona.name.text}" in titles
    assert "Buying group: who is involved where" in titles
    assert any(t.endswith("Channels by phase") for t in titles) and any(t.endswith("Budget and return") for t in titles)


def test_budget_shows_return_on_spend(examples: Examples) -> None:
    _, pdf, _ = examples(WEBSHOP)
    poster = squeeze(pdf_text(pdf))
    # Reel: € 4.000 spent, € 9.600 revenue -> a return of 2,4 times.
    assert squeeze("Reel van plantfluencer: Kosten € 4.000 → rendement 2,4×") in poster


def test_figures_fit_when_the_page_is_full() -> None:
    """On a crowded page the added rows move to a companion page rather than push the team's words off."""
    _, layout = _poster_layout(HR)
    assert not [c for c in layout.continued if c.lane in ("Customer process", "Internal process")]
    first, companion = (squeeze(" ".join(t for t, _, _ in _lines(p))) for p in layout.pages[:2])
    assert squeeze("Measured KPIs") not in first and squeeze("Measured KPIs") in companion
    assert "touchpoints,figuresandwhoisinvolved" in companion


def test_a_large_buying_group_stays_on_the_page(tmp_path: Path) -> None:
    """Twelve roles with long profiles: cards shrink to name and role, nothing runs off the page,
    and every word still reaches the PDF (the appendix holds the full profiles)."""
    long = "Wil zekerheid over de integratie met het bestaande ERP-systeem en de planning " * 3
    personas = [[f"Persoon {i}", f"Rol {i}", long, long, long, "E-mail", "Aankoop, Gebruik"] for i in range(12)]
    spec = WorkbookSpec("nl", [JourneySheet(["Oriëntatie", "Aankoop", "Gebruik"], default_lanes())], [], personas)
    path = tmp_path / "groot.xlsx"
    write_workbook(spec, path)
    kit, fonts = default_kit()
    canvas = read(path)
    width, height = parse_paper("A3")
    layout = laid_poster(canvas, kit, fonts, PosterSpec(width, height, "nl", path.name, DATE))
    for page in layout.pages:
        for block in page.blocks:
            for line in block.lines:
                assert 0 <= line.y <= height, (line.text, line.y)
        for rect in page.rects:
            assert rect.box.bottom <= height + 0.01 or rect.bleeds
    first = " ".join(line.text for block in layout.pages[0].blocks for line in block.lines)
    assert "Persoon 11" in first or "Persoon 0" in first  # the panel or the roles are on the map
    options = BuildOptions(tmp_path, (width, height), PrintOptions(), None, DATE)
    pdf = run(path, options, canvas=canvas).pdf
    text = squeeze(pdf_text(pdf))
    assert all(squeeze(item.text) in text for item in canvas.texts())


def test_budget_per_channel_ranks_media_by_return(examples: Examples) -> None:
    canvas = read(WEBSHOP)
    table = channel_budget_table(canvas, "nl")
    assert table is not None
    header, rows = table
    assert header == ["Kanaal", "Besteed", "Omzet", "Rendement"]
    # E-mail: € 600 + € 350 brought in € 3.200; Instagram's reel € 4.000 for € 9.600; the app nothing known.
    assert rows == [
        ["E-mail", "€ 950", "€ 3.200", "3,37×"],
        ["Social media", "€ 4.000", "€ 9.600", "2,4×"],
        ["App", "€ 1.500", "–", "–"],
    ]
    _, _, pptx = examples(WEBSHOP)
    # round 22 (#31): the per-channel table joins the budget's table on its slide, no slide of three rows
    slides = {title_of(s): s for s in Presentation(str(pptx)).slides}
    assert not [title for title in slides if "per kanaal" in title]
    heads = [[c.text for c in sh.table.rows[0].cells] for sh in slides["Budget en rendement"].shapes if sh.has_table]
    assert ["Kanaal", "Besteed", "Omzet", "Rendement"] in heads and len(heads) == 2
    assert squeeze("E-mail € 950 € 3.200 3,37×") in squeeze(slide_text(pptx))


def test_each_chart_embeds_a_workbook_with_its_figures(examples: Examples) -> None:
    """PowerPoint's "Edit data" opens the chart's own workbook: it holds the same figures."""
    import io

    import openpyxl

    _, _, pptx = examples(WEBSHOP)
    charts = [shape.chart for s in Presentation(str(pptx)).slides for shape in s.shapes if shape.has_chart]
    assert len(charts) >= 4
    for chart in charts:
        blob = chart.part.chart_workbook.xlsx_part.blob
        sheet = openpyxl.load_workbook(io.BytesIO(blob)).active
        assert sheet is not None
        plot = chart.plots[0]
        assert [sheet.cell(r, 1).value for r in range(2, 2 + len(plot.categories))] == list(plot.categories)
        for column, series in enumerate(plot.series, start=2):
            assert sheet.cell(1, column).value == series.name
            cells = [sheet.cell(r, column).value for r in range(2, 2 + len(plot.categories))]
            assert cells == pytest.approx(list(series.values))


def test_a_measured_row_replaces_only_its_own_figure_of_the_kpi_lane(tmp_path: Path) -> None:
    """A Metingen row for one phase and metric never hides the KPI lane's other figures (other phases,
    other metrics): only the same phase, touchpoint and metric may be replaced."""
    from canvasgen.analysis.view import shown_metrics
    from tests.support.workbooks import make_book

    book = make_book(
        tmp_path / "kpi.xlsx",
        {
            "Reis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aanvraag",
                "D1": "Levering",
                "E1": "Service",
                "A2": "Klantproces",
                "B2": "Ziet flyer",
                "C2": "Vraagt aan",
                "D2": "Haalt op",
                "E2": "Belt",
                "A3": "KPI",
                "B3": "CTR 3,1% (doel 4%)",
                "C3": "Conversie 42% (doel 50%)",
                "D3": "NPS +48 (doel 40)",
                "E3": "Retentie bij verlenging 61% (doel 75%)",
            },
            "Metingen": {
                "A1": "Fase",
                "B1": "Metriek",
                "C1": "Waarde",
                "D1": "Doel",
                "A2": "Oriëntatie",
                "B2": "CTR",
                "C2": "3,3%",
                "D2": "4%",
            },
        },
    )
    canvas = read(book)
    shown = {(m.name.text, m.value) for m in shown_metrics(canvas.journeys[0], canvas)}
    assert shown == {("CTR", 3.3), ("Conversie", 42), ("NPS", 48), ("Retentie bij verlenging", 61)}
    out = tmp_path / "out"
    _, _, pptx = _build(book, out)
    charted = [
        c
        for s in Presentation(str(pptx)).slides
        for sh in s.shapes
        if sh.has_chart
        for c in sh.chart.plots[0].categories
    ]
    assert any("Retentie bij verlenging" in str(c) for c in charted)
    assert not any(str(c).startswith("CTR") and "3,1" in str(c) for c in charted)


def test_a_touchpoint_of_a_phase_not_on_the_canvas_is_kept_and_said_with_its_cell(tmp_path: Path) -> None:
    """N8: a Contactmomenten row naming "Aanvraag" (the client's name for a blank column) left the map
    silently; it is kept beside the map and said, with the phase without a name it may mean."""
    from tests.support.workbooks import make_book

    book = make_book(
        tmp_path / "reis.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "D1": "Levering",
                "A2": "Klantproces",
                "B2": "Ziet flyer",
                "C2": "Vraagt aan",
                "D2": "Haalt op",
                "A3": "Intern proces",
                "B3": "a",
                "C3": "b",
                "D3": "c",
            },
            "Contactmomenten": {
                "A1": "Fase",
                "B1": "Contactmoment",
                "C1": "Kanaal",
                "A2": "Oriëntatie",
                "B2": "Flyer in de kantine",
                "C2": "Print",
                "A3": "Aanvraag",
                "B3": "Statusmail aanvraag",
                "C3": "E-mail",
            },
        },
    )
    canvas = read(book)
    said = [str(w).replace(f"{tmp_path}/", "") for w in canvas.warnings]
    assert (
        "reis.xlsx: Contactmomenten!A3: touchpoint 'Statusmail aanvraag' names the phase 'Aanvraag', which is not on "
        "the canvas (its phases: Oriëntatie, Fase 2, Levering): kept with the touchpoints beside the map, not on "
        "it; the canvas has a phase without a name ('Fase 2'): if it is 'Aanvraag', write that name over it"
    ) in said
    assert [p.name for p in canvas.journeys[0].phases] == ["Oriëntatie", "Fase 2", "Levering"]  # no phase invented
    _, pdf, pptx = _build(book, tmp_path / "out")
    assert squeeze("Statusmail aanvraag") in squeeze(pdf_text(pdf))
    assert squeeze("Statusmail aanvraag") in squeeze(slide_text(pptx))


def test_kpis_in_days_hours_minutes_and_weeks_are_durations_and_a_kpi_text_not_read_is_said(tmp_path: Path) -> None:
    """N14: "Doorlooptijd aanvraag 14 dagen (doel 5)" and "Wachttijd telefoon 4 min (doel 2 min)" were not
    read as figures, and nothing said so."""
    from tests.support.workbooks import make_book

    book = make_book(
        tmp_path / "kpi.xlsx",
        {
            "Reis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aanvraag",
                "D1": "Levering",
                "E1": "Service",
                "A2": "Klantproces",
                "B2": "Ziet flyer",
                "C2": "Vraagt aan",
                "D2": "Haalt op",
                "E2": "Belt",
                "A3": "KPI",
                "B3": "Levertijd 2 wk (doel 1 week)",
                "C3": "Doorlooptijd aanvraag 14 dagen (doel 5)",
                "D3": "Bereik ongeveer 2-3 keer per week",
                "E3": "Wachttijd telefoon 4 min (doel 2 min)",
            }
        },
    )
    canvas = read(book)
    figures = {m.name.text: (m.value, m.unit, m.target, m.met) for m in canvas.metrics}
    assert figures == {
        "Levertijd": (2, "wk", 1, False),
        "Doorlooptijd aanvraag": (14, "d", 5, False),
        "Wachttijd telefoon": (4, "min", 2, False),
    }
    said = [str(w).replace(f"{tmp_path}/", "") for w in canvas.warnings]
    assert any(
        w.startswith(
            "kpi.xlsx: Reis!D3: 'Bereik ongeveer 2-3 keer per week' in the KPI lane was not read as "
            "a figure (it stays text on the poster)"
        )
        for w in said
    )
    _, pdf, pptx = _build(book, tmp_path / "out")
    assert squeeze("14 dagen") in squeeze(pdf_text(pdf)) and squeeze("4 min") in squeeze(slide_text(pptx))
    titles = [title_of(slide) for slide in Presentation(str(pptx)).slides]
    # each duration is alone in its unit: a row of the table of figures with its unit, not a chart of one bar
    assert "Gemeten KPI's" in titles and not any(t.endswith(("(dagen)", "(weken)")) for t in titles)
    table = squeeze(slide_text(pptx).partition("Gemeten KPI's")[2])
    assert all(squeeze(said) in table for said in ("14 dagen", "2 wk", "4 min"))  # as the team wrote them
