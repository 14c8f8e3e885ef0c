"""The brand kit's name and agency mark the organisation (issue #30): a lane asked of one ("Wat doet Eneco?") is
the organisation's own, internal, with ``check --brand KIT`` and ``build --brand KIT`` alike, said in
``--explain`` with the correction that gives the other; without the kit (or with the default, white-label kit)
the name is the person on the journey, as before."""

from __future__ import annotations

from pathlib import Path

from canvasgen.brand.kit import load_kit
from canvasgen.pipeline.read import read, with_kit
from tests.support.cli import run_clean
from tests.support.workbooks import make_book


def _canvas(path: Path) -> Path:
    rows = [
        ["Fase", "Oriënteren", "Overstappen", "Gebruiken"],
        ["Wat doet Voltera?", "Stuurt een folder", "Belt terug", "Stuurt de jaarnota"],
        ["Wat doet Sanne?", "Vergelijkt tarieven", "Tekent online", "Leest de nota"],
        ["Pijnpunten", "Te veel tarieven", "Wachttijd", "Hoge nota"],
    ]
    cells = {f"{chr(65 + c)}{r}": value for r, row in enumerate(rows, start=1) for c, value in enumerate(row)}
    return make_book(path, {"Reis": cells})


def _kit(folder: Path, agency: str = "") -> Path:
    folder.mkdir()
    (folder / "brand.toml").write_text(f'name = "Voltera"\nagency = "{agency}"\n', encoding="utf-8")
    return folder


def test_check_brand_makes_a_lane_asked_of_the_kits_name_the_organisations(tmp_path: Path) -> None:
    path = _canvas(tmp_path / "reis.xlsx")
    kit = _kit(tmp_path / "voltera")
    _, before, _ = run_clean("check", path)
    assert "lane 'Wat doet Voltera?' [customer," in " ".join(before.split())
    code, out, _ = run_clean("check", "--explain", "--brand", kit, path)
    out = " ".join(out.split())
    assert code == 0
    assert "lane 'Wat doet Voltera?' [internal," in out
    assert "lane 'Wat doet Sanne?' [customer," in out  # the person stays the customer
    assert (
        "asks of 'Voltera', the canvas's company (its brand kit's name: 'Voltera'): read as the organisation's"
    ) in out and "--lane 'Wat doet Voltera?=customer'" in out


def test_the_kits_agency_marks_it_too_and_the_default_kit_marks_nothing(tmp_path: Path) -> None:
    path = _canvas(tmp_path / "reis.xlsx")
    kit, _ = load_kit(str(_kit(tmp_path / "bureau", agency="Voltera Energie")))
    lanes = {lane.label: lane.kind for lane in read(path, corrections=with_kit(None, kit)).journeys[0].lanes}
    assert lanes["Wat doet Voltera?"] == "internal"
    default, _ = load_kit(None)
    plain = {lane.label: lane.kind for lane in read(path, corrections=with_kit(None, default)).journeys[0].lanes}
    assert plain["Wat doet Voltera?"] == "customer"
