"""Persona key/value blocks side by side (#30 item 1): one persona, a pain-point table under it its own."""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from canvasgen.cli import main
from tests.support.read_back import lost_lines, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.shapes import labels
from tests.support.workbooks import make_book

BLOCKS = [
    ("Field", [("Name", "Maya Jansen"), ("Age", "31"), ("Occupation", "Nurse"), ("Location", "Utrecht")]),
    ("Category", [("Goals", "Find a home near work"), ("Needs", "Clear prices"), ("Frustrations", "Slow replies")]),
    ("Category", [("Channels", "Funda app"), ("Quote", "I just want to know where I stand"), ("Devices", "Phone")]),
]
PAINS = [("Pain point", "Impact", "Frequency"), ("Hidden costs", "High", "Often"), ("No reply", "Medium", "Weekly")]


@dataclass
class Around:
    """How the blocks stand: ``gap`` blank columns between them, maybe a ``title`` merged over them all, a
    heading merged over the pain table (``pains_title``), the word over each block's values."""

    gap: int = 1
    title: str = ""
    pains_title: str = ""
    value_head: str = "Details"
    merged: bool = True  # the title merged over the blocks, or written in one cell over the labels


def blocks_book(
    path: Path,
    sheet: str,
    blocks: list[tuple[str, list[tuple[str, str]]]],
    top: int = 4,
    left: int = 2,
    pains: list[tuple[str, ...]] | None = None,
    around: Around | None = None,
) -> Path:
    """Key/value blocks side by side and a pain-point table under them, placed as ``around`` says."""
    shape = around or Around()
    gap, title, pains_title, value_head = shape.gap, shape.title, shape.pains_title, shape.value_head
    cells: dict[str, object] = {}
    merges: list[str] = []
    step = 2 + gap
    for b, (head, rows) in enumerate(blocks):
        key, value = get_column_letter(left + step * b), get_column_letter(left + step * b + 1)
        cells[f"{key}{top}"], cells[f"{value}{top}"] = head, value_head
        for i, (label, text) in enumerate(rows, start=1):
            cells[f"{key}{top + i}"], cells[f"{value}{top + i}"] = label, text
    if title:
        cells[f"{get_column_letter(left)}{top - 2}"] = title
        if shape.merged:
            merges.append(
                f"{get_column_letter(left)}{top - 2}:{get_column_letter(left + step * len(blocks) - 2)}{top - 2}"
            )
    below = top + max(len(rows) for _, rows in blocks) + 3
    if pains and pains_title:
        cells[f"{get_column_letter(left)}{below}"] = pains_title
        merges.append(f"{get_column_letter(left)}{below}:{get_column_letter(left + len(pains[0]) - 1)}{below}")
        below += 1
    for i, row in enumerate(pains or []):
        for j, text in enumerate(row):
            cells[f"{get_column_letter(left + j)}{below + i}"] = text
    return make_book(path, {sheet: cells}, {sheet: merges})


@pytest.mark.parametrize("sheet", ["Sheet1", "Persona"])
def test_blocks_side_by_side_are_one_persona_and_the_pain_table_its_own(tmp_path: Path, sheet: str) -> None:
    path = blocks_book(tmp_path / "maya.xlsx", sheet, BLOCKS, pains=PAINS)
    canvas = read_canvas(path)
    assert canvas.journeys == []  # was refused, or read as a journey "Details | Category | Details (2)"
    (maya,) = canvas.personas
    assert maya.name is not None and maya.name.text == "Maya Jansen"
    assert maya.get("goals") == "Find a home near work" and maya.get("quote") == "I just want to know where I stand"
    assert maya.get("devices") == "Phone"
    assert maya.get("frustrations_2") == "Hidden costs · High · Often\nNo reply · Medium · Weekly"
    assert lost_lines(path, canvas) == []
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (pdf,), (pptx,) = sorted((tmp_path / "out").rglob("*.pdf")), sorted((tmp_path / "out").rglob("*.pptx"))
    for text in (squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))):
        assert all(squeeze(value) in text for _, rows in BLOCKS for _, value in rows)
        assert squeeze("Hidden costs") in text


