"""The command line: `python -m ingest add|analyze|articles|watch|discover|delete|reextract|relink|export|import`.

Every failure is one line on stderr naming the source and the reason; tracebacks only with `--debug`.
Exit codes: 0 all went well, 1 something failed (the rest was still done), 2 the command could not run.
"""
from __future__ import annotations

import argparse
import os
import json
import logging
import re
import sys
import tempfile
import time
import traceback
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from tqdm import tqdm

from ingest import backup, discover, pipeline, watching
from ingest.extract import extract_all
from ingest.extract.registry import RegistryError, load_registry
from ingest.feeds import FeedError, FeedItem, parse_feed
from ingest.fetch import FetchError, FetchOptions, fetch, private_allowed
from ingest.records import as_json
from ingest.sources import Failure, expand, feed_items, is_url
from ingest.store import Store, StoreError
from storage.engine import safe_url
from storage.outlets import OutletError

log = logging.getLogger("ingest")
DOMAIN_LOCKS = Path(tempfile.gettempdir()) / "coverage-domain-locks"  # one request per domain at a time
PROGRESS_AFTER = 20  # items; shorter runs get no progress bar
MAX_ATTEMPTS = 3  # polls in which `watch` retries a feed item that failed
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Libraries (trafilatura, readability) log chatter at INFO; only our own logger speaks at INFO.
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
    log.setLevel(logging.DEBUG if args.debug else logging.INFO)
    try:
        return args.run(args)
    except (StoreError, pipeline.PipelineError, RegistryError, OutletError, backup.BackupError) as exc:
        _fail(args, f"error: {exc}")
        return 2
    except KeyboardInterrupt:
        print("interrupted; everything stored so far is kept", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for users, the trace with --debug
        _fail(args, f"error: unexpected {type(exc).__name__}: {exc}")
        return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Ingest news articles into the store.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    add = _command(commands, "add", run_add, "ingest files, directories, lists, URLs and feeds")
    add.add_argument("sources", nargs="+", metavar="SOURCE")
    _ingest_options(add)

    analyze = _command(commands, "analyze", run_analyze, "parse and extract without storing; JSON lines out")
    analyze.add_argument("files", nargs="+", metavar="FILE")

    listing = _command(commands, "articles", run_articles, "list stored articles")
    listing.add_argument("--json", action="store_true", help="a JSON array instead of a table")

    watch = _command(commands, "watch", run_watch, "poll feeds (or every outlet's, --outlets) and ingest what is new")
    watch.add_argument("feeds", nargs="*", metavar="FEED")
    watch.add_argument("--outlets", action="store_true", help="poll every feed in data/outlets.toml (outlets switched"
                       " off on the Sources page skipped), keeping each feed's state in the store")
    watch.add_argument("--pause", type=float, default=watching.DOMAIN_PAUSE, metavar="SECONDS",
                       help=f"with --outlets: wait between two requests to one domain (default {watching.DOMAIN_PAUSE:g})")
    watch.add_argument("--every", type=duration, default=duration("15m"), help="poll interval: 30s, 15m, 1h")
    watch.add_argument("--once", action="store_true", help="poll once and exit")
    watch.add_argument("--max-polls", type=int, default=None, metavar="N", help="stop after N polls")
    _ingest_options(watch)

    found = _command(commands, "discover", run_discover, "list (and with --add ingest) what a news index knows for"
                     " a query")
    found.add_argument("query", metavar="QUERY", help="words as the index takes them, e.g. '\"peace talks\" Ukraine'")
    found.add_argument("--from", dest="start", type=iso_date, required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    found.add_argument("--to", dest="end", type=iso_date, required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    found.add_argument("--via", choices=["gdelt", "mediacloud"], default="gdelt",
                       help="gdelt (no key, about the last three months) or mediacloud (full archive, needs"
                            f" {discover.MEDIACLOUD_KEY_ENV})")
    found.add_argument("--lang", default=None, metavar="L", help="ISO 639-1 language of the articles")
    found.add_argument("--country", default=None, metavar="C", help="ISO 3166-1 country of the outlets (gdelt)")
    found.add_argument("--outlet", default=None, metavar="NAME", help="an outlet of data/outlets.toml")
    found.add_argument("--max", type=positive, default=None, metavar="N", help="stop after N articles")
    found.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    found.add_argument("--add", action="store_true", help="ingest what was found (duplicates skipped)")
    _ingest_options(found)

    remove = _command(commands, "delete", run_delete, "delete an article and what was extracted from it")
    remove.add_argument("article_id", type=int, metavar="ID")

    _command(commands, "reextract", run_reextract, "run extraction again on every stored article")
    _command(commands, "relink", run_relink, "link every stored article to its outlet again (after editing"
             " data/outlets.toml)")

    export = _command(commands, "export", run_export, "write the store as JSON lines (a backup)")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--output", "-o", default="-", help="file to write (default: stdout)")

    restore = _command(commands, "import", run_import, "load an export back (duplicates are skipped)")
    restore.add_argument("file", metavar="FILE")
    return parser


def usable_cpus() -> int:
    """The CPUs this process may run on (a container's or taskset's limit, not the machine's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _command(commands, name, run, help_text) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(run=run)
    sub.add_argument("--db", default=None, help="SQLite path or SQLAlchemy URL (default: $COVERAGE_DB or data/)")
    sub.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    return sub


def _ingest_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--source", default=None, metavar="NAME", help="outlet name for every article")
    sub.add_argument("--published", type=iso_date, default=None, metavar="DATE", help="YYYY-MM-DD for every article")
    sub.add_argument("--workers", type=positive, default=usable_cpus(), metavar="N",
                     help=f"processes for parse+extract (default: the CPUs this process may use, here {usable_cpus()})")
    sub.add_argument("--topic", default=None, metavar="NAME", help="keep only articles on this topic")
    sub.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                     help="give up on a download after this long (default 60)")


# --- commands ---------------------------------------------------------------------------------------

def run_add(args) -> int:
    with _Progress(args) as progress:
        summary = pipeline.run(args.sources, _options(args), progress.report)
    print(summary.line())
    return 0 if summary.failed == 0 else 1


def run_analyze(args) -> int:
    options = pipeline.Options()
    failed = 0
    for item in expand(args.files):
        result = item if isinstance(item, Failure) else pipeline.prepare(item, options)
        if isinstance(result, pipeline.Ready):
            print(json.dumps(_analysis(result), ensure_ascii=False), flush=True)
        else:
            failed += 1
            reason = result.reason if isinstance(result, Failure) else "a feed; analyze takes article files"
            _fail(args, f"failed  {result.origin}: {reason}", getattr(result, "trace", None))
    return 0 if failed == 0 else 1


def run_articles(args) -> int:
    with Store(args.db) as store:
        rows = store.list_articles()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        outlet = row["outlet"] or row["source"] or ""
        print(f"{row['id']:>6}  {row['published'] or '          '}  {outlet[:20]:<20}  {row['title'] or ''}")
    print(f"{len(rows)} articles in {safe_url(store.url)}", file=sys.stderr)
    return 0


def run_watch(args) -> int:
    if args.outlets:
        return _watch_outlets(args)
    if not args.feeds:
        print("error: name the feeds to watch, or use --outlets for every feed in data/outlets.toml", file=sys.stderr)
        return 2
    options = _options(args)
    pipeline.check_topic(options.topic)
    max_polls = 1 if args.once else args.max_polls
    attempts: dict[str, int] = {}
    polls = 0
    with Store(options.db) as store:
        while True:
            polls += 1
            for feed in args.feeds:
                try:
                    summary = _poll(feed, store, options, attempts)
                except Exception as exc:  # one feed's trouble must not stop the others
                    _fail(args, f"skipped feed {feed}: unexpected {type(exc).__name__}: {exc}")
                    continue
                log.info("polled %s: %s", feed, summary.line())
            if max_polls is not None and polls >= max_polls:
                return 0
            time.sleep(args.every)


def run_discover(args) -> int:
    if args.end < args.start:
        print(f"error: --to {args.end} is before --from {args.start}", file=sys.stderr)
        return 2
    options = _options(args, discovered=True)
    pipeline.check_topic(options.topic)
    with Store(options.db) as store:
        domains = ()
        if args.outlet:
            outlet = next((o for o in store.outlets.outlets if o.name.lower() == args.outlet.lower()), None)
            if outlet is None:
                print(f"error: --outlet {args.outlet}: no outlet of that name in data/outlets.toml",
                      file=sys.stderr)
                return 2
            domains = outlet.domains
        query = discover.Query(args.query, args.start, args.end, args.lang, args.country, domains, args.max)
        try:
            rows = discover.discover(_index(args.via, options), query, store,
                                     say=lambda line: print(line, file=sys.stderr))
        except discover.DiscoverError as exc:
            _fail(args, f"error: {exc}")
            return 2
        listed = [_listed(row, store) for row in rows]
        _show_discovered(listed, args.json)
        if not args.add:
            print(f"{len(listed)} articles found", file=sys.stderr)
            return 0
        items = [FeedItem(row["url"], row["title"], date.fromisoformat(row["date"]) if row["date"] else None)
                 for row in listed if not store.has_url(row["url"])]
        items = _by_turns(items)
        print(f"{len(listed)} articles found, {len(listed) - len(items)} already stored", file=sys.stderr)
        summary = pipeline.Summary()
        with _Progress(args) as progress:
            pipeline.ingest_items(feed_items(items), store, options, summary, progress.report)
    print(summary.line(), file=sys.stderr if args.json else sys.stdout)
    return 0 if summary.failed == 0 else 1


def _by_turns(items: list[FeedItem]) -> list[FeedItem]:
    """Domains take turns (a, b, c, a, b, c …), so parallel workers rarely wait on one domain's lock."""
    queues: dict[str, list[FeedItem]] = {}
    for item in items:
        queues.setdefault((urlsplit(item.link).hostname or "").lower(), []).append(item)
    turns = []
    while queues:
        for host in list(queues):
            turns.append(queues[host].pop(0))
            if not queues[host]:
                del queues[host]
    return turns


def _watch_outlets(args) -> int:
    options = _options(args, discovered=True)
    pipeline.check_topic(options.topic)
    max_polls = 1 if args.once else args.max_polls
    polls = 0
    with Store(options.db) as store:
        while True:
            polls += 1
            summary = watching.poll_outlets(store, options, timedelta(seconds=args.every), pause=args.pause)
            log.info("polled the outlets' feeds: %s", summary.line())
            if max_polls is not None and polls >= max_polls:
                return 0
            time.sleep(args.every)


def run_delete(args) -> int:
    with Store(args.db) as store:
        if not store.delete(args.article_id):
            print(f"no article {args.article_id} in {safe_url(store.url)}", file=sys.stderr)
            return 1
    print(f"deleted article {args.article_id}")
    return 0


def run_reextract(args) -> int:
    registry = load_registry()
    with Store(args.db, registry) as store, tqdm(total=store.count(), disable=not sys.stderr.isatty(),
                                                 file=sys.stderr, unit="article") as bar:
        done = store.reextract(lambda article: extract_all(article, registry), bar.update)
    print(f"re-extracted {done} articles")
    return 0


def run_relink(args) -> int:
    with Store(args.db) as store:
        changed = store.relink_outlets()
    print(f"{changed} articles linked to another outlet")
    return 0


def run_export(args) -> int:
    with Store(args.db) as store:
        if args.output == "-":
            written = backup.export_jsonl(store, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8") as out:
                written = backup.export_jsonl(store, out)
    print(f"exported {written.articles} articles, {written.corrections} corrections", file=sys.stderr)
    return 0


def run_import(args) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(f"error: {args.file}: no such file", file=sys.stderr)
        return 2
    with Store(args.db) as store, path.open(encoding="utf-8") as lines:
        result = backup.import_jsonl(store, lines)
    print(f"imported {result.articles} articles, {result.duplicates} duplicates skipped,"
          f" {result.corrections} corrections")
    return 0


# --- helpers ---------------------------------------------------------------------------------------

def _poll(feed: str, store: Store, options: pipeline.Options, attempts: dict[str, int]) -> pipeline.Summary:
    """One feed, once: fetch it, ingest the items not stored yet; a bad feed is logged and skipped.

    `attempts` remembers links already tried, so a link that keeps failing is given up after MAX_ATTEMPTS.
    """
    summary = pipeline.Summary()
    try:
        if is_url(feed):
            content = fetch(feed, options.fetch, accept="feed").content
        else:
            content = Path(feed).read_bytes()
        items = parse_feed(content, feed if is_url(feed) else None).items
    except (FetchError, FeedError) as exc:
        log.warning("skipped feed %s: %s", feed, exc)
        return summary
    except OSError as exc:
        log.warning("skipped feed %s: cannot read file: %s", feed, exc.strerror)
        return summary
    new = [item for item in items if attempts.get(item.link, 0) < MAX_ATTEMPTS and not store.has_url(item.link)]
    for item in new:
        attempts[item.link] = attempts.get(item.link, 0) + 1
    if new:
        def report(outcome: pipeline.Outcome) -> None:
            if outcome.status == "failed":
                log.warning("skipped %s: %s", outcome.origin, outcome.detail)
            else:
                attempts[outcome.origin] = MAX_ATTEMPTS
        pipeline.ingest_items(feed_items(new), store, options, summary, report)
    return summary


def _index(via: str, options: pipeline.Options) -> discover.Index:
    # The index's address is the operator's own choice (its default, or COVERAGE_*_URL): reached as typed.
    api = replace(options.fetch, allow_private=True, robots=False)
    if via == "mediacloud":
        interval = _seconds(discover.MEDIACLOUD_INTERVAL_ENV, 1.0)
        return discover.MediaCloud(discover.Paced(interval, api, label="Media Cloud"))
    interval = _seconds(discover.GDELT_INTERVAL_ENV, 5.0)
    return discover.Gdelt(discover.Paced(interval, api, label="GDELT"))


def _seconds(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    try:
        seconds = float(value) if value else default
    except ValueError:
        raise pipeline.PipelineError(f"{name}={value!r} is not a number of seconds") from None
    if seconds < 0:
        raise pipeline.PipelineError(f"{name}={value!r} must not be negative")
    return seconds


def _listed(row: dict, store: Store) -> dict:
    # The index's domain names the outlet (GDELT gives it even when the URL is a redirect or a mirror).
    outlet = store.outlets.for_host(row["domain"] or "") or store.outlets.for_host(urlsplit(row["url"]).hostname or "")
    return {"date": row["seen"].date().isoformat() if row["seen"] else None,
            "seen": row["seen"].isoformat() + "Z" if row["seen"] else None,
            "outlet": outlet.name if outlet else row["domain"], "domain": row["domain"],
            "language": row["language"], "country": row["country"], "title": row["title"], "url": row["url"]}


def _show_discovered(rows: list[dict], as_json: bool) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        print(f"{row['date'] or '          '}  {(row['outlet'] or '')[:24]:<24}  {(row['language'] or '')[:5]:<5}"
              f"  {(row['title'] or '')[:70]}  {row['url']}")


def _analysis(ready: pipeline.Ready) -> dict:
    article = ready.article
    return {
        "path": article.path, "url": article.url, "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source, "authors": list(article.authors or []), "language": article.language,
        "text": article.text, **as_json(ready.extraction),
    }


def _options(args, discovered: bool = False) -> pipeline.Options:
    # The CLI may fetch the private addresses a user names (FetchOptions' default); URLs nobody typed (a news
    # index's finds, every outlet's feeds) and the dashboard refuse them unless COVERAGE_ALLOW_PRIVATE=1.
    limits = FetchOptions(read_timeout=min(20.0, args.timeout), deadline=args.timeout,
                          allow_private=private_allowed() if discovered else True, robots=discovered,
                          domain_locks=str(DOMAIN_LOCKS) if discovered else None)
    return pipeline.Options(db=args.db, source=args.source, published=args.published, topic=args.topic,
                            workers=args.workers, fetch=limits)


class _Progress:
    """A progress bar on stderr for long runs at a terminal; failure and duplicate lines printed above it."""

    def __init__(self, args):
        self.args = args
        self.bar = None
        self.seen = 0

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.close()

    def report(self, outcome: pipeline.Outcome) -> None:
        self.seen += 1
        if self.bar is None and self.seen >= PROGRESS_AFTER and sys.stderr.isatty():
            self.bar = tqdm(initial=self.seen, file=sys.stderr, unit="article")
        elif self.bar:
            self.bar.update()
        if outcome.status == "failed":
            self._say(f"failed  {outcome.origin}: {outcome.detail}", outcome.trace)
        elif outcome.status in {"duplicate", "replaced"}:
            self._say(f"{outcome.status}  {outcome.origin}: {outcome.detail}")
        elif outcome.status == "off-topic":
            self._say(f"off-topic  {outcome.origin}: {outcome.detail}")

    def _say(self, line: str, trace: str | None = None) -> None:
        text = line + (f"\n{trace.rstrip()}" if trace and self.args.debug else "")
        if self.bar:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)


def _fail(args, line: str, trace: str | None = None) -> None:
    print(line, file=sys.stderr)
    if getattr(args, "debug", False):
        print(trace or traceback.format_exc(), file=sys.stderr)


def duration(value: str) -> float:
    match = _DURATION.match(value)
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (use e.g. 30s, 15m, 1h)")
    number, unit = float(match.group(1)), match.group(2).lower() or "s"
    seconds = number * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    if seconds <= 0:
        raise argparse.ArgumentTypeError("the interval must be positive")
    return seconds


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)
