"""The page in a real browser: Chromium, driven by Playwright, against a real ``canvasgen serve``.
Keyboard only: a workbook chosen and sent, the phases and a preview seen, the PDF downloaded, a bad
file's sentence shown. Every tab on the bundled examples (the workshop kit's four files and its zip; a
filled-in changes sheet applied, what changed shown as table rows): sent, its report found as table rows, every
download opened (PDFs have pages, workbooks open in openpyxl, decks in python-pptx). Any script error
on the page fails the test, and every request to a host other than the server is blocked (none is made)."""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import openpyxl
import pypdfium2
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from pptx import Presentation

from canvasgen.analysis.diff import compare
from canvasgen.analysis.match import DEFAULT_THRESHOLD
from canvasgen.pipeline.compare import ReportOptions, run_gaps
from canvasgen.units import parse_paper
from canvasgen.web.tables import diff_table
from tests.support.live import browser, running_server
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, LANE_ROLES, grouped_phases, make_book, rows_canvas, team_lanes
from tests.support.workshop import fill, new_row

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
IDEAL = CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"
OLD, NEW = CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
WAIT = 120_000  # ms: a hang guard for the first build (cold workers), not a speed limit

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """One server for the module, taking uploads of 1 MB at most: the workbooks sent are tens of kB, and the
    page's own refusal of a larger one is tested on it (a server start is two Pythons importing canvasgen)."""
    with running_server("--workers", "1", "--max-upload-mb", "1") as address:
        yield address


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """One browser for the module."""
    with browser() as launched:
        yield launched


@dataclass
class _DutchPage:
    """The module's one page in Dutch (a context of its own: cookies, storage, downloads), with every request
    to another host blocked and recorded, and the page's script errors: a new context per test was half of
    Chromium's time in this module, and no test needs one (``page`` gives each test the page as a new visitor
    sees it)."""

    tab: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def dutch_page(server: str, chromium: Any) -> Iterator[_DutchPage]:
    own = urlsplit(server).netloc
    context = chromium.new_context(locale="nl-NL", accept_downloads=True)
    shared = _DutchPage(context.new_page())

    def only_the_server(route: Any) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            shared.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_the_server)
    shared.tab.on("pageerror", lambda error: shared.errors.append(f"page error: {error}"))
    shared.tab.on("console", lambda message: shared.errors.append(message.text) if message.type == "error" else None)
    shared.tab.set_default_timeout(WAIT)
    yield shared
    context.close()


@pytest.fixture()
def page(server: str, dutch_page: _DutchPage) -> Iterator[tuple[Any, list[str]]]:
    """The page in Dutch as a new visitor opens it: the storage of the test before cleared (the language
    chosen is kept there), any other tab of it closed, the page loaded again; a script error on the page
    fails the test."""
    tab = dutch_page.tab
    for other in tab.context.pages:
        if other != tab:
            other.close()
    tab.context.clear_cookies()
    if urlsplit(tab.url).netloc == urlsplit(server).netloc:
        tab.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    dutch_page.blocked.clear()
    tab.goto(server + "/")
    assert tab.evaluate("() => localStorage.length") == 0  # nothing kept from the test before
    yield tab, dutch_page.blocked
    errors, dutch_page.errors[:] = list(dutch_page.errors), []
    assert [e for e in errors if "Failed to load resource" not in e] == []


def _tab_to(tab: Any, selector: str) -> None:
    """Press Tab until ``selector`` has the focus, as a keyboard user would."""
    for _ in range(40):
        tab.keyboard.press("Tab")
        if tab.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def server_of(tab: Any) -> str:
    return "{0.scheme}://{0.netloc}".format(urlsplit(tab.url))


def _choose_by_keyboard(tab: Any, selector: str, path: Path) -> None:
    """Tab to the file field and open its dialog with a key. Chromium sometimes lets the first key press
    on a file field go by without a dialog (seen once in a few dozen runs, under load): try again, as a
    person would, with Space and then Enter."""
    _tab_to(tab, selector)
    for key in ("Space", "Enter", "Space", "Enter"):
        try:
            with tab.expect_file_chooser(timeout=15_000) as chooser:
                tab.keyboard.press(key)
        except PlaywrightTimeout:
            assert tab.evaluate("(s) => document.activeElement.matches(s)", selector)
            continue
        chooser.value.set_files(str(path))
        return
    raise AssertionError(f"no file dialog opened from {selector} by keyboard")


