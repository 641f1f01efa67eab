"""Ingestion speed: the 181 saved pages of the article-extraction benchmark through the full pipeline (read,
parse, extract, store into a temporary SQLite store) against bare trafilatura on the same pages, same run.

Run `python -m bench.ingest_speed [--workers N] [--stages] [--profile]`. The target is full ingestion at
`ingest add`'s defaults at most 3x the bare extraction time (one process). `--stages` times parse, extract and store one by one in this process;
`--profile` runs the single-process pipeline under cProfile and prints where the time goes.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.extraction import benchmark_present, load_pages, page_html
from ingest.cli import usable_cpus

TARGET_RATIO = 3.0  # full ingestion at the CLI defaults against bare trafilatura in one process


@dataclass(frozen=True)
class Timing:
    name: str
    pages: int
    seconds: float
    cpu: float = 0.0  # CPU seconds of this process and its finished workers (load barely inflates them)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def cpu_seconds() -> float:
    """User + system CPU of this process and of its children that have ended (pool workers, once shut down)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def write_pages(folder: Path) -> list[Path]:
    """Each benchmark page as `ID.html` with a sidecar naming its original URL, as a saved page would be."""
    paths = []
    for page in load_pages():
        path = folder / f"{page.id}.html"
        path.write_bytes(page_html(page))
        (folder / f"{page.id}.meta.json").write_text(json.dumps({"url": page.url}), encoding="utf-8")
        paths.append(path)
    return paths


def warm_up() -> None:
    """Imports, models and the registry's patterns load before any clock starts, in this process."""
    from bench.extraction import _warm_up
    from ingest.extract import extract_all
    from ingest.extract.registry import load_registry
    from ingest.records import Article

    _warm_up()
    extract_all(Article(text="Russia and Ukraine met in Geneva on Monday. \"We talk,\" Marco Rubio said."),
                load_registry())


def bare(paths: list[Path], workers: int = 1) -> Timing:
    """trafilatura.extract with its defaults on each page: the floor any ingestion is compared against."""
    import trafilatura

    pages = [p.read_bytes() for p in paths]
    start, cpu = time.perf_counter(), cpu_seconds()
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(trafilatura.extract, pages, chunksize=4))
    else:
        for page in pages:
            trafilatura.extract(page)
    return Timing(f"bare trafilatura, {workers} worker(s)", len(pages), time.perf_counter() - start,
                  cpu_seconds() - cpu)


def full(folder: Path, db: str, workers: int) -> tuple[Timing, str]:
    """The real pipeline on the folder (as `python -m ingest add FOLDER --workers N` runs it)."""
    from ingest.pipeline import Options, run

    pages = len(list(folder.glob("*.html")))
    start, cpu = time.perf_counter(), cpu_seconds()
    summary = run([str(folder)], Options(db=db, workers=workers))
    return (Timing(f"full ingestion, {workers} worker(s)", pages, time.perf_counter() - start, cpu_seconds() - cpu),
            summary.line())


def stages(paths: list[Path], db: str) -> list[Timing]:
    """Parse, extract and store timed apart, in one process (what a worker and the writer each do)."""
    from ingest.extract import extract_all
    from ingest.extract.registry import load_registry
    from ingest.parse import ParseError, parse_html, read_sidecar
    from ingest.store import Store

    registry = load_registry()
    start, cpu = time.perf_counter(), time.process_time()
    pages = [(p.read_bytes(), read_sidecar(p)) for p in paths]  # what `ingest add` reads for a saved page
    read_seconds, read_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    parsed = []
    for page, meta in pages:
        try:
            parsed.append(parse_html(page, meta=meta))
        except ParseError:
            pass
    parse_seconds, parse_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    extracted = []
    for article in parsed:
        try:
            extracted.append((article, extract_all(article, registry)))
        except Exception:  # an extractor bug costs that page, as in the pipeline
            pass
    extract_seconds, extract_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    with Store(db, registry) as store:
        for n, (article, found) in enumerate(extracted):
            store.add(article, found, f"page {n}")
    store_seconds, store_cpu = time.perf_counter() - start, time.process_time() - cpu
    return [Timing("read (page files and their sidecars)", len(pages), read_seconds, read_cpu),
            Timing("parse (trafilatura + readability + cleaning)", len(pages), parse_seconds, parse_cpu),
            Timing("extract (all extractors)", len(parsed), extract_seconds, extract_cpu),
            Timing("store (one transaction per article)", len(extracted), store_seconds, store_cpu)]


def profile(folder: Path, db: str, top: int = 25) -> str:
    """cProfile of the single-process pipeline: the functions with the most time of their own."""
    from ingest.pipeline import Options, run

    profiler = cProfile.Profile()
    profiler.enable()
    run([str(folder)], Options(db=db, workers=1))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=usable_cpus(),
                        help="processes for parse+extract in the full run (default: as `ingest add`, the usable CPUs)")
    parser.add_argument("--stages", action="store_true", help="also time parse, extract and store apart")
    parser.add_argument("--profile", action="store_true", help="also profile the single-process pipeline")
    args = parser.parse_args(argv)
    if not benchmark_present():
        return 2
    warm_up()
    with tempfile.TemporaryDirectory(prefix="ingest-speed-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        paths = write_pages(folder)
        load = os.getloadavg()[0]
        floor = bare(paths)
        timings = [floor, bare(paths, args.workers)] if args.workers > 1 else [floor]
        runs = sorted({1, args.workers})
        lines = []
        for workers in runs:
            timing, line = full(folder, str(Path(tmp) / f"full-{workers}.sqlite"), workers)
            timings.append(timing)
            lines.append(f"{timing.name}: {line}")
        print(f"{len(paths)} pages, {os.cpu_count()} cores")
        print(f"load average before the runs: {load:.1f}")
        print(f"{'run':<44} {'seconds':>8} {'pages/s':>8} {'x bare':>7} {'CPU s':>7} {'CPU x bare':>10}")
        for timing in timings:
            print(f"{timing.name:<44} {timing.seconds:>8.2f} {timing.pages_per_second:>8.1f} "
                  f"{timing.seconds / floor.seconds:>7.2f} {timing.cpu:>7.2f} {timing.cpu / floor.cpu:>10.2f}")
        for line in lines:
            print(line)
        best = min(t.seconds for t in timings if t.name.startswith("full"))
        verdict = "meets" if best <= TARGET_RATIO * floor.seconds else "misses"
        print(f"target: full ingestion <= {TARGET_RATIO:g}x bare trafilatura ({TARGET_RATIO * floor.seconds:.2f} s):"
              f" {verdict} ({best / floor.seconds:.2f}x)")
        if args.stages:
            print(f"\n{'stage, 1 process':<44} {'seconds':>8} {'pages/s':>8} {'CPU s':>7}")
            for timing in stages(paths, str(Path(tmp) / "stages.sqlite")):
                print(f"{timing.name:<44} {timing.seconds:>8.2f} {timing.pages_per_second:>8.1f} {timing.cpu:>7.2f}")
        if args.profile:
            print("\n" + profile(folder, str(Path(tmp) / "profile.sqlite")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
