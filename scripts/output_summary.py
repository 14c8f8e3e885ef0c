"""What canvasgen makes of every example and test canvas, summarised: a check that a change meant to
move code around changes no output.

    python scripts/output_summary.py --update      # write tests/output-summaries.json
    python scripts/output_summary.py               # build again and compare; exit 1 on a difference
    python scripts/output_summary.py --detail DIR  # also every text run with its position, per file

The outputs are made through the command line (so the summary does not depend on where code lives)
on a fixed date (SOURCE_DATE_EPOCH). Each PDF page and each slide is summarised by what a reviewer
reads (boxes, fonts and whether they are embedded, the first line, how many words, the text sizes)
and by a digest of its drawing: the page's content stream with its fonts' programs, the slide's XML with its charts'. A
digest changes with any change of geometry, however small; `--detail` writes the positions (to
0.01 pt) and every text, so that two commits' runs can be compared with diff.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pypdf
from pptx import Presentation
from pptx.util import Length

REPO = Path(__file__).resolve().parent.parent
SUMMARIES = REPO / "tests" / "output-summaries.json"
CANVASGEN = str(Path(sys.executable).parent / "canvasgen")
EPOCH = "1764547200"  # 2025-12-01: any fixed day

CANVASES = REPO / "canvases"
DATA = REPO / "tests" / "data"


def inputs() -> list[Path]:
    """Every example and test canvas in the repository (the corpus beside it is not in a user's clone)."""
    found = sorted(CANVASES.glob("*.xlsx")) + sorted(DATA.glob("*.xlsx"))
    found += sorted(DATA.glob("*.xls")) + sorted(DATA.glob("*.ods")) + sorted(DATA.glob("*.csv"))
    return found


def runs(out: Path) -> list[tuple[str, list[str]]]:
    """Each run as (name, arguments): every canvas built plainly, and the other commands once each."""
    plain = [(f"build {p.name}", ["build", str(p), "-o", str(out / "build" / p.name), "--force"]) for p in inputs()]
    webshop, solar = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    csv = CANVASES / "metingen-webshop-oktober.csv"
    return [
        *plain,
        ("build metrics", ["build", str(webshop), "--metrics", str(csv), "-o", str(out / "metrics"), "--force"]),
        (
            "build studio-noord A2 cmyk",
            [
                "build",
                str(webshop),
                "-o",
                str(out / "noord"),
                "--brand",
                "studio-noord",
                "--size",
                "A2",
                "--crop-marks",
                "--cmyk",
                "--force",
            ],
        ),
        ("build A3 portrait", ["build", str(solar), "-o", str(out / "a3"), "--size", "A3", "--portrait", "--force"]),
        ("build blueprint", ["build", str(solar), "-o", str(out / "blueprint"), "--layout", "blueprint", "--force"]),
        ("gaps", ["gaps", str(CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"), str(solar), "-o", str(out / "gaps")]),
        ("diff", ["diff", str(CANVASES / "voorbeeld-webshop-kpis-v2.xlsx"), str(webshop), "-o", str(out / "diff")]),
        ("kit", ["kit", str(webshop), "-o", str(out / "kit")]),
    ]


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()[:16]


def _box(box: Any) -> list[float]:
    return [round(float(v), 2) for v in box]


def _fonts(page: pypdf.PageObject) -> tuple[list[str], list[bytes]]:
    """The page's fonts as 'name (embedded|NOT embedded)', and their programs' bytes."""
    names, programs = [], []
    fonts = page.get("/Resources", {}).get("/Font", {})
    for ref in fonts.values():
        font = ref.get_object()
        descriptors = [font.get("/FontDescriptor")]
        descriptors += [d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
        program = None
        for d in descriptors:
            if d is None:
                continue
            d = d.get_object()
            for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                if key in d:
                    program = d[key].get_object().get_data()
        names.append(f"{font.get('/BaseFont')} ({'embedded' if program else 'NOT embedded'})")
        programs.append(program or b"")
    return sorted(set(names)), programs


def _xobjects(page: pypdf.PageObject) -> list[bytes]:
    found = []
    for ref in page.get("/Resources", {}).get("/XObject", {}).values():
        obj = ref.get_object()
        found.append(obj.get_data() if hasattr(obj, "get_data") else b"")
    return found


def pdf_summary(path: Path, detail: list[str]) -> dict[str, Any]:
    reader = pypdf.PdfReader(path)
    pages = []
    for number, page in enumerate(reader.pages, 1):
        runs: list[tuple[float, float, str, float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
            if text.strip():
                x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
                name = str(font.get("/BaseFont")) if font else "?"
                runs.append((round(y, 2), round(x, 2), name, round(size, 2), text.strip()))  # noqa: B023

        page.extract_text(visitor_text=visit)
        fonts, programs = _fonts(page)
        content = page.get_contents()
        stream = content.get_data() if content is not None else b""
        ordered = sorted(runs, key=lambda r: (-r[0], r[1]))
        detail += [
            f"{path.name} p{number} {y:.2f} {x:.2f} {size:.2f} {font} {text}" for y, x, font, size, text in ordered
        ]
        pages.append(
            {
                "boxes": {"media": _box(page.mediabox), "trim": _box(page.trimbox), "bleed": _box(page.bleedbox)},
                "fonts": fonts,
                "first": ordered[0][4][:80] if ordered else "",
                "words": sum(len(r[4].split()) for r in ordered),
                "sizes": sorted({r[3] for r in ordered}),
                "digest": digest(stream, *programs, *_xobjects(page)),
            }
        )
    return {"pages": pages}


def _pt(length: Length | None) -> float | None:
    return None if length is None else round(Length(length).pt, 2)


def pptx_summary(path: Path, detail: list[str]) -> dict[str, Any]:
    deck = Presentation(str(path))
    slides = []
    with zipfile.ZipFile(path) as package:
        for number, slide in enumerate(deck.slides, 1):
            texts = []
            for shape in slide.shapes:
                box = [_pt(shape.left), _pt(shape.top), _pt(shape.width), _pt(shape.height)]
                detail.append(f"{path.name} s{number} {shape.shape_type} {box}")
                frames = [shape.text_frame] if shape.has_text_frame else []
                if shape.has_table:
                    frames = [cell.text_frame for row in shape.table.rows for cell in row.cells]
                for frame in frames:
                    for paragraph in frame.paragraphs:
                        sizes = sorted({r.font.size.pt for r in paragraph.runs if r.font.size is not None})
                        if paragraph.text.strip():
                            texts.append(f"{'/'.join(f'{s:g}' for s in sizes) or '-'}: {paragraph.text.strip()}")
            part = slide.part
            charts = [rel.target_part.blob for rel in part.rels.values() if "chart" in rel.reltype]
            notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
            detail += [f"{path.name} s{number} {t}" for t in texts] + [f"{path.name} s{number} notes: {notes}"]
            slides.append(
                {
                    "first": texts[0][:80] if texts else "",
                    "words": sum(len(t.split()) for t in texts),
                    "notes_words": len(notes.split()),
                    "digest": digest(package.read(part.partname.lstrip("/")), *charts),
                }
            )
    return {"slides": slides}


def xlsx_summary(path: Path, detail: list[str]) -> dict[str, Any]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    values = {s.title: [str(c.value) for row in s.iter_rows() for c in row if c.value is not None] for s in book}
    detail += [f"{path.name} {sheet} {value}" for sheet, found in values.items() for value in found]
    return {sheet: digest(*(v.encode() for v in found)) for sheet, found in values.items()}


def summarise(out: Path, detail: list[str]) -> dict[str, Any]:
    # The machine's fonts left out, as in the tests: a summary says what canvasgen makes, on any machine.
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "CANVASGEN_MACHINE_FONTS": "off"}
    summary: dict[str, Any] = {}
    for name, args in runs(out):
        done = subprocess.run([CANVASGEN, *args], capture_output=True, text=True, env=env, check=False)
        where = Path(args[args.index("-o") + 1])
        files: dict[str, Any] = {}
        for path in sorted(where.glob("*")) if where.is_dir() else []:
            if path.suffix == ".pdf":
                files[path.name] = pdf_summary(path, detail)
            elif path.suffix == ".pptx":
                files[path.name] = pptx_summary(path, detail)
            elif path.suffix == ".xlsx":
                files[path.name] = xlsx_summary(path, detail)
        summary[name] = {"exit": done.returncode, "files": files}
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the committed summaries")
    parser.add_argument("--detail", type=Path, help="write every text run and shape with its position here")
    args = parser.parse_args()
    detail: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        summary = summarise(Path(temp), detail)
    text = json.dumps(summary, ensure_ascii=False, indent=1) + "\n"
    if args.detail:
        args.detail.mkdir(parents=True, exist_ok=True)
        (args.detail / "positions.txt").write_text("\n".join(detail) + "\n", encoding="utf-8")
    if args.update:
        SUMMARIES.write_text(text, encoding="utf-8")
        print(f"wrote {SUMMARIES.relative_to(REPO)}")
        return 0
    before = SUMMARIES.read_text(encoding="utf-8")
    if before == text:
        print("outputs unchanged")
        return 0
    sys.stdout.writelines(difflib.unified_diff(before.splitlines(True), text.splitlines(True), "committed", "now", n=2))
    return 1


if __name__ == "__main__":
    sys.exit(main())
