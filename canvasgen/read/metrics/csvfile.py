"""Measured data from a CSV export (``--metrics FILE.csv``): analytics tools, Excel, Google Sheets.

Dutch Excel writes semicolons and Windows-1252, Google and GA4 write commas and
UTF-8 and put ``#`` comment lines above the header; all of them are read. Each
problem names its line, and every line's problems are reported together.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from canvasgen.errors import CanvasError, CanvasErrors, CanvasWarning, Location, ReadError, display_name
from canvasgen.figures import (
    FigureError,
    decimal_mark,
    parse_figure,
    shown_decimal_mark,
    target_bound,
)
from canvasgen.model import Item, Metric, MetricFrom, MetricOrigin, Source
from canvasgen.read.delimited import MAX_LINES, RowProblem, decode, line_count, looks_binary, rows
from canvasgen.read.grid import Grid
from canvasgen.read.metrics.rows import METRIC_INDEX, Locate, Places, is_figure, metric_from_row
from canvasgen.text import clean, excerpt, without_controls
from canvasgen.vocabulary import match_field

MAX_BYTES = 20 * 1024 * 1024  # an export of a few thousand rows is well under a megabyte
MAX_PROBLEMS = 20  # said one by one; the rest are counted


class CsvFigures(NamedTuple):
    """The figures of an export; the phases they name that the canvas lacks (each figure kept under the phase as
    written, with its touchpoint's phase where it has one: ``rows.StrayPhase``), and the rows read; the rows whose
    value is in words ("veel"), no figure and no reason to refuse the file: kept as notes (``unread``), each said
    at its line and column (``unvalued``), as a Metrics sheet's row is at its cell."""

    metrics: list[Metric]
    strays: list[tuple[Item, str | None]]
    rows: list[dict[str, Item]]
    unvalued: list[CanvasWarning]
    unread: list[Item]
    #: How the file's figures with one mark before three digits ("1,200") were read, for ``check --explain``.
    notation: list[str]


def read_metrics_csv(path: Path, places: Places, language: str) -> CsvFigures:
    """Every metric in the file; CanvasErrors with every problem (and its line) if any row is wrong. A row naming
    a phase the canvas lacks is no problem: its figure is kept (``CsvFigures.strays``), to be said."""
    name = display_name(path)
    text = _decoded(path, name)
    if (count := line_count(text)) > MAX_LINES:
        raise ReadError(
            name,
            f"the metrics file has {count:,} lines; canvasgen reads at most {MAX_LINES:,} "
            "figures: export a shorter period or fewer metrics",
        )
    first, rest = _after_comments(text)
    if first is None:
        raise ReadError(name, "the metrics file holds no rows")
    try:
        return _read(rows(rest, first_line=first + 1), name, first, Path(name).name, places, language)
    except RowProblem as problem:
        raise ReadError(Location(name, f"line {problem.line}"), problem.message) from None


def is_figures_header(header: list[str]) -> bool:
    """Whether a header row heads measured figures: it has a 'metric' and a 'value' column."""
    found = {match_field(clean(h), METRIC_INDEX) for h in header}
    return "metric" in found and "value" in found


def figures_text(text: str) -> bool:
    """Whether a text of rows (its first lines are enough) is an export of measured figures."""
    first, rest = _after_comments(text)
    if first is None:
        return False
    try:
        header = next(rows(rest), [])
    except RowProblem:
        return False
    return is_figures_header(header)


def figures_header(grid: Grid) -> str:
    """For a text of rows read as a sheet: its header's columns ("'Metriek', 'Waarde'") when it is an export
    of measured figures (the first line under any ``#`` comment lines has a 'metric' and a 'value' column),
    else ""."""
    for row in sorted({r for r, _ in grid.cells})[:10]:
        texts = [grid.text((row, c)) for c in grid.row(row)]
        if texts and not texts[0].lstrip().startswith("#"):
            named = [t for t in texts if match_field(clean(t), METRIC_INDEX) in ("metric", "value")]
            return ", ".join(f"'{t.strip()}'" for t in named) if is_figures_header(texts) else ""
    return ""


def _after_comments(text: str) -> tuple[int | None, str]:
    """The index of the first line that is not blank nor a ``#`` comment (GA4 writes them above the
    header), and the text from that line on; lines may end in CR LF, LF or CR alone."""
    offset = 0
    for index, line in enumerate(io.StringIO(text, newline="")):
        if line.strip() and not line.lstrip().startswith("#"):
            return index, text[offset:]
        offset += len(line)
    return None, ""


def _read(
    reader: Iterator[list[str]], name: str, first: int, file_name: str, places: Places, language: str
) -> CsvFigures:
    header = next(reader)
    columns = {i: match_field(clean(h), METRIC_INDEX) for i, h in enumerate(header)}
    if not is_figures_header(header):
        shown = ", ".join(f"'{clean(h).strip()}'" for h in header if h.strip()) or "nothing"
        raise ReadError(
            Location(name, f"line {first + 1}"),
            f"the header row needs a 'metric' and a 'value' column (and 'phase' or 'touchpoint'); it has {shown}",
        )
    errors: list[CanvasError] = []
    metrics: list[Metric] = []
    strays: list[tuple[Item, str | None]] = []
    read: list[dict[str, Item]] = []
    unvalued: list[CanvasWarning] = []
    unread: list[Item] = []
    lines = list(_numbered(reader, first + 2))
    language, notation = _notation(lines, columns, name, file_name, language)
    unvalued.extend(notation.warnings)
    for line, fields in lines:
        if not any(f.strip() for f in fields):
            continue
        where = Location(name, f"line {line}")
        if len(fields) > len(header) and not any(f.strip() for f in fields[len(header) :]):
            fields = fields[: len(header)]  # "a;b;c;": spreadsheets often end lines with a separator
        if len(fields) != len(header):
            errors.append(
                ReadError(where, f"the line has {len(fields)} fields, the header has {len(header)} (check quotes)")
            )
            continue
        row: dict[str, Item] = {}
        for i, value in enumerate(fields):
            key, value = columns[i], without_controls(clean(value)).strip()
            if key and value and key not in row:
                row[key] = Item(value, Source(file_name, f"line {line}"))
        read.append(row)
        given = row.get("value")
        if "metric" in row and given is not None and _in_words_only(given, language):
            head = clean(header[next(i for i, key in columns.items() if key == "value")]).strip()
            unvalued.append(_in_words(where, row, head))
            unread.append(Item(" · ".join(item.text for item in row.values()), given.source))
            continue
        aim = row.get("target")
        bound = Item(target_bound(aim.text)[1], aim.source) if aim is not None else None
        if "metric" in row and aim is not None and bound is not None and _in_words_only(bound, language):
            head = clean(header[next(i for i, key in columns.items() if key == "target")]).strip()
            unvalued.append(_target_in_words(where, row, head))
            unread.append(Item(f"{row['metric'].text} · {aim.text}", aim.source))
            row = {key: item for key, item in row.items() if key != "target"}
        metric, problems = metric_from_row(
            row,
            places,
            language,
            MetricOrigin(MetricFrom.FILE, file_name),
            _at(where),
            lambda item, via: strays.append((item, via)),
        )
        errors.extend(problems)
        if metric is not None:
            metrics.append(metric)
    if len(errors) > MAX_PROBLEMS:
        more = len(errors) - MAX_PROBLEMS
        errors = [*errors[:MAX_PROBLEMS], ReadError(name, f"and {more:,} more problems like these")]
    if errors:
        raise CanvasErrors(errors)
    return CsvFigures(metrics, strays, read, unvalued, unread, notation.said)


class _Notation(NamedTuple):
    said: list[str]
    warnings: list[CanvasWarning]


#: The language a decimal mark shown in an export reads its figures in: "1,200" is 1200 in English, 1,2 in Dutch.
_READ_WITH = {".": "en", ",": "nl"}
#: The figures read either way that are said by their line; the rest are counted.
_SAID_AMBIGUOUS = 3


def _notation(
    lines: list[tuple[int, list[str]]], columns: dict[int, str | None], name: str, file_name: str, language: str
) -> tuple[str, _Notation]:
    """The language the export's figures are read in, and what is said of it. A figure of one mark before three
    digits ("1,200", "1.500") is twelve hundred in one language and a decimal in another: the export's own other
    figures decide where they show their decimal mark ("€1,200.50", "37,5%": an English GA4 export beside a Dutch
    canvas, or the other way round); said in the reading. Where none shows it, the canvas's language reads them:
    a guess, warned at the first such line, naming the others."""
    figures = [i for i, key in columns.items() if key in ("value", "target")]
    written = [
        (line, text)
        for line, fields in lines
        for i in figures
        if i < len(fields) and (text := target_bound(clean(fields[i]).strip())[1])
    ]
    either = [(line, text) for line, text in written if _read_either_way(text)]
    if not either:
        return language, _Notation([], [])
    shown = shown_decimal_mark([text for _, text in written])
    ambiguous = ", ".join(f"'{excerpt(text)}' (line {line})" for line, text in either[:_SAID_AMBIGUOUS])
    if len(either) > _SAID_AMBIGUOUS:
        ambiguous += f" and {len(either) - _SAID_AMBIGUOUS} more"
    if shown is not None:
        mark, example = shown
        at = next(line for line, text in written if text == example)
        read_in = language if decimal_mark(language) == mark else _READ_WITH[mark]
        point = "point" if mark == "." else "comma"
        return read_in, _Notation(
            [
                f"{file_name}: its figures write a decimal {point} ('{excerpt(example)}', line {at}), so "
                f"{ambiguous} {'is' if len(either) == 1 else 'are'} read with a decimal {point} too"
                f" ('{excerpt(either[0][1])}' as {_plain(parse_figure(either[0][1], read_in).value)})"
            ],
            [],
        )
    point, other = ("comma", "en") if decimal_mark(language) == "," else ("point", "nl")
    first_text = either[0][1]
    read, not_read = (_plain(parse_figure(first_text, lang).value) for lang in (language, other))
    return language, _Notation(
        [],
        [
            CanvasWarning(
                Location(name, f"line {either[0][0]}"),
                f"{ambiguous} read with the canvas's language's decimal {point} ('{excerpt(first_text)}' as {read}, "
                f"not {not_read}): no figure of the file shows its decimal mark — if it means {not_read}, write "
                f"'{not_read}' (no thousands mark: read alike in every language)",
            )
        ],
    )


def _plain(value: float) -> str:
    """A number as the terminal says it, with no thousands mark to be read either way: "1200", "1.2"."""
    return f"{value:.12g}"


def _read_either_way(text: str) -> bool:
    """Whether a figure reads as another number in English than in Dutch ("1,200": 1200 or 1,2)."""
    try:
        return parse_figure(text, "en").value != parse_figure(text, "nl").value
    except FigureError:
        return False


def _in_words_only(item: Item, language: str) -> bool:
    """A value or target written in words ("veel", "n.v.t.", "€ 5 ongeveer"): no figure, and a letter in it. A
    number that reads as no figure ("9" × 400, too large) is a problem of its line, as any other figure's."""
    return any(ch.isalpha() for ch in item.text) and not is_figure(item, language)


def _target_in_words(where: Location, row: dict[str, Item], head: str) -> CanvasWarning:
    """What is said of a row whose target is in words ("hoog"): its figure is drawn without it."""
    target, name = row["target"], row["metric"]
    return CanvasWarning(
        Location(where.file, where.sheet, None),
        f"the target '{excerpt(target.text)}' of '{excerpt(name.text)}' (column '{excerpt(head)}') is no number: the "
        "figure is drawn without a target (the target is kept as a note, as written) — write a number, as 40 or "
        "'max 10%', to measure it against",
        notes=True,
    )


def _in_words(where: Location, row: dict[str, Item], head: str) -> CanvasWarning:
    """What is said of a row whose value is in words ("veel"): where (its line, its column), and how to draw it."""
    value, name = row["value"], row["metric"]
    return CanvasWarning(
        Location(where.file, where.sheet, None),
        f"the value '{excerpt(value.text)}' of '{excerpt(name.text)}' (column '{excerpt(head)}') is no number: not "
        "drawn as a figure (its row is kept as a note, as written) — write a number, as 35, '2,4%' or '€ 1.250', "
        "to draw it",
        notes=True,
    )


def _numbered(reader: Iterator[list[str]], line: int) -> Iterator[tuple[int, list[str]]]:
    """Each row with its line number, a row counted as one line (as the problems have always been numbered)."""
    for fields in reader:
        yield line, fields
        line += 1


def _decoded(path: Path, name: str) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError(name, "the metrics file does not exist") from None
    except OSError as error:
        raise ReadError(name, f"the metrics file cannot be read ({error.strerror})") from None
    if size > MAX_BYTES:
        raise ReadError(name, f"the metrics file is {size // 2**20} MB; canvasgen reads at most 20 MB of metrics")
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        raise ReadError(name, "this is a workbook, not a CSV file: put the figures in its Metrics sheet instead")
    if looks_binary(data):
        raise ReadError(name, "this is not a text (CSV) file")
    return decode(data)


def _at(where: Location) -> Locate:
    """Every problem in a CSV line points at the line."""
    return lambda _item: where
