"""The formats added after .xlsx, made hostile: .xls, .xlsb and .ods read by calamine, and CSV.

Every file is answered in one sentence, in bounded memory (the child's peak resident memory, measured
as the hostile corpus measures it; the calamine reader is a child of that child and counts), and the
process that asked survives whatever calamine does. Large inputs are made here, never committed.
"""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from canvasgen.errors import CanvasError
from canvasgen.read.package.calamine import read_sheets
from tests.support.other_formats import CANVAS_ODS, CANVAS_XLSB, ods, ods_cell, ods_row, xls_with_last_cell_at, xlsb
from tests.support.processes import PEAK_MB, run, run_measured
from tests.support.workbooks import CANVASES

pytestmark = pytest.mark.slow

# --- the files ---


def far_cells_xlsb(folder: Path) -> Path:
    """5 KB: A1 and XFD1048576. calamine asked for the dense grid between them for 512 GB and aborted."""
    return xlsb(folder / "ver.xlsb", {**CANVAS_XLSB, (1_048_575, 16_383): ("text", "x")}, ["Oriëntatie", "Vergelijken"])


def shared_string_past_the_table_xlsb(folder: Path) -> Path:
    """A cell names shared string 99 of 2: calamine panics (PanicException, a BaseException)."""
    return xlsb(folder / "panic.xlsb", {**CANVAS_XLSB, (0, 2): ("shared", 99)}, ["Oriëntatie", "Vergelijken"])


def value_in_iv65536_xls(folder: Path) -> Path:
    """A valid .xls with a value in its very last cell: a gigabyte before it was refused."""
    return xls_with_last_cell_at(folder / "iv65536.xls", 65_535, 255)


def nested_table_ods(folder: Path) -> Path:
    """A row 64 columns wide, 250,000 empty rows, then a row whose cell holds a table of its own: the nested
    table reset the survey's counters, and calamine built the 16M-cell grid."""
    nested = ods_row(
        [f'<table:table-cell><table:table table:name="in">{ods_row([ods_cell("n")])}</table:table></table:table-cell>']
    )
    rows = ods_row([ods_cell("Fase"), ods_cell(None, 62), ods_cell("x")]) + ods_row([], 250_000)
    return ods(folder / "genest.ods", {"Blad1": rows + nested + ods_row([ods_cell("y")])})


def dense_repeats_ods(folder: Path) -> Path:
    """A cell repeated 2,000 times in a row repeated 2,000 times: 4M cells with text, inside the old area cap."""
    return ods(folder / "dicht.ods", {"Blad1": ods_row([ods_cell("woord", 2_000)], 2_000)})


def dense_inside_the_cap_ods(folder: Path) -> Path:
    """440 x 440 cells with text, under the cap of cells with content: read (or refused) in bounded memory."""
    header = ods_row([ods_cell("Fase"), *(ods_cell(f"Fase {i}") for i in range(1, 440))])
    lanes = "".join(ods_row([ods_cell(f"Baan {r}"), ods_cell("Een item met wat woorden", 439)]) for r in range(439))
    return ods(folder / "vol.ods", {"Blad1": header + lanes})


def stray_quote_csv(folder: Path) -> Path:
    """One quote mark that never closes: the rest of a 140 KB file is one field, past csv's own limit."""
    path = folder / "aanhalingsteken.csv"
    path.write_text('Fase;Oriëntatie;Aankoop\nKlantproces;"zoekt;koopt\n' + "woorden en nog meer woorden\n" * 5_000)
    return path


def many_columns_csv(folder: Path) -> Path:
    path = folder / "breed.csv"
    path.write_text("Fase;" + ";".join(f"F{i}" for i in range(20_000)) + "\nKlantproces;a\n")
    return path


def quotes_and_separators_csv(folder: Path) -> Path:
    """1 MB of ';"' on one line: sniffing the separator from it took time with the square of its length."""
    path = folder / "sniff.csv"
    path.write_text(";" + '";' * 500_000 + "\n")
    return path


def dense_csv(folder: Path) -> Path:
    """4 MB, 10,000 lines of 200 fields: 2M cells, 1.6 GB when read whole."""
    path = folder / "dicht.csv"
    path.write_text("\n".join(";".join(["w"] * 200) for _ in range(10_000)))
    return path


