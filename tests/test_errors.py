"""The errors' kinds and locations: every kind a CanvasError, every location naming the file as the user
knows it (``shown_as``), and a problem in no file shown as its sentence alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from canvasgen.errors import (
    ApplyError,
    BrandKitError,
    CanvasError,
    CanvasErrors,
    Location,
    NoCanvas,
    OutputError,
    ReadError,
    Refused,
    TemplateError,
    display_name,
    shown_as,
)


@pytest.mark.parametrize("kind", [ReadError, NoCanvas, BrandKitError, TemplateError, OutputError, ApplyError])
def test_every_kind_is_a_canvas_error_shown_as_its_location_and_sentence(kind: type[CanvasError]) -> None:
    error = kind(Location("klant.xlsx", "Klantreis", "C7"), "the cell is empty")
    assert isinstance(error, CanvasError)
    assert str(error) == "klant.xlsx: Klantreis!C7: the cell is empty"
    assert error.problems == [error]


def test_a_refusal_in_no_file_is_its_sentence_alone() -> None:
    assert str(Refused("the language is nl or en")) == "the language is nl or en"
    refused = Refused("canvasgen reads .xlsx files here", "notes.txt")
    assert str(refused) == "notes.txt: canvasgen reads .xlsx files here"
    assert Refused("x").status == 400


def test_several_problems_of_several_kinds_are_one_error() -> None:
    both = CanvasErrors([ReadError("a.xlsx", "no canvas"), OutputError(Path("out/a.pdf"), "not replaced")])
    assert str(both) == "a.xlsx: no canvas\nout/a.pdf: not replaced"
    assert [type(p) for p in both.problems] == [ReadError, OutputError]


def test_a_path_is_named_as_given_outside_a_shown_as_block() -> None:
    path = Path("/tmp/canvasgen-serve-x/upload-1/klant.xlsx")
    assert display_name(path) == str(path)
    assert str(ReadError(path, "no canvas")) == f"{path}: no canvas"


def test_within_shown_as_an_upload_and_the_outputs_are_named_as_the_user_knows_them(tmp_path: Path) -> None:
    upload = tmp_path / "upload-1" / "klant _1.xlsx"
    names = {upload: "klant #1.xlsx", tmp_path / "out": ""}
    with shown_as(names):
        assert str(ReadError(upload, "no canvas")) == "klant #1.xlsx: no canvas"
        assert str(Location.of(str(upload), "Klantreis", "B2")) == "klant #1.xlsx: Klantreis!B2"
        assert display_name(tmp_path / "out" / "klant _1.pptx") == "klant _1.pptx"
        assert display_name(tmp_path / "elders.xlsx") == str(tmp_path / "elders.xlsx")
        with shown_as({tmp_path / "with-1" / "b.xlsx": "tweede.xlsx"}):  # nested: both hold
            assert display_name(upload) == "klant #1.xlsx"
            assert display_name(tmp_path / "with-1" / "b.xlsx") == "tweede.xlsx"
        assert display_name(tmp_path / "with-1" / "b.xlsx") == str(tmp_path / "with-1" / "b.xlsx")
    assert display_name(upload) == str(upload)  # the names end with the block


def test_every_error_canvasgen_raises_is_of_a_kind() -> None:
    """No module raises the bare base class: the kind says which input is wrong."""
    package = Path(__file__).resolve().parents[1] / "canvasgen"
    bare = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "errors.py" or path.parent != package
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\bCanvasError\(", line)
    ]
    assert bare == []
