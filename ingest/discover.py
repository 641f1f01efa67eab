"""Discovery: the articles a news index lists for a query over a date range, collected window by window.

    split the range into windows -> skip the windows the store says are done -> ask the index for each
    (a full GDELT answer is split in two and asked again) -> keep each window's finds and mark it done
    -> GDELT's volume timeline kept as a reference series -> the finds, oldest first

Indexes: GDELT's DOC 2.0 API (`ArtList` and `timelinevolraw`, JSON; no key; about the last three months;
at most 250 articles a call) and Media Cloud's search API (`search/story-list`, full archive, needs
`MEDIACLOUD_API_KEY`). Every call goes through `ingest.fetch` at most once per interval, backing off on 429
and 5xx answers (Retry-After honoured). The clock is passed in, so tests run intervals and backoff on a fake one.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable, Protocol
from urllib.parse import urlencode, urlsplit

from babel import Locale

from ingest.clock import Clock
from ingest.fetch import FetchError, FetchOptions, HttpError, fetch

GDELT_URL_ENV = "COVERAGE_GDELT_URL"
GDELT_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
GDELT_INTERVAL_ENV = "COVERAGE_GDELT_INTERVAL"
MEDIACLOUD_URL_ENV = "COVERAGE_MEDIACLOUD_URL"
MEDIACLOUD_URL = "https://search.mediacloud.org/api/"
MEDIACLOUD_KEY_ENV = "MEDIACLOUD_API_KEY"
MEDIACLOUD_INTERVAL_ENV = "COVERAGE_MEDIACLOUD_INTERVAL"
GDELT_MAX_RECORDS = 250  # ArtList's cap per call: a window that returns this many is split
GDELT_REACH = timedelta(days=90)  # the DOC API searches a rolling window of about three months
SMALLEST_WINDOW = timedelta(minutes=15)  # GDELT's own resolution: a window this small is not split again
SETTLED = timedelta(hours=2)  # an index keeps adding to a window this long after it ends
TRIES = 5  # calls per request before a 429 / 5xx / connection failure ends the run (finished windows are kept)


class DiscoverError(Exception):
    """Discovery cannot go on as asked; one line saying why and what to do."""


@dataclass(frozen=True)
class Query:
    text: str
    start: date  # first day, inclusive
    end: date  # last day, inclusive
    language: str | None = None  # ISO 639-1
    country: str | None = None  # ISO 3166-1 alpha-2
    domains: tuple[str, ...] = ()  # an outlet's domains, from the registry
    limit: int | None = None

    def described(self) -> str:
        """The query with its filters, as the store keys the reference series."""
        parts = [self.text]
        parts += [f"lang:{self.language}"] if self.language else []
        parts += [f"country:{self.country}"] if self.country else []
        parts += [f"domain:{domain}" for domain in self.domains]
        return " ".join(parts)

    def key(self, via: str) -> str:
        return hashlib.sha256(f"{via}\n{self.described()}".encode()).hexdigest()


@dataclass(frozen=True)
class Found:
    url: str
    title: str | None
    seen: datetime | None  # naive UTC
    domain: str | None
    language: str | None
    country: str | None

    def row(self) -> dict:
        return {"url": self.url, "title": self.title, "seen": self.seen, "domain": self.domain,
                "language": self.language, "country": self.country}


class Index(Protocol):
    name: str
    cap: int | None  # answers this long may be cut: split the window

    def window(self) -> timedelta: ...

    def earliest(self, today: date) -> date | None: ...

    def articles(self, query: Query, start: datetime, end: datetime) -> list[Found]: ...

    def volume(self, query: Query, start: datetime, end: datetime) -> list[tuple[date, int, int | None]]: ...


@dataclass
class Paced:
    """GET through `ingest.fetch`, at most one call per `interval` seconds, with exponential backoff."""

    interval: float
    options: FetchOptions
    clock: Clock = field(default_factory=Clock)
    label: str = "the index"
    _next: float = 0.0

    def get(self, url: str, headers: dict[str, str] | None = None) -> bytes:
        delay = max(self.interval, 1.0)
        for attempt in range(1, TRIES + 1):
            wait = self._next - self.clock.monotonic()
            if wait > 0:
                self.clock.sleep(wait)
            self._next = self.clock.monotonic() + self.interval
            try:
                return fetch(url, self.options, accept="json", headers=headers).content
            except HttpError as exc:
                if not exc.passing:
                    raise DiscoverError(f"{self.label} refused the request: {exc}") from None
                if attempt == TRIES:
                    raise DiscoverError(f"{self.label} kept failing ({exc}) after {TRIES} tries; run the same"
                                        " command again later: finished windows are kept") from None
                pause = max(exc.retry_after or 0.0, delay)
            except FetchError as exc:
                if attempt == TRIES:
                    raise DiscoverError(f"{self.label} cannot be reached: {exc}; check the address and run again"
                                        ) from None
                pause = delay
            self.clock.sleep(pause)  # the pause stands in for the interval before the next try
            self._next = self.clock.monotonic()
            delay *= 2
        raise AssertionError("unreachable")


class Gdelt:
    """GDELT's DOC 2.0 API: ArtList for the articles, timelinevolraw for the volume."""

    name = "gdelt"
    cap = GDELT_MAX_RECORDS

    def __init__(self, paced: Paced, base: str | None = None):
        self.paced = paced
        self.base = base or os.environ.get(GDELT_URL_ENV) or GDELT_URL

    def window(self) -> timedelta:
        return timedelta(days=1)

    def earliest(self, today: date) -> date:
        return today - GDELT_REACH

    def articles(self, query: Query, start: datetime, end: datetime) -> list[Found]:
        data = self._call(query, "ArtList", start, end, maxrecords=GDELT_MAX_RECORDS, sort="DateAsc")
        return [found for item in data.get("articles") or [] if (found := _gdelt_article(item))]

    def volume(self, query: Query, start: datetime, end: datetime) -> list[tuple[date, int, int | None]]:
        data = self._call(query, "timelinevolraw", start, end)
        days: dict[date, list[int]] = {}
        for series in data.get("timeline") or []:
            for point in series.get("data") or []:
                moment = _gdelt_time(point.get("date"))
                if moment is None:
                    continue
                totals = days.setdefault(moment.date(), [0, 0])
                totals[0] += int(point.get("value") or 0)
                totals[1] += int(point.get("norm") or 0)
        return [(day, n, m or None) for day, (n, m) in sorted(days.items())]

    def _call(self, query: Query, mode: str, start: datetime, end: datetime, **extra) -> dict:
        params = {"query": gdelt_query(query), "mode": mode, "format": "json",
                  "startdatetime": start.strftime("%Y%m%d%H%M%S"),
                  "enddatetime": (end - timedelta(seconds=1)).strftime("%Y%m%d%H%M%S"), **extra}
        body = self.paced.get(f"{self.base}?{urlencode(params)}")
        return _json(body, "GDELT")


