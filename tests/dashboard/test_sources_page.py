"""The Sources page through AppTest: every registry outlet with its stored articles and languages, its feeds'
state from `watch --outlets`, and the switch that takes an outlet out of the watch (absent when read-only)."""
from __future__ import annotations

import sqlite3
from datetime import datetime

from ingest.store import Store


def test_sources_lists_each_outlet_with_its_articles_and_feed_state(store, open_page):
    with Store(str(store)) as writer:
        writer.save_feed_state("https://feeds.bbci.co.uk/news/world/rss.xml", "BBC", last_poll=datetime(2026, 12, 4, 9),
                               last_error="HTTP 403 Forbidden: the site refuses us (blocked, or it forbids"
                               " automated access); check the outlet's terms or switch it off", last_error_at=datetime(2026, 12, 4, 9), failures=1, polls=3,
                               last_success=datetime(2026, 12, 3, 21, 15), last_new=0)
    with sqlite3.connect(store) as conn:
        counts = dict(conn.execute("SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"))
        langs = {o: ", ".join(sorted(l for (l,) in conn.execute(
            "SELECT DISTINCT language FROM articles WHERE outlet = ? AND language IS NOT NULL", (o,))))
                 for o in counts}
    at = open_page("sources")
    frame = at.dataframe[0].value
    shown = frame[frame["articles"] > 0].set_index("outlet")
    assert shown["articles"].to_dict() == counts
    assert shown["languages"].to_dict() == langs
    bbc = frame.set_index("outlet").loc["BBC"]
    assert (bbc["last_error"], bbc["last_success"], bool(bbc["on"])) == (
        "HTTP 403 Forbidden: the site refuses us (blocked, or it forbids automated access); check the outlet's"
        " terms or switch it off",
        datetime(2026, 12, 3, 21, 15), True)
    assert len(frame) >= 98  # every registry outlet, with or without articles


def test_an_outlet_is_switched_off_and_on(store, open_page):
    at = open_page("sources")
    at.selectbox(key="switch_name").set_value("Meduza")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    assert at.success[0].value == "Meduza: switched off for `watch --outlets`."
    with Store(str(store)) as reader:
        assert reader.outlet_switches() == {"Meduza": False}
    assert not at.dataframe[0].value.set_index("outlet").loc["Meduza", "on"]
    at.selectbox(key="switch_name").set_value("Meduza")
    at.get("form_submit_button")[0].click().run()
    with Store(str(store)) as reader:
        assert reader.outlet_switches() == {"Meduza": True}


def test_read_only_sources_have_no_switch(store, open_page, monkeypatch):
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    at = open_page("sources")
    assert len(at.get("form_submit_button")) == 0 and len(at.dataframe) == 1


def test_the_sidebar_outlet_filter_still_offers_the_stored_sources(store, open_page):
    with sqlite3.connect(store) as conn:
        names = [n for (n,) in conn.execute("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY 1")]
    at = open_page("sources")
    [outlets] = [w for w in at.sidebar.multiselect if w.label == "Outlets"]
    assert list(outlets.options) == names and names
