"""The analysis pages in a real Chromium: Outlets compared, Whose voices, Events and Decks opened from shared links
(with their drill-downs showing) have no critical or serious axe-core violation, and a link's groups come back
in the address bar; each page is saved as a screenshot under test-output/screenshots/pages/."""
from __future__ import annotations

import pytest

from browsing import SCREENSHOTS, open_view, query, save_whole_page, settle
from test_accessibility import blocking_violations

PAGES = [
    ("outlets", "/outlets?compare=country:GB,country:UA&pick=Russia&within=country:GB", "Outlets compared"),
    ("voices", "/voices?compare=country:GB,otype:wire&band=other", "Whose voices"),
    ("voices-by-role", "/voices?by=role&unit=words&grain=month&band=official", "Whose voices"),
    ("events", "/events", "Events"),
    ("decks", "/decks", "Decks"),
]


@pytest.mark.parametrize(("name", "path", "title"), PAGES, ids=[p[0] for p in PAGES])
def test_analysis_page_has_no_serious_accessibility_violation(server, page, name, path, title):
    open_view(page, server.url, path, title)
    save_whole_page(page, SCREENSHOTS / "pages" / f"{name}.png")
    assert blocking_violations(page) == []


def test_outlets_link_keeps_its_groups_and_draws_the_events(server, page):
    open_view(page, server.url, "/outlets?compare=country:GB,country:UA", "Outlets compared")
    assert query(page)["compare"] == ["country:GB", "country:UA"]
    # The fixture's articles run from March to April 2025: the Jeddah talks (11 March) are marked.
    assert page.locator(".js-plotly-plot .annotation-text", has_text="Jeddah").count() >= 1
    open_view(page, server.url, "/outlets?compare=country:GB,country:UA&events=0", "Outlets compared")
    assert page.locator(".js-plotly-plot .annotation-text", has_text="Jeddah").count() == 0


def test_a_deck_is_presented_view_after_view(server, page):
    from ingest.store import Store

    with Store(str(server.db)) as store:
        store.add_to_deck("Browser deck", "outlets", "compare=country%3AGB&compare=country%3AUA", "GB against UA")
        store.add_to_deck("Browser deck", "voices", "by=role", None)
    open_view(page, server.url, "/?deck=Browser%20deck&present=1", "Outlets compared")
    assert query(page)["compare"] == ["country:GB", "country:UA"] and query(page)["present"] == ["1"]
    assert page.get_by_text("Browser deck · 1 of 2: GB against UA").count() == 1
    page.get_by_role("button", name="Next view").click()
    settle(page, "Whose voices")
    assert query(page)["by"] == ["role"] and query(page)["slide"] == ["2"]
    assert page.get_by_role("button", name="Previous view").count() == 1


def test_a_deck_is_walked_with_the_arrow_keys(server, page):
    """A presenter's clicker sends the arrow keys: right goes to the next view, left to the one before, and past
    either end nothing moves."""
    from ingest.store import Store

    with Store(str(server.db)) as store:
        store.add_to_deck("Keyboard deck", "outlets", "compare=country%3AGB&compare=country%3AUA", "GB against UA")
        store.add_to_deck("Keyboard deck", "voices", "by=role", "Voices by role")
        store.add_to_deck("Keyboard deck", "timeline", "kind=proposal", "Proposals")
    open_view(page, server.url, "/?deck=Keyboard%20deck&present=1", "Outlets compared")
    walk = [("ArrowRight", "Whose voices", "2", "Voices by role"), ("ArrowRight", "Timeline", "3", "Proposals"),
            ("ArrowRight", "Timeline", "3", "Proposals"),  # past the last view: nowhere to go
            ("ArrowLeft", "Whose voices", "2", "Voices by role"),
            ("ArrowLeft", "Outlets compared", "1", "GB against UA")]
    for key, title, slide, slide_title in walk:
        page.keyboard.press(key)
        page.wait_for_timeout(1500)  # a key that goes nowhere starts no run: give one the time to start
        settle(page, title)
        assert query(page).get("slide", ["1"]) == [slide] and query(page)["present"] == ["1"]
        assert page.get_by_text(f"Keyboard deck · {slide} of 3: {slide_title}").count() == 1
    assert query(page)["compare"] == ["country:GB", "country:UA"]  # the first view's own filters, back again
    page.keyboard.press("ArrowLeft")  # before the first view: nowhere to go
    page.wait_for_timeout(1500)
    settle(page, "Outlets compared")
    assert query(page).get("slide", ["1"]) == ["1"]
    assert page.get_by_text("Keyboard deck · 1 of 3: GB against UA").count() == 1
