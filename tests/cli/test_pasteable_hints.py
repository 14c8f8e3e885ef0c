"""Every command a message prints for the user to paste runs as printed: each path a word of its own,
however many spaces, quotes or shell characters its name holds (a new user's "Klantreis De Snelle
Spaak.xlsx")."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from canvasgen.errors import command_line, on_the_page, option_hint, shell_word
from canvasgen.read.lane_roles import lane_option
from tests.support.cli import run_clean
from tests.support.workbooks import CANVASES

V3 = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
FILLED = CANVASES.parent / "docs" / "examples" / "wijzigingen-webshop.xlsx"


def _hint(text: str, lead: str) -> list[str]:
    line = next(line for line in text.splitlines() if lead in line)
    return shlex.split(line.split(lead, 1)[1])


def test_applys_diff_hint_pastes_with_spaces_in_every_name(tmp_path: Path) -> None:
    canvas = tmp_path / "Klantreis De Snelle Spaak.xlsx"
    changes = tmp_path / "wijzigingen na sessie.xlsx"
    shutil.copy(V3, canvas)
    shutil.copy(FILLED, changes)
    out = tmp_path / "Klantreis De Snelle Spaak v2 (O'Brien & $HOME).xlsx"
    code, stdout, stderr = run_clean("apply", canvas, changes, "-o", out)
    assert code == 0, stderr
    assert _hint(stdout, "see what changed: ") == ["canvasgen", "diff", str(canvas), str(out)]


def test_a_changes_workbook_given_as_the_canvas_says_the_apply_command_quoted(tmp_path: Path) -> None:
    changes = tmp_path / "wijzigingen na sessie.xlsx"
    shutil.copy(FILLED, changes)
    code, _, stderr = run_clean("check", changes)
    assert code != 0
    words = _hint(stderr, "canvas with ")
    assert words == ["canvasgen", "apply", "CANVAS.xlsx", "wijzigingen na sessie.xlsx", "-o", "NEW.xlsx"]


def test_a_new_brand_kits_check_command_is_quoted(tmp_path: Path) -> None:
    root = tmp_path / "onze huisstijlen"
    code, stdout, stderr = run_clean("brand", "new", "spaak", "--dir", root)
    assert code == 0, stderr
    assert _hint(stdout, "then run: ") == ["canvasgen", "brand", "check", str(root / "spaak")]


@pytest.mark.parametrize("name", ["plain.xlsx", "a b.xlsx", "O'Brien.xlsx", 'say "hi" & go.xlsx', "50%.xlsx", ""])
def test_a_word_is_quoted_for_the_shell_it_is_pasted_in(name: str) -> None:
    assert shlex.split(command_line("canvasgen", "diff", name, windows=False)) == ["canvasgen", "diff", name]
    windows = shell_word(name, windows=True)
    assert windows == name if name and " " not in name and not set(name) & set('"&%') else windows.startswith('"')


@pytest.mark.parametrize("label", ["Stoplicht", "Hoe voelt het?", "Klant's gevoel", "Kosten $ en `tijd`"])
def test_a_lane_hint_pastes_as_one_option(label: str) -> None:
    assert shlex.split(lane_option(label, "<kind>")) == ["--lane", f"{label}=<kind>"]


def test_on_the_page_a_lane_hint_names_the_pages_reading_field_not_an_option() -> None:
    # the page's English names of its panel and of the lane's field (web.page_language)
    with on_the_page({"reading": "Adjust the reading", "lane_kinds": "What a lane is, one per line"}):
        said = lane_option("Stoplicht", "<kind>")
        assert said == option_hint("lane", "Stoplicht=<kind>")
    assert said == '\'Stoplicht=<kind>\' in the field "What a lane is, one per line" under "Adjust the reading"'
