"""The outlet registry (`data/outlets.toml`): who publishes under which domain, from where, in which languages,
under what kind of ownership, and with which feeds; and linking an article's URL host (or source name) to it.

Shared by both sides: `ingest.store` links each article when it stores it; the dashboard reads the vocabulary.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from babel import Locale

DEFAULT_OUTLETS = Path(__file__).resolve().parent.parent / "data" / "outlets.toml"
OUTLETS_ENV = "COVERAGE_OUTLETS"  # another registry file (a team's own, or a test's)

# One word each: who owns or controls the outlet, as plainly as the public record allows.
TYPES = {
    "wire": "a news agency selling copy to other outlets (AP, Reuters, AFP, Interfax; state-owned ones too, noted)",
    "public": "a public broadcaster with a legal guarantee of editorial independence (BBC, DW, Suspilne)",
    "state": "owned, funded or controlled by a government without such a guarantee (RT, Xinhua, Al Jazeera)",
    "private": "privately owned and published from its own country (The Guardian, Times of India)",
    "independent": "non-profit, reader-funded or working in exile (Meduza, The Kyiv Independent)",
}
UNLISTED = "unlisted"  # the type of an article whose domain or source is not in the registry
STORED_TYPES = (*TYPES, UNLISTED)

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_FIELDS = {"name", "aliases", "domains", "mirrors", "country", "languages", "type", "feeds", "note"}
_FEED_FIELDS = {"url", "confirmed", "note"}


class OutletError(ValueError):
    """The outlet registry is not valid; the message names the file, the entry and what is wrong, in one line."""


@dataclass(frozen=True)
class Feed:
    url: str
    confirmed: bool  # seen at this address (a stored copy of the feed or a page naming it); False: not checked
    note: str | None = None


@dataclass(frozen=True)
class Outlet:
    name: str
    domains: tuple[str, ...]  # the outlet's own domains; subdomains (www., edition., m.) belong to them
    country: str  # ISO 3166-1 alpha-2
    languages: tuple[str, ...]  # ISO 639-1
    type: str  # one of TYPES
    feeds: tuple[Feed, ...] = ()
    mirrors: tuple[str, ...] = ()  # other domains serving the same site (e.g. to get round blocking)
    note: str | None = None
    aliases: tuple[str, ...] = ()  # other names texts give it ("AP", "Bloomberg News"): one outlet, one name


@dataclass(frozen=True)
class Link:
    """What an article is stored with: its outlet's name, country and type (`unlisted` when not in the registry)."""

    outlet: str
    country: str | None
    type: str


@dataclass(frozen=True)
class Outlets:
    outlets: tuple[Outlet, ...]

    def __post_init__(self):
        by_domain, by_name = {}, {}
        for outlet in self.outlets:
            for domain in (*outlet.domains, *outlet.mirrors):
                by_domain[domain] = outlet
            for name in (outlet.name, *outlet.aliases):
                by_name[name.casefold()] = outlet
        object.__setattr__(self, "_by_domain", by_domain)
        object.__setattr__(self, "_by_name", by_name)

    def for_host(self, host: str) -> Outlet | None:
        """The outlet whose domain is the host or a parent of it (`edition.cnn.com` -> cnn.com); the longest wins."""
        parts = _clean_host(host).split(".")
        for i in range(len(parts) - 1):
            found = self._by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def link(self, url: str | None, source: str | None = None) -> Link | None:
        """The outlet of an article: by its URL's host, else by its source (an outlet's name or domain); an unknown
        host or source is its own outlet of type `unlisted`; None when the article has neither."""
        host = _clean_host(urlsplit(url).hostname or "") if url and "://" in url else ""
        if host:
            found = self.for_host(host)
            return _link(found) if found else Link(host.removeprefix("www."), None, UNLISTED)
        name = (source or "").strip()
        if not name:
            return None
        found = self._by_name.get(name.casefold()) or self.for_host(name)
        return _link(found) if found else Link(name[:200], None, UNLISTED)

    def named(self, name: str | None) -> str | None:
        """The registry's spelling of an outlet named in a text ("Tass" -> "TASS"), or None."""
        found = self._by_name.get(name.strip().casefold()) if name else None
        return found.name if found else None

    def named_in_full(self, name: str | None, text: str) -> str | None:
        """The outlet a text calls by the end of its name ("the Post") after naming it in full ("The Washington
        Post"): the one registered outlet whose full name ends so and stands in the text, else None."""
        if not name or " " in name.strip():
            return None
        tail = " " + name.strip().casefold()
        found = {o.name for o in self.outlets for full in (o.name, *o.aliases)
                 if full.casefold().endswith(tail) and full.removeprefix("The ") in text}
        return found.pop() if len(found) == 1 else None

    def countries(self) -> list[str]:
        return sorted({o.country for o in self.outlets})

    def languages(self) -> list[str]:
        return sorted({lang for o in self.outlets for lang in o.languages})


