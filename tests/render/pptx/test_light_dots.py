"""A curve whose feelings were written as traffic lights (🟢 🟡 🔴): each such point is a disc of its light's
colour (the poster's, ``EMOJI_COLOURS``), a series of the chart's own markers, not the emoji as the point's label in
"Segoe UI Emoji", which only Windows has (an empty box on every point in LibreOffice, Keynote, Google
Slides: F11). Read back out of the PPTX's chart parts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pptx import Presentation
from pptx.enum.dml import MSO_FILL

from canvasgen.layout.text.fonts import EMOJI_COLOURS
from tests.support.cli import run_clean
from tests.support.workbooks import make_book

LIGHTS = ("\U0001f7e2", "\U0001f7e1", "\U0001f534", "\U0001f7e2")  # 🟢 🟡 🔴 🟢


def test_traffic_light_points_are_discs_of_their_colour(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Ervaringsscore", "A4": "Pijnpunten"}
    for index, (column, light) in enumerate(zip("BCDE", LIGHTS, strict=True)):
        cells[f"{column}1"] = ("Oriëntatie", "Offerte", "Installatie", "Service")[index]
        cells[f"{column}2"] = f"Klant doet stap {index + 1}"
        cells[f"{column}3"] = light
        cells[f"{column}4"] = f"Wachttijd {index + 1}"
    book = make_book(tmp_path / "lichten.xlsx", {"Klantreis": cells})
    code, out, err = run_clean("build", book, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, out + err
    with zipfile.ZipFile(tmp_path / "out" / "lichten.pptx") as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if re.match(r"ppt/charts/chart\d+\.xml", n))
    assert "Segoe UI Emoji" not in xml
    assert not any(light in xml for light in LIGHTS)  # no point labelled with the emoji
    charts = [
        shape.chart
        for slide in Presentation(str(tmp_path / "out" / "lichten.pptx")).slides
        for shape in slide.shapes
        if shape.has_chart
    ]
    assert len(charts) == 2  # the glance's curve and the emotion curve
    for chart in charts:
        curve, *dots = chart.plots[0].series
        assert list(curve.values) == [2, 0, -2, 2]
        drawn: dict[int, str] = {}  # each phase's disc: its colour
        for series in dots:
            assert series.format.line.fill.type == MSO_FILL.BACKGROUND  # discs, no line between them
            colour = str(series.marker.format.fill.fore_color.rgb)
            for index, value in enumerate(series.values):
                if value is not None:
                    assert value == curve.values[index] and index not in drawn
                    drawn[index] = colour
        assert drawn == {i: EMOJI_COLOURS[light].hex.lstrip("#").upper() for i, light in enumerate(LIGHTS)}
