"""A date cell of a canvas's metadata is printed in the canvas's language's notation, like the footer's
"gemaakt op" beside it; a date typed as text stays as typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from canvasgen.layout.meta import meta_lines
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.reading import read_canvas


def _journey_meta(tmp_path: Path, language: str, date: str | dt.date) -> list[str]:
    path = tmp_path / f"reis-{language}.xlsx"
    sheet = JourneySheet(["Zoeken", "Kopen"], default_lanes(), meta={"client": "De Glimlach", "date": date})
    write_workbook(WorkbookSpec(language, [sheet]), path)
    return [text for text, _ in meta_lines(read_canvas(path).journeys[0], language)]


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("nl", "Datum: 20 november 2026"),
        ("en", "Date: 20 November 2026"),  # British English, as the deck proofs it
        ("de", "Datum: 20. November 2026"),
        ("fr", "Date du jour: 20 novembre 2026"),
        ("es", "Fecha: 20 de noviembre de 2026"),
    ],
)
def test_a_date_cell_is_shown_in_the_canvas_language(tmp_path: Path, language: str, shown: str) -> None:
    lines = _journey_meta(tmp_path, language, dt.date(2026, 11, 20))
    assert shown in lines
    assert not any("2026-11-20" in line for line in lines)


def test_a_date_typed_as_text_stays_as_typed(tmp_path: Path) -> None:
    assert "Datum: 2026-11-20" in _journey_meta(tmp_path, "nl", "2026-11-20")
