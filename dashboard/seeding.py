"""First run: an empty store is seeded from `seeds/` through ingest (never in read-only mode), and a
store that still has nothing to show gets one line of guidance instead of empty charts.
"""
from __future__ import annotations

import streamlit as st

from dashboard import data, queries

_CHECKED = "_seed_checked"


def ready() -> bool:
    """Whether there is a store to read; seeds it once per session when it is empty and writable."""
    if not st.session_state.get(_CHECKED):
        st.session_state[_CHECKED] = True
        if not data.readonly() and _empty():
            _seed()
    if data.store_file_missing() or not queries.has_store(data.engine()):
        st.title("No data yet")
        st.info(f"There is no store at `{data.shown_url()}`. Add articles with `python -m ingest add FILE_OR_URL`, "
                "or start the dashboard without COVERAGE_READONLY to seed it from seeds/.")
        return False
    return True


def _empty() -> bool:
    if data.store_file_missing():
        return True
    engine = data.engine()
    return not queries.has_store(engine) or queries.article_total(engine) == 0


def _seed() -> None:
    try:
        from ingest.pipeline import ensure_seeded
    except ImportError:
        st.warning("The store is empty and the ingest package cannot be loaded to seed it; "
                   "run `python -m ingest add seeds/` from the project folder.")
        return
    with st.spinner("First run: adding the seed articles…"):
        ensure_seeded(data.url())
    st.cache_data.clear()
