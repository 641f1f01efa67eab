"""Actor mentions: every place the text names a registry actor or a named person, with offsets.

One alternation regex per registry (longest form first, case-sensitive so "US" is never "us") finds
names, aliases and surnames; possessives and compounds ("Trump's", "Ukraine-Russia", "Trump
administration") match because only letters and digits end a name. A match is dropped when it is
part of another name ("Kyiv Independent", "University of Washington"), sits in an all-caps dateline,
is a place alias used as a location ("talks in Brussels"), or lies inside a person the people step
found ("George Washington"). People outside the registry are added from their spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.registry import Actor, Registry
from ingest.records import Mention, Person

# A capitalised word right after an alias that makes the alias part of another name.
_NAME_HEADS = (
    "Post|Times|Independent|Herald|Journal|Tribune|Gazette|Telegraph|Daily|Dispatch|Examiner|Chronicle|"
    "Review|Today|Insider|School|University|College|Institute|Academy|Center|Centre|Conservatory|Museum|"
    "Zoo|Airport|Metro|International|Capitals|Nationals|Commanders|Wizards|Mystics|Huskies|Cougars|"
    "Dynamo|Tower|Towers|Organization|Foundation|Media|Jr|Sr|Street|Avenue|Boulevard|Bridge|Heights|"
    "Ballet|Philharmonic|Symphony|Theatre|Theater|Exchange|Patriarchate|Consensus|Pechersk"
)
_FOLLOWED_BY_NAME = re.compile(rf"\s+(?:{_NAME_HEADS}|State\s+(?:University|College))\b")
# "<Institution> of <alias>", sports clubs named "<Club> <city>" and the regions of a continent ("Latin America",
# "South America"), which no alias names.
_PRECEDED_BY_NAME = re.compile(
    r"(?:\b(?:University|Bank|College|Institute|Museum|Academy|School|Library|Patriarch|Voice)\s+of\s+(?:the\s+)?"
    r"|\b(?:Dynamo|Spartak|CSKA|Lokomotiv|Torpedo|Shakhtar|Zorya|Chicken)\s+"
    r"|\b(?:Latin|South|North|Central)\s+)$"
)
# A place alias after one of these words names a location, not the government.
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|across|into|to|from|via|visited|visiting|visit)\s+$", re.I)
# "KYIV, Ukraine (AP) —": the all-caps place that opens a paragraph.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’\- ]*[A-Z.])(?=,|\s*\(|\s+[—–-])")
_LOOKBEHIND_CHARS = 40


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern
    actors: dict[str, Actor]  # surface form -> actor
    places: frozenset[str]  # forms that are place aliases


def find_mentions(text: str, registry: Registry, people: list[Person]) -> list[Mention]:
    """Every mention of a registry actor or a named person, in text order."""
    matcher = _matcher(registry)
    datelines = [m.span(1) for m in _DATELINE.finditer(text)]
    outsiders = [(s, e) for p in people if not p.in_registry for s, e in p.spans]
    found = [
        Mention(actor.name, actor.kind, m.start(), m.end(), m.group())
        for m in matcher.pattern.finditer(text)
        for actor in [matcher.actors[_form(m.group())]]
        if _counts(text, m, matcher, datelines, outsiders)
    ]
    found += _people_mentions(text, people, registry, found)
    return sorted(found, key=lambda m: (m.start, m.end))


def _matcher(registry: Registry) -> _Matcher:
    """The alias matcher, built once and kept on the registry object."""
    cached = getattr(registry, "_mention_matcher", None)
    if cached is None:
        cached = _build(registry)
        object.__setattr__(registry, "_mention_matcher", cached)
    return cached


def _build(registry: Registry) -> _Matcher:
    actors: dict[str, Actor] = {}
    places: set[str] = set()
    for actor in registry.actors:
        for form in registry.forms(actor):
            actors.setdefault(_form(form), actor)
        places.update(_form(p) for p in actor.place_aliases)
    alternatives = sorted(actors, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in alternatives)
    pattern = re.compile(rf"(?<![\w.])(?:{body})(?!\w)") if body else re.compile(r"(?!x)x")
    return _Matcher(pattern, actors, frozenset(places))


def _form(surface: str) -> str:
    """A surface form's key: whitespace runs (line breaks in names) become one space."""
    return " ".join(surface.split())


def _counts(text: str, match: re.Match, matcher: _Matcher, datelines, outsiders) -> bool:
    start, end = match.span()
    before = text[max(0, start - _LOOKBEHIND_CHARS):start]
    if _FOLLOWED_BY_NAME.match(text, end) or _PRECEDED_BY_NAME.search(before):
        return False
    if _form(match.group()) in matcher.places and _LOCATIVE.search(before):
        return False
    if any(a <= start and end <= b for a, b in datelines):
        return False
    return not any(a <= start and end <= b for a, b in outsiders)


def _people_mentions(text: str, people: list[Person], registry: Registry, found: list[Mention]) -> list[Mention]:
    """Spans of named people the alias matcher did not already cover (everyone outside the registry)."""
    taken = [(m.start, m.end) for m in found]
    extra = []
    for person in people:
        actor = registry.get(person.name)
        kind = actor.kind if actor else "person"
        for start, end in person.spans:
            if not any(a < end and start < b for a, b in taken):
                extra.append(Mention(person.name, kind, start, end, text[start:end]))
                taken.append((start, end))
    return extra
