"""The Actors page draws the news index's daily volume for a discover query beside the corpus's own articles
(rows written as `ingest discover` keeps them; the counts are made up for the test)."""
from datetime import date

import pytest
from sqlalchemy import insert

from page_helpers import figure
from storage import schema
from storage.engine import open_engine


@pytest.fixture
def with_reference(store):
    engine = open_engine(str(store))
    with engine.begin() as conn:
        conn.execute(insert(schema.reference_volume), [
            {"via": "gdelt", "query": "ceasefire Ukraine", "day": date(2025, 3, d), "articles": n, "monitored": 10_000}
            for d, n in ((3, 120), (4, 80), (20, 200))])
    engine.dispose()
    return store


def test_the_index_volume_is_drawn_beside_the_corpus_when_chosen(with_reference, open_page):
    at = open_page("actors", ref="ceasefire Ukraine", grain="month")
    assert at.main.selectbox[0].value == "ceasefire Ukraine"
    chart = figure(at, "All coverage the news index saw")
    index, corpus = chart["data"]
    assert (list(index["y"]), index["x"][0][:10]) == ([400], "2025-03-01")
    assert corpus["yaxis"] == "y2" and sum(corpus["y"]) > 0


def test_no_reference_chart_unless_a_query_is_chosen(with_reference, open_page):
    at = open_page("actors")
    with pytest.raises(AssertionError):
        figure(at, "All coverage the news index saw")