NL_BLOCKS = [
    ("Kenmerk", [("Naam", "Fatima El Amrani"), ("Leeftijd", "38"), ("Beroep", "Docent"), ("Woonplaats", "Tilburg")]),
    ("Kenmerk", [("Doelen", "Snel een afspraak"), ("Behoeften", "Duidelijke wachttijden")]),
    ("Onderwerp", [("Kanalen", "Website, telefoon"), ("Citaat", "Ik wil weten waar ik aan toe ben")]),
]
NL_PAINS = [("Pijnpunt", "Ernst", "Hoe vaak"), ("Lange wachtrij", "Hoog", "Wekelijks")]
AT_BLOCKS = [("Attribute", BLOCKS[0][1]), ("Onderdeel", BLOCKS[1][1]), ("Thema", BLOCKS[2][1])]
RU_BLOCKS = [
    ("Поле", [("Имя", "Ольга Смирнова"), ("Возраст", "29"), ("Профессия", "Бухгалтер")]),
    ("Категория", [("Цели", "Быстро оплатить счета"), ("Цитата", "Не хочу звонить в банк")]),
]
RU_PAINS = [("Проблема", "Частота", "Идея"), ("Долгая загрузка", "Часто", "Кэш")]  # 'Проблема' was no pain word


@pytest.mark.parametrize(
    ("blocks", "pains", "shape"),
    [
        (BLOCKS, PAINS, {"gap": 2}),  # two blank columns between the blocks: was a journey 'Details | Category...'
        (BLOCKS, PAINS, {"gap": 3, "pains_title": "Pain points"}),  # the table under a heading merged over it
        (NL_BLOCKS, NL_PAINS, {"title": "Persona: Fatima El Amrani", "value_head": "Waarde"}),  # was a journey
        (RU_BLOCKS, RU_PAINS, {"value_head": "Значение", "left": 1, "top": 3}),
        (NL_BLOCKS, NL_PAINS, {"title": "Persona", "gap": 2, "value_head": "Toelichting", "pains_title": "Pijn"}),
        # round 9, third look: a title in one cell over the labels, a blank row under it, made the first
        # block's header 'Attribute | Value' a field 'attribute' of the persona
        (
            AT_BLOCKS,
            PAINS,
            {"title": "Persona profile — Maya, the careful saver", "merged": False, "value_head": "Value"},
        ),
        (NL_BLOCKS, NL_PAINS, {"title": "Persona: Fatima El Amrani", "merged": False, "value_head": "Waarde"}),
    ],
)
def test_blocks_past_more_blank_columns_under_a_title_are_one_persona(
    tmp_path: Path, blocks: list[tuple[str, list[tuple[str, str]]]], pains: list[tuple[str, ...]], shape: dict[str, Any]
) -> None:
    top, left = shape.pop("top", 4), shape.pop("left", 2)
    path = blocks_book(tmp_path / "p.xlsx", "Sheet1", blocks, top, left, pains, Around(**shape))
    canvas = read_canvas(path)
    assert canvas.journeys == []
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == blocks[0][1][0][1]
    values = [item.text for item in persona.fields.values()]
    assert all(value in values for _, rows in blocks[1:] for _, value in rows)
    assert not any(key in persona.fields for key in ("kenmerk", "field", "attribute"))  # a block's header is no field
    pain_lines = " · ".join(pains[1])
    assert any(pain_lines in value for value in values)  # the whole row, every column of it
    assert lost_lines(path, canvas) == []


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_any_number_of_blocks_with_any_header_words(data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 4))
    words = data.draw(labels(3 * n + 2))
    first = ("Field", [("Name", words[0]), ("Age", "40"), ("Role", words[1])])
    rest = [
        (
            data.draw(st.sampled_from(["Category", "Topic", "Veld", "Kenmerk", "Категория"])),
            [(words[2 + 3 * b], words[3 + 3 * b]), (words[4 + 3 * b], words[4 + 3 * b] + " x")],
        )
        for b in range(n - 1)
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = blocks_book(
            Path(folder) / "p.xlsx",
            "Sheet1",
            [first, *rest],
            data.draw(st.integers(3, 6)),
            data.draw(st.integers(1, 4)),
            around=Around(
                gap=data.draw(st.integers(1, 3)),
                title=data.draw(st.sampled_from(["", "Persona", f"Persona: {words[0]}"])),
                value_head=data.draw(st.sampled_from(["Details", "Waarde", "Значение"])),
            ),
        )
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (persona,) = canvas.personas
    assert canvas.journeys == []
    texts = [item.text for item in persona.fields.values()]
    assert all(value in texts for _, rows in rest for _, value in rows)


def test_explain_says_blocks_were_joined_and_the_correction_that_changes_it(tmp_path: Path) -> None:
    """check --explain says the blocks right of Maya's and the table under them were read as hers, with the
    correction that would change it; that correction (a 'Name' row in a block) does change it."""
    path = blocks_book(tmp_path / "maya.xlsx", "Sheet1", BLOCKS, pains=PAINS)
    explained = CliRunner().invoke(main, ["check", str(path), "--explain"])
    assert explained.exit_code == 0, explained.output
    said = " ".join(explained.output.split())
    assert (
        "sheet 'Sheet1': 2 key/value blocks right of the block of 'Maya Jansen' (headed "
        "'Category | Details' in E4, 'Category | Details' in H4, past blank columns) read as more fields of "
        "'Maya Jansen', not as personas of their own, their headers headings, not notes — to read a block as a "
        "persona of its own, give it a 'Name' row"
    ) in said
    assert (
        "the table under the fields of 'Maya Jansen' (B11, headed 'Pain point · Impact · Frequency', 2 rows) "
        "read as the frustrations of 'Maya Jansen', a line per row — to keep it apart as notes, leave three "
        "blank rows above it"
    ) in said
    named = [*BLOCKS[:2], ("Category", [("Name", "Joost Smit"), *BLOCKS[2][1]])]
    corrected = read_canvas(blocks_book(tmp_path / "two.xlsx", "Sheet1", named))
    assert [p.name.text for p in corrected.personas if p.name] == ["Maya Jansen", "Joost Smit"]
    assert corrected.personas[1].get("quote") == "I just want to know where I stand"


def test_a_block_and_a_table_under_it_are_two_personas_each_said(tmp_path: Path) -> None:
    """Round 9: a key/value block ('Veld | Details', 'Naam | Fatima', ...) then, past blank rows, a table
    'Naam | Rol | Doelen | ...' with Henk's row: Fatima from the block, Henk from the table (was four personas
    named 'Fatima', 'Doelen', 'Frustraties', 'Voorkeurskanalen', Henk a field of Fatima's, 'Naam: Rol')."""
    block = [("Naam", "Fatima El Amrani"), ("Leeftijd", "42"), ("Rol", "Verpleegkundige"), ("Doelen", "Vergunning")]
    cells: dict[str, object] = {"A1": "Veld", "B1": "Details"}
    for i, (label, value) in enumerate(block, start=2):
        cells[f"A{i}"], cells[f"B{i}"] = label, value
    head = ["Naam", "Rol", "Doelen", "Frustraties", "Voorkeurskanalen"]
    henk = ["Henk Bosman", "Mantelzorger", "Zonder boete parkeren", "Krasvakjes", "Balie, telefoon"]
    for c, (h, v) in enumerate(zip(head, henk, strict=True)):
        cells[f"{get_column_letter(c + 1)}9"], cells[f"{get_column_letter(c + 1)}10"] = h, v
    path = make_book(tmp_path / "p.xlsx", {"Personas": cells})
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name] == ["Fatima El Amrani", "Henk Bosman"]
    fatima, henk_read = canvas.personas
    assert fatima.get("role") == "Verpleegkundige" and "Henk Bosman" not in [i.text for i in fatima.fields.values()]
    assert henk_read.get("goals") == "Zonder boete parkeren" and henk_read.get("role") == "Mantelzorger"
    assert "Balie, telefoon" in [i.text for i in henk_read.fields.values()]
    said = " ".join(CliRunner().invoke(main, ["check", str(path), "--explain"]).output.split())
    assert (
        "the table at A9 (headed 'Naam | Rol | Doelen | Frustraties | Voorkeurskanalen', 1 row) read as personas "
        "of their own, one per row, beside the key/value block of 'Fatima El Amrani'"
    ) in said
    assert "Voorkeurskanalen (empty)" not in said
    # the block's header row is structure: said, not printed as the client's notes
    assert "'Veld | Details' in A1:B1 heads the block of 'Fatima El Amrani': its header row, not a note" in said
    assert canvas.notes == [] and [h.text for h in canvas.headings] == ["Veld", "Details"]
    assert lost_lines(path, canvas) == []