def test_a_workbook_sent_by_keyboard_shows_phases_previews_and_downloads(
    page: tuple[Any, list[str]], tmp_path: Path
) -> None:
    """Sent by keyboard; the poster downloaded by keyboard, and then every download of the poster and deck
    tab opened (one build for both: the example's build is seconds of a worker's time)."""
    tab, blocked = page
    tab.wait_for_selector("#sizes option[value=A1]", state="attached")  # the choices came from the API
    _choose_by_keyboard(tab, "input[name=workbook]", EXAMPLE)
    _tab_to(tab, "#form-build button[type=submit]")
    tab.keyboard.press("Enter")
    phases = tab.wait_for_selector("#found .phases")
    expected = [p.name for p in read_canvas(EXAMPLE).journeys[0].phases]
    assert phases.inner_text() == "Fasen: " + " · ".join(expected)
    # which language poster and deck got, in the page's words, with the field that chooses another (round 20)
    said = tab.inner_text("#found").splitlines()
    assert (
        "Poster en deck in het Nederlands, de taal van de werkmap; kies bij 'Taal van poster en deck' English voor "
        "het Engels."
    ) in said, said
    image = tab.wait_for_selector("#previews img")
    tab.wait_for_function("() => document.querySelector('#previews img').naturalWidth > 100")
    assert image.is_visible() and image.get_attribute("alt") == "Pagina 1"
    full = tab.get_attribute("#previews figure a", "href")  # the full-size page, made when opened
    assert (
        full.endswith("/full-1.png") and tab.request.get(server_of(tab) + full).headers["content-type"] == "image/png"
    )
    assert tab.inner_text("#status") == "Klaar."
    _tab_to(tab, "#files a[href$='.pdf']")
    with tab.expect_download() as download:
        tab.keyboard.press("Enter")
    assert download.value.suggested_filename == EXAMPLE.stem + ".pdf"
    saved = tmp_path / "poster.pdf"
    download.value.save_as(saved)
    document = pypdfium2.PdfDocument(str(saved))
    assert expected[0] in document[0].get_textpage().get_text_range()
    document.close()
    opened = _open_downloads(tab, tmp_path / "opened")
    assert sorted(opened) == sorted(f"{EXAMPLE.stem}{suffix}" for suffix in (".pdf", ".pptx", ".zip"))
    assert blocked == []


def test_a_bad_file_shows_the_sentence_on_the_page(page: tuple[Any, list[str]], tmp_path: Path) -> None:
    tab, blocked = page
    bad = tmp_path / "kapotte klantreis.xlsx"
    bad.write_bytes(b"this is no workbook")
    _choose_by_keyboard(tab, "input[name=workbook]", bad)
    _tab_to(tab, "#form-build button[type=submit]")
    tab.keyboard.press("Enter")
    error = tab.wait_for_selector("#error:not([hidden])")
    assert error.inner_text().startswith("kapotte klantreis.xlsx")
    assert "/tmp" not in error.inner_text() and "Traceback" not in error.inner_text()
    assert tab.inner_text("#status") == "Dat lukte niet. canvasgen zegt (in het Engels):"
    assert tab.query_selector_all("#files a") == []
    assert blocked == []


def test_warnings_are_said_once_in_the_pages_language_and_name_the_users_file(
    page: tuple[Any, list[str]], tmp_path: Path
) -> None:
    """canvasgen's messages are English, as on the command line: the page says so once, in Dutch, above
    them (not "Let op:" before each English sentence), and they name the user's file, not the server's."""
    from tests.support.workbooks import make_book

    tab, blocked = page
    book = make_book(
        tmp_path / "trapkracht-huidig.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aanvraag",
                "A2": "Klantproces",
                "B2": "twijfelt ሰ",
                "C2": "vraagt",
                "A3": "Pijnpunten",
                "B3": "kosten",
                "C3": "wachten",
            }
        },
    )
    _choose_by_keyboard(tab, "input[name=workbook]", book)
    _tab_to(tab, "#form-build button[type=submit]")
    tab.keyboard.press("Enter")
    head = tab.wait_for_selector("#warnings-head:not([hidden])")
    assert head.inner_text() == "Meldingen van canvasgen (in het Engels, zoals op de opdrachtregel)"
    warnings = [li.text_content() for li in tab.query_selector_all("#warnings li")]  # folded: not rendered
    assert any(w.startswith("trapkracht-huidig.pptx: ") for w in warnings), warnings
    assert not any(w.startswith("Let op") or "/tmp" in w for w in warnings), warnings
    # new user 22 (finding 14): under the result, folded, their count on the fold
    assert tab.inner_text("#warnings-count") == f"({len(warnings)})"
    assert tab.eval_on_selector("#warnings-box", "box => !box.open")
    after = "box => !!(box.compareDocumentPosition(document.getElementById('previews')) & 2)"
    assert tab.eval_on_selector("#warnings-box", after)  # the previews come before it
    assert blocked == []


