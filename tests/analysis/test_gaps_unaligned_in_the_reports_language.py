"""The phases a gap report could not align were written "ideal: Advocaat" in a Dutch report's pages and slides
(round 16, with F10: the written reports are the client's, in the client's language)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.analysis.gaps import analyse
from canvasgen.analysis.report import gap_blocks
from canvasgen.model import Journey
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas


def _journey(path: Path, phases: tuple[str, ...]) -> Journey:
    return read_canvas(
        rows_canvas(
            path,
            [
                ("Fase", *phases),
                ("Klantproces", *(f"Doet iets in {phase}" for phase in phases)),
                ("Intern proces", *(f"Wij doen iets in {phase}" for phase in phases)),
            ],
        )
    ).journeys[0]


def test_unaligned_phases_are_named_in_the_reports_language(tmp_path: Path) -> None:
    ideal = _journey(tmp_path / "ideaal.xlsx", ("Aandacht", "Interesse", "Aankoop", "Advocaat"))
    current = _journey(tmp_path / "huidig.xlsx", ("Aandacht", "Interesse", "Aankoop"))
    report = analyse(ideal, current)
    assert report.unaligned_ideal == ["Advocaat"]
    blocks = {block.heading: block.lines for block in gap_blocks(report, [], "nl", client=True)}
    assert blocks["Niet uit te lijnen fasen"] == [("Ideaal: Advocaat", "")]
    english = {block.heading: block.lines for block in gap_blocks(report, [], "en")}
    assert english["Phases that could not be aligned"] == [("Ideal: Advocaat", "")]
