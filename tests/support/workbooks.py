"""Workbooks: where the repository's canvases are, and small ones written on the fly."""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.cli import run_clean

REPO = Path(__file__).resolve().parents[2]
CANVASES = REPO / "canvases"
CORPUS = REPO.parent / "shared" / "corpus" / "real"
#: Look-alikes of the corpus's shapes with our own text (tests/data/make_data.py): always there.
DATA = REPO / "tests" / "data"


def corpus_files() -> list[Path]:
    """The real-world corpus beside the repository, when it is there (CI requires it, a clone has none):
    its workbooks and its CSV files."""
    return sorted([*CORPUS.glob("*.xlsx"), *CORPUS.glob("*.csv")])


#: Every workbook the render and layout tests run over: examples, look-alikes, and the corpus's workbooks
#: when present (its CSV files hold scripts the poster's fonts do not draw, which those tests do not allow).
SAMPLES = sorted(CANVASES.glob("*.xlsx")) + sorted(DATA.glob("*.xlsx")) + sorted(CORPUS.glob("*.xlsx"))
#: The example canvases (the blank templates left out).
EXAMPLES = sorted(p for p in CANVASES.glob("*.xlsx") if not p.name.startswith("template-"))

Cells = dict[str, object]


def make_book(path: Path, sheets: dict[str, Cells], merges: dict[str, list[str]] | None = None) -> Path:
    """Write a workbook: sheet name -> {"B3": value}; merges: sheet name -> ["B3:D3"]."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, cells in sheets.items():
        ws = wb.create_sheet(name)
        for ref, value in cells.items():
            ws[ref] = value
        for ref in (merges or {}).get(name, []):
            ws.merge_cells(ref)
    wb.save(path)
    return path


def with_covered_words(path: Path, words: Cells, part: str = "xl/worksheets/sheet1.xml") -> Path:
    """The workbook at ``path`` with ``words`` (ref -> text) written as inline strings into cells of its sheet
    ``part`` that a merged range covers: openpyxl empties such cells when it writes, Excel and LibreOffice can
    keep them (and openpyxl, reading, drops them)."""
    from lxml import etree
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = etree.fromstring(parts[part])
    data = sheet.find(f"{{{main}}}sheetData")
    assert data is not None
    for ref, text in words.items():
        letters, number = coordinate_from_string(ref)
        row = data.find(f"{{{main}}}row[@r='{number}']")
        if row is None:
            row = etree.SubElement(data, f"{{{main}}}row", r=str(number))
        cell = row.find(f"{{{main}}}c[@r='{ref}']")
        if cell is None:
            cell = etree.Element(f"{{{main}}}c", r=ref)
            column = column_index_from_string(letters)
            after = [c for c in row if column_index_from_string(coordinate_from_string(c.get("r"))[0]) < column]
            row.insert(row.index(after[-1]) + 1 if after else 0, cell)
        cell.set("t", "inlineStr")
        etree.SubElement(etree.SubElement(cell, f"{{{main}}}is"), f"{{{main}}}t").text = str(text)
    parts[part] = etree.tostring(sheet, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def big_canvas(folder: Path, text: str = "offerte levering kwaliteit service prijs bestelling " * 4) -> Path:
    """Ten phases of six lanes, each cell six times ``text``: more than fits one poster page or one slide."""
    phases = [f"Fase {i}" for i in range(1, 11)]
    lanes = default_lanes(["touchpoints", "channels", "emotions", "pain_points", "opportunities", "kpis"])
    content = {lane: ["\n".join([text] * 6) for _ in phases] for lane in lanes}
    path = folder / "big.xlsx"
    write_workbook(WorkbookSpec("nl", [JourneySheet(phases, lanes, content=content)]), path)
    return path


_WORDS = [
    "klant",
    "zoekt",
    "informatie",
    "over",
    "zonnepanelen",
    "en",
    "vergelijkt",
    "aanbieders",
    "op",
    "prijs",
    "en",
    "service",
]


def words(count: int) -> str:
    """About ``count`` characters of Dutch words."""
    return " ".join(itertools.islice(itertools.cycle(_WORDS), count * 2))[:count].strip()


def with_cell(folder: Path, cell: str, text: str) -> Path:
    """The solar example with ``text`` in one cell of its Klantreis sheet."""
    book = openpyxl.load_workbook(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    book["Klantreis"][cell] = text
    path = folder / f"lang-{cell}.xlsx"
    book.save(path)
    return path


def two_personas(path: Path, scores: tuple[list[int | None], list[int | None]], pains: bool = True) -> Path:
    """Two journeys over the same three phases (one sheet per persona), with their emotion scores (None: no
    score in that phase)."""
    sheets = {}
    for name, values in zip(("Noor", "Daan"), scores):
        cells = {
            "A1": "Fase",
            "B1": "Aandacht",
            "C1": "Afweging",
            "D1": "Actie",
            "A2": "Klantproces",
            "B2": f"{name} ziet een advertentie",
            "C2": "Vergelijkt",
            "D2": "Bestelt",
            "A3": "Ervaringsscore (-2 t/m +2)",
            "B3": values[0],
            "C3": values[1],
            "D3": values[2],
        }
        if pains:
            cells.update({"A4": "Pijnpunten", "C4": f"{name} vindt de prijs onduidelijk"})
        sheets[name] = cells
    return make_book(path, sheets)


#: Two tables that both look like a canvas: the reader takes the first (a planning); the user means the
#: second (from row 6), which a correction (``--phases-row 6``, canvasgen.toml) points it to.
PLANNING_FIRST = {
    "A1": "Задачи",
    "B1": "Январь",
    "C1": "Февраль",
    "D1": "Март",
    "A2": "Отчёт",
    "B2": "черновик",
    "C2": "финал",
    "D2": "печать",
    "A3": "Бюджет",
    "B3": "план",
    "C3": "факт",
    "D3": "итог",
    "A6": "Шаг",
    "B6": "Поиск",
    "C6": "Выбор",
    "D6": "Покупка",
    "A7": "Барьеры",
    "B7": "Сложно найти",
    "C7": "Много тарифов",
    "D7": "Очередь",
    "A8": "Мысли",
    "B8": "Где?",
    "C8": "Что лучше?",
    "D8": "Долго",
}


def small_journey_book(
    phases: Sequence[str] = ("Oriënteren", "Kopen", "Gebruiken"),
) -> tuple[openpyxl.Workbook, Worksheet]:
    """A workbook whose first sheet, "Klantreis", holds a small Dutch canvas (the phases in row 1 from B, a
    "Klantproces" and a "Pijnpunten" lane under them), and that sheet: for a test to add what it reads around it."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for j, phase in enumerate(phases, start=2):
        sheet.cell(1, j, phase)
        sheet.cell(2, j, f"Doet {phase.lower()}")
        sheet.cell(3, j, f"Last bij {phase.lower()}")
    sheet["A2"], sheet["A3"] = "Klantproces", "Pijnpunten"
    return book, sheet


