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
