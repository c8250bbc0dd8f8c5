"""Throughput of ``cleanarticle.clean_many`` with one and several worker processes.

Every page of the chosen evaluation sets (``<data>/<set>/html/*.html``) is read into memory first.
Each round then runs ``clean_many`` over them (``--repeat`` passes in a row) once per worker count, in
an order rotated round by round (the machines are shared and noisy: read medians and ratios, not
single numbers). A round's time includes starting the process pool, as a real call pays it; the pool
start alone (one tiny page) is timed separately and reported.

Usage (from the project root)::

    .venv/bin/python benchmarks/bench_many.py                     # workers 1 and 2, 3 rounds
    .venv/bin/python benchmarks/bench_many.py --workers 1,2 --rounds 5 --chunksize 8
    .venv/bin/python benchmarks/bench_many.py --sets chinese_wced --limit 50 --json many.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / ".." / "shared" / "eval" / "data"
EVAL_SETS = ("chinese_wced", "scrapinghub", "readability")
DEFAULT_ROUNDS = 3
DEFAULT_WORKERS = "1,2"
# Each round feeds the page list this many times: a crawl is long, so the one-off pool start (spawning
# workers that import cleanarticle, ~1 s) should weigh on the round about as little as it would there.
DEFAULT_REPEAT = 2
TINY_PAGE = b"<p>One short sentence to start the pool.</p>"


def load_pages(data_dir: Path, sets: Sequence[str], limit: int | None) -> tuple[list[Any], list[str]]:
    """The pages of every set as ``Page``s keyed ``set/file``, and notes on sets that were skipped."""
    from cleanarticle import Page

    pages: list[Any] = []
    notes: list[str] = []
    for name in sets:
        folder = data_dir / name / "html"
        paths = sorted(folder.glob("*.html"))[:limit]
        if not paths:
            notes.append(f"{name}: skipped, no pages under {folder}")
        pages.extend(Page(p.read_bytes(), key=f"{name}/{p.name}") for p in paths)
    return pages, notes


def time_run(pages: Sequence[Any], workers: int, chunksize: int) -> tuple[float, int]:
    """Seconds for one ``clean_many`` pass, and the number of failed pages."""
    from cleanarticle import clean_many

    start = time.perf_counter()
    failed = sum(not r.ok for r in clean_many(pages, workers=workers, chunksize=chunksize))
    return time.perf_counter() - start, failed


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="evaluation data folder")
    p.add_argument("--sets", default=",".join(EVAL_SETS), help="comma-separated sets (default: all)")
    p.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="timed rounds (default 3)")
    p.add_argument("--limit", type=int, default=None, help="at most N pages per set")
    p.add_argument("--workers", default=DEFAULT_WORKERS, help="comma-separated worker counts (default 1,2)")
    p.add_argument("--chunksize", type=int, default=None, help="pages per task (default: clean_many's)")
    p.add_argument(
        "--repeat", type=int, default=DEFAULT_REPEAT, help="passes over the pages per round (default 2)"
    )
    p.add_argument("--json", type=Path, default=None, help="also write the numbers to this file")
    args = p.parse_args(argv)
    args.sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    args.workers = [int(w) for w in args.workers.split(",") if w.strip()]
    if min(args.rounds, args.repeat) < 1 or not args.workers or min(args.workers) < 1:
        p.error("--rounds, --repeat and every --workers count must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from cleanarticle._batch import DEFAULT_CHUNKSIZE

    chunksize = args.chunksize or DEFAULT_CHUNKSIZE
    pages, notes = load_pages(args.data, args.sets, args.limit)
    stream = pages * args.repeat
    for note in notes:
        print(f"note: {note}")
    if not pages:
        print("no pages to run", file=sys.stderr)
        return 1
    mib = sum(len(p.data) for p in pages) / 2**20
    print(
        f"python={platform.python_version()} cores={os.cpu_count()} pages={len(pages)} ({mib:.1f} MiB) "
        f"sets={','.join(args.sets)} chunksize={chunksize} rounds={args.rounds} repeat={args.repeat}"
    )
    time_run(pages[: 2 * chunksize], 1, chunksize)  # untimed warm-up: imports, first regex compiles
    rates: dict[int, list[float]] = {w: [] for w in args.workers}
    failures: dict[int, int] = {}
    for r in range(args.rounds):
        k = r % len(args.workers)
        for workers in [*args.workers[k:], *args.workers[:k]]:
            elapsed, failed = time_run(stream, workers, chunksize)
            rates[workers].append(len(stream) / elapsed)
            failures[workers] = failed
    startup = {w: time_run([TINY_PAGE], w, chunksize)[0] for w in args.workers if w > 1}
    base = statistics.median(rates[args.workers[0]])
    ratio = f"vs {args.workers[0]}"
    print(f"\n{'workers':>7} {'median p/s':>11} {'min':>8} {'max':>8} {ratio:>7} {'failed':>6}")
    for workers in args.workers:
        med = statistics.median(rates[workers])
        row = f"{workers:>7} {med:>11.1f} {min(rates[workers]):>8.1f} {max(rates[workers]):>8.1f}"
        print(f"{row} {med / base:>6.2f}x {failures[workers]:>6}")
    for workers, seconds in startup.items():
        print(f"pool start with {workers} workers (one tiny page): {seconds:.2f} s")
    if args.json is not None:
        report = {
            "pages": len(pages),
            "repeat": args.repeat,
            "chunksize": chunksize,
            "pages_per_s": {str(w): v for w, v in rates.items()},
            "pool_start_s": {str(w): v for w, v in startup.items()},
            "failed": {str(w): v for w, v in failures.items()},
        }
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
