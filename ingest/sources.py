"""What the user named on the command line, expanded into items to ingest: one per article file or URL.

Rules, in the order they are tried:
- `http://` or `https://` — one URL item (the pipeline finds out by content type whether it is a feed).
- Any other `scheme://` — refused: only http and https.
- A directory — every supported file under it, recursively, in sorted order (hidden entries and sidecars skipped).
- `*.list` — a list: one URL or path per line; blank lines and `#` comments ignored; paths relative to the list.
- `*.txt` — a list too when every non-blank, non-comment line is a single URL or a path ending in `/` or in a
  supported suffix; otherwise a plain-text article.
- `*.html`, `*.htm` — a saved page. `*.xml`, `*.rss`, `*.atom` — a feed file: each item's link is ingested.
Sidecars (`NAME.meta.json`) are read by the pipeline for `.txt` and `.html` files.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ingest.feeds import FeedError, FeedItem, parse_feed

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
LIST_SUFFIXES = {".list"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | LIST_SUFFIXES
SIDECAR = ".meta.json"
MAX_LIST_BYTES = 50 * 1024 * 1024
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


@dataclass(frozen=True)
class Item:
    """One thing to ingest: a file (`path`, with `kind` "text" or "html") or a URL."""

    origin: str  # as the user (or the list/feed) named it: used in messages and the ingest log
    kind: str  # "text" | "html" | "url"
    path: Path | None = None
    url: str | None = None
    fallback: FeedItem | None = None  # the feed's title and date, used when the page has none


@dataclass(frozen=True)
class Failure:
    origin: str
    reason: str
    trace: str | None = None  # the traceback, shown only with --debug


def expand(sources: Iterable[str]) -> Iterator[Item | Failure]:
    """Every item the sources name, in order; what cannot be expanded is a Failure naming the source."""
    visited_lists: set[Path] = set()
    for source in sources:
        yield from _expand_one(source, Path.cwd(), visited_lists)


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def feed_items(items: list[FeedItem]) -> Iterator[Item]:
    for entry in items:
        yield Item(origin=entry.link, kind="url", url=entry.link, fallback=entry)


def _expand_one(source: str, base: Path, visited_lists: set[Path]) -> Iterator[Item | Failure]:
    source = source.strip()
    if is_url(source):
        yield Item(origin=source, kind="url", url=source)
        return
    if _SCHEME.match(source):
        yield Failure(source, f"only http and https URLs are supported, not {source.split(':', 1)[0]!r}")
        return
    path = (base / source).expanduser() if not Path(source).is_absolute() else Path(source)
    if path.is_dir():
        yield from _expand_directory(path, visited_lists)
    elif not path.exists():
        yield Failure(source, "no such file or directory")
    elif not path.is_file():
        yield Failure(source, "not a regular file")
    elif path.name.endswith(SIDECAR):
        yield Failure(source, "is a metadata sidecar; add the article file beside it instead")
    else:
        yield from _expand_file(source, path, visited_lists)


def _expand_directory(folder: Path, visited_lists: set[Path]) -> Iterator[Item | Failure]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or not path.is_file() or path.name.endswith(SIDECAR):
            continue
        if path.suffix.lower() in SUPPORTED:
            yield from _expand_file(str(path), path, visited_lists)


def _expand_file(origin: str, path: Path, visited_lists: set[Path]) -> Iterator[Item | Failure]:
    suffix = path.suffix.lower()
    if suffix in LIST_SUFFIXES or (suffix in TEXT_SUFFIXES and _is_list(path)):
        yield from _expand_list(origin, path, visited_lists)
    elif suffix in TEXT_SUFFIXES:
        yield Item(origin=origin, kind="text", path=path)
    elif suffix in HTML_SUFFIXES:
        yield Item(origin=origin, kind="html", path=path)
    elif suffix in FEED_SUFFIXES:
        yield from _expand_feed_file(origin, path)
    else:
        yield Failure(origin, f"unsupported file type {suffix or '(none)'}: expected one of {', '.join(sorted(SUPPORTED))}")


def _expand_list(origin: str, path: Path, visited_lists: set[Path]) -> Iterator[Item | Failure]:
    resolved = path.resolve()
    if resolved in visited_lists:
        yield Failure(origin, "list includes itself (directly or through another list); skipped the repeat")
        return
    visited_lists.add(resolved)
    try:
        lines = _list_lines(path)
    except (OSError, UnicodeDecodeError) as exc:
        yield Failure(origin, f"cannot read list: {exc.strerror if isinstance(exc, OSError) else 'not UTF-8 text'}")
        return
    for line in lines:
        for result in _expand_one(line, path.parent, visited_lists):
            # Name the list in failures, so a bad line can be found.
            yield Failure(f"{origin}: {result.origin}", result.reason) if isinstance(result, Failure) else result


def _expand_feed_file(origin: str, path: Path) -> Iterator[Item | Failure]:
    try:
        feed = parse_feed(path.read_bytes())
    except FeedError as exc:
        yield Failure(origin, str(exc))
        return
    except OSError as exc:
        yield Failure(origin, f"cannot read file: {exc.strerror}")
        return
    if not feed.items:
        yield Failure(origin, "the feed lists no articles")
    yield from feed_items(feed.items)


def _list_lines(path: Path) -> list[str]:
    if path.stat().st_size > MAX_LIST_BYTES:
        raise UnicodeDecodeError("utf-8", b"", 0, 1, "list too large")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _is_list(path: Path) -> bool:
    """A .txt is a list when every meaningful line is one URL or one path to something we ingest."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            return False
        lines = _list_lines(path)
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and all(_is_list_entry(line) for line in lines)


def _is_list_entry(line: str) -> bool:
    if " " in line or "\t" in line:
        return False
    if is_url(line):
        return True
    return line.endswith("/") or Path(line).suffix.lower() in SUPPORTED
