"""A worksheet as a sparse grid of non-empty values, aware of merged cells.

Only cells that hold something are kept, so a sheet with a million empty styled
rows costs nothing. A merged range keeps its value once, at its top-left cell;
``owner`` maps any cell inside the range back to that cell, so a phase name
merged over three columns still heads all three.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.errors import ReadError
from canvasgen.model import Item, Phase, Source, value_text
from canvasgen.read.limits import (
    EXCEL_COLUMNS,
    EXCEL_ROWS,
    MAX_CELL_TEXT,
    MAX_CONTENT_CELLS,
    MAX_TEXT,
    too_much_text,
)
from canvasgen.read.openpyxl_private import existing_cells
from canvasgen.read.shown import FontColour, english_region, font_colour, shown_date, shown_number, theme_colours
from canvasgen.text import (
    cell_segments,
    clean,
    excerpt,
    is_blank,
    numbered_lines,
    parse_number,
    split_numbered,
)
from canvasgen.vocabulary.scores import DOTS
from canvasgen.vocabulary.structure import generated_header, is_placeholder, strip_decoration
from canvasgen.words import DECK_WORDS, EARLIER_LANE_QUESTIONS, LANE_QUESTIONS

Pos = tuple[int, int]  # (row, column), 1-based as in Excel

# Merged ranges larger than this are mapped only where they overlap the data.
_MAX_MERGE_CELLS = 20_000


@dataclass(frozen=True)
class CellValue:
    """One non-empty cell: its text as shown, and its number when it is one.

    A placeholder ("TBD", "Invullen", "-", ">>") fills the cell for the table's structure
    but holds no item.
    """

    text: str
    number: float | None
    raw: object
    placeholder: bool = False
    colour: str | None = None  # a dot's font colour ("#00B050"): a ● in green is a green traffic light
    font_colour: FontColour | None = None  # that colour as the cell gives it: a theme's, unresolved, said so
    number_format: str | None = None  # a number's or date's format ("0.0%"): how Excel shows ``raw``
    #: A cell ``apply`` wrote one card into (``ONE_CARD_NAME``): its one line is that card, never split at "; ".
    one_card: bool = False

    @property
    def items(self) -> list[str]:
        return [text for _, text in self.numbered]

    @functools.cached_property  # the table finders ask a cell for its items many times over
    def numbered(self) -> list[tuple[int | None, str]]:
        if self.placeholder:
            return []
        if self.number is not None:
            return [(None, self.text)]
        if self.one_card and cell_segments(self.text)[1] != "\n":
            return numbered_lines([" ".join(self.text.split())])
        return split_numbered(self.text)

    @property
    def is_text(self) -> bool:
        """Words, not a number or a placeholder."""
        return self.number is None and not self.placeholder

    @property
    def when(self) -> dt.date | None:
        """The date a date cell holds (a date value, or a number Excel formats as a date), else None."""
        return self.raw if isinstance(self.raw, dt.date) else None

    @property
    def phase_name(self) -> str:
        """The name the cell gives a phase: its words without numbering and arrows ("Stage 2: Apply >>":
        "Apply"); a date or time cell's whole, as its format shows it ("15 maart": its day is no numbering)."""
        written = " ".join(self.text.split())
        return written if isinstance(self.raw, (dt.date, dt.time)) else strip_decoration(written)


