"""Searching finds a word however it is hyphenated or spelled: "ceasefire" finds "cease-fire" and the
reverse, in quotes, statements and titles alike."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dashboard.filters import search_forms
from dashboard_fixture import DOCS, Doc, _write
from ingest import search_index, summaries
from storage import schema
from storage.engine import open_engine

HYPHENATED = Doc(
    date(2025, 4, 23), "AP", "Kiev weighs cease-fire terms",
    "Ukraine said the cease-fire terms were unclear. \"A cease-fire needs monitors,\" Andrew Roth said.",
    [("Ukraine", "Ukraine")], [("direct", "A cease-fire needs monitors,", "Andrew Roth", "other")],
    [("Ukraine", "statement", "2025-04-23", "day", "explicit", "Ukraine said the cease-fire terms were unclear.")])


def add_hyphenated(path) -> None:
    engine = open_engine(str(path))
    with engine.begin() as conn:
        actor_ids = {name: i for i, name in conn.execute(select(schema.actors.c.id, schema.actors.c.name))}
        _write(conn, len(DOCS) + 1, HYPHENATED, actor_ids)
        summaries.rebuild(conn)
        search_index.rebuild(conn)
    engine.dispose()


def test_search_forms_drop_hyphens_and_know_spellings():
    assert search_forms("Cease-fire") == ["ceasefire", "cease fire"]
    assert search_forms("ceasefire") == ["ceasefire", "cease fire"]
    assert search_forms("Zelenskyy") == ["zelenskyy", "zelensky", "zelenskiy"]
    assert search_forms("Kyiv talks") == ["kyiv talks", "kiev talks"]
    assert search_forms("truce") == ["truce"]


def test_ceasefire_and_cease_fire_find_each_other(store, open_page):
    add_hyphenated(store)
    for needle in ("ceasefire", "cease-fire"):
        quotes = open_page("quotes", q=needle).dataframe[0].value["quote"].tolist()
        assert quotes == ["A cease-fire needs monitors,"], needle
        timeline = open_page("timeline", q=needle)
        shown = [c.value for c in timeline.caption if "statement marks" in c.value][0]
        # "30-day ceasefire" (the Guardian and its wire copy counted once) and the AP's "cease-fire terms".
        assert shown.startswith("2 of 2 "), (needle, shown)
    titles = open_page("articles", q="Kyiv").dataframe[0].value["title"].tolist()
    assert titles == ["Kiev weighs cease-fire terms", "Kyiv accepts US plan"]
