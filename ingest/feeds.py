"""RSS/Atom feeds read with feedparser into the article links they list, with the feed's title and date as fallbacks.

Content is handed to feedparser as a file object: given a string (or even bytes) that names a URL or a
path, it would fetch or open that itself.
"""
from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urljoin

import feedparser

MAX_ITEMS = 10_000


class FeedError(Exception):
    """A feed could not be read; the message is one line saying why."""


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None
    published: date | None


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: list[FeedItem]
    dropped: int = 0  # items past the cap, or without a usable link


def parse_feed(content: bytes, base_url: str | None = None, limit: int = MAX_ITEMS) -> Feed:
    """The items of an RSS/Atom document; relative links are resolved against `base_url`."""
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    if not parsed.entries and (parsed.bozo or not version):
        reason = _first_line(parsed.get("bozo_exception")) or "no RSS or Atom elements"
        raise FeedError(f"not a readable RSS/Atom feed: {reason}")
    items, dropped, seen = [], 0, set()
    for entry in parsed.entries:
        link = _link(entry, base_url)
        if not link or link in seen or len(items) >= limit:
            dropped += 1
            continue
        seen.add(link)
        items.append(FeedItem(link, (entry.get("title") or "").strip() or None, _date(entry)))
    if not items and parsed.bozo:
        raise FeedError(f"malformed feed: {_first_line(parsed.get('bozo_exception'))}")
    return Feed((parsed.feed.get("title") or "").strip() or None, items, dropped)


def _link(entry, base_url: str | None) -> str | None:
    link = entry.get("link") or next(
        (item.get("href") for item in entry.get("links", []) if item.get("rel", "alternate") == "alternate"), None)
    if not link:
        return None
    link = link.strip()
    return urljoin(base_url, link) if base_url else link


def _date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc).date()
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _first_line(exc) -> str:
    if exc is None:
        return ""
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else type(exc).__name__
