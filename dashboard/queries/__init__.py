"""Every read the dashboard makes: SQLAlchemy Core selects over `storage.schema`, returning DataFrames.

This package (new readers go in a module of their own, one per noun) is the only place in `dashboard` with SQL.
Aggregation happens in the database (grouped by day, week or month); tables are paged; no query loads a whole table.
Works on SQLite and PostgreSQL: the only dialect-aware expressions are the date bucket in `_bucket` and the
full-text search in `_Search`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
from sqlalchemy import Date, Float, and_, case, cast, distinct, false, func, inspect, literal, or_, select, tuple_
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.sqltypes import NULLTYPE

from dashboard.filters import QUOTE_KINDS, SEARCH_IGNORED, STATEMENT_KINDS, Term, View, search_forms, search_terms
from dashboard.text import highlight, safe_link, sentence_around
from storage import schema, search
from storage.outlets import load_outlets

StoreUnreachable = SQLAlchemyError  # what the pages see when the database cannot be read

A = schema.articles
ACT = schema.actors
M = schema.mentions
Q = schema.quotes
E = schema.experts
S = schema.stances
C = schema.stance_corrections
ST = schema.statements
SA = schema.statement_actors
T = schema.article_topics
LOG = schema.ingest_log
AA = schema.article_actors
AD = schema.actor_days
AP = schema.actor_pairs
OD = schema.outlet_days
SD, SQ, ARD = schema.statement_days, schema.speaker_quotes, schema.article_days
VD = schema.voice_days
words_in = schema.words_in  # how the voices count a quote's words, the same in the summary and the base tables
AEX = schema.article_experts
EXT = schema.expert_totals
EXS = schema.expert_stances
META = schema.meta
DECKS = schema.deck_views
FTS = search.documents

CONTEXT_CHARS = 300


@dataclass(frozen=True)
class Summary:
    """The overview's counts, under the view's filters."""

    articles: int
    stories: int
    outlets: int
    first: date | None
    last: date | None
    quotes: int
    experts: int
    statements: int
    last_ingest: datetime | None


# --- conditions: the View turned into WHERE clauses --------------------------------------------------

def _on_topic(topic: str):
    """Ids of the articles about `topic`: scored at or above the relevance threshold, not merely scored."""
    return select(T.c.article_id).where(T.c.topic == topic, T.c.score >= schema.TOPIC_THRESHOLD)


def _article_conditions(view: View, *, dates: bool = True, actors: bool = True) -> list:
    conditions = []
    if dates and view.date_from:
        conditions.append(A.c.published >= view.date_from)
    if dates and view.date_to:
        conditions.append(A.c.published <= view.date_to)
    if view.sources:
        conditions.append(A.c.source.in_(view.sources))
    conditions.extend(_outlet_conditions(view))
    if view.topic:
        conditions.append(A.c.id.in_(_on_topic(view.topic)))
    if actors and view.actors:
        conditions.append(A.c.id.in_(_mentioning(view.actors)))
    if view.wire_once:
        # A wire story counts once: keep its first stored article, hide the copies.
        conditions.append(or_(A.c.story_id.is_(None), A.c.story_id == A.c.id))
    return conditions


def _outlet_conditions(view: View, table=A) -> list:
    """The outlets' countries and types and the articles' languages the view keeps (each a choice of several), on
    `articles` or on a summary that carries the same columns (`voice_days`)."""
    conditions = []
    if view.country:
        conditions.append(table.c.outlet_country.in_(view.country))
    if view.otype:
        conditions.append(table.c.outlet_type.in_(view.otype))
    if view.lang:
        conditions.append(table.c.language.in_(view.lang))
    return conditions


def _by_article(view: View) -> bool:
    """Whether the view picks articles by what only the articles know (topic, outlet country or type, language):
    the per-day summaries cannot answer it, `article_actors` can (through its article ids)."""
    return bool(view.topic or view.country or view.otype or view.lang)


def _mentioning(names) -> object:
    """Ids of articles mentioning any of `names` (own aliases, so it never correlates with the outer query)."""
    mention, actor = M.alias("m_filter"), ACT.alias("actor_filter")
    return (select(mention.c.article_id).join(actor, actor.c.id == mention.c.actor_id)
            .where(actor.c.name.in_(list(names))))


def _contains(column, needle: str):
    """The column holds the words, whatever their hyphenation or spelling variant (`filters.search_forms`)."""
    text = func.lower(column)
    for char in SEARCH_IGNORED:
        text = func.replace(text, char, "")
    return or_(*(text.contains(form, autoescape=True) for form in search_forms(needle)))


class _Search(ColumnElement):
    """The index's documents holding every term (`what="match"`), or how well they match (`what="score"`, higher
    is better): FTS5's MATCH and bm25 on SQLite, `@@ to_tsquery` and `ts_rank` on PostgreSQL. The query is built
    here from the parsed terms (`filters.search_terms`) and passed as a bound parameter, never as typed."""

    inherit_cache = False

    def __init__(self, terms: list[Term], what: str):
        self.terms, self.what = terms, what
        self.type = Float() if what == "score" else NULLTYPE  # a bare condition: no "= 1" added on SQLite


def _fts5_query(terms: list[Term]) -> str:
    """`("ceasefire" OR "cease fire") AND "security guarantees" AND "talk" *`: every word double-quoted (words
    are letters and digits only), so no input is FTS5 syntax."""
    def form(words, prefix):
        return '"' + " ".join(words) + '"' + (" *" if prefix else "")
    return " AND ".join("(" + " OR ".join(form(f, t.prefix) for f in t.forms) + ")" for t in terms)


def _tsquery(terms: list[Term]) -> str:
    """`('ceasefire' | 'cease' <-> 'fire') & 'talk':*`: the same query for `to_tsquery('simple', ...)`."""
    def form(words, prefix):
        return "(" + " <-> ".join(f"'{w}'" for w in words) + (":*" if prefix else "") + ")"
    return " & ".join("(" + " | ".join(form(f, t.prefix) for f in t.forms) + ")" for t in terms)


@compiles(_Search)  # also how the statement reads when printed
@compiles(_Search, "sqlite")
def _search_sqlite(element: _Search, compiler, **kw) -> str:
    if element.what == "score":
        return f"(-{search.NAME}.rank)"  # FTS5's rank is bm25, lower for better matches
    return f"{search.NAME} MATCH {compiler.process(literal(_fts5_query(element.terms)), **kw)}"


@compiles(_Search, "postgresql")
def _search_postgresql(element: _Search, compiler, **kw) -> str:
    query = f"to_tsquery('simple', {compiler.process(literal(_tsquery(element.terms)), **kw)})"
    if element.what == "score":
        return f"ts_rank({search.NAME}.tsv, {query})"
    return f"{search.NAME}.tsv @@ {query}"


def _hits(q: str, kind: int):
    """The ids of the rows of `kind` (`storage.search`) holding every term of `q`, with their score; nothing when
    `q` has no word to search for."""
    terms = search_terms(q)
    row_id = ((FTS.c.rowid - kind) // search.KINDS).label("id")
    if not terms:
        return select(row_id, literal(0.0).label("score")).where(false()).subquery("hits")
    return (select(row_id, _Search(terms, "score").label("score"))
            .where(_Search(terms, "match"), FTS.c.rowid % search.KINDS == kind).subquery("hits"))


def _matching(column, q: str, kind: int):
    return column.in_(select(_hits(q, kind).c.id))


# A word search ranks, and counts, at most this many matches: the newest stored in the view. The index is walked
# newest first and left there, so a word in one article in ten costs what a rare word costs; beyond it the count
# reads "10,000+" and the page says the ranking covers the newest 10,000.
RANKED = 10_000


def _newest_hits(q: str, kind: int, table, conditions: list, limit: int | None = None, scored: bool = True):
    """(id, score, doc) of the newest `limit` rows of `kind` holding every term of `q` that meet `conditions` (on
    `table`, joined by id, or on the id itself when `table` is None), newest first; (id, doc) unless `scored`."""
    terms, limit = search_terms(q), limit or RANKED
    row_id = (FTS.c.rowid - kind) // search.KINDS
    score = [(_Search(terms, "score") if terms else literal(0.0)).label("score")] if scored else []
    if not terms:
        return select(row_id.label("id"), *score, FTS.c.rowid.label("doc")).where(false())
    joined = FTS if table is None else FTS.join(table, table.c.id == row_id)
    return (select(row_id.label("id"), *score, FTS.c.rowid.label("doc"))
            .select_from(joined).where(_Search(terms, "match"), FTS.c.rowid % search.KINDS == kind, *conditions)
            .order_by(FTS.c.rowid.desc()).limit(limit))


def _ranked_page(q: str, kind: int, table, conditions: list, limit: int, offset: int):
    """One page of `_newest_hits`, best first (then newest): ranked before anything else is joined to it."""
    hits = _newest_hits(q, kind, table, conditions).subquery("newest")
    return (select(hits.c.id, hits.c.score).order_by(hits.c.score.desc(), hits.c.doc.desc())
            .limit(limit).offset(offset).subquery("hits"))


def _count_hits(engine: Engine, q: str, kind: int, table, conditions: list) -> int:
    """How many rows `_newest_hits` finds, RANKED + 1 meaning more than RANKED."""
    found = _newest_hits(q, kind, table, conditions, RANKED + 1, scored=False).subquery("counted")
    return _scalar(engine, select(func.count()).select_from(found)) or 0


def _quote_search_conditions(view: View) -> list:
    """The view's conditions on a quote found by its words, through narrow indexes (never the article rows)."""
    return _quote_own_conditions(view.with_(q="")) + _kept(Q.c.article_id, view, actors=False)


