"""The ordered steps from a source to the store; nothing else decides the order:

    expand sources -> load (fetch a URL, or read a file and its sidecar) -> parse (which cleans the body)
    -> apply overrides and feed fallbacks -> extract -> topic filter -> store

`prepare` runs the steps up to the filter and is what worker processes run (`--workers N`); the single
writer in the main process stores results in input order, one transaction per article.
"""
from __future__ import annotations

import os
import threading
import time
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ingest.extract import extract_all
from ingest.extract.registry import load_registry
from ingest.extract.topics import DEFAULT_THRESHOLD as TOPIC_THRESHOLD
from ingest.feeds import FeedError, FeedItem, parse_feed
from ingest.fetch import FetchError, Fetched, FetchOptions, fetch, looks_paywalled
from ingest.parse import MAX_INPUT_BYTES, ParseError, parse_html, parse_text, read_sidecar
from ingest.records import Article, Extraction
from ingest.sources import Failure, Item, expand, feed_items
from ingest.store import Store

PAYWALL_WORDS = 150  # a page this short that asks for a subscription is the paywall, not the article
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_ARTICLE = SEEDS / "000_39eef0787f1704b7.txt"  # the founding article, byte for byte as given


class PipelineError(Exception):
    """The run cannot start as asked (e.g. an unknown topic); one line for the user."""


@dataclass(frozen=True)
class Options:
    """One options object for the whole run, passed to every step (and pickled to workers)."""

    db: str | None = None
    source: str | None = None  # outlet name forced on every article
    published: date | None = None  # publication date forced on every article
    topic: str | None = None  # keep only articles scored on this topic
    workers: int = 1
    fetch: FetchOptions = field(default_factory=FetchOptions)


@dataclass(frozen=True)
class Ready:
    """An article parsed and extracted, waiting for the writer."""

    origin: str
    article: Article
    extraction: Extraction


@dataclass(frozen=True)
class FeedFound:
    """A URL that turned out to be a feed: its items are ingested in its place."""

    origin: str
    items: list[FeedItem]


@dataclass(frozen=True)
class Outcome:
    origin: str
    status: str  # added | duplicate | replaced | failed | off-topic
    detail: str = ""
    article_id: int | None = None
    trace: str | None = None


@dataclass
class Summary:
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    off_topic: int = 0
    replaced: int = 0  # seeds whose text changed, replaced in place

    def count(self, outcome: Outcome) -> None:
        if outcome.status == "added":
            self.added += 1
        elif outcome.status == "replaced":
            self.replaced += 1
        elif outcome.status == "duplicate":
            self.duplicates += 1
        elif outcome.status == "off-topic":
            self.off_topic += 1
        else:
            self.failed += 1

    def line(self) -> str:
        text = f"added {self.added}, duplicates {self.duplicates}, failed {self.failed}"
        text += f", replaced {self.replaced}" if self.replaced else ""
        return text + (f", off-topic {self.off_topic}" if self.off_topic else "")


# --- the steps, top to bottom ---------------------------------------------------------------------------

def prepare(item: Item, options: Options) -> Ready | FeedFound | Failure | Outcome:
    """Everything before the store for one item; never raises (a failure is a result naming the item)."""
    try:
        loaded = load(item, options)
        if isinstance(loaded, FeedFound):
            return loaded
        article = apply_overrides(loaded, item, options)
        if not article.text.strip():
            return Failure(item.origin, "no article text found")
        extraction = extract_all(article, load_registry())
        score = extraction.topics.get(options.topic, 0.0) if options.topic else None
        if score is not None and score < TOPIC_THRESHOLD:
            return Outcome(item.origin, "off-topic", f"{options.topic} score {score:.2f} < {TOPIC_THRESHOLD}")
        return Ready(item.origin, article, extraction)
    except (FetchError, ParseError, FeedError) as exc:
        return Failure(item.origin, _one_line(exc))
    except Exception as exc:  # a bug must cost one item, not the batch; --debug shows the trace
        return Failure(item.origin, f"unexpected {type(exc).__name__}: {_one_line(exc)}", traceback.format_exc())


def load(item: Item, options: Options) -> Article | FeedFound:
    """Fetch or read the item and parse it (the parser also cleans the body)."""
    if item.kind == "url":
        fetched = fetch(item.url, options.fetch, accept="any")
        if fetched.is_feed:
            return FeedFound(item.origin, parse_feed(fetched.content, fetched.final_url).items)
        return parse_page(fetched)
    meta = read_sidecar(item.path)
    data = read_file(item.path)
    if item.kind == "html":
        return parse_html(data, meta=meta)
    return parse_text(data, meta=meta)


def parse_page(fetched: Fetched) -> Article:
    """A downloaded page parsed; a short or empty one that asks for a subscription is named as a paywall."""
    paywall = FetchError("the site answered with a paywall page, not the article")
    try:
        # The final URL feeds the date search and the source fallback; the page's canonical URL still names it.
        article = parse_html(markup(fetched), url=fetched.final_url)
    except ParseError:
        if looks_paywalled(fetched.content):
            raise paywall from None
        raise
    if len(article.text.split()) < PAYWALL_WORDS and looks_paywalled(fetched.content):
        raise paywall
    return article


