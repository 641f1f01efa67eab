"""A synthetic store for comparing outlets and counting voices: thirteen made-up articles from four invented
outlets in four countries and languages (five from a Russian state outlet, five from a Ukrainian private one, two
from a US wire and one German copy of a wire story), quoting invented speakers from the registry's sides.

Everything here is invented for the tests (outlets, people, words); the texts are English whatever language the
article is labelled with. The hand counts the tests check are in `EXPECTED`, worked out from the documents below.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from dashboard_fixture import Doc, build as build_store

ACTORS = {  # name -> kind, role, side
    "Russia": ("country", "official", "Russia"),
    "Ukraine": ("country", "official", "Ukraine"),
    "United States": ("country", "official", "United States"),
    "Ivan Sidorov": ("person", "official", "Russia"),
    "Oksana Melnyk": ("person", "official", "Ukraine"),
    "Greta Hansen": ("person", "official", "Europe"),
    "Paul Archer": ("person", "expert", None),
}
OUTLETS = {  # source -> outlet, country, type
    "Moscow Courier": ("Moscow Courier", "RU", "state"),
    "Kyiv Herald": ("Kyiv Herald", "UA", "private"),
    "Atlantic Wire": ("Atlantic Wire", "US", "wire"),
    "Berlin Post": ("Berlin Post", "DE", "public"),
}
LANGUAGES = {"Moscow Courier": "ru", "Kyiv Herald": "uk", "Atlantic Wire": "en", "Berlin Post": "de"}


def doc(day: date, source: str, title: str, text: str, quotes, statements=(), experts=(), story_of=None) -> Doc:
    mentions = [(name, name) for name in ACTORS if name in text]
    slug = title.lower().replace(" ", "-")
    return Doc(day, source, title, text, mentions, list(quotes), list(statements), list(experts), story_of,
               url=f"https://example.org/{source.lower().replace(' ', '-')}/{slug}", language=LANGUAGES[source])


WIRE_TEXT = ("The United States urged Russia and Ukraine to talk. \"Both sides must compromise,\" a diplomat said. "
             "\"Talks must start now,\" Ivan Sidorov said.")

DOCS = [
    # 1-5: Moscow Courier (RU, state, ru)
    doc(date(2025, 3, 3), "Moscow Courier", "Russia wants talks",
        "Russia wants talks. \"We are ready for a fair deal,\" Ivan Sidorov said. Officials said the offer stands.",
        [("direct", "We are ready for a fair deal,", "Ivan Sidorov", "official"),
         ("indirect", "the offer stands", None, "other")],
        [("Russia", "proposal", "2025-03-03", "day", "explicit", "Russia wants talks.")]),
    doc(date(2025, 3, 10), "Moscow Courier", "Envoys meet",
        "Ivan Sidorov met envoys. Russia and Ukraine exchanged lists. \"Progress is slow,\" Ivan Sidorov said.",
        [("direct", "Progress is slow,", "Ivan Sidorov", "official")]),
    doc(date(2025, 3, 17), "Moscow Courier", "Plan rejected",
        "Russia rejected the truce plan. \"The plan ignores our interests,\" Ivan Sidorov said.",
        [("direct", "The plan ignores our interests,", "Ivan Sidorov", "official")],
        [("Russia", "rejection", "2025-03-17", "day", "explicit", "Russia rejected the truce plan.")]),
    doc(date(2025, 4, 7), "Moscow Courier", "An analyst visits",
        "Russia hosted Paul Archer. Paul Archer, an analyst, said Russia holds the advantage. "
        "Ivan Sidorov thanked him.",
        [("indirect", "Russia holds the advantage", "Paul Archer", "expert")],
        experts=[("Paul Archer", "an analyst",
                  [("Russia", "supportive", "Paul Archer, an analyst, said Russia holds the advantage.")])]),
    doc(date(2025, 4, 14), "Moscow Courier", "Nothing agreed",
        "Ivan Sidorov spoke to United States envoys. Russia said talks continue. \"Nothing is agreed,\" an aide said.",
        [("indirect", "talks continue", "Russia", "official"), ("direct", "Nothing is agreed,", None, "other")]),
    # 6-10: Kyiv Herald (UA, private, uk)
    doc(date(2025, 3, 4), "Kyiv Herald", "Plan accepted",
        "Ukraine accepted the truce plan. \"We want a real ceasefire,\" Oksana Melnyk said.",
        [("direct", "We want a real ceasefire,", "Oksana Melnyk", "official")],
        [("Ukraine", "acceptance", "2025-03-04", "day", "explicit", "Ukraine accepted the truce plan.")]),
    doc(date(2025, 3, 11), "Kyiv Herald", "Europe asked",
        "Ukraine asked Europe for help. \"Europe stands with Ukraine,\" Greta Hansen said.",
        [("direct", "Europe stands with Ukraine,", "Greta Hansen", "official")]),
    doc(date(2025, 3, 18), "Kyiv Herald", "Overnight strikes",
        "Russia struck Ukraine overnight. Officials said the strikes broke the pause. "
        "\"Russia cannot be trusted,\" Oksana Melnyk said.",
        [("indirect", "the strikes broke the pause", None, "other"),
         ("direct", "Russia cannot be trusted,", "Oksana Melnyk", "official")],
        [("Russia", "violation", "2025-03-18", "day", "explicit", "Russia struck Ukraine overnight.")]),
    doc(date(2025, 4, 8), "Kyiv Herald", "Allies meet",
        "Ukraine and the United States met. Paul Archer, an analyst, said Ukraine deserves support.",
        [("indirect", "Ukraine deserves support", "Paul Archer", "expert")],
        experts=[("Paul Archer", "an analyst",
                  [("Ukraine", "supportive", "Paul Archer, an analyst, said Ukraine deserves support.")])]),
    doc(date(2025, 4, 15), "Kyiv Herald", "No land",
        "Ukraine waits for Russia. \"We will not give up land,\" Oksana Melnyk said.",
        [("direct", "We will not give up land,", "Oksana Melnyk", "official")]),
    # 11-12: Atlantic Wire (US, wire, en); 13: Berlin Post's copy of 11 (DE, public, de)
    doc(date(2025, 3, 5), "Atlantic Wire", "Both sides urged", WIRE_TEXT,
        [("direct", "Both sides must compromise,", None, "other"),
         ("direct", "Talks must start now,", "Ivan Sidorov", "official")]),
    doc(date(2025, 4, 9), "Atlantic Wire", "A framework",
        "The United States proposed a framework. \"This is a good start,\" Oksana Melnyk said.",
        [("direct", "This is a good start,", "Oksana Melnyk", "official")],
        [("United States", "proposal", "2025-04-09", "day", "explicit", "The United States proposed a framework.")]),
    doc(date(2025, 3, 5), "Berlin Post", "Both sides urged (copy)", WIRE_TEXT + " Translated by the desk.",
        [("direct", "Both sides must compromise,", None, "other"),
         ("direct", "Talks must start now,", "Ivan Sidorov", "official")], story_of=11),
]

# Counted by hand from DOCS (wire copies once, the default): what the pages must show.
EXPECTED = {
    # articles of each country group mentioning each actor (k of n)
    "actors": {("country:RU", "Russia"): (5, 5), ("country:UA", "Russia"): (2, 5),
               ("country:RU", "Ivan Sidorov"): (5, 5), ("country:UA", "Ivan Sidorov"): (0, 5),
               ("country:RU", "Ukraine"): (1, 5), ("country:UA", "Ukraine"): (5, 5)},
    # quotes by side: Sidorov x4 and Russia itself; Melnyk x4; Hansen; Archer x2 (no side); four without a speaker
    "side_quotes": {"Russia": 5, "Ukraine": 4, "Europe": 1, "other": 2, "unattributed": 4},
    "side_words": {"Russia": 7 + 3 + 5 + 4 + 2, "Ukraine": 5 + 4 + 6 + 5, "Europe": 4, "other": 4 + 3,
                   "unattributed": 3 + 3 + 5 + 4},
    "role_quotes": {"official": 10, "expert": 2, "unattributed": 4},
}


def build(path: Path) -> Path:
    return build_store(path, DOCS, ACTORS, OUTLETS)
