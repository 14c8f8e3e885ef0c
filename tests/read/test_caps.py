"""Caps with a sentence: the deck and the layout never meet a thousand phases, a thousand steps, 40,000
actors or a 100 KB word, whatever format they come in (their cost grows with the square)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from canvasgen.read.limits import MAX_PHASES
from tests.support.cli import run_clean
from tests.support.workbooks import CANVASES, make_book


def test_a_journey_of_a_hundred_and_fifty_phases_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "breed.csv"
    path.write_text("Fase;" + ";".join(f"F{i}" for i in range(150)) + "\nKlantproces;" + ";".join("x" * 150) + "\n")
    code, out, err = run_clean("build", str(path), "-o", str(tmp_path / "out"))
    assert code == 1 and out == ""
    assert err == (
        f"error: {path}: breed: journey 'breed' has 150 phases; canvasgen lays out at most 60 (a canvas usually has "
        "3 to 10): check that the phase row or column is the right one (--phases-row, --phases-col), or split the "
        "journey\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_titled_journey_past_the_cap_is_refused_by_its_title(tmp_path: Path) -> None:
    """The reader refuses a table of more phases than are laid out without reading its cells: the sentence
    still names the journey by the title over it, in one sentence."""

    wide: dict[str, object] = {"A1": "Klantreis fietslease", "A3": "Fase", "A4": "Klantproces", "A5": "Pijnpunten"}
    for n in range(1, MAX_PHASES + 2):
        column = get_column_letter(n + 1)
        wide |= {f"{column}3": f"Fase {n}", f"{column}4": f"stap {n}", f"{column}5": f"pijn {n}"}
    path = make_book(tmp_path / "breed.xlsx", {"Reis": wide})
    code, out, err = run_clean("check", str(path))
    assert code == 1 and out == ""
    assert f"error: {path}: Reis: journey 'Klantreis fietslease' has 61 phases; canvasgen lays out at most 60" in err
    assert len(err.splitlines()) == 1, err


def test_a_long_table_of_eleven_hundred_steps_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text(
        "Fase;Klantproces;Pijnpunten\n" + "".join(f"Fase {i // 300};stap {i};pijn {i}\n" for i in range(1100))
    )
    code, _, err = run_clean("check", str(path))
    assert code == 1
    assert err == (
        f"error: {path}: lang: journey 'lang' has 1,100 steps (columns or rows under its phases); canvasgen lays out "
        "at most 1,000\n"
    )


def test_a_model_json_of_a_thousand_phases_is_refused(tmp_path: Path) -> None:
    phases = [{"name": f"Fase {i}"} for i in range(1000)]
    model = {"journeys": [{"name": "Reis", "sheet": "Reis", "phases": phases, "lanes": [], "scores": []}]}
    path = tmp_path / "reis.json"
    path.write_text(json.dumps(model))
    code, _, err = run_clean("check", str(path))
    assert code == 1
    assert err.startswith(f"error: {path}: Reis: journey 'Reis' has 1,000 phases; canvasgen lays out at most 60")


def mermaid(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "reis.mmd"
    path.write_text("journey\n  title Een fiets kopen\n" + body)
    return path


def test_a_mermaid_journey_of_two_thousand_sections_stops_past_the_most_phases(tmp_path: Path) -> None:
    path = mermaid(tmp_path, "".join(f"  section Fase {i}\n    stap {i}: 3: Klant\n" for i in range(2000)))
    code, _, err = run_clean("check", str(path))
    assert code == 1
    line = 3 + 2 * MAX_PHASES  # the 61st section line
    assert err == (
        f"error: {path}: line {line}: the Mermaid journey has more than 60 sections; canvasgen lays out at most 60 "
        "phases in a journey: split it\n"
    )
    most = mermaid(tmp_path, "".join(f"  section Fase {i}\n    stap {i}: 3: Klant\n" for i in range(MAX_PHASES)))
    code, out, _ = run_clean("check", str(most))
    assert code == 0 and "60 phases" in out


def test_a_mermaid_task_of_forty_thousand_actors_is_refused(tmp_path: Path) -> None:
    path = mermaid(tmp_path, "  section Kiezen\n    vergelijkt: 3: " + ", ".join(f"a{i}" for i in range(40_000)) + "\n")
    code, _, err = run_clean("check", str(path))
    assert code == 1
    assert err == f"error: {path}: line 4: the task names 40,000 actors; canvasgen reads at most 100 for a task\n"


def test_a_mermaid_task_of_one_100_kb_word_is_refused(tmp_path: Path) -> None:
    path = mermaid(tmp_path, "  section Kiezen\n    " + "x" * 100_000 + ": 3: Klant\n")
    code, _, err = run_clean("build", str(path), "-o", str(tmp_path / "out"))
    assert code == 1
    assert err == (
        f"error: {path}: line 4: the text holds 100,000 characters; canvasgen reads at most 32,767 "
        "(Excel's limit for a cell)\n"
    )
    assert not (tmp_path / "out").exists()


def test_the_examples_are_far_inside_the_caps() -> None:
    for path in sorted(CANVASES.glob("voorbeeld-*.xlsx")):
        code, _, err = run_clean("check", str(path))
        assert code == 0, err


def test_a_canvas_inside_every_reading_cap_is_bounded_before_any_layout(tmp_path: Path) -> None:
    """The hostile tester's CSV of 1,500 lanes by 99 phases (2 MB, inside every cap of reading then; 60 phases
    now, the most a journey may have) made a
    3,107-page poster and an 18,617-slide deck in 126 s and 3.4 GB; 33,000 one-line items took the kit
    2 GB. Both are refused in a sentence per cap, nothing written, in bounded memory (12,000 items here, a
    fifth over the cap: laid out, they would take the kit past 600 MB by that measure). The CSV here has 300
    lanes, over both caps threefold (reading the tester's 1,500 took 8 s, and refusing them is the same
    sentence with other numbers)."""
    from canvasgen.pipeline.render import MAX_CELLS, MAX_TEXTS
    from tests.support.processes import run_measured

    dense = tmp_path / "dense-labelled.csv"
    rows = ["Fase;" + ";".join(f"Fase {p}" for p in range(60))]
    # a lane's cells alike, a phase's not: the phases run across
    rows += [f"Lane {n};" + ";".join(f"{'x' * (n % 7)}t{n}.{p:02d}" for p in range(60)) for n in range(300)]
    dense.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done, peak = run_measured("build", str(dense), "-o", str(out))
    assert done.returncode == 1 and done.stdout == "", done.stderr[-1000:]
    assert peak < 600, f"{peak:.0f} MB"
    assert done.stderr.rstrip() + "\n" == (
        f"error: {dense}: dense-labelled: journey 'Customer journey' has 300 lanes by 60 phases (18,000 cells); "
        f"a poster and a deck hold at most {MAX_CELLS:,}: check with `canvasgen check` that the phase row and the "
        "label column are the right ones (--phases-row, --labels), or split the journey over sheets\n"
        f"error: {dense}: the canvas holds 18,361 pieces of text; a poster, a deck and a workshop kit hold at most "
        f"{MAX_TEXTS:,} pieces (a canvas has a few hundred): split it over several workbooks, or check with "
        "`canvasgen check` what was read\n"
    )
    assert not out.exists()
    many = tmp_path / "manyitems.csv"
    lines = "\n".join(f"regel {i}" for i in range(1000))
    many.write_text("Fase;A;B;C\n" + "".join(f'Baan {n};"{lines}";"{lines}";"{lines}"\n' for n in range(4)))
    done, peak = run_measured("kit", str(many), "-o", str(out))
    assert done.returncode == 1 and peak < 600, (done.stderr[-500:], peak)
    assert "the canvas holds 12,0" in done.stderr and "pieces of text" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and not out.exists()


def test_a_canvas_over_the_layout_caps_is_still_shown_by_check(tmp_path: Path) -> None:
    """What was read is shown, to correct it: ``check`` lays nothing out, so the caps of a poster, a deck and a
    kit do not stop it (a canvas just over both: 170 lanes by 60 phases, 10,200 cells and pieces of text)."""
    from canvasgen.pipeline.render import MAX_CELLS, MAX_TEXTS

    dense = tmp_path / "dense.csv"
    rows = ["Fase;" + ";".join(f"Fase {p}" for p in range(60))]
    rows += [f"Lane {n};" + ";".join(f"t{n}.{p:02d}" for p in range(60)) for n in range(170)]
    dense.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert 170 * 60 > MAX_TEXTS > MAX_CELLS
    code, _, err = run_clean("build", str(dense), "-o", str(tmp_path / "out"))
    assert code == 1 and "a poster and a deck hold at most" in err and "pieces of text" in err, err
    code, out, err = run_clean("check", str(dense))
    assert code == 0, err
    assert "lane 'Lane 169' [no role: shown as an extra lane]: 60 items" in out and "| Fase 59\n" in out


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet_of_text(path: Path, rows: int, text: str, shared: bool) -> Path:
    """A workbook whose one sheet has ``rows`` cells of ``text``: each an inline string (as the hostile tester's
    2.8 MB workbook of 200,000 rows), or all showing one shared string; made by openpyxl, its sheet written
    again."""
    import zipfile

    make_book(path, {"Reis": {"A1": "x"}})
    value = '<c r="A{0}" t="s"><v>0</v></c>' if shared else f'<c r="A{{0}}" t="inlineStr"><is><t>{text}</t></is></c>'
    cells = "".join(f'<row r="{r}">{value.format(r)}</row>' for r in range(1, rows + 1))
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["xl/worksheets/sheet1.xml"] = (
        f'{head}<worksheet xmlns="{_MAIN}"><sheetData>{cells}</sheetData></worksheet>'.encode()
    )
    if shared:
        parts["xl/sharedStrings.xml"] = f'{head}<sst xmlns="{_MAIN}" count="1"><si><t>{text}</t></si></sst>'.encode()
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
        types = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = types.replace(
            "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}"/></Types>'
        ).encode()
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
        parts["xl/_rels/workbook.xml.rels"] = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdS" Type="{relation}" Target="sharedStrings.xml"/></Relationships>',
        ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def test_a_workbook_of_too_much_text_is_refused_before_its_cells_are_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile 13 (H19): a 2.8 MB workbook of 200,000 rows of 1,000 characters was refused only after openpyxl
    had made every cell (1.1 GB). The text is counted as the sheets are streamed, shared strings by their
    length, and the workbook refused there: openpyxl never loads it."""
    from canvasgen.errors import CanvasError
    from canvasgen.pipeline.read import read
    from canvasgen.read.limits import MAX_TEXT
    from canvasgen.read.package import safety

    def never(_: object) -> None:
        raise AssertionError("openpyxl loaded a workbook over the text cap")

    monkeypatch.setattr(safety, "_load", never)
    shared = _sheet_of_text(tmp_path / "gedeeld.xlsx", 700, "y" * 30_000, shared=True)
    inline = _sheet_of_text(tmp_path / "inline.xlsx", 21_000, "z" * 1_000, shared=False)
    for path in (shared, inline):
        with pytest.raises(CanvasError) as refused:
            read(path, None, None)
        assert [str(p) for p in refused.value.problems][-1].endswith(
            f"refused: its cells hold over {MAX_TEXT:,} characters of text (a canvas has a few thousand words)"
        ), path
