"""The Experts page says what it found and what it did: an expert without a stance says so, in the matrix
and under Evidence."""
from __future__ import annotations

from sqlalchemy import insert, select

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
