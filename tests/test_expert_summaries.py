"""The Experts page's summary tables (`article_experts`, `expert_totals`, `expert_stances`) on both backends: kept
right by add, delete, re-extraction and import, filled by the upgrade from version 6, and the page's queries
(the expert list, the stance matrix with analysts' corrections, the evidence list) answer from them exactly as
from the base tables under every kind of filter.

The articles added here besides the fixture pages are synthetic (made up for this test, not real coverage):
one expert listed twice in one article, a wire copy, an undated article, an expert without a stance.
"""
from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import select, update

from dashboard import queries
from dashboard.filters import View
from ingest import backup, summaries
from ingest.records import Article, Expert, Extraction, Mention, Stance
from ingest.store import Store
from storage import schema
from storage.engine import open_engine
from test_summaries import db_url, ingest  # noqa: F401  (the fixture: SQLite and PostgreSQL)

TABLES = (schema.article_experts, schema.expert_totals, schema.expert_stances)
TEXT = ("Synthetic test article {n}. Ukraine and Russia resumed talks. Olena Testova, a synthetic analyst, said "
        "Russia was stalling. Pavel Probov said a deal looked unlikely.")


def synthetic(n: int, experts: list[Expert], published: date | None = date(2025, 4, 20)) -> tuple[Article, Extraction]:
    text = TEXT.format(n=n)
    mentions = [Mention("Ukraine", "country", text.index("Ukraine"), text.index("Ukraine") + 7, "Ukraine")]
    article = Article(text=text, source="Synthetic Wire" if published else "Undated Synthetic", published=published,
                      url=f"https://synthetic.example/{n}")
    return article, Extraction(mentions=mentions, experts=experts)


def olena(*stances: Stance, outlook: Stance | None = None, description="a synthetic analyst") -> Expert:
    return Expert("Olena Testova", description, list(stances), outlook)


def add_synthetic(db: str) -> None:
    """The synthetic articles (one a wire copy) and three corrections (two of the same stance: the latest holds)."""
    with Store(db) as store:
        twice = [olena(Stance("Russia", "critical", 0.62), outlook=Stance("deal", "pessimistic", 0.55)),
                 olena(Stance("Russia", "critical", 0.81), Stance("Russia", "neutral", 0.4),
                       description="an analyst quoted twice")]
        store.add(*synthetic(1, twice), "synthetic-1")
        store.add(*synthetic(2, [olena(Stance("Russia", "supportive", 0.93)),
                                 Expert("Pavel Probov", None, [], Stance("deal", "pessimistic", 0.7))]), "synthetic-2")
        store.add(*synthetic(3, [olena(Stance("Russia", "critical", 0.5))], published=None), "synthetic-3")
        store.add(*synthetic(4, [Expert("Pavel Probov", "a synthetic economist", [])]), "synthetic-4")
    engine = open_engine(db)
    with engine.connect() as conn:
        hashes = dict(conn.execute(select(schema.articles.c.url, schema.articles.c.content_hash)).all())
    engine.dispose()
    first, second = hashes["https://synthetic.example/1"], hashes["https://synthetic.example/2"]
    with Store(db) as store:
        copy, extraction = synthetic(5, [olena(Stance("Russia", "supportive", 0.77))])
        store.add(copy, extraction, "synthetic-5", story_of=second)
        store.record_correction(first, "Olena Testova", "Russia", "neutral", "Test Analyst")
        store.record_correction(second, "Olena Testova", "Russia", "critical", "Test Analyst", "first")
        store.record_correction(second, "Olena Testova", "Russia", "neutral", "Test Analyst", "the latest wins")


def kept(db: str) -> dict[str, list[tuple]]:
    engine = open_engine(db)
    try:
        with engine.connect() as conn:
            return kept_in(conn)
    finally:
        engine.dispose()


def kept_in(conn) -> dict[str, list[tuple]]:
    """Every row, counters that dropped to zero left out (they stay behind; the readers only sum them)."""
    found = {}
    for table in TABLES:
        rows = [tuple(row) for row in conn.execute(select(table))]
        if table is not schema.article_experts:
            rows = [row for row in rows if (any(row[3:]) if table is schema.expert_totals else row[-1])]
        found[table.name] = sorted(rows, key=repr)
    return found


def rebuilt(db: str) -> dict[str, list[tuple]]:
    engine = open_engine(db)
    try:
        with engine.connect() as conn:
            with conn.begin() as transaction:
                summaries.rebuild_experts(conn)
                found = kept_in(conn)
                transaction.rollback()
            return found
    finally:
        engine.dispose()


@pytest.fixture
def filled(db_url):  # noqa: F811
    ingest(db_url)
    add_synthetic(db_url)
    return db_url


def test_experts_counted_once_per_article_with_their_top_confidence(filled):
    found = kept(filled)
    assert found == rebuilt(filled)
    engine = open_engine(filled)
    with engine.connect() as conn:
        olena_id = conn.execute(select(schema.actors.c.id).where(schema.actors.c.name == "Olena Testova")).scalar()
    engine.dispose()
    totals = {row[:3]: row[3] for row in found["expert_totals"] if row[0] == olena_id}
    # Articles 1, 2 and the undated 3 are originals, 5 a copy; article 1 lists her twice, counted once under
    # the greatest of its two descriptions.
    assert totals == {(olena_id, False, "an analyst quoted twice"): 1, (olena_id, False, "a synthetic analyst"): 2,
                      (olena_id, True, "a synthetic analyst"): 1}
    cells = {row[1:5]: row[5] for row in found["expert_stances"] if row[0] == olena_id}
    assert cells[("Russia", "critical", False, 0.81)] == 1  # article 1: the higher of 0.62 and 0.81
    assert ("Russia", "critical", False, 0.62) not in cells


