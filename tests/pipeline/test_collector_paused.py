"""A build makes its poster and deck with the cyclic garbage collector paused, and leaves it as it was."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from canvasgen.pipeline import BuildOptions, render, run
from canvasgen.units import parse_paper
from tests.support.layouts import DATE
from tests.support.workbooks import make_book


def _book(path: Path) -> Path:
    return make_book(
        path,
        {"Klantreis": {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "A2": "Klantproces", "B2": "Zoekt"}},
    )


def test_poster_and_deck_are_made_with_the_collector_paused_and_it_runs_again_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, bool] = {}
    poster = render.layout_poster

    def poster_seen(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["poster"] = gc.isenabled()
        return poster(*args, **kwargs)

    def deck_seen(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["deck"] = gc.isenabled()
        raise RuntimeError("a deck that fails")

    monkeypatch.setattr(render, "layout_poster", poster_seen)
    monkeypatch.setattr(render, "layout_deck", deck_seen)
    options = BuildOptions(tmp_path / "out", parse_paper("A3"), language="nl", generated=DATE, pptx=True)
    assert gc.isenabled()
    with pytest.raises(RuntimeError, match="a deck that fails"):
        run(_book(tmp_path / "klantreis.xlsx"), options)
    assert seen == {"poster": False, "deck": False}
    assert gc.isenabled()  # again, though the deck's layout failed
    assert (tmp_path / "out" / "klantreis.pdf").is_file()
