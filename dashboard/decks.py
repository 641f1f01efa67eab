"""Presenter decks in the page chrome: saving the view shown to a deck, following a deck in presenter mode
(`/?deck=NAME&present=1` opens its first view, `slide=N` its Nth) and stepping from view to view.

A deck's views are stored by `ingest.store` (the only writer) in `deck_views`: each a page's URL path and the
query string of the view, without the deck, slide and presenter fields (those are added when it is shown).
"""
from __future__ import annotations

from urllib.parse import parse_qs

import streamlit as st

from dashboard import actions, data, state
from dashboard.filters import View, from_params

_FOLLOWED = "_deck_followed"
_SAVED = "_deck_saved"  # the message that a view was saved, shown after the rerun that follows the save


def saved_query(view: View) -> str:
    """The query string a deck keeps for a view: everything but the deck, slide and presenter fields."""
    return view.with_(deck=None, slide=1, present=False).query_string()


def slide_view(query: str, deck: str, number: int) -> View:
    """The view shown as view `number` of `deck` in presenter mode."""
    return from_params(parse_qs(query)).with_(deck=deck, slide=number, present=True)


def save_control() -> None:
    """"Save this view to a deck", at the foot of the sidebar (not on a projected screen, not read-only)."""
    if state.view().present or data.readonly():
        return
    with st.sidebar:
        _save_form()


def _save_form() -> None:
    if _SAVED in st.session_state:
        st.success(st.session_state.pop(_SAVED))
    with st.expander("Save this view to a deck", icon=":material/slideshow:"):
        names = data.load("deck_names")["deck"].tolist()
        # Plain widgets, not a form: the page's own forms stay the only ones on it.
        deck = st.text_input("Deck", placeholder="e.g. Monday briefing", max_chars=100, key="deck_name",
                             help=("Decks so far: " + ", ".join(names)) if names else
                             "A new deck starts with this view.")
        title = st.text_input("Title of this view (optional)", max_chars=200, key="deck_title")
        if st.button("Save to deck", icon=":material/add:", key="deck_save"):
            if not deck.strip():
                st.error("Name the deck to save this view to.")
                return
            position = actions.save_to_deck(deck.strip(), state.page_path(), saved_query(state.view()),
                                            title.strip() or None)
            st.session_state[_SAVED] = (f"Saved as view {position} of “{deck.strip()}”. "
                                        "Present it from the Decks page.")
            data.refresh_marker()  # the store changed here: no need for the live check to rerun the page again
            st.rerun()


def follow(pages, current) -> None:
    """In presenter mode with a deck: open the page and view the deck's current slide holds (once per slide, so a
    view that reads back differently can never send the browser round in circles)."""
    view = state.view()
    if not (view.deck and view.present):
        return
    slides = data.load("deck_views", view.deck)
    if slides.empty:
        st.warning(f"There is no deck named “{view.deck}”: save views to it first "
                   "(“Save this view to a deck”, in the sidebar).")
        return
    number = min(view.slide, len(slides))
    slide = slides.iloc[number - 1]
    wanted = slide_view(slide["query"], view.deck, number)
    target = {page.url_path: page for page in pages}.get(slide["page"])
    if target is None:
        st.warning(f"View {number} of “{view.deck}” is on a page this dashboard no longer has "
                   f"({slide['page']!r}).")
        return
    arrived = current.url_path == slide["page"] and view == wanted
    if not arrived and st.session_state.get(_FOLLOWED) != (view.deck, number):
        st.session_state[_FOLLOWED] = (view.deck, number)
        st.switch_page(target, query_params=wanted.to_params())


# The presenter's controls: a button each way, also pressed by the arrow keys (as a clicker sends them).
STEPS = (("Previous view", ":material/arrow_back:", "Left", -1),
         ("Next view", ":material/arrow_forward:", "Right", 1))


def nav(pages) -> None:
    """In presenter mode with a deck: where in the deck this is, and buttons (and the arrow keys) to the views
    before and after it."""
    view = state.view()
    if not (view.deck and view.present):
        return
    slides = data.load("deck_views", view.deck)
    if slides.empty:
        return
    number = min(view.slide, len(slides))
    by_path = {page.url_path: page for page in pages}
    title = slides.iloc[number - 1]["title"]
    with st.container(key="deck_nav", horizontal=True, gap="small"):
        st.text(f"{view.deck} · {number} of {len(slides)}" + (f": {title}" if title else ""))
        for label, icon, key, step in STEPS:
            other = number + step
            if 1 <= other <= len(slides) and slides.iloc[other - 1]["page"] in by_path:
                target = slides.iloc[other - 1]
                if st.button(label, icon=icon, shortcut=key, key=f"deck_{key.lower()}", type="tertiary"):
                    st.switch_page(by_path[target["page"]],
                                   query_params=slide_view(target["query"], view.deck, other).to_params())
