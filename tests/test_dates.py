"""Date resolution: explicit, weekday and relative dates against the publication date and the dates named before.

Every sentence here is synthetic: made up for the test, not taken from an article.
"""
from datetime import date

import pytest

from ingest.extract.dates import find_dates
from ingest.extract.sentences import split_sentences

SATURDAY = date(2025, 4, 19)  # the seed's publication date


def resolved(text: str, published: date | None = SATURDAY) -> list[tuple[str, str, str, str]]:
    return [(d.text, d.iso, d.precision, d.basis) for d in find_dates(text, split_sentences(text), published)]


@pytest.mark.parametrize("text, expected", [
    ("Rubio spoke on April 18.", ("April 18", "2025-04-18", "day", "explicit")),
    ("Rubio spoke on 18 April.", ("18 April", "2025-04-18", "day", "explicit")),
    ("It was signed on April 18, 2024.", ("April 18, 2024", "2024-04-18", "day", "explicit")),
    ("Talks began on 3 March.", ("3 March", "2025-03-03", "day", "explicit")),
    ("They met on Feb. 18 in Riyadh.", ("Feb. 18", "2025-02-18", "day", "explicit")),
    ("The truce was agreed in March.", ("in March", "2025-03", "month", "explicit")),
    ("The deal dates from March 2022.", ("from March 2022", "2022-03", "month", "explicit")),
    ("Fighting resumed in mid-April.", ("in mid-April", "2025-04", "month", "explicit")),
    ("The filing is dated 2025-04-17.", ("2025-04-17", "2025-04-17", "day", "explicit")),
])
def test_explicit_dates_keep_their_precision(text, expected):
    assert resolved(text) == [expected]


def test_a_date_without_a_year_is_its_occurrence_nearest_the_publication():
    assert resolved("The offensive began on December 5.") == [("December 5", "2024-12-05", "day", "explicit")]
    assert resolved("It happened in November.") == [("in November", "2024-11", "month", "explicit")]
    # Four days after a May 11 publication, not a year and four days before it (synthetic sentence).
    assert resolved("Putin proposed talks in Istanbul on May 15.", date(2025, 5, 11))[0][1] == "2025-05-15"
    assert resolved("The Kremlin mentioned a truce in August.", date(2025, 6, 10)) == [
        ("in August", "2025-08", "month", "explicit")]
    assert resolved("Talks were held on January 3.", date(2025, 12, 20))[0][1] == "2026-01-03"


def test_a_year_named_by_words_is_the_year_before():
    found = find_dates("Putin declared a truce a year ago in May.", split_sentences("x"), date(2025, 6, 10))
    assert [(d.iso, d.year_named) for d in found] == [("2024-05", True)]
    found = find_dates("They met on March 3 last year.", split_sentences("x"), date(2025, 6, 10))
    assert [(d.iso, d.year_named) for d in found] == [("2024-03-03", True)]
    found = find_dates("They met on March 3 and in February 2022.", split_sentences("x"), date(2025, 6, 10))
    assert [(d.iso, d.year_named) for d in found] == [("2025-03-03", False), ("2022-02", True)]


def test_a_future_date_keeps_the_publication_year_when_the_sentence_looks_ahead():
    assert resolved("Putin will visit Turkey on May 9.") == [("May 9", "2025-05-09", "day", "explicit")]
    assert resolved("He proposed a truce for May 8-10.")[0][1] == "2025-05-08"


def test_modal_may_and_verb_march_are_not_dates():
    assert resolved("Talks may resume soon. Protesters march toward peace.") == []


