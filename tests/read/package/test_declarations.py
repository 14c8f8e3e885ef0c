"""Every part openpyxl could parse is refused when it declares a DTD or entities, whatever its name and
encoding (``canvasgen.read.package.declarations``): openpyxl parses with expat, not defusedxml."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from canvasgen.errors import ReadError
from canvasgen.read.package.declarations import declares_entities
from tests.support.hostile import (
    laughing_styles_under_an_odd_name,
    ods_with_part,
    strings_under_an_odd_name,
    svg_icon,
    utf16_sheet,
)
from tests.support.reading import read_canvas


def _refusal(path: Path) -> str:
    with pytest.raises(ReadError) as raised:
        read_canvas(path)
    return str(raised.value)


def test_shared_strings_under_an_odd_name_declaring_an_entity_are_refused(tmp_path: Path) -> None:
    said = _refusal(strings_under_an_odd_name(tmp_path))
    assert "refused: part xl/strings.bin declares a DTD or XML entities" in said
    assert "geheim" not in said


def test_a_billion_laughs_in_styles_under_an_odd_name_is_refused(tmp_path: Path) -> None:
    assert "refused: part xl/look.dat declares a DTD or XML entities" in _refusal(
        laughing_styles_under_an_odd_name(tmp_path)
    )


def test_a_sheet_in_utf16_declaring_an_entity_is_refused(tmp_path: Path) -> None:
    assert "refused: part xl/worksheets/sheet1.xml declares a DTD or XML entities" in _refusal(utf16_sheet(tmp_path))


def test_an_svg_icon_with_a_doctype_is_read_past_but_not_an_svg_no_picture_points_at(tmp_path: Path) -> None:
    canvas = read_canvas(svg_icon(tmp_path, pictured=True))
    assert canvas.journeys  # the workbook is read: openpyxl never parses a picture
    assert "refused: part xl/media/icon.svg declares" in _refusal(svg_icon(tmp_path, pictured=False))


_LAUGHS = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'
_SVG = (
    b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
    b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>'
)


def test_an_opendocument_is_checked_as_a_workbook_is_whatever_its_parts_are_named(tmp_path: Path) -> None:
    """One check for both packages: an .ods part declaring entities is refused under any name (the .ods
    check looked at names ending in .xml alone); a picture its manifest lists as an image is read past."""
    said = _refusal(ods_with_part(tmp_path, "Pictures/laughs.rdf", _LAUGHS))
    assert "refused: part Pictures/laughs.rdf declares a DTD or XML entities" in said
    assert read_canvas(ods_with_part(tmp_path, "Pictures/icon.svg", _SVG, "image/svg+xml")).journeys
    assert "refused: part Pictures/icon.svg declares" in _refusal(ods_with_part(tmp_path, "Pictures/icon.svg", _SVG))


@pytest.mark.parametrize(
    "encoding, found",
    [("utf-8", True), ("utf-16", True), ("utf-16-le", True), ("utf-32", True), ("cp1252", True), ("utf-16", False)],
)
def test_a_declaration_is_found_in_every_encoding_xml_allows(encoding: str, found: bool) -> None:
    declared = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding != "utf-16-le" else ""
    body = '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>' if found else "<x>é ENTITY DOCTYPE</x>"
    assert declares_entities((declared + body).encode(encoding)) is found


def test_canvasgen_turns_openpyxls_defusedxml_off_before_openpyxl_is_imported() -> None:
    """The switch is read once, when openpyxl is first imported: canvasgen's first module sets it."""
    env = {k: v for k, v in os.environ.items() if k != "OPENPYXL_DEFUSEDXML"}
    code = "import canvasgen.read.reader, openpyxl.xml; print(openpyxl.xml.DEFUSEDXML)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "False"