#: A small Dutch energy supplier's canvas, rows 3 to 5 (phase row, customer and internal process), under
#: whatever a test writes in rows 1 and 2 (a title, the client and version labels).
GREEN_POWER_CANVAS: Cells = {
    "A3": "Fase",
    "B3": "Oriëntatie",
    "C3": "Aankoop",
    "D3": "Gebruik",
    "A4": "Klantproces",
    "B4": "Ziet reclame",
    "C4": "Sluit een contract af",
    "D4": "Bekijkt het verbruik",
    "A5": "Intern proces",
    "B5": "Plant de campagne",
    "C5": "Regelt de overstap",
    "D5": "Stuurt de jaarafrekening",
}

TRAPKRACHT_PHASES = ["Orientatie", "Proefrit & advies", "Aanvraag", "Levering", "After sales / service"]


def trapkracht(path: Path, long_cell: str = "", lane: str = "customer", touchpoint_text: str = "") -> Path:
    """The testers' canvas shape: five phases, every lane, a Touchpoints sheet whose rows fill an appendix
    card each, and personas whose needs and goals are written on two lines. ``long_cell`` replaces the
    second phase's cell of ``lane``; ``touchpoint_text`` each touchpoint's content (for the appendix)."""
    lanes = default_lanes(["touchpoints", "channels", "emotions", "pain_points", "opportunities", "kpis"])
    content = {lane: [f"{lane} in {phase}" for phase in TRAPKRACHT_PHASES] for lane in lanes if lane != "score"}
    if long_cell:
        content[lane][1] = long_cell
    touchpoints = [
        [
            phase,
            f"Contactmoment {i}",
            "E-mail",
            "Telefoon",
            f"{touchpoint_text} ({i})" if touchpoint_text else "Stap x van 4",
            "Per stap",
            "Backoffice",
            "Nee",
            "Ja",
            "CTR 3,1%",
            "Nee",
        ]
        for i, phase in enumerate(TRAPKRACHT_PHASES)
    ]
    personas = [
        [
            "Sanne de Boer",
            "Gebruiker / aanvrager",
            "Goedkoper naar het werk\nGezonder leven",
            "Duidelijke kosten\nsnelle levering",
            "Lang wachten op HR",
            "WhatsApp, Instagram",
            "alle fasen",
        ],
        ["Marco", "Goedkeurder", "Weinig administratie", "Eén portaal", "Losse mails", "E-mail", "Orientatie"],
    ]
    journey = JourneySheet(TRAPKRACHT_PHASES, lanes, content=content, scores=[0, 2, -2, 2, -1])
    journey.meta = {"client": "Trapkracht Fietslease B.V.", "journey": "Van eerste flyer tot tweede lease"}
    write_workbook(WorkbookSpec("nl", [journey], touchpoints=touchpoints, personas=personas), path)
    return path


#: An empathy map's quadrant headings as people write them, by language.
EMPATHY_HEADINGS = {
    "en": {
        "think_feel": "Think & Feel",
        "hear": "Hear",
        "see": "See",
        "say_do": "Say & Do",
        "pains": "Pains",
        "gains": "Gains",
    },
    "nl": {
        "think_feel": "Denken & voelen",
        "hear": "Horen",
        "see": "Zien",
        "say_do": "Zeggen & doen",
        "pains": "Pijnpunten",
        "gains": "Winsten",
    },
    # asked as questions about the persona, as many printed templates do
    "en asked": {
        "think_feel": "What does she THINK and FEEL?",
        "hear": "What does she HEAR?",
        "see": "What does the customer see?",
        "say_do": "What does he SAY and DO?",
        "pains": "PAIN",
        "gains": "GAIN",
    },
    "nl asked": {
        "think_feel": "Wat denkt en voelt hij?",
        "hear": "Wat hoort de klant?",
        "see": "Wat ziet ze?",
        "say_do": "Wat zegt en doet zij?",
        "pains": "Pijn",
        "gains": "Winst",
    },
    # asked of the persona by name (round 10: 'Wat denkt en voelt Sanne?' was no heading)
    "nl named": {
        "think_feel": "Wat denkt en voelt Sanne?",
        "hear": "Wat hoort Sanne?",
        "see": "Wat ziet ze?",
        "say_do": "What does Sanne say and do?",
        "pains": "Pijnpunten",
        "gains": "Winst",
    },
    # the Spanish canvas's own words for pains and gains (round 10: 'Esfuerzos', 'Resultados' were entries)
    "es": {
        "think_feel": "¿Qué piensa y siente?",
        "hear": "¿Qué oye?",
        "see": "¿Qué ve?",
        "say_do": "¿Qué dice y hace?",
        "pains": "Esfuerzos",
        "gains": "Resultados",
    },
}
#: Where each quadrant's heading stands from the map's top-left (rows, columns): a picture, not a table.
_EMPATHY_PLACES = {
    "think_feel": (2, 2),
    "hear": (6, 0),
    "see": (6, 4),
    "say_do": (10, 2),
    "pains": (14, 0),
    "gains": (14, 4),
}


@dataclass(frozen=True)
class MapStyle:
    """How an empathy map is written: in cells or text boxes; each heading over its entries, or with them."""

    boxes: bool = False
    together: bool = False


