"""The link is the view, in a real browser: a shared link restores the widgets and shows only matching data,
a reload shows the same, a widget change rewrites the address, and that new address opens the same view."""
from __future__ import annotations

from datetime import date, timedelta

from browsing import (active_segment, choose, click_segment, column, combobox_value, eventually, link_matches, metric,
                      open_view, query, settle, tags, traces)

ROTH_QUOTES = ["This is a serious step,", "the mood in Kyiv was cautious", "We are listening to both sides,"]
# Five stories mention Russia (the AP copy of the Reuters story counts once), one a day; the days between are 0.
RUSSIA_DAYS = {"2025-03-03", "2025-03-05", "2025-04-10", "2025-04-21", "2025-04-26"}
EVERY_DAY = [(date(2025, 3, 3) + timedelta(days=n)).isoformat() for n in range(55)]
RUSSIA_BY_DAY = [("Russia", EVERY_DAY, [int(day in RUSSIA_DAYS) for day in EVERY_DAY])]
KATZ_QUOTES = ["Ukraine deserves support and a deal looks unlikely", "Russia is stalling the talks"]


def check_speaker(page, speaker: str, quotes: list[str]) -> None:
    def shows_only_theirs() -> None:
        assert combobox_value(page, "Speaker") == speaker
        assert metric(page, "Quotes matching") == str(len(quotes))
        assert column(page, "quotes_table", "Quote") == quotes
        assert set(column(page, "quotes_table", "Speaker")) == {speaker}
    eventually(shows_only_theirs)


def test_quotes_link_survives_reload_and_widget_changes_rewrite_it(server, page, new_context):
    open_view(page, server.url, "/quotes?speaker=Andrew%20Roth", "Quotes")
    check_speaker(page, "Andrew Roth", ROTH_QUOTES)
    assert query(page) == {"speaker": ["Andrew Roth"]}

    page.reload()
    settle(page, "Quotes")
    check_speaker(page, "Andrew Roth", ROTH_QUOTES)

    choose(page, "Speaker", "Mark N. Katz")
    page.wait_for_url(lambda url: "Katz" in url)
    settle(page, "Quotes")
    assert query(page) == {"speaker": ["Mark N. Katz"]}
    check_speaker(page, "Mark N. Katz", KATZ_QUOTES)

    fresh = open_view(new_context().new_page(), page.url, "", "Quotes")
    check_speaker(fresh, "Mark N. Katz", KATZ_QUOTES)


def check_russia_by_month(page) -> None:
    eventually(lambda: shows_russia_by_month(page))


def shows_russia_by_month(page) -> None:
    assert tags(page, "Actors") == ["Russia"]
    assert active_segment(page, "Time step") == ["Month"]
    lines = traces(page, "actors_lines")
    assert [(t["name"], t["x"], t["y"]) for t in lines] == [("Russia", ["2025-03-01", "2025-04-01"], [2, 3])]
    assert [(t["y"], t["x"]) for t in traces(page, "actors_top")] == [(["Russia"], [5])]


def test_actors_link_survives_reload_and_grain_change_rewrites_it(server, page, new_context):
    open_view(page, server.url, "/actors?actor=Russia&grain=month", "Actors")
    check_russia_by_month(page)
    assert query(page) == {"actor": ["Russia"], "grain": ["month"]}

    page.reload()
    settle(page, "Actors")
    check_russia_by_month(page)

    click_segment(page, "Time step", "Day")
    page.wait_for_url(lambda url: "grain=day" in url)
    settle(page, "Actors")
    assert query(page) == {"actor": ["Russia"], "grain": ["day"]}
    eventually(lambda: assert_lines(page, RUSSIA_BY_DAY))

    fresh = open_view(new_context().new_page(), page.url, "", "Actors")

    def same_view() -> None:
        assert tags(fresh, "Actors") == ["Russia"]
        assert active_segment(fresh, "Time step") == ["Day"]
        assert_lines(fresh, RUSSIA_BY_DAY)
    eventually(same_view)


def assert_lines(page, expected) -> None:
    assert [(t["name"], t["x"], t["y"]) for t in traces(page, "actors_lines")] == expected


def test_copy_link_box_equals_the_address_bar_after_each_interaction(server, page):
    open_view(page, server.url, "/quotes", "Quotes")
    choose(page, "Speaker", "Mark N. Katz")
    page.wait_for_url(lambda url: "Katz" in url)
    settle(page, "Quotes")
    eventually(lambda: link_matches(page))

    open_view(page, server.url, "/actors", "Actors")
    click_segment(page, "Time step", "Month")
    page.wait_for_url(lambda url: "grain=month" in url)
    settle(page, "Actors")
    eventually(lambda: link_matches(page))

    choose(page, "Actor", "Russia")
    page.wait_for_url(lambda url: "pick=Russia" in url)
    settle(page, "Actors")
    eventually(lambda: link_matches(page))
