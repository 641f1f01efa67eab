"""How far two annotators agree: a second, blind annotation of gold articles scored against the first.

Run `python -m bench.agreement` for the second annotations kept in `tests/gold/agreement/<set>` (each against
`tests/gold/<set>`), or `python -m bench.agreement FIRST_FOLDER SECOND_FOLDER…` for any other. Every gold file of the second folder whose name is also
in the first is compared with the same matching as `bench.gold` (first words of a quote or statement, experts by
surname), the first annotation standing where the extractor's output stands there. F1 is symmetric, so it does
not matter which annotation is taken as the reference; speaker and date agreement count over the items both
annotators found. The figures are the ceiling the extractor can be expected to reach on the same rules.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from bench import gold, gold_experts
from bench.counts import Counts

KEPT = gold.PROJECT_GOLD / "agreement"  # one folder per gold set, named after it


@dataclass
class Cells:
    """Every (expert both annotators name, side or outlook) cell, its two values side by side (None for null)."""
    pairs: list[tuple[str | None, str | None]] = field(default_factory=list)

    @property
    def observed(self) -> float:
        return sum(1 for a, b in self.pairs if a == b) / len(self.pairs) if self.pairs else 1.0

    @property
    def kappa(self) -> float:
        """Cohen's kappa: the agreement beyond what two annotators with these value frequencies reach by chance."""
        n = len(self.pairs)
        if not n:
            return 1.0
        first, second = Counter(a for a, _ in self.pairs), Counter(b for _, b in self.pairs)
        chance = sum(first[v] * second[v] for v in first) / (n * n)
        return (self.observed - chance) / (1 - chance) if chance < 1 else 1.0


@dataclass
class ExpertAgreement:
    experts: Counts = field(default_factory=Counts)
    items: Counts = field(default_factory=Counts)
    reversed: int = 0
    cells: Cells = field(default_factory=Cells)
    differences: list[str] = field(default_factory=list)

    def add(self, other: "ExpertAgreement") -> None:
        self.experts.add(other.experts)
        self.items.add(other.items)
        self.reversed += other.reversed
        self.cells.pairs += other.cells.pairs


def compare_news(first: dict, second: dict, name: str) -> gold.Scores:
    """The second annotation's quotes, statements and mentions scored as `bench.gold` scores extractor output."""
    # joint speakers ("Russia; United States") give one quote each, as the extractor gives them
    quotes = [SimpleNamespace(text=q["text_start"], kind=q["kind"], speaker=one, speaker_role=q.get("speaker_role"),
                              in_title=bool(q.get("in_title")))
              for q in second["quotes"] for one in (q["speaker"].split("; ") if q.get("speaker") else [None])]
    statements = [SimpleNamespace(text=s["text_start"], date=s.get("date"), actor=s.get("actor"),
                                  in_title=bool(s.get("in_title")))
                  for s in second["ceasefire_statements"]]
    mentions = [SimpleNamespace(actor=actor) for actor, n in second["actor_mentions"].items() for _ in range(n)]
    return gold.score_annotation(name, first, quotes, statements, mentions, lambda item: item.in_title)


def compare_experts(first: dict, second: dict, agreement: ExpertAgreement) -> None:
    wanted = {gold_experts.surname(e["name"]): e for e in first["experts"]}
    found = {gold_experts.surname(e["name"]): e for e in second["experts"]}
    agreement.experts.add(Counts(len(found.keys() & wanted.keys()), len(found.keys() - wanted.keys()),
                                 len(wanted.keys() - found.keys())))
    agreement.differences += [f"expert only in the first: {wanted[k]['name']}" for k in wanted.keys() - found.keys()]
    agreement.differences += [f"expert only in the second: {found[k]['name']}" for k in found.keys() - wanted.keys()]
    for key in wanted.keys() | found.keys():
        want = gold_experts.gold_items(wanted[key]) if key in wanted else {}
        got = gold_experts.gold_items(found[key]) if key in found else {}
        gold_experts.compare_items(agreement.items, want, got)
        agreement.reversed += sum(1 for t, v in got.items() if (want.get(t), v) in gold_experts.OPPOSITES)
        if key in wanted and key in found:
            agreement.cells.pairs += [(want.get(t), got.get(t)) for t in gold_experts.TARGETS]
        name = (wanted.get(key) or found[key])["name"]
        agreement.differences += [f"{name} / {t}: first {want.get(t)} second {got.get(t)}"
                                  for t in gold_experts.TARGETS if want.get(t) != got.get(t)]


def expert_report(name: str, agreement: ExpertAgreement) -> str:
    return (f"{name:28} experts F1 {agreement.experts.f1:.2f} (first {agreement.experts.tp + agreement.experts.fn}, "
            f"second {agreement.experts.tp + agreement.experts.fp}, both {agreement.experts.tp}) | stance items "
            f"F1 {agreement.items.f1:.3f} ({agreement.items.tp} agreed of {agreement.items.tp + agreement.items.fn} "
            f"and {agreement.items.tp + agreement.items.fp}) | reversed {agreement.reversed} | cells "
            f"{len(agreement.cells.pairs)}: same {agreement.cells.observed:.3f}, kappa {agreement.cells.kappa:.3f}")


def pairs_of(first: Path, second: Path) -> list[tuple[Path, Path]]:
    files = [p for p in sorted(second.glob("*.json")) if not p.name.endswith(".meta.json")]
    return [(first / p.name, p) for p in files if (first / p.name).exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, nargs="?", help="folder of the first annotation (a gold set)")
    parser.add_argument("second", type=Path, nargs="*", help="folders of the second, blind annotation")
    parser.add_argument("--differences", action="store_true", help="list every item the two annotations differ on")
    args = parser.parse_args(argv)
    if args.first is None:
        kept = sorted(p for p in KEPT.iterdir() if p.is_dir()) if KEPT.is_dir() else []
        return max((compare_folders(gold.PROJECT_GOLD / k.name, [k], args.differences) for k in kept), default=1)
    return compare_folders(args.first, args.second, args.differences)


def compare_folders(first_folder: Path, second: list[Path], differences: bool) -> int:
    pairs = [pair for folder in second for pair in pairs_of(first_folder, folder)]
    if not pairs:
        print(f"no file of {', '.join(map(str, second))} has a first annotation in {first_folder}")
        return 1
    print(f"{', '.join(map(str, second))} against {first_folder}:")
    news_total, experts_total = gold.Scores("ALL news files"), ExpertAgreement()
    news_files = expert_files = 0
    for first_path, second_path in pairs:
        first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (first_path, second_path))
        if "experts" in first:
            one = ExpertAgreement()
            compare_experts(first, second, one)
            print(expert_report(first_path.stem, one))
            if differences and one.differences:
                print("\n".join(f"    {d}" for d in one.differences))
            experts_total.add(one)
            expert_files += 1
        else:
            scores = compare_news(first, second, first_path.stem)
            print(gold.report(scores))
            if differences and scores.misses:
                print("\n".join(f"    {m}" for m in scores.misses))
            news_total.add(scores)
            news_files += 1
    if expert_files:
        print(expert_report(f"ALL expert files ({expert_files})", experts_total))
    if news_files:
        news_total.name = f"ALL news files ({news_files})"
        print(gold.report(news_total))
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
