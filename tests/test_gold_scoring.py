"""How bench.gold matches extracted items to gold items. The article and items below are made up."""
from datetime import date
from types import SimpleNamespace

from bench import gold

TEXT = "The U.S., Jonas Verbeek said, has signaled its plan includes assurances for Ruritania."
GOLD = {"quotes": [{"text_start": "The U.S., Jonas Verbeek said, has signaled its", "kind": "indirect",
                    "speaker": "Jonas Verbeek", "speaker_role": "expert"}],
        "ceasefire_statements": [], "actor_mentions": {}}
# the extractor joins the reported clause around the attribution; it starts where the article's words do
QUOTE = SimpleNamespace(text="The U.S. has signaled its plan includes assurances for Ruritania", kind="indirect",
                        speaker="Jonas Verbeek", speaker_role="expert", start=0, end=len(TEXT) - 1)


def test_a_quote_is_matched_on_the_articles_own_words_as_the_gold_copies_them():
    scores = gold.score_annotation("one", GOLD, [QUOTE], [], [], lambda item: False, lambda q: TEXT[q.start:q.end])
    assert (scores.quotes.tp, scores.quotes.fp, scores.quotes.fn) == (1, 0, 0)


def test_matching_on_the_joined_words_would_miss_it():
    scores = gold.score_annotation("one", GOLD, [QUOTE], [], [], lambda item: False)
    assert (scores.quotes.tp, scores.quotes.fn) == (0, 1)


def test_a_reported_question_matches_with_or_without_its_whether():
    # Annotators start "asked whether he would accept …" either at "whether" or after it; so does the extractor.
    assert gold.starts_alike("he would accept the plan", "whether he would accept the")
    assert gold.starts_alike("if he had spoken to the envoy", "he had spoken to the")
    assert gold.starts_alike("If the talks fail, we will", "If the talks fail, we")
    assert not gold.starts_alike("he would reject the plan", "whether he would accept the")


def test_a_speaker_named_by_a_registry_alias_is_the_same_speaker():
    # "António Costa" is listed as an alias of the registry's "Antonio Costa"; annotators wrote both forms.
    assert gold.same_speaker("António Costa", "Antonio Costa")
    assert gold.same_speaker("Antonio Costa", "Antonio Costa")


def test_an_outlet_and_a_name_it_goes_by_are_the_same_speaker():
    # The outlet registry lists "AP" and "Bloomberg News" as names of the Associated Press and Bloomberg.
    assert gold.same_speaker("Associated Press", "AP")
    assert gold.same_speaker("Bloomberg News", "Bloomberg")
    assert not gold.same_speaker("Reuters", "Associated Press")


def test_different_actors_and_a_bare_surname_are_not_the_same_speaker():
    assert not gold.same_speaker("António Costa", "Ursula von der Leyen")
    assert not gold.same_speaker("Costa", "Antonio Costa")  # a surname alone is a form, not a name
    assert not gold.same_speaker("Jonas Verbeek", None)


def test_the_date_rule_allows_a_far_date_only_when_its_sentence_names_the_year():
    published = date(2025, 3, 25)
    assert not gold.far_from("2023-07", published, "Russia withdrew from the deal in July 2023.")
    assert gold.far_from("2024-07", published, "Russia withdrew from the deal in July.")
    assert gold.far_from("2025-04", published, "Russia will withdraw from the deal in April 2025.")  # after publication
    assert not gold.far_from("2025-03-20", published, "Russia withdrew on Thursday.")
