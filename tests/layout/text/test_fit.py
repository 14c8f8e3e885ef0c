"""The one search for the largest size that fits, as a pure function (table-tested)."""

from __future__ import annotations

import pytest

from canvasgen.layout.text.fit import largest_fitting, smallest_fitting


@pytest.mark.parametrize(
    ("limit", "low", "high", "step", "expected"),
    [
        (17.3, 12, 24, 1, 17),  # whole points: the largest whole size that fits
        (30, 12, 24, 1, 24),  # everything fits: the largest
        (5, 12, 24, 1, 12),  # nothing fits: the smallest (what does not fit continues elsewhere)
        (12, 12, 24, 1, 12),
        (10.26, 9, 18, 0.05, pytest.approx(10.26, abs=0.05)),  # to a twentieth of a point
        (9.01, 9, 18, 0.05, pytest.approx(9.01, abs=0.05)),
    ],
)
def test_largest_fitting(limit: float, low: float, high: float, step: float, expected: float) -> None:
    result = largest_fitting(lambda size: size <= limit, low, high, step)
    assert result == expected
    assert result <= max(limit, low)


@pytest.mark.parametrize("limit", [10.0, 37.3, 99.5])
def test_smallest_fitting_is_within_a_step_above_the_least_that_fits(limit: float) -> None:
    found = smallest_fitting(lambda height: height >= limit, 5.0, 100.0, 1.0)
    assert limit <= found <= limit + 1.0
    assert smallest_fitting(lambda height: True, 5.0, 100.0, 1.0) <= 6.0  # every height fits: the lowest, to a step
