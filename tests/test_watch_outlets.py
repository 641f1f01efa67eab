"""`watch --outlets` against local synthetic feeds (tests/fakes.py): conditional GET, per-feed state, the pause
between requests to one domain, backoff and Retry-After on a fake clock, refusals named, a slow feed that
stalls only itself, and outlets switched off."""
from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta

import pytest

from ingest import pipeline, watching
from ingest.fetch import FetchOptions
from ingest.store import Store
from storage.outlets import Feed, Outlet, Outlets
from tests.fakes import FakeClock, FakeIndex, spread

EVERY = timedelta(minutes=15)
OPTIONS = pipeline.Options(workers=1, fetch=FetchOptions(allow_private=True))  # the fakes live on 127.0.0.1


@pytest.fixture
def site():
    fake = FakeIndex(spread(8, datetime(2026, 11, 1)))
    yield fake
    fake.close()


def outlets(*feeds: tuple[str, str]) -> Outlets:
    """One outlet per (name, feed URL)."""
    return Outlets(tuple(Outlet(name, (f"{name.lower()}.example",), "GB", ("en",), "private", (Feed(url, True),))
                         for name, url in feeds))


def poll(store, clock, pause=2.0, options=OPTIONS):
    return watching.poll_outlets(store, options, EVERY, clock, pause)


def test_a_feed_is_fetched_conditionally_and_its_state_kept(site, db_path):
    clock = FakeClock(date(2026, 12, 4))
    url = f"{site.base}/feed/good.rss"
    with Store(db_path, outlets=outlets(("Good", url))) as store:
        assert poll(store, clock).added == 3
        first = store.feed_states()[url]
        assert (first["outlet"], first["last_new"], first["etag"], first["last_error"], first["polls"]) == (
            "Good", 3, '"good-3"', None, 1)
        assert first["last_success"] == clock.now()
        clock.advance(EVERY)
        assert poll(store, clock).added == 0
        assert site.feed_requests[-1] == ("good", '"good-3"')  # answered 304: nothing parsed, nothing fetched
        assert (store.feed_states()[url]["last_new"], store.feed_states()[url]["polls"]) == (0, 2)
        site.feed_size = 5
        assert poll(store, clock).added == 2
        assert store.feed_states()[url]["last_new"] == 2 and store.count() == 5
        assert [(new, error) for _, new, error in store.feed_polls(url)] == [(3, None), (0, None), (2, None)]
    assert site.pages_served == 5


def test_a_failing_feed_backs_off_doubling_and_honours_retry_after(site, db_path):
    clock = FakeClock(date(2026, 12, 4))
    url = f"{site.base}/feed/fail.rss"
    with Store(db_path, outlets=outlets(("Busy", url))) as store:
        poll(store, clock)
        state = store.feed_states()[url]
        assert (state["failures"], state["last_error"], state["next_poll"]) == (1, "HTTP 503 Service Unavailable", None)
        clock.advance(EVERY)
        poll(store, clock)
        assert store.feed_states()[url]["next_poll"] == clock.now() + 2 * EVERY
        clock.advance(EVERY)
        poll(store, clock)  # still backing off: not asked
        assert len(site.feed_requests) == 2
        clock.advance(EVERY)
        poll(store, clock)
        assert store.feed_states()[url]["next_poll"] == clock.now() + 4 * EVERY
    with Store(db_path, outlets=outlets(("Busy", f"{url}?retry=7200"))) as store:
        poll(store, clock)
        assert store.feed_states()[f"{url}?retry=7200"]["next_poll"] == clock.now() + timedelta(hours=2)


def test_refusals_are_named_per_outlet(site, db_path):
    clock = FakeClock(date(2026, 12, 4))
    feeds = {"Refusing": f"{site.base}/feed/refuse.rss", "Blocked": f"{site.base}/feed/legal.rss",
             "Paywalled": f"{site.base}/feed/paywall.rss"}
    with Store(db_path, outlets=outlets(*feeds.items())) as store:
        poll(store, clock, pause=0)
        errors = {state["outlet"]: state["last_error"] for state in store.feed_states().values()}
    assert errors == {
        "Refusing": "HTTP 403 Forbidden: the site refuses us (blocked, or it forbids automated access); check the"
                    " outlet's terms or switch it off",
        "Blocked": "HTTP 451 Unavailable For Legal Reasons: the site refuses us (blocked, or it forbids automated"
                   " access); check the outlet's terms or switch it off",
        "Paywalled": "the site answered with a paywall page, not the feed"}


