"""One module per thing we find in an article; each is a pure function of the text (and metadata).

`extract_all` is the only place that decides their order: later steps read what earlier ones found.
"""
from __future__ import annotations

from dataclasses import replace

from ingest.extract import (
    actors, dates, experts, foreign_quotes, foreign_statements, headlines, people, quotes, statements, topics,
)
from ingest.extract.registry import Registry, load_registry
from ingest.extract.sentences import split_sentences
from ingest.records import Article, Extraction


def extract_all(article: Article, registry: Registry | None = None) -> Extraction:
    registry = registry or load_registry()
    text = article.text
    sentences = split_sentences(text)
    found_people = people.find_people(text, sentences, registry)
    found_mentions = actors.find_mentions(text, registry, found_people)
    headed = headlines.sentence_case_verbs(text, article.title)  # same length: offsets hold in `text`
    found_quotes = quotes.find_quotes(headed, sentences, registry, found_people, mentions=found_mentions)
    if headed is not text:
        found_quotes = [replace(q, text=text[q.start:q.end]) if q.text == headed[q.start:q.end] else q
                        for q in found_quotes]
    found_quotes = foreign_quotes.attribute(text, article.language, found_quotes, found_mentions, found_people,
                                           registry, sentences)
    found_experts = experts.find_experts(text, sentences, found_quotes, found_people, registry)
    dated = dates.find_dates(text, sentences, article.published)
    found_statements = statements.find_statements(text, sentences, registry, found_mentions, dated, article.published,
                                                  found_quotes)
    found_statements += foreign_statements.find_statements(text, sentences, article.language, found_mentions,
                                                           found_people, article.published)
    return Extraction(
        mentions=found_mentions,
        quotes=found_quotes,
        experts=found_experts,
        statements=found_statements,
        topics=topics.score_topics(text, found_mentions, registry),
        people=[p.name for p in found_people if not p.in_registry],
    )
