"""Round 17's new user on the page's Gaps tab: a buying group's workbooks had their first journeys compared
only. Every pair is compared, each under its heading, its files offered; the tab's journey field compares one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from canvasgen.web.app import Settings, create_app
from tests.support.buying_group import WISHES, buying_group


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_upload_mb=2)), base_url="http://localhost:8000") as test_client:
        yield test_client


def _uploads(tmp_path: Path) -> dict[str, tuple[str, bytes]]:
    ideal = buying_group(tmp_path / "ideaal.xlsx", "Ideaal", ["HR", "IT", "CFO"])
    current = buying_group(tmp_path / "huidig.xlsx", "Huidig", ["HR", "IT", "CFO"])
    return {"ideal": (ideal.name, ideal.read_bytes()), "current": (current.name, current.read_bytes())}


def test_the_gaps_tab_compares_every_member_or_the_one_asked(client: TestClient, tmp_path: Path) -> None:
    every = client.post("/api/gaps", files=_uploads(tmp_path))
    assert every.status_code == 200, every.text
    report = every.json()["report"]
    assert report.count("== ") == 3 and all(wish in report for wish in WISHES.values())
    assert len([f for f in every.json()["files"] if f["name"].endswith(".pdf")]) == 3
    one = client.post("/api/gaps", files=_uploads(tmp_path), data={"journey": "CFO"})
    assert one.status_code == 200, one.text
    report = one.json()["report"]
    assert WISHES["CFO"] in report and WISHES["HR"] not in report and "== " not in report
    assert one.json()["files"] and all("-gaps." in f["name"] for f in one.json()["files"])
