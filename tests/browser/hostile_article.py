"""The hostile article: its title, text, quote, dated statement and expert evidence carry `<script>` and
`<img onerror>` markup. It is written into the dashboard tests' fixture store through their own builder."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from dashboard_fixture import DOCS, Doc, _write
from storage import schema
from storage.engine import open_engine

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_ID = len(DOCS) + 1
HOSTILE_QUOTE = f"{SCRIPT} {IMG} is not a ceasefire,"
HOSTILE_DOC = Doc(
    date(2025, 4, 26), "Hostile Times", f"{SCRIPT} {IMG} Truce in name only",
    f"Russia and Ukraine traded accusations on Saturday. A post showed {IMG} and {SCRIPT} to readers. "
    f"\"{HOSTILE_QUOTE}\" Olena Petrova said. "
    f"Jane Doe, an analyst, said Ukraine was right to ask for {IMG} monitors. "
    f"Russia rejected the {SCRIPT} truce on Saturday.",
    [("Russia", "Russia"), ("Ukraine", "Ukraine")],
    [("direct", HOSTILE_QUOTE, "Olena Petrova", "other")],
    [("Russia", "rejection", "2025-04-26", "day", "weekday", f"Russia rejected the {SCRIPT} truce on Saturday.")],
    experts=[("Jane Doe", "an analyst",
              [("Ukraine", "supportive", f"Jane Doe, an analyst, said Ukraine was right to ask for {IMG} monitors.")])],
    url="https://example.org/hostile/truce-in-name-only",
)


def add_hostile_article(path: Path) -> None:
    engine = open_engine(str(path))
    with engine.begin() as conn:
        rows = conn.execute(select(schema.actors.c.id, schema.actors.c.name))
        actor_ids = {name: actor_id for actor_id, name in rows}
        # Not in the registry: stored as itself, type unlisted, as `ingest.store` would link it.
        _write(conn, HOSTILE_ID, HOSTILE_DOC, actor_ids, {"Hostile Times": ("Hostile Times", None, "unlisted")})
    engine.dispose()
