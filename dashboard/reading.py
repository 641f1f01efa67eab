"""Showing a stored span in its article as plain text: the words before, the span in brackets, the words after."""
from __future__ import annotations

import streamlit as st

from dashboard.text import MARKS


def in_context(before: str | None, span: str | None, after: str | None) -> str:
    opening, closing = MARKS["quote"]
    return f"…{before or ''}{opening}{span or ''}{closing}{after or ''}…"


def show_in_context(row) -> None:
    """The row's span (from `queries.quote_detail` / `statement_detail`) in its article, as text."""
    st.text(in_context(row["before"], row["span"], row["after"]))
    st.page_link("dashboard/pages/articles.py", label="Open the whole article",
                 query_params={"article": str(int(row["article_id"]))})
