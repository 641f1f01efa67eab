"""The stance sentence bank: well-formed labels, and an expert's items aggregated from their sentences as a
sentence model's output would be. The rows in the aggregation tests are made up."""
import json

import pytest

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


def _chunk(tmp_path, label_ids, values=None):
    """A made-up labelled chunk of two sentences and a bank of one row, as the labelling round leaves them."""
    from bench import bank_chunks
    out = tmp_path / "round"
    (out / "chunk-0").mkdir(parents=True)
    index = [{"id": f"n00-00{k}", "set": "news-dev", "file": "made-up", "start": 10 * k, "end": 10 * k + 9,
              "sha1": "0" * 12, "speaker": "the writer of the article (example.org)", "source": "narration", "chunk": 0}
             for k in range(2)]
    (out / "index.jsonl").write_text("".join(json.dumps(e) + "\n" for e in index))
    (out / "chunk-0" / "sentences.jsonl").write_text(
        "".join(json.dumps({"id": e["id"], "sentence": "…"}) + "\n" for e in index))
    labels = [{"id": i, "theirs": True, "Russia": "critical", "Ukraine": None, "United States": None, "Europe": None,
               "outlook": None, **(values or {})} for i in label_ids]
    (out / "chunk-0" / "labels.jsonl").write_text("".join(json.dumps(x) + "\n" for x in labels))
    bank = tmp_path / "labels.jsonl"
    bank.write_text(json.dumps(dict(index[0], id="s0000", theirs=True, chunk=6, **{s: None for s in SIDES},
                                    outlook=None)) + "\n")
    return bank_chunks, out, bank


def test_a_labelled_round_is_appended_after_the_banks_last_chunk(tmp_path):
    bank_chunks, out, bank = _chunk(tmp_path, ["n00-000", "n00-001"])
    assert bank_chunks.merge(out, bank) == 2
    rows = stance_bank.load(bank)
    assert [(r["id"], r["chunk"], r["Russia"], r["source"]) for r in rows[1:]] == [
        ("n00-000", 7, "critical", "narration"), ("n00-001", 7, "critical", "narration")]


@pytest.mark.parametrize("ids, values", [(["n00-001", "n00-000"], None), (["n00-000"], None),
                                         (["n00-000", "n00-001"], {"Russia": "hostile"})])
def test_a_round_with_labels_out_of_order_missing_or_outside_the_brief_is_refused_whole(tmp_path, ids, values):
    bank_chunks, out, bank = _chunk(tmp_path, ids, values)
    before = bank.read_text()
    with pytest.raises(SystemExit):
        bank_chunks.merge(out, bank)
    assert bank.read_text() == before
