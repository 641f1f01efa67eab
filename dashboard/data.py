"""The dashboard's side of the store: which database, read-only or not, one cached engine, and cached
loaders keyed on the data's change marker (so a new article refreshes every view, and nothing else does).

`COVERAGE_READONLY=1` shows the dashboard to an audience: no add, delete or correction controls.
Reads always go through a read-only connection; writes only ever happen inside `ingest`.
"""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st
from sqlalchemy.engine import Engine, make_url

import pandas as pd

from dashboard import queries
from storage import events as event_file
from storage.engine import database_url, open_engine, safe_url

READONLY_ENV = "COVERAGE_READONLY"
StoreUnreachable = queries.StoreUnreachable
EventError = event_file.EventError  # a wrong events file: its message says, in one line, what to fix
EVENT_KINDS = event_file.KINDS
_MARKER = "_marker"


def readonly() -> bool:
    return os.environ.get(READONLY_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def url() -> str:
    return database_url()


def shown_url() -> str:
    """The database address without any password for messages; an SQLite store by its file name only (the
    server's folders are nobody's business on a shared dashboard)."""
    parsed = make_url(url())
    if parsed.get_backend_name() == "sqlite":
        return Path(parsed.database or "").name or "(in memory)"
    return safe_url(url())


def store_file_missing() -> bool:
    """True for an SQLite store whose file does not exist yet (a read-only open would fail)."""
    parsed = make_url(url())
    return parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").exists()


@st.cache_resource(show_spinner=False)
def _engine(db_url: str) -> Engine:
    return open_engine(db_url, readonly=True)


def engine() -> Engine:
    return _engine(url())


def refresh_marker() -> str:
    """Read the change marker (one cheap query) and remember it for this run's loaders."""
    marker = queries.change_marker(engine())
    st.session_state[_MARKER] = marker
    return marker


def marker() -> str:
    return st.session_state.get(_MARKER) or refresh_marker()


@st.cache_data(show_spinner=False, max_entries=512)
def _load(db_url: str, change: str, name: str, args: tuple):
    return getattr(queries, name)(_engine(db_url), *args)


def load(name: str, *args):
    """`queries.<name>(engine, *args)`, cached until the data changes."""
    return _load(url(), marker(), name, args)


def load_uncached(name: str, *args):
    """`queries.<name>(engine, *args)` straight from the store, for one-off large reads such as exports."""
    return getattr(queries, name)(engine(), *args)


def shown_actors(view, top, limit: int) -> list[str]:
    """The actors a chart draws: the chosen ones, else the most covered (from a `top_actors` frame)."""
    return list(view.actors) if view.actors else top["actor"].head(limit).tolist()


@st.cache_data(show_spinner=False, max_entries=8)
def _events(path: str, changed: float) -> pd.DataFrame:
    rows = [vars(event) for event in event_file.load(Path(path))]
    return pd.DataFrame(rows, columns=["date", "label", "kind", "source", "note"])


def events() -> pd.DataFrame:
    """date, label, kind, source, note: the dated events of the talks (`data/events.toml`), read again whenever
    the file changes. A wrong file raises `storage.events.EventError`, whose one line says what to fix."""
    path = event_file.events_path()
    return _events(str(path), path.stat().st_mtime if path.exists() else 0.0)
