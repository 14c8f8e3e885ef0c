"""A stage list's ids are drawn beside their phases' names on the poster (shapes G14): read alone, the list's
id column ordered the phases and then was said to be "a heading, not a note" while the ids ('S10', 'S01') were
in neither poster nor deck. Joined to a long table by id they were drawn already; now alone too."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import build_poster
from tests.support.read_back import pdftotext

STAGES = [
    ["nr", "naam", "wat doet de klant", "fasegroep"],
    ["S01", "Oriënteren", "Leest reviews", "Voor"],
    ["S10", "Gebruiken", "Belt de helpdesk", "Na"],
    ["S02", "Kiezen", "Vergelijkt prijzen", "Voor"],
]


def test_the_ids_of_a_stage_list_read_alone_are_on_the_poster(tmp_path: Path) -> None:
    path = tmp_path / "fasen.csv"
    path.write_text("\n".join(",".join(row) for row in STAGES) + "\n", encoding="utf-8")
    text = pdftotext(build_poster(path, tmp_path / "out")).split()
    assert {"Oriënteren", "Kiezen", "Gebruiken"} <= set(text)
    assert {"S01", "S02", "S10"} <= set(text)
