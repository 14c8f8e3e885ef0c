"""Round 16 F14: the web page refused a Mermaid journey (.md, .mmd) that the CLI reads ("canvasgen reads .xlsx,
… files here"), and a text file named .xlsx was read as a CSV of one column ("no customer journey canvas found
… in sheets 'fake'") on the page and in the CLI alike, where random bytes under that name got the right sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from canvasgen.cli import main
from canvasgen.web.app import Settings, create_app

pytestmark = pytest.mark.xdist_group("web api")

MERMAID = (
    "journey\n  title Een fiets kopen\n  section Kiezen\n    Leest reviews: 4: Klant\n"
    "  section Kopen\n    Betaalt in de winkel: 2: Klant\n  section Rijden\n    Fietst naar het werk: 5: Klant\n"
)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_upload_mb=2)), base_url="http://localhost:8000") as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("name", "text"), [("fiets.mmd", MERMAID), ("fiets.md", f"# Fiets\n\nOnze reis.\n\n```mermaid\n{MERMAID}```\n")]
)
def test_the_page_builds_a_mermaid_journey_as_the_cli_does(client: TestClient, name: str, text: str) -> None:
    answer = client.post("/api/build", files={"workbook": (name, text.encode())}, data={"size": "A3"})
    assert answer.status_code == 200, answer.text
    journey = answer.json()["summary"]["journeys"][0]
    assert journey["phases"] == ["Kiezen", "Kopen", "Rijden"]


def test_a_text_file_named_as_a_workbook_is_said_to_be_none(client: TestClient, tmp_path: Path) -> None:
    sentence = "the file is named as an Excel workbook (.xlsx) but is not one: it is plain text"
    answer = client.post("/api/build", files={"workbook": ("reis.xlsx", b"not a workbook\n")})
    assert answer.status_code == 422 and sentence in answer.json()["error"], answer.text
    fake = tmp_path / "reis.xlsx"
    fake.write_bytes(b"not a workbook\n")
    result = CliRunner().invoke(main, ["check", str(fake)])
    assert result.exit_code != 0 and sentence in " ".join(result.output.split()), result.output
    assert "Traceback" not in result.output


def test_rows_of_cells_named_as_a_workbook_are_read_as_csv_and_said(tmp_path: Path) -> None:
    named = tmp_path / "reis.xlsx"
    named.write_text("Fase,Zoeken,Kopen,Gebruiken\nKlantproces,zoekt,koopt,gebruikt\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(named)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "3 phases: Zoeken | Kopen | Gebruiken" in said
    assert "the file is named as an Excel workbook (.xlsx) but is a text file: read as the rows of a CSV file" in said