def read_file(path: Path) -> bytes:
    """The file's bytes (the parser decodes them); refuses what cannot be an article before reading it all."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise ParseError("empty file")
        if size > MAX_INPUT_BYTES:
            raise ParseError(f"file too large: {size:,} bytes (limit {MAX_INPUT_BYTES:,} for one article)")
        return path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror}") from None


def markup(fetched: Fetched) -> str | bytes:
    """The page for the parser: decoded with the declared charset when it fits, else bytes for it to sniff.

    Bytes that are valid UTF-8 always go as bytes (the parser reads them as UTF-8): a Latin-1 label on a
    UTF-8 page is a common server mistake, and Latin-1 decodes anything, into mojibake.
    """
    if fetched.encoding and not _is_utf8(fetched.content):
        try:
            return fetched.content.decode(fetched.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return fetched.content


def _is_utf8(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def apply_overrides(article: Article, item: Item, options: Options) -> Article:
    """Command-line overrides win; the feed's title and date fill only what the page lacks."""
    fallback = item.fallback
    return replace(
        article,
        title=article.title or (fallback.title if fallback else None),
        published=options.published or article.published or (fallback.published if fallback else None),
        source=options.source or article.source,
        path=str(item.path) if item.path else article.path,
        fetched_at=article.fetched_at or datetime.now(timezone.utc),
    )


def store_result(store: Store, result: Ready | Failure | Outcome) -> Outcome:
    if isinstance(result, Outcome):
        return result
    if isinstance(result, Failure):
        store.log_failure(result.origin, result.reason)
        return Outcome(result.origin, "failed", result.reason, trace=result.trace)
    added = store.add(result.article, result.extraction, result.origin)
    return Outcome(result.origin, added.outcome, added.detail, added.article_id)


# --- running a batch ------------------------------------------------------------------------------------

def run(sources: Iterable[str], options: Options = Options(),
        on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    """Ingest every source; results are stored in input order by this (the only) writer."""
    return run_items(expand(sources), options, on_outcome)


def run_items(items: Iterable[Item | Failure], options: Options = Options(),
              on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    """Ingest items already chosen by the caller (the dashboard: URLs and uploaded files, never expanded)."""
    check_topic(options.topic)
    summary = Summary()
    with Store(options.db) as store:
        ingest_items(items, store, options, summary, on_outcome)
    return summary


def _exit_with_parent() -> None:
    """In each worker: exit when the `ingest` process that started it is gone. A parent killed outright (kill -9,
    the OOM killer) cannot shut its pool down, and its workers would otherwise wait for work forever."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def ingest_items(items: Iterable[Item | Failure], store: Store, options: Options, summary: Summary,
                 on_outcome: Callable[[Outcome], None] | None = None) -> None:
    pool = ProcessPoolExecutor(options.workers, initializer=_exit_with_parent) if options.workers > 1 else None
    try:
        _consume(items, store, options, summary, on_outcome, pool)
    finally:
        if pool:
            pool.shutdown(wait=True, cancel_futures=True)


def _consume(items, store, options, summary, on_outcome, pool, in_feed: bool = False) -> None:
    for result in _prepared_in_order(items, options, pool):
        if isinstance(result, FeedFound):
            if in_feed:
                result = Failure(result.origin, "a feed item links to another feed; add that feed directly")
            elif not result.items:
                result = Failure(result.origin, "the feed lists no articles")
            else:
                _consume(feed_items(result.items), store, options, summary, on_outcome, pool, in_feed=True)
                continue
        outcome = store_result(store, result)
        summary.count(outcome)
        if on_outcome:
            on_outcome(outcome)


def _prepared_in_order(items: Iterable[Item | Failure], options: Options,
                       pool: ProcessPoolExecutor | None) -> Iterator[Ready | FeedFound | Failure | Outcome]:
    """Results in input order; with a pool, a bounded window of items is prepared ahead in parallel."""
    if pool is None:
        for item in items:
            yield item if isinstance(item, Failure) else prepare(item, options)
        return
    window: deque[Future | Failure] = deque()
    ahead = options.workers * 4
    for item in items:
        window.append(item if isinstance(item, Failure) else pool.submit(prepare, item, options))
        while len(window) > ahead:
            yield _result(window.popleft())
    while window:
        yield _result(window.popleft())


def _result(entry: Future | Failure):
    return entry.result() if isinstance(entry, Future) else entry


def check_topic(topic: str | None) -> None:
    if topic is None:
        return
    names = [t.name for t in load_registry().topics]
    if topic not in names:
        raise PipelineError(f"unknown topic {topic!r}: choose one of {', '.join(names) or '(none defined)'}"
                            " (topics are defined in data/actors.toml)")


def ensure_seeded(db: str | None = None) -> Summary | None:
    """Ingest `seeds/` when the store has no articles (the dashboard's first run); None when there was no need."""
    with Store(db) as store:
        if store.count():
            return None
    return run([str(SEEDS)], Options(db=db))


def _one_line(exc: Exception, limit: int = 200) -> str:
    lines = str(exc).strip().splitlines()
    line = lines[0] if lines else type(exc).__name__
    return line if len(line) <= limit else line[:limit - 1] + "…"
