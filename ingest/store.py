"""The only writer of the database: schema creation and upgrades, one transaction per article, duplicates,
wire-story links, deletes, re-extraction, the ingest log and the change marker the dashboard watches.

Written in portable SQLAlchemy Core so the same code runs on SQLite and PostgreSQL; races between two
writers are settled by the unique constraints (an IntegrityError means someone else stored it first).
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from typing import Callable, Iterable, Iterator

from sqlalchemy import Integer, Text, bindparam, cast, delete, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from ingest import dedup, search_index, summaries
from ingest.extract.registry import Registry, load_registry
from ingest.records import Article, Expert, Extraction, Mention, Quote, Span, Stance, Statement
from storage import schema, search
from storage.engine import READONLY_ENV, database_url, open_engine, readonly_env, safe_url
from storage.outlets import Link, OutletError, Outlets, load_outlets
from storage.schema import (
    SCHEMA_VERSION, actors, article_topics, articles, deck_views, discover_windows, discovered, experts, feed_polls,
    feed_state, ingest_log, mentions, meta, outlet_switches, quotes, reference_volume,
    stance_corrections, stances, statement_actors, statements,
)

_DEADLOCK_RETRIES = 3
_RETRYABLE = {"40P01", "40001"}  # deadlock_detected, serialization_failure
log = logging.getLogger(__name__)
# The outlet name of the founding article(s) in seeds/ (their sidecars say so): a seed is replaced, not duplicated.
SEED_SOURCE = "seed"


class StoreError(Exception):
    """The database cannot be used as asked; the message is one line saying why and what to do."""


@dataclass(frozen=True)
class Added:
    """What happened to one article: outcome is "added", "duplicate" or "replaced" (a seed whose text changed)."""

    outcome: str
    article_id: int
    detail: str = ""
    story_id: int | None = None


@dataclass(frozen=True)
class Stored:
    """An article as the store holds it, for export: its extraction and its story's first article by hash."""

    article: Article
    extraction: Extraction
    origin: str
    content_hash: str
    story_of: str | None  # content hash of the story's first article; None when it is the first
    outlet: Link | None = None  # the outlet it was linked to when stored


@dataclass(frozen=True)
class Prepared:
    """The article row as stored, with the identity fields dedup derives from it."""

    url: str | None
    content_hash: str
    simhash: int
    word_count: int


def upgrade_to_1(conn: Connection) -> None:
    """Version 0 stores had no simhash, word count or story links: compute them for every article."""
    rows = conn.execute(select(articles.c.id, articles.c.text).order_by(articles.c.id)).all()
    index: list[tuple[int, int]] = []
    for article_id, body in rows:
        prepared = prepare(body, None)
        story = _nearest_story(index, prepared) or article_id
        conn.execute(update(articles).where(articles.c.id == article_id).values(
            simhash=prepared.simhash, word_count=prepared.word_count, story_id=story))
        if prepared.word_count >= dedup.MIN_WORDS_FOR_NEAR:
            index.append((prepared.simhash, story))


def upgrade_to_2(conn: Connection) -> None:
    """Version 2 added the summary tables the dashboard reads, and an index: fill and create them."""
    for index in articles.indexes:
        index.create(conn, checkfirst=True)
    summaries.rebuild(conn)


def upgrade_to_3(conn: Connection) -> None:
    """Version 3 added indexes for the quote list and the speaker picker: create them."""
    for table in (articles, quotes):
        for index in table.indexes:
            index.create(conn, checkfirst=True)


def upgrade_to_4(conn: Connection) -> None:
    """Version 4 links every article to its outlet (`data/outlets.toml`): fill the outlet columns, index them."""
    for index in articles.indexes:
        index.create(conn, checkfirst=True)
    link_outlets(conn, load_outlets())


def link_outlets(conn: Connection, outlets: Outlets) -> int:
    """Link every stored article to its outlet again (by URL host, else source); returns how many changed."""
    changes = []
    rows = conn.execute(select(articles.c.id, articles.c.url, articles.c.source, articles.c.outlet,
                               articles.c.outlet_country, articles.c.outlet_type).order_by(articles.c.id))
    for row in rows.all():
        values = _outlet_values(outlets.link(row.url, row.source))
        if (row.outlet, row.outlet_country, row.outlet_type) != tuple(values.values()):
            changes.append({"row_id": row.id, **{f"new_{key}": value for key, value in values.items()}})
    statement = update(articles).where(articles.c.id == bindparam("row_id")).values(
        {key: bindparam(f"new_{key}") for key in ("outlet", "outlet_country", "outlet_type")})
    for start in range(0, len(changes), 1000):  # one executemany per thousand rows, not a statement per article
        conn.execute(statement, changes[start:start + 1000])
    return len(changes)


def upgrade_to_5(conn: Connection) -> None:
    """Version 5 added the discovery, reference-volume and feed-state tables: `create_all` made them empty."""


