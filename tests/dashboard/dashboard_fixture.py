"""A small store with known numbers, written straight through `storage.schema` into a real SQLite file.

Six articles (one an AP wire copy of a Reuters story, one carrying hostile markup), each with its outlet's
country and type as the registry would link them (the Kyiv Post one labelled Ukrainian), their mentions,
quotes (three by Andrew Roth), two experts with stances, and five dated statements plus the copy's.
Offsets are computed from the texts, so every record points at real characters. The articles, quotes
and experts are made up for the tests (synthetic, even where a real official is named); they are never
shown to users.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert

from ingest import search_index, summaries
from storage import schema
from storage.engine import open_engine

ACTORS = {
    "Russia": ("country", "official", "Russia"),
    "Ukraine": ("country", "official", "Ukraine"),
    "United States": ("country", "official", "United States"),
    "Donald Trump": ("person", "official", "United States"),
    "Vladimir Putin": ("person", "official", "Russia"),
    "Andrew Roth": ("person", "other", None),
    "Olena Petrova": ("person", "other", None),
    "Mark N. Katz": ("person", "expert", None),
    "Jane Doe": ("person", "expert", None),
}
HOSTILE_TITLE = "<script>alert('t')</script> Ceasefire watch"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"

LOW_CONFIDENCE = 0.4  # the one neutral stance: under the Experts page's default threshold


@dataclass
class Doc:
    published: date
    source: str
    title: str
    text: str
    mentions: list[tuple[str, str]]  # (surface, actor): every occurrence of the surface is a mention
    quotes: list[tuple[str, str, str | None, str]]  # (kind, words, speaker, role)
    statements: list[tuple[str, str, str, str, str, str]]  # (actor, kind, date, precision, basis, sentence)
    experts: list[tuple[str, str, list[tuple[str, str, str]]]] = field(default_factory=list)
    story_of: int | None = None  # 1-based index of the original when this is a wire copy
    url: str | None = None
    language: str = "en"


OUTLETS = {  # source -> (outlet, country, type)
    "Guardian": ("The Guardian", "GB", "private"), "Reuters": ("Reuters", "GB", "wire"),
    "AP": ("Associated Press", "US", "wire"), "Kyiv Post": ("Kyiv Post", "UA", "private"),
}


DOCS = [
    Doc(date(2025, 3, 3), "Guardian", "Talks begin in Riyadh",
        "Russia and Ukraine sent delegations to Riyadh on Monday. Donald Trump proposed a 30-day ceasefire "
        "on Sunday. \"We are listening to both sides,\" Andrew Roth said.",
        [("Russia", "Russia"), ("Ukraine", "Ukraine"), ("Donald Trump", "Donald Trump")],
        [("direct", "We are listening to both sides,", "Andrew Roth", "other")],
        [("Donald Trump", "proposal", "2025-03-02", "day", "weekday",
          "Donald Trump proposed a 30-day ceasefire on Sunday.")],
        url="https://example.org/guardian/talks-begin"),
    Doc(date(2025, 3, 5), "Reuters", "Kremlin cool on truce",
        "Vladimir Putin rejected the truce in March. Russia said it needs guarantees. "
        "Mark N. Katz, a professor, said Russia is stalling the talks.",
        [("Vladimir Putin", "Vladimir Putin"), ("Russia", "Russia")],
        [("indirect", "it needs guarantees", "Russia", "official"),
         ("indirect", "Russia is stalling the talks", "Mark N. Katz", "expert")],
        [("Vladimir Putin", "rejection", "2025-03", "month", "explicit", "Vladimir Putin rejected the truce in March.")],
        experts=[("Mark N. Katz", "a professor",
                  [("Russia", "critical", "Mark N. Katz, a professor, said Russia is stalling the talks.")])],
        url="https://example.org/reuters/kremlin-cool"),
    Doc(date(2025, 3, 5), "AP", "Kremlin cool on truce (AP)",
        "Vladimir Putin rejected the truce in March. Russia said it needs guarantees.",
        [("Vladimir Putin", "Vladimir Putin"), ("Russia", "Russia")],
        [("indirect", "it needs guarantees", "Russia", "official")],
        [("Vladimir Putin", "rejection", "2025-03", "month", "explicit", "Vladimir Putin rejected the truce in March.")],
        story_of=2, url="https://example.org/ap/kremlin-cool"),
    Doc(date(2025, 4, 10), "Guardian", "Kyiv accepts US plan",
        "Ukraine accepted the United States plan on Wednesday. \"This is a serious step,\" Andrew Roth said. "
        "Andrew Roth said the mood in Kyiv was cautious. Mark N. Katz said Ukraine deserves support and a deal "
        "looks unlikely. Jane Doe, an analyst, said Russia was acting predictably. Donald Trump welcomed the news.",
        [("Ukraine", "Ukraine"), ("United States", "United States"), ("Donald Trump", "Donald Trump"),
         ("Russia", "Russia")],
        [("direct", "This is a serious step,", "Andrew Roth", "other"),
         ("indirect", "the mood in Kyiv was cautious", "Andrew Roth", "other"),
         ("indirect", "Ukraine deserves support and a deal looks unlikely", "Mark N. Katz", "expert"),
         ("indirect", "Russia was acting predictably", "Jane Doe", "expert")],
        [("Ukraine", "acceptance", "2025-04-09", "day", "weekday", "Ukraine accepted the United States plan on Wednesday.")],
        experts=[
            ("Mark N. Katz", "a professor", [
                ("Ukraine", "supportive", "Mark N. Katz said Ukraine deserves support and a deal looks unlikely."),
                ("deal", "pessimistic", "Mark N. Katz said Ukraine deserves support and a deal looks unlikely."),
            ]),
            ("Jane Doe", "an analyst", [("Russia", "neutral", "Jane Doe, an analyst, said Russia was acting predictably.")]),
        ],
        url="https://example.org/guardian/kyiv-accepts"),
    Doc(date(2025, 4, 19), "Kyiv Post", HOSTILE_TITLE,
        f"Ukraine reported shelling despite the truce. The page showed {HOSTILE_IMG} in its text. "
        "\"<b>Hold</b> the line,\" Olena Petrova said.",
        [("Ukraine", "Ukraine")],
        [("direct", "<b>Hold</b> the line,", "Olena Petrova", "other")],
        [("Ukraine", "violation", "2025-04-19", "day", "context", "Ukraine reported shelling despite the truce.")],
        url="javascript:alert(1)", language="uk"),
    Doc(date(2025, 4, 21), "Reuters", "Trump threatens to walk away",
        "Donald Trump said on Friday the United States could leave the talks. \"Putin must decide soon,\" "
        "Donald Trump said. Ukraine and Russia did not comment.",
        [("Donald Trump", "Donald Trump"), ("United States", "United States"), ("Putin", "Vladimir Putin"),
         ("Ukraine", "Ukraine"), ("Russia", "Russia")],
        [("indirect", "the United States could leave the talks", "Donald Trump", "official"),
         ("direct", "Putin must decide soon,", "Donald Trump", "official")],
        [("Donald Trump", "threat", "2025-04-18", "day", "weekday",
          "Donald Trump said on Friday the United States could leave the talks.")],
        url="https://example.org/reuters/trump-threatens"),
]


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return found


def _mentions(text: str, surfaces: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    taken: list[tuple[int, int, str, str]] = []
    # Longest surfaces first: "Putin" inside "Vladimir Putin" is not a mention of its own.
    for surface, actor in sorted(surfaces, key=lambda s: -len(s[0])):
        for start, end in _spans(text, surface):
            if not any(s <= start and end <= e for s, e, _, _ in taken):
                taken.append((start, end, surface, actor))
    return taken


def build(path: Path, docs: list[Doc] | None = None, actors: dict | None = None, outlets: dict | None = None) -> Path:
    """Write the fixture store to `path` (an SQLite file) and return it; another fixture passes its own documents,
    actors (name -> kind, role, side) and outlets (source -> outlet, country, type)."""
    docs, actors, outlets = docs or DOCS, actors or ACTORS, outlets or OUTLETS
    engine = open_engine(str(path))
    schema.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(schema.meta), [{"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
                                           {"key": "data_version", "value": "1"}])
        actor_ids = {}
        for name, (kind, role, side) in actors.items():
            actor_ids[name] = conn.execute(insert(schema.actors).values(
                name=name, kind=kind, role=role, side=side, in_registry=role == "official")).inserted_primary_key[0]
        for index, doc in enumerate(docs, start=1):
            _write(conn, index, doc, actor_ids, outlets)
        summaries.rebuild(conn)  # the summary tables and the full-text index, as `ingest.store` keeps them
        search_index.rebuild(conn)
    engine.dispose()
    return path


def _write(conn, index: int, doc: Doc, actor_ids: dict[str, int], outlets: dict | None = None) -> None:
    fetched = datetime(2025, 4, 22, 8, 0, index)
    article_id = conn.execute(insert(schema.articles).values(
        url=doc.url, title=doc.title, authors="[]", published=doc.published, source=doc.source, language=doc.language,
        **dict(zip(("outlet", "outlet_country", "outlet_type"),
                   (outlets or OUTLETS).get(doc.source, (doc.source, None, "unlisted")))),
        text=doc.text, content_hash=hashlib.sha256(doc.text.encode()).hexdigest(), simhash=0,
        story_id=doc.story_of or index, word_count=len(doc.text.split()), origin=doc.url or "fixture",
        fetched_at=fetched)).inserted_primary_key[0]
    assert article_id == index
    for start, end, surface, actor in _mentions(doc.text, doc.mentions):
        conn.execute(insert(schema.mentions).values(article_id=article_id, actor_id=actor_ids[actor],
                                                    start=start, end=end, surface=surface))
    for kind, words, speaker, role in doc.quotes:
        start = doc.text.index(words)
        conn.execute(insert(schema.quotes).values(
            article_id=article_id, kind=kind, text=words, speaker_id=actor_ids.get(speaker), speaker=speaker,
            speaker_role=role, speaker_description=None, start=start, end=start + len(words)))
    for name, description, stances in doc.experts:
        expert_id = conn.execute(insert(schema.experts).values(
            article_id=article_id, actor_id=actor_ids[name], description=description)).inserted_primary_key[0]
        for target, stance, evidence in stances:
            start = doc.text.index(evidence)
            conn.execute(insert(schema.stances).values(
                expert_id=expert_id, article_id=article_id, target=target, stance=stance,
                confidence=LOW_CONFIDENCE if stance == "neutral" else 0.8,
                evidence=json.dumps([{"text": evidence, "start": start, "end": start + len(evidence)}])))
    for actor, kind, when, precision, basis, sentence in doc.statements:
        start = doc.text.index(sentence)
        value = date.fromisoformat(when if precision == "day" else f"{when}-01")
        statement_id = conn.execute(insert(schema.statements).values(
            article_id=article_id, actor=actor, kind=kind, date=when, date_value=value, date_precision=precision,
            date_basis=basis, text=sentence, start=start, end=start + len(sentence))).inserted_primary_key[0]
        conn.execute(insert(schema.statement_actors).values(statement_id=statement_id, actor_id=actor_ids[actor],
                                                            article_id=article_id))
    conn.execute(insert(schema.article_topics).values(article_id=article_id, topic="Ukraine-Russia peace talks",
                                                      score=1.0))
    conn.execute(insert(schema.ingest_log).values(at=fetched, origin=doc.url or "fixture", outcome="added",
                                                  article_id=article_id))
