"""Round 16 F8: a canvas tool's card list with one card outside every frame (its 'Frame' blank) was read as
nonsense — the authors as phases, a second journey whose lanes were a card's text, a sticky's colour (read as
traffic-light scores) and a date. The list stays a card list; the card without a phase (or lane) is a note, said
with the cell that places it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

HEADER = ["ID", "Frame", "Swimlane", "Content", "Color", "Author", "Created at"]
CARDS = [
    ("Ontdekken", "Klantacties", "Ziet een advertentie online", "yellow", "Jan", "2026-01-01"),
    ("Ontdekken", "Pijnpunten", "Overal te veel reclame", "red", "Jan", "2026-01-01"),
    ("Kopen", "Klantacties", "Bestelt de schoenen in de app", "yellow", "Eva", "2026-01-02"),
    ("Kopen", "Kansen", "Betalen met één klik", "green", "Eva", "2026-01-02"),
    ("Service", "Pijnpunten", "Trage reactie van de klantenservice", "red", "Piet", "2026-01-03"),
    ("Service", "Klantacties", "Mailt de winkel", "yellow", "Piet", "2026-01-03"),
]


def _board(tmp_path: Path, stray: tuple[str, str, str]) -> Path:
    rows = [HEADER] + [[str(i), *card] for i, card in enumerate(CARDS, start=1)]
    frame, lane, text = stray
    rows.append([str(len(rows)), frame, lane, text, "yellow", "Piet", "2026-01-03"])
    cells = {f"{chr(65 + c)}{r}": v for r, row in enumerate(rows, start=1) for c, v in enumerate(row) if v}
    return make_book(tmp_path / "board.xlsx", {"Export": cells})


@pytest.mark.parametrize(
    ("stray", "blank", "what"),
    [(("", "Klantacties", "KAART-ZONDER-FRAME"), "B8", "phase"), (("Service", "", "KAART-ZONDER-BAAN"), "C8", "lane")],
)
def test_a_card_outside_every_frame_leaves_the_card_list_whole(
    tmp_path: Path, stray: tuple[str, str, str], blank: str, what: str
) -> None:
    path = _board(tmp_path, stray)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys  # no second journey of a card's text, a colour and a date
    assert [p.name for p in journey.phases] == ["Ontdekken", "Kopen", "Service"]  # never the authors
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Pijnpunten", "Kansen"]
    assert not any(journey.scores)  # a sticky's colour is no score
    assert [i.text for i in journey.lanes[0].cells[2]] == ["Mailt de winkel"]
    assert lost_lines(path, canvas) == []  # the stray card is a note
    said = [str(w) for w in canvas.warnings if f"Export!{blank}" in str(w)]
    assert len(said) == 1 and f"has no {what}" in said[0] and stray[2] in said[0], canvas.warnings
    checked = CliRunner().invoke(main, ["check", str(path)]).output
    assert f"write its {what} in {blank}" in checked
