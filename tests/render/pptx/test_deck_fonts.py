"""Portable deck fonts: slides name only fonts every PowerPoint has (or the kit's own, with a warning),
and are fitted with the metric-compatible twin canvasgen bundles."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from canvasgen.brand.deck_font import STANDARD_FONTS, family
from canvasgen.brand.kit import load_kit
from canvasgen.cli import main
from canvasgen.errors import CanvasErrors
from canvasgen.pipeline.warm import deck_fonts
from canvasgen.render.pptx import load_template
from tests.support.layouts import Built
from tests.support.workbooks import EXAMPLES, make_book

ROOT = Path(__file__).resolve().parents[3]
CANVASES = ROOT / "canvases"
_TYPEFACE = re.compile(rb'typeface="([^"]*)"')


def typefaces(pptx: Path) -> set[str]:
    """Every typeface the slides and charts name (theme references such as +mn-lt left out)."""
    with zipfile.ZipFile(pptx) as archive:
        parts = [n for n in archive.namelist() if n.startswith(("ppt/slides/slide", "ppt/charts/chart"))]
        found = {m.decode() for n in parts for m in _TYPEFACE.findall(archive.read(n))}
    return {face for face in found if not face.startswith("+")}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_typeface_in_the_deck_comes_with_powerpoint(path: Path, built: Built) -> None:
    faces = typefaces(built.deck(path))
    assert "Calibri" in faces
    assert {face.lower() for face in faces} <= STANDARD_FONTS, faces


def test_the_deck_is_fitted_with_the_twin_of_the_font_it_names() -> None:
    kit, _ = load_kit("default")
    fonts, warnings = deck_fonts(kit)
    assert warnings == []
    assert {fonts.faces[name] for name in fonts.roles.values()} == {"Calibri"}
    assert {family(path) for path in (kit.deck.body, kit.deck.heading)} == {"Carlito"}
    # Carlito is narrower than the poster's Noto Sans: the deck is measured with its own metrics.
    poster = load_kit("default")[0].body_font
    assert family(poster) == "Noto Sans"
    text = "Bezorggarantie prominent tonen"
    assert fonts.width(text, "body", 20) < 0.92 * _poster_width(text)


def _poster_width(text: str) -> float:
    from tests.support.layouts import default_kit

    return default_kit()[1].width(text, "body", 20)


def test_symbols_are_named_in_segoe_ui_symbol_and_missing_characters_reported(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / "reis.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "A2": "Klantproces",
                "B2": "★ Kiest de beste",
                "C2": "Betaalt ሰ😀",
                "A3": "Intern proces",
                "B3": "Belt terug",
                "C3": "Stuurt offerte",
            }
        },
    )
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3"])
    assert result.exit_code == 0, result.output
    pptx = tmp_path / "out" / "reis.pptx"
    assert typefaces(pptx) <= {"Calibri", "Segoe UI Symbol", "Segoe UI Emoji"}
    with zipfile.ZipFile(pptx) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("ppt/slides/slide"))
    assert (
        '<a:latin typeface="Segoe UI Symbol"/><a:ea typeface="Segoe UI Symbol"/><a:cs typeface="Segoe UI Symbol"/>'
        "</a:rPr><a:t>★ </a:t>" in xml
    )
    assert '<a:latin typeface="Segoe UI Emoji"/><a:ea typeface="Segoe UI Emoji"/>' in xml  # the emoji's run
    assert "😀</a:t>" in xml
    assert "Betaalt ሰ</a:t>" in xml  # kept: the client's PowerPoint may have a font for it
    assert (
        "1 character(s) are in none of the deck's fonts (Calibri, Segoe UI Symbol, Arial, Microsoft YaHei, "
        "Segoe UI Emoji): 'ሰ' (U+1230)" in result.stderr
    )


def _kit(tmp_path: Path, deck: str, fonts: tuple[str, ...] = ()) -> Path:
    kit = tmp_path / "kit"
    (kit / "fonts").mkdir(parents=True)
    for name in fonts:
        shutil.copy(ROOT / "brand" / "studio-noord" / "fonts" / name, kit / "fonts" / name)
    (kit / "brand.toml").write_text(f"[deck_font]\n{deck}\n", encoding="utf-8")
    return kit


def test_a_kit_may_name_arial_which_is_measured_with_liberation_sans(tmp_path: Path) -> None:
    kit, warnings = load_kit(str(_kit(tmp_path, 'name = "Arial"')))
    assert warnings == []
    assert kit.deck.name == "Arial" and family(kit.deck.body) == "Liberation Sans"


def test_a_kit_font_powerpoint_lacks_is_used_with_a_warning(tmp_path: Path) -> None:
    deck = 'name = "Lato"\nbody = "fonts/Lato-Regular.ttf"\nheading = "fonts/Lato-Black.ttf"'
    folder = _kit(tmp_path, deck, ("Lato-Regular.ttf", "Lato-Black.ttf"))
    kit, warnings = load_kit(str(folder))
    assert kit.deck.name == "Lato"
    assert [w.message for w in warnings] == [
        "the deck font 'Lato' does not come with PowerPoint: clients without it see a substitute and text may "
        "no longer fit (embed it in PowerPoint: File > Options > Save > Embed fonts)"
    ]
    book = make_book(
        tmp_path / "reis.xlsx", {"Blad": {"A1": "Fase", "B1": "Kiezen", "A2": "Klantproces", "B2": "Zoekt"}}
    )
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(tmp_path / "out"), "--brand", str(folder)])
    assert result.exit_code == 0, result.output
    assert "the deck font 'Lato' does not come with PowerPoint" in result.stderr
    assert typefaces(tmp_path / "out" / "reis.pptx") == {"Lato"}


def test_a_standard_font_canvasgen_cannot_measure_needs_files(tmp_path: Path) -> None:
    with pytest.raises(CanvasErrors) as caught:
        load_kit(str(_kit(tmp_path, 'name = "Georgia"')))
    assert "deck_font.body: canvasgen cannot measure 'Georgia' on its own" in str(caught.value)


def test_measuring_calibri_with_another_font_is_warned_about(tmp_path: Path) -> None:
    folder = _kit(tmp_path, 'name = "Calibri"\nbody = "fonts/Lato-Regular.ttf"', ("Lato-Regular.ttf",))
    _, warnings = load_kit(str(folder))
    assert [w.message for w in warnings] == [
        "the deck font 'Calibri' is measured with Lato-Regular.ttf, which is not metric-compatible with it: "
        "text may not fit in PowerPoint"
    ]


def _template_with_theme_font(tmp_path: Path, face: str) -> Path:
    prs = Presentation()
    path = tmp_path / f"{face}.pptx"
    prs.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    theme = next(n for n in parts if n.startswith("ppt/theme/"))
    parts[theme] = re.sub(
        rb'(<a:minorFont>\s*<a:latin typeface=")[^"]*"', rb"\g<1>" + face.encode() + b'"', parts[theme]
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_templates_theme_font_is_used_when_canvasgen_can_measure_it(tmp_path: Path) -> None:
    kit, _ = load_kit("default")
    arial = load_template(_template_with_theme_font(tmp_path, "Arial"))
    assert arial.theme_font == "Arial"
    fonts, warnings = deck_fonts(kit, arial)
    assert warnings == [] and set(fonts.faces[n] for n in fonts.roles.values()) == {"Arial"}
    aptos = load_template(_template_with_theme_font(tmp_path, "Aptos"))
    fonts, warnings = deck_fonts(kit, aptos)
    assert set(fonts.faces[n] for n in fonts.roles.values()) == {"Calibri"}
    assert [w.message for w in warnings] == [
        "the template's theme font 'Aptos' cannot be measured by canvasgen (it measures Calibri and Arial), "
        "so the slides are set in Calibri"
    ]
