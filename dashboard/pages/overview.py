"""Overview: what is in the data at a glance, small multiples of the main charts, guidance when empty."""
from dataclasses import replace

import streamlit as st

from dashboard import charts, chrome, data, state
from dashboard.text import date_span, moment

# Counts are short; the date span and the last ingest get a wider column so they show whole, in presenter type too.
METRIC_WIDTHS = [1, 1, 1, 2.4]

chrome.header("Overview")
view = state.view()
large = chrome.presenting()
summary = data.load("summary", view)

if summary.articles == 0:
    st.info("No articles match yet. Add some on the Articles page, or with "
            "`python -m ingest add FILE_OR_URL` / `python -m ingest watch FEED`; widen the filters if some are set.")

# Articles and stories from every copy, so the pair says how much wire copy there is whatever the toggle.
copies = data.load("summary", replace(view, wire="all")) if view.wire_once else summary
row = st.columns(METRIC_WIDTHS)
row[0].metric("Articles (all copies)", f"{copies.articles:,}", help="Every stored article, wire copies included")
row[1].metric("Stories", f"{copies.stories:,}", help="Each wire story counted once, however many outlets ran it")
row[2].metric("Outlets", f"{summary.outlets:,}")
row[3].metric("Date span", date_span(summary.first, summary.last), help="Publication dates of the articles shown")
row = st.columns(METRIC_WIDTHS)
row[0].metric("Quotes", f"{summary.quotes:,}")
row[1].metric("Experts", f"{summary.experts:,}")
row[2].metric("Dated statements", f"{summary.statements:,}")
row[3].metric("Last ingest", moment(summary.last_ingest))

if not large:
    shared = state.shared_params()
    links = st.columns(4)
    links[0].page_link("dashboard/pages/articles.py", label="Read the articles", query_params=shared)
    links[1].page_link("dashboard/pages/quotes.py", label="Explore the quotes", query_params=shared)
    links[2].page_link("dashboard/pages/experts.py", label="Compare the experts", query_params=shared)
    links[3].page_link("dashboard/pages/timeline.py", label="See the statements", query_params=shared)

top = data.load("top_actors", view, 10)
names = data.shown_actors(view, top, 4)
left, right = st.columns(2)
with left:
    series = data.load("mentions_over_time", view, names)
    chrome.chart(charts.small_multiples(series, view.grain, large, (view.date_from, view.date_to)),
                 "overview_multiples")
with right:
    chrome.chart(charts.top_actors_bar(top, large), "overview_top")
    chrome.chart(charts.kinds_bar(data.load("statement_kinds", view), large), "overview_kinds")
