"""The poster's comparison page: the curves of journeys over the same phases laid over each other,
each labelled and told apart by colour, line style and marker (a greyscale print keeps two apart)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from canvasgen.cli import main
from canvasgen.layout.boxes import Page, PosterLayout
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.layout.text.setter import Setter
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, assert_inside, default_kit, laid_deck, laid_poster
from tests.support.read_back import squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, make_book, two_personas


def _layout(path: Path, size: str = "A1") -> PosterLayout:
    kit, fonts = default_kit()
    width, height = parse_paper(size)
    return laid_poster(read_canvas(path), kit, fonts, PosterSpec(width, height, "nl", path.name, DATE))


def _compare_pages(layout: PosterLayout) -> list[Page]:
    return [p for p in layout.pages if any(b.lines and b.lines[0].text == "EMOTIECURVES VERGELEKEN" for b in p.blocks)]


@pytest.mark.parametrize("size", ["A1", "A3"])
def test_two_personas_get_their_curves_on_one_page(tmp_path: Path, size: str) -> None:
    scores = ([1, -1, 2], [0, -2, 1])
    layout = _layout(two_personas(tmp_path / "personas.xlsx", scores), size)
    (page,) = _compare_pages(layout)
    (figure,) = page.figures
    curves = [page.strokes[i] for i in figure.strokes if len(page.strokes[i].points) == 3]
    assert len(curves) == 2
    # the same phases, so the same x; each curve's points ordered as its scores (y down on the page)
    assert [x for x, _ in curves[0].points] == [x for x, _ in curves[1].points]
    for curve, values in zip(curves, scores):
        ys = [y for _, y in curve.points]
        assert sorted(range(3), key=lambda i: ys[i]) == sorted(range(3), key=lambda i: -values[i])
    # told apart without colour: a line style and a marker each
    assert curves[0].dash != curves[1].dash
    markers = {page.dots[i].shape for i in figure.dots}
    assert len(markers) == 2
    # labelled: each name in the key, with what its curve shows in words; the figure says it too
    texts = [line.text for block in page.blocks for line in block.lines]
    assert "Noor" in texts and "Daan" in texts
    assert "Noor:" in figure.alt and "Daan:" in figure.alt and "'Afweging'" in figure.alt
    assert min(line.size for block in page.blocks for line in block.lines) >= layout.min_size - 1e-6
    assert_inside(layout)


def test_journeys_over_other_phases_or_a_single_journey_get_no_comparison_page(tmp_path: Path) -> None:
    sheets = {
        name: {
            "A1": "Fase",
            "B1": first,
            "C1": "Actie",
            "A2": "Klantproces",
            "B2": "Ziet",
            "C2": "Koopt",
            "A3": "Ervaringsscore (-2 t/m +2)",
            "B3": 1,
            "C3": -1,
        }
        for name, first in (("Noor", "Aandacht"), ("Daan", "Oriëntatie"))
    }
    assert _compare_pages(_layout(make_book(tmp_path / "other.xlsx", sheets))) == []
    assert _compare_pages(_layout(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")) == []


def test_gaps_lays_ideal_and_current_over_each_other_on_the_poster(tmp_path: Path) -> None:
    ideal, current = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx", CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    result = CliRunner().invoke(main, ["gaps", str(ideal), str(current), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    pages = [
        squeeze(page.extract_text()).casefold()
        for page in PdfReader(tmp_path / "voorbeeld-zonnepanelen-b2c-gaps.pdf").pages
    ]
    compared = [text for text in pages if "emotiecurvesvergeleken" in text]
    assert len(compared) == 1 and "ideaal" in compared[0] and "huidig" in compared[0]


def test_a_phase_without_a_score_leaves_the_curve_open_and_its_reading_compares_neighbours(tmp_path: Path) -> None:
    layout = _layout(two_personas(tmp_path / "personas.xlsx", ([2, None, -1], [0, -1, -2])))
    (page,) = _compare_pages(layout)
    (figure,) = page.figures
    noor = sorted(page.dots[i].x for i in figure.dots if page.dots[i].shape == "circle")  # the first curve's
    assert len(noor) == 2  # Aandacht and Actie; Afweging has no score
    ink = next(page.dots[i].fill for i in figure.dots if page.dots[i].shape == "circle")
    drawn = [page.strokes[i] for i in figure.strokes if page.strokes[i].colour == ink]
    assert not any({noor[0], noor[1]} <= {x for x, _ in stroke.points} for stroke in drawn)  # no line over the gap
    daan = [page.strokes[i] for i in figure.strokes if len(page.strokes[i].points) == 3]
    assert len(daan) == 1  # the curve scored in every phase is drawn whole
    assert "'Aandacht' to 'Actie'" not in figure.alt
    assert "van +2 naar -1); daartussen heeft 'Afweging' geen score" in figure.alt.replace("−", "-")


@pytest.mark.parametrize("count", [6, 10])
def test_every_curve_of_a_buying_group_is_told_apart_on_poster_and_deck(tmp_path: Path, count: int) -> None:
    """Round 21 (F5): six journeys (a buying group of three, ideal and current) drew the first and the sixth
    curve in the same colour, line and marker. Up to ten curves, no two share colour and marker, nor line
    and marker (a greyscale print), on the poster and in the deck's chart alike."""
    names = [f"Lid {chr(65 + i)}" for i in range(count)]
    sheets = {
        name: {
            "A1": "Fase",
            "B1": "Aandacht",
            "C1": "Afweging",
            "D1": "Actie",
            "A2": "Klantproces",
            "B2": f"{name} leest",
            "C2": "Vergelijkt",
            "D2": "Koopt",
            "A3": "Ervaringsscore (-2 t/m +2)",
            "B3": i % 5 - 2,
            "C3": (i + 2) % 5 - 2,
            "D3": 1,
        }
        for i, name in enumerate(names)
    }
    path = make_book(tmp_path / "inkoopgroep.xlsx", sheets)
    layout = _layout(path)
    (page,) = _compare_pages(layout)
    (figure,) = page.figures
    curves = [page.strokes[i] for i in figure.strokes if len(page.strokes[i].points) == 3]
    dots = [page.dots[i] for i in figure.dots]
    assert len(curves) == count and len(dots) == 3 * count
    drawn = [(curve.colour, curve.dash, dots[3 * i].shape) for i, curve in enumerate(curves)]
    assert all(dots[3 * i + k].shape == dots[3 * i].shape for i in range(count) for k in range(3))
    assert len({(colour, shape) for colour, _, shape in drawn}) == count, drawn
    assert len({(dash, shape) for _, dash, shape in drawn}) == count, drawn

    kit, fonts = default_kit()
    deck = laid_deck(read_canvas(path), kit, Setter(fonts), (960.0, 540.0), "nl")
    charts = [s.chart for s in deck.slides if s.chart is not None and len(getattr(s.chart, "lines", ())) == count]
    assert charts, "the deck compares the curves in one chart"
    lines = charts[0].lines  # type: ignore[attr-defined]
    assert len({(line.colour, line.marker) for line in lines}) == count
    assert len({(line.dash, line.marker) for line in lines}) == count


