"""Experts: the non-official commentators of an article, with their stances and their outlook on a deal.

An expert is a person the people step marks "expert" or the speaker of a quote whose role is "expert"
(unnamed "experts say" sources are not an expert). Their words (`../shared/gold/STANCES.md`) are their
quotes, the clauses the text reports as theirs ("X believes …", "according to X, …") and the sentences
that continue with them as subject ("He stressed …"); `stances` reads those words clause by clause and
keeps each whole sentence as evidence.
"""
from __future__ import annotations

import re

from ingest.extract import stances
from ingest.extract.registry import Registry, load_registry
from ingest.extract.sentences import Sentence
from ingest.extract.speechverbs import SPEECH_VERB
from ingest.extract.titles import held_office_once
from ingest.records import Expert, Person, Quote, Span

# Verbs of saying and of holding a view: what follows them, with the expert as subject, is the expert's.
_VIEW_VERB = re.compile(
    SPEECH_VERB.pattern + r"|\b(?:believes?|believed|thinks?|thought|considers?|considered|expects?|expected|doubts?|"
    r"doubted|fears?|feared|sees|saw|views?|viewed|criticized|criticised|criticizes|criticises|blames?|blamed|"
    r"accuses|accused|describes?|described|calls?|called|points? out|pointed out|emphasi[sz]es|emphasi[sz]ed|"
    r"highlights?|highlighted|is convinced|was convinced|predicts?|predicted|recalls?|recalled)\b")
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:but|and|however|also|still|yet)[, ]+)?(?:he|she|the (?:expert|analyst|"
                              r"professor|scholar|researcher|political scientist|scientist|observer|diplomat|"
                              r"former \w+|author|historian|economist|specialist|commentator))\b", re.I)
_MAX_SUBJECT_WORDS = 14
# A transcript's speaker label ("MCFAUL: Well, …", "MICHAEL MCFAUL: …"): the paragraph is that speaker's words.
_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,60}?)(?:,\s*[A-Z ]+)?:\s")


def find_experts(
    text: str, sentences: list[Sentence], quotes: list[Quote], people: list[Person], registry: Registry | None = None
) -> list[Expert]:
    """Every expert in order of first appearance, with the stances their own words support."""
    found = []
    for name, description, readings in expert_readings(text, sentences, quotes, people, registry):
        sides, outlook = stances.decide(readings)
        found.append(Expert(name, description, sides, outlook))
    return found


def expert_readings(
    text: str, sentences: list[Sentence], quotes: list[Quote], people: list[Person], registry: Registry | None = None
) -> list[tuple[str, str | None, list[stances.Reading]]]:
    """(name, description, the clauses of their words) of each expert: what the stance models read."""
    registry = registry or load_registry()
    spans = _name_spans(text, people)
    found = []
    for name, description in _experts(quotes, people):
        own = [q for q in quotes if q.speaker == name]
        regions = _merge(_regions(own, sentences) + _reported(text, sentences, name, spans)
                         + _transcribed(text, sentences, name))
        readings = [reading for start, end, sentence in regions
                    for reading in stances.read_clauses(text, start, end, sentence, registry)]
        found.append((name, description, readings))
    return found


def _name_spans(text: str, people: list[Person]) -> dict[str, list[tuple[int, int]]]:
    return {p.name: list(p.spans) for p in people}


def _reported(text: str, sentences: list[Sentence], name: str,
              spans: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int, Span]]:
    """The clauses the text reports as the expert's: the rest of a sentence after a view verb whose subject
    names the expert, or is "he"/"she"/"the analyst" continuing from a sentence that did."""
    surname = name.split()[-1]
    mine = spans.get(name) or [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
    others = [(s, e) for person, found in spans.items() if person != name for s, e in found]
    regions, holder = [], None
    for sentence in sentences:
        verb = _VIEW_VERB.search(text, sentence.start, sentence.end)
        subject = text[sentence.start:verb.start()] if verb else ""
        names_me = any(sentence.start <= s < (verb.start() if verb else sentence.end) for s, _ in mine)
        names_other = any(sentence.start <= s < (verb.start() if verb else sentence.end) for s, _ in others)
        inverted = bool(verb) and any(verb.end() <= s < verb.end() + 40 for s, _ in mine)  # '"…," said Katz'
        if inverted:
            holder = name
            continue
        according = re.search(rf"\baccording to (?:\w+ )*?{re.escape(surname)}\b", sentence.text)
        if according:
            regions.append((sentence.start + according.end(), sentence.end, _span(sentence)))
        if verb and len(subject.split()) <= _MAX_SUBJECT_WORDS and names_me:
            holder = name
        elif verb and _PRONOUN_SUBJECT.match(subject) and holder == name:
            pass
        elif names_other or (verb and not _PRONOUN_SUBJECT.match(subject)):
            holder = None
            continue
        else:
            continue
        if verb and holder == name:
            regions.append((verb.end(), sentence.end, _span(sentence)))
    return regions


def _transcribed(text: str, sentences: list[Sentence], name: str) -> list[tuple[int, int, Span]]:
    """The sentences of an interview transcript spoken by `name`: from a paragraph labelled with their surname in
    capitals up to the next label."""
    surname, speaking, paragraph, regions = name.split()[-1].upper(), False, -1, []
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            label = _LABEL.match(sentence.text)
            if label:
                speaking = label.group(1).split()[-1] == surname
                if speaking:
                    regions.append((sentence.start + label.end(), sentence.end, _span(sentence)))
                continue
        if speaking:
            regions.append((sentence.start, sentence.end, _span(sentence)))
    return regions


def _span(sentence: Sentence) -> Span:
    return Span(sentence.text, sentence.start, sentence.end)


def _merge(regions: list[tuple[int, int, Span]]) -> list[tuple[int, int, Span]]:
    """Overlapping regions of one sentence read once: the union of their extents."""
    merged: list[tuple[int, int, Span]] = []
    for start, end, span in sorted(regions, key=lambda r: (r[0], -r[1])):
        if merged and start < merged[-1][1] and merged[-1][2] == span:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), span)
        else:
            merged.append((start, end, span))
    return merged


def _experts(quotes: list[Quote], people: list[Person]) -> list[tuple[str, str | None]]:
    """(name, description) of each expert, ordered by where the text first names or quotes them."""
    first: dict[str, int] = {}
    described: dict[str, str | None] = {}
    for person in people:
        if person.role == "expert" or held_office_once(person.description):
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
