"""The gold annotations themselves stay well-formed: every text_start is in its article, counts match
their forms, real-page bodies are the benchmark's text unchanged. A broken gold file would make the
accuracy gate measure nothing."""
import hashlib
import json
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
sys.path.insert(0, str(GOLD))

import check_gold  # noqa: E402  (scripts beside the gold files)
import check_real  # noqa: E402

SYNTHETIC = [(g, t) for g, t in check_gold.gold_files([]) if g != check_gold.SEED_GOLD]
REAL = [p for name in check_real.SETS for p in check_real.gold_paths(name)]


@pytest.mark.parametrize("gold, text", SYNTHETIC, ids=lambda p: p.stem)
def test_synthetic_gold_is_consistent(gold, text):
    assert check_gold.check(gold, text, show=False) == []


@pytest.mark.skipif(not check_gold.SEED_GOLD.exists(), reason="shared gold (../shared/gold) is not beside the repo")
def test_seed_matches_its_gold():
    """The seed text holds every gold text_start and the gold's mention counts (JD Vance is left out by the gold)."""
    problems = check_gold.check(check_gold.SEED_GOLD, check_gold.SEED_TEXT, show=False)
    assert problems == ["registry form 'Vance' (JD Vance) occurs but is not counted"]


SHARED_SEED = check_gold.HERE.parents[2] / "shared" / "seeds" / check_gold.SEED_TEXT.name


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="the founding article's shared copy (../shared/seeds) is not beside the repo")
def test_the_seed_is_the_founding_article_byte_for_byte():
    assert hashlib.sha256(check_gold.SEED_TEXT.read_bytes()).hexdigest() == hashlib.sha256(SHARED_SEED.read_bytes()).hexdigest()


@pytest.mark.parametrize("gold", REAL, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_real_page_gold_is_consistent(gold):
    assert check_real.problems_of(gold, check_real.load_truth()) == []


def test_every_real_set_is_present():
    assert {p.parent.name for p in REAL} == set(check_real.SETS)


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_real_gold_statements_start_after_the_dateline(path):
    """The team's rule (gold README, Datelines): a statement's sentence starts after the wire's dateline, with
    or without a comma ("MOSCOW (Reuters) -The Kremlin said"), as the extractor starts it."""
    starts = [s["text_start"] for s in json.loads(path.read_text())["ceasefire_statements"]]
    assert [s for s in starts if check_gold.DATELINE.match(s) or check_gold.BARE_DATELINE.match(s)] == []


VOA_EXPERTS = GOLD / "experts-dev" / "voa-oreshkin-fesenko-riyadh-weigh-in-2025-02-19.json"


def test_an_expert_gold_file_whose_text_is_in_git_passes_the_checker():
    text = VOA_EXPERTS.with_suffix(".txt")  # public domain (VOA), so committed beside its annotations
    assert check_gold.check(VOA_EXPERTS, text, show=False) == []


def test_the_checker_names_an_experts_files_broken_evidence_values_and_hash(tmp_path):
    gold = json.loads(VOA_EXPERTS.read_text(encoding="utf-8"))
    expert = next(e for e in gold["experts"] if any(e["stances"].values()))
    side = next(s for s, v in expert["stances"].items() if v)
    expert["evidence"][side] = ["words that are nowhere in the article"]
    expert["outlook"] = "hopeful"
    text = VOA_EXPERTS.with_suffix(".txt")
    for suffix in (".txt", ".meta.json"):
        (tmp_path / (VOA_EXPERTS.stem + suffix)).write_bytes(VOA_EXPERTS.with_suffix(suffix).read_bytes())
    (tmp_path / text.name).write_text(text.read_text(encoding="utf-8") + "\nA line added.\n", encoding="utf-8")
    broken = tmp_path / VOA_EXPERTS.name
    broken.write_text(json.dumps(gold), encoding="utf-8")
    problems = check_gold.check(broken, tmp_path / text.name, show=False)
    assert "meta sha256 is not the text's" in problems
    assert any(p.startswith(f"{expert['name']}: bad stance outlook 'hopeful'") for p in problems)
    assert any(f"evidence for {side} not a start" in p for p in problems)


@pytest.mark.parametrize("america", [0, 1])
def test_the_checker_takes_united_states_of_america_as_one_mention_or_two_and_latin_america_as_none(america):
    # Made-up text and counts: annotators differ on the "America" inside "United States of America"; "Latin America"
    # names no actor.
    span = "Talks resume\n\nThe United States of America spoke to Latin America."
    forms = {"United States": 1, **({"America": 1} if america else {})}
    gold = {"actor_mention_forms": {"United States": forms}, "actor_mentions": {"United States": 1 + america}}
    problems: list[str] = []
    check_gold.check_mentions(gold, span, problems, show=False)
    assert problems == []


def test_every_frozen_folder_is_a_frozen_set_whose_misses_stay_hidden():
    """A frozen folder missing from UNSEEN_SETS would print its misses under `--misses` and in a failing floor's
    message, and could be trained on: news-unseen21 was, for one session."""
    from bench.gold import UNSEEN_SETS
    frozen = {p.name for p in GOLD.iterdir() if p.is_dir() and p.name.startswith("news-unseen")}
    assert frozen - set(UNSEEN_SETS) == set()


def test_every_news_folder_is_scored_and_its_texts_kept():
    from bench.gold import GOLD_SETS
    from bench.gold_texts import KEPT_SETS
    news = {p.name for p in GOLD.iterdir() if p.is_dir() and p.name.startswith("news-")}
    assert (news - set(GOLD_SETS), news - set(KEPT_SETS)) == (set(), set())
