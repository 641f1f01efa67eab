"""The pipeline end to end on real files, a real HTTP server and a real SQLite store: mixed good and bad input,
feeds with fallbacks, wire copies, re-runs that add nothing, workers, the topic filter and first-run seeding."""
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ingest.pipeline import SEED_ARTICLE as SEED
from ingest.pipeline import Options, PipelineError, ensure_seeded, run
from ingest.sources import Failure, Item, expand

SITE = Path(__file__).parent / "fixtures" / "site"


def ingest(sources, db, **options):
    outcomes = []
    summary = run([str(s) for s in sources], Options(db=db, **options), outcomes.append)
    return summary, {o.origin: (o.status, o.detail) for o in outcomes}


def rows(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def bad_inputs(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (folder / "noise.txt").write_bytes(bytes(range(1, 9)) * 600)
    return folder


def test_mixed_batch_stores_the_good_and_names_each_failure(db_path, tmp_path, site, bad_inputs):
    shutil.copy(SITE / "talks-geneva.html", tmp_path / "geneva.html")
    (tmp_path / "geneva.meta.json").write_text(json.dumps({"url": "https://ledger.example/geneva", "source": "Ledger"}))
    summary, outcomes = ingest([
        SEED, tmp_path / "geneva.html", bad_inputs / "empty.txt", bad_inputs / "binary.html",
        bad_inputs / "noise.txt", tmp_path / "missing.txt", "http://127.0.0.1:9/closed.html",
        f"{site}/sanctions-vote.html", f"{site}/nothing-here.html", f"{site}/_/json", f"{site}/wrong-charset.html",
    ], db_path)
    assert (summary.added, summary.duplicates, summary.failed) == (4, 0, 7)
    assert outcomes[str(bad_inputs / "empty.txt")] == ("failed", "empty file")
    assert outcomes[str(bad_inputs / "binary.html")][1].startswith("the input looks like binary data")
    assert outcomes[str(bad_inputs / "noise.txt")][1].startswith("the input looks like binary data")
    assert outcomes[str(tmp_path / "missing.txt")] == ("failed", "no such file or directory")
    assert outcomes["http://127.0.0.1:9/closed.html"] == ("failed", "cannot connect to 127.0.0.1:9: connection refused")
    assert outcomes[f"{site}/nothing-here.html"] == ("failed", "HTTP 404 Not Found")
    assert outcomes[f"{site}/_/json"] == (
        "failed", "not an article page: the server sent application/json (expected an HTML page or a feed)")
    assert all("\n" not in detail for _, detail in outcomes.values())
    stored = rows(db_path, "SELECT url, title, source, published FROM articles ORDER BY id")
    assert stored == [
        (None, "U.S. Signals Frustration With Ukraine-Russia Peace Talks, Floats Possible Withdrawal", "seed",
         "2025-04-19"),
        ("https://ledger.example/geneva", "Negotiators Meet in Geneva as Ceasefire Deadline Nears", "Ledger",
         "2025-05-02"),
        (f"{site}/sanctions-vote.html", "European Parliament Backs New Sanctions Package", "Continental Review",
         "2025-04-24"),
        # No site name in the page: the host it was fetched from names the source.
        (f"{site}/wrong-charset.html", "Gespräche über Waffenruhe in Genf", site.removeprefix("http://"), None),
    ]
    # Wrong charset (Latin-1 bytes served as UTF-8) still reads correctly, and the language is recorded.
    assert rows(db_path, "SELECT language FROM articles WHERE id = 4") == [("de",)]
    assert "über eine mögliche Waffenruhe" in rows(db_path, "SELECT text FROM articles WHERE id = 4")[0][0]
    assert rows(db_path, "SELECT outcome, count(*) FROM ingest_log GROUP BY outcome ORDER BY 1") == [
        ("added", 4), ("failed", 7)]


def test_the_seed_is_stored_without_its_advertisement(db_path):
    ingest([SEED], db_path)
    text = rows(db_path, "SELECT text FROM articles")[0][0]
    assert "shuttle" not in text.lower()
    assert text.endswith("(Sources: The Guardian, NBC News, AFP, Reuters)")


def test_bad_input_loses_nothing_already_stored_and_reruns_add_nothing(db_path, site, bad_inputs):
    ingest([SEED, f"{site}/talks-geneva.html"], db_path)
    before = rows(db_path, "SELECT * FROM articles ORDER BY id")
    mentions = rows(db_path, "SELECT count(*) FROM mentions")
    summary, _ = ingest([bad_inputs, SEED, f"{site}/talks-geneva.html"], db_path)
    assert (summary.added, summary.duplicates, summary.failed) == (0, 2, 3)
    assert rows(db_path, "SELECT * FROM articles ORDER BY id") == before
    assert rows(db_path, "SELECT count(*) FROM mentions") == mentions


def test_feed_url_ingests_its_items_with_feed_fallbacks(db_path, site, tmp_path):
    summary, outcomes = ingest([f"{site}/feeds/ledger.rss"], db_path)
    assert (summary.added, summary.failed) == (2, 1)
    assert outcomes[f"{site}/gone.html"] == ("failed", "HTTP 404 Not Found")
    # The page's own title wins over the feed's; canonical URL from the page.
    assert rows(db_path, "SELECT url, title FROM articles ORDER BY id")[0] == (
        "https://ledger.example/world/2025/05/02/geneva-ceasefire-talks",
        "Negotiators Meet in Geneva as Ceasefire Deadline Nears")
    # A page without a date takes the feed item's date.
    feed = tmp_path / "undated.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Istanbul</title>'
                    f'<link>{site}/broken.html</link><pubDate>Mon, 12 May 2025 08:00:00 GMT</pubDate></item>'
                    '</channel></rss>')
    summary, outcomes = ingest([feed], db_path)
    assert outcomes == {f"{site}/broken.html": ("added", "")}
    assert rows(db_path, f"SELECT published FROM articles WHERE origin = '{site}/broken.html'") == [("2025-05-12",)]


def test_wire_copies_from_two_outlets_are_one_story(db_path, site):
    summary, _ = ingest([f"{site}/feeds/wire.atom"], db_path)
    assert summary.added == 2
    assert rows(db_path, "SELECT url, source, story_id FROM articles ORDER BY id") == [
        ("https://harborpost.example/world/prisoner-swap", "Harbor Post", 1),
        ("https://valleytimes.example/news/2025/04/19/prisoner-exchange", "Valley Times", 1)]


def test_workers_store_the_same_rows_in_input_order(tmp_path, site):
    sources = [SEED, SITE / "talks-geneva.html", SITE / "missing.html", f"{site}/sanctions-vote.html",
               SITE / "wire-a.html", SITE / "wire-b.html"]
    one, four = str(tmp_path / "one.sqlite"), str(tmp_path / "four.sqlite")
    s1, _ = ingest(sources, one)
    s4, _ = ingest(sources, four, workers=4)
    assert (s4.added, s4.failed) == (s1.added, s1.failed) == (5, 1)
    query = "SELECT id, origin, title, content_hash, story_id FROM articles ORDER BY id"
    assert rows(four, query) == rows(one, query)
    assert rows(four, "SELECT article_id, start, \"end\" FROM mentions ORDER BY id") == rows(
        one, "SELECT article_id, start, \"end\" FROM mentions ORDER BY id")


def test_overrides_win_over_page_metadata(db_path):
    ingest([SITE / "talks-geneva.html"], db_path, source="Analyst pick", published=date(2025, 5, 3))
    assert rows(db_path, "SELECT source, published FROM articles") == [("Analyst pick", "2025-05-03")]


def test_topic_filter_keeps_only_articles_on_the_topic(db_path, tmp_path):
    recipe = tmp_path / "recipe.txt"
    recipe.write_text("Summer salad\n\n" + "Slice the tomatoes, add basil, olive oil and a pinch of salt. " * 20)
    summary, outcomes = ingest([SEED, recipe], db_path, topic="Ukraine-Russia peace talks")
    assert (summary.added, summary.off_topic) == (1, 1)
    assert outcomes[str(recipe)][0] == "off-topic"
    with pytest.raises(PipelineError) as info:
        ingest([SEED], db_path, topic="Cooking")
    assert str(info.value).startswith("unknown topic 'Cooking': choose one of Ukraine-Russia peace talks")


def test_ensure_seeded_fills_an_empty_store_once(db_path):
    first = ensure_seeded(db_path)
    assert (first.added, first.failed) == (1, 0)
    assert ensure_seeded(db_path) is None
    assert rows(db_path, "SELECT source, published FROM articles") == [("seed", "2025-04-19")]


def test_sources_expand_directories_lists_and_refuse_other_schemes(tmp_path):
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / ".hidden").mkdir()
    for name in ("news/a.txt", "news/deep/b.html", "news/.hidden/c.txt", "news/notes.json"):
        (tmp_path / name).write_text("Some article text here.")
    (tmp_path / "news" / "a.meta.json").write_text("{}")
    (tmp_path / "batch.list").write_text("# comment\nnews/deep/b.html\nhttps://x.example/1\n\nmissing.html\n")
    (tmp_path / "urls.txt").write_text("https://x.example/2\nhttps://x.example/3\n")
    (tmp_path / "prose.txt").write_text("Not a list.\nhttps://x.example/4\n")
    found = list(expand([str(tmp_path / p) for p in ("news", "batch.list", "urls.txt", "prose.txt")]
                        + ["ftp://x.example/f"]))
    shown = [(f.kind, f.path.name if f.path else f.url) if isinstance(f, Item) else ("failed", f.reason)
             for f in found]
    assert shown == [
        ("text", "a.txt"), ("html", "b.html"),
        ("html", "b.html"), ("url", "https://x.example/1"), ("failed", "no such file or directory"),
        ("url", "https://x.example/2"), ("url", "https://x.example/3"),
        ("text", "prose.txt"),
        ("failed", "only http and https URLs are supported, not 'ftp'"),
    ]
    assert isinstance(found[4], Failure) and found[4].origin == f"{tmp_path / 'batch.list'}: missing.html"


def test_a_list_that_includes_itself_is_read_once(tmp_path):
    (tmp_path / "self.list").write_text("self.list\nhttps://x.example/1\n")
    found = list(expand([str(tmp_path / "self.list")]))
    assert [getattr(f, "url", None) or f.reason for f in found] == [
        "list includes itself (directly or through another list); skipped the repeat", "https://x.example/1"]
