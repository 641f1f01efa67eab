"""The store and every dashboard query on both backends: a real SQLite file and a real PostgreSQL database
(the session's throwaway cluster, see `tests/pg_cluster.py`).

Schema creation, the version-0 upgrade, the pipeline on the seed and saved pages, duplicates, delete,
re-extraction and the export/import round trip run once per backend; the query functions run on the same
store built in both and must return the same frames.
"""
from __future__ import annotations

import inspect as pyinspect
import io
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, inspect, insert, select, text

from dashboard import queries
from dashboard.filters import View, parse_group
from ingest import backup
from ingest.extract import extract_all
from ingest.extract.registry import load_registry
from ingest.pipeline import Options, run
import ingest.store as store_module
from ingest.records import Article, Extraction, Mention
from ingest.store import Store
from storage import schema, search
from storage.engine import open_engine
from storage.schema import SCHEMA_VERSION
from tests.dashboard.dashboard_fixture import build
from ingest.pipeline import SEED_ARTICLE as SEED

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "fixtures" / "site"
A = schema.articles
PAGES = [SITE / "talks-geneva.html", SITE / "sanctions-vote.html", SITE / "wire-a.html", SITE / "wire-b.html"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "coverage.sqlite")
    return request.getfixturevalue("postgres_url")


def rows(db: str, sql) -> list[tuple]:
    """Rows of a portable SQL string, or of a Core select (typed results: dates as dates on both backends)."""
    engine = open_engine(db)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql) if isinstance(sql, str) else sql)]
    finally:
        engine.dispose()


def ingest(db: str, *sources: Path) -> dict[str, tuple[str, str]]:
    outcomes = []
    run([str(s) for s in sources], Options(db=db), outcomes.append)
    return {Path(o.origin).name: (o.status, o.detail) for o in outcomes}


def test_new_store_has_every_table_and_its_version(db_url):
    with Store(db_url) as store:
        assert (store.meta("schema_version"), store.meta("data_version")) == (str(SCHEMA_VERSION), "0")
        tables = set(inspect(store.engine).get_table_names())
    # The full-text index is the engine's own (an FTS5 table and its shadow tables on SQLite), not in the metadata.
    assert {t for t in tables if not t.startswith(search.NAME)} == set(schema.metadata.tables)
    assert search.NAME in tables


def test_version_0_store_is_upgraded_in_place(db_url):
    # A store from before versions were recorded: no meta table, no simhash/word_count/story_id columns.
    old = MetaData()
    old_articles = Table(
        "articles", old,
        Column("id", Integer, primary_key=True, autoincrement=True), Column("url", Text, unique=True),
        Column("title", Text), Column("authors", Text, nullable=False, default="[]"),
        Column("source", String(200)), Column("text", Text, nullable=False),
        Column("content_hash", String(64), nullable=False, unique=True), Column("origin", Text),
        Column("fetched_at", DateTime, nullable=False),
    )
    body = SEED.read_text(encoding="utf-8")
    engine = open_engine(db_url)
    old.create_all(engine)
    with engine.begin() as conn:
        for i, (article, url) in enumerate([(body, "https://old.example/0"),
                                            ("KYIV - " + body + "\n\nEditing by the desk.", "https://www.pap.pl/x")]):
            conn.execute(insert(old_articles).values(url=url, title=f"Old {i}", text=article,
                                                     content_hash=f"hash{i}", fetched_at=datetime(2025, 4, 20, 10)))
    engine.dispose()
    with Store(db_url) as store:
        assert store.meta("schema_version") == str(SCHEMA_VERSION)
    assert rows(db_url, "SELECT id, title, story_id, word_count > 700, simhash <> 0, published FROM articles "
                        "ORDER BY id") == [(1, "Old 0", 1, True, True, None), (2, "Old 1", 1, True, True, None)]
    assert rows(db_url, "SELECT count(*) FROM mentions") == [(0,)]
    assert rows(db_url, "SELECT outlet, outlet_country, outlet_type FROM articles ORDER BY id") == [
        ("old.example", None, "unlisted"), ("Polish Press Agency (PAP)", "PL", "wire")]  # linked by the upgrade


