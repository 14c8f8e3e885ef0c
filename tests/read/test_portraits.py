"""Personas' pictures (``canvasgen.read.package.portraits``): a picture placed in the Personas sheet goes to the persona
of its row (or column, side by side), ``<name>.jpg`` beside the workbook to the persona of that name (any
capitals, any accents); an image that is too large, no image, or damaged is said with its cell or file, and
the persona keeps its initials; ``check`` and ``--explain`` say which picture went where."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import PictureFrom
from canvasgen.pipeline.read import read
from tests.support.cli import run_clean
from tests.support.workbooks import PICTURED, bomb_png, personas_with_pictures, photo


def _pictures(path: Path, beside: bool = True) -> dict[str, tuple[str, PictureFrom] | None]:
    canvas = read(path, beside=beside)
    return {p.name.text: (p.picture.origin, p.picture.found) if p.picture else None for p in canvas.personas if p.name}


def test_a_picture_in_a_personas_row_and_a_file_beside_go_to_their_personas(tmp_path: Path) -> None:
    path = personas_with_pictures(tmp_path / "fietsen.xlsx")
    (tmp_path / "INES bakker.Jpg").write_bytes(photo(200, 300, "JPEG"))  # other capitals, no accent
    (tmp_path / "iemand anders.png").write_bytes(photo())  # no persona of that name
    assert _pictures(path) == {
        "Sanne de Wit": ("Personas!H2", PictureFrom.WORKBOOK),
        "Inès Bakker": ("INES bakker.Jpg", PictureFrom.FILE),
        "Daan Vos": None,
    }
    canvas = read(path)
    sanne = canvas.personas[0].picture
    assert sanne is not None and (sanne.width, sanne.height) == (300, 200)
    assert sanne.square == pytest.approx((1 / 6, 0.0, 1 / 6, 0.0))  # the centred 200 x 200 square
    assert not canvas.warnings
    # the web page reads no files beside the upload: only the workbook's picture
    assert _pictures(path, beside=False)["Inès Bakker"] is None


def test_side_by_side_personas_take_the_picture_in_their_column(tmp_path: Path) -> None:
    path = personas_with_pictures(tmp_path / "naast.xlsx", {"C7": photo()}, side_by_side=True)
    assert _pictures(path) == {
        "Sanne de Wit": None,
        "Inès Bakker": ("Personas!C7", PictureFrom.WORKBOOK),  # column C is hers
        "Daan Vos": None,
    }


def test_a_picture_in_no_personas_row_is_said_and_not_guessed(tmp_path: Path) -> None:
    path = personas_with_pictures(tmp_path / "los.xlsx", {"H9": photo()})
    canvas = read(path)
    assert all(p.picture is None for p in canvas.personas)
    said = [str(w) for w in canvas.warnings]
    expected = "a picture stands in no persona's row and is not used; move it into the row of the persona it shows"
    assert said == [f"{path}: Personas!H9: {expected}"]


def test_a_huge_picture_and_a_broken_one_are_warned_with_their_cells_and_the_initials_stay(tmp_path: Path) -> None:
    pictures = {"H2": bomb_png(), "H3": b"this is no image at all", "H4": photo()[:300]}
    path = personas_with_pictures(tmp_path / "kapot.xlsx", pictures)
    code, out, err = run_clean("check", path)  # before: "the workbook cannot be read" for the bomb, exit 1
    assert code == 0, err
    canvas = read(path)
    assert [p.picture for p in canvas.personas] == [None, None, None]
    said = {w.location.cell if w.location else None: w.message for w in canvas.warnings}
    assert "Sanne de Wit's picture (xl/media/image1.png) is not used" in said["H2"]
    assert "megapixels" in said["H2"] and "save it smaller" in said["H2"]
    assert "Inès Bakker's picture (xl/media/image2.png) is not used: it is not an image" in said["H3"]
    assert "Daan Vos's picture (xl/media/image3.png) is not used: the image is damaged" in said["H4"]
    assert "Personas!H2" in out and "Personas!H3" in out and "Traceback" not in out + err


def test_a_huge_or_false_file_beside_the_workbook_is_warned_by_its_name(tmp_path: Path) -> None:
    path = personas_with_pictures(tmp_path / "naast.xlsx", {})
    (tmp_path / "Daan Vos.png").write_bytes(bomb_png(9_000, 9_000))  # 81 megapixels: under Pillow's own limit
    (tmp_path / "Inès Bakker.jpg").write_bytes(b"<html>not a photo</html>")
    canvas = read(path)
    assert all(p.picture is None for p in canvas.personas)
    said = {Path(w.location.file).name if w.location else "": w.message for w in canvas.warnings}
    assert said["Daan Vos.png"].startswith("Daan Vos's picture is not used: the picture is 9,000 x 9,000 pixels")
    assert said["Inès Bakker.jpg"].startswith("Inès Bakker's picture is not used: it is not an image")


def test_check_and_explain_say_which_picture_went_to_which_persona(tmp_path: Path) -> None:
    path = personas_with_pictures(tmp_path / "fietsen.xlsx")
    (tmp_path / "Inès Bakker.png").write_bytes(photo())
    code, out, err = run_clean("check", path)
    assert code == 0, err
    assert "picture of Sanne de Wit: Personas!H2 (in the workbook, 300x200 px)" in out
    assert "picture of Inès Bakker: Inès Bakker.png (beside the workbook, 300x200 px)" in out
    assert "no picture (initials in a disc): Daan Vos" in out
    code, out, err = run_clean("check", "--explain", path)
    assert code == 0, err
    assert "picture at Personas!H2 (xl/media/image1.png): Sanne de Wit's, its corner in the persona's row" in out
    assert "picture Inès Bakker.png beside the workbook: Inès Bakker's, by its name" in out
    assert "put 'Daan Vos.jpg' (or .png) beside the workbook" in out
    assert len(PICTURED) == 3
