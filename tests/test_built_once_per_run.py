"""The ``built`` fixture's posters and decks are built once per test run: the first pytest-xdist worker to need
one builds it in the run's shared folder, the others take that file (tests.support.layouts.Built)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.errors import CanvasError
from tests.support.layouts import Built
from tests.support.workbooks import CANVASES

TEMPLATE = CANVASES / "template-en.xlsx"


def test_a_second_worker_takes_the_poster_and_deck_the_first_built(tmp_path: Path) -> None:
    shared = tmp_path / "run"
    first, second = Built(tmp_path / "gw0", shared), Built(tmp_path / "gw1", shared)
    poster, deck = first.poster(TEMPLATE), first.deck(TEMPLATE)
    assert poster.read_bytes().startswith(b"%PDF") and deck.read_bytes().startswith(b"PK")
    built_at = poster.stat().st_mtime_ns, deck.stat().st_mtime_ns
    assert (second.poster(TEMPLATE), second.deck(TEMPLATE)) == (poster, deck)
    assert (poster.stat().st_mtime_ns, deck.stat().st_mtime_ns) == built_at  # taken, not built again
    assert poster.is_relative_to(shared) and deck.is_relative_to(shared)
    assert not (tmp_path / "gw1").exists()


def test_a_build_that_failed_is_tried_again_by_the_next_worker_and_fails_as_it_did(tmp_path: Path) -> None:
    shared = tmp_path / "run"
    measurements = CANVASES / "metingen-webshop-oktober.csv"  # figures, no canvas: it cannot be built
    for worker in ("gw0", "gw1"):
        with pytest.raises(CanvasError, match="not a canvas"):
            Built(tmp_path / worker, shared).poster(measurements)
    assert not list(shared.rglob("built.txt"))


def test_without_a_shared_folder_each_process_builds_its_own(tmp_path: Path) -> None:
    poster = Built(tmp_path / "own").poster(TEMPLATE)
    assert poster.is_relative_to(tmp_path / "own") and poster.read_bytes().startswith(b"%PDF")
