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

from dashboard.filters import QUOTE_KINDS, VOICE_BAND_NAMES as BANDS, VOICE_SIDES as SIDES, Group, View, groups
from dashboard.queries import (
    A, ACT, GROUPS, OD, Q, VD, _bucket, _frame, _outlet_conditions, _quote_conditions, _scalar, _summarised, words_in,
)
from dashboard.text import safe_link

UNATTRIBUTED = "unattributed"
OTHER = "other"
OUTLETS_SHOWN = 8  # without groups, the most quoting outlets each get a bar


def _band(by: str):
    """The band of a quote (joined to its speaker's actor row), as the database computes it."""
    if by == "role":
        return case((Q.c.speaker.is_(None), UNATTRIBUTED), else_=Q.c.speaker_role)
    return case((Q.c.speaker.is_(None), UNATTRIBUTED), (ACT.c.side.in_(SIDES), ACT.c.side), else_=OTHER)


def _joined():
    return Q.join(A, A.c.id == Q.c.article_id).outerjoin(ACT, ACT.c.id == Q.c.speaker_id)


# --- the daily summary (`voice_days`, kept at ingest): the same bands, counts and words without reading quotes ----

_VD_GROUPS = {"country": VD.c.outlet_country, "otype": VD.c.outlet_type, "lang": VD.c.language, "outlet": VD.c.outlet}


def _summary_band(by: str):
    if by == "role":
        return case((VD.c.attributed.is_(False), UNATTRIBUTED), else_=VD.c.role)
    return case((VD.c.attributed.is_(False), UNATTRIBUTED), (VD.c.side.in_(SIDES), VD.c.side), else_=OTHER)


def _answers(engine: Engine, view: View) -> bool:
    """Whether `voice_days` answers the view: dates, outlets, countries, types, languages, wire choice and role it
    keeps; a topic, speaker, quote kind, words or actors need the quotes themselves. And it must hold every quote
    of a dated article (a store written around `ingest.store`, or not yet upgraded, is read from the base tables)."""
    narrowed = view.topic or view.speaker or view.q or view.actors or [k for k in view.kinds if k in QUOTE_KINDS]
    if narrowed or not _summarised(engine):
        return False
    quoted = select(func.coalesce(func.sum(OD.c.quotes), 0)).scalar_subquery()
    summed = select(func.coalesce(func.sum(VD.c.quotes), 0)).scalar_subquery()
    return bool(_scalar(engine, select(quoted == summed)))


def _summary_conditions(view: View) -> list:
    conditions = []
    if view.date_from:
        conditions.append(VD.c.day >= view.date_from)
    if view.date_to:
        conditions.append(VD.c.day <= view.date_to)
    if view.sources:
        conditions.append(VD.c.source.in_(view.sources))
    conditions.extend(_outlet_conditions(view, VD))
    if view.role:  # as on the quotes: an unnamed official's quote is the role's too, in the unattributed band
        conditions.append(VD.c.role == view.role)
    if view.wire_once:
        conditions.append(VD.c.is_copy.is_(False))
    return conditions


def voices_over_time(engine: Engine, view: View) -> pd.DataFrame:
    """period, band, quotes, words: the quotes of dated articles per period (the view's grain) and band."""
    if _answers(engine, view):
        band, period = _summary_band(view.by).label("band"), _bucket(engine, VD.c.day, view.grain).label("period")
        statement = (select(period, band, func.sum(VD.c.quotes).label("quotes"), func.sum(VD.c.words).label("words"))
                     .where(*_summary_conditions(view)).group_by(period, band).having(func.sum(VD.c.quotes) > 0))
    else:
        band, period = _band(view.by).label("band"), _bucket(engine, A.c.published, view.grain).label("period")
        statement = (select(period, band, func.count().label("quotes"), func.sum(words_in(Q.c.text)).label("words"))
                     .select_from(_joined()).where(A.c.published.is_not(None), *_quote_conditions(view))
                     .group_by(period, band))
    frame = _frame(engine, statement)
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    return _tidy(frame, "period")


def voices_by_group(engine: Engine, view: View) -> pd.DataFrame:
    """group, band, quotes, words: per compared group (the view's `compare`), else per outlet (the most quoting
    few, by the registry's outlet name). Undated articles count here (no time axis), so the daily summary answers
    only a store whose every quoted article is dated."""
    summary = _answers(engine, view) and not _undated_quotes(engine)
    band = (_summary_band if summary else _band)(view.by).label("band")
    quoted, words = ((func.sum(VD.c.quotes), func.sum(VD.c.words)) if summary
                     else (func.count(), func.sum(words_in(Q.c.text))))
    compared = groups(view)
    if compared:
        parts = []
        for group in compared:
            if summary:
                statement = (select(band, quoted.label("quotes"), words.label("words"))
                             .where(_VD_GROUPS[group.field] == group.value, *_summary_conditions(view))
                             .group_by(band).having(quoted > 0))
            else:
                statement = (select(band, quoted.label("quotes"), words.label("words")).select_from(_joined())
                             .where(GROUPS[group.field] == group.value, *_quote_conditions(view)).group_by(band))
            parts.append(_frame(engine, statement).assign(group=group.spec))
        frame = pd.concat(parts, ignore_index=True)
    else:
        if summary:
            outlet = case((VD.c.outlet != "", VD.c.outlet), else_=VD.c.source).label("group")
            statement = (select(outlet, band, quoted.label("quotes"), words.label("words"))
                         .where(*_summary_conditions(view)).group_by(outlet, band).having(quoted > 0))
        else:
            outlet = func.coalesce(A.c.outlet, A.c.source, "").label("group")
            statement = (select(outlet, band, quoted.label("quotes"), words.label("words"))
                         .select_from(_joined()).where(*_quote_conditions(view)).group_by(outlet, band))
        frame = _frame(engine, statement)
        busiest = frame.groupby("group")["quotes"].sum().sort_values(ascending=False, kind="stable")
        frame = frame[frame["group"].isin(busiest.head(OUTLETS_SHOWN).index)]
    return _tidy(frame, "group")


def _undated_quotes(engine: Engine) -> bool:
    """Whether any quote sits in an article without a date (the daily summary leaves those out)."""
    statement = select(Q.c.id).join(A, A.c.id == Q.c.article_id).where(A.c.published.is_(None)).limit(1)
    return _scalar(engine, statement) is not None


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
