"""Whether a candidate statement is one the annotators would mark: a small logistic model over what the sentence
shows (its topic words, aspect, negation, framing, how its actor was found, how it is dated) and over the words
themselves.

The rules in `statements` find every sentence where an official actor acts on the topic and a date is known; they
cannot tell an act from background ("Putin has repeatedly said …", "amid stalled peace efforts") or peace as a
general aim ("a real chance of peace") without a growing list of phrasings. The model weighs those signals
together, and the sentence's own words (each word the training candidates use at least a few times, penalised
harder than the named signals) let it learn what no signal names. Its numbers are data: `python -m
bench.train_statements` fits them on the development gold and writes `statement_weights.json` beside this module;
`--cv` gives the leave-one-set-out estimate.
"""
from __future__ import annotations

import json
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.records import Statement

WEIGHTS_FILE = Path(__file__).with_name("statement_weights.json")


def _words(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_DEAL_NOUNS = (r"deal|plan|talks|agreement|process|negotiations?|efforts?|proposals?|framework|treaty|summit"
               r"|initiatives?|accords?|settlement|terms|push|bid|roadmap|formula|memorandum|envoy|track|blueprint"
               r"|package|document|draft|mission|negotiators?|delegation|pact|offer|points|drive|campaign|agenda"
               r"|mediation|consultations|solution|keepers|keeping|force")
_TOPIC = {
    "ceasefire": _words(r"\bcease-?\s?fires?\b|\btruces?\b|\barmistice\b|\bhostilities\b|\bpause\s+(?:in|on)\b"
                        r"|\bhalt\w*\s+(?:to\s+|on\s+|in\s+)?(?:the\s+)?(?:\w+\s+)?(?:attacks|strikes|fighting)\b"),
    "peace_deal": _words(rf"\bpeace(?:keep\w*|making|maker)?\s+(?:{_DEAL_NOUNS})\b|\bpeacekeep"),
    "talks": _words(r"\btalks\b|\bnegotiat\w*|\bmediat\w*"),
    "deal": _words(r"\bdeals?\b|\bagreements?\b|\baccords?\b|\bsettlement\b"),
    "plan": _words(r"\bplan\b|\bproposals?\b|\boffers?\b|\bframework\b|\bultimatum\b"),
    "other_topic": _words(r"\bBlack\s+Sea\b|\bprisoner|\bwalk\w*\s+away|\bpeaceful"),
}
_BARE_PEACE = _words(rf"\bpeace\b(?!\s+(?:{_DEAL_NOUNS})\b)")
_SIGNALS = {
    # "has repeatedly said", "had rejected": background, not the news
    "perfect": _words(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|long\s+|not\s+|never\s+)*(?:been|\w+ed|said|made"
                      r"|told|sought|held|given|taken|shown|put|set|spoken|written)\b"),
    "habitual": _words(r"\b(?:repeatedly|previously|long|often|consistently|earlier|in\s+the\s+past|always)\b"),
    "negation": _words(r"\bnot\b|n[’']t\b|\bno\b|\bnever\b|\bwithout\b|\bneither\b|\bnor\b"),
    "modal": _words(r"\b(?:will|would|could|may|might|should|must|can)\b"),
    "question": re.compile(r"\?"),
    "conditional": _words(r"\bif\b|\bunless\b"),
    # "The call comes as …", "amid stalled peace efforts": the writer's frame around the news
    "frame": _words(r"\b(?:comes?\s+as|came\s+as|amid|comes?\s+after|following|as\s+part\s+of)\b"),
    "leading_clause": _words(r"^\W*(?:As|While|When|After|Before|Although|Since|Despite|Following|Amid)\b"),
    "other_conflict": _words(r"\bGaza\b|\bMiddle\s+East\b|\bIsrael|\bIran\b|\bHamas\b|\bNew\s+START\b|\bnuclear\b"
                             r"|\btrade\b|\btariffs?\b|\bminerals?\b"),
    "speech_verb": _words(r"\b(?:said|says|told|tells|added|noted|warned|stated|wrote|stressed|announced|declared"
                          r"|insisted|claimed)\b"),
    "reported": _words(r"\baccording\s+to\b|\breported(?:ly)?\b"),
    "efforts": _words(r"\befforts?\b|\bpush\b|\bpressure\b"),
    "future": _words(r"\b(?:will|is\s+set\s+to|are\s+set\s+to|plans?\s+to|is\s+scheduled|are\s+scheduled"
                     r"|is\s+expected|are\s+expected)\b"),
    "meeting": _words(r"\b(?:met|meet|meeting|summit|visit|call)\b"),
    "first_person": re.compile(r"\b(?:[Ww]e|I|[Oo]ur|[Uu]s)\b"),
}
KINDS = ("statement", "proposal", "agreement", "acceptance", "rejection", "condition", "violation", "threat")
BASES = ("explicit", "weekday", "relative", "context")
HOWS = ("mention", "pronoun", "continued", "group", "quote", "label", "document", "talks")
FEATURES = (
    ("bias",) + tuple(f"topic_{name}" for name in _TOPIC) + ("topic_words", "only_bare_peace")
    + tuple(_SIGNALS) + tuple(f"kind_{k}" for k in KINDS) + tuple(f"dated_{b}" for b in BASES)
    + ("month_only",) + tuple(f"actor_by_{h}" for h in HOWS)
    + ("person", "several_actors", "opens_with_quote", "holds_quote", "position", "length", "first", "contact",
       "contact_undated")
)


@dataclass(frozen=True)
class Evidence:
    """What the rules knew about a candidate besides its sentence."""

    statement: Statement
    how: str  # how the actor was found: mention | pronoun | continued | group | quote | label | …
    person: bool  # the actor is a person, not a state or body
    position: float  # where the sentence starts, as a share of the article
    first: bool  # the article's first candidate
    contact: bool = False  # the act is a meeting, call or trip ("met", "held talks with")


def features(evidence: Evidence) -> tuple[float, ...]:
    s = evidence.statement
    text = s.text
    topics = [1.0 if pattern.search(text) else 0.0 for pattern in _TOPIC.values()]
    count = sum(len(pattern.findall(text)) for pattern in _TOPIC.values()) + len(_BARE_PEACE.findall(text))
    only_bare = bool(_BARE_PEACE.search(text)) and not any(topics)
    return (
        (1.0,) + tuple(topics) + (min(count, 5) / 5, float(only_bare))
        + tuple(1.0 if pattern.search(text) else 0.0 for pattern in _SIGNALS.values())
        + tuple(float(s.kind == k) for k in KINDS) + tuple(float(s.date_basis == b) for b in BASES)
        + (float(s.date_precision == "month"),) + tuple(float(evidence.how == h) for h in HOWS)
        + (float(evidence.person), float(";" in s.actor), float(text[:1] in "\"\u201c\u2018"),
           float(bool(re.search("[\"\u201c\u201d]", text[1:]))), evidence.position, min(len(text.split()), 80) / 80,
           float(evidence.first), float(evidence.contact), float(evidence.contact and s.date_basis == "context"))
    )


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def words(text: str) -> frozenset[str]:
    """The sentence's distinct lower-case words: the model's second part of its input."""
    return frozenset(_WORD.findall(text.lower().replace("’", "'")))


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    threshold: float
    word_weights: dict[str, float]

    def probability(self, evidence: Evidence) -> float:
        score = sum(w * x for w, x in zip(self.weights, features(evidence)))
        score += sum(self.word_weights.get(word, 0.0) for word in words(evidence.statement.text))
        return 1.0 / (1.0 + math.exp(-score))

    def keeps(self, evidence: Evidence) -> bool:
        return self.probability(evidence) >= self.threshold


@lru_cache(maxsize=1)
def load_model() -> Model:
    record = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(record["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE.name} was fitted on other features: run `python -m bench.train_statements`")
    return Model(tuple(record["weights"]), record["threshold"], dict(zip(record["vocabulary"], record["word_weights"])))


_collected: list[list[Evidence]] = []


@contextmanager
def candidates():
    """Inside it every candidate is kept (the rules' output, unfiltered) and its evidence collected into the list
    it yields: what training reads."""
    seen: list[Evidence] = []
    _collected.append(seen)
    try:
        yield seen
    finally:
        _collected.remove(seen)


def judged(evidence: list[Evidence]) -> list[Statement]:
    """The candidates the model keeps, in order (all of them while training collects them)."""
    if _collected:
        _collected[-1].extend(evidence)
        return [e.statement for e in evidence]
    model = load_model()
    return [e.statement for e in evidence if model.keeps(e)]
