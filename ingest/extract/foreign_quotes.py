"""Speakers of direct quotes in Russian, Ukrainian, German and French articles.

The quotes step finds the quoted words in every language («…», „…“, »…«, “…”) but reads only English
reporting clauses. Here, for an article in another language, a direct quote without a speaker takes the
person or institution its reporting clause names: after the quote ("», — заявил Песков", "“, sagte
Selenskyj", "», a déclaré Emmanuel Macron"), before it ("Зеленський заявив: «…»"), or "по словам Пескова" /
"за словами Зеленського" / "so Merz" / "selon Macron" around it. A name is a registry actor in any of its
inflected forms (the mentions step found them), else a capitalised one-to-three-word name in the text's script.
The reporting verbs are lists, because in each language they are one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.records import Mention, Person, Quote

_VERBS = {
    "ru": r"заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|сообщил[аи]?|добавил[аи]?|заявляет|говорит|"
          r"считает|признал[аи]?|пояснил[аи]?|указал[аи]?|написал[аи]?|уточнил[аи]?|предупредил[аи]?|ответил[аи]?",
    "uk": r"заявив|заявила|заявили|сказав|сказала|зазначив|зазначила|наголосив|наголосила|повідомив|повідомила|"
          r"додав|додала|каже|заявляє|вважає|пояснив|пояснила|написав|написала|підкреслив|підкреслила|відповів",
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|warnte|fügte|teilte|meinte|so",
    "fr": r"a déclaré|a dit|a affirmé|a souligné|a ajouté|a assuré|a estimé|a expliqué|a averti|a écrit|déclare|"
          r"affirme|estime|selon|a indiqué|a répondu",
}
_ACCORDING = {"ru": r"по словам", "uk": r"за словами", "de": r"laut|nach Angaben von", "fr": r"selon|d'après"}
_NAME = r"[A-ZА-ЯЁІЇЄҐÀ-Ý][\w'’-]+(?:\s+[A-ZА-ЯЁІЇЄҐÀ-Ý][\w'’-]+){0,2}"
_CLOSERS = "»“”\"«„"
_GAP = 40  # characters between a quote's end and its reporting verb (", — ", "“, ")


def attribute(text: str, language: str | None, quotes: list[Quote], mentions: list[Mention],
              people: list[Person]) -> list[Quote]:
    """The quotes, with a speaker for each direct quote whose reporting clause in `language` names one."""
    if language not in _VERBS:
        return quotes
    verbs = re.compile(rf"(?<!\w)(?:{_VERBS[language]})(?!\w)", re.IGNORECASE)
    named = sorted(mentions, key=lambda m: m.start)
    result = []
    for quote in quotes:
        if quote.kind == "direct" and quote.speaker is None:
            speaker = _after(text, quote, verbs, named) or _before(text, quote, verbs, named) \
                or _according(text, quote, language, named)
            if speaker:
                quote = replace(quote, speaker=speaker, speaker_role=_role(speaker, people, named))
        result.append(quote)
    return result


def _after(text: str, quote: Quote, verbs: re.Pattern, named: list[Mention]) -> str | None:
    """«…», — заявил Песков / “…”, sagte Selenskyj: a reporting verb right after the quote, then the name."""
    tail = text[quote.end:quote.end + _GAP + 80]
    lead = re.match(rf"[\s,.—–{re.escape(_CLOSERS)}-]*", tail)
    verb = verbs.match(tail, lead.end()) if lead else None
    if verb is None:
        return None
    return _name_at(text, quote.end + verb.end(), named)


def _before(text: str, quote: Quote, verbs: re.Pattern, named: list[Mention]) -> str | None:
    """Зеленський заявив: «…» / Merz sagte: „…": the name, a reporting verb and a colon right before the quote."""
    head = text[max(0, quote.start - 160):quote.start]
    match = re.search(rf"({_NAME})\s+(?:{verbs.pattern})\s*[:,]?\s*[{re.escape(_CLOSERS)}—–-]?\s*$", head)
    if match is None:
        return None
    start = quote.start - len(head) + match.start(1)
    return _registry_name(named, start, start + len(match.group(1))) or match.group(1)


def _according(text: str, quote: Quote, language: str, named: list[Mention]) -> str | None:
    """по словам Пескова, «…» / „…", so Merz / selon Macron: the name after the phrase, in the same sentence."""
    window_start = max(0, quote.start - 120)
    window = text[window_start:quote.end + 80]
    match = re.search(rf"(?<!\w)(?:{_ACCORDING[language]})\s+", window)
    if match is None:
        return None
    return _name_at(text, window_start + match.end(), named)


def _name_at(text: str, position: int, named: list[Mention]) -> str | None:
    """The actor mentioned within a few words of `position` (a person, or a state speaking: "в Кремле"), else the
    capitalised name there, after at most three lower-case words (titles: "глава МИД", "der Kanzler")."""
    near = [m for m in named if position <= m.start <= position + 60]
    if near:
        return next((m.actor for m in near if m.kind == "person"), near[0].actor)
    match = re.match(rf"\s*(?:[a-zа-яёіїєґäöüéèàçß.]+\s+){{0,3}}({_NAME})", text[position:position + 60])
    return match.group(1) if match else None


def _registry_name(named: list[Mention], start: int, end: int) -> str | None:
    return next((m.actor for m in named if start <= m.start < end), None)


def _role(speaker: str, people: list[Person], named: list[Mention]) -> str:
    person = next((p for p in people if p.name == speaker), None)
    if person is not None:
        return person.role
    mention = next((m for m in named if m.actor == speaker), None)
    return "official" if mention is not None else "other"
