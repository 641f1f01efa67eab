"""Timeline: ceasefire and peace statements on a date axis, one lane per actor, coloured by kind;
marks dated far from the rest are listed under it; click a mark (or pick it below) to read the statement in its article."""
import streamlit as st

from dashboard import charts, chrome, data, state
from dashboard.filters import STATEMENT_KINDS
from dashboard.reading import show_in_context
from dashboard.text import clipped

LIMIT = 1500

chrome.header("Timeline")
large = chrome.presenting()
if not large:
    left, right = st.columns(2)
    with left:
        state.multiselect("Kinds", "kinds", STATEMENT_KINDS, placeholder="All kinds")
    with right:
        chrome.search_input("Search the statements")
view = state.view()

frame = data.load("statements", view, LIMIT)
total = data.load("statements_count", view)
marks = charts.timeline_marks(frame)
event = chrome.chart(chrome.with_events(charts.timeline(marks, large)), "timeline_chart", selectable=True,
                     main=True)
for point in chrome.fresh_click("timeline", chrome.selected_points(event))[:1]:
    custom = point.get("customdata") or []
    if custom:
        state.jump(statement=int(custom[0]))

if not large:
    st.caption(charts.timeline_caption(marks, frame["id"].nunique() if not frame.empty else 0,
                                       chrome.ranked_total(total, view)))
    chrome.ranking_note(total, view, "statements")
    if not marks.outside.empty:
        chrome.table(marks.outside[["date", "lane", "kind", "text", "source"]], "timeline_far_dates",
                     hide_index=True,
                     column_config=chrome.columns(lane="Actor",
                                                  text=st.column_config.TextColumn("Statement", width="large")))
labels = {int(r.id): f"{r.date} · {r.lane} · {r.kind}: {clipped(r.text)}" for r in frame.itertuples()}
detail = chrome.picked_detail("Statement", "statement", labels, "Choose a statement", "statement_detail",
                              "statement")
if detail is not None:
    chrome.table(detail, "statement", drill_down=True, hide_index=True, placeholder="—",
                 column_config=chrome.columns(),
                 column_order=["kind", "date", "date_precision", "date_basis", "actor", "source", "published",
                               "title", "url"])
    show_in_context(detail.iloc[0])
