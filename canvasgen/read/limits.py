"""How much canvasgen reads: Excel's own limits, and the caps that keep a crafted or mistaken file
from costing gigabytes or minutes. Each cap is answered in one sentence naming the place it was met.

A canvas has a few hundred cells, 3 to 10 phases and words of a few dozen letters; the caps are far
above any canvas and far below what would make reading, layout or the deck grow out of bounds.
"""

from __future__ import annotations

from canvasgen.errors import CanvasError, Location, ReadError
from canvasgen.model import Canvas

#: Excel's grid: a cell past it cannot be shown by Excel (nor named by canvasgen's cell references).
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
#: Excel's limit on the characters in a cell; the same cap holds for a text item from any format.
MAX_CELL_TEXT = 32_767
#: Cells with content in one workbook, whatever its format: reading costs about 1.5 kB a cell.
MAX_CONTENT_CELLS = 200_000
#: Characters of text in one workbook's cells (a shared string counted in each cell that shows it).
MAX_TEXT = 20_000_000
#: Rows x columns one sheet may span from its first cell with content to its last: calamine (.ods, .xls,
#: .xlsb) builds a dense grid over that area.
MAX_AREA = 4_000_000
#: Phases of one journey: the poster splits them over pages, the deck makes slides per phase. Far above a
#: canvas's 3 to 10 (a long table keyed by persona and stage, once read as 79 phases, is read as a journey
#: per persona now).
MAX_PHASES = 60
#: Steps of one journey (columns or rows under its phases), summed over its phases.
MAX_STEPS = 1_000
#: Actors named by one task of a Mermaid journey.
MAX_ACTORS = 100


def too_much_text(name: str) -> ReadError:
    """The refusal of a workbook whose cells hold over ``MAX_TEXT`` characters, met while reading it."""
    return ReadError(
        name, f"refused: its cells hold over {MAX_TEXT:,} characters of text (a canvas has a few thousand words)"
    )


def journey_problems(canvas: Canvas, name: str) -> list[CanvasError]:
    """Journeys past what canvasgen lays out: too many phases, or steps under them; one sentence each."""
    problems: list[CanvasError] = []
    for journey in canvas.journeys:
        where = Location(name, journey.sheet) if journey.sheet else Location(name)
        # beside a journey of another sheet, the one past the caps may be no journey at all (an export of data)
        other = journey.sheet if any(j.sheet != journey.sheet for j in canvas.journeys) else None
        named = f"journey '{_short(journey.name)}'"
        if len(journey.phases) > MAX_PHASES:
            message = (
                f"{named} has {len(journey.phases):,} phases; canvasgen lays out at most {MAX_PHASES} (a canvas "
                "usually has 3 to 10): check that the phase row or column is the right one (--phases-row, "
                f"--phases-col), or split the journey{_not_a_journey(other)}"
            )
            problems.append(ReadError(where, message))
        steps = sum(phase.steps for phase in journey.phases)
        if steps > MAX_STEPS:
            message = (
                f"{named} has {steps:,} steps (columns or rows under its phases); canvasgen lays out at most "
                f"{MAX_STEPS:,}{_not_a_journey(other)}"
            )
            problems.append(ReadError(where, message))
    return problems


def _not_a_journey(sheet: str | None) -> str:
    """The correction for a sheet read as a journey that holds none (an export of data beside the canvas)."""
    if not sheet:
        return ""
    return (
        f" — if sheet '{sheet}' holds no journey (data, an export), give --sheet '{sheet}=metrics': its rows kept as "
        "notes"
    )


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
