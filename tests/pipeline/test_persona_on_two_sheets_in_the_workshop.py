"""Round 19 (new user, F15): a persona table copied onto the ideal and the current journey's sheets is read as
one persona per name; a change of it in the kit was written into the first sheet only, so the next reading had
two personas of one name (the team's new text and the text it replaced). apply writes every copy."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book
from tests.support.workshop import fill, kit_of

PERSONAS = [
    ("Persona", "Leeftijd", "Situatie", "Quote"),
    ("Ayşe Yılmaz", 34, "Huurwoning in Rotterdam-Zuid", "Yeşil enerji iyi, ama fiyat önemli."),
    ("Mohammed El Amrani", 67, "Gepensioneerd, woont alleen", "Als de monteur maar aan huis komt."),
]


def _sheet(scenario: str) -> Cells:
    cells: Cells = {"A1": "Klantreis: Overstappen naar groene stroom", "A2": "Scenario", "B2": scenario}
    rows = [
        *PERSONAS,
        (),
        (),
        ("Fase", "Oriëntatie", "Overwegen", "Aankoop"),
        ("Wat doet de klant?", "Zoekt online", "Vergelijkt prijzen", "Sluit af"),
        ("Touchpoints", "Website", "Vergelijker", "Webshop"),
        ("Pijnpunten", "Te veel keuze", "", "Lange wachttijd"),
    ]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            if value:
                cells[f"{'ABCD'[c]}{r}"] = value
    return cells


def test_a_persona_written_on_two_sheets_is_changed_on_both_and_stays_one(tmp_path: Path) -> None:
    source = make_book(tmp_path / "stroom.xlsx", {"IDEAL": _sheet("Ideaal"), "CURRENT": _sheet("Huidig")})
    assert [p.name.text for p in read_canvas(source).personas if p.name] == ["Ayşe Yılmaz", "Mohammed El Amrani"]
    (tmp_path / "kit").mkdir()
    changes, rows = kit_of(source, tmp_path / "kit")
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    card = {sheet.cell(row, 4).value: row for card, row in rows.items() if card.startswith("PE")}
    fill(
        changes,
        {
            (card["Als de monteur maar aan huis komt."], 5): "wijzigen",
            (card["Als de monteur maar aan huis komt."], 6): "Als de monteur maar uitlegt wat hij doet.",
            (card["34"], 5): "weg",
        },
    )
    out = tmp_path / "stroom-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 changed, 1 removed" in stdout
    written = openpyxl.load_workbook(out)
    for name in ("IDEAL", "CURRENT"):
        assert [written[name][ref].value for ref in ("B5", "D6")] == [None, "Als de monteur maar uitlegt wat hij doet."]
    personas = read_canvas(out).personas
    assert [(p.name.text if p.name else "", p.get("quote")) for p in personas] == [
        ("Ayşe Yılmaz", "Yeşil enerji iyi, ama fiyat önemli."),
        ("Mohammed El Amrani", "Als de monteur maar uitlegt wat hij doet."),
    ]


def test_personas_of_one_name_that_differ_are_warned_with_the_fields_they_differ_in(tmp_path: Path) -> None:
    """The other half of F15: a copy edited on one sheet only (by hand, or by an earlier apply) is two personas
    of one name, two slides; check says so, naming the cells and the fields they differ in."""
    current = _sheet("Huidig") | {"D6": "Als de monteur maar uitlegt wat hij doet."}
    source = make_book(tmp_path / "stroom.xlsx", {"IDEAL": _sheet("Ideaal"), "CURRENT": current})
    said = " ".join(CliRunner().invoke(main, ["check", str(source)]).output.split())
    assert (
        "2 personas are named 'Mohammed El Amrani' (IDEAL!A6, CURRENT!A6) and differ in 'Quote': each is a persona "
        "of its own, with its own slide and card — if they are one, write them alike; if not, give each a name of "
        "its own"
    ) in said
    assert "named 'Ayşe Yılmaz'" not in said
