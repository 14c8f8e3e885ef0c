"""The machine's fonts (#33): a character none of canvasgen's fonts has is drawn with a font installed on
the machine that has it and TrueType outlines, embedded; CFF fonts, fonts whose licence forbids embedding
and fonts without the character are passed over; a collection's face is found; the scan is kept in a
cache that a changed font invalidates. The search is pointed at a folder each test makes
(``CANVASGEN_MACHINE_FONTS``); every other test runs with the machine's fonts switched off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.brand.machine_fonts import VARIABLE, MachineFonts, cache_file
from canvasgen.cli import main
from tests.support.fonts import collection, face, square_font
from tests.support.read_back import char_boxes, fonts_drawing, pdf_fonts, pdf_text, pdftotext, pixels, to_unicode
from tests.support.workbooks import make_book

ETHIOPIC = "\u1230"  # ሰ: in none of canvasgen's fonts
CELLS = {"B1": "Kennis", "C1": "Aankoop", "B2": f"Belt {ETHIOPIC} terug 😊", "C2": "Betaalt"}


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder the machine-font search looks in (and nowhere else), its cache in the test's own folder."""
    folder = tmp_path / "machine-fonts"
    folder.mkdir()
    monkeypatch.setenv(VARIABLE, str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder


def _poster(tmp_path: Path) -> tuple[Path, str]:
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": dict(CELLS, A1="Fase", A2="Klantproces")})
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3", "--no-pptx"])
    assert result.exit_code == 0, result.output
    return tmp_path / "out" / "reis.pdf", result.stderr


def test_a_character_only_a_machine_font_has_is_drawn_with_it_and_embedded(tmp_path: Path, machine: Path) -> None:
    # The machine's font also has Latin letters and 😊: those stay in the brand font and the emoji font.
    square_font(machine / "Ethiopic.ttf", "Canvasgen Machine", f"{ETHIOPIC}Belt😊")
    pdf, stderr = _poster(tmp_path)
    assert "cannot be drawn" not in stderr
    for extracted in (pdf_text(pdf), pdftotext(pdf)):
        assert f"Belt {ETHIOPIC} terug 😊" in extracted and "\ufffd" not in extracted
    fonts = pdf_fonts(pdf)
    assert fonts.get("CanvasgenMachine-Regular") is True and all(fonts.values())  # embedded, like every font
    assert fonts_drawing(pdf, ETHIOPIC) == {"CanvasgenMachine-Regular"}
    # Only what it alone has: "Belt" in the brand font, 😊 in canvasgen's emoji font.
    assert "NotoSans-Regular" in fonts_drawing(pdf, "B") and "CanvasgenMachine-Regular" not in fonts_drawing(pdf, "B")
    assert "😊" in to_unicode(pdf, "NotoEmoji-Regular").values()
    assert "😊" not in to_unicode(pdf, "CanvasgenMachine-Regular").values()
    bitmap, boxes = char_boxes(pdf, ETHIOPIC)
    assert boxes and any(sum(px) < 200 for px in pixels(bitmap, boxes[0]))  # the font's black square
    cached = json.loads(cache_file().read_text(encoding="utf-8"))
    assert str(machine / "Ethiopic.ttf") in cached["fonts"]


def test_switched_off_the_character_is_reported_naming_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(VARIABLE, "off")
    pdf, stderr = _poster(tmp_path)
    assert f"Klantreis!B2: character '{ETHIOPIC}' (U+1230) cannot be drawn by the fonts; printed as \ufffd" in stderr
    assert "(install a font for Ethiopic with TrueType outlines (.ttf) on this machine, or add one to" in stderr
    assert "the brand kit's [fonts] fallbacks)" in stderr
    assert "\ufffd" in pdf_text(pdf)


def test_only_a_font_reportlab_can_embed_and_may_embed_serves(tmp_path: Path, machine: Path) -> None:
    """Fonts that sort first but cannot serve are passed over: PostScript outlines (CFF), a licence that
    forbids embedding, a collection's face without the character; the collection's second face serves."""
    square_font(machine / "A-postscript.otf", "Canvasgen Postscript", ETHIOPIC, outlines="cff")
    square_font(machine / "B-locked.ttf", "Canvasgen Locked", ETHIOPIC, fs_type=0x0002)
    collection(machine / "C-pair.ttc", [face("Canvasgen First", "x"), face("Canvasgen Second", ETHIOPIC)])
    pdf, stderr = _poster(tmp_path)
    assert "cannot be drawn" not in stderr
    fonts = pdf_fonts(pdf)
    second = "CanvasgenSecond-Regular-1"  # reportlab names a collection's face by its index
    assert fonts.get(second) is True
    assert fonts_drawing(pdf, ETHIOPIC) == {second}
    assert not [name for name in fonts if name.startswith(("CanvasgenPostscript", "CanvasgenLocked", "CanvasgenFirst"))]


def test_the_scan_is_cached_and_a_changed_font_read_again(machine: Path) -> None:
    kept = square_font(machine / "kept.ttf", "Canvasgen Kept", "a")
    changed = square_font(machine / "changed.ttf", "Canvasgen Changed", "b")
    assert MachineFonts((machine,)).find({ord("a")}, usable=lambda _: True) is not None  # scanned, cached
    # The cache is what a later run reads for an unchanged file: say in it that kept.ttf has "k" too.
    data = json.loads(cache_file().read_text(encoding="utf-8"))
    data["fonts"][str(kept)]["faces"][0]["ranges"].append([ord("k"), ord("k")])
    cache_file().write_text(json.dumps(data), encoding="utf-8")
    square_font(changed, "Canvasgen Changed", "cd")  # a new font under the same name (another size): read again
    later = MachineFonts((machine,))
    found = later.find({ord("k")}, usable=lambda _: True)
    assert found is not None and found.path == kept  # from the cache, not read again
    assert later.find({ord("b")}, usable=lambda _: True) is None
    found = later.find({ord("c")}, usable=lambda _: True)
    assert found is not None and found.path == changed


def test_a_canvas_canvasgens_fonts_draw_whole_never_scans_the_machine(tmp_path: Path, machine: Path) -> None:
    """The scan costs a build nothing unless a character needs it: no font read, no cache written."""
    square_font(machine / "Latin.ttf", "Canvasgen Latin", "Belt")
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": {"A1": "Fase", "B1": "Kennis", "A2": "Klant", "B2": "Belt"}})
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3", "--no-pptx"])
    assert result.exit_code == 0, result.output
    assert not cache_file().exists()
    assert not [name for name in pdf_fonts(tmp_path / "out" / "reis.pdf") if name.startswith("CanvasgenLatin")]
