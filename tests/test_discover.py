"""Discovery against local fakes of GDELT and Media Cloud (tests/fakes.py, synthetic answers): windows and the
split of a full one, one call per interval and backoff on a fake clock, resume after a failure and after a
kill, the range GDELT cannot cover, Media Cloud's key and pages, and `ingest discover` as a user runs it."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from storage.schema import SCHEMA_VERSION
from ingest import discover
from ingest.fetch import FetchOptions
from ingest.store import Store
from tests.fakes import FakeClock, FakeIndex, spread

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python" if (ROOT / ".venv" / "bin" / "python").exists() else Path(sys.executable)
TODAY = date.today()
FIRST = datetime(TODAY.year, TODAY.month, TODAY.day) - timedelta(days=10)
LOOPBACK = FetchOptions(allow_private=True)  # the fakes live on 127.0.0.1


@pytest.fixture
def index():
    fake = FakeIndex(spread(20, FIRST))  # one article every 6 hours: 4 a day over 5 days
    yield fake
    fake.close()


def gdelt(fake, clock, interval=5.0):
    return discover.Gdelt(discover.Paced(interval, LOOPBACK, clock, "GDELT"), fake.gdelt_url)


def query(days=5, **extra):
    return discover.Query("peace talks", FIRST.date(), FIRST.date() + timedelta(days=days - 1), **extra)


def artlist_calls(fake):
    return [(r["startdatetime"], r["enddatetime"]) for r in fake.requests if r.get("mode") == "ArtList"]


def test_each_day_is_one_window_and_everything_found_is_listed_once(index, db_path):
    clock = FakeClock(TODAY)
    with Store(db_path) as store:
        rows = discover.discover(gdelt(index, clock), query(), store, clock)
    assert [row["url"] for row in rows] == [index.url(a) for a in index.articles]
    assert rows[1] == {"url": index.url(index.articles[1]), "seen": FIRST + timedelta(hours=6),
                       "domain": "kyivindependent.com", "language": "en", "country": "Ukraine",
                       "title": "Talks round 1 in Istanbul"}
    day = FIRST.strftime("%Y%m%d")
    assert artlist_calls(index)[0] == (f"{day}000000", f"{day}235959")
    assert len(artlist_calls(index)) == 5
    assert index.requests[0]["query"] == "peace talks" and index.requests[0]["maxrecords"] == "250"


def test_a_full_window_is_split_until_nothing_is_cut(db_path):
    fake = FakeIndex(spread(600, FIRST, hours=24 / 600 * 2))  # 300 a day for two days: over the 250 cap
    try:
        clock = FakeClock(TODAY)
        with Store(db_path) as store:
            rows = discover.discover(gdelt(fake, clock), query(days=2), store, clock)
        assert len(rows) == 600 and len({row["url"] for row in rows}) == 600
        day = FIRST.strftime("%Y%m%d")
        assert artlist_calls(fake)[:3] == [(f"{day}000000", f"{day}235959"), (f"{day}000000", f"{day}115959"),
                                           (f"{day}120000", f"{day}235959")]
    finally:
        fake.close()


def test_one_call_per_interval_and_backoff_honours_retry_after(index, db_path):
    clock = FakeClock(TODAY)
    index.failures = [(429, "12"), (503, None), (502, None)]
    with Store(db_path) as store:
        rows = discover.discover(gdelt(index, clock, interval=5.0), query(days=2), store, clock)
    assert len(rows) == 8
    # first call at once; 429 waits Retry-After 12 s; then 10 s and 20 s (doubling from the interval); then
    # the second window and the timeline each wait out the 5 s interval.
    assert clock.sleeps == [12.0, 10.0, 20.0, 5.0, 5.0]
    assert len(index.requests) == 3 + 3


def test_a_run_that_keeps_failing_stops_in_one_line_and_the_next_run_resumes(index, db_path):
    clock = FakeClock(TODAY)
    with Store(db_path) as store:
        finder = gdelt(index, clock, interval=0)
        discover.discover(finder, query(days=2), store, clock)  # days 1-2 done
        index.requests.clear()
        index.failures = [(500, None)] * (discover.TRIES - 1) + [(503, None)]
        with pytest.raises(discover.DiscoverError) as failed:
            discover.discover(finder, query(days=5), store, clock)
        assert str(failed.value) == (f"GDELT kept failing (HTTP 503 Service Unavailable) after {discover.TRIES}"
                                     " tries; run the same command again later: finished windows are kept")
        days = [(FIRST + timedelta(days=n)).strftime("%Y%m%d") for n in range(5)]
        assert [call[0][:8] for call in artlist_calls(index)] == [days[2]] * discover.TRIES
        index.requests.clear()
        rows = discover.discover(finder, query(days=5), store, clock)
    assert [call[0][:8] for call in artlist_calls(index)] == days[2:]
    assert len(rows) == 20


def test_a_range_older_than_gdelt_covers_is_said_plainly(index, db_path):
    clock = FakeClock(TODAY + timedelta(days=200))
    with Store(db_path) as store, pytest.raises(discover.DiscoverError) as old:
        discover.discover(gdelt(index, clock), query(), store, clock)
    earliest = TODAY + timedelta(days=110)
    assert str(old.value) == (f"{FIRST.date()} to {FIRST.date() + timedelta(days=4)} is older than gdelt covers"
                              f" (about the last three months, from {earliest}): use --via mediacloud for older"
                              " coverage")
    assert index.requests == []
    said = []
    clock = FakeClock(FIRST.date() + timedelta(days=92))  # the first two days are out of reach
    with Store(db_path) as store:
        rows = discover.discover(gdelt(index, clock), query(), store, clock, said.append)
    assert said == [f"note: gdelt covers about the last three months; {FIRST.date()} to"
                    f" {FIRST.date() + timedelta(days=1)} is older and is left out (use --via mediacloud for it)"]
    assert len(rows) == 12


def test_filters_become_gdelt_operators_and_the_volume_is_kept(index, db_path):
    clock = FakeClock(TODAY)
    asked = query(days=2, language="uk", country="GB", domains=("bbc.co.uk", "bbc.com"))
    with Store(db_path) as store:
        discover.discover(gdelt(index, clock), asked, store, clock)
    assert index.requests[0]["query"] == ("peace talks sourcelang:ukrainian sourcecountry:unitedkingdom"
                                          " (domain:bbc.co.uk OR domain:bbc.com)")
    with sqlite3.connect(db_path) as conn:
        volume = conn.execute("SELECT via, query, day, articles, monitored FROM reference_volume ORDER BY day").fetchall()
    assert volume == [("gdelt", "peace talks lang:uk country:GB domain:bbc.co.uk domain:bbc.com",
                       FIRST.date().isoformat(), 4, 100_004),
                      ("gdelt", "peace talks lang:uk country:GB domain:bbc.co.uk domain:bbc.com",
                       (FIRST.date() + timedelta(days=1)).isoformat(), 4, 100_004)]


def test_a_wrong_language_code_is_named():
    with pytest.raises(discover.DiscoverError, match=r"^--lang english: not an ISO 639-1 language code"):
        discover.gdelt_query(query(language="english"))


def test_mediacloud_needs_a_key_pages_through_and_says_when_the_key_is_refused(index, db_path, monkeypatch):
    clock = FakeClock(TODAY)
    paced = discover.Paced(0, LOOPBACK, clock, "Media Cloud")
    monkeypatch.delenv(discover.MEDIACLOUD_KEY_ENV, raising=False)
    with pytest.raises(discover.DiscoverError) as missing:
        discover.MediaCloud(paced, base=index.mediacloud_url)
    assert str(missing.value) == ("--via mediacloud needs an API key: set MEDIACLOUD_API_KEY (free account at"
                                  " search.mediacloud.org)")
    finder = discover.MediaCloud(paced, key="test-key", base=index.mediacloud_url)
    with Store(db_path) as store:
        rows = discover.discover(finder, query(days=14), store, clock)
    assert len(rows) == 20 and rows[2]["language"] == "ru" and rows[2]["domain"] == "meduza.io"
    assert [r["start"] for r in index.requests] == [FIRST.date().isoformat(), (FIRST + timedelta(days=7)).date().isoformat()]
    wrong = discover.MediaCloud(paced, key="wrong", base=index.mediacloud_url)
    with Store(db_path) as store, pytest.raises(discover.DiscoverError, match="^Media Cloud refused the request: HTTP 403"):
        discover.discover(wrong, query(days=3, language="en"), store, clock)


def test_a_version_4_store_is_upgraded_in_place(db_path):
    from ingest.records import Article, Extraction
    with Store(db_path) as store:
        store.add(Article(text="One article on the talks.", url="https://www.bbc.co.uk/news/1"), Extraction(), "a")
    with sqlite3.connect(db_path) as conn:
        conn.executescript("""
            DROP TABLE discover_windows; DROP TABLE discovered; DROP TABLE reference_volume;
            DROP TABLE feed_state; DROP TABLE feed_polls; DROP TABLE outlet_switches;
            UPDATE meta SET value = '4' WHERE key = 'schema_version';
        """)
    with Store(db_path) as store:
        assert store.meta("schema_version") == str(SCHEMA_VERSION)  # 5 brought these tables; later versions keep them
        assert store.count() == 1
        store.switch_outlet("BBC", False)
        assert store.outlet_switches() == {"BBC": False}


# --- the command line ------------------------------------------------------------------------------------

def cli(*args, fake, timeout=120, allow_private=True):
    env = {k: v for k, v in os.environ.items() if k not in ("COVERAGE_DB", "COVERAGE_ALLOW_PRIVATE")}
    env.update({"COVERAGE_GDELT_URL": fake.gdelt_url, "COVERAGE_GDELT_INTERVAL": "0"})
    if allow_private:
        env["COVERAGE_ALLOW_PRIVATE"] = "1"
    return subprocess.run([str(PYTHON), "-m", "ingest", "discover", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def span(days):
    return ["--from", FIRST.date().isoformat(), "--to", (FIRST.date() + timedelta(days=days - 1)).isoformat()]


def test_discover_lists_as_json_and_adds_through_the_pipeline(index, db_path):
    listed = cli("peace talks", *span(2), "--json", "--db", db_path, fake=index)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [row["url"] for row in rows] == [index.url(a) for a in index.articles[:8]]
    assert rows[0] == {"date": FIRST.date().isoformat(), "seen": FIRST.isoformat() + "Z", "outlet": "BBC",
                       "domain": "bbc.co.uk", "language": "en", "country": "United Kingdom",
                       "title": "Talks round 0 in Geneva", "url": index.url(index.articles[0])}
    added = cli("peace talks", *span(2), "--add", "--max", "3", "--workers", "1", "--db", db_path, fake=index)
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[-1] == "added 3, duplicates 0, failed 0"
    assert len(added.stdout.splitlines()) == 4  # three listed, then the summary
    again = cli("peace talks", *span(2), "--add", "--max", "4", "--workers", "1", "--db", db_path, fake=index)
    assert again.stdout.splitlines()[-1] == "added 1, duplicates 0, failed 0"
    assert "4 articles found, 3 already stored" in again.stderr
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT title FROM articles ORDER BY id").fetchall() == [
            (f"Talks round {n} in {place}",) for n, place in enumerate(["Geneva", "Istanbul", "Riyadh", "Jeddah"])]


def test_discovered_private_addresses_are_refused_one_line_each_unless_allowed(index, db_path):
    done = cli("peace talks", *span(1), "--add", "--max", "2", "--workers", "1", "--db", db_path, fake=index,
               allow_private=False)
    assert done.returncode == 1
    refusal = ("refused: 127.0.0.1 is a private, loopback or link-local address (127.0.0.1); allow private"
               " addresses in the settings to fetch it")
    assert done.stderr.splitlines() == ["2 articles found, 0 already stored",
                                        *(f"failed  {index.url(a)}: {refusal}" for a in index.articles[:2])]
    assert done.stdout.splitlines()[-1] == "added 0, duplicates 0, failed 2"


def test_a_killed_run_resumes_without_asking_for_finished_windows_again(db_path):
    fake = FakeIndex(spread(40, FIRST), delay=0.4)  # 10 days, 0.4 s an answer
    try:
        env = {k: v for k, v in os.environ.items() if k != "COVERAGE_DB"}
        env.update({"COVERAGE_GDELT_URL": fake.gdelt_url, "COVERAGE_GDELT_INTERVAL": "0",
                    "COVERAGE_ALLOW_PRIVATE": "1"})
        run = subprocess.Popen([str(PYTHON), "-m", "ingest", "discover", "peace talks", *span(10), "--db", db_path],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(fake.requests) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        run.send_signal(signal.SIGKILL)
        run.wait()
        first = artlist_calls(fake)
        with sqlite3.connect(db_path) as conn:
            done = conn.execute("SELECT count(*) FROM discover_windows").fetchone()[0]
        assert 3 <= done < 10
        fake.requests.clear()
        fake.delay = 0
        rerun = cli("peace talks", *span(10), "--json", "--db", db_path, fake=fake)
        assert rerun.returncode == 0, rerun.stderr
        second = artlist_calls(fake)
        assert len(second) == 10 - done
        assert len(set(first) & set(second)) <= 1  # at most the window that was in flight
        assert len(json.loads(rerun.stdout)) == 40
    finally:
        fake.close()


def test_robots_txt_is_obeyed_for_discovered_pages(index, db_path):
    index.robots = "User-agent: coverage-ingest\nDisallow: /news/1.html\n\nUser-agent: *\nDisallow: /\n"
    done = cli("peace talks", *span(1), "--add", "--max", "2", "--workers", "1", "--db", db_path, fake=index)
    assert done.returncode == 1
    assert done.stderr.splitlines()[1:] == [
        f"failed  {index.url(index.articles[1])}: robots.txt of 127.0.0.1 disallows this page for coverage-ingest;"
        " not fetched"]
    assert done.stdout.splitlines()[-1] == "added 1, duplicates 0, failed 1"


def test_a_site_that_refuses_or_paywalls_is_named_in_one_line_each(index, db_path):
    index.refused_pages = {0: 403, 1: 451}
    index.paywalled = {2}
    done = cli("peace talks", *span(1), "--add", "--workers", "1", "--db", db_path, fake=index)
    refused = "the site refuses us (blocked, or it forbids automated access)"
    assert done.stderr.splitlines()[1:] == [
        f"failed  {index.url(index.articles[0])}: HTTP 403 Forbidden: {refused}",
        f"failed  {index.url(index.articles[1])}: HTTP 451 Unavailable For Legal Reasons: {refused}",
        f"failed  {index.url(index.articles[2])}: the site answered with a paywall page, not the article"]
    assert done.stdout.splitlines()[-1] == "added 1, duplicates 0, failed 3"


def test_mediacloud_from_the_command_line_needs_its_key(index, db_path):
    env = {k: v for k, v in os.environ.items() if k not in ("COVERAGE_DB", discover.MEDIACLOUD_KEY_ENV)}
    env.update({"COVERAGE_MEDIACLOUD_URL": index.mediacloud_url, "COVERAGE_MEDIACLOUD_INTERVAL": "0"})
    run = lambda extra: subprocess.run(  # noqa: E731
        [str(PYTHON), "-m", "ingest", "discover", "peace talks", *span(3), "--via", "mediacloud", "--json",
         "--db", db_path], cwd=ROOT, env={**env, **extra}, capture_output=True, text=True, timeout=120)
    missing = run({})
    assert (missing.returncode, missing.stderr) == (2, "error: --via mediacloud needs an API key: set MEDIACLOUD_API_KEY"
                                                       " (free account at search.mediacloud.org)\n")
    found = run({discover.MEDIACLOUD_KEY_ENV: "test-key"})
    assert found.returncode == 0, found.stderr
    assert [row["url"] for row in json.loads(found.stdout)] == [index.url(a) for a in index.articles[:12]]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, db_path):
    return db_path if request.param == "sqlite" else request.getfixturevalue("postgres_url")


def test_windows_finds_volume_feed_state_and_switches_on_both_backends(index, any_store):
    clock = FakeClock(TODAY)
    with Store(any_store) as store:
        rows = discover.discover(gdelt(index, clock), query(days=2), store, clock)
        again = discover.discover(gdelt(index, clock), query(days=2), store, clock)
        store.save_feed_state("https://example.org/feed", "BBC", polls=1, last_new=2, last_success=FIRST)
        store.save_feed_state("https://example.org/feed", "BBC", polls=2, last_new=0, last_error="HTTP 503",
                              last_error_at=FIRST)
        store.switch_outlet("BBC", False)
        states = store.feed_states()
        switches = store.outlet_switches()
    assert rows == again and len(rows) == 8
    assert len(artlist_calls(index)) == 2  # the second run found both windows done
    assert {k: states["https://example.org/feed"][k] for k in ("polls", "last_new", "last_success", "last_error")} == {
        "polls": 2, "last_new": 0, "last_success": FIRST, "last_error": "HTTP 503"}
    assert switches == {"BBC": False}
    from dashboard import queries
    from storage.engine import open_engine
    engine = open_engine(any_store, readonly=True)
    try:
        health = queries.outlet_health(engine).set_index("outlet")
        volume = queries.reference_volume(engine, "peace talks")
    finally:
        engine.dispose()
    assert (health.loc["BBC", "last_error"], bool(health.loc["BBC", "on"])) == ("HTTP 503", False)
    assert volume["articles"].tolist() == [4, 4] and volume["monitored"].tolist() == [100_004, 100_004]


def test_a_window_the_index_may_still_add_to_is_asked_again(db_path):
    today = datetime(TODAY.year, TODAY.month, TODAY.day)
    fake = FakeIndex(spread(6, today - timedelta(days=1), hours=4))  # yesterday 00:00 to today 00:00 + 20 h
    try:
        clock = FakeClock(TODAY)  # it is 12:00 today
        asked = discover.Query("peace talks", TODAY - timedelta(days=1), TODAY)
        with Store(db_path) as store:
            first = discover.discover(gdelt(fake, clock), asked, store, clock)
            fake.requests.clear()
            second = discover.discover(gdelt(fake, clock), asked, store, clock)
        assert [call[0][:8] for call in artlist_calls(fake)] == [today.strftime("%Y%m%d")]
        assert len(first) == len(second) == 6
    finally:
        fake.close()


def test_an_unknown_outlet_or_a_reversed_range_is_one_line(index, db_path):
    unknown = cli("peace talks", *span(1), "--outlet", "Daily Nowhere", "--db", db_path, fake=index)
    assert (unknown.returncode, unknown.stderr) == (
        2, "error: --outlet Daily Nowhere: no outlet of that name in data/outlets.toml\n")
    reversed_ = cli("peace talks", "--from", "2026-12-04", "--to", "2026-12-01", "--db", db_path, fake=index)
    assert (reversed_.returncode, reversed_.stderr) == (2, "error: --to 2026-12-01 is before --from 2026-12-04\n")
    assert index.requests == []


def test_added_urls_take_turns_by_domain():
    from ingest.cli import _by_turns
    from ingest.feeds import FeedItem
    links = ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://b.example/1",
             "https://c.example/1", "https://b.example/2"]
    assert [i.link for i in _by_turns([FeedItem(link, None, None) for link in links])] == [
        "https://a.example/1", "https://b.example/1", "https://c.example/1", "https://a.example/2",
        "https://b.example/2", "https://a.example/3"]


# --- recorded answers (tests/fixtures/indexes, synthetic, in the documented shapes) -------------------------

def test_recorded_gdelt_answers_are_read_field_by_field(index):
    index.recorded = {"ArtList": ("gdelt_artlist.json", "application/json; charset=utf-8"),
                      "timelinevolraw": ("gdelt_timelinevolraw.json", "application/json")}
    finder = gdelt(index, FakeClock(TODAY), interval=0)
    day = datetime(2025, 11, 18)
    found = finder.articles(query(), day, day + timedelta(days=1))
    assert found == [
        discover.Found("https://www.bbc.co.uk/news/world-europe-00000001",
                       "Ukraine and Russia delegations meet in Istanbul", datetime(2025, 11, 18, 9, 15), "bbc.co.uk",
                       "en", "United Kingdom"),
        discover.Found("https://www.tagesschau.de/ausland/europa/gespraeche-00000002.html", None,
                       datetime(2025, 11, 18, 10, 45), "tagesschau.de", "de", "Germany")]
    assert finder.volume(query(), day, day + timedelta(days=2)) == [
        (date(2025, 11, 18), 8, 8400), (date(2025, 11, 19), 0, 3900)]


def test_gdelt_answering_in_plain_text_is_one_line(index):
    index.recorded = {"ArtList": ("gdelt_error.txt", "text/html; charset=utf-8")}
    with pytest.raises(discover.DiscoverError) as failed:
        gdelt(index, FakeClock(TODAY), interval=0).articles(query(), FIRST, FIRST + timedelta(days=1))
    assert str(failed.value) == ("GDELT did not answer with JSON: 'Your search contained a keyword that was too short"
                                 " or too common.'; check the query")


def test_a_recorded_media_cloud_page_is_read_and_undated_stories_left_out(index):
    index.recorded = {"/api/search/story-list": ("mediacloud_story_list.json", "application/json")}
    finder = discover.MediaCloud(discover.Paced(0, LOOPBACK, FakeClock(TODAY)), key="k", base=index.mediacloud_url)
    found = finder.articles(query(), datetime(2023, 3, 13), datetime(2023, 3, 20))
    assert found == [discover.Found("https://kyivindependent.com/talks-resume-00000003/", "Talks resume in Geneva",
                                    datetime(2023, 3, 14, 8, 30), "kyivindependent.com", "en", None)]
    assert index.requests[0]["q"] == "(peace talks)" and index.requests[0]["end"] == "2023-03-19"