class MediaCloud:
    """Media Cloud's search API (v4): `search/story-list`, paged with its pagination token."""

    name = "mediacloud"
    cap = None

    def __init__(self, paced: Paced, key: str | None = None, base: str | None = None):
        key = key if key is not None else os.environ.get(MEDIACLOUD_KEY_ENV, "")
        if not key.strip():
            raise DiscoverError(f"--via mediacloud needs an API key: set {MEDIACLOUD_KEY_ENV} (free account at"
                                " search.mediacloud.org)")
        self.paced = paced
        self.headers = {"Authorization": f"Token {key.strip()}", "Accept": "application/json"}
        self.base = (base or os.environ.get(MEDIACLOUD_URL_ENV) or MEDIACLOUD_URL).rstrip("/") + "/"

    def window(self) -> timedelta:
        return timedelta(days=7)

    def earliest(self, today: date) -> None:
        return None

    def articles(self, query: Query, start: datetime, end: datetime) -> list[Found]:
        if query.country:
            raise DiscoverError("--country is not a Media Cloud filter (it searches collections of sources);"
                                " leave it out or use --outlet")
        params = {"q": mediacloud_query(query), "start": start.date().isoformat(),
                  "end": (end - timedelta(days=1)).date().isoformat(), "platform": "onlinenews-mediacloud",
                  "page_size": 1000}
        found: list[Found] = []
        token = None
        while True:
            page = {**params, **({"pagination_token": token} if token else {})}
            data = _json(self.paced.get(f"{self.base}search/story-list?{urlencode(page)}", self.headers),
                         "Media Cloud")
            found += [item for story in data.get("stories") or [] if (item := _mediacloud_story(story))]
            token = data.get("pagination_token")
            if not token:
                return found

    def volume(self, query: Query, start: datetime, end: datetime) -> list[tuple[date, int, int | None]]:
        return []


def discover(index: Index, query: Query, store, clock: Clock = Clock(),
             say: Callable[[str], None] = lambda line: None) -> list[dict]:
    """Collect what the index lists for the query (skipping windows done before); returns the finds, oldest first."""
    start = query.start
    earliest = index.earliest(clock.today())
    if earliest and query.end < earliest:
        raise DiscoverError(f"{query.start} to {query.end} is older than {index.name} covers (about the last three"
                            f" months, from {earliest}): use --via mediacloud for older coverage")
    if earliest and start < earliest:
        say(f"note: {index.name} covers about the last three months; {query.start} to"
            f" {earliest - timedelta(days=1)} is older and is left out (use --via mediacloud for it)")
        start = earliest
    begin, finish = _midnight(start), _midnight(query.end + timedelta(days=1))
    key = query.key(index.name)
    done = store.done_windows(key)
    total = len(store.discovered(key, begin, finish))
    for low, high in windows(begin, finish, index.window()):
        if query.limit is not None and total >= query.limit:
            break
        if low in done:
            continue
        found = _collect(index, query, low, high, say)
        # A window the index may still add to (it ends less than SETTLED ago) keeps its finds but is asked again.
        settled = high <= clock.now() - SETTLED
        store.finish_window(key, low, high, [item.row() for item in _unique(found)], done=settled)
        total = len(store.discovered(key, begin, finish))
    series = index.volume(query, begin, finish)
    if series:
        store.keep_volume(index.name, query.described(), series)
    rows = store.discovered(key, begin, finish)
    return rows[:query.limit] if query.limit is not None else rows


