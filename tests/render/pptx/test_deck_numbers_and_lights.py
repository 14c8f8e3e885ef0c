"""What a Dutch deck shows is Dutch whatever Office it is opened in, and draws in any font.

Chart figures (F20): a bar chart's labels were a number format ("€" #,##0), which Office fills in with the
viewer's separators: a Dutch deck on an English Office said "€ 1,500" beside the table's "€ 1.500". The bars
now carry their figures as text, written as the tables write them, and the value axis has no numbers.

Traffic lights (F21): 🟢 🟡 🔴 in a lane's text were emoji runs, empty boxes where no emoji font is
(LibreOffice, Google Slides): they are discs (●) of the light's colour in a text face."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pptx import Presentation

from canvasgen.layout.text.fonts import EMOJI_COLOURS
from tests.support.cli import run_clean
from tests.support.workbooks import Cells, make_book

CANVAS: Cells = {
    "A1": "Fase",
    "B1": "Oriëntatie",
    "C1": "Aankoop",
    "D1": "Gebruik",
    "A2": "Klantproces",
    "B2": "Zoekt een fiets",
    "C2": "Bestelt online",
    "D2": "Fietst naar het werk",
    "A3": "Pijnpunten",
    "B3": "Te veel keuze \U0001f534",
    "C3": "Levertijd onduidelijk \U0001f7e1",
    "D3": "Snel geholpen \U0001f7e2",
}
METRICS: Cells = {
    "A1": "Fase",
    "B1": "Metriek",
    "C1": "Waarde",
    "D1": "Doel",
    "A2": "Oriëntatie",
    "B2": "Conversie",
    "C2": "1,8%",
    "D2": "2,0%",
    "A3": "Aankoop",
    "B3": "Retentie",
    "C3": "4,5%",
    "D3": "5%",
    "A4": "Oriëntatie",
    "B4": "Kosten",
    "C4": "€ 1.500",
    "A5": "Aankoop",
    "B5": "Kosten",
    "C5": "€ 4.250",
}


def _deck(tmp_path: Path) -> Path:
    book = make_book(tmp_path / "reis.xlsx", {"Klantreis": CANVAS, "Metingen": METRICS})
    code, out, err = run_clean("build", book, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, out + err
    return tmp_path / "out" / "reis.pptx"


def _bar_charts(pptx: Path) -> list[str]:
    with zipfile.ZipFile(pptx) as archive:
        parts = [archive.read(n).decode() for n in archive.namelist() if re.match(r"ppt/charts/chart\d+\.xml", n)]
    return [xml for xml in parts if "<c:barChart>" in xml]


def test_bar_labels_are_the_tables_text_in_the_decks_separators(tmp_path: Path) -> None:
    pptx = _deck(tmp_path)
    charts = _bar_charts(pptx)
    assert len(charts) == 2, len(charts)  # the percentages against target, and the budget
    labels = [re.findall(r"<c:dLbl>.*?</c:dLbl>", xml, re.S) for xml in charts]
    texts = {text for chart in labels for label in chart for text in re.findall(r"<a:t>([^<]*)</a:t>", label)}
    assert texts == {"1,8%", "2,0%", "4,5%", "5%", "€ 1.500", "€ 4.250"}, texts
    for chart in labels:  # every bar says its figure as text, never through the viewer's number format
        assert all("<c:rich>" in label for label in chart), chart
    table = " ".join(
        cell.text.replace("\xa0", " ").replace("\u202f", " ")  # the deck keeps "€ 1.500" on one line
        for slide in Presentation(str(pptx)).slides
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for cell in row.cells
    )
    for written in ("1,8%", "€ 1.500", "€ 4.250"):  # the same figure as the table beside it says it
        assert written in table, (written, table)
    for xml in charts:  # no numbers on the axis: Office would write them in the viewer's separators
        value_axis = re.search(r"<c:valAx>.*?</c:valAx>", xml, re.S)
        assert value_axis is not None and re.search(r"<c:delete(?: val=\"1\")?/>", value_axis.group(0))


def test_traffic_lights_in_text_are_discs_of_their_colour(tmp_path: Path) -> None:
    pptx = _deck(tmp_path)
    with zipfile.ZipFile(pptx) as archive:
        slides = "".join(
            archive.read(n).decode() for n in archive.namelist() if re.match(r"ppt/slides/slide\d+\.xml", n)
        )
    for light in ("\U0001f534", "\U0001f7e1", "\U0001f7e2"):
        assert light not in slides, light  # an empty box without an emoji font
        colour = EMOJI_COLOURS[light].hex.lstrip("#")
        disc = re.search(
            rf'<a:srgbClr val="{colour}"/></a:solidFill><a:latin typeface="([^"]+)"/>[^<]*(?:<[^t][^>]*>)*<a:t>●</a:t>',
            slides,
        )
        assert disc is not None, light
        assert "Emoji" not in disc.group(1), disc.group(1)
    text = " ".join(
        shape.text_frame.text
        for slide in Presentation(str(pptx)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    for words in ("Te veel keuze ●", "Levertijd onduidelijk ●", "Snel geholpen ●"):  # the client's words kept
        assert words in text, words
