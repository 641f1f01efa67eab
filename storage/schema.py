"""The store's tables, written once for SQLite and PostgreSQL alike (SQLAlchemy Core, no dialect SQL).

`ingest.store` is the only writer and owns upgrades between versions; `dashboard.queries` only reads.
"""
from sqlalchemy import (
    BigInteger, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String,
    Table, Text, func,
)

SCHEMA_VERSION = 9  # 5: discovery and feed state; 6: the full-text index (`storage.search`); 7: expert summaries;
# 8: indexes for the groups the analysis pages compare (outlet country, outlet) and the voices summary;
# 9: summaries of statements by date and kind, quotes by speaker and articles by outlet group
# An article is about a topic when its relevance score (article_topics.score) is at least this: the dashboard's
# Topic filter keeps the same articles as `ingest add --topic` (ingest.extract.topics.DEFAULT_THRESHOLD).
TOPIC_THRESHOLD = 0.3

metadata = MetaData()


def words_in(column):
    """Words in a stored quote, as the database counts them: its spaces plus one (quotes are stored trimmed and
    single-spaced). The voices summary and the base-table query count alike."""
    return func.length(column) - func.length(func.replace(column, " ", "")) + 1

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, unique=True),  # canonical URL; null for files without one
    Column("title", Text),
    Column("authors", Text, nullable=False, default="[]"),  # JSON list
    Column("published", Date),
    Column("source", String(200)),  # the outlet as the source named it (sidecar, feed or --source)
    Column("language", String(16)),
    # The outlet from the registry (`storage.outlets`), linked when stored by the URL's host, else the source:
    # its name (an unlisted domain or source is its own name), ISO country and type (`unlisted` when not listed).
    Column("outlet", String(200)),
    Column("outlet_country", String(2)),
    Column("outlet_type", String(16)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("simhash", BigInteger, nullable=False, default=0),
    Column("story_id", Integer),  # the first article of a wire story; itself when original
    Column("word_count", Integer, nullable=False, default=0),
    Column("origin", Text),  # the path or URL it was ingested from
    Column("fetched_at", DateTime, nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
    Index("ix_articles_story", "story_id"),
    # What the overview counts (dates, outlets, stories) read in one narrow pass, never the wide rows.
    Index("ix_articles_facts", "published", "source", "story_id"),
    Index("ix_articles_outlet", "outlet_type", "outlet_country"),
    Index("ix_articles_language", "language"),
    # A compared group (`country:RU`, `outlet:TASS`) is found through these, not by reading every wide row.
    Index("ix_articles_country", "outlet_country", "published", "story_id"),
    Index("ix_articles_outlet_name", "outlet", "published", "story_id"),
)
# Newest first with ties by id, as the quote list orders them: read in index order, with no sort of every quote.
Index("ix_articles_newest", articles.c.published.desc(), articles.c.id, articles.c.story_id)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),  # person | country | organisation | bloc
    Column("role", String(32)),  # official | expert | other
    Column("side", String(64)),
    Column("in_registry", Boolean, nullable=False, default=False),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("surface", String(200), nullable=False),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_actor_article", "actor_id", "article_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # direct | indirect
    Column("text", Text, nullable=False),
    Column("speaker_id", Integer, ForeignKey("actors.id")),
    Column("speaker", String(200)),  # canonical name as extracted; null for unnamed sources
    Column("speaker_role", String(16), nullable=False),
    Column("speaker_description", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_quotes_article", "article_id"),
    Index("ix_quotes_speaker", "speaker_id"),
    Index("ix_quotes_speaker_name", "speaker"),  # the speaker picker's counts, from the index alone
    Index("ix_quotes_article_start", "article_id", "start"),  # an article's quotes in reading order
)

experts = Table(
    "experts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("description", Text),
    Index("ix_experts_article", "article_id"),
    Index("ix_experts_actor", "actor_id"),
)