def test_pipeline_stores_the_seed_and_pages_once(db_url):
    first = ingest(db_url, SEED, *PAGES)
    assert [status for status, _ in first.values()] == ["added"] * 5
    again = ingest(db_url, SEED, *PAGES)
    assert [status for status, _ in again.values()] == ["duplicate"] * 5
    assert again["talks-geneva.html"][1].startswith("same ")
    stored = rows(db_url, select(A.c.id, A.c.published, A.c.story_id).order_by(A.c.id))
    assert [(i, published) for i, published, _ in stored][:1] == [(1, date(2025, 4, 19))]
    # wire-b is a copy of wire-a: it joins wire-a's story; every other article is its own story.
    assert [story for _, _, story in stored] == [1, 2, 3, 4, 4]
    assert rows(db_url, "SELECT outcome, count(*) FROM ingest_log GROUP BY outcome ORDER BY outcome") == [
        ("added", 5), ("duplicate", 5)]
    # What is stored is exactly what extraction finds in the stored text.
    with Store(db_url) as store:
        found = extract_all(store.load_article(1), load_registry())
    assert rows(db_url, "SELECT a.name, m.start, m.\"end\" FROM mentions m JOIN actors a ON a.id = m.actor_id "
                        "WHERE m.article_id = 1 ORDER BY m.id") == [(m.actor, m.start, m.end) for m in found.mentions]
    assert rows(db_url, "SELECT speaker, text FROM quotes WHERE article_id = 1 ORDER BY id") == [
        (q.speaker, q.text) for q in found.quotes]
    assert len(found.mentions) > 20 and len(found.quotes) > 5


def test_losing_a_race_to_another_writer_is_a_duplicate(db_url, monkeypatch):
    body = SEED.read_text(encoding="utf-8")
    with Store(db_url) as store:
        store.add(Article(text=body, url="https://a.example/1"), Extraction(), "other process")
        real = store_module._find_duplicate
        calls = []

        def blind_once(conn, prepared):  # the other writer committed between our check and our insert
            calls.append(1)
            return None if len(calls) == 1 else real(conn, prepared)
        monkeypatch.setattr(store_module, "_find_duplicate", blind_once)
        mention = Mention("Ukraine", "country", 0, 7, "Ukraine")
        outcome = store.add(Article(text=body, url="https://a.example/1"), Extraction(mentions=[mention]), "this")
    assert (outcome.outcome, outcome.detail) == ("duplicate", "same URL as article 1")
    assert rows(db_url, "SELECT origin, outcome FROM ingest_log ORDER BY id") == [
        ("other process", "added"), ("this", "duplicate")]
    assert rows(db_url, "SELECT count(*) FROM mentions") == [(0,)]


def test_delete_reextract_and_the_marker(db_url):
    ingest(db_url, SEED, SITE / "wire-a.html", SITE / "wire-b.html")
    with Store(db_url) as store:
        marker = int(store.meta("data_version"))
        assert store.delete(2) is True
        assert store.delete(2) is False
        fewer = Extraction(mentions=[Mention("Ukraine", "country", 0, 7, "Ukrain")])
        assert store.reextract(lambda article: fewer) == 2
        assert int(store.meta("data_version")) == marker + 3
    assert rows(db_url, "SELECT id, story_id FROM articles ORDER BY id") == [(1, 1), (3, 3)]
    assert rows(db_url, "SELECT article_id, surface FROM mentions ORDER BY article_id") == [(1, "Ukrain"), (3, "Ukrain")]
    assert rows(db_url, "SELECT count(*) FROM quotes") == [(0,)]
    assert rows(db_url, "SELECT count(*) FROM statement_actors") == [(0,)]


def test_export_import_round_trip_between_backends(db_url, tmp_path):
    # Exported from SQLite, imported into the backend under test, exported again: the same file.
    source = str(tmp_path / "source.sqlite")
    ingest(source, SEED, *PAGES)
    with Store(source) as store:
        first = io.StringIO()
        assert backup.export_jsonl(store, first).articles == 5
    with Store(db_url) as restored:
        counts = backup.import_jsonl(restored, io.StringIO(first.getvalue()))
        assert (counts.articles, counts.duplicates) == (5, 0)
        again = backup.import_jsonl(restored, io.StringIO(first.getvalue()))
        assert (again.articles, again.duplicates) == (0, 5)
        second = io.StringIO()
        backup.export_jsonl(restored, second)
    assert second.getvalue() == first.getvalue()


