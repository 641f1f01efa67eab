"""The summary tables the dashboard reads for its default views (`article_actors`, `actor_days`, `actor_pairs`,
`outlet_days`; for the Experts page `article_experts`, `expert_totals`, `expert_stances`; for Whose voices
`voice_days`; for the Timeline, the speaker picker and the Articles page's groups `statement_days`,
`speaker_quotes`, `article_days`): one article's share
of them, applied as deltas inside the writer's transaction, and a full rebuild from the base tables (schema
upgrades, bulk loads).

Only `ingest.store` (and the benchmark corpus, after a bulk load) calls this. Counters are changed with
portable UPDATE ... SET n = n + delta and INSERT for new keys; a key another writer inserted first (an
IntegrityError inside a savepoint) is retried as an update. Keys are written in sorted order so two writers
lock the same rows in the same order. A counter that drops to zero stays (deleting it could lose a concurrent
writer's increment); the readers only ever sum them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import Table, and_, bindparam, case, delete, false, func, insert, select, true, tuple_, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from storage.schema import (
    actor_days, actor_pairs, actors, article_actors, article_days, article_experts, articles, expert_stances,
    expert_totals, experts, mentions, outlet_days, quotes, speaker_quotes, stances, statement_days, statements,
    voice_days, words_in,
)

VOICE_KEYS = ("day", "source", "outlet", "outlet_country", "outlet_type", "language", "is_copy", "attributed", "side",
              "role")
ARTICLE_KEYS = VOICE_KEYS[:7]  # the outlet-group key both share
STATEMENT_KEYS = ("day", "source", "is_copy", "kind")
KEYS_PER_QUERY = 500  # composite keys per IN (...) lookup, well under every backend's parameter limit


@dataclass(frozen=True)
class Facts:
    """One article's share of the summaries."""

    article_id: int
    published: date | None
    source: str | None
    is_copy: bool
    mentions: dict[int, int]  # actor id -> mentions of it in the article
    quotes: int
    statements: int
    # Experts counted once per article however often they are listed in it (as the page's distinct counts do):
    experts: dict[int, tuple[str, int, int]] = field(default_factory=dict)  # actor -> (description, stances, rows)
    stances: dict[tuple[int, str, str], float] = field(default_factory=dict)  # (actor, target, stance) -> top conf.
    # The outlet columns and language ("" for none), and (attributed, side, role) -> (quotes, words) for the voices.
    outlet: tuple[str, str, str, str] = ("", "", "", "")
    voices: dict[tuple[bool, str, str], tuple[int, int]] = field(default_factory=dict)
    said: dict[tuple[date, str], int] = field(default_factory=dict)  # (statement date, kind) -> statements
    speakers: dict[str, int] = field(default_factory=dict)  # speaker name -> quotes


def is_copy(story_id: int | None, article_id: int) -> bool:
    """A wire copy: its story began with another article (the dashboard hides these when wire=once)."""
    return story_id is not None and story_id != article_id


def read_facts(conn: Connection, article_id: int) -> Facts | None:
    """The article's share as the base tables hold it now; None when it is not stored."""
    row = conn.execute(select(articles.c.published, articles.c.source, articles.c.story_id, articles.c.outlet,
                              articles.c.outlet_country, articles.c.outlet_type, articles.c.language)
                       .where(articles.c.id == article_id)).first()
    if row is None:
        return None
    counted = conn.execute(select(mentions.c.actor_id, func.count()).where(mentions.c.article_id == article_id)
                           .group_by(mentions.c.actor_id)).all()

    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table).where(table.c.article_id == article_id)
                            ).scalar_one()

    described = conn.execute(select(experts.c.actor_id, func.max(func.coalesce(experts.c.description, "")),
                                    func.count()).where(experts.c.article_id == article_id).group_by(experts.c.actor_id)).all()
    taken = conn.execute(select(experts.c.actor_id, stances.c.target, stances.c.stance, func.count(),
                                func.max(stances.c.confidence))
                         .join(experts, experts.c.id == stances.c.expert_id).where(stances.c.article_id == article_id)
                         .group_by(experts.c.actor_id, stances.c.target, stances.c.stance)).all()
    per_expert: dict[int, int] = {}
    for actor_id, _target, _stance, n, _top in taken:
        per_expert[actor_id] = per_expert.get(actor_id, 0) + n
    voiced: dict[tuple[bool, str, str], tuple[int, int]] = {}
    for attributed, side, role, words in conn.execute(  # per quote, summed here (a handful per article)
            select(*_voice_band(), words_in(quotes.c.text))
            .select_from(quotes.outerjoin(actors, actors.c.id == quotes.c.speaker_id))
            .where(quotes.c.article_id == article_id)):
        n, total = voiced.get((bool(attributed), side, role), (0, 0))
        voiced[(bool(attributed), side, role)] = (n + 1, total + int(words or 0))
    said = conn.execute(select(statements.c.date_value, statements.c.kind, func.count())
                        .where(statements.c.article_id == article_id)
                        .group_by(statements.c.date_value, statements.c.kind)).all()
    spoken = conn.execute(select(quotes.c.speaker, func.count())
                          .where(quotes.c.article_id == article_id, quotes.c.speaker.is_not(None))
                          .group_by(quotes.c.speaker)).all()
    return Facts(article_id, row.published, row.source, is_copy(row.story_id, article_id),
                 {actor_id: n for actor_id, n in counted}, count(quotes), count(statements),
                 {actor_id: (description, per_expert.get(actor_id, 0), n) for actor_id, description, n in described},
                 {(actor_id, target, stance): top for actor_id, target, stance, _n, top in taken},
                 tuple(value or "" for value in (row.outlet, row.outlet_country, row.outlet_type, row.language)),
                 voiced, {(_to_date(day), kind): n for day, kind, n in said}, {name: n for name, n in spoken})


