"""The only module that touches the network: one guarded HTTP GET for a page or a feed.

Guards: http/https only, connect/read timeouts plus a total deadline, redirects followed by hand (each hop
checked, loops and long chains refused), a size cap on the decompressed body (gzip bombs stop at the cap),
content types checked, binary bodies refused, optionally private/loopback/link-local hosts refused.
Every refusal is a `FetchError` whose message is one line a user can act on.
"""
from __future__ import annotations

import fcntl
import hashlib
import ipaddress
import os
import socket
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

USER_AGENT = os.environ.get("COVERAGE_USER_AGENT") or \
    "coverage-ingest/1.0 (+news coverage analysis; contact the operator of this tool)"
ROBOTS_AGENT = USER_AGENT.split("/")[0]  # the token robots.txt rules name
HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "application/feed+xml",
}
JSON_TYPES = {"application/json", "text/json", "text/plain", "text/html"}  # index APIs answer errors in text
ALLOW_PRIVATE_ENV = "COVERAGE_ALLOW_PRIVATE"  # 1: fetch private, loopback and link-local addresses anyway
CHUNK = 64 * 1024
REFUSALS = (401, 402, 403, 451)  # statuses by which a site refuses us rather than fails
PAYWALL_PHRASES = (b"subscribe to continue", b"subscribe to read", b"subscribers only", b"log in to read",
                   b"to continue reading, subscribe", b"paywall")
_ROBOTS: dict[str, RobotFileParser | str] = {}  # site -> its rules, or why they could not be read
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf")


class FetchError(Exception):
    """A URL could not be fetched or was refused; the message is one line saying why."""


