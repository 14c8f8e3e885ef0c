"""``gaps`` on lanes as teams leave them: a lane the ideal journey leaves empty proposes nothing to stop and
says it was not compared; two lanes of one kind are both compared, by their place (H1); the gap workbook's
"Verschil" is on the scale of the scores beside it; "1 item", not "1 items" (N7); "stop" only where the
ideal says so, hedged where it is a guess, and asked where the ideal left the cell empty (N10)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.analysis.gaps import NotCompared, Unmatched, analyse
from canvasgen.analysis.report import gap_blocks, gap_text
from canvasgen.cli import main
from canvasgen.web.tables import gap_tables
from canvasgen.words import GAP_SHEETS
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

HEAD: Cells = {"A1": "Klantreis fietslease", "A3": "Fase", "B3": "Oriëntatie", "C3": "Aanvraag"}
CURRENT: Cells = {
    **HEAD,
    "A4": "Klantproces",
    "B4": "Ziet een flyer",
    "C4": "Vult formulier in",
    "A5": "Intern proces",
    "B5": "Flyer bij HR",
    "C5": "HR keurt goed",
    "A6": "Intern proces",
    "B6": "Dealer belt terug",
    "C6": "Backoffice controleert",
    "A7": "Kanalen",
    "B7": "WhatsApp",
    "C7": "Telefoon",
    "A8": "Ervaringsscore",
    "B8": 0,
    "C8": -2,
}
IDEAL: Cells = {
    **HEAD,
    "A4": "Klantproces",
    "B4": "Ziet een flyer",
    "C4": "Vult formulier in",
    "A5": "Intern proces",
    "B5": "Flyer bij HR",
    "C5": "HR keurt goed",
    "A6": "Intern proces",
    "B6": "Dealer belt terug",
    "C6": "Backoffice keurt automatisch goed",
    "A7": "Kanalen",
    "A8": "Ervaringsscore",
    "B8": 1,
    "C8": 1,
}


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    return (
        make_book(tmp_path / "ideaal.xlsx", {"Klantreis": IDEAL}),
        make_book(tmp_path / "huidig.xlsx", {"Klantreis": CURRENT}),
    )


def test_a_lane_empty_in_the_whole_ideal_proposes_no_stop_and_says_it_was_not_compared(tmp_path: Path) -> None:
    ideal, current = _pair(tmp_path)
    report = analyse(read_canvas(ideal).journeys[0], read_canvas(current).journeys[0])
    assert not any(a.kind == "stop" and a.action in ("WhatsApp", "Telefoon") for a in report.actions)
    assert report.not_compared == [NotCompared("Kanalen", Unmatched.EMPTY_IDEAL)]
    text = gap_text(report, [], "en")
    assert "Not compared\n  - Kanalen: empty in the whole ideal journey: no proposals to stop" in text
    rows = gap_tables(report, [])[1]["rows"]
    assert ["", "not_compared", "Kanalen", "empty in the whole ideal journey: no proposals to stop", ""] in rows


def test_both_lanes_of_one_kind_are_compared_by_their_place(tmp_path: Path) -> None:
    ideal, current = _pair(tmp_path)
    report = analyse(read_canvas(ideal).journeys[0], read_canvas(current).journeys[0])
    aanvraag = report.phases[1]  # the second "Intern proces" lane: compared with the ideal's second
    # the one item each side leaves in that lane, done by the same hand, is improved (new user 14, F10)
    assert aanvraag.missing == [] and aanvraag.without_effect == []
    assert [(label, p.right.text, p.left.text) for label, p in aanvraag.pairs if not p.exact] == [
        ("Intern proces", "Backoffice controleert", "Backoffice keurt automatisch goed")
    ]
    same = sum(1 for _, p in report.phases[0].pairs if p.exact)
    assert same == 3  # Klantproces, both Intern proces lanes: "Dealer belt terug" is the second lane's
    assert "3 items the same in both" in gap_text(report, [], "en")


def test_one_item_the_same_is_one_item(tmp_path: Path) -> None:
    ideal = make_book(tmp_path / "ideaal.xlsx", {"Klantreis": {**HEAD, "A4": "Klantproces", "B4": "Ziet een flyer"}})
    current = make_book(tmp_path / "huidig.xlsx", {"Klantreis": {**HEAD, "A4": "Klantproces", "B4": "Ziet een flyer"}})
    text = gap_text(analyse(read_canvas(ideal).journeys[0], read_canvas(current).journeys[0]), [], "en")
    assert "1 item the same in both" in text and "1 items" not in text


def test_the_workbooks_difference_is_on_the_scale_of_the_scores_beside_it(tmp_path: Path) -> None:
    ideal, current = _pair(tmp_path)
    result = CliRunner().invoke(main, ["gaps", str(ideal), str(current), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    scores = openpyxl.load_workbook(tmp_path / "out" / "huidig-gaps.xlsx")[GAP_SHEETS["nl"]["scores"]]
    rows = [[c.value for c in row] for row in scores.iter_rows(min_row=2)]
    assert rows == [["Oriëntatie", 1, 0, 1], ["Aanvraag", 1, -2, 3]]


def test_stop_is_hedged_and_an_empty_ideal_cell_is_asked_never_said_to_stop(tmp_path: Path) -> None:
    # Aanvraag's first Intern proces is empty in the ideal, filled in Oriëntatie: only that cell is empty
    ideal = make_book(tmp_path / "ideaal.xlsx", {"Klantreis": {**IDEAL, "C5": None, "C6": "Klant tekent digitaal"}})
    current = make_book(tmp_path / "huidig.xlsx", {"Klantreis": CURRENT})
    report = analyse(read_canvas(ideal).journeys[0], read_canvas(current).journeys[0])
    kinds = {a.action: (a.kind, a.priority) for a in report.actions}
    assert kinds["HR keurt goed"] == ("unfilled", "low")  # the ideal's cell is empty: nothing says stop
    assert kinds["Backoffice controleert"][0] == "stop?"  # the ideal holds another item there: a guess
    assert not any(a.kind == "stop" for a in report.actions)
    code, out, _ = run_clean("gaps", ideal, current, "-o", tmp_path / "out", "--lang", "nl")
    assert code == 0
    assert "[laag] Aanvraag: stoppen? (leeg in de ideale reis): HR keurt goed" in out
    assert ": stoppen?: Backoffice controleert" in out
    assert ": stoppen: " not in out
    book = openpyxl.load_workbook(tmp_path / "out" / "huidig-gaps.xlsx")
    kinds_written = {row[1]: row[2] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True) if row[1]}
    assert kinds_written["HR keurt goed"] == "stoppen? (leeg in de ideale reis)"
    assert kinds_written["Backoffice controleert"] == "stoppen?"


def test_lanes_the_gap_analysis_does_not_compare_are_each_said_never_a_silent_no_gap(tmp_path: Path) -> None:
    """Pain points in both, opportunities only in the ideal, a lane of the agency's own only in today's: the
    report says each, where it is and what gaps compares, in the terminal, the tables and the Dutch report."""
    ideal = make_book(
        tmp_path / "ideaal.xlsx",
        {"Klantreis": {**IDEAL, "A9": "Pijnpunten", "B9": "Wachttijd", "A10": "Kansen", "C10": "Direct akkoord"}},
    )
    current = make_book(
        tmp_path / "huidig.xlsx",
        {
            "Klantreis": {
                **CURRENT,
                "A9": "Pijnpunten",
                "C9": "Formulier kwijt",
                "A10": "Concurrentie",
                "B10": "Fietsplan",
            }
        },
    )
    report = analyse(read_canvas(ideal).journeys[0], read_canvas(current).journeys[0])
    assert report.not_compared == [
        NotCompared("Kanalen", Unmatched.EMPTY_IDEAL),
        NotCompared("Pijnpunten", Unmatched.BOTH),
        NotCompared("Kansen", Unmatched.IDEAL_ONLY),
        NotCompared("Concurrentie", Unmatched.CURRENT_ONLY),
    ]
    text = gap_text(report, [], "en")
    assert "  - Kansen: only in the ideal journey; the gap analysis compares the customer process" in text
    assert "  - Concurrentie: only in the current journey;" in text
    assert "  - Pijnpunten: in both journeys;" in text
    rows = gap_tables(report, [])[1]["rows"]
    assert any(row[:3] == ["", "not_compared", "Concurrentie"] and "current journey" in row[3] for row in rows)
    dutch = " ".join(line for block in gap_blocks(report, [], "nl") for line, _ in block.lines)
    assert "Kansen: alleen in de ideale reis; de gap-analyse vergelijkt" in dutch


def _lanes(*lanes: tuple[str, list[str]]) -> Cells:
    cells: Cells = {"A1": "Fietsabonnement", "A3": "Fase", "B3": "Oriëntatie", "C3": "Aankoop"}
    for row, (label, texts) in enumerate(lanes, start=4):
        cells[f"A{row}"] = label
        cells.update({f"{col}{row}": text for col, text in zip("BC", texts, strict=False)})
    return cells


PROCESS = ("Klantproces", ["Zoekt online", "Bestelt fiets"])
ACTIONS = ("Klantacties", ["Vraagt buren", "Betaalt met iDEAL"])


def test_lanes_of_one_kind_pair_by_label_before_place(tmp_path: Path) -> None:
    """Two customer lanes in swapped order are the same journey: nothing to start; a second customer lane
    without a lane of its name in the other journey is listed as not compared, never turned into actions."""
    ideal = make_book(tmp_path / "ideaal.xlsx", {"Klantreis": _lanes(PROCESS, ACTIONS)})
    swapped = make_book(tmp_path / "huidig.xlsx", {"Klantreis": _lanes(ACTIONS, PROCESS)})
    report = analyse(read_canvas(ideal).journeys[0], read_canvas(swapped).journeys[0])
    assert report.actions == [] and report.not_compared == []
    assert [len(phase.pairs) for phase in report.phases] == [2, 2]
    one = make_book(tmp_path / "een.xlsx", {"Klantreis": _lanes(("Klantacties", ["Vraagt buren", "Pint"]))})
    report = analyse(read_canvas(ideal).journeys[0], read_canvas(one).journeys[0])
    assert [a.action for a in report.actions] == ["Betaalt met iDEAL"]
    assert report.not_compared == [NotCompared("Klantproces", Unmatched.NO_PARTNER_IDEAL)]
    assert "Klantproces: only in the ideal journey: the current journey has other lanes of its kind" in gap_text(
        report, [], "en"
    )
