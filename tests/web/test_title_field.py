"""The page's reading field ``title`` is the command line's ``--title``, through the API as the page sends it:
the map's title over the workbook's, on the poster's journey and in the kit's record of its reading; a title of
spaces only refused as ``--title``'s is, by a kind the page says in its language; a workbook of two journeys
keeps their names, said naming the field (the page has no --title to type)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from starlette.testclient import TestClient

from canvasgen.web.app import Settings, create_app
from tests.support.workbooks import CANVASES, make_book

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
TITLE = "Zonnepanelen: van offerte tot opbrengst"

pytestmark = pytest.mark.xdist_group("web api")  # on one worker with the API's tests: one pool of warm workers


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_upload_mb=2)), base_url="http://localhost:8000") as test_client:
        yield test_client


def _upload(path: Path, field: str = "workbook") -> dict[str, tuple[str, bytes]]:
    return {field: (path.name, path.read_bytes())}


def test_the_title_field_names_the_built_map(client: TestClient) -> None:
    answer = client.post("/api/build", files=_upload(EXAMPLE), data={"size": "A3", "title": f"  {TITLE} "})
    assert answer.status_code == 200, answer.text
    (journey,) = answer.json()["summary"]["journeys"]
    assert journey["name"] == TITLE
    answer = client.post("/api/build", files=_upload(EXAMPLE), data={"size": "A3", "title": ""})
    assert answer.json()["summary"]["journeys"][0]["name"] != TITLE  # an empty field: the workbook's own title


def test_a_title_of_spaces_only_is_refused_as_the_command_line_refuses_it(client: TestClient) -> None:
    answer = client.post("/api/build", files=_upload(EXAMPLE), data={"title": "   "})
    assert answer.status_code == 400, answer.text
    said = answer.json()
    assert said["refused"] == "blank_title"
    assert said["error"] == "title: give the map's title in words, e.g. 'Klantreis webshop'"


def test_the_kits_record_keeps_the_title_typed(client: TestClient) -> None:
    answer = client.post("/api/kit", files=_upload(EXAMPLE, "canvas"), data={"title": TITLE})
    assert answer.status_code == 200, answer.text
    (changes,) = [f for f in answer.json()["files"] if f["name"].endswith("-changes.xlsx")]
    book = openpyxl.load_workbook(io.BytesIO(client.get(changes["url"]).content))
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert any(f'"title": "{TITLE}"' in cell for cell in cells)


def test_two_journeys_keep_their_names_said_with_the_field(client: TestClient, tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Oriënteren", "C1": "Kopen"}
    cells |= {"A2": "Klantproces", "B2": "Zoekt", "C2": "Betaalt", "A3": "Pijnpunten", "B3": "Traag", "C3": "Duur"}
    book = make_book(tmp_path / "twee.xlsx", {"Nu": cells, "Straks": cells})
    answer = client.post("/api/build", files=_upload(book), data={"size": "A3", "title": "Eén kaart"})
    assert answer.status_code == 200, answer.text
    said = [w for w in answer.json()["warnings"] if "names one map" in w]
    assert said and "the reading field title 'Eén kaart' names one map, but the workbook holds 2 journeys" in said[0]
    assert "--title" not in said[0]
