"""Round 20 (look #4): on a 13-phase journey's glance chart the traffic lights' point labels broke inside
their word ("0 / yello / w", "orang / e"): the viewer wrapped them to a label box narrower than the word.
A point's label is one line, as wide as it is, on every chart of the deck."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from tests.support.cli import run_clean

LIGHTS = [
    "yellow",
    "green",
    "yellow",
    "red",
    "yellow",
    "orange",
    "yellow",
    "green",
    "red",
    "yellow",
    "green",
    "orange",
    "yellow",
]


def test_a_traffic_lights_point_label_is_never_wrapped(tmp_path: Path) -> None:
    rows = ["persona_id,stage_id,status,text"]
    rows += [  # two personas' journeys, as the tester's matrix of them
        f"{persona},{n},{light},The customer compares offers in step {n}"
        for n, light in enumerate(LIGHTS, start=1)
        for persona in ("P1", "P2")
    ]
    source = tmp_path / "lichten.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "lichten.pptx"))
    labels = [
        label
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_chart
        for label in shape.chart._chartSpace.iter(qn("c:dLbl"))
        if label.find(qn("c:tx")) is not None
    ]
    texts = ["".join(t.text or "" for t in label.iter(qn("a:t"))) for label in labels]
    assert any("yellow" in text for text in texts) and any("orange" in text for text in texts), texts
    for label, text in zip(labels, texts, strict=True):
        body = label.find(qn("c:tx")).find(qn("c:rich")).find(qn("a:bodyPr"))
        assert body.get("wrap") == "none", text
