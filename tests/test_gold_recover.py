"""Rebuilding a gold text kept out of git from its page excerpt: only the text with the meta's sha256 is kept.

The excerpt below is synthetic (made up for this test, no real outlet or person); it has the shape of the search
corpus's excerpts: a date prefix, a section label, a byline, the paragraphs, tags, and a cut-off last line.
"""
import hashlib
import json

from bench import gold_recover, gold_recover_guided, gold_texts

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


def test_menus_before_the_headline_are_left_out_whatever_their_number():
    # synthetic: a site's menus, a weather box and a date, thirty lines in all, before the headline
    menu = "".join(f"Section {n}\n" for n in range(28)) + "Friday\nAthens 14°C\n"
    excerpt = menu + EXCERPT.split("\n", 1)[0].replace(" date 2031-04-02 ", "") + "\n" + EXCERPT.split("\n", 1)[1]
    assert gold_recover.rebuild(excerpt, meta_for(WANTED), budget=100_000) == WANTED


def test_when_the_short_lines_are_too_many_the_annotated_starts_still_find_the_text():
    # synthetic: a brief of fifteen one-line paragraphs, then six links the annotator left out
    paragraphs = [f"Point {n}: the delegations agreed on item {n} of the draft." for n in range(15)]
    links = [f"Related: story {n}" for n in range(6)]
    excerpt = "Negotiators meet in Lakeview\n" + "\n".join(paragraphs + links) + "\n"
    wanted = "Negotiators meet in Lakeview\n\n" + "\n\n".join(paragraphs) + "\n"
    keep = (gold_recover_guided._plain(paragraphs[0])[:25], gold_recover_guided._plain(paragraphs[-1])[:25])
    assert gold_recover.rebuild(excerpt, meta_for(wanted), budget=400_000, keep=keep) == wanted


def test_long_lines_the_annotator_left_out_and_a_broken_sentence_rejoined_are_tried():
    # Synthetic, like the excerpt above. The annotator left out a photo caption too long to look like chrome and a
    # promotion line, put back together a sentence the page had broken over two lines, and cut the source tag
    # "(WIRE) " off the first paragraph. The annotated quote's start tells which paragraph was surely kept.
    caption = ("Delegates from both sides arrive at the town hall in Lakeview for the third round of talks on a "
               "ceasefire along the river, on Tuesday, in this photo taken from the square outside. (Photo: Pool)")
    promotion = ("Want to read more reporting like this from Lakeview and the river valley? Sign up for our daily "
                 "newsletter and follow us on every platform where we publish our stories each morning.")
    excerpt = (" date 2031-04-02 Negotiators meet in Lakeview\n"
               f"{caption}\n"
               "(WIRE) Negotiators from the two delegations met in Lakeview on Tuesday for a third round of talks\n"
               "on a ceasefire along the river, officials said, with no date set for a fourth.\n"
               f"{promotion}\n"
               "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting.\n")
    wanted = ("Negotiators meet in Lakeview\n\n"
              "Negotiators from the two delegations met in Lakeview on Tuesday for a third round of talks on a "
              "ceasefire along the river, officials said, with no date set for a fourth.\n\n"
              "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting.\n")
    keep = ("\"We made progress on the exchange",)

    assert gold_recover.rebuild(excerpt, meta_for(wanted), keep=keep) == wanted
    assert gold_recover.rebuild(excerpt, meta_for(wanted.replace("third", "fifth")), keep=keep) is None


def test_list_markers_and_a_dateline_dropped_together_are_tried():
    # Synthetic: key points as a list before the story, whose markers the annotator dropped, and the story's
    # dateline "LAKEVIEW: " cut off its first paragraph.
    points = "".join(f"• The delegations agreed on point {n} of the agenda.\n" for n in ("one", "two", "three"))
    excerpt = EXCERPT.replace("By A. Reporter\n", "By A. Reporter\n" + points).replace(
        "Negotiators from", "LAKEVIEW: Negotiators from")
    kept_points = "".join(f"The delegations agreed on point {n} of the agenda.\n\n" for n in ("one", "two", "three"))
    wanted = WANTED.replace("Negotiators from", kept_points + "Negotiators from")
    assert gold_recover.rebuild(excerpt, meta_for(wanted)) == wanted


def test_a_dateline_naming_city_and_country_before_the_agency_or_a_dash_without_space_is_cut():
    for dateline in ("LAKEVIEW, RIVERLAND | Wire | ", "LAKEVIEW—"):
        excerpt = EXCERPT.replace("Negotiators from", dateline + "Negotiators from")
        assert gold_recover.rebuild(excerpt, meta_for(WANTED)) == WANTED, dateline