def upgrade_to_6(conn: Connection) -> None:
    """Version 6 added the full-text index (`storage.search`): create and fill it, unless it is already there
    (version 5, discovery state, may or may not have run before)."""
    if not search.exists(conn):
        search_index.rebuild(conn)


def upgrade_to_7(conn: Connection) -> None:
    """Version 7 added the Experts page's summaries (`create_all` made them empty): fill them."""
    summaries.rebuild_experts(conn)


def upgrade_to_8(conn: Connection) -> None:
    """Version 8 indexes articles by outlet country and by outlet, for the compared groups, and adds Whose voices'
    summary (`create_all` made it empty): create the indexes, fill the summary."""
    for index in articles.indexes:
        index.create(conn, checkfirst=True)
    summaries.rebuild_voices(conn)


def upgrade_to_9(conn: Connection) -> None:
    """Version 9 added the summaries of statements by date, quotes by speaker and articles by outlet group
    (`create_all` made them empty): fill them."""
    summaries.rebuild_counts(conn)


# Each entry brings a store from the version before it to its key: schema changes that are only new tables
# or columns are made by `_add_missing_columns`; these steps fill in or reshape the data.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: upgrade_to_1, 2: upgrade_to_2, 3: upgrade_to_3, 4: upgrade_to_4, 5: upgrade_to_5, 6: upgrade_to_6,
    7: upgrade_to_7, 8: upgrade_to_8, 9: upgrade_to_9}


def prepare(body: str, url: str | None) -> Prepared:
    return Prepared(dedup.canonical_url(url), dedup.content_hash(body), dedup.simhash(body), len(dedup.words(body)))


