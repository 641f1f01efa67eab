"""Discovery at scale: N URLs found through the GDELT fake (tests/fakes.py, synthetic answers and pages served on
127.0.0.1) and ingested through the full pipeline into a temporary SQLite store, as `discover --add` does.

Run `python -m bench.discover [--articles 1000] [--workers N]`. Prints the discovery time (index calls, windows
split) and the ingestion rate in pages/s. One domain (the local server) means the per-domain lock serialises
the fetches: the figure is the rate with one request at a time, as a single real outlet would be fetched.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from ingest import discover, pipeline
from ingest.cli import usable_cpus
from ingest.feeds import FeedItem
from ingest.fetch import FetchOptions
from ingest.sources import feed_items
from ingest.store import Store
from tests.fakes import FakeIndex, spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=usable_cpus())
    args = parser.parse_args()
    days = 5
    today = date.today()
    first = datetime(today.year, today.month, today.day) - timedelta(days=days + 1)
    fake = FakeIndex(spread(args.articles, first, hours=24 * days / args.articles))
    try:
        with tempfile.TemporaryDirectory() as folder:
            fetching = FetchOptions(allow_private=True, robots=True, domain_locks=str(Path(folder) / "locks"))
            options = pipeline.Options(db=str(Path(folder) / "bench.sqlite"), workers=args.workers, fetch=fetching)
            finder = discover.Gdelt(discover.Paced(0.0, replace(fetching, robots=False, domain_locks=None)),
                                    fake.gdelt_url)
            query = discover.Query("peace talks", first.date(), first.date() + timedelta(days=days))
            with Store(options.db) as store:
                started = time.monotonic()
                rows = discover.discover(finder, query, store)
                found_in = time.monotonic() - started
                items = [FeedItem(row["url"], row["title"], row["seen"].date()) for row in rows]
                summary = pipeline.Summary()
                started = time.monotonic()
                pipeline.ingest_items(feed_items(items), store, options, summary)
                took = time.monotonic() - started
            calls = len([r for r in fake.requests if r.get("mode") == "ArtList"])
            print(f"discovered {len(rows)} URLs in {found_in:.2f} s ({calls} ArtList calls)")
            print(f"ingested: {summary.line()} in {took:.2f} s with {args.workers} workers:"
                  f" {summary.added / took:.1f} pages/s")
    finally:
        fake.close()


if __name__ == "__main__":
    main()
