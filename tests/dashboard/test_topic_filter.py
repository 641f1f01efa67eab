"""The Topic filter keeps only articles about the topic (relevance score at or above the threshold): an
off-topic article that was scored, and an old one scored low, neither count nor stretch the time axes."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from dashboard_fixture import DOCS, Doc, _write
from ingest import search_index, summaries
from ingest.extract.topics import DEFAULT_THRESHOLD
from page_helpers import figure, metrics
from storage import schema
from storage.engine import open_engine

TOPIC = "Ukraine-Russia peace talks"
SYRIA = Doc(date(2025, 4, 2), "Reuters", "Syria talks stall",
            "Russia said talks on Syria stalled in Damascus on Wednesday.", [("Russia", "Russia")], [], [])
OLD = Doc(date(2019, 12, 9), "Guardian", "Normandy summit in Paris",
          "Ukraine and Russia met in Paris on Monday.", [("Ukraine", "Ukraine"), ("Russia", "Russia")], [], [])


def add_low_scored(path) -> None:
    """The Syria story scored 0.0 and the 2019 summit 0.1 for the topic: stored, scored, not about it."""
    engine = open_engine(str(path))
    with engine.begin() as conn:
        actor_ids = {name: i for i, name in conn.execute(select(schema.actors.c.id, schema.actors.c.name))}
        for offset, (doc, score) in enumerate([(SYRIA, 0.0), (OLD, 0.1)], start=len(DOCS) + 1):
            _write(conn, offset, doc, actor_ids)
            conn.execute(update(schema.article_topics).where(schema.article_topics.c.article_id == offset)
                         .values(score=score))
        summaries.rebuild(conn)
        search_index.rebuild(conn)
    engine.dispose()


def test_the_dashboard_threshold_is_the_ingest_threshold():
    assert schema.TOPIC_THRESHOLD == DEFAULT_THRESHOLD


def test_topic_filter_keeps_only_articles_at_or_above_the_threshold(store, open_page):
    add_low_scored(store)
    everything = metrics(open_page("overview"))
    assert (everything["Articles (all copies)"], everything["Date span"]) == ("8", "9 Dec 2019 – 21 Apr 2025")
    on_topic = open_page("overview", topic=TOPIC)
    assert metrics(on_topic)["Articles (all copies)"] == "6"
    assert metrics(on_topic)["Date span"] == "3 Mar – 21 Apr 2025"
    lines = figure(open_page("actors", topic=TOPIC, grain="month", actor="Russia"), "Articles mentioning")
    assert lines["data"][0]["x"] == ["2025-03-01", "2025-04-01"]
    assert lines["data"][0]["y"] == [2, 2]
    assert metrics(open_page("articles", topic=TOPIC))["Articles matching"] == "5"