class Store:
    """An open store; creating it creates or upgrades the schema."""

    def __init__(self, db: str | None = None, registry: Registry | None = None, outlets: Outlets | None = None):
        self.url = database_url(db)
        self._registry = registry
        self._outlets = outlets
        self._story_index: list[tuple[int, int]] = []  # (simhash, story_id) of articles long enough to compare
        self._indexed_up_to = 0
        self.engine = None
        self.readonly = readonly_env()
        try:
            self.engine = open_engine(db)
            self.version = self._recorded() if self.readonly else self.upgrade()
        except Exception as exc:
            if self.engine is not None:
                self.engine.dispose()
            if isinstance(exc, (StoreError, OutletError)):  # a bad registry is named as such, not as the database
                raise
            raise StoreError(f"cannot open the database {safe_url(self.url)}: {_first_line(exc)}") from exc

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            self._registry = load_registry()
        return self._registry

    @property
    def outlets(self) -> Outlets:
        if self._outlets is None:
            self._outlets = load_outlets()
        return self._outlets

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema -----------------------------------------------------------------------------------------

    def upgrade(self) -> int:
        """Create what is missing and run the data migrations from the recorded version; returns the version."""
        with self.engine.begin() as conn:
            found = _recorded_version(conn)
            if found is not None and found > SCHEMA_VERSION:
                raise StoreError(
                    f"the database {safe_url(self.url)} has schema version {found}, newer than this program's"
                    f" {SCHEMA_VERSION}: update the program")
            schema.metadata.create_all(conn)
            _add_missing_columns(conn)
            if found is None:
                search.create(conn)
            for version in range((found if found is not None else SCHEMA_VERSION) + 1, SCHEMA_VERSION + 1):
                log.info("upgrading %s to schema version %d", safe_url(self.url), version)
                MIGRATIONS.get(version, lambda _conn: None)(conn)
            _set_meta(conn, "schema_version", str(SCHEMA_VERSION))
            if _get_meta(conn, "data_version") is None:
                _set_meta(conn, "data_version", "0")
        return SCHEMA_VERSION

    def _recorded(self) -> int:
        """The schema version of a store opened read-only (which cannot be created or upgraded)."""
        with self.engine.connect() as conn:
            found = _recorded_version(conn)
        if found != SCHEMA_VERSION:
            raise StoreError(f"the database {safe_url(self.url)} is read-only ({READONLY_ENV} is set) and"
                             f" {'empty' if found is None else f'at schema version {found}'}: unset {READONLY_ENV}"
                             " to create or upgrade it")
        return found

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"the database is read-only ({READONLY_ENV} is set): nothing was written;"
                             f" unset {READONLY_ENV} to change it")

    # --- writing -----------------------------------------------------------------------------------------

    def add(self, article: Article, extraction: Extraction, origin: str, story_of: str | None = None,
            outlet: Link | None = None) -> Added:
        """Store an article (see `_add`); a transaction PostgreSQL broke off to end a deadlock between two writers
        (their summary rows) is run again, as the server asks, a few times."""
        for attempt in range(_DEADLOCK_RETRIES):
            try:
                return self._add(article, extraction, origin, story_of, outlet)
            except OperationalError as exc:
                if attempt + 1 == _DEADLOCK_RETRIES or getattr(exc.orig, "sqlstate", None) not in _RETRYABLE:
                    raise
                log.info("%s: transaction ended by the database (%s); trying again", origin,
                         type(exc.orig).__name__)
        raise AssertionError("unreachable")

    def _add(self, article: Article, extraction: Extraction, origin: str, story_of: str | None,
             outlet: Link | None) -> Added:
        """Store an article and everything extracted from it in one transaction, unless it is a duplicate.

        `story_of` (a content hash, from an import) names the story's first article; otherwise the nearest
        earlier text decides. `outlet` (from an import) is kept as given; otherwise the registry links it.
        """
        self._writable()
        prepared = prepare(article.text, article.url)
        outlet = outlet or self.outlets.link(article.url, article.source)
        try:
            with self.engine.begin() as conn:
                seed_id = _changed_seed(conn, article, prepared)
                if seed_id:
                    self._replace(conn, seed_id, article, prepared, extraction, origin)
                    return Added("replaced", seed_id, f"the seed's text changed: article {seed_id} replaced in place",
                                 seed_id)
                duplicate = _find_duplicate(conn, prepared)
                if duplicate:
                    _log(conn, origin, "duplicate", duplicate[1], duplicate[0])
                    return Added("duplicate", duplicate[0], duplicate[1])
                article_id = conn.execute(insert(articles).values(
                    **_article_values(article, prepared, origin), **_outlet_values(outlet))
                                          ).inserted_primary_key[0]
                story_id = (_id_of_hash(conn, story_of) if story_of else None) or self._story_for(conn, prepared) \
                    or article_id
                conn.execute(update(articles).where(articles.c.id == article_id).values(story_id=story_id))
                self._write_extraction(conn, article_id, extraction)
                search_index.add(conn, article_id)
                changes = summaries.Changes()
                changes.add(summaries.read_facts(conn, article_id))
                changes.write(conn)
                _log(conn, origin, "added", None, article_id)
                _bump(conn)
        except IntegrityError:
            # Another writer stored the same URL or text between our check and our insert.
            with self.engine.begin() as conn:
                duplicate = _find_duplicate(conn, prepared)
                if not duplicate:
                    raise
                _log(conn, origin, "duplicate", duplicate[1], duplicate[0])
            return Added("duplicate", duplicate[0], duplicate[1])
        if prepared.word_count >= dedup.MIN_WORDS_FOR_NEAR:
            self._story_index.append((prepared.simhash, story_id))
        self._indexed_up_to = max(self._indexed_up_to, article_id)
        return Added("added", article_id, "", story_id)

    def _replace(self, conn: Connection, article_id: int, article: Article, prepared: Prepared,
                 extraction: Extraction, origin: str) -> None:
        """The stored article takes the new text and its extraction, keeping its id and story; analysts'
        corrections follow it to the new content hash (they are keyed by content hash)."""
        old_hash = conn.execute(select(articles.c.content_hash).where(articles.c.id == article_id)).scalar_one()
        changes = summaries.Changes()
        changes.remove(summaries.read_facts(conn, article_id))
        search_index.remove(conn, article_id)
        _delete_extraction(conn, article_id)
        conn.execute(delete(article_topics).where(article_topics.c.article_id == article_id))
        conn.execute(update(articles).where(articles.c.id == article_id)
                     .values(**_article_values(article, prepared, origin)))
        self._write_extraction(conn, article_id, extraction)
        search_index.add(conn, article_id)
        changes.add(summaries.read_facts(conn, article_id))
        changes.write(conn)
        conn.execute(update(stance_corrections).where(stance_corrections.c.content_hash == old_hash)
                     .values(content_hash=prepared.content_hash))
        _log(conn, origin, "replaced", f"seed text changed (was {old_hash[:12]})", article_id)
        _bump(conn)
        self._story_index, self._indexed_up_to = [], 0

    def log_failure(self, origin: str, reason: str) -> None:
        self._writable()
        with self.engine.begin() as conn:
            _log(conn, origin, "failed", reason, None)

    def delete(self, article_id: int) -> bool:
        """Delete an article and its extraction rows; wire copies that pointed at it get the next oldest as story."""
        self._writable()
        with self.engine.begin() as conn:
            facts = summaries.read_facts(conn, article_id)
            if facts is None:
                return False
            changes = summaries.Changes()
            changes.remove(facts)
            orphans = conn.execute(select(articles.c.id).where(articles.c.story_id == article_id,
                                                               articles.c.id != article_id)
                                   .order_by(articles.c.id)).scalars().all()
            if orphans:  # the oldest copy becomes the story's first article
                changes.retell(summaries.read_facts(conn, orphans[0]), is_copy=False)
            changes.write(conn)
            search_index.remove(conn, article_id)
            _delete_extraction(conn, article_id)
            conn.execute(delete(article_topics).where(article_topics.c.article_id == article_id))
            conn.execute(delete(articles).where(articles.c.id == article_id))
            if orphans:
                conn.execute(update(articles).where(articles.c.id.in_(orphans)).values(story_id=orphans[0]))
            _log(conn, f"article {article_id}", "deleted", None, article_id)
            _bump(conn)
        self._story_index, self._indexed_up_to = [], 0
        return True

    def reextract(self, extract: Callable[[Article], Extraction], progress: Callable[[], None] | None = None) -> int:
        """Run extraction again on every stored article, one transaction each; analysts' corrections stay."""
        self._writable()
        ids = self.article_ids()
        for article_id in ids:
            article = self.load_article(article_id)
            if article is None:
                continue
            found = extract(article)
            with self.engine.begin() as conn:
                before = summaries.read_facts(conn, article_id)
                if before is None:  # deleted since it was read
                    continue
                changes = summaries.Changes()
                changes.remove(before)
                search_index.remove(conn, article_id)
                _delete_extraction(conn, article_id)
                conn.execute(delete(article_topics).where(article_topics.c.article_id == article_id))
                self._write_extraction(conn, article_id, found)
                search_index.add(conn, article_id)
                changes.add(summaries.read_facts(conn, article_id))
                changes.write(conn)
                _bump(conn)
            if progress:
                progress()
        return len(ids)

    # --- reading ---------------------------------------------------------------------------------------

    def article_ids(self) -> list[int]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(articles.c.id).order_by(articles.c.id)).scalars())

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def has_url(self, url: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(articles.c.id).where(articles.c.url == dedup.canonical_url(url))).first()
            return found is not None

    def load_article(self, article_id: int) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
        if row is None:
            return None
        return Article(
            text=row["text"], title=row["title"], url=row["url"], published=row["published"], source=row["source"],
            authors=json.loads(row["authors"] or "[]"), language=row["language"], path=row["origin"],
            fetched_at=row["fetched_at"],
        )

    def list_articles(self) -> list[dict]:
        """The `articles --json` view: each article with counts of what was extracted from it."""
        counts = {}
        with self.engine.connect() as conn:
            for table, key in ((mentions, "mentions"), (quotes, "quotes"), (experts, "experts"),
                               (statements, "statements")):
                for article_id, n in conn.execute(
                        select(table.c.article_id, func.count()).group_by(table.c.article_id)):
                    counts.setdefault(article_id, {})[key] = n
            rows = conn.execute(select(
                articles.c.id, articles.c.url, articles.c.title, articles.c.published, articles.c.source,
                articles.c.outlet, articles.c.outlet_country, articles.c.outlet_type, articles.c.language,
                articles.c.text, articles.c.story_id).order_by(articles.c.id)).mappings().all()
        listed = []
        for row in rows:
            found = counts.get(row["id"], {})
            listed.append({
                "id": row["id"], "url": row["url"], "title": row["title"],
                "published": row["published"].isoformat() if row["published"] else None,
                "source": row["source"], "outlet": row["outlet"], "outlet_country": row["outlet_country"],
                "outlet_type": row["outlet_type"], "language": row["language"],
                "story_id": row["story_id"], "text": row["text"],
                "counts": {key: found.get(key, 0) for key in ("mentions", "quotes", "experts", "statements")},
            })
        return listed

    def dump(self) -> Iterator[Stored]:
        """Every article with its extraction rows, oldest first (for export)."""
        with self.engine.connect() as conn:
            names = {row.id: (row.name, row.kind) for row in conn.execute(select(actors.c.id, actors.c.name,
                                                                                  actors.c.kind))}
        for article_id in self.article_ids():
            with self.engine.connect() as conn:
                row = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
                if row is None:
                    continue
                story_hash = conn.execute(select(articles.c.content_hash).where(
                    articles.c.id == row["story_id"])).scalar() if row["story_id"] != article_id else None
                extraction = _read_extraction(conn, article_id, names)
            article = self.load_article(article_id)
            outlet = Link(row["outlet"], row["outlet_country"], row["outlet_type"]) if row["outlet"] else None
            yield Stored(article, extraction, row["origin"] or "", row["content_hash"], story_hash, outlet)

    def actor_rows(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(actors).order_by(actors.c.id)).mappings().all()
        return [{k: v for k, v in row.items() if k != "id"} for row in rows]

    def restore_actors(self, rows: list[dict]) -> None:
        self._writable()
        with self.engine.begin() as conn:
            _upsert_actors(conn, {row["name"]: row for row in rows})

    def corrections(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(stance_corrections).order_by(stance_corrections.c.id)).mappings().all()
        return [{k: v for k, v in row.items() if k != "id"} for row in rows]

    def restore_corrections(self, rows: list[dict]) -> int:
        """Add the corrections not already present (same key, stance, author and time); returns how many."""
        self._writable()
        added = 0
        with self.engine.begin() as conn:
            for row in rows:
                same = [stance_corrections.c[key] == row[key] for key in (
                    "content_hash", "expert", "target", "stance", "corrected_by", "corrected_at")]
                if conn.execute(select(stance_corrections.c.id).where(*same)).first() is None:
                    conn.execute(insert(stance_corrections).values(**row))
                    added += 1
            if added:
                _bump(conn)
        return added

    def record_correction(self, content_hash: str, expert: str, target: str, stance: str, corrected_by: str,
                          note: str | None = None) -> None:
        """An analyst's correction of one stance, stored apart from extraction with who and when."""
        self._writable()
        with self.engine.begin() as conn:
            conn.execute(insert(stance_corrections).values(
                content_hash=content_hash, expert=expert, target=target, stance=stance, corrected_by=corrected_by,
                corrected_at=_naive_utc(datetime.now(timezone.utc)), note=note))
            _bump(conn)

    def add_to_deck(self, deck: str, page: str, query: str, title: str | None = None) -> int:
        """Append a saved view (a page's URL path and its query string) to `deck`, made by its first view; returns
        the view's position in the deck (1 for the first)."""
        self._writable()
        with self.engine.begin() as conn:
            last = conn.execute(select(func.max(deck_views.c.position)).where(deck_views.c.deck == deck)).scalar()
            position = (last or 0) + 1
            conn.execute(insert(deck_views).values(
                deck=deck, position=position, page=page, query=query, title=title,
                saved_at=_naive_utc(datetime.now(timezone.utc))))
            _bump(conn)
        return position

    def deck_rows(self) -> list[dict]:
        """Every deck's views (deck, position, page, query, title, saved_at), deck by deck in order, for backups."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(deck_views).order_by(deck_views.c.deck, deck_views.c.position)).mappings().all()
        return [{k: v for k, v in row.items() if k != "id"} for row in rows]

    def restore_deck_views(self, rows: list[dict]) -> int:
        """Add the saved views not already in their deck at their place; returns how many."""
        self._writable()
        added = 0
        with self.engine.begin() as conn:
            for row in rows:
                same = [deck_views.c[key] == row[key] for key in ("deck", "position", "page", "query")]
                if conn.execute(select(deck_views.c.id).where(*same)).first() is None:
                    conn.execute(insert(deck_views).values(**row))
                    added += 1
            if added:
                _bump(conn)
        return added

    def remove_from_deck(self, deck: str, position: int) -> bool:
        """Take one view out of `deck`; the views after it move up one. False when there was no such view."""
        self._writable()
        with self.engine.begin() as conn:
            gone = conn.execute(delete(deck_views).where(deck_views.c.deck == deck,
                                                         deck_views.c.position == position)).rowcount
            if gone:
                conn.execute(update(deck_views).where(deck_views.c.deck == deck, deck_views.c.position > position)
                             .values(position=deck_views.c.position - 1))
                _bump(conn)
        return bool(gone)

    def relink_outlets(self) -> int:
        """Link every stored article to its outlet again, after `data/outlets.toml` changed; returns how many
        articles changed outlet."""
        self._writable()
        with self.engine.begin() as conn:
            changed = link_outlets(conn, self.outlets)
            if changed:
                summaries.rebuild_voices(conn)  # their rows are kept by outlet, country and type
                summaries.rebuild_article_days(conn)
                _bump(conn)
        return changed

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return _get_meta(conn, key)

    # --- discovery and watching (schema 5) ---------------------------------------------------------------

    def done_windows(self, query_key: str) -> set[datetime]:
        """The starts of the windows of this query a discover run finished."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(discover_windows.c.start)
                                    .where(discover_windows.c.query_key == query_key)).scalars())

    def finish_window(self, query_key: str, start: datetime, end: datetime, found: list[dict],
                      done: bool = True) -> None:
        """Keep what the index listed for one window and (when `done`) mark the window done, in one transaction."""
        self._writable()
        with self.engine.begin() as conn:
            known = set(conn.execute(select(discovered.c.url).where(discovered.c.query_key == query_key)
                                     .where(discovered.c.url.in_([row["url"] for row in found]))).scalars())
            fresh = {row["url"]: row for row in found if row["url"] not in known}
            if fresh:
                conn.execute(insert(discovered), [{"query_key": query_key, **row} for row in fresh.values()])
            if done:
                conn.execute(insert(discover_windows).values(query_key=query_key, start=start, end=end, found=len(found),
                                                             done_at=_naive_utc(datetime.now(timezone.utc))))

    def discovered(self, query_key: str, start: datetime, end: datetime) -> list[dict]:
        """What the index listed for the query between start and end, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(discovered.c.url, discovered.c.seen, discovered.c.domain,
                                       discovered.c.language, discovered.c.country, discovered.c.title)
                                .where(discovered.c.query_key == query_key)
                                .where(discovered.c.seen >= start).where(discovered.c.seen < end)
                                .order_by(discovered.c.seen, discovered.c.id))
            return [dict(row) for row in rows.mappings()]

    def keep_volume(self, via: str, query: str, days: list[tuple[date, int, int | None]]) -> None:
        """The index's own count of matching (and of all monitored) articles per day, replacing those days."""
        self._writable()
        with self.engine.begin() as conn:
            keyed = (reference_volume.c.via == via) & (reference_volume.c.query == query)
            conn.execute(delete(reference_volume).where(keyed).where(
                reference_volume.c.day.in_([day for day, _, _ in days])))
            if days:
                conn.execute(insert(reference_volume), [
                    {"via": via, "query": query, "day": day, "articles": n, "monitored": m} for day, n, m in days])

    def feed_states(self) -> dict[str, dict]:
        with self.engine.connect() as conn:
            return {row["url"]: dict(row) for row in conn.execute(select(feed_state)).mappings()}

    def save_feed_state(self, url: str, outlet: str, **values) -> None:
        """Record a poll of one feed (its state created on its first poll; each poll also kept in feed_polls)."""
        self._writable()
        with self.engine.begin() as conn:
            changed = conn.execute(update(feed_state).where(feed_state.c.url == url).values(outlet=outlet, **values))
            if not changed.rowcount:
                conn.execute(insert(feed_state).values(url=url, outlet=outlet, **values))
            if values.get("last_poll"):
                conn.execute(insert(feed_polls).values(url=url, at=values["last_poll"], new=values.get("last_new") or 0,
                                                       error=values.get("last_error")))
            _bump(conn)

    def feed_polls(self, url: str) -> list[tuple[datetime, int, str | None]]:
        """Every poll of one feed, oldest first: when, articles added, the error if any."""
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(
                select(feed_polls.c.at, feed_polls.c.new, feed_polls.c.error)
                .where(feed_polls.c.url == url).order_by(feed_polls.c.at, feed_polls.c.id))]

    def failed_times(self, origins: list[str]) -> dict[str, int]:
        """How often each of these origins failed to ingest (from the ingest log)."""
        if not origins:
            return {}
        with self.engine.connect() as conn:
            return dict(conn.execute(select(ingest_log.c.origin, func.count()).where(ingest_log.c.outcome == "failed")
                                     .where(ingest_log.c.origin.in_(origins)).group_by(ingest_log.c.origin)).all())

    def outlet_switches(self) -> dict[str, bool]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(outlet_switches.c.outlet, outlet_switches.c.enabled)).all())

    def switch_outlet(self, outlet: str, enabled: bool) -> None:
        """Switch an outlet's feeds off or on for `watch --outlets`."""
        self._writable()
        with self.engine.begin() as conn:
            values = {"enabled": enabled, "changed_at": _naive_utc(datetime.now(timezone.utc))}
            changed = conn.execute(update(outlet_switches).where(outlet_switches.c.outlet == outlet).values(**values))
            if not changed.rowcount:
                conn.execute(insert(outlet_switches).values(outlet=outlet, **values))
            _bump(conn)

    # --- internals -------------------------------------------------------------------------------------

    def _story_for(self, conn: Connection, prepared: Prepared) -> int | None:
        """The story an article belongs to: the story of the nearest earlier text within a few simhash bits."""
        if prepared.word_count < dedup.MIN_WORDS_FOR_NEAR:
            return None
        # Pick up articles other writers stored since we last looked.
        for simhash, story, article_id in conn.execute(
                select(articles.c.simhash, articles.c.story_id, articles.c.id)
                .where(articles.c.id > self._indexed_up_to)
                .where(articles.c.word_count >= dedup.MIN_WORDS_FOR_NEAR)
                .where(articles.c.story_id.is_not(None))
                .order_by(articles.c.id)):
            self._story_index.append((simhash, story))
            self._indexed_up_to = article_id
        return _nearest_story(self._story_index, prepared)

    def _write_extraction(self, conn: Connection, article_id: int, found: Extraction) -> None:
        ids = self._actor_ids(conn, found)
        if found.mentions:
            conn.execute(insert(mentions), [
                {"article_id": article_id, "actor_id": ids[m.actor], "start": m.start, "end": m.end,
                 "surface": m.surface[:200]} for m in found.mentions])
        if found.quotes:
            conn.execute(insert(quotes), [
                {"article_id": article_id, "kind": q.kind, "text": q.text,
                 "speaker_id": ids.get(q.speaker) if q.speaker else None, "speaker": q.speaker,
                 "speaker_role": q.speaker_role, "speaker_description": q.speaker_description,
                 "start": q.start, "end": q.end} for q in found.quotes])
        for expert in found.experts:
            expert_id = conn.execute(insert(experts).values(
                article_id=article_id, actor_id=ids[expert.name], description=expert.description,
            )).inserted_primary_key[0]
            rows = [*expert.stances, *([expert.outlook] if expert.outlook else [])]
            if rows:
                conn.execute(insert(stances), [
                    {"expert_id": expert_id, "article_id": article_id, "target": s.target, "stance": s.stance,
                     "confidence": s.confidence, "evidence": json.dumps([asdict(e) for e in s.evidence])}
                    for s in rows])
        for statement in found.statements:
            statement_id = conn.execute(insert(statements).values(
                article_id=article_id, actor=statement.actor, kind=statement.kind, date=statement.date,
                date_value=_date_value(statement.date), date_precision=statement.date_precision,
                date_basis=statement.date_basis, text=statement.text, start=statement.start, end=statement.end,
            )).inserted_primary_key[0]
            names = dict.fromkeys(_statement_actors(statement.actor))
            if names:
                conn.execute(insert(statement_actors), [
                    {"statement_id": statement_id, "actor_id": ids[name], "article_id": article_id}
                    for name in names])
        if found.topics:
            conn.execute(insert(article_topics), [
                {"article_id": article_id, "topic": topic[:100], "score": float(score)}
                for topic, score in found.topics.items()])

    def _actor_ids(self, conn: Connection, found: Extraction) -> dict[str, int]:
        """Ids of every actor the extraction names, inserting the missing ones (insert-or-ignore, portably)."""
        wanted: dict[str, dict] = {}
        for m in found.mentions:
            wanted.setdefault(m.actor, self._actor_row(m.actor, m.kind, "official"))
        for q in found.quotes:
            if q.speaker:
                wanted.setdefault(q.speaker, self._actor_row(q.speaker, "person", q.speaker_role))
        for e in found.experts:
            wanted.setdefault(e.name, self._actor_row(e.name, "person", "expert"))
        for s in found.statements:
            for name in _statement_actors(s.actor):
                wanted.setdefault(name, self._actor_row(name, "person", "official"))
        return _upsert_actors(conn, wanted)

    def _actor_row(self, name: str, kind: str, role: str) -> dict:
        known = self.registry.get(name)
        if known:
            return {"name": name, "kind": known.kind, "role": known.role, "side": known.side, "in_registry": True}
        return {"name": name[:200], "kind": kind, "role": role, "side": None, "in_registry": False}


