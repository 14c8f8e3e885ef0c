"""A traffic light (🟢 🟡 🔴) means its colour: a monochrome emoji font (LibreOffice's PDF export) draws all
three alike, so the deck writes each in its own run in the poster's colour for it (``EMOJI_COLOURS``),
wherever it stands: a lane's item, a table's cell. Read back out of the PPTX's runs."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.text.fonts import EMOJI_COLOURS
from tests.support.cli import run_clean
from tests.support.workbooks import make_book

LIGHTS = ("\U0001f7e2", "\U0001f7e1", "\U0001f534")  # 🟢 🟡 🔴


def test_traffic_lights_are_drawn_in_their_colour(tmp_path: Path) -> None:
    cells = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Aankoop",
        "A2": "Klantproces",
        "B2": f"Zoekt {LIGHTS[0]} op schema",
        "C2": f"Koopt {LIGHTS[1]} twijfel, {LIGHTS[2]} te laat",
    }
    book = make_book(tmp_path / "lichten.xlsx", {"Klantreis": cells})
    code, out, err = run_clean("build", book, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, out + err
    coloured: dict[str, set[str]] = {}
    for slide in Presentation(str(tmp_path / "out" / "lichten.pptx")).slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for para in shape.text_frame.paragraphs:
                for run in para.runs:
                    for light in LIGHTS:
                        if light in run.text:
                            assert run.text.strip() == light, run.text  # a run of its own
                            coloured.setdefault(light, set()).add(str(run.font.color.rgb))
    for light in LIGHTS:
        assert coloured.get(light) == {EMOJI_COLOURS[light].hex.lstrip("#").upper()}, (light, coloured)
