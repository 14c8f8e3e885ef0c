"""Hypothesis over an .xlsx package's structure (part names, relationship targets, content types,
missing and extra parts): every variant is read or refused in one sentence, never a traceback."""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.errors import CanvasError
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES

pytestmark = pytest.mark.slow

BASE = CANVASES / "template-nl.xlsx"
with zipfile.ZipFile(BASE) as _archive:
    PARTS = {info.filename: _archive.read(info) for info in _archive.infolist()}
NAMES = sorted(PARTS)

targets = st.one_of(
    st.sampled_from(
        [
            "worksheets/sheet1.xml",
            "./worksheets/sheet1.xml",
            "/xl/worksheets/sheet1.xml",
            "../xl/worksheets/sheet1.xml",
            "worksheets/../worksheets/sheet1.xml",
            "../../../etc/passwd",
            "",
            "/",
            "worksheets/",
            "sharedStrings.xml",
            "workbook.xml",
            "http://example.com/x.xml",
        ]
    ),
    st.text(alphabet="abc./_%:", max_size=20),
)
content_types = st.sampled_from(
    [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/xml",
        "text/plain",
        "",
    ]
)


@st.composite
def packages(draw: st.DrawFn) -> dict[str, bytes]:
    parts = dict(PARTS)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["target", "rename", "drop", "type", "part-name", "truncate", "duplicate-id"]))
        name = draw(st.sampled_from(sorted(parts)))
        if kind == "target" and name.endswith(".rels"):
            new = draw(targets).encode()
            parts[name] = re.sub(rb'Target="[^"]*"', b'Target="' + new + b'"', parts[name], count=1)
        elif kind == "rename":
            parts[draw(st.text(alphabet="xl/_.abc", min_size=1, max_size=20))] = parts.pop(name)
        elif kind == "drop" and len(parts) > 1:
            parts.pop(name)
        elif kind == "type" and "[Content_Types].xml" in parts:
            new = draw(content_types).encode()
            count = draw(st.integers(0, 3))
            parts["[Content_Types].xml"] = re.sub(
                rb'ContentType="[^"]*"', b'ContentType="' + new + b'"', parts["[Content_Types].xml"], count=count
            )
        elif kind == "part-name" and "[Content_Types].xml" in parts:
            new = draw(st.sampled_from(["/xl/wb.xml", "/xl/workbook.xml", "/", "/xl/worksheets/sheet9.xml"])).encode()
            parts["[Content_Types].xml"] = re.sub(
                rb'PartName="[^"]*"', b'PartName="' + new + b'"', parts["[Content_Types].xml"], count=1
            )
        elif kind == "truncate":
            parts[name] = parts[name][: draw(st.integers(0, max(0, len(parts[name]) - 1)))]
        elif kind == "duplicate-id" and name.endswith(".rels"):
            parts[name] = re.sub(rb'Id="rId\d+"', b'Id="rId1"', parts[name])
    return parts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(packages())
def test_any_package_structure_is_read_or_refused_in_one_sentence(parts: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reis.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        try:
            read_canvas(path)
        except CanvasError as error:
            for problem in error.problems:
                assert "\n" not in str(problem) and str(problem).startswith(str(path))
