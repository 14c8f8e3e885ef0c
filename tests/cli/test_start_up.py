"""What a fresh `canvasgen` imports before it does anything: a command imports what it needs when it runs.

`canvasgen --help` and `canvasgen check` start without reportlab, python-pptx or the web server; a build
imports its layouts and renderers, never the web server or reportlab's barcode widgets. The start itself
is the point, so the cases run in a fresh Python, one after another in one (a start is about a tenth of a
CPU-second, seven were most of this module's): each case is asserted on every module imported up to its
end, its own and those of the cases before it, which import less (the helps, then check, then a build's
stage). What is asserted is which modules were imported, never a time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest

from tests.support.workbooks import CANVASES, REPO

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"

#: Runs each case in turn in one fresh Python (a command line as `canvasgen ARGS` runs it, or a module imported
#: as a worker imports a build's stage before its first job), and writes after each its exit code, what it
#: printed and every module imported so far.
_CASES = r"""
import contextlib, importlib, io, json, sys
import canvasgen.cli
out, cases = sys.argv[1], json.loads(sys.argv[2])
answers = []
for kind, args in cases:
    printed = io.StringIO()
    code = 0
    with contextlib.redirect_stdout(printed):
        if kind == "import":
            importlib.import_module(args[0])
        else:
            try:
                canvasgen.cli.main(args, prog_name="canvasgen")
            except SystemExit as stop:
                code = stop.code or 0
    answers.append({"code": code, "printed": printed.getvalue(), "modules": sorted(sys.modules)})
with open(out, "w") as file:
    json.dump(answers, file)
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


#: The cases, in the order they run in one Python: each imports at least what the one before it imported.
HELPS = [["--help"], ["build", "--help"], ["kit", "--help"], ["serve", "--help"], ["--version"]]
CHECK = ["check", str(SOLAR)]
BUILD_STAGE = "canvasgen.pipeline.render"


@dataclass(frozen=True)
class Started:
    """A case's exit code, what it printed and every module imported up to its end."""

    code: int
    printed: str
    modules: set[str]


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Started]:
    """Every case run in one fresh Python, by its name (a command line's words, or the module imported)."""
    cases = [("run", args) for args in [*HELPS, CHECK]] + [("import", [BUILD_STAGE])]
    out = tmp_path_factory.mktemp("start-up") / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", _CASES, str(out), json.dumps(cases)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.exists(), result.stderr
    answers = json.loads(out.read_text())
    return {
        " ".join(args): Started(answer["code"], answer["printed"], set(answer["modules"]))
        for (_, args), answer in zip(cases, answers, strict=True)
    }


def _under(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    """The modules in ``modules`` that are one of ``packages`` or inside one."""
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.mark.parametrize("args", HELPS, ids=lambda args: " ".join(args))
def test_the_help_imports_no_reading_drawing_web_or_workers(started: dict[str, Started], args: list[str]) -> None:
    case = started[" ".join(args)]
    assert case.code == 0
    assert "canvasgen" in case.printed
    assert _under(case.modules, WEB + MAKING + READING + WORKERS) == []


def test_check_reads_without_drawing_the_web_or_workers(started: dict[str, Started]) -> None:
    case = started[" ".join(CHECK)]
    assert case.code == 0
    assert "5 phases: Bewustwording | Interesse | Overweging | Aankoop | Service & loyaliteit" in case.printed
    assert "openpyxl" in case.modules  # it did read the workbook
    assert _under(case.modules, WEB + MAKING + WORKERS) == []


def test_a_builds_layouts_and_renderers_import_no_web_and_no_barcodes(started: dict[str, Started]) -> None:
    """What the page's fork server and a folder build's parent import once for their workers: the build's
    stage, with reportlab and python-pptx, but not the web server nor reportlab's barcode widgets (the
    kit's cards draw their QR codes with its encoder alone, imported by the cards)."""
    case = started[BUILD_STAGE]
    assert case.code == 0
    assert {"reportlab.pdfgen.canvas", "pptx"} <= case.modules
    assert _under(case.modules, (*WEB, "reportlab.graphics.barcode")) == []
