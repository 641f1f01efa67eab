"""Local fakes of the news indexes and of news sites, on 127.0.0.1 only. Every response here is SYNTHETIC:
made up for the tests, written in the shapes the indexes document, never copied from a real answer.

- GDELT DOC 2.0 API at `/api/v2/doc/doc`: `mode=ArtList&format=json` answers
  `{"articles": [{"url", "url_mobile", "title", "seendate": "20250418T120000Z", "socialimage", "domain",
  "language": "English", "sourcecountry": "United Kingdom"}]}`, at most `maxrecords` (<= 250) between
  `startdatetime` and `enddatetime` (YYYYMMDDHHMMSS, inclusive), oldest first with `sort=DateAsc`; no match is
  `{}`. `mode=timelinevolraw` answers `{"query_details": {...}, "timeline": [{"series": "Article Count",
  "data": [{"date": "20250418T000000Z", "value": 12, "norm": 45678}]}]}` (value: matching articles; norm: all
  articles monitored).
- Media Cloud search API (v4) at `/api/search/story-list`: `Authorization: Token KEY`; `q`, `start`, `end`
  (YYYY-MM-DD, inclusive), `page_size`, `pagination_token`; answers `{"stories": [{"id", "media_id",
  "media_name", "media_url", "title", "publish_date": "2025-04-18", "url", "language", "indexed_date"}],
  "pagination_token": "..." or null}`; a wrong key is 403.
- Article pages at `/news/N.html`, each a distinct made-up report, so `--add` and the benchmark ingest them.
- `refused_pages` answer their status (403, 451) and `paywalled` pages are a "subscribe to continue" page.
- `/robots.txt`: the `robots` text, or 404 when it is None.
- Feeds at `/feed/NAME.rss`: `good` (RSS 2.0 listing the first `feed_size` articles, with an ETag; a matching
  If-None-Match gets 304), `slow` (answers after `slow_seconds`), `fail` (503, Retry-After from `?retry=`),
  `refuse` (403), `legal` (451), `paywall` (an HTML "subscribe to continue" page).

`recorded` serves a hand-written answer from tests/fixtures/indexes/ (synthetic too) for a GDELT mode or an API
path instead of the generated one. `failures` is a queue of (status, Retry-After) answered before the real ones; `requests` records what was asked.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

RECORDED = Path(__file__).resolve().parent / "fixtures" / "indexes"  # hand-written recordings (synthetic)
PLACES = ["Geneva", "Istanbul", "Riyadh", "Jeddah", "Vatican", "Ankara", "Doha", "Abu Dhabi"]
DOMAINS = [("bbc.co.uk", "English", "United Kingdom"), ("kyivindependent.com", "English", "Ukraine"),
           ("meduza.io", "Russian", "Latvia"), ("tagesschau.de", "German", "Germany")]


@dataclass
class FakeArticle:
    n: int
    seen: datetime
    domain: str
    language: str
    country: str

    def title(self) -> str:
        return f"Talks round {self.n} in {PLACES[self.n % len(PLACES)]}"


class FakeIndex:
    """One server: the GDELT and Media Cloud fakes and the article pages their results link to."""

    def __init__(self, articles: list[FakeArticle], key: str = "test-key", delay: float = 0.0):
        self.articles = sorted(articles, key=lambda a: (a.seen, a.n))
        self.key = key
        self.delay = delay  # seconds each API answer takes (so a test can kill a run mid-way)
        self.failures: list[tuple[int, str | None]] = []
        self.requests: list[dict] = []
        self.pages_served = 0
        self.feed_size = 3
        self.refused_pages: dict[int, int] = {}  # article number -> the status its page answers (403, 451)
        self.paywalled: set[int] = set()  # article numbers whose page is a "subscribe to continue" page
        self.robots: str | None = None
        self.recorded: dict[str, tuple[str, str]] = {}  # API path or GDELT mode -> (fixture file, content type)  # robots.txt's text; None: no robots.txt (404)
        self.slow_seconds = 3.0
        self.feed_requests: list[tuple[str, str | None]] = []  # (feed name, If-None-Match sent)
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def gdelt_url(self) -> str:
        return f"{self.base}/api/v2/doc/doc"

    @property
    def mediacloud_url(self) -> str:
        return f"{self.base}/api/"

    def url(self, article: FakeArticle) -> str:
        return f"{self.base}/news/{article.n}.html"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def artlist(self, start: datetime, end: datetime, limit: int) -> dict:
        hits = [a for a in self.articles if start <= a.seen <= end][:limit]
        if not hits:
            return {}
        return {"articles": [{
            "url": self.url(a), "url_mobile": "", "title": a.title(), "seendate": a.seen.strftime("%Y%m%dT%H%M%SZ"),
            "socialimage": "", "domain": a.domain, "language": a.language, "sourcecountry": a.country}
            for a in hits]}

    def timeline(self, start: datetime, end: datetime) -> dict:
        days: dict[str, int] = {}
        day = start.replace(hour=0, minute=0, second=0)
        while day <= end:
            days[day.strftime("%Y%m%dT000000Z")] = 0
            day += timedelta(days=1)
        for a in self.articles:
            if start <= a.seen <= end:
                days[a.seen.strftime("%Y%m%dT000000Z")] += 1
        return {"query_details": {"title": "synthetic", "date_resolution": "day"},
                "timeline": [{"series": "Article Count",
                              "data": [{"date": d, "value": v, "norm": 100_000 + v} for d, v in days.items()]}]}

    def stories(self, start: datetime, end: datetime, size: int, token: str | None) -> dict:
        hits = [a for a in self.articles if start <= a.seen < end + timedelta(days=1)]
        offset = int(token or 0)
        page = hits[offset:offset + size]
        codes = {"English": "en", "Russian": "ru", "German": "de"}
        return {"stories": [{"id": str(a.n), "media_id": 1000 + DOMAINS.index((a.domain, a.language, a.country)),
                             "media_name": a.domain, "media_url": a.domain, "title": a.title(),
                             "publish_date": a.seen.date().isoformat(), "url": self.url(a),
                             "language": codes.get(a.language, "en"), "indexed_date": a.seen.isoformat()}
                            for a in page],
                "pagination_token": str(offset + size) if offset + size < len(hits) else None}

    def page(self, n: int) -> bytes | None:
        article = next((a for a in self.articles if a.n == n), None)
        if article is None:
            return None
        place = PLACES[n % len(PLACES)]
        paragraphs = "".join(
            f"<p>Delegations from Ukraine and Russia met in {place} for round {n} of the talks on {article.seen:%d %B},"
            f" paragraph {k}. Negotiators discussed a ceasefire along the front line and the exchange of"
            f" prisoners, number {n * 10 + k}, while mediators said progress was slow.</p>" for k in range(1, 6))
        return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{article.title()}</title>"
                f"<meta property='article:published_time' content='{article.seen:%Y-%m-%dT%H:%M:%SZ}'></head>"
                f"<body><article><h1>{article.title()}</h1>{paragraphs}</article></body></html>").encode()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                try:
                    if parts.path.startswith("/news/"):
                        return self._page(parts.path)
                    if parts.path == "/robots.txt":
                        if fake.robots is None:
                            return self._send(404, b"not found", "text/plain")
                        return self._send(200, fake.robots.encode(), "text/plain")
                    if parts.path.startswith("/feed/"):
                        return self._feed(parts.path.removeprefix("/feed/").removesuffix(".rss"), query)
                    with fake.lock:
                        fake.requests.append({"path": parts.path, **query})
                        failure = fake.failures.pop(0) if fake.failures else None
                    time.sleep(fake.delay)
                    if failure:
                        status, retry_after = failure
                        headers = [("Retry-After", retry_after)] if retry_after else []
                        return self._send(status, b"Please limit requests", "text/plain", headers)
                    recording = fake.recorded.get(query.get("mode", parts.path))
                    if recording:
                        body = (RECORDED / recording[0]).read_bytes()
                        return self._send(200, body, recording[1])
                    if parts.path == "/api/v2/doc/doc":
                        return self._gdelt(query)
                    if parts.path == "/api/search/story-list":
                        return self._mediacloud(query)
                    self._send(404, b"not found", "text/plain")
                except OSError:
                    pass

            def _gdelt(self, query):
                start = datetime.strptime(query["startdatetime"], "%Y%m%d%H%M%S")
                end = datetime.strptime(query["enddatetime"], "%Y%m%d%H%M%S")
                if query.get("mode") == "timelinevolraw":
                    body = fake.timeline(start, end)
                else:
                    body = fake.artlist(start, end, min(int(query.get("maxrecords", 75)), 250))
                self._send(200, json.dumps(body).encode(), "application/json; charset=utf-8")

            def _mediacloud(self, query):
                if self.headers.get("Authorization") != f"Token {fake.key}":
                    return self._send(403, b'{"detail": "Invalid token."}', "application/json")
                start, end = (datetime.fromisoformat(query[k]) for k in ("start", "end"))
                body = fake.stories(start, end, int(query.get("page_size", 100)), query.get("pagination_token"))
                self._send(200, json.dumps(body).encode(), "application/json")

            def _feed(self, name, query):
                with fake.lock:
                    fake.feed_requests.append((name, self.headers.get("If-None-Match")))
                if name == "slow":
                    time.sleep(fake.slow_seconds)
                if name == "fail":
                    return self._send(503, b"busy", "text/plain", [("Retry-After", query.get("retry", "0"))])
                if name in ("refuse", "legal"):
                    status = 403 if name == "refuse" else 451
                    return self._send(status, b"<html><body>No.</body></html>", "text/html")
                if name == "paywall":
                    return self._send(200, b"<html><body><h1>Subscribe to continue reading</h1></body></html>",
                                      "text/html")
                etag = f'"{name}-{fake.feed_size}"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", "application/rss+xml", [("ETag", etag)])
                items = "".join(f"<item><title>{a.title()}</title><link>{fake.url(a)}</link>"
                                f"<pubDate>{a.seen:%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>"
                                for a in fake.articles[:fake.feed_size])
                body = (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{name}</title>"
                        f"<link>{fake.base}/</link><description>synthetic</description>{items}</channel></rss>")
                self._send(200, body.encode(), "application/rss+xml", [("ETag", etag)])

            def _page(self, path):
                name = path.removeprefix("/news/").removesuffix(".html")
                if name.isdigit() and int(name) in fake.refused_pages:
                    return self._send(fake.refused_pages[int(name)], b"<html><body>No.</body></html>", "text/html")
                if name.isdigit() and int(name) in fake.paywalled:
                    return self._send(200, b"<html><head><title>Subscribe</title></head><body><h1>Talks</h1><p>Subscribe"
                                      b" to continue reading this article.</p></body></html>", "text/html")
                body = fake.page(int(name)) if name.isdigit() else None
                with fake.lock:
                    fake.pages_served += 1
                if body is None:
                    return self._send(404, b"<html><body>Not found</body></html>", "text/html")
                self._send(200, body, "text/html; charset=utf-8")

            def _send(self, status, body, content_type, headers=()):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers:
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

        return Handler


def spread(count: int, first: datetime, hours: float = 6.0) -> list[FakeArticle]:
    """`count` articles, one every `hours`, across the fake outlets."""
    return [FakeArticle(n, first + timedelta(hours=hours * n), *DOMAINS[n % len(DOMAINS)]) for n in range(count)]


class FakeClock:
    """Time that moves only when something sleeps (or a test moves it); records every sleep."""

    def __init__(self, today):
        self.t = 1000.0
        self.sleeps: list[float] = []
        self._today = today
        self.start = datetime(today.year, today.month, today.day, 12)
        self.lock = threading.Lock()

    def monotonic(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.sleeps.append(round(seconds, 3))
            self.t += seconds

    def today(self):
        return self._today

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.t - 1000.0)

    def advance(self, delta: timedelta) -> None:
        self.t += delta.total_seconds()
