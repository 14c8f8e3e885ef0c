"""A small canvas in a client's words, its kit's changes workbook, and a team's edits of it: what the
round-trip tests (``test_apply_cells``, ``test_changes_rows``, ``test_round_trip``, ``test_apply``) start from,
and what changed between two versions, lane by lane."""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
import zipfile
from pathlib import Path

import openpyxl

from canvasgen.analysis.cards import Card, cards_of, changes_cards
from canvasgen.analysis.diff import compare
from canvasgen.model import Canvas
from canvasgen.render.xlsx.changes_sheet import write_changes
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

TODAY = dt.date(2026, 12, 1)

#: Klantreis fietslease: three phases, a "; " cell of two short cards (B6), a score row.
LEASE: Cells = {
    "A1": "Klantreis fietslease",
    "A2": "Versie",
    "B2": "3",
    "A3": "Datum",
    "B3": dt.date(2026, 5, 1),
    "A5": "Fase",
    "B5": "Oriëntatie",
    "C5": "Aanvraag",
    "D5": "Levering",
    "A6": "Klantproces",
    "B6": "Ziet een flyer; Vraagt collega",
    "C6": "Vult formulier in",
    "D6": "Haalt fiets op",
    "A7": "Intern proces",
    "B7": "Flyer bij HR",
    "C7": "HR keurt goed",
    "D7": "Dealer belt",
    "A8": "Pijnpunten",
    "B8": "Onduidelijke kosten",
    "C8": "Wacht lang",
    "A9": "Ervaringsscore",
    "B9": 1,
    "C9": -1,
    "D9": 2,
}


def canvas(path: Path, changed: Cells | None = None) -> Path:
    """The lease canvas, with ``changed`` cells over it."""
    return make_book(path, {"Klantreis": {**LEASE, **(changed or {})}})


def kit_of(source: Path, folder: Path) -> tuple[Path, dict[str, int]]:
    """The kit's changes workbook of ``source`` (written into ``folder``) and the row of each card ID. Made
    once per test process for each canvas (``_what_a_kit_reads``) and written again as the same bytes: a
    test fills in its own copy."""
    changes = folder / f"{source.stem}-changes.xlsx"
    key = (source.name, _what_a_kit_reads(source))
    if key not in _KITS:
        while len(_KITS) >= 64:  # bounded: the oldest goes
            del _KITS[next(iter(_KITS))]
        _KITS[key] = _made_kit(source)
    made, rows = _KITS[key]
    changes.write_bytes(made)
    return changes, dict(rows)


def _what_a_kit_reads(source: Path) -> str:
    """A digest of what the kit of ``source`` is made from: the workbook's parts but the time openpyxl stamps
    in them (a canvas written twice with the same cells is the same canvas), and a ``canvasgen.toml`` beside it."""
    digest = hashlib.sha256()
    if not zipfile.is_zipfile(source):  # a CSV: its bytes
        digest.update(source.read_bytes())
    else:
        with zipfile.ZipFile(source) as archive:
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                if info.filename != "docProps/core.xml":
                    digest.update(info.filename.encode() + b"\0" + archive.read(info) + b"\0")
    corrections = source.parent / "canvasgen.toml"
    digest.update(corrections.read_bytes() if corrections.is_file() else b"")
    return digest.hexdigest()


def _write_kit(source: Path, changes: Path) -> None:
    """The changes workbook the kit writes (its rows: ``changes_cards``, each phase's score row too), without the
    kit's PDFs."""
    read = read_canvas(source)
    write_changes(changes_cards(read), read, "nl", changes, "", source.name)


#: The changes workbooks made in this test process, by canvas name and ``_what_a_kit_reads``: each canvas's
#: kit is made once (the round-trip tests start from the same few canvases dozens of times).
_KITS: dict[tuple[str, str], tuple[bytes, dict[str, int]]] = {}


def _made_kit(source: Path) -> tuple[bytes, dict[str, int]]:
    with tempfile.TemporaryDirectory() as folder:
        changes = Path(folder) / f"{source.stem}-changes.xlsx"
        _write_kit(source, changes)
        return changes.read_bytes(), changes_rows(changes)


