"""``diff`` says each file's reader warnings first, under the file's name, and the report last: what
changed is what stays on screen (#27, a new user's museum canvas)."""

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
    assert before.index(f"{old}:\n") < before.index(f"{new}:\n")
    blocks = (before[before.index(f"{old}:\n") : before.index(f"{new}:\n")], before[before.index(f"{new}:\n") :])
    for block in blocks:  # each file's own warnings under its name, indented
        assert "\n  warning: Reis!A14: lane 'Wie is eigenaar' has no role" in block, before
        assert "\n  warning: Reis!A10: lane 'Contactmommenten' read as touchpoints, as a typo" in block, before
    assert "wrote " in before and not any(line.startswith(("warning", "wrote")) for line in lines[report:])
