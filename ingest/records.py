"""The plain records that flow through the pipeline: a parsed article and what extraction finds in it.

Every extracted record carries character offsets into `Article.text`, so any number can be traced
back to its sentence.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime


@dataclass
class Article:
    """One article after parsing: the clean body and its metadata."""

    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    path: str | None = None
    fetched_at: datetime | None = None


@dataclass
class Span:
    """A piece of the article text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass
class Mention:
    """One surface mention of an actor ("President Trump", "Kremlin")."""

    actor: str
    kind: str
    start: int
    end: int
    surface: str


@dataclass
class Quote:
    """A direct or indirect quote; `start`/`end` cover the quoted words (both parts of a split quote)."""

    kind: str  # "direct" | "indirect"
    text: str
    speaker: str | None
    speaker_role: str  # "official" | "expert" | "other"
    speaker_description: str | None
    start: int
    end: int


@dataclass
class Stance:
    """An expert's stance toward a side (or, for the outlook, toward a deal) with its evidence."""

    target: str  # "Russia", "Ukraine", "United States", "Europe", or "deal" for the outlook
    stance: str  # critical | supportive | neutral; for "deal": optimistic | pessimistic | uncertain
    confidence: float
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Expert:
    """A non-official commentator quoted in the article."""

    name: str
    description: str | None
    stances: list[Stance] = field(default_factory=list)
    outlook: Stance | None = None


@dataclass
class Statement:
    """A dated sentence in which an actor acts on a ceasefire, truce, peace deal or the talks."""

    date: str  # "YYYY-MM-DD" or "YYYY-MM"
    date_precision: str  # "day" | "month"
    date_basis: str  # "explicit" | "weekday" | "relative" | "context"
    actor: str  # canonical name; several joined by "; "
    kind: str  # proposal | agreement | acceptance | rejection | condition | violation | threat | statement
    text: str
    start: int
    end: int


@dataclass
class Extraction:
    """Everything extraction finds in one article."""

    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    experts: list[Expert] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    topics: dict[str, float] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)  # named people outside the registry


def mentions_by_actor(mentions: list[Mention]) -> list[dict]:
    """The `analyze` contract's shape: one entry per actor with its count and spans."""
    grouped: dict[str, dict] = {}
    for m in mentions:
        entry = grouped.setdefault(m.actor, {"actor": m.actor, "kind": m.kind, "count": 0, "spans": []})
        entry["count"] += 1
        entry["spans"].append([m.start, m.end])
    return sorted(grouped.values(), key=lambda e: (-e["count"], e["actor"]))


def as_json(extraction: Extraction) -> dict:
    """The extraction lists as the `analyze` command prints them."""
    return {
        "mentions": mentions_by_actor(extraction.mentions),
        "quotes": [asdict(q) for q in extraction.quotes],
        "experts": [asdict(e) for e in extraction.experts],
        "statements": [asdict(s) for s in extraction.statements],
        "topics": extraction.topics,
    }


@dataclass
class Person:
    """A named person found in the text (registry or not), with how the text describes them."""

    name: str  # canonical: the registry's name, else the fullest form in the text ("Mark N. Katz")
    description: str | None  # "a Russia foreign policy expert", "Professor ... of Boise State University"
    role: str  # official | expert | other
    spans: list[tuple[int, int]] = field(default_factory=list)  # every mention, full or surname
    in_registry: bool = False
