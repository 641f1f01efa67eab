"""Rebuilding a gold text kept out of git from its page excerpt: only the text with the meta's sha256 is kept.

The excerpt below is synthetic (made up for this test, no real outlet or person); it has the shape of the search
corpus's excerpts: a date prefix, a section label, a byline, the paragraphs, tags, and a cut-off last line.
"""
import hashlib
import json

from bench import gold_recover, gold_texts

EXCERPT = (
    " date 2031-04-02 Negotiators meet in Lakeview\nWorld\nBy A. Reporter\n"
    "Negotiators from the two delegations met in Lakeview on Tuesday for a third round of talks on a ceasefire "
    "along the river, officials said, with no date set for a fourth.\n"
    "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting.\n"
    "Observers expect a statement later this week. The talks are the first since the winter pause and the "
    "delegations are due to report back to their capi\nTags\nTalks\n"
)
WANTED = (
    "Negotiators meet in Lakeview\n\n"
    "Negotiators from the two delegations met in Lakeview on Tuesday for a third round of talks on a ceasefire "
    "along the river, officials said, with no date set for a fourth.\n\n"
    "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting.\n\n"
    "Observers expect a statement later this week.\n"
)


def meta_for(text: str) -> dict:
    return {"title": "Negotiators meet in Lakeview", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def test_the_annotators_text_is_rebuilt_from_the_excerpt():
    assert gold_recover.rebuild(EXCERPT, meta_for(WANTED)) == WANTED


def test_no_text_is_made_up_when_no_choice_matches_the_hash():
    assert gold_recover.rebuild(EXCERPT, meta_for(WANTED.replace("third", "fourth"))) is None


def test_recover_writes_the_store_from_an_excerpt_copied_as_a_json_literal(tmp_path, monkeypatch):
    gold = tmp_path / "gold"
    (gold / "news-x").mkdir(parents=True)
    (gold / "news-x" / "lakeview.meta.json").write_text(json.dumps(meta_for(WANTED)), encoding="utf-8")
    excerpts = tmp_path / "excerpts" / "news-x"
    excerpts.mkdir(parents=True)
    (excerpts / "lakeview.excerpt").write_text(json.dumps(EXCERPT) + "\n", encoding="utf-8")
    (excerpts / "orphan.excerpt").write_text(json.dumps(EXCERPT), encoding="utf-8")
    monkeypatch.setattr(gold_recover, "GOLD", gold)
    monkeypatch.setattr(gold_texts, "GOLD", gold)
    monkeypatch.setenv("COVERAGE_GOLD_TEXTS", str(tmp_path / "store"))

    done, missed = gold_recover.recover(tmp_path / "excerpts")

    assert done == 1
    assert missed == ["news-x/orphan: no meta in tests/gold"]
    assert (tmp_path / "store" / "news-x" / "lakeview.txt").read_text(encoding="utf-8") == WANTED
    assert gold_texts.locate(gold / "news-x" / "lakeview.txt") == tmp_path / "store" / "news-x" / "lakeview.txt"


def test_a_page_without_a_headline_gives_a_text_that_opens_with_the_blank_line():
    wanted = WANTED.split("\n\n", 1)[1]
    headless = "\n\n" + wanted
    assert gold_recover.rebuild(EXCERPT, {"sha256": meta_for(headless)["sha256"]}) == headless


def test_list_markers_the_annotator_dropped_are_dropped_too():
    bulleted = EXCERPT.replace("\"We made", "• \"We made")
    assert gold_recover.rebuild(bulleted, meta_for(WANTED)) == WANTED


def test_a_dateline_cut_off_its_line_and_paragraphs_left_out_at_the_end_are_tried():
    # Synthetic, like the excerpt above: the annotator cut "LAKEVIEW — " off the first paragraph and stopped
    # before the excerpt's last two long paragraphs.
    long_tail = "The delegations are due to report back to their capitals before the next round, officials said. " * 2
    excerpt = (" date 2031-04-02 Negotiators meet in Lakeview\n"
               "LAKEVIEW — Negotiators from the two delegations met in Lakeview on Tuesday for a third round of talks on a "
               "ceasefire along the river, officials said, with no date set for a fourth.\n"
               "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting, which "
               "lasted for more than seven hours and ended late in the evening in the town hall.\n"
               f"{long_tail}\n{long_tail}\n")
    wanted = ("Negotiators meet in Lakeview\n\n"
              "Negotiators from the two delegations met in Lakeview on Tuesday for a third round of talks on a "
              "ceasefire along the river, officials said, with no date set for a fourth.\n\n"
              "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting, which "
              "lasted for more than seven hours and ended late in the evening in the town hall.\n")
    assert gold_recover.rebuild(excerpt, meta_for(wanted)) == wanted


def test_an_excerpt_with_more_choices_than_the_budget_gives_up_instead_of_running_on():
    menu = "".join(f"Section {n}\n" for n in range(30))  # synthetic: thirty short menu lines before the article
    excerpt = " date 2031-04-02 Negotiators meet in Lakeview\n" + menu + EXCERPT.split("\n", 1)[1]
    try:
        gold_recover.rebuild(excerpt, meta_for(WANTED.replace("third", "fifth")), budget=10_000)
    except gold_recover.GaveUp:
        return
    raise AssertionError("the search ran past its budget")
