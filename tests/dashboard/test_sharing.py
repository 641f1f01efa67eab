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


# --- presenter mode: the linked drill-down and the filters in force ---------------------------------------

def texts(at) -> list[str]:
    return [t.value for t in at.text]


def test_presenter_mode_shows_the_linked_quote_and_names_the_filters(store, open_page):
    at = open_page("quotes", present="1", speaker="Andrew Roth", quote="1")
    assert texts(at)[0] == "Filters: speaker Andrew Roth"
    assert ("…Russia and Ukraine sent delegations to Riyadh on Monday. Donald Trump proposed a 30-day ceasefire on "
            "Sunday. \"⟪We are listening to both sides,⟫\" Andrew Roth said.…") in texts(at)


def test_presenter_mode_shows_the_linked_statement(store, open_page):
    at = open_page("timeline", present="1", statement="2", kind="rejection")
    assert texts(at)[0] == "Filters: kind rejection"
    assert at.dataframe[0].value.iloc[0]["date"] == "2025-03"
    assert any("⟪Vladimir Putin rejected the truce in March.⟫" in t for t in texts(at))


def test_presenter_mode_shows_an_experts_evidence(store, open_page):
    at = open_page("experts", present="1", expert="Mark N. Katz", **{"from": "2025-03-01"})
    assert texts(at)[0] == "Filters: from 2025-03-01"
    evidence = at.dataframe[0].value
    assert "Mark N. Katz, a professor, said Russia is stalling the talks." in evidence["evidence"].tolist()


def test_presenter_mode_shows_an_actors_sentences(store, open_page):
    at = open_page("actors", present="1", grain="month", pick="Russia", at="2025-03-01", actor="Russia,Ukraine")
    assert texts(at)[0] == "Filters: actor Russia, Ukraine"
    assert "Russia · month of 2025-03-01" in texts(at)
    assert at.dataframe[0].value["sentence"].tolist()[0] == "Russia said it needs guarantees."


def test_presenter_mode_without_filters_says_so(store, open_page):
    assert texts(open_page("overview", present="1"))[0] == "Filters: none (everything stored)"
