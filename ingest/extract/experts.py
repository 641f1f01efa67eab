"""Experts: the non-official commentators of an article, with their stances and their outlook on a deal.

An expert is a person the people step marks "expert" or the speaker of a quote whose role is "expert"
(unnamed "experts say" sources are not an expert). Their evidence is what they said: each quote's words
within each sentence it touches; `stances` reads those words and keeps the whole sentence as evidence.
"""
from __future__ import annotations

from ingest.extract import stances
from ingest.extract.registry import Registry, load_registry
from ingest.extract.sentences import Sentence
from ingest.records import Expert, Person, Quote, Span


def find_experts(
    text: str, sentences: list[Sentence], quotes: list[Quote], people: list[Person], registry: Registry | None = None
) -> list[Expert]:
    """Every expert in order of first appearance, with the stances their own words support."""
    registry = registry or load_registry()
    found = []
    for name, description in _experts(quotes, people):
        own = [q for q in quotes if q.speaker == name]
        findings = [
            finding
            for start, end, sentence in _regions(own, sentences)
            for finding in stances.read_region(text, start, end, sentence, registry)
        ]
        sides, outlook = stances.decide(findings)
        found.append(Expert(name, description, sides, outlook))
    return found


def _experts(quotes: list[Quote], people: list[Person]) -> list[tuple[str, str | None]]:
    """(name, description) of each expert, ordered by where the text first names or quotes them."""
    first: dict[str, int] = {}
    described: dict[str, str | None] = {}
    for person in people:
        if person.role == "expert":
            first[person.name] = min((s for s, _ in person.spans), default=len(first))
            described[person.name] = person.description
    for quote in quotes:
        if quote.speaker_role == "expert" and quote.speaker:
            first[quote.speaker] = min(first.get(quote.speaker, quote.start), quote.start)
            if not described.get(quote.speaker):
                described[quote.speaker] = quote.speaker_description
    return [(name, described[name]) for name in sorted(first, key=first.get)]


def _regions(quotes: list[Quote], sentences: list[Sentence]) -> list[tuple[int, int, Span]]:
    """Each quote's extent within each sentence it overlaps, with that sentence as the evidence span."""
    regions = {}
    for quote in quotes:
        for s in sentences:
            if s.start < quote.end and quote.start < s.end:
                start, end = max(s.start, quote.start), min(s.end, quote.end)
                regions[(start, end)] = Span(s.text, s.start, s.end)
    return [(start, end, span) for (start, end), span in sorted(regions.items())]