class Budget:
    """What one workbook may hold, counted as its sheets are read: cells with content, and characters of
    text (a shared string counted in every cell that shows it). Past either, the file is refused."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cells = 0
        self.chars = 0

    def spend(self, value: object) -> None:
        """One more cell with content (text past Excel's limit counts as its limit: it is refused, not read)."""
        self.cells += 1
        self.chars += min(len(value), MAX_CELL_TEXT + 1) if isinstance(value, str) else 0
        if self.cells > MAX_CONTENT_CELLS:
            raise ReadError(
                self.name,
                f"refused: the workbook has over {MAX_CONTENT_CELLS:,} cells with content; "
                "canvasgen reads at most that many (a canvas has a few hundred)",
            )
        if self.chars > MAX_TEXT:
            raise too_much_text(self.name)


def _refusal(value: object) -> str | None:
    """Why a cell's value cannot be read, or None: text over Excel's limit, a number that is no number."""
    if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
        return f"the cell holds {len(value):,} characters; Excel allows at most {MAX_CELL_TEXT:,} in a cell"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not _finite(value):
        return (
            "the cell holds a number that is not finite (NaN or infinity), which no spreadsheet program "
            "writes; type its number again"
        )
    return None


def _finite(value: float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer past any float
        return False


def _dotted(text: str) -> bool:
    """A short cell with a dot in it ("●", "● rood"): its font's colour may make it a traffic light."""
    return len(text) <= 24 and any(dot in text for dot in DOTS)


class Grid:
    def __init__(self, title: str, cells: dict[Pos, CellValue], merges: list[tuple[int, int, int, int]]) -> None:
        self.title = title
        self.cells = cells
        #: Cells that cannot be read (text over Excel's limit, NaN), left out; each refused with its reason.
        self.refused: list[tuple[Pos, str]] = []
        #: Cells past Excel's grid (an OpenDocument sheet's, or a crafted file's): kept as notes, and said.
        self.past_grid: list[Pos] = []
        #: Words no table can reach (cells past Excel's grid, words hidden under a merged range): notes, said
        #: by the book that found them.
        self.past_notes: list[Item] = []
        self.past_grid_more = 0  # cells past the grid beyond those kept
        #: The runs of a table's generated header ("Column1 | Column2 …", a table made without headers), taken
        #: out of the cells by ``take_generated_headers``: no lane, no phase, said by the reader.
        self.generated_headers: list[list[Item]] | None = None
        #: Words of the sheet outside its cells' values (comments, text boxes over filled cells): notes.
        self.extra_notes: list[Item] = []
        #: The cells that carry a team's note ``apply`` kept as a comment (``TEAM_NOTE_AUTHOR``): not read.
        self.team_notes: list[str] = []
        #: The country of English the sheet's number formats name ([$-409]: "US"), when one does.
        self.region: str | None = None
        self._by_line: tuple[dict[int, list[int]], dict[int, list[int]]] | None = None
        self._owner: dict[Pos, Pos] = {}
        self._span: dict[Pos, tuple[int, int]] = {}
        rows = [r for r, _ in cells] or [1]
        cols = [c for _, c in cells] or [1]
        self.max_row, self.max_col = max(rows), max(cols)
        for r1, c1, r2, c2 in merges:
            self._span[(r1, c1)] = (r2, c2)
            if (r2 - r1 + 1) * (c2 - c1 + 1) > _MAX_MERGE_CELLS:
                r2, c2 = min(r2, self.max_row), min(c2, self.max_col)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self._owner[(r, c)] = (r1, c1)

    @classmethod
    def from_worksheet(cls, ws: Worksheet, budget: Budget | None = None) -> Grid:
        cells: dict[Pos, CellValue] = {}
        refused: list[tuple[Pos, str]] = []
        # only the cells that exist in the file: far cheaper than iterating the sheet's full dimensions
        comments: list[tuple[Pos, str]] = []
        team_notes: list[str] = []
        region: str | None = None
        theme: list[str] | None = None  # the workbook theme's colours, read at the first dot
        written_whole = _one_card_cells(ws)
        for (row, col), cell in existing_cells(ws):
            comment = cell.comment  # a property, as ``number_format`` below (a style lookup): each read once
            if comment is not None and comment.author == TEAM_NOTE_AUTHOR:
                team_notes.append(cell.coordinate)
            elif (
                comment is not None
                and comment.author != COMMENT_AUTHOR
                and not template_hint(comment_text(comment.text))
            ):
                comments.append(((row, col), comment_text(comment.text)))
            value = cell.value
            if value is None:
                continue
            number_format = cell.number_format
            parsed = _taken((row, col), value, number_format, budget, refused)
            if parsed is not None and _dotted(parsed.text):  # a dot says what its colour says
                theme = theme_colours(ws.parent.loaded_theme) if theme is None else theme
                if (colour := font_colour(cell.font.color, theme)) is not None:
                    parsed = replace(parsed, colour=colour.rgb, font_colour=colour)
            if parsed is not None and parsed.is_text and cell.coordinate in written_whole:
                parsed = replace(parsed, one_card=True)
            if parsed is not None:
                cells[(row, col)] = parsed
            if region is None and "[$" in number_format:
                region = english_region(number_format)
        merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        grid = cls(ws.title, cells, merges)
        grid.refused = refused
        grid.region = region
        grid.extra_notes = [Item(text, grid.source(pos)) for pos, text in sorted(comments) if text]
        grid.team_notes = team_notes
        return grid

    @classmethod
    def from_rows(
        cls,
        title: str,
        rows: Iterable[Iterable[object]],
        merges: Iterable[tuple[int, int, int, int]] = (),
        budget: Budget | None = None,
    ) -> Grid:
        """A sheet given as rows of values (CSV), row 1 column 1 first; merges 1-based."""
        cells = ((r, c, value) for r, row in enumerate(rows, start=1) for c, value in enumerate(row, start=1))
        return cls.from_cells(title, cells, merges, budget)

    @classmethod
    def from_cells(
        cls,
        title: str,
        values: Iterable[tuple[int, int, object]],
        merges: Iterable[tuple[int, int, int, int]] = (),
        budget: Budget | None = None,
    ) -> Grid:
        """A sheet given as its cells (row, column, value), 1-based: what calamine read (ODS, XLS, XLSB)."""
        cells: dict[Pos, CellValue] = {}
        refused: list[tuple[Pos, str]] = []
        past: list[tuple[Pos, CellValue]] = []
        for r, c, value in values:
            if value is None or value == "":
                continue
            parsed = _taken((r, c), value, "General", budget, refused)
            if parsed is None:
                continue
            if r > EXCEL_ROWS or c > EXCEL_COLUMNS:
                past.append(((r, c), parsed))
            else:
                cells[(r, c)] = parsed
        grid = cls(title, cells, list(merges))
        grid.refused = refused
        for pos, value in past:
            grid.keep_past_grid(pos, value.text)
        return grid

    def take_generated_headers(self) -> list[list[Item]]:
        """The runs of cells side by side in a row that are a table's generated header ("Column1 | Column2 |
        Column3": Excel names a table's columns so when it was made without headers), taken out of the grid
        once: they name nothing of the canvas, and read as a lane they would be its first."""
        if self.generated_headers is not None:
            return self.generated_headers
        runs: list[list[Pos]] = []
        for pos in sorted(p for p, v in self.cells.items() if v.number is None and self.owner(p) == p):
            if runs and runs[-1][-1] == (pos[0], pos[1] - 1):
                runs[-1].append(pos)
            else:
                runs.append([pos])
        taken = [run for run in runs if generated_header([self.cells[p].text for p in run])]
        self.generated_headers = [
            [Item(" ".join(self.cells.pop(p).text.split()), self.source(p)) for p in run] for run in taken
        ]
        if taken:
            self.max_row = max((r for r, _ in self.cells), default=1)
            self.max_col = max((c for _, c in self.cells), default=1)
            self._by_line = None
        return self.generated_headers

    def uncover(self) -> list[Pos]:
        """Values under a merged range but in its first cell, which a file may keep (LibreOffice's "keep the
        contents of the hidden cells") while the range shows only its first: taken out of the grid, as
        Excel's reader leaves them, and kept as notes. Returns their places, to be said."""
        hidden = sorted(pos for pos in self.cells if self.owner(pos) != pos)
        for pos in hidden:
            self.past_notes.append(Item(" ".join(self.cells.pop(pos).text.split()), self.source(pos)))
        if hidden:
            self.max_row = max((r for r, _ in self.cells), default=1)
            self.max_col = max((c for _, c in self.cells), default=1)
            self._by_line = None
        return hidden

    def keep_past_grid(self, pos: Pos, text: str) -> None:
        """Text in a cell past Excel's grid, which no table can reach: kept as a note, to be said."""
        self.past_grid.append(pos)
        self.past_notes.append(Item(" ".join(text.split()), Source(self.title, f"{column_letters(pos[1])}{pos[0]}")))

    def retype(self, pos: Pos, text: str) -> None:
        """A text cell's words as the file holds them, where the reader lost some (an OpenDocument line
        break or tab that calamine glued away): the cell read again from them."""
        value = _cell_value(text[:MAX_CELL_TEXT])
        if pos in self.cells and self.cells[pos].is_text and value is not None:
            self.cells[pos] = value

    def shown_as(self, pos: Pos, number_format: str) -> None:
        """A number cell read without its format (calamine's reading of an OpenDocument percentage: 0.018) given
        the format the file shows it in ("0.00%"), so that it reads as shown (1.8%), as an Excel cell does."""
        value = self.cells.get(pos)
        if value is not None and value.number is not None and isinstance(value.raw, (int, float)):
            shown = _cell_value(value.raw, number_format)
            if shown is not None:
                self.cells[pos] = shown

    def put(self, pos: Pos, text: str) -> bool:
        """Text read from elsewhere (a text box over the cell) as if typed into the empty cell at pos."""
        value = _cell_value(text[:MAX_CELL_TEXT])
        if value is None or pos in self.cells:
            return False
        self.cells[pos] = value
        self.max_row, self.max_col = max(self.max_row, pos[0]), max(self.max_col, pos[1])
        self._by_line = None
        return True

    def without(self, taken: set[Pos]) -> Grid:
        """The same sheet with the cells ``taken`` (read already) left out: what is left to read."""
        merges = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in self._span.items()]
        return Grid(self.title, {pos: v for pos, v in self.cells.items() if pos not in taken}, merges)

    def owner(self, pos: Pos) -> Pos:
        return self._owner.get(pos, pos)

    def covered(self, pos: Pos) -> list[Pos]:
        """The cells a value covers: itself, or its whole merged range (bounded by the data)."""
        end = self._span.get(pos)
        if end is None:
            return [pos]
        last_row, last_col = min(end[0], self.max_row), min(end[1], self.max_col)
        return [(r, c) for r in range(pos[0], last_row + 1) for c in range(pos[1], last_col + 1)]

    def get(self, pos: Pos) -> CellValue | None:
        """The value at a cell, or at the top-left of the merge it lies in."""
        return self.cells.get(self._owner.get(pos, pos))  # ``owner`` inlined: asked millions of times on a dense sheet

    def text(self, pos: Pos) -> str:
        value = self.cells.get(self._owner.get(pos, pos))
        return value.text if value else ""

    def quoted(self, pos: Pos) -> str:
        """The cell's text as a message or ``--explain`` quotes it: on one line, a long one by its start and
        "…" (``text.excerpt``, the warnings' rule); the message names the cell for the whole text."""
        return excerpt(self.text(pos))

    def phase_name(self, pos: Pos) -> str:
        """The name the cell at pos (or the merge it lies in) gives a phase (``CellValue.phase_name``)."""
        value = self.get(pos)
        return value.phase_name if value else ""

    def phase(self, pos: Pos, name: str, written: str | None = None, steps: int = 1) -> Phase:
        """A phase named ``name`` by the cell at pos; a date cell's keeps its date, which the canvas shows in
        its language (``reader.show_dates``) as it shows every date cell, unless the name is no longer the
        cell's own ("15 maart (2)" for a repeat)."""
        value = self.get(pos)
        phase = Phase(name, self.source(pos), steps=steps, written=written if written != name else None)
        if value is not None and value.when is not None and name == value.phase_name:
            phase.when, phase.number_format = value.when, value.number_format
        return phase

    def span(self, pos: Pos) -> tuple[int, int]:
        """(rows, columns) covered by the cell at pos (1, 1 unless merged)."""
        end = self._span.get(pos)
        if end is None:
            return (1, 1)
        return (end[0] - pos[0] + 1, end[1] - pos[1] + 1)

    def ref(self, pos: Pos) -> str:
        """A1-style reference, as a range for a merged cell."""
        ref = f"{column_letters(pos[1])}{pos[0]}"
        end = self._span.get(pos)
        if end and end != pos:
            ref += f":{column_letters(end[1])}{end[0]}"
        return ref

    def source(self, pos: Pos) -> Source:
        return Source(self.title, self.ref(pos))

    def items(self, pos: Pos) -> list[Item]:
        """The text items of the cell at pos (its own value, never a merge owner's)."""
        value = self.cells.get(pos)
        if value is None:
            return []
        source = self.source(pos)
        if value.placeholder:
            return []
        if value.number is not None:
            return [Item(value.text, source, _typed(value.raw), number_format=value.number_format)]
        if isinstance(value.raw, (dt.date, dt.time)):  # shown as formatted, its value as ISO text
            when = value.raw if isinstance(value.raw, dt.date) else None  # a date: shown in the canvas's language
            return [Item(value.text, source, value_text(value.raw), number_format=value.number_format, when=when)]
        return [Item(text, source, order=number) for number, text in value.numbered]

    def note_items(self, pos: Pos) -> list[Item]:
        """The items of a cell kept as a note: one per line, as ``items``, but a one-line note is never split at
        "; " or " | " (the rules for a lane's cell): a remark is kept as the sentence written."""
        value = self.cells.get(pos)
        if value is None or not value.is_text or cell_segments(value.text)[1] == "\n":
            return self.items(pos)
        found = numbered_lines([" ".join(value.text.split())])
        return [Item(text, self.source(pos), order=number) for number, text in found]

    def whole(self, pos: Pos) -> Item:
        """The cell's text as one item, lines joined: for names and titles."""
        value = self.cells[pos]
        return Item(" ".join(value.text.split()), self.source(pos))

    def row(self, row: int, cols: Iterable[int] | None = None) -> list[int]:
        """Columns with a value in a row (optionally among given columns)."""
        found = self._lines()[0].get(row, [])
        if cols is None:
            return list(found)
        wanted = set(cols)
        return [c for c in found if c in wanted]

    def column(self, col: int) -> list[int]:
        """Rows with a value in a column."""
        return list(self._lines()[1].get(col, []))

    def _lines(self) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """Filled columns per row and rows per column, indexed once (the cells never change after reading)."""
        if self._by_line is None:
            rows: dict[int, list[int]] = {}
            cols: dict[int, list[int]] = {}
            for r, c in sorted(self.cells):
                rows.setdefault(r, []).append(c)
                cols.setdefault(c, []).append(r)
            self._by_line = (rows, cols)
        return self._by_line


def one_item(items: list[Item]) -> Item:
    """A cell's items as one item, their lines joined, with the first one's cell, value and number format; a
    date cell's one item keeps the date it holds (``Item.when``), which the reader shows in the canvas's
    language as its format shows it ("mmm yyyy": "mei 2026", no day the sheet does not show)."""
    first = items[0]
    when = first.when if len(items) == 1 else None
    text = "\n".join(i.text for i in items)
    return Item(text, first.source, first.value, number_format=first.number_format, when=when)


def column_letters(column: int) -> str:
    """A column's letters, as Excel names it (1: A, 16384: XFD), and past Excel's grid as well."""
    if column <= EXCEL_COLUMNS:
        return str(get_column_letter(column))
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


#: The author canvasgen's template signs its own comments with (the lanes' questions): no client words.
COMMENT_AUTHOR = "canvasgen"
#: The author ``apply`` signs the team's notes with, kept as comments on the cards they are about: the team's
#: words about the canvas, not the canvas's words (never read as a note to print; said in ``--explain``).
TEAM_NOTE_AUTHOR = "canvasgen: team note"


@functools.lru_cache(maxsize=1)  # one set, built at the first comment
def _template_questions() -> frozenset[str]:
    """Every question canvasgen's template writes as a lane label's comment, in every language (the deck's
    short question and the handout's longer one of each role, and the one it asks of a lane of the team's own),
    and those an earlier version's template wrote (``EARLIER_LANE_QUESTIONS``)."""
    questions = [text for words in DECK_WORDS.values() for key, text in words.items() if key.startswith("q_")]
    questions += [text for asked in LANE_QUESTIONS.values() for text in asked.values()]
    questions += [text for earlier in EARLIER_LANE_QUESTIONS.values() for text in earlier]
    return frozenset(" ".join(text.split()).casefold() for text in questions)


def template_hint(text: str) -> bool:
    """Whether a comment is one canvasgen's template wrote (its lines are the template's own questions): told
    by its text where its author is not kept (a template saved as .ods by LibreOffice), never a client's note."""
    lines = [" ".join(line.split()).casefold() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line in _template_questions() for line in lines)


# Excel writes a threaded comment's text for older versions under this notice.
_THREADED = re.compile(r"^\[Threaded comment\].*?\n\s*Comment:\s*\n", re.DOTALL)


def comment_text(text: str) -> str:
    """A comment's words, without Excel's notice for older versions over a threaded comment."""
    text = _THREADED.sub("", clean(text or ""))
    return " ".join(text.split())


def _one_card_cells(ws: Worksheet) -> set[str]:
    """The cells of the sheet that ``apply`` wrote one card into (``ONE_CARD_NAME``)."""
    defined = ws.parent.defined_names.get(ONE_CARD_NAME)
    return one_card_cells(defined.value if defined is not None else None).get(ws.title, set())


def _taken(
    pos: Pos, value: object, number_format: str, budget: Budget | None, refused: list[tuple[Pos, str]]
) -> CellValue | None:
    """A filled cell's value as read, its text counted against the budget; None for one refused (its
    reason added to ``refused``) or one that holds nothing."""
    if budget is not None:
        budget.spend(value)
    if (why := _refusal(value)) is not None:
        refused.append((pos, why))
        return None
    return _cell_value(value, number_format)


def _cell_value(value: object, number_format: str = "General") -> CellValue | None:
    if isinstance(value, bool):
        return CellValue(value_text(value), None, value)
    if isinstance(value, (int, float)):
        return CellValue(shown_number(float(value), number_format), float(value), value, number_format=number_format)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):  # as its format shows it ("Jan 2025")
        shown = shown_date(value, number_format) or value_text(value)
        return CellValue(shown, None, value, number_format=number_format)
    return _text_value(value if isinstance(value, str) else str(value))


