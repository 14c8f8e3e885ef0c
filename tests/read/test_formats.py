"""One registry of input formats (``read.formats``): reading, folder builds, the web page and ``apply``
take their formats from it, so that what one of them accepts the others know too."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.errors import CanvasError
from canvasgen.pipeline.plan import canvases_in
from canvasgen.read.formats import FOLDER_SUFFIXES, FORMATS, UPLOAD_SUFFIXES, Reader, format_of, is_patched
from canvasgen.web import forms
from tests.support.reading import read_canvas

MERMAID = "journey\n  title Een fiets kopen\n  section Kiezen\n    Leest reviews: 4: Klant\n"
SUFFIXES = [s for f in FORMATS for s in f.suffixes]


def test_a_folder_build_picks_up_the_registered_formats_and_nothing_else(tmp_path: Path) -> None:
    for suffix in [*SUFFIXES, ".txt", ".pdf"]:
        (tmp_path / f"a{suffix}").write_bytes(b"x")
    (tmp_path / "README.md").write_text("# notes")
    found = [p.suffix for p in canvases_in(tmp_path, recursive=False)]
    assert sorted(found) == sorted(FOLDER_SUFFIXES)
    assert ".md" not in found and ".mermaid" not in found and ".xltx" not in found


def test_the_web_page_accepts_the_registered_uploads_each_of_which_is_read() -> None:
    assert forms.WORKBOOKS == UPLOAD_SUFFIXES
    assert all(format_of(Path(f"a{s}")) is not None for s in UPLOAD_SUFFIXES)


def test_apply_patches_the_excel_packages_only() -> None:
    assert [s for s in SUFFIXES if is_patched(Path(f"Reis{s.upper()}"))] == [".xlsx", ".xlsm"]


@pytest.mark.parametrize("suffix", [s for f in FORMATS if f.reader is Reader.MERMAID for s in f.suffixes])
def test_every_mermaid_suffix_is_read_as_mermaid(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"fiets{suffix}"
    text = MERMAID if suffix in (".mmd", ".mermaid") else f"# Fiets\n\n```mermaid\n{MERMAID}```\n"
    path.write_text(text, encoding="utf-8")
    canvas = read_canvas(path)
    assert canvas.journeys[0].shape == "mermaid" and canvas.journeys[0].name == "Een fiets kopen"


@pytest.mark.parametrize(
    ("suffix", "named"), [(".xls", "an Excel 97-2003 workbook (.xls)"), (".xltx", "an Excel template (.xltx)")]
)
def test_a_file_named_for_a_spreadsheet_format_it_is_not_is_named_so(tmp_path: Path, suffix: str, named: str) -> None:
    path = tmp_path / f"reis{suffix}"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(CanvasError) as caught:
        read_canvas(path)
    assert f"named as {named} but is not one" in str(caught.value)
