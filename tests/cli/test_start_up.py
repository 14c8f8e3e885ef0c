"""What a fresh `canvasgen` imports before it does anything: a command imports what it needs when it runs.

`canvasgen --help` and `canvasgen check` start without reportlab, python-pptx or the web server; a build
imports its layouts and renderers, never the web server or reportlab's barcode widgets. The start itself
is the point, so each case is a fresh Python (one each, a fraction of a second); what is asserted is
which modules were imported, never a time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.workbooks import CANVASES, REPO

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"

#: Runs the command line in-process as `canvasgen ARGS` does, then writes every module imported to a file.
_RUN = r"""
import json, sys
import canvasgen.cli
out, args = sys.argv[1], sys.argv[2:]
try:
    canvasgen.cli.main(args, prog_name="canvasgen")
except SystemExit as stop:
    code = stop.code or 0
else:
    code = 0
with open(out, "w") as file:
    json.dump({"code": code, "modules": sorted(sys.modules)}, file)
"""

#: Imports a build's pipeline stage as a worker does before its first job, then writes what was imported.
_IMPORT = r"""
import importlib, json, sys
out, name = sys.argv[1], sys.argv[2]
importlib.import_module(name)
with open(out, "w") as file:
    json.dump({"code": 0, "modules": sorted(sys.modules)}, file)
"""

#: The web page's stack: only `canvasgen serve` and the page's workers import it.
WEB = ("asyncio", "uvicorn", "starlette", "h11", "anyio", "canvasgen.web")
#: Setting text, laying out, drawing and writing files: only a build, a kit or a report imports it (check's
#: summary uses the meta lines' words, ``canvasgen.layout.meta``, which draws nothing).
MAKING = (
    "reportlab",
    "pptx",
    "xlsxwriter",
    "fontTools",
    "pyphen",
    "canvasgen.layout.text",
    "canvasgen.layout.poster",
    "canvasgen.layout.deck",
    "canvasgen.layout.sheets",
    "canvasgen.render.pdf",
    "canvasgen.render.pptx",
    "canvasgen.brand.kit",
)
#: Reading: only a command that reads a workbook imports it.
READING = ("openpyxl", "PIL", "rapidfuzz", "babel", "canvasgen.read", "canvasgen.pipeline")
#: Worker processes: only a folder build, a PNG picture or the page starts one.
WORKERS = ("multiprocessing", "concurrent")


def _imported(tmp_path: Path, script: str, *args: str | Path) -> tuple[int, set[str], str]:
    out = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", script, str(out), *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.exists(), result.stderr
    answer = json.loads(out.read_text())
    return answer["code"], set(answer["modules"]), result.stdout


def _under(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    """The modules in ``modules`` that are one of ``packages`` or inside one."""
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.mark.parametrize(
    "args",
    [["--help"], ["build", "--help"], ["kit", "--help"], ["serve", "--help"], ["--version"]],
    ids=lambda args: " ".join(args),
)
def test_the_help_imports_no_reading_drawing_web_or_workers(tmp_path: Path, args: list[str]) -> None:
    code, modules, out = _imported(tmp_path, _RUN, *args)
    assert code == 0
    assert "canvasgen" in out
    assert _under(modules, WEB + MAKING + READING + WORKERS) == []


def test_check_reads_without_drawing_the_web_or_workers(tmp_path: Path) -> None:
    code, modules, out = _imported(tmp_path, _RUN, "check", SOLAR)
    assert code == 0
    assert "5 phases: Bewustwording | Interesse | Overweging | Aankoop | Service & loyaliteit" in out
    assert "openpyxl" in modules  # it did read the workbook
    assert _under(modules, WEB + MAKING + WORKERS) == []


def test_a_builds_layouts_and_renderers_import_no_web_and_no_barcodes(tmp_path: Path) -> None:
    """What the page's fork server and a folder build's parent import once for their workers: the build's
    stage, with reportlab and python-pptx, but not the web server nor reportlab's barcode widgets (the
    kit's cards draw their QR codes with its encoder alone, imported by the cards)."""
    code, modules, _ = _imported(tmp_path, _IMPORT, "canvasgen.pipeline.render")
    assert code == 0
    assert {"reportlab.pdfgen.canvas", "pptx"} <= modules
    assert _under(modules, (*WEB, "reportlab.graphics.barcode")) == []
