"""The Dutch poster says "Persona's", as the diff report and the gaps deck do (#31 F11): one spelling in one
client set; the sheet the template names "Personas" keeps its name."""

from __future__ import annotations

from tests.support.layouts import poster
from tests.support.workbooks import CANVASES


def test_the_dutch_poster_heads_its_personas_persona_s() -> None:
    layout = poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    said = [line.text for page in layout.pages for block in page.blocks for line in block.lines]
    assert any("Persona's" in text for text in said)
    assert not any("Personas" in text for text in said), [text for text in said if "Personas" in text]