def test_add_delete_reextract_and_import_keep_them_right(filled, tmp_path):
    with Store(filled) as store:
        ids = {a["url"]: a["id"] for a in store.list_articles()}
        assert store.delete(ids["https://synthetic.example/2"]) is True  # its copy (5) becomes the story's first
    after_delete = kept(filled)
    assert after_delete == rebuilt(filled)
    copy = ids["https://synthetic.example/5"]
    assert {row[4] for row in after_delete["article_experts"] if row[0] == copy} == {False}
    source = str(tmp_path / "exported.sqlite")
    with Store(filled) as store:
        exported = io.StringIO()
        backup.export_jsonl(store, exported)
    with Store(source) as restored:
        backup.import_jsonl(restored, io.StringIO(exported.getvalue()))
    assert kept(source) == rebuilt(source)
    assert sum(row[3] for row in kept(source)["expert_totals"]) == sum(
        row[3] for row in after_delete["expert_totals"])
    with Store(filled) as store:
        store.reextract(lambda article: Extraction(experts=[Expert("Pavel Probov", "re-read", [
            Stance("Ukraine", "neutral", 0.6)])]))
    after = kept(filled)
    assert after == rebuilt(filled)
    assert {row[2] for row in after["expert_totals"]} == {"re-read"}
    assert {row[1:3] for row in after["expert_stances"]} == {("Ukraine", "neutral")}


def test_upgrade_from_version_6_fills_them(filled):
    expected = kept(filled)
    engine = open_engine(filled)
    with engine.begin() as conn:
        for table in TABLES:
            table.drop(conn)
        conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value="6"))
    engine.dispose()
    engine = open_engine(filled, readonly=True)
    assert not queries._experts_summarised(engine)  # not upgraded yet: the page reads the base tables
    assert "Olena Testova" in queries.experts(engine, View())["expert"].tolist()
    engine.dispose()
    with Store(filled) as store:
        assert store.meta("schema_version") == str(schema.SCHEMA_VERSION)
    assert kept(filled) == expected
    assert len(expected["expert_stances"]) > 10


# --- the page's queries: the same answers from the summaries as from the base tables ---------------------------

VIEWS = [
    View(), View(wire="all"), View(minconf=0.0), View(minconf=0.75, wire="all"), View(minconf=0.9),
    View(q="testova"), View(q="nobody"), View(date_from=date(2025, 4, 1), date_to=date(2025, 4, 30)),
    View(date_from=date(2025, 4, 20), wire="all", minconf=0.0), View(sources=("Synthetic Wire",)),
    View(sources=("Undated Synthetic", "seed"), wire="all"), View(topic="Ukraine-Russia peace talks"),
    View(actors=("Ukraine",)), View(actors=("Russia",), wire="all", minconf=0.0),
]


def both_paths(monkeypatch, function, engine, *args):
    fast = function(engine, *args)
    with monkeypatch.context() as patch:
        patch.setattr(queries, "_summarised", lambda engine: False)
        exact = function(engine, *args)
    return fast, exact


def test_the_experts_page_reads_the_same_from_the_summaries(filled, monkeypatch):
    engine = open_engine(filled, readonly=True)
    assert queries._experts_summarised(engine)
    checked = 0
    for view in VIEWS:
        fast, exact = both_paths(monkeypatch, queries.experts, engine, view)
        pd.testing.assert_frame_equal(fast, exact, obj=f"experts {view}")
        names = exact["expert"].tolist() or ["Olena Testova"]
        for function, args in ((queries.stance_cells, (names,)), (queries.stance_evidence, ("Olena Testova",)),
                               (queries.stance_evidence, ("Pavel Probov",))):
            fast, exact = both_paths(monkeypatch, function, engine, view, *args)
            pd.testing.assert_frame_equal(fast, exact, check_dtype=False, obj=f"{function.__name__} {view}")
            checked += len(exact)
    assert checked > 150
    # What the analyst sees: her stance on Russia is the corrected one where corrected, at confidence 1.
    cells = queries.stance_cells(engine, View(minconf=0.0, wire="all"), ["Olena Testova"])
    russia = cells[cells["target"] == "Russia"].iloc[0]
    assert (russia["stance"], russia["articles"], russia["corrected"], russia["confidence"]) == ("neutral", 2, 4, 1.0)
    people = queries.experts(engine, View())
    assert people.set_index("expert").loc["Olena Testova", "articles"] == 3  # the copy hidden, article 1 once
    engine.dispose()


def test_an_expert_row_written_around_the_store_is_answered_from_the_base_tables(filled):
    engine = open_engine(filled)
    with engine.begin() as conn:
        probov = conn.execute(select(schema.actors.c.id).where(schema.actors.c.name == "Pavel Probov")).scalar_one()
        conn.execute(schema.experts.insert().values(article_id=1, actor_id=probov, description="written around"))
    engine.dispose()
    engine = open_engine(filled, readonly=True)
    assert not queries._experts_summarised(engine)
    people = queries.experts(engine, View(wire="all")).set_index("expert")
    assert people.loc["Pavel Probov", "articles"] == 3  # articles 2 and 4, and now 1
    engine.dispose()
