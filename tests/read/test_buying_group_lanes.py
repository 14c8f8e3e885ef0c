"""A buying group's workbook (round 21, new user F1): one sheet per member, titled after the member ("Koopreis
partner – accountantskantoor"), the client cell naming the company ("BoekhoudWolk B.V."). The member's own lane
("Wat doet de partner?", "Wat doet de office manager?") is the customer's, never the organisation's for a word of
the title; "Wat moeten wij regelen?" stays the one internal lane. A lane read as the organisation's for the title
alone, on a journey left with no customer lane, is said in check's summary with the correction."""

from __future__ import annotations

import json
from pathlib import Path

from canvasgen.model import CUSTOM_LANE, LaneKind
from canvasgen.vocabulary.roles import asked_of
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

MEMBERS = {"Partner": ("de partner", "hij"), "Office manager": ("de office manager", "zij")}


def member_sheet(member: str, client: bool = True, ours: str | None = "Wat moeten wij regelen?") -> Cells:
    who, pronoun = MEMBERS[member]
    cells: Cells = {"A1": f"Koopreis {member.lower()} – accountantskantoor (huidig)", "A3": "Traject", "B3": "Koopreis"}
    if client:
        cells.update({"A2": "Klant", "B2": "BoekhoudWolk B.V."})
    cells.update({"A5": "Fase", "B5": "Oriëntatie", "C5": "Evaluatie", "D5": "Aankoop"})
    lanes = [
        (f"Wat doet {who}?", "Leest vakblad", "Vergelijkt pakketten", "Tekent contract"),
        (f"Wat voelt {pronoun}?", "Nieuwsgierig", "Overweldigd", "Opgelucht"),
        *([(ours, "Whitepaper", "Demo op maat", "Heldere offerte")] if ours else []),
        ("Pijnpunten", "Te druk", "Te veel keus", "Onduidelijke prijs"),
    ]
    for r, row in enumerate(lanes, start=6):
        for column, text in zip("ABCD", row, strict=True):
            cells[f"{column}{r}"] = text
    return cells


def test_the_members_lane_is_the_customers_and_ours_the_organisations(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "koopreis.xlsx", {f"{m} huidig": member_sheet(m) for m in MEMBERS}
    )  # title names the member, client cell the company
    canvas = read_canvas(path)
    for journey, (who, _) in zip(canvas.journeys, MEMBERS.values(), strict=True):
        kinds = {lane.label: lane.kind for lane in journey.lanes}
        assert kinds[f"Wat doet {who}?"] == LaneKind.CUSTOMER
        assert kinds["Wat moeten wij regelen?"] == LaneKind.INTERNAL
    code, out, _ = run_clean("check", "--explain", path)
    flat = " ".join(out.split())
    assert code == 0
    assert "second internal lane" not in flat and "the canvas's company" not in flat
    assert (
        "lane 'Wat doet de office manager?' (A6) asks of 'office manager', beside lane 'Wat moeten wij regelen?' in "
        "A8, which asks of the organisation: read as the person on the journey, customer ('Wat doet de klant?') — if "
        "'office manager' is the organisation, say so: --lane 'Wat doet de office manager?=internal'"
    ) in flat
    code, out, _ = run_clean("check", "--json", "--lane", "Wat doet de office manager?=internal", path)
    lanes = json.loads(out)["journeys"][1]["lanes"]
    assert lanes[0]["kind"] == "internal"


def test_a_members_lane_with_no_lane_of_ours_and_a_client_cell_is_the_customers(tmp_path: Path) -> None:
    """The title names the member; the client cell names the company: the title's word is no company's."""
    path = make_book(tmp_path / "koopreis.xlsx", {"Office manager": member_sheet("Office manager", ours=None)})
    lane = read_canvas(path).journeys[0].lanes[0]
    assert (lane.label, lane.kind) == ("Wat doet de office manager?", LaneKind.CUSTOMER)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        "asks of 'office manager', whom the title in A1 names, while the client cell in B2 names the company "
        "('BoekhoudWolk B.V.'): read as the person on the journey, customer ('Wat doet de klant?') — if 'office "
        "manager' is the organisation, say so: --lane 'Wat doet de office manager?=internal'"
    ) in " ".join(out.split())


def test_the_title_alone_naming_the_lanes_subject_is_said_in_checks_summary(tmp_path: Path) -> None:
    """No client cell and no lane of ours: the title's word is read as the company, as before, but the journey is
    then left with no customer lane, so check says so (not only --explain), with the correction that works."""
    sheet = member_sheet("Office manager", client=False, ours=None)
    path = make_book(tmp_path / "koopreis.xlsx", {"Office manager": sheet})
    assert read_canvas(path).journeys[0].lanes[0].kind == LaneKind.INTERNAL
    code, out, _ = run_clean("check", path)
    flat = " ".join(out.split())
    assert code == 0
    assert (
        "lane 'Wat doet de office manager?' asks of 'office manager', read as the organisation's because the canvas "
        "names it as its company (check --explain says where), and no lane is the customer's: if 'office manager' "
        "is the person on the journey, say so: --lane 'Wat doet de office manager?=customer'"
    ) in flat
    code, out, _ = run_clean("check", "--json", "--lane", "Wat doet de office manager?=customer", path)
    assert json.loads(out)["journeys"][0]["lanes"][0]["kind"] == "customer"


def test_a_subject_of_two_words_is_read_whole() -> None:
    """'office manager', never 'office' and the question's start (the title "Koopreis office manager" then named
    'office' the company)."""
    for label, subject in [
        ("Wat doet de office manager?", "office manager"),
        ("Wat doet het IT-contact?", "it contact"),
    ]:
        asked = asked_of(label)
        assert asked is not None and asked.subject == subject
    written = asked_of("Wat doet het IT-contact?")
    assert written is not None and written.written == "IT-contact"  # as the label writes it, in what check says


def test_a_competitor_beside_our_lane_stays_a_lane_of_no_role(tmp_path: Path) -> None:
    cells = member_sheet("Partner", client=False)
    cells["A6"] = "Wat doet de concurrent?"
    path = make_book(tmp_path / "concurrent.xlsx", {"Blad": cells})
    lane = read_canvas(path).journeys[0].lanes[0]
    assert (lane.label, lane.kind) == ("Wat doet de concurrent?", CUSTOM_LANE)


def test_a_buying_groups_roles_are_the_person_on_the_journey() -> None:
    from canvasgen.vocabulary.roles import lane_role

    for label in ["Wat doet de inkoper?", "Wat doet de partner?", "What does the purchaser do?"]:
        assert lane_role(label).kind == LaneKind.CUSTOMER, label
