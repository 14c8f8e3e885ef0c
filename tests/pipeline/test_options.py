"""What a run is asked to make travels as data: no callback in the options, a report's parts as values."""

from __future__ import annotations

import collections.abc
import pickle
import typing
from pathlib import Path

from canvasgen.analysis.report import ActionTable, ReportBlock, ReportParts
from canvasgen.pipeline.options import BuildOptions, Extras
from canvasgen.read.reader import read_canvas
from tests.support.workbooks import CANVASES


def _callables(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    return [
        name
        for name, hint in hints.items()
        if typing.get_origin(hint) is collections.abc.Callable
        or any(typing.get_origin(arg) is collections.abc.Callable for arg in typing.get_args(hint))
    ]


def test_the_options_hold_no_callback() -> None:
    assert _callables(BuildOptions) == []
    assert _callables(Extras) == []


def test_a_gap_reports_extras_are_plain_values(tmp_path: Path) -> None:
    """The gap analysis's pages, slides and compared curves travel as parts the layouts take, so the
    whole request can be copied, compared and sent to another process (a closure could not be)."""
    journey = read_canvas(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx").journeys[0]
    parts = ReportParts(
        "Gap-analyse",
        [ReportBlock("Oriëntatie", [("ontbreekt: offerte", "Klantreis!C5")])],
        ReportBlock("Acties", [("[hoog] Oriëntatie: start: offerte", "")]),
        ActionTable(["Fase", "Actie"], [["Oriëntatie", "offerte"]]),
        (("ideaal", journey), ("huidig", journey)),
    )
    extras = Extras("-gaps", "Gap-analyse: Klantreis", parts)
    options = BuildOptions(tmp_path, (1190.0, 842.0), pptx=True)
    copied = pickle.loads(pickle.dumps((options, extras)))
    assert copied == (options, extras)
    assert [block.heading for block in copied[1].report.pages] == ["Oriëntatie", "Acties"]
