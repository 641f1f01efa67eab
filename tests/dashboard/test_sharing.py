"""Sharing a view: the copy-link box names the view the page shows after each kind of interaction (a widget
above the table, a grain switch, a drill-down picker below the charts), equal to the address bar."""
from __future__ import annotations

from urllib.parse import urlencode, quote

BASE = "http://127.0.0.1:8501"


def link_box(at) -> str:
    return [c.value for c in at.code][0]


def address(at, page: str) -> str:
    params = {k: at.query_params[k] for k in at.query_params}
    query = urlencode(params, doseq=True, quote_via=quote)
    return f"{BASE}/{page}" + (f"?{query}" if query else "")


def test_copy_link_follows_a_speaker_choice(store, open_page):
    at = open_page("quotes")
    at.main.selectbox[0].set_value("Donald Trump").run()
    assert link_box(at) == f"{BASE}/quotes?speaker=Donald%20Trump" == address(at, "quotes")


def test_copy_link_follows_a_grain_switch(store, open_page):
    at = open_page("actors")
    at.main.get("segmented_control")[0].set_value("month").run()
    assert link_box(at) == f"{BASE}/actors?grain=month" == address(at, "actors")


def test_copy_link_follows_a_drill_down_below_the_charts(store, open_page):
    at = open_page("actors")
    at.main.selectbox[0].set_value("Russia").run()
    assert link_box(at) == f"{BASE}/actors?pick=Russia" == address(at, "actors")
    at = open_page("quotes", speaker="Andrew Roth")
    at.main.selectbox[-1].set_value(1).run()
    assert link_box(at) == f"{BASE}/quotes?speaker=Andrew%20Roth&quote=1" == address(at, "quotes")


def test_copy_link_follows_a_sidebar_filter(store, open_page):
    at = open_page("overview")
    at.sidebar.multiselect[0].set_value(["Russia"]).run()
    assert link_box(at) == f"{BASE}/?actor=Russia"
