"""Headlines: their quotes and speakers read like a sentence's, with the headline's own conventions (title case,
a credit after a colon or dash). Made-up headlines over a one-sentence body."""
from datetime import date

import pytest

from ingest.extract import extract_all
from ingest.records import Article

BODY = "\n\nThe talks went on on Monday, officials said."


def headline_quotes(title):
    text = title + BODY
    found = extract_all(Article(text=text, title=title, language="en"))
    return [(q.kind, q.text, q.speaker) for q in found.quotes if q.start < len(title)]


@pytest.mark.parametrize("title, quote", [
    ("Zelensky Says Berlin Talks With Envoys Show Real Progress",
     ("indirect", "Berlin Talks With Envoys Show Real Progress", "Volodymyr Zelensky")),
    ("No Ceasefire Reached, Trump Says No Deal Reached", ("indirect", "No Deal Reached", "Donald Trump")),
    ("Kremlin Says Talks With U.S. Were Useful", ("indirect", "Talks With U.S. Were Useful", "Russia")),
])
def test_a_title_case_speech_verb_reports_like_a_lower_case_one(title, quote):
    assert headline_quotes(title) == [quote]


def test_a_sentence_case_headline_and_a_verb_opening_the_headline_are_read_as_they_are():
    assert headline_quotes("Zelensky says Berlin talks show real progress") == [
        ("indirect", "Berlin talks show real progress", "Volodymyr Zelensky")]
    assert headline_quotes("Says Who? The Story Behind The Envoys Talks") == []


@pytest.mark.parametrize("title, speaker", [
    ("‘No deal until there’s a deal’: Trump says after summit", "Donald Trump"),
    ("‘Only trust primary sources’ on the talks – Kremlin", "Russia"),
    # a colon before a verb that is no saying introduces a tagline, not its speaker
    ("‘The ball is in their court’: Ukraine accepts truce offer", None),
])
def test_a_quoted_headline_is_credited_by_the_colon_or_dash_after_it(title, speaker):
    [(kind, _, who)] = headline_quotes(title)
    assert (kind, who) == ("direct", speaker)


@pytest.mark.parametrize("title, quote", [
    # A headline's second verb after a comma keeps the subject of its first one.
    ("Zelensky rejects plan, says Ukraine will not cede land",
     ("indirect", "Ukraine will not cede land", "Volodymyr Zelensky")),
    ("Putin Backs Trump’s Peace Effort, Says Russia Accepted Compromises",
     ("indirect", "Russia Accepted Compromises", "Vladimir Putin")),
])
def test_a_headlines_second_verb_keeps_its_subject(title, quote):
    assert headline_quotes(title) == [quote]


@pytest.mark.parametrize("title, statement", [
    # A title-case headline's act is read like a sentence's; the statement keeps the headline's own words.
    ("Putin Declares Easter Truce", ("Vladimir Putin", "proposal", "Putin Declares Easter Truce")),
    ("Zelensky Rejects Peace Plan", ("Volodymyr Zelensky", "rejection", "Zelensky Rejects Peace Plan")),
])
def test_a_title_case_headline_states_its_act(title, statement):
    text = title + BODY
    found = extract_all(Article(text=text, title=title, language="en", published=date(2025, 4, 19))).statements
    assert [(s.actor, s.kind, s.text) for s in found if s.start < len(title)] == [statement]


@pytest.mark.parametrize("credit", ["Deputy FM Says", "Deputy Foreign Minister Says"])
def test_a_headline_credited_to_an_office_is_the_person_the_body_so_describes(credit):
    # Made-up headline and body: the headline's office ("FM" is a foreign minister) is the person the body
    # introduces with it, not an acronym of a body the text names ("the Russian Foreign Ministry's journal").
    title = f"Russia Cannot Accept U.S. Ceasefire Proposal, {credit}"
    text = (title + "\n\nMoscow cannot accept the proposal as is, Russian Deputy Foreign Minister Sergei Ryabkov "
            "said in an interview published by the Russian Foreign Ministry’s journal International Affairs.")
    found = extract_all(Article(text=text, title=title, language="en"))
    assert [(q.kind, q.speaker) for q in found.quotes if q.start < len(title)] == [("indirect", "Sergei Ryabkov")]


@pytest.mark.parametrize("title", [
    "Putin trying to negotiate an end to Ukraine war, says EU’s Kallas – as it happened",
    "Putin trying to negotiate an end to Ukraine war, says EU’s Kallas",
])
def test_a_live_pages_marker_is_not_words_and_a_name_after_the_verb_is_its_speaker(title):
    # Made-up headlines in a live page's style: "– as it happened" is the site's marker; "says EU’s Kallas" names
    # the speaker after the verb (the owner's possessive before her name is not part of it).
    assert headline_quotes(title) == [("indirect", "Putin trying to negotiate an end to Ukraine war", "Kaja Kallas")]


@pytest.mark.parametrize("title, body, speaker", [
    # Made-up headlines and bodies: a one-word title after "says" is the person the body goes on to name with it.
    ("Germany ‘ready to play its part’ in a ceasefire, says Chancellor",
     "Chancellor Friedrich Merz said Germany was “ready to play its part” in a ceasefire.", "Friedrich Merz"),
    ("Ireland ‘ready to play its part’ in a ceasefire, says Taoiseach",
     "TAOISEACH Micheál Martin claims Ireland is “ready to play its part” in a ceasefire.", "Micheál Martin"),
])
def test_a_headline_credited_to_a_bare_title_is_the_person_the_body_names_with_it(title, body, speaker):
    text = f"{title}\n\n{body}"
    found = extract_all(Article(text=text, title=title, language="en"))
    assert [q.speaker for q in found.quotes if q.start < len(title)] == [speaker]