def test_a_dateline_after_a_kept_standfirst_is_cut_too():
    # Synthetic, like the excerpt above. The annotator kept the standfirst under the headline, left out a long
    # promotion, and cut the joint dateline "Lakeview/Riverton — " off the first paragraph after it.
    promotion = ("Want to read more reporting like this from Lakeview and the river valley? Sign up for our daily "
                 "newsletter and follow us on every platform where we publish our stories each morning.")
    excerpt = (" date 2031-04-02 Negotiators meet in Lakeview\n"
               "Both delegations agree to meet again after the third round\n"
               f"{promotion}\n"
               "Lakeview/Riverton — Negotiators from the two delegations met in Lakeview on Tuesday for a third round "
               "of talks on a ceasefire along the river, officials said, with no date set for a fourth.\n"
               "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting.\n")
    wanted = ("Negotiators meet in Lakeview\n\n"
              "Both delegations agree to meet again after the third round\n\n"
              "Negotiators from the two delegations met in Lakeview on Tuesday for a third round of talks on a "
              "ceasefire along the river, officials said, with no date set for a fourth.\n\n"
              "\"We made progress on the exchange of prisoners,\" the chief negotiator said after the meeting.\n")
    keep = ("\"We made progress on the exchange",)

    assert gold_recover.rebuild(excerpt, meta_for(wanted), keep=keep) == wanted


def test_an_advertisement_label_glued_to_a_paragraph_and_a_bracketed_source_dateline_are_cut():
    # Synthetic, like the excerpt above: the page glued "Hide Ad" to the paragraph after an advertisement, and the
    # story opens on a dateline with the agency in brackets; the annotator cut both.
    keep = ("\"We made progress on the exchange",)
    for source in ("Lakeview, (WIRE - Lakeview Daily - 2nd Apr, 2031) ", "(WIRE- Lakeview Daily) "):
        excerpt = (EXCERPT.replace("Negotiators from", source + "Negotiators from")
                   .replace("\"We made", "Advertisement\nHide AdAdvertisement\nHide Ad\"We made"))
        assert gold_recover.rebuild(excerpt, meta_for(WANTED), keep=keep) == WANTED, source


def test_the_annotated_starts_are_read_from_the_gold_file_beside_the_meta(tmp_path):
    gold = tmp_path / "lakeview.json"
    gold.write_text(json.dumps({"quotes": [{"text_start": "We made progress on the exchange of prisoners"}],
                                "ceasefire_statements": [{"text_start": "short"}]}), encoding="utf-8")
    assert gold_recover_guided.annotated_starts(gold) == ("We made progress on the e",)
    assert gold_recover_guided.annotated_starts(tmp_path / "absent.json") == ()


def test_the_missing_texts_are_listed_with_the_query_that_finds_their_excerpt(tmp_path, monkeypatch):
    gold = tmp_path / "gold" / "news-x"
    gold.mkdir(parents=True)
    lakeview = {**meta_for(WANTED), "url": "https://example.org/lakeview", "search_query": "Lakeview ceasefire talks"}
    (gold / "lakeview.meta.json").write_text(json.dumps(lakeview), encoding="utf-8")
    (gold / "riverside.meta.json").write_text(json.dumps({**meta_for(WANTED), "url": "https://example.org/riverside",
                                                           "source": "example.org"}), encoding="utf-8")
    (gold / "riverside.txt").write_text(WANTED, encoding="utf-8")
    monkeypatch.setattr(gold_recover, "GOLD", gold.parent)
    monkeypatch.setattr(gold_texts, "GOLD", gold.parent)
    monkeypatch.setattr(gold_texts, "KEPT_SETS", ("news-x",))
    monkeypatch.setenv("COVERAGE_GOLD_TEXTS", str(tmp_path / "store"))

    assert gold_recover.missing() == ["news-x\tlakeview\thttps://example.org/lakeview\tLakeview ceasefire talks"]


def test_a_date_line_or_an_arabic_label_glued_to_the_next_words_is_read_as_a_line_of_its_own():
    # Synthetic, like the excerpt above: the page glued its date line to the byline after it, and the Arabic
    # "add advertisement" label to the paragraph after it; the annotator left both out as chrome.
    keep = ("\"We made progress on the exchange",)
    for glued in (("By A. Reporter\n", "Updated 2 April 2031By A. Reporter\n"),
                  ("\"We made", "اضافة اعلان\"We made")):
        excerpt = EXCERPT.replace(*glued)
        assert gold_recover.rebuild(excerpt, meta_for(WANTED), keep=keep) == WANTED, glued