@pytest.mark.parametrize("text, iso", [
    ("Zelensky said on Friday Ukraine was ready.", "2025-04-18"),
    ("Russia rejected the proposal on Tuesday.", "2025-04-15"),
    ("Putin spoke on Saturday.", "2025-04-19"),  # the publication day itself
    ("Peskov said last Saturday that talks were over.", "2025-04-12"),
    ("Talks will resume on Monday.", "2025-04-21"),
    ("Delegations meet next Wednesday.", "2025-04-23"),
    # the future is in the reported words; the weekday dates the speaking
    ("Zelensky said Ukraine would accept a truce, speaking at a news conference in Kyiv on Tuesday.", "2025-04-15"),
    # ... or in a quote closed before the attribution; a thing "from" a day is from the past
    ("“We will give details over the next days,” he told journalists on Monday.", "2025-04-14"),
    ("According to the FT article from Tuesday, Putin offered to freeze the conflict.", "2025-04-15"),
    # the weekday belongs to the last verb in the past before it, whatever an earlier clause looked ahead to ...
    ("Both have said they would send troops, an offer that Macron repeated on Tuesday.", "2025-04-15"),
    ("Witkoff, who will meet Putin, arrived in Moscow on Thursday.", "2025-04-17"),
    # ... unless a later clause looks ahead, or the verb asks for the event the day dates
    ("Trump said he will meet Putin on Friday.", "2025-04-25"),
    ("Zelensky said he would wait in Istanbul after Putin proposed direct talks there on Thursday.", "2025-04-24"),
])
def test_weekdays_are_the_last_such_day_unless_the_sentence_looks_ahead(text, iso):
    assert [r[1] for r in resolved(text)] == [iso]
    assert resolved(text)[0][3] == "weekday"


def test_a_weekday_restated_in_brackets_is_one_date():
    found = resolved("Kyiv will share the plan on Tuesday (Dec 9), officials said.", date(2025, 12, 9))
    assert found == [("on Tuesday (Dec 9", "2025-12-09", "day", "explicit")]


def test_a_weekday_next_to_a_named_date_is_read_around_that_date():
    text = "Putin declared a truce on April 19, from 6 p.m. that day until midnight on Sunday. The next day, Kyiv spoke."
    found = resolved(text, date(2025, 4, 30))
    assert found == [
        ("April 19", "2025-04-19", "day", "explicit"),
        ("that day", "2025-04-19", "day", "relative"),
        ("on Sunday", "2025-04-20", "day", "weekday"),
        ("The next day", "2025-04-20", "day", "relative"),  # the period's end is not an anchor
    ]


def test_the_attributions_weekday_is_not_read_around_the_reported_events_date_nor_its_tense():
    # Made-up sentences (published Wednesday 23 April 2025): the day after ", X said" dates the saying.
    assert resolved("Ukraine agreed to a truce after talks in Jeddah on March 11, Rubio said on Tuesday.",
                    date(2025, 4, 23))[-1] == ("on Tuesday", "2025-04-22", "day", "weekday")
    assert resolved("Russia will not agree to a truce until its terms are met, Peskov said on Monday.",
                    date(2025, 4, 23))[-1] == ("on Monday", "2025-04-21", "day", "weekday")


@pytest.mark.parametrize("text, expected", [
    ("Last month, Russia and Ukraine agreed to a limited ceasefire.", ("Last month", "2025-03", "month", "relative")),
    ("Earlier this month, Putin announced a truce.", ("Earlier this month", "2025-04", "month", "relative")),
    ("Putin set conditions last week.", ("last week", "2025-04", "month", "relative")),
    ("Peskov said yesterday that nothing changed.", ("yesterday", "2025-04-18", "day", "relative")),
    ("Trump said today he is frustrated.", ("today", "2025-04-19", "day", "relative")),
    ("They spoke two days ago.", ("two days ago", "2025-04-17", "day", "relative")),
    ("Zelensky spoke over the weekend.", ("over the weekend", "2025-04", "month", "relative")),
    ("Zelensky spoke at the weekend.", ("at the weekend", "2025-04", "month", "relative")),
])
def test_relative_words_count_from_publication(text, expected):
    assert resolved(text) == [expected]


def test_last_month_in_january_is_december_of_the_previous_year():
    assert resolved("Last month the talks stalled.", date(2025, 1, 10))[0][1] == "2024-12"


def test_that_same_day_is_the_date_named_most_recently():
    text = "Speaking in Paris on April 18, Rubio warned. That same day, Trump echoed the warning."
    assert resolved(text)[1] == ("That same day", "2025-04-18", "day", "relative")


def test_one_day_after_a_dated_event_in_the_same_sentence_dates_the_earlier_event():
    text = "Rubio’s April 18 remarks came just one day after Trump publicly stated he was waiting."
    found = find_dates(text, split_sentences(text), SATURDAY)
    assert [(d.text, d.iso, d.attributive) for d in found] == [
        ("April 18", "2025-04-18", True),  # names the remarks
        ("one day after", "2025-04-17", False),  # Trump's statement came the day before
    ]


