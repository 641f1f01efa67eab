"""Overview: what is in the data at a glance, small multiples of the main charts, guidance when empty."""
from dataclasses import replace

import streamlit as st

from dashboard import charts, chrome, data, state
from dashboard.text import date_span, moment

# Counts are short; the date span and the last ingest get a wider column so they show whole, in presenter type too.
METRIC_WIDTHS = [1, 1, 1, 2.4]
# Presenter mode: the panels sit under a row of counts, so they get less of the screen than other main charts;
# the two long labels ("Articles (all copies)", "Dated statements") get wider columns so they show whole.
PRESENTER_MULTIPLES_PX = 370
PRESENTER_COUNT_WIDTHS = [1.5, 1, 1, 1, 1, 1.4]

chrome.header("Overview")
view = state.view()
large = chrome.presenting()
summary = data.load("summary", view)

if summary.articles == 0:
    st.info("No articles match yet. Add some on the Articles page, or with "
            "`python -m ingest add FILE_OR_URL` / `python -m ingest watch FEED`; widen the filters if some are set.")

# Articles and stories from every copy, so the pair says how much wire copy there is whatever the toggle.
copies = data.load("summary", replace(view, wire="all")) if view.wire_once else summary
# Quotes and statements counted as the Quotes and Timeline pages count them under the same filters, so the
# links below open pages showing these numbers.
shared = state.shared_view()
counts = [("Articles (all copies)", copies.articles, "Every stored article, wire copies included"),
          ("Stories", copies.stories, "Each wire story counted once, however many outlets ran it"),
          ("Outlets", summary.outlets, None),
          ("Quotes", data.load("quotes_count", shared),
           "Quotes whose words mention a chosen actor, as on the Quotes page" if view.actors else None),
          ("Experts", summary.experts, None),
          ("Dated statements", data.load("statements_count", shared),
           "Statements by a chosen actor dated in the chosen dates, as on the Timeline" if view.actors
           else "Statements dated in the chosen dates, as on the Timeline")]


def count_metrics(places, shown) -> None:
    for place, (label, value, help_text) in zip(places, shown):
        place.metric(label, f"{value:,}", help=help_text)


def span_metric(place) -> None:
    place.metric("Date span", date_span(summary.first, summary.last), help="Publication dates of the articles shown")


def ingest_metric(place) -> None:
    place.metric("Last ingest", moment(summary.last_ingest))


top = data.load("top_actors", view, 10)
names = data.shown_actors(view, top, 4)
series = data.load("mentions_over_time", view, names)
span = (view.date_from, view.date_to)

if large:
    # One projector screen: the counts in one row, then the panels side by side; the rest follows below.
    count_metrics(st.columns(PRESENTER_COUNT_WIDTHS), counts)
    chrome.chart(charts.small_multiples(series, view.grain, large, span, across=True), "overview_multiples",
                 main=True, room_px=PRESENTER_MULTIPLES_PX)
    left, right = st.columns(2)
    with left:
        chrome.chart(charts.top_actors_bar(top, large), "overview_top")
    with right:
        chrome.chart(charts.kinds_bar(data.load("statement_kinds", view), large), "overview_kinds")
    row = st.columns(2)
    span_metric(row[0])
    ingest_metric(row[1])
else:
    row = st.columns(METRIC_WIDTHS)
    count_metrics(row, counts[:3])
    span_metric(row[3])
    row = st.columns(METRIC_WIDTHS)
    count_metrics(row, counts[3:])
    ingest_metric(row[3])

    params = state.shared_params()
    links = st.columns(4)
    links[0].page_link("dashboard/pages/articles.py", label="Read the articles", query_params=params)
    links[1].page_link("dashboard/pages/quotes.py", label="Explore the quotes", query_params=params)
    links[2].page_link("dashboard/pages/experts.py", label="Compare the experts", query_params=params)
    links[3].page_link("dashboard/pages/timeline.py", label="See the statements", query_params=params)

    left, right = st.columns(2)
    with left:
        chrome.chart(charts.small_multiples(series, view.grain, large, span), "overview_multiples")
    with right:
        chrome.chart(charts.top_actors_bar(top, large), "overview_top")
        chrome.chart(charts.kinds_bar(data.load("statement_kinds", view), large), "overview_kinds")
