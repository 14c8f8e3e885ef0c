"""The page's own refusals as kinds: an upload too large, too slow or of another kind, a file not chosen,
a field out of its list, a busy or stopping server, a job stopped. Each answer carries its English
sentence (for the API, as on the command line) and its kind with the values in it, from which the page
says it in its own language; canvasgen's located sentences about a workbook stay as the command says them."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from starlette.responses import JSONResponse


class Refusal(StrEnum):
    """What the page refused, by kind; the page has words for each (``refused.<kind>`` in ``app.js``)."""

    TOO_LARGE = "too_large"  # values: mb
    TOO_SLOW = "too_slow"  # values: seconds
    STALLED = "stalled"  # values: seconds
    BUSY = "busy"
    STOPPING = "stopping"
    NO_FILE = "no_file"  # values: fields (the form's names, comma-separated)
    WRONG_KIND = "wrong_kind"  # values: name, kinds
    UNKNOWN_BRAND = "unknown_brand"  # values: brand, brands
    UNKNOWN_LANGUAGE = "unknown_language"  # values: languages
    BAD_SIZE = "bad_size"  # values: size (as typed), sizes (the A sizes known)
    # refusals of canvasgen's own the page says in its language (``CanvasError.kind``): the common ones
    EMPTY_FILE = "empty_file"  # values: name
    BAD_LANE = "bad_lane"  # values: lane (as typed), kinds
    BAD_PHASES_ROW = "bad_phases_row"  # values: value
    BAD_PHASES_COL = "bad_phases_col"  # values: value
    BLANK_TITLE = "blank_title"  # the title field holds spaces only
    UNREADABLE = "unreadable"
    TIMED_OUT = "timed_out"  # values: seconds
    NO_RESULT = "no_result"
    OTHER_WORKBOOK = "other_workbook"  # values: kit (the workbook the kit was made from), workbook (the one given)
    BUG = "bug"


def refusal_answer(
    message: str,
    status: int,
    kind: Refusal | None = None,
    values: Mapping[str, str] | None = None,
    warnings: list[str] | None = None,
) -> JSONResponse:
    """The API's answer: ``error`` the English sentence; ``refused`` and ``values`` for the page's words;
    ``warnings`` what canvasgen noticed before it stopped (the warning that explains the refusal: "the kit
    was made from X, it is applied to Y"), as the command line prints them above its errors."""
    body: dict[str, object] = {"error": message}
    if kind is not None:
        body["refused"] = str(kind)
        body["values"] = dict(values or {})
    if warnings:
        body["warnings"] = list(warnings)
    return JSONResponse(body, status_code=status)