def test_the_page_makes_no_request_to_another_host_and_switches_language_which_stays_after_a_reload(
    page: tuple[Any, list[str]],
) -> None:
    """No request leaves the server, and the block itself works. A Dutch browser switched to English stays
    English after a reload (round 5); every language menu of a form whose API takes ``lang`` (build, gaps,
    diff, kit) offers the five canvasgen writes."""
    tab, blocked = page
    tab.wait_for_selector("#brands option", state="attached")
    assert blocked == []  # no font, script or style from elsewhere: the page loaded and filled in
    other = tab.context.new_page()  # the block itself works: a page elsewhere is never reached
    with pytest.raises(Exception, match="ERR_FAILED"):
        other.goto("https://cdn.example.com/font.woff2")
    assert blocked == ["https://cdn.example.com/font.woff2"]
    other.close()
    _tab_to(tab, "#ui-lang")
    tab.keyboard.press("ArrowDown")  # Nederlands -> English
    assert tab.inner_text("#form-build button[type=submit]") == "Make poster and deck"
    assert tab.evaluate("() => document.documentElement.lang") == "en"
    tab.reload()
    tab.wait_for_selector("#brands option", state="attached")
    assert tab.evaluate("() => document.documentElement.lang") == "en"
    assert tab.input_value("#ui-lang") == "en"
    assert tab.inner_text("#form-build button[type=submit]") == "Make poster and deck"
    for form in ("build", "gaps", "diff", "kit"):
        offered = tab.eval_on_selector_all(
            f"#form-{form} select[name=lang] option", "(options) => options.map((o) => o.value)"
        )
        assert offered == ["", "nl", "en", "de", "fr", "es"], form
    assert blocked == ["https://cdn.example.com/font.woff2"]  # and nothing else, after the reload too


def test_a_file_dropped_on_the_box_is_chosen(page: tuple[Any, list[str]]) -> None:
    tab, _ = page
    dropped = tab.evaluate_handle("""() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(["x"], "klantreis.xlsx"));
        return transfer;
    }""")
    tab.dispatch_event("label.drop", "dragover", {"dataTransfer": dropped})
    assert "over" in tab.get_attribute("label.drop", "class")  # the box shows it will take the file
    tab.dispatch_event("label.drop", "drop", {"dataTransfer": dropped})
    assert tab.evaluate("() => document.querySelector('input[name=workbook]').files[0].name") == "klantreis.xlsx"
    assert "over" not in tab.get_attribute("label.drop", "class")


def _open_downloads(tab: Any, folder: Path) -> dict[str, Path]:
    """Every download link of the result clicked, saved and opened as what it is."""
    saved: dict[str, Path] = {}
    for link in tab.query_selector_all("#files a"):
        with tab.expect_download() as download:
            link.click()
        name = download.value.suggested_filename
        path = folder / name
        download.value.save_as(path)
        saved[name] = path
        if name.endswith(".pdf"):
            document = pypdfium2.PdfDocument(str(path))
            assert len(document) > 0, name
            document.close()
        elif name.endswith(".xlsx"):
            assert openpyxl.load_workbook(path).sheetnames, name
        elif name.endswith(".pptx"):
            assert len(Presentation(str(path)).slides) > 0, name
        elif name.endswith(".zip"):
            with zipfile.ZipFile(path) as bundle:
                assert bundle.testzip() is None and bundle.namelist(), name
    return saved


def _rows(tab: Any, title: str) -> list[list[str]]:
    """The rows of the report table under ``title``, cell by cell."""
    section = tab.locator("#tables section.report", has=tab.locator("h2", has_text=title))
    return [
        [cell.inner_text() for cell in row.query_selector_all("td")]
        for row in section.element_handle().query_selector_all("tbody tr")
    ]


