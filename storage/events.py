"""The dated events of the talks (`data/events.toml`): meetings, calls, summits, truces, strikes, each with a
source; its one loader, which names a wrong entry in one line, and its writer (the dashboard's Events page).

Shared by both sides like the outlet registry; `COVERAGE_EVENTS` points at another file (tests, a team's copy).
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

DEFAULT_EVENTS = Path(__file__).resolve().parent.parent / "data" / "events.toml"
EVENTS_ENV = "COVERAGE_EVENTS"
KINDS = {
    "talks": "delegations meeting to negotiate (Riyadh, Jeddah, Istanbul)",
    "call": "a telephone call between leaders",
    "summit": "leaders meeting in person to negotiate (Alaska)",
    "meeting": "leaders or officials meeting, not a negotiation between the parties (the Oval Office)",
    "truce": "a pause, truce or ceasefire declared or agreed (energy, Black Sea, Easter)",
    "strike": "an attack that weighed on the talks",
    "deal": "an agreement signed outside a truce (the minerals deal)",
    "statement": "a declaration that changed the talks (an ultimatum, a walk-away warning)",
}
LABEL_CHARS = 60  # labels are drawn beside a thin marker: keep them short
_FIELDS = {"date", "label", "kind", "source", "note"}
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+\S*$")


class EventError(ValueError):
    """The events file is not valid; the message names the file, the entry and what is wrong, in one line."""


@dataclass(frozen=True)
class Event:
    date: date
    label: str  # what is drawn on the axis: short
    kind: str  # one of KINDS
    source: str  # a report of the event (http or https)
    note: str | None = None


def events_path() -> Path:
    return Path(os.environ.get(EVENTS_ENV) or DEFAULT_EVENTS)


def load(path: Path | None = None) -> tuple[Event, ...]:
    """The events, oldest first; a missing file has none; a wrong entry stops with `EventError`."""
    path = path or events_path()
    if not path.exists():
        return ()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise EventError(f"{path.name}: not valid TOML ({exc})") from exc
    entries = raw.get("event", [])
    events = [check(entry, f"{path.name}: event #{n}") for n, entry in enumerate(entries, start=1)]
    return tuple(sorted(events, key=lambda e: (e.date, e.label)))


def check(entry: dict, where: str = "event") -> Event:
    """One entry as an Event, or `EventError` naming the entry and its fault."""
    name = f"{where} ({str(entry.get('label', '')).strip()!r})" if entry.get("label") else where
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise EventError(f"{name}: unknown field {unknown[0]!r} (fields: {', '.join(sorted(_FIELDS))})")
    when = entry.get("date")
    if isinstance(when, str):
        try:
            when = date.fromisoformat(when.strip())
        except ValueError:
            raise EventError(f"{name}: date {when!r} is not a date like 2025-03-11") from None
    if isinstance(when, datetime):  # a table editor's timestamp: the day is what counts
        when = when.date()
    if not isinstance(when, date):
        raise EventError(f"{name}: needs a date like 2025-03-11")
    label = str(entry.get("label") or "").strip()
    if not label or len(label) > LABEL_CHARS:
        raise EventError(f"{name}: needs a label of 1 to {LABEL_CHARS} characters")
    kind = str(entry.get("kind") or "").strip().lower()
    if kind not in KINDS:
        raise EventError(f"{name}: kind {kind!r} is not one of {', '.join(KINDS)}")
    source = str(entry.get("source") or "").strip()
    if not _URL.match(source):
        raise EventError(f"{name}: source {source!r} is not an http(s) address of a report of the event")
    note = str(entry.get("note") or "").strip() or None
    return Event(when, label, kind, source, note)


def dumps(events) -> str:
    """The events as `data/events.toml` holds them, oldest first."""
    lines = ["# Dated events of the talks, drawn on every time axis of the dashboard (see README: Events).", ""]
    for event in sorted(events, key=lambda e: (e.date, e.label)):
        lines += ["[[event]]", f"date = {event.date.isoformat()}", f"label = {_quoted(event.label)}",
                  f"kind = {_quoted(event.kind)}", f"source = {_quoted(event.source)}"]
        if event.note:
            lines.append(f"note = {_quoted(event.note)}")
        lines.append("")
    return "\n".join(lines)


def save(events, path: Path | None = None) -> Path:
    """Check every event, then replace the file whole (written beside it and renamed, so a reader never sees half)."""
    path = path or events_path()
    checked = [check(_as_entry(e), f"event #{n}") for n, e in enumerate(events, start=1)]
    partial = path.with_suffix(".toml.partial")
    partial.write_text(dumps(checked), encoding="utf-8")
    partial.replace(path)
    return path


def _as_entry(event) -> dict:
    if isinstance(event, Event):
        return {"date": event.date, "label": event.label, "kind": event.kind, "source": event.source,
                "note": event.note}
    return {k: v for k, v in dict(event).items() if v is not None and v == v}  # NaN != NaN: empty cells


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'