def test_a_buying_groups_poster_and_deck_are_named_by_the_words_their_journeys_share(tmp_path: Path) -> None:
    """Round 21 (F4): a workbook of a buying group's journeys (each sheet titled "Koopreis partner –
    accountantskantoor (ideaal)" and so on) titled its comparison page with canvasgen's "Klantreiscanvas" and its
    deck's first slide with the first journey's title: both now say the words the titles share."""
    sheets = {}
    for member, scenario in (("partner", "ideaal"), ("partner", "huidig"), ("office manager", "ideaal")):
        sheets[f"{member} {scenario}"] = {
            "A1": f"Koopreis {member} – accountantskantoor ({scenario})",
            "A2": "Klant",
            "B2": "BoekhoudWolk B.V.",
            "A4": "Fase",
            "B4": "Oriëntatie",
            "C4": "Evaluatie",
            "D4": "Aankoop",
            "A5": "Klantproces",
            "B5": "Leest een blog",
            "C5": "Vraagt een demo",
            "D5": "Tekent",
            "A6": "Ervaringsscore (-2 t/m +2)",
            "B6": 1,
            "C6": -1,
            "D6": 2 if scenario == "ideaal" else 0,
        }
    path = make_book(tmp_path / "koopreis.xlsx", sheets)
    (page,) = _compare_pages(_layout(path))
    texts = [line.text for block in page.blocks for line in block.lines]
    assert "Koopreis – accountantskantoor" in texts and "Klantreiscanvas" not in texts, texts
    kit, fonts = default_kit()
    deck = laid_deck(read_canvas(path), kit, Setter(fonts), (960.0, 540.0), "nl")
    first = deck.slides[0]
    shown = [para.text for frame in first.frames for para in frame.paras]
    assert first.title == "Koopreis – accountantskantoor", shown
    assert "Koopreis partner – accountantskantoor (ideaal)" in shown  # its first journey's name, above the title