def old_kit_of(source: Path, folder: Path) -> tuple[Path, dict[str, int]]:
    """The changes workbook a kit of an earlier canvasgen made of ``source``: as today's, plus a card for
    each persona's involvement per phase ("Betrokken in fasen"), numbered among the persona's lines as
    those kits numbered it (``PE1-07``), with its row and its text in the kit's record."""
    read = read_canvas(source)
    cards = cards_of(read)
    for p, persona in enumerate(read.personas, start=1):
        name = persona.name.text if persona.name else f"Persona {p}"
        for n, (key, item) in enumerate(persona.fields.items(), start=2 if persona.name else 1):
            if key == "phases":
                head = read.persona_columns[key].text
                cards.append(Card(f"PE{p}-{n:02d}", item.text, item, None, None, "", f"{name} · {head}", "persona"))
    changes = folder / f"{source.stem}-changes.xlsx"
    write_changes(cards, read, "nl", changes, "", source.name)
    return changes, changes_rows(changes)


def changes_rows(changes: Path) -> dict[str, int]:
    """The row of each card ID on the changes sheet of a changes workbook (the sheet it opens on). Read as a
    stream (openpyxl's read-only mode): the first column of one sheet, not every cell and style of every sheet."""
    book = openpyxl.load_workbook(changes, read_only=True)
    try:
        rows = book.active.iter_rows(min_row=3, max_col=1, values_only=True)
        return {row[0]: r for r, row in enumerate(rows, start=3) if row and row[0]}
    finally:
        book.close()


def new_row(rows: dict[str, int]) -> int:
    """The first row for new cards, under the line."""
    return max(rows.values()) + 2


def fill(changes: Path, cells: dict[tuple[int, int], object], sheet: str | None = None) -> None:
    """Cells typed into the changes sheet and saved, as Excel would (openpyxl)."""
    book = openpyxl.load_workbook(changes)
    target = book[sheet] if sheet else book.worksheets[0]
    for (row, col), value in cells.items():
        target.cell(row, col).value = value
    book.save(changes)


def lane_items(path: Path) -> dict[tuple[str, str], list[str]]:
    """(phase, lane) -> the items read back."""
    journey = read_canvas(path).journeys[0]
    return {
        (p.name, lane.label): [i.text for i in lane.cells[n]]
        for n, p in enumerate(journey.phases)
        for lane in journey.lanes
    }


#: One lane of one phase that changed: (phase, lane, texts added, texts removed, (old, new) texts changed).
LaneChange = tuple[str, str, list[str], list[str], list[tuple[str, str]]]


def lane_changes(old: Canvas, new: Canvas) -> list[LaneChange]:
    """What ``compare`` (as ``diff --json`` writes it) says changed from ``old`` to ``new``, lane by lane."""
    diff = compare(old, new).to_dict()
    return [
        (
            p["new"],
            lane["lane"],
            [i["text"] for i in lane["added"]],
            [i["text"] for i in lane["removed"]],
            [(c["old"]["text"], c["new"]["text"]) for c in lane["changed"]],
        )
        for journey in diff["journeys"]
        for p in journey["phases"]
        for lane in p["lanes"]
    ]


def with_formula(path: Path, ref: str, formula: str, value: str, kind: str = "n") -> None:
    """The cell ``ref`` of the first sheet made a formula with the value Excel (or LibreOffice) calculated
    for it, as they save it (openpyxl writes a formula without its value)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode()
    start = xml.index(f'<c r="{ref}"')
    end = min(i for i in (xml.find("</c>", start) + 4, xml.find("/>", start) + 2) if i > start + 1)
    kind_attribute = f' t="{kind}"' if kind != "n" else ""
    parts[sheet] = (
        xml[:start] + f'<c r="{ref}"{kind_attribute}><f>{formula}</f><v>{value}</v></c>' + xml[end:]
    ).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


#: Four phases of the five-phase model, for a template workbook of lanes of one's own (``lanes_workbook``).
FOUR_PHASES = ["Bewustwording", "Interesse", "Overweging", "Aankoop"]
WORRIES = "Zorgen van de klant"  # a label canvasgen does not know: a lane of the agency's own


def lanes_workbook(path: Path, lanes: dict[str, list[str]], scenario: str = "Huidig") -> Path:
    """canvasgen's template over ``FOUR_PHASES`` with the lanes given (label: a text per phase)."""
    spec = WorkbookSpec(
        "nl",
        [
            JourneySheet(
                FOUR_PHASES, default_lanes(list(lanes)), content=lanes, meta={"version": "1.0", "scenario": scenario}
            )
        ],
    )
    write_workbook(spec, path)
    return path
