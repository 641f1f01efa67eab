"""Groups of articles side by side (Outlets compared): each group's articles and stories, and the counts behind
its shares (k of n) of actors mentioned, statement kinds, expert stances and quoted speakers.

Every share here has its denominator in the same frame (`k`, `n`), and a group lacking an item still has its row
(k = 0), so a small group is never compared against a missing number.
"""
from __future__ import annotations

import pandas as pd
from sqlalchemy import case, distinct, func, or_, select
from sqlalchemy.engine import Engine

from dashboard.filters import Group, View, groups
from dashboard.queries import (
    AA, A, ACT, CONTEXT_CHARS, GROUPS, M, Q, S, ST, _article_conditions, _bucket, _effective_stances, _frame,
    _quote_conditions, _quote_own_conditions, _statement_conditions, _summarised,
)
from dashboard.text import safe_link, sentence_around

SHARE_COLUMNS = ["group", "item", "k", "n"]
UNATTRIBUTED = "(unattributed)"


def _in_group(group: Group, view: View, *, actors: bool = True):
    """Ids of the group's articles under the view's filters (the view's wire choice decides about copies)."""
    return select(A.c.id).where(GROUPS[group.field] == group.value, *_article_conditions(view, actors=actors))


def group_options(engine: Engine) -> list[str]:
    """Every group the stored articles make: `country:XX`, `otype:…`, `lang:xx`, `outlet:…`, by field then value."""
    options = []
    for field in ("country", "otype", "lang", "outlet"):
        column = GROUPS[field]
        values = _frame(engine, select(column.label("value")).where(column.is_not(None), column != "")
                        .group_by(column).order_by(column))["value"]
        options += [f"{field}:{value}" for value in values]
    return options


def group_sizes(engine: Engine, view: View) -> pd.DataFrame:
    """group, articles, stories: each group's articles (every wire copy) and the stories they carry (a story
    and its copies once)."""
    every_copy = view.with_(wire="all")
    rows = []
    for group in groups(view):
        statement = select(func.count(A.c.id), func.count(distinct(func.coalesce(A.c.story_id, A.c.id)))).where(
            GROUPS[group.field] == group.value, *_article_conditions(every_copy))
        with engine.connect() as conn:
            articles, stories = conn.execute(statement).one()
        rows.append((group.spec, int(articles), int(stories)))
    return pd.DataFrame(rows, columns=["group", "articles", "stories"])


def group_actor_shares(engine: Engine, view: View) -> pd.DataFrame:
    """group, item (an actor), k (the group's articles mentioning it), n (the group's articles); the view's actors
    narrow the rows, not the articles."""
    parts, totals = [], {}
    summarised = _summarised(engine)
    for group in groups(view):
        kept = _in_group(group, view, actors=False)
        totals[group.spec] = _count(engine, select(func.count()).select_from(kept.subquery()))
        if summarised:  # one `article_actors` row per article and actor: a plain count, no DISTINCT over mentions,
            # grouped by id and named after (a name per counted actor, not per row)
            per_actor = (select(AA.c.actor_id, func.count().label("k")).where(AA.c.article_id.in_(kept))
                         .group_by(AA.c.actor_id).subquery())
            counts = _frame(engine, select(ACT.c.name.label("item"), per_actor.c.k)
                            .join(per_actor, per_actor.c.actor_id == ACT.c.id))
        else:
            counts = _frame(engine, select(ACT.c.name.label("item"), func.count(distinct(M.c.article_id)).label("k"))
                            .select_from(M.join(ACT, ACT.c.id == M.c.actor_id))
                            .where(M.c.article_id.in_(kept)).group_by(ACT.c.name))
        parts.append(counts.assign(group=group.spec))
    frame = _complete(parts, totals)
    return frame[frame["item"].isin(view.actors)].reset_index(drop=True) if view.actors else frame


def group_statement_kinds(engine: Engine, view: View) -> pd.DataFrame:
    """group, item (a statement kind), k, n (the group's dated statements, by their own date as on the Timeline)."""
    parts, totals = [], {}
    for group in groups(view):
        where = [*_statement_conditions(view), ST.c.article_id.in_(_in_group(group, view, actors=False))]
        counts = _frame(engine, select(ST.c.kind.label("item"), func.count().label("k")).where(*where)
                        .group_by(ST.c.kind))
        totals[group.spec] = int(counts["k"].sum())
        parts.append(counts.assign(group=group.spec))
    return _complete(parts, totals)


