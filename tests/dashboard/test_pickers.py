"""Pickers and hovers that read as a user expects: every mentioned actor can be picked, a statement is
picked by its words, and a count of one is singular."""
from __future__ import annotations

from page_helpers import figure


def test_the_actor_picker_offers_every_mentioned_actor(store, open_page):
    # The sidebar narrows the charts to Russia; the sentences below can still be any actor's, or any pair's.
    at = open_page("actors", actor="Russia")
    everyone = ["Donald Trump", "Russia", "Ukraine", "United States", "Vladimir Putin"]
    assert at.main.selectbox[0].options == ["Choose an actor", *everyone]
    assert at.main.selectbox[2].options == ["Anyone", *everyone]


def test_the_statement_picker_shows_each_statements_words(store, open_page):
    at = open_page("timeline", kind="rejection")
    options = at.main.selectbox[0].options
    assert "2025-03 · Vladimir Putin · rejection: Vladimir Putin rejected the truce in March." in options


def test_a_count_of_one_is_singular(store, open_page):
    at = open_page("overview")
    kinds = figure(at, "Ceasefire and peace statements by kind")["data"][0]
    assert "acceptance: 1 statement" in kinds["hovertext"]
    bars = figure(at, "Most covered actors")["data"][0]
    assert "Donald Trump: 3 articles" in bars["hovertext"]
    panels = figure(at, "Coverage over time")["data"]
    assert "Russia<br>07 Apr 2025: 1 article" in next(p for p in panels if p["name"] == "Russia")["hovertext"]
