"""Reading a Streamlit page the way a user sees it: wait for a run to settle, then read titles, widgets,
metrics, table cells (the data grid's accessible cells) and plotly traces from live (non-stale) elements.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeout

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
LIVE = '[data-stale="false"]'
SETTLED = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# Elements whose code is still loading show a skeleton; plotly then draws after streamlit has placed the
# chart. The page is drawn when no skeleton is left and every chart's SVG holds its plot area.
DRAWN = """() => !document.querySelector('[data-stale="false"] [data-testid="stSkeleton"]')
    && Array.from(document.querySelectorAll('[data-stale="false"] [data-testid="stPlotlyChart"]'))
        .every(c => c.querySelector('.js-plotly-plot .main-svg .cartesianlayer'))"""


def eventually(check: Callable[[], None], seconds: float = 10.0) -> None:
    """Retry an assertion until it holds: the data grid redraws its accessible cells a frame after the canvas."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            check()
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def open_view(page, base: str, path: str, title: str):
    """Open `base + path` as a shared link and wait until the page titled `title` has finished running."""
    page.goto(base + path)
    return settle(page, title)


def settle(page, title: str):
    page.wait_for_selector('[data-testid="stApp"]')
    page.locator(f"{LIVE} h1").filter(has_text=title).first.wait_for()
    page.wait_for_selector(SETTLED)
    # Reruns leave stale copies for a moment; wait until every element belongs to the latest run.
    page.wait_for_function("() => !document.querySelector('[data-stale=true]')")
    # The live-status caption is drawn after the page's content, so the whole run has been drawn.
    live(page, '[data-testid="stCaptionContainer"]').filter(has_text="Data last updated at").wait_for()
    page.wait_for_selector(SETTLED)
    page.wait_for_function(DRAWN)
    return page


def live(page, selector: str):
    return page.locator(f"{LIVE} {selector}")


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def metric(page, label: str) -> str:
    """The value of the metric whose label reads exactly `label` (waits for it to be drawn)."""
    label_box = page.locator('[data-testid="stMetricLabel"]').get_by_text(label, exact=True)
    box = live(page, '[data-testid="stMetric"]').filter(has=label_box)
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def combobox_value(page, label: str) -> str:
    """What a selectbox shows (its input's value)."""
    return live(page, f'input[role="combobox"][aria-label="{label}"]').input_value()


def tags(page, label: str) -> list[str]:
    """The chosen values of a multiselect."""
    box = live(page, '[data-testid="stMultiSelect"]').filter(
        has=page.locator(f'input[aria-label="{label}"]'))
    box.wait_for()
    return box.locator("[data-tag] span[title]").all_inner_texts()


def active_segment(page, label: str) -> list[str]:
    """The chosen option(s) of a segmented control (a radio group named by its label)."""
    group = live(page, f'[role="radiogroup"][aria-label="{label}"]')
    group.wait_for()
    return [text.strip() for text in group.locator('[role="radio"][aria-checked="true"]').all_inner_texts()]


def click_segment(page, label: str, option: str) -> None:
    live(page, f'[role="radiogroup"][aria-label="{label}"]').get_by_role("radio", name=option, exact=True).click()


def choose(page, label: str, option: str) -> None:
    """Pick `option` in the selectbox labelled `label`, as a user does (open it, click the option)."""
    box = live(page, f'input[role="combobox"][aria-label="{label}"]')
    box.click()
    choice = page.get_by_role("option", name=option, exact=True)
    for _ in range(3):
        if _shows(choice, 5000):
            break
        # a box low on the page can take a click only as focus (the page scrolls to it); on a loaded machine the
        # list can also open late, after a second click has closed it again: click until it shows
        box.click()
    choice.click()


def _shows(locator, ms: int = 2000) -> bool:
    try:
        locator.wait_for(timeout=ms)
        return True
    except PlaywrightTimeout:
        return False


def grid(page, key: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the dataframe keyed `key`, read from the grid's accessible cells."""
    table = page.locator(f'{LIVE}.st-key-{key} [data-testid="stDataFrame"]')
    table.locator('[role="gridcell"]').first.wait_for(state="attached")
    return table.evaluate("""element => {
        const header = Array.from(element.querySelectorAll('[role=columnheader]')).map(c => c.innerText.trim());
        const rows = Array.from(element.querySelectorAll('[role=row]'))
            .map(r => Array.from(r.querySelectorAll('[role=gridcell]')).map(c => c.innerText.trim()))
            .filter(cells => cells.length);
        return [header, rows];
    }""")


def all_grid_text(page) -> str:
    """Every cell of every live dataframe, one per line. The grid draws only the columns in view, so a grid
    wider than its box is read at its left edge and again at its right edge."""
    cells: list[str] = []
    for table in live(page, '[data-testid="stDataFrame"]').all():
        table.scroll_into_view_if_needed()
        scroller = table.locator(".dvn-scroller")
        if scroller.count() == 0:  # a table still drawing (or empty) has no grid to read yet
            continue
        edges = ["0", "e.scrollWidth"] if scroller.evaluate("e => e.scrollWidth > e.clientWidth") else ["0"]
        for edge in edges:
            scroller.evaluate(f"e => {{ e.scrollLeft = {edge}; }}")
            page.wait_for_timeout(400 if len(edges) > 1 else 0)  # the grid redraws its cells on the next frames
            cells += table.locator('[role="gridcell"]').all_inner_texts()
    return "\n".join(cells)


def column(page, key: str, name: str) -> list[str]:
    header, rows = grid(page, key)
    index = header.index(name)
    return [row[index] for row in rows]


def chart(page, key: str):
    """The plotly chart drawn with streamlit key `key` (its element container carries `st-key-<key>`)."""
    drawn = page.locator(f"{LIVE}.st-key-{key} .js-plotly-plot")
    drawn.wait_for()
    return drawn


def traces(page, key: str) -> list[dict]:
    """The plotly traces (name, type, x, y, z) drawn by the chart keyed `key`."""
    return chart(page, key).evaluate("g => g.data.map(t => ({name: t.name ?? null, type: t.type, x: t.x ?? null, "
                          "y: t.y ?? null, z: t.z ?? null}))")


def save_whole_page(page, path: Path) -> None:
    """A screenshot of the whole page: Streamlit scrolls inside its main area, so grow the window to fit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate("""() => Math.max(...['[data-testid=stMain]', '[data-testid=stMainBlockContainer]',
        '[data-testid=stSidebarContent]'].map(s => document.querySelector(s)).filter(Boolean)
        .map(e => e.scrollHeight))""")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], min(int(height) + 40, 6000))})
    page.wait_for_timeout(300)  # plotly redraws responsive charts on resize
    page.screenshot(path=str(path))
    page.set_viewport_size(size)


def copy_link_text(page) -> str:
    """What the "Copy link to this view" box holds (opening it first)."""
    box = page.locator('[data-testid="stExpander"]').filter(has_text="Copy link to this view")
    code = box.locator('[data-testid="stCode"] code')
    if not code.is_visible():
        box.get_by_text("Copy link to this view").click()
    return code.inner_text().strip()


def same_view(url: str) -> tuple:
    # `+` and `%20` are the same space: compare the address and its decoded parameters.
    parts = urlsplit(url)
    return parts.netloc, parts.path, parse_qs(parts.query)


def link_matches(page) -> None:
    assert same_view(copy_link_text(page)) == same_view(page.url)
