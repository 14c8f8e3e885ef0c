"""Every corpus, example and test workbook reads at least as well as its stored reading (tests/baseline/):
no line lost, no lane losing its role, no journey with another number of phases, nothing refused that was
read. Improvements pass and are printed; ``python -m tests.support.reading_baseline`` lists them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.reading_baseline import compare, compare_reading, stored, stored_name, workbooks
from tests.support.workbooks import CORPUS


def _param(path: Path) -> object:
    marks = [pytest.mark.corpus] if path.parent == CORPUS else []
    return pytest.param(path, id=stored_name(path).removesuffix(".json"), marks=marks)


def test_every_workbook_has_a_stored_reading() -> None:
    missing = [stored_name(p) for p in workbooks() if stored(p) is None]
    assert missing == [], "take the readings with: python -m tests.support.reading_baseline --update"


@pytest.mark.parametrize("path", [_param(p) for p in workbooks()])
def test_no_workbook_reads_worse(path: Path) -> None:
    before = stored(path)
    assert before is not None
    found = compare_reading(path, before)
    for line in found.better:
        print(f"{stored_name(path)}: better: {line}")
    assert found.worse == []


def test_the_comparison_sees_a_lost_line_a_lost_role_and_a_changed_phase_count() -> None:
    lane = {"kind": "pain_points", "label": "Pijnpunten", "cell": "K!A3", "cells": [[{"text": "Wachten"}], []]}
    phases = [{"name": "Kopen", "steps": 1}, {"name": "Gebruiken", "steps": 1}]
    before = {"journeys": [{"name": "J", "phases": phases, "lanes": [lane]}]}
    assert compare(before, before).worse == []
    lost = {"journeys": [{"name": "J", "phases": phases, "lanes": [{**lane, "cells": [[], []]}]}]}
    assert compare(before, lost).worse == ["line lost: 'Wachten'"]
    custom = {"journeys": [{"name": "J", "phases": phases, "lanes": [{**lane, "kind": "custom"}]}]}
    assert compare(before, custom).worse == ["journey 'J': lane 'Pijnpunten' (K!A3) was pain_points, is custom now"]
    merged = {"journeys": [{"name": "J", "phases": phases[:1], "lanes": [{**lane, "cells": [[{"text": "Wachten"}]]}]}]}
    assert compare(before, merged).worse == ["journey 'J': 2 phases before, 1 now", "line lost: 'Gebruiken'"][::-1]
    gained = {"journeys": [{"name": "J", "phases": phases, "lanes": [{**lane, "kind": "custom"}]}]}
    assert compare(gained, before).better == ["journey 'J': lane 'Pijnpunten' (K!A3) has a role now: pain_points"]
    assert compare({"errors": ["no canvas"]}, before).better == ["read now; refused before: no canvas"]
    assert compare(before, {"errors": ["no canvas"]}).worse == ["refused now: no canvas"]


def test_a_date_cell_read_as_its_date_is_no_line_lost_and_nothing_else_is_excused() -> None:
    """#31: a date cell read before as written ("2026-10-14") and now as its date in the canvas's language
    ("14 oktober 2026", what the reader's display makes of it) is no line lost; a date shown otherwise, or
    text typed in a cell that holds no date, still is."""

    def reading_of(*cells: dict[str, str]) -> dict[str, object]:
        lane = {"kind": "custom", "label": "Wanneer", "cell": "K!A3", "cells": [[dict(c)] for c in cells]}
        return {"journeys": [{"name": "J", "phases": [{"name": "Een"}, {"name": "Twee"}], "lanes": [lane]}]}

    dates = {"K!B3": ("2026-10-14", "14 oktober 2026")}
    date, typed = {"cell": "K!B3:B4", "value": "2026-10-14"}, {"cell": "K!C3", "text": "2026-10-14"}
    before = reading_of({**date, "text": "2026-10-14"}, typed)
    assert compare(before, reading_of({**date, "text": "14 oktober 2026"}, typed), dates).worse == []
    garbled = reading_of({**date, "text": "14 october 2026"}, typed)
    assert compare(before, garbled, dates).worse == ["line lost: '2026-10-14'"]
    retyped = reading_of({**date, "text": "2026-10-14"}, {**typed, "text": "14 oktober 2026"})
    assert compare(before, retyped, dates).worse == ["line lost: '2026-10-14'"]