@pytest.mark.parametrize("key_words", [("Name", "Age", "Role", "Goals"), ("Naam", "Leeftijd", "Rol", "Doelen")])
@pytest.mark.parametrize("blank_row", [False, True])
def test_blocks_side_by_side_each_with_its_name_row_are_two_personas(
    tmp_path: Path, key_words: tuple[str, ...], blank_row: bool
) -> None:
    """Round 9 (hostile r5d): 'Name | Fatima', ... in A:B and 'Name | Joost', ... in D:E were one persona, Joost's
    values over Fatima's; a block with its own Name row is a persona of its own."""
    people = [["Fatima El Amrani", "34", "Beslisser", "Snel naar werk"], ["Joost de Boer", "58", "Betaler", "Fit"]]
    cells: dict[str, object] = {}
    for b, values in enumerate(people):
        key, value = get_column_letter(1 + 3 * b), get_column_letter(2 + 3 * b)
        for i, (label, text) in enumerate(zip(key_words, values, strict=True)):
            row = 1 + i + (1 if blank_row and i >= 2 else 0)
            cells[f"{key}{row}"], cells[f"{value}{row}"] = label, text
    path = make_book(tmp_path / "p.xlsx", {"Personas": cells})
    canvas = read_canvas(path)
    assert [[p.name.text if p.name else "", *(i.text for i in p.fields.values())] for p in canvas.personas] == people
    assert lost_lines(path, canvas) == []


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_personas_one_a_column_with_blank_columns_between(data: st.DataObject) -> None:
    """Round 10: personas one per column beside one column of labels, a blank column between them: the
    persona past the first blank column and all after it were kept as notes."""
    n = data.draw(st.integers(2, 4))
    keys = data.draw(
        st.sampled_from(
            [
                ["Name", "Age", "Role", "Goals", "Frustrations"],
                ["Naam", "Leeftijd", "Beroep", "Doelen", "Frustraties"],
                ["Name", "Alter", "Beruf", "Ziele", "Frustrationen"],
            ]
        )
    )
    words = data.draw(labels(n * (len(keys) - 1)))
    top, left = data.draw(st.integers(1, 4)), data.draw(st.integers(1, 3))
    gaps = [data.draw(st.integers(0, 1)) for _ in range(n - 1)]  # each blank column there or not
    cells: dict[str, Any] = {}
    for r, key in enumerate(keys):
        cells[f"{get_column_letter(left)}{top + r}"] = key
    col = left + 1
    for p in range(n):
        for r in range(len(keys)):
            value = str(20 + p) if r == 1 else words[p * (len(keys) - 1) + (r if r == 0 else r - 1)]
            cells[f"{get_column_letter(col)}{top + r}"] = value
        col += 1 + (gaps[p] if p < n - 1 else 0)
    with tempfile.TemporaryDirectory() as folder:
        path = make_book(Path(folder) / "p.xlsx", {"Personas": cells})
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    assert [p.name.text for p in canvas.personas if p.name] == [words[p * (len(keys) - 1)] for p in range(n)]


