"""Round 20 (look #25): the improvement actions came lane by lane (the first phase's action of the second
lane last on the slide), and where the questions did not fit under them the actions' slide gave half its
rows to the follow-up and stood 2/3 empty. The actions are in phase order, and the slide keeps all the rows
it can: the fewest go on to the slide the questions share."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import example_deck
from tests.support.workbooks import rows_canvas

PHASES = ("Bewustwording", "Interesse", "Overweging", "Aankoop", "Service")


def _book(path: Path) -> Path:
    learning = ["Welke boodschap zet mensen aan tot actie?"]  # a question: not an action
    learning += [f"Reactietijd in {p.lower()} halveren\nWie belt de klant in {p.lower()}?" for p in PHASES[1:]]
    chances = [f"Buurtavond over {p.lower()}" for p in PHASES]
    rows: list[tuple[object, ...]] = [
        ("Fase", *PHASES),
        ("Klantproces", *(f"Klant in {p.lower()}" for p in PHASES)),
        ("Score", 1, -1, 0, 2, -2),
        ("Leerdoelen & verbeteringen", *learning),
        ("Kansen", *chances),
    ]
    return rows_canvas(path, rows)


def test_actions_in_phase_order_and_the_first_slide_full(tmp_path: Path) -> None:
    deck = example_deck(_book(tmp_path / "acties.xlsx"))
    slides = [s for s in deck.slides if s.title.startswith("Verbeteracties")]
    actions = [t for s in slides for t in s.tables if t.rows[0][1] == "Actie"]
    phases = [row[0] for t in actions for row in t.rows[1:]]
    assert len(phases) == 9
    assert phases == sorted(phases, key=PHASES.index), phases  # by phase, not lane by lane
    _, follow_up = slides  # the questions did not fit under the nine: they share a follow-up
    assert follow_up.title == "Verbeteracties (vervolg) · Uit te zoeken vragen"
    assert [len(t.rows) - 1 for t in actions] == [8, 1]  # the first slide full, the fewest rows go on
    asked = [row[1] for row in follow_up.tables[1].rows[1:]]
    assert asked[0] == "Welke boodschap zet mensen aan tot actie?" and len(asked) == 5