def test_gaps_tab_shows_the_actions_as_table_rows(page: tuple[Any, list[str]], tmp_path: Path) -> None:
    tab, blocked = page
    tab.click("#tab-gaps")
    tab.set_input_files("input[name=ideal]", str(IDEAL))
    tab.set_input_files("input[name=current]", str(EXAMPLE))
    tab.click("#form-gaps button[type=submit]")
    tab.wait_for_selector("#tables table")
    assert tab.inner_text("#status") == "Klaar."
    result = run_gaps((IDEAL, EXAMPLE), ReportOptions(None, parse_paper("A3"), DEFAULT_THRESHOLD, None))
    actions = _rows(tab, "Actiepunten")
    assert len(actions) == len(result.report.actions + result.extra) > 0
    words = {"hoog", "midden", "laag"}
    assert all(row[0] in words for row in actions)  # the priority in the page's language
    expected = {(a.phase, a.text("nl")) for a in result.report.actions + result.extra}
    assert {(row[1], row[3]) for row in actions} == expected
    per_phase = _rows(tab, "Per fase")
    # the page's Dutch rows: the cell named with its journey's workbook
    assert any(row[1] == "ontbreekt nu (starten)" and row[4].startswith("Ideaal: Klantreis!") for row in per_phase)
    assert tab.query_selector("pre") is None  # no monospace dump
    saved = _open_downloads(tab, tmp_path)
    assert any(name.endswith("-gaps.xlsx") for name in saved) and any(name.endswith(".pdf") for name in saved)
    assert blocked == []


def test_gaps_without_action_points_say_so_above_the_scores_and_the_reading_fields_have_room(
    page: tuple[Any, list[str]], tmp_path: Path
) -> None:
    """New user 13b: the same journey scored lower in the ideal gives no action point, and the page said "No
    differences found." above the per-phase score that changed; the "Adjust the reading" fields ran together."""
    tab, blocked = page
    current, lower = (
        team_lanes(tmp_path / f"{name}.xlsx", {"Klantproces": [], "Ervaringsscore (-2 t/m +2)": scores})
        for name, scores in (("huidig", ["1", "0", "-1", "0", "1", "2"]), ("ideaal", ["1", "0", "-2", "0", "1", "2"]))
    )
    tab.click("#tab-gaps")
    tab.set_input_files("input[name=ideal]", str(lower))
    tab.set_input_files("input[name=current]", str(current))
    tab.click("#form-gaps button[type=submit]")
    tab.wait_for_selector("#tables table")
    assert _rows(tab, "Actiepunten") == []
    actions = tab.locator("#tables section.report", has=tab.locator("h2", has_text="Actiepunten")).inner_text()
    assert "Geen actiepunten." in actions and "Geen verschillen" not in actions
    changed = [row for row in _rows(tab, "Per fase") if row[1] == "score" and len(set(row[3].split(" → "))) == 2]
    assert len(changed) == 1, changed
    tab.click("#form-gaps summary")
    boxes = [
        tab.locator("#form-gaps label", has=tab.locator(f"[name={name}]")).bounding_box()
        for name in ("phases_row", "labels", "lane", "groups", "skip_hidden")
    ]
    for above, below in itertools.pairwise(boxes):  # each field's label below the one before, room between
        assert above is not None and below is not None
        beside = below["x"] >= above["x"] + above["width"]  # the next field of the same row
        assert beside or below["y"] >= above["y"] + above["height"] + 8, (above, below)
    assert blocked == []


def test_compare_tab_shows_what_changed_as_table_rows(page: tuple[Any, list[str]], tmp_path: Path) -> None:
    tab, blocked = page
    tab.click("#tab-diff")
    tab.set_input_files("input[name=old]", str(OLD))
    tab.set_input_files("input[name=new]", str(NEW))
    tab.click("#form-diff button[type=submit]")
    tab.wait_for_selector("#tables table")
    assert tab.inner_text("#status") == "Klaar."
    rows = _rows(tab, "Wat is er veranderd")
    assert ["", "gegevens", "Versie: 2.0 → 3.0", ""] in rows
    assert ["Aandacht · Klantproces", "toegevoegd", "Slaat de post op", "Klantreis!B11"] in rows
    assert ["Altijd", "hernoemd", "Gebruik → Altijd", ""] in rows
    # the figure in the page's language, its target's words too (round 10: "target …: missed")
    assert any(row[1] == "meetcijfer" and row[2].startswith("Conversie: 1,9% (doel 2%: niet gehaald)") for row in rows)
    expected = diff_table(compare(read_canvas(OLD), read_canvas(NEW)).to_dict(), "nl")["rows"]
    assert len(rows) == len(expected) > 0
    saved = _open_downloads(tab, tmp_path)
    assert any(name.endswith(".pdf") for name in saved) and any(name.endswith(".pptx") for name in saved)
    tab.select_option("#ui-lang", "en")  # the report follows the page's language
    english = _rows(tab, "What changed")
    assert ["", "details", "Versie: 2.0 → 3.0", ""] in english
    assert any(row[2].startswith("Conversie: 1.9% (target 2%: missed)") for row in english)
    assert blocked == []