def empathy_map(
    path: Path,
    title: str,
    headings: dict[str, str],
    entries: dict[str, list[str]],
    origin: tuple[int, int] = (1, 1),
    style: MapStyle = MapStyle(),
    other_sheets: dict[str, Cells] | None = None,
    sheet_name: str = "Map",
) -> Path:
    """An empathy map laid out as a picture on sheet ``sheet_name`` (the title at ``origin``, 1-based row and column;
    each quadrant's heading with up to three entries under it), in cells or, with ``style.boxes``, in text boxes;
    ``other_sheets`` written before it (a Personas sheet); with ``style.together``, each heading and its entries
    in one cell or box, a line each."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    for name, cells in (other_sheets or {}).items():
        sheet = book.add_worksheet(name)
        for ref, value in cells.items():
            sheet.write(ref, value)
    sheet = book.add_worksheet(sheet_name)
    row0, col0 = origin[0] - 1, origin[1] - 1

    def put(row: int, col: int, text: str) -> None:
        if style.boxes:
            sheet.insert_textbox(row, col, text, {"width": 60, "height": 18})
        else:
            sheet.write(row, col, text)

    put(row0, col0, title)
    for quadrant, heading in headings.items():
        row, col = _EMPATHY_PLACES[quadrant]
        if style.together:
            put(row0 + row, col0 + col, "\n".join([heading, *entries.get(quadrant, [])[:3]]))
            continue
        put(row0 + row, col0 + col, heading)
        for n, entry in enumerate(entries.get(quadrant, [])[:3], start=1):
            put(row0 + row + n, col0 + col, entry)
    book.close()
    return path


#: A map's entries per quadrant, one persona's worries about solar panels (Dutch).
EMPATHY_ENTRIES = {
    "think_feel": ["Is het wel veilig om over te stappen?", "Trots op een groen dak"],
    "hear": ["Buurman raadt installateur aan", "Radio: subsidie stopt in 2027"],
    "see": ["Panelen bij de buren", "Advertenties met lage prijzen"],
    "say_do": ["Vraagt drie offertes aan", "Zegt: eerst de rekensom zien"],
    "pains": ["Onduidelijke terugverdientijd", "Bang voor lekkage"],
    "gains": ["Lagere energierekening", "Minder afhankelijk van het net"],
}


def journey_with_empathy_map(path: Path, entries: dict[str, list[str]] | None = None) -> Path:
    """A small Dutch journey (three phases), a Personas sheet of one persona (Sanne de Wit: role, goals)
    and her empathy map (``entries``, else ``EMPATHY_ENTRIES``) on sheet "Map"."""
    journey = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Offerte",
        "D1": "Installatie",
        "A2": "Klant doet",
        "B2": "Zoekt online",
        "C2": "Vergelijkt offertes",
        "D2": "Blijft thuis voor de monteur",
        "A3": "Pijnpunten",
        "B3": "Te veel jargon",
        "C3": "Prijzen niet vergelijkbaar",
        "D3": "Lange wachttijd",
    }
    personas = {"A1": "Naam", "B1": "Rol", "C1": "Doelen", "A2": "Sanne de Wit", "B2": "Huiseigenaar"}
    personas["C2"] = "Lagere vaste lasten"
    return empathy_map(
        path,
        "Empathiekaart – Sanne de Wit",
        EMPATHY_HEADINGS["nl"],
        entries or EMPATHY_ENTRIES,
        other_sheets={"Klantreis": journey, "Personas": personas},
    )


def template_with(
    path: Path, language: str, lane: str, cells: list[object], rows: dict[str, list[list[object]]] | None = None
) -> Path:
    """A blank template in ``language`` with one more lane under the canvas (``lane``: its label, ``cells``
    one a phase, from B) and, per sheet, rows written under its header (a Metrics sheet's rows: values and
    (value, number format) pairs)."""
    code, out, err = run_clean("template", path, "--lang", language, "--force")
    assert code == 0, out + err
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    row = ws.max_row + 1
    ws.cell(row, 1, lane)
    for column, value in enumerate(cells, start=2):
        ws.cell(row, column, value)  # type: ignore[arg-type]
    for sheet, lines in (rows or {}).items():
        for r, line in enumerate(lines, start=2):
            for column, value in enumerate(line, start=1):
                cell = wb[sheet].cell(r, column)
                if isinstance(value, tuple):
                    cell.value, cell.number_format = value
                else:
                    cell.value = value
    wb.save(path)
    return path


def grouped_phases(
    path: Path,
    groups: list[tuple[str, list[str]]],
    merged: bool = True,
    top: int = 2,
    left: int = 1,
    lanes: tuple[str, ...] = ("Klantproces", "Pijnpunten"),
    corner: str | None = None,
    place: Literal["over", "overhang", "below"] = "over",
) -> Path:
    """A canvas with a row of phase groups over its phase row: each group's name merged over its phases
    (``merged``) or written once over its first phase; ``top`` is the groups' row, ``left`` the label
    column; each cell of a lane says its lane and phase ("Klantproces · Kiezen"). ``corner``: the phase
    row's header in the label column ("Fase"); ``place``: "overhang", the first group's merge starts in
    the label column, the last runs past the last phase; "below", the groups' row under the phase row
    (``top`` the phase row)."""
    from openpyxl.utils import get_column_letter

    cells: Cells = {}
    merges: list[str] = []
    col = left + 1
    group_row, phase_row = (top + 1, top) if place == "below" else (top, top + 1)
    overhang = place == "overhang"
    for k, (name, phases) in enumerate(groups):
        start = left if overhang and k == 0 else col
        cells[f"{get_column_letter(start)}{group_row}"] = name
        for phase in phases:
            letter = get_column_letter(col)
            cells[f"{letter}{phase_row}"] = phase
            for row, lane in enumerate(lanes, start=top + 2):
                cells[f"{letter}{row}"] = f"{lane} · {phase}"
            col += 1
        end = col + 2 if overhang and k == len(groups) - 1 else col - 1
        if (merged or overhang) and end > start:
            merges.append(f"{get_column_letter(start)}{group_row}:{get_column_letter(end)}{group_row}")
    if corner is not None:
        cells[f"{get_column_letter(left)}{phase_row}"] = corner
    for row, lane in enumerate(lanes, start=top + 2):
        cells[f"{get_column_letter(left)}{row}"] = lane
    return make_book(path, {"Klantreis": cells}, {"Klantreis": merges})


#: A line of a service blueprint labelled in the client's own words (``blueprint_line_over_scores``).
OWN_LINE_LABEL = "Line of interaction (where our guests meet the front desk team)"


def blueprint_line_over_scores(path: Path, phases: int = 4) -> Path:
    """A hotel's service blueprint whose line of interaction, a merged row labelled in the client's own
    words (``OWN_LINE_LABEL``), stands directly above its experience-score row (which the poster draws as
    the emotion curve); then frontstage, the line of visibility, backstage. ``phases``: how many steps
    (enough of them split the journey over pages)."""
    from openpyxl.utils import get_column_letter

    last = get_column_letter(phases + 1)
    cells: Cells = {
        "A1": "Service blueprint — hotel stay",
        "A3": "Physical evidence",
        "A4": "Customer actions",
        "A5": OWN_LINE_LABEL,
        "A6": "Experience score",
        "A7": "Frontstage actions",
        "A8": "Line of visibility",
        "A9": "Backstage actions",
    }
    for i in range(phases):
        letter = get_column_letter(i + 2)
        cells[f"{letter}2"] = f"Step {i + 1}"
        cells[f"{letter}3"] = f"Lobby sign {i + 1}"
        cells[f"{letter}4"] = f"The guest asks {i + 1}"
        cells[f"{letter}6"] = (1, -1, 2, 0, -2)[i % 5]
        cells[f"{letter}7"] = f"The desk answers {i + 1}"
        cells[f"{letter}9"] = f"Housekeeping {i + 1}"
    merges = [f"A1:{last}1", f"A5:{last}5", f"A8:{last}8"]
    return make_book(path, {"Blueprint": cells}, {"Blueprint": merges})


#: One phase's touchpoints in order (name, channel, served today): the third is not served today.
SERVED_OR_NOT = [
    ("Offertemail", "E-mail", "Ja"),
    ("Adviesgesprek", "Telefoon", "Ja"),
    ("Terugbelverzoek", "Telefoon", "Nee"),
    ("Orderpagina", "Website", "Ja"),
    ("Bezorgapp", "App", "Ja"),
    ("Afspraakbevestiging", "SMS", "Ja"),
    ("Welkomstpost", "Social media", "Ja"),
    ("Reviewverzoek", "E-mail", "Ja"),
    ("Nazorgmail", "E-mail", "Ja"),
]


def touchpoints_served_or_not(path: Path) -> Path:
    """Three phases; the Touchpoints sheet puts ``SERVED_OR_NOT`` in the second, more than fit there as
    cards on an A1 poster (the cell is set as lines, each marked with its channel's icon)."""
    phases = ["Oriëntatie", "Aanvraag", "Levering"]
    lanes = default_lanes([])
    content = {lane: [f"{lane} in {phase}" for phase in phases] for lane in lanes if lane != "score"}
    touchpoints = [
        [phases[1], name, channel, "", "", "Per stap", "Backoffice", served, "Ja", "", "Ja"]
        for name, channel, served in SERVED_OR_NOT
    ]
    journey = JourneySheet(phases, lanes, content=content, scores=[1, -1, 2])
    write_workbook(WorkbookSpec("nl", [journey], touchpoints=touchpoints), path)
    return path


def with_font_colours(path: Path, sheet: str, colours: dict[str, object]) -> Path:
    """The workbook at ``path`` with the fonts of some cells coloured: ref -> an openpyxl ``Color`` (RGB,
    indexed or theme with a tint), as a team colours a ● to make it a traffic light."""
    from openpyxl.styles import Font

    wb = openpyxl.load_workbook(path)
    for ref, colour in colours.items():
        wb[sheet][ref].font = Font(color=colour)
    wb.save(path)
    return path


def photo(width: int = 300, height: int = 200, kind: str = "PNG") -> bytes:
    """A small picture of ``width`` x ``height`` pixels (a gradient, so a crop shows), as ``kind``."""
    import io

    from PIL import Image

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


def deflated_zeros(size: int) -> bytes:
    """``size`` zero bytes deflated (raw, at level 9), made without deflating them all (a 20,000 x 20,000
    picture's 400 MB took a second of CPU): one megabyte deflated, with a full flush after it so that every
    megabyte deflates to the same bytes, repeated."""
    import zlib

    megabyte = 1 << 20
    whole, rest = divmod(size, megabyte)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(bytes(megabyte)) + packer.flush(zlib.Z_FULL_FLUSH)
    return block * whole + packer.compress(bytes(rest)) + packer.flush()


def zlib_of_zeros(size: int) -> bytes:
    """A zlib stream (at level 9) of ``size`` zero bytes: ``deflated_zeros`` with zlib's header and checksum."""
    adler32 = (size % 65521) << 16 | 1  # Adler-32 of zeros: the byte sum stays 1, the running sum is the length
    return b"\x78\xda" + deflated_zeros(size) + adler32.to_bytes(4, "big")


def zip_with_zeros(path: Path, parts: dict[str, bytes], name: str, size: int) -> Path:
    """A zip archive of ``parts`` and, last, part ``name`` of ``size`` zero bytes (a zip bomb's part), all
    deflated; written by hand, so that the zeros are never deflated whole (``deflated_zeros``)."""
    import struct
    import zlib

    def crc32_of_zeros() -> int:
        megabyte, crc = bytes(1 << 20), 0
        for _ in range(size >> 20):
            crc = zlib.crc32(megabyte, crc)
        return zlib.crc32(bytes(size & ((1 << 20) - 1)), crc)

    def deflated(data: bytes) -> bytes:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush()

    members = [(n.encode(), deflated(data), zlib.crc32(data), len(data)) for n, data in parts.items()]
    members.append((name.encode(), deflated_zeros(size), crc32_of_zeros(), size))
    local, central = bytearray(), bytearray()
    when = (0, 0x21)  # 1980-01-01 00:00, the earliest a zip can say
    for encoded, packed, crc, length in members:
        sizes = (crc, len(packed), length, len(encoded))
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, *when, *sizes, 0, 0, 0, 0, 0, len(local))
        central += encoded
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, *when, *sizes, 0) + encoded + packed
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    path.write_bytes(bytes(local + central) + end)
    return path