def group_stances(engine: Engine, view: View) -> pd.DataFrame:
    """group, item ("side: stance"), k (stances of the group's experts toward that side), n (all their stances
    toward that side), at or above the view's confidence (a corrected stance always counts)."""
    joined, corrected = _effective_stances(with_articles=False)
    stance = func.coalesce(corrected.c.stance, S.c.stance)
    parts = []
    for group in groups(view):
        counts = _frame(engine, select(S.c.target, stance.label("stance"), func.count().label("k"))
                        .select_from(joined)
                        .where(S.c.article_id.in_(_in_group(group, view)),
                               or_(corrected.c.id.is_not(None), S.c.confidence >= view.minconf))
                        .group_by(S.c.target, stance))
        counts["n"] = counts.groupby("target")["k"].transform("sum")
        counts["item"] = counts["target"] + ": " + counts["stance"]
        parts.append(counts.assign(group=group.spec))
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=SHARE_COLUMNS)
    if frame.empty:
        return pd.DataFrame(columns=SHARE_COLUMNS)
    # A group without stances toward a side has nothing to share out there: those rows stay out (n would be 0).
    order = {group.spec: i for i, group in enumerate(groups(view))}
    frame = frame.assign(_order=frame["group"].map(order)).sort_values(["item", "_order"])
    return frame[SHARE_COLUMNS].astype({"k": int, "n": int}).reset_index(drop=True)


def group_speakers(engine: Engine, view: View, limit: int = 5) -> pd.DataFrame:
    """group, item (a speaker, or "(unattributed)"), k (the group's quotes by them), n (all the group's quotes):
    each group's `limit` most quoted speakers, every group's row for each of them."""
    speaker = func.coalesce(Q.c.speaker, UNATTRIBUTED).label("item")
    parts, totals = [], {}
    for group in groups(view):
        # the group's articles already carry the view's article filters: the quotes need no join to them
        where = [*_quote_own_conditions(view), Q.c.article_id.in_(_in_group(group, view, actors=False))]
        counts = _frame(engine, select(speaker, func.count().label("k")).where(*where).group_by(speaker))
        totals[group.spec] = int(counts["k"].sum())
        parts.append(counts.assign(group=group.spec))
    frame = _complete(parts, totals)
    top = set()
    for _, rows in frame[frame["k"] > 0].groupby("group", sort=False):
        top |= set(rows.sort_values(["k", "item"], ascending=[False, True])["item"].head(limit))
    return frame[frame["item"].isin(top)].reset_index(drop=True)


def group_sentences(engine: Engine, view: View, group: Group, actor: str, limit: int = 50) -> pd.DataFrame:
    """The sentences behind a share: each mention of `actor` in the group's articles, newest first."""
    offset = case((M.c.start > CONTEXT_CHARS, M.c.start - CONTEXT_CHARS), else_=0)
    statement = (
        select(A.c.id.label("article_id"), A.c.published, A.c.source, A.c.title, A.c.url, M.c.surface,
               (M.c.start - offset).label("at"), (M.c.end - offset).label("to"),
               func.substr(A.c.text, offset + 1, 2 * CONTEXT_CHARS + (M.c.end - M.c.start)).label("window"))
        .select_from(M.join(ACT, ACT.c.id == M.c.actor_id).join(A, A.c.id == M.c.article_id))
        .where(ACT.c.name == actor, A.c.id.in_(_in_group(group, view, actors=False)))
        .order_by(A.c.published.desc(), A.c.id, M.c.start).limit(limit)
    )
    frame = _frame(engine, statement)
    frame["sentence"] = [sentence_around(w, a, b) for w, a, b in zip(frame["window"], frame["at"], frame["to"])]
    frame["url"] = frame["url"].map(safe_link)
    return frame[["published", "source", "title", "surface", "sentence", "url", "article_id"]]


def _count(engine: Engine, statement) -> int:
    with engine.connect() as conn:
        return int(conn.execute(statement).scalar() or 0)


def _complete(parts: list[pd.DataFrame], totals: dict[str, int]) -> pd.DataFrame:
    """Every group's row for every item any group has (k = 0 where it has none), with the group's n."""
    found = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["group", "item", "k"])
    items = sorted(set(found["item"]))
    grid = pd.MultiIndex.from_product([list(totals), items], names=["group", "item"]).to_frame(index=False)
    frame = grid.merge(found[["group", "item", "k"]], on=["group", "item"], how="left").fillna({"k": 0})
    frame["n"] = frame["group"].map(totals)
    frame = frame.astype({"k": int, "n": int})
    return frame[SHARE_COLUMNS]


def group_articles_over_time(engine: Engine, view: View) -> pd.DataFrame:
    """period, group, articles: each group's dated articles per period (the view's grain)."""
    parts = []
    for group in groups(view):
        period = _bucket(engine, A.c.published, view.grain).label("period")
        parts.append(_frame(engine, select(period, func.count().label("articles"))
                            .where(A.c.published.is_not(None), A.c.id.in_(_in_group(group, view)))
                            .group_by(period)).assign(group=group.spec))
    columns = ["period", "group", "articles"]
    frame = pd.concat(parts, ignore_index=True)[columns] if parts else pd.DataFrame(columns=columns)
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    return frame.sort_values(["period", "group"]).reset_index(drop=True)
