"""Fits the speaker ranker's weights (`ingest/extract/speaker_weights.json`) on the gold, and cross-validates it.

`python -m bench.train` refits and writes the weights; `--cv` trains without each set in turn and scores that
set, which is the honest estimate of accuracy on unseen text; `--check` refits in memory and fails when the
shipped weights differ (drift). Training data: every quote the extractor attributes to a pronoun or to nobody
and pairs with a gold quote whose speaker is among its candidates. Candidates are collected while resolution
follows the hand-written rule (weights that pick the rule's choice), so the data does not depend on the model.
The unseen sets (holdout, news-unseen, experts-unseen) are never read.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bench.gold import PROJECT_GOLD, ROOT, Scores, score_quotes, article_for, gold_files, title_lines
from ingest.extract import people, quotes
from ingest.extract.ranker import FEATURES, WEIGHTS_FILE
from ingest.extract.registry import load_registry
from ingest.extract.sentences import split_sentences
from ingest.parse import parse_text, read_sidecar

TRAIN_SETS = ("seed", "synthetic", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "news-dev")
NEWS_DEV = Path(os.environ.get("GOLD_NEWS_DEV", PROJECT_GOLD / "news-dev"))
RULE_WEIGHTS = tuple(1.0 if name == "rule_pick" else 0.0 for name in FEATURES)
L2 = 0.05
STEPS = 3000
RATE = 0.5


@dataclass
class Group:
    """One ranked quote: its candidates' features and which candidate the gold names."""

    features: np.ndarray
    label: int
    rule: int  # the candidate the hand-written rule picks, -1 when none


@dataclass
class Article:
    name: str
    text: str
    sentences: list
    people: list
    gold: list[dict]
    titles: list[tuple[int, int]]
    groups: list[Group] = field(default_factory=list)


def set_files(name: str) -> list[Path]:
    if name == "news-dev":
        return sorted(p for p in NEWS_DEV.glob("*.json") if not p.name.endswith(".meta.json"))
    return gold_files(name)


def readable(name: str, paths: list[Path], only: list[str] | None = None):
    """(gold path, gold, parsed article) for each gold file of a set whose text is here (only the named files when
    `only` is given); a file whose text is absent (licence) is skipped, and said so."""
    for path in paths:
        if only is not None and path.stem not in only:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = article_for(path, gold)
        if not text_path.exists():
            print(f"skipped {name}/{path.stem}: its text {text_path.name} is not here (kept out of git)", file=sys.stderr)
            continue
        yield path, gold, parse_text(text_path.read_text(encoding="utf-8"), read_sidecar(text_path))


def load_set(name: str, registry, only: list[str] | None = None) -> list[Article]:
    """The set's articles with their people (only the named gold files when `only` is given)."""
    articles = []
    for path, gold, article in readable(name, set_files(name), only):
        sentences = split_sentences(article.text)
        found = people.find_people(article.text, sentences, registry)
        articles.append(Article(f"{name}/{path.stem}", article.text, sentences, found,
                                [g for g in gold["quotes"] if not g.get("in_title")],
                                title_lines(article.text, article.title)))
    return articles


def run(article: Article, registry, weights: tuple[float, ...], decisions: list | None = None) -> list:
    found = quotes.find_quotes(article.text, article.sentences, registry, article.people, weights, decisions)
    return [q for q in found if not any(a <= q.start < b for a, b in article.titles)]


def collect(article: Article, registry) -> list[Group]:
    """The ranked quotes of one article, labelled by the gold speaker of the gold quote each one matches."""
    decisions: list = []
    found = run(article, registry, RULE_WEIGHTS, decisions)
    by_start = dict(decisions)
    scores = Scores(article.name)
    pairs: list = []
    score_quotes(scores, article.gold, found, pairs)
    groups = []
    for gold, quote in pairs:
        candidates = by_start.get(quote.start)
        names = [c.speaker.name for c in candidates or []]
        if not candidates or gold["speaker"] not in names:
            continue
        rule = next((i for i, c in enumerate(candidates) if c.features[FEATURES.index("rule_pick")]), -1)
        groups.append(Group(np.array([c.features for c in candidates]), names.index(gold["speaker"]), rule))
    return groups