#: Each file, with the exit code and a phrase of the one sentence `check` must answer.
CASES: dict[str, tuple[Callable[[Path], Path], int, str]] = {
    "xlsb cells far apart": (far_cells_xlsb, 1, "Blad1: refused: its cells span 1,048,576 rows by 16,384 columns"),
    "xlsb shared string past the table": (shared_string_past_the_table_xlsb, 1, "binary Excel workbook cannot be read"),
    "xls value in IV65536": (value_in_iv65536_xls, 1, "Blueprint: refused: its cells span 65,536 rows by 256 columns"),
    "ods nested table": (nested_table_ods, 1, "Blad1: refused: its repeated cells would span over 4,000,000 cells"),
    "ods dense repeats": (dense_repeats_ods, 1, "refused: the workbook has 4,000,000 cells with content"),
    "csv stray quote": (stray_quote_csv, 1, "line 2: a field runs past 32,767 characters, Excel's limit for a cell"),
    "csv 20,000 columns": (many_columns_csv, 1, "line 1: the line has 20,001 fields; a sheet has at most 16,384"),
    "csv quotes and separators": (quotes_and_separators_csv, 1, "line 1: the line has 250,002 fields"),
    "csv two million cells": (dense_csv, 1, "refused: the workbook has over 200,000 cells with content"),
}


def assert_one_sentence(done: subprocess.CompletedProcess[str], peak: float, code: int, phrase: str) -> None:
    assert "Traceback" not in done.stderr and "panicked" not in done.stderr, done.stderr[-2000:]
    assert peak < PEAK_MB, f"{peak:.0f} MB"
    assert done.returncode == code, (done.stdout[-500:], done.stderr[-500:])
    assert phrase in done.stdout + done.stderr
    if code:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr  # one sentence


@pytest.mark.parametrize("case", sorted(CASES), ids=lambda c: c.replace(" ", "-"))
def test_hostile_file(case: str, tmp_path: Path) -> None:
    make, code, phrase = CASES[case]
    path = make(tmp_path)
    done, peak = run_measured("check", str(path))
    assert_one_sentence(done, peak, code, phrase)
    assert done.stderr.startswith(f"error: {path}")


def test_a_dense_ods_inside_the_cap_is_answered_in_bounded_memory(tmp_path: Path) -> None:
    path = dense_inside_the_cap_ods(tmp_path)
    done, peak = run_measured("check", str(path))
    assert "Traceback" not in done.stderr
    assert peak < PEAK_MB, f"{peak:.0f} MB"
    assert "439 phases" in done.stdout + done.stderr


@pytest.mark.parametrize("command", ["build FILE", "build FOLDER -j 1", "watch"])
def test_every_command_answers_a_file_that_aborted_calamine(command: str, tmp_path: Path) -> None:
    """The 5 KB .xlsb ended check, build, watch and a folder build of one worker without a word (exit 134)."""
    folder = tmp_path / "in"
    folder.mkdir()
    path = far_cells_xlsb(folder)
    out = str(tmp_path / "out")
    args = {
        "build FILE": ["build", str(path), "-o", out],
        "build FOLDER -j 1": ["build", str(folder), "-j", "1", "-o", out],
        "watch": ["watch", str(path), "-o", out, "--poll", "--max-builds", "1"],
    }[command]
    done, _ = run_measured(*args)
    assert "Traceback" not in done.stderr
    assert f"error: {path}: Blad1: refused: its cells span 1,048,576 rows by 16,384 columns" in done.stderr
    if command != "watch":
        assert done.returncode == 1
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_calamine_aborting_ends_only_its_own_process(tmp_path: Path) -> None:
    """Asked for the 512 GB grid after all (the checks before it left out), calamine aborts: the process that
    asked gets one sentence and goes on."""
    path = far_cells_xlsb(tmp_path)
    with pytest.raises(CanvasError) as raised:
        read_sheets(path, str(path), "xlsb")
    assert str(raised.value) == (
        f"{path}: the binary Excel workbook cannot be read: it stopped the reader (signal {signal.SIGABRT.value}), "
        "so its contents are damaged or crafted; open it in its program and save it again"
    )


def test_calamine_formats_are_still_read(tmp_path: Path) -> None:
    for path in (
        xlsb(tmp_path / "reis.xlsb", CANVAS_XLSB, ["Oriëntatie", "Vergelijken"]),
        ods(tmp_path / "reis.ods", {"Blad1": CANVAS_ODS}),
    ):
        done = run("check", "--json", str(path))
        assert done.returncode == 0, done.stderr
        journey = json.loads(done.stdout)["journeys"][0]
        assert [p["name"] for p in journey["phases"]] == ["Oriëntatie", "Vergelijken", "Aankoop"]
        assert [i["text"] for cell in journey["lanes"][0]["cells"] for i in cell] == [
            "Zoekt een fiets",
            "Vergelijkt prijzen",
            "Bestelt online",
        ]


