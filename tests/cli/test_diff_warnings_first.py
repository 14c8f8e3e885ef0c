"""``diff`` says each file's reader warnings first, under the file's name, and the report last: what
changed is what stays on screen (#27, a new user's museum canvas). A warning both versions give is said once,
under both names (round 20, new user F7: 3 + 3 lines of the same words)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.workbooks import MUSEUM_LANES, museum_visit


def test_each_files_warnings_come_before_the_report_under_its_name(tmp_path: Path) -> None:
    extra = ("Wie is eigenaar", ("Marketing", "E-commerce", "Facilitair", "Educatie", "CRM"))
    old = museum_visit(tmp_path / "museum.xlsx", (*MUSEUM_LANES, extra))
    kansen: tuple[object, ...] = ("Gezinspagina", "Gezinsticket", "Bordjes", "Rust", "Bedankmail met korting")
    changed = tuple((label, kansen if label == "Kansen" else cells) for label, cells in MUSEUM_LANES)
    new = museum_visit(tmp_path / "museum-v2.xlsx", (*changed, extra))
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    screen = result.output  # stdout and stderr as they reach the terminal, in order
    lines = screen.splitlines()
    report = lines.index("museum.xlsx → museum-v2.xlsx")
    assert "gewijzigd: Bedankmail → Bedankmail met korting" in "\n".join(lines[report:])
    before = "\n".join(lines[:report])
    # what both versions say (the same words at the same cell) is said once, under both names (round 20, F7)
    both = before.index(f"{old} and {new}:\n")
    assert before.count("lane 'Wie is eigenaar' has no role") == 1, before
    assert "\n  warning: Reis!A14: lane 'Wie is eigenaar' has no role" in before[both:], before
    assert "\n  warning: Reis!A10: lane 'Contactmommenten' read as touchpoints, as a typo" in before[both:], before
    assert before.count("'Contactmommenten' read as touchpoints") == 1, before
    assert "wrote " in before and not any(line.startswith(("warning", "wrote")) for line in lines[report:])


def test_a_warning_of_one_version_only_is_said_under_its_name(tmp_path: Path) -> None:
    old = museum_visit(tmp_path / "museum.xlsx", (*MUSEUM_LANES, ("Wie is eigenaar", ("Marketing",) * 5)))
    new = museum_visit(tmp_path / "museum-v2.xlsx", (*MUSEUM_LANES, ("Wie beslist", ("Marketing",) * 5)))
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    before = result.output.split("museum.xlsx → museum-v2.xlsx")[0]
    both, first, second = (("\n" + before).index(f"\n{heading}:\n") for heading in (f"{old} and {new}", old, new))
    assert both < first < second  # the shared ones first, then each file's own, in the order read
    assert "lane 'Wie is eigenaar' has no role" in before[first:second]
    assert "lane 'Wie beslist' has no role" in before[second:]
    assert before.count("'Contactmommenten' read as touchpoints") == 1
