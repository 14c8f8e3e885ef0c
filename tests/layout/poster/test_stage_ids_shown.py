"""A stage list's ids (S01, S02…) are the team's short names for its stages: the model keeps each phase's
(``Phase.stage_id``, in the JSON model too) and the poster shows it small at the right of the phase's name
(#31, round five: they were read, then shown nowhere)."""

from __future__ import annotations

import json
from pathlib import Path

from canvasgen.read.not_spreadsheets.model_json import canvas_from_dict, model_problems
from tests.support.layouts import poster
from tests.support.reading import read_canvas
from tests.support.workbooks import stage_ids_workbook


def test_the_stage_ids_are_kept_and_shown_beside_the_phase_names(tmp_path: Path) -> None:
    path = stage_ids_workbook(tmp_path / "ids.xlsx")
    canvas = read_canvas(path)
    assert [p.stage_id for p in canvas.journeys[0].phases] == ["S01", "S02", "S03"]  # the list's ids, for "1".."3"
    data = json.loads(json.dumps(canvas.to_dict()))
    assert model_problems(data, "model.json") == []
    again = canvas_from_dict(data, canvas.file)
    assert [p.stage_id for p in again.journeys[0].phases] == ["S01", "S02", "S03"]

    page = poster(path).pages[0]  # the workbook's journeys may share it, one above the other: each its header
    lines = [line for block in page.blocks for line in block.lines]
    for name, stage_id in (("Research", "S01"), ("Compare", "S02"), ("Purchase", "S03")):
        names = [line for line in lines if line.text == name]
        ids = [line for line in lines if line.text == stage_id]
        assert names and len(ids) == len(names)
        for named in names:
            (beside,) = [line for line in ids if abs(line.y - named.y) < 0.5]  # on its line
            assert beside.x > named.x + named.width  # at its right
            assert beside.size < named.size  # small