def test_a_request_sent_on_another_tab_while_one_runs_shows_only_its_own_result(
    page: tuple[Any, list[str]], tmp_path: Path
) -> None:
    """A build sent, and before it answers a comparison sent on the compare tab: the panel is the
    comparison's alone (its files, its tables), never the build's poster and deck appended under its
    "Klaar." (a new user saw both jobs' files and warnings mixed in one list)."""
    tab, blocked = page
    tab.set_input_files("input[name=workbook]", str(EXAMPLE))
    with tab.expect_event("requestfailed", lambda request: request.url.endswith("/api/build")) as cancelled:
        tab.click("#form-build button[type=submit]")
        tab.click("#tab-diff")
        tab.set_input_files("input[name=old]", str(OLD))
        tab.set_input_files("input[name=new]", str(NEW))
        tab.click("#form-diff button[type=submit]")
    assert cancelled.value.url.endswith("/api/build")  # the build's answer is no longer awaited
    tab.wait_for_selector("#tables table")
    tab.wait_for_function("() => !document.querySelector('#form-build button[type=submit]').disabled")
    assert tab.inner_text("#status") == "Klaar."
    # whoever returns to the build's tab reads that the build was stopped, not that it is done (hostile F13)
    assert tab.inner_text("#stopped") == (
        "Gestopt: Poster en deck. U begon daarna Versies vergelijken; hieronder staat het resultaat van "
        "Versies vergelijken."
    )
    names = [link.inner_text() for link in tab.query_selector_all("#files a")]
    assert names and all(name.startswith(NEW.stem) for name in names), names
    assert not tab.query_selector_all("#found .journey")  # the build's journeys are not shown
    assert _rows(tab, "Wat is er veranderd")
    # the same tab sent again stops nothing of another's: the line goes
    tab.click("#form-diff button[type=submit]")
    tab.wait_for_function("() => document.querySelector('#status').innerText === 'Klaar.'")
    assert not tab.is_visible("#stopped")
    assert blocked == []


def test_kit_tab_gives_the_four_files_and_one_zip_and_its_changes_sheet_filled_in_is_applied(
    page: tuple[Any, list[str]], tmp_path: Path
) -> None:
    """The workshop kit made on the page; its changes sheet, filled in as a team does, sent back on the
    apply tab: the new workbook and what changed; then the same sheet applied to another canvas, refused
    with the one sentence saying whose it is, in the page's language. One kit for the three (a kit is seconds
    of a worker's time)."""
    tab, blocked = page
    saved = _kit_made(tab, tmp_path / "kit")
    changes = _filled_changes(saved[f"{EXAMPLE.stem}-changes.xlsx"])
    tab.select_option("#ui-lang", "nl")  # the kit's checks ended on the English page
    _applied_writes_the_new_workbook_and_shows_what_changed(tab, changes, tmp_path / "applied")
    _applied_to_another_canvas_says_whose_it_is(tab, changes)
    assert blocked == []


def _kit_made(tab: Any, folder: Path) -> dict[str, Path]:
    """The kit tab gives the four files and one zip, says what it did in the page's words: what it saved."""
    tab.click("#tab-kit")
    tab.set_input_files("#form-kit input[name=canvas]", str(EXAMPLE))
    tab.click("#form-kit button[type=submit]")
    tab.wait_for_selector("#found .said")
    assert tab.inner_text("#status") == "Klaar."
    saved = _open_downloads(tab, folder)
    kinds = ("-changes.xlsx", "-cards.pdf", "-handouts.pdf", "-tiles.pdf")
    assert sorted(saved) == sorted([*(f"{EXAMPLE.stem}{kind}" for kind in kinds), f"{EXAMPLE.stem}-kit.zip"])
    with zipfile.ZipFile(saved[f"{EXAMPLE.stem}-kit.zip"]) as bundle:
        assert sorted(bundle.namelist()) == sorted(f"{EXAMPLE.stem}{kind}" for kind in kinds)
    assert "serve" not in tab.inner_text("#result") and "upload-1" not in tab.inner_text("#result")
    found = tab.inner_text("#found").splitlines()  # in the page's words, not the command's English
    assert any(line.endswith(" kaarten") for line in found) and f"{EXAMPLE.stem}-changes.xlsx gemaakt" in found
    assert not any(line.endswith(" cards") or line.startswith("wrote") for line in found)
    assert tab.get_attribute("#form-kit textarea[name=lane]", "placeholder") == "Knelpunten=pain_points"
    tab.select_option("#ui-lang", "en")
    assert f"wrote {EXAMPLE.stem}-changes.xlsx" in tab.inner_text("#found")
    assert tab.get_attribute("#form-kit textarea[name=lane]", "placeholder") == "Barriers=pain_points"
    assert tab.get_attribute("#form-kit input[name=phases_row]", "placeholder") == "Journey!9"  # not "Klantreis!9"
    return saved