def _voice_band():
    """A quote's voice key: whether it has a speaker, the speaker's registry side ("" for none) and its role."""
    return (quotes.c.speaker.is_not(None), func.coalesce(actors.c.side, ""), quotes.c.speaker_role)


@dataclass
class Changes:
    """Deltas to the summaries, gathered through one transaction and written once by `write`."""

    days: dict[tuple, list[int]] = field(default_factory=dict)  # (actor, day, is_copy) -> [articles, mentions]
    pairs: dict[tuple, list[int]] = field(default_factory=dict)  # (actor, other, is_copy) -> [articles]
    outlets: dict[tuple, list[int]] = field(default_factory=dict)  # (day, source, is_copy) -> [articles, q, s]
    expert_totals: dict[tuple, list[int]] = field(default_factory=dict)  # (actor, copy, description) -> [articles, rows]
    expert_stances: dict[tuple, list[int]] = field(default_factory=dict)  # (actor, target, stance, copy, conf) -> [n]
    voices: dict[tuple, list[int]] = field(default_factory=dict)  # VOICE_KEYS -> [quotes, words]
    statement_days: dict[tuple, list[int]] = field(default_factory=dict)  # STATEMENT_KEYS -> [statements]
    speakers: dict[tuple, list[int]] = field(default_factory=dict)  # (speaker,) -> [quotes]
    article_days: dict[tuple, list[int]] = field(default_factory=dict)  # ARTICLE_KEYS -> [articles]
    gone: set[int] = field(default_factory=set)  # articles whose article_actors and article_experts rows are deleted
    rows: dict[int, list[dict]] = field(default_factory=dict)  # article_actors rows to insert, per article
    expert_rows: dict[int, list[dict]] = field(default_factory=dict)  # article_experts rows to insert, per article

    def add(self, facts: Facts) -> None:
        self._count(facts, 1)
        self.rows[facts.article_id] = [
            {"article_id": facts.article_id, "actor_id": actor_id, "published": facts.published,
             "source": facts.source, "is_copy": facts.is_copy, "mentions": n}
            for actor_id, n in sorted(facts.mentions.items())]
        self.expert_rows[facts.article_id] = [
            {"article_id": facts.article_id, "actor_id": actor_id, "published": facts.published,
             "source": facts.source, "is_copy": facts.is_copy, "description": description or None, "stances": n,
             "listed": listed}
            for actor_id, (description, n, listed) in sorted(facts.experts.items())]

    def remove(self, facts: Facts) -> None:
        self._count(facts, -1)
        self.rows.pop(facts.article_id, None)
        self.expert_rows.pop(facts.article_id, None)
        self.gone.add(facts.article_id)

    def retell(self, facts: Facts, **changed) -> None:
        """The same article with some facts changed (a wire copy that became its story's first article)."""
        self.remove(facts)
        self.add(replace(facts, **changed))

    def _count(self, facts: Facts, sign: int) -> None:
        for actor_id, (description, _n, listed) in facts.experts.items():
            _bump(self.expert_totals, (actor_id, facts.is_copy, description), [sign, sign * listed])
        for (actor_id, target, stance), top in facts.stances.items():
            _bump(self.expert_stances, (actor_id, target, stance, facts.is_copy, top), [sign])
        actors = sorted(facts.mentions)
        for i, actor_id in enumerate(actors):
            for other_id in actors[i:]:
                _bump(self.pairs, (actor_id, other_id, facts.is_copy), [sign])
        for (day, kind), n in facts.said.items():
            _bump(self.statement_days, (day, facts.source or "", facts.is_copy, kind), [sign * n])
        for name, n in facts.speakers.items():
            _bump(self.speakers, (name,), [sign * n])
        if facts.published is None:
            return
        _bump(self.article_days, (facts.published, facts.source or "", *facts.outlet, facts.is_copy), [sign])
        for actor_id in actors:
            _bump(self.days, (actor_id, facts.published, facts.is_copy), [sign, sign * facts.mentions[actor_id]])
        _bump(self.outlets, (facts.published, facts.source or "", facts.is_copy),
              [sign, sign * facts.quotes, sign * facts.statements])
        for (attributed, side, role), (n, words) in facts.voices.items():
            _bump(self.voices, (facts.published, facts.source or "", *facts.outlet, facts.is_copy, attributed, side,
                                role), [sign * n, sign * words])

    def write(self, conn: Connection) -> None:
        if self.gone:
            for table in (article_actors, article_experts):
                conn.execute(delete(table).where(table.c.article_id.in_(sorted(self.gone))))
        for table, per_article in ((article_actors, self.rows), (article_experts, self.expert_rows)):
            inserted = [row for _, rows in sorted(per_article.items()) for row in rows]
            if inserted:
                conn.execute(insert(table), inserted)
        _add_to_counters(conn, actor_days, ("actor_id", "day", "is_copy"), ("articles", "mentions"), self.days)
        _add_to_counters(conn, actor_pairs, ("actor_id", "other_id", "is_copy"), ("articles",), self.pairs)
        _add_to_counters(conn, outlet_days, ("day", "source", "is_copy"), ("articles", "quotes", "statements"),
                         self.outlets)
        _add_to_counters(conn, expert_totals, ("actor_id", "is_copy", "description"), ("articles", "listed"),
                         self.expert_totals)
        _add_to_counters(conn, expert_stances, ("actor_id", "target", "stance", "is_copy", "confidence"),
                         ("articles",), self.expert_stances)
        _add_to_counters(conn, voice_days, VOICE_KEYS, ("quotes", "words"), self.voices)
        _add_to_counters(conn, statement_days, STATEMENT_KEYS, ("statements",), self.statement_days)
        _add_to_counters(conn, speaker_quotes, ("speaker",), ("quotes",), self.speakers)
        _add_to_counters(conn, article_days, ARTICLE_KEYS, ("articles",), self.article_days)


