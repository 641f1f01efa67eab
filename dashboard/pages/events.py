"""Events: the dated events of the talks drawn on every time axis (`data/events.toml`); analysts add, change and
remove them here (not in read-only mode). `events=0` in any link hides the markers."""
import streamlit as st

from dashboard import actions, chrome, data, state

chrome.header("Events")
large = chrome.presenting()
try:
    events = data.events()
except data.EventError as exc:
    st.error(f"{exc}. Fix data/events.toml (or COVERAGE_EVENTS) and reload.")
    events = None

if events is not None:
    if not large:
        state.toggle("Draw events on the time charts", "events")
    st.caption(f"{len(events)} events, each with the report it was checked against. Kinds: "
               + "; ".join(f"{kind}: {meaning}" for kind, meaning in data.EVENT_KINDS.items()) + ".")
    if data.readonly() or large:
        chrome.table(events, "events", hide_index=True, column_order=["date", "label", "kind", "source", "note"],
                     column_config=chrome.columns(label="Event", source=st.column_config.LinkColumn("Source")))
    else:
        edited = st.data_editor(
            events, hide_index=True, num_rows="dynamic", key="events_editor",
            column_order=["date", "label", "kind", "source", "note"],
            column_config={
                "date": st.column_config.DateColumn("Date", required=True, format="YYYY-MM-DD"),
                "label": st.column_config.TextColumn("Event", required=True, max_chars=60),
                "kind": st.column_config.SelectboxColumn("Kind", options=list(data.EVENT_KINDS), required=True),
                "source": st.column_config.LinkColumn("Source", required=True, validate=r"^https?://"),
                "note": st.column_config.TextColumn("Note"),
            },
        )
        chrome.csv_download(events, "events")
        if st.button("Save events", icon=":material/save:"):
            try:
                st.success(actions.save_events(edited))
            except data.EventError as exc:
                st.error(f"{exc}; nothing was saved.")
