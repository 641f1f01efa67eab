"""Promotion removal: made-up articles with sales tails and link lines, and real endings that must stay."""
from __future__ import annotations

import pytest

from ingest.clean import normalize_newlines, strip_promotions

STORY = (
    "Ministers from both countries met in Ankara on Thursday to discuss a grain corridor.\n\n"
    "The talks lasted four hours and ended with a promise to meet again next week, officials said.\n\n"
    "\u201cWe made progress on inspections,\u201d one delegate told reporters after the session."
)


@pytest.mark.parametrize("tail", [
    # a gym, phone number and discount code
    "Ready for a fresh start? Our trainers build a plan around you and your goals, seven days a week.\n\n"
    "Sign up at www.fitfast.example or call now on (555) 010-2030. Use code STRONG10 to save 10% on your first month.",
    # a hotel with booking, email and an offer
    "Book your stay at the Lakeside Inn today and enjoy free breakfast with every room.\n\n"
    "Email reservations@lakeside.example or visit lakeside.example/rooms. Special offer: 25% off weekend stays.",
    # software trial addressed to the reader
    "Tired of losing your files? We keep your documents safe in the cloud so you never lose a thing.\n\n"
    "Start your free trial at https://cloudsafe.example/start \u2014 no credit card needed. Download the app today!",
])
def test_sales_tail_is_removed_and_story_kept(tail):
    assert strip_promotions(f"{STORY}\n\n{tail}\n") == STORY + "\n"


def test_sources_line_stays_while_the_tail_after_it_goes():
    text = (f"{STORY}\n\n(Sources: Reuters, AP)\n\n"
            "Need a ride to the station? Our drivers pick you up at your door.\n\n"
            "Book online at www.quickcab.example or call +44 20 7946 0000. Save 15% with code FIRST15.")
    assert strip_promotions(text) == f"{STORY}\n\n(Sources: Reuters, AP)"


LISTED_PITCH = (
    "Looking for a reliable ride to the ferry? We drive you there every hour.\n\n"
    "We drive you to\n\nNorth Harbour terminal\n\nCity Airport - CTY\n\nand other destinations.\n\n"
    "Let us make your trip easy with our friendly drivers. Book now at www.vanride.example or call 555-010-2030!"
)


def test_a_credit_line_closes_the_story_and_a_pitch_after_it_goes_with_its_short_lines():
    text = f"{STORY}\n\n(Sources: Reuters, AP)\n\nVanRide brings you the news. Have a good day.\n\n{LISTED_PITCH}"
    assert strip_promotions(text) == f"{STORY}\n\n(Sources: Reuters, AP)"


def test_without_a_credit_line_only_the_pitching_run_goes():
    story = f"{STORY}\n\nBut little progress has emerged."
    kept = strip_promotions(f"{story}\n\n{LISTED_PITCH}")
    assert kept.startswith(story) and "Book now" not in kept


@pytest.mark.parametrize("ending", [
    # a help line mentioned once in a real paragraph
    "Anyone affected can call the regional hotline on 0800 555 0199, the ministry said in a statement.",
    # a web address cited as a source
    "The full report, published on the agency's website at www.iaea.org, runs to 40 pages.",
    # quoted speech that sounds like an advert
    "\u201cCall now, book now, do it today,\u201d the mayor joked, mocking the ads that cover the city's buses.",
    # a help-line notice addressed to the reader, as news sites print under sensitive stories
    "If you or someone you know is struggling, call or text 988, or visit 988lifeline.org to chat.",
    # a reader-facing explainer line without any selling
    "If you want to understand the deal, you need to read the annex on monitoring.",
])
def test_real_endings_are_kept(ending):
    text = f"{STORY}\n\n{ending}"
    assert strip_promotions(text) == text


@pytest.mark.parametrize("line", [
    "Read more: Why the energy truce matters for the winter ahead",
    "[Related: Five things to know about the grain deal]",
    "RELATED: Leaders gather in Brussels",
    "Click here to subscribe to The Morning Brief newsletter",
    "Sign up for our daily newsletter to get the news in your inbox.",
    "Follow us on Twitter and Facebook for live updates.",
    "CLICK HERE TO GET THE NEWS APP",
    "Advertisement",
    "SUBSCRIBE",
    "Have a tip? Jane Roe may be reached at jroe@paper.example. Follow her on Twitter @janeroe.",
])
def test_link_and_subscribe_lines_are_removed_anywhere(line):
    first, rest = STORY.split("\n\n", 1)
    assert strip_promotions(f"{first}\n\n{line}\n\n{rest}") == STORY


def test_a_text_that_is_only_an_advert_is_left_alone():
    advert = ("Our drivers pick you up at your door.\n\n"
              "Book online at www.quickcab.example or call +44 20 7946 0000. Save 15% with code FIRST15.")
    assert strip_promotions(advert) == advert


def test_lines_without_blank_lines_are_units():
    text = STORY.replace("\n\n", "\n") + "\nSubscribe to our newsletter for free today.\n"
    assert strip_promotions(text) == STORY.replace("\n\n", "\n") + "\n"


def test_newlines_are_normalised():
    assert normalize_newlines("a\r\nb\rc\n") == "a\nb\nc\n"
