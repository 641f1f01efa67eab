"""Presenter, read-only and live modes in a real browser."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from browsing import SCREENSHOTS, chart, eventually, live, metric, open_view, query, save_whole_page, settle, traces
from conftest import LIVE_REFRESH_SECONDS, PYTHON, ROOT

LIVE_ARTICLE = ROOT / "tests" / "browser" / "fixtures" / "live-update.txt"


def font_px(locator) -> float:
    return float(locator.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px"))


def test_presenter_mode_hides_the_chrome_and_fills_the_screen_with_large_type(server, page, new_context):
    normal = open_view(new_context().new_page(), server.url, "/actors?actor=Russia", "Actors")
    open_view(page, server.url, "/actors?actor=Russia&present=1", "Actors")
    save_whole_page(page, SCREENSHOTS / "pages" / "actors-presenting-russia.png")

    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert not page.locator('[data-testid="stHeader"]').is_visible()
    assert live(page, '[role="radiogroup"]').count() == 0  # no widgets
    assert not page.get_by_text("Copy link to this view").is_visible()
    assert normal.get_by_text("Copy link to this view").is_visible()  # the same locators find them normally

    title, normal_title = live(page, "h1").first, live(normal, "h1").first
    assert font_px(title) >= 1.3 * font_px(normal_title)
    body = page.locator("html")
    assert font_px(body) >= 1.3 * font_px(normal.locator("html"))

    box = chart(page, "actors_lines").bounding_box()
    assert box["width"] >= 0.9 * page.viewport_size["width"]
    assert box["height"] >= 300
    assert [t["name"] for t in traces(page, "actors_lines")] == ["Russia"]


def controls(page) -> dict[str, bool]:
    names = {"add": "Add articles", "delete": "Delete article", "reextract": "Re-run extraction on all articles"}
    return {key: live(page, "button, summary").filter(has_text=text).count() > 0 for key, text in names.items()}


def test_read_only_server_shows_no_add_delete_or_correction_controls(server, readonly_server, new_context):
    writable = open_view(new_context().new_page(), server.url, "/articles?article=1", "Articles")
    readonly = open_view(new_context().new_page(), readonly_server.url, "/articles?article=1", "Articles")
    # The reader is there in both; the controls only where writing is allowed.
    for shown in (writable, readonly):
        assert live(shown, '[data-testid="stText"]').filter(has_text="sent delegations to Riyadh").first.is_visible()
    eventually(lambda: controls_are(writable, True))
    assert controls(readonly) == {"add": False, "delete": False, "reextract": False}
    assert readonly.locator('[data-testid="stSidebar"]').get_by_text("Read-only mode").is_visible()
    assert writable.locator('[data-testid="stSidebar"]').get_by_text("Read-only mode").count() == 0

    link = "/experts?expert=Mark%20N.%20Katz"
    writable = open_view(writable, server.url, link, "Experts")
    readonly = open_view(readonly, readonly_server.url, link, "Experts")
    for shown in (writable, readonly):
        assert live(shown, "h2").filter(has_text="Evidence").is_visible()
    assert live(writable, "button").filter(has_text="Save correction").is_visible()
    assert live(readonly, "button").filter(has_text="Save correction").count() == 0
    assert readonly.get_by_text("Correct a stance").count() == 0


def controls_are(page, expected: bool) -> None:
    assert controls(page) == {"add": expected, "delete": expected, "reextract": expected}


def test_overview_updates_without_a_reload_when_an_article_lands(live_server, page, record_property):
    open_view(page, live_server.url, "/", "Overview")
    # Seven stored articles, one an AP copy of a Reuters story: six stories.
    assert (metric(page, "Articles (all copies)"), metric(page, "Stories")) == ("7", "6")
    assert metric(page, "Outlets") == "4"
    page.evaluate("window.sameDocument = true")  # gone if the page reloads

    environ = {k: v for k, v in os.environ.items() if k != "COVERAGE_DB"}
    python = str(PYTHON if PYTHON.exists() else sys.executable)
    added = subprocess.run([python, "-m", "ingest", "add", str(LIVE_ARTICLE), "--db", str(live_server.db)],
                           cwd=ROOT, env=environ, capture_output=True, text=True, timeout=60)
    assert added.returncode == 0, added.stderr
    landed = time.monotonic()

    eventually(lambda: metric_is(page, "Stories", "7"), seconds=LIVE_REFRESH_SECONDS * 3 + 5)
    waited = time.monotonic() - landed
    record_property("seconds_until_the_page_showed_the_new_article", round(waited, 2))
    assert waited <= LIVE_REFRESH_SECONDS * 3 + 5
    assert page.evaluate("window.sameDocument") is True
    assert metric(page, "Outlets") == "5"
    assert metric(page, "Articles (all copies)") == "8"
    assert metric(page, "Date span") == "3 Mar – 16 May 2025"
    notice = live(page, '[data-testid="stCaptionContainer"]').filter(has_text="new article").inner_text()
    assert re.fullmatch(r"Updated \d\d:\d\d UTC, 1 new article", notice.strip()), notice


def metric_is(page, label: str, value: str) -> None:
    assert metric(page, label) == value


PROJECTOR = {"width": 1280, "height": 720}
MAIN_CHARTS = [("/", "Overview", "overview_multiples"), ("/actors", "Actors", "actors_lines"),
               ("/experts", "Experts", "experts_matrix"), ("/timeline", "Timeline", "timeline_chart")]


def inside(box, size) -> bool:
    return box["y"] >= 0 and box["x"] >= 0 and box["y"] + box["height"] <= size["height"] + 0.5 \
        and box["x"] + box["width"] <= size["width"] + 0.5


def test_presenter_mode_fits_each_main_chart_with_its_axes_on_a_projector(server, new_context):
    page = new_context().new_page()
    page.set_viewport_size(PROJECTOR)
    for path, title, key in MAIN_CHARTS:
        open_view(page, server.url, f"{path}?present=1", title)
        drawn = chart(page, key)
        assert inside(drawn.bounding_box(), PROJECTOR), (title, drawn.bounding_box())
        for layer in (".xaxislayer-above", ".yaxislayer-above"):
            labelled = [axis for axis in drawn.locator(layer).all() if axis.locator("text").count()]
            assert labelled, (title, layer)  # tick labels are drawn (panels sharing an axis label it once)
            for axis in labelled:
                assert inside(axis.bounding_box(), PROJECTOR), (title, layer, axis.bounding_box())


def test_presenter_mode_has_visible_links_to_other_pages_and_out(server, page):
    page.set_viewport_size(PROJECTOR)
    open_view(page, server.url, "/actors?present=1&actor=Russia", "Actors")
    leave = live(page, "a").filter(has_text="Leave presenter mode")
    assert inside(leave.bounding_box(), PROJECTOR)
    live(page, "a").filter(has_text="Timeline").click()
    page.wait_for_url(lambda url: "/timeline" in url)
    settle(page, "Timeline")
    assert query(page) == {"actor": ["Russia"], "present": ["1"]}
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    live(page, "a").filter(has_text="Leave presenter mode").click()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('present')")
    settle(page, "Timeline")
    assert query(page) == {"actor": ["Russia"]}
    assert page.locator('[data-testid="stSidebar"]').is_visible()
