"""The template's lane questions, saved as .ods (hostile 12, F17): LibreOffice keeps a comment's text but not
its author, so the questions canvasgen's template writes beside the lane labels were read as the client's notes
(printed in the poster's appendix, and written into the new workbook by ``apply``). They are told by their text;
a comment of the team's own on the same cells stays a note."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.questions import workshop_hint
from canvasgen.model import LaneKind
from tests.support.other_formats import ods, ods_cell, ods_row
from tests.support.reading import read_canvas


def _commented(label: str, comment: str) -> str:
    lines = "".join(f"<text:p>{line}</text:p>" for line in comment.splitlines())
    return (
        f'<table:table-cell office:value-type="string"><office:annotation>{lines}</office:annotation>'
        f"<text:p>{label}</text:p></table:table-cell>"
    )


def test_the_templates_lane_questions_in_an_ods_are_no_notes_and_the_teams_comment_is(tmp_path: Path) -> None:
    hint_customer = workshop_hint(LaneKind.CUSTOMER, "nl")
    hint_internal = workshop_hint(LaneKind.INTERNAL, "nl")
    rows = (
        ods_row([ods_cell(t) for t in ("Fase", "Oriëntatie", "Aankoop", "Gebruik")])
        + ods_row([_commented("Klantproces", hint_customer), *(ods_cell(t) for t in ("Zoekt", "Koopt", "Gebruikt"))])
        + ods_row([_commented("Intern proces", hint_internal), *(ods_cell(t) for t in ("Belt", "Levert", "Helpt"))])
        + ods_row(
            [_commented("Pijnpunten", "Vraag Anja naar de cijfers"), *(ods_cell(t) for t in ("Duur", "Traag", "Stuk"))]
        )
    )
    canvas = read_canvas(ods(tmp_path / "k.ods", {"Klantreis": rows}))
    notes = [note.text for journey in canvas.journeys for note in journey.notes] + [n.text for n in canvas.notes]
    assert notes == ["Vraag Anja naar de cijfers"]
    said = " ".join(w.message for w in canvas.warnings)
    assert "1 comment(s)" in said and "2 comment(s)" not in said and "3 comment(s)" not in said


def test_an_earlier_templates_lane_questions_are_still_its_own_not_the_clients() -> None:
    """#31 reworded the handout's longer questions ("Hoe tevreden is hij?"): a template made before still
    carries them beside its labels, and they are still told from a client's comment."""
    from canvasgen.read.grid import template_hint

    assert template_hint("Wat moeten wij doen?\nWat moeten wij doen om de klant naar de volgende fase te brengen?")
    assert template_hint("Hoe ervaart de klant het? Hoe tevreden is hij?")
    assert template_hint(workshop_hint(LaneKind.EXPERIENCE, "en"))  # today's
    assert not template_hint("Hoe tevreden is hij? Vraag het Anja")
