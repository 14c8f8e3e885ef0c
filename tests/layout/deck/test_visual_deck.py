"""The visual deck: a phase strip on every phase slide, the journey at a glance as a picture, pain points
and opportunities as cards, workshop prompts where the canvas is empty, curves compared in one chart."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from canvasgen.cli import main
from canvasgen.words import DECK_WORDS
from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import CANVASES, EXAMPLES, make_book, two_personas


def _deck(path: Path, out: Path) -> Path:
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--no-pdf"])
    assert result.exit_code == 0, result.output
    return out / f"{path.stem}.pptx"


def _texts(slide) -> list[str]:  # type: ignore[no-untyped-def]
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_phase_slide_shows_where_in_the_journey_it_is(path: Path, built: Built) -> None:
    prs = Presentation(str(built.deck(path)))
    phase_slides = [s for s in prs.slides if re.search(r"\b\d+/\d+ · ", title_of(s))]
    assert phase_slides
    for slide in phase_slides:
        number, total = map(int, re.search(r"(\d+)/(\d+) · ", title_of(slide)).groups())  # type: ignore[union-attr]
        tabs = [shape for shape in slide.shapes if shape.name.startswith("phase strip ")]
        assert len(tabs) == total, title_of(slide)
        current = [shape for shape in tabs if shape.name.endswith(" current")]
        assert [shape.name for shape in current] == [f"phase strip {number} current"]
        name = title_of(slide).split(f"{number}/{total} · ", 1)[1].removesuffix(f" ({DECK_WORDS['nl']['continued']})")
        name = name.removesuffix(f" ({DECK_WORDS['en']['continued']})")
        assert current[0].text_frame.text in (f"{number} {name}", str(number))
        fills = {shape.fill.fore_color.rgb for shape in tabs}
        assert len(fills) == 2  # the current phase in its colour, the others alike


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_no_slide_says_nothing_is_filled_in(path: Path, built: Built) -> None:
    prs = Presentation(str(built.deck(path)))
    nothing = {"Nog niets ingevuld.", "Nothing filled in yet."}  # what empty slides used to say
    for slide in prs.slides:
        assert not nothing & set(_texts(slide)), title_of(slide)


def test_two_journeys_get_one_chart_with_a_series_each_told_apart_in_greyscale(tmp_path: Path) -> None:
    pptx = _deck(two_personas(tmp_path / "personas.xlsx", ([1, -1, 2], [0, -2, 1])), tmp_path / "out")
    prs = Presentation(str(pptx))
    compared = [s for s in prs.slides if title_of(s) == DECK_WORDS["nl"]["compare"]]
    assert len(compared) == 1
    (chart,) = [shape.chart for shape in compared[0].shapes if shape.has_chart]
    assert [series.name for series in chart.plots[0].series] == ["Noor", "Daan"]
    assert [list(series.values) for series in chart.plots[0].series] == [[1, -1, 2], [0, -2, 1]]
    assert chart.has_legend
    xml = chart._chartSpace.xml
    dashes = re.findall(r'<a:prstDash val="(\w+)"/>', xml)
    markers = re.findall(r'<c:symbol val="(\w+)"/>', xml)
    assert len(set(dashes)) == 2 and len(set(markers)) == 2  # not by colour alone
    notes = compared[0].notes_slide.notes_text_frame.text
    assert "Noor: De klant beleeft 'Afweging' het slechtst (-1) en 'Actie' het best (+2)." in notes


def test_pain_points_are_cards_and_an_empty_side_is_a_prompt(tmp_path: Path) -> None:
    pptx = _deck(two_personas(tmp_path / "personas.xlsx", ([1, -1, 2], [0, -2, 1])), tmp_path / "out")
    prs = Presentation(str(pptx))
    pains = [s for s in prs.slides if title_of(s).endswith(DECK_WORDS["nl"]["pains_title"])]
    assert len(pains) == 2  # one per journey, each naming its persona (F27)
    cards = [shape for shape in pains[0].shapes if shape.name == "card"]
    assert [card.text_frame.text for card in cards] == ["Afweging\nNoor vindt de prijs onduidelijk"]
    prompts = [shape for shape in pains[0].shapes if shape.name.endswith(" prompt")]
    assert [p.text_frame.text for p in prompts] == [DECK_WORDS["nl"]["prompt_opportunities"]]


def test_the_journey_at_a_glance_is_a_picture_with_the_curve_under_the_phases(built: Built) -> None:
    prs = Presentation(str(built.deck(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")))
    (glance,) = [s for s in prs.slides if title_of(s) == DECK_WORDS["nl"]["overview"]]
    assert not any(shape.has_table for shape in glance.shapes)
    heads = [shape for shape in glance.shapes if shape.name.startswith("glance phase ")]
    assert [h.text_frame.text for h in heads] == ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"]
    (chart_shape,) = [shape for shape in glance.shapes if shape.has_chart]
    assert (
        chart_shape.left == heads[0].left and chart_shape.left + chart_shape.width == heads[-1].left + heads[-1].width
    )
    xml = chart_shape.chart._chartSpace.xml
    assert '<c:x val="0"/>' in xml and '<c:w val="1"/>' in xml  # the plot spans the columns
    (lane,) = [shape for shape in glance.shapes if shape.name == "glance lane 1"]
    assert lane.text_frame.text == "Klantproces"  # a strip over the columns, the label said once
    items = [shape for shape in glance.shapes if shape.name == "glance items 1"]
    assert items[0].text_frame.text.startswith("Ziet een Reel van een ‘plantfluencer’")


def test_the_curve_slide_says_in_words_what_the_curve_shows(built: Built) -> None:
    prs = Presentation(str(built.deck(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")))
    (curve,) = [s for s in prs.slides if title_of(s) == DECK_WORDS["nl"]["curve"]]
    notes = curve.notes_slide.notes_text_frame.text
    assert "De klant beleeft 'Afweging' het slechtst (-1) en 'Advocaat' het best (+2)." in notes
    assert "De grootste daling zit tussen 'Aandacht' en 'Afweging' (van +1 naar -1)." in notes


def test_scores_on_a_scale_round_zero_keep_their_sign_everywhere(tmp_path: Path) -> None:
    """The ideal journey scores only 1 and 2 on -2..+2: its curve is read "(+1)", "(+2)", as the current
    one's and the poster's are, and its phase slides say "+2", not "2"."""
    prs = Presentation(str(_deck(CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx", tmp_path)))
    (curve,) = [s for s in prs.slides if title_of(s) == DECK_WORDS["nl"]["curve"]]
    notes = curve.notes_slide.notes_text_frame.text
    # +1 is no bad score, and every phase that ties is named
    tied = "'Bewustwording', 'Interesse' en 'Overweging' het minst goed (+1) en 'Aankoop' en 'Service & loyaliteit'"
    assert f"De klant beleeft {tied} het best (+2)." in notes, notes
    assert not re.search(r"\((\d)", notes)  # no score written without its sign
    texts = [sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame]
    scores = [line for text in texts for line in text.splitlines() if line.startswith("Ervaringsscore")]
    assert len(scores) == 5 and all(re.fullmatch(r".*\): \+[12]", line) for line in scores), scores


def test_chart_xml_names_only_standard_fonts(tmp_path: Path) -> None:
    pptx = _deck(two_personas(tmp_path / "p.xlsx", ([1, 0, 2], [0, -2, 1]), pains=False), tmp_path / "out")
    with zipfile.ZipFile(pptx) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("ppt/charts/chart")]
    assert charts and all('typeface="Calibri"' in c for c in charts)


def test_gaps_shows_ideal_and_current_on_one_chart(tmp_path: Path) -> None:
    ideal, current = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx", CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    result = CliRunner().invoke(main, ["gaps", str(ideal), str(current), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    prs = Presentation(str(tmp_path / "voorbeeld-zonnepanelen-b2c-gaps.pptx"))
    charts = [shape.chart for s in prs.slides for shape in s.shapes if shape.has_chart]
    both = [c for c in charts if len(c.plots[0].series) == 2]
    assert len(both) == 1
    series = both[0].plots[0].series
    # in build's order (the current journey first, its line style the same in both documents: new user F9)
    assert [s.name for s in series] == ["Huidig", "Ideaal"]
    assert list(series[0].values) == [0, -1, 0, 1, 1]  # the current journey's own curve


def test_a_map_of_scores_only_gets_the_curve_over_the_whole_glance(tmp_path: Path) -> None:
    book = make_book(
        tmp_path / "scores.xlsx",
        {
            "Hoja 1": {
                "A1": "Etapa",
                "B1": "Conocernos en redes sociales",
                "C1": "Compra del producto por internet",
                "D1": "Uso",
                "A2": "Score",
                "B2": 9,
                "C2": 3,
                "D2": 7,
            }
        },
    )
    prs = Presentation(str(_deck(book, tmp_path / "out")))
    glance = [s for s in prs.slides if any(sh.name.startswith("glance phase ") for sh in s.shapes)]
    assert len(glance) == 1
    assert not [sh for sh in glance[0].shapes if sh.name.startswith("glance items")]  # no empty frames
    (chart,) = [sh for sh in glance[0].shapes if sh.has_chart]
    assert chart.top + chart.height > prs.slide_height * 0.9  # the curve takes the slide
    strip = [sh for s in prs.slides for sh in s.shapes if sh.name == "phase strip 2 current"]
    assert [sh.text_frame.text for sh in strip] == ["2 Compra del producto por internet"]  # the name, not just "2"


def test_the_title_slide_has_the_kicker_the_title_and_a_ribbon_of_the_phases(built: Built) -> None:
    pptx = built.deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    title = Presentation(str(pptx)).slides[0]
    shapes = {shape.name: shape for shape in title.shapes}
    assert shapes["kicker"].text_frame.text == "Klantreiscanvas"  # the sheet's words, as written
    assert shapes["kicker"].top < shapes["title"].top < shapes["meta"].top
    ribbon = sorted((s for s in title.shapes if s.name.startswith("ribbon ")), key=lambda s: s.left)
    phases = ["Bewustwording", "Interesse", "Overweging", "Aankoop", "Service & loyaliteit"]
    assert [s.text_frame.text for s in ribbon] == [f"{i}  {name}" for i, name in enumerate(phases, start=1)]
    # each tile in its phase colour, the ribbon under the metadata, tiles side by side on one row
    fills = [str(s.fill.fore_color.rgb) for s in ribbon]
    assert len(set(fills)) == len(phases)
    assert all(s.top == ribbon[0].top and s.top > shapes["meta"].top for s in ribbon)
    assert all(a.left + a.width < b.left for a, b in itertools.pairwise(ribbon))


@pytest.mark.parametrize("too_long", [False, True])
def test_the_ribbon_names_every_phase_at_one_size(tmp_path: Path, too_long: bool) -> None:
    """Seven phases of a real export, two of their names a line too long for their tiles at 14 pt: those
    two tiles said only "2" and "4" beside "3  Evaluación del hogar". The ribbon is set at the size at
    which every name fits, one size for all its tiles. A name too long even at the least size is its
    number, and the size is searched over the others: it sent every tile back to 14 pt, "2" and "4" again."""
    phases = [
        "Conocernos en redes sociales",
        "Visita a la página de internet",
        "Evaluación del hogar",
        "Compra del producto por internet",
        "Instalación en casa",
        "Uso del agua",
        "Mantenimiento y " + "reparación de la instalación completa " * 12 if too_long else "Mantenimiento",
    ]
    cells: dict[str, object] = {"A1": "Etapa", "A2": "Acciones"}
    for col, name in zip("BCDEFGH", phases, strict=True):
        cells[f"{col}1"], cells[f"{col}2"] = name, f"El cliente: {name.lower()[:40]}"
    pptx = _deck(make_book(tmp_path / "viaje.xlsx", {"Hoja 1": cells}), tmp_path / "out")
    title = Presentation(str(pptx)).slides[0]
    ribbon = sorted((s for s in title.shapes if s.name.startswith("ribbon ")), key=lambda s: s.left)
    named = [f"{i}  {name}" for i, name in enumerate(phases, start=1)]
    assert [s.text_frame.text for s in ribbon] == named[:6] + (["7"] if too_long else named[6:])
    sizes = {run.font.size.pt for s in ribbon[:6] for p in s.text_frame.paragraphs for run in p.runs}
    assert len(sizes) == 1 and 12 <= min(sizes) <= 14


def test_scores_on_the_charts_read_as_on_the_poster_signed_round_zero_plain_otherwise(tmp_path: Path) -> None:
    signed = _deck(two_personas(tmp_path / "signed.xlsx", ([1, -1, 2], [0, -2, 1])), tmp_path / "a")
    charts = [s.chart for slide in Presentation(str(signed)).slides for s in slide.shapes if s.has_chart]
    formats = {f for c in charts for f in re.findall(r'formatCode="([^"]*)"', c._chartSpace.xml)}
    assert "+General;-General;General" in formats and "0.#" not in formats  # "0.#" prints a whole 1 as "1."
    plain = make_book(
        tmp_path / "plain.xlsx",
        {
            "Reis": {
                "A1": "Fase",
                "B1": "Zoeken",
                "C1": "Kiezen",
                "D1": "Kopen",
                "A2": "Klantproces",
                "B2": "Zoekt",
                "C2": "Kiest",
                "D2": "Koopt",
                "A3": "Score (1-5)",
                "B3": 4,
                "C3": 2,
                "D3": 5,
            }
        },
    )
    charts = [
        s.chart for slide in Presentation(str(_deck(plain, tmp_path / "b"))).slides for s in slide.shapes if s.has_chart
    ]
    formats = {f for c in charts for f in re.findall(r'formatCode="([^"]*)"', c._chartSpace.xml)}
    assert charts and "+General;-General;General" not in formats and "0.#" not in formats


def test_the_phase_names_at_a_glance_share_one_size(built: Built) -> None:
    prs = Presentation(str(built.deck(CANVASES / "example-hr-software-b2b.xlsx")))  # 7 phases, long names
    glance = next(s for s in prs.slides if any(shape.name == "glance phase 1" for shape in s.shapes))
    tabs = [shape for shape in glance.shapes if shape.name.startswith("glance phase ")]
    sizes = {run.font.size for tab in tabs for p in tab.text_frame.paragraphs for run in p.runs}
    assert len(tabs) == 7 and len(sizes) == 1
