"""The actor registry and topics, read from the analysts' TOML file (`data/actors.toml`); aliases in other
languages (`[actor.languages]`) are expanded to their inflected forms."""
from __future__ import annotations

import re
import unicodedata

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ingest.extract import inflection

DEFAULT_REGISTRY = Path(__file__).resolve().parents[2] / "data" / "actors.toml"
KINDS = {"person", "country", "organisation", "bloc"}


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str = "official"
    side: str | None = None
    surname: str | None = None  # for people; defaults to the last word of the name
    place_aliases: tuple[str, ...] = ()  # city names that stand for the actor only when not a location
    foreign: tuple[str, ...] = ()  # the [actor.languages] aliases with their inflected forms ("Путина", "Kremls")
    titles: tuple[str, ...] = ()  # head nouns of a person's offices: "president", "spokesman"
    offices: tuple[tuple[str, str], ...] = ()  # (language, office) from [actor.offices]: names a speaker, never a mention
    country: str | None = None  # a person's state when their side is a bloc ("Europe")
    # when a person took or left the office the registry knows them by (None: before/after our coverage)
    since: date | None = None
    until: date | None = None

    def in_office(self, day: date) -> bool:
        """Whether the person held that office on `day`."""
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    actors: tuple[str, ...]


@dataclass
class Registry:
    actors: list[Actor]
    topics: list[Topic]
    _by_form: dict[str, Actor] = field(default_factory=dict, repr=False)
    _by_office: dict[str, Actor] = field(default_factory=dict, repr=False)
    _by_state_office: dict[str, Actor] = field(default_factory=dict, repr=False)
    _by_spelling: dict[str, Actor] = field(default_factory=dict, repr=False)
    _by_surname_spelling: dict[str, Actor | None] = field(default_factory=dict, repr=False)
    _full_names: dict[str, list[tuple[str, Actor]]] = field(default_factory=dict, repr=False)  # by surname key

    def __post_init__(self):
        for actor in self.actors:
            for lang, office in actor.offices:
                if lang == "en":
                    self._by_office.setdefault(_office_key(office), actor)
            for form in self.forms(actor):
                self._by_form.setdefault(form.casefold(), actor)
            if actor.kind == "person":
                for form in (actor.name, *actor.aliases):
                    if len(form.split()) >= 2:
                        self._by_spelling.setdefault(spelling_key(form), actor)
                    if len(form.split()) == 2 and form.split()[0][:1].isupper():
                        given, surname = (spelling_key(w) for w in form.split())
                        self._full_names.setdefault(surname, []).append((given, actor))
                for surname in {actor.surname or actor.name.split()[-1], *(a.split()[-1] for a in actor.aliases)}:
                    if len(surname) >= _SURNAME_SPELLING_MIN:
                        key = spelling_key(surname)
                        known = self._by_surname_spelling.get(key, actor)
                        self._by_surname_spelling[key] = actor if known is actor else None  # (two people: neither)
        for actor in self.actors:  # (once every state's forms are known)
            for lang, office in actor.offices:
                key = self._state_office_key(office) if lang == "en" else None
                if key:
                    self._by_state_office.setdefault(key, actor)

    def _state_office_key(self, phrase: str) -> str | None:
        """The office with its state named canonically: "top United States diplomat", "US top diplomat" and
        "America's top diplomat" are one office, the United States' diplomat."""
        words = _office_key(phrase).split()
        for size in (3, 2, 1):
            owner = " ".join(words[:size]).removesuffix("'s")
            actor = self._by_form.get(owner)
            if actor is not None and actor.kind == "country" and len(words) > size:
                return f"{actor.name.casefold()}'s {' '.join(words[size:])}"
        return None

    @staticmethod
    def forms(actor: Actor) -> list[str]:
        """Every surface form that names the actor: name, aliases and, for people, the surname."""
        forms = [actor.name, *actor.aliases, *actor.place_aliases, *actor.foreign]
        if actor.kind == "person":
            forms.append(actor.surname or actor.name.split()[-1])
        return forms

    def lookup(self, surface: str) -> Actor | None:
        """The actor a surface form names ("Rubio", "the Kremlin", "Zelenskyy"), or None."""
        key = surface.strip().removeprefix("the ").removeprefix("The ").casefold()
        found = self._by_form.get(key)
        if found is None and len(key.split()) >= 2:
            # "Andrey Yermak", "Sergey Kyslytsya", "Rustem Umerow": a person's full name in another transliteration
            found = self._by_spelling.get(spelling_key(key)) or self._misspelt_full_name(key)
        elif found is None and len(key) >= _SURNAME_SPELLING_MIN and key.isalpha():
            # "Lavrow", "Kislitsa": a surname alone in another transliteration, when only one person has it
            found = self._by_surname_spelling.get(spelling_key(key))
        return found

    def _misspelt_full_name(self, key: str) -> Actor | None:
        """"Macro Rubio", "Frederich Merz", "Maria Zakharov": a registry person's full name with a typo in the given
        name, or with the surname in its other gender's form under the same given name. One person only: a given
        name one letter from two people's is no one's."""
        words = key.split()
        if len(words) != 2 or not all(w.isalpha() for w in words):
            return None
        given, surname = (spelling_key(w) for w in words)
        found = {actor.name: actor for known, actor in self._full_names.get(surname, [])
                 if one_edit_apart(given, known) and given[:1] == known[:1] and len(known) >= _GIVEN_NAME_MIN
                 and (len(known) >= _GIVEN_NAME_CHANGED_MIN or len(given) != len(known)
                      or sorted(given) == sorted(known))}
        other_form = surname[:-1] if surname.endswith("a") else f"{surname}a"
        found.update({actor.name: actor for known, actor in self._full_names.get(other_form, [])
                      if given == known and len(surname) >= _SURNAME_SPELLING_MIN})
        return next(iter(found.values())) if len(found) == 1 else None

    def office_holder(self, phrase: str) -> Actor | None:
        """The person an English office names on its own ("Russia's foreign minister", "the Kremlin spokesman"), from
        `[actor.offices] en`; the whole phrase must be the office, so "Russia's deputy foreign minister" is no one.
        A leader's office is their state's when the registry lists no office of theirs by that name: "Putin's
        foreign minister" is Russia's foreign minister."""
        found = self._by_office.get(_office_key(phrase))
        of = _OF_OWNER.match(phrase.strip()) if found is None else None
        if of is not None:  # "the President of Ukraine" holds the office "Ukraine's president"
            found = self._by_office.get(_office_key(f"{of.group(2)}'s {of.group(1)}"))
        owned = _OWNED.match(phrase.strip()) if found is None else None
        person = self.lookup(owned.group(1)) if owned else None
        state = self.get(person.side) if person is not None and person.kind == "person" and person.side else None
        if state is not None and state.kind == "country":
            found = self._by_office.get(_office_key(f"{state.name}'s {owned.group(2)}"))
        if found is None:
            key = self._state_office_key(phrase)
            found = self._by_state_office.get(key) if key else None
        return found

    def get(self, name: str) -> Actor | None:
        return next((a for a in self.actors if a.name == name), None)


