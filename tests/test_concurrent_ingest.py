"""Two `python -m ingest add` processes, started together on the same files (in opposite orders) into one
PostgreSQL database, store each article exactly once with one set of extraction rows; the loser of every race logs a duplicate."""
from __future__ import annotations

import json
import os
import random
import subprocess
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from storage.engine import open_engine
from ingest.pipeline import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
SEED = SEED_ARTICLE.read_text(encoding="utf-8").split("Hello Shuttle")[0]  # the article, without the advert
FILES = 48  # enough that the second writer, however late it starts, meets the first mid-way


def write_articles(folder: Path, count: int) -> list[Path]:
    """`count` distinct articles: the seed's paragraphs reordered per file, each with its own URL and date."""
    paragraphs = [p for p in SEED.split("\n\n") if p.strip()]
    paths = []
    for i in range(count):
        shuffled = paragraphs[:]
        random.Random(i).shuffle(shuffled)
        path = folder / f"dispatch-{i:02d}.txt"
        path.write_text(f"Dispatch {i} from the talks.\n\n" + "\n\n".join(shuffled[:12]), encoding="utf-8")
        (folder / f"dispatch-{i:02d}.meta.json").write_text(json.dumps({
            "url": f"https://desk.example/dispatch/{i}", "source": "Desk",
            "published": (date(2025, 3, 1) + timedelta(days=i)).isoformat()}))
        paths.append(path)
    return paths


def query(url: str, sql: str) -> list[tuple]:
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_two_writers_store_each_article_once(postgres_url, tmp_path):
    paths = write_articles(tmp_path, FILES)
    environ = {k: v for k, v in os.environ.items() if k != "COVERAGE_DB"}
    python = str(PYTHON) if PYTHON.exists() else "python"
    # Create the schema first, so the race is over articles, not over CREATE TABLE.
    subprocess.run([python, "-m", "ingest", "articles", "--db", postgres_url], cwd=ROOT, env=environ,
                   capture_output=True, check=True, timeout=60)
    # Opposite orders, so the writers cross mid-way and race for the same articles there.
    writers = [subprocess.Popen([python, "-m", "ingest", "add", "--db", postgres_url, *map(str, order)],
                                cwd=ROOT, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for order in (paths, paths[::-1])]
    results = [writer.communicate(timeout=300) for writer in writers]

    assert [writer.returncode for writer in writers] == [0, 0], [err for _, err in results]
    summaries = [out.strip().splitlines()[-1] for out, _ in results]
    added = [int(line.split("added ")[1].split(",")[0]) for line in summaries]
    duplicates = [int(line.split("duplicates ")[1].split(",")[0]) for line in summaries]
    assert sum(added) == FILES and sum(duplicates) == FILES, summaries
    assert min(added) > 0, summaries  # they met in the middle: both wrote, neither wrote twice
    assert query(postgres_url, "SELECT count(*), count(DISTINCT url), count(DISTINCT content_hash) FROM articles") == [
        (FILES, FILES, FILES)]
    assert query(postgres_url, "SELECT outcome, count(*) FROM ingest_log GROUP BY outcome ORDER BY outcome") == [
        ("added", FILES), ("duplicate", FILES)]
    # One set of extraction rows per article: no article carries another writer's copy of its mentions.
    doubled = query(postgres_url, "SELECT article_id, start, count(*) FROM mentions GROUP BY article_id, start "
                                  "HAVING count(*) > 1")
    assert doubled == []
    assert query(postgres_url, "SELECT count(DISTINCT article_id) FROM mentions") == [(FILES,)]
    assert query(postgres_url, "SELECT count(*) = count(DISTINCT name) FROM actors") == [(True,)]
    assert query(postgres_url, "SELECT value FROM meta WHERE key = 'data_version'") == [(str(FILES),)]