def fit(groups: list[Group]) -> np.ndarray:
    """Conditional logit (softmax over each quote's candidates) with an L2 penalty, by full-batch gradient
    descent from zero: deterministic, so a refit on the same gold gives the same weights."""
    w = np.zeros(len(FEATURES))
    if not groups:
        return w
    for _ in range(STEPS):
        grad = L2 * w
        for g in groups:
            s = g.features @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (g.features.T @ p - g.features[g.label]) / len(groups)
        w -= RATE * grad
    return w


def accuracy(groups: list[Group], w: np.ndarray) -> tuple[float, float]:
    """(model, rule) share of ranked quotes whose gold speaker is picked."""
    if not groups:
        return 1.0, 1.0
    model = sum(int(np.argmax(g.features @ w)) == g.label for g in groups)
    rule = sum(g.rule == g.label for g in groups)
    return model / len(groups), rule / len(groups)


def speaker_scores(articles: list[Article], registry, weights) -> Scores:
    total = Scores("total")
    for article in articles:
        scores = Scores(article.name)
        score_quotes(scores, article.gold, run(article, registry, tuple(weights)))
        total.add(scores)
    return total


def cross_validate(sets: dict[str, list[Article]], registry) -> None:
    groups = {name: [g for a in arts for g in a.groups] for name, arts in sets.items()}
    print(f"{'held out':10} {'ranked':>6} {'ranker':>7} {'rule':>6} | speakers rule -> ranker | direct speakers")
    for name, arts in sets.items():
        w = fit([g for other, gs in groups.items() if other != name for g in gs])
        model, rule = accuracy(groups[name], w)
        before, after = speaker_scores(arts, registry, RULE_WEIGHTS), speaker_scores(arts, registry, w)
        print(f"{name:10} {len(groups[name]):6} {model:7.3f} {rule:6.3f} | {before.speakers.value:.3f} -> "
              f"{after.speakers.value:.3f} | {before.direct_speakers.value:.3f} -> {after.direct_speakers.value:.3f}")


def weights_record(sets: dict[str, list[Article]], w: np.ndarray) -> dict:
    return {
        "features": list(FEATURES),
        "weights": [round(float(x), 6) for x in w],
        "trained_on": {name: [a.name.split("/", 1)[1] for a in arts] for name, arts in sets.items()},
        "ranked_quotes": sum(len(a.groups) for arts in sets.values() for a in arts),
        "fit": {"l2": L2, "steps": STEPS, "rate": RATE},
    }


def train(names: tuple[str, ...] = TRAIN_SETS,
          only: dict[str, list[str]] | None = None) -> tuple[dict[str, list[Article]], np.ndarray]:
    """Collects the ranked quotes of the sets (of their named files when `only` is given) and fits the weights."""
    registry = load_registry()
    sets = {name: load_set(name, registry, only.get(name, []) if only is not None else None) for name in names}
    for arts in sets.values():
        for article in arts:
            article.groups = collect(article, registry)
    return sets, fit([g for arts in sets.values() for a in arts for g in a.groups])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation; writes nothing")
    parser.add_argument("--check", action="store_true", help="fail when the shipped weights differ from a refit")
    args = parser.parse_args()
    sets, w = train()
    if args.cv:
        cross_validate(sets, load_registry())
        return
    record = weights_record(sets, w)
    if args.check:
        shipped = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        drift = np.abs(np.array(shipped["weights"]) - np.array(record["weights"])).max()
        same_data = shipped["trained_on"] == record["trained_on"]
        print(f"largest weight drift {drift:.6f}; same training files: {same_data}")
        sys.exit(0 if drift < 1e-4 and same_data else 1)
    WEIGHTS_FILE.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}: {record['ranked_quotes']} ranked quotes; "
          + ", ".join(f"{n} {x:+.2f}" for n, x in zip(FEATURES, w)))


if __name__ == "__main__":
    main()
