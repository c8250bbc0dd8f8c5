"""Throughput benchmark of ``cleanarticle.clean`` against reference points measured in the same run.

The machines we run on (2 cores, shared) are noisy, so this script never makes absolute claims: every
contender runs over the same pages, interleaved round by round in a rotated order, and the report gives
the median pages/s over the rounds, the min/max, and the speed relative to cleanarticle.

Contenders:

1. ``cleanarticle``  -- ``cleanarticle.clean(page_bytes)``, the public API.
2. ``lxml parse``    -- the floor: ``lxml.etree.fromstring(page_bytes, HTMLParser())`` for HTML,
                        ``bytes.decode`` + ``splitlines`` for ``.txt`` dumps.
3. ``bs4+lxml``      -- ``BeautifulSoup(page_bytes, "lxml").get_text()``, the cost a soup-based
                        extractor pays before doing any work.
4. ``trafilatura``   -- ``trafilatura.extract(html_str, with_metadata=True)``, if it is installed
                        (``pip install -e '.[bench]'``).

Page sets: ``fixtures`` (the golden ``fixtures/*/input.*``) and, when ``--data`` exists, the evaluation
sets ``chinese_wced``, ``scrapinghub``, ``readability`` (``<data>/<set>/html/*.html``).

A separate pass measures cleanarticle's peak traced memory per page with ``tracemalloc``; the process
max RSS is reported at the end.

Usage (from the project root)::

    .venv/bin/python benchmarks/bench.py                        # all sets, 5 rounds
    .venv/bin/python benchmarks/bench.py --rounds 3 --limit 20  # quick run
    .venv/bin/python benchmarks/bench.py --sets fixtures,chinese_wced --json out.json
    .venv/bin/python benchmarks/bench.py --profile --sets scrapinghub --limit 50
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import platform
import pstats
import re
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / ".." / "shared" / "eval" / "data"
FIXTURES_DIR = PROJECT_ROOT / "fixtures"

FIXTURE_SET = "fixtures"
EVAL_SETS = ("chinese_wced", "scrapinghub", "readability")
ALL_SETS = (FIXTURE_SET, *EVAL_SETS)

CLEANARTICLE = "cleanarticle"
DEFAULT_ROUNDS = 5
# Each contender runs once over the whole set, untimed, before round 1: one-off costs (lazy imports,
# first use of a regex or a dictionary) are content-dependent -- trafilatura's first Chinese page took
# 50x its steady time -- so warming up on a few pages was not enough.
PROFILE_TOP = 25
# pyinstrument samples the stack this often (seconds): fine enough for a few hundred pages.
PROFILE_INTERVAL = 0.0005
# How far into a page to look for a declared charset; <meta charset> sits in the first few hundred
# bytes of every page in the evaluation sets.
CHARSET_SNIFF_BYTES = 4096
CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# Declared charsets decoded as their superset, as browsers do (WHATWG Encoding): pages that say gb2312
# routinely use GBK characters (the zh_hans_gbk fixture does), and big5 pages HKSCS ones.
CHARSET_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}

MIB = 1024 * 1024
ERROR_MESSAGE_CHARS = 200
PAGE_NAME_CHARS = 40
# Guards the pages/s division for a round too fast for the clock to see (e.g. every page raising at once).
MIN_ELAPSED_S = 1e-9


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Page:
    """One input page, read as bytes."""

    name: str
    data: bytes

    @property
    def is_text(self) -> bool:
        """True for a crawler's plain-text dump (``.txt``), which has no markup to parse."""
        return self.name.endswith(".txt")


@dataclass(frozen=True)
class PageSet:
    """The pages of one set, in a stable (sorted) order."""

    name: str
    pages: tuple[Page, ...]

    @property
    def total_bytes(self) -> int:
        """Bytes over all pages."""
        return sum(len(p.data) for p in self.pages)


def load_fixtures(limit: int | None) -> list[Page]:
    """The golden fixtures' inputs (``fixtures/<case>/input.*``)."""
    paths = sorted(FIXTURES_DIR.glob("*/input.*"))[:limit]
    return [Page(f"{p.parent.name}/{p.name}", p.read_bytes()) for p in paths]


