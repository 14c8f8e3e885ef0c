"""The hint that leaves a workbook's comments off the poster (round 16, F12): the web page said "--no-notes leaves
them out" where it has a box for it, and said it on the Gap tab, which has no such choice. On the build tab it
names the page's box; on the command line the flag; gaps, which offers no choice, names none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from starlette.testclient import TestClient

from canvasgen.web.app import Settings, create_app
from tests.support.cli import run_clean
from tests.support.workbooks import rows_canvas

pytestmark = pytest.mark.xdist_group("web api")  # on one worker: one app, one pool of warm workers


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_upload_mb=2)), base_url="http://localhost") as test_client:
        yield test_client


def _commented(path: Path, scenario: str) -> Path:
    rows_canvas(
        path,
        [
            ("Scenario", scenario),
            ("Fase", "Melden", "Afspraak", "Herstel"),
            ("Wat doet de huurder?", "Belt het KCC", "Krijgt een brief", "Wacht thuis"),
            ("Intern proces", "Typt de melding over", "Aannemer plant in", "Monteur bestelt"),
        ],
    )
    book = openpyxl.load_workbook(path)
    book["Klantreis"]["B5"].comment = Comment("Navragen bij Planning", "team")
    book.save(path)
    return path


def _upload(path: Path, field: str) -> dict[str, tuple[str, bytes]]:
    return {field: (path.name, path.read_bytes())}


def _notes_said(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "printed on the poster and deck as notes" in w]


def test_the_build_tab_names_its_box_and_the_gap_tab_no_option(client: TestClient, tmp_path: Path) -> None:
    source = _commented(tmp_path / "huidig.xlsx", "Huidig")
    built = client.post("/api/build", files=_upload(source, "workbook"), data={"page_lang": "nl"})
    assert built.status_code == 200, built.text
    [said] = _notes_said(built.json()["warnings"])
    assert 'B5 (the box "Zonder notities (opmerkingen van het team)" leaves them out)' in said
    assert "--no-notes" not in said
    ideal = _commented(tmp_path / "ideaal.xlsx", "Ideaal")
    gaps = client.post("/api/gaps", files={**_upload(ideal, "ideal"), **_upload(source, "current")})
    assert gaps.status_code == 200, gaps.text
    said_gaps = _notes_said(gaps.json()["warnings"])
    assert said_gaps and all("no-notes" not in w and "leaves them out" not in w for w in said_gaps), said_gaps


def test_the_command_line_names_the_flag(tmp_path: Path) -> None:
    source = _commented(tmp_path / "huidig.xlsx", "Huidig")
    code, stdout, stderr = run_clean("build", source, "-o", tmp_path / "out", "--no-pptx")
    assert code == 0, stderr
    assert "notes: B5 (--no-notes leaves them out)" in " ".join((stdout + stderr).split())
