"""The dashboard reading while an ingest writes: a real `python -m ingest add` process stores many articles into
one SQLite file while this process runs the dashboard's queries on a read-only engine, as a page load does.
No "database is locked" (or any other error) may reach the reader, and every read completes within a bound."""
from __future__ import annotations

import json
import random
import subprocess
import time
from pathlib import Path

from dashboard import queries
from dashboard.filters import View
from ingest.store import Store
from storage.engine import open_engine
from ingest.pipeline import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
SEED = SEED_ARTICLE.read_text(encoding="utf-8")
ARTICLES = 60
READ_BOUND_S = 2.0


def write_articles(folder: Path) -> None:
    paragraphs = SEED.split("\n\n")[2:-3]
    for n in range(ARTICLES):
        shuffled = random.Random(n).sample(paragraphs, len(paragraphs))
        (folder / f"story-{n:02}.txt").write_text(f"Story number {n}\n\n" + "\n\n".join(shuffled), encoding="utf-8")
        (folder / f"story-{n:02}.meta.json").write_text(json.dumps(
            {"url": f"https://desk.example/{n}", "source": f"Desk {n % 3}", "published": f"2025-04-{n % 28 + 1:02}"}))


def page_load(engine) -> list[float]:
    """What the overview, actors, timeline and articles pages read; the seconds each query took."""
    view = View()
    reads = [
        lambda: queries.change_marker(engine),
        lambda: queries.summary(engine, view),
        lambda: queries.top_actors(engine, view),
        lambda: queries.mentions_over_time(engine, view, ["Russia", "Ukraine"]),
        lambda: queries.statements(engine, view),
        lambda: queries.articles(engine, view),
        lambda: queries.articles_count(engine, view),
    ]
    took = []
    for read in reads:
        started = time.monotonic()
        read()
        took.append(time.monotonic() - started)
    return took


def test_dashboard_reads_never_see_a_lock_while_an_ingest_writes(tmp_path):
    folder = tmp_path / "bulk"
    folder.mkdir()
    write_articles(folder)
    db = str(tmp_path / "coverage.sqlite")
    Store(db).close()  # the schema exists before the dashboard opens the file read-only
    engine = open_engine(db, readonly=True)
    log = (tmp_path / "ingest.log").open("w")
    writer = subprocess.Popen([str(PYTHON), "-m", "ingest", "add", str(folder), "--db", db], cwd=ROOT,
                              stdout=log, stderr=log)
    slowest, loads, totals = 0.0, 0, []
    try:
        while writer.poll() is None:
            slowest = max(slowest, *page_load(engine))
            totals.append(queries.article_total(engine))
            loads += 1
    finally:
        writer.wait(timeout=120)
        log.close()
    assert writer.returncode == 0, (tmp_path / "ingest.log").read_text()
    assert (tmp_path / "ingest.log").read_text() == f"added {ARTICLES}, duplicates 0, failed 0\n"
    # The reads ran while the writer stored articles, and saw them arrive one transaction at a time.
    assert loads >= 10 and totals == sorted(totals) and len(set(totals)) > 1 and totals[0] < ARTICLES, totals
    assert slowest < READ_BOUND_S, f"slowest read took {slowest:.2f}s"
    assert queries.article_total(engine) == ARTICLES
    engine.dispose()
