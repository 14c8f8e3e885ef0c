"""A long table repeats its phase's value on each row of the phase (F8 of round 16: "Submerchant" 15 times,
one pain text 12 times): identical words of one lane in one phase are one item, said with how many rows gave
them; a different word (another case, another text), a number per row and the words of the other phases stay."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

ROWS = [
    "Phase,Step,Primary user,Pain points,Cost",
    "Setup,Create account,Submerchant,Too many settings to choose from,100",
    "Setup,Order terminals,Submerchant,Too many settings to choose from,100",
    "Setup,Board terminals,Submerchant,Terminals arrive late,100",
    "Activation,First payment,Merchant,Terminals arrive late,",
    "Activation,Go live,merchant,Terminals arrive late,",
    "Support,Call the helpdesk,Merchant,Long waiting times,",
]


def test_the_same_words_on_each_row_of_a_phase_are_one_item(tmp_path: Path) -> None:
    path = tmp_path / "journey.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Setup", "Activation", "Support"]
    lanes = {lane.label: [[item.text for item in cell] for cell in lane.cells] for lane in journey.lanes}
    # was: ["Submerchant", "Submerchant", "Submerchant"] and the pain text twice in "Setup"
    assert lanes["Primary user"] == [["Submerchant"], ["Merchant", "merchant"], ["Merchant"]]
    assert lanes["Pain points"] == [
        ["Too many settings to choose from", "Terminals arrive late"],
        ["Terminals arrive late"],
        ["Long waiting times"],
    ]
    assert lanes["Step"][0] == ["Create account", "Order terminals", "Board terminals"]
    assert lanes["Cost"][0] == ["100", "100", "100"]  # a number per step: three costs, not one
    assert lost_lines(path, canvas) == []
    result = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert (
        "the same words on several rows of one phase, in one lane, kept once (3 times): 'Submerchant' in "
        "'Primary user' of 'Setup' (3 rows), 'Too many settings to choose from' in 'Pain points' of 'Setup' (2 rows), "
        "'Terminals arrive late' in 'Pain points' of 'Activation' (2 rows)"
    ) in flat
