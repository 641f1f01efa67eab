"""Time for the loops that wait (discovery's interval and backoff, the outlet watcher's pauses and schedule):
the real clock here; tests pass a fake with the same methods, so waiting is checked without waiting."""
from __future__ import annotations

import time
from datetime import date, datetime, timezone


class Clock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def today(self) -> date:
        return datetime.now(timezone.utc).date()

    def now(self) -> datetime:
        """Naive UTC, as the store keeps times."""
        return datetime.now(timezone.utc).replace(tzinfo=None)
