"""``diff`` reports what changed in the Touchpoints and Personas sheets (N6, H7) in every form it takes —
the terminal, --json, the -o PDF and deck, the page's table — and compares both of two lanes with one label
(H1); the page's table shows no internal words ("similarity:", "position:") (N15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx import Presentation

from canvasgen.analysis.diff import compare
from canvasgen.analysis.report import diff_blocks
from canvasgen.web.tables import diff_table
from tests.support.cli import run
from tests.support.read_back import pdf_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, Cells, make_book, repair_journey, template_with

CANVAS: Cells = {
    "A1": "Klantreis parkeervergunning",
    "A3": "Fase",
    "B3": "Aanvragen",
    "C3": "Wachten",
    "D3": "Gebruiken",
    "A4": "Klantproces",
    "B4": "Vult formulier in",
    "C4": "Wacht op post",
    "D4": "Parkeert voor de deur",
    "A5": "Pijnpunten",
    "B5": "DigiD kwijt",
    "C5": "Geen bericht",
    "D5": "Plek bezet",
    "A6": "Pijnpunten",
    "B6": "Formulier te lang",
    "D6": "Boete ondanks vergunning",
}
TOUCHPOINTS: Cells = {
    "A1": "Fase",
    "B1": "Contactmoment",
    "C1": "Kanaal",
    "A2": "Aanvragen",
    "B2": "Aanvraagformulier",
    "C2": "Website",
    "A3": "Wachten",
    "B3": "Bevestigingsbrief",
    "C3": "Post",
    "A4": "Gebruiken",
    "B4": "Handhaver",
    "C4": "Straat",
}
PERSONAS: Cells = {
    "A1": "Naam",
    "B1": "Rol",
    "C1": "Doelen",
    "A2": "Ahmed",
    "B2": "Bewoner",
    "C2": "Snel een vergunning\nZonder gedoe",
    "A3": "Ineke",
    "B3": "Mantelzorger",
    "C3": "Parkeren bij haar moeder",
}


def _versions(tmp_path: Path) -> tuple[Path, Path]:
    old = make_book(tmp_path / "v1.xlsx", {"Klantreis": CANVAS, "Contactmomenten": TOUCHPOINTS, "Personas": PERSONAS})
    new = make_book(
        tmp_path / "v2.xlsx",
        {
            "Klantreis": {**CANVAS, "B6": "Formulier te lang en onduidelijk", "C6": "Niemand neemt op"},
            "Contactmomenten": {
                **TOUCHPOINTS,
                "B3": "Bevestigingsmail",
                "C3": "E-mail",
                "A5": "Gebruiken",
                "B5": "Parkeerapp",
                "C5": "App",
            },
            "Personas": {**PERSONAS, "C3": "Parkeren bij haar moeder, ook 's avonds"},
        },
    )
    return old, new


def test_touchpoint_and_persona_changes_in_the_terminal_and_json(tmp_path: Path) -> None:
    old, new = _versions(tmp_path)
    code, out, _ = run("diff", old, new)
    assert code == 0
    assert "Contactmomenten\n  - hernoemd: Bevestigingsbrief → Bevestigingsmail  (Contactmomenten!B3)" in out
    assert "  - Bevestigingsmail · Kanaal: Post → E-mail  (Contactmomenten!C3)" in out
    assert "  - erbij: Parkeerapp  (Contactmomenten!B5)" in out
    assert "Persona's\n  - Ineke · Doelen: Parkeren bij haar moeder → Parkeren bij haar moeder, ook 's avonds" in out
    code, out, _ = run("diff", old, new, "--json")
    data = json.loads(out)
    assert [i["text"] for i in data["touchpoints_added"]] == ["Parkeerapp"]
    assert [(c["name"], c["field"], c["old"]["text"], c["new"]["text"]) for c in data["touchpoints_changed"]] == [
        ("Bevestigingsmail", "name", "Bevestigingsbrief", "Bevestigingsmail"),
        ("Bevestigingsmail", "Kanaal", "Post", "E-mail"),
    ]
    assert [(c["name"], c["field"]) for c in data["personas_changed"]] == [("Ineke", "Doelen")]


def test_touchpoint_and_persona_changes_in_the_pdf_deck_and_the_pages_table(tmp_path: Path) -> None:
    old, new = _versions(tmp_path)
    code, _, err = run("diff", old, new, "-o", tmp_path / "out", "--lang", "nl")
    assert code == 0, err
    text = squeeze(pdf_text(tmp_path / "out" / "v2-changes.pdf"))
    for said in (
        "Contactmomenten",
        "hernoemd: Bevestigingsbrief → Bevestigingsmail",
        "Bevestigingsmail · Kanaal: Post",
        "erbij: Parkeerapp",
        "Persona's",
        "Ineke · Doelen",
    ):
        assert squeeze(said) in text, said
    deck = Presentation(str(tmp_path / "out" / "v2-changes.pptx"))
    slides = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    assert "Bevestigingsmail · Kanaal: Post → E-mail" in slides and "Ineke · Doelen" in slides
    rows = diff_table(compare(read_canvas(old), read_canvas(new)).to_dict())["rows"]
    assert ["", "touchpoints_added", "Parkeerapp", "Contactmomenten!B5"] in rows
    assert ["", "touchpoints_changed", "Bevestigingsmail · Kanaal: Post → E-mail", "Contactmomenten!C3"] in rows
    doelen = "Ineke · Doelen: Parkeren bij haar moeder → Parkeren bij haar moeder, ook 's avonds"
    assert ["", "personas_changed", doelen, "Personas!C3"] in rows


def test_the_pages_table_says_no_internal_words(tmp_path: Path) -> None:
    old, new = _versions(tmp_path)
    rows = diff_table(compare(read_canvas(old), read_canvas(new)).to_dict())["rows"]
    changed = [r for r in rows if r[1] == "changed"]
    assert [
        "Aanvragen · Pijnpunten (2)",
        "changed",
        "Formulier te lang → Formulier te lang en onduidelijk",
        "Klantreis!B6",
    ] in changed
    assert not any(r[2].startswith(("similarity", "position")) for r in rows)


def test_both_lanes_of_one_label_are_compared_by_their_place(tmp_path: Path) -> None:
    old, new = _versions(tmp_path)
    _, out, _ = run("diff", old, new)
    assert "Aanvragen · Pijnpunten (2): gewijzigd: Formulier te lang → Formulier te lang en onduidelijk" in out
    assert "Wachten · Pijnpunten (2): erbij: Niemand neemt op  (Klantreis!C6)" in out
    assert "Pijnpunten: " not in out.replace("Pijnpunten (2)", "")  # the first lane did not change


def test_a_touchpoint_that_follows_its_phases_new_name_did_not_change() -> None:
    old, new = CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
    changes = compare(read_canvas(old), read_canvas(new)).to_dict()  # "Gebruik" renamed "Altijd"
    assert changes["touchpoints_changed"] == [] and changes["personas_changed"] == []


def test_a_figure_of_a_renamed_touchpoint_is_one_change_not_two(tmp_path: Path) -> None:
    """Round 5 (N9): renaming "Telefoonlijn" showed its figure as gone and as new; now it is the same figure."""

    def version(name: str, touchpoint: str, figure: str) -> Path:
        rows = {"Contactmomenten": [["Interesse", touchpoint, "Telefoon", "", "", "", "", "", "", figure]]}
        return template_with(tmp_path / name, "nl", "Kansen", [], rows)

    old = version("v1.xlsx", "Telefoonlijn", "Terugbelpercentage 40% (doel 90%)")
    same = version("v2.xlsx", "Telefoonlijn (alleen 's ochtends)", "Terugbelpercentage 40% (doel 90%)")
    better = version("v3.xlsx", "Telefoonlijn (alleen 's ochtends)", "Terugbelpercentage 55% (doel 90%)")
    assert compare(read_canvas(old), read_canvas(same)).figures == []
    (change,) = compare(read_canvas(old), read_canvas(better)).figures
    assert change.old is not None and change.new is not None
    assert (change.old.value, change.new.value) == (40, 55)
    code, output, _ = run("diff", old, better)
    assert code == 0 and "no longer measured" not in output and "(new)" not in output


def test_a_kpi_whose_figure_changed_is_told_once_under_the_figures(tmp_path: Path) -> None:
    """Round 10: the touchpoint's KPI "Wachttijd 55 min (doel 30 min)" → "Wachttijd 40 min (…)" was said
    under Touchpoints and again under Measured figures. A change of its words beside the figure is said
    under Touchpoints still: no word of it is lost."""
    old = read_canvas(repair_journey(tmp_path / "huidig.xlsx"))
    new = read_canvas(
        repair_journey(tmp_path / "later.xlsx", changes={"Contactmomenten!F2": "Wachttijd 40 min (doel 30 min)"})
    )
    diff = compare(old, new)
    assert diff.touchpoints == []
    assert [(f.metric, f.where) for f in diff.figures] == [("Wachttijd", "Pech onderweg · Pechnummer")]
    blocks = {block.heading: block.lines for block in diff_blocks(diff, "nl")}
    assert "Contactmomenten" not in blocks
    assert [line for line, _ in blocks["Gemeten cijfers"]] == [
        "Pech onderweg · Pechnummer · Wachttijd: 55 min → 40 min (doel 30 min: niet gehaald)"
    ]
    worded = repair_journey(
        tmp_path / "anders.xlsx", changes={"Contactmomenten!F2": "Wachttijd bij pech 40 min (doel 30 min)"}
    )
    diff = compare(old, read_canvas(worded))
    assert [label for change in diff.touchpoints for label, _, _ in change.fields] == ["KPI"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Wachttijd (Q2) 55 min (doel 30 min)", "Wachttijd (Q3) 40 min (doel 30 min)"),
        ("Wachttijd (3 klachten) 55 min (doel 30 min)", "Wachttijd (5 klachten) 40 min (doel 30 min)"),
    ],
)
def test_a_second_number_changed_beside_a_kpi_figure_is_still_said(tmp_path: Path, before: str, after: str) -> None:
    """Only the figure's own value and target are set aside: "Q2" → "Q3" or "3 klachten" → "5 klachten" in
    the cell whose figure changed is a change of its own, said under Touchpoints (it was dropped)."""
    old = read_canvas(repair_journey(tmp_path / "a.xlsx", changes={"Contactmomenten!F2": before}))
    new = read_canvas(repair_journey(tmp_path / "b.xlsx", changes={"Contactmomenten!F2": after}))
    diff = compare(old, new)
    # the figure's name holds the other number: under the figures it is one gone and one new
    assert {(f.old and f.old.value, f.new and f.new.value) for f in diff.figures} == {(55, None), (None, 40)}
    fields = [(label, a and a.text, b and b.text) for change in diff.touchpoints for label, a, b in change.fields]
    assert fields == [("KPI", before, after)]


def test_a_touchpoint_renamed_in_its_row_is_renamed_and_the_emptied_rows_are_removed(tmp_path: Path) -> None:
    """Hostile 11 H6: the first touchpoint emptied (removed) and the third renamed to a long text in its own
    row: diff paired the first with the third's new name ("renamed: Social advertentie → …") and said the
    third was removed, two claims about one cell, both wrong; and it repeated the 800-character name on
    every line of its fields."""
    long_name = "Очень длинный текст о форме заявки " * 23
    rows: Cells = {"A1": "Fase", "B1": "Contactmoment", "C1": "Kanaal", "D1": "Eigenaar"}
    rows |= {"A2": "Aanvragen", "B2": "Social advertentie", "C2": "Social media", "D2": "Marketing"}
    rows |= {"A3": "Aanvragen", "B3": "Website-calculator", "C3": "Website", "D3": "Marketing"}
    rows |= {"A4": "Wachten", "B4": "Offerteformulier", "C4": "Website", "D4": "Sales"}
    rows |= {"A5": "Gebruiken", "B5": "Huisbezoek adviseur", "C5": "Huisbezoek", "D5": "Sales"}
    emptied = {ref: None for ref in ("A2", "B2", "C2", "D2", "A3", "B3", "C3", "D3", "A5", "B5", "C5", "D5")}
    new_rows = {**rows, **emptied, "B4": long_name, "C4": "E-mail", "D4": "Klantenservice"}
    old = make_book(tmp_path / "v1.xlsx", {"Klantreis": CANVAS, "Contactmomenten": rows})
    new = make_book(tmp_path / "v2.xlsx", {"Klantreis": CANVAS, "Contactmomenten": new_rows})
    blocks = diff_blocks(compare(read_canvas(old), read_canvas(new)))
    (touchpoints,) = [block for block in blocks if block.heading == "Touchpoints"]
    lines = [(" ".join(text.split()), cell) for text, cell in touchpoints.lines]
    whole = " ".join(long_name.split())
    assert (f"renamed: Offerteformulier → {whole}", "Contactmomenten!B4") in lines
    removed = sorted(text for text, _ in lines if text.startswith("removed: "))
    assert removed == ["removed: Huisbezoek adviseur", "removed: Social advertentie", "removed: Website-calculator"]
    assert sum(whole in text for text, _ in lines) == 1  # the whole name once, its start on the other lines
    start = "Очень длинный текст о форме заявки Очень длинный текст о…"
    assert (f"{start} · Kanaal: Website → E-mail", "Contactmomenten!C4") in lines
