"""The full-text index: one document per article (title and text), quote and statement, in the database's own
index (SQLite FTS5, PostgreSQL tsvector with GIN), and the normalisation both the index and the searches use.

The indexed text is the stored text without hyphens ("cease-fire" is indexed as "ceasefire"); both engines
then split it into words of letters and digits and lower them, with no stemming, so a word matches the same
rows on both. `ingest.store` writes it in each article's transaction; `dashboard.queries` reads it.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, MetaData, Table, Text, func, text
from sqlalchemy.engine import Connection

# Characters the index and a search ignore: hyphens of every kind and the soft hyphen, so "ceasefire",
# "cease-fire" and "cease‑fire" are one word.
IGNORED = ("-", "\u2010", "\u2011", "\u00ad")

NAME = "search_index"
# A document's id: the row's id times KINDS plus its kind, so each kind keeps its own ids (SQLite's rowid).
KINDS = 4
ARTICLE, QUOTE, STATEMENT = 1, 2, 3

# Read-side description of the index; created by `create`, never by `schema.metadata.create_all`.
index_metadata = MetaData()
documents = Table(
    NAME, index_metadata,
    Column("rowid", BigInteger, primary_key=True),  # PostgreSQL: a plain column of that name; SQLite: the rowid
    Column("article_id", Integer),
    Column("body", Text),
)


def normalise(value: str) -> str:
    """The text as indexed: without hyphens (the engines lower it and split it into words)."""
    for char in IGNORED:
        value = value.replace(char, "")
    return value


def normalised(column):
    """`normalise` in SQL, for filling the index straight from the stored rows."""
    for char in IGNORED:
        column = func.replace(column, char, "")
    return column


def exists(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        return conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": NAME}).first() is not None
    return conn.execute(text("SELECT to_regclass(:n)"), {"n": NAME}).scalar() is not None


def create(conn: Connection) -> bool:
    """Create the index's table when it is missing; returns whether it was created (and so needs filling)."""
    if exists(conn):
        return False
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"CREATE VIRTUAL TABLE {NAME} USING fts5(body, article_id UNINDEXED,"
                          " tokenize = 'unicode61 remove_diacritics 0')"))
    else:
        conn.execute(text(f"CREATE TABLE {NAME} (rowid BIGINT PRIMARY KEY, article_id INTEGER NOT NULL, body TEXT,"
                          " tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(body, ''))) STORED)"))
        conn.execute(text(f"CREATE INDEX ix_{NAME}_tsv ON {NAME} USING GIN (tsv)"))
        conn.execute(text(f"CREATE INDEX ix_{NAME}_article ON {NAME} (article_id)"))
    return True