def _quote_conditions(view: View) -> list:
    return _article_conditions(view, actors=False) + _quote_own_conditions(view)


def _quote_own_conditions(view: View) -> list:
    """What the view asks of the quotes themselves (speaker, role, kind, words, actors inside them)."""
    conditions = []
    if view.speaker:
        conditions.append(Q.c.speaker == view.speaker)
    if view.role:
        conditions.append(Q.c.speaker_role == view.role)
    kinds = [k for k in view.kinds if k in QUOTE_KINDS]
    if kinds:
        conditions.append(Q.c.kind.in_(kinds))
    if view.q:
        conditions.append(_matching(Q.c.id, view.q, search.QUOTE))
    if view.actors:
        # "Actor mentioned": a mention of the actor inside the quoted words.
        mention, actor = M.alias("m_inside"), ACT.alias("actor_inside")
        inside = (
            select(mention.c.id).join(actor, actor.c.id == mention.c.actor_id)
            .where(mention.c.article_id == Q.c.article_id, mention.c.start >= Q.c.start,
                   mention.c.end <= Q.c.end, actor.c.name.in_(view.actors))
        )
        conditions.append(inside.exists())
    return conditions


def _bucket(engine: Engine, column, grain: str):
    """The first day of the day/week (Monday)/month holding `column`, computed by the database."""
    if grain == "day":
        return column
    if engine.dialect.name == "sqlite":
        if grain == "month":
            return func.strftime("%Y-%m-01", column)
        return func.date(column, "weekday 0", "-6 days")
    return cast(func.date_trunc(grain, column), Date)


def _frame(engine: Engine, statement) -> pd.DataFrame:
    with engine.connect() as conn:
        return pd.read_sql(statement, conn)


def _scalar(engine: Engine, statement):
    with engine.connect() as conn:
        return conn.execute(statement).scalar()


def _as_dates(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series).dt.date


# --- the store as a whole ------------------------------------------------------------------------------

def has_store(engine: Engine) -> bool:
    """Whether the tables exist at all (a fresh file has none until ingest creates them)."""
    return inspect(engine).has_table(A.name)


def article_total(engine: Engine) -> int:
    return _scalar(engine, select(func.count()).select_from(A)) or 0


def change_marker(engine: Engine) -> str:
    """A cheap fingerprint that changes whenever ingest adds, deletes, re-extracts or corrects."""
    statement = select(
        select(func.count()).select_from(A).scalar_subquery(),
        select(func.max(A.c.id)).scalar_subquery(),
        select(func.max(LOG.c.id)).scalar_subquery(),
        select(func.max(C.c.id)).scalar_subquery(),
        select(func.max(META.c.value)).where(META.c.key == "data_version").scalar_subquery(),
    )
    with engine.connect() as conn:
        row = conn.execute(statement).one()
    return "/".join("" if v is None else str(v) for v in row)


def last_ingest(engine: Engine) -> datetime | None:
    logged = _scalar(engine, select(func.max(LOG.c.at)).where(LOG.c.outcome == "added"))
    return logged or _scalar(engine, select(func.max(A.c.fetched_at)))


def summary(engine: Engine, view: View) -> Summary:
    if _by_article(view) or view.actors or not _summarised(engine):
        return _summary_exact(engine, view)
    return _summary_by_day(engine, view)


def _summary_exact(engine: Engine, view: View) -> Summary:
    where = _article_conditions(view)
    row_stmt = select(
        func.count(A.c.id),
        func.count(distinct(func.coalesce(A.c.story_id, A.c.id))),
        func.count(distinct(A.c.source)),
        func.min(A.c.published),
        func.max(A.c.published),
    ).where(*where)
    with engine.connect() as conn:
        articles, stories, outlets, first, last = conn.execute(row_stmt).one()
        quotes, experts, statements = conn.execute(_extraction_counts(where)).one()
    return Summary(
        articles=articles, stories=stories, outlets=outlets, first=_to_date(first), last=_to_date(last),
        quotes=quotes, experts=experts, statements=statements, last_ingest=last_ingest(engine),
    )


def _extraction_counts(where: list):
    """Quotes, distinct experts and statements in the articles kept by `where`."""
    def kept(table) -> list:
        return [table.c.article_id.in_(select(A.c.id).where(*where))] if where else []

    return select(
        select(func.count()).select_from(Q).where(*kept(Q)).scalar_subquery(),
        select(func.count(distinct(E.c.actor_id))).where(*kept(E)).scalar_subquery(),
        select(func.count()).select_from(ST).where(*kept(ST)).scalar_subquery(),
    )


def _summary_by_day(engine: Engine, view: View) -> Summary:
    """The counts from `outlet_days`; undated articles, stories across copies and experts from the base tables."""
    where = _article_conditions(view)
    dated = _frame(engine, select(
        OD.c.source, func.min(OD.c.day).label("first"), func.max(OD.c.day).label("last"),
        func.sum(OD.c.articles).label("articles"), func.sum(OD.c.quotes).label("quotes"),
        func.sum(OD.c.statements).label("statements"),
    ).where(OD.c.articles > 0, *_summary_conditions(view, OD, OD.c.day)).group_by(OD.c.source))
    undated = _undated_counts(engine, view)
    sources = set(dated["source"]) | set(undated["source"])
    articles = int(dated["articles"].sum() + undated["articles"].sum())
    with engine.connect() as conn:
        if view.wire_once:
            stories = articles
        elif not _article_conditions(view):
            # Every story's first article is in an unfiltered view: its stories are the articles that are no copy.
            first = and_(or_(A.c.story_id.is_(None), A.c.story_id == A.c.id), A.c.published.is_(None))
            stories = conn.execute(select(func.coalesce(func.sum(OD.c.articles), 0)).where(OD.c.is_copy == false())
                                   ).scalar() + conn.execute(select(func.count()).select_from(A).where(first)).scalar()
        else:
            stories = conn.execute(
                select(func.count(distinct(func.coalesce(A.c.story_id, A.c.id)))).where(*where)).scalar()
        experts = conn.execute(select(func.count(distinct(E.c.actor_id))).where(*_kept(E.c.article_id, view))).scalar()
    return Summary(
        articles=articles, stories=stories, outlets=len(sources - {""}),
        first=_to_date(dated["first"].min()) if not dated.empty else None,
        last=_to_date(dated["last"].max()) if not dated.empty else None,
        quotes=int(dated["quotes"].sum() + undated["quotes"].sum()),
        experts=experts, statements=int(dated["statements"].sum() + undated["statements"].sum()),
        last_ingest=last_ingest(engine),
    )


def _undated_counts(engine: Engine, view: View) -> pd.DataFrame:
    """source, articles, quotes, statements of the articles without a date (the daily summaries leave them out)."""
    columns = ["source", "articles", "quotes", "statements"]
    if view.date_from or view.date_to:
        return pd.DataFrame(columns=columns)
    where = [A.c.published.is_(None), *_article_conditions(view)]

    def count(table):
        return select(func.count()).select_from(table).where(table.c.article_id == A.c.id).scalar_subquery()

    frame = _frame(engine, select(func.coalesce(A.c.source, "").label("source"), A.c.id,
                                  count(Q).label("quotes"), count(ST).label("statements")).where(*where))
    frame["articles"] = 1
    return frame[columns]


