"""The map's title in ``canvasgen.toml`` (``title = "…"`` in a workbook's section, as ``--title`` gives it): the
journey's name, said in ``check --explain`` with where it came from; ``--title`` wins over it, said too. A
title of no words, or one in a sheet's section, is one sentence naming the file. Where the reading offers a
'Journey: <name>' cell to name a journey of a workbook of one, it offers ``--title`` too."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import make_book


def _book(path: Path, sheets: tuple[str, ...] = ("Reis",), title: str | None = "Klantreis fietsenwinkel") -> Path:
    cells: dict[str, object] = {"A3": "Fase", "B3": "Oriënteren", "C3": "Kopen", "D3": "Gebruiken"}
    if title:
        cells["A1"] = title
    for r, label in enumerate(["Klantproces", "Pijnpunten"], start=4):
        cells |= {f"A{r}": label} | {f"{c}{r}": f"{label} {c}" for c in "BCD"}
    return make_book(path, dict.fromkeys(sheets, cells))


def _settings(folder: Path, text: str) -> None:
    (folder / "canvasgen.toml").write_text(text, encoding="utf-8")


def test_the_files_title_names_the_map_said_in_explain(tmp_path: Path) -> None:
    path = _book(tmp_path / "fiets.xlsx")
    _settings(tmp_path, '["fiets.xlsx"]\ntitle = "Van winkel naar werkplaats"\n')
    code, out, err = run_clean("check", "--explain", path)
    assert code == 0, err
    assert "journey 'Van winkel naar werkplaats' (sheet 'Reis', grid layout)" in out
    assert (
        "it is called 'Van winkel naar werkplaats' as you said (title in canvasgen.toml), not 'Klantreis "
        "fietsenwinkel' as the workbook names it — to keep the workbook's name, take title out of canvasgen.toml"
    ) in out


def test_the_command_line_wins_over_the_files_title_and_says_so(tmp_path: Path) -> None:
    path = _book(tmp_path / "fiets.xlsx")
    _settings(tmp_path, '["fiets.xlsx"]\ntitle = "Van winkel naar werkplaats"\n')
    code, out, err = run_clean("check", "--explain", "--title", "Fietsen kopen", path)
    assert code == 0, err
    assert "journey 'Fietsen kopen' (sheet 'Reis', grid layout)" in out
    assert (
        "it is called 'Fietsen kopen' as you said (--title; the command line wins over canvasgen.toml's title "
        "'Van winkel naar werkplaats'), not 'Klantreis fietsenwinkel' as the workbook names it"
    ) in out


def test_the_files_title_on_a_workbook_of_two_journeys_is_said(tmp_path: Path) -> None:
    path = _book(tmp_path / "twee.xlsx", sheets=("Nu", "Straks"))
    _settings(tmp_path, '["twee.xlsx"]\ntitle = "Eén kaart"\n')
    code, out, _ = run_clean("check", path)
    assert code == 0
    assert "title in canvasgen.toml 'Eén kaart' names one map, but the workbook holds 2 journeys" in out


def test_a_blank_or_misplaced_title_in_the_file_is_one_sentence(tmp_path: Path) -> None:
    path = _book(tmp_path / "fiets.xlsx")
    _settings(tmp_path, '["fiets.xlsx"]\ntitle = "   "\n')
    code, out, err = run_clean("check", path)
    assert code != 0 and "Traceback" not in out + err
    assert "title in canvasgen.toml: give the map's title in words, e.g. 'Klantreis webshop'" in out + err
    _settings(tmp_path, '["fiets.xlsx"]\ntitle = 3\n')
    code, out, err = run_clean("check", path)
    assert code != 0 and "title: give the map's title as text" in out + err
    _settings(tmp_path, '["fiets.xlsx".Reis]\ntitle = "Van winkel naar werkplaats"\n')
    code, out, err = run_clean("check", path)
    assert code != 0 and "'title' in [Reis] names the whole map: give it above its sheets" in out + err


def test_the_reading_offers_title_where_it_offers_a_journey_cell(tmp_path: Path) -> None:
    """A map's title in a cell alone above the table: taken for the journey's name, with how to name it
    otherwise — the cell, or --title; a workbook of two journeys is not offered --title (it names one map)."""
    code, out, _ = run_clean("check", "--explain", _book(tmp_path / "fiets.xlsx"))
    assert code == 0
    assert "to name the journey otherwise, write 'Journey: <name>' in a cell above the table or give --title" in out
    code, out, _ = run_clean("check", "--explain", _book(tmp_path / "twee.xlsx", sheets=("Nu", "Straks")))
    assert code == 0
    assert "write 'Journey: <name>' in a cell above the table" in out and "--title" not in out


def test_a_sheet_of_the_default_name_is_offered_title(tmp_path: Path) -> None:
    code, out, _ = run_clean("check", "--explain", _book(tmp_path / "blad.xlsx", sheets=("Sheet1",), title=None))
    assert code == 0
    assert (
        "'Sheet1' is the spreadsheet's default name for a sheet, no title for the client's wall — to name the "
        "journey, write 'Journey: <name>' in a cell above the table or give --title '<name>'"
    ) in out