def load_eval_set(data_dir: Path, name: str, limit: int | None) -> list[Page]:
    """The pages of one evaluation set (``<data_dir>/<name>/html/*.html``)."""
    paths = sorted((data_dir / name / "html").glob("*.html"))[:limit]
    return [Page(p.name, p.read_bytes()) for p in paths]


def load_sets(names: Sequence[str], data_dir: Path, limit: int | None, notes: list[str]) -> list[PageSet]:
    """Load the chosen sets; a set whose folder is missing or empty is skipped with a note."""
    sets: list[PageSet] = []
    for name in names:
        if name == FIXTURE_SET:
            pages = load_fixtures(limit)
        elif not (data_dir / name / "html").is_dir():
            notes.append(f"{name}: skipped, {data_dir / name / 'html'} is missing")
            continue
        else:
            pages = load_eval_set(data_dir, name, limit)
        if not pages:
            notes.append(f"{name}: skipped, no pages found")
            continue
        sets.append(PageSet(name, tuple(pages)))
    return sets


# --------------------------------------------------------------------------- contenders


@dataclass(frozen=True)
class Contender:
    """A function run on each page; its result is discarded."""

    name: str
    run: Callable[[Page], object]


def decode_html(data: bytes) -> str:
    """Bytes to str for a contender that wants str: UTF-8, else the page's declared charset, else cp1252.

    Cheap on purpose: it runs inside the timed call, as cleanarticle's own decoding does.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = CHARSET_RE.search(data[:CHARSET_SNIFF_BYTES])
    if match:
        declared = match.group(1).decode("ascii").lower()
        try:
            return data.decode(CHARSET_SUPERSETS.get(declared, declared), errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def cleanarticle_contender(notes: list[str]) -> Contender | None:
    """``cleanarticle.clean`` on the page bytes, or None (with a note) if the API is not there."""
    try:
        import cleanarticle
    except Exception as exc:  # any import-time failure of a module still being written
        notes.append(f"cleanarticle: import failed ({type(exc).__name__}: {exc})")
        return None
    clean = getattr(cleanarticle, "clean", None)
    if clean is None:
        notes.append("cleanarticle: cleanarticle.clean is not exported (yet)")
        return None
    return Contender(CLEANARTICLE, lambda page: clean(page.data))


def lxml_contender() -> Contender:
    """The floor: parse only (or decode + split lines for a text dump)."""
    from lxml import etree  # type: ignore[import-untyped]  # no stubs installed

    def run(page: Page) -> object:
        if page.is_text:
            return page.data.decode("utf-8", errors="replace").splitlines()
        return etree.fromstring(page.data, etree.HTMLParser())

    return Contender("lxml parse", run)


def bs4_contender() -> Contender:
    """BeautifulSoup over lxml, then its text: what a soup-based pipeline pays up front."""
    from bs4 import BeautifulSoup

    return Contender("bs4+lxml", lambda page: BeautifulSoup(page.data, "lxml").get_text())


def trafilatura_contender(notes: list[str]) -> Contender | None:
    """``trafilatura.extract`` with metadata, or None (with a note) if it cannot be imported."""
    try:
        import trafilatura
    except ImportError as exc:
        if exc.name == "trafilatura":
            notes.append("trafilatura not installed (pip install -e '.[bench]')")
        else:  # installed but broken, e.g. lxml>=5.2 without lxml_html_clean
            notes.append(f"trafilatura not importable ({exc}); try pip install lxml_html_clean")
        return None
    return Contender(
        "trafilatura", lambda page: trafilatura.extract(decode_html(page.data), with_metadata=True)
    )


def build_contenders(notes: list[str]) -> list[Contender]:
    """Every available contender, cleanarticle first."""
    maybe = [cleanarticle_contender(notes), lxml_contender(), bs4_contender(), trafilatura_contender(notes)]
    return [c for c in maybe if c is not None]


# --------------------------------------------------------------------------- timing


@dataclass
class Tally:
    """One contender's measurements on one set."""

    name: str
    pages_per_s: list[float] = field(default_factory=list)
    error_pages: dict[str, str] = field(default_factory=dict)  # page name -> first error message

    @property
    def median(self) -> float:
        """Median pages/s over the rounds."""
        return statistics.median(self.pages_per_s)


