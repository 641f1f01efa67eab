"""One module per thing we find in an article; each is a pure function of the text (and metadata).

`extract_all` is the only place that decides their order: later steps read what earlier ones found.
"""
from __future__ import annotations

from dataclasses import replace

from ingest.extract import (
    actors, dates, experts, foreign_experts, foreign_quotes, foreign_statements, headlines, people, quotes, statements,
    topics,
)
from ingest.extract.registry import Registry, load_registry
from ingest.extract.speechverbs import VERB_FORMS
from ingest.extract.sentences import split_sentences
from ingest.extract.titles import lead_capitals_cased
from ingest.records import Article, Extraction
from storage.outlets import OutletError, load_outlets


_HEADLINE_VERBS = VERB_FORMS | statements.ACT_VERBS  # the verbs a title-case headline has read in lower case


def extract_all(article: Article, registry: Registry | None = None) -> Extraction:
    registry = registry or load_registry()
    text = article.text
    sentences = split_sentences(text)
    # a lead-in in capitals in title case ("TAOISEACH Micheál Martin"); same length, so offsets hold in `text`
    cased = lead_capitals_cased(text)
    found_people = people.find_people(cased, sentences, registry)
    found_people += foreign_experts.find_experts(text, article.language, registry, found_people)
    found_mentions = actors.find_mentions(text, registry, found_people)
    # a title-case headline's verbs in lower case, for the clause readers; same length, so offsets hold in `text`
    headed = headlines.sentence_case_verbs(cased, article.title, _HEADLINE_VERBS)
    headed = headlines.without_live_marker(headed, text, article.title)
    found_quotes = _original_words(text, headed, quotes.find_quotes(headed, sentences, registry, found_people,
                                                                     mentions=found_mentions))
    found_quotes = foreign_quotes.attribute(text, article.language, found_quotes, found_mentions, found_people,
                                           registry, sentences)
    found_quotes = _outlets_spelled_as_registered(found_quotes, text)
    found_experts = experts.find_experts(text, sentences, found_quotes, found_people, registry, article.published)
    dated = dates.find_dates(text, sentences, article.published)
    found_statements = _original_words(text, headed, statements.find_statements(
        headed, sentences, registry, found_mentions, dated, article.published, found_quotes,
        frozenset(p.name for p in found_people if not p.in_registry and p.role == "official")))
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


def _outlets_spelled_as_registered(found: list, text: str) -> list:
    """An outlet quoted as a source keeps one name whatever the text's casing ("Tass" and "TASS" are one voice on
    the Voices page), or its short name after the full one ("according to the Post")."""
    try:
        outlets = load_outlets()
    except OutletError:
        return found  # (the store reports a broken outlet file; extraction goes on without it)
    return [replace(q, speaker=named) if q.speaker and (named := outlets.named(q.speaker)
                                                         or outlets.named_in_full(q.speaker, text))
            and named != q.speaker else q for q in found]


def _original_words(text: str, headed: str, found: list) -> list:
    """Quotes or statements read on the headed text, with the article's own words (its headline's capitals)."""
    if headed is text:
        return found
    return [replace(item, text=text[item.start:item.end]) if item.text == headed[item.start:item.end] else item
            for item in found]
