"""Searching finds a word however it is hyphenated or spelled: "ceasefire" finds "cease-fire" and the
reverse, in quotes, statements and articles alike; a query is words, "phrases" and prefixes*, nothing else."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dashboard.filters import Term, search_forms, search_problem, search_terms
from dashboard.text import highlight
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
        shown = [c.value for c in timeline.caption if " drawn as " in c.value][0]
        # "30-day ceasefire" (the Guardian and its wire copy counted once) and the AP's "cease-fire terms".
        assert shown.startswith("2 statements drawn as "), (needle, shown)
    titles = open_page("articles", q="Kyiv").dataframe[0].value["title"].tolist()
    assert titles == ["Kiev weighs cease-fire terms", "Kyiv accepts US plan"]


def test_search_terms_make_words_phrases_and_prefixes_and_nothing_else():
    assert search_terms('"security guarantees" ceasefire* Kyiv') == [
        Term((("security", "guarantees"),)), Term((("ceasefire",), ("cease", "fire")), prefix=True),
        Term((("kyiv",), ("kiev",)))]
    assert search_terms("cease fire") == [Term((("cease", "fire"), ("ceasefire",)))]  # a spelling, not two words
    assert search_terms('NEAR( OR "') == [Term((("near",),)), Term((("or",),))]
    assert search_terms('" * ((( ^') == []
    assert search_problem("*") == "“*” has no word to search for: type words, a \"quoted phrase\" or a prefix*."
    assert search_problem("ceasefire*") is None


def test_the_matching_sentence_is_marked_in_plain_text():
    body = "Talks began. Kiev wants security guarantees, and a cease-fire first. <b>Nothing</b> else."
    assert highlight(body, search_terms("kyiv ceasefire")) == \
        "⟨Kiev⟩ wants security guarantees, and a ⟨cease-fire⟩ first."
    assert highlight(body, search_terms("guarantee*")) == "Kiev wants security ⟨guarantees⟩, and a cease-fire first."
    assert highlight(body, search_terms("nothing")) == "<b>⟨Nothing⟩</b> else."  # text as stored, shown as text
    assert highlight(body, search_terms("truce")) == ""


def test_a_search_with_no_word_says_so_in_one_line_and_the_matches_show_marked(store, open_page):
    page = open_page("quotes", q="(((")
    assert [w.value for w in page.warning] == [search_problem("(((")]
    assert page.dataframe[0].value.empty
    page = open_page("quotes", q="monitors")
    assert page.dataframe[0].value["match"].tolist() == []
    add_hyphenated(store)
    page = open_page("quotes", q="monitor*")
    assert page.dataframe[0].value["match"].tolist() == ["A cease-fire needs ⟨monitors⟩,"]
    assert not page.warning


def test_a_word_in_more_articles_than_are_ranked_says_so(store, open_page, monkeypatch):
    from dashboard import queries
    monkeypatch.setattr(queries, "RANKED", 2)
    page = open_page("articles", q="talks")  # three articles hold the word
    assert [m.value for m in page.metric if m.label == "Articles matching"] == ["2+"]
    assert len(page.dataframe[0].value) == 2
    assert any("the best matches are picked among the newest 2 stored" in c.value for c in page.caption)
    page = open_page("articles", q="talks", to="2025-03-04")  # within the view, the oldest is found
    assert [m.value for m in page.metric if m.label == "Articles matching"] == ["1"]
    assert page.dataframe[0].value["title"].tolist() == ["Talks begin in Riyadh"]
    assert not any("newest 2 stored" in c.value for c in page.caption)
