"""The canvas's language is decided once, by the reader, and kept on the model: a run takes it from there
(``--lang`` or the kit override it for that run only); the layouts and the figures' reading never guess again."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.layouts import canvas_of
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES

ZON = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
HR = CANVASES / "example-hr-software-b2b.xlsx"


def test_the_reader_sets_the_canvas_language_on_the_model() -> None:
    dutch, english = canvas_of(ZON), canvas_of(HR)
    assert (dutch.language, dutch.written_in) == ("nl", "nl")
    assert (english.language, english.written_in) == ("en", "en")


def test_a_model_read_back_and_a_mermaid_journey_get_theirs_from_the_reader(tmp_path: Path) -> None:
    model = CliRunner().invoke(main, ["check", "--json", str(ZON)]).stdout
    (tmp_path / "zon.json").write_text(model, encoding="utf-8")
    assert read_canvas(tmp_path / "zon.json").language == "nl"
    (tmp_path / "reis.mmd").write_text(
        "journey\n  title Buying a bike\n  section Choose\n    Reads the reviews of the shop: 4: Customer\n"
        "  section Buy\n    Pays online and waits for the delivery: 3: Customer\n",
        encoding="utf-8",
    )
    assert read_canvas(tmp_path / "reis.mmd").language == "en"


def test_a_canvas_without_words_is_read_and_written_in_the_one_default_language() -> None:
    """Dutch where nothing decides (``words.DEFAULT_LANGUAGE``, named once): a canvas without words, a brand
    kit that names no language, the blank template."""
    from canvasgen.brand.kit import load_kit
    from canvasgen.language import canvas_language, figure_language
    from canvasgen.model import Canvas
    from canvasgen.words import DEFAULT_LANGUAGE

    empty = Canvas("leeg.xlsx", [])
    assert canvas_language(empty) == figure_language(empty) == DEFAULT_LANGUAGE == "nl"
    assert load_kit(None)[0].language == DEFAULT_LANGUAGE
    template = next(p for p in main.commands["template"].params if p.name == "lang")
    assert template.default == DEFAULT_LANGUAGE


def test_a_canvas_in_a_script_of_no_language_of_canvasgen_is_told_which_language_frames_it(tmp_path: Path) -> None:
    # Round 10: an Arabic canvas got English frame words on its poster, deck and kit, and nothing said so.
    from tests.support.workbooks import make_book

    cells = {"A1": "المرحلة", "B1": "الوعي", "C1": "الاهتمام", "D1": "الشراء"}
    cells |= {"A2": "ماذا يفعل العميل؟", "B2": "يبحث عن حل", "C2": "يقارن العروض", "D2": "يشتري"}
    path = make_book(tmp_path / "عربي.xlsx", {"رحلة": cells})
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "written in Arabic script" in said and "are in English" in said and "--lang" in said
    latin = CliRunner().invoke(main, ["check", str(ZON)])
    assert "script" not in latin.output  # a canvas in one of canvasgen's languages: nothing to say


def test_a_title_written_customer_journey_names_no_german(tmp_path: Path) -> None:
    """Round 14 F2: an English canvas titled 'Customer journey: …' was said to mix English and German (German
    writes the label 'Customer Journey'), and --lang de offered. A label German borrows from English names
    English too; a German canvas under it stays German."""
    for lanes, phases, language in (
        (["Customer actions", "Pain points"], ["Compare", "Switch", "First bill"], "en"),
        (["Kundenaktionen", "Schmerzpunkte"], ["Vergleichen", "Wechseln", "Erste Rechnung"], "de"),
    ):
        title = "Customer journey: switching energy supplier"
        _read_in_one_language(tmp_path / f"{language}.xlsx", (title, "Phase", phases), lanes, language)


def test_a_blueprints_frontstage_and_backstage_name_no_language(tmp_path: Path) -> None:
    """Round 23: a Dutch service blueprint ("Klantacties", "Frontstage", "Backstage", "Ondersteunende processen")
    was said to mix English and Dutch and got English headings and prompts: Frontstage and Backstage are the
    blueprint's terms of art in every language. An English blueprint under the same terms stays English."""
    for lanes, phases, language in (
        (["Fysiek bewijs", "Klantacties", "Frontstage", "Backstage"], ["Aanmelden", "Intake", "Nazorg"], "nl"),
        (["Physical evidence", "Customer actions", "Front office", "Back office"], ["Book", "Visit", "Pay"], "en"),
    ):
        _read_in_one_language(tmp_path / f"{language}.xlsx", (None, "", phases), lanes, language)


def _read_in_one_language(
    path: Path, header: tuple[str | None, str, list[str]], lanes: list[str], language: str
) -> None:
    """A canvas of these lanes over these phases (``header``: a title merged over the map or None, the corner
    cell, the phases) is read in ``language``, with no warning that it mixes languages."""
    title, corner, phases = header
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title is not None:
        sheet.append([title])
        sheet.merge_cells("A1:D1")
    sheet.append([corner, *phases])
    for lane in lanes:
        sheet.append([lane, *(f"{lane} {p}" for p in phases)])
    book.save(path)
    canvas = read_canvas(path)
    assert canvas.language == language
    assert not [w for w in canvas.warnings if "mixes languages" in w.message]
