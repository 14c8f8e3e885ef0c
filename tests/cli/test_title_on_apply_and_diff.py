"""A kit made with ``--title`` keeps it in its record: ``apply`` takes ``--title`` (its warning "give apply the
options kit was given" can be followed) and its "see what changed" command, which gives the kit's title, is one
``diff`` runs (before, ``diff`` had no ``--title``: the command printed was refused)."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import CANVASES
from tests.support.workshop import changes_rows, fill

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
TITLE = "Zon op het dak"


def _kit_filled(tmp_path: Path) -> tuple[Path, Path]:
    canvas = Path(shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name))
    code, _, err = run_clean("kit", "--title", TITLE, "-o", tmp_path / "kit", canvas)
    assert code == 0, err
    changes = tmp_path / "kit" / f"{EXAMPLE.stem}-changes.xlsx"
    rows = changes_rows(changes)
    fill(changes, {(rows["F1-KP-01"], 5): "wijzigen", (rows["F1-KP-01"], 6): "Schrikt van de energierekening"})
    return canvas, changes


def test_applys_see_what_changed_command_runs_with_the_kits_title(tmp_path: Path) -> None:
    canvas, changes = _kit_filled(tmp_path)
    code, out, err = run_clean("apply", canvas, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0, err
    (hint,) = [line for line in out.splitlines() if line.startswith("see what changed: ")]
    words = shlex.split(hint.removeprefix("see what changed: "))
    assert words[:2] == ["canvasgen", "diff"] and words[-2:] == ["--title", TITLE]
    code, out, err = run_clean(*words[1:])
    assert code == 0, out + err
    assert "Schrikt van de energierekening" in out


def test_apply_takes_the_title_the_kit_was_given(tmp_path: Path) -> None:
    canvas, changes = _kit_filled(tmp_path)
    lane = "Pijnpunten=pain_points"
    code, _, err = run_clean("apply", "--lane", lane, canvas, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "card IDs may not match" in err and f"--title '{TITLE}'" in err
    shutil.copy(EXAMPLE, tmp_path / "kit2.xlsx")
    code, _, err = run_clean("kit", "--title", TITLE, "--lane", lane, "-o", tmp_path / "kit2", tmp_path / "kit2.xlsx")
    assert code == 0, err
    changes = tmp_path / "kit2" / "kit2-changes.xlsx"
    new = tmp_path / "kit2-v2.xlsx"
    code, _, err = run_clean("apply", "--lane", lane, "--title", TITLE, tmp_path / "kit2.xlsx", changes, "-o", new)
    assert code == 0, err
    assert "card IDs may not match" not in err
