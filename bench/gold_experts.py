"""Scores expert detection and stances against the expert gold sets (`tests/gold/experts-*`).

The rules are `../shared/gold/STANCES.md`: experts match by surname; each non-null (expert, side or
outlook, value) is an item, and a wrong value is both a false positive and a miss. Items are also scored
among the stances at or above the dashboard's default confidence, where a reversed polarity (critical
for supportive, optimistic for pessimistic) is counted apart: it is the error an analyst cannot afford.
Texts that are not licensed for redistribution are kept out of git; a gold file whose text is missing
is reported and skipped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from bench import gold_texts
from bench.counts import Counts
from dashboard.filters import DEFAULT_MIN_CONFIDENCE
from ingest.extract import extract_all
from ingest.parse import parse_text, read_sidecar
from ingest.records import Expert

ROOT = Path(__file__).resolve().parent.parent
EXPERT_SETS = {"experts-dev": ROOT / "tests" / "gold" / "experts-dev",
               "experts-unseen": ROOT / "tests" / "gold" / "experts-unseen"}
TARGETS = ("Russia", "Ukraine", "United States", "Europe", "outlook")
OPPOSITES = {("critical", "supportive"), ("supportive", "critical"), ("optimistic", "pessimistic"),
             ("pessimistic", "optimistic")}


@dataclass
class ExpertScores:
    name: str
    experts: Counts = field(default_factory=Counts)
    items: Counts = field(default_factory=Counts)
    confident: Counts = field(default_factory=Counts)  # items among stances at or above the default confidence
    reversed: int = 0  # confident items whose polarity is the opposite of the gold's
    missing: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "ExpertScores") -> None:
        self.experts.add(other.experts)
        self.items.add(other.items)
        self.confident.add(other.confident)
        self.reversed += other.reversed
        self.missing += other.missing


def surname(name: str) -> str:
    words = re.findall(r"[\w’'-]+", name)
    return words[-1].casefold() if words else ""


def gold_files(which: str) -> list[Path]:
    return sorted(p for p in EXPERT_SETS[which].glob("*.json") if not p.name.endswith(".meta.json"))


def predicted_items(expert: Expert, min_confidence: float = 0.0) -> dict[str, str]:
    found = expert.stances + ([expert.outlook] if expert.outlook else [])
    return {("outlook" if s.target == "deal" else s.target): s.stance for s in found if s.confidence >= min_confidence}


def gold_items(expert: dict) -> dict[str, str]:
    values = dict(expert.get("stances", {}), outlook=expert.get("outlook"))
    return {target: value for target, value in values.items() if target in TARGETS and value}


def score_file(gold_path: Path) -> ExpertScores:
    scores = ExpertScores(gold_path.stem)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = gold_texts.locate(gold_path.parent / gold["article"])
    if path is None:
        scores.missing.append(gold["article"])
        return scores
    article = parse_text(path.read_text(encoding="utf-8"), read_sidecar(path))
    found = {surname(e.name): e for e in extract_all(article).experts}
    wanted = {surname(e["name"]): e for e in gold["experts"]}
    scores.experts.add(Counts(len(found.keys() & wanted.keys()), len(found.keys() - wanted.keys()),
                              len(wanted.keys() - found.keys())))
    scores.misses += [f"expert missed: {wanted[k]['name']} ({wanted[k].get('description')})" for k in wanted.keys() - found.keys()]
    scores.misses += [f"expert extra: {found[k].name} ({found[k].description})" for k in found.keys() - wanted.keys()]
    for key in wanted.keys() | found.keys():
        want = gold_items(wanted[key]) if key in wanted else {}
        name = wanted[key]["name"] if key in wanted else found[key].name
        got = predicted_items(found[key]) if key in found else {}
        confident = predicted_items(found[key], DEFAULT_MIN_CONFIDENCE) if key in found else {}
        compare_items(scores.items, want, got)
        compare_items(scores.confident, want, confident)
        scores.reversed += sum(1 for t, v in confident.items() if (want.get(t), v) in OPPOSITES)
        scores.misses += [f"stance {name} / {t}: gold {want.get(t)} got {got.get(t)}"
                          for t in TARGETS if want.get(t) != got.get(t)]
    return scores


def compare_items(counts: Counts, want: dict[str, str], got: dict[str, str]) -> None:
    right = sum(1 for t, v in got.items() if want.get(t) == v)
    counts.add(Counts(right, len(got) - right, len(want) - right))


def report(scores: ExpertScores) -> str:
    return (f"{scores.name:28} experts P {scores.experts.precision:.2f} R {scores.experts.recall:.2f} | stance items "
            f"P {scores.items.precision:.2f} R {scores.items.recall:.2f} F1 {scores.items.f1:.3f} | at confidence "
            f"≥ {DEFAULT_MIN_CONFIDENCE}: P {scores.confident.precision:.2f} R {scores.confident.recall:.2f} "
            f"F1 {scores.confident.f1:.3f}, reversed {scores.reversed}")


def main(sets: list[str], misses: bool = False) -> None:
    for name in sets:
        total = ExpertScores(f"ALL {name}")
        for path in gold_files(name):
            scores = score_file(path)
            total.add(scores)
            if not scores.missing:
                print(report(scores))
                if misses:
                    print("\n".join(f"    {m}" for m in scores.misses))
        if total.missing:
            print(f"{name}: {len(total.missing)} article text(s) not here (kept out of git for their licence), skipped: "
                  + ", ".join(Path(m).name for m in total.missing))
        scored = total.experts.tp + total.experts.fp + total.experts.fn
        print((report(total) if scored else f"ALL {name}: no gold article here") + "\n")
