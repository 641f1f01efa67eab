"""Agreement between two annotations of the same article: what the second annotator saw differently is counted.

The annotations below are synthetic (made up for this test; the names are no real people).
"""
import json

from bench import agreement


def news(quotes, statements, mentions):
    return {"quotes": quotes, "ceasefire_statements": statements, "actor_mentions": mentions}


def quote(start, speaker, kind="direct"):
    return {"text_start": start, "speaker": speaker, "kind": kind, "speaker_role": "official"}


def statement(start, when):
    return {"text_start": start, "date": when, "actor": "Russia"}


FIRST_NEWS = news([quote("We are ready to talk", "Alpha Person"), quote("The truce will hold", "Beta Person")],
                  [statement("Moscow proposed a truce on Friday", "2031-04-04"),
                   statement("Kyiv rejected the plan", "2031-04-05")], {"Russia": 3})
SECOND_NEWS = news([quote("We are ready to talk", "Alpha Person"), quote("The truce will hold", "Gamma Person"),
                    quote("No one wants war", "Alpha Person", "indirect")],
                   [statement("Moscow proposed a truce on Friday", "2031-04-06")], {"Russia": 2})


def test_news_disagreements_show_in_recall_speakers_and_dates():
    scores = agreement.compare_news(FIRST_NEWS, SECOND_NEWS, "one")
    assert (scores.quotes.tp, scores.quotes.fp, scores.quotes.fn) == (2, 1, 0)
    assert scores.speakers.value == 0.5
    assert (scores.statements.tp, scores.statements.fn) == (1, 1)
    assert scores.statement_dates.value == 0.0
    assert (scores.mentions.tp, scores.mentions.fn) == (2, 1)


def expert(name, stances, outlook=None):
    return {"name": name, "stances": stances, "outlook": outlook}


def test_expert_cells_agree_or_differ_and_reversals_are_counted():
    first = {"experts": [expert("Ann Analyst", {"Russia": "critical", "Ukraine": None}, "pessimistic"),
                         expert("Bo Scholar", {"Russia": None})]}
    second = {"experts": [expert("Dr. Ann Analyst", {"Russia": "supportive", "Ukraine": None}, "pessimistic")]}
    result = agreement.ExpertAgreement()
    agreement.compare_experts(first, second, result)
    assert (result.experts.tp, result.experts.fn) == (1, 1)
    assert (result.items.tp, result.items.fp, result.items.fn) == (1, 1, 1)
    assert result.reversed == 1
    assert len(result.cells.pairs) == 5 and result.cells.observed == 0.8
    assert result.cells.kappa < result.cells.observed


def test_joint_speakers_count_once_per_speaker_on_both_sides():
    joint = news([quote("We back the plan", "Alpha Person; Beta Person")], [], {})
    scores = agreement.compare_news(joint, joint, "joint")
    assert (scores.quotes.tp, scores.quotes.fp, scores.quotes.fn) == (2, 0, 0)
    assert scores.speakers.value == 1.0


def test_identical_annotations_agree_fully_and_the_command_pairs_files_by_name(tmp_path, capsys):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for folder in (first, second):
        (folder / "a-2031-04-05.json").write_text(json.dumps(FIRST_NEWS))
        (folder / "a-2031-04-05.meta.json").write_text("{}")
    (second / "unpaired-2031-04-06.json").write_text(json.dumps(SECOND_NEWS))
    assert agreement.main([str(first), str(second)]) == 0
    printed = capsys.readouterr().out
    assert "ALL news files (1)" in printed and "quotes P 1.00 R 1.00 F1 1.000" in printed
    assert "unpaired" not in printed
