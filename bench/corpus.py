"""Synthetic corpus for the scale benchmarks: N articles over a year from ~50 outlets, written straight into a
store in big batches (one transaction each), with mentions, quotes, experts, stances, statements and topics
whose offsets point at real characters of generated text, so every context view has a sentence to show.

Run `python -m bench.corpus --articles N --db DB`. Every outlet is named "synthetic-<outlet>" so the rows can
never pass for real coverage; the default database is refused, and so is a store that already has articles.
Proportions per article, on average: ~20 mentions over ~200 actors, ~5 quotes over ~2,000 speakers, ~0.7
experts with a stance on one or two sides and an outlook, ~1.5 dated statements; ~6% are wire copies.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate

from sqlalchemy import insert, select, text, update
from sqlalchemy.engine import Connection

from ingest import search_index, summaries
from ingest.extract.registry import load_registry
from ingest.store import Store, StoreError
from storage import schema
from storage.engine import DEFAULT_DB, database_url, safe_url

OUTLETS = 50
ACTORS = 200
SPEAKERS = 2000
BATCH = 2000  # articles per transaction
YEAR_START = date(2025, 1, 1)
TOPIC = "Ukraine-Russia peace talks"
SIDES = ("Russia", "Ukraine", "United States", "European Union")

FIRST = ("Olena Andriy Iryna Mykola Oksana Taras Natalia Dmitri Anna Sergei Elena Pavel Maria Ivan Sofia Oleg "
         "James Sarah Michael Laura David Emma Thomas Claire Daniel Hannah Peter Julia Mark Alice Martin Nina "
         "Lukas Greta Jan Marta Pierre Camille Ahmet Elif Karim Leila Tomasz Agnieszka Kenji Mei Raj Priya").split()
LAST = ("Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Petrenko Ivanov Smirnov Volkov Sokolov Morozov Orlov "
        "Fischer Weber Schneider Dubois Moreau Laurent Rossi Bianchi Nowak Kowalski Wisniewski Yilmaz Demir "
        "Haddad Nasser Tanaka Chen Wang Sharma Patel Walsh Murphy Bennett Hughes Carter Foster Reid Hayes Grant "
        "Ellis Lindqvist Berg Novak Horvat Varga Popescu Costa Silva").split()
OUTLET_WORDS = ("Ledger Courier Herald Tribune Gazette Observer Chronicle Dispatch Post Times Review Monitor "
                "Standard Journal Bulletin Express Sentinel Record Mirror Star Globe Telegraph Wire Voice Pulse").split()
PLACES = ("Geneva", "Riyadh", "Istanbul", "Brussels", "Kyiv", "Moscow", "Washington", "Paris", "London", "Jeddah")
TOPICS = ("a ceasefire along the front line", "the exchange of prisoners", "security guarantees for Kyiv",
          "sanctions relief", "a maritime truce in the Black Sea", "the future of occupied territories",
          "a framework for peace talks", "monitoring of a truce", "energy infrastructure strikes")
BODY = (
    "{0} and {1} traded accusations over {t} as delegations met in {p}.",
    "Officials close to {0} said the talks on {t} could resume within days.",
    "{0} pressed {1} to accept {t}, according to two people briefed on the meeting.",
    "Diplomats in {p} said {0} had softened its position on {t}.",
    "{0}, {1} and {2} are expected to discuss {t} when envoys return to {p}.",
    "The proposal on {t} drew a cautious response from {0}.",
    "Analysts said {0} was unlikely to move on {t} before the next round in {p}.",
    "{0} accused {1} of stalling on {t}.",
)
QUOTES = (
    "We are ready to talk about {t}, but not at any price",
    "Nobody should expect a breakthrough on {t} this week",
    "The ball is now in the court of {0}",
    "Any deal on {t} must be verifiable and lasting",
    "We have made real progress on {t} in {p}",
    "Pressure on {0} is the only language that works",
    "This is a serious step toward {t}",
    "We will not accept terms dictated by {0}",
)
INDIRECT = ("{t} remained the main obstacle", "{0} was not negotiating in good faith",
            "a meeting in {p} was being prepared")
EXPERT_VIEWS = {
    "critical": "is stalling the talks and acting in bad faith",
    "supportive": "has shown real willingness to compromise",
    "neutral": "is weighing its options carefully",
}
OUTLOOK_VIEWS = {"optimistic": "a deal looks within reach", "pessimistic": "a deal looks unlikely this year",
                 "uncertain": "the outcome is hard to call"}
STATEMENT_VERBS = {"proposal": "proposed {t}", "agreement": "agreed to {t}", "acceptance": "accepted {t}",
                   "rejection": "rejected {t}", "condition": "set conditions for {t}",
                   "violation": "accused the other side of violating {t}", "threat": "threatened to walk away from {t}",
                   "statement": "spoke about {t}"}
INSTITUTES = ("the Carnegie Endowment", "Chatham House", "the Kyiv School of Economics", "the Atlantic Council",
              "King's College London", "the Wilson Center", "the Royal United Services Institute", "RAND")


class CorpusError(Exception):
    """The corpus cannot be written as asked; one line for the user."""


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    kind: str
    role: str
    side: str | None
    description: str | None = None


@dataclass
class Cast:
    """Who can appear: the ~200 mentionable actors and the ~2,000 speakers, each with a popularity weight."""

    actors: list[Person]
    actor_weights: list[float]
    speakers: list[Person]
    speaker_weights: list[float]
    experts: list[Person]
    expert_weights: list[float]
    outlets: list[str]


@dataclass
class Rows:
    """One batch of rows, table by table, ready for executemany."""

    articles: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    experts: list[dict] = field(default_factory=list)
    stances: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    statement_actors: list[dict] = field(default_factory=list)
    article_topics: list[dict] = field(default_factory=list)
    ingest_log: list[dict] = field(default_factory=list)

    def count(self) -> int:
        return sum(len(rows) for rows in vars(self).values())


@dataclass
class Report:
    articles: int
    rows: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


class Writer:
    """Builds one article's text and records, keeping every offset exact."""

    def __init__(self, rng: random.Random, cast: Cast):
        self.rng, self.cast = rng, cast
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> int:
        """Append `piece`; returns where it starts."""
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start

    def text(self) -> str:
        return "".join(self.parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--db", required=True, help="a new SQLite file or a postgresql+psycopg:// URL")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same corpus)")
    parser.add_argument("--batch", type=int, default=BATCH, metavar="N", help="articles per transaction")
    args = parser.parse_args(argv)
    try:
        report = build(args.db, args.articles, seed=args.seed, batch=args.batch, progress=_progress)
    except (CorpusError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"\nwrote {report.articles:,} articles, {report.rows:,} rows in {report.seconds:.1f} s "
          f"({report.rows_per_second:,.0f} rows/s, {report.articles / report.seconds:,.0f} articles/s) "
          f"into {safe_url(database_url(args.db))}")
    return 0


def _progress(done: int, total: int, rows: int, seconds: float) -> None:
    print(f"\r{done:,}/{total:,} articles, {rows:,} rows, {seconds:.1f} s", end="", file=sys.stderr, flush=True)


def build(db: str, articles: int, *, seed: int = 1, batch: int = BATCH, progress=None) -> Report:
    """Write `articles` synthetic articles into a new store at `db`; returns the row count and time taken."""
    if articles < 1:
        raise CorpusError("--articles must be at least 1")
    if database_url(db) == database_url(str(DEFAULT_DB)):
        raise CorpusError(f"refusing to write a synthetic corpus into the default database {DEFAULT_DB};"
                          " give --db a file of its own")
    started = time.perf_counter()
    rng = random.Random(seed)
    with Store(db) as store:
        if store.count():
            raise CorpusError(f"{safe_url(store.url)} already holds {store.count():,} articles;"
                              " give --db a new file or an empty database")
        with store.engine.begin() as conn:
            cast = write_cast(conn, rng)
        rows = 0
        days = [YEAR_START + timedelta(days=i) for i in range(365)]
        for first in range(1, articles + 1, batch):
            ids = range(first, min(first + batch, articles + 1))
            # Spread evenly over the year, in id order (ingest order roughly follows publication).
            dates = [days[min(364, (i - 1) * 365 // articles)] for i in ids]
            batch_rows = make_rows(rng, cast, ids, dates)
            with store.engine.begin() as conn:
                _fast_writes(conn)
                write_rows(conn, batch_rows)
            rows += batch_rows.count()
            if progress:
                progress(ids[-1], articles, rows, time.perf_counter() - started)
        with store.engine.begin() as conn:
            finish(conn)
        if store.engine.dialect.name == "postgresql":
            # What autovacuum would do minutes later: mark the pages all-visible, so index-only scans stay in the
            # index (before it, a million-article store's every page missed its target; after it, 13 of 18 met).
            with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM (ANALYZE)")
    return Report(articles, rows, time.perf_counter() - started)


def write_cast(conn: Connection, rng: random.Random) -> Cast:
    """The actors table: the registry's actors and synthetic ones up to ~200, then speakers up to ~2,000."""
    registry = load_registry()
    people: list[Person] = []
    for actor in registry.actors:
        people.append(Person(len(people) + 1, actor.name, actor.kind, actor.role, actor.side))
    population = [f"{f} {m}{l}" for f in FIRST for m in ("", "A. ", "K. ", "M. ") for l in LAST]
    names = iter(rng.sample(population, ACTORS + SPEAKERS))
    while len(people) < ACTORS:
        people.append(Person(len(people) + 1, next(names), "person", "official", rng.choice(SIDES)))
    mentionable = list(people)
    speakers = [p for p in mentionable if p.kind == "person"]
    while len(speakers) < SPEAKERS:
        role = rng.choices(("official", "expert", "other"), (70, 15, 15))[0]
        description = (f"a senior fellow at {rng.choice(INSTITUTES)}" if role == "expert"
                       else "a correspondent in Kyiv" if role == "other" else f"an adviser in {rng.choice(SIDES)}")
        person = Person(len(people) + 1, next(names), "person", role, None, description)
        people.append(person)
        speakers.append(person)
    conn.execute(insert(schema.actors), [
        {"id": p.id, "name": p.name, "kind": p.kind, "role": p.role, "side": p.side,
         "in_registry": p.id <= len(registry.actors)} for p in people])
    experts = [p for p in speakers if p.role == "expert"]
    # Zipf-like popularity: a few actors dominate coverage, as Russia, Ukraine and their leaders do.
    weigh = lambda group: list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(group))))  # noqa: E731
    outlets = sorted({f"synthetic-{rng.choice(OUTLET_WORDS)} {rng.choice(OUTLET_WORDS)}" for _ in range(400)})
    return Cast(mentionable, weigh(mentionable), speakers, weigh(speakers), experts, weigh(experts),
                rng.sample(outlets, OUTLETS))


def make_rows(rng: random.Random, cast: Cast, ids: range, dates: list[date]) -> Rows:
    rows = Rows()
    for article_id, published in zip(ids, dates):
        write_article(rng, cast, rows, article_id, published)
    return rows


def write_article(rng: random.Random, cast: Cast, rows: Rows, article_id: int, published: date) -> None:
    w = Writer(rng, cast)
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    mentions: list[dict] = []

    def fill(template: str, names: list[Person]) -> list[tuple[int, int]]:
        """Write `template` with actor names in its slots; returns the (start, end) of each name."""
        spans = []
        pieces = template.replace("{t}", topic).replace("{p}", place).split("{")
        w.add(pieces[0])
        for piece in pieces[1:]:
            slot, rest = piece.split("}", 1)
            person = names[int(slot)]
            start = w.add(person.name)
            spans.append((start, start + len(person.name)))
            mentions.append({"article_id": article_id, "actor_id": person.id, "start": start,
                             "end": start + len(person.name), "surface": person.name})
            w.add(rest)
        return spans

    def actors(k: int) -> list[Person]:
        """`k` different actors, the popular ones more often."""
        while True:
            picked = rng.choices(cast.actors, cum_weights=cast.actor_weights, k=k)
            if len({p.id for p in picked}) == k:
                return picked

    fill("{0} and {1} sent envoys to {p} to discuss {t}. ", actors(2))
    for _ in range(rng.randint(5, 8)):
        fill(rng.choice(BODY) + " ", actors(3))
    for _ in range(rng.randint(3, 7)):
        speaker = rng.choices(cast.speakers, cum_weights=cast.speaker_weights, k=1)[0]
        direct = rng.random() < 0.7
        w.add("\"" if direct else f"{speaker.name} said that ")
        start = w.length
        fill(rng.choice(QUOTES if direct else INDIRECT), actors(1))
        end = w.length
        if direct:
            w.add(",\" said ")
            if speaker.id <= ACTORS:  # a mentionable actor speaking is also a mention of it
                fill("{0}", [speaker])
            else:
                w.add(speaker.name)
            w.add(f", {speaker.description or 'an official'}. ")
        else:
            w.add(". ")
        rows.quotes.append({"article_id": article_id, "kind": "direct" if direct else "indirect",
                            "text": w.text()[start:end], "speaker_id": speaker.id, "speaker": speaker.name,
                            "speaker_role": speaker.role, "speaker_description": speaker.description,
                            "start": start, "end": end})
    # Child ids are article_id * 4 + n (at most 3 of each per article), so no round trip is needed.
    for n in range(rng.choices((0, 1, 2), (45, 40, 15))[0]):
        write_expert(rng, cast, rows, w, article_id, article_id * 4 + n)
    for n in range(rng.choices((0, 1, 2, 3), (20, 30, 30, 20))[0]):
        write_statement(rng, rows, w, article_id * 4 + n, published, topic, fill, actors(1)[0])
    for _ in range(max(0, 20 - len(mentions))):
        fill(rng.choice(BODY) + " ", actors(3))

    body = w.text().strip()
    # About 6% are wire copies: they join the story of a recent earlier article.
    story = rng.randint(max(1, article_id - 50), article_id - 1) if article_id > 1 and rng.random() < 0.06 \
        else article_id
    fetched = datetime.combine(published, datetime.min.time()) + timedelta(hours=rng.randint(6, 30))
    rows.articles.append({
        "id": article_id, "url": f"https://synthetic.example/{article_id}",
        "title": f"{mentions[0]['surface']} and {mentions[1]['surface']} on {topic} ({article_id})",
        "authors": json.dumps([f"{rng.choice(FIRST)} {rng.choice(LAST)}"]), "published": published,
        **_outlet_fields(rng.choice(cast.outlets)), "text": body,
        "content_hash": hashlib.sha256(body.encode()).hexdigest(), "simhash": rng.getrandbits(62),
        "story_id": story, "word_count": body.count(" ") + 1, "origin": f"synthetic:{article_id}",
        "fetched_at": fetched,
    })
    rows.mentions.extend(mentions)
    rows.article_topics.append({"article_id": article_id, "topic": TOPIC, "score": round(rng.uniform(0.4, 1), 2)})
    rows.ingest_log.append({"at": fetched, "origin": f"synthetic:{article_id}", "outcome": "added",
                            "detail": None, "article_id": article_id})


# Each synthetic outlet gets a country, a type and a language from its name, so the analysis pages (outlets
# compared, voices by side) have groups to compare; the bodies stay English (they are generated in English).
_OUTLET_COUNTRIES = ("RU", "UA", "US", "GB", "DE", "FR", "TR", "CN")
_OUTLET_TYPES = ("wire", "broadcaster", "newspaper", "state", "online")


def _outlet_fields(source: str) -> dict:
    digest = int(hashlib.sha256(source.encode()).hexdigest(), 16)
    return {"source": source, "outlet": source, "outlet_country": _OUTLET_COUNTRIES[digest % len(_OUTLET_COUNTRIES)],
            "outlet_type": _OUTLET_TYPES[(digest // 8) % len(_OUTLET_TYPES)], "language": "en"}


def write_expert(rng: random.Random, cast: Cast, rows: Rows, w: Writer, article_id: int, expert_id: int) -> None:
    expert = rng.choices(cast.experts, cum_weights=cast.expert_weights, k=1)[0]
    side = rng.choice(SIDES[:3])
    stance = rng.choice(tuple(EXPERT_VIEWS))
    outlook = rng.choice(tuple(OUTLOOK_VIEWS))
    sentence = (f"{expert.name}, {expert.description}, said {side} {EXPERT_VIEWS[stance]}, "
                f"and that {OUTLOOK_VIEWS[outlook]}. ")
    start = w.add(sentence)
    evidence = json.dumps([{"text": sentence.strip(), "start": start, "end": start + len(sentence.strip())}])
    rows.experts.append({"id": expert_id, "article_id": article_id, "actor_id": expert.id,
                         "description": expert.description})
    for target, value in ((side, stance), ("deal", outlook)):
        rows.stances.append({"expert_id": expert_id, "article_id": article_id, "target": target, "stance": value,
                             "confidence": round(rng.uniform(0.5, 0.95), 2), "evidence": evidence})


def write_statement(rng, rows: Rows, w: Writer, statement_id: int, published: date, topic: str, fill,
                    actor: Person) -> None:
    article_id = statement_id // 4
    kind = rng.choice(tuple(STATEMENT_VERBS))
    when = published - timedelta(days=rng.randint(0, 20))
    start = w.length
    fill("{0} " + STATEMENT_VERBS[kind].replace("{t}", topic) + f" on {when:%B} {when.day}. ", [actor])
    sentence = w.text()[start:w.length].strip()
    rows.statements.append({"id": statement_id, "article_id": article_id, "actor": actor.name, "kind": kind,
                            "date": when.isoformat(), "date_value": when, "date_precision": "day",
                            "date_basis": "explicit", "text": sentence, "start": start, "end": start + len(sentence)})
    rows.statement_actors.append({"statement_id": statement_id, "actor_id": actor.id, "article_id": article_id})


def write_rows(conn: Connection, rows: Rows) -> None:
    """Parents before children; each table in one executemany, or on PostgreSQL one COPY (its INSERTs took 62 min
    for the 35 million rows of a million articles)."""
    for name in ("articles", "mentions", "quotes", "experts", "stances", "statements", "statement_actors",
                 "article_topics", "ingest_log"):
        batch = getattr(rows, name)
        if not batch:
            continue
        if conn.dialect.name == "postgresql":
            _copy_rows(conn, schema.metadata.tables[name], batch)
        else:
            conn.execute(insert(schema.metadata.tables[name]), batch)


def _copy_rows(conn: Connection, table, batch: list[dict]) -> None:
    """The rows through PostgreSQL's COPY, each column as the table declares it (defaults filled in)."""
    columns = [c for c in table.columns if any(c.name in row for row in batch) or c.default is not None]
    defaults = {c.name: c.default.arg for c in columns if c.default is not None and not callable(c.default.arg)}
    names = ", ".join(f'"{c.name}"' for c in columns)
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in batch:
            copy.write_row(tuple(row.get(c.name, defaults.get(c.name)) for c in columns))


def _fast_writes(conn: Connection) -> None:
    """A throwaway corpus needs no crash safety: let SQLite skip the syncs."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA synchronous=OFF")


def finish(conn: Connection) -> None:
    """Fill the summary tables the store keeps (the rows went in around it) and advance the change marker; on
    PostgreSQL move the id sequences past the ids written explicitly, and gather the planner statistics
    autovacuum would gather a minute after a bulk load."""
    # The rebuild sorts and groups tens of millions of rows at a million articles: with SQLite's default 2 MB page
    # cache it thrashes its temporary B-trees (the summaries of 100,000 articles: 83 s; with 1 GB: 45 s).
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size=-1000000")
    else:
        conn.execute(text("SET LOCAL work_mem = '256MB'"))
        conn.execute(text("SET LOCAL maintenance_work_mem = '1GB'"))
    summaries.rebuild(conn)
    search_index.rebuild(conn)
    if conn.dialect.name == "postgresql":
        for table in ("actors", "articles", "experts", "statements"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"(SELECT coalesce(max(id), 1) FROM {table}))"))
        conn.execute(text("ANALYZE"))
    version = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "data_version")).scalar() or "0"
    conn.execute(update(schema.meta).where(schema.meta.c.key == "data_version").values(value=str(int(version) + 1)))


if __name__ == "__main__":
    sys.exit(main())
