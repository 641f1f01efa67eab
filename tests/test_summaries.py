"""The summary tables on both backends: kept right by add, delete (a copy becoming its story's first article),
re-extraction and import; filled by the upgrade from version 1; and the dashboard's queries answer the same
from them as from the base tables, under every kind of filter.
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Index, inspect, select, text, update

from dashboard import queries
from dashboard.filters import View
from ingest import backup, summaries
from ingest.pipeline import Options, run
from ingest.records import Article, Extraction, Mention, Quote
from ingest.store import Store
from storage import schema
from storage.engine import open_engine
from ingest.pipeline import SEED_ARTICLE as SEED

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "fixtures" / "site"
SOURCES = [SEED, SITE / "talks-geneva.html", SITE / "sanctions-vote.html", SITE / "wire-a.html", SITE / "wire-b.html"]
TABLES = (schema.article_actors, schema.actor_days, schema.actor_pairs, schema.outlet_days, schema.voice_days,
          schema.statement_days, schema.speaker_quotes, schema.article_days)
UNDATED = "Ukraine and Russia met again. Donald Trump said, \"We will see,\" and Russia agreed."


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "coverage.sqlite")
    return request.getfixturevalue("postgres_url")


def ingest(db: str) -> None:
    run([str(s) for s in SOURCES], Options(db=db), lambda outcome: None)


def add_undated(store: Store) -> int:
    mentions = [Mention(name, "country", at, at + len(name), name) for name, at in
                (("Ukraine", 0), ("Russia", 12), ("Russia", UNDATED.rindex("Russia")))]
    mentions.append(Mention("Donald Trump", "person", UNDATED.index("Donald"), UNDATED.index(" said"), "Donald Trump"))
    quote = Quote("direct", "We will see,", "Donald Trump", "official", None, UNDATED.index("We"),
                  UNDATED.index("We") + 12)
    return store.add(Article(text=UNDATED, source="Undated Wire"), Extraction(mentions=mentions, quotes=[quote]),
                     "undated").article_id


def kept(db: str) -> dict[str, list[tuple]]:
    """Every summary row (counters that dropped to zero left out), in a stable order."""
    engine = open_engine(db)
    try:
        with engine.connect() as conn:
            found = {}
            for table in TABLES:
                rows = [tuple(row) for row in conn.execute(select(table))]
                if table is not schema.article_actors:  # a counter table: its counters are its non-key columns
                    counters = [i for i, column in enumerate(table.columns) if not column.primary_key]
                    rows = [row for row in rows if any(row[i] for i in counters)]
                found[table.name] = sorted(rows, key=repr)
            return found
    finally:
        engine.dispose()


def rebuilt(db: str) -> dict[str, list[tuple]]:
    """What a rebuild from the base tables gives (rolled back, so the store is left as it was)."""
    engine = open_engine(db)
    try:
        with engine.connect() as conn:
            with conn.begin() as transaction:
                summaries.rebuild(conn)
                found = kept_in(conn)
                transaction.rollback()
            return found
    finally:
        engine.dispose()


def kept_in(conn) -> dict[str, list[tuple]]:
    found = {}
    for table in TABLES:
        found[table.name] = sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
    return found


def test_add_delete_and_reextract_keep_the_summaries_right(db_url):
    ingest(db_url)
    with Store(db_url) as store:
        undated = add_undated(store)
    assert kept(db_url) == rebuilt(db_url)
    after_add = kept(db_url)
    assert sum(row[3] for row in after_add["outlet_days"]) == 5  # the five dated articles; not the undated one
    # wire-b (article 5) is a copy of wire-a (4): deleting wire-a makes wire-b the story's first article.
    with Store(db_url) as store:
        assert [a["story_id"] for a in store.list_articles()] == [1, 2, 3, 4, 4, undated]
        assert store.delete(4) is True
    after_delete = kept(db_url)
    assert after_delete == rebuilt(db_url)
    assert {row[4] for row in after_delete["article_actors"] if row[0] == 5} == {False}
    with Store(db_url) as store:
        fewer = Extraction(mentions=[Mention("Ukraine", "country", 0, 7, "Ukraine")])
        store.reextract(lambda article: fewer)
    after = kept(db_url)
    assert after == rebuilt(db_url)
    # Each article now mentions Ukraine once, and nothing else.
    assert sorted((row[0], row[5]) for row in after["article_actors"]) == [(1, 1), (2, 1), (3, 1), (5, 1), (undated, 1)]
    assert len({row[1] for row in after["article_actors"]}) == 1
    assert sum(row[3] for row in after["outlet_days"]) == 4  # four dated articles left
    assert sum(row[4] for row in after["outlet_days"]) == 0  # and no quotes after re-extraction


def test_import_fills_the_summaries(db_url, tmp_path):
    source = str(tmp_path / "source.sqlite")
    ingest(source)
    with Store(source) as store:
        exported = io.StringIO()
        backup.export_jsonl(store, exported)
    with Store(db_url) as restored:
        backup.import_jsonl(restored, io.StringIO(exported.getvalue()))
    assert kept(db_url) == rebuilt(db_url) == kept(source)


def test_upgrade_from_version_1_fills_the_summaries(db_url):
    ingest(db_url)
    with Store(db_url) as store:
        add_undated(store)
    expected = kept(db_url)
    # Back to a version-1 store: no summary tables, no facts index, version 1 recorded.
    engine = open_engine(db_url)
    with engine.begin() as conn:
        for table in TABLES:
            table.drop(conn)
        for index in NEW_INDEXES:
            index.drop(conn)
        conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value="1"))
    engine.dispose()
    with Store(db_url) as store:
        assert store.meta("schema_version") == str(schema.SCHEMA_VERSION)
    assert kept(db_url) == expected
    assert sum(row[3] for row in expected["outlet_days"]) == 5
    assert len(expected["actor_pairs"]) > 20


NEW_INDEXES: list[Index] = [index for index in schema.articles.indexes if index.name == "ix_articles_facts"]


def test_upgrade_from_version_8_fills_the_statement_speaker_and_article_summaries(db_url):
    ingest(db_url)
    with Store(db_url) as store:
        add_undated(store)
    expected = kept(db_url)
    assert sum(row[-1] for row in expected["statement_days"]) > 5 and expected["speaker_quotes"]
    engine = open_engine(db_url)
    with engine.begin() as conn:  # a version-8 store: the three tables are missing
        for table in (schema.statement_days, schema.speaker_quotes, schema.article_days):
            table.drop(conn)
        conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value="8"))
    engine.dispose()
    with Store(db_url) as store:
        assert store.meta("schema_version") == "9"
    assert kept(db_url) == expected


# --- the queries: the same answers from the summaries as from the base tables ------------------------------

VIEWS = [
    View(), View(wire="all"), View(grain="day"), View(grain="month", wire="all"),
    View(date_from=date(2025, 4, 1), date_to=date(2025, 4, 30)), View(date_from=date(2025, 4, 19), wire="all"),
    View(sources=("Reuters",)), View(sources=("Reuters", "Undated Wire"), wire="all"),
    View(topic="Ukraine-Russia peace talks"), View(topic="nothing stored"), View(actors=("Russia",)),
    View(actors=("Donald Trump",), wire="all", grain="day"),
    View(kinds=("proposal", "acceptance")), View(lang=("en",)), View(country=("US", "GB"), wire="all"),
]


@pytest.fixture
def stored(db_url):
    ingest(db_url)
    with Store(db_url) as store:
        add_undated(store)
    engine = open_engine(db_url, readonly=True)
    yield engine
    engine.dispose()


def both_paths(monkeypatch, function, engine, *args):
    fast = function(engine, *args)
    with monkeypatch.context() as patch:
        patch.setattr(queries, "_summarised", lambda engine: False)
        exact = function(engine, *args)
    return fast, exact


def test_summaries_answer_every_query_as_the_base_tables_do(stored, monkeypatch):
    assert queries._summarised(stored)
    names = queries.top_actors(stored, View(wire="all"), 8)["actor"].tolist()
    assert {"Russia", "Ukraine", "Donald Trump"} <= set(names)
    checked = 0
    for view in VIEWS:
        for function, args in ((queries.summary, ()), (queries.top_actors, ()), (queries.top_actors, (3,)),
                               (queries.mentions_over_time, (names,)), (queries.cooccurrence, (names,)),
                               (queries.mention_sentences, ("Russia",)),
                               (queries.mention_sentences, ("Russia", date(2025, 4, 1), date(2025, 5, 1), "Ukraine")),
                               (queries.mention_sentences, ("Ukraine", None, None, None, 2)),
                               (queries.quotes_count, ()), (queries.quotes, ()),
                               (queries.statements_count, ()), (queries.statement_kinds, ()),
                               (queries.articles_count, ()), (queries.articles_by, ("outlet",)),
                               (queries.articles_by, ("country",)), (queries.articles_by, ("lang",))):
            fast, exact = both_paths(monkeypatch, function, stored, view, *args)
            if isinstance(exact, pd.DataFrame):
                pd.testing.assert_frame_equal(fast, exact, obj=f"{function.__name__} {view}")
                checked += len(exact)
            else:
                assert fast == exact, (function.__name__, view)
    assert checked > 300


def test_the_speaker_picker_reads_its_summary_as_it_reads_the_quotes(stored, monkeypatch):
    fast, exact = both_paths(monkeypatch, queries.speakers, stored)
    assert fast == exact and "Donald Trump" in fast
    fast, exact = both_paths(monkeypatch, queries.speakers, stored, 2)
    assert fast == exact and len(fast) == 2


def test_quote_counts_from_the_summaries_match_the_quotes_listed(stored):
    for view in (*VIEWS, View(speaker="Donald Trump"), View(kinds=("direct",)), View(q="see")):
        assert queries.quotes_count(stored, view) == len(queries.quotes(stored, view, 10_000)), view
    assert queries.quotes_count(stored, View(sources=("Undated Wire",))) == 1


def test_upgrade_from_version_2_adds_the_quote_indexes(db_url):
    ingest(db_url)
    names = {"ix_articles_newest", "ix_quotes_speaker_name", "ix_quotes_article_start"}
    engine = open_engine(db_url)
    listed = queries.quotes(engine, View(), 100)
    with engine.begin() as conn:
        for index in (*schema.articles.indexes, *schema.quotes.indexes):
            if index.name in names:
                index.drop(conn)
        conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value="2"))
    engine.dispose()
    with Store(db_url) as store:
        assert store.meta("schema_version") == str(schema.SCHEMA_VERSION)
        found = {index["name"] for table in ("articles", "quotes") for index in inspect(store.engine).get_indexes(table)}
    assert names <= found
    engine = open_engine(db_url)
    pd.testing.assert_frame_equal(queries.quotes(engine, View(), 100), listed)
    engine.dispose()
    assert len(listed) > 5


def test_the_undated_article_counts_where_dates_do_not_filter(stored):
    everything, dated = queries.summary(stored, View(wire="all")), queries.summary(stored, View(
        wire="all", date_from=date(2000, 1, 1)))
    assert (everything.articles - dated.articles, everything.outlets - dated.outlets) == (1, 1)
    assert everything.quotes - dated.quotes == 1
    top = queries.top_actors(stored, View(sources=("Undated Wire",)))
    assert top.values.tolist() == [["Donald Trump", 1, 1], ["Russia", 1, 2], ["Ukraine", 1, 1]]


def test_a_store_written_around_the_summaries_is_answered_from_the_base_tables(stored, db_url):
    before = queries.summary(stored, View()).articles
    engine = open_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM outlet_days"))
    engine.dispose()
    assert not queries._summarised(stored)
    assert queries.summary(stored, View()).articles == before


def test_whose_voices_reads_the_daily_summary_as_it_reads_the_quotes(stored, monkeypatch):
    from dashboard.queries import voices
    compared = "country:GB,lang:en,outlet:Reuters"
    checked = 0
    for view in (*VIEWS, View(compare=compared), View(by="role"), View(role="official", grain="day"),
                 View(compare=compared, by="role", wire="all"), View(lang=("en",), date_from=date(2025, 4, 19))):
        for function in (voices.voices_over_time, voices.voices_by_group):
            fast = function(stored, view)
            with monkeypatch.context() as patch:
                patch.setattr(voices, "_answers", lambda engine, view: False)
                exact = function(stored, view)
            pd.testing.assert_frame_equal(fast, exact, obj=f"{function.__name__} {view}")
            checked += int(exact["quotes"].sum())
    assert checked > 100


def test_whose_voices_answers_from_the_summary_only_where_it_can(stored):
    from dashboard.queries import voices
    assert voices._answers(stored, View())
    assert voices._answers(stored, View(role="expert", country=("GB",), wire="all"))
    for narrowed in (View(q="ceasefire"), View(speaker="Donald Trump"), View(actors=("Russia",)),
                     View(topic="Ukraine-Russia peace talks"), View(kinds=("direct",))):
        assert not voices._answers(stored, narrowed)
