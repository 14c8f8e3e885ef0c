from __future__ import annotations

import os

import pytest

from tests.support.workbooks import CORPUS

#: Set by .ci/run: the real-world corpus beside the repository must be there and is tested.
REQUIRED = os.environ.get("CANVASGEN_CORPUS") == "required"


def pytest_configure(config: pytest.Config) -> None:
    # A user's clone has no ../shared: the corpus tests are an extra there. CI requires them,
    # so a missing corpus in CI fails loudly instead of skipping.
    if REQUIRED and not CORPUS.is_dir():
        raise pytest.UsageError(f"CANVASGEN_CORPUS=required, but the real-spreadsheet corpus is missing at {CORPUS}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CORPUS.is_dir():
        return
    skip = pytest.mark.skip(reason=f"the real-spreadsheet corpus is not beside the repository ({CORPUS})")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)
