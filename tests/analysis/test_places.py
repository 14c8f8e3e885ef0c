"""Where a new card of the changes sheet goes (N5): its phase named alone when one journey has it, its lane
by its label, its role's label or a small typo; and every problem of the sheet said in one run, each at
its Fase or Baan cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book
from tests.support.workshop import LEASE, fill, kit_of, new_row


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """Two journeys: "Aanvraag" only in the first, "Offerte" only in the second, "Levering" in both; the
    second's pain points lane labelled "Knelpunten"."""
    second = {**LEASE, "A1": "Klantreis zakelijk", "C5": "Offerte", "A8": "Knelpunten"}
    source = make_book(tmp_path / "reizen.xlsx", {"Particulier": dict(LEASE), "Zakelijk": second})
    changes, rows = kit_of(source, tmp_path)
    return source, changes, rows


def _cell(path: Path, journey: int, phase: str, lane: str) -> list[str]:
    read = read_canvas(path).journeys[journey]
    at = [p.name for p in read.phases].index(phase)
    return [i.text for i in next(ln for ln in read.lanes if ln.heading == lane).cells[at]]


def test_a_phase_alone_a_lanes_role_and_a_small_typo_place_the_card(
    two: tuple[Path, Path, dict[str, int]],
) -> None:
    source, changes, rows = two
    at = new_row(rows)
    fill(
        changes,
        {
            (at, 2): "Offerte",  # the drop-down offers "Klantreis zakelijk · Offerte": the phase is in one journey
            (at, 3): "Pijnpunten",  # R2's pain points lane is labelled "Knelpunten": its role's label
            (at, 4): "Offerte komt laat",
            (at + 1, 2): "aanvraag",
            (at + 1, 3): "Klantprocess",  # a typo of "Klantproces"
            (at + 1, 4): "Belt de dealer",
        },
    )
    out = source.parent / "v4.xlsx"
    code, stdout, err = run_clean("apply", source, changes, "-o", out)
    assert code == 0, err
    assert "2 added" in stdout
    # what was read is said, at its cell, with the correction that changes it
    assert f"Wijzigingen!B{at}: row {at}: the phase 'Offerte' is read as 'Klantreis zakelijk · Offerte'" in err
    said = (
        f"Wijzigingen!C{at}: row {at}: the lane 'Pijnpunten' is read as 'Knelpunten' of 'Klantreis zakelijk · Offerte'"
    )
    assert said in err
    assert f"Wijzigingen!C{at + 1}: row {at + 1}: the lane 'Klantprocess' is read as 'Klantproces'" in err
    assert _cell(out, 1, "Offerte", "Knelpunten") == ["Wacht lang", "Offerte komt laat"]
    assert _cell(out, 0, "Aanvraag", "Klantproces") == ["Vult formulier in", "Belt de dealer"]


def test_a_lane_in_the_singular_or_plural_places_the_card_with_a_warning(
    two: tuple[Path, Path, dict[str, int]],
) -> None:
    """Round 13 (F6): "Knelpunt" for the client's "Knelpunten" was refused as an unknown lane; singular and
    plural are the slip a workshop makes most: read as the lane, and said at the cell."""
    source, changes, rows = two
    at = new_row(rows)
    fill(
        changes,
        {
            (at, 2): "Offerte",
            (at, 3): "Knelpunt",  # R2's lane is "Knelpunten"
            (at, 4): "Offerte komt te laat",
            (at + 1, 2): "aanvraag",
            (at + 1, 3): "Klantprocessen",  # plural of "Klantproces"
            (at + 1, 4): "Mailt de dealer",
        },
    )
    out = source.parent / "v4.xlsx"
    code, stdout, err = run_clean("apply", source, changes, "-o", out)
    assert code == 0, err
    assert "2 added" in stdout
    said = f"Wijzigingen!C{at}: row {at}: the lane 'Knelpunt' is read as 'Knelpunten' of 'Klantreis zakelijk · Offerte'"
    assert said in err
    assert f"Wijzigingen!C{at + 1}: row {at + 1}: the lane 'Klantprocessen' is read as 'Klantproces'" in err
    assert _cell(out, 1, "Offerte", "Knelpunten") == ["Wacht lang", "Offerte komt te laat"]
    assert _cell(out, 0, "Aanvraag", "Klantproces") == ["Vult formulier in", "Mailt de dealer"]