def test_ods_content_past_excels_grid_is_kept_and_said(tmp_path: Path) -> None:
    """LibreOffice has columns past Excel's XFD; calamine leaves their cells out without a word."""
    far = ods_row([ods_cell(None, 20_000), ods_cell("Ver weg geschreven")])
    path = ods(tmp_path / "breed.ods", {"Blad1": CANVAS_ODS + far})
    done = run("check", "--json", str(path))
    assert done.returncode == 0, done.stderr
    model = json.loads(done.stdout)
    notes = [n for j in model["journeys"] for n in j["notes"]] + model["notes"]
    assert {"text": "Ver weg geschreven", "cell": "Blad1!ACOG3"} in notes
    assert any(
        "Blad1: 1 cell(s) past Excel's grid (after column XFD or row 1,048,576): ACOG3 (kept as notes)" in w
        for w in model["warnings"]
    )


def test_a_table_nested_in_an_ods_cell_is_said(tmp_path: Path) -> None:
    nested = ods_row(
        [
            ods_cell("Binnen"),
            '<table:table-cell><table:table table:name="in">'
            + ods_row([ods_cell("genest")])
            + "</table:table></table:table-cell>",
        ]
    )
    path = ods(tmp_path / "genest.ods", {"Blad1": CANVAS_ODS + nested + ods_row([ods_cell("Daarna")])})
    done = run("check", "--json", str(path))
    assert done.returncode == 0, done.stderr
    model = json.loads(done.stdout)
    assert any("Blad1: row(s) 3 hold a table inside a cell, which cannot be read" in w for w in model["warnings"])
    assert "Daarna" in done.stdout  # the rows after it are read


# --- CSV ---


def test_a_csv_with_lone_carriage_returns_is_read(tmp_path: Path) -> None:
    """Excel for Mac's "CSV (Macintosh)" ends its lines with a carriage return alone."""
    path = tmp_path / "mac.csv"
    path.write_bytes("Fase;Oriëntatie;Vergelijken;Aankoop\rKlantproces;zoekt;vergelijkt;koopt\r".encode("cp1252"))
    done = run("check", "--json", str(path))
    assert done.returncode == 0, done.stderr
    journey = json.loads(done.stdout)["journeys"][0]
    assert [p["name"] for p in journey["phases"]] == ["Oriëntatie", "Vergelijken", "Aankoop"]
    assert journey["lanes"][0]["kind"] == "customer"
    assert [i["text"] for cell in journey["lanes"][0]["cells"] for i in cell] == ["zoekt", "vergelijkt", "koopt"]


WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


def test_a_metrics_export_with_lone_carriage_returns_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"# export\rFase;Metriek;Waarde;Doel\rActie;Conversie;2,7%;2,0%\r")
    done = run("check", "--json", str(WEBSHOP), "--metrics", str(path))
    assert done.returncode == 0, done.stderr
    figures = [m for m in json.loads(done.stdout)["metrics"] if m["origin"] == path.name]
    assert [(m["metric"], m["value"], m["phase"]) for m in figures] == [("Conversie", 2.7, "Actie")]


def stray_quote_export(folder: Path) -> Path:
    path = folder / "export.csv"
    path.write_text('Fase;Metriek;Waarde\nActie;"Conversie;2%\n' + "1,5%;2%;3%\n" * 14_000)
    return path


@pytest.mark.parametrize(
    ("make", "phrase"),
    [
        (stray_quote_export, "line 2: a field runs past 32,767 characters, Excel's limit for a cell"),
        (quotes_and_separators_csv, "line 1: the line has 250,002 fields; a sheet has at most 16,384 columns"),
    ],
    ids=["stray-quote", "quotes-and-separators"],
)
def test_metrics_exports_get_a_sentence_too(make: Callable[[Path], Path], phrase: str, tmp_path: Path) -> None:
    path = make(tmp_path)
    done, peak = run_measured("check", str(WEBSHOP), "--metrics", str(path))
    assert_one_sentence(done, peak, 1, phrase)
    assert done.stderr.startswith(f"error: {path}: line")
