"""Hostile content in a real browser: an article whose title, text, quote, statement and expert evidence carry
`<script>alert(1)</script>` and `<img src=x onerror=alert(1)>` fires no dialog on any page, injects no
element, and shows those characters as text."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from browsing import all_grid_text, eventually, live, open_view
from hostile_article import HOSTILE_DOC, HOSTILE_ID, HOSTILE_QUOTE, IMG, SCRIPT
from storage import schema
from storage.engine import open_engine


@pytest.fixture(scope="module")
def hostile_ids(store) -> dict[str, int]:
    engine = open_engine(str(store), readonly=True)
    with engine.connect() as conn:
        quote = conn.execute(select(schema.quotes.c.id).where(schema.quotes.c.article_id == HOSTILE_ID)).scalar_one()
        statement = conn.execute(
            select(schema.statements.c.id).where(schema.statements.c.article_id == HOSTILE_ID)).scalar_one()
    engine.dispose()
    return {"quote": quote, "statement": statement}


# (page, link, title, texts shown as plain text elements, texts in the data grid's cells)
PAGES = [
    ("overview", "/", "Overview", [], []),
    ("articles", f"/articles?article={HOSTILE_ID}", "Articles",
     [HOSTILE_DOC.title, f"A post showed {IMG} and {SCRIPT} to readers."], [HOSTILE_DOC.title]),
    ("quotes", "/quotes?speaker=Olena%20Petrova&quote={quote}", "Quotes", [HOSTILE_QUOTE], [HOSTILE_QUOTE]),
    ("timeline", "/timeline?statement={statement}", "Timeline",
     [f"Russia rejected the {SCRIPT} truce on Saturday."], [HOSTILE_DOC.title]),
    ("experts", "/experts?expert=Jane%20Doe", "Experts", [],
     [f"Jane Doe, an analyst, said Ukraine was right to ask for {IMG} monitors."]),
    ("actors", "/actors?pick=Ukraine", "Actors", [],
     [f"Jane Doe, an analyst, said Ukraine was right to ask for {IMG} monitors."]),
]


def injected(page) -> list[str]:
    """Elements the hostile markup would have created had it been rendered as HTML."""
    return page.evaluate("""() => [
        ...Array.from(document.querySelectorAll('img[src="x"], img[onerror]')).map(e => e.outerHTML),
        ...Array.from(document.querySelectorAll('script')).filter(s => s.textContent.includes('alert('))
            .map(s => s.outerHTML),
        ...Array.from(document.querySelectorAll('b')).filter(b => b.textContent === 'Hold').map(b => b.outerHTML),
    ]""")


@pytest.mark.parametrize(("name", "link", "title", "texts", "cells"), PAGES, ids=[p[0] for p in PAGES])
def test_hostile_markup_shows_as_text_and_runs_nothing(server, page, dialogs, hostile_ids, name, link, title,
                                                       texts, cells):
    open_view(page, server.url, link.format(**hostile_ids), title)
    for text in texts:
        shown = live(page, '[data-testid="stText"]').filter(has_text=text).first
        assert shown.is_visible(), f"{text!r} is not shown as text on {name}"

    def grid_holds_the_characters() -> None:
        grid_text = all_grid_text(page)
        assert [cell for cell in cells if cell not in grid_text] == []
    eventually(grid_holds_the_characters)
    page.wait_for_timeout(300)  # an onerror handler would fire as soon as the broken image fails to load
    assert injected(page) == []
    assert dialogs == []
