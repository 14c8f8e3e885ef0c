"""Round 21 (hostile F7, on the page): ``/api/apply`` keeps the team's notes as ``apply`` does, each on its own
sheet's cell in the workbook downloaded, as the lines it sends say."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from canvasgen.web.app import Settings, create_app
from tests.support.team_notes import NOTES, comments_by_sheet, three_sheets
from tests.support.workshop import fill, kit_of

pytestmark = pytest.mark.xdist_group("web api")  # on one worker with the API's tests: one pool of warm workers


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_upload_mb=2)), base_url="http://localhost:8000") as test_client:
        yield test_client


def test_the_page_keeps_notes_of_three_sheets_each_on_its_own_sheet(client: TestClient, tmp_path: Path) -> None:
    source = three_sheets(tmp_path)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows[card], 7): note for card, (_, _, note) in NOTES.items()})
    fill(changes, {(rows["R1-F1-KP-01"], 6): "Krijgt een brief met de verkeerde locatie"})
    answer = client.post(
        "/api/apply",
        files={"canvas": (source.name, source.read_bytes()), "changes": (changes.name, changes.read_bytes())},
    )
    assert answer.status_code == 200, answer.text
    said = [line["values"]["cell"] for line in answer.json()["summary"]["said"] if line["say"] == "team_note_kept"]
    assert sorted(said) == sorted(f"{sheet}!{ref}" for sheet, ref, _ in NOTES.values())
    (workbook,) = [f for f in answer.json()["files"] if f["name"].endswith(".xlsx")]
    downloaded = tmp_path / workbook["name"]
    downloaded.write_bytes(client.get(workbook["url"]).content)
    found = comments_by_sheet(downloaded)
    for sheet, ref, note in NOTES.values():
        assert found[sheet][ref] == (TEAM_NOTE_AUTHOR, note), sheet
    assert found["Heup"]["D3"] == ("Marieke", "Klopt dit nog?")
    assert sum(len(cells) for cells in found.values()) == 4
