"""What a run is asked to make travels as data: no callback in the options, a report's parts as values."""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import pickle
import typing
from pathlib import Path

from canvasgen.analysis.report import ActionTable, ReportBlock, ReportParts
from canvasgen.model import LaneKind
from canvasgen.pipeline.batch import fingerprint
from canvasgen.pipeline.options import BuildOptions, Extras
from canvasgen.read.corrections import Corrections
from canvasgen.units import PrintOptions
from tests.support.reading import read_canvas
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


WORKBOOK = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def _changed(tmp_path: Path) -> dict[str, object]:
    """For every option, a value other than the default: a new option must be added here, and is then
    checked below (the fingerprint itself takes every field, so it cannot leave one out)."""
    return {
        "out_dir": tmp_path / "elders",
        "paper": (842.0, 595.0),
        "print_options": PrintOptions(crop_marks=True),
        "language": "en",
        "generated": dt.date(2027, 1, 1),
        "pdf": False,
        "pptx": True,
        "pptx_template": tmp_path / "huisstijl.potx",
        "metrics": tmp_path / "metingen.csv",
        "corrections": Corrections(lane_kinds={"barrières": LaneKind.PAIN_POINTS}),
        "companions": (tmp_path / "contactmomenten.xlsx",),
        "brand": "studio-noord",
        "png_dpi": 150,
        "layout": "blueprint",
        "name": "klantreis",
        "notes": False,
        "replace": True,
    }


def test_the_folder_cache_fingerprint_takes_every_option_that_changes_what_is_made(tmp_path: Path) -> None:
    base = BuildOptions(tmp_path, (1190.0, 842.0))
    changed = _changed(tmp_path)
    assert set(changed) == {f.name for f in dataclasses.fields(BuildOptions)}, "a new option: add it above"
    left_out = {f.name for f in dataclasses.fields(BuildOptions) if f.metadata.get("fingerprint") is False}
    assert left_out == {"out_dir", "generated", "replace"}  # where, when, whether: never what is made
    before = fingerprint(WORKBOOK, base)
    for name, value in changed.items():
        after = fingerprint(WORKBOOK, dataclasses.replace(base, **{name: value}))
        assert (after == before) == (name in left_out), name