@pytest.mark.parametrize(
    ("sheet", "cells", "expected"),
    [
        # round 10 (M7b): two fields, a sheet named for its persona: the words went to notes
        (
            "Persona",
            {"A1": "Naam", "B1": "Sanne", "A2": "Beroep", "B2": "Verpleegkundige"},
            [("Sanne", "Verpleegkundige")],
        ),
        ("Personas", {"B3": "Name", "C3": "Omar Haddad"}, [("Omar Haddad", None)]),
        # the same two labels across a header row over rows of values: a table, one persona per row
        (
            "Persona",
            {"A1": "Naam", "B1": "Beroep", "A2": "Sanne", "B2": "Verpleegkundige", "A3": "Tom", "B3": "Docent"},
            [("Sanne", "Verpleegkundige"), ("Tom", "Docent")],
        ),
        (
            "Persona",
            {"A1": "Naam", "B1": "Beroep", "A2": "Sanne", "B2": "Verpleegkundige"},
            [("Sanne", "Verpleegkundige")],
        ),
    ],
)
def test_a_persona_sheet_with_few_fields_is_a_persona(
    tmp_path: Path, sheet: str, cells: dict[str, object], expected: list[tuple[str, str | None]]
) -> None:
    """A sheet named Persona(s) holding key/value fields is a persona whatever the number of its fields (three
    were needed: a two-field persona's words went to notes); a header row of the same labels stays a table."""
    canvas = read_canvas(make_book(tmp_path / "persona.xlsx", {sheet: cells}))
    found = [
        (p.name.text if p.name else "", p.fields["role"].text if "role" in p.fields else None) for p in canvas.personas
    ]
    assert found == expected
    assert canvas.notes == []