def _bump(counters: dict[tuple, list[int]], key: tuple, delta: list[int]) -> None:
    found = counters.setdefault(key, [0] * len(delta))
    for i, value in enumerate(delta):
        found[i] += value


def _add_to_counters(conn: Connection, table: Table, keys: tuple[str, ...], values: tuple[str, ...],
                     deltas: dict[tuple, list[int]]) -> None:
    """Add each delta to its row, creating the rows that are missing."""
    wanted = sorted(key for key, delta in deltas.items() if any(delta))
    key_columns = [table.c[k] for k in keys]
    raise_by = (update(table).where(*[table.c[k] == bindparam(f"k_{k}") for k in keys])
                .values({table.c[v]: table.c[v] + bindparam(f"d_{v}") for v in values}))
    while wanted:
        existing = set()
        for at in range(0, len(wanted), KEYS_PER_QUERY):
            chunk = wanted[at:at + KEYS_PER_QUERY]
            existing.update(tuple(row) for row in conn.execute(select(*key_columns)
                                                               .where(tuple_(*key_columns).in_(chunk))))
        present = [key for key in wanted if key in existing]
        if present:
            conn.execute(raise_by, [{**{f"k_{k}": part for k, part in zip(keys, key)},
                                     **{f"d_{v}": d for v, d in zip(values, deltas[key])}} for key in present])
        missing = [key for key in wanted if key not in existing]
        if not missing:
            return
        try:
            with conn.begin_nested():  # another writer may create the same rows first: then update them
                conn.execute(insert(table), [{**dict(zip(keys, key)), **dict(zip(values, deltas[key]))}
                                             for key in missing])
            return
        except IntegrityError:
            wanted = missing