stances = Table(
    "stances", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("target", String(64), nullable=False),  # a side, or "deal" for the outlook
    Column("stance", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("evidence", Text, nullable=False, default="[]"),  # JSON list of {text, start, end}
    Index("ix_stances_expert", "expert_id"),
    Index("ix_stances_article", "article_id"),
)

# Analysts' corrections live apart from extraction output, keyed by what survives re-ingestion
# (the article's content hash and the expert's name), so deleting and re-adding keeps them.
stance_corrections = Table(
    "stance_corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False),
    Column("expert", String(200), nullable=False),
    Column("target", String(64), nullable=False),
    Column("stance", String(16), nullable=False),
    Column("corrected_by", String(200), nullable=False),
    Column("corrected_at", DateTime, nullable=False),
    Column("note", Text),
    Index("ix_corrections_key", "content_hash", "expert", "target"),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor", String(400), nullable=False),  # canonical names joined by "; "
    Column("kind", String(32), nullable=False),
    Column("date", String(10), nullable=False),  # YYYY-MM-DD or YYYY-MM
    Column("date_value", Date, nullable=False),  # first day of the period, for sorting and ranges
    Column("date_precision", String(8), nullable=False),
    Column("date_basis", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_statements_article", "article_id"),
    Index("ix_statements_date", "date_value"),
)

statement_actors = Table(
    "statement_actors", metadata,
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Index("ix_statement_actors_actor", "actor_id"),
)

article_topics = Table(
    "article_topics", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("topic", String(100), primary_key=True),
    Column("score", Float, nullable=False),
    Index("ix_article_topics_topic", "topic"),
)

ingest_log = Table(
    "ingest_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("origin", Text, nullable=False),
    Column("outcome", String(16), nullable=False),  # added | duplicate | replaced | failed | deleted
    Column("detail", Text),
    Column("article_id", Integer),
)


# Presenter decks: named, ordered lists of saved views (a page and its query string), so an analyst can step through
# prepared views in presenter mode (`/?deck=NAME&present=1`). A new table, made when a writer opens the store.
deck_views = Table(
    "deck_views", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("deck", String(100), nullable=False),
    Column("position", Integer, nullable=False),  # 1, 2, 3 ... within the deck
    Column("page", String(64), nullable=False),  # the page's URL path ("" for the overview)
    Column("query", Text, nullable=False),  # the view's query string, as `dashboard.filters.View` writes it
    Column("title", Text),
    Column("saved_at", DateTime, nullable=False),
    Index("ix_deck_views_deck", "deck", "position"),
)


# --- discovery and watching (version 5): what a news index listed for a query, which windows of the query are
# done (so a killed run continues), the index's own volume for the query, and each feed's polling state.

discover_windows = Table(
    "discover_windows", metadata,  # one row per finished window: a run skips these
    Column("query_key", String(64), primary_key=True),  # sha256 of the index and the full query with its filters
    Column("start", DateTime, primary_key=True),
    Column("end", DateTime, nullable=False),
    Column("found", Integer, nullable=False),
    Column("done_at", DateTime, nullable=False),
)

discovered = Table(
    "discovered", metadata,  # what the index listed, kept so a resumed run still lists and adds the whole range
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("query_key", String(64), nullable=False),
    Column("url", Text, nullable=False),
    Column("seen", DateTime),  # when the index saw (GDELT) or dated (Media Cloud) it, UTC
    Column("domain", String(253)),
    Column("language", String(16)),  # ISO 639-1 where the index's name for it is known
    Column("country", String(64)),  # the index's source country, as it names it
    Column("title", Text),
    Index("ux_discovered_query_url", "query_key", "url", unique=True),
)

reference_volume = Table(
    "reference_volume", metadata,  # "all coverage the index saw": matching articles per day, and all it monitored
    Column("via", String(16), primary_key=True),
    Column("query", String(1000), primary_key=True),  # the query as given (with its filters), for the Actors page
    Column("day", Date, primary_key=True),
    Column("articles", Integer, nullable=False),
    Column("monitored", Integer),  # GDELT's norm: every article it monitored that day
)

feed_state = Table(
    "feed_state", metadata,  # `watch --outlets`: one row per registry feed
    Column("url", String(1000), primary_key=True),
    Column("outlet", String(200), nullable=False),
    Column("etag", String(400)),
    Column("last_modified", String(100)),
    Column("last_poll", DateTime),
    Column("last_success", DateTime),
    Column("last_error", Text),  # one line; cleared by the next success
    Column("last_error_at", DateTime),
    Column("failures", Integer, nullable=False, default=0),  # in a row: the backoff grows with it
    Column("next_poll", DateTime),  # not before this (backoff, Retry-After)
    Column("last_new", Integer, nullable=False, default=0),  # new articles found by the last poll
    Column("polls", Integer, nullable=False, default=0),
)

feed_polls = Table(
    "feed_polls", metadata,  # every poll of a registry feed: when, what it brought, what went wrong
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(1000), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("new", Integer, nullable=False),  # articles added by this poll
    Column("error", Text),
    Index("ix_feed_polls_url_at", "url", "at"),
)

outlet_switches = Table(
    "outlet_switches", metadata,  # outlets switched off from the Sources page; absent means on
    Column("outlet", String(200), primary_key=True),
    Column("enabled", Boolean, nullable=False),
    Column("changed_at", DateTime, nullable=False),
)


# --- summaries: kept by `ingest.store` in the same transaction as the article, so the dashboard's default
# views read a few thousand rows instead of millions of mentions. `is_copy` is a wire copy (its story began
# with another article); the summaries by day hold dated articles only (the store's undated ones are counted
# from the base tables).

article_actors = Table(
    "article_actors", metadata,  # one row per distinct actor per article: filtered counts without `articles`
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("published", Date),
    Column("source", String(200)),
    Column("is_copy", Boolean, nullable=False),
    Column("mentions", Integer, nullable=False),
    Index("ix_article_actors_actor", "actor_id", "published"),
    Index("ix_article_actors_source", "source", "published"),
)

actor_days = Table(
    "actor_days", metadata,  # articles mentioning the actor, and its mentions, per publication day
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("is_copy", Boolean, primary_key=True),
    Column("articles", Integer, nullable=False),
    Column("mentions", Integer, nullable=False),
)

actor_pairs = Table(
    "actor_pairs", metadata,  # articles mentioning both actors (actor_id <= other_id; equal: the actor alone)
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("other_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("is_copy", Boolean, primary_key=True),
    Column("articles", Integer, nullable=False),
)

def _outlet_day_key() -> list[Column]:
    """Day, outlet, registry outlet, its country and type, language and copy flag: the key the summaries by outlet
    group share ("" for none, as in outlet_days)."""
    return [Column("day", Date, primary_key=True), Column("source", String(200), primary_key=True),
            Column("outlet", String(200), primary_key=True), Column("outlet_country", String(2), primary_key=True),
            Column("outlet_type", String(16), primary_key=True), Column("language", String(16), primary_key=True),
            Column("is_copy", Boolean, primary_key=True)]


voice_days = Table(
    "voice_days", metadata,  # quotes and quoted words per day, outlet, language, speaker side and role (version 8)
    *_outlet_day_key(),
    Column("attributed", Boolean, primary_key=True),  # the quote has a speaker
    Column("side", String(64), primary_key=True),  # the speaker's side in the registry; "" for none
    Column("role", String(16), primary_key=True),  # the quote's speaker_role
    Column("quotes", Integer, nullable=False),
    Column("words", Integer, nullable=False),
)

outlet_days = Table(
    "outlet_days", metadata,  # articles and their quotes and statements per day and outlet ("" for none)
    Column("day", Date, primary_key=True),
    Column("source", String(200), primary_key=True),
    Column("is_copy", Boolean, primary_key=True),
    Column("articles", Integer, nullable=False),
    Column("quotes", Integer, nullable=False),
    Column("statements", Integer, nullable=False),
)

# Version 9: what the Timeline, the speaker picker and the Articles page's groups count, so that none of them reads
# every statement, quote or article row of a large store.

statement_days = Table(
    "statement_days", metadata,  # statements per statement date, outlet and kind (undated articles included)
    Column("day", Date, primary_key=True),  # the statement's date_value
    Column("source", String(200), primary_key=True),  # "" for none
    Column("is_copy", Boolean, primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("statements", Integer, nullable=False),
)

speaker_quotes = Table(
    "speaker_quotes", metadata,  # quotes per speaker name, every article counted
    Column("speaker", String(200), primary_key=True),
    Column("quotes", Integer, nullable=False),
)

article_days = Table(
    "article_days", metadata,  # dated articles per day, outlet, registry outlet, country, type and language
    *_outlet_day_key(),
    Column("articles", Integer, nullable=False),
)

# The Experts page's summaries (version 7). Undated articles are kept too: the page has no time axis, so the
# totals hold every article and only a view with a filter they do not carry reads `article_experts` instead.

article_experts = Table(
    "article_experts", metadata,  # one row per distinct expert per article: the evidence list's newest articles
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("published", Date),
    Column("source", String(200)),
    Column("is_copy", Boolean, nullable=False),
    Column("description", Text),  # the greatest of the expert's descriptions in the article
    Column("stances", Integer, nullable=False),  # the expert's stance rows in the article
    Column("listed", Integer, nullable=False),  # the expert's rows in `experts` for the article
    Index("ix_article_experts_actor", "actor_id", "published"),
)

expert_totals = Table(
    "expert_totals", metadata,  # articles quoting the expert, by the (greatest) description it had there
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("is_copy", Boolean, primary_key=True),
    Column("description", Text, primary_key=True),  # "" for none
    Column("articles", Integer, nullable=False),
    Column("listed", Integer, nullable=False),  # rows in `experts`: the readers check the table still accounts for all
)

expert_stances = Table(
    "expert_stances", metadata,  # articles where the expert takes the stance, by its highest confidence there
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("target", String(64), primary_key=True),
    Column("stance", String(16), primary_key=True),
    Column("is_copy", Boolean, primary_key=True),
    Column("confidence", Float, primary_key=True),  # the extractor rounds it to hundredths: a hundred keys at most
    Column("articles", Integer, nullable=False),
)
