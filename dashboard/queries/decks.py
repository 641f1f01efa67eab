"""Presenter decks: the named decks and the saved views of one deck, in order. A store no writer has opened since
decks came has no `deck_views` table yet: it has no decks."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import func, inspect, select
from sqlalchemy.engine import Engine

from dashboard.queries import DECKS as D, _frame

DECK_COLUMNS = ["position", "page", "query", "title"]


def _has_decks(engine: Engine) -> bool:
    return inspect(engine).has_table(D.name)


def deck_names(engine: Engine) -> pd.DataFrame:
    """deck, views: every deck by name with how many views it holds."""
    if not _has_decks(engine):
        return pd.DataFrame(columns=["deck", "views"])
    return _frame(engine, select(D.c.deck, func.count().label("views")).group_by(D.c.deck).order_by(D.c.deck))


def deck_views(engine: Engine, deck: str) -> pd.DataFrame:
    """position, page, query, title: the deck's saved views in order (none for an unknown deck)."""
    if not _has_decks(engine):
        return pd.DataFrame(columns=DECK_COLUMNS)
    frame = _frame(engine, select(*(D.c[c] for c in DECK_COLUMNS)).where(D.c.deck == deck).order_by(D.c.position))
    frame["title"] = frame["title"].astype(object).where(frame["title"].notna(), None)  # untitled: None, not NaN
    return frame