HEADED_BLOCKS = {
    "en": [
        ("Demographics", [("Name", "Maya Jansen"), ("Age", "31"), ("Occupation", "Nurse")]),
        ("Goals & needs", [("Goals", "Find a home near work"), ("Needs", "Clear prices")]),
        ("Behaviour", [("Channels", "Funda app"), ("Quote", "I just want to know where I stand")]),
    ],
    "nl": [
        ("Profiel", [("Naam", "Fatima El Amrani"), ("Leeftijd", "38"), ("Beroep", "Docent")]),
        ("Wat wil ze", [("Doelen", "Snel een afspraak"), ("Behoeften", "Duidelijke wachttijden")]),
    ],
    "de": [
        ("Steckbrief", [("Name", "Jana Becker"), ("Alter", "34"), ("Beruf", "Lehrerin")]),
        ("Ziele & Bedürfnisse", [("Ziele", "Eine Wohnung finden"), ("Bedürfnisse", "Klare Preise")]),
        ("Verhalten", [("Kanäle", "App"), ("Zitat", "Ich will wissen, woran ich bin")]),
    ],
}


@pytest.mark.parametrize("language", sorted(HEADED_BLOCKS))
@pytest.mark.parametrize("merged", [True, False])
def test_blocks_each_under_a_heading_of_its_own_are_one_persona(tmp_path: Path, language: str, merged: bool) -> None:
    """Blocks headed by one word each ("Demographics", "Goals & needs"), merged over the block's two columns or
    written over its labels alone, with no word over the values: the labels down the first block were taken
    as the names of three personas ('Name', 'Age', 'Occupation') and the values lost to notes, or the first
    row of each block beside taken as its header."""
    blocks = HEADED_BLOCKS[language]
    cells: dict[str, object] = {}
    merges: list[str] = []
    for b, (heading, rows) in enumerate(blocks):
        key, value = get_column_letter(2 + 3 * b), get_column_letter(3 + 3 * b)
        cells[f"{key}3"] = heading
        if merged:
            merges.append(f"{key}3:{value}3")
        for i, (label, text) in enumerate(rows, start=4):
            cells[f"{key}{i}"], cells[f"{value}{i}"] = label, text
    path = make_book(tmp_path / "persona.xlsx", {"Blad1": cells}, {"Blad1": merges})
    canvas = read_canvas(path)
    assert canvas.journeys == []
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == blocks[0][1][0][1]
    values = {text for _, rows in blocks for _, text in rows} - {persona.name.text}
    assert {item.text for item in persona.fields.values()} == values
    # hostile 12 F8: the headings are structure, kept and said, never "Notes from the workbook"
    assert canvas.notes == [] and {h.text for h in canvas.headings} == {heading for heading, _ in blocks}
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    first = "B3" + ":C3" * merged
    assert f"'{blocks[0][0]}' in {first} heads the block of '{persona.name.text}': a heading, not a note" in explained
    refs = [f"{get_column_letter(5 + 3 * b)}3" + (f":{get_column_letter(6 + 3 * b)}3" * merged) for b in range(3)]
    beside = ", ".join(f"'{heading}' in {ref}" for ref, (heading, _) in zip(refs, blocks[1:], strict=False))
    assert f"(headed {beside}, past blank columns) read as more fields of '{persona.name.text}'" in explained


