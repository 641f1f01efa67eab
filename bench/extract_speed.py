"""Extraction speed: words per second on one core, for everything `extract_all` finds in an article.

Run `python -m bench.extract_speed [--repeat N]`. The texts are the gold articles this machine has (real news
of several outlets and languages), parsed once; only extraction is timed, in this one process, so the figure
is per core. The issue's floor is 5,000 words/s.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time

from bench.gold import article_for, gold_files, has_text
from bench.gold_texts import KEPT_SETS
from ingest.extract import extract_all
from ingest.extract.registry import load_registry
from ingest.parse import parse_text, read_sidecar


def articles() -> list:
    found = []
    for name in KEPT_SETS + ("holdout",):
        for gold in gold_files(name):
            if has_text(gold):
                path = article_for(gold, json.loads(gold.read_text(encoding="utf-8")))
                found.append(parse_text(path.read_text(encoding="utf-8"), read_sidecar(path)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = articles()
    registry = load_registry()
    words = sum(len(a.text.split()) for a in texts)
    extract_all(texts[0], registry)  # warm the compiled patterns and the morphology dictionaries
    runs = []
    for _ in range(args.repeat):
        began = time.process_time()
        for article in texts:
            extract_all(article, registry)
        runs.append(time.process_time() - began)
    best, median = min(runs), statistics.median(runs)
    print(f"{len(texts)} articles, {words:,} words; extraction CPU time median {median:.2f} s (best {best:.2f} s)")
    print(f"{words / median:,.0f} words/s per core (median run)")


if __name__ == "__main__":
    main()
