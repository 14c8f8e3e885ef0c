"""The web API as the page uses it, through Starlette's test client: build, gaps and diff with their
files and previews, honest errors, the upload limit, expiry, and what keeps the server safe."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import openpyxl
import pypdfium2
import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation
from starlette.testclient import TestClient

from canvasgen.analysis.match import DEFAULT_THRESHOLD
from canvasgen.cli import main
from canvasgen.web.app import Settings, create_app
from canvasgen.words import PAGE_WORDS
from tests.support.workbooks import (
    CANVASES,
    LANE_ROLES,
    grouped_phases,
    make_book,
    payroll_ideal_and_current,
    rows_canvas,
    scenario_pair,
    small_journey_book,
    team_lanes,
)

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
IDEAL = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"
BASE = "http://localhost:8000"

pytestmark = pytest.mark.xdist_group("web api")  # on one worker: one app, one pool of warm workers


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_upload_mb=2)), base_url=BASE) as test_client:
        yield test_client


def _upload(path: Path, field: str = "workbook") -> dict[str, tuple[str, bytes]]:
    return {field: (path.name, path.read_bytes())}


@pytest.fixture(scope="module")
def example_built(client: TestClient) -> dict[str, Any]:
    """The example built on the page at A2 in English, once for the tests that read a build's answer, its
    files and its previews (the example's build is most of a second of a worker's time)."""
    answer = client.post("/api/build", files=_upload(EXAMPLE), data={"size": "A2", "lang": "en"})
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data


@pytest.fixture(scope="module")
def example_kit(client: TestClient) -> Any:
    """The example's workshop kit made on the page under the example's own name, once for the tests that fill
    in its changes sheet or read its answer (a kit is three PDFs and a workbook: about half a second of a
    worker's time); the tests whose kit is named otherwise (the names are what they test) make their own."""
    answer = client.post("/api/kit", files=_upload(EXAMPLE, "canvas"))
    assert answer.status_code == 200, answer.text
    return answer


@pytest.fixture(scope="module")
def example_gaps(client: TestClient) -> Any:
    """The gaps of the example against its ideal, as the page's Gaps tab sends them with no field changed,
    once for the tests that read that answer (a gap report's PDF and workbook: half a second of a worker's
    time); the tests that send other fields or files make their own."""
    answer = client.post("/api/gaps", files={**_upload(IDEAL, "ideal"), **_upload(EXAMPLE, "current")})
    assert answer.status_code == 200, answer.text
    return answer


def test_build_returns_the_files_the_previews_and_what_was_found(
    client: TestClient, example_built: dict[str, Any]
) -> None:
    data = example_built
    names = [f["name"] for f in data["files"]]
    assert names == [f"{EXAMPLE.stem}.pdf", f"{EXAMPLE.stem}.pptx", f"{EXAMPLE.stem}.zip"]
    journey = data["summary"]["journeys"][0]
    assert journey["phases"][:2] == ["Bewustwording", "Interesse"] and "Klantproces" in journey["lanes"]
    pdf = client.get(data["files"][0]["url"])
    assert pdf.headers["content-type"] == "application/pdf"
    assert f'filename="{EXAMPLE.stem}.pdf"' in pdf.headers["content-disposition"]
    document = pypdfium2.PdfDocument(pdf.content)
    assert len(document) == len(data["previews"]) >= 1
    left, _, right, _ = document[0].get_trimbox()
    assert round((right - left) / 72 * 25.4) == 594  # A2, landscape: the size asked for
    text = document[0].get_textpage().get_text_range()
    assert "generated" in text and EXAMPLE.name not in text  # its own words in English; white label (#31): no file name
    picture = Image.open(io.BytesIO(client.get(data["previews"][0]["url"]).content))
    assert picture.format == "PNG" and 200 < picture.width < 1200  # a small preview
    with zipfile.ZipFile(io.BytesIO(client.get(data["files"][2]["url"]).content)) as bundle:
        assert sorted(bundle.namelist()) == [f"{EXAMPLE.stem}.pdf", f"{EXAMPLE.stem}.pptx"]


def test_what_the_page_makes_says_it_was_made_from_the_users_file_not_the_servers_copy(client: TestClient) -> None:
    """The server keeps "klant #1 é.xlsx" as "…/upload-1/klant _1 é.xlsx": the poster's PDF subject, the
    deck's closing notes and the kit's PDFs (subject and title) said the server's name, which the client
    sees in the PDF's properties."""
    users = "klant #1 é.xlsx"
    answer = client.post("/api/build", files={"workbook": (users, EXAMPLE.read_bytes())})
    assert answer.status_code == 200, answer.text
    pdf, pptx = (client.get(f["url"]).content for f in answer.json()["files"][:2])
    metadata = pypdfium2.PdfDocument(pdf).get_metadata_dict()
    assert metadata["Subject"] == f"Klantreiscanvas uit {users}", metadata  # in the canvas's language
    deck = Presentation(io.BytesIO(pptx))
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert users in notes and "_1" not in notes, notes
    kit = client.post("/api/kit", files={"canvas": (users, EXAMPLE.read_bytes())})
    assert kit.status_code == 200, kit.text
    cards = next(f for f in kit.json()["files"] if f["name"].endswith("-cards.pdf"))
    said = pypdfium2.PdfDocument(client.get(cards["url"]).content).get_metadata_dict()
    assert said["Subject"] == f"Klantreiscanvas uit {users}", said
    assert said["Title"].startswith("Kaarten · ") and "klant #1" not in said["Title"], said  # the kit's words
    tiles = next(f for f in kit.json()["files"] if f["name"].endswith("-tiles.pdf"))
    said = pypdfium2.PdfDocument(client.get(tiles["url"]).content).get_metadata_dict()
    assert said["Subject"] == f"Klantreiscanvas uit {users}", said  # the tiles' too (it said "unspecified")


def test_a_bad_workbook_is_the_cli_sentence_naming_the_users_file(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's error is the sentence the CLI gives for the same file under the name the user uploaded
    it as ("klant #1.xlsx", kept by the server as "…/upload-1/klant _1.xlsx"): never a temporary path,
    never the name the server kept it under."""
    bad = b"this is no workbook"
    answer = client.post("/api/build", files={"workbook": ("klant #1.xlsx", bad)})
    assert answer.status_code == 422
    error = answer.json()["error"]
    (tmp_path / "klant #1.xlsx").write_bytes(bad)
    monkeypatch.chdir(tmp_path)
    said = CliRunner().invoke(main, ["build", "klant #1.xlsx", "-o", "out"]).stderr
    assert said.startswith("error: klant #1.xlsx: the file is named as an Excel workbook (.xlsx) but is not one")
    assert f"error: {error}\n" in said
    assert not any(server in error for server in ("/tmp", "upload-", "canvasgen-serve", "klant _1"))


def test_the_clients_words_that_spell_the_servers_name_for_an_upload_are_kept(
    client: TestClient, tmp_path: Path
) -> None:
    """The page names an upload as the user knows it because every location is made with that name, not
    because the server's name for it is replaced in the text afterwards: the client's own words that
    happen to spell it ("offerte _1.xlsx") reach the page as written."""
    from tests.support.workbooks import make_book

    cells = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Stuurt offerte _1.xlsx terug",
        "D1": "Levering",
        "A2": "Klantproces",
        "B2": "zoekt",
        "C2": "tekent",
        "D2": "ontvangt",
    }
    book = make_book(tmp_path / "offerte.xlsx", {"Klantreis": cells})
    answer = client.post("/api/build", files={"workbook": ("offerte #1.xlsx", book.read_bytes())})
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["summary"]["journeys"][0]["phases"][1] == "Stuurt offerte _1.xlsx terug"
    text = data["summary"]["text"]
    assert text.startswith("offerte #1.xlsx: 1 journey") and "Stuurt offerte _1.xlsx terug" in text, text
    assert "offerte #1.xlsx terug" not in text and "/tmp" not in text


def test_a_file_of_another_kind_is_refused(client: TestClient) -> None:
    answer = client.post("/api/build", files={"workbook": ("notes.txt", b"hello")})
    assert answer.status_code == 400 and "notes.txt" in answer.json()["error"]
    answer = client.post("/api/build", data={"size": "A1"})
    assert answer.status_code == 400 and "workbook" in answer.json()["error"]


def test_an_unknown_brand_kit_is_refused_and_a_path_is_no_kit(client: TestClient) -> None:
    for brand in ("nope", "../brand/default", "/etc"):
        answer = client.post("/api/build", files=_upload(EXAMPLE), data={"brand": brand})
        assert answer.status_code == 400 and "brand" in answer.json()["error"]


def test_gaps_and_diff(client: TestClient, example_gaps: Any) -> None:
    gaps = example_gaps
    assert gaps.json()["report"] and any(f["name"].endswith(".pdf") for f in gaps.json()["files"])
    actions, _ = gaps.json()["tables"]
    assert actions["columns"] == ["priority", "phase", "kind", "action", "cell"] and actions["rows"]
    assert actions["note"]["values"]["threshold"] == DEFAULT_THRESHOLD  # the command line's threshold
    assert actions["note"]["say"] == "compared"  # said in the page's words
    assert "drempel voor gelijkenis: 0,6" in gaps.json()["report"]
    old, new = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", CANVASES / "voorbeeld-webshop-kpis-v2.xlsx"
    diff = client.post("/api/diff", files={**_upload(old, "old"), **_upload(new, "new")})
    assert diff.status_code == 200, diff.text
    changes = diff.json()["changes"]
    assert changes["journeys"] and changes["old"] == old.name and diff.json()["report"]
    [table] = diff.json()["tables"]
    assert ["", "meta", "Versie: 3.0 → 2.0", ""] in table["rows"]


def test_one_workbook_in_both_gap_fields_compares_its_ideal_and_current(client: TestClient, tmp_path: Path) -> None:
    """The one workbook holding an ideal and a current journey given in both fields of the Gaps tab: its
    ideal journey is compared with its current one (never today with today), said once, and each warning of
    reading it is listed once."""
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    gaps = client.post("/api/gaps", files={**_upload(book, "ideal"), **_upload(book, "current")})
    assert gaps.status_code == 200, gaps.text
    report, warnings = gaps.json()["report"], gaps.json()["warnings"]
    assert "ideal: Buying payroll software – ideal\ncurrent: Buying payroll software – current" in report
    assert "Contract & sign-off: start: Trust page" in report
    [said] = [w for w in warnings if "is the same workbook as payroll.xlsx" in w]
    assert "its ideal journey 'Buying payroll software – ideal' is compared with its current" in said
    assert len(warnings) == len(set(warnings))


def test_build_without_notes_leaves_them_out_and_says_so(client: TestClient, tmp_path: Path) -> None:
    """The page's "without notes" box is the command line's --no-notes: the workbook's side notes are not on
    the poster, and the warnings say how many were left out."""
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["Current journey"]["H5"] = "IT lead joined only for the last hour"
    wb.save(book)
    answer = client.post("/api/build", files=_upload(book), data={"no_notes": "1", "lang": "en"})
    assert answer.status_code == 200, answer.text
    said = [w for w in answer.json()["warnings"] if "left off the poster and deck" in w]
    assert said and "1 note of the workbook" in said[0] and "Current journey!H5" in said[0]


def test_oversize_uploads_are_413_with_and_without_a_length(client: TestClient) -> None:
    big = b"x" * (3 * 1024 * 1024)
    answer = client.post("/api/build", files={"workbook": ("big.xlsx", big)})
    assert answer.status_code == 413 and "2 MB" in answer.json()["error"]

    def chunks() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="workbook"; filename="big.xlsx"\r\n\r\n'
        for _ in range(6):
            yield b"x" * (512 * 1024)
        yield b"\r\n--b--\r\n"

    answer = client.post("/api/build", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
    assert answer.status_code == 413


def test_result_urls_lead_nowhere_but_their_results(client: TestClient, example_built: dict[str, Any]) -> None:
    token = example_built["files"][0]["url"].split("/")[2]
    for url in (
        f"/results/{token}/..%2F..%2Fetc%2Fpasswd",
        f"/results/{token}/upload-1.xlsx",
        "/results/..%2F..%2F/passwd",
        f"/results/{'A' * 22}/x.pdf",
        "/assets/..%2Fapp.py",
    ):
        assert client.get(url).status_code == 404, url


def test_a_foreign_host_and_a_cross_site_post_are_refused(client: TestClient) -> None:
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    answer = client.post("/api/build", files=_upload(EXAMPLE), headers={"origin": "http://evil.example"})
    assert answer.status_code == 403
    # the page's own origin is let through to the job (a file that is no workbook: the reader's answer, not a
    # build of seconds)
    same = client.post("/api/build", files={"workbook": ("kapot.xlsx", b"no workbook")}, headers={"origin": BASE})
    assert same.status_code == 422, same.text
    assert same.json()["error"].startswith("kapot.xlsx: the file is named as an Excel workbook (.xlsx) but is not one")


def test_results_expire(tmp_path: Path) -> None:
    """A result kept 30 minutes (a small canvas: what expires is any result, not the example's)."""
    now = [0.0]
    settings = Settings(keep_minutes=30, clock=lambda: now[0], workers=1)
    small = team_lanes(tmp_path / "klein.xlsx", {"Klantproces": [], "Pijnpunten": []})
    with TestClient(create_app(settings), base_url=BASE) as test_client:
        answer = test_client.post("/api/build", files=_upload(small))
        assert answer.status_code == 200, answer.text
        data = answer.json()
        url = data["files"][0]["url"]
        now[0] = 29 * 60
        assert test_client.get(url).status_code == 200
        now[0] = 31 * 60
        assert test_client.get(url).status_code == 404


@pytest.mark.slow
def test_concurrent_builds_all_succeed_and_see_only_their_own_files(client: TestClient, tmp_path: Path) -> None:
    # two workbooks, each sent twice at once: four builds for the two workers, two of them queued (small
    # canvases: what is tested is the builds at once, and the examples' were most of a second each)
    lanes: dict[str, list[str | None]] = {"Klantproces": [], "Pijnpunten": []}
    examples = [team_lanes(tmp_path / f"{name}.xlsx", lanes) for name in ("aanvraag", "levering")] * 2
    with ThreadPoolExecutor(len(examples)) as pool:
        answers = list(pool.map(lambda p: (p, client.post("/api/build", files=_upload(p))), examples))
    tokens = set()
    for path, answer in answers:
        assert answer.status_code == 200, answer.text
        first = answer.json()["files"][0]
        assert first["name"] == f"{path.stem}.pdf"
        tokens.add(first["url"].split("/")[2])
    assert len(tokens) == len(examples)


def test_the_page_and_its_assets_come_from_the_server(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/assets/app.js" in page.text
    assert "http" not in page.text.replace(BASE, "")  # nothing fetched from elsewhere
    for name in ("app.js", "style.css"):
        asset = client.get(f"/assets/{name}")
        assert asset.status_code == 200 and "https://" not in asset.text
    assert client.get("/api/options").json()["brands"][0] == "default"


def test_a_full_size_preview_is_made_when_it_is_opened(client: TestClient, example_built: dict[str, Any]) -> None:
    small, full_url = example_built["previews"][0]["url"], example_built["previews"][0]["full"]
    answer = client.get(full_url)
    assert answer.status_code == 200 and answer.headers["content-type"] == "image/png"
    assert f'filename="{EXAMPLE.stem}-1.png"' in answer.headers["content-disposition"]
    full = Image.open(io.BytesIO(answer.content))
    little = Image.open(io.BytesIO(client.get(small).content))
    assert full.width > 2.5 * little.width  # 110 dpi against 40
    assert client.get(full_url).content == answer.content  # made once, then kept
    assert client.get(full_url.replace("full-1", "full-9")).status_code == 404  # no such page


def test_the_reading_corrections_are_fields_named_in_their_errors(client: TestClient) -> None:
    fields = {"size": "A3", "lane": "Pijnpunten=emotions\nKansen=custom", "skip_hidden": "on"}
    answer = client.post("/api/build", files=_upload(EXAMPLE), data=fields)
    assert answer.status_code == 200, answer.text
    journey = answer.json()["summary"]["journeys"][0]
    kinds = dict(zip(journey["lanes"], journey["lane_kinds"], strict=True))
    assert kinds["Pijnpunten"] == "emotions" and kinds["Kansen"] == "custom" and kinds["Klantproces"] == "customer"
    answer = client.post("/api/build", files=_upload(EXAMPLE), data={"phases_row": "Klantreis!999"})
    assert answer.status_code == 200
    assert any("the page's reading fields" in w for w in answer.json()["warnings"])
    answer = client.post("/api/build", files=_upload(EXAMPLE), data={"labels": "nonsense!!", "lane": "Foo=bar"})
    assert answer.status_code == 422
    error = answer.json()["error"].splitlines()
    assert error[0].startswith("labels: 'nonsense!!'") and error[1].startswith("lane: 'Foo=bar'")


def test_every_api_answer_is_json_a_wrong_method_and_an_unknown_address_too(client: TestClient) -> None:
    answer = client.get("/api/build")
    assert answer.status_code == 405 and answer.headers["allow"] == "POST"
    assert answer.json() == {"error": "GET is not how /api/build is used: send it a POST request"}
    answer = client.get("/api/nothing")
    assert answer.status_code == 404 and answer.json()["error"].startswith("there is no /api/nothing")
    assert client.get("/nothing").status_code == 404  # not the API: as Starlette says it


def test_the_page_has_a_favicon(client: TestClient) -> None:
    for url in ("/favicon.ico", "/assets/favicon.svg"):
        answer = client.get(url)
        assert answer.status_code == 200 and answer.headers["content-type"] == "image/svg+xml"
        assert answer.content.startswith(b"<svg")
    assert '<link rel="icon" type="image/svg+xml" href="/assets/favicon.svg">' in client.get("/").text


def test_warnings_name_the_users_files_never_the_servers_folder(client: TestClient, tmp_path: Path) -> None:
    """A letter the deck's fonts lack (Ethiopic) is said about the deck: as the user's trapkracht-huidig.pptx, not
    as /tmp/canvasgen-serve-…/out/upload-1.pptx."""
    from tests.support.workbooks import make_book

    cells = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Aanvraag",
        "A2": "Klantproces",
        "B2": "twijfelt ሰ",
        "C2": "vraagt aan",
        "A3": "Pijnpunten",
        "B3": "kosten onduidelijk",
        "C3": "lang wachten",
    }
    book = make_book(tmp_path / "trapkracht-huidig.xlsx", {"Klantreis": cells})
    answer = client.post("/api/build", files=_upload(book))
    assert answer.status_code == 200, answer.text
    warnings = answer.json()["warnings"]
    assert any(w.startswith("trapkracht-huidig.pptx: 1 character(s) are in none of the deck's fonts") for w in warnings)
    assert any(w.startswith("trapkracht-huidig.xlsx: Klantreis!B2: character 'ሰ'") for w in warnings)
    assert not any("/tmp" in w or "upload-" in w or "canvasgen-serve" in w for w in warnings), warnings


def test_the_pages_own_refusals_carry_their_kind_and_values_for_the_pages_words(client: TestClient) -> None:
    """Every refusal of the page's own says its kind and values beside its English sentence, so that the page
    says it in its language; canvasgen's sentences about a workbook carry no kind (they stay as the command's)."""
    wrong = client.post("/api/build", files={"workbook": ("notes.txt", b"hello")})
    assert wrong.status_code == 400
    assert wrong.json()["refused"] == "wrong_kind" and wrong.json()["values"]["name"] == "notes.txt"
    assert ".xlsx" in wrong.json()["values"]["kinds"]
    none = client.post("/api/build", data={"size": "A1"})
    assert (none.json()["refused"], none.json()["values"]) == ("no_file", {"fields": "workbook"})
    half = client.post("/api/apply", files=_upload(EXAMPLE, "canvas"))
    assert half.status_code == 400
    assert (half.json()["refused"], half.json()["values"]) == ("no_file", {"fields": "canvas,changes"})
    one = client.post("/api/diff", files=_upload(EXAMPLE, "old"))
    assert (one.json()["refused"], one.json()["values"]) == ("no_file", {"fields": "old,new"})
    brand = client.post("/api/build", files=_upload(EXAMPLE), data={"brand": "nope"})
    assert brand.json()["refused"] == "unknown_brand" and brand.json()["values"]["brand"] == "nope"
    language = client.post("/api/build", files=_upload(EXAMPLE), data={"lang": "xx"})
    assert language.json()["refused"] == "unknown_language" and "nl" in language.json()["values"]["languages"]
    size = client.post("/api/build", files=_upload(EXAMPLE), data={"size": "A9", "page_lang": "nl"})
    assert (size.status_code, size.json()["refused"], size.json()["values"]["size"]) == (400, "bad_size", "A9")
    assert "A1" in size.json()["values"]["sizes"] and "unknown paper size 'A9'" in size.json()["error"]
    # canvasgen's common refusals too (hostile 11 H12: in English only, no kind the Dutch page could say)
    empty = client.post("/api/build", files={"workbook": ("leeg.xlsx", b"")})
    assert (empty.status_code, empty.json()["refused"], empty.json()["values"]) == (
        400,
        "empty_file",
        {"name": "leeg.xlsx"},
    )
    assert empty.json()["error"].startswith("leeg.xlsx: the file is empty")
    lane = client.post("/api/build", files=_upload(EXAMPLE), data={"lane": "Stoplicht=kleur"})
    assert (lane.json()["refused"], lane.json()["values"]["lane"]) == ("bad_lane", "Stoplicht=kleur")
    row = client.post("/api/build", files=_upload(EXAMPLE), data={"phases_row": "B"})
    assert (row.json()["refused"], row.json()["values"]) == ("bad_phases_row", {"value": "B"})
    big = client.post("/api/build", files={"workbook": ("big.xlsx", b"x" * (3 * 1024 * 1024))})
    assert (big.status_code, big.json()["refused"], big.json()["values"]) == (413, "too_large", {"mb": "2"})
    gone = client.get(f"/results/{'A' * 22}/x.pdf")
    assert gone.status_code == 404 and gone.json()["refused"] == "no_result"
    bad = client.post("/api/build", files={"workbook": ("kapot.xlsx", b"this is no workbook")})
    assert bad.status_code == 422 and "refused" not in bad.json() and bad.json()["error"].startswith("kapot.xlsx")


def test_the_page_has_words_for_every_refusal_in_dutch_and_english() -> None:
    from canvasgen.web.refusals import Refusal

    script = (Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js").read_text(encoding="utf-8")
    dutch, english = script.split("\n  en: {", 1)
    for kind in Refusal:
        assert f'"refused.{kind}":' in dutch.split("\n  nl: {", 1)[1], kind
        assert f'"refused.{kind}":' in english.split("\n};", 1)[0], kind


def test_the_page_has_dutch_words_for_every_kind_of_gap_action_and_english_for_those_not_plain() -> None:
    from canvasgen.analysis.gaps import KINDS

    script = (Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js").read_text(encoding="utf-8")
    dutch, english = script.split("\n  en: {", 1)
    for kind in KINDS:
        assert f'"word.{kind}":' in dutch.split("\n  nl: {", 1)[1], kind
    assert '"word.unfilled": "stop? (empty in the ideal)"' in english  # a key of its own, never shown bare


def test_no_answer_shows_the_servers_folder_or_a_token_but_in_its_urls(
    client: TestClient, example_kit: Any, example_gaps: Any, tmp_path: Path
) -> None:
    """Every tab's answer (build with a warning, gaps, diff, the kit, apply, and apply refused): the request's
    token is in its download addresses only, never in a sentence, a summary, a report or a table."""
    import json

    import openpyxl

    from tests.support.workshop import fill, new_row

    kit = example_kit
    [changes_url] = [f["url"] for f in kit.json()["files"] if f["name"].endswith("-changes.xlsx")]
    changes = tmp_path / f"{EXAMPLE.stem}-changes.xlsx"
    changes.write_bytes(client.get(changes_url).content)
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}
    fill(
        changes,
        {
            (rows["F1-KP-02"], 5): "weg",
            (new_row(rows), 2): "Bewustwording",
            (new_row(rows), 3): "Klantproces",
            (new_row(rows), 6): "Hoort over subsidie",
        },
    )
    ideal = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"
    answers = [
        kit,
        client.post("/api/build", files=_upload(EXAMPLE)),
        example_gaps,
        client.post("/api/diff", files={**_upload(ideal, "old"), **_upload(EXAMPLE, "new")}),
        client.post("/api/apply", files={**_upload(EXAMPLE, "canvas"), **_upload(changes, "changes")}),
        client.post("/api/apply", files={**_upload(EXAMPLE, "canvas"), **_upload(EXAMPLE, "changes")}),
    ]
    assert [a.status_code for a in answers] == [200, 200, 200, 200, 200, 422], answers[-2].text
    for answer in answers:
        data = answer.json()
        tokens = {f["url"].split("/")[2] for f in data.get("files", [])}
        for key in ("files", "previews"):
            data.pop(key, None)
        said = json.dumps(data, ensure_ascii=False)
        assert not any(token in said for token in tokens), said
        assert "/tmp" not in said and "upload-" not in said and "canvasgen-serve" not in said, said
    assert "Hoort over subsidie" in json.dumps(answers[4].json(), ensure_ascii=False)  # what changed is there


def _saved_as(client: TestClient, url: str) -> str:
    """The name the browser saves a result under (Content-Disposition, RFC 5987 for names beyond ASCII)."""
    from urllib.parse import unquote

    header = client.get(url).headers["content-disposition"]
    return unquote(header.split("filename*=utf-8''", 1)[1]) if "filename*=" in header else header.split('"')[1]


def test_every_tabs_downloads_are_named_as_the_users_file(client: TestClient, tmp_path: Path) -> None:
    """Round 5: the kit's and apply's downloads (and gaps' and diff's, named after their second file) are
    saved under the user's name for the upload (``klant #1 é``), as the zip's entries and the "said" lines
    name them; never the name the server kept it under (``klant _1 é``)."""
    user = "klant #1 é"
    kit = client.post("/api/kit", files={"canvas": (f"{user}.xlsx", EXAMPLE.read_bytes())})
    assert kit.status_code == 200, kit.text
    files = kit.json()["files"]
    kinds = ("changes.xlsx", "cards.pdf", "handouts.pdf", "tiles.pdf", "kit.zip")
    assert [f["name"] for f in files] == [f"{user}-{kind}" for kind in kinds]
    assert [_saved_as(client, f["url"]) for f in files] == [f["name"] for f in files]
    with zipfile.ZipFile(io.BytesIO(client.get(files[-1]["url"]).content)) as bundle:
        assert sorted(bundle.namelist()) == sorted(f"{user}-{kind}" for kind in kinds[:-1])
    changes = client.get(files[0]["url"]).content
    applied = client.post(
        "/api/apply",
        files={"canvas": (f"{user}.xlsx", EXAMPLE.read_bytes()), "changes": (f"{user}-changes.xlsx", changes)},
    )
    assert applied.status_code == 200, applied.text  # nothing asked: nothing written, nothing to download
    ideal = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"
    gaps = client.post(
        "/api/gaps",
        files={"ideal": ("ideaal #2.xlsx", ideal.read_bytes()), "current": (f"{user}.xlsx", EXAMPLE.read_bytes())},
    )
    diff = client.post(
        "/api/diff",
        files={"old": ("ideaal #2.xlsx", ideal.read_bytes()), "new": (f"{user}.xlsx", EXAMPLE.read_bytes())},
    )
    for answer, kind in ((gaps, "gaps"), (diff, "changes")):
        assert answer.status_code == 200, answer.text
        names = [_saved_as(client, f["url"]) for f in answer.json()["files"]]
        assert names and all(name.startswith(f"{user}-{kind}.") for name in names), names


def test_the_new_version_is_downloaded_under_the_users_name(client: TestClient, tmp_path: Path) -> None:
    import openpyxl

    from tests.support.workshop import fill

    user = "klant #1 é"
    kit = client.post("/api/kit", files={"canvas": (f"{user}.xlsx", EXAMPLE.read_bytes())})
    changes = tmp_path / "changes.xlsx"
    changes.write_bytes(client.get(kit.json()["files"][0]["url"]).content)
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    fill(changes, {(3, 6): "Schrikt van de energierekening"})
    assert sheet.cell(3, 1).value == "F1-KP-01"
    applied = client.post(
        "/api/apply",
        files={
            "canvas": (f"{user}.xlsx", EXAMPLE.read_bytes()),
            "changes": (f"{user}-changes.xlsx", changes.read_bytes()),
        },
    )
    assert applied.status_code == 200, applied.text
    [new] = applied.json()["files"]
    assert new["name"] == _saved_as(client, new["url"]) == f"{user}-v2.xlsx"
    [said] = applied.json()["summary"]["said"]
    assert said["say"] == "applied" and said["text"].startswith(f"wrote {user}-v2.xlsx (1 changed")
    assert said["values"] == {
        "name": f"{user}-v2.xlsx",
        "changed": 1,
        "removed": 0,
        "added": 0,
        "moved": 0,
        "skipped": 0,
        "already": 0,
        "dated": True,  # the example's Datum set to today: the page says so in its own words
        "undated": False,
    } | {"version": said["values"]["version"]}
    assert applied.json()["warnings"] == []  # the kit the page made records the user's name: no "made from"


def test_an_upload_named_just_its_suffix_is_read(client: TestClient) -> None:
    """Round 5: a file named ``.xlsx`` is an Excel workbook (``os.path.splitext`` sees no suffix in it): it
    is read, and its outputs are named ``canvas``."""
    answer = client.post("/api/build", files={"workbook": (".xlsx", EXAMPLE.read_bytes())})
    assert answer.status_code == 200, answer.text
    assert [f["name"] for f in answer.json()["files"]] == ["canvas.pdf", "canvas.pptx", "canvas.zip"]


def test_a_changes_sheet_of_another_workbook_is_the_one_error_in_the_pages_words(
    client: TestClient, tmp_path: Path
) -> None:
    """Round 11 (finding 3): a changes sheet of another canvas is refused with the one sentence that says
    whose it is, first and alone, with its kind and the user's file names for the page's words (never a
    list of cards each saying "make a new kit from this workbook", which would throw the team's work away);
    a sentence that says what to do next names the page's tab, never a command line."""
    import openpyxl

    from tests.support.workshop import fill, new_row

    kit = client.post("/api/kit", files={"canvas": ("zon.xlsx", EXAMPLE.read_bytes())})
    changes = tmp_path / "zon-changes.xlsx"
    changes.write_bytes(client.get(kit.json()["files"][0]["url"]).content)
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}
    first = min(rows, key=rows.__getitem__)
    fill(
        changes,
        {
            (new_row(rows), 2): "Bewustwording",
            (new_row(rows), 3): "Klantproces",
            (new_row(rows), 6): "Nieuw",
            (rows[first], 5): "weg",
        },
    )
    other = CANVASES / "example-hr-software-b2b.xlsx"
    refused = client.post(
        "/api/apply",
        files={"canvas": ("hr.xlsx", other.read_bytes()), "changes": ("zon-changes.xlsx", changes.read_bytes())},
    )
    assert refused.status_code == 400
    answer = refused.json()
    assert answer["refused"] == "other_workbook" and answer["values"] == {"kit": "zon.xlsx", "workbook": "hr.xlsx"}
    assert answer["error"].startswith("zon-changes.xlsx: this changes workbook belongs to zon.xlsx, not to hr.xlsx")
    assert answer["error"].endswith(": apply it to zon.xlsx") and "\n" not in answer["error"]
    assert "warnings" not in answer  # alone: no card's row, no warning about the pair
    swapped = client.post(
        "/api/apply",
        files={"canvas": ("zon-changes.xlsx", changes.read_bytes()), "changes": ("zon.xlsx", EXAMPLE.read_bytes())},
    )
    assert swapped.status_code == 422
    said = swapped.json()["error"]
    assert "choose the files the other way round" in said and 'the tab "Workshop kit"' in said
    assert "canvasgen apply" not in said and "canvasgen kit" not in said
    figures = client.post(
        "/api/build", files={"workbook": ("cijfers.csv", b"Fase;Meting;Waarde\nBewustwording;CTR;2%\n")}
    )
    assert "canvasgen build" not in figures.text


def test_gaps_and_diff_write_in_the_language_asked_for(client: TestClient) -> None:
    """Round 5: the page offers nl/en/de/fr/es on every tab whose API takes ``lang``; gaps and diff take it."""
    import openpyxl

    ideal = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"
    answer = client.post(
        "/api/gaps", files={**_upload(ideal, "ideal"), **_upload(EXAMPLE, "current")}, data={"lang": "de"}
    )
    assert answer.status_code == 200, answer.text
    [book] = [f["url"] for f in answer.json()["files"] if f["name"].endswith(".xlsx")]
    assert openpyxl.load_workbook(io.BytesIO(client.get(book).content)).sheetnames[0] == "Maßnahmen"
    diff = client.post("/api/diff", files={**_upload(ideal, "old"), **_upload(EXAMPLE, "new")}, data={"lang": "fr"})
    assert diff.status_code == 200, diff.text
    [pdf] = [f["url"] for f in diff.json()["files"] if f["name"].endswith(".pdf")]
    text = pypdfium2.PdfDocument(client.get(pdf).content)[0].get_textpage().get_text_range()
    assert "CE QUI A CHANGÉ" in text and "modifié:" in text, text[:300]


def test_a_workbook_with_macros_comes_back_with_them(client: TestClient, tmp_path: Path) -> None:
    """Round 5: on the page no one can name the new version .xlsm, so a workbook with macros comes back as
    ``<name>-v2.xlsm`` with its macros, never with the advice to name it so."""
    from tests.support.hostile import macros
    from tests.support.workshop import changes_rows, fill

    source = macros(tmp_path)
    kit = client.post("/api/kit", files={"canvas": ("offerte.xlsm", source.read_bytes())})
    assert kit.status_code == 200, kit.text
    changes = tmp_path / "offerte-changes.xlsx"
    changes.write_bytes(client.get(kit.json()["files"][0]["url"]).content)
    fill(changes, {(changes_rows(changes)["F1-KP-01"], 6): "Schrikt van de energierekening"})
    applied = client.post(
        "/api/apply",
        files={"canvas": ("offerte.xlsm", source.read_bytes()), "changes": (changes.name, changes.read_bytes())},
    )
    assert applied.status_code == 200, applied.text
    [new] = applied.json()["files"]
    assert new["name"] == _saved_as(client, new["url"]) == "offerte-v2.xlsm"
    assert not any("macros" in w for w in applied.json()["warnings"]), applied.json()["warnings"]
    got = client.get(new["url"])
    assert got.headers["content-type"] == "application/vnd.ms-excel.sheet.macroEnabled.12"
    with zipfile.ZipFile(io.BytesIO(got.content)) as book:
        assert "xl/vbaProject.bin" in book.namelist()


def _lights_book(folder: Path) -> Path:
    """A canvas with a row of traffic lights, one of them a '🟢 rood' whose word and mark disagree."""
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Ervaringsscore"}
    for col, phase, light in zip("BCD", ("Oriëntatie", "Kiezen", "Kopen"), ("groen", "🟢 rood", "oranje"), strict=True):
        cells |= {f"{col}1": phase, f"{col}2": f"Klant in {phase.lower()}", f"{col}3": light}
    return make_book(folder / "stoplichten.xlsx", {"Klantreis": cells})


def test_the_groups_and_traffic_lights_fields_correct_the_reading_as_the_options_do(
    client: TestClient, tmp_path: Path
) -> None:
    grouped = grouped_phases(tmp_path / "groepen.xlsx", [("Voor", ["Oriëntatie", "Kiezen"]), ("Na", ["Kopen"])])
    as_read = client.post("/api/build", files=_upload(grouped), data={"size": "A3"})
    assert as_read.json()["summary"]["journeys"][0]["phases"] == ["Oriëntatie", "Kiezen", "Kopen"]
    answer = client.post("/api/build", files=_upload(grouped), data={"size": "A3", "groups": "none"})
    assert answer.status_code == 200, answer.text
    assert [p.split(" (")[0] for p in answer.json()["summary"]["journeys"][0]["phases"]] == ["Voor", "Na"]
    lights = _lights_book(tmp_path)
    warnings = client.post("/api/build", files=_upload(lights), data={"size": "A3"}).json()["warnings"]
    assert any("'🟢 rood' says red by its word but green by its 🟢" in w for w in warnings), warnings
    fields = {"size": "A3", "traffic_lights": "green=999,amber=0,red=-1,by=colour"}
    warnings = client.post("/api/build", files=_upload(lights), data=fields).json()["warnings"]
    assert not any("by its word" in w for w in warnings), warnings  # the colour decided, as asked
    assert any(
        w.endswith(
            "traffic-lights 'green=999,amber=0,red=-1,by=colour' gives green the score 999, outside the score row's "
            "scale -2..+2 (Klantreis!B3, C3); drawn at the scale's end — the scores it may give lie from -2 to +2, "
            "e.g. 'green=2,amber=0,red=-2'"
        )
        for w in warnings
    ), warnings


@pytest.mark.parametrize(
    ("api", "fields"),
    [
        ("/api/build", ("workbook",)),
        ("/api/gaps", ("ideal",)),
        ("/api/diff", ("old", "new")),
        ("/api/kit", ("canvas",)),
        ("/api/apply", ("canvas", "changes")),
    ],
)
def test_every_tab_that_reads_a_canvas_reads_the_groups_and_traffic_lights_fields(
    client: TestClient, tmp_path: Path, api: str, fields: tuple[str, ...]
) -> None:
    """A bad value in either field is the page's sentence naming the field, on every tab: each reads them."""
    lights = _lights_book(tmp_path)
    files = {field: (f"{n}-{lights.name}", lights.read_bytes()) for n, field in enumerate(fields)}
    answer = client.post(api, files=files, data={"traffic_lights": "green=1", "groups": "sometimes"})
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"].splitlines()
    assert any(line.startswith("groups 'sometimes': 'sometimes': say none or above") for line in error), error
    assert any(line.startswith("traffic-lights 'green=1': give a score for every light") for line in error), error


def _page_blocks() -> dict[str, str]:
    """Each language's block of the page's words in ``app.js`` (``WORDS``), by its code."""
    script = (Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js").read_text(encoding="utf-8")
    words = script.split("const WORDS = {", 1)[1].split("\n};", 1)[0]
    parts = re.split(r"^  (\w+): \{", words, flags=re.MULTILINE)[1:]
    return dict(zip(parts[::2], parts[1::2], strict=True))


def _page_words() -> tuple[str, str]:
    blocks = _page_blocks()
    return blocks["nl"], blocks["en"]


def test_the_kit_and_apply_results_are_lines_in_the_pages_words(
    client: TestClient, example_gaps: Any, tmp_path: Path
) -> None:
    """Round 8: "57 cards", "wrote changes.xlsx", "wrote …-v2.xlsx (3 changed, …)" and "similarity
    threshold 0.6" were the command's English on the Dutch page. The server sends each as a line for the
    page's words ({say, values}, with the English text beside it), and the page has Dutch and English words
    for every one it can send."""
    from tests.support.workshop import fill

    kit = client.post("/api/kit", files={"canvas": ("klant.xlsx", EXAMPLE.read_bytes())})
    assert kit.status_code == 200, kit.text
    said = kit.json()["summary"]["said"]
    assert said[0]["say"] == "cards" and said[0]["values"]["count"] > 0
    names = [line["values"]["name"] for line in said[1:]]  # the files as they download (new user 12: "changes.xlsx")
    assert names == ["klant-changes.xlsx", "klant-cards.pdf", "klant-handouts.pdf", "klant-tiles.pdf"]
    assert names == [f["name"] for f in kit.json()["files"][:4]]
    changes = tmp_path / "changes.xlsx"
    changes.write_bytes(client.get(kit.json()["files"][0]["url"]).content)
    unchanged = client.post(
        "/api/apply",
        files={"canvas": ("klant.xlsx", EXAMPLE.read_bytes()), "changes": ("klant-changes.xlsx", changes.read_bytes())},
    )
    assert [line["say"] for line in unchanged.json()["summary"]["said"]] == ["nothing_to_apply"]
    fill(changes, {(3, 6): "Schrikt van de energierekening", (3, 7): "Besproken met Marieke"})
    applied = client.post(
        "/api/apply",
        files={"canvas": ("klant.xlsx", EXAMPLE.read_bytes()), "changes": ("klant-changes.xlsx", changes.read_bytes())},
    )
    lines = applied.json()["summary"]["said"]
    assert lines[0]["values"]["changed"] == 1
    # an .xlsx is patched in place: no "new workbook in the template" line (the notes were once said as one)
    # the note kept as a comment on the card's cell (round 20, newuser F6)
    assert [line["say"] for line in lines[1:]] == ["team_note_kept"]
    assert lines[1]["values"]["note"] == "Besproken met Marieke" and lines[1]["values"]["where"].endswith("!G3")
    note = example_gaps.json()["tables"][0]["note"]
    sent = {line["say"] for line in [*said, *applied.json()["summary"]["said"], note]}
    sent |= {"nothing_to_apply", "new_workbook", "changed", "removed", "added", "moved", "version", "team_note"}
    sent |= {"team_note_card"}
    dutch, english = _page_words()
    for key in sent:
        assert f'"said.{key}":' in dutch and f'"said.{key}":' in english, key


def test_the_lane_fields_example_is_in_the_pages_language_and_hints_name_its_field(
    client: TestClient, tmp_path: Path
) -> None:
    """The lane field's placeholder was Russian; a warning told the page's user to type ``--lane
    'Stoplicht=<kind>'``: on the page it names the reading field instead."""
    page = client.get("/").text
    assert "Барьеры" not in page and 'data-placeholder="lane_example"' in page
    dutch, english = _page_words()
    assert 'lane_example: "Knelpunten=pain_points"' in dutch and 'lane_example: "Barriers=pain_points"' in english
    source = make_book(
        tmp_path / "stoplicht.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aanvraag",
                "D1": "Levering",
                "A2": "Klantproces",
                "B2": "Zoekt",
                "C2": "Vraagt aan",
                "D2": "Krijgt",
                "A3": "Stoplicht bijzaak",
                "B3": "iets heel anders",
                "C3": "nog iets",
                "D3": "en meer",
            }
        },
    )
    built = client.post("/api/build", files=_upload(source, "workbook"))
    assert built.status_code == 200, built.text
    hints = [w for w in built.json()["warnings"] if "Stoplicht bijzaak" in w and "<kind>" in w]
    # the field as the page labels it (round 20: "in the reading field lane" was hard to parse)
    field = 'in the field "What a lane is, one per line" under "Adjust the reading"'
    assert hints and all("--lane" not in w and field in w for w in hints), hints
    for code, block in _page_blocks().items():  # the label the hint names is the page's own, in each language
        assert f'lane_kinds: "{PAGE_WORDS[code]["lane_kinds"]}"' in block, code


def test_the_tables_and_hints_are_in_the_pages_language_dutch_and_english(client: TestClient, tmp_path: Path) -> None:
    """Round 10: on the Dutch page the gaps table said "only in the current journey", the apply/diff table
    "name: …" and "(target 30 min: missed)", and hints sent the user to "adjust the reading" where the Dutch
    panel is "Inlezen bijsturen". The server makes the tables' rows in each of the page's languages, and
    names the panel in the language the page sends (``page_lang``)."""
    from tests.support.workbooks import repair_journey

    ideal, current = repair_journey(tmp_path / "ideaal.xlsx", "ideal"), repair_journey(tmp_path / "huidig.xlsx")
    later = repair_journey(
        tmp_path / "later.xlsx",
        changes={
            "Contactmomenten!F2": "Wachttijd 40 min (doel 30 min)",
            "Contactmomenten!B3": "Pechknop in de app (met live locatie)",
        },
    )
    said = {}
    for language, panel in (("nl", "Inlezen bijsturen"), ("en", "Adjust the reading")):
        gaps = client.post(
            "/api/gaps", files={**_upload(ideal, "ideal"), **_upload(current, "current")}, data={"page_lang": language}
        )
        assert gaps.status_code == 200, gaps.text
        hints = [w for w in gaps.json()["warnings"] if "Wie pakt het op?=<kind>" in w]
        field = PAGE_WORDS[language]["lane_kinds"]
        assert hints and all(f'in the field "{field}" under "{panel}"' in w for w in hints), hints
        said[language] = gaps.json()["tables"]
    (actions, per_phase) = said["nl"]
    nl, en = per_phase["rows_in"]["nl"], per_phase["rows_in"]["en"]
    why = {row[2]: row[3] for row in nl if row[1] == "not_compared"}
    assert why["Pijnpunten"].startswith("leeg in de ideale reis") and why["Wie pakt het op?"].startswith("alleen in de")
    assert not any("journey" in text for text in why.values())
    assert any(row[2] == "Kansen" and row[3].startswith("empty in the ideal journey") for row in en)
    cells = {row[3]: row[4] for row in actions["rows_in"]["nl"]}
    assert cells["Drukt op 'pech' in de app"] == "Ideaal: Klantreis!C4" and cells["Pechnummer"].startswith("Huidig: ")
    assert {row[3]: row[4] for row in actions["rows_in"]["en"]}["Pechnummer"] == "Current: Contactmomenten!B2"
    diff = client.post(
        "/api/diff", files={**_upload(current, "old"), **_upload(later, "new")}, data={"page_lang": "nl"}
    )
    assert diff.status_code == 200, diff.text
    [table] = diff.json()["tables"]
    dutch = [row[2] for row in table["rows_in"]["nl"]]
    english = [row[2] for row in table["rows_in"]["en"]]
    assert (
        "Pechknop in de app (met live locatie) · hernoemd: Pechknop in de app → Pechknop in de app (met live locatie)"
        in dutch
    )
    assert "Wachttijd: 55 min (doel 30 min: niet gehaald) → 40 min (doel 30 min: niet gehaald)" in dutch
    assert not any("target" in text or "missed" in text or " name:" in text for text in dutch), dutch
    assert "Wachttijd: 55 min (target 30 min: missed) → 40 min (target 30 min: missed)" in english
    # the panel as the page itself names it

    dutch_page, english_page = _page_words()
    assert f'more: "{PAGE_WORDS["nl"]["reading"]}"' in dutch_page
    assert f'more: "{PAGE_WORDS["en"]["reading"]}"' in english_page


def test_the_pages_language_is_decided_once_among_the_languages_the_page_has() -> None:
    """The page's language was decided in the forms, the jobs and the tables each, and canvasgen's words
    for the page (``PAGE_WORDS``) had five languages where the page has two: now one decision
    (``page_language``), over the languages of the page's own words."""
    import re

    from canvasgen.web.page_language import PAGE_LANGUAGES, page_language, page_words

    script = (Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js").read_text(encoding="utf-8")
    words = script.split("const WORDS = {", 1)[1].split("\n};", 1)[0]
    assert set(re.findall(r"^  (\w+): \{", words, re.MULTILINE)) == set(PAGE_WORDS) == set(PAGE_LANGUAGES)
    asked = ("nl", "en", "de", "", None, "NL", "fr")
    assert [page_language(code) for code in asked] == ["nl", "en", "de", *["en"] * 4]
    dutch, english = _page_words()
    assert f'more: "{page_words("nl")["reading"]}"' in dutch and f'more: "{page_words("en")["reading"]}"' in english
    # the tabs and fields canvasgen's sentences name are named as the page names them (new user 14, F26)
    for language, own in (("nl", dutch), ("en", english)):
        for key, name in page_words(language).items():
            if key != "reading":
                assert f'{key}: "{name}' in own, (language, key, name)


def test_a_new_version_of_a_numbered_workbook_takes_the_next_number(client: TestClient, tmp_path: Path) -> None:
    """One rule for the new version's name, the README's (``klantreis-v2.xlsx``): a workbook numbered at its
    end takes the next number (round 12: the page said ``-new``, the README ``-v2``)."""
    from tests.support.workshop import fill

    kit = client.post("/api/kit", files={"canvas": ("klantreis-v2.xlsx", EXAMPLE.read_bytes())})
    changes = tmp_path / "changes.xlsx"
    changes.write_bytes(client.get(kit.json()["files"][0]["url"]).content)
    fill(changes, {(3, 6): "Schrikt van de energierekening"})
    applied = client.post(
        "/api/apply",
        files={
            "canvas": ("klantreis-v2.xlsx", EXAMPLE.read_bytes()),
            "changes": ("klantreis-v2-changes.xlsx", changes.read_bytes()),
        },
    )
    assert applied.status_code == 200, applied.text
    [new] = applied.json()["files"]
    assert new["name"] == _saved_as(client, new["url"]) == "klantreis-v3.xlsx"
    assert applied.json()["changes"]["new"] == "klantreis-v3.xlsx"


def test_a_warning_of_both_versions_is_said_once_and_the_summary_has_no_inner_words(
    client: TestClient, tmp_path: Path
) -> None:
    """Round 12: the page's list repeated each reading warning for each version compared, and its summary
    named a "similarity threshold" the page has no field for."""
    from tests.support.workshop import canvas

    old = canvas(tmp_path / "lease.xlsx", {"A10": "Termijn", "B10": "Mei", "C10": "Juni"})
    new = canvas(tmp_path / "lease-v2.xlsx", {"A10": "Termijn", "B10": "Mei", "C10": "Juli"})
    for api, fields in (("diff", ("old", "new")), ("gaps", ("ideal", "current"))):
        answer = client.post(f"/api/{api}", files={**_upload(old, fields[0]), **_upload(new, fields[1])})
        assert answer.status_code == 200, answer.text
        warnings = answer.json()["warnings"]
        no_role = [w for w in warnings if "lane 'Termijn' has no role" in w]
        assert len(no_role) == 1 and no_role[0].startswith("lease.xlsx and lease-v2.xlsx: Klantreis!A10: "), warnings
        assert len(warnings) == len(set(warnings))
    [note] = [table["note"] for table in answer.json()["tables"] if "note" in table]
    assert note["text"] == "Klantreis fietslease → Klantreis fietslease"
    page = (Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js").read_text(encoding="utf-8")
    assert "drempel" not in page and "similarity threshold" not in page


def test_a_german_browser_gets_the_page_in_german(client: TestClient, tmp_path: Path) -> None:
    """Round 12: a German browser (Accept-Language de) got the page in English. The page has German words
    for everything it has English words for; it takes the first of the browser's languages it has (in
    ``app.js`` from ``navigator.languages``; on the server from Accept-Language when the page sends none),
    and canvasgen's hints name its panels in that language."""
    from canvasgen.web.page_language import page_language
    from tests.support.workshop import canvas

    blocks = _page_blocks()
    keys = {code: set(re.findall(r'(?:^|[{,]\s*)"?([\w.]+)"?:', block, re.MULTILINE)) for code, block in blocks.items()}
    assert {"nl", "en", "de"} <= set(blocks) and keys["de"] == keys["nl"] >= keys["en"]
    assert 'more: "Einlesen anpassen"' in blocks["de"]
    assert "navigator.languages" in (Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js").read_text(
        encoding="utf-8"
    )
    assert page_language(None, "de-DE,de;q=0.9,en;q=0.8") == "de"
    assert page_language(None, "fr-FR, en;q=0.5, nl;q=0.7") == "nl"  # by preference, among those the page has
    assert page_language("en", "de-DE") == "en"  # the page's own choice first
    source = canvas(tmp_path / "reise.xlsx", {"A10": "Termin", "B10": "Mai"})
    answer = client.post(
        "/api/diff",
        files={**_upload(source, "old"), **_upload(source, "new")},
        headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.8"},
    )
    assert answer.status_code == 200, answer.text
    assert any(
        'in the field "Was eine Bahn ist, eine pro Zeile" under "Einlesen anpassen"' in w
        for w in answer.json()["warnings"]
    ), answer.json()["warnings"]


def test_the_page_is_told_the_rows_skipped_and_the_cells_continued(
    client: TestClient, example_kit: Any, tmp_path: Path
) -> None:
    """Round 13 (F6): with "Verwerk wat kan" the skipped row was only in the English warnings, never in the
    page's own summary; and the build's cells continued on a later page, which the command line lists, were
    not said on the page at all. Both come as lines the page says in its words."""
    from tests.support.workshop import fill

    changes = tmp_path / "changes.xlsx"
    changes.write_bytes(client.get(example_kit.json()["files"][0]["url"]).content)
    fill(changes, {(3, 6): "Schrikt van de energierekening", (4, 5): "misschien"})  # a change, an unknown action
    applied = client.post(
        "/api/apply",
        files={**_upload(EXAMPLE, "canvas"), "changes": ("changes.xlsx", changes.read_bytes())},
        data={"partial": "1"},
    )
    assert applied.status_code == 200, applied.text
    [said] = applied.json()["summary"]["said"]
    assert said["say"] == "applied" and said["values"]["changed"] == 1 and said["values"]["skipped"] == 1
    long = make_book(
        tmp_path / "lang.xlsx",
        {
            "Reis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "A2": "Klantproces",
                "B2": "Kort",
                "C2": "Kort",
                "A3": "Pijnpunten",
                "B3": " ".join(f"Zin nummer {i} over wachten op de brief." for i in range(400)),
            }
        },
    )
    built = client.post("/api/build", files=_upload(long), data={"size": "A4"})
    assert built.status_code == 200, built.text
    continued = [line for line in built.json()["summary"]["said"] if line["say"] == "continued"]
    assert continued and continued[0]["values"]["cell"] == "Reis!B3"
    assert continued[0]["values"]["lane"] == "Pijnpunten" and continued[0]["values"]["page"] >= 2


def test_the_dutch_page_names_its_tabs_and_new_lines_in_dutch() -> None:
    """Round 13 (F6): the Gaps tab was English on the Dutch page; the lines for skipped rows and continued
    cells have the page's words in each language it speaks."""
    blocks = _page_blocks()
    assert 'tab_gaps: "Gap-analyse"' in blocks["nl"]
    for code in ("nl", "en", "de"):
        assert '"said.skipped":' in blocks[code] and '"said.continued":' in blocks[code], code


def test_gaps_of_workbooks_given_the_other_way_round_say_what_to_do_on_the_page(
    client: TestClient, tmp_path: Path
) -> None:
    """Round 13 (F9): the current journey's workbook in the ideal field and the ideal one's in the current
    field are compared as their Scenario cells say; the page, which has no --as-given, says how to correct it."""
    current, ideal = scenario_pair(tmp_path)
    answer = client.post("/api/gaps", files={**_upload(current, "ideal"), **_upload(ideal, "current")})
    assert answer.status_code == 200, answer.text
    [turned] = [w for w in answer.json()["warnings"] if "as the workbooks say" in w]
    assert turned.startswith("huidig.xlsx: was given as the ideal journey, but says it is the current one")
    assert turned.endswith("if that is wrong, correct the Scenario cell (or sheet name) of each workbook")
    assert "--as-given" not in turned
    assert "ideaal: Van knieklachten tot weer fietsen (Ideaal)" in answer.json()["report"]


def test_gaps_of_workbooks_that_both_say_today_keep_the_order_and_say_so_on_the_page(
    client: TestClient, tmp_path: Path
) -> None:
    """Round 13 (H7): both workbooks say 'Huidig': compared in the order given, never silently."""
    current, ideal = scenario_pair(tmp_path, ideal_scenario="Huidig")
    answer = client.post("/api/gaps", files={**_upload(ideal, "ideal"), **_upload(current, "current")})
    assert answer.status_code == 200, answer.text
    [said] = [w for w in answer.json()["warnings"] if "cannot tell which is the ideal one" in w]
    assert said.startswith("ideaal.xlsx: was given as the ideal journey, but says it is the current one")
    assert "and so does huidig.xlsx, given as the current one (Scenario 'Huidig' in Reis!B3)" in said


def test_a_changes_workbook_given_as_a_canvas_names_the_tab_and_fields_as_the_dutch_page_does(
    client: TestClient, tmp_path: Path
) -> None:
    """New user 14 (F26): on the Dutch page the hint named the tab "Apply changes" and its fields in English,
    where the page calls them "Wijzigingen verwerken", "Werkmap van de sessie", "Ingevuld wijzigingenblad"."""
    from tests.support.workshop import kit_of

    changes = kit_of(EXAMPLE, tmp_path)[0]
    for language, said in (
        (
            "nl",
            'on the tab "Wijzigingen verwerken", the canvas as "Werkmap van de sessie" and this file as '
            '"Ingevuld wijzigingenblad"',
        ),
        (
            "en",
            'on the tab "Apply changes", the canvas as "Workbook of the session" and this file as '
            '"Filled-in changes sheet"',
        ),
    ):
        answer = client.post("/api/build", files=_upload(changes), data={"page_lang": language})
        assert answer.status_code == 422, answer.text
        assert said in answer.json()["error"], answer.json()


def test_a_correction_only_the_command_line_gives_is_said_so_and_journey_names_the_pages_field(
    client: TestClient, tmp_path: Path
) -> None:
    """Round 18 (hostile F14, new user 18): the page's warnings told the user to "give --sheet 'X=personas'",
    and its gaps error named "(--journey)": the page has no sheet field, and its journey field has a name."""
    # two people after 'Persona' over the canvas: none of them the map's persona, read as personas by --sheet
    # only (one, 'Persona | Inkoper', is the map's persona since round 23, with nothing to correct)
    cells = {"A1": "Scenario", "B1": "Huidig", "A2": "Persona", "B2": "Inkoper", "C2": "Gebruiker", "A5": "Fase"}
    cells |= {"B5": "Oriëntatie", "C5": "Demo", "A6": "Wat doet de klant?", "B6": "Zoekt leveranciers"}
    cells |= {"C6": "Bekijkt demo"}
    workbook = make_book(tmp_path / "inkoper.xlsx", {"Huidig - Inkoper": cells})
    answer = client.post("/api/build", files=_upload(workbook), data={"page_lang": "nl"})
    assert answer.status_code == 200, answer.text
    [persona] = [w for w in answer.json()["warnings"] if "names 2 people after 'Persona'" in w]
    assert persona.endswith(
        "give --sheet 'Huidig - Inkoper=personas' (an option of the command line: the page has no field for it)"
    )
    ideal = make_book(tmp_path / "ideaal.xlsx", {"Ideaal - Inkoper": {**cells, "B1": "Ideaal"}})
    files = {**_upload(ideal, "ideal"), **_upload(workbook, "current")}
    answer = client.post("/api/gaps", files=files, data={"journey": "CFO", "page_lang": "nl"})
    assert answer.status_code == 422, answer.text
    said = answer.json()["error"]
    field = "Alleen de reis van (naam, persona of blad; leeg: elke reis met haar partner)"
    assert f"named 'CFO' (the field \"{field}\")" in said
    assert "--journey" not in said


def test_the_page_says_which_language_poster_and_deck_got_and_where_to_choose_another(
    client: TestClient, example_built: dict[str, Any], tmp_path: Path
) -> None:
    """Round 20 (new user, F9): the page said nothing of the language poster and deck were written in (a Dutch
    deck on the English page, silently). Its result says it, in each of the page's languages."""
    (asked,) = [line for line in example_built["summary"]["said"] if line["say"].startswith("language_")]
    assert asked["say"] == "language_asked" and asked["values"] == {"language": "en", "other": "nl"}
    book, _ = small_journey_book()
    book.save(tmp_path / "reis.xlsx")
    built = client.post("/api/build", files=_upload(tmp_path / "reis.xlsx"), data={"size": "A4"})
    assert built.status_code == 200, built.text
    (chosen,) = [line for line in built.json()["summary"]["said"] if line["say"].startswith("language_")]
    assert chosen["say"] == "language_workbook" and chosen["values"] == {"language": "nl", "other": "en"}
    assert chosen["text"].startswith("poster and deck in Dutch, the workbook's language")
    blocks = _page_blocks()
    for code in ("nl", "en", "de"):
        for key in ("language_workbook", "language_asked", "language_kit"):
            assert f'"said.{key}":' in blocks[code], (code, key)
    assert "Poster en deck in het {name}, de taal van de werkmap" in blocks["nl"]


def test_the_found_journey_says_each_lanes_role_and_which_is_an_extra_lane(client: TestClient, tmp_path: Path) -> None:
    """Round 21 (new user F7): the page shows each lane beside its role; the summary sends the roles and which
    lane is a second lane of a core role (drawn as an extra lane), so a misread role can be seen there."""
    book = rows_canvas(tmp_path / "rollen.xlsx", LANE_ROLES)
    answer = client.post("/api/build", files=_upload(book), data={"size": "A3"})
    assert answer.status_code == 200, answer.text
    journey = answer.json()["summary"]["journeys"][0]
    assert journey["lanes"] == ["Wat doet de klant?", "Klantacties", "Pijnpunten"]
    assert journey["lane_kinds"] == ["customer", "customer", "pain_points"]
    assert journey["lane_extra"] == [False, True, False]
