"""Presenter decks: a view saved from a page's "Save this view to a deck" comes back, in order, as
`/?deck=NAME&present=1` (and `slide=N`), with links to the views before and after it; the Decks page lists them;
taking a view out closes the gap; read-only dashboards cannot save."""
from __future__ import annotations

import pytest

from dashboard import actions, queries
from outlets_fixture import build
from page_helpers import figure
from storage.engine import open_engine

RU_UA = "country:RU,country:UA"


@pytest.fixture
def deck_store(tmp_path, monkeypatch):
    path = build(tmp_path / "decks.sqlite")
    monkeypatch.setenv("COVERAGE_DB", str(path))
    return path


def saved(path) -> list[tuple]:
    engine = open_engine(str(path), readonly=True)
    try:
        return [tuple(row) for row in queries.deck_views(engine, "Briefing").itertuples(index=False)]
    finally:
        engine.dispose()


def save_from_page(at, deck: str, title: str = ""):
    next(t for t in at.sidebar.text_input if t.label == "Deck").input(deck)
    if title:
        next(t for t in at.sidebar.text_input if t.label.startswith("Title of this view")).input(title)
    next(b for b in at.sidebar.button if b.label == "Save to deck").click()
    at.run()
    return at


def test_the_view_shown_is_saved_to_a_deck_in_order(deck_store, open_page):
    outlets = save_from_page(open_page("outlets", compare=RU_UA), "Briefing", "Russia against Ukraine")
    assert [s.value for s in outlets.sidebar.success] == ["Saved as view 1 of “Briefing”. Present it from the Decks page."]
    save_from_page(open_page("voices", by="role", grain="month"), "Briefing")
    assert saved(deck_store) == [
        (1, "outlets", "compare=country%3ARU&compare=country%3AUA", "Russia against Ukraine"),
        (2, "voices", "grain=month&by=role", None),
    ]


def test_a_deck_presents_its_views_one_after_another(deck_store, open_page):
    actions.save_to_deck("Briefing", "outlets", "compare=country%3ARU&compare=country%3AUA", "Russia against Ukraine")
    actions.save_to_deck("Briefing", "voices", "grain=month&by=role")
    first = open_page("overview", deck="Briefing", present="1")
    assert [t.value for t in first.title] == ["Outlets compared"]
    assert "Briefing · 1 of 2: Russia against Ukraine" in [t.value for t in first.text]
    steps = {button.label: button for button in first.button}
    assert "Next view" in steps and "Previous view" not in steps
    assert steps["Next view"].proto.shortcut == "right"  # the right arrow key presses it
    steps["Next view"].click().run()
    assert [t.value for t in first.title] == ["Whose voices"]
    assert first.query_params["slide"] == "2"
    second = open_page("overview", deck="Briefing", slide="2", present="1")
    assert [t.value for t in second.title] == ["Whose voices"]
    assert "Briefing · 2 of 2" in [t.value for t in second.text]
    figure(second, "Share of quotes by the speaker's role, per month")  # the saved view's choices, restored


def test_an_unknown_deck_says_so_and_read_only_cannot_save(deck_store, open_page, monkeypatch):
    at = open_page("overview", deck="Nothing here", present="1")
    assert any("no deck named “Nothing here”" in w.value for w in at.warning)
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    readonly = open_page("outlets", compare=RU_UA)
    assert not [e for e in readonly.sidebar.expander if e.label == "Save this view to a deck"]
    with pytest.raises(actions.ReadOnlyError):
        actions.save_to_deck("Briefing", "outlets", "")


def test_decks_page_lists_the_decks_and_taking_a_view_out_closes_the_gap(deck_store, open_page):
    for page in ("", "outlets", "voices"):
        actions.save_to_deck("Briefing", page, "", None)
    at = open_page("decks")
    assert [s.value for s in at.subheader] == ["Briefing"]
    assert at.dataframe[0].value["view"].tolist() == ["/", "/outlets", "/voices"]
    assert actions.remove_from_deck("Briefing", 2) is True
    assert saved(deck_store) == [(1, "", "", None), (2, "voices", "", None)]
    assert actions.remove_from_deck("Briefing", 7) is False