# Latin spellings of one Cyrillic name differ in a few regular ways (Andriy/Andrii/Andrey, Sybiha/Sibiga, Umerov/Umerow,
# Yermak/Ermak): each pair is read as one sound, so a name in another transliteration finds its registry person.
_SPELLINGS = (("kh", "x"), ("zh", "z"), ("tch", "c"), ("sch", "s"), ("ch", "c"), ("ts", "c"), ("yu", "u"), ("iu", "u"),
              ("ya", "a"), ("ia", "a"), ("ye", "e"), ("ie", "e"), ("h", "g"), ("w", "v"), ("j", "i"), ("y", "i"),
              ("ii", "i"), ("ei", "i"))


_SURNAME_SPELLING_MIN = 5  # (shorter surnames alone, "Xi", "Ma", read too many other words as a spelling)
_GIVEN_NAME_MIN = 4  # (a typo in a shorter given name, "Jon" for "Jan", is as likely another person)
_GIVEN_NAME_CHANGED_MIN = 6  # a changed letter only in a longer one: "Mario" is not a typo of "Marco", "Macro" is


def one_edit_apart(written: str, name: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped (optimal string alignment distance 1)."""
    if written == name or abs(len(written) - len(name)) > 1:
        return False
    before, row = None, list(range(len(name) + 1))
    for i, a in enumerate(written, 1):
        current = [i] + [0] * len(name)
        for j, b in enumerate(name, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a != b))
            if before is not None and i > 1 and j > 1 and a == name[j - 2] and written[i - 2] == b:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > 1:
            return False  # (stopped once every alignment is two or more apart)
        before, row = row, current
    return row[-1] == 1


def spelling_key(name: str) -> str:
    """One key for the Latin spellings of a name: "Andrey Yermak" and "Andriy Yermak" share it."""
    key = unicodedata.normalize("NFKD", name.casefold())
    key = "".join(c for c in key if not unicodedata.combining(c))
    for spelled, sound in _SPELLINGS:
        key = key.replace(spelled, sound)
    return re.sub(r"(.)\1", r"\1", key)


class RegistryError(ValueError):
    """The registry file is not valid; the message says where."""


@lru_cache(maxsize=8)
def load_registry(path: str | Path = DEFAULT_REGISTRY) -> Registry:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"cannot read actor registry {path}: {exc}") from exc
    actors = [_actor(entry, path) for entry in data.get("actor", [])]
    topics = [
        Topic(t["name"], tuple(t.get("keywords", [])), tuple(t.get("actors", []))) for t in data.get("topic", [])
    ]
    return Registry(actors, topics)


def _actor(entry: dict, path) -> Actor:
    if "name" not in entry or entry.get("kind") not in KINDS:
        raise RegistryError(f"{path}: actor {entry.get('name', '?')!r} needs a name and a kind in {sorted(KINDS)}")
    return Actor(
        name=entry["name"], kind=entry["kind"], aliases=tuple(entry.get("aliases", [])),
        role=entry.get("role", "official"), side=entry.get("side"), surname=entry.get("surname"),
        place_aliases=tuple(entry.get("place_aliases", [])), foreign=_foreign(entry, path),
        titles=tuple(entry.get("titles", [])), offices=_offices(entry, path),
        since=_day(entry, "since", path), until=_day(entry, "until", path), country=entry.get("country"),
    )


def _day(entry: dict, key: str, path) -> date | None:
    value = entry.get(key)
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise RegistryError(f"{path}: actor {entry['name']!r}: {key} must be a date (YYYY-MM-DD)") from exc


_RANK_WORDS = frozenset({"top", "senior", "longtime", "long-time", "veteran", "powerful", "influential"})


_OF_OWNER = re.compile(r"(?:[Tt]he\s+)?([A-Za-z ]+?)\s+of\s+(?:the\s+)?([A-Z][\w ]+)$")
_OWNED = re.compile(r"(?:the\s+)?(.+?)[’']s\s+(.+)$", re.IGNORECASE)


def _office_key(phrase: str) -> str:
    words = re.sub(r"\bPM\b", "prime minister", re.sub(r"[’']", "'", phrase)).replace(".", "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    # "Putin's top foreign policy aide" holds the office "Putin's foreign policy aide"; "deputy" would not
    words = [w for w in words if w.lower() not in _RANK_WORDS]
    # "spokesperson", "spokeswoman" and "spokesman" name one office
    return re.sub(r"\bspokes(?:person|woman)\b", "spokesman", " ".join(words).casefold())


def _offices(entry: dict, path) -> tuple[tuple[str, str], ...]:
    """`[actor.offices]`: the offices that stand for the person when a text names no one ("пресс-секретарь Кремля")."""
    found = []
    languages = ("en", *inflection.LANGUAGES)
    for lang, offices in entry.get("offices", {}).items():
        if lang not in languages or not isinstance(offices, list) or not all(isinstance(o, str) for o in offices):
            raise RegistryError(f"{path}: actor {entry['name']!r}: offices.{lang} must be a list of offices, and the "
                                f"language one of {', '.join(languages)}")
        found += [(lang, office) for office in offices]
    return tuple(found)


def _foreign(entry: dict, path) -> tuple[str, ...]:
    """Every form of the actor's aliases in other languages: `[actor.languages]` maps ru/uk/de/fr to aliases."""
    languages = entry.get("languages", {})
    found: list[str] = []
    for lang, aliases in languages.items():
        if lang not in inflection.LANGUAGES or not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RegistryError(f"{path}: actor {entry['name']!r}: languages.{lang} must be a list of names, and the "
                                f"language one of {', '.join(inflection.LANGUAGES)}")
        for alias in aliases:
            found += inflection.forms(alias, lang)
    return tuple(dict.fromkeys(found))
