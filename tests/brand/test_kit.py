"""Brand kits: the default and the example are valid; every problem in a bad kit is named at once."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from canvasgen.brand.colors import contrast, parse_colour
from canvasgen.brand.kit import find_kit, load_kit
from tests.support.cli import run
from tests.support.workbooks import REPO


@pytest.mark.parametrize("name", ["default", "studio-noord"])
def test_bundled_kits_are_valid(name: str) -> None:
    code, out, err = run("brand", "check", str(REPO / "brand" / name))
    assert code == 0, err
    assert "is valid" in out
    assert err == ""


def test_kit_inherits_from_the_default() -> None:
    kit, _ = load_kit(str(REPO / "brand" / "studio-noord"))
    assert kit.palette.primary.hex == "#3B1F4A"
    assert kit.palette.pain.hex == "#C8453A"  # not in the kit: from the default
    assert kit.heading_font.name == "Lato-Black.ttf"
    assert (kit.heading_font.parent / "OFL.txt").is_file()


def bad_kit(tmp_path: Path, toml: str) -> Path:
    folder = tmp_path / "kit"
    (folder / "fonts").mkdir(parents=True)
    (folder / "brand.toml").write_text(toml, encoding="utf-8")
    return folder


def test_every_problem_at_once(tmp_path: Path) -> None:
    (tmp_path / "outside.ttf").write_bytes(b"")
    folder = bad_kit(
        tmp_path,
        """
agency = "Bureau"
colour_scheme = "blue"
logo = "missing.png"

[colors]
primary = "#12345"
accnet = "#ffffff"

[fonts]
heading = "../outside.ttf"
body = "fonts/Body.otf"
""",
    )
    (folder / "fonts" / "Body.otf").write_bytes(b"OTTO" + b"\0" * 64)  # PostScript (CFF) outlines
    code, _, err = run("brand", "check", str(folder))
    assert code == 1
    lines = err.strip().splitlines()
    kit_file = folder / "brand.toml"
    expected = [
        f"{kit_file}: colour_scheme: unknown key",
        f"{kit_file}: colors.accnet: unknown key",
        f"{kit_file}: colors.primary: '#12345' is not a colour",
        f"{kit_file}: fonts.body: Body.otf has PostScript (CFF) outlines",
        f"{kit_file}: fonts.heading: '../outside.ttf' leaves the kit folder",
        f"{kit_file}: logo: file 'missing.png' not found",
    ]
    for phrase in expected:
        assert any(line.startswith(f"error: {phrase}") for line in lines), (phrase, lines)


def test_font_that_forbids_embedding(tmp_path: Path) -> None:
    data = bytearray((REPO / "brand/default/fonts/NotoSans-Regular.ttf").read_bytes())
    tables = struct.unpack(">H", data[4:6])[0]
    for i in range(tables):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        if tag == b"OS/2":
            data[offset + 8 : offset + 10] = struct.pack(">H", 0x0002)  # fsType: restricted licence
    folder = bad_kit(tmp_path, '[fonts]\nbody = "fonts/Locked.ttf"\n')
    (folder / "fonts" / "Locked.ttf").write_bytes(bytes(data))
    code, _, err = run("brand", "check", str(folder))
    assert code == 1
    assert "fonts.body: Locked.ttf: its licence forbids embedding it in documents" in err


def test_low_contrast_is_a_warning(tmp_path: Path) -> None:
    folder = bad_kit(tmp_path, '[colors]\ntext = "#BBBBBB"\n')
    code, out, err = run("brand", "check", str(folder))
    assert code == 0
    assert "is valid" in out
    assert "colors.text: text on background has contrast 1.9:1, under WCAG AA (4.5:1)" in err


def test_unknown_kit_name() -> None:
    code, _, err = run("brand", "check", "no-such-kit")
    assert code == 1
    assert (
        err.strip() == "error: no-such-kit: no brand kit of that name; the kits are default, studio-noord "
        "(or give the path of a folder with a brand.toml)"
    )


def test_brand_new_scaffolds_a_valid_kit(tmp_path: Path) -> None:
    code, _out, _ = run("brand", "new", "bureau-zuid", "--dir", str(tmp_path))
    assert code == 0
    folder = tmp_path / "bureau-zuid"
    assert (folder / "brand.toml").is_file() and (folder / "fonts" / "OFL.txt").is_file()
    assert run("brand", "check", str(folder))[0] == 0
    assert find_kit(str(folder)) == folder
    code, _, err = run("brand", "new", "bureau-zuid", "--dir", str(tmp_path))
    assert code == 1 and "already exists" in err
    code, _, err = run("brand", "new", "../escape", "--dir", str(tmp_path))
    assert code == 1 and "letters, digits" in err


@pytest.mark.parametrize(
    ("text", "hex_"),
    [("#1d4e5f", "#1D4E5F"), ("fff", "#FFFFFF"), ("cmyk(0, 0, 0, 100)", "#000000"), ("cmyk(100,0,0,0)", "#00FFFF")],
)
def test_colours(text: str, hex_: str) -> None:
    assert parse_colour(text).hex == hex_


def test_given_cmyk_is_kept_for_print() -> None:
    assert parse_colour("cmyk(100, 40, 0, 20)").cmyk == pytest.approx((1.0, 0.4, 0.0, 0.2))
    assert parse_colour("#000000").cmyk == (0.0, 0.0, 0.0, 1.0)
    assert contrast(parse_colour("#000"), parse_colour("#fff")) == pytest.approx(21.0)


def test_kit_copy_in_a_brand_folder_is_found_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(REPO / "brand" / "studio-noord", tmp_path / "brand" / "mine")
    monkeypatch.chdir(tmp_path)
    assert find_kit("mine") == Path.cwd() / "brand" / "mine"


def test_a_symlink_cannot_lead_out_of_the_kit(tmp_path: Path) -> None:
    secret = tmp_path / "secret.ttf"
    shutil.copy(REPO / "brand/default/fonts/NotoSans-Regular.ttf", secret)
    folder = bad_kit(tmp_path, '[fonts]\nbody = "fonts/Body.ttf"\n')
    (folder / "fonts" / "Body.ttf").symlink_to(secret)
    code, _, err = run("brand", "check", str(folder))
    assert code == 1 and "fonts.body: 'fonts/Body.ttf' leaves the kit folder" in err
