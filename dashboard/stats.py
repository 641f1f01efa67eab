"""Shares with their uncertainty: the Wilson score interval, and whether two shares' intervals overlap.

Pure arithmetic (no pandas, no streamlit), so the Outlets and Voices pages and their tests agree on one rule.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054  # the two-sided 95% quantile of the standard normal


@dataclass(frozen=True)
class Share:
    """k of n, with its 95% Wilson interval [low, high]; an empty group (n = 0) has no share and the whole
    interval [0, 1]."""

    k: int
    n: int
    low: float
    high: float

    @property
    def value(self) -> float | None:
        return self.k / self.n if self.n else None

    def overlaps(self, other: Share) -> bool:
        return self.low <= other.high and other.low <= self.high


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for k successes in n trials (Wilson 1927; Agresti & Coull 1998)."""
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= k <= n:
        raise ValueError(f"a share needs 0 <= k <= n, got k={k}, n={n}")
    p = k / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def share(k: int, n: int) -> Share:
    low, high = wilson(k, n)
    return Share(int(k), int(n), low, high)