UNNAMED_BLOCKS = {
    "en": (
        "Field",
        "Category",
        "Details",
        [("Age", "31"), ("Occupation", "Nurse"), ("Location", "Ede")],
        [("Goals", "Find a home")],
    ),
    "nl": (
        "Kenmerk",
        "Onderwerp",
        "Toelichting",
        [("Leeftijd", "29"), ("Beroep", "Docent"), ("Woonplaats", "Ede")],
        [("Doelen", "Sparen")],
    ),
    "de": (
        "Merkmal",
        "Kategorie",
        "Angabe",
        [("Alter", "34"), ("Beruf", "Lehrerin"), ("Wohnort", "Köln")],
        [("Ziele", "Wohnung finden")],
    ),
}


@pytest.mark.parametrize("language", sorted(UNNAMED_BLOCKS))
@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Persona: Maya Jansen", "Maya Jansen"),
        ("Persona profile – Sanne, the careful saver", "Sanne"),
        ("Persona-Steckbrief: Jana Becker (34)", "Jana Becker"),
    ],
)
def test_blocks_without_a_name_row_under_a_persona_title_are_its_persona(
    tmp_path: Path, language: str, title: str, name: str
) -> None:
    """Round 12: blocks with no Name row under 'Field | Details' ... 'Category | Details' were one persona named
    'Details' (the word over the values read as its name), the blocks beside and the pain table a journey."""
    corner, other, value_head, first, second = UNNAMED_BLOCKS[language]
    blocks = [(corner, first), (other, second)]
    path = blocks_book(
        tmp_path / "p.xlsx", "Blad1", blocks, pains=PAINS, around=Around(title=title, value_head=value_head)
    )
    canvas = read_canvas(path)
    assert canvas.journeys == []
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == name
    assert {i.text for i in persona.fields.values()} >= {text for _, rows in blocks for _, text in rows}
    alone = title == f"Persona: {name}"  # a title of no more than the name is a heading; a remark stays a note
    assert (title in {h.text for h in canvas.headings}) == alone
    assert (title in {note.text for note in canvas.notes}) != alone
    assert lost_lines(path, canvas) == []
    explained = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    said = f"the title in B2:F2 ('{title}') names the persona of the block at "
    assert (
        said in explained
        and f"'{name}'" + (": a heading, not a note" if alone else ", kept as a note too") in (explained.split(said)[1])
    )