@functools.lru_cache(maxsize=8192)  # a sheet repeats its texts (an ODS's repeated cells, a lane's "-"): each read once
def _text_value(raw: str) -> CellValue | None:
    """A text cell's value (frozen, so one value serves every cell that holds the same text)."""
    text = clean(raw)
    if not text.strip():
        return None
    if is_blank(text) or is_placeholder(text):
        return CellValue(" ".join(text.split()), None, raw, placeholder=True)
    number = parse_number(text)
    return CellValue(text.strip(), number, raw)


def _typed(raw: object) -> int | float | str:
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, (int, float)):
        return int(raw) if float(raw).is_integer() else float(raw)
    return str(raw)


# The cells ``apply`` wrote as one card each although their one line reads as several by the "; " rule.
# A text the team typed into one cell of the kit's changes sheet is one card unless it has line breaks
# ("Krijgt de fiets thuis; uitleg per video" is one card). Written alone into a canvas cell, the reader's
# one "; " rule (``text.semicolon_parts``) would read it as two; so ``apply`` names such cells in a hidden
# defined name of the workbook (a union of references, which Excel moves with the cells when rows or
# columns are inserted), and the reader reads the one line of a cell so named as one card. A line break
# typed into the cell later still splits it, as any cell's.

#: The defined name that lists the cells; hidden, so Excel's Name Manager does not show it to the client.
ONE_CARD_NAME = "_OneCardCells"

_REFERENCE = re.compile(r"(?:'((?:[^']|'')+)'|([^'!,]+))!\$?([A-Za-z]{1,3})\$?(\d+)")


def one_card_cells(formula: str | None) -> dict[str, set[str]]:
    """The cells a defined name's formula lists ("'Klantreis'!$D$6,'Klantreis'!$B$7"), by sheet: "D6"."""
    found: dict[str, set[str]] = {}
    for quoted, plain, column, row in _REFERENCE.findall(formula or ""):
        sheet = quoted.replace("''", "'") if quoted else plain.strip()
        found.setdefault(sheet, set()).add(f"{column.upper()}{row}")
    return found


def one_card_formula(cells: Mapping[str, Iterable[str]]) -> str:
    """The defined name's formula of ``cells`` (by sheet), absolute references joined into one union."""
    parts = []
    for sheet in sorted(cells):
        quoted = "'" + sheet.replace("'", "''") + "'"
        for ref in sorted(cells[sheet], key=_place):
            column, row = _place(ref)
            parts.append(f"{quoted}!${column}${row}")
    return ",".join(parts)


def _place(ref: str) -> tuple[str, int]:
    letters = ref.rstrip("0123456789")
    return letters, int(ref[len(letters) :])
