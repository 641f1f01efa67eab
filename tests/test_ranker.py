"""The speaker ranker: its shipped weights are what `python -m bench.train` fits (drift check), and it picks the
speaker of "he said" and "the Ukrainian president said" on made-up paragraphs (synthetic text, not real news)."""
import json

import pytest

from bench.gold import article_for
from bench.train import NEWS_DEV, RULE_WEIGHTS, set_files, train, weights_record
from ingest.extract.people import find_people
from ingest.extract.quotes import find_quotes
from ingest.extract.ranker import FEATURES, WEIGHTS_FILE, load_weights
from ingest.extract.registry import load_registry
from ingest.extract.sentences import split_sentences


def speakers(text, weights=None):
    registry = load_registry()
    sentences = split_sentences(text)
    found = find_quotes(text, sentences, registry, find_people(text, sentences, registry), weights)
    return [(q.text.split()[0], q.speaker) for q in found]


def test_shipped_weights_match_the_features_computed():
    assert len(load_weights()) == len(FEATURES)


def _missing(trained_on: dict[str, list[str]]) -> list[str]:
    """The training files (gold and text) that are not on this machine."""
    present = {name: {p.stem for p in set_files(name)
                      if article_for(p, json.loads(p.read_text(encoding="utf-8"))).exists()}
               for name in trained_on}
    return [f"{name}/{stem}" for name, stems in trained_on.items() for stem in stems if stem not in present[name]]


def test_shipped_weights_are_what_training_on_their_gold_gives():
    shipped = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    missing = _missing(shipped["trained_on"])
    if missing:
        pytest.skip(f"training gold not here ({len(missing)} files, e.g. {missing[0]}; news-dev is read from "
                    f"{NEWS_DEV}, set GOLD_NEWS_DEV to its folder)")
    sets, weights = train(tuple(shipped["trained_on"]), shipped["trained_on"])
    record = weights_record(sets, weights)
    assert record["trained_on"] == shipped["trained_on"]
    drift = max(abs(a - b) for a, b in zip(record["weights"], shipped["weights"]))
    assert drift < 1e-4, f"the shipped weights drifted by {drift:.6f}: run `python -m bench.train` and commit them"


def test_pronoun_in_a_new_paragraph_is_the_person_who_last_spoke_not_the_one_last_praised():
    text = ("At a press conference in Berlin, the chancellor praised the efforts of Donald Trump. Talks would "
            "not have moved without him, Friedrich Merz said.\n\n"
            "He also praised Marco Rubio's work on the text.\n\n"
            "Finally, he noted that he hoped for further progress at the dinner.")
    assert speakers(text)[-1] == ("he", "Friedrich Merz")


def test_a_description_with_a_nationality_agrees_with_the_speaker():
    text = ("Friedrich Merz met Volodymyr Zelensky in Berlin on Monday. The war must end, Merz said.\n\n"
            "Security guarantees are essential for any agreement, the Ukrainian president stressed.")
    assert speakers(text)[-1] == ("Security", "Volodymyr Zelensky")


def test_weights_that_trust_only_the_rule_give_the_rules_speaker():
    text = ("Dmitry Peskov spoke to reporters on Tuesday. \"We are ready,\" he said.\n\n"
            "\"But the realities on the ground must be taken into account.\"")
    assert speakers(text, RULE_WEIGHTS) == [("We", "Dmitry Peskov"), ("But", "Dmitry Peskov")]
