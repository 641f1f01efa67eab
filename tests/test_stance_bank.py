"""The stance sentence bank: well-formed labels, and an expert's items aggregated from their sentences as a
sentence model's output would be. The rows in the aggregation tests are made up."""
from bench import stance_bank

SIDES = ("Russia", "Ukraine", "United States", "Europe")


def row(theirs=True, outlook=None, **sides):
    return {"theirs": theirs, "outlook": outlook, **{s: sides.get(s.replace(" ", "_")) for s in SIDES}}


def test_an_evaluation_outweighs_descriptions_and_the_most_frequent_one_wins():
    rows = [row(Russia="neutral"), row(Russia="critical", Ukraine="neutral"), row(Russia="critical"),
            row(Russia="supportive", outlook="pessimistic"), row(outlook="pessimistic"), row(outlook="optimistic")]
    assert stance_bank.aggregate(rows) == {"Russia": "critical", "Ukraine": "neutral", "outlook": "pessimistic"}


def test_words_that_are_not_the_speakers_count_for_nothing():
    assert stance_bank.aggregate([row(theirs=False, Russia="critical"), row(United_States="neutral")]) == \
        {"United States": "neutral"}


def test_sentence_counts_score_each_value_against_the_labels():
    counts = stance_bank.sentence_counts([("critical", "critical"), ("critical", None), (None, "critical"),
                                          ("neutral", "critical")])
    assert (counts["critical"].tp, counts["critical"].fp, counts["critical"].fn) == (1, 2, 1)
    assert (counts["neutral"].tp, counts["neutral"].fn) == (0, 1)


def test_the_committed_bank_is_well_formed():
    rows = stance_bank.load()
    assert len({r["id"] for r in rows}) == len(rows) > 1000
    for r in rows:
        assert r["set"] in ("experts-dev", "news-dev") and 0 <= r["start"] < r["end"] and len(r["sha1"]) == 12
        assert all(r[s] in (None, "critical", "supportive", "neutral") for s in SIDES)
        assert r["outlook"] in (None, "optimistic", "pessimistic", "uncertain")
        assert r["theirs"] or all(r[t] is None for t in SIDES + ("outlook",))
