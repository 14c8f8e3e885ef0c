"""A traffic light (🟢 🟡 🔴) means its colour: a monochrome emoji font (LibreOffice's PDF export) draws all
three alike, so the deck writes each in its own run in the poster's colour for it (``EMOJI_COLOURS``),
wherever it stands: a lane's item, a table's cell; as a disc (●) in a text face, which every viewer draws (an
emoji font is an empty box where there is none, F21). Read back out of the PPTX's runs."""

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
    discs: set[str] = set()
    for slide in Presentation(str(tmp_path / "out" / "lichten.pptx")).slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for para in shape.text_frame.paragraphs:
                for run in para.runs:
                    assert not any(light in run.text for light in LIGHTS), run.text  # no emoji left to box
                    if "●" in run.text:
                        assert run.text == "●", run.text  # a run of its own
                        assert "Emoji" not in str(run.font.name), run.font.name
                        discs.add(str(run.font.color.rgb))
    assert discs == {EMOJI_COLOURS[light].hex.lstrip("#").upper() for light in LIGHTS}, discs
