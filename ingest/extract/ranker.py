"""Chooses the speaker of a quote whose attribution names no one ("he said", "the president said", quoted words
with no attribution).

Every person named shortly before the quote, the previous quote's speaker and the hand-written rule's pick are
candidates with a few features (distance, paragraph, subject position, subject of a reporting verb, previous
speaker, the rule's pick); a conditional-logit model scores them. Agreement is not a score: a description's
noun ("the president") keeps only the candidates the text so describes, when there are any, and its
nationality ("the Ukrainian president") those of that state. The weights are data: `python -m bench.train`
fits them on the gold and writes `speaker_weights.json` beside this module.
"""
from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.extract.sentences import Sentence
from ingest.extract.speakers import Speaker, SpeakerIndex
from ingest.extract.speechverbs import SPEECH_VERB
from ingest.extract.titles import DEMONYMS, ROLE_NOUNS_BEFORE

WEIGHTS_FILE = Path(__file__).with_name("speaker_weights.json")
FEATURES = (
    "previous_speaker", "previous_speaker_near", "log_distance", "sentences_back", "paragraphs_back",
    "same_sentence", "subject_position", "reporting_subject", "possessive", "mentions", "is_person",
    "latest_named", "rule_pick", "body_for_they", "unnamed",
)
_PARAGRAPHS_BACK = 2  # candidates are named in the quote's paragraph or the two before it
_REPORTING_AFTER = re.compile(r"[^.;:“”\"]{0,30}?(?:" + SPEECH_VERB.pattern + r")", re.DOTALL)
_REPORTING_BEFORE = re.compile(r"(?:\b(?:said|says|added|told|according to)|:)\s*$")
_PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")


@dataclass(frozen=True)
class Candidate:
    speaker: Speaker
    features: tuple[float, ...]


@dataclass(frozen=True)
class Context:
    """What the resolver knows when it asks for a speaker."""

    start: int  # where the quote starts
    paragraph: int
    pronoun: str | None  # "he", "she", "they", "the" (a description), or None for quoted words with no attribution
    previous: Speaker | None  # the previous quote's speaker
    previous_paragraph: int | None
    rule_pick: Speaker | None  # what the hand-written resolution would choose
    noun: str | None = None  # a description's role noun: "president" of "the Ukrainian president said"
    attribution_end: int = 0  # where the attributing sentence ends


class Ranker:
    """The sentences of one article, for the features of candidates named in them."""

    def __init__(self, text: str, sentences: list[Sentence], index: SpeakerIndex, covered: list[tuple[int, int]]):
        self.text, self.sentences, self.index, self.covered = text, sentences, index, covered
        self._starts = [s.start for s in sentences]

    def candidates(self, ctx: Context) -> list[Candidate]:
        """One candidate per speaker: people named in reach (nearest mention counts), the previous speaker, and
        the rule's pick (which may be an unnamed source)."""
        first = 0 if ctx.noun else self._paragraph_start(ctx.paragraph - _PARAGRAPHS_BACK)
        country = self._modifier_country(ctx)
        mentions = [m for m in self.index.people_between(first, ctx.start) if not self._covered(m[0])]
        latest = self._latest_named(mentions)
        by_name: dict[str, list[tuple[int, int, object]]] = {}
        for m in mentions:
            by_name.setdefault(m[2].name, []).append(m)
        found = [self._candidate(self.index.person_speaker(ms[-1][2]), ms, ctx, latest) for ms in by_name.values()]
        previous = ctx.previous
        if previous is not None and previous.name and previous.name not in by_name:
            found.append(self._candidate(previous, [], ctx, latest))
        rule = ctx.rule_pick
        if rule is not None and not any(c.speaker.name == rule.name for c in found):
            found.append(self._candidate(rule, [], ctx, latest))
        described = {name for name, ms in by_name.items()
                     if ctx.noun and any(self.index.described_as(ctx.noun, m[2], m[0]) for m in ms)}
        return self._agreeing([c for c in found if c.speaker.name in described] or found, country)

    def _agreeing(self, found: list[Candidate], country: str | None) -> list[Candidate]:
        """"the Ukrainian president" is one of the candidates known to be Ukrainian when there are any, and never
        one known to be of another state (agreement, like a pronoun's number)."""
        if country is None:
            return found
        allowed = self.index.sides_of(country)  # "the French president": any of Europe's
        sides = [self.index.side_of(c.speaker.name) for c in found]
        agreeing = [c for c, side in zip(found, sides) if side in allowed]
        return agreeing or [c for c, side in zip(found, sides) if side is None]

    def _candidate(self, speaker: Speaker, mentions: list, ctx: Context, latest: str | None) -> Candidate:
        near_paragraph = ctx.previous_paragraph is not None and ctx.paragraph - ctx.previous_paragraph <= 1
        # a pronoun continues the previous speaker; a description ("the president said") names its referent afresh
        is_previous = ctx.previous is not None and speaker.name is not None and not ctx.noun \
            and ctx.previous.name == speaker.name
        if mentions:
            start, end, _ = mentions[-1]
            here = self._sentence_of(ctx.start)
            there = max(0, self._sentence_of(start))
            sentences_back = min(3, max(0, here - there)) / 3
            paragraphs_back = min(_PARAGRAPHS_BACK, ctx.paragraph - self.sentences[there].paragraph) / _PARAGRAPHS_BACK
            distance = math.log1p(ctx.start - end) / math.log(2000)
            same_sentence = float(here == there)
            subject = float(any(self._subject_position(s) for s, _, _ in mentions[-2:]))
            reporting = float(any(self._reporting_subject(s, e) for s, e, _ in mentions))
            possessive = float(self.text.startswith(("’s", "'s"), end))
            count = min(3, len(mentions)) / 3
        else:
            sentences_back = paragraphs_back = distance = 1.0
            same_sentence = subject = reporting = possessive = count = 0.0
        rule = ctx.rule_pick is not None and ctx.rule_pick.name == speaker.name
        return Candidate(speaker, (
            float(is_previous), float(is_previous and near_paragraph), distance, sentences_back, paragraphs_back,
            same_sentence, subject, reporting, possessive, count, float(speaker.is_person),
            float(latest == speaker.name), float(rule), float(ctx.pronoun == "they" and not speaker.is_person),
            float(speaker.name is None),
        ))

    def _modifier_country(self, ctx: Context) -> str | None:
        """The country of a description's modifier: "Ukraine" for "the Ukrainian president"."""
        if not ctx.noun:
            return None
        pattern = re.compile(r"\b[Tt]he\s+([A-Z][\w.]*)\s+(?:[a-z]+\s+)?" + re.escape(ctx.noun) + r"\b")
        match = pattern.search(self.text, max(0, ctx.start - 300), max(ctx.attribution_end, ctx.start + 1))
        return DEMONYMS.get(match.group(1)) if match else None


    def _paragraph_start(self, paragraph: int) -> int:
        return next((s.start for s in self.sentences if s.paragraph >= paragraph), 0)

    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def _covered(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.covered)

    def _subject_position(self, start: int) -> bool:
        """Named as its sentence's subject: within the first eight words with no pronoun before it, or right after
        fronted phrases (`subject_lead`)."""
        i = self._sentence_of(start)
        lead = self.text[self.sentences[i].start if i >= 0 else 0:start]
        return subject_lead(lead)

    def _reporting_subject(self, start: int, end: int) -> bool:
        """The subject of a reporting verb ("Merz said", "Merz, the chancellor, said") or inverted ("said Merz")."""
        return bool(_REPORTING_AFTER.match(self.text, end, min(len(self.text), end + 60))
                    or _REPORTING_BEFORE.search(self.text, max(0, start - 20), start))

    def _latest_named(self, mentions: list) -> str | None:
        """The first person named in the latest sentence that names anyone."""
        if not mentions:
            return None
        latest = self._sentence_of(mentions[-1][0])
        return next(m[2].name for m in mentions if self._sentence_of(m[0]) == latest)