def run_once(contender: Contender, pages: Sequence[Page], tally: Tally) -> float:
    """Run the contender over all pages; return the elapsed seconds. Errors are counted, not raised."""
    gc.collect()  # leave no garbage from the previous contender to be collected on this one's clock
    start = time.perf_counter()
    for page in pages:
        try:
            contender.run(page)
        except Exception as exc:  # a contender failing on one page must not end the benchmark
            message = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line in the report
            tally.error_pages.setdefault(page.name, message[:ERROR_MESSAGE_CHARS])
    return max(time.perf_counter() - start, MIN_ELAPSED_S)


def warm_up(contenders: Sequence[Contender], pages: Sequence[Page]) -> None:
    """Run each contender over the pages once, untimed (errors are counted by the timed rounds)."""
    for contender in contenders:
        run_once(contender, pages, Tally(contender.name))


def rotated(items: Sequence[Contender], by: int) -> list[Contender]:
    """The items rotated left by ``by``, so each contender takes each slot in turn."""
    k = by % len(items)
    return [*items[k:], *items[:k]]


def time_set(contenders: Sequence[Contender], page_set: PageSet, rounds: int) -> dict[str, Tally]:
    """Interleaved rounds: in round r every contender runs the whole set, in an order rotated by r."""
    tallies = {c.name: Tally(c.name) for c in contenders}
    warm_up(contenders, page_set.pages)
    for r in range(rounds):
        for contender in rotated(contenders, r):
            elapsed = run_once(contender, page_set.pages, tallies[contender.name])
            tallies[contender.name].pages_per_s.append(len(page_set.pages) / elapsed)
    return tallies


# --------------------------------------------------------------------------- memory


@dataclass(frozen=True)
class MemoryStats:
    """Peak traced memory of one call per page (bytes above what was allocated before the call)."""

    median_peak: float
    max_peak: int
    max_page: str


def measure_memory(contender: Contender, pages: Sequence[Page]) -> MemoryStats:
    """Peak ``tracemalloc`` memory per page; a separate pass because tracing slows everything down."""
    peaks: list[tuple[int, str]] = []
    with contextlib.suppress(Exception):  # first call untraced: lazy imports are not a page's cost
        contender.run(pages[0])
    tracemalloc.start()
    try:
        for page in pages:
            gc.collect()
            tracemalloc.reset_peak()
            before, _ = tracemalloc.get_traced_memory()
            with contextlib.suppress(Exception):  # errors are counted by the timing pass
                contender.run(page)
            _, peak = tracemalloc.get_traced_memory()
            peaks.append((peak - before, page.name))
    finally:
        tracemalloc.stop()
    max_peak, max_page = max(peaks)
    return MemoryStats(statistics.median(p for p, _ in peaks), max_peak, max_page)