def _kept(column, view: View, *, dates: bool = True, actors: bool = True) -> list:
    """`column` (an article id) among the articles the view keeps, picked through narrow indexes only. With the
    wire choice the only filter, by leaving out the few copies: an IN over every kept id costs a lookup each."""
    conditions = _article_conditions(view, dates=dates, actors=actors)
    if not conditions:
        return []
    if len(conditions) == 1 and view.wire_once:
        return [_NotACopy(column)]
    return [column.in_(select(A.c.id).where(*conditions))]


class _NotACopy(ColumnElement):
    """The article `column` names is no wire copy. SQLite lists the copies once (an index scan) and looks each id
    up in that list; PostgreSQL plans a NOT IN over a subquery as a per-row subplan when the list outgrows its work
    memory (the experts count at a million articles ran for minutes), so it gets NOT EXISTS, an anti-join."""

    inherit_cache = False

    def __init__(self, column):
        self.column = column
        self.type = NULLTYPE


@compiles(_NotACopy)
def _not_a_copy(element: _NotACopy, compiler, **kw) -> str:
    if compiler.dialect.name == "postgresql":
        copy = A.alias("copy")
        clause = ~select(copy.c.id).where(copy.c.id == element.column, copy.c.story_id.is_not(None),
                                          copy.c.story_id != copy.c.id).exists()
    else:
        clause = element.column.not_in(select(A.c.id).where(A.c.story_id.is_not(None), A.c.story_id != A.c.id))
    return compiler.process(clause, **kw)


def _in_articles(table, where: list) -> list:
    return [table.c.article_id.in_(select(A.c.id).where(*where))] if where else []


def _to_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- options for the filter widgets ---------------------------------------------------------------------

def sources(engine: Engine) -> list[str]:
    statement = select(A.c.source).where(A.c.source.is_not(None)).group_by(A.c.source).order_by(A.c.source)
    return _frame(engine, statement)["source"].tolist()


def outlet_countries(engine: Engine) -> list[str]:
    """The countries of the stored articles' outlets (ISO codes)."""
    return _distinct(engine, A.c.outlet_country)


def outlet_types(engine: Engine) -> list[str]:
    return _distinct(engine, A.c.outlet_type)


def languages(engine: Engine) -> list[str]:
    return _distinct(engine, A.c.language)


def _distinct(engine: Engine, column) -> list[str]:
    statement = select(column.label("value")).where(column.is_not(None)).group_by(column).order_by(column)
    return _frame(engine, statement)["value"].tolist()


def actor_names(engine: Engine) -> list[str]:
    """Actors that have at least one mention, by name."""
    used = select(M.c.actor_id).where(M.c.actor_id == ACT.c.id).exists()
    return _frame(engine, select(ACT.c.name).where(used).order_by(ACT.c.name))["name"].tolist()


def topics(engine: Engine) -> list[str]:
    return _frame(engine, select(T.c.topic).group_by(T.c.topic).order_by(T.c.topic))["topic"].tolist()


def speakers(engine: Engine, limit: int = 1000) -> list[str]:
    """The most quoted speakers, by name (a bounded list for the picker)."""
    if _summarised(engine):
        return sorted(_frame(engine, select(SQ.c.speaker).where(SQ.c.quotes > 0)
                             .order_by(SQ.c.quotes.desc(), SQ.c.speaker).limit(limit))["speaker"].tolist())
    statement = (
        select(Q.c.speaker).where(Q.c.speaker.is_not(None)).group_by(Q.c.speaker)
        .order_by(func.count().desc(), Q.c.speaker).limit(limit)
    )
    return sorted(_frame(engine, statement)["speaker"].tolist())


# --- summaries: what the default views read ---------------------------------------------------------------
# `ingest.store` keeps them in the same transaction as each article. A view they cannot answer (a topic, or
# outlets for the per-actor tables) reads `article_actors` or the base tables; the answer is the same.

def _summarised(engine: Engine) -> bool:
    """Whether the summaries account for every dated article: a store written around `ingest.store`, or one not
    yet upgraded to them, is answered from the base tables instead."""
    dated = select(func.count()).select_from(A).where(A.c.published.is_not(None)).scalar_subquery()
    summed = select(func.coalesce(func.sum(OD.c.articles), 0)).scalar_subquery()
    try:
        return bool(_scalar(engine, select(dated == summed)))
    except SQLAlchemyError:
        return False


def _summary_conditions(view: View, table, day) -> list:
    """The view's dates, outlets, topic and wire choice on a summary table (`day`: its date column)."""
    conditions = []
    if view.date_from:
        conditions.append(day >= view.date_from)
    if view.date_to:
        conditions.append(day <= view.date_to)
    if view.sources:
        conditions.append(table.c.source.in_(view.sources))
    if view.topic:
        conditions.append(table.c.article_id.in_(_on_topic(view.topic)))
    outlets = _outlet_conditions(view)
    if outlets:
        conditions.append(table.c.article_id.in_(select(A.c.id).where(*outlets)))
    if view.wire_once:
        conditions.append(table.c.is_copy == false())
    return conditions


def _daily(view: View) -> bool:
    """Whether `actor_days` answers the view (dates and wire only; the view's actors pick rows, not articles)."""
    return not (view.sources or _by_article(view))


# --- actors ----------------------------------------------------------------------------------------------

def top_actors(engine: Engine, view: View, limit: int = 15) -> pd.DataFrame:
    """actor, articles (mentioning it), mentions: the most covered actors under the filters."""
    frame = _with_names(engine, _actor_totals(engine, view))
    if view.actors:
        frame = frame[frame["actor"].isin(view.actors)]
    frame = frame.sort_values(["articles", "actor"], ascending=[False, True]).head(limit)
    return frame.reset_index(drop=True)[["actor", "articles", "mentions"]]


def _actor_totals(engine: Engine, view: View) -> pd.DataFrame:
    """actor_id, articles, mentions for every actor mentioned under the filters."""
    if not _summarised(engine):
        return _actor_totals_exact(engine, view)
    if not _daily(view):
        return _frame(engine, select(AA.c.actor_id, func.count().label("articles"),
                                     func.sum(AA.c.mentions).label("mentions"))
                      .where(*_summary_conditions(view, AA, AA.c.published)).group_by(AA.c.actor_id))
    dated = _frame(engine, select(AD.c.actor_id, func.sum(AD.c.articles).label("articles"),
                                  func.sum(AD.c.mentions).label("mentions"))
                   .where(*_summary_conditions(view, AD, AD.c.day)).group_by(AD.c.actor_id)
                   .having(func.sum(AD.c.articles) > 0))
    if view.date_from or view.date_to:
        return dated
    undated = _actor_totals_exact(engine, view, A.c.published.is_(None))
    if undated.empty:
        return dated
    return pd.concat([dated, undated]).groupby("actor_id", as_index=False)[["articles", "mentions"]].sum()


def _actor_totals_exact(engine: Engine, view: View, *extra) -> pd.DataFrame:
    """The same counts from the mentions themselves (the slower path, and the reference for the fast ones)."""
    counts = (select(M.c.actor_id, func.count(distinct(M.c.article_id)).label("articles"),
                     func.count().label("mentions")).group_by(M.c.actor_id))
    where = [*_article_conditions(view, actors=False), *extra]
    return _frame(engine, counts.where(*_in_articles(M, where)))


def _with_names(engine: Engine, frame: pd.DataFrame) -> pd.DataFrame:
    names = _frame(engine, select(ACT.c.id.label("actor_id"), ACT.c.name.label("actor")))
    return frame.merge(names, on="actor_id")


def mentions_over_time(engine: Engine, view: View, names: list[str]) -> pd.DataFrame:
    """period, actor, articles, mentions, total, share: articles mentioning each actor per period (and how
    many times they mention it)."""
    columns = ["period", "actor", "articles", "mentions", "total", "share"]
    if not names:
        return pd.DataFrame(columns=columns)
    summarised = _summarised(engine)
    counts = _frame(engine, _actor_periods(engine, view, names, summarised))
    if counts.empty:
        return pd.DataFrame(columns=columns)
    totals = _frame(engine, _article_periods(engine, view, summarised))
    counts["period"] = _as_dates(counts["period"])
    counts["mentions"] = counts["mentions"].astype(int)  # PostgreSQL sums as numeric
    totals["period"] = _as_dates(totals["period"])
    merged = counts.merge(totals, on="period", how="left")
    merged["share"] = merged["articles"] / merged["total"]
    return merged.sort_values(["period", "actor"]).reset_index(drop=True)[columns]


