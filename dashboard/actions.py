"""The dashboard's write controls, every one handed to `ingest` (the only writer): add sources or
uploaded files through the same pipeline as the CLI, delete an article, re-run extraction, record a
stance correction, save a view to a presenter deck or take it out; and one that is not the store's: saving the
events file (`storage.events`). Each refuses in read-only mode. `ingest` is imported only when a control is used,
so reading never loads the parsers.

`COVERAGE_ALLOW_PRIVATE=1` lets "add by URL" reach private, loopback and link-local addresses
(off by default: a dashboard should not be a way into the server's own network).
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Callable

from dashboard import data

ALLOW_PRIVATE_ENV = "COVERAGE_ALLOW_PRIVATE"
UPLOAD_TYPES = ("html", "htm", "txt", "json")


class ReadOnlyError(RuntimeError):
    """A write was asked for while the dashboard is read-only."""


def _writable() -> None:
    if data.readonly():
        raise ReadOnlyError("the dashboard is read-only (COVERAGE_READONLY); nothing was changed")


def allow_private() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def add_sources(sources: list[str], on_outcome: Callable | None = None):
    """Ingest URLs (pages or feeds) as `python -m ingest add` does; returns the pipeline's summary.

    Only http(s) addresses: anything else would name a path on the server, which a dashboard user must
    never reach (a line like "/" would ingest every file below it).
    """
    _writable()
    from ingest.pipeline import run_items
    from ingest.sources import Failure, Item, is_url

    items = [Item(origin=s, kind="url", url=s) if is_url(s)
             else Failure(s, "only http:// and https:// addresses can be added here; upload files instead")
             for s in sources]
    return run_items(items, _options(), on_outcome)


def add_uploads(files: list[tuple[str, bytes]], on_outcome: Callable | None = None):
    """Ingest uploaded HTML or text files, each as one article (a `NAME.meta.json` upload goes with its file).

    An uploaded file is never read as a list of paths or a feed: it cannot point the server at its own files.
    """
    _writable()
    from ingest.pipeline import run_items
    from ingest.sources import HTML_SUFFIXES, Failure, Item

    with tempfile.TemporaryDirectory(prefix="coverage-upload-") as folder:
        items = []
        for name, content in files:
            path = Path(folder) / _safe_name(name)
            path.write_bytes(content)
            if path.name.endswith(".meta.json"):
                continue
            if path.suffix.lower() in HTML_SUFFIXES | {".txt"}:
                items.append(Item(origin=name, kind="html" if path.suffix.lower() in HTML_SUFFIXES else "text",
                                  path=path))
            else:
                items.append(Failure(name, "upload an .html, .htm or .txt article (with its .meta.json, if any)"))
        return run_items(items, _options(), on_outcome)


def _options():
    from ingest.pipeline import FetchOptions, Options

    return Options(db=data.url(), fetch=FetchOptions(allow_private=allow_private()))


def _safe_name(name: str) -> str:
    # Only the base name, in plain characters: an upload never chooses where it is written.
    base = re.sub(r"[^\w.-]", "_", Path(name).name).lstrip(".")
    return base or "upload.txt"


def delete_article(article_id: int) -> bool:
    _writable()
    from ingest.store import Store

    with Store(data.url()) as store:
        return store.delete(article_id)


def reextract(progress: Callable[[], None] | None = None) -> int:
    """Run extraction again over every stored article (analysts' corrections stay); returns how many."""
    _writable()
    from ingest.extract import extract_all
    from ingest.store import Store

    with Store(data.url()) as store:
        return store.reextract(lambda article: extract_all(article, store.registry), progress)


def article_count() -> int:
    from ingest.store import Store

    with Store(data.url()) as store:
        return store.count()


def record_correction(content_hash: str, expert: str, target: str, stance: str, corrected_by: str,
                      note: str | None = None) -> None:
    _writable()
    from ingest.store import Store

    with Store(data.url()) as store:
        store.record_correction(content_hash, expert, target, stance, corrected_by, note)


def save_to_deck(deck: str, page: str, query: str, title: str | None = None) -> int:
    """Append the view (a page's URL path and its query string) to the deck; returns its place in the deck."""
    _writable()
    from ingest.store import Store

    with Store(data.url()) as store:
        return store.add_to_deck(deck, page, query, title)


def remove_from_deck(deck: str, position: int) -> bool:
    _writable()
    from ingest.store import Store

    with Store(data.url()) as store:
        return store.remove_from_deck(deck, position)


def save_events(frame) -> str:
    """Write the edited events (rows of date, label, kind, source, note) to the events file, every row checked first:
    a wrong row raises `storage.events.EventError` naming it, and nothing is written. Returns what to tell the user."""
    _writable()
    from storage import events

    rows = [row for row in frame.to_dict("records") if any(v is not None and v == v and v != "" for v in row.values())]
    path = events.save(rows)
    return f"Saved {len(rows)} events to {path.name}."


def switch_outlet(outlet: str, enabled: bool) -> None:
    """Switch an outlet's feeds off or on for `python -m ingest watch --outlets`."""
    _writable()
    from ingest.store import Store

    with Store(data.url()) as store:
        store.switch_outlet(outlet, enabled)
