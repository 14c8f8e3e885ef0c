"""A journey named in one cell after its label ("Klantreis: een e-bike kopen bij …", round 24, new user): the
poster and deck titled "een e-bike kopen bij …", the label cut and the client's sentence starting in lower case;
and --explain called the cell under it ("Opgesteld door …") the map's title and said to write 'Journey: <name>',
while the first cell named the journey. The label is kept off the name only where it is read as one, the name
then starts with a capital as the client's sentence does, and --explain says what was read."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.workbooks import make_book

NAMED = "Klantreis: een keuken laten plaatsen bij Keukenhuis Bos"
UNDER = "Uitgewerkt door team Noord na de workshop van 12 mei"


def _book(path: Path, first: str) -> Path:
    cells: dict[str, object] = {"A1": first, "A2": UNDER, "A4": "Fase", "B4": "Oriënteren", "C4": "Bestellen"}
    cells |= {"D4": "Plaatsen", "A5": "Wat doet de klant?", "B5": "Kijkt in de showroom", "C5": "Tekent"}
    cells |= {"D5": "Wacht op de monteur", "A6": "Pijnpunten", "B6": "Geen prijzen online", "D6": "Monteur te laat"}
    return make_book(path, {"Keuken": cells})


def test_the_name_after_its_label_starts_with_a_capital_and_explain_says_which_cell_named_it(tmp_path: Path) -> None:
    source = _book(tmp_path / "keuken.xlsx", NAMED)
    code, stdout, stderr = run_clean("check", source, "--json")
    assert code == 0, stderr
    [journey] = json.loads(stdout)["journeys"]
    assert journey["name"] == "Een keuken laten plaatsen bij Keukenhuis Bos"
    code, stdout, stderr = run_clean("check", source, "--explain")
    said = " ".join(stdout.split())
    assert (
        "Keuken!A1 ('Klantreis: een keuken laten plaatsen bij Keukenhuis Bos') names the journey 'Een keuken laten "
        "plaatsen bij Keukenhuis Bos': 'Klantreis:' is the label before its name, kept off the title, its first "
        "letter a capital as the sentence starts — to print the cell as written, give --title 'Klantreis: een "
        "keuken laten plaatsen bij Keukenhuis Bos'"
    ) in said
    assert "is the map's title" not in said  # A2 is the line over it, not the title; A1 named the journey
    assert (
        "Keuken!A2 ('Uitgewerkt door team Noord na de workshop van 12 mei'), alone above the table, is the line" in said
    )
    code, _, stderr = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0, stderr
    poster, deck = (
        squeeze(pdf_text(tmp_path / "out" / "keuken.pdf")),
        squeeze(slide_text(tmp_path / "out" / "keuken.pptx")),
    )
    for printed in (poster, deck):
        assert squeeze("Een keuken laten plaatsen bij Keukenhuis Bos") in printed
        assert squeeze("een keuken laten plaatsen") not in printed


def test_a_name_that_starts_as_its_own_word_is_kept_as_written(tmp_path: Path) -> None:
    """ "eBay-verkoper worden" keeps its own spelling: only a word written all in lower case gets a capital."""
    source = _book(tmp_path / "ebay.xlsx", "Klantreis: eBay-verkoper worden")
    code, stdout, stderr = run_clean("check", source, "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["journeys"][0]["name"] == "eBay-verkoper worden"


def test_a_name_that_starts_with_a_web_address_keeps_its_spelling(tmp_path: Path) -> None:
    """Hostile round 24: a journey named after a shop's address ("Klantreis: bol.com retourneren", "Journey:
    www.fietsland.nl") was printed "Bol.com retourneren", "Www.fietsland.nl": an address is written as typed, a
    word of its own spelling as "eBay" is; a name's first word of plain letters still gets its capital."""
    for written, name in (
        ("Klantreis: bol.com retourneren", "bol.com retourneren"),
        ("Klantreis: www.fietsland.nl bestellen", "www.fietsland.nl bestellen"),
        ("Klantreis: info@fietsland.nl mailen", "info@fietsland.nl mailen"),
        ("Klantreis: retourneren bij bol.com", "Retourneren bij bol.com"),
    ):
        source = _book(tmp_path / "adres.xlsx", written)
        code, stdout, stderr = run_clean("check", source, "--json")
        assert code == 0, stderr
        assert json.loads(stdout)["journeys"][0]["name"] == name, written
