"""Round 23 (the workshop loop): a team adding a touchpoint or a persona's line on the changes sheet writes a new row
with the *Baan* the kit's own rows print for them ('Contactmoment', 'Forens Fatima · Frustraties'). Neither is a
lane: the touchpoint was refused as an "unknown lane" (the kit's own word), the persona's line as having "no phase".
Each is refused at its lane cell in one sentence saying where to write it; nothing is written."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workbooks import Cells, make_book
from tests.support.workshop import fill, kit_of

CANVAS: Cells = {
    "A1": "Klantreis: een e-bike kopen",
    "A3": "Fase",
    "B3": "Oriëntatie",
    "C3": "Aankoop",
    "A4": "Klantproces",
    "B4": "Zoekt reviews",
    "C4": "Bestelt online",
    "A5": "Pijnpunten",
    "B5": "Te veel keuze",
    "C5": "Lange levertijd",
}
TOUCHPOINTS: Cells = {"A1": "Fase", "B1": "Contactmoment", "A2": "Oriëntatie", "B2": "Instagram-advertentie"}
PERSONAS: Cells = {"A1": "Naam", "B1": "Frustraties", "A2": "Forens Fatima", "B2": "Regen"}


def test_a_new_touchpoint_or_persona_line_is_refused_saying_where_to_write_it(tmp_path: Path) -> None:
    sheets = {"Klantreis": CANVAS, "Contactmomenten": TOUCHPOINTS, "Personas": PERSONAS}
    source = make_book(tmp_path / "fiets.xlsx", sheets)
    changes, rows = kit_of(source, tmp_path)
    new = max(rows.values()) + 2  # under the line of new cards
    fill(
        changes,
        {
            (new, 2): "Aankoop",
            (new, 3): "Contactmoment",  # as the kit's row of TP-01 prints it
            (new, 6): "WhatsApp-bericht",
            (new + 1, 3): "Forens Fatima · Frustraties",  # as the kit's row of the persona's line prints it
            (new + 1, 6): "Geen stalling op het werk",
        },
    )
    out = tmp_path / "fiets-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 1 and not out.exists()
    said = stderr.splitlines()
    assert said == [
        f"error: {changes}: Wijzigingen!C{new}: row {new}: 'Contactmoment' names the touchpoints on sheet "
        "'Contactmomenten', not a lane: a new touchpoint is not added from the changes sheet — write it in a row of "
        "its own on sheet 'Contactmomenten', with its phase",
        f"error: {changes}: Wijzigingen!C{new + 1}: row {new + 1}: 'Forens Fatima · Frustraties' names a persona's "
        "line on sheet 'Personas', not a lane: a persona's new words are not added from the changes sheet — write "
        "them in the persona's cell on sheet 'Personas', or change that line on its own row (by its ID)",
    ]


def test_a_lane_labelled_as_the_touchpoints_still_takes_a_new_card(tmp_path: Path) -> None:
    """A canvas whose lane has the Touchpoints sheet's label takes the new card in that lane, as before."""
    canvas = {**CANVAS, "A6": "Contactmoment", "B6": "Website", "C6": "Webshop"}
    source = make_book(tmp_path / "fiets.xlsx", {"Klantreis": canvas, "Contactmomenten": TOUCHPOINTS})
    changes, rows = kit_of(source, tmp_path)
    new = max(rows.values()) + 2
    fill(changes, {(new, 2): "Aankoop", (new, 3): "Contactmoment", (new, 6): "WhatsApp-bericht"})
    out = tmp_path / "fiets-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 added" in stdout
    assert openpyxl.load_workbook(out)["Klantreis"]["C6"].value == "Webshop\nWhatsApp-bericht"
