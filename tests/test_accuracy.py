"""Extraction accuracy gate: scores against the hand-made gold files must stay above their floors.

The floors are the issue's targets for the seed and for unseen articles; `python -m bench.gold --misses`
shows what is behind a drop.
"""
import pytest

from bench.gold import SHARED_GOLD, Scores, gold_files, score_file

SEED_FLOORS = {"quotes": 0.92, "speakers": 0.95, "mentions": 0.97, "statements": 0.80, "dates": 0.90}
OTHER_FLOORS = {"quotes": 0.85, "speakers": 0.90, "mentions": 0.95, "statements": 0.70, "dates": 0.85}


def measured(scores: Scores) -> dict[str, float]:
    return {
        "quotes": scores.quotes.f1,
        "speakers": scores.speakers.value,
        "mentions": scores.mentions.f1,
        "statements": scores.statements.f1,
        "dates": scores.statement_dates.value,
    }


def below(scores: Scores, floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    got = measured(scores)
    return {name: (round(got[name], 3), floor) for name, floor in floors.items() if got[name] < floor}


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="shared gold (../shared/gold/seed.json) is not beside the repo")
def test_seed_meets_its_floors():
    scores = score_file(SHARED_GOLD)
    assert below(scores, SEED_FLOORS) == {}, "\n".join(scores.misses)


@pytest.mark.parametrize("gold", gold_files("synthetic"), ids=lambda p: p.stem)
def test_project_gold_meets_unseen_floors(gold):
    scores = score_file(gold)
    assert below(scores, OTHER_FLOORS) == {}, "\n".join(scores.misses)


# Real-text development set (tests/gold/dev): six real articles scored together, since one article is noisy.
# Floors sit a little under what the extractor reaches on the whole set (quotes F1 0.988, speakers 0.988,
# roles 0.988); the held-out set (tests/gold/holdout) is never tuned on and is not gated here.
DEV_FLOORS = {"quotes": 0.95, "speakers": 0.95, "roles": 0.95}


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, Scores]:
    """Each dev article's scores, filled by the parametrised test and summed by the floor test."""
    return {}


@pytest.mark.parametrize("gold", gold_files("dev"), ids=lambda p: p.stem)
def test_dev_article_is_scored(gold, dev_scores):
    scores = dev_scores[gold.stem] = score_file(gold)
    assert scores.quotes.tp > 0, f"no gold quote of {gold.stem} was found:\n" + "\n".join(scores.misses)


def test_dev_set_meets_its_floors(dev_scores):
    total = Scores("ALL dev")
    for gold in gold_files("dev"):
        scores = dev_scores.get(gold.stem) or score_file(gold)
        total.add(scores)
        total.misses += [f"{gold.stem}: {miss}" for miss in scores.misses]
    got = {"quotes": total.quotes.f1, "speakers": total.speakers.value, "roles": total.roles.value}
    low = {name: (round(got[name], 3), floor) for name, floor in DEV_FLOORS.items() if got[name] < floor}
    assert low == {}, "\n".join(total.misses)


# Second real-text development set (tests/gold/dev2): six more real articles, summed. Floors sit a little under
# what the extractor reaches (quotes F1 0.974, speakers 0.947, roles 0.960, direct quotes F1 0.969 with speakers
# 0.903), so a change that helps one set cannot quietly undo the rules learnt on the other.
DEV2_FLOORS = {"quotes": 0.95, "speakers": 0.92, "roles": 0.93, "direct": 0.95, "direct_speakers": 0.88}


@pytest.mark.parametrize("gold", gold_files("dev2"), ids=lambda p: p.stem)
def test_dev2_article_is_scored(gold, dev_scores):
    scores = dev_scores[f"dev2/{gold.stem}"] = score_file(gold)
    assert scores.quotes.tp > 0, f"no gold quote of {gold.stem} was found:\n" + "\n".join(scores.misses)


