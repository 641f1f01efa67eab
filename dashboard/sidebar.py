"""The shared sidebar: the filters every page applies (dates, actors, outlets, the outlets' countries and types,
languages, topic, wire stories)."""
from __future__ import annotations

import streamlit as st

from dashboard import data, state


def render() -> None:
    with st.sidebar:
        st.header("Filters")
        state.date_input("From", "date_from", key="w_from", format="YYYY-MM-DD")
        state.date_input("To", "date_to", key="w_to", format="YYYY-MM-DD")
        state.multiselect("Actors", "actors", data.load("actor_names"), key="w_actors",
                          placeholder="All actors")
        state.multiselect("Outlets", "sources", data.load("sources"), key="w_sources", placeholder="All outlets")
        state.multiselect("Outlet countries", "country", data.load("outlet_countries"), key="w_country",
                          placeholder="All countries")
        state.multiselect("Outlet types", "otype", data.load("outlet_types"), key="w_otype", placeholder="All types",
                          help="wire, public, state, private, independent (see data/outlets.toml); unlisted:"
                               " an outlet not in the registry")
        state.multiselect("Languages", "lang", data.load("languages"), key="w_lang", placeholder="All languages")
        state.selectbox("Topic", "topic", data.load("topics"), key="w_topic")
        state.segmented("Wire stories", "wire", ("once", "all"), key="w_wire",
                        format_func=lambda v: "Count once" if v == "once" else "Every copy")
        if data.readonly():
            st.info("Read-only mode: adding, deleting and correcting are switched off.")
