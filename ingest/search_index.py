"""Keeps the full-text index (`storage.search`) in step with the stored rows: each article's documents are
written and removed in the article's own transaction; `rebuild` fills the index from every stored row."""
from __future__ import annotations

from sqlalchemy import delete, func, insert, literal, select, union_all
from sqlalchemy.engine import Connection

from storage import search
from storage.schema import articles, quotes, statements

_COLUMNS = ["rowid", "article_id", "body"]


def _documents(table, kind: int, body):
    return select((table.c.id * search.KINDS + kind).label("rowid"), table.c.article_id, search.normalised(body))


def _sources(where_article) -> list:
    """The selects giving every document of the articles `where_article` keeps (a condition on an article id)."""
    title = func.coalesce(articles.c.title, literal(""))
    article_docs = select((articles.c.id * search.KINDS + search.ARTICLE).label("rowid"), articles.c.id,
                          search.normalised(title + literal("\n") + articles.c.text))
    return [
        article_docs.where(where_article(articles.c.id)),
        _documents(quotes, search.QUOTE, quotes.c.text).where(where_article(quotes.c.article_id)),
        _documents(statements, search.STATEMENT, statements.c.text).where(where_article(statements.c.article_id)),
    ]


def add(conn: Connection, article_id: int) -> None:
    """Index the article, its quotes and its statements (after they are written)."""
    for source in _sources(lambda column: column == article_id):
        conn.execute(insert(search.documents).from_select(_COLUMNS, source))


def remove(conn: Connection, article_id: int) -> None:
    """Drop the article's documents from the index (before its quotes and statements are deleted)."""
    ids = union_all(*(source.with_only_columns(source.selected_columns[0]) for source in
                      _sources(lambda column: column == article_id)))
    conn.execute(delete(search.documents).where(search.documents.c.rowid.in_(select(ids.subquery().c[0]))))


def rebuild(conn: Connection) -> None:
    """Create the index if it is missing and fill it from every stored article, quote and statement."""
    search.create(conn)
    conn.execute(delete(search.documents))
    for source in _sources(lambda column: column.is_not(None)):
        conn.execute(insert(search.documents).from_select(_COLUMNS, source))