# --- every dashboard query, the same on both backends ---------------------------------------------------

VIEWS = [
    View(),
    View(wire="all", grain="month"),
    View(grain="day", actors=("Russia",)),
    View(date_from=date(2025, 3, 4), date_to=date(2025, 4, 30), sources=("Guardian", "Reuters")),
    View(q="truce", kinds=("rejection", "direct")),
    View(role="expert", speaker="Mark N. Katz"),
    View(country=("GB",), lang=("en",)),
    View(otype=("wire",), wire="all", grain="month"),
    View(lang=("uk",), actors=("Ukraine",), kinds=("direct",)),
]
NAMES = ["Russia", "Ukraine", "Donald Trump", "Vladimir Putin"]
EXPERTS = ["Mark N. Katz", "Jane Doe"]
COMPARED = ("country:GB", "country:UA", "otype:wire", "lang:en")  # overlapping groups, as analysts may pick


def compared(view: View) -> View:
    return view.with_(compare=COMPARED)


# Each query with the arguments it is called with after the engine; a view argument is filled per VIEW.
CALLS = {
    "has_store": lambda v: (), "article_total": lambda v: (), "change_marker": lambda v: (),
    "last_ingest": lambda v: (), "sources": lambda v: (), "actor_names": lambda v: (), "topics": lambda v: (),
    "outlet_countries": lambda v: (), "outlet_types": lambda v: (), "languages": lambda v: (),
    "articles_by": lambda v: (v, "country"),
    "speakers": lambda v: (), "corrections": lambda v: (),
    "summary": lambda v: (v,), "top_actors": lambda v: (v,),
    "mentions_over_time": lambda v: (v, NAMES), "articles_per_period": lambda v: (v,),
    "cooccurrence": lambda v: (v, NAMES),
    "mention_sentences": lambda v: (v, "Russia", date(2025, 3, 1), date(2025, 4, 1), "Vladimir Putin"),
    "experts": lambda v: (v,), "stance_cells": lambda v: (v, EXPERTS), "stance_evidence": lambda v: (v, EXPERTS[0]),
    "statements": lambda v: (v,), "statements_count": lambda v: (v,), "statement_kinds": lambda v: (v,),
    "statement_detail": lambda v: (2,), "quotes": lambda v: (v, 3, 1), "quotes_count": lambda v: (v,),
    "quotes_export": lambda v: (v, 20),
    "quote_detail": lambda v: (2,), "articles": lambda v: (v, 4, 1), "articles_count": lambda v: (v,),
    "article": lambda v: (4,), "article_marks": lambda v: (4,),
    "group_sizes": lambda v: (compared(v),), "group_actor_shares": lambda v: (compared(v),),
    "group_statement_kinds": lambda v: (compared(v),), "group_stances": lambda v: (compared(v),),
    "group_speakers": lambda v: (compared(v), 3),
    "group_sentences": lambda v: (v, parse_group("otype:wire"), "Russia"),
    "group_articles_over_time": lambda v: (compared(v),), "group_options": lambda v: (),
    "deck_names": lambda v: (), "deck_views": lambda v: ("Briefing",),
    "voices_over_time": lambda v: (v.with_(by="role"),), "voices_by_group": lambda v: (v,),
    "voice_quotes": lambda v: (v, "other", date(2025, 4, 1), date(2025, 5, 1), parse_group("country:GB")),
    "outlet_health": lambda v: (), "reference_volume": lambda v: (),
    "reference_queries": lambda v: (), "reference_per_period": lambda v: (v, "ceasefire Ukraine"),
}


def query_functions() -> list[str]:
    return sorted(name for name, fn in pyinspect.getmembers(queries, pyinspect.isfunction)
                  if fn.__module__.startswith(queries.__name__) and not name.startswith("_"))