def articles_per_period(engine: Engine, view: View) -> pd.DataFrame:
    """period, total: dated articles per period under the filters (the view's actors aside); a period without
    any article has no row, so a share there is unknown rather than 0."""
    totals = _frame(engine, _article_periods(engine, view, _summarised(engine)))
    if totals.empty:
        return pd.DataFrame(columns=["period", "total"])
    totals["period"] = _as_dates(totals["period"])
    return totals.sort_values("period").reset_index(drop=True)


def _actor_periods(engine: Engine, view: View, names: list[str], summarised: bool):
    """period, actor, articles: articles mentioning each named actor per period."""
    if summarised and _daily(view):
        bucket = _bucket(engine, AD.c.day, view.grain).label("period")
        return (select(bucket, ACT.c.name.label("actor"), func.sum(AD.c.articles).label("articles"),
                       func.sum(AD.c.mentions).label("mentions"))
                .select_from(AD.join(ACT, ACT.c.id == AD.c.actor_id))
                .where(ACT.c.name.in_(names), *_summary_conditions(view, AD, AD.c.day))
                .group_by(bucket, ACT.c.name).having(func.sum(AD.c.articles) > 0))
    if summarised:
        bucket = _bucket(engine, AA.c.published, view.grain).label("period")
        return (select(bucket, ACT.c.name.label("actor"), func.count().label("articles"),
                       func.sum(AA.c.mentions).label("mentions"))
                .select_from(AA.join(ACT, ACT.c.id == AA.c.actor_id))
                .where(ACT.c.name.in_(names), AA.c.published.is_not(None),
                       *_summary_conditions(view, AA, AA.c.published))
                .group_by(bucket, ACT.c.name))
    pairs = _actor_articles(names)
    bucket = _bucket(engine, A.c.published, view.grain).label("period")
    return (select(bucket, ACT.c.name.label("actor"), func.count().label("articles"),
                   func.sum(pairs.c.mentions).label("mentions"))
            .select_from(pairs.join(A, A.c.id == pairs.c.article_id).join(ACT, ACT.c.id == pairs.c.actor_id))
            .where(A.c.published.is_not(None), *_article_conditions(view, actors=False))
            .group_by(bucket, ACT.c.name))


def _article_periods(engine: Engine, view: View, summarised: bool):
    """period, total: dated articles per period under the filters (the view's actors aside)."""
    if summarised and not _by_article(view):
        bucket = _bucket(engine, OD.c.day, view.grain).label("period")
        return (select(bucket, func.sum(OD.c.articles).label("total"))
                .where(*_summary_conditions(view, OD, OD.c.day)).group_by(bucket)
                .having(func.sum(OD.c.articles) > 0))
    bucket = _bucket(engine, A.c.published, view.grain).label("period")
    return (select(bucket, func.count().label("total"))
            .where(A.c.published.is_not(None), *_article_conditions(view, actors=False)).group_by(bucket))


def _actor_articles(names: list[str]):
    """(actor, article, mentions) for the named actors, from the covering index."""
    return (
        select(M.c.actor_id, M.c.article_id, func.count().label("mentions"))
        .where(M.c.actor_id.in_(select(ACT.c.id).where(ACT.c.name.in_(names))))
        .group_by(M.c.actor_id, M.c.article_id)
        .subquery()
    )


def cooccurrence(engine: Engine, view: View, names: list[str]) -> pd.DataFrame:
    """actor_a, actor_b, articles: how many articles mention both (the diagonal: each alone)."""
    columns = ["actor_a", "actor_b", "articles"]
    ids = _frame(engine, select(ACT.c.id, ACT.c.name).where(ACT.c.name.in_(names)))
    if ids.empty:
        return pd.DataFrame(columns=columns)
    # In the caller's order: databases return an IN (...) lookup in different orders (SQLite: the list's).
    named = sorted(zip(ids["id"].tolist(), ids["name"].tolist()), key=lambda pair: list(names).index(pair[1]))
    actor_ids = [actor_id for actor_id, _ in named]
    summarised = _summarised(engine)
    if summarised and not (view.date_from or view.date_to or view.sources or _by_article(view)):
        together = _pairs_kept(engine, view, actor_ids)
    else:
        together = _pairs_counted(engine, view, actor_ids, summarised)
    rows = []
    for i, (first, name) in enumerate(named):
        for other, other_name in named[i:]:
            total = together.get((min(first, other), max(first, other)), 0)
            rows.append((name, other_name, total))
            if other != first:
                rows.append((other_name, name, total))
    return pd.DataFrame([r for r in rows if r[2]], columns=columns)


def _pairs_kept(engine: Engine, view: View, actor_ids: list[int]) -> dict[tuple[int, int], int]:
    """Articles per pair of actors (lower id first) from `actor_pairs`, which holds every article's pairs."""
    where = [AP.c.actor_id.in_(actor_ids), AP.c.other_id.in_(actor_ids)]
    if view.wire_once:
        where.append(AP.c.is_copy == false())
    statement = (select(AP.c.actor_id, AP.c.other_id, func.sum(AP.c.articles))
                 .where(*where).group_by(AP.c.actor_id, AP.c.other_id))
    with engine.connect() as conn:
        return {(a, b): int(n) for a, b, n in conn.execute(statement)}


def _pairs_counted(engine: Engine, view: View, actor_ids: list[int], summarised: bool) -> dict[tuple[int, int], int]:
    """The same counts in one pass over the actors' articles: a 0/1 flag per actor and article, the products
    summed (from `article_actors`, or from the mentions themselves)."""
    if summarised:
        table, where = AA, _summary_conditions(view, AA, AA.c.published)
    else:
        table, where = M, _in_articles(M, _article_conditions(view, actors=False))
    flags = [func.max(case((table.c.actor_id == actor_id, 1), else_=0)).label(f"f{i}")
             for i, actor_id in enumerate(actor_ids)]
    per_article = (select(table.c.article_id, *flags).where(table.c.actor_id.in_(actor_ids), *where)
                   .group_by(table.c.article_id).subquery())
    pairs = [(i, j) for i in range(len(actor_ids)) for j in range(i, len(actor_ids))]
    sums = [func.coalesce(func.sum(per_article.c[f"f{i}"] * per_article.c[f"f{j}"]), 0) for i, j in pairs]
    with engine.connect() as conn:
        totals = conn.execute(select(*sums)).one()
    found = {}
    for (i, j), total in zip(pairs, totals):
        a, b = actor_ids[i], actor_ids[j]
        found[(min(a, b), max(a, b))] = int(total)
    return found


def mention_sentences(engine: Engine, view: View, actor: str, start: date | None = None,
                      end: date | None = None, also: str | None = None, limit: int = 50) -> pd.DataFrame:
    """The sentences behind a number: each mention of `actor` in articles published in [start, end)
    (and, for a co-occurrence cell, mentioning `also` too)."""
    where = [ACT.c.name == actor, *_article_conditions(view, actors=False)]
    if also:
        where.append(A.c.id.in_(_mentioning([also])))
    if start:
        where.append(A.c.published >= start)
    if end:
        where.append(A.c.published < end)
    if _summarised(engine):
        where.append(M.c.article_id.in_(_newest_articles(view, actor, start, end, also, limit)))
    offset = case((M.c.start > CONTEXT_CHARS, M.c.start - CONTEXT_CHARS), else_=0)
    statement = (
        select(A.c.id.label("article_id"), A.c.published, A.c.source, A.c.title, A.c.url,
               M.c.surface, (M.c.start - offset).label("at"), (M.c.end - offset).label("to"),
               func.substr(A.c.text, offset + 1, 2 * CONTEXT_CHARS + (M.c.end - M.c.start)).label("window"))
        .select_from(M.join(ACT, ACT.c.id == M.c.actor_id).join(A, A.c.id == M.c.article_id))
        .where(*where)
        .order_by(A.c.published.desc(), A.c.id, M.c.start)
        .limit(limit)
    )
    frame = _frame(engine, statement)
    frame["sentence"] = [sentence_around(w, a, b) for w, a, b in zip(frame["window"], frame["at"], frame["to"])]
    frame["url"] = frame["url"].map(safe_link)
    return frame[["published", "source", "title", "surface", "sentence", "url", "article_id"]]


