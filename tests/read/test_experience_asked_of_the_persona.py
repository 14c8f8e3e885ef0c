"""A relabelled experience lane asked of the persona in the team's words ("Wat ervaart de inwoner?") (round 18,
new user's finding 17): the experience lane, as "Wat doet de inwoner?" is the customer's; a question asked so
of the organisation is none."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.model import LaneKind
from canvasgen.read.reader import read_canvas


def _book(path: Path, label: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    rows = [
        ["Fase", "Aandacht", "Afweging", "Actie"],
        ["Wat doet de inwoner?", "Zoekt online", "Vergelijkt", "Geeft door"],
        [label, "Nieuwsgierig", "Twijfelt", "Opgelucht"],
        ["Contactmomenten", "website", "telefoon", "balie"],
    ]
    for line in rows:
        sheet.append(line)
    book.save(path)
    return path


@pytest.mark.parametrize("label", ["Wat ervaart de inwoner?", "Wat ervaren inwoners?", "Wat ervaart de klant?"])
def test_what_the_persona_experiences_is_the_experience_lane(tmp_path: Path, label: str) -> None:
    canvas = read_canvas(_book(tmp_path / "verhuizen.xlsx", label))
    (journey,) = canvas.journeys
    kinds = {lane.label: lane.kind for lane in journey.lanes}
    assert kinds[label] == LaneKind.EXPERIENCE and kinds["Wat doet de inwoner?"] == LaneKind.CUSTOMER
    assert not any("has no role" in w.message for w in canvas.warnings)


def test_what_the_organisation_experiences_gets_no_role(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "verhuizen.xlsx", "Wat ervaart de gemeente?"))
    (journey,) = canvas.journeys
    assert {lane.label: lane.kind for lane in journey.lanes}["Wat ervaart de gemeente?"] != LaneKind.EXPERIENCE