def bomb_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """A PNG that announces ``width`` x ``height`` pixels in a few hundred kilobytes (a decompression bomb)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = zlib_of_zeros((width + 1) * height)  # each row a filter byte and its pixels: all zero
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


#: Three personas, one a row: Sanne gets a picture placed in her row, Inès a file beside the workbook.
PICTURED = ["Sanne de Wit", "Inès Bakker", "Daan Vos"]


def personas_with_pictures(path: Path, pictures: dict[str, bytes] | None = None, side_by_side: bool = False) -> Path:
    """A two-phase journey with a Personas sheet of ``PICTURED`` (one a row, or one a column ``side_by_side``)
    and pictures placed over it: anchor cell -> image bytes (by default a 300 x 200 picture in Sanne's row,
    H2; or column B, B8, side by side). The image bytes are written into the package as they are, whatever
    they hold."""
    import io
    import zipfile

    from openpyxl.drawing.image import Image as SheetImage

    wb = openpyxl.Workbook()
    journey = wb.active
    assert journey is not None
    journey.title = "Klantreis"
    rows = [
        ["Fase", "Oriëntatie", "Aankoop", "Gebruik"],
        ["Klantproces", "Zoekt een fiets", "Bestelt online", "Fietst naar het werk"],
        ["Pijnpunten", "Te veel keuze", "Lange levertijd", "Lekke band"],
    ]
    for line in rows:
        journey.append(line)
    sheet = wb.create_sheet("Personas")
    fields = ["Naam", "Rol in de inkoopgroep", "Doelen", "Frustraties"]
    values = [
        ["Sanne de Wit", "Koper", "Snel fietsen", "Wachten"],
        ["Inès Bakker", "Gebruiker", "Veilig fietsen", "Onduidelijke prijzen"],
        ["Daan Vos", "Betaler", "Lage kosten", "Verborgen kosten"],
    ]
    for i, field in enumerate(fields):
        for j, row in enumerate([[field], *[[v[i]] for v in values]]):
            r, c = (j + 1, i + 1) if not side_by_side else (i + 1, j + 1)
            sheet.cell(r, c, row[0])
    wanted = pictures if pictures is not None else {("B8" if side_by_side else "H2"): photo()}
    marker = photo(8, 8)  # a placeholder openpyxl can write; its bytes are replaced below
    order = list(wanted)
    for ref in order:
        sheet.add_image(SheetImage(io.BytesIO(marker)), ref)
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl names the images xl/media/image1.png ... in the order they were added
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/media/image"):
                number = int(info.filename.removeprefix("xl/media/image").split(".")[0])
                data = wanted[order[number - 1]]
            out.writestr(info, data)
    return path


#: A museum visit as a client filled it in (#27, a new user's try): lanes as questions, a typo, a row of
#: feelings written as faces, words and an emoticon, two channels in one cell, a "Klantreis:" title.
MUSEUM_PHASES = ("Oriënteren", "Kaartje kopen", "Aankomst & entree", "Het bezoek", "Na afloop")
MUSEUM_LANES: tuple[tuple[str, tuple[object, ...]], ...] = (
    (
        "Wat doet de bezoeker?",
        (
            "Zoekt op Instagram naar uitjes",
            "Koopt online een e-ticket",
            "Parkeert bij het station",
            "Volgt de kinderroute",
            "Deelt foto's in de groepsapp",
        ),
    ),
    (
        "Wat denkt/voelt ze?",
        (
            "Is dit wel leuk?",
            "Waarom kost parkeren zoveel?",
            "Waar is de ingang?",
            "Eindelijk rust",
            "Volgende keer met oma",
        ),
    ),
    (
        "Contactmommenten",
        ("Instagram, website", "Webshop, e-mail", "Bewegwijzering, balie", "Zaalwachter, app", "Nieuwsbrief"),
    ),
    ("Hoe voelt het?", ("🙂", "😐", "slecht", "heel goed", ":-)")),
    (
        "Knelpunten",
        (
            "Geen info over kinderwagens",
            "Betaalpagina crasht",
            "Lange rij bij de garderobe",
            "Te weinig bankjes",
            "Geen enquête",
        ),
    ),
    ("Kansen", ("Gezinspagina", "Gezinsticket", "Bordjes vanaf station", "Rustplekken per zaal", "Bedankmail")),
)


def museum_visit(
    path: Path,
    lanes: tuple[tuple[str, tuple[object, ...]], ...] = MUSEUM_LANES,
    title: str = "Klantreis: Bezoek aan het Stedelijk Museum",
) -> Path:
    """The museum visit's canvas: title and meta at the top, phases in row 7 from column B, a lane per row
    (label in column A) under them."""
    cells: Cells = {"A1": title, "A2": "Klant:", "B2": "Gemeente Zwolle", "A3": "Versie", "B3": "0.3"}
    columns = "BCDEFGHIJ"
    cells |= {f"{columns[i]}7": phase for i, phase in enumerate(MUSEUM_PHASES)}
    for row, (label, values) in enumerate(lanes, start=8):
        cells[f"A{row}"] = label
        cells |= {f"{columns[i]}{row}": value for i, value in enumerate(values) if value not in (None, "")}
    return make_book(path, {"Reis": cells})


def without_theme(path: Path) -> Path:
    """The workbook at ``path`` with its theme part taken out (as some tools write workbooks): a font's
    theme colour then names a colour nothing in the file gives."""
    import re
    import zipfile

    parts = {}
    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            if not name.startswith("xl/theme/"):
                parts[name] = book.read(name)
    parts["xl/_rels/workbook.xml.rels"] = re.sub(
        rb"<Relationship[^>]*theme[^>]*/>", b"", parts["xl/_rels/workbook.xml.rels"]
    )
    parts["[Content_Types].xml"] = re.sub(rb"<Override[^>]*theme[^>]*/>", b"", parts["[Content_Types].xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return path


def rows_canvas(path: Path, rows: list[tuple[object, ...]], down: bool = False, title: str = "Klantreis") -> Path:
    """A canvas of plain rows under a title in A1: the first row the phase header ("Fase", then the phases),
    each next row a lane (its label, then a cell per phase), from row 3; ``down``: the same turned on its
    side (phases down column A, lane labels across row 3)."""
    cells: Cells = {"A1": title}
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is None:
                continue
            r, c = (3 + j, 1 + i) if down else (3 + i, 1 + j)
            cells[f"{get_column_letter(c)}{r}"] = value
    return make_book(path, {"Klantreis": cells})


#: ``rows_canvas``'s rows of a journey whose lanes take three roles: what the customer does, a second lane of it (drawn
#: as an extra lane) and the pain points; the web page's tests show each lane beside its role.
LANE_ROLES: list[tuple[object, ...]] = [
    ("Fase", "Zoeken", "Kopen"),
    ("Wat doet de klant?", "Zoekt", "Koopt"),
    ("Klantacties", "Belt", "Betaalt"),
    ("Pijnpunten", "Traag", "Duur"),
]


def touchpoint_columns(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]], scores: bool = True) -> Path:
    """Three phases with a lane each and (``scores``) a score row, and a Touchpoints sheet of only the
    columns ``header`` names (a team's own sheet: "Fase, Touchpoint, Kanaal, Eigenaar, Huidig (ja/nee)",
    no timing, no sales moment), one row of ``rows`` per touchpoint."""
    phases = ["Oriëntatie", "Aanvraag", "Levering"]
    cells: Cells = {"A1": "Klantreis", "A3": "Fase", "A4": "Wat doet de klant?", "A5": "Pijnpunten"}
    for column, phase in zip("BCD", phases):
        cells[f"{column}3"] = phase
        cells[f"{column}4"] = f"Klant in {phase.lower()}"
        cells[f"{column}5"] = f"Wachten in {phase.lower()}"
    if scores:
        cells.update({"A6": "Score", "B6": 1, "C6": -1, "D6": 2})
    sheet: Cells = {f"{get_column_letter(c)}1": text for c, text in enumerate(header, start=1)}
    for r, row in enumerate(rows, start=2):
        sheet.update({f"{get_column_letter(c)}{r}": text for c, text in enumerate(row, start=1) if text})
    return make_book(path, {"Klantreis": cells, "Touchpoints": sheet})


#: Six phases of a municipality's permit journey, as a team names them.
PERMIT_PHASES = ("Verhuizen", "Zoeken", "Aanvragen", "Betalen", "Wachten", "Parkeren")


def team_lanes(path: Path, lanes: dict[str, list[str | None]], phases: tuple[str | None, ...] = PERMIT_PHASES) -> Path:
    """A canvas of ``phases`` whose lanes the team labelled in its own words: label -> a cell per phase
    (None: left empty), in order; a label with no cells given holds a short item in every phase."""
    rows: list[tuple[object, ...]] = [("Fase", *phases)]
    for label, cells in lanes.items():
        texts = cells or [f"{label.rstrip('?')} in fase {i + 1}" for i in range(len(phases))]
        rows.append((label, *texts))
    return rows_canvas(path, rows, title="Parkeervergunning")


#: A ferry-pass journey as a service designer fills it in: the phase row's corner "Fase →", a notes
#: column set apart under its heading, a persona sheet with a title cell, a pain point merged over two
#: phases (C10:D10) and the customer's cell of the last phase not filled in yet (E7).
FERRY_PHASES = ("1. Kiezen", "2. Boeken", "3. Overvaart", "4. Terugreis")
FERRY: Cells = {
    "A1": "Veerpas Waddenlijn – van boeken tot terugreis",
    "A2": "Klant",
    "B2": "Rederij Noordkust",
    "A5": "Fase →",
    **{f"{col}5": phase for col, phase in zip("BCDE", FERRY_PHASES, strict=True)},
    "A6": "Klantproces",
    "B6": "Vergelijkt dienstregelingen",
    "C6": "Boekt een retour in de app",
    "D6": "Staat in de rij bij de kade",
    "A7": "Intern proces",
    "B7": "Redactie werkt dienstregeling bij",
    "C7": "Betaalprovider controleert kaart",
    "D7": "Steward scant kaartjes",
    "E7": "Planning verschuift afvaart",
    "A8": "Kansen",
    "B8": "Vergelijker op de site",
    "E8": "Sms bij vertraging",
    "A10": "Pijnpunten",
    "B10": "Tarieven onduidelijk",
    "C10": "Rij bij de kade – en geen melding van de vertraging",
    "H5": "Notities sessie",
    "H6": "Stewards willen eerder weten hoe vol het schip is",
    "H8": "Uitzoeken: hoeveel retouren worden omgeboekt?",
    "A9": "Wie pakt het op?",
    "B9": "Marketing",
}
FERRY_PERSONA: Cells = {
    "A1": "Persona",
    "A3": "Naam",
    "B3": "Joost Visser",
    "A4": "Doelen",
    "B4": "Op tijd op de boot",
    "A5": "Frustraties",
    "B5": "Wachten zonder nieuws",
}


def ferry_pass(path: Path, changed: Cells | None = None, persona: bool = True) -> Path:
    """The ferry-pass canvas (``FERRY``), with ``changed`` cells over it (None clears one)."""
    cells = {ref: value for ref, value in {**FERRY, **(changed or {})}.items() if value is not None}
    sheets = {"Klantreis": cells, **({"Persona": FERRY_PERSONA} if persona else {})}
    return make_book(path, sheets, {"Klantreis": ["C10:D10"]})


#: A small bike-repair journey in three phases, ideal and current (round 10's new user, made smaller): the
#: ideal leaves "Pijnpunten" and "Kansen" empty; today's touchpoint "Pechnummer (telefoon)" in the lane is
#: the Touchpoints sheet's "Pechnummer" (ideal column "nee"), whose KPI holds a figure with a target.
REPAIR_PHASES = ("Aanmelden", "Pech onderweg", "Opzeggen")
REPAIR_LANES: dict[str, dict[str, tuple[str, str, str]]] = {
    "ideal": {
        "Wat doet de klant?": ("Meldt zich aan in de app", "Drukt op 'pech' in de app", "Zegt op in de app"),
        "Achter de schermen": ("Adrescontrole automatisch", "Planner stuurt monteur met live locatie", ""),
        "Hoe voelt het?": ("+2", "+1", "0"),
        "Contactmomenten": ("App", "App (pechknop)", "App"),
        "Pijnpunten": ("", "", ""),
        "Kansen": ("", "", ""),
    },
    "current": {
        "Wat doet de klant?": ("Vult het formulier in", "Belt het pechnummer", "Mailt naar info@"),
        "Achter de schermen": ("Backoffice controleert adres", "Planner stuurt monteur; geen live locatie", ""),
        "Hoe voelt het?": ("0", "-2", "-1"),
        "Contactmomenten": ("Website-formulier", "Pechnummer (telefoon)", "E-mail"),
        "Pijnpunten": ("Prijs onduidelijk", "Wachttijd bij pech", ""),
        "Kansen": ("Keuzehulp", "Pechhulp-netwerk", "Exitgesprek"),
        "Wie pakt het op?": ("Ops", "Planning", "Ops"),
    },
}
REPAIR_TOUCHPOINTS = (
    ("Pech onderweg", "Pechnummer", "Telefoon", "ja", "nee", "Wachttijd 55 min (doel 30 min)"),
    ("Pech onderweg", "Pechknop in de app", "App", "nee", "ja", ""),
)


def repair_journey(path: Path, side: str = "current", changes: dict[str, str] | None = None) -> Path:
    """The bike-repair journey of ``side`` (ideal or current) as the new user wrote it: a grid on
    'Klantreis' (phases in row 3, lanes from row 4), version and date over it, a 'Contactmomenten' sheet;
    ``changes`` sets cells after that ({"Contactmomenten!F2": "Wachttijd 40 min (doel 30 min)"})."""
    journey: Cells = {"A1": "Fietsabonnement", "A2": "Scenario", "B2": "Ideaal" if side == "ideal" else "Huidig"}
    journey["A3"] = "Fase"
    for column, phase in zip("BCD", REPAIR_PHASES, strict=True):
        journey[f"{column}3"] = phase
    for row, (label, cells) in enumerate(REPAIR_LANES[side].items(), start=4):
        journey[f"A{row}"] = label
        for column, text in zip("BCD", cells, strict=True):
            if text:
                journey[f"{column}{row}"] = text
    sheet: Cells = {
        f"{c}1": h for c, h in zip("ABCDEF", ("Fase", "Contactmoment", "Kanaal", "Huidig", "Ideaal", "KPI"))
    }
    for row, values in enumerate(REPAIR_TOUCHPOINTS, start=2):
        sheet.update({f"{c}{row}": v for c, v in zip("ABCDEF", values, strict=True) if v})
    books = {"Klantreis": journey, "Contactmomenten": sheet}
    for ref, value in (changes or {}).items():
        name, _, cell = ref.partition("!")
        books[name][cell] = value
    return make_book(path, books)


def _sheet_rows(rows: list[tuple[object, ...]]) -> Cells:
    """Rows from A1 down as cells (None and empty rows left empty)."""
    return {
        f"{get_column_letter(c)}{r}": value
        for r, row in enumerate(rows, start=1)
        for c, value in enumerate(row, start=1)
        if value is not None
    }


DAKKAPEL_PHASES = ("Oriënteren", "Vooroverleg", "Aanvragen", "Beoordeling", "Besluit", "Bouwen en toezicht")


def dormer_permit(path: Path) -> Path:
    """A municipality's permit journey as its team writes it: long cells (two to four hundred characters)
    in the inhabitant's and the municipality's lanes that fill an A1 page, a score row, and one note under
    the canvas (its source)."""
    rows: list[tuple[object, ...]] = [
        ("Klantreiscanvas",),
        (),
        ("Klant", "Gemeente Zuidwaarde – team Vergunningen"),
        ("Klantreis", "Een omgevingsvergunning voor een dakkapel aanvragen"),
        ("Persona", "Inwoner die voor het eerst verbouwt"),
        ("Versie", "0.4"),
        (),
        ("Fase", *DAKKAPEL_PHASES),
        (
            "Wat doet de inwoner?",
            (
                "Zoekt op de website van de gemeente of een dakkapel aan de voorkant vergunningvrij is, vindt drie "
                "verschillende pagina's met tegenstrijdige informatie en belt uiteindelijk het klantcontactcentrum, "
                "waar de medewerker doorverwijst naar het Omgevingsloket."
            ),
            (
                "Vraagt een vooroverleg aan via het formulier, uploadt een schets van de aannemer en wacht op een "
                "uitnodiging; krijgt na twee weken een afspraak met een vergunningverlener en een medewerker van "
                "welstand, die allebei iets anders adviseren over de hoogte van de dakkapel."
            ),
            (
                "Vult de aanvraag in het Omgevingsloket in, loopt vast bij de vraag welke activiteiten van toepassing "
                "zijn (bouwen, afwijken van het omgevingsplan, monument?) en kiest uit voorzorg alles aan, waardoor de "
                "leges veel hoger uitvallen dan verwacht."
            ),
            (
                "Krijgt een verzoek om aanvullende gegevens: een constructieberekening en een tekening op schaal 1:50; "
                "de termijn wordt opgeschort en de aannemer dreigt zijn planning te moeten verschuiven naar het "
                "voorjaar."
            ),
            (
                "Ontvangt het besluit per post en in de Berichtenbox, leest dat de bezwaartermijn zes weken is en weet "
                "niet of hij daarvoor al mag beginnen met bouwen."
            ),
            (
                "Meldt de start van de bouw twee dagen van tevoren, krijgt bezoek van een toezichthouder en moet na "
                "afloop de gereedmelding doen, wat hij vergeet."
            ),
        ),
        (
            "Wat doet de gemeente?",
            (
                "Klantcontactcentrum beantwoordt vragen met de standaardtekst uit de kennisbank; de webredactie werkt "
                "de pagina's over vergunningvrij bouwen eens per jaar bij."
            ),
            (
                "Het vooroverleg-team plant de afspraak in, vraagt welstand om advies en legt de uitkomst vast in een "
                "gespreksverslag dat pas na drie weken wordt verstuurd."
            ),
            (
                "De intake controleert de aanvraag op volledigheid binnen vijf werkdagen en stuurt een "
                "ontvangstbevestiging met de beslistermijn van acht weken."
            ),
            (
                "De vergunningverlener toetst aan het omgevingsplan en het Bouwbesluit, vraagt advies aan de "
                "welstandscommissie en stuurt zo nodig een verzoek om aanvulling."
            ),
            (
                "Het besluit wordt opgesteld, juridisch getoetst en gepubliceerd in het Gemeenteblad; de leges worden "
                "gelijktijdig in rekening gebracht."
            ),
            (
                "Toezicht en handhaving plant een controle tijdens de bouw en registreert de gereedmelding in het "
                "zaaksysteem."
            ),
        ),
        (
            "Ervaring",
            "Verward: 'Ik wil gewoon weten of het mag, maar ik krijg drie antwoorden.'",
            "Gerustgesteld door het gesprek, maar onzeker door het verschillende advies.",
            "Overweldigd door het loket en geschrokken van de leges.",
            "Gefrustreerd: het lijkt alsof de gemeente de bouw tegenhoudt.",
            "Opgelucht, maar onzeker over de bezwaartermijn.",
            "Tevreden over de toezichthouder, die meedenkt.",
        ),
        ("Score (-2 t/m +2)", -1, 0, -2, -2, 1, 1),
        (
            "Pijnpunten",
            "Tegenstrijdige informatie op de website\nKlantcontactcentrum kan niet inhoudelijk antwoorden",
            "Gespreksverslag komt te laat om de aannemer te informeren",
            (
                "Activiteitenvragen in het Omgevingsloket zijn niet te begrijpen zonder vakkennis\nLeges pas achteraf "
                "bekend"
            ),
            "Opschorting van de termijn wordt niet uitgelegd",
            "Bezwaartermijn en start bouw worden niet in gewone taal uitgelegd",
            "Gereedmelding wordt vergeten omdat er geen herinnering komt",
        ),
        (
            "Kansen",
            "Eén beslisboom 'Mag mijn dakkapel zonder vergunning?' op de website",
            "Gespreksverslag binnen vijf werkdagen, met één gezamenlijk advies",
            "Hulp bij het invullen door een vergunningcoach, leges vooraf berekenen",
            "Bellen in plaats van een brief bij een verzoek om aanvulling",
            "Besluit met een begeleidende brief in B1-taal",
            "Automatische herinnering voor de gereedmelding",
        ),
        (),
        ("Bron: klantreissessie met zes inwoners en vier medewerkers, oktober 2026",),
    ]
    return make_book(path, {"Klantreis": _sheet_rows(rows)})


RAIL_PHASES = ("Entdecken", "Vergleichen", "Buchen", "Reisen", "Erinnern")


def rail_trip(path: Path) -> Path:
    """A German five-phase journey with a touchpoints sheet and one persona (its card at the foot of the
    page, on its left half), and one note above the canvas (a title line under a label the reader does not
    know: "Reise")."""
    journey: list[tuple[object, ...]] = [
        ("Customer Journey",),
        (),
        ("Kunde", "Alpenbahn Reisen GmbH"),
        ("Reise", "Eine Zugreise in die Alpen buchen"),
        ("Persona", "Familie Becker"),
        ("Version", "1.2"),
        (),
        ("Phase", *RAIL_PHASES),
        (
            "Was tut der Kunde?",
            "Sieht ein Video über Zugreisen\nLiest Blogartikel",
            "Vergleicht Preise mit Flug und Auto\nPrüft Familienrabatte",
            "Bucht online\nWählt Sitzplätze",
            "Steigt zweimal um\nNutzt das WLAN im Zug",
            "Teilt Fotos\nSchreibt eine Bewertung",
        ),
        (
            "Was tun wir?",
            "Kampagne auf YouTube",
            "Preisrechner auf der Website",
            "Buchungsstrecke mit Sitzplatzwahl",
            "Service an Bord",
            "E-Mail mit Bewertungsbitte",
        ),
        ("Gefühl", "Neugierig", "Unsicher", "Zufrieden", "Gestresst beim Umsteigen", "Begeistert"),
        ("Bewertung (-2 bis +2)", 1, -1, 1, -2, 2),
        (
            "Schmerzpunkte",
            "Zu wenige Informationen über Familienabteile",
            "Rabatte sind schwer zu finden",
            None,
            "Anschlusszug verpasst",
            None,
        ),
        (
            "Chancen",
            "Familienseite",
            "Rabattrechner",
            "Sitzplatzgarantie für Familien",
            "Umsteigehilfe in der App",
            "Fotowettbewerb",
        ),
    ]
    touchpoints: list[tuple[object, ...]] = [
        ("Phase", "Touchpoint", "Kanal", "Verantwortlich"),
        ("Entdecken", "YouTube-Video", "Social Media", "Marketing"),
        ("Vergleichen", "Preisrechner", "Website", "E-Commerce"),
        ("Buchen", "Buchungsstrecke", "Website", "E-Commerce"),
        ("Buchen", "Bestätigungsmail", "E-Mail", "CRM"),
        ("Reisen", "Zugbegleiter", "Persönlich", "Betrieb"),
        ("Reisen", "Reise-App", "App", "Digital"),
        ("Erinnern", "Bewertungsmail", "E-Mail", "CRM"),
    ]
    personas: list[tuple[object, ...]] = [
        ("Name", "Rolle", "Ziele", "Bedürfnisse", "Frustrationen"),
        (
            "Familie Becker",
            "Eltern mit zwei Kindern",
            "Entspannt ankommen",
            "Platz für Gepäck und Kinderwagen",
            "Umsteigen mit Kindern",
        ),
    ]
    sheets = {
        "Kundenreise": _sheet_rows(journey),
        "Touchpoints": _sheet_rows(touchpoints),
        "Personas": _sheet_rows(personas),
    }
    return make_book(path, sheets)


#: A payroll vendor's journey in one workbook of an ideal and a current sheet, sharing their Touchpoints and
#: Personas sheets (the new user of round 12): the current sheet may leave its fourth phase's header blank.
PAYROLL_PHASES = ("Payroll pain", "Looking around", "Demo & trial", "Contract & sign-off")
PAYROLL_LANES: dict[str, dict[str, tuple[object, ...]]] = {
    "current": {
        "Customer actions": ("Fixes payslips by hand", "Googles payroll software", "Sits through a demo", "Waits"),
        "Touchpoints": ("Payroll run", "Google search", "Live demo", "DocuSign"),
        "Score": (-2, -1, 0, -2),
        "Learning goals": ("Which event starts the search?", "Do buyers trust G2 more than analysts?", "", ""),
        "Opportunities": ("Free payroll health check", "Publish price bands", "", ""),
    },
    "ideal": {
        "Customer actions": ("Books a health check", "Finds price bands", "Sees own data", "Signs in a week"),
        "Touchpoints": ("Health check", "Pricing page", "Sandbox on own data", "Trust page"),
        "Score": (0, 1, 2, 1),
        "Learning goals": ("Which event starts the search?", "", "", ""),
    },
}
PAYROLL_TOUCHPOINTS = (
    ("Demo & trial", "Live demo", "Video call", "yes", "yes", "Demo to trial 30% (target 50%)"),
    ("Contract & sign-off", "Trust page", "Website", "no", "yes", ""),
)


def payroll_ideal_and_current(path: Path, blank_header: bool = True) -> Path:
    """The payroll workbook: sheets 'Current journey' and 'Ideal journey' (scenario Current / Ideal, phases in
    row 4 from column B, lanes from row 5), a Touchpoints sheet naming 'Contract & sign-off' and a Personas
    sheet whose persona is involved in it; ``blank_header`` leaves that phase's header (E4) blank in the
    current sheet."""
    sheets: dict[str, Cells] = {}
    for side, title in (("current", "Current journey"), ("ideal", "Ideal journey")):
        cells: Cells = {"A1": f"Buying payroll software – {side}", "A2": "Scenario", "B2": side.title(), "A4": "Stage"}
        for column, phase in zip("BCDE", PAYROLL_PHASES, strict=True):
            if not (blank_header and side == "current" and column == "E"):
                cells[f"{column}4"] = phase
        for row, (label, values) in enumerate(PAYROLL_LANES[side].items(), start=5):
            cells[f"A{row}"] = label
            cells.update({f"{c}{row}": v for c, v in zip("BCDE", values, strict=True) if v != ""})
        sheets[title] = cells
    header = ("Stage", "Touchpoint", "Channel", "Current (yes/no)", "Ideal (yes/no)", "KPI")
    touchpoints: Cells = {f"{c}1": h for c, h in zip("ABCDEF", header, strict=True)}
    for row, values in enumerate(PAYROLL_TOUCHPOINTS, start=2):
        touchpoints.update({f"{c}{row}": v for c, v in zip("ABCDEF", values, strict=True) if v})
    sheets["Touchpoints"] = touchpoints
    sheets["Personas"] = {
        "A1": "Name",
        "B1": "Role in the buying group",
        "C1": "Involved in phases",
        "A2": "Helen Carter",
        "B2": "Finance director",
        "C2": "Demo & trial, Contract & sign-off",
    }
    return make_book(path, sheets)


SCENARIO_PHASES = ["Klachten", "Verwijzing", "Operatie"]


def scenario_journey(path: Path, sheet: str, scenario: str | None, patient: list[str], scores: list[int]) -> Path:
    """A small canvas: title, metadata (Scenario in B3), phases in row 5, a patient lane and a score row."""
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    ws["A1"] = "Van knieklachten tot weer fietsen"
    ws["A2"], ws["B2"] = "Klant", "Ziekenhuis Rijnvallei"
    if scenario is not None:
        ws["A3"], ws["B3"] = "Scenario", scenario
    ws["A5"], ws["A6"], ws["A7"] = "Fase", "Wat de patiënt doet", "Hoe voelt het"
    for col, (phase, text, score) in enumerate(zip(SCENARIO_PHASES, patient, scores, strict=True), start=2):
        ws.cell(5, col, phase)
        ws.cell(6, col, text)
        ws.cell(7, col, score)
    book.save(path)
    return path


SCENARIO_CURRENT = ["Loopt met pijn rond", "Wacht op een brief", "Wordt geopereerd"]
SCENARIO_IDEAL = ["Loopt met pijn rond", "Krijgt meteen een datum", "Wordt geopereerd"]


def scenario_pair(
    tmp_path: Path, current_scenario: str | None = "Huidig", ideal_scenario: str | None = "Ideaal"
) -> tuple[Path, Path]:
    """Two small canvases of one hospital journey, today's and the ideal, each saying its Scenario (gaps F9)."""
    current = scenario_journey(tmp_path / "huidig.xlsx", "Reis", current_scenario, SCENARIO_CURRENT, [-1, -2, 0])
    ideal = scenario_journey(tmp_path / "ideaal.xlsx", "Reis", ideal_scenario, SCENARIO_IDEAL, [0, 1, 1])
    return current, ideal


