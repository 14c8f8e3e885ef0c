"""A persona's key/value block under a title naming it ("Persona: Maya Jansen"), headed by a header pair
("Veld | Details"), alone or with blocks beside it (round 23, found going round the workshop loop): the title
was read as the block's 'Name' row (a name of no value), "Veld" as a field and the persona left unnamed; or,
alone, the header row's "Details" was taken for a name over the values."""

from __future__ import annotations

import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from canvasgen.cli import main
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

FIELDS = [("Leeftijd", "34"), ("Beroep", "Docent"), ("Doelen", "Rust in het hoofd")]
BESIDE = [("Frustraties", "Lange wachtlijst"), ("Kanalen", "Telefoon")]


def _book(folder: Path, *, corner: str, head: str, blank_under_title: bool, beside: bool, column: int) -> Path:
    cells: dict[str, object] = {}
    first = get_column_letter(column)
    cells[f"{first}1"] = "Persona: Maya Jansen"
    top = 3 if blank_under_title else 2
    blocks = [FIELDS, BESIDE] if beside else [FIELDS]
    for number, fields in enumerate(blocks):
        key, value = (get_column_letter(column + 3 * number + c) for c in (0, 1))
        cells[f"{key}{top}"], cells[f"{value}{top}"] = corner, head
        for row, (label, text) in enumerate(fields, start=top + 1):
            cells[f"{key}{row}"], cells[f"{value}{row}"] = label, text
    return make_book(folder / "persona.xlsx", {"Persona": cells})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    corner=st.sampled_from(["Veld", "Field", "Kenmerk", "Categorie", "Merkmal"]),
    head=st.sampled_from(["Details", "Gegevens", "Value", "Waarde", "Angabe", "Beschrijving"]),
    blank_under_title=st.booleans(),
    beside=st.booleans(),
    column=st.integers(1, 3),
)
def test_a_block_under_its_title_is_the_persona_the_title_names(
    corner: str, head: str, blank_under_title: bool, beside: bool, column: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _book(
            Path(folder), corner=corner, head=head, blank_under_title=blank_under_title, beside=beside, column=column
        )
        canvas = read_canvas(path)
    assert len(canvas.personas) == 1
    persona = canvas.personas[0]
    assert persona.name is not None and persona.name.text == "Maya Jansen"
    shown = {item.text for item in persona.fields.values()}
    assert {text for _, text in FIELDS} <= shown
    if beside:
        assert {text for _, text in BESIDE} <= shown
    # the header pair heads the block: no field of the persona, no note
    assert head not in shown and corner not in shown
    assert not [note for note in canvas.notes if note.text in (corner, head, "Persona: Maya Jansen")]


def test_check_says_the_title_names_the_block_and_the_header_pair_heads_it(tmp_path: Path) -> None:
    path = _book(tmp_path, corner="Veld", head="Details", blank_under_title=False, beside=False, column=1)
    said = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert said.exit_code == 0, said.output
    assert "1 persona read: Maya Jansen" in said.output
    assert "'Veld | Details' in A2:B2 heads the block of Maya Jansen" in said.output or (
        "'Veld | Details' in A2:B2 heads the block of the persona" in said.output
    )
    assert "names the persona of the block at A3: 'Maya Jansen'" in said.output
