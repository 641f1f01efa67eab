"""Ceasefire and peace statements in Russian, Ukrainian, German and French articles, under the English rules.

A sentence is a statement when it names the talks, a truce or a peace deal in its language (перемирие,
припинення вогню, Waffenruhe, cessez-le-feu …) and an official actor (a registry state, institution or
office-holder in any inflected form; experts never make statements). Its kind comes from the verb
(предложил / запропонував / schlug vor / a proposé …), and its date from the sentence itself: a day and month
("18 апреля", "18. April", "18 avril"; with a year or at their nearest occurrence before the publication, never
after it nor over six months before it without a year), "вчера" / "gestern" / "hier", else the publication
date as context. The word lists are per language, because each language's words are a list.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ingest.extract.sentences import Sentence
from ingest.records import Mention, Person, Statement

LANGUAGES = ("ru", "uk", "de", "fr")
_HALF_YEAR = timedelta(days=183)
_TOPIC = {
    "ru": r"перемири\w*|прекращени\w* огня|переговор\w*|мирн\w* (?:соглашени|план|процесс|договор)\w*|урегулировани\w*",
    "uk": r"перемир['’]?\w*|припиненн\w* вогню|переговор\w*|мирн\w* (?:угод|план|процес)\w*|врегулюванн\w*",
    "de": r"Waffenruhe\w*|Waffenstillstand\w*|Feuerpause\w*|Friedens\w+|Verhandlung\w*",
    "fr": r"cessez-le-feu|trêves?|accords? de paix|plans? de paix|processus de paix|pourparlers|négociations?",
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
_MONTHS = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
_YESTERDAY = {"ru": r"вчера", "uk": r"учора|вчора", "de": r"gestern", "fr": r"hier"}


def find_statements(text: str, sentences: list[Sentence], language: str | None, mentions: list[Mention],
                    people: list[Person], published: date | None) -> list[Statement]:
    """Every statement of an article in one of `LANGUAGES`; nothing for any other language."""
    if language not in LANGUAGES:
        return []
    topic = re.compile(rf"(?<!\w)(?:{_TOPIC[language]})", re.IGNORECASE)
    experts = {p.name for p in people if p.role != "official"}
    found = []
    for sentence in sentences:
        if not topic.search(sentence.text):
            continue
        actors = [m.actor for m in mentions if sentence.start <= m.start < sentence.end and m.actor not in experts]
        if not actors:
            continue
        when, precision, basis = _date(sentence.text, language, published)
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


def _date(sentence: str, language: str, published: date | None) -> tuple[str | None, str, str]:
    """(date, precision, basis): the day the sentence names if the date rule admits it, else the context."""
    if published is None:
        return None, "day", "context"
    months = _MONTHS[language].split()
    pattern = rf"(?<!\d)(\d{{1,2}})\.?\s+({'|'.join(months)})(?:\s+(\d{{4}}))?"
    for match in re.finditer(pattern, sentence, re.IGNORECASE):
        month = next(i for i, m in enumerate(months, 1) if m.casefold() == match.group(2).casefold())
        day = _day(published, month, int(match.group(1)), match.group(3))
        if day is not None:
            return day.isoformat(), "day", "explicit"
    if re.search(rf"(?<!\w)(?:{_YESTERDAY[language]})(?!\w)", sentence, re.IGNORECASE):
        return (published - timedelta(days=1)).isoformat(), "day", "relative"
    return published.isoformat(), "day", "context"


def _day(published: date, month: int, day: int, year: str | None) -> date | None:
    """The named day if the rule admits it: with its year, not after publication; without one, its nearest
    occurrence on or before publication, and then within six months of it."""
    try:
        if year:
            named = date(int(year), month, day)
            return named if named <= published else None
        named = date(published.year, month, day)
        if named > published:
            named = date(published.year - 1, month, day)
    except ValueError:
        return None
    return named if named >= published - _HALF_YEAR else None