def _link(outlet: Outlet) -> Link:
    return Link(outlet.name, outlet.country, outlet.type)


def _clean_host(host: str) -> str:
    return host.strip().lower().rstrip(".").split(":")[0]


@lru_cache(maxsize=8)
def load_outlets(path: str | Path | None = None) -> Outlets:
    """Read and check the registry (default `$COVERAGE_OUTLETS`, else data/outlets.toml); an OutletError names
    the first wrong entry."""
    path = path or os.environ.get(OUTLETS_ENV) or DEFAULT_OUTLETS
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise OutletError(f"cannot read outlet registry {path}: {exc}") from exc
    outlets, owners = [], {}
    for number, entry in enumerate(data.get("outlet", []), 1):
        outlet = _outlet(entry, f"{path}: outlet #{number} ({entry.get('name', 'no name')!r})")
        for domain in (*outlet.domains, *outlet.mirrors):
            if domain in owners:
                raise OutletError(f"{path}: outlet #{number} ({outlet.name!r}): domain {domain!r} is already"
                                  f" {owners[domain]!r}'s; list each domain once")
            owners[domain] = outlet.name
        outlets.append(outlet)
    return Outlets(tuple(outlets))


def _outlet(entry: dict, where: str) -> Outlet:
    def wrong(what: str) -> OutletError:
        return OutletError(f"{where}: {what}")

    unknown = set(entry) - _FIELDS
    if unknown:
        raise wrong(f"unknown field {sorted(unknown)[0]!r} (fields: {', '.join(sorted(_FIELDS))})")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise wrong("needs a name")
    domains = _strings(entry, "domains", wrong, required=True)
    aliases = _strings(entry, "aliases", wrong)
    mirrors = _strings(entry, "mirrors", wrong)
    for domain in (*domains, *mirrors):
        if not _HOST.match(domain):
            raise wrong(f"{domain!r} is not a domain (lower case, no scheme or path, e.g. 'bbc.co.uk')")
    country = entry.get("country")
    if not isinstance(country, str) or not _is_country(country):
        raise wrong(f"country {country!r} is not an ISO 3166-1 alpha-2 code (e.g. 'UA', 'GB')")
    languages = _strings(entry, "languages", wrong, required=True)
    for language in languages:
        if not _is_language(language):
            raise wrong(f"language {language!r} is not an ISO 639-1 code (e.g. 'en', 'uk')")
    kind = entry.get("type")
    if kind not in TYPES:
        raise wrong(f"type {kind!r} is not one of {', '.join(TYPES)}")
    feeds = entry.get("feeds", [])
    if not isinstance(feeds, list):
        raise wrong("feeds must be a list of {url, confirmed} tables")
    return Outlet(name.strip(), domains, country, languages, kind, tuple(_feed(f, wrong) for f in feeds), mirrors,
                  entry.get("note"), aliases)


def _feed(entry, wrong) -> Feed:
    if not isinstance(entry, dict) or set(entry) - _FEED_FIELDS:
        raise wrong(f"a feed must be {{url = ..., confirmed = true|false}}, not {entry!r}")
    url = entry.get("url")
    if not isinstance(url, str) or not re.match(r"^https?://[^/\s]+\.[^/\s]+", url):
        raise wrong(f"feed url {url!r} is not an http(s) address")
    if not isinstance(entry.get("confirmed"), bool):
        raise wrong(f"feed {url} needs confirmed = true or false (false when nobody has seen it at that address)")
    return Feed(url, entry["confirmed"], entry.get("note"))


def _strings(entry: dict, key: str, wrong, *, required: bool = False) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or (required and not value):
        raise wrong(f"{key} must be a {'non-empty ' if required else ''}list of strings")
    return tuple(value)


@lru_cache(maxsize=1)
def _iso_countries() -> frozenset[str]:
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


@lru_cache(maxsize=1)
def _iso_languages() -> frozenset[str]:
    return frozenset(code for code in Locale("en").languages if len(code) == 2 and code.isalpha())


def _is_country(code: str) -> bool:
    return code in _iso_countries()


def _is_language(code: str) -> bool:
    return code in _iso_languages()