def max_rss_bytes() -> int:
    """The process's max resident set size so far (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


# --------------------------------------------------------------------------- profiling


def profile_set(contender: Contender, page_set: PageSet) -> str:
    """cleanarticle over the set under pyinstrument (a sampling profiler: the call tree, little
    overhead) if it is installed, else under cProfile (the top functions by cumulative time)."""
    warm_up([contender], page_set.pages)
    tally = Tally(contender.name)
    try:
        from pyinstrument import Profiler
    except ImportError:
        profiler = cProfile.Profile()
        profiler.enable()
        run_once(contender, page_set.pages, tally)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(PROFILE_TOP)
        report = out.getvalue()
    else:
        sampler = Profiler(interval=PROFILE_INTERVAL)
        sampler.start()
        run_once(contender, page_set.pages, tally)
        sampler.stop()
        report = sampler.output_text(unicode=False, color=False)
    errors = f" ({len(tally.error_pages)} pages raised)" if tally.error_pages else ""
    return f"== profile: {page_set.name}, {len(page_set.pages)} pages{errors} ==\n{report}"


def stage_times(page_set: PageSet, rounds: int) -> dict[str, float]:
    """Median seconds per pipeline stage (and ``emit``) over the set: each stage of
    ``cleanarticle.default_pipeline()`` is called in turn on the page's Document, timed apart."""
    from cleanarticle import Document, default_pipeline
    from cleanarticle._emit import emit

    stages = [(stage.name, stage) for stage in default_pipeline().stages]
    per_round: dict[str, list[float]] = {name: [] for name, _ in stages}
    per_round["emit"] = []
    for r in range(rounds + 1):  # round 0 warms up
        totals = dict.fromkeys(per_round, 0.0)
        for page in page_set.pages:
            doc = Document(source=page.data)
            with contextlib.suppress(Exception):  # errors are counted by the timing pass
                for name, stage in stages:
                    start = time.perf_counter()
                    doc = stage(doc)
                    totals[name] += time.perf_counter() - start
                start = time.perf_counter()
                emit(doc)
                totals["emit"] += time.perf_counter() - start
        if r:
            for name, seconds in totals.items():
                per_round[name].append(seconds)
    return {name: statistics.median(values) for name, values in per_round.items()}


def format_stages(page_set: PageSet, times: dict[str, float], rounds: int) -> str:
    """The per-stage table of one set, biggest share first."""
    total = sum(times.values())
    lines = [
        f"== stages: {page_set.name}, {len(page_set.pages)} pages, median of {rounds} rounds ==",
        f"{'stage':<16}{'ms/page':>9}{'share':>8}",
    ]
    for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        share = seconds / total if total else 0.0
        lines.append(f"{name:<16}{1000 * seconds / len(page_set.pages):>9.2f}{share:>8.0%}")
    lines.append(f"{'total':<16}{1000 * total / len(page_set.pages):>9.2f}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- report


def short(page_name: str) -> str:
    """A page name cut for the table (evaluation pages are named by 64-hex-digit hashes)."""
    return page_name if len(page_name) <= PAGE_NAME_CHARS else page_name[: PAGE_NAME_CHARS - 1] + "…"


def ratio(tally: Tally, baseline: Tally | None) -> float | None:
    """The contender's median speed relative to cleanarticle's (>1: faster than cleanarticle)."""
    if baseline is None or not baseline.pages_per_s:
        return None
    return tally.median / baseline.median


def format_set(page_set: PageSet, tallies: dict[str, Tally], memory: MemoryStats | None, rounds: int) -> str:
    """A plain-text table for one set."""
    size = page_set.total_bytes / MIB
    lines = [f"== {page_set.name}: {len(page_set.pages)} pages, {size:.1f} MiB, {rounds} rounds =="]
    header = f"{'contender':<14}{'median p/s':>11}{'min':>9}{'max':>9}{'ms/page':>9}{'MiB/s':>8}"
    lines.append(f"{header}{'vs clean':>10}{'errors':>8}")
    baseline = tallies.get(CLEANARTICLE)
    for tally in tallies.values():
        rel = ratio(tally, baseline)
        rel_text = f"{rel:.2f}x" if rel is not None else "n/a"
        lines.append(
            f"{tally.name:<14}{tally.median:>11.1f}{min(tally.pages_per_s):>9.1f}"
            f"{max(tally.pages_per_s):>9.1f}{1000 / tally.median:>9.2f}"
            f"{tally.median * size / len(page_set.pages):>8.2f}{rel_text:>10}{len(tally.error_pages):>8}"
        )
    for tally in tallies.values():
        for page, message in list(tally.error_pages.items())[:3]:
            lines.append(f"  ! {tally.name} on {short(page)}: {message}")
    if memory is not None:
        lines.append(
            f"cleanarticle peak traced memory per page: median {memory.median_peak / MIB:.2f} MiB, "
            f"max {memory.max_peak / MIB:.2f} MiB ({short(memory.max_page)})"
        )
    return "\n".join(lines)


def set_json(page_set: PageSet, tallies: dict[str, Tally], memory: MemoryStats | None) -> dict[str, Any]:
    """The numbers of one set, for ``--json``."""
    baseline = tallies.get(CLEANARTICLE)
    return {
        "pages": len(page_set.pages),
        "bytes": page_set.total_bytes,
        "contenders": {
            t.name: {
                "pages_per_s_by_round": [round(v, 3) for v in t.pages_per_s],
                "median_pages_per_s": round(t.median, 3),
                "min_pages_per_s": round(min(t.pages_per_s), 3),
                "max_pages_per_s": round(max(t.pages_per_s), 3),
                "speed_vs_cleanarticle": None if (r := ratio(t, baseline)) is None else round(r, 4),
                "errors": len(t.error_pages),
                "error_pages": t.error_pages,
            }
            for t in tallies.values()
        },
        "cleanarticle_memory": None
        if memory is None
        else {
            "median_peak_bytes": memory.median_peak,
            "max_peak_bytes": memory.max_peak,
            "max_peak_page": memory.max_page,
        },
    }


def environment() -> dict[str, str]:
    """What ran the benchmark, so numbers from different machines are not compared by mistake."""
    versions = {"python": platform.python_version(), "platform": platform.platform()}
    for module in ("cleanarticle", "lxml", "bs4", "trafilatura"):
        try:
            versions[module] = str(getattr(__import__(module), "__version__", "?"))
        except Exception:
            versions[module] = "not available"
    return versions


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="evaluation data dir")
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="timed rounds (default 5)")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per set")
    parser.add_argument("--sets", default=",".join(ALL_SETS), help=f"comma-separated: {', '.join(ALL_SETS)}")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE", help="write the numbers here")
    parser.add_argument("--profile", action="store_true", help="profile cleanarticle instead of timing")
    parser.add_argument("--stages", action="store_true", help="time each pipeline stage instead")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args(argv)
    args.sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = sorted(set(args.sets) - set(ALL_SETS))
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)} (choose from {', '.join(ALL_SETS)})")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def run_profile(sets: Sequence[PageSet], notes: list[str]) -> int:
    """``--profile``: cProfile cleanarticle over each chosen set."""
    contender = cleanarticle_contender(notes)
    for note in notes:
        print(f"note: {note}")
    if contender is None:
        return 1
    for page_set in sets:
        print(profile_set(contender, page_set))
    return 0


