"""Mechanical checks for the gold sets made from real benchmark pages (`dev` … `dev12`, `holdout`).

Runs the project's gold checks (`check_gold.py`: every `text_start` copied exactly, at most 8 words,
direct quotes after a quotation mark and indirect ones not, actor counts equal to a case-sensitive
whole-word count of the listed forms) and adds what real pages need: the body is the benchmark's
`articleBody` unchanged, the meta has the five standard fields, and every `text_start` occurs once
(the holdout, annotated first, may repeat one, and so may a start a file lists in `repeated_starts` with the reason
no shorter one is unique; the first occurrence is meant). Three flags of
`check_gold.py` are accepted only where the gold file explains them: a statement date outside 2025
(these articles are from 2019), a registry form listed in `uncounted_forms` (a place inside a name),
a direct quote with a space after its opening mark listed in `spaced_openers`, and one whose page opens it with a
closing-style mark (`: ”Bird flu…`) listed in `reversed_openers`.
Run: `.venv/bin/python tests/gold/check_real.py [SET ...]`.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import check_gold  # noqa: E402  (a sibling script, not a package)

SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "holdout")
BENCHMARK = HERE.parents[2] / "shared" / "benchmarks" / "article-extraction" / "ground-truth.json"
META_FIELDS = ["title", "url", "source", "published", "authors"]
DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?")
UNCOUNTED = re.compile(r"registry form '([^']+)' \(.+\) occurs but is not counted")
MALFORMED_DATE = re.compile(r"statement date malformed: '([^']*)'")
SPACED = re.compile(r"quote kind direct but quote mark before it is False: '(.+)'")


def gold_paths(name: str) -> list[Path]:
    return sorted(p for p in (HERE / name).glob("*.json") if not p.name.endswith(".meta.json"))


def explained(problem: str, gold: dict, text: str) -> bool:
    """True for a check_gold flag that this gold file documents on purpose."""
    if match := UNCOUNTED.fullmatch(problem):
        return match.group(1) in gold.get("uncounted_forms", {})
    if match := MALFORMED_DATE.fullmatch(problem):
        return bool(DATE.fullmatch(match.group(1))) and match.group(1) <= gold["published_assumed"]
    if match := SPACED.fullmatch(problem):
        start = match.group(1)
        return start in gold.get("spaced_openers", []) and any(mark + " " + start in text for mark in "\"“") \
            or start in gold.get("reversed_openers", []) and "”" + start in text
    return False


def body_problems(text: str, meta: dict, truth: dict) -> list[str]:
    """The file is the title line, a blank line, then the benchmark body exactly."""
    bodies = [page["articleBody"] for page in truth.values() if page["url"] == meta["url"]]
    if len(bodies) != 1:
        return [f"url found {len(bodies)} times in the benchmark"]
    if text != meta["title"] + "\n\n" + bodies[0]:
        return ["text is not title + blank line + the benchmark articleBody"]
    return []


def repeated_starts(gold: dict, text: str, allowed: bool) -> list[str]:
    items = gold["quotes"] + ([] if allowed else gold["ceasefire_statements"])
    return [f"text_start occurs {n} times: {item['text_start']!r}" for item in items
            if (n := len(re.findall(re.escape(item["text_start"]), text))) == 0
            or (n > 1 and not allowed and item["text_start"] not in gold.get("repeated_starts", {}))]


def problems_of(gold_path: Path, truth: dict | None) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = gold_path.parent / gold["article"]
    text = text_path.read_text(encoding="utf-8")
    meta = json.loads(text_path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    problems = [p for p in check_gold.check(gold_path, text_path, show=False) if not explained(p, gold, text)]
    if list(meta) != META_FIELDS:
        problems.append(f"meta fields {list(meta)}, expected {META_FIELDS}")
    if truth is not None:
        problems += body_problems(text, meta, truth)
    return problems + repeated_starts(gold, text, allowed=gold_path.parent.name == "holdout")


def load_truth() -> dict | None:
    return json.loads(BENCHMARK.read_text(encoding="utf-8")) if BENCHMARK.exists() else None


def main(names: list[str]) -> int:
    truth, failed = load_truth(), 0
    for name in names or SETS:
        for gold_path in gold_paths(name):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            problems = problems_of(gold_path, truth)
            kinds = [item["kind"] for item in gold["quotes"]]
            print(f"{name}/{gold_path.name}: {len(kinds)} quotes ({kinds.count('direct')} direct, "
                  f"{kinds.count('indirect')} indirect), {sum(gold['actor_mentions'].values())} mentions of "
                  f"{len(gold['actor_mentions'])} actors, {len(gold['ceasefire_statements'])} statements"
                  + ("" if problems else " - OK"))
            for line in problems:
                print("   ", line)
            failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
