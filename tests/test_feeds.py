"""Feeds: RSS and Atom items with their titles and dates, relative links, a 10,000-item cap, malformed input."""
import time
from datetime import date
from pathlib import Path

import pytest

from ingest.feeds import FeedError, FeedItem, parse_feed

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def read(name: str, base: str = "https://site.example") -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{{BASE}}", base.encode())


def test_rss_items_with_titles_and_dates():
    feed = parse_feed(read("ledger.rss"))
    assert feed.title == "The Daily Ledger - World"
    assert feed.items == [
        FeedItem("https://site.example/talks-geneva.html", "Negotiators Meet in Geneva (feed title)", date(2025, 5, 2)),
        FeedItem("https://site.example/sanctions-vote.html", "Sanctions package backed", date(2025, 4, 24)),
        FeedItem("https://site.example/gone.html", "A story that was taken down", date(2025, 4, 23)),
    ]


def test_atom_links_and_updated_dates():
    feed = parse_feed(read("wire.atom"))
    assert [(i.link, i.published) for i in feed.items] == [
        ("https://site.example/wire-a.html", date(2025, 4, 19)), ("https://site.example/wire-b.html", date(2025, 4, 19))]


def test_relative_links_resolve_against_the_feed_url():
    feed = parse_feed(read("wire.atom", base="/news"), base_url="https://wire.example/feeds/all.atom")
    assert feed.items[0].link == "https://wire.example/news/wire-a.html"


def test_ten_thousand_items_are_read_and_the_rest_capped():
    items = "".join(f"<item><title>Story {i}</title><link>https://x.example/{i}</link></item>" for i in range(10_500))
    started = time.monotonic()
    feed = parse_feed(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'
                      .encode())
    assert len(feed.items) == 10_000 and feed.dropped == 500
    assert feed.items[-1] == FeedItem("https://x.example/9999", "Story 9999", None)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("content, message", [
    ((FEEDS / "malformed.rss").read_bytes(), "malformed feed: <unknown>:2:77: no element found"),
    (b"<html><body><p>Not a feed</p></body></html>", "not a readable RSS/Atom feed: no RSS or Atom elements"),
    (b"", "not a readable RSS/Atom feed: no RSS or Atom elements"),
])
def test_unreadable_feeds_raise_one_line(content, message):
    with pytest.raises(FeedError) as info:
        parse_feed(content)
    assert str(info.value) == message


def test_a_string_is_never_fetched_or_opened(tmp_path):
    # feedparser opens a str or bytes naming a path (or fetches a URL); a path-like body must stay bad XML.
    with pytest.raises(FeedError):
        parse_feed(str(FEEDS / "ledger.rss").encode())