def _upsert_actors(conn: Connection, wanted: dict[str, dict]) -> dict[str, int]:
    if not wanted:
        return {}
    ids = dict(conn.execute(select(actors.c.name, actors.c.id).where(actors.c.name.in_(list(wanted)))).all())
    for name, row in wanted.items():
        if name in ids:
            continue
        try:
            # A savepoint, so losing the race to another writer does not abort the article's transaction.
            with conn.begin_nested():
                ids[name] = conn.execute(insert(actors).values(**row)).inserted_primary_key[0]
        except IntegrityError:
            ids[name] = conn.execute(select(actors.c.id).where(actors.c.name == name)).scalar_one()
    return ids


def _read_extraction(conn: Connection, article_id: int, names: dict[int, tuple[str, str]]) -> Extraction:
    """The extraction rows of one article as records; `names` maps actor ids to (name, kind)."""
    found = Extraction()
    for row in conn.execute(select(mentions).where(mentions.c.article_id == article_id).order_by(mentions.c.id)):
        found.mentions.append(Mention(*names[row.actor_id], row.start, row.end, row.surface))
    for row in conn.execute(select(quotes).where(quotes.c.article_id == article_id).order_by(quotes.c.id)):
        found.quotes.append(Quote(row.kind, row.text, row.speaker, row.speaker_role, row.speaker_description,
                                  row.start, row.end))
    for row in conn.execute(select(experts).where(experts.c.article_id == article_id).order_by(experts.c.id)):
        expert = Expert(names[row.actor_id][0], row.description)
        for s in conn.execute(select(stances).where(stances.c.expert_id == row.id).order_by(stances.c.id)):
            stance = Stance(s.target, s.stance, s.confidence, [Span(**e) for e in json.loads(s.evidence or "[]")])
            if s.target == "deal":
                expert.outlook = stance
            else:
                expert.stances.append(stance)
        found.experts.append(expert)
    for row in conn.execute(select(statements).where(statements.c.article_id == article_id)
                            .order_by(statements.c.id)):
        found.statements.append(Statement(row.date, row.date_precision, row.date_basis, row.actor, row.kind,
                                          row.text, row.start, row.end))
    for topic, score in conn.execute(select(article_topics.c.topic, article_topics.c.score)
                                     .where(article_topics.c.article_id == article_id)
                                     .order_by(article_topics.c.topic)):
        found.topics[topic] = score
    return found