def _copy():
    return case((and_(articles.c.story_id.is_not(None), articles.c.story_id != articles.c.id), true()), else_=false())


def rebuild(conn: Connection) -> None:
    """Recompute every summary from the base tables (after an upgrade or a bulk load that bypassed the store)."""
    for table in (article_actors, actor_days, actor_pairs, outlet_days):
        conn.execute(delete(table))
    copy = _copy()
    per_actor = (select(mentions.c.article_id, mentions.c.actor_id, func.count().label("n"))
                 .group_by(mentions.c.article_id, mentions.c.actor_id).subquery())
    conn.execute(insert(article_actors).from_select(
        ["article_id", "actor_id", "published", "source", "is_copy", "mentions"],
        select(per_actor.c.article_id, per_actor.c.actor_id, articles.c.published, articles.c.source, copy,
               per_actor.c.n).join(articles, articles.c.id == per_actor.c.article_id)))
    aa = article_actors
    conn.execute(insert(actor_days).from_select(
        ["actor_id", "day", "is_copy", "articles", "mentions"],
        select(aa.c.actor_id, aa.c.published, aa.c.is_copy, func.count(), func.sum(aa.c.mentions))
        .where(aa.c.published.is_not(None)).group_by(aa.c.actor_id, aa.c.published, aa.c.is_copy)))
    other = aa.alias("other")
    conn.execute(insert(actor_pairs).from_select(
        ["actor_id", "other_id", "is_copy", "articles"],
        select(aa.c.actor_id, other.c.actor_id, aa.c.is_copy, func.count())
        .select_from(aa.join(other, and_(other.c.article_id == aa.c.article_id, other.c.actor_id >= aa.c.actor_id)))
        .group_by(aa.c.actor_id, other.c.actor_id, aa.c.is_copy)))
    quoted, stated = _per_article(quotes), _per_article(statements)
    # Per article first, so the outer query groups by plain columns (PostgreSQL will not match two `coalesce`s).
    dated = (select(articles.c.published, func.coalesce(articles.c.source, "").label("source"),
                    copy.label("is_copy"), func.coalesce(quoted.c.n, 0).label("quotes"),
                    func.coalesce(stated.c.n, 0).label("statements"))
             .select_from(articles.outerjoin(quoted, quoted.c.article_id == articles.c.id)
                          .outerjoin(stated, stated.c.article_id == articles.c.id))
             .where(articles.c.published.is_not(None)).subquery())
    conn.execute(insert(outlet_days).from_select(
        ["day", "source", "is_copy", "articles", "quotes", "statements"],
        select(dated.c.published, dated.c.source, dated.c.is_copy, func.count(), func.sum(dated.c.quotes),
               func.sum(dated.c.statements)).group_by(dated.c.published, dated.c.source, dated.c.is_copy)))
    rebuild_experts(conn)
    rebuild_voices(conn)
    rebuild_counts(conn)


def rebuild_counts(conn: Connection) -> None:
    """Recompute `statement_days`, `speaker_quotes` and `article_days` alone (the upgrade to version 9, and after
    the outlets are linked again)."""
    for table in (statement_days, speaker_quotes):
        conn.execute(delete(table))
    # Per row first, so the outer queries group by plain columns (PostgreSQL will not match two `coalesce`s).
    per_statement = (select(statements.c.date_value.label("day"), func.coalesce(articles.c.source, "").label("source"),
                            _copy().label("is_copy"), statements.c.kind)
                     .join(articles, articles.c.id == statements.c.article_id).subquery())
    keys = [per_statement.c[k] for k in STATEMENT_KEYS]
    conn.execute(insert(statement_days).from_select(
        [*STATEMENT_KEYS, "statements"], select(*keys, func.count()).group_by(*keys)))
    conn.execute(insert(speaker_quotes).from_select(
        ["speaker", "quotes"],
        select(quotes.c.speaker, func.count()).where(quotes.c.speaker.is_not(None)).group_by(quotes.c.speaker)))
    rebuild_article_days(conn)


