"""The finding of docs/finding.md as a reader sees it, on the SYNTHETIC multi-outlet fixture (invented outlets,
people and words): the Outlets page comparing the Russian and Ukrainian groups, with Ivan Sidorov's cell opened,
shows 5/5 against 0/5 and the six sentences behind the 5; the page is saved as the screenshot the note cites."""
from __future__ import annotations

from browsing import SCREENSHOTS, all_grid_text, metric, open_view, save_whole_page

FINDING_VIEW = "/outlets?compare=country:RU,country:UA&pick=Ivan%20Sidorov&within=country:RU"
SCREENSHOT = SCREENSHOTS / "finding" / "sidorov-ru-vs-ua.png"
SENTENCES = ["Ivan Sidorov spoke to United States envoys.", "Ivan Sidorov thanked him.",
             '"The plan ignores our interests," Ivan Sidorov said.', "Ivan Sidorov met envoys.",
             '"Progress is slow," Ivan Sidorov said.', '"We are ready for a fair deal," Ivan Sidorov said.']


def test_the_finding_and_its_sentences_on_the_outlets_page(outlets_server, page):
    open_view(page, outlets_server.url, FINDING_VIEW, "Outlets compared")
    assert metric(page, "Mentions of Ivan Sidorov in Country RU (newest 50 at most)") == "6"
    save_whole_page(page, SCREENSHOT)  # before reading the grids, which scrolls wide ones sideways
    assert SCREENSHOT.stat().st_size > 50_000
    cells = all_grid_text(page)
    assert "100% (5 of 5)" in cells and "0% (0 of 5)" in cells  # the framing row: his share in each group
    for sentence in SENTENCES:
        assert sentence in cells
