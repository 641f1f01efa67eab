"""Whose voices: the quotes (and the quoted words) by the speaker's side or role, per period and per outlet or
group, and the quotes behind a band.

A speaker's side comes from the actor registry (`actors.side`): Russia, Ukraine, the United States and Europe
are their own bands, any other side or none is "other", and a quote without a speaker is "unattributed" (its own
band, never dropped). Roles are the quote's `speaker_role` (official, expert, other), unattributed apart likewise.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import case, func, select
from sqlalchemy.engine import Engine

from dashboard.filters import VOICE_BAND_NAMES as BANDS, VOICE_SIDES as SIDES, Group, View, groups
from dashboard.queries import A, ACT, GROUPS, Q, _bucket, _frame, _quote_conditions
from dashboard.text import safe_link

UNATTRIBUTED = "unattributed"
OTHER = "other"
OUTLETS_SHOWN = 8  # without groups, the most quoting outlets each get a bar


def _band(by: str):
    """The band of a quote (joined to its speaker's actor row), as the database computes it."""
    if by == "role":
        return case((Q.c.speaker.is_(None), UNATTRIBUTED), else_=Q.c.speaker_role)
    return case((Q.c.speaker.is_(None), UNATTRIBUTED), (ACT.c.side.in_(SIDES), ACT.c.side), else_=OTHER)


def _words(column):
    """Words in the quote: its spaces plus one (quotes are stored trimmed, single-spaced)."""
    return func.length(column) - func.length(func.replace(column, " ", "")) + 1


def _joined():
    return Q.join(A, A.c.id == Q.c.article_id).outerjoin(ACT, ACT.c.id == Q.c.speaker_id)


def voices_over_time(engine: Engine, view: View) -> pd.DataFrame:
    """period, band, quotes, words: the quotes of dated articles per period (the view's grain) and band."""
    band = _band(view.by).label("band")
    period = _bucket(engine, A.c.published, view.grain).label("period")
    statement = (select(period, band, func.count().label("quotes"), func.sum(_words(Q.c.text)).label("words"))
                 .select_from(_joined()).where(A.c.published.is_not(None), *_quote_conditions(view))
                 .group_by(period, band))
    frame = _frame(engine, statement)
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    return _tidy(frame, "period")


def voices_by_group(engine: Engine, view: View) -> pd.DataFrame:
    """group, band, quotes, words: per compared group (the view's `compare`), else per outlet (the most quoting
    few, by the registry's outlet name)."""
    band = _band(view.by).label("band")
    compared = groups(view)
    if compared:
        parts = []
        for group in compared:
            statement = (select(band, func.count().label("quotes"), func.sum(_words(Q.c.text)).label("words"))
                         .select_from(_joined())
                         .where(GROUPS[group.field] == group.value, *_quote_conditions(view)).group_by(band))
            parts.append(_frame(engine, statement).assign(group=group.spec))
        frame = pd.concat(parts, ignore_index=True)
    else:
        outlet = func.coalesce(A.c.outlet, A.c.source, "").label("group")
        frame = _frame(engine, select(outlet, band, func.count().label("quotes"),
                                      func.sum(_words(Q.c.text)).label("words"))
                       .select_from(_joined()).where(*_quote_conditions(view)).group_by(outlet, band))
        busiest = frame.groupby("group")["quotes"].sum().sort_values(ascending=False, kind="stable")
        frame = frame[frame["group"].isin(busiest.head(OUTLETS_SHOWN).index)]
    return _tidy(frame, "group")


def voice_quotes(engine: Engine, view: View, band: str, start: date | None = None, end: date | None = None,
                 group: Group | None = None, limit: int = 50) -> pd.DataFrame:
    """The quotes behind a band: of `band` (under the view's `by`), published in [start, end) and in `group`
    (or outlet) when given, newest first."""
    where = [_band(view.by) == band, *_quote_conditions(view)]
    if start:
        where.append(A.c.published >= start)
    if end:
        where.append(A.c.published < end)
    if group is not None:
        where.append(GROUPS[group.field] == group.value)
    statement = (select(Q.c.id, Q.c.text.label("quote"), Q.c.speaker, Q.c.speaker_role.label("role"),
                        ACT.c.side, A.c.published, A.c.source, A.c.title, A.c.url, A.c.id.label("article_id"))
                 .select_from(_joined()).where(*where)
                 .order_by(A.c.published.desc(), A.c.id, Q.c.start).limit(limit))
    frame = _frame(engine, statement)
    frame["url"] = frame["url"].map(safe_link)
    return frame


def _tidy(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    frame = frame.astype({"quotes": int, "words": int})  # PostgreSQL sums as numeric
    order = {band: i for i, band in enumerate(BANDS["side"] + BANDS["role"])}
    frame = frame.assign(_order=frame["band"].map(order)).sort_values([key, "_order"], kind="stable")
    return frame.drop(columns="_order").reset_index(drop=True)[[key, "band", "quotes", "words"]]
