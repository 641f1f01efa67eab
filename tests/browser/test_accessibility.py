"""Accessibility of every page, as projected and shared: axe-core in Chromium finds no critical or serious
violation. Each page is opened in a state that shows its detail panels too, and saved as a screenshot under
test-output/screenshots/pages/ so the pages can be described without running the app.

No rule or selector is excluded: Streamlit's own chrome (sidebar navigation, toolbar, data grid) passed
too once the theme's primary and text colours were darkened in .streamlit/config.toml.
"""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsing import SCREENSHOTS, open_view, save_whole_page

BLOCKING = {"critical", "serious"}
PAGES = [
    ("overview", "/", "Overview"),
    ("actors", "/actors?pick=Ukraine", "Actors"),
    ("experts", "/experts?expert=Mark%20N.%20Katz", "Experts"),
    ("timeline", "/timeline?statement=1", "Timeline"),
    ("quotes", "/quotes?quote=1", "Quotes"),
    ("articles", "/articles?article=4", "Articles"),
    ("overview-presenting", "/?present=1", "Overview"),
    ("actors-presenting", "/actors?present=1", "Actors"),
]


def blocking_violations(page) -> list[str]:
    results = Axe().run(page).response
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
            for v in results["violations"] if v["impact"] in BLOCKING]


@pytest.mark.parametrize(("name", "path", "title"), PAGES, ids=[p[0] for p in PAGES])
def test_page_has_no_serious_accessibility_violation(server, page, name, path, title):
    open_view(page, server.url, path, title)
    save_whole_page(page, SCREENSHOTS / "pages" / f"{name}.png")
    assert blocking_violations(page) == []
