"""The stance sentence bank: sentence-level stance labels, what the lexicon reads of them, and the ceiling they set.

`tests/gold/stance-bank/labels.jsonl` holds one line per labelled sentence: where it is (gold set, file, character
offsets in the parsed article text, the sentence's sha1 prefix), whose words it carries, and its stance toward each
side and its outlook, labelled on its own by helper sessions under `../shared/gold/STANCES.md`. The texts stay in the
gold text store (`bench/gold_texts.py`); a line whose sentence is not there, or has changed, is counted apart.

`python -m bench.stance_bank` prints:
- how often the shipped lexicon's cues say what the label says, sentence by sentence (the part a model must learn);
- the stance-item F1 against the experts-dev gold of the bank's own labels, aggregated per expert the way a sentence
  model's output would be (the most frequent evaluation, else neutral; the most frequent outlook): the score a
  sentence classifier as good as the labellers would reach with today's expert detection and word collection.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from bench import gold_experts, gold_texts
from bench.counts import Counts
from ingest.extract import stances
from ingest.extract.registry import load_registry
from ingest.parse import parse_text, read_sidecar
from ingest.records import Span

BANK = gold_experts.ROOT / "tests" / "gold" / "stance-bank" / "labels.jsonl"
TARGETS = gold_experts.TARGETS
EVALUATIONS = ("critical", "supportive")


def load(path: Path = BANK) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def label(row: dict, target: str) -> str | None:
    return row[target] if row["theirs"] else None


def aggregate(rows: list[dict]) -> dict[str, str]:
    """One expert's items from their sentences' labels: toward a side, the most frequent evaluation (critical or
    supportive) if any sentence evaluates it, else neutral if any describes it; the most frequent outlook."""
    items = {}
    for target in TARGETS:
        values = Counter(v for row in rows if (v := label(row, target)))
        if not values:
            continue
        evaluations = {v: n for v, n in values.items() if v in EVALUATIONS}
        if target == "outlook":
            items[target] = values.most_common(1)[0][0]
        else:
            items[target] = max(evaluations, key=evaluations.get) if evaluations else "neutral"
    return items


def texts_of(rows: list[dict]) -> dict[tuple[str, str], str]:
    """The parsed article text of every (set, file) the rows name, where the text store has it."""
    found = {}
    for key in {(r["set"], r["file"]) for r in rows}:
        folder = gold_experts.ROOT / "tests" / "gold" / key[0]
        gold = json.loads((folder / f"{key[1]}.json").read_text(encoding="utf-8"))
        path = gold_texts.locate(folder / gold["article"])
        if path is not None:
            found[key] = parse_text(path.read_text(encoding="utf-8"), read_sidecar(path)).text
    return found


def present(rows: list[dict], texts: dict[tuple[str, str], str]) -> list[dict]:
    """The rows whose sentence is in the store unchanged (its sha1 prefix matches)."""
    kept = []
    for row in rows:
        text = texts.get((row["set"], row["file"]))
        if text is not None and hashlib.sha1(text[row["start"]:row["end"]].encode()).hexdigest()[:12] == row["sha1"]:
            kept.append(row)
    return kept


def lexicon_reading(text: str, row: dict, registry) -> dict[str, str | None]:
    """The meaning of the strongest lexicon cue toward each target in the row's sentence."""
    sentence = text[row["start"]:row["end"]]
    cues: dict[str, Counter] = {t: Counter() for t in TARGETS}
    for reading in stances.read_clauses(text, row["start"], row["end"], Span(sentence, row["start"], row["end"]), registry):
        for finding in reading.findings:
            cues["outlook" if finding.target == "deal" else finding.target][finding.meaning] += finding.weight
    return {t: (max(c, key=c.get) if c else None) for t, c in cues.items()}


def sentence_counts(pairs: list[tuple[str | None, str | None]]) -> dict[str, Counts]:
    """Per value, how the predictions of (label, prediction) pairs fare against the labels."""
    counts: dict[str, Counts] = {}
    for want, got in pairs:
        for value in {want, got} - {None}:
            counts.setdefault(value, Counts()).add(Counts(int(want == got == value), int(got == value != want),
                                                          int(want == value != got)))
    return counts


def ceiling(rows: list[dict]) -> Counts:
    """Stance items of the experts-dev gold experts that have labelled sentences, against their aggregated labels."""
    by_expert: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        if row["set"] == "experts-dev":
            by_expert.setdefault((row["file"], gold_experts.surname(row["speaker"])), []).append(row)
    counts = Counts()
    for gold_path in gold_experts.gold_files("experts-dev"):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for expert in gold["experts"]:
            mine = by_expert.get((gold_path.stem, gold_experts.surname(expert["name"])))
            if mine:
                gold_experts.compare_items(counts, gold_experts.gold_items(expert), aggregate(mine))
    return counts


def main() -> int:
    rows = load()
    texts = texts_of(rows)
    kept = present(rows, texts)
    print(f"stance bank: {len(rows)} labelled sentences, {len(kept)} with their text here "
          f"({sum(r['source'] == 'expert words' for r in kept)} experts' words, "
          f"{sum(r['source'] == 'quote' for r in kept)} quotes, {sum(r['source'] == 'narration' for r in kept)} "
          f"the articles' own narration)")
    registry = load_registry()
    pairs: dict[str, list] = {"sides": [], "outlook": []}
    for row in kept:
        read = lexicon_reading(texts[(row["set"], row["file"])], row, registry)
        for target in TARGETS:
            pairs["outlook" if target == "outlook" else "sides"].append((label(row, target), read[target]))
    for group, found in pairs.items():
        labelled = Counter(want for want, _ in found if want)
        print(f"  lexicon cues, {group}: " + "; ".join(
            f"{value} P {c.precision:.2f} R {c.recall:.2f} (labelled {labelled[value]})"
            for value, c in sorted(sentence_counts(found).items())))
    best = ceiling(kept)
    print(f"  the labels aggregated per expert (experts-dev gold experts with labelled sentences): stance items P {best.precision:.3f} "
          f"R {best.recall:.3f} F1 {best.f1:.3f} ({best.tp} of {best.tp + best.fn} gold items)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
