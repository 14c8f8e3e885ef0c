"""A buying group written as its members' roles (#30, round 23 item 1): a sheet headed only "Rol | Beschrijving",
one member a row, gives a persona per row called by their role, the description kept; said in ``check --explain``
with the correction. Its variants: English and other Dutch headers, a name column beside the role, blank rows
between members, a title row above, a sheet of any name; a list of a product's functions ("Functie |
Omschrijving") stays notes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.layout.meta import buying_group
from canvasgen.text import label_key
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas

_CANVAS = [
    ("Fase", "Oriëntatie", "Selectie", "Aankoop"),
    ("Klantactiviteiten", "Zoekt leveranciers", "Vergelijkt offertes", "Tekent het contract"),
    ("Pijnpunten", "Te veel keus", "Onduidelijke prijzen", "Lange juridische check"),
    ("Emotie", 1, -1, 0),
]
_MEMBERS = [
    ("Beslisser", "Directeur, tekent"),
    ("Gebruiker", "Planner, werkt er dagelijks mee"),
    ("Inkoper", "Bewaakt de voorwaarden"),
]


def _book(path: Path, sheet: str, rows: list[tuple[object, ...]], at: tuple[int, int] = (1, 1)) -> Path:
    """A canvas on its own sheet, and ``rows`` on ``sheet`` from the cell ``at`` (row, column) on; None a blank row."""
    book = openpyxl.Workbook()
    canvas = book.active
    assert canvas is not None
    canvas.title = "Klantreis"
    for row in _CANVAS:
        canvas.append(list(row))
    people = book.create_sheet(sheet)
    for r, row in enumerate(rows, start=at[0]):
        for c, value in enumerate(row, start=at[1]):
            people.cell(r, c, value)
    book.save(path)
    return path


@pytest.mark.parametrize("sheet", ["Inkoopgroep", "Betrokkenen", "Blad2", "DMU"])
def test_rol_and_beschrijving_give_a_persona_per_member(tmp_path: Path, sheet: str) -> None:
    path = _book(tmp_path / "groep.xlsx", sheet, [("Rol", "Beschrijving"), *_MEMBERS])
    canvas = read_canvas(path)  # was: 0 personas, its rows notes ("A1:B4 is a small table ... kept as notes")
    assert [(p.name.text if p.name else None, p.get("bio")) for p in canvas.personas] == _MEMBERS
    assert [p.name.source.cell for p in canvas.personas if p.name and p.name.source] == ["A2", "A3", "A4"]
    assert not [n for n in canvas.notes if "Beslisser" in n.text]
    assert buying_group(canvas)  # the roles name a buying group's members ("Beslisser", "Inkoper")
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        f"sheet '{sheet}': personas, by its " in out
        and "one member per row (rows 2 to 4), each called by their role in column A ('Rol'), beside 'Beschrijving' "
        "(to name them otherwise, add a column 'Naam' or 'Name' beside the role)"
        in out
    )
    assert "3 personas read: Beslisser, Gebruiker, Inkoper" in out


def test_english_headers_blank_rows_and_a_title_above(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("Buying center of the bakery",),
        (),
        ("Role", "Description"),
        ("Decision maker", "Signs the budget"),
        (),
        ("User", "Plans the ovens every day"),
    ]
    path = _book(tmp_path / "group.xlsx", "People", rows, at=(3, 2))
    canvas = read_canvas(path)
    assert [(p.name.text if p.name else None, p.get("bio")) for p in canvas.personas] == [
        ("Decision maker", "Signs the budget"),
        ("User", "Plans the ovens every day"),
    ]
    assert [n.text for n in canvas.notes] == ["Buying center of the bakery"]  # the title above: a note, not lost


def test_functie_and_omschrijving_under_a_title_naming_people(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("Betrokkenen bij de aankoop",),
        ("Functie", "Omschrijving"),
        ("Directeur", "Tekent"),
        ("Planner", "Plant de productie"),
    ]
    canvas = read_canvas(_book(tmp_path / "groep.xlsx", "Blad2", rows))
    assert [p.name.text for p in canvas.personas if p.name] == ["Directeur", "Planner"]


def test_a_list_of_functions_stays_notes(tmp_path: Path) -> None:
    """'Functie' is a product's function as often as a job: with nothing saying people, its rows stay notes."""
    rows: list[tuple[object, ...]] = [
        ("Functie", "Omschrijving"),
        ("Zoeken", "Vindt producten"),
        ("Filteren", "Op prijs"),
    ]
    canvas = read_canvas(_book(tmp_path / "functies.xlsx", "Blad2", rows))
    assert canvas.personas == []
    assert {"Zoeken · Vindt producten", "Filteren · Op prijs"} <= {n.text for n in canvas.notes}


