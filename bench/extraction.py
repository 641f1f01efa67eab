"""Article-body extraction benchmark: the project's parser against bare trafilatura on 181 real pages.

Run `python -m bench.extraction [--workers N] [--limit N]`. The data and metric are the public
article-extraction benchmark's (see its README under ../shared/benchmarks/article-extraction/):
4-word shingles with counts, precision and recall averaged over pages, F1 of the two means.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARK = ROOT.parent / "shared" / "benchmarks" / "article-extraction"
_TOKEN = re.compile(r"\w+")
_SHINGLE = 4


@dataclass
class Page:
    """One benchmark page: its id, original URL and true article body."""

    id: str
    url: str
    truth: str


@dataclass
class Score:
    """Mean precision and recall over pages, their F1, and the speed they were produced at."""

    precision: float
    recall: float
    pages: int
    seconds: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def load_pages(directory: Path = BENCHMARK, limit: int | None = None) -> list[Page]:
    """The benchmark's pages in a stable order (sorted by id), optionally the first `limit`."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [Page(key, value.get("url", ""), value["articleBody"]) for key, value in sorted(truth.items())]
    return pages[:limit] if limit else pages


def page_html(page: Page, directory: Path = BENCHMARK) -> bytes:
    return gzip.decompress((directory / "html" / f"{page.id}.html.gz").read_bytes())


def shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1))


def page_scores(truth: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) of one page; a perfect page scores 1, an empty prediction 0."""
    expected, found = shingles(truth), shingles(predicted)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def project_body(html: bytes, url: str) -> str:
    from ingest.parse import ParseError, parse_html

    try:
        return parse_html(html, url=url).text
    except ParseError:
        return ""


def trafilatura_body(html: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


EXTRACTORS = {"project parser": project_body, "bare trafilatura": trafilatura_body}


def _run_one(args: tuple[str, bytes, str]) -> str:
    name, html, url = args
    return EXTRACTORS[name](html, url)


def score(name: str, pages: list[Page], workers: int = 1, directory: Path = BENCHMARK) -> Score:
    """Run one extractor over `pages` and score it."""
    jobs = [(name, page_html(page, directory), page.url) for page in pages]
    start = time.perf_counter()
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            predictions = list(pool.map(_run_one, jobs, chunksize=4))
    else:
        predictions = [_run_one(job) for job in jobs]
    seconds = time.perf_counter() - start
    results = [page_scores(page.truth, predicted) for page, predicted in zip(pages, predictions)]
    return Score(sum(p for p, _ in results) / len(results), sum(r for _, r in results) / len(results),
                 len(pages), seconds)


def benchmark_present() -> bool:
    """True when the benchmark pages are beside the repository; otherwise says where they were looked for."""
    if (BENCHMARK / "ground-truth.json").is_file():
        return True
    print(f"error: benchmark pages not found at {BENCHMARK}; place the article-extraction benchmark there",
          file=sys.stderr)
    return False


def _warm_up() -> None:
    """Load models and imports before the clock starts, so pages/s measures parsing only."""
    from ingest.parse import _language_identifier, _newspaper

    _language_identifier()
    _newspaper()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1, help="processes per extractor (default 1)")
    parser.add_argument("--limit", type=int, help="score only the first N pages")
    args = parser.parse_args(argv)
    if not benchmark_present():
        return 2
    _warm_up()
    pages = load_pages(limit=args.limit)
    print(f"{len(pages)} pages, {args.workers} worker(s)")
    print(f"{'extractor':<18} {'precision':>9} {'recall':>7} {'F1':>7} {'pages/s':>8}")
    for name in EXTRACTORS:
        result = score(name, pages, args.workers)
        print(f"{name:<18} {result.precision:>9.4f} {result.recall:>7.4f} {result.f1:>7.4f} "
              f"{result.pages_per_second:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