def rebuild_article_days(conn: Connection) -> None:
    """Recompute `article_days` alone (after the outlets are linked again)."""
    conn.execute(delete(article_days))
    per_article = select(*_outlet_day_columns()).where(articles.c.published.is_not(None)).subquery()
    keys = [per_article.c[k] for k in ARTICLE_KEYS]
    conn.execute(insert(article_days).from_select(
        [*ARTICLE_KEYS, "articles"], select(*keys, func.count()).group_by(*keys)))


def rebuild_voices(conn: Connection) -> None:
    """Recompute `voice_days` alone (the upgrade to version 8, and after the outlets are linked again)."""
    conn.execute(delete(voice_days))
    # Per quote first, so the outer query groups by plain columns (PostgreSQL will not match two `coalesce`s).
    attributed, side, role = _voice_band()
    per_quote = (select(*_outlet_day_columns(), attributed.label("attributed"), side.label("side"), role.label("role"),
                        words_in(quotes.c.text).label("words"))
                 .select_from(quotes.join(articles, articles.c.id == quotes.c.article_id)
                              .outerjoin(actors, actors.c.id == quotes.c.speaker_id))
                 .where(articles.c.published.is_not(None)).subquery())
    keys = [per_quote.c[k] for k in VOICE_KEYS]
    conn.execute(insert(voice_days).from_select(
        [*VOICE_KEYS, "quotes", "words"], select(*keys, func.count(), func.sum(per_quote.c.words)).group_by(*keys)))


def rebuild_experts(conn: Connection) -> None:
    """Recompute the Experts page's summaries alone (the upgrade to version 7 adds only these)."""
    for table in (article_experts, expert_totals, expert_stances):
        conn.execute(delete(table))
    listed = (select(experts.c.article_id, experts.c.actor_id,
                     func.max(func.coalesce(experts.c.description, "")).label("description"),
                     func.count().label("listed"))
              .group_by(experts.c.article_id, experts.c.actor_id).subquery())
    taken = (select(stances.c.article_id, experts.c.actor_id, stances.c.target, stances.c.stance,
                    func.count().label("n"), func.max(stances.c.confidence).label("top"))
             .join(experts, experts.c.id == stances.c.expert_id)
             .group_by(stances.c.article_id, experts.c.actor_id, stances.c.target, stances.c.stance).subquery())
    per_expert = (select(taken.c.article_id, taken.c.actor_id, func.sum(taken.c.n).label("n"))
                  .group_by(taken.c.article_id, taken.c.actor_id).subquery())
    conn.execute(insert(article_experts).from_select(
        ["article_id", "actor_id", "published", "source", "is_copy", "description", "stances", "listed"],
        select(listed.c.article_id, listed.c.actor_id, articles.c.published, articles.c.source, _copy(),
               func.nullif(listed.c.description, ""), func.coalesce(per_expert.c.n, 0), listed.c.listed)
        .select_from(listed.join(articles, articles.c.id == listed.c.article_id)
                     .outerjoin(per_expert, and_(per_expert.c.article_id == listed.c.article_id,
                                                 per_expert.c.actor_id == listed.c.actor_id)))))
    ae = article_experts
    described = func.coalesce(ae.c.description, "")
    conn.execute(insert(expert_totals).from_select(
        ["actor_id", "is_copy", "description", "articles", "listed"],
        select(ae.c.actor_id, ae.c.is_copy, described, func.count(), func.sum(ae.c.listed)).group_by(ae.c.actor_id, ae.c.is_copy, described)))
    # Per article first, so the outer query groups by plain columns.
    per_article = (select(taken.c.actor_id, taken.c.target, taken.c.stance, _copy().label("is_copy"), taken.c.top)
                   .join(articles, articles.c.id == taken.c.article_id).subquery())
    conn.execute(insert(expert_stances).from_select(
        ["actor_id", "target", "stance", "is_copy", "confidence", "articles"],
        select(per_article.c.actor_id, per_article.c.target, per_article.c.stance, per_article.c.is_copy,
               per_article.c.top, func.count())
        .group_by(per_article.c.actor_id, per_article.c.target, per_article.c.stance, per_article.c.is_copy,
                  per_article.c.top)))


def _outlet_day_columns() -> list:
    """An article's ARTICLE_KEYS, "" for what it has none of, for the rebuilds."""
    return [articles.c.published.label("day"),
            *(func.coalesce(articles.c[name], "").label(name)
              for name in ("source", "outlet", "outlet_country", "outlet_type", "language")),
            _copy().label("is_copy")]


def _to_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _per_article(table):
    return select(table.c.article_id, func.count().label("n")).group_by(table.c.article_id).subquery()
