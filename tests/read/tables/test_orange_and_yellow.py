"""Round 19 (F4): a four-colour status (green, yellow, orange, red) puts orange and yellow both at amber, the
middle: check --explain says so, instead of leaving a reader to wonder why orange sits as high as yellow."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import make_book


def _lights(path: Path, words: tuple[str, ...]) -> Path:
    cells: dict[str, object] = {"A1": "Klantreis", "A3": "Fase", "A4": "Wat doet de klant?", "A5": "Status"}
    for column, (phase, word) in zip("BCDE", zip(("Zoeken", "Kiezen", "Kopen", "Gebruiken"), words)):
        cells |= {f"{column}3": phase, f"{column}4": f"Klant is aan het {phase.lower()}", f"{column}5": word}
    return make_book(path, {"Reis": cells})


def test_orange_beside_yellow_is_said_to_be_amber_too(tmp_path: Path) -> None:
    code, out, _ = run_clean("check", "--explain", _lights(tmp_path / "vier.xlsx", ("groen", "geel", "oranje", "rood")))
    assert code == 0, out
    assert "yellow and orange are both amber, at 0: canvasgen knows three lights" in out
    code, out, _ = run_clean("check", "--explain", _lights(tmp_path / "drie.xlsx", ("groen", "geel", "rood", "groen")))
    assert code == 0 and "traffic lights read as scores" in out, out
    assert "yellow and orange" not in out