def windows(start: datetime, end: datetime, size: timedelta) -> list[tuple[datetime, datetime]]:
    spans, low = [], start
    while low < end:
        spans.append((low, min(low + size, end)))
        low += size
    return spans


def gdelt_query(query: Query) -> str:
    """The DOC API's query: the words, then its operators for language, country and domain."""
    parts = [query.text]
    if query.language:
        parts.append(f"sourcelang:{_language_name(query.language)}")
    if query.country:
        parts.append(f"sourcecountry:{_country_name(query.country)}")
    if query.domains:
        terms = [f"domain:{domain}" for domain in query.domains]
        parts.append(terms[0] if len(terms) == 1 else f"({' OR '.join(terms)})")
    return " ".join(parts)


def mediacloud_query(query: Query) -> str:
    parts = [f"({query.text})"]
    if query.language:
        parts.append(f"language:{query.language}")
    if query.domains:
        parts.append("(" + " OR ".join(f"canonical_domain:{domain}" for domain in query.domains) + ")")
    return " AND ".join(parts)


def _collect(index: Index, query: Query, low: datetime, high: datetime, say) -> list[Found]:
    found = index.articles(query, low, high)
    if index.cap is None or len(found) < index.cap:
        return found
    if high - low <= SMALLEST_WINDOW:
        say(f"note: {index.name} listed {len(found)} articles (its most) for {low:%Y-%m-%d %H:%M} to"
            f" {high:%H:%M} UTC: some in that quarter hour may be missing; narrow the query to see them")
        return found
    middle = low + (high - low) / 2
    middle = middle.replace(second=0, microsecond=0)
    return _collect(index, query, low, middle, say) + _collect(index, query, middle, high, say)


def _unique(found: list[Found]) -> list[Found]:
    seen, kept = set(), []
    for item in found:
        if item.url not in seen:
            seen.add(item.url)
            kept.append(item)
    return kept


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _json(body: bytes, name: str) -> dict:
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        line = text.splitlines()[0][:200]
        raise DiscoverError(f"{name} did not answer with JSON: {line!r}; check the query") from None
    return data if isinstance(data, dict) else {}


def _gdelt_time(value) -> datetime | None:
    try:
        return datetime.strptime(str(value), "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None


def _gdelt_article(item: dict) -> Found | None:
    url = (item.get("url") or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    return Found(url, (item.get("title") or "").strip() or None, _gdelt_time(item.get("seendate")),
                 (item.get("domain") or urlsplit(url).hostname or "").lower() or None,
                 _language_code(item.get("language")), (item.get("sourcecountry") or "").strip() or None)


def _mediacloud_story(story: dict) -> Found | None:
    url = (story.get("url") or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    seen = None
    published = str(story.get("publish_date") or "")
    try:
        seen = datetime.fromisoformat(published[:19]).replace(tzinfo=None) if published else None
    except ValueError:
        seen = None
    if seen is None:
        return None  # undated: it cannot be placed in a window
    language = (story.get("language") or "").strip().lower() or None
    return Found(url, (story.get("title") or "").strip() or None, seen,
                 (story.get("media_url") or story.get("media_name") or urlsplit(url).hostname or "").lower() or None,
                 language, None)


def _language_name(code: str) -> str:
    name = Locale("en").languages.get(code.lower())
    if not name:
        raise DiscoverError(f"--lang {code}: not an ISO 639-1 language code (e.g. en, ru, uk)")
    return name.lower().replace(" ", "")


def _country_name(code: str) -> str:
    name = Locale("en").territories.get(code.upper())
    if not name or len(code) != 2:
        raise DiscoverError(f"--country {code}: not an ISO 3166-1 alpha-2 country code (e.g. UA, RU, GB)")
    return name.lower().replace(" ", "")


def _language_code(name) -> str | None:
    """GDELT names languages in English ("Ukrainian"); the store keeps ISO 639-1 codes."""
    if not name:
        return None
    wanted = str(name).strip().lower()
    return _language_codes().get(wanted, wanted[:16])


@lru_cache(maxsize=1)
def _language_codes() -> dict[str, str]:
    return {label.lower(): code for code, label in Locale("en").languages.items() if len(code) == 2}
