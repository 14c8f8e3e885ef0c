"""Journey tools' exports (round 15): their own columns beside the map are no phases."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas


@pytest.mark.parametrize(("kind_header", "journey_label"), [("Lane type", "Journey map"), ("Soort", "Klantreis")])
def test_a_tools_column_of_lane_kinds_is_no_phase(tmp_path: Path, kind_header: str, journey_label: str) -> None:
    """Round 15 G12: a Smaply-like export's 'Lane type' column (Text, Emotion, Channel, Text) was a phase
    'Lane type' holding the kind words, the emotion row's numbers no scores; its 'Journey map' row went to notes."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Export"
    sheet.append([journey_label, "Opening a bank account"])
    sheet.append(["Persona", "Sam (student)"])
    sheet.append([])
    sheet.append(["Lane", kind_header, "Research", "Apply", "Verify ID", "First payment"])
    sheet.append(["Storyline", "Text", "Googles accounts", "Fills app form", "Uploads passport", "Pays for coffee"])
    sheet.append(["Emotional journey", "Emotion", 1, 0, -2, 2])
    sheet.append(["Channels", "Channel", "Google", "App", "Video call", "Card"])
    sheet.append(["Backstage", "Text", "SEO content", "Form service", "KYC team", "Card processor"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Research", "Apply", "Verify ID", "First payment"]
    assert journey.name == "Opening a bank account"
    assert [[s.value for s in scores] for scores in journey.scores] == [[1], [0], [-2], [2]]
    storyline = next(lane for lane in journey.lanes if lane.label == "Storyline")
    assert [[i.text for i in cell] for cell in storyline.cells] == [
        ["Googles accounts"],
        ["Fills app form"],
        ["Uploads passport"],
        ["Pays for coffee"],
    ]
    assert lost_lines(path, canvas) == []  # the kind words stay notes
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert f"column B ('{kind_header}') names each lane's kind ('Text', 'Emotion', 'Channel')" in explained
    corrected = CliRunner().invoke(main, ["check", "--phases-row", "4", "--labels", "A", str(path)]).output
    assert f"5 phases: {kind_header} | Research" in corrected  # the correction offered makes it a phase