def stage_ids_workbook(path: Path) -> Path:
    """A stage list by id (``Stage ID | Stage | Description | Phase group``, S01 to S04) and a persona × stage
    table beside it naming its stages by number ("1" to "3")."""
    book = openpyxl.Workbook()
    stages = book.active
    stages.title = "Stages"
    for row in [
        ("Stage ID", "Stage", "Description", "Phase group"),
        ("S01", "Research", "Looking around", "Before"),
        ("S02", "Compare", "Weighing offers", "Before"),
        ("S03", "Purchase", "Buying", "During"),
        ("S04", "Loyalty", "Coming back", "After"),
    ]:
        stages.append(row)
    table = book.create_sheet("Journey")
    table.append(("persona_id", "stage_id", "Actions", "Pain points"))
    for persona, words in (("P1", ("Searches web", "Compares", "Buys")), ("P2", ("Asks friend", "Reads", "Phones"))):
        for n, action in enumerate(words, start=1):
            table.append((persona, str(n), action, f"{action} is slow"))
    book.save(path)
    return path


#: The phases of ``satisfaction_sheet``, and the label of its score lane (a report mark out of ten).
SATISFACTION_PHASES = ("Oriëntatie", "Overwegen", "Aankoop", "Start", "Gebruik")
SATISFACTION_LABEL = "Tevredenheid (1-10)"