def _id_of_hash(conn: Connection, content_hash: str) -> int | None:
    return conn.execute(select(articles.c.id).where(articles.c.content_hash == content_hash)).scalar()


def _statement_actors(actor: str) -> list[str]:
    return [name.strip() for name in actor.split(";") if name.strip()]


def _date_value(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _article_values(article: Article, prepared: Prepared, origin: str) -> dict:
    fetched = article.fetched_at or datetime.now(timezone.utc)
    return {
        "url": prepared.url, "title": article.title, "authors": json.dumps(list(article.authors or [])),
        "published": article.published, "source": (article.source or None) and article.source[:200],
        "language": article.language, "text": article.text, "content_hash": prepared.content_hash,
        "simhash": prepared.simhash, "word_count": prepared.word_count, "origin": origin,
        "fetched_at": _naive_utc(fetched),
    }


def _outlet_values(outlet: Link | None) -> dict:
    if outlet is None:
        return {"outlet": None, "outlet_country": None, "outlet_type": None}
    return {"outlet": outlet.outlet[:200], "outlet_country": outlet.country, "outlet_type": outlet.type}


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _changed_seed(conn: Connection, article: Article, prepared: Prepared) -> int | None:
    """The stored seed this article is a new text of: a seed (source "seed") is one article, known by its URL (or
    its title when it has none), whose text may be corrected; None when it is new or unchanged."""
    if article.source != SEED_SOURCE:
        return None
    same = articles.c.url == prepared.url if prepared.url else articles.c.title == article.title
    found = conn.execute(select(articles.c.id, articles.c.content_hash)
                         .where(articles.c.source == SEED_SOURCE, same)).first()
    if found is None or found.content_hash == prepared.content_hash:
        return None
    return found.id


def _find_duplicate(conn: Connection, prepared: Prepared) -> tuple[int, str] | None:
    if prepared.url:
        found = conn.execute(select(articles.c.id).where(articles.c.url == prepared.url)).scalar()
        if found:
            return found, f"same URL as article {found}"
    found = conn.execute(select(articles.c.id).where(articles.c.content_hash == prepared.content_hash)).scalar()
    if found:
        return found, f"same text as article {found}"
    return None


def _nearest_story(index: Iterable[tuple[int, int]], prepared: Prepared) -> int | None:
    if prepared.word_count < dedup.MIN_WORDS_FOR_NEAR:
        return None
    best = None
    for simhash, story in index:
        bits = dedup.distance(simhash, prepared.simhash)
        if bits <= dedup.NEAR_DUPLICATE_BITS and (best is None or bits < best[0]):
            best = (bits, story)
    return best[1] if best else None


def _delete_extraction(conn: Connection, article_id: int) -> None:
    # Children first, so this works whether or not the database enforces ON DELETE CASCADE.
    conn.execute(delete(statement_actors).where(statement_actors.c.article_id == article_id))
    conn.execute(delete(stances).where(stances.c.article_id == article_id))
    for table in (statements, experts, quotes, mentions):
        conn.execute(delete(table).where(table.c.article_id == article_id))


def _log(conn: Connection, origin: str, outcome: str, detail: str | None, article_id: int | None) -> None:
    conn.execute(insert(ingest_log).values(
        at=_naive_utc(datetime.now(timezone.utc)), origin=origin, outcome=outcome, detail=detail,
        article_id=article_id))


def _bump(conn: Connection) -> None:
    """Advance the change marker atomically (one UPDATE), so concurrent writers never lose a bump."""
    conn.execute(update(meta).where(meta.c.key == "data_version")
                 .values(value=cast(cast(meta.c.value, Integer) + 1, Text)))
    _set_meta(conn, "last_ingest_at", datetime.now(timezone.utc).isoformat(timespec="seconds"))


def _get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()


def _set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(meta).values(key=key, value=value))


def _recorded_version(conn: Connection) -> int | None:
    """The schema version on disk: None for an empty database, 0 for a store made before versions were kept."""
    tables = set(inspect(conn).get_table_names())
    if "meta" in tables:
        value = _get_meta(conn, "schema_version")
        if value is not None:
            return int(value)
    return 0 if "articles" in tables else None


def _add_missing_columns(conn: Connection) -> None:
    """Add columns the schema has and an older table lacks (ALTER TABLE ADD COLUMN is portable)."""
    inspector = inspect(conn)
    quote = conn.dialect.identifier_preparer.quote
    for table in schema.metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            ddl = f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(column.name)} {column.type.compile(conn.dialect)}"
            default = column.default.arg if column.default is not None and column.default.is_scalar else None
            if default is not None:
                literal = "TRUE" if default is True else "FALSE" if default is False else repr(default)
                ddl += f" DEFAULT {literal}"
                if not column.nullable:
                    ddl += " NOT NULL"
            conn.execute(text(ddl))


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:300] if lines else type(exc).__name__
