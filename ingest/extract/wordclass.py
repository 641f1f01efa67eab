"""Which parts of speech an English word form can be, out of context, from LemmInflect's dictionary (derived from
the NIH SPECIALIST Lexicon): "strike" is a noun or a verb, "testify" only a verb, "massively" an adverb. The callers'
grammar decides which reading a position allows; a word the dictionary lacks has no class.
"""
from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

_CACHE = 100_000


@lru_cache(maxsize=_CACHE)
def classes(word: str) -> frozenset[str]:
    """The universal POS tags the form can carry ("strike": NOUN, VERB); empty for a word the dictionary lacks."""
    return frozenset(getAllLemmas(word.lower()))


@lru_cache(maxsize=_CACHE)
def verb_forms(word: str) -> frozenset[str]:
    """The Penn tags the form can carry as a verb: "made" VBD and VBN, "strike" VB and VBP, "suits" VBZ."""
    form = word.lower()
    lemmas = getAllLemmas(form, upos="VERB").get("VERB", ())
    return frozenset(tag for lemma in lemmas for tag, forms in getAllInflections(lemma, upos="VERB").items()
                     if form in forms)


def only_adverb(word: str) -> bool:
    return classes(word) == {"ADV"}


def finite_verb(word: str, plural: bool | None) -> bool:
    """The form can be a finite verb after a subject of that number (None: a relative "who" of either): a past
    tense for any, "-s" only after a singular, the bare form only after a plural."""
    forms = verb_forms(word)
    return "VBD" in forms or "VBZ" in forms and plural is not True or "VBP" in forms and plural is not False


def noun(word: str) -> bool:
    return "NOUN" in classes(word)
