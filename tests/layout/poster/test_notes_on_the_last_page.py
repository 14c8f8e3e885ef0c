"""A journey's few cell comments fill the free room at the foot of its one page rather than get an A1 page
of their own (round 16, F3: four short notes on a second page, nine tenths of it empty): where their card
kept whole is too tall for the foot, it goes on over the foot's columns, and the map is set at most a step
smaller (``FOOT_SHRINK``) for them, as for notes kept whole."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

from canvasgen.layout.poster.poster import FOOT_SHRINK
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import poster

PHASES = ["Iets is kapot", "Melden", "Afspraak maken", "Monteur aan de deur", "Klaar of niet?", "Nazorg"]
SAID = "Belt het klantcontactcentrum en wacht gemiddeld achttien minuten; probeert daarna het webformulier. "
NOTES = {
    "C11": "Navragen bij afdeling Planning of dit klopt",
    "D12": "Score gebaseerd op de enquête, n=212",
    "E11": "Uit de interviews van november: 7 van de 9 klanten belden eerst",
    "F12": "Nog checken met het team van de website",
}


def _canvas(path: Path, noted: bool) -> Path:
    content = {
        "customer": [SAID * 4, SAID * 3, "Krijgt een brief", "Wacht thuis", "Monteur moet terugkomen", "Hoort niets"],
        "internal": ["", SAID * 3, "Plant in", "Ziet pas ter plaatse wat er is", "Tweede afspraak", SAID],
        "learning": [SAID, "Waarom haken zij af?", "", "Hoe vaak een tweede bezoek?", "", SAID * 2],
    }
    sheet = JourneySheet(PHASES, default_lanes(), content=content, scores=[-1, -2, 0, 1, -2, 0])
    write_workbook(WorkbookSpec("nl", [sheet]), path)
    if noted:
        book = openpyxl.load_workbook(path)
        for cell, note in NOTES.items():
            book.worksheets[0][cell].comment = Comment(note, "team")
        book.save(path)
    return path


def test_a_few_notes_fill_the_foot_of_the_journeys_one_page(tmp_path: Path) -> None:
    plain = poster(_canvas(tmp_path / "plain.xlsx", noted=False))
    noted = poster(_canvas(tmp_path / "noted.xlsx", noted=True))
    assert len(plain.pages) == 1
    assert len(noted.pages) == 1  # no page added for four short notes
    assert not noted.continued  # nor a cell cut for them
    said = " ".join(line.text for block in noted.pages[0].blocks for line in block.lines)
    assert all(note in said for note in NOTES.values())  # every note printed on the page
    assert noted.body_sizes[0] >= plain.body_sizes[0] * FOOT_SHRINK - 0.05  # the map at most a step smaller