def _newest_articles(view: View, actor: str, start: date | None, end: date | None, also: str | None, limit: int):
    """Ids of the newest `limit` articles mentioning `actor` under the filters, in the sentences' order: the
    first `limit` mentions can only come from these, so the wide article rows of the others are never read."""
    where = [AA.c.actor_id == select(ACT.c.id).where(ACT.c.name == actor).scalar_subquery(),
             *_summary_conditions(view, AA, AA.c.published)]
    if also:
        other = AA.alias("also_actors")
        where.append(AA.c.article_id.in_(
            select(other.c.article_id).join(ACT, ACT.c.id == other.c.actor_id).where(ACT.c.name == also)))
    if start:
        where.append(AA.c.published >= start)
    if end:
        where.append(AA.c.published < end)
    return select(AA.c.article_id).where(*where).order_by(AA.c.published.desc(), AA.c.article_id).limit(limit)


# --- experts -----------------------------------------------------------------------------------------------

def _effective_stances(with_articles: bool = True):
    """Each stance with the latest analyst correction applied (corrections live apart, keyed by content).

    The few corrections find their article by its unique content hash first, so the stances are matched by
    article id and never need the wide article rows (`with_articles` joins them for their fields)."""
    latest = (
        select(func.max(C.c.id).label("id")).group_by(C.c.content_hash, C.c.expert, C.c.target).subquery()
    )
    corrected = (select(C, A.c.id.label("article_id")).join(latest, latest.c.id == C.c.id)
                 .join(A, A.c.content_hash == C.c.content_hash).subquery())
    joined = S.join(E, E.c.id == S.c.expert_id).join(ACT, ACT.c.id == E.c.actor_id)
    if with_articles:
        joined = joined.join(A, A.c.id == S.c.article_id)
    return joined.outerjoin(corrected, and_(corrected.c.article_id == S.c.article_id,
                                            corrected.c.expert == ACT.c.name,
                                            corrected.c.target == S.c.target)), corrected


def _experts_summarised(engine: Engine) -> bool:
    """Whether the Experts page's summaries can answer: the other summaries are complete, the store has been
    upgraded to these, and they account for every expert row (one written around the store is not in them)."""
    if not _summarised(engine):
        return False
    listed = select(func.count()).select_from(E).scalar_subquery()
    summed = select(func.coalesce(func.sum(EXT.c.listed), 0)).scalar_subquery()
    try:
        return bool(_scalar(engine, select(listed == summed)))
    except SQLAlchemyError:
        return False


def _whole_corpus(view: View) -> bool:
    """Whether the view keeps every article but the wire copies it may hide: the expert totals answer it."""
    return not (view.date_from or view.date_to or view.sources or view.actors or _by_article(view))


def _expert_article_conditions(view: View) -> list:
    """The view's filters on `article_experts` (its own date, outlet and copy columns; the rest by article id)."""
    conditions = _summary_conditions(view, AEX, AEX.c.published)
    if view.actors:
        conditions.append(AEX.c.article_id.in_(_mentioning(view.actors)))
    return conditions


def experts(engine: Engine, view: View, limit: int = 40) -> pd.DataFrame:
    """expert, description, articles: the most quoted experts under the filters."""
    if not _experts_summarised(engine):
        return _experts_exact(engine, view, limit)
    named = [_contains(ACT.c.name, view.q)] if view.q else []
    if _whole_corpus(view):
        articles = func.sum(EXT.c.articles)
        statement = (
            select(ACT.c.name.label("expert"),
                   func.nullif(func.max(case((EXT.c.articles > 0, EXT.c.description))), "").label("description"),
                   articles.label("articles"))
            .select_from(EXT.join(ACT, ACT.c.id == EXT.c.actor_id))
            .where(*([EXT.c.is_copy == false()] if view.wire_once else []), *named)
            .group_by(ACT.c.name).having(articles > 0))
    else:
        articles = func.count()
        statement = (
            select(ACT.c.name.label("expert"), func.max(AEX.c.description).label("description"),
                   articles.label("articles"))
            .select_from(AEX.join(ACT, ACT.c.id == AEX.c.actor_id))
            .where(*_expert_article_conditions(view), *named).group_by(ACT.c.name))
    return _frame(engine, statement.order_by(articles.desc(), ACT.c.name).limit(limit))


def _experts_exact(engine: Engine, view: View, limit: int) -> pd.DataFrame:
    """The same list from the expert rows themselves (the reference for the summaries)."""
    where = _kept(E.c.article_id, view)
    if view.q:
        where.append(_contains(ACT.c.name, view.q))
    statement = (
        select(ACT.c.name.label("expert"), func.max(E.c.description).label("description"),
               func.count(distinct(E.c.article_id)).label("articles"))
        .select_from(E.join(ACT, ACT.c.id == E.c.actor_id))
        .where(*where).group_by(ACT.c.name)
        .order_by(func.count(distinct(E.c.article_id)).desc(), ACT.c.name).limit(limit)
    )
    return _frame(engine, statement)


STANCE_CELL_COLUMNS = ["expert", "target", "stance", "articles", "corrected", "confidence"]


def stance_cells(engine: Engine, view: View, names: list[str]) -> pd.DataFrame:
    """expert, target, stance, articles, corrected, confidence: the stance each expert takes most often per side,
    among stances at or above the view's confidence (an analyst's correction always counts, at confidence 1)."""
    if not names:
        return pd.DataFrame(columns=STANCE_CELL_COLUMNS)
    if _whole_corpus(view) and _experts_summarised(engine):
        frame = _stance_counts_summarised(engine, view, names)
    else:
        frame = _stance_counts_exact(engine, view, names)
    if frame.empty:
        return pd.DataFrame(columns=STANCE_CELL_COLUMNS)
    # The dominant stance per cell; ties go to the alphabetically first stance so the view is stable.
    frame = frame.sort_values(["expert", "target", "articles", "stance"], ascending=[True, True, False, True])
    return frame.drop_duplicates(["expert", "target"]).reset_index(drop=True)[STANCE_CELL_COLUMNS]


def _stance_counts_exact(engine: Engine, view: View, names: list[str]) -> pd.DataFrame:
    """Every (expert, target, stance) with its articles, corrected stances and top confidence, from the stances."""
    joined, corrected = _effective_stances(with_articles=False)
    stance = func.coalesce(corrected.c.stance, S.c.stance)
    confidence = case((corrected.c.id.is_not(None), 1.0), else_=S.c.confidence)
    statement = (
        select(ACT.c.name.label("expert"), S.c.target, stance.label("stance"),
               func.count(distinct(S.c.article_id)).label("articles"),
               func.count(corrected.c.id).label("corrected"), func.max(confidence).label("confidence"))
        .select_from(joined)
        .where(ACT.c.name.in_(names), *_kept(S.c.article_id, view),
               or_(corrected.c.id.is_not(None), S.c.confidence >= view.minconf))
        .group_by(ACT.c.name, S.c.target, stance)
    )
    return _frame(engine, statement)


