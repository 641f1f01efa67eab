"""Decks: the presenter decks (named, ordered lists of saved views), each with a link that presents it and its
views in order; outside read-only mode a view can be taken out. Views are added from any page's "Save this view
to a deck"."""
import streamlit as st

from dashboard import actions, chrome, data, state
from dashboard.decks import slide_view

chrome.header("Decks")
names = data.load("deck_names")
if names.empty:
    st.info("No decks yet. On any page, open “Save this view to a deck” in the sidebar to start one.")
for number, (deck, count) in enumerate(zip(names["deck"], names["views"]), start=1):
    st.subheader(deck)
    slides = data.load("deck_views", deck)
    st.page_link("dashboard/pages/overview.py", label=f"Present “{deck}” ({count} views)",
                 icon=":material/slideshow:", query_params=slide_view("", deck, 1).to_params())
    shown = slides.assign(view=[f"/{page}?{query}" if query else f"/{page}"
                                for page, query in zip(slides["page"], slides["query"])])
    chrome.table(shown, f"deck_{number}_{deck}", hide_index=True, column_order=["position", "title", "view"],
                 column_config=chrome.columns(position="Order", title="Title", view="Page and view"))
    if not data.readonly() and not state.view().present:
        with st.form(f"remove_{deck}", border=False):
            labels = {int(n): f"{n}: {t or p or 'overview'}"
                      for n, t, p in zip(slides["position"], slides["title"], slides["page"])}
            position = st.selectbox("Take out view", list(labels), key=f"remove_pick_{deck}", format_func=labels.get)
            if st.form_submit_button("Take it out", icon=":material/delete:"):
                actions.remove_from_deck(deck, int(position))
                st.rerun()