def satisfaction_sheet(scores: tuple[str, ...], scenario: str) -> Cells:
    """A Dutch canvas's sheet whose score lane (row 7) is written as teams write report marks ("7/10", "6,5",
    "8 - blij"), under the phases in row 4 (B..F), its Scenario cell B2."""
    cells: Cells = {"A1": "Klantreis: Overstappen naar groene stroom", "A2": "Scenario", "B2": scenario}
    rows = [
        ("Fase", *SATISFACTION_PHASES),
        ("Wat doet de klant?", "Zoekt online", "Vergelijkt prijzen", "Sluit af", "Krijgt meter", "Bekijkt app"),
        ("Touchpoints", "Website", "Vergelijker", "Webshop", "Monteur", "App"),
        (SATISFACTION_LABEL, *scores),
        ("Pijnpunten", "Te veel keuze", "", "Lange wachttijd", "", ""),
    ]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            if value:
                cells[f"{get_column_letter(c + 1)}{r}"] = value
    return cells


def long_phases_book(path: Path, phases: list[str], lanes: tuple[str, ...]) -> Path:
    """A one-sheet English canvas of up to ten ``phases`` (a column each, from B) and ``lanes``, each cell three
    sentences long: enough text that each phase takes a slide of its own and the phase strip is crowded."""
    cells: dict[str, object] = {"A1": "Customer journey", "A3": "Phase"}
    for r, lane in enumerate(lanes, start=4):
        cells[f"A{r}"] = lane
        for c, phase in enumerate(phases):
            column = "BCDEFGHIJK"[c]
            cells[f"{column}3"] = phase
            cells[f"{column}{r}"] = f"{lane} in step {c + 1}: " + "the customer reads, compares and asks again. " * 3
    return make_book(path, {"Journey": cells})


#: The phases of the webshop journey a score row's tests write (``webshop_feelings``).
WEBSHOP_PHASES = ("Zoeken", "Vergelijken", "Bestellen", "Ontvangen", "Gebruiken")


def webshop_feelings(path: Path, feelings: list[object], label: str = "Hoe voelt het") -> Path:
    """A webshop journey of our own over ``WEBSHOP_PHASES``, its feelings in row 6 under ``label``: what the
    tests of a score row's scale write (signed scores, an odd cell, a 1..10 row), read or compared by gaps."""
    cells: dict[str, object] = {"A1": "Klantreis: een stofzuiger online bestellen"}
    for col, phase, feeling in zip("BCDEF", WEBSHOP_PHASES, feelings, strict=True):
        cells |= {f"{col}3": phase, f"{col}4": f"Klant gaat {phase.lower()}", f"{col}5": f"Wij helpen bij {phase}"}
        cells[f"{col}6"] = feeling
    cells |= {"A3": "Fase", "A4": "Wat doet de klant?", "A5": "Onze acties", "A6": label}
    return make_book(path, {"Reis": cells})
