"""``--title`` on check, build and kit (issue #30, round 19): the map's title over the one the workbook gives
it, said in ``check --explain`` with the workbook's own; drawn on the poster; kept in the kit's record of its
reading. A workbook of several journeys keeps their names, said; a blank title is one sentence."""

from __future__ import annotations

from pathlib import Path

from canvasgen.read.corrections import Corrections, from_record, to_record, with_title
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines, pdftotext
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _book(path: Path, sheets: tuple[str, ...] = ("Reis",), title: str | None = "Klantreis fietsenwinkel") -> Path:
    cells: dict[str, object] = {"A3": "Fase", "B3": "Oriënteren", "C3": "Kopen", "D3": "Gebruiken"}
    if title:
        cells["A1"] = title
    for r, label in enumerate(["Klantproces", "Pijnpunten"], start=4):
        cells |= {f"A{r}": label} | {f"{c}{r}": f"{label} {c}" for c in "BCD"}
    return make_book(path, dict.fromkeys(sheets, cells))


def test_check_says_the_title_given_over_the_workbooks(tmp_path: Path) -> None:
    path = _book(tmp_path / "fiets.xlsx")
    code, out, _ = run_clean("check", "--explain", "--title", "Van winkel naar werkplaats", path)
    assert code == 0
    assert "journey 'Van winkel naar werkplaats' (sheet 'Reis', grid layout)" in out
    assert (
        "it is called 'Van winkel naar werkplaats' as you said (--title), not 'Klantreis fietsenwinkel' as the "
        "workbook names it — to keep the workbook's name, leave out --title"
    ) in out
    code, out, _ = run_clean("check", "--explain", path)  # without it, the workbook's own title
    assert "journey 'Klantreis fietsenwinkel'" in out and "as you said (--title)" not in out


def test_the_title_is_the_models_and_no_word_of_the_workbook_is_lost(tmp_path: Path) -> None:
    path = _book(tmp_path / "fiets.xlsx")
    canvas = read_canvas(path, with_title(Corrections(), " Van  winkel naar werkplaats "))
    (journey,) = canvas.journeys
    assert journey.name == "Van winkel naar werkplaats"
    assert not lost_lines(path, canvas)  # the sheet's own title cell is still read (the poster's kicker)


def test_build_draws_the_title_given(tmp_path: Path) -> None:
    path = _book(tmp_path / "fiets.xlsx", title=None)
    code, _, err = run_clean("build", "--title", "Van winkel naar werkplaats", "--no-pptx", "-o", tmp_path, path)
    assert code == 0, err
    assert "Van winkel naar werkplaats" in pdftotext(tmp_path / "fiets.pdf")


def test_the_kits_record_keeps_the_title() -> None:
    given = with_title(Corrections(), "Van winkel naar werkplaats")
    record = to_record(given)
    assert '"title": "Van winkel naar werkplaats"' in record
    assert from_record(record, "the kit").title == "Van winkel naar werkplaats"
    assert to_record(Corrections()) == ""


def test_a_workbook_of_several_journeys_keeps_their_names_and_says_so(tmp_path: Path) -> None:
    path = _book(tmp_path / "twee.xlsx", sheets=("Nu", "Straks"))
    code, out, _ = run_clean("check", "--title", "Eén kaart", path)
    assert code == 0
    assert "--title 'Eén kaart' names one map, but the workbook holds 2 journeys" in out
    assert "to name each, write 'Journey: <name>' in a cell above its table" in out


def test_a_blank_title_is_one_sentence(tmp_path: Path) -> None:
    code, out, err = run_clean("check", "--title", "  ", _book(tmp_path / "fiets.xlsx"))
    assert code != 0
    assert "--title: give the map's title in words, e.g. 'Klantreis webshop'" in out + err
    assert "Traceback" not in out + err