def test_a_name_column_beside_the_role_names_them(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [("Naam", "Rol", "Beschrijving"), ("Karin", "Beslisser", "Directeur"), ()]
    rows.append(("Ahmed", "Gebruiker", "Planner"))
    canvas = read_canvas(_book(tmp_path / "groep.xlsx", "Inkoopgroep", rows))
    assert [(p.name.text if p.name else None, p.get("role")) for p in canvas.personas] == [
        ("Karin", "Beslisser"),
        ("Ahmed", "Gebruiker"),
    ]


def test_the_members_come_out_of_the_poster_and_the_deck(tmp_path: Path) -> None:
    path = _book(tmp_path / "groep.xlsx", "Inkoopgroep", [("Rol", "Beschrijving"), *_MEMBERS])
    code, out, _ = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out
    pdf, pptx = tmp_path / "out" / "groep.pdf", tmp_path / "out" / "groep.pptx"
    for text in (squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))):
        for role, description in _MEMBERS:
            assert squeeze(role) in text and squeeze(description) in text
    assert squeeze("Rol: Beslisser") in squeeze(slide_text(pptx))  # the member's slide headed by the column


_ROLE_HEADS = ["Rol", "Role", "Functie", "Rolle", "Rol in de inkoopgroep", "Job title"]
_TEXT_HEADS = ["Beschrijving", "Description", "Omschrijving", "Doelen", "Goals"]
_ROLE = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéë ", min_size=3, max_size=18).map(lambda r: " ".join(r.split()))
_ROLE = _ROLE.filter(bool)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_members_by_role_at_any_place(data: st.DataObject) -> None:
    """Any role heading beside any field, members of any role words, anywhere on a sheet named for its people,
    blank rows between them, a title above or none: one persona per member, called by their role."""
    role_head, text_head = data.draw(st.sampled_from(_ROLE_HEADS)), data.draw(st.sampled_from(_TEXT_HEADS))
    roles = data.draw(st.lists(_ROLE, min_size=1, max_size=7, unique_by=label_key))
    texts = data.draw(
        st.lists(st.sampled_from(["Tekent", "Plant de week", "Betaalt de rekening"]), min_size=len(roles))
    )
    rows: list[tuple[object, ...]] = [("Inkoopgroep van de klant",)] if data.draw(st.booleans()) else []
    rows.append((role_head, text_head))
    for role, text in zip(roles, texts, strict=False):
        rows.extend([()] * data.draw(st.integers(0, 2)))
        rows.append((role, f"{text} ({role})"))
    at = (data.draw(st.integers(1, 6)), data.draw(st.integers(1, 5)))
    sheet = data.draw(st.sampled_from(["Inkoopgroep", "Personas", "Buying group"]))
    with tempfile.TemporaryDirectory() as folder:
        canvas = read_canvas(_book(Path(folder) / "groep.xlsx", sheet, rows, at))
    assert [p.name.text if p.name else None for p in canvas.personas] == roles
    assert [p.get({"doelen": "goals", "goals": "goals"}.get(text_head.lower(), "bio")) for p in canvas.personas] == [
        f"{text} ({role})" for role, text in zip(roles, texts, strict=False)
    ]


_TWICE = [
    ("Rol", "Beschrijving"),
    ("Eigenaar", "Beslist over de kassa"),
    ("Gebruiker", "Werkt overdag achter de toonbank"),
]
_TWICE += [("Gebruiker", "Vult 's avonds het magazijn aan")]


def test_a_role_on_two_rows_of_a_sheet_named_for_the_group_numbers_its_members(tmp_path: Path) -> None:
    """Round 24: 'Gebruiker' twice on a sheet named 'Inkoopgroep' made the sheet notes, while --explain said
    'personas, by its name' over 0 personas read."""
    path = _book(tmp_path / "groep.xlsx", "Inkoopgroep", _TWICE)
    canvas = read_canvas(path)
    assert [(p.name.text if p.name else None, p.get("bio")) for p in canvas.personas] == [
        ("Eigenaar", "Beslist over de kassa"),
        ("Gebruiker 1", "Werkt overdag achter de toonbank"),
        ("Gebruiker 2", "Vult 's avonds het magazijn aan"),
    ]
    assert [p.name.source.cell for p in canvas.personas if p.name and p.name.source] == ["A2", "A3", "A4"]
    _, out, _ = run_clean("check", "--explain", path)
    assert "rows 3, 4 share the role 'Gebruiker': called 'Gebruiker 1', 'Gebruiker 2', as the sheet says" in out
    assert "3 personas read: Eigenaar, Gebruiker 1, Gebruiker 2" in out


def test_a_role_on_two_rows_of_a_sheet_of_no_such_name_is_notes_and_says_why(tmp_path: Path) -> None:
    """The roles of a buying group all differ (a list of user stories repeats its roles): kept, and said in check
    and --explain with what to write instead of 'personas, by its name' over 0 personas."""
    path = _book(tmp_path / "groep.xlsx", "Blad2", _TWICE)
    canvas = read_canvas(path)
    assert canvas.personas == []
    assert {"Gebruiker · Werkt overdag achter de toonbank", "Eigenaar · Beslist over de kassa"} <= {
        n.text for n in canvas.notes
    }
    said = (
        "rows 3, 4 share the role 'Gebruiker' in column A ('Rol'): no buying group (its members' roles all differ), "
        "read as notes — if they are its members, add a column 'Naam' or 'Name' beside the role"
    )
    for args in (["check"], ["check", "--explain"]):
        _, out, _ = run_clean(*args, path)
        assert said in " ".join(out.split()), args