@pytest.mark.parametrize("text, iso", [
    ("One day after April 18, Putin answered.", "2025-04-19"),
    ("A day before April 18, Putin answered.", "2025-04-17"),
    ("The day after April 18 was calm.", "2025-04-19"),
])
def test_offsets_from_a_following_date_count_from_it(text, iso):
    assert resolved(text)[0][1] == iso
    assert resolved(text)[0][2:] == ("day", "relative")


def test_later_and_following_count_from_the_last_named_day():
    text = "Ukraine accepted on March 11. Two days later, Putin replied. The following day, Kyiv answered."
    assert [r[1] for r in resolved(text)] == ["2025-03-11", "2025-03-13", "2025-03-14"]


def test_earlier_counts_back_from_the_last_day_that_has_come_not_from_a_plans_day():
    # (synthetic) the meeting "planned for Wednesday" is after the publication; "two days earlier" is before Monday
    text = ("Zelensky said in his address on July 21: \"The meeting is planned for Wednesday [July 23].\"\n\n"
            "Two days earlier, he said he had sent Moscow an offer.")
    assert [r[1] for r in resolved(text, date(2025, 7, 22))] == ["2025-07-21", "2025-07-23", "2025-07-23",
                                                                 "2025-07-19"]


def test_without_publication_date_only_dates_with_years_and_their_anchors_resolve():
    text = "On April 18, 2025, Rubio spoke. On Friday Trump spoke. That same day, Vance spoke. Last month they met."
    assert resolved(text, None) == [
        ("April 18, 2025", "2025-04-18", "day", "explicit"),
        ("That same day", "2025-04-18", "day", "relative"),
    ]


def test_each_date_knows_its_sentence_and_offsets():
    text = "Peace talks stalled.\n\nOn April 18, Rubio warned."
    found = find_dates(text, split_sentences(text), SATURDAY)
    assert [(d.sentence, text[d.start:d.end]) for d in found] == [(1, "April 18")]


@pytest.mark.parametrize("text, iso", [
    ("Attacks continued since March 18.", "2025-03-18"),
    ("Zelensky has called for a full ceasefire since March.", "2025-03"),  # the bare month keeps "since" in its span
])
def test_period_bounds_are_marked(text, iso):
    found = find_dates(text, split_sentences(text), SATURDAY)
    assert [(d.iso, d.period) for d in found] == [(iso, True)]


@pytest.mark.parametrize("text", ["", "   ", "April 31", "on 99 March", "Feb. 30, 2025", "\x00\ufffd", "May " * 500])
def test_never_crashes_and_offsets_stay_inside(text):
    for d in find_dates(text, split_sentences(text), SATURDAY):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start:d.end] == d.text


def test_later_is_after_the_last_day_named_and_not_after_publication():
    text = "On November 23, the two delegations met in Geneva. The president later said the plan was revised."
    assert resolved(text, date(2025, 12, 2))[-1] == ("later", "2025-11", "month", "relative")
    text = "Zelenskiy spoke on Sunday. He later told reporters he would wait in Turkey on Thursday."
    assert resolved(text, date(2025, 5, 11))[1] == ("later", "2025-05-11", "day", "relative")


def test_a_weekday_beside_the_dateline_follows_the_sentence_tense():
    text = "KYIV, May 11 (Reuters) - The president said on Sunday he would wait in Turkey on Thursday."
    assert [d[1] for d in resolved(text, date(2025, 5, 11))] == ["2025-05-11", "2025-05-11", "2025-05-15"]


@pytest.mark.parametrize("text, expected", [
    ("Zelensky and European leaders are heading to Washington Monday.", "2025-08-18"),
    ("Witkoff is meeting Putin on Friday.", "2025-08-22"),
    ("Zelensky was heading to Washington on Monday.", "2025-08-11"),
])
def test_a_present_progressive_arrangement_looks_ahead(text, expected):
    # published on Sunday 17 August 2025
    assert resolved(text, date(2025, 8, 17))[0][1] == expected


@pytest.mark.parametrize("text", [
    "The talks were useful, Russia Today quoted the Kremlin as saying.",
    "The talks were useful, USA Today reported.",
])
def test_today_in_a_name_is_no_date(text):
    # (synthetic) "Russia Today", "USA Today": an outlet's name, not the publication day
    assert resolved(text) == []


def test_today_opening_a_sentence_is_still_the_day():
    assert [r[1] for r in resolved("Today, Putin met Trump. Peskov said Today the talks begin.")] == ["2025-04-19"] * 2