def subject_lead(lead: str) -> bool:
    """What comes before a name that is its sentence's subject: a short lead with no pronoun, or fronted phrases
    closed by a comma ("Meanwhile, in a separate press conference after the talks, Medinsky …"). A name right
    after a preposition in a fronted phrase is its object ("Having pinned the blame on Putin, he …", "After a call
    with Putin, he …"), but a credit's source stays ("According to Kellogg, …"), and a fronted clause with its own
    subject leaves the name to the pronoun ("While the plan did not appeal to Graham, she said …")."""
    if _PHRASE_LEAD.match(lead) and _OBJECT_OF.search(lead):
        return False
    if len(lead.split()) <= 8 and not _PRONOUN.search(lead):
        return True
    if not _FRONTED.match(lead) or "," not in lead:
        return False
    rest = lead.rsplit(",", 1)[1].split()  # a title may stand between the comma and the name, not a verb
    return len(rest) <= 3 and all(w[:1].isupper() or w.lower() in ROLE_NOUNS_BEFORE for w in rest)


_PHRASE_LEAD = re.compile(r"\s*(?:[A-Z][a-z]+ing|After|Before|Following|During|In|At|On|With|Without|Despite|Unlike|"
                          r"Like|Besides|Upon|Amid|Along\s+with|Apart\s+from)\b")
_OBJECT_OF = re.compile(r"(?<![Aa]ccording )\b(?:on|with|for|to|by|against|from|of|about|between|among|toward|"
                        r"towards|over|into|onto|upon|without)\s+(?:(?:the|[A-Z][\w.’'-]*)\s+){0,4}$")

# Fronted adverbials before the subject: a connective, a prepositional phrase, a time.
# (also the writer's frame "It should be recalled that yesterday in Berlin, German Chancellor Merz called …")
_FRONTED = re.compile(r"\s*(?:(?:Meanwhile|However|Moreover|Later|Earlier|Separately|Also|Still|Then|Instead|"
                      r"Afterwards|On\s+\w+|In|At|During|After|Before|Following|Speaking|Asked|"
                      r"It\s+(?:should|must|is\s+worth|is\s+important)|Recall\s+that|As\s+a\s+reminder)\b)")


def choose(candidates: list[Candidate], weights: tuple[float, ...] | None = None) -> Speaker | None:
    """The best-scored candidate, or None when there is none; ties go to the earlier candidate."""
    if not candidates:
        return None
    weights = weights or load_weights()
    best = max(range(len(candidates)), key=lambda i: (score(candidates[i].features, weights), -i))
    return candidates[best].speaker


def score(features: tuple[float, ...], weights: tuple[float, ...]) -> float:
    return sum(f * w for f, w in zip(features, weights))


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, ...]:
    """The shipped weights, checked against the feature list this module computes."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE.name} was trained on other features; run `python -m bench.train` to refit it")
    return tuple(float(w) for w in data["weights"])
