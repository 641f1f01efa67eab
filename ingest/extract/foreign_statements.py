"""Ceasefire and peace statements in Russian, Ukrainian, German and French articles, under the English rules.

A sentence is a statement when it names the talks, a truce or a peace deal in its language (перемирие,
припинення вогню, Waffenruhe, cessez-le-feu …) and an official actor (a registry state, institution or
office-holder in any inflected form; experts never make statements). Its kind comes from the verb
(предложил / запропонував / schlug vor / a proposé …), and its date from the sentence itself (foreign_dates: "18
апреля", "у п'ятницю", "am Freitag", "vendredi dernier", "im März", "hier") when statements' `DateRule` admits it
(never after the publication; without a year, never over six months before it), else the publication date as
context. The word lists are per language, because each language's words are a list.
"""
from __future__ import annotations

import re
from datetime import date

from ingest.extract import foreign_dates
from ingest.extract.sentences import Sentence
from ingest.extract.statements import DateRule
from ingest.records import Mention, Person, Statement

LANGUAGES = ("ru", "uk", "de", "fr")
_TOPIC = {
    "ru": r"перемири\w*|прекращени\w* огня|переговор\w*|мирн\w* (?:соглашени|план|процесс|договор)\w*|урегулировани\w*",
    "uk": r"перемир['’]?\w*|припиненн\w* вогню|переговор\w*|мирн\w* (?:угод|план|процес)\w*|врегулюванн\w*",
    "de": r"Waffenruhe\w*|Waffenstillstand\w*|Feuerpause\w*|Friedens\w+|Verhandlung\w*",
    "fr": r"cessez-le-feu|trêves?|accords? de paix|plans? de paix|processus de paix|pourparlers|négociations?",
}
# A date right after one of these names the meeting, not the statement (as statements' DateRule does for "talks on").
_EVENT = {
    "ru": r"переговор\w*|встреч\w*|саммит\w*|раунд\w*|консультаци\w*",
    "uk": r"переговор\w*|зустріч\w*|саміт\w*|раунд\w*|консультаці\w*",
    "de": r"Gespräch\w*|Verhandlung\w*|Treffen\w*|Gipfel\w*|Runde\w*",
    "fr": r"pourparlers|négociations?|rencontre\w*|sommet\w*|réunion\w*|round",
}
_KINDS = {  # kind -> verbs, per language; the first kind whose verb the sentence holds wins
    "rejection": {"ru": r"отклони\w*|отверг\w*|отказа\w*", "uk": r"відхили\w*|відкину\w*|відмови\w*",
                  "de": r"lehnt\w*(?:\s+\w+){0,4}\s+ab\b|abgelehnt|zurückgewiesen", "fr": r"a rejeté|rejett?e\w*|refus\w*"},
    "violation": {"ru": r"наруши\w*|нарушени\w*", "uk": r"поруши\w*|порушенн\w*", "de": r"verletz\w*|gebrochen",
                  "fr": r"violé\w*|violation\w*"},
    "threat": {"ru": r"пригрози\w*|угрожа\w*", "uk": r"погрож\w*|пригрози\w*", "de": r"droht\w*", "fr": r"menac\w*"},
    "agreement": {"ru": r"договорил\w*|согласовал\w*", "uk": r"домовил\w*|погодил\w*", "de": r"einigt\w*|vereinbart",
                  "fr": r"(?:se sont|sont) mis d['’]accord|ont conclu|accord conclu"},
    "acceptance": {"ru": r"согласил\w*|принял\w*", "uk": r"погоди\w*|прийня\w*", "de": r"stimmt\w*(?:\s+\w+){0,4}\s+zu\b|akzeptiert\w*",
                   "fr": r"a accepté|accept\w*"},
    "proposal": {"ru": r"предлож\w*|предлага\w*", "uk": r"запропон\w*|пропону\w*", "de": r"schlug(?:\s+\w+){0,4}\s+vor\b|vorgeschlagen",
                 "fr": r"propos\w*"},
}


def find_statements(text: str, sentences: list[Sentence], language: str | None, mentions: list[Mention],
                    people: list[Person], published: date | None) -> list[Statement]:
    """Every statement of an article in one of `LANGUAGES`; nothing for any other language."""
    if language not in LANGUAGES:
        return []
    topic = re.compile(rf"(?<!\w)(?:{_TOPIC[language]})", re.IGNORECASE)
    experts = {p.name for p in people if p.role != "official"}
    found = []
    for index, sentence in enumerate(sentences):
        if not topic.search(sentence.text):
            continue
        actors = [m.actor for m in mentions if sentence.start <= m.start < sentence.end and m.actor not in experts]
        if not actors:
            continue
        when, precision, basis = _date(sentence, index, language, published)
        if when is None:
            continue
        found.append(Statement(when, precision, basis, actors[0], _kind(sentence.text, language), sentence.text,
                               sentence.start, sentence.end))
    return found


def _kind(sentence: str, language: str) -> str:
    for kind, verbs in _KINDS.items():
        if re.search(rf"(?<!\w)(?:{verbs[language]})", sentence, re.IGNORECASE):
            return kind
    return "statement"


def _date(sentence: Sentence, index: int, language: str, published: date | None) -> tuple[str | None, str, str]:
    """(date, precision, basis): the first date the sentence names that the English date rule admits and that does
    not date the meeting the statement is about ("переговоры в Стамбуле 16 мая", "Gespräche am Freitag"), else the
    publication date as context."""
    if published is None:
        return None, "day", "context"
    rule = DateRule(published)
    names_event = re.compile(rf"(?<!\w)(?:{_EVENT[language]})(?:\s+\S+){{0,3}}\s+$", re.IGNORECASE)
    for ref in foreign_dates.find_dates(sentence.text, language, published, sentence.start, index):
        before = sentence.text[:ref.start - sentence.start]
        if rule.admits(ref, before) and not names_event.search(before[-80:]):
            return ref.iso, ref.precision, ref.basis
    return published.isoformat(), "day", "context"
