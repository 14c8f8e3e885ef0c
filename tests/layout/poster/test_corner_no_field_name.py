"""Round 19 (F2): a CSV export's column key "stage_id" over the phases was printed as the phase row's label;
the poster says its own word for a phase there."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import poster


def test_a_field_name_over_the_phases_is_no_label_on_the_poster(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    rows = ["stage_id,What does the customer do?,Pain points"]
    rows += [f"{phase},Reads about step {phase},Waits in step {phase}" for phase in ("Search", "Compare", "Buy")]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    printed = [line.text for page in poster(path).pages for block in page.blocks for line in block.lines]
    assert "stage_id" not in " ".join(printed)
    assert "Search" in printed