def _filled_changes(changes: Path) -> Path:
    """The example's changes workbook, as a team fills it in: one card typed over, one removed, one added."""
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}
    fill(
        changes,
        {
            (rows["F1-KP-01"], 5): "wijzigen",
            (rows["F1-KP-01"], 6): "Schrikt van de energierekening",
            (rows["F1-KP-02"], 5): "weg",
            (new_row(rows), 2): "Bewustwording",
            (new_row(rows), 3): "Klantproces",
            (new_row(rows), 6): "Hoort over subsidie",
        },
    )
    return changes


def _applied_writes_the_new_workbook_and_shows_what_changed(tab: Any, changes: Path, folder: Path) -> None:
    tab.click("#tab-apply")
    tab.set_input_files("#form-apply input[name=canvas]", str(EXAMPLE))
    tab.set_input_files("#form-apply input[name=changes]", str(changes))
    tab.click("#form-apply button[type=submit]")
    tab.wait_for_selector("#tables table")
    assert tab.inner_text("#status") == "Klaar."
    said = tab.inner_text("#found")
    # what apply did, in the page's words (round 8: it was the command's English on the Dutch page)
    assert f"{EXAMPLE.stem}-v2.xlsx gemaakt (1 gewijzigd, 1 verwijderd, 1 toegevoegd" in said
    assert "wrote" not in said and "changed" not in said
    rows = _rows(tab, "Wat is er veranderd")
    assert _one_row(rows, "toegevoegd") == ["Bewustwording · Klantproces", "toegevoegd", "Hoort over subsidie"]
    assert any(row[1] == "verwijderd" and row[2] == "Praat met de buren die net panelen hebben" for row in rows)
    assert any(
        row[1] in ("gewijzigd", "anders verwoord") and "Schrikt van de energierekening" in row[2] for row in rows
    )
    saved = _open_downloads(tab, folder)
    assert list(saved) == [f"{EXAMPLE.stem}-v2.xlsx"]


def _one_row(rows: list[list[str]], kind: str) -> list[str]:
    """The one row of ``kind``, without its cell column."""
    found = [row[:3] for row in rows if row[1] == kind]
    assert len(found) == 1, rows
    return found[0]


def _applied_to_another_canvas_says_whose_it_is(tab: Any, changes: Path) -> None:
    """A changes sheet of another canvas (round 11, finding 3): the one refusal, in the page's language,
    saying which workbook to choose: no per-card list, no warning below it."""
    other = CANVASES / "example-hr-software-b2b.xlsx"
    tab.click("#tab-apply")
    tab.set_input_files("#form-apply input[name=canvas]", str(other))
    tab.set_input_files("#form-apply input[name=changes]", str(changes))
    tab.click("#form-apply button[type=submit]")
    tab.wait_for_selector("#error:not([hidden])")
    assert not tab.is_visible("#warnings-head")
    assert tab.inner_text("#error") == (
        f"Dit wijzigingenblad hoort bij {EXAMPLE.name}, niet bij {other.name}: kies {EXAMPLE.name} als werkmap "
        "van de sessie."
    )
    _tab_to(tab, "#ui-lang")
    tab.keyboard.press("ArrowDown")  # said again in English
    assert tab.inner_text("#error") == (
        f"This changes sheet belongs to {EXAMPLE.name}, not to {other.name}: choose {EXAMPLE.name} as the workbook "
        "of the session."
    )


def test_apply_tab_refuses_as_the_command_does(page: tuple[Any, list[str]], tmp_path: Path) -> None:
    tab, blocked = page
    tab.click("#tab-apply")
    tab.set_input_files("#form-apply input[name=canvas]", str(EXAMPLE))
    tab.set_input_files("#form-apply input[name=changes]", str(EXAMPLE))  # a canvas, not a changes workbook
    tab.click("#form-apply button[type=submit]")
    tab.wait_for_selector("#error:not([hidden])")
    message = tab.inner_text("#error")
    assert "no changes sheet found" in message and EXAMPLE.name in message
    assert "/tmp" not in message and "upload-" not in message  # never the server's folders
    assert "canvasgen apply" not in message and 'the tab "Workshopkit"' in message  # the page's words (round 5)
    assert blocked == []