@pytest.fixture(scope="module")
def both_stores(tmp_path_factory, postgres_server):
    """The dashboard's fixture store built in an SQLite file and in a PostgreSQL database: read-only engines."""
    from pg_cluster import create_database, drop_database

    lite = build(tmp_path_factory.mktemp("parity") / "coverage.sqlite")
    pg_url = create_database(postgres_server)
    build(pg_url)
    engines = open_engine(str(lite), readonly=True), open_engine(pg_url, readonly=True)
    yield engines
    for engine in engines:
        engine.dispose()
    drop_database(postgres_server, pg_url)


def test_every_query_is_checked_on_both_backends():
    assert query_functions() == sorted(CALLS)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_query_gives_the_same_answer_on_sqlite_and_postgresql(both_stores, name):
    lite, pg = both_stores
    for view in VIEWS:
        args = CALLS[name](view)
        expected, got = getattr(queries, name)(lite, *args), getattr(queries, name)(pg, *args)
        if isinstance(expected, pd.DataFrame):
            pd.testing.assert_frame_equal(got, expected, obj=f"{name} {view}")
        else:
            assert got == expected, (name, view)


def test_queries_answer_what_the_fixture_holds_on_postgresql(both_stores):
    _, pg = both_stores
    overview = queries.summary(pg, View())
    assert (overview.articles, overview.stories, overview.outlets) == (5, 5, 3)
    assert (overview.first, overview.last) == (date(2025, 3, 3), date(2025, 4, 21))
    assert queries.summary(pg, View(wire="all")).articles == 6
    weekly = queries.mentions_over_time(pg, View(), ["Russia"])
    assert list(weekly["period"])[:2] == [date(2025, 3, 3), date(2025, 4, 7)]
    monthly = queries.mentions_over_time(pg, View(grain="month"), ["Russia"])
    assert list(monthly["period"]) == [date(2025, 3, 1), date(2025, 4, 1)]
    assert queries.speakers(pg)[:1] == ["Andrew Roth"]


@pytest.mark.parametrize("engine_index", [0, 1], ids=["sqlite", "postgresql"])
def test_outlet_country_type_and_language_filters_change_the_answers(both_stores, engine_index):
    engine = both_stores[engine_index]
    assert (queries.outlet_countries(engine), queries.outlet_types(engine), queries.languages(engine)) == (
        ["GB", "UA", "US"], ["private", "wire"], ["en", "uk"])
    everything = queries.summary(engine, View(wire="all"))
    assert everything.articles == 6
    british = queries.summary(engine, View(wire="all", country=("GB",)))
    assert (british.articles, british.outlets, british.quotes) == (4, 2, 9)
    wires = queries.summary(engine, View(wire="all", otype=("wire",)))
    assert (wires.articles, wires.outlets) == (3, 2)
    assert queries.summary(engine, View(country=("US",))).articles == 0  # the AP copy counts once, as Reuters
    assert queries.articles_count(engine, View(lang=("uk",))) == 1
    assert queries.quotes_count(engine, View(lang=("uk",))) == 1
    assert queries.top_actors(engine, View(lang=("uk",)))[["actor", "articles"]].values.tolist() == [["Ukraine", 1]]
    weekly = queries.mentions_over_time(engine, View(wire="all", otype=("wire",)), ["Russia"])
    assert weekly[["articles", "total"]].values.tolist() == [[2, 2], [1, 1]]
    by_type = queries.articles_by(engine, View(wire="all"), "otype")
    assert by_type.values.tolist() == [["private", 3], ["wire", 3]]
    by_language = queries.articles_by(engine, View(wire="all", country=("GB", "UA")), "lang")
    assert by_language.values.tolist() == [["en", 4], ["uk", 1]]


def test_readonly_postgresql_refuses_writes(postgres_url):
    Store(postgres_url).close()
    engine = open_engine(postgres_url, readonly=True)
    try:
        with pytest.raises(Exception) as info, engine.begin() as conn:
            conn.execute(insert(schema.meta).values(key="x", value="y"))
        assert "read-only transaction" in str(info.value)
    finally:
        engine.dispose()
