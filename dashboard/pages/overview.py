"""Overview: what is in the data at a glance, small multiples of the main charts, guidance when empty."""
import streamlit as st

from dashboard import charts, chrome, data, state

chrome.header("Overview")
view = state.view()
large = chrome.presenting()
summary = data.load("summary", view)

if summary.articles == 0:
    st.info("No articles match yet. Add some on the Articles page, or with "
            "`python -m ingest add FILE_OR_URL` / `python -m ingest watch FEED`; widen the filters if some are set.")

span = f"{summary.first} – {summary.last}" if summary.first else "–"
row = st.columns(4)
row[0].metric("Articles", f"{summary.articles:,}")
row[1].metric("Stories (wire copies once)", f"{summary.stories:,}")
row[2].metric("Outlets", f"{summary.outlets:,}")
row[3].metric("Date span", span)
row = st.columns(4)
row[0].metric("Quotes", f"{summary.quotes:,}")
row[1].metric("Experts", f"{summary.experts:,}")
row[2].metric("Dated statements", f"{summary.statements:,}")
row[3].metric("Last ingest", f"{summary.last_ingest:%Y-%m-%d %H:%M}" if summary.last_ingest else "never")

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
    chrome.chart(charts.small_multiples(data.load("mentions_over_time", view, names), view.grain, large), "overview_multiples")
with right:
    chrome.chart(charts.top_actors_bar(top, large), "overview_top")
    chrome.chart(charts.kinds_bar(data.load("statement_kinds", view), large), "overview_kinds")