def _stance_counts_summarised(engine: Engine, view: View, names: list[str]) -> pd.DataFrame:
    """The same counts from `expert_stances`, with the analysts' corrections applied on top: each corrected
    (article, expert, target) leaves the cells its extracted stances counted it in and joins the corrected
    stance's cell at confidence 1. Corrections are few, so they are read from the base tables, and only the cells
    they touch are read confidence by confidence."""
    copies = [EXS.c.is_copy == false()] if view.wire_once else []

    def cells(*where, by_confidence: bool = False) -> pd.DataFrame:
        keys = [ACT.c.name.label("expert"), EXS.c.target, EXS.c.stance]
        shown = [*keys, EXS.c.confidence] if by_confidence else [*keys, func.max(EXS.c.confidence).label("confidence")]
        articles = func.sum(EXS.c.articles)
        return _frame(engine, select(*shown, articles.label("articles"))
                      .select_from(EXS.join(ACT, ACT.c.id == EXS.c.actor_id))
                      .where(EXS.c.confidence >= view.minconf, *copies, *where)
                      .group_by(*keys, *([EXS.c.confidence] if by_confidence else [])).having(articles > 0))

    counted = cells(ACT.c.name.in_(names))
    counted["corrected"] = 0
    # From the corrections outwards (they are few), never through every stance.
    latest = select(func.max(C.c.id).label("id")).group_by(C.c.content_hash, C.c.expert, C.c.target).subquery()
    where = [C.c.expert.in_(names)]
    if view.wire_once:
        where.append(or_(A.c.story_id.is_(None), A.c.story_id == A.c.id))
    fixed = _frame(engine, select(S.c.article_id, C.c.expert, S.c.target, S.c.stance.label("extracted"),
                                  S.c.confidence, C.c.stance)
                   .select_from(C.join(latest, latest.c.id == C.c.id).join(A, A.c.content_hash == C.c.content_hash)
                                .join(S, and_(S.c.article_id == A.c.id, S.c.target == C.c.target))
                                .join(E, E.c.id == S.c.expert_id)
                                .join(ACT, and_(ACT.c.id == E.c.actor_id, ACT.c.name == C.c.expert)))
                   .where(*where))
    if fixed.empty:
        return counted
    # What the summary counted for the corrected articles: one article per extracted stance, at its top confidence.
    extracted = (fixed.groupby(["article_id", "expert", "target", "extracted"], as_index=False)["confidence"].max()
                 .query("confidence >= @view.minconf")
                 .groupby(["expert", "target", "extracted", "confidence"], as_index=False).size()
                 .rename(columns={"extracted": "stance", "size": "articles"}))
    cell = ["expert", "target", "stance"]
    touched = list(extracted[cell].drop_duplicates().itertuples(index=False, name=None))
    if touched:
        detail = cells(tuple_(ACT.c.name, EXS.c.target, EXS.c.stance).in_(touched), by_confidence=True)
        extracted["articles"] = -extracted["articles"]
        detail = pd.concat([detail, extracted], ignore_index=True).groupby(
            [*cell, "confidence"], as_index=False)["articles"].sum()
        detail = detail[detail["articles"] > 0].groupby(cell, as_index=False).agg(
            articles=("articles", "sum"), confidence=("confidence", "max"))
        detail["corrected"] = 0
        keyed = counted.set_index(cell).index
        counted = pd.concat([counted[~keyed.isin(touched)], detail], ignore_index=True)
    moved = (fixed.groupby(cell, as_index=False)
             .agg(articles=("article_id", "nunique"), corrected=("article_id", "size")))
    moved["confidence"] = 1.0
    return (pd.concat([counted, moved], ignore_index=True).groupby(cell, as_index=False)
            .agg(articles=("articles", "sum"), corrected=("corrected", "sum"), confidence=("confidence", "max")))


def stance_evidence(engine: Engine, view: View, expert: str) -> pd.DataFrame:
    """One row per stance of `expert`: where, what was extracted, what holds now, and the evidence."""
    joined, corrected = _effective_stances()
    where = [ACT.c.name == expert, *_article_conditions(view)]
    if _experts_summarised(engine):
        # The newest articles with a stance of the expert, off its index: the list below never needs more of them
        # than it has rows, so the stances of older articles are never read.
        newest = (select(AEX.c.article_id).join(ACT, ACT.c.id == AEX.c.actor_id)
                  .where(ACT.c.name == expert, AEX.c.stances > 0, *_expert_article_conditions(view))
                  .order_by(AEX.c.published.desc(), AEX.c.article_id).limit(EVIDENCE_ROWS))
        ids = list(_frame(engine, newest)["article_id"])
        # Driven by those articles' stances, not by all of the expert's: `+ 0` keeps SQLite off the actor index.
        where = [S.c.article_id.in_(ids), (E.c.actor_id + 0).in_(select(ACT.c.id).where(ACT.c.name == expert)),
                 *_article_conditions(view)]
    statement = (
        select(S.c.id.label("stance_id"), A.c.id.label("article_id"), A.c.content_hash, A.c.published,
               A.c.source, A.c.title, S.c.target, S.c.stance.label("extracted"),
               func.coalesce(corrected.c.stance, S.c.stance).label("stance"),
               corrected.c.corrected_by, S.c.confidence, S.c.evidence)
        .select_from(joined).where(*where)
        .order_by(A.c.published.desc(), A.c.id, S.c.target)
        .limit(EVIDENCE_ROWS)
    )
    frame = _frame(engine, statement)
    frame["evidence"] = frame["evidence"].map(_evidence_text)
    return frame


EVIDENCE_ROWS = 200


def _evidence_text(raw: str) -> str:
    try:
        spans = json.loads(raw or "[]")
    except ValueError:
        return ""
    return " … ".join(str(span.get("text", "")) for span in spans if isinstance(span, dict))


def corrections(engine: Engine, limit: int = 100) -> pd.DataFrame:
    """Who corrected which stance, when, in which article (newest first)."""
    statement = (
        select(C.c.corrected_at, C.c.corrected_by, C.c.expert, C.c.target, C.c.stance, C.c.note,
               A.c.title.label("article"))
        .select_from(C.outerjoin(A, A.c.content_hash == C.c.content_hash))
        .order_by(C.c.id.desc()).limit(limit)
    )
    return _frame(engine, statement)


# --- timeline ---------------------------------------------------------------------------------------------

def _statement_conditions(view: View, joined: bool = False, table=ST) -> list:
    """`joined`: the query joins articles (and reads newest first off the date index), so filter on them;
    otherwise the articles are picked through their small indexes, as counting by joining every statement
    to its article row (which holds the whole text) took 0.5 s at 100,000 articles on SQLite."""
    kept = _article_conditions(view, dates=False, actors=False)
    conditions = kept if joined else _kept(table.c.article_id, view, dates=False, actors=False)
    if view.date_from:
        conditions.append(table.c.date_value >= view.date_from)
    if view.date_to:
        conditions.append(table.c.date_value <= view.date_to)
    kinds = [k for k in view.kinds if k in STATEMENT_KINDS]
    if kinds:
        conditions.append(table.c.kind.in_(kinds))
    if view.q:
        # The newest statements holding the words within the view (RANKED + 1 at most: a count can say "more").
        hit = ST.alias("st_hit")
        found = _newest_hits(view.q, search.STATEMENT, hit, _statement_conditions(view.with_(q=""), table=hit),
                             RANKED + 1, scored=False).subquery("newest")
        conditions.append(table.c.id.in_(select(found.c.id)))
    return conditions


def _statement_lanes(with_articles: bool = True):
    lane = func.coalesce(ACT.c.name, ST.c.actor).label("lane")
    base = ST.join(A, A.c.id == ST.c.article_id) if with_articles else ST
    joined = base.outerjoin(SA, SA.c.statement_id == ST.c.id).outerjoin(ACT, ACT.c.id == SA.c.actor_id)
    return joined, lane


def statements(engine: Engine, view: View, limit: int = 1500) -> pd.DataFrame:
    """One row per statement and actor lane, newest first, at most `limit` rows."""
    joined, lane = _statement_lanes()
    where = _statement_conditions(view, joined=True)
    if view.actors:
        where.append(func.coalesce(ACT.c.name, ST.c.actor).in_(view.actors))
    statement = (
        select(ST.c.id, lane, ST.c.kind, ST.c.date, ST.c.date_value, ST.c.date_precision, ST.c.date_basis,
               ST.c.text, A.c.source, A.c.title, A.c.id.label("article_id"))
        .select_from(joined).where(*where)
        .order_by(ST.c.date_value.desc(), ST.c.id).limit(limit)
    )
    frame = _frame(engine, statement)
    frame["date_value"] = _as_dates(frame["date_value"])
    return frame


def _statements_by_day(engine: Engine, view: View) -> bool:
    """Whether `statement_days` counts the view's statements: dates, kinds, outlets and the wire choice only."""
    return not (view.q or view.actors or _by_article(view)) and _summarised(engine)


def _statement_day_conditions(view: View) -> list:
    conditions = _summary_conditions(view, SD, SD.c.day)
    kinds = [k for k in view.kinds if k in STATEMENT_KINDS]
    return conditions + ([SD.c.kind.in_(kinds)] if kinds else [])


def statements_count(engine: Engine, view: View) -> int:
    if _statements_by_day(engine, view):
        return int(_scalar(engine, select(func.coalesce(func.sum(SD.c.statements), 0))
                           .where(*_statement_day_conditions(view))) or 0)
    joined, lane = _statement_lanes(with_articles=False)
    where = _statement_conditions(view)
    if view.actors:
        where.append(func.coalesce(ACT.c.name, ST.c.actor).in_(view.actors))
    # Statements, not their marks: a statement by two actors has a mark in each lane but is one statement.
    return _scalar(engine, select(func.count(distinct(ST.c.id))).select_from(joined).where(*where)) or 0


