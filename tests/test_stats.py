"""The Wilson interval against published values, and the overlap rule the Outlets page highlights by."""
from __future__ import annotations

import pytest

from dashboard.stats import share, wilson


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    # Newcombe (1998), Statistics in Medicine 17:857, Table I, method 3 (score interval without continuity
    # correction): 81/263, 15/148, 0/20 and 1/29.
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
])
def test_wilson_matches_newcombes_table(k, n, low, high):
    got = wilson(k, n)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_wilson_is_symmetric_and_never_leaves_zero_to_one():
    low, high = wilson(3, 10)
    mirror_low, mirror_high = wilson(7, 10)
    assert (low, high) == pytest.approx((1 - mirror_high, 1 - mirror_low))
    assert wilson(10, 10)[1] == pytest.approx(1.0) and wilson(0, 10)[0] == pytest.approx(0.0)
    assert all(0.0 <= bound <= 1.0 for k in range(11) for bound in wilson(k, 10))
    assert wilson(0, 0) == (0.0, 1.0)


def test_wilson_refuses_more_successes_than_trials():
    with pytest.raises(ValueError, match="0 <= k <= n"):
        wilson(5, 4)


def test_overlap_decides_what_differs():
    assert not share(40, 50).overlaps(share(10, 50))  # 80% vs 20% of fifty: clearly apart
    assert share(3, 5).overlaps(share(1, 5))  # 60% vs 20% of five: the intervals overlap
    assert share(3, 5).value == 0.6 and share(0, 0).value is None
