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


def test_a_persona_of_one_name_that_differs_is_one_persona_warned_and_each_word_changed_in_its_cell(
    tmp_path: Path,
) -> None:
    """The other half of F15, as round 19 decided: a copy edited on one sheet only (by hand, or by an earlier
    apply) is still one persona (the same name on two sheets), the quote it gives otherwise kept twice and
    warned naming both; in the kit each is a card of its own, and a change of one is written into its cell."""
    current = _sheet("Huidig") | {"D6": "Als de monteur maar uitlegt wat hij doet."}
    source = make_book(tmp_path / "stroom.xlsx", {"IDEAL": _sheet("Ideaal"), "CURRENT": current})
    said = " ".join(CliRunner().invoke(main, ["check", str(source)]).output.split())
    assert (
        "CURRENT!D6: persona 'Mohammed El Amrani' is on sheets 'IDEAL' and 'CURRENT', which give 'Quote' otherwise "
        "('Als de monteur maar aan huis komt.' and 'Als de monteur maar uitlegt wat hij doet.'): both kept"
    ) in said
    assert "persona of its own" not in said and "named 'Ayşe Yılmaz'" not in said
    assert [p.name.text for p in read_canvas(source).personas if p.name] == ["Ayşe Yılmaz", "Mohammed El Amrani"]
    (tmp_path / "kit").mkdir()
    changes, rows = kit_of(source, tmp_path / "kit")
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    card = {sheet.cell(row, 4).value: row for card, row in rows.items() if card.startswith("PE")}
    assert "Als de monteur maar aan huis komt." in card and "Als de monteur maar uitlegt wat hij doet." in card
    fill(
        changes,
        {
            (card["Als de monteur maar uitlegt wat hij doet."], 5): "wijzigen",
            (card["Als de monteur maar uitlegt wat hij doet."], 6): "Als de monteur het maar uitlegt.",
        },
    )
    out = tmp_path / "stroom-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 changed" in stdout
    written = openpyxl.load_workbook(out)
    assert [written[name]["D6"].value for name in ("IDEAL", "CURRENT")] == [
        "Als de monteur maar aan huis komt.",
        "Als de monteur het maar uitlegt.",
    ]
    (mohammed,) = [p for p in read_canvas(out).personas if p.name and p.name.text == "Mohammed El Amrani"]
    assert [item.text for key, item in mohammed.fields.items() if key.startswith("quote")] == [
        "Als de monteur maar aan huis komt.",
        "Als de monteur het maar uitlegt.",
    ]


def test_a_field_both_sheets_give_alike_is_changed_on_both_when_the_persona_differs_elsewhere(tmp_path: Path) -> None:
    """A persona joined by its name (its quote differs between the sheets) keeps where its alike fields are
    written on the second sheet too: a change of its age in the kit is written on both sheets, so the next
    reading has one age, not the new one beside the one it replaced."""
    current = _sheet("Huidig") | {"D6": "Als de monteur maar uitlegt wat hij doet."}
    source = make_book(tmp_path / "stroom.xlsx", {"IDEAL": _sheet("Ideaal"), "CURRENT": current})
    (tmp_path / "kit").mkdir()
    changes, rows = kit_of(source, tmp_path / "kit")
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    card = {sheet.cell(row, 4).value: row for card, row in rows.items() if card.startswith("PE")}
    fill(changes, {(card["67"], 5): "wijzigen", (card["67"], 6): "68"})
    out = tmp_path / "stroom-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 changed" in stdout
    written = openpyxl.load_workbook(out)
    assert [str(written[name]["B6"].value) for name in ("IDEAL", "CURRENT")] == ["68", "68"]
    (mohammed,) = [p for p in read_canvas(out).personas if p.name and p.name.text == "Mohammed El Amrani"]
    assert [
        item.text for key, item in mohammed.fields.items() if key.startswith("leeftijd") or key.startswith("age")
    ] == ["68"]