def test_a_phase_of_two_journeys_is_refused_naming_both(two: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = two
    at = new_row(rows)
    fill(changes, {(at, 2): "Levering", (at, 3): "Klantproces", (at, 4): "Belt terug"})
    out = source.parent / "v4.xlsx"
    code, _, err = run_clean("apply", source, changes, "-o", out)
    assert code == 1 and not out.exists()
    assert (
        f"Wijzigingen!B{at}: row {at}: the phase 'Levering' is in 2 journeys: write which under Fase "
        "('Klantreis fietslease · Levering' or 'Klantreis zakelijk · Levering')" in err
    )


def test_every_problem_of_the_sheet_is_said_at_once_each_at_its_cell(
    two: tuple[Path, Path, dict[str, int]],
) -> None:
    source, changes, rows = two
    at = new_row(rows)
    fill(
        changes,
        {
            (rows["R1-F2-IP-01"], 5): "wijzigen",  # a card's row without its new text
            (at, 2): "Betaling",
            (at, 3): "Wensen",
            (at, 4): "Twee fouten",
            (at + 1, 2): "Aanvraag",
            (at + 1, 3): "Ervaringsscore",
            (at + 1, 4): "Een score",
        },
    )
    out = source.parent / "v4.xlsx"
    code, _, err = run_clean("apply", source, changes, "-o", out)
    assert code == 1 and not out.exists()
    assert f"Wijzigingen!B{at}: row {at}: unknown phase 'Betaling'" in err
    assert f"Wijzigingen!C{at}: row {at}: unknown lane 'Wensen'" in err
    assert f"Wijzigingen!C{at + 1}: row {at + 1}: the lane 'Ervaringsscore' holds the scores" in err
    assert f"Wijzigingen!F{rows['R1-F2-IP-01']}: row {rows['R1-F2-IP-01']}:" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("typed", ["Pijnpunt", "Knelpunt"])
def test_the_singular_of_one_of_two_pain_lanes_is_that_lane_not_both(tmp_path: Path, typed: str) -> None:
    """Round 13 (H27): "Schmerzpunkt" beside the lanes "Schmerzpunkte" and "Ärgernisse" was refused as either
    one (both pain points by their role): the lane whose own label it is the singular of is the one."""
    lanes = {**LEASE, "A8": "Pijnpunten", "A9": "Knelpunten", "B9": "Geen overzicht"}
    source = make_book(tmp_path / "reis.xlsx", {"Reis": lanes})
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Levering", (at, 3): typed, (at, 4): "Fiets is te laat"})
    out = tmp_path / "v2.xlsx"
    code, _, err = run_clean("apply", source, changes, "-o", out)
    assert code == 0, err
    assert "Fiets is te laat" in _cell(out, 0, "Levering", typed + "en")


def test_a_phase_written_with_its_journeys_word_as_the_cards_head_it_places_the_card(
    tmp_path: Path,
) -> None:
    """Round 14 (F27): the cards are headed "Huidig · Levering", and so is the drop-down (round 15; "R1 ·
    Levering" before); a new card written otherwise ("Ideaal - Levering", "levering (huidig)") was refused as
    an unknown phase. Its journey's word names one journey: read as that journey's phase, said at the cell; the
    codes of an earlier kit ("R1 · Aanvraag") are read as they were written, without a word."""
    ideal = {**LEASE, "A1": "Klantreis fietslease", "D6": "Fiets staat klaar"}
    source = make_book(tmp_path / "reizen.xlsx", {"Huidig": dict(LEASE), "Ideaal": ideal})
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(
        changes,
        {
            (at, 2): "Ideaal - Levering",
            (at, 3): "Klantproces",
            (at, 4): "Krijgt een sms",
            (at + 1, 2): "levering (huidig)",
            (at + 1, 3): "Klantproces",
            (at + 1, 4): "Belt de dealer",
            (at + 2, 2): "R1 · Aanvraag",
            (at + 2, 3): "Klantproces",
            (at + 2, 4): "Mailt HR",
        },
    )
    out = tmp_path / "v4.xlsx"
    code, stdout, err = run_clean("apply", source, changes, "-o", out)
    assert code == 0, err
    assert "3 added" in stdout
    assert f"row {at}:" not in err  # "Ideaal - Levering" is the drop-down's "Ideaal · Levering", as typed
    assert f"row {at + 1}: the phase 'levering (huidig)' is read as 'Huidig · Levering'" in err
    assert "'R1 · Aanvraag'" not in err
    assert _cell(out, 1, "Levering", "Klantproces") == ["Fiets staat klaar", "Krijgt een sms"]
    assert _cell(out, 0, "Levering", "Klantproces") == ["Haalt fiets op", "Belt de dealer"]
    assert _cell(out, 0, "Aanvraag", "Klantproces") == ["Vult formulier in", "Mailt HR"]


def test_a_journeys_word_and_a_phase_the_journey_has_not_stay_refused(tmp_path: Path) -> None:
    """The journey's word picks the journey; a phase it does not have is no phase of another journey."""
    second = {**LEASE, "C5": "Offerte"}
    source = make_book(tmp_path / "reizen.xlsx", {"Huidig": dict(LEASE), "Ideaal": second})
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Ideaal · Aanvraag", (at, 3): "Klantproces", (at, 4): "Mailt HR"})
    code, _, err = run_clean("apply", source, changes, "-o", tmp_path / "v4.xlsx")
    assert code != 0
    assert "unknown phase 'Ideaal · Aanvraag'" in err
    assert "choose one from the drop-down (Huidig · Oriëntatie, Huidig · Aanvraag" in err  # as the cards name them
    assert "R1" not in err
