"""Topic relevance: how much an article is about each registry topic, from its keywords and its actors.

For a topic, with N = max(words in the text, MIN_WORDS):
    keyword signal = 1 - exp(-(keyword hits per 100 words) / KEYWORD_SCALE)
    actor signal   = 1 - exp(-(mentions of the topic's actors per 100 words) / ACTOR_SCALE)
    score          = keyword signal * actor signal        (0..1)
Both are needed: a Gaza ceasefire story has the keywords but not the actors, a sports story with one
Ukrainian player has an actor but not the keywords; each scores low. A topic with no keywords (or no
actors) drops that factor. `explain_topics` returns the counts behind every score.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ingest.extract.registry import Registry, Topic
from ingest.records import Mention

DEFAULT_THRESHOLD = 0.3  # `--topic` keeps articles scoring at or above this
MIN_WORDS = 150  # a short text is not made more relevant by being short
KEYWORD_SCALE = 1.5  # keyword hits per 100 words that give a signal of 0.63
ACTOR_SCALE = 2.5  # actor mentions per 100 words that give a signal of 0.63
_WORD = re.compile(r"\w+")


@dataclass
class TopicScore:
    """One topic's score and the evidence behind it."""

    topic: str
    score: float
    words: int
    keyword_hits: dict[str, int] = field(default_factory=dict)
    actor_hits: dict[str, int] = field(default_factory=dict)


def score_topics(text: str, mentions: list[Mention], registry: Registry) -> dict[str, float]:
    """Relevance 0..1 of the text to every topic the registry defines."""
    return {t.topic: t.score for t in explain_topics(text, mentions, registry)}


def explain_topics(text: str, mentions: list[Mention], registry: Registry) -> list[TopicScore]:
    words = len(_WORD.findall(text))
    return [_score(topic, text, words, mentions, registry) for topic in registry.topics]


def _score(topic: Topic, text: str, words: int, mentions: list[Mention], registry: Registry) -> TopicScore:
    keyword_hits: dict[str, int] = {}
    for match in _keywords(topic, registry).finditer(text):
        key = match.group().casefold()
        keyword_hits[key] = keyword_hits.get(key, 0) + 1
    wanted = set(topic.actors)
    actor_hits: dict[str, int] = {}
    for m in mentions:
        if m.actor in wanted:
            actor_hits[m.actor] = actor_hits.get(m.actor, 0) + 1
    per_100 = 100 / max(words, MIN_WORDS)
    score = 1.0
    if topic.keywords:
        score *= _signal(sum(keyword_hits.values()) * per_100, KEYWORD_SCALE)
    if topic.actors:
        score *= _signal(sum(actor_hits.values()) * per_100, ACTOR_SCALE)
    return TopicScore(topic.name, round(score, 3), words, keyword_hits, actor_hits)


def _signal(rate: float, scale: float) -> float:
    return 1 - math.exp(-rate / scale)


def _keyword_pattern(keyword: str) -> str:
    """A keyword as a pattern: spaces and hyphens loose, and a `*` at a word's end standing for any ending, so one
    keyword covers an inflected language's forms ("перемири*": перемирие, перемирия, перемирии)."""
    words = []
    for word in keyword.split():
        stem = word.removesuffix("*")
        pattern = re.escape(stem).replace(r"\-", r"[-\s]?")
        words.append(pattern + (r"\w*" if word.endswith("*") else ""))
    return r"\s+".join(words)


def _keywords(topic: Topic, registry: Registry) -> re.Pattern:
    """One case-insensitive regex per topic (longest keyword first, plurals allowed), kept on the registry."""
    cache = getattr(registry, "_topic_patterns", None)
    if cache is None:
        cache = {}
        object.__setattr__(registry, "_topic_patterns", cache)
    if topic.name not in cache:
        forms = sorted(topic.keywords, key=len, reverse=True)
        body = "|".join(_keyword_pattern(k) for k in forms)
        cache[topic.name] = re.compile(rf"(?<!\w)(?:{body})(?:s|es)?(?!\w)", re.I) if body else re.compile(r"(?!x)x")
    return cache[topic.name]
