"""Shares with their uncertainty: the Wilson score interval, whether two shares' intervals overlap, and the
frames the Outlets page draws from (each share with its interval; the framing table).

No streamlit and no SQL, so the Outlets and Voices pages and their tests agree on one rule.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

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


def with_intervals(frame: pd.DataFrame) -> pd.DataFrame:
    """group, item, k, n -> the same with share, low, high (95% Wilson) and `apart`: whether the share's interval
    misses the interval of at least one other group's share of the same item. Only `apart` shares are
    highlighted; a difference whose intervals overlap is not."""
    frame = frame.copy()
    shares = [share(k, n) for k, n in zip(frame["k"], frame["n"])]
    frame["share"] = [s.value for s in shares]
    frame["low"] = [s.low for s in shares]
    frame["high"] = [s.high for s in shares]
    apart = []
    for index, row in frame.iterrows():
        mine = shares[frame.index.get_loc(index)]
        others = [shares[i] for i, (item, group) in enumerate(zip(frame["item"], frame["group"]))
                  if item == row["item"] and group != row["group"] and shares[i].n]
        apart.append(bool(mine.n) and any(not mine.overlaps(other) for other in others))
    frame["apart"] = apart
    return frame


FRAMING_COLUMNS = ["item", "group", "k", "n", "share", "others_k", "others_n", "others_share", "ratio", "apart"]


def framing(frame: pd.DataFrame) -> pd.DataFrame:
    """For each item (an actor), the group that foregrounds it most relative to the others: its share over the
    share of all the other groups' articles together (`ratio`; infinite where no other group mentions it), with
    the counts behind both, and whether their intervals are apart. Items no group mentions are left out."""
    rows = []
    for item, part in frame.groupby("item", sort=True):
        if part["k"].sum() == 0:
            continue
        best = None
        for _, row in part.iterrows():
            if not row["n"]:
                continue
            others = part[part["group"] != row["group"]]
            others_k, others_n = int(others["k"].sum()), int(others["n"].sum())
            mine, rest = share(row["k"], row["n"]), share(others_k, others_n)
            ratio = _ratio(mine.value, rest.value)
            candidate = (item, row["group"], int(row["k"]), int(row["n"]), mine.value, others_k, others_n,
                         rest.value, ratio, bool(others_n) and not mine.overlaps(rest))
            if best is None or (ratio, mine.value) > (best[8], best[4]):
                best = candidate
        if best is not None:
            rows.append(best)
    table = pd.DataFrame(rows, columns=FRAMING_COLUMNS)
    return table.sort_values(["ratio", "item"], ascending=[False, True]).reset_index(drop=True)


def _ratio(mine: float | None, rest: float | None) -> float:
    if not mine:
        return 0.0
    return math.inf if not rest else mine / rest
