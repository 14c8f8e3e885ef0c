"""Round 17's new user: ``gaps`` of a buying group (a journey a member, a sheet each, in an ideal and a current
workbook, or "HR ideaal"/"HR huidig" sheets in one) compared only the first journey of each workbook; every
ideal journey is now compared with the current one of the same member, paired by name, persona or sheet (said),
each pair its own report; ``--journey NAME`` compares one; a journey without a partner is named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader

from tests.support.buying_group import MEMBERS, WISHES, buying_group, member_sheet
from tests.support.cli import run


def _pages(pdf: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)


def test_every_member_of_two_workbooks_is_compared_with_the_same_member(tmp_path: Path) -> None:
    ideal = buying_group(tmp_path / "ideaal.xlsx", "Ideaal", ["HR", "IT", "CFO"])
    current = buying_group(tmp_path / "huidig.xlsx", "Huidig", ["CFO", "HR", "IT"])  # another order: not by place
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    sections = out.split("== ")[1:]
    assert len(sections) == 3
    for section in sections:
        wished = [m for m in MEMBERS if WISHES[m] in section]
        assert len(wished) == 1 and f"Ontbreekt nu (starten): Wat doet de klant?: {WISHES[wished[0]]}" in section
        assert f"met 'Klantreis {wished[0]}'" in section.split("\n")[0]  # the current journey of that member
    assert "gekoppeld op naam" in out and "gekoppeld op persona" in out  # IT's ideal journey has no title of its own
    assert "not compared" not in err
    pdfs = sorted(p for p in (tmp_path / "out").iterdir() if p.suffix == ".pdf")
    assert [p.name for p in pdfs] == [f"huidig-gaps-{n}-klantreis-{m.lower()}.pdf" for n, m in enumerate(MEMBERS, 1)]
    for pdf, member in zip(pdfs, ["HR", "IT", "CFO"], strict=True):  # in the ideal workbook's order
        assert WISHES[member] in _pages(pdf) and f"Klantreis {member}" in _pages(pdf)


def test_one_member_is_compared_when_asked_and_the_others_are_named(tmp_path: Path) -> None:
    ideal = buying_group(tmp_path / "ideaal.xlsx", "Ideaal", ["HR", "IT", "CFO"])
    current = buying_group(tmp_path / "huidig.xlsx", "Huidig", ["HR", "IT", "CFO"])
    code, out, err = run("gaps", ideal, current, "--journey", "CFO", "-o", tmp_path / "out")
    assert code == 0, err
    assert f"Ontbreekt nu (starten): Wat doet de klant?: {WISHES['CFO']}" in out
    assert WISHES["HR"] not in out and "== " not in out
    said = " ".join(err.split())
    assert "not compared: 'Klantreis HR' (sheet 'Blad1')" in said
    assert (tmp_path / "out" / "huidig-gaps.pdf").is_file()
    code, _, err = run("gaps", ideal, current, "--journey", "Sales", "-o", tmp_path / "out")
    assert code != 0 and "holds no journey to compare named 'Sales' (--journey)" in " ".join(err.split())


def test_a_member_without_a_partner_is_named(tmp_path: Path) -> None:
    ideal = buying_group(tmp_path / "ideaal.xlsx", "Ideaal", ["HR", "IT", "CFO"])
    current = buying_group(tmp_path / "huidig.xlsx", "Huidig", ["HR", "CFO"])
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0 and out.count("== ") == 2
    assert "not compared: 'Klantreis' (sheet 'Blad2')" in " ".join(err.split())


def test_ideal_and_current_sheets_of_one_workbook_pair_by_member(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for member in MEMBERS:
        for scenario in ("Ideaal", "Huidig"):
            member_sheet(book.create_sheet(f"{member} {scenario.lower()}"), member, scenario, title=False)
    book.save(tmp_path / "beide.xlsx")
    code, out, err = run("gaps", tmp_path / "beide.xlsx", "-o", tmp_path / "out")
    assert code == 0, err
    sections = out.split("== ")[1:]
    assert len(sections) == 3 and "not compared" not in err
    for member, section in zip(MEMBERS, sections, strict=True):
        assert f"(blad '{member} ideaal') (ideaal) met" in section
        assert f"(blad '{member} huidig') (huidig)" in section
        assert f"Ontbreekt nu (starten): Wat doet de klant?: {WISHES[member]}" in section
    # check --explain says the same pairs before the workshop's gaps run
    _, explained, _ = run("check", "--explain", tmp_path / "beide.xlsx")
    pairs = [line for line in explained.splitlines() if "gaps of this workbook alone compares" in line]
    assert [("HR ideaal" in line and "HR huidig" in line) for line in pairs] == [True, False, False]
    assert all("paired by name" in line for line in pairs)  # untitled: named after their sheets


def _with_touchpoints(path: Path) -> Path:
    """The current workbook with a Touchpoints sheet of the whole buying group: one touchpoint to start."""
    book = openpyxl.load_workbook(path)
    sheet = book.create_sheet("Contactmomenten")
    sheet.append(["Fase", "Contactmoment", "Kanaal", "Huidig (ja/nee/deels)", "Ideaal (ja/nee)"])
    sheet.append(["Demo", "Referentiebezoek bij klant", "Bezoek", "nee", "ja"])
    book.save(path)
    return path


def test_a_dutch_pair_is_headed_in_dutch_and_the_sheets_actions_are_said_once(tmp_path: Path) -> None:
    """A Dutch buying group's report: each pair's heading in the report's words ("(ideaal) met … (huidig) —
    gekoppeld op naam", as "Ontbreekt nu" under it), and the Touchpoints sheet's action, which every pair
    has (the sheet is the workbook's), said once after the pairs instead of under each of the three."""
    ideal = buying_group(tmp_path / "ideaal.xlsx", "Ideaal", ["HR", "IT", "CFO"])
    current = _with_touchpoints(buying_group(tmp_path / "huidig.xlsx", "Huidig", ["HR", "IT", "CFO"]))
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    headings = [line for line in out.splitlines() if line.startswith("== ")]
    assert len(headings) == 4  # three pairs, then what all three share
    for heading in headings[:3]:
        assert "(ideaal) met 'Klantreis" in heading and "(huidig) — gekoppeld op " in heading
        assert "(blad 'Blad" in heading and "paired" not in heading and "(sheet" not in heading
    assert "gekoppeld op naam" in out and "gekoppeld op persona" in out
    assert out.count("Referentiebezoek bij klant") == 1
    assert headings[3] == "== Voor elk paar, van het blad Contactmomenten (één keer gezegd)"
    assert "Referentiebezoek bij klant" in out.split(headings[3])[1]


def test_a_journey_name_that_names_none_lists_every_journey_there_is(tmp_path: Path) -> None:
    """Hostile 19 F21: --journey naming none listed one journey of three: every pair, and each journey without
    a partner, are named."""
    ideal = buying_group(tmp_path / "ideaal.xlsx", "Ideaal", ["HR", "IT", "CFO"])
    current = buying_group(tmp_path / "huidig.xlsx", "Huidig", ["HR", "CFO"])
    code, _, err = run("gaps", ideal, current, "--journey", "Sales", "-o", tmp_path / "out")
    said = " ".join(err.split())
    assert code != 0 and "holds no journey to compare named 'Sales' (--journey): the journeys compared are" in said
    assert "'Klantreis HR'" in said and "'Klantreis CFO'" in said, said
    assert "without a partner, so not compared: 'Klantreis' (sheet 'Blad2')" in said, said
