"""The view's state as one dataclass, and its round trip to and from the URL query string.

Short readable names (`from`, `to`, `actor`, `speaker`, ...) so a link reproduces the view exactly.
`dashboard.queries` turns a `View` into SQL conditions; nothing here touches the database or streamlit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Mapping
from urllib.parse import quote, urlencode

from storage import search
from storage.outlets import STORED_TYPES

GRAINS = ("day", "week", "month")
MEASURES = ("count", "share", "mentions")
WIRE = ("once", "all")
ROLES = ("official", "expert", "other")
QUOTE_KINDS = ("direct", "indirect")
STATEMENT_KINDS = ("proposal", "agreement", "acceptance", "rejection", "condition", "violation", "threat", "statement")
MARKS = ("all", "mentions", "quotes", "statements")
OUTLET_TYPES = STORED_TYPES  # wire, public, state, private, independent, unlisted (see data/outlets.toml)
GROUPS = ("country", "otype", "lang", "outlet")  # what the articles can be counted by
MAX_GROUPS = 4  # the Outlets page compares two to four groups side by side
VOICE_BANDS = ("side", "role")  # the Voices page splits the quotes by the speaker's side or role
VOICE_UNITS = ("quotes", "words")  # ... counting quotes or quoted words
VOICE_SIDES = ("Russia", "Ukraine", "United States", "Europe")  # registry sides with a band of their own
# The bands, in drawing order: any other side (or none) is "other"; a quote without a speaker is "unattributed".
VOICE_BAND_NAMES = {"side": (*VOICE_SIDES, "other", "unattributed"),
                    "role": ("official", "expert", "other", "unattributed")}
DEFAULT_MIN_CONFIDENCE = 0.5  # expert stances below this are hidden on the Experts page unless the analyst asks

# The URL name of each field; tuples are repeatable (`actor=A&actor=B` or `actor=A,B`).
PARAM_NAMES = {
    "date_from": "from",
    "date_to": "to",
    "actors": "actor",
    "speaker": "speaker",
    "sources": "source",
    "country": "country",
    "otype": "otype",
    "lang": "lang",
    "kinds": "kind",
    "q": "q",
    "topic": "topic",
    "present": "present",
    "grain": "grain",
    "measure": "measure",
    "wire": "wire",
    "role": "role",
    "expert": "expert",
    "article": "article",
    "quote": "quote",
    "statement": "statement",
    "page": "page",
    "mark": "mark",
    "group": "group",
    "pick": "pick",
    "at": "at",
    "also": "also",
    "minconf": "minconf",
    "ref": "ref",
    "compare": "compare",
    "within": "within",
    "by": "by",
    "unit": "unit",
    "band": "band",
    "events": "events",
    "deck": "deck",
    "slide": "slide",
}


@dataclass(frozen=True)
class View:
    """Everything a page shows depends on these fields and nothing else."""

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    speaker: str | None = None
    sources: tuple[str, ...] = ()
    country: tuple[str, ...] = ()  # the outlets' countries (ISO 3166-1 alpha-2)
    otype: tuple[str, ...] = ()  # the outlets' types (OUTLET_TYPES)
    lang: tuple[str, ...] = ()  # the articles' languages (ISO 639-1)
    kinds: tuple[str, ...] = ()
    q: str = ""
    topic: str | None = None
    present: bool = False
    grain: str = "week"
    measure: str = "count"
    wire: str = "once"
    role: str | None = None
    expert: str | None = None
    article: int | None = None
    quote: int | None = None
    statement: int | None = None
    page: int = 1
    mark: str = "all"
    group: str = "country"  # the articles counted by outlet country, outlet type, language or outlet
    pick: str | None = None  # the actor whose sentences are shown (actors page drill-down)
    at: date | None = None  # the period they come from
    also: str | None = None  # a second actor the articles must mention (a co-occurrence cell)
    minconf: float = DEFAULT_MIN_CONFIDENCE  # expert stances below this confidence are hidden (0 shows all)
    ref: str | None = None  # a discover query whose "all coverage the index saw" is drawn beside the corpus (Actors)
    compare: tuple[str, ...] = ()  # groups of articles compared side by side, each `FIELD:VALUE` (see `Group`)
    within: str | None = None  # the group whose sentences are shown (an Outlets or Voices drill-down)
    by: str = "side"  # the Voices page's bands: the speaker's side or role
    unit: str = "quotes"  # ... measured in quotes or in quoted words
    band: str | None = None  # the band whose quotes are shown (a Voices drill-down)
    events: bool = True  # dated events of the talks drawn on every time axis (`events=0` hides them)
    deck: str | None = None  # a presenter deck being shown (`/?deck=NAME&present=1`)
    slide: int = 1  # ... at this view of it (1 for the first)

    @property
    def wire_once(self) -> bool:
        return self.wire == "once"

    def to_params(self) -> dict[str, str | list[str]]:
        """Only the fields that differ from the defaults, so links stay short."""
        default = View()
        params: dict[str, str | list[str]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            params[PARAM_NAMES[f.name]] = _format(value)
        return params

    def query_string(self) -> str:
        return urlencode(self.to_params(), doseq=True, quote_via=quote)

    def with_(self, **changes) -> View:
        return replace(self, **changes)


def from_params(params: Mapping[str, str | list[str]]) -> View:
    """A View from query parameters; unknown names are ignored and bad values fall back to defaults."""
    values = {}
    for f in fields(View):
        raw = params.get(PARAM_NAMES[f.name])
        if raw is None or raw == [] or raw == "":
            continue
        parsed = _PARSERS[f.name](_as_list(raw))
        if parsed is not None:
            values[f.name] = parsed
    return View(**values)


@dataclass(frozen=True)
class Group:
    """A group of articles to compare: those whose outlet country, outlet type, language or outlet is `value`."""

    field: str  # one of GROUPS
    value: str

    @property
    def spec(self) -> str:
        """How the URL writes it: `country:RU`."""
        return f"{self.field}:{self.value}"

    @property
    def label(self) -> str:
        return f"{GROUP_WORDS[self.field]} {self.value}"


GROUP_WORDS = {"country": "Country", "otype": "Type", "lang": "Language", "outlet": "Outlet"}


def parse_group(text: str) -> Group | None:
    """`country:ru` -> Group("country", "RU"); None when the field is unknown or the value is not one it takes."""
    field, _, value = text.strip().partition(":")
    field, value = field.strip().lower(), value.strip()
    if field == "outlet" and value:
        return Group(field, value)
    parsers = {"country": _codes(2, str.upper), "lang": _codes(2, str.lower), "otype": _choices(OUTLET_TYPES)}
    parsed = parsers[field]([value]) if field in parsers and value else None
    return Group(field, parsed[0]) if parsed else None


def groups(view: View) -> list[Group]:
    """The view's compared groups, in the link's order."""
    return [group for group in map(parse_group, view.compare) if group is not None]


def link(page_url: str, view: View) -> str:
    """The shareable address of a view: the page's URL and the view's query string."""
    query = view.query_string()
    return f"{page_url}?{query}" if query else page_url


# How each filter reads in the one line naming the active filters (presenter mode); drill-downs are shown, not named.
FILTER_WORDS = {
    "date_from": "from", "date_to": "to", "actors": "actor", "speaker": "speaker", "sources": "outlet",
    "kinds": "kind", "q": "words", "topic": "topic", "role": "role", "wire": "wire stories",
    "minconf": "stance confidence ≥", "compare": "comparing",
}


def describe(view: View) -> str:
    """The filters that narrow this view, in one line ("speaker Vladimir Putin · from 2025-03-01"), or ""."""
    default = View()
    parts = []
    for name, word in FILTER_WORDS.items():
        value = getattr(view, name)
        if value == getattr(default, name):
            continue
        if name == "wire":
            value = "every copy"
        elif name == "q":
            value = f"“{value}”"
        shown = ", ".join(value) if isinstance(value, tuple) else str(value)
        parts.append(f"{word} {shown}")
    return " · ".join(parts)


# Characters a search ignores in the text and in the words searched for: hyphens of every kind and the soft
# hyphen, so "ceasefire", "cease-fire" and "cease‑fire" find one another (the full-text index drops them too).
SEARCH_IGNORED = search.IGNORED
# Spellings of one word: searching any of them finds all (after hyphens are dropped and letters lowered).
SPELLINGS = (
    ("ceasefire", "cease fire"), ("kyiv", "kiev"), ("zelensky", "zelenskyy", "zelenskiy"), ("defence", "defense"),
    ("offence", "offense"), ("organisation", "organization"), ("recognise", "recognize"),
    ("normalise", "normalize"), ("harbour", "harbor"), ("favour", "favor"), ("programme", "program"),
)


def search_forms(needle: str) -> list[str]:
    """The forms a search for `needle` looks for in text normalised the same way (lowered, no hyphens): the
    needle itself and, for each known spelling it contains, the needle with every other spelling."""
    base = needle.strip().lower()
    for char in SEARCH_IGNORED:
        base = base.replace(char, "")
    forms = [base]
    for group in SPELLINGS:
        # The longest spelling found stands for the group ("zelenskyy", not the "zelensky" inside it).
        found = next((word for word in sorted(group, key=len, reverse=True) if word in base), None)
        if found:
            forms += [form.replace(found, other) for form in forms for other in group if other != found]
    return list(dict.fromkeys(forms))


@dataclass(frozen=True)
class Term:
    """One thing a search asks for: a word, a "quoted phrase" or a prefix* (its last word begun), in each of its
    spellings (`search_forms`), each spelling as its words (lowered, without hyphens)."""

    forms: tuple[tuple[str, ...], ...]
    prefix: bool = False


# A quoted phrase (an unclosed quote runs to the end), with a * after it for a prefix; or anything up to a space.
_QUERY_PART = re.compile(r'"([^"]*)(?:"|$)(\*?)|([^\s"]+)')
_WORD = re.compile(r"[^\W_]+")
# Spellings of more than one word, found as a phrase even when not quoted ("cease fire").
_SPELLED_PHRASES = {tuple(form.split()) for group in SPELLINGS for form in group if " " in form}


def search_terms(q: str) -> list[Term]:
    """The terms of a search, every one of which a row must hold: quotes make a phrase, a trailing * a prefix,
    and everything else is a word. Nothing the user types is search syntax: AND, OR, NEAR( and stray quotes or
    stars are words or nothing."""
    parts: list[tuple[tuple[str, ...], bool, bool]] = []  # words, prefix, quoted
    for match in _QUERY_PART.finditer(q or ""):
        quoted, star, bare = match.groups()
        raw = quoted if bare is None else bare
        words = tuple(_WORD.findall(search.normalise(raw).lower()))
        if words:
            parts.append((words, bool(star) if bare is None else bare.endswith("*"), bare is None))
    terms, index = [], 0
    while index < len(parts):
        words, prefix, quoted = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else None
        if not quoted and following and not following[2] and not prefix and words + following[0] in _SPELLED_PHRASES:
            words, prefix, index = words + following[0], following[1], index + 1
        forms = tuple(dict.fromkeys(tuple(form.split()) for form in search_forms(" ".join(words))))
        terms.append(Term(forms, prefix))
        index += 1
    return terms


def search_problem(q: str) -> str | None:
    """One line saying why a search cannot run (it has no word to look for), or None."""
    if q and q.strip() and not search_terms(q):
        return f"“{q.strip()}” has no word to search for: type words, a \"quoted phrase\" or a prefix*."
    return None


def period_end(start: date, grain: str) -> date:
    """The first day after the day, week or month that begins on `start`."""
    if grain == "day":
        return start + timedelta(days=1)
    if grain == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def _as_list(raw: str | list[str]) -> list[str]:
    items = raw if isinstance(raw, list) else [raw]
    return [item for item in items if item != ""]


def _format(value) -> str | list[str]:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _last(items: list[str]) -> str | None:
    return items[-1].strip() if items else None


def _date(items: list[str]) -> date | None:
    try:
        return date.fromisoformat(_last(items) or "")
    except ValueError:
        return None


def _names(items: list[str]) -> tuple[str, ...] | None:
    # Commas split only when a single value is given, so `actor=A,B` works as a short form.
    parts = items[0].split(",") if len(items) == 1 else items
    names = tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))
    return names or None


def _choice(allowed: tuple[str, ...]):
    def parse(items: list[str]) -> str | None:
        value = (_last(items) or "").lower()
        return value if value in allowed else None
    return parse


def _choices(allowed: tuple[str, ...]):
    def parse(items: list[str]) -> tuple[str, ...] | None:
        names = _names(items) or ()
        kept = tuple(n.lower() for n in names if n.lower() in allowed)
        return kept or None
    return parse


def _codes(length: int, case):
    """ISO codes of `length` letters (countries upper case, languages lower case); others are dropped."""
    def parse(items: list[str]) -> tuple[str, ...] | None:
        kept = tuple(case(n) for n in _names(items) or () if len(n) == length and n.isascii() and n.isalpha())
        return kept or None
    return parse


def _positive_int(items: list[str]) -> int | None:
    value = _last(items) or ""
    return int(value) if value.isdigit() and int(value) > 0 else None


def _flag(items: list[str]) -> bool | None:
    return (_last(items) or "").lower() in {"1", "true", "yes", "on"} or None


def _switch(items: list[str]) -> bool | None:
    """On unless the link says off (`events=0`)."""
    value = (_last(items) or "").lower()
    if value in {"0", "false", "no", "off"}:
        return False
    return True if value in {"1", "true", "yes", "on"} else None


def _groups(items: list[str]) -> tuple[str, ...] | None:
    """`country:RU,otype:wire`: the groups written the one way (`Group.spec`); a wrong one is dropped, a fifth
    and later ignored."""
    found = [group.spec for group in map(parse_group, _names(items) or ()) if group is not None]
    return tuple(dict.fromkeys(found))[:MAX_GROUPS] or None


def _group(items: list[str]) -> str | None:
    group = parse_group(_last(items) or "")
    return group.spec if group else None


def _text(items: list[str]) -> str | None:
    return _last(items) or None


def _fraction(items: list[str]) -> float | None:
    try:
        value = float(_last(items) or "")
    except ValueError:
        return None
    return round(value, 2) if 0 <= value <= 1 else None


_PARSERS = {
    "date_from": _date,
    "date_to": _date,
    "actors": _names,
    "speaker": _text,
    "sources": _names,
    "country": _codes(2, str.upper),
    "otype": _choices(OUTLET_TYPES),
    "lang": _codes(2, str.lower),
    "kinds": _choices(QUOTE_KINDS + STATEMENT_KINDS),
    "q": _text,
    "topic": _text,
    "present": _flag,
    "grain": _choice(GRAINS),
    "measure": _choice(MEASURES),
    "wire": _choice(WIRE),
    "role": _choice(ROLES),
    "expert": _text,
    "article": _positive_int,
    "quote": _positive_int,
    "statement": _positive_int,
    "page": _positive_int,
    "mark": _choice(MARKS),
    "group": _choice(GROUPS),
    "pick": _text,
    "at": _date,
    "also": _text,
    "minconf": _fraction,
    "ref": _text,
    "compare": _groups,
    "within": _group,
    "by": _choice(VOICE_BANDS),
    "unit": _choice(VOICE_UNITS),
    "band": _text,
    "events": _switch,
    "deck": _text,
    "slide": _positive_int,
}