def test_dev2_set_meets_its_floors(dev_scores):
    total = Scores("ALL dev2")
    for gold in gold_files("dev2"):
        scores = dev_scores.get(f"dev2/{gold.stem}") or score_file(gold)
        total.add(scores)
        total.misses += [f"{gold.stem}: {miss}" for miss in scores.misses]
    got = {"quotes": total.quotes.f1, "speakers": total.speakers.value, "roles": total.roles.value,
           "direct": total.direct.f1, "direct_speakers": total.direct_speakers.value}
    low = {name: (round(got[name], 3), floor) for name, floor in DEV2_FLOORS.items() if got[name] < floor}
    assert low == {}, "\n".join(total.misses)


# Third real-text development set (tests/gold/dev3): courts, business, markets with analysts, a utility, a
# campaign and an agency, summed. Floors sit a little under what the extractor reaches (quotes F1 0.933,
# speakers 1.000, roles 0.847, direct quotes F1 0.980 with speakers 1.000); roles are lowest because of
# people whose office the text gives only away from their name.
DEV3_FLOORS = {"quotes": 0.91, "speakers": 0.96, "roles": 0.82, "direct": 0.95, "direct_speakers": 0.96}


@pytest.mark.parametrize("gold", gold_files("dev3"), ids=lambda p: p.stem)
def test_dev3_article_is_scored(gold, dev_scores):
    scores = dev_scores[f"dev3/{gold.stem}"] = score_file(gold)
    assert scores.quotes.tp > 0, f"no gold quote of {gold.stem} was found:\n" + "\n".join(scores.misses)


def test_dev3_set_meets_its_floors(dev_scores):
    total = Scores("ALL dev3")
    for gold in gold_files("dev3"):
        scores = dev_scores.get(f"dev3/{gold.stem}") or score_file(gold)
        total.add(scores)
        total.misses += [f"{gold.stem}: {miss}" for miss in scores.misses]
    got = {"quotes": total.quotes.f1, "speakers": total.speakers.value, "roles": total.roles.value,
           "direct": total.direct.f1, "direct_speakers": total.direct_speakers.value}
    low = {name: (round(got[name], 3), floor) for name, floor in DEV3_FLOORS.items() if got[name] < floor}
    assert low == {}, "\n".join(total.misses)


# Fourth real-text development set (tests/gold/dev4): government, courts, diplomacy, trade and immigration, mostly
# indirect quotes, summed. Floors sit a little under what the extractor reaches (quotes F1 0.975, speakers 1.000,
# roles 1.000, direct quotes F1 0.960 with speakers 1.000); the one miss left is a dev4 decision against the shared
# rules (a quoted span with a finite verb kept indirect).
DEV4_FLOORS = {"quotes": 0.94, "speakers": 0.95, "roles": 0.95, "direct": 0.93, "direct_speakers": 0.95}


@pytest.mark.parametrize("gold", gold_files("dev4"), ids=lambda p: p.stem)
def test_dev4_article_is_scored(gold, dev_scores):
    scores = dev_scores[f"dev4/{gold.stem}"] = score_file(gold)
    assert scores.quotes.tp > 0, f"no gold quote of {gold.stem} was found:\n" + "\n".join(scores.misses)


def test_dev4_set_meets_its_floors(dev_scores):
    total = Scores("ALL dev4")
    for gold in gold_files("dev4"):
        scores = dev_scores.get(f"dev4/{gold.stem}") or score_file(gold)
        total.add(scores)
        total.misses += [f"{gold.stem}: {miss}" for miss in scores.misses]
    got = {"quotes": total.quotes.f1, "speakers": total.speakers.value, "roles": total.roles.value,
           "direct": total.direct.f1, "direct_speakers": total.direct_speakers.value}
    low = {name: (round(got[name], 3), floor) for name, floor in DEV4_FLOORS.items() if got[name] < floor}
    assert low == {}, "\n".join(total.misses)
