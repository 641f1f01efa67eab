"""Clicks that open the sentences behind a number: a cell of the actors' co-occurrence matrix and of the
experts' stance matrix, clicked in a real browser, put the cell in the link and show its sentences."""
from __future__ import annotations

from browsing import chart, eventually, link_matches, live, open_view, query, settle


def click_cell(page, key: str, wanted: list) -> None:
    """Click the middle of the matrix cell whose customdata starts with `wanted`."""
    drawn = chart(page, key)
    index = drawn.evaluate("""(g, wanted) => {
        const targets = g.data.find(t => t.type === 'scatter');
        return targets.customdata.findIndex(c => wanted.every((w, i) => c[i] === w));
    }""", wanted)
    assert index >= 0, wanted
    marker = drawn.locator(".scatterlayer .trace .points path").nth(index)
    marker.scroll_into_view_if_needed()
    box = marker.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_a_click_on_a_cooccurrence_cell_opens_its_sentences(server, page):
    open_view(page, server.url, "/actors", "Actors")
    click_cell(page, "actors_matrix", ["Russia", "Ukraine"])
    page.wait_for_function("() => new URLSearchParams(location.search).get('also') === 'Ukraine'")
    settle(page, "Actors")
    assert query(page) == {"pick": ["Russia"], "also": ["Ukraine"]}
    eventually(lambda: sentences_shown(page, "Russia and Ukraine sent delegations to Riyadh on Monday."))
    eventually(lambda: link_matches(page))  # the copy-link box names the clicked cell too


def test_a_click_on_a_stance_cell_opens_the_experts_evidence(server, page):
    open_view(page, server.url, "/experts", "Experts")
    click_cell(page, "experts_matrix", ["Mark N. Katz", "Russia"])
    page.wait_for_function("() => new URLSearchParams(location.search).get('expert') === 'Mark N. Katz'")
    settle(page, "Experts")
    eventually(lambda: sentences_shown(page, "Mark N. Katz, a professor, said Russia is stalling the talks."))


def sentences_shown(page, sentence: str) -> None:
    cells = live(page, '[data-testid="stDataFrame"] [role="gridcell"]').all_inner_texts()
    assert sentence in cells
