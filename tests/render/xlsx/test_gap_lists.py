"""The gap report's drop-downs carry any owner's name, quotes and commas included, and open in
LibreOffice Calc with every choice in place."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from canvasgen.analysis.gaps import Action, GapReport
from canvasgen.render.xlsx.gap_report import write_gap_report

OWNERS = ['Team "Web"', "Sales, Noord", "Jan & Piet"]
_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _report(path: Path) -> Path:
    report = GapReport("i", "c", 0.5, [], [], [], [Action("Aandacht", "Bel de klant terug", "start", "high")])
    write_gap_report(report, [], [*OWNERS, "Jan & Piet", ""], "nl", path)
    return path


def _sheets(content: etree._Element) -> dict[str, list[list[str]]]:
    """Each sheet's cell texts by row (repeated cells spelled out, up to a few columns)."""
    sheets = {}
    for table in content.iter(f"{_T}table"):
        rows = []
        for row in table.iter(f"{_T}table-row"):
            cells: list[str] = []
            for cell in row.iter(f"{_T}table-cell"):
                repeat = min(int(cell.get(f"{_T}number-columns-repeated", "1")), 10)
                cells += ["".join(p.xpath("string()") for p in cell.iter(f"{_TEXT}p"))] * repeat
            rows.append(cells)
        sheets[table.get(f"{_T}name")] = rows
    return sheets


def _choices(condition: str, sheets: dict[str, list[list[str]]]) -> list[str]:
    """The choices of a LibreOffice list condition: a range on a sheet, or a list of strings."""
    ranged = re.search(r"\[\$'?([^.']+)'?\.\$([A-Z])\$(\d+):\.\$[A-Z]\$(\d+)\]", condition)
    if ranged:
        sheet, column, first, last = ranged.groups()
        index = ord(column) - ord("A")
        return [sheets[sheet][r - 1][index] for r in range(int(first), int(last) + 1)]
    inline = condition[condition.index("(") + 1 : condition.rindex(")")]
    return [item.strip('"').replace('""', '"') for item in inline.split(";")]


@pytest.mark.slow
@pytest.mark.office
def test_owner_drop_down_opens_in_libreoffice_with_every_name(tmp_path: Path, soffice: str) -> None:
    workbook = _report(tmp_path / "gaps.xlsx")
    profile = tmp_path / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    content = etree.fromstring(zipfile.ZipFile(tmp_path / "gaps.ods").read("content.xml"))
    sheets = _sheets(content)
    conditions = {v.get(f"{_T}name"): v.get(f"{_T}condition") for v in content.iter(f"{_T}content-validation")}
    actions = next(t for t in content.iter(f"{_T}table") if t.get(f"{_T}name") == "Acties")
    row = list(actions.iter(f"{_T}table-row"))[1]  # the first action
    cells: list[etree._Element] = []
    for cell in row.iter(f"{_T}table-cell"):
        cells += [cell] * min(int(cell.get(f"{_T}number-columns-repeated", "1")), 10)
    owner = cells[4].get(f"{_T}content-validation-name")  # column E
    assert owner is not None, "the owner cell lost its drop-down"
    assert _choices(conditions[owner], sheets) == OWNERS