def test_one_domain_is_asked_one_request_at_a_time_with_a_pause(site, db_path):
    clock = FakeClock(date(2026, 12, 4))
    feeds = [(f"Outlet{n}", f"{site.base}/feed/good{n}.rss") for n in range(3)]
    with Store(db_path, outlets=outlets(*feeds)) as store:
        poll(store, clock, pause=2.5)
    assert clock.sleeps == [2.5, 2.5]  # three feeds on one host: two pauses
    assert [name for name, _ in site.feed_requests] == ["good0", "good1", "good2"]


def test_a_slow_feed_stalls_only_itself(site, db_path):
    site.slow_seconds = 4.0
    quick = pipeline.Options(workers=1, fetch=FetchOptions(allow_private=True, read_timeout=1.0, deadline=1.5))
    port = site.base.rsplit(":", 1)[1]
    feeds = [("Slow", f"http://localhost:{port}/feed/slow.rss"), ("Good", f"{site.base}/feed/good.rss")]
    with Store(db_path, outlets=outlets(*feeds)) as store:
        started = time.monotonic()
        summary = poll(store, FakeClock(date(2026, 12, 4)), options=quick)
        took = time.monotonic() - started
        states = {s["outlet"]: s for s in store.feed_states().values()}
    assert summary.added == 3 and states["Good"]["last_error"] is None
    assert states["Slow"]["last_error"] == "no response within 1s"
    assert took < 3.5


def test_an_outlet_switched_off_is_not_polled(site, db_path):
    clock = FakeClock(date(2026, 12, 4))
    feeds = [("On", f"{site.base}/feed/good.rss"), ("Off", f"{site.base}/feed/good2.rss")]
    with Store(db_path, outlets=outlets(*feeds)) as store:
        store.switch_outlet("Off", False)
        poll(store, clock)
        assert [s["outlet"] for s in store.feed_states().values()] == ["On"]
        store.switch_outlet("Off", True)
        clock.advance(EVERY)
        poll(store, clock)
        assert sorted(s["outlet"] for s in store.feed_states().values()) == ["Off", "On"]


def test_watch_without_feeds_or_outlets_says_what_to_do(run_cli, db_path):
    done = run_cli("watch", "--once", "--db", db_path)
    assert (done.returncode, done.stderr) == (
        2, "error: name the feeds to watch, or use --outlets for every feed in data/outlets.toml\n")


def test_articles_a_site_refuses_are_named_on_its_feed(site, db_path):
    clock = FakeClock(date(2026, 12, 4))
    site.refused_pages = {1: 403}
    site.paywalled = {2}
    url = f"{site.base}/feed/good.rss"
    with Store(db_path, outlets=outlets(("Strict", url))) as store:
        assert poll(store, clock).added == 1
        state = store.feed_states()[url]
    assert (state["last_success"], state["last_new"]) == (clock.now(), 1)
    assert state["last_error"] == ("2 of 3 new articles failed, e.g. HTTP 403 Forbidden: the site refuses us"
                                   " (blocked, or it forbids automated access)")


def test_an_article_that_keeps_failing_is_given_up_after_three_polls(site, db_path):
    clock = FakeClock(date(2026, 12, 4))
    site.refused_pages = {0: 403}
    url = f"{site.base}/feed/good.rss"
    with Store(db_path, outlets=outlets(("Strict", url))) as store:
        for n in range(5):
            site.feed_size = 3 + n  # the feed changes, so each poll reads it again
            poll(store, clock)
            clock.advance(EVERY)
        assert store.failed_times([site.url(site.articles[0])]) == {site.url(site.articles[0]): 3}
    assert [name for name, _ in site.feed_requests].count("good") == 5


def test_watch_outlets_from_the_command_line_keeps_each_feeds_state(site, run_cli, db_path, tmp_path):
    registry = tmp_path / "outlets.toml"
    registry.write_text(f"""
[[outlet]]
name = "Local Good"
domains = ["good.example"]
country = "GB"
languages = ["en"]
type = "private"
feeds = [{{url = "{site.base}/feed/good.rss", confirmed = true}}]

[[outlet]]
name = "Local Refusing"
domains = ["refusing.example"]
country = "DE"
languages = ["de"]
type = "public"
feeds = [{{url = "{site.base}/feed/refuse.rss", confirmed = true}}]
""", encoding="utf-8")
    env = {"COVERAGE_OUTLETS": str(registry), "COVERAGE_ALLOW_PRIVATE": "1"}
    done = run_cli("watch", "--outlets", "--once", "--pause", "0", "--workers", "1", "--db", db_path, env=env)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db_path) as conn:
        states = conn.execute("SELECT outlet, last_new, last_error IS NULL, polls FROM feed_state ORDER BY outlet").fetchall()
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert states == [("Local Good", 3, 1, 1), ("Local Refusing", 0, 0, 1)]
    assert stored == 3