def test_the_pages_own_refusals_are_in_its_language(page: tuple[Any, list[str]], tmp_path: Path) -> None:
    """An upload of another kind, one too large, a file not chosen: said in Dutch on the Dutch page (not
    canvasgen's English sentence behind "canvasgen zegt (in het Engels)"), and again in English when the
    page's language is switched; never a server path."""
    tab, blocked = page
    notes = tmp_path / "notities.txt"
    notes.write_text("geen werkmap")
    tab.set_input_files("#form-build input[name=workbook]", str(notes))
    tab.click("#form-build button[type=submit]")
    tab.wait_for_selector("#error:not([hidden])")
    assert tab.inner_text("#status") == "Dat lukte niet."
    kinds = ".xlsx, .xlsm, .xls, .xlsb, .ods, .csv, .json, .mmd, .mermaid, .md, .markdown"
    assert tab.inner_text("#error") == f"notities.txt: canvasgen leest hier alleen deze soorten bestanden: {kinds}."
    tab.select_option("#ui-lang", "en")
    assert tab.inner_text("#status") == "That did not work."
    assert tab.inner_text("#error") == f"notities.txt: canvasgen reads only these kinds of file here: {kinds}."
    tab.select_option("#ui-lang", "nl")
    big = tmp_path / "grote klantreis.xlsx"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    tab.set_input_files("#form-build input[name=workbook]", str(big))
    tab.click("#form-build button[type=submit]")
    tab.wait_for_function("() => document.querySelector('#error').textContent.includes('1 MB')")
    assert tab.inner_text("#error") == "Het bestand is groter dan de grens van deze server (1 MB)."
    assert tab.inner_text("#status") == "Dat lukte niet."
    tab.click("#tab-apply")
    tab.set_input_files("#form-apply input[name=canvas]", str(EXAMPLE))
    tab.evaluate("() => { document.querySelector('#form-apply input[name=changes]').required = false; }")
    tab.click("#form-apply button[type=submit]")
    tab.wait_for_function("() => document.querySelector('#error').textContent.startsWith('Kies eerst')")
    assert tab.inner_text("#error") == (
        "Kies eerst een bestand: Werkmap van de sessie, Ingevuld wijzigingenblad (…-changes.xlsx)."
    )
    assert "/tmp" not in tab.inner_text("#result") and blocked == []


def test_every_tab_has_the_groups_and_traffic_lights_fields_and_sends_them(
    page: tuple[Any, list[str]], tmp_path: Path
) -> None:
    """The command line's --groups and --traffic-lights as fields on every tab that reads a canvas, in the
    page's languages; what is typed in them reaches the reading (phase groups taken as phases; a bad score
    mapping refused with the field's name)."""
    tab, blocked = page
    forms = ("build", "gaps", "diff", "kit", "apply")
    for form in forms:
        for name, words in (("groups", "Fasegroepen"), ("traffic_lights", "Scores van de stoplichten")):
            label = tab.locator(f"#form-{form} label", has=tab.locator(f"input[name={name}]"))
            assert label.count() == 1, (form, name)
            said = (label.text_content() or "").strip()  # inside a closed <details>: not rendered, but there
            assert said.startswith(words), (form, said)
    grouped = grouped_phases(tmp_path / "groepen.xlsx", [("Voor", ["Oriëntatie", "Kiezen"]), ("Na", ["Kopen"])])
    tab.set_input_files("input[name=workbook]", str(grouped))
    tab.click("#form-build summary")
    tab.fill("#form-build input[name=groups]", "none")
    tab.click("#form-build button[type=submit]")
    phases = tab.wait_for_selector("#found .phases").inner_text()
    assert "Voor" in phases and "Na" in phases and "Oriëntatie ·" not in phases.split(":")[0], phases
    tab.click("#tab-kit")
    tab.set_input_files("#form-kit input[name=canvas]", str(EXAMPLE))
    tab.click("#form-kit summary")
    tab.fill("#form-kit input[name=traffic_lights]", "green=1")
    tab.click("#form-kit button[type=submit]")
    error = tab.wait_for_selector("#error:not([hidden])").inner_text()
    assert "traffic-lights 'green=1': give a score for every light" in error, error
    tab.select_option("#ui-lang", "en")
    for form in forms:
        label = tab.locator(f"#form-{form} label", has=tab.locator("input[name=traffic_lights]"))
        assert (label.text_content() or "").strip().startswith("Scores of the traffic lights"), form
    assert blocked == []


