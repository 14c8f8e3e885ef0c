"""The gap and version reports as the page's tables. The version comparison is flattened from its own
dict by shape, so a kind of change the diff adds later (an item "changed", old → new) becomes rows with
no change to the page."""

from __future__ import annotations

import re
from pathlib import Path

from canvasgen.analysis.diff import compare
from canvasgen.analysis.gaps import analyse
from canvasgen.web.tables import diff_table, gap_tables
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES

V2, V3 = CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


def test_the_comparison_of_the_webshop_versions() -> None:
    changes = compare(read_canvas(V2), read_canvas(V3)).to_dict()
    table = diff_table(changes)
    assert table["columns"] == ["where", "change", "text", "cell"] and table["words"] == [1]
    rows = table["rows"]
    assert ["", "meta", "Versie: 2.0 → 3.0", ""] in rows
    assert ["Afweging", "score", "-2 → -1", ""] in rows
    assert ["Aandacht · Klantproces", "added", "Slaat de post op", "Klantreis!B11"] in rows
    assert ["Altijd", "renamed", "Gebruik → Altijd", ""] in rows
    assert ["Actie · Checkout", "figures", "Conversie: 1.9% (target 2%: missed) → 2.4% (target 2%: met)", ""] in rows
    # every change the report prints is a row: the two counts agree
    lanes = [lane for j in changes["journeys"] for p in j["phases"] for lane in p["lanes"]]
    items = sum(len(lane[k]) for lane in lanes for k in lane if k != "lane")
    assert len([r for r in rows if r[1] in ("added", "removed", "changed")]) == items
    assert not any(re.search(r"\(\d\.\d\d\)$", r[2]) for r in rows)  # no similarity numbers


def test_a_kind_of_change_the_page_has_never_seen_becomes_rows() -> None:
    changes = {
        "old": "v1.xlsx",
        "new": "v2.xlsx",
        "journeys_added": [],
        "journeys": [
            {
                "name": "Reis",
                "phases_added": ["Nazorg"],
                "meta": [{"field": "Versie", "old": "0.9", "new": "0.10"}],
                "phases": [
                    {
                        "old": "Aandacht",
                        "new": "Aandacht",
                        "renamed": False,
                        "score": None,
                        "lanes": [
                            {
                                "lane": "Klantproces",
                                "added": [],
                                "changed": [
                                    {
                                        "old": {"text": "Belt op", "cell": "Klantreis!B11"},
                                        "new": {"text": "Belt de winkel op", "cell": "Klantreis!B11"},
                                    }
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
    }
    assert diff_table(changes)["rows"] == [
        ["", "phases_added", "Nazorg", ""],
        ["", "meta", "Versie: 0.9 → 0.10", ""],
        ["Aandacht · Klantproces", "changed", "Belt op → Belt de winkel op", "Klantreis!B11"],
    ]


def test_two_journeys_name_their_journey_and_nothing_changed_is_no_row() -> None:
    changes = {
        "journeys": [
            {
                "name": "Ideaal",
                "phases": [{"new": "A", "lanes": [{"lane": "L", "removed": [{"text": "x", "cell": "Ideaal!B3"}]}]}],
            },
            {"name": "Huidig", "phases": []},
        ],
        "figures": [],
    }
    assert diff_table(changes)["rows"] == [["Ideaal · A · L", "removed", "x", "Ideaal!B3"]]
    assert diff_table({"journeys": [], "figures": []})["rows"] == []


def test_the_gap_report_as_an_action_table_and_a_table_per_phase(tmp_path: Path) -> None:
    ideal = read_canvas(CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx").journeys[0]
    current = read_canvas(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx").journeys[0]
    report = analyse(ideal, current)
    actions, per_phase = gap_tables(report, [])
    assert actions["columns"] == ["priority", "phase", "kind", "action", "cell"] and actions["words"] == [0, 2]
    assert len(actions["rows"]) == len(report.actions) > 0
    assert {row[0] for row in actions["rows"]} <= {"high", "medium", "low"}
    missing = [row for row in per_phase["rows"] if row[1] == "missing"]
    assert len(missing) == sum(len(gap.missing) for gap in report.phases) > 0
    assert all(row[4] for row in missing)  # each with its cell


def test_the_rows_the_same_in_both_say_how_many_in_words_not_a_bare_count() -> None:
    """New user 22 (finding 27): 'gelijk in beide' rows put a bare count in the Text column ("1"), which reads
    like an item called "1"."""
    ideal = read_canvas(CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx").journeys[0]
    current = read_canvas(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx").journeys[0]
    report = analyse(ideal, current)
    counts = [sum(1 for _, p in gap.pairs if p.exact) for gap in report.phases]
    for language, one, many in (
        ("nl", "1 item gelijk in beide", "items gelijk in beide"),
        ("en", "1 item the same in both", "items the same in both"),
    ):
        _, per_phase = gap_tables(report, [], language)
        same = [row[3] for row in per_phase["rows"] if row[1] == "same"]
        assert len(same) == sum(1 for n in counts if n) > 0
        assert all(not text.isdigit() for text in same)
        assert same == [one if n == 1 else f"{n} {many}" for n in counts if n]
