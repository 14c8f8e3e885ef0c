"""The messages of a new user's first hour (#17): what a wrong file is, Excel's lock file, a Windows CSV,
a mistyped brand kit, `-o` naming a file. One sentence each, naming the file, no library names."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.cli import run
from tests.support.workbooks import CANVASES

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
LIBRARY_WORDS = re.compile(r"openpyxl|calamine|zipfile|Exception|Error\b|OSError|KeyError|Traceback|lxml")


def _package(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def _one_sentence(stderr: str, name: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"error: {name}: ") and not LIBRARY_WORDS.search(stderr), stderr
    return lines[0]


@pytest.mark.parametrize(
    ("name", "make", "kind"),
    [
        ("brief.docx", lambda p: _package(p, {"word/document.xml": "<w:document/>"}), "a Word document"),
        ("deck.pptx", lambda p: _package(p, {"ppt/presentation.xml": "<p:presentation/>"}), "a PowerPoint"),
        (
            "tekst.odt",
            lambda p: _package(p, {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
            "an OpenDocument text",
        ),
        ("poster.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "a PDF file"),
        ("foto.xlsx", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "a PNG picture"),
    ],
)
def test_a_file_of_another_kind_says_what_it_is(tmp_path: Path, name: str, make: object, kind: str) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    code, _, stderr = run("check", str(path))
    line = _one_sentence(stderr, str(path))
    assert code != 0 and f"this is {kind}" in line and "not a spreadsheet" in line


def test_a_windows_csv_is_read_like_a_utf8_one(tmp_path: Path) -> None:
    rows = "Fase;Oriëntatie;Vergelijken;Kopen\nKlantproces;Zoekt op Google;Vergelijkt € 6.850;Tekent\n"
    (tmp_path / "utf8.csv").write_text(rows, encoding="utf-8")
    (tmp_path / "windows.csv").write_bytes(rows.encode("cp1252"))
    outs = []
    for name in ("utf8.csv", "windows.csv"):
        code, _, _ = run("check", str(tmp_path / name))
        assert code == 0
        result = CliRunner().invoke(main, ["check", "--json", str(tmp_path / name)])
        stem = name.removesuffix(".csv")  # the title is the file's name, its first letter capitalised
        outs.append(result.stdout.replace(stem.capitalize(), "X").replace(stem, "X"))
    assert outs[0] == outs[1] and "Oriëntatie" in outs[1] and "€ 6.850" in outs[1]


def test_excels_lock_file_names_the_workbook_that_is_open(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "klantreis-2026.xlsx")
    (tmp_path / "~$antreis-2026.xlsx").write_bytes(b"\x0bJan Jansen" + b"\x00" * 150)  # a long name: first 2 gone
    (tmp_path / "~$reis.xlsx").write_bytes(b"\x0bJan Jansen" + b"\x00" * 150)
    (tmp_path / ".~lock.reis.xlsx#").write_text("Jan,werkplek,26.11.2026 10:00,")
    code, _, stderr = run("check", str(tmp_path / "~$antreis-2026.xlsx"))
    line = _one_sentence(stderr, str(tmp_path / "~$antreis-2026.xlsx"))
    assert code != 0 and "lock file Excel keeps while klantreis-2026.xlsx is open" in line
    assert "give klantreis-2026.xlsx itself" in line
    assert "while reis.xlsx is open" in _one_sentence(
        run("check", str(tmp_path / "~$reis.xlsx"))[2], str(tmp_path / "~$reis.xlsx")
    )
    lock = tmp_path / ".~lock.reis.xlsx#"
    assert "lock file LibreOffice keeps while reis.xlsx is open" in _one_sentence(run("check", str(lock))[2], str(lock))


def test_a_mistyped_brand_kit_gets_a_suggestion_and_the_list(tmp_path: Path) -> None:
    code, _, stderr = run("build", str(EXAMPLE), "-o", str(tmp_path), "--brand", "studio-nord")
    line = _one_sentence(stderr, "studio-nord")
    assert code != 0 and "did you mean 'studio-noord'?" in line and "the kits are default, studio-noord" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["Studio Noord", "STUDIO-NOORD", "studio noord"])
def test_a_brand_kit_by_its_display_name(tmp_path: Path, name: str) -> None:
    code, _, stderr = run("build", str(EXAMPLE), "-o", str(tmp_path), "--brand", name, "--size", "A3")
    assert code == 0, stderr
    assert (tmp_path / f"{EXAMPLE.stem}.pdf").is_file()


@pytest.mark.parametrize("command", ["build", "kit"])
def test_output_naming_a_file_says_so(tmp_path: Path, command: str) -> None:
    target = tmp_path / "output"
    target.write_text("a file where the folder should be")
    result = CliRunner().invoke(main, [command, str(EXAMPLE), "-o", str(target)])
    assert result.exit_code == 2
    assert f"{target} is a file, not a folder: give a folder for the results" in result.stderr
    assert "Directory" not in result.stderr and "Traceback" not in result.stderr
