"""`watch --outlets`: one poll of every feed in the outlet registry, with the manners a crawler of a hundred
sites needs, and each feed's state kept in the store (last success, last error, new articles per poll).

    feeds of the outlets not switched off -> those due (not backing off) -> fetched one domain at a time
    (a pause between two requests to the same domain; domains side by side, so one slow site stalls only
    itself), conditional GET with the ETag / Last-Modified kept from the last poll -> new links ingested by
    the pipeline (the one writer) -> state saved: success, or the error and a doubled backoff (Retry-After
    honoured; 403/451/paywall named as a refusal)
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from ingest import pipeline
from ingest.clock import Clock
from ingest.feeds import FeedError, FeedItem, parse_feed
from ingest.fetch import FetchError, Fetched, HttpError, fetch, looks_paywalled
from ingest.sources import feed_items
from ingest.store import Store

log = logging.getLogger("ingest")
DOMAIN_PAUSE = 2.0  # seconds between two requests to one domain
MAX_BACKOFF = timedelta(days=1)
MAX_DOMAINS_AT_ONCE = 8
MAX_ATTEMPTS = 3  # polls in which an article link that keeps failing is tried


@dataclass(frozen=True)
class Job:
    url: str
    outlet: str

    @property
    def domain(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()


@dataclass(frozen=True)
class Polled:
    job: Job
    fetched: Fetched | None = None
    error: str | None = None
    retry_after: float | None = None


def jobs(store: Store) -> list[Job]:
    """Every feed of every outlet in the registry, except outlets switched off on the Sources page."""
    switches = store.outlet_switches()
    return [Job(feed.url, outlet.name) for outlet in store.outlets.outlets if switches.get(outlet.name, True)
            for feed in outlet.feeds]


def poll_outlets(store: Store, options: pipeline.Options, every: timedelta, clock: Clock = Clock(),
                 pause: float = DOMAIN_PAUSE) -> pipeline.Summary:
    """One poll of every due feed; returns what the pipeline did with the new links."""
    states = store.feed_states()
    now = clock.now()
    due = [job for job in jobs(store) if not _backing_off(states.get(job.url), now)]
    summary = pipeline.Summary()
    for polled in _fetch_by_domain(due, states, options, clock, pause):
        _record(store, polled, states.get(polled.job.url) or {}, options, every, clock, summary)
    return summary


def refusal(exc: FetchError) -> str:
    """The error as a user reads it on the Sources page: a refusal said as such."""
    if isinstance(exc, HttpError) and exc.refused:
        return f"{exc}; check the outlet's terms or switch it off"
    return str(exc)


def _backing_off(state: dict | None, now: datetime) -> bool:
    return bool(state and state.get("next_poll") and state["next_poll"] > now)


def _fetch_by_domain(due: list[Job], states: dict, options, clock: Clock, pause: float) -> list[Polled]:
    by_domain: dict[str, list[Job]] = {}
    for job in due:
        by_domain.setdefault(job.domain, []).append(job)

    def one_domain(domain_jobs: list[Job]) -> list[Polled]:
        done = []
        for n, job in enumerate(domain_jobs):
            if n:
                clock.sleep(pause)
            done.append(_fetch_one(job, states.get(job.url) or {}, options))
        return done

    if not by_domain:
        return []
    with ThreadPoolExecutor(min(MAX_DOMAINS_AT_ONCE, len(by_domain))) as pool:
        return [polled for batch in pool.map(one_domain, by_domain.values()) for polled in batch]


def _fetch_one(job: Job, state: dict, options) -> Polled:
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    try:
        return Polled(job, fetch(job.url, options.fetch, accept="any", headers=headers))
    except HttpError as exc:
        return Polled(job, error=refusal(exc), retry_after=exc.retry_after)
    except FetchError as exc:
        return Polled(job, error=str(exc))


def _record(store: Store, polled: Polled, state: dict, options, every: timedelta, clock: Clock,
            summary: pipeline.Summary) -> None:
    job, fetched = polled.job, polled.fetched
    now = clock.now()
    polls = (state.get("polls") or 0) + 1
    error = polled.error
    new: list[FeedItem] = []
    if fetched is not None and fetched.status != 304:
        try:
            if not fetched.is_feed:
                raise FeedError(_not_a_feed(fetched))
            items = [item for item in parse_feed(fetched.content, fetched.final_url).items
                     if not store.has_url(item.link)]
            tried = store.failed_times([item.link for item in items])
            new = [item for item in items if tried.get(item.link, 0) < MAX_ATTEMPTS]
        except FeedError as exc:
            error = str(exc)
    if error:
        failures = (state.get("failures") or 0) + 1
        wait = min(every * 2 ** (failures - 1), MAX_BACKOFF)
        if polled.retry_after:
            wait = max(wait, timedelta(seconds=polled.retry_after))
        log.warning("feed %s (%s): %s", job.url, job.outlet, error)
        store.save_feed_state(job.url, job.outlet, last_poll=now, last_error=error, last_error_at=now,
                              failures=failures, next_poll=now + wait if failures > 1 or polled.retry_after
                              else None, last_new=0, polls=polls)
        return
    before = summary.added
    failed: list[pipeline.Outcome] = []
    if new:
        pipeline.ingest_items(feed_items(new), store, options, summary, lambda outcome: _note(outcome, failed))
    values = {"last_poll": now, "last_success": now, "last_error": None, "failures": 0, "next_poll": None,
              "last_new": summary.added - before, "polls": polls}
    if failed:  # the feed was read, but its articles were not: say why on the Sources page
        values.update(last_error=f"{len(failed)} of {len(new)} new articles failed, e.g. {failed[0].detail}",
                      last_error_at=now)
    if fetched is not None and fetched.status != 304:
        values.update(etag=fetched.etag, last_modified=fetched.last_modified)
    store.save_feed_state(job.url, job.outlet, **values)


def _not_a_feed(fetched: Fetched) -> str:
    if looks_paywalled(fetched.content):
        return "the site answered with a paywall page, not the feed"
    return f"not a feed: the server sent {fetched.content_type or 'no content type'}"


def _note(outcome: pipeline.Outcome, failed: list[pipeline.Outcome]) -> None:
    if outcome.status == "failed":
        log.warning("skipped %s: %s", outcome.origin, outcome.detail)
        failed.append(outcome)
