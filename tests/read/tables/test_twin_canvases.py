"""Two canvases on one sheet, side by side (a blank column between) or one under the other: a journey each,
named by the title over it, and said in ``--explain`` with the cell it came from."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from canvasgen.model import Journey
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book


def _across(left: int, title: str | None, corner: str, phases: list[str], lanes: dict[str, list[str]]) -> Cells:
    """A canvas with phases across, its label column at ``left`` (1 = A), its title in row 1 when given."""
    col = get_column_letter
    cells: Cells = {f"{col(left)}2": corner} if corner else {}
    if title:
        cells[f"{col(left)}1"] = title
    for i, phase in enumerate(phases, start=1):
        cells[f"{col(left + i)}2"] = phase
    for row, (label, items) in enumerate(lanes.items(), start=3):
        cells[f"{col(left)}{row}"] = label
        for i, item in enumerate(items, start=1):
            cells[f"{col(left + i)}{row}"] = item
    return cells


def _down(left: int, title: str, phases: list[str], lanes: dict[str, list[str]]) -> Cells:
    """A canvas with phases down column ``left`` under "Fase", its lanes across row 2, its title in row 1."""
    col = get_column_letter
    cells: Cells = {f"{col(left)}1": title, f"{col(left)}2": "Fase"}
    for i, label in enumerate(lanes, start=1):
        cells[f"{col(left + i)}2"] = label
        for row, item in enumerate(lanes[label], start=3):
            cells[f"{col(left + i)}{row}"] = item
    for row, phase in enumerate(phases, start=3):
        cells[f"{col(left)}{row}"] = phase
    return cells


def _phases(journey: Journey) -> list[str]:
    return [p.name for p in journey.phases]


def _lanes(journey: Journey) -> list[str]:
    return [lane.label for lane in journey.lanes]


PHASES_NL = ["Oriënteren", "Vergelijken", "Aanvragen", "Gebruiken"]


def test_two_canvases_side_by_side_are_two_journeys_named_by_their_titles(tmp_path: Path) -> None:
    now = {
        "Klantproces": ["Zoekt online", "Leest reviews", "Vult formulier in", "Belt"],
        "Pijnpunten": ["Te veel keus", "Onduidelijke prijs", "Lang formulier", "Wachtrij"],
        "Kansen": ["Gids", "Vergelijker", "Kort formulier", "Chat"],
    }
    wished = {
        "Klantproces": ["Krijgt advies", "Ziet één prijs", "Tikt op aanvragen", "Appt"],
        "Pijnpunten": ["Geen", "Weinig", "Niets", "Soms"],
        "Kansen": ["Persoonlijk", "Transparant", "Eén klik", "Snel"],
    }
    sheet = {
        **_across(1, "Huidige situatie", "Fase", PHASES_NL, now),
        **_across(7, "Gewenste situatie", "Fase", PHASES_NL, wished),  # column F blank between
    }
    path = make_book(tmp_path / "naast.xlsx", {"Reizen": sheet})
    canvas = read_canvas(path)
    current, wanted = canvas.journeys
    assert (current.name, wanted.name) == ("Huidige situatie", "Gewenste situatie")
    assert _phases(current) == _phases(wanted) == PHASES_NL
    assert _lanes(current) == _lanes(wanted) == ["Klantproces", "Pijnpunten", "Kansen"]
    assert [i.text for i in wanted.lanes[0].cells[0]] == ["Krijgt advies"]
    assert not any("repeats the phase" in w.message for w in canvas.warnings)
    # each journey says where its title and its table are, and the first says the blank column parts them
    assert any("Reizen!A1 ('Huidige situatie')" in line for line in current.reading)
    assert any("Reizen!G1 ('Gewenste situatie')" in line for line in wanted.reading)
    assert any("column F" in line and "G2" in line and "side by side" in line for line in current.reading)
    assert lost_lines(path, canvas) == []


def test_two_canvases_side_by_side_two_blank_columns_no_corner_word(tmp_path: Path) -> None:
    left = {"Doing": ["Googles", "Calls hotel", "Checks in"], "Pain points": ["Ads", "Busy line", "Queue"]}
    right = {"Doing": ["Sees app", "Taps book", "Mobile key"], "Pain points": ["None", "Fees", "Key fails"]}
    sheet = {
        **_across(1, "As-is journey", "", ["Search", "Book", "Stay"], left),
        **_across(7, "To-be journey", "", ["Discover", "Reserve", "Arrive"], right),  # E and F blank
    }
    path = make_book(tmp_path / "side.xlsx", {"Maps": sheet})
    canvas = read_canvas(path)
    as_is, to_be = canvas.journeys
    assert (as_is.name, to_be.name) == ("As-is journey", "To-be journey")
    assert _phases(as_is) == ["Search", "Book", "Stay"]
    assert _phases(to_be) == ["Discover", "Reserve", "Arrive"]
    assert _lanes(to_be) == ["Doing", "Pain points"]
    assert lost_lines(path, canvas) == []


def test_two_canvases_side_by_side_with_phases_down(tmp_path: Path) -> None:
    sheet = {
        **_down(
            1,
            "Huidig",
            ["Oriënteren", "Aanmelden", "Gebruiken"],
            {
                "Wat doet de klant?": ["Leest flyer", "Vult app in", "Traint"],
                "Pijnpunten": ["Onduidelijk", "Contract", "Druk"],
            },
        ),
        **_down(
            6,
            "Gewenst",
            ["Ontdekken", "Proberen", "Opzeggen"],
            {
                "Wat doet de klant?": ["Ziet advertentie", "Proefles", "Belt"],
                "Pijnpunten": ["Vaag", "Vol", "Wachtrij"],
            },
        ),
    }
    path = make_book(tmp_path / "omlaag.xlsx", {"Reizen": sheet})
    canvas = read_canvas(path)
    now, wished = canvas.journeys
    assert (now.name, wished.name) == ("Huidig", "Gewenst")
    assert _phases(now) == ["Oriënteren", "Aanmelden", "Gebruiken"]
    assert _phases(wished) == ["Ontdekken", "Proberen", "Opzeggen"]
    assert _lanes(now) == _lanes(wished) == ["Wat doet de klant?", "Pijnpunten"]
    assert [i.text for i in wished.lanes[1].cells[2]] == ["Wachtrij"]
    assert lost_lines(path, canvas) == []


def test_spacer_columns_between_phases_keep_one_canvas(tmp_path: Path) -> None:
    sheet = {
        "A1": "Fase",
        "B1": "Oriënteren",
        "D1": "Aanvragen",
        "F1": "Gebruiken",
        "A2": "Klantproces",
        "B2": "Zoekt",
        "D2": "Vraagt aan",
        "F2": "Gebruikt",
        "A3": "Pijnpunten",
        "B3": "Keus",
        "D3": "Formulier",
        "F3": "Storing",
    }
    canvas = read_canvas(make_book(tmp_path / "spacers.xlsx", {"Reis": sheet}))
    (journey,) = canvas.journeys
    assert _phases(journey) == ["Oriënteren", "Aanvragen", "Gebruiken"]


def test_stacked_canvases_explain_the_title_each_journey_took(tmp_path: Path) -> None:
    doing = {"Doing": ["Reads", "Books", "Flies", "Unpacks"], "Pain points": ["Ads", "Fees", "Delay", "Lost bag"]}
    phases = ["Discover", "Book", "Travel", "Return"]
    second = _across(1, "Journey B: frequent traveller", "", phases, doing)
    lower = {f"{k[0]}{int(k[1:]) + 7}": v for k, v in second.items()}
    sheet = {**_across(1, "Journey A: first-time traveller", "", phases, doing), **lower}
    canvas = read_canvas(make_book(tmp_path / "stacked.xlsx", {"Trips": sheet}))
    first, second = canvas.journeys
    assert (first.name, second.name) == ("Journey A: first-time traveller", "Journey B: frequent traveller")
    assert any("Trips!A1 ('Journey A: first-time traveller')" in line for line in first.reading)
    assert any("Trips!A8 ('Journey B: frequent traveller')" in line for line in second.reading)
    assert not any("Trips!A1" in line for line in second.reading)
