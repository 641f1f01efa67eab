"""The backup format: the whole store as JSON lines, and loading it back (`export` / `import`).

One object per line, each with a "type": a header, then "actor" rows, then "article" rows (the article,
the outlet it was linked to, its extraction results and, for wire copies, the content hash of the story's
first article), then
"correction" rows (analysts' stance corrections), then "deck_view" rows (the presenter decks' saved views).
Nothing refers to database ids, so an export loads into any store, and exporting what was imported gives the same
file again.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import IO, Iterable

from ingest.records import Article, Expert, Extraction, Mention, Quote, Span, Stance, Statement
from ingest.store import Store, Stored
from storage.outlets import Link

FORMAT = "coverage-export"
FORMAT_VERSION = 1


class BackupError(Exception):
    """An export file cannot be read; the message names the line."""


@dataclass(frozen=True)
class Counts:
    articles: int = 0
    duplicates: int = 0
    corrections: int = 0
    deck_views: int = 0


def export_jsonl(store: Store, out: IO[str]) -> Counts:
    _write(out, {"type": "header", "format": FORMAT, "version": FORMAT_VERSION})
    for row in store.actor_rows():
        _write(out, {"type": "actor", **row})
    articles = 0
    for stored in store.dump():
        _write(out, {"type": "article", **_article_record(stored)})
        articles += 1
    corrections = store.corrections()
    for row in corrections:
        _write(out, {"type": "correction", **{k: _plain(v) for k, v in row.items()}})
    views = store.deck_rows()
    for row in views:
        _write(out, {"type": "deck_view", **{k: _plain(v) for k, v in row.items()}})
    return Counts(articles=articles, corrections=len(corrections), deck_views=len(views))


def import_jsonl(store: Store, lines: Iterable[str]) -> Counts:
    """Load an export; articles already present (same URL or text) are skipped, each article in its own transaction."""
    added = duplicates = 0
    corrections: list[dict] = []
    views: list[dict] = []
    for number, record in _records(lines):
        kind = record.get("type")
        try:
            if kind == "actor":
                store.restore_actors([{k: v for k, v in record.items() if k != "type"}])
            elif kind == "article":
                stored = _stored(record)
                outcome = store.add(stored.article, stored.extraction, stored.origin, stored.story_of, stored.outlet)
                added, duplicates = (added + 1, duplicates) if outcome.outcome == "added" else (added, duplicates + 1)
            elif kind == "correction":
                row = {k: v for k, v in record.items() if k != "type"}
                row["corrected_at"] = datetime.fromisoformat(row["corrected_at"])
                corrections.append(row)
            elif kind == "deck_view":
                row = {k: v for k, v in record.items() if k != "type"}
                row["saved_at"] = datetime.fromisoformat(row["saved_at"])
                views.append(row)
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupError(f"line {number}: not a valid {kind} record ({type(exc).__name__}: {exc})") from None
    restored = store.restore_corrections(corrections)
    return Counts(articles=added, duplicates=duplicates, corrections=restored,
                  deck_views=store.restore_deck_views(views))


def _records(lines: Iterable[str]):
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BackupError(f"line {number}: not JSON ({exc.msg})") from None
        if number == 1 and (record.get("type") != "header" or record.get("format") != FORMAT):
            raise BackupError("line 1: not a coverage export (no header)")
        if number == 1 and record.get("version", 0) > FORMAT_VERSION:
            raise BackupError(f"the export has format version {record['version']}; update the program")
        yield number, record


def _article_record(stored: Stored) -> dict:
    article, found = stored.article, stored.extraction
    return {
        "article": {
            "url": article.url, "title": article.title, "authors": article.authors,
            "published": _plain(article.published), "source": article.source, "language": article.language,
            "text": article.text, "fetched_at": _plain(article.fetched_at),
        },
        "outlet": {"name": stored.outlet.outlet, "country": stored.outlet.country, "type": stored.outlet.type}
        if stored.outlet else None,
        "origin": stored.origin,
        "content_hash": stored.content_hash,
        "story_of": stored.story_of,
        "mentions": [asdict(m) for m in found.mentions],
        "quotes": [asdict(q) for q in found.quotes],
        "experts": [asdict(e) for e in found.experts],
        "statements": [asdict(s) for s in found.statements],
        "topics": found.topics,
    }


def _stored(record: dict) -> Stored:
    fields = dict(record["article"])
    fields["published"] = date.fromisoformat(fields["published"]) if fields.get("published") else None
    fields["fetched_at"] = datetime.fromisoformat(fields["fetched_at"]) if fields.get("fetched_at") else None
    extraction = Extraction(
        mentions=[Mention(**m) for m in record.get("mentions", [])],
        quotes=[Quote(**q) for q in record.get("quotes", [])],
        experts=[_expert(e) for e in record.get("experts", [])],
        statements=[Statement(**s) for s in record.get("statements", [])],
        topics=dict(record.get("topics", {})),
    )
    outlet = record.get("outlet")  # absent from exports made before outlets: the importing registry links them
    return Stored(Article(**fields), extraction, record.get("origin", ""), record.get("content_hash", ""),
                  record.get("story_of"), Link(outlet["name"], outlet.get("country"), outlet["type"]) if outlet else None)


def _expert(data: dict) -> Expert:
    return Expert(data["name"], data.get("description"), [_stance(s) for s in data.get("stances", [])],
                  _stance(data["outlook"]) if data.get("outlook") else None)


def _stance(data: dict) -> Stance:
    return Stance(data["target"], data["stance"], data["confidence"], [Span(**e) for e in data.get("evidence", [])])


def _plain(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _write(out: IO[str], record: dict) -> None:
    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
