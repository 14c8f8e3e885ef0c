from __future__ import annotations

import pytest

from tests.helpers import CORPUS


def pytest_configure(config: pytest.Config) -> None:
    # The real-world corpus lives in shared/ beside the repository; without it the
    # corpus tests would prove nothing, so say so loudly instead of skipping.
    if not CORPUS.is_dir():
        raise pytest.UsageError(f"the real-spreadsheet corpus is missing: expected it at {CORPUS}")