def statement_kinds(engine: Engine, view: View) -> pd.DataFrame:
    """kind, statements: how many dated statements of each kind."""
    if _statements_by_day(engine, view):
        total = func.sum(SD.c.statements)
        return _frame(engine, select(SD.c.kind, total.label("statements")).where(*_statement_day_conditions(view))
                      .group_by(SD.c.kind).having(total > 0).order_by(total.desc(), SD.c.kind))
    statement = (
        select(ST.c.kind, func.count().label("statements"))
        .select_from(ST).where(*_statement_conditions(view))
        .group_by(ST.c.kind).order_by(func.count().desc(), ST.c.kind)
    )
    return _frame(engine, statement)


def statement_detail(engine: Engine, statement_id: int) -> pd.DataFrame:
    """The statement with its article and the text around it."""
    return _in_context(engine, ST, statement_id, [ST.c.kind, ST.c.date, ST.c.date_precision, ST.c.date_basis,
                                                  ST.c.actor])


# --- quotes ------------------------------------------------------------------------------------------------

QUOTE_COLUMNS = ["id", "quote", "speaker", "role", "kind", "published", "source", "title", "url", "article_id"]


def quotes(engine: Engine, view: View, limit: int = 50, offset: int = 0) -> pd.DataFrame:
    """The filtered quotes, one page of them: newest first, or with words searched (`q`) the best matches first
    and a `match` column holding the quote with the words found marked ⟨so⟩ (plain text)."""
    columns = (Q.c.id, Q.c.text.label("quote"), Q.c.speaker, Q.c.speaker_role.label("role"), Q.c.kind,
               A.c.published, A.c.source, A.c.title, A.c.url, A.c.id.label("article_id"))
    if view.q:
        hits = _ranked_page(view.q, search.QUOTE, Q, _quote_search_conditions(view), limit, offset)
        statement = (select(*columns).select_from(hits.join(Q, Q.c.id == hits.c.id).join(A, A.c.id == Q.c.article_id))
                     .order_by(hits.c.score.desc(), A.c.published.desc(), A.c.id, Q.c.start))
    else:
        statement = (
            select(*columns).select_from(Q.join(A, A.c.id == Q.c.article_id))
            .where(*_quote_conditions(view))
            .order_by(A.c.published.desc(), A.c.id, Q.c.start)
            .limit(limit).offset(offset)
        )
    frame = _frame(engine, statement)
    frame["url"] = frame["url"].map(safe_link)
    if not view.q:
        return frame[QUOTE_COLUMNS]
    terms = search_terms(view.q)
    frame["match"] = [highlight(quote, terms) for quote in frame["quote"]]
    return frame[[*QUOTE_COLUMNS, "match"]]


EXPORT_COLUMNS = ["quote_id", "article_id", "url", "published", "source", "title", "speaker",
                  "speaker_description", "role", "kind", "quote", "start", "end", "sentence"]


def quotes_export(engine: Engine, view: View, limit: int) -> pd.DataFrame:
    """The filtered quotes for a download, newest first: each with its ids, URL, speaker description, character
    offsets in its article and the sentence holding it, so a row can be checked against the article."""
    offset = case((Q.c.start > CONTEXT_CHARS, Q.c.start - CONTEXT_CHARS), else_=0)
    statement = (
        select(Q.c.id.label("quote_id"), A.c.id.label("article_id"), A.c.url, A.c.published, A.c.source, A.c.title,
               Q.c.speaker, Q.c.speaker_description, Q.c.speaker_role.label("role"), Q.c.kind,
               Q.c.text.label("quote"), Q.c.start, Q.c.end, (Q.c.start - offset).label("at"),
               (Q.c.end - offset).label("to"),
               func.substr(A.c.text, offset + 1, 2 * CONTEXT_CHARS + (Q.c.end - Q.c.start)).label("window"))
        .select_from(Q.join(A, A.c.id == Q.c.article_id))
        .where(*_quote_conditions(view))
        .order_by(A.c.published.desc(), A.c.id, Q.c.start)
        .limit(limit)
    )
    frame = _frame(engine, statement)
    frame["sentence"] = [sentence_around(w, a, b) for w, a, b in zip(frame["window"], frame["at"], frame["to"])]
    frame["url"] = frame["url"].map(safe_link)
    return frame[EXPORT_COLUMNS]


def quotes_count(engine: Engine, view: View) -> int:
    """The view's quotes; with words searched, at most RANKED + 1 (more than RANKED)."""
    if view.q:
        return _count_hits(engine, view.q, search.QUOTE, Q, _quote_search_conditions(view))
    if _quotes_by_day(view) and _summarised(engine):
        dated = select(func.coalesce(func.sum(OD.c.quotes), 0)).where(*_summary_conditions(view, OD, OD.c.day))
        return int(_scalar(engine, dated) or 0) + int(_undated_counts(engine, view)["quotes"].sum())
    statement = select(func.count()).select_from(Q.join(A, A.c.id == Q.c.article_id)).where(*_quote_conditions(view))
    return _scalar(engine, statement) or 0


def _quotes_by_day(view: View) -> bool:
    """Whether `outlet_days` counts the view's quotes: only dates, outlets and the wire choice narrow them."""
    kinds = [k for k in view.kinds if k in QUOTE_KINDS]
    return not (view.speaker or view.role or kinds or view.q or view.actors or _by_article(view))


def quote_detail(engine: Engine, quote_id: int) -> pd.DataFrame:
    """The quote with its article and the text around it."""
    return _in_context(engine, Q, quote_id, [Q.c.speaker, Q.c.speaker_role, Q.c.kind])


def _in_context(engine: Engine, table, row_id: int, extra: list) -> pd.DataFrame:
    offset = case((table.c.start > CONTEXT_CHARS, table.c.start - CONTEXT_CHARS), else_=0)
    statement = (
        select(table.c.id, table.c.text, *extra, A.c.id.label("article_id"), A.c.title, A.c.source,
               A.c.published, A.c.url,
               func.substr(A.c.text, offset + 1, table.c.start - offset).label("before"),
               func.substr(A.c.text, table.c.end + 1, CONTEXT_CHARS).label("after"),
               func.substr(A.c.text, table.c.start + 1, table.c.end - table.c.start).label("span"))
        .select_from(table.join(A, A.c.id == table.c.article_id)).where(table.c.id == row_id)
    )
    frame = _frame(engine, statement)
    frame["url"] = frame["url"].map(safe_link)
    return frame


# --- articles ---------------------------------------------------------------------------------------------


def articles(engine: Engine, view: View, limit: int = 50, offset: int = 0) -> pd.DataFrame:
    """One page of stored articles, newest first (with words searched, `q`, the best matches first and their
    matching sentence in `match`), with how much extraction found in each."""
    def count(table):
        return select(func.count()).select_from(table).where(table.c.article_id == A.c.id).scalar_subquery()

    columns = [A.c.id, A.c.published, A.c.source, A.c.title, A.c.url, A.c.word_count,
               count(M).label("mentions"), count(Q).label("quotes"), count(ST).label("statements"),
               A.c.outlet, A.c.outlet_country, A.c.outlet_type]
    if view.q:
        hits = _ranked_page(view.q, search.ARTICLE, None, _kept(_article_hit, view), limit, offset)
        statement = (select(*columns, A.c.text).select_from(hits.join(A, A.c.id == hits.c.id))
                     .order_by(hits.c.score.desc(), A.c.published.desc(), A.c.id.desc()))
    else:
        statement = (select(*columns).where(*_article_conditions(view))
                     .order_by(A.c.published.desc(), A.c.id.desc()).limit(limit).offset(offset))
    frame = _frame(engine, statement)
    if view.q:  # the sentence of the title or text that matches best, the words found marked ⟨so⟩
        terms = search_terms(view.q)
        frame["match"] = [highlight(f"{title or ''}\n{body}", terms) for title, body in
                          zip(frame["title"], frame.pop("text"))]
    frame["url"] = frame["url"].map(safe_link)
    frame["outlet"] = [_outlet_label(*row) for row in
                       zip(frame.pop("outlet"), frame.pop("outlet_country"), frame.pop("outlet_type"))]
    return frame


def _outlet_label(outlet: str | None, country: str | None, kind: str | None) -> str | None:
    """"BBC (GB, public)": the registry outlet with its country and type, for the articles table."""
    if pd.isna(outlet) or not outlet:
        return None
    return f"{outlet} ({', '.join(part for part in (country, kind) if not pd.isna(part) and part)})"


GROUPS = {"outlet": A.c.outlet, "country": A.c.outlet_country, "otype": A.c.outlet_type, "lang": A.c.language}


