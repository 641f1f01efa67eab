"""The dashboard says what it found and did, in words a user can act on: an expert without a stance says so
(matrix and Evidence), and no message or reader field shows a server file path."""
from __future__ import annotations

from sqlalchemy import insert, select

from dashboard.text import shown_origin, without_paths
from page_helpers import figure
from storage import schema
from storage.engine import open_engine


def add_expert_without_stance(path) -> None:
    engine = open_engine(str(path))
    with engine.begin() as conn:
        roth = conn.execute(select(schema.actors.c.id).where(schema.actors.c.name == "Andrew Roth")).scalar_one()
        conn.execute(insert(schema.experts).values(article_id=1, actor_id=roth, description="a correspondent"))
    engine.dispose()


def test_an_expert_without_a_stance_says_so(store, open_page):
    add_expert_without_stance(store)
    at = open_page("experts", expert="Andrew Roth", minconf="0")  # every stance, Jane Doe's low-confidence one too
    matrix = figure(at, "Expert stances")["data"][0]
    row = matrix["y"].index("Andrew Roth")
    assert matrix["text"][row] == ["no stance found"] * 3
    assert matrix["text"][matrix["y"].index("Jane Doe")] == ["neutral", "", ""]  # a side without one stays blank
    assert [i.value for i in at.main.info] == ["No stance found for Andrew Roth under these filters."]


# --- messages never show a server file path ----------------------------------------------------------------

def test_messages_and_the_reader_never_show_a_server_path(store, open_page):
    engine = open_engine(str(store))
    with engine.begin() as conn:
        conn.execute(schema.articles.update().where(schema.articles.c.id == 1)
                     .values(origin="/tmp/coverage-upload-x1/07.txt"))
    engine.dispose()
    at = open_page("articles", article="1")
    assert at.dataframe[1].value.iloc[0]["origin"] == "07.txt"
    assert without_paths("[Errno 2] No such file or directory: '/srv/news/in/07.html'") == \
        "[Errno 2] No such file or directory: '07.html'"
    assert without_paths("fetched https://example.org/a/b.html") == "fetched https://example.org/a/b.html"
    assert shown_origin("https://example.org/a") == "https://example.org/a"
