"""The "measured against target" charts (#31 item 7): no chart of a lone figure (the HR deck's NPS was one
bar filling a slide), no figures of very different magnitude on one axis (its €84,000 average deal on the
€1.4M axis of a revenue); every figure still in the table of figures. Read back from the PPTX's charts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pptx import Presentation

from canvasgen.layout.deck.tables import MAGNITUDE
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import Built, canvas_of, deck_fonts, default_kit, laid_deck
from tests.support.read_back import shape_texts, squeeze, title_of
from tests.support.workbooks import CANVASES, EXAMPLES, Cells, make_book

HR = CANVASES / "example-hr-software-b2b.xlsx"


def _charts(pptx: object) -> list[tuple[str, list[str], list[list[float | None]]]]:
    """Each bar chart of figures against target: its slide's title, categories and series' values."""
    found = []
    for slide in Presentation(str(pptx)).slides:
        for shape in slide.shapes:
            if shape.has_chart and shape.chart.chart_type.name == "BAR_CLUSTERED":
                plot = shape.chart.plots[0]
                found.append((title_of(slide), list(plot.categories), [list(s.values) for s in plot.series]))
    return found


def _kpi_charts(pptx: object) -> list[tuple[str, list[str], list[list[float | None]]]]:
    return [c for c in _charts(pptx) if not c[0].startswith(("Budget", "Kosten"))]


def test_no_lone_figure_and_no_mixed_magnitudes_on_a_chart(built: Built) -> None:
    for path in EXAMPLES:
        for title, categories, series in _kpi_charts(built.deck(path)):
            assert len(categories) >= 2, (path.name, title, categories)
            sizes = [max(abs(v or 0.0) for v in point) for point in zip(*series)]
            assert max(sizes) <= MAGNITUDE * min(sizes), (path.name, title, categories, sizes)


def test_no_two_chart_slides_of_one_deck_share_a_title(built: Built) -> None:
    """The webshop's percentages of very different sizes were charted apart on two slides both titled
    "Gemeten tegen doel (%)": the second goes on, "(vervolg)"."""
    titled = 0
    for path in EXAMPLES:
        titles = [title for title, _, _ in _kpi_charts(built.deck(path))]
        assert len(titles) == len(set(titles)), (path.name, titles)
        titled += sum(1 for t in titles if t.endswith("(vervolg)"))
    assert titled  # an example has a unit charted on two slides


def test_the_hr_decks_figures_are_charted_where_they_read_and_all_in_the_table(built: Built) -> None:
    pptx = built.deck(HR)
    charts = _kpi_charts(pptx)
    charted = {category for _, categories, _ in charts for category in categories}
    assert not any(c.startswith("NPS") for c in charted)  # one net promoter score: a table row, not a chart
    assert not ({"average deal · Purchase decision", "Revenue · Purchase decision"} <= charted)
    assert any("(%)" in title for title, _, _ in charts)
    table = "".join(
        squeeze(text)
        for slide in Presentation(str(pptx)).slides
        if "Measured KPIs" in title_of(slide)
        for shape in slide.shapes
        for text in shape_texts(shape)
    )
    for metric in canvas_of(HR).metrics:
        if not metric.is_cost:
            assert squeeze(metric.name.text) in table, metric.name.text


def test_a_figure_no_chart_holds_is_said_under_a_chart_never_left_out(tmp_path: Path) -> None:
    """The HR deck's count chart held two missed counts and said nothing of the third, met one (Downloads
    1,240 / 1,000, ten times their size): the deck told the client every count was missed (F22). A figure
    alone in its unit or magnitude is named, with value, target and result, under a chart of its unit."""
    canvas_cells: Cells = {
        "A1": "Phase",
        "B1": "Orientation",
        "C1": "Purchase",
        "A2": "Customer actions",
        "B2": "Reads a report",
        "C2": "Signs the contract",
    }
    metric_cells: Cells = {"A1": "Phase", "B1": "Metric", "C1": "Value", "D1": "Target"}
    figures = [
        ("Orientation", "Registrations", 240, 300),
        ("Orientation", "Sign-ups", 38, 50),
        ("Orientation", "Downloads", 12400, 10000),
        ("Purchase", "Win rate", "28%", "30%"),
        ("Purchase", "Close rate", "45%", "40%"),
        ("Purchase", "NPS", "+41", "+35"),
    ]
    for row, figure in enumerate(figures, start=2):
        for column, value in zip("ABCD", figure, strict=True):
            metric_cells[f"{column}{row}"] = value
    canvas = canvas_of(make_book(tmp_path / "figures.xlsx", {"Journey": canvas_cells, "Metrics": metric_cells}))
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "en")
    charts = [slide for slide in deck.slides if slide.bars is not None and slide.kind == "kpi_chart"]
    assert charts
    charted = {category.split(" · ")[0] for slide in charts for category in slide.bars.categories}  # type: ignore[union-attr]
    said = {slide.title: " ".join(p.text for frame in slide.frames for p in frame.paras) for slide in charts}
    for metric in canvas.metrics:
        name = metric.name.text
        assert name in charted or any(name in text for text in said.values()), (name, charted, said)
    counts = next(text for title, text in said.items() if "(#)" in title)
    # said as a client reads it (F10), not as the tool's "Not in a chart, the only figure of its unit or size"
    assert "Downloads" not in charted and "Also measured: Downloads (Orientation) 12,400 — target 10,000, met" in counts
    assert "NPS" not in charted and "NPS (Purchase) +41 — target +35, met" in " ".join(said.values())
    assert "table of figures" not in " ".join(said.values())


def test_figures_without_any_target_are_not_titled_against_target(tmp_path: Path) -> None:
    """F23: "Gemeten tegen doel (%)" over bars of which none has a target; titled "Gemeten (%)", one series."""
    canvas_cells: Cells = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "A2": "Klantproces"}
    canvas_cells |= {"B2": "Leest een artikel", "C2": "Bestelt"}
    metric_cells: Cells = {"A1": "Fase", "B1": "KPI", "C1": "Waarde", "D1": "Doel"}
    figures = [
        ("Oriëntatie", "Doorklik", "3,1%", None),
        ("Aankoop", "Conversie", "2,4%", None),
        ("Aankoop", "Gemiddelde order", "€ 52", "€ 60"),
        ("Oriëntatie", "Omzet per bezoek", "€ 48", "€ 50"),
    ]
    for row, figure in enumerate(figures, start=2):
        for column, value in zip("ABCD", figure, strict=True):
            if value is not None:
                metric_cells[f"{column}{row}"] = value
    canvas = canvas_of(make_book(tmp_path / "cijfers.xlsx", {"Klantreis": canvas_cells, "Metingen": metric_cells}))
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    charts = {slide.title: slide.bars for slide in deck.slides if slide.bars is not None and slide.kind == "kpi_chart"}
    assert set(charts) == {"Gemeten (%)", "Gemeten tegen doel (€)"}  # no target in %: not "against target"
    assert len(charts["Gemeten (%)"].series) == 1 and len(charts["Gemeten tegen doel (€)"].series) == 2  # type: ignore[union-attr]


def test_a_budget_slide_without_a_return_column_is_not_titled_return(built: Built) -> None:
    """F7: the HR deck's "Budget and return: per channel" showed Channel and Spend only (no channel's revenue
    known, its columns of dashes left out): titled "Budget per channel"; "and return" only over a return."""
    titled: dict[str, list[list[str]]] = {}
    for slide in Presentation(str(built.deck(HR))).slides:
        for shape in slide.shapes:
            if shape.has_table:
                titled.setdefault(title_of(slide), []).append([cell.text for cell in shape.table.rows[0].cells])
    # round 22: the per-channel table stands beside the budget's chart, on the slide of the budget's table
    channels = [title for title, heads in titled.items() if ["Channel", "Spend"] in heads]
    assert channels, titled
    for title, heads in titled.items():
        if "return" in title.lower():  # over the budget's table, which shows what it brought in
            assert any("Brings in" in head or "Return" in head for head in heads), (title, heads)


def test_the_decks_own_money_is_written_one_way(built: Built) -> None:
    """F8: chart labels "€ 3,500", tables "€84,000" in one English deck. The deck's own figures (tables, bar
    labels) write money the one way of the deck's language ("€3,500" in English); the client's words stay theirs:
    a figure the team wrote in a text ("Win rate; average deal € 84.000") is printed as written, not counted."""
    workbook = openpyxl.load_workbook(HR, read_only=True)
    team = [
        squeeze(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)
    ]
    written: set[str] = set()
    for slide in Presentation(str(built.deck(HR))).slides:
        for shape in slide.shapes:
            texts = [cell.text for row in shape.table.rows for cell in row.cells] if shape.has_table else []
            if shape.has_chart:
                for series in shape.chart.plots[0].series:
                    labels = [series.points[i].data_label for i in range(len(list(series.values)))]
                    texts += [label.text_frame.text for label in labels if label.has_text_frame]
            ours = [text for text in texts if not any(squeeze(text) in words for words in team)]
            written |= {
                "space" if " " in found or "\xa0" in found or "\u202f" in found else "none" for found in _money(ours)
            }
    assert written == {"none"}


def _money(texts: list[str]) -> list[str]:
    return [text[at : at + 3] for text in texts for at in range(len(text)) if text.startswith("€", at)]
