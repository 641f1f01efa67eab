"""Actors: coverage of each actor over time, the most covered, who appears together, and the sentences
behind any point, bar or cell (click it, or pick it below)."""
from datetime import date

import streamlit as st

from dashboard import charts, chrome, data, state
from dashboard.filters import GRAINS, MEASURES, period_end

MEASURE_NAMES = {"count": "Articles", "share": "Share of articles", "mentions": "Mentions"}

chrome.header("Actors")
large = chrome.presenting()
if not large:
    left, right = st.columns(2)
    with left:
        state.segmented("Time step", "grain", GRAINS, format_func=str.capitalize)
    with right:
        state.segmented("Measure", "measure", MEASURES,
                        format_func=MEASURE_NAMES.get)
view = state.view()

top = data.load("top_actors", view)
names = data.shown_actors(view, top, 6)
series = data.load("mentions_over_time", view, names)
span = (view.date_from, view.date_to)
totals = data.load("articles_per_period", view) if view.measure == "share" else None
matrix_names = data.shown_actors(view, top, 10)

clicks = [
    chrome.chart(chrome.with_events(charts.mentions_lines(series, view.measure, view.grain, large, span, totals)),
                 "actors_lines",
                 selectable=True, main=True),
    chrome.chart(charts.top_actors_bar(top, large), "actors_top", selectable=True),
    chrome.chart(charts.cooccurrence_heatmap(data.load("cooccurrence", view, matrix_names), matrix_names, large),
                 "actors_matrix", selectable=True),
]

references = data.load("reference_queries")
if references and not large:
    state.selectbox("Beside the corpus: all coverage a news index saw for", "ref", references,
                    none_label="None (run `python -m ingest discover` to keep one)")
    view = state.view()
if view.ref:
    chrome.chart(charts.reference_lines(data.load("reference_per_period", view, view.ref),
                                        data.load("articles_per_period", view), view.ref, view.grain, large),
                 "actors_reference")

if not large or view.pick:
    st.header("Sentences behind the numbers")
if not large:
    for key, event in zip(("lines", "top", "matrix"), clicks):
        for point in chrome.fresh_click(key, chrome.selected_points(event))[:1]:
            custom = point.get("customdata") or []
            pair = custom[0] if custom and isinstance(custom[0], list) else custom
            changes = {"pick": pair[0] if pair else None, "at": None, "also": None}
            if key == "lines" and len(pair) > 1:
                changes["at"] = date.fromisoformat(str(pair[1])[:10])
            if key == "matrix" and len(pair) > 1 and pair[1] != pair[0]:
                changes["also"] = pair[1]
            state.jump(**changes)
    periods = sorted(series["period"].unique()) if not series.empty else []
    pick_from = data.load("actor_names")  # every actor mentioned, not only the most covered
    columns = st.columns(3)
    with columns[0]:
        state.selectbox("Actor", "pick", pick_from, none_label="Choose an actor")
    with columns[1]:
        state.selectbox(f"{view.grain.capitalize()} starting", "at", periods, none_label="Any date",
                        format_func=lambda d: d.isoformat())
    with columns[2]:
        state.selectbox("Also mentioning", "also", pick_from, none_label="Anyone")
view = state.view()
if view.pick:
    end = period_end(view.at, view.grain) if view.at else None
    rows = data.load("mention_sentences", view, view.pick, view.at, end, view.also)
    if large:  # no pickers on a projected screen: say in words whose sentences these are
        st.text(" · ".join(filter(None, [view.pick, view.at and f"{view.grain} of {view.at.isoformat()}",
                                         view.also and f"with {view.also}"])))
    st.metric("Mentions shown (newest 50 at most)", len(rows))
    chrome.table(rows, "actor_sentences", drill_down=True,
                 hide_index=True, row_height=chrome.WRAPPED_ROW_PX, placeholder="—",
                 column_config=chrome.columns(),
                 column_order=["sentence", "surface", "published", "source", "title", "url", "article_id"])
elif not large:
    st.info("Click a point, a bar or a cell above, or choose an actor, to see the sentences behind it.")