class HttpError(FetchError):
    """The server answered with an error status; `retry_after` is its Retry-After in seconds, if it sent one."""

    def __init__(self, message: str, status: int, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after

    @property
    def refused(self) -> bool:
        """The site refuses us (forbidden, unavailable for legal reasons, payment required), not a passing fault."""
        return self.status in REFUSALS

    @property
    def passing(self) -> bool:
        """Worth retrying later: rate limited or a server fault."""
        return self.status == 429 or self.status >= 500


@dataclass(frozen=True)
class FetchOptions:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # total seconds for the whole download, so a trickling response is cut
    max_bytes: int = 5 * 1024 * 1024  # after decompression
    max_redirects: int = 5
    allow_private: bool = True  # the dashboard turns this off; the CLI and tests keep it on
    user_agent: str = USER_AGENT
    robots: bool = False  # obey robots.txt (for URLs nobody typed: discovered and polled ones)
    # A folder of lock files: when set, one request at a time per domain across threads and worker processes.
    domain_locks: str | None = None
    robots_agent: str = ROBOTS_AGENT


@dataclass(frozen=True)
class Fetched:
    """A downloaded body: bytes as served (decompressed) plus the declared charset, for the parser to decode."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    content: bytes
    content_type: str  # the media type, lower case, without parameters
    encoding: str | None  # the charset declared by the Content-Type header, if any
    status: int = 200  # 304 when a conditional GET found nothing new (the content is then empty)
    etag: str | None = None
    last_modified: str | None = None

    @property
    def is_feed(self) -> bool:
        return self.content_type in FEED_TYPES or looks_like_feed(self.content)


def fetch(url: str, options: FetchOptions = FetchOptions(), *, accept: str = "html",
          headers: dict[str, str] | None = None) -> Fetched:
    """GET `url`; `accept` is "html", "feed", "any" (either) or "json" (an index's API). Raises FetchError with a
    one-line reason (HttpError for an error status). `headers` are added to the request: a conditional GET's
    If-None-Match / If-Modified-Since (a 304 answer is a Fetched with status 304 and no content), or an API key."""
    allowed = {"html": HTML_TYPES, "feed": FEED_TYPES, "any": HTML_TYPES | FEED_TYPES, "json": JSON_TYPES,
               "robots": {"text/plain", "", "text/html", "application/octet-stream"}}[accept]
    with _domain_slot(url, options.domain_locks):
        return _fetch(url, options, allowed, accept, headers)


def _fetch(url: str, options: FetchOptions, allowed: set[str], accept: str, headers: dict[str, str] | None) -> Fetched:
    started = time.monotonic()
    seen: list[str] = []
    current = url
    with requests.Session() as session:
        while True:
            address = check_url(current, options.allow_private)
            if address is not None:  # connect to the address just checked, not to a second DNS answer
                parts = urlsplit(current)
                session.mount(f"{parts.scheme.lower()}://{parts.netloc.lower()}/", _pinned_adapter(address))
            if options.robots:
                check_robots(current, options)
            if current in seen:
                raise FetchError(f"redirect loop at {current}")
            seen.append(current)
            response = _get(session, current, options, headers)
            if not response.is_redirect:
                break
            response.close()
            if len(seen) > options.max_redirects:
                raise FetchError(f"more than {options.max_redirects} redirects")
            current = urljoin(current, response.headers.get("Location", ""))
        with response:
            etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
            if response.status_code == 304:
                return Fetched(url, current, b"", "", None, 304, etag, modified)
            if response.status_code >= 400:
                status = f"HTTP {response.status_code} {response.reason or ''}".strip()
                if response.status_code in REFUSALS:
                    status += ": the site refuses us (blocked, or it forbids automated access)"
                raise HttpError(status, response.status_code, _retry_after(response.headers.get("Retry-After", "")))
            media_type, charset = _content_type(response.headers.get("Content-Type", ""))
            if media_type not in allowed:
                shown = media_type or "no content type"
                raise FetchError(f"not an article page: the server sent {shown} (expected {_describe(accept)})")
            content = _read_body(response, options, started)
    if not content.strip():
        raise FetchError("the server sent an empty body")
    if _is_binary(content):
        raise FetchError(f"binary content labelled as {media_type}")
    return Fetched(url, current, content, media_type, charset, response.status_code, etag, modified)


def private_allowed() -> bool:
    """Whether the operator allowed private addresses for URLs nobody typed (`COVERAGE_ALLOW_PRIVATE=1`)."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def check_url(url: str, allow_private: bool) -> str | None:
    """Refuse anything but http(s), and private/loopback/link-local hosts unless they are allowed.

    When private hosts are refused, returns the address that was checked: the caller connects to it, so a
    DNS answer that changes between the check and the connection (rebinding) cannot reach a private host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https URLs are supported, not {parts.scheme or 'a bare path'!r}")
    if not parts.hostname:
        raise FetchError("the URL has no host")
    if allow_private:
        return None
    addresses = _addresses(parts.hostname, parts.port or 80)
    for address in addresses:
        if not address.is_global or address.is_multicast:
            raise FetchError(
                f"refused: {parts.hostname} is a private, loopback or link-local address ({address});"
                " allow private addresses in the settings to fetch it"
            )
    return str(addresses[0])


def check_robots(url: str, options: FetchOptions) -> None:
    """Refuse a URL the site's robots.txt disallows for our user agent (read once per site and process).

    No robots.txt (4xx, or not a text file) allows everything; a site whose robots.txt answers 5xx is left
    alone for now, as RFC 9309 asks."""
    parts = urlsplit(url)
    if parts.path in ("/robots.txt",):
        return
    site = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
    rules = _ROBOTS.get(site)
    if rules is None:
        rules = _read_robots(site, options)
        _ROBOTS[site] = rules
    if isinstance(rules, str):
        raise FetchError(rules)
    if not rules.can_fetch(options.robots_agent, url):
        raise FetchError(f"robots.txt of {parts.hostname} disallows this page for {options.robots_agent};"
                         " not fetched")


def _read_robots(site: str, options: FetchOptions) -> RobotFileParser | str:
    rules = RobotFileParser()
    try:
        fetched = fetch(f"{site}/robots.txt", replace(options, robots=False, domain_locks=None), accept="robots")
        rules.parse(fetched.content.decode("utf-8", "replace").splitlines())
    except HttpError as exc:
        if exc.status >= 500:
            return f"robots.txt of {urlsplit(site).hostname} cannot be read ({exc}); not fetched, try later"
        rules.parse([])  # no robots.txt: everything allowed
    except FetchError:
        rules.parse([])  # unreadable as rules (empty, binary, unreachable): the page fetch says what is wrong
    return rules


@contextmanager
def _domain_slot(url: str, folder: str | None):
    """Hold the URL's domain (an exclusive lock file) while it is fetched, when a lock folder is given."""
    if not folder:
        yield
        return
    host = (urlsplit(url).hostname or "").lower()
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, hashlib.sha1(host.encode()).hexdigest() + ".lock")
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class _Pinned:
    """A urllib3 connection that opens its socket to a fixed address while keeping the host name for TLS."""

    address = ""

    def _new_conn(self):
        host, self._dns_host = self._dns_host, self.address
        try:
            return super()._new_conn()
        finally:
            self._dns_host = host


def _pinned_adapter(address: str) -> HTTPAdapter:
    http = type("PinnedHTTPConnection", (_Pinned, HTTPConnection), {"address": address})
    https = type("PinnedHTTPSConnection", (_Pinned, HTTPSConnection), {"address": address})
    adapter = HTTPAdapter()
    adapter.poolmanager.pool_classes_by_scheme = {
        "http": type("PinnedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
        "https": type("PinnedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https})}
    return adapter


def looks_paywalled(content: bytes) -> bool:
    """A page that asks the reader to subscribe or log in instead of showing the article."""
    text = content[:200_000].lower()
    return any(phrase in text for phrase in PAYWALL_PHRASES)


def looks_like_feed(content: bytes) -> bool:
    head = content[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and any(tag in content[:4096].lower() for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _addresses(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host}: {exc.strerror}") from exc
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


def _get(session: requests.Session, url: str, options: FetchOptions,
         extra: dict[str, str] | None = None) -> requests.Response:
    headers = {
        "User-Agent": options.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9",
        # Only encodings we decompress ourselves, under the size cap.
        "Accept-Encoding": "gzip, deflate",
        **(extra or {}),
    }
    try:
        return session.get(
            url, headers=headers, stream=True, allow_redirects=False,
            timeout=(options.connect_timeout, options.read_timeout),
        )
    except requests.exceptions.ConnectTimeout:
        raise FetchError(f"connection timed out after {options.connect_timeout:g}s") from None
    except requests.exceptions.ReadTimeout:
        raise FetchError(f"no response within {options.read_timeout:g}s") from None
    except requests.exceptions.SSLError as exc:
        raise FetchError(f"TLS error: {_first_line(exc)}") from None
    except requests.exceptions.ConnectionError as exc:
        raise FetchError(f"cannot connect to {_host(url)}: {_connection_reason(exc)}") from None
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"request failed: {_first_line(exc)}") from None


def _read_body(response: requests.Response, options: FetchOptions, started: float) -> bytes:
    """Read the raw stream and decompress it ourselves, so the cap applies to what a bomb would expand to."""
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    decoder = _decoder(encoding)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and encoding == "identity" and int(declared) > options.max_bytes:
        raise FetchError(f"page too large: {int(declared):,} bytes (limit {options.max_bytes:,})")
    body = bytearray()
    try:
        while True:
            if time.monotonic() - started > options.deadline:
                raise FetchError(f"download took longer than {options.deadline:g}s; gave up")
            # read1 returns what has arrived, so a trickling response still meets the deadline check.
            chunk = response.raw.read1(CHUNK, decode_content=False)
            if not chunk:
                break
            room = options.max_bytes + 1 - len(body)
            body += decoder.decompress(chunk, room) if decoder else chunk[:room]
            if len(body) > options.max_bytes:
                raise FetchError(f"page too large: more than {options.max_bytes:,} bytes (limit)")
        if decoder:
            body += decoder.flush()
    except zlib.error as exc:
        raise FetchError(f"corrupt {encoding} content: {exc}") from None
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"download failed: {_first_line(exc)}") from None
    except Exception as exc:  # urllib3 raises its own timeout/protocol errors from raw reads
        if isinstance(exc, FetchError):
            raise
        if "timed out" in str(exc).lower():
            raise FetchError(f"no data for {options.read_timeout:g}s; gave up") from None
        raise FetchError(f"download failed: {_first_line(exc)}") from None
    if len(body) > options.max_bytes:
        raise FetchError(f"page too large: more than {options.max_bytes:,} bytes (limit)")
    return bytes(body)


def _retry_after(value: str) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


def _decoder(encoding: str):
    if encoding in ("identity", ""):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise FetchError(f"unsupported Content-Encoding {encoding!r}")


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _is_binary(content: bytes) -> bool:
    head = content[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NUL bytes but is not binary
        return False
    if head.lstrip().startswith(BINARY_MAGIC) or b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 20


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)


def _connection_reason(exc: Exception) -> str:
    text = str(exc).lower()
    for needle, reason in (("refused", "connection refused"), ("name or service not known", "unknown host"),
                           ("nodename nor servname", "unknown host"), ("temporary failure in name", "DNS failure"),
                           ("unreachable", "network unreachable"), ("reset by peer", "connection reset"),
                           ("remotedisconnected", "the server closed the connection"),
                           ("timed out", "timed out")):
        if needle in text:
            return reason
    return "connection failed"


def _describe(accept: str) -> str:
    return {"html": "an HTML page", "feed": "an RSS/Atom feed", "any": "an HTML page or a feed", "json": "JSON",
            "robots": "a robots.txt"}[accept]


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