def articles_by(engine: Engine, view: View, by: str) -> pd.DataFrame:
    """group, articles: the filtered articles counted by outlet, outlet country, outlet type or language
    ("" where the article has none), most first."""
    if _articles_by_day(engine, view):
        column = {"outlet": ARD.c.outlet, "country": ARD.c.outlet_country, "otype": ARD.c.outlet_type,
                  "lang": ARD.c.language}[by]
        dated = _frame(engine, select(column.label("group"), func.sum(ARD.c.articles).label("articles"))
                       .where(*_article_day_conditions(view)).group_by(column))
        undated = pd.DataFrame(columns=["group", "articles"]) if view.date_from or view.date_to else _frame(
            engine, select(func.coalesce(GROUPS[by], "").label("group"), func.count().label("articles"))
            .where(A.c.published.is_(None), *_article_conditions(view)).group_by(GROUPS[by]))
        both = pd.concat([dated, undated]).groupby("group", as_index=False)["articles"].sum()
        both = both[both["articles"] > 0].astype({"articles": "int64"})
        if both.empty:
            return pd.DataFrame(columns=["group", "articles"])
        return both.sort_values(["articles", "group"], ascending=[False, True], ignore_index=True)
    column = GROUPS[by]
    group = func.coalesce(column, "").label("group")
    if view.q:  # the matches the page counts and ranks: the newest RANKED + 1 in the view
        found = _newest_hits(view.q, search.ARTICLE, None, _kept(_article_hit, view), RANKED + 1,
                             scored=False).subquery("newest")
        return _frame(engine, select(group, func.count().label("articles")).where(A.c.id.in_(select(found.c.id)))
                      .group_by(group).order_by(func.count().desc(), group))
    statement = (select(group, func.count().label("articles")).where(*_article_conditions(view))
                 .group_by(group).order_by(func.count().desc(), group))
    return _frame(engine, statement)


_article_hit = (FTS.c.rowid - search.ARTICLE) // search.KINDS  # an article's id from its index document


def _articles_by_day(engine: Engine, view: View) -> bool:
    """Whether `article_days` counts the view's articles: everything but words, topic and actors."""
    return not (view.q or view.topic or view.actors) and _summarised(engine)


def _article_day_conditions(view: View) -> list:
    conditions = _summary_conditions(view.with_(country=(), otype=(), lang=()), ARD, ARD.c.day)
    return conditions + _outlet_conditions(view, ARD)


def articles_count(engine: Engine, view: View) -> int:
    """The view's articles; with words searched, at most RANKED + 1 (more than RANKED)."""
    if view.q:
        return _count_hits(engine, view.q, search.ARTICLE, None, _kept(_article_hit, view))
    if _articles_by_day(engine, view):
        dated = _scalar(engine, select(func.coalesce(func.sum(ARD.c.articles), 0)).where(*_article_day_conditions(view)))
        undated = 0 if view.date_from or view.date_to else _scalar(
            engine, select(func.count()).select_from(A).where(A.c.published.is_(None), *_article_conditions(view)))
        return int(dated or 0) + int(undated or 0)
    return _scalar(engine, select(func.count()).select_from(A).where(*_article_conditions(view))) or 0


def article(engine: Engine, article_id: int) -> dict | None:
    """One article's stored fields, or None when it is gone."""
    statement = select(A.c.id, A.c.title, A.c.url, A.c.source, A.c.published, A.c.language, A.c.authors,
                       A.c.word_count, A.c.origin, A.c.fetched_at, A.c.text, A.c.story_id).where(A.c.id == article_id)
    with engine.connect() as conn:
        row = conn.execute(statement).mappings().first()
    if row is None:
        return None
    found = dict(row)
    found["url"] = safe_link(found["url"])
    return found


def article_marks(engine: Engine, article_id: int) -> pd.DataFrame:
    """mark, start, end, label: every mention, quote and statement span in the article."""
    parts = [
        select(literal("mention").label("mark"), M.c.start, M.c.end, ACT.c.name.label("label"))
        .select_from(M.join(ACT, ACT.c.id == M.c.actor_id)).where(M.c.article_id == article_id),
        select(literal("quote").label("mark"), Q.c.start, Q.c.end,
               func.coalesce(Q.c.speaker, literal("(unnamed)")).label("label")).where(Q.c.article_id == article_id),
        select(literal("statement").label("mark"), ST.c.start, ST.c.end,
               (ST.c.kind + literal(" · ") + ST.c.date).label("label")).where(ST.c.article_id == article_id),
    ]
    frames = [_frame(engine, part) for part in parts]
    return pd.concat(frames, ignore_index=True).sort_values(["start", "end"]).reset_index(drop=True)



# --- sources: every outlet of the registry with its articles and its feeds' state (`watch --outlets`) ---------

def outlet_health(engine: Engine) -> pd.DataFrame:
    """outlet, country, type, on, feeds, articles, languages, last_success, last_error, last_error_at, new_last_poll:
    one row per registry outlet (and per unlisted outlet that has articles), most articles first."""
    registry = load_outlets()
    by_language = _frame(engine, select(A.c.outlet, A.c.language, func.count().label("n"))
                         .where(A.c.outlet.is_not(None)).group_by(A.c.outlet, A.c.language))
    feeds = _frame(engine, select(schema.feed_state))
    switches = dict(_frame(engine, select(schema.outlet_switches.c.outlet, schema.outlet_switches.c.enabled))
                    .itertuples(index=False, name=None))
    rows = {o.name: {"outlet": o.name, "country": o.country, "type": o.type, "feeds": len(o.feeds)}
            for o in registry.outlets}
    for name in by_language["outlet"].unique():
        rows.setdefault(name, {"outlet": name, "country": None, "type": "unlisted", "feeds": 0})
    table = []
    for name, row in rows.items():
        mine = by_language[by_language["outlet"] == name]
        polled = feeds[feeds["outlet"] == name]
        failed = polled[polled["last_error"].notna()].sort_values("last_error_at")
        table.append({**row, "on": bool(switches.get(name, True)), "articles": int(mine["n"].sum()),
                      "languages": ", ".join(sorted(str(code) for code in mine["language"].dropna().unique())),
                      "last_success": polled["last_success"].max() if not polled.empty else None,
                      "last_error": failed["last_error"].iloc[-1] if not failed.empty else None,
                      "last_error_at": failed["last_error_at"].iloc[-1] if not failed.empty else None,
                      "new_last_poll": int(polled["last_new"].sum()) if not polled.empty else None})
    frame = pd.DataFrame(table, columns=["outlet", "country", "type", "on", "feeds", "articles", "languages",
                                         "last_success", "last_error", "last_error_at", "new_last_poll"])
    return frame.sort_values(["articles", "outlet"], ascending=[False, True], ignore_index=True)


def reference_queries(engine: Engine) -> list[str]:
    """The discover queries whose daily volume the store keeps."""
    table = schema.reference_volume
    return [row[0] for row in _frame(engine, select(table.c.query).distinct().order_by(table.c.query))
            .itertuples(index=False)]


def reference_per_period(engine: Engine, view: View, query: str) -> pd.DataFrame:
    """period, articles: the news index's matching articles for `query`, per day/week/month within the view's dates."""
    table = schema.reference_volume
    conditions = [table.c.query == query]
    if view.date_from:
        conditions.append(table.c.day >= view.date_from)
    if view.date_to:
        conditions.append(table.c.day <= view.date_to)
    bucket = _bucket(engine, table.c.day, view.grain).label("period")
    frame = _frame(engine, select(bucket, func.sum(table.c.articles).label("articles"))
                   .where(*conditions).group_by(bucket).order_by(bucket))
    if not frame.empty:
        frame["period"] = _as_dates(frame["period"])
    return frame


def reference_volume(engine: Engine, query: str | None = None) -> pd.DataFrame:
    """via, query, day, articles, monitored: the news indexes' own daily counts kept by `ingest discover`."""
    table = schema.reference_volume
    statement = select(table.c.via, table.c.query, table.c.day, table.c.articles, table.c.monitored)
    if query is not None:
        statement = statement.where(table.c.query == query)
    return _frame(engine, statement.order_by(table.c.query, table.c.day))


# --- the readers kept in modules of their own (they build on the conditions above) ------------------------------
from dashboard.queries.compare import (  # noqa: E402, F401
    group_actor_shares, group_articles_over_time, group_options, group_sentences, group_sizes, group_speakers,
    group_stances, group_statement_kinds,
)
from dashboard.queries.voices import voice_quotes, voices_by_group, voices_over_time  # noqa: E402, F401
from dashboard.queries.decks import deck_names, deck_views  # noqa: E402, F401