def test_the_reading_fields_are_shared_by_every_tab_and_kept_over_a_reload(page: tuple[Any, list[str]]) -> None:
    """One workbook, one reading (new user 14, F22): a lane correction typed on one tab is in the same field
    on every tab, and after a reload; the other tabs' panels are opened to show it."""
    tab, blocked = page
    tab.click("#form-build summary")
    tab.fill("#form-build textarea[name=lane]", "Knelpunten=pain_points")
    tab.check("#form-build input[name=skip_hidden]")
    for form in ("gaps", "diff", "kit", "apply"):
        assert tab.input_value(f"#form-{form} textarea[name=lane]") == "Knelpunten=pain_points", form
        assert tab.is_checked(f"#form-{form} input[name=skip_hidden]"), form
    tab.click("#tab-kit")
    tab.click("#form-kit summary")
    tab.fill("#form-kit textarea[name=lane]", "Knelpunten=pain_points\nZorgen=emotions")
    assert tab.input_value("#form-build textarea[name=lane]") == "Knelpunten=pain_points\nZorgen=emotions"
    tab.reload()
    for form in ("build", "gaps", "diff", "kit", "apply"):
        assert tab.input_value(f"#form-{form} textarea[name=lane]") == "Knelpunten=pain_points\nZorgen=emotions"
        assert tab.evaluate(f"() => document.querySelector('#form-{form} .reading').closest('details').open")
    assert blocked == []


def test_the_title_field_is_on_every_tab_refuses_spaces_and_names_the_map(page: tuple[Any, list[str]]) -> None:
    """The command line's --title as the reading field title (round 19): in the page's words on every tab,
    typed once for all of them; spaces only refused in the page's language, as --title refuses them; a
    title typed names the map the build shows."""
    tab, blocked = page
    forms = ("build", "gaps", "diff", "kit", "apply")
    for form in forms:
        label = tab.locator(f"#form-{form} label", has=tab.locator("input[name=title]"))
        assert (label.text_content() or "").strip().startswith("Titel van de kaart"), form
    tab.set_input_files("#form-build input[name=workbook]", str(EXAMPLE))
    tab.click("#form-build summary")
    tab.fill("#form-build input[name=title]", "   ")
    tab.click("#form-build button[type=submit]")
    error = tab.wait_for_selector("#error:not([hidden])").inner_text()
    assert error.startswith("De titel bestaat alleen uit spaties"), error
    title = "Zonnepanelen: van offerte tot opbrengst"
    tab.fill("#form-build input[name=title]", title)
    for form in forms:
        assert tab.input_value(f"#form-{form} input[name=title]") == title, form
    tab.click("#form-build button[type=submit]")
    heading = tab.wait_for_selector("#found .journey h2").inner_text()
    assert heading == f"Klantreis: {title}"
    assert blocked == []


def test_the_found_lanes_show_their_roles_and_how_to_give_another(page: tuple[Any, list[str]], tmp_path: Path) -> None:
    """Round 21 (new user F7): each lane beside its role in the page's words and the kind the lane field takes, a
    second customer lane said to be an extra lane, and the hint under them naming that lane for the field."""
    tab, blocked = page
    book = rows_canvas(tmp_path / "rollen.xlsx", LANE_ROLES)
    tab.set_input_files("#form-build input[name=workbook]", str(book))
    tab.click("#form-build button[type=submit]")
    shown = tab.wait_for_selector("#found .journey .lanes").inner_text()
    assert shown == (
        "Banen: Wat doet de klant? (wat de klant doet: customer) · Klantacties (wat de klant doet, als extra baan: "
        "customer) · Pijnpunten (pijnpunten: pain_points)"
    )
    hint = tab.inner_text("#found .lanes-fix")  # once, under the journeys
    assert hint == (
        'Klopt een rol niet? Typ in het veld "Wat een baan is, één per regel" onder "Inlezen bijsturen" het label, '
        "'=' en de soort, bijvoorbeeld 'Klantacties=<kind>'."
    )
    # a journey left with no customer lane: its organisation's lane is the likely misread, offered as the customer's
    cells = {"A1": "Klantreis bibliotheek", "A3": "Fase", "B3": "Zoeken", "C3": "Lenen"}
    cells |= {"A4": "Wat doet de bibliotheek?", "B4": "Catalogus", "C4": "Balie"}
    cells |= {"A5": "Pijnpunten", "B5": "Traag", "C5": "Vol"}
    tab.set_input_files("#form-build input[name=workbook]", str(make_book(tmp_path / "bieb.xlsx", {"Blad1": cells})))
    tab.click("#form-build button[type=submit]")
    tab.wait_for_selector("#found .lanes >> text=bibliotheek?")
    assert "Wat doet de bibliotheek? (wat de organisatie doet: internal)" in tab.inner_text("#found .lanes")
    assert "bijvoorbeeld 'Wat doet de bibliotheek?=customer'" in tab.inner_text("#found .lanes-fix")
    assert blocked == []