def test_two_blocks_each_under_a_name_of_its_own_stay_two_personas(tmp_path: Path) -> None:
    """The word over a block's values names its persona when the block beside bears another name."""
    cells: dict[str, object] = {"A1": "Field", "B1": "Ahmed", "D1": "Field", "E1": "Ineke"}
    for b, values in enumerate([("40", "Driver", "Home early"), ("67", "Retired", "Stay fit")]):
        for i, (label, text) in enumerate(zip(("Age", "Occupation", "Goals"), values, strict=True), start=2):
            cells[f"{get_column_letter(1 + 3 * b)}{i}"], cells[f"{get_column_letter(2 + 3 * b)}{i}"] = label, text
    path = make_book(tmp_path / "p.xlsx", {"Blad1": cells})
    canvas = read_canvas(path)
    assert [p.name.text if p.name else "" for p in canvas.personas] == ["Ahmed", "Ineke"]
    assert lost_lines(path, canvas) == []


@pytest.mark.parametrize(
    "blocks",
    [
        [("Field", [("Name", "Maya Jansen"), ("Age", "31")]), ("Category", [("Goals", "A home"), ("Needs", "Prices")])],
        [
            ("Kenmerk", [("Naam", "Sanne de Vries"), ("Beroep", "Docent")]),
            ("Onderwerp", [("Doelen", "Sparen")]),
            ("Onderwerp", [("Kanalen", "App"), ("Citaat", "Eerst zien")]),
        ],
    ],
)
def test_blocks_of_two_fields_each_are_one_persona(
    tmp_path: Path, blocks: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    """Round 12: blocks of fewer than three fields each were read as a table of personas whose header row was
    the blocks' first row ('Name | Maya Jansen | Goals | A home'): a persona 'Age' with a field 'maya_jansen'."""
    path = blocks_book(tmp_path / "p.xlsx", "Sheet1", blocks)
    canvas = read_canvas(path)
    assert canvas.journeys == []
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == blocks[0][1][0][1]
    assert {i.text for i in persona.fields.values()} == {text for _, rows in blocks for _, text in rows} - {
        persona.name.text
    }
    assert lost_lines(path, canvas) == []


def test_blocks_headed_by_other_words_each_without_a_name_row_are_one_persona(tmp_path: Path) -> None:
    """Round 12: 'Merkmal | Angabe', 'Kategorie | Beschreibung', 'Thema | Inhalt' (another word over each
    block's values) under 'Persona: Jana Becker': the persona was named 'Angabe', the other blocks notes."""
    cells: dict[str, object] = {"A1": "Persona: Jana Becker"}
    blocks = [
        (("Merkmal", "Angabe"), [("Alter", "34"), ("Beruf", "Lehrerin"), ("Wohnort", "Köln")]),
        (("Kategorie", "Beschreibung"), [("Ziele", "Eine Wohnung finden"), ("Motivation", "Sicherheit")]),
        (("Thema", "Inhalt"), [("Kanäle", "App, E-Mail"), ("Geräte", "Smartphone")]),
    ]
    for b, (head, rows) in enumerate(blocks):
        key, value = get_column_letter(1 + 3 * b), get_column_letter(2 + 3 * b)
        cells[f"{key}3"], cells[f"{value}3"] = head
        for i, (label, text) in enumerate(rows, start=4):
            cells[f"{key}{i}"], cells[f"{value}{i}"] = label, text
    path = make_book(tmp_path / "p.xlsx", {"Persona": cells})
    canvas = read_canvas(path)
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Jana Becker"
    assert {i.text for i in persona.fields.values()} == {text for _, rows in blocks for _, text in rows}
    assert lost_lines(path, canvas) == []


@pytest.mark.parametrize("merged", [True, False])
def test_headings_and_a_title_are_no_notes_and_a_note_stays_whole_on_the_poster_and_in_the_deck(
    tmp_path: Path, merged: bool
) -> None:
    """Hostile 12 F8: a title 'Persona: Maya Jansen' over three blocks under headings (merged over each block or
    written over its labels) and a 'Notes' column under them: the title and the headings were printed as
    "Notes from the workbook", and the one note split in two at "; "."""
    cells: dict[str, object] = {"A1": "Persona: Maya Jansen", "A9": "Notes"}
    cells["A10"] = "Interviewed 3 times; prefers evening calls"
    merges: list[str] = []
    for b, (heading, rows) in enumerate(HEADED_BLOCKS["en"]):
        key, value = get_column_letter(1 + 3 * b), get_column_letter(2 + 3 * b)
        cells[f"{key}3"] = heading
        merges += [f"{key}3:{value}3"] if merged else []
        for i, (label, text) in enumerate(rows, start=4):
            cells[f"{key}{i}"], cells[f"{value}{i}"] = label, text
    path = make_book(tmp_path / "maya.xlsx", {"Persona": cells}, {"Persona": merges})
    canvas = read_canvas(path)
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Maya Jansen"
    assert [n.text for n in canvas.notes] == ["Interviewed 3 times; prefers evening calls"]
    headings = {h.text for h in canvas.headings}
    assert headings >= {"Persona: Maya Jansen", "Demographics", "Goals & needs", "Behaviour"}
    assert lost_lines(path, canvas) == []
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    poster, deck = squeeze(pdf_text(out / "maya.pdf")), squeeze(slide_text(out / "maya.pptx"))
    for text in (poster, deck):
        assert squeeze("Interviewed 3 times; prefers evening calls") in text
        assert not any(squeeze(heading) in text for heading in ("Demographics", "Goals & needs", "Behaviour"))
        for _, rows in HEADED_BLOCKS["en"]:
            assert all(squeeze(value) in text for _, value in rows)
    assert squeeze("Persona: Maya Jansen") not in poster  # the deck's persona slide is titled so by canvasgen
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert "'Demographics' in A3" in said and "heads the block of 'Maya Jansen': a heading, not a note" in said
    assert "the title in A1 ('Persona: Maya Jansen') names 'Maya Jansen': a heading, not a note" in said


@pytest.mark.parametrize(
    ("first_header", "second", "top"),
    [
        ("", [("Channels", "Instagram stories"), ("Needs", "Flexible hours")], 2),  # neither block headed
        (("Field", "Details"), [("Channels", "Instagram stories"), ("Needs", "Flexible hours")], 2),  # the 1st only
        (("Veld", "Gegevens"), [("Kanalen", "Instagram stories"), ("Behoeften", "Flexibele uren")], 3),
        ("", [("Fears", "Losing her visa"), ("Needs", "Flexible hours")], 2),  # a label no field of canvasgen's
    ],
)
def test_a_block_beside_without_a_header_row_keeps_its_first_field(
    tmp_path: Path, first_header: tuple[str, str] | str, second: list[tuple[str, str]], top: int
) -> None:
    """Round 14 F11: the second block's first field ("Channels | Instagram; TikTok") was taken for its header
    row, a heading: gone from the poster and the deck."""
    first = [("Name", "Lina Osei"), ("Age", "29"), ("Job", "Barista")]
    cells: dict[str, object] = {}
    if first_header:
        cells[f"A{top - 1}"], cells[f"B{top - 1}"] = first_header
    for i, ((label, value), (label2, value2)) in enumerate(itertools.zip_longest(first, second, fillvalue=("", ""))):
        cells[f"A{top + i}"], cells[f"B{top + i}"] = label, value
        if label2:
            cells[f"D{top + i}"], cells[f"E{top + i}"] = label2, value2
    path = make_book(tmp_path / "lina.xlsx", {"Persona": {k: v for k, v in cells.items() if v}})
    canvas = read_canvas(path)
    (lina,) = canvas.personas
    channels, needs = second[0][1], second[1][1]
    assert channels in {str(lina.get(key)) for key in lina.fields} and lina.get("needs") == needs
    assert second[0][0] not in {h.text for h in canvas.headings}
    assert lost_lines(path, canvas) == []
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    for text in (squeeze(pdf_text(out / "lina.pdf")), squeeze(slide_text(out / "lina.pptx"))):
        assert squeeze(channels) in text and squeeze(second[0][0]) in text
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert f"its first row '{second[0][0]}' in D{top} is a field" in said