def run_benchmark(sets: Sequence[PageSet], args: argparse.Namespace, notes: list[str]) -> int:
    """Time every contender over every set, print the tables, write ``--json``."""
    contenders = build_contenders(notes)
    report: dict[str, Any] = {"environment": environment(), "rounds": args.rounds, "sets": {}}
    print(" ".join(f"{k}={v}" for k, v in report["environment"].items()))
    for note in notes:
        print(f"note: {note}")
    baseline = next((c for c in contenders if c.name == CLEANARTICLE), None)
    for page_set in sets:
        memory = None
        if baseline is not None and not args.no_memory:
            memory = measure_memory(baseline, page_set.pages)
        tallies = time_set(contenders, page_set, args.rounds)
        print()
        print(format_set(page_set, tallies, memory, args.rounds), flush=True)
        report["sets"][page_set.name] = set_json(page_set, tallies, memory)
    rss = max_rss_bytes()
    print(f"\nprocess max RSS (all contenders, all sets): {rss / MIB:.0f} MiB")
    report["max_rss_bytes"] = rss
    report["notes"] = notes
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = parse_args(argv)
    notes: list[str] = []
    sets = load_sets(args.sets, args.data, args.limit, notes)
    if not sets:
        for note in notes:
            print(f"note: {note}")
        print("no pages to run", file=sys.stderr)
        return 1
    if args.profile:
        return run_profile(sets, notes)
    if args.stages:
        for note in notes:
            print(f"note: {note}")
        for page_set in sets:
            print(format_stages(page_set, stage_times(page_set, args.rounds), args.rounds), flush=True)
        return 0
    return run_benchmark(sets, args, notes)


if __name__ == "__main__":
    sys.exit(main())
