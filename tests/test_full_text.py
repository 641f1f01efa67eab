"""Full-text search on both backends (SQLite FTS5, PostgreSQL tsvector): words, phrases, prefixes and spelling
variants over quotes, statements and article text; ranking; the index kept in step with the store; hostile
queries answered without an error; the upgrade to version 6 from 4 or 5 filling the index."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from dashboard import queries
from dashboard.filters import View, search_problem
from ingest.records import Article, Extraction, Quote, Statement
from ingest.store import Store
from storage import search
from storage.schema import SCHEMA_VERSION

TEXTS = {
    "guarantees": ("Security guarantees for Kyiv",
                   "Europe offered security guarantees to Kyiv. \"We need security guarantees first,\" Zelenskyy said."),
    "reversed": ("Guarantees debated",
                 "The guarantees were about energy, not security, an official said on Tuesday in Brussels."),
    "ceasefire": ("Kiev weighs cease-fire",
                  "A cease-fire was proposed. \"Ceasefires rarely hold,\" Zelensky said. Russia said on 2025-04-20 it "
                  "accepted a cease fire in the Black Sea."),
    "sanctions": ("Sanctions vote",
                  "The Senate voted on sanctions. \"Sanctions work,\" a senator said. Sanctions, sanctions and more "
                  "sanctions were debated, and the sanctions passed."),
    "sanction_once": ("Budget talks",
                      "The budget talks went on for hours and a sanctions clause was added late in the evening."),
}


def _quote(body: str, words: str, speaker: str) -> Quote:
    start = body.index(words)
    return Quote("direct", words, speaker, "official", None, start, start + len(words))


def _statement(body: str, sentence: str) -> Statement:
    start = body.index(sentence)
    return Statement("2025-04-20", "day", "explicit", "Russia", "acceptance", sentence, start, start + len(sentence))


def _extraction(name: str, body: str) -> Extraction:
    found = Extraction()
    if name == "guarantees":
        found.quotes.append(_quote(body, "We need security guarantees first,", "Volodymyr Zelensky"))
    if name == "ceasefire":
        found.quotes.append(_quote(body, "Ceasefires rarely hold,", "Volodymyr Zelensky"))
        found.statements.append(_statement(body, "Russia said on 2025-04-20 it accepted a cease fire in the Black Sea."))
    if name == "sanctions":
        found.quotes.append(_quote(body, "Sanctions work,", "Lindsey Graham"))
    return found


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = str(tmp_path / "coverage.sqlite") if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    with Store(url) as opened:
        opened.ids = {}
        for day, (name, (title, body)) in enumerate(TEXTS.items(), start=1):
            added = opened.add(Article(text=body, title=title, published=date(2025, 4, day), source=f"outlet {day}",
                                       url=f"https://example.org/{name}"), _extraction(name, body), name)
            opened.ids[name] = added.article_id
        yield opened


def titles(store: Store, q: str) -> list[str]:
    return queries.articles(store.engine, View(q=q))["title"].tolist()


def quoted(store: Store, q: str) -> list[str]:
    return queries.quotes(store.engine, View(q=q))["quote"].tolist()


def test_a_phrase_needs_its_words_together_and_words_only_each_somewhere(store):
    assert titles(store, '"security guarantees"') == ["Security guarantees for Kyiv"]
    assert sorted(titles(store, "security guarantees")) == ["Guarantees debated", "Security guarantees for Kyiv"]
    assert quoted(store, '"security guarantees"') == ["We need security guarantees first,"]


def test_a_prefix_finds_longer_words_and_every_spelling(store):
    assert quoted(store, "ceasefire*") == ["Ceasefires rarely hold,"]
    assert quoted(store, "ceasefire") == []  # a word is whole: "ceasefires" is not "ceasefire"
    assert titles(store, "ceasefire*") == ["Kiev weighs cease-fire"]
    assert titles(store, "sanction*") == ["Sanctions vote", "Budget talks"]


def test_spelling_variants_and_hyphens_find_each_other(store):
    for q in ("ceasefire", "cease-fire", "cease fire", '"cease fire"'):
        assert titles(store, q) == ["Kiev weighs cease-fire"], q
        assert queries.statements(store.engine, View(q=q))["text"].tolist() == [
            "Russia said on 2025-04-20 it accepted a cease fire in the Black Sea."], q
    assert sorted(titles(store, "Kiev")) == ["Kiev weighs cease-fire", "Security guarantees for Kyiv"]
    assert sorted(titles(store, "Zelenskyy")) == ["Kiev weighs cease-fire", "Security guarantees for Kyiv"]
    assert quoted(store, "zelensky") == []  # quotes are searched in their own words, not the speaker's name


def test_results_are_ranked_best_first_with_the_sentence_marked(store):
    found = queries.articles(store.engine, View(q="sanctions"))
    assert found["title"].tolist() == ["Sanctions vote", "Budget talks"]  # five times beats once, though older
    assert found["match"].tolist()[1] == "The budget talks went on for hours and a ⟨sanctions⟩ clause was added late in the evening."
    quotes = queries.quotes(store.engine, View(q='"security guarantees"'))
    assert quotes["match"].tolist() == ["We need ⟨security guarantees⟩ first,"]
    assert queries.quotes_count(store.engine, View(q="ceasefire*")) == 1
    assert queries.articles_count(store.engine, View(q="sanction*")) == 2


def test_the_index_follows_delete_and_reextraction(store):
    store.delete(store.ids["sanctions"])
    assert titles(store, "sanctions") == ["Budget talks"]
    assert quoted(store, "sanctions") == []

    def extract(article: Article) -> Extraction:
        found = Extraction()
        if "budget talks" in article.text:
            found.quotes.append(_quote(article.text, "a sanctions clause was added", "Anonymous"))
        return found

    store.reextract(extract)
    assert quoted(store, "sanctions") == ["a sanctions clause was added"]
    assert quoted(store, "ceasefire*") == []
    assert queries.statements_count(store.engine, View(q="ceasefire")) == 0
    with store.engine.connect() as conn:  # one document per article, quote and statement: nothing left behind
        indexed = conn.execute(select(func.count()).select_from(search.documents)).scalar_one()
    assert indexed == len(TEXTS) - 1 + 1


def test_a_common_word_is_ranked_among_the_newest_matches_in_the_view_and_counted_as_more(store, monkeypatch):
    # Two stored articles hold "guarantees": the first (April 1) and the second (April 2) stored.
    monkeypatch.setattr(queries, "RANKED", 1)
    assert queries.articles_count(store.engine, View(q="guarantees")) == 2  # RANKED + 1: "more than one"
    assert titles(store, "guarantees") == ["Guarantees debated"]  # the newest stored of the two
    assert queries.articles_by(store.engine, View(q="guarantees"), "outlet")["articles"].sum() == 2  # as counted
    # The ranking stays within the view: a date that keeps only the older article still finds it.
    older = View(q="guarantees", date_to=date(2025, 4, 1))
    assert queries.articles(store.engine, older)["title"].tolist() == ["Security guarantees for Kyiv"]
    assert queries.articles_count(store.engine, older) == 1
    # Quotes and statements are counted the same way; a word in one quote is counted exactly.
    assert queries.quotes_count(store.engine, View(q="ceasefire*")) == 1
    assert queries.statements_count(store.engine, View(q="ceasefire")) == 1


HOSTILE = ['"', "*", "NEAR(", "OR", "AND", "NOT", "'; DROP TABLE articles; --", '"unclosed phrase', "(((", "^",
           "title:kyiv", "-ceasefire", "ceasefire OR", "* ceasefire", '""', "'", "kyiv NEAR/2 talks", "\\", "%_"]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_are_answered_without_an_error(store, q):
    view = View(q=q)
    queries.articles(store.engine, view)
    queries.quotes(store.engine, view)
    queries.statements(store.engine, view)
    assert queries.articles_count(store.engine, view) >= 0
    if q in ('"', "*", "(((", "^", '""', "'", "\\", "%_"):
        assert search_problem(q) and queries.articles_count(store.engine, view) == 0
    else:
        assert search_problem(q) is None
    if q in ("-ceasefire", "* ceasefire"):
        assert titles(store, q) == ["Kiev weighs cease-fire"]
    if q == "title:kyiv":
        assert titles(store, q) == []  # "title" and "kyiv" are two words here, and no text has "title"


@pytest.mark.parametrize("before", [4, 5])
def test_the_upgrade_to_6_fills_the_index_from_version_4_or_5(store, before):
    url = store.url
    with store.engine.begin() as conn:
        if before == 4:  # a version 4 store had no index; a version 5 one (discovery state) has this one's
            conn.execute(text(f"DROP TABLE {search.NAME}"))
        conn.execute(text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(before)})
    store.close()
    with Store(url) as upgraded:
        assert upgraded.meta("schema_version") == str(SCHEMA_VERSION) == "9"
        assert titles(upgraded, "sanctions") == ["Sanctions vote", "Budget talks"]
        with upgraded.engine.connect() as conn:
            indexed = conn.execute(select(func.count()).select_from(search.documents)).scalar_one()
        assert indexed == len(TEXTS) + 3 + 1  # articles, quotes and the statement, each once


def test_a_replaced_seed_is_searched_in_its_new_text(store):
    seed = Article(text="The founding report on the armistice talks in Riyadh.", title="Founding report", source="seed")
    store.add(seed, Extraction(), "seeds/a.txt")
    assert titles(store, "armistice") == ["Founding report"]
    changed = Article(text="The founding report on the truce talks in Riyadh.", title="Founding report", source="seed")
    assert store.add(changed, Extraction(), "seeds/a.txt").outcome == "replaced"
    assert titles(store, "armistice") == []
    assert titles(store, "truce") == ["Founding report"]
