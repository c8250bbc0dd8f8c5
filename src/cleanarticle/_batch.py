"""``clean_many()``: clean a stream of pages, in order, with bounded memory, on one or several cores.

A page that cannot be read or cleaned gives a failed ``Result`` for that page; the batch goes on.
With ``workers > 1`` the pages are cleaned in a ``ProcessPoolExecutor`` started with the ``spawn``
method, so a script that calls ``clean_many(..., workers=N)`` must do so under
``if __name__ == "__main__":`` (as with any ``spawn`` pool).
"""

from __future__ import annotations

import inspect
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ._article import Article
from ._clean import clean
from ._errors import OptionError

# Pages handed to a worker per task. Calibrated on the eval sets with 2 workers: a page costs 5-25 ms
# to clean, so 16 pages (~0.1-0.4 s of work) make the pickling and queueing overhead per task (~0.1 ms)
# negligible, while keeping the pages in flight (workers * chunksize * IN_FLIGHT_PER_WORKER) small.
DEFAULT_CHUNKSIZE = 16
# Tasks queued per worker: 2 keeps every worker busy while the parent collects the previous result
# (a worker never waits for the parent), and bounds what is held in memory at any time.
IN_FLIGHT_PER_WORKER = 2
# ``spawn`` rather than the platform default: ``fork`` copies a parent that may hold threads (a Dask
# worker, a web server) and locks, which can deadlock the child; ``spawn`` behaves the same everywhere.
START_METHOD = "spawn"
# Error messages are cut here so that one pathological exception cannot flood a log line.
MAX_ERROR_CHARS = 500
# ``clean()`` options that are per page and come from each ``Page`` instead.
PER_PAGE_OPTIONS = frozenset({"source", "url"})
# Values of ``Result.error_stage``.
READ, CLEAN = "read", "clean"


@dataclass(frozen=True)
class Page:
    """One page to clean: its bytes or text plus where it came from.

    ``key`` names the page in results and error messages (a path, ``file.jsonl:12``,
    ``crawl.warc.gz@1234``); ``encoding`` is the charset the server declared, passed to
    ``clean(encoding=…)``. ``error`` is set by a reader that could not read the page: ``clean_many``
    then reports it as a failed ``Result`` instead of cleaning ``data``.
    """

    data: str | bytes
    url: str | None = None
    key: str | None = None
    encoding: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Result:
    """The outcome for one page: ``article`` when it was cleaned, else ``error`` (a one-line message).

    ``index`` is the page's position in the input stream, ``key`` its name (the ``Page`` key, else its
    URL, else its index as text). ``error_stage`` says where a failure happened: ``"read"`` (the
    reader could not read the page) or ``"clean"`` (cleaning raised, which is a bug worth reporting).
    """

    index: int
    key: str
    url: str | None = None
    article: Article | None = None
    error: str | None = None
    error_stage: str | None = None

    @property
    def ok(self) -> bool:
        """True when the page was cleaned (``article`` is set)."""
        return self.article is not None


PageLike = Page | str | bytes


def _error_message(exc: BaseException) -> str:
    """``Type: message`` on one line, cut to ``MAX_ERROR_CHARS``."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text[:MAX_ERROR_CHARS]


def _as_page(item: object) -> Page:
    """A ``Page`` for any input item; an item of the wrong type becomes a page that fails."""
    if isinstance(item, Page):
        return item
    if isinstance(item, (str, bytes)):
        return Page(item)
    if isinstance(item, (bytearray, memoryview)):
        return Page(bytes(item))
    # Reported for this item only: one bad item in a million must not end the batch.
    return Page(b"", error=f"InputTypeError: a page must be a Page, str or bytes, not {type(item).__name__}")


def _page_key(page: Page, index: int) -> str:
    return page.key or page.url or str(index)


def _clean_one(index: int, page: Page, options: dict[str, Any]) -> Result:
    """Clean one page; any exception is caught and reported in the ``Result``."""
    key = _page_key(page, index)
    if page.error is not None:
        return Result(index, key, page.url, error=page.error, error_stage=READ)
    kwargs = options if page.encoding is None else {**options, "encoding": page.encoding}
    try:
        article = clean(page.data, url=page.url, **kwargs)
    except Exception as exc:  # a failure on one page is that page's result, never the batch's
        return Result(index, key, page.url, error=_error_message(exc), error_stage=CLEAN)
    return Result(index, key, page.url, article=article)


def _clean_chunk(chunk: list[tuple[int, Page]], options: dict[str, Any]) -> list[Result]:
    """The task run in a worker process (module level, so ``spawn`` can import it by name)."""
    return [_clean_one(i, page, options) for i, page in chunk]


def _check_options(workers: int, chunksize: int, options: dict[str, Any]) -> None:
    """Raise ``OptionError`` now, in the caller, for options that would fail on every page."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise OptionError(f"workers must be an int >= 1, not {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise OptionError(f"chunksize must be an int >= 1, not {chunksize!r}")
    per_page = sorted(PER_PAGE_OPTIONS & options.keys())
    if per_page:
        raise OptionError(f"clean_many takes {', '.join(per_page)} from each Page, not as an option")
    try:
        inspect.signature(clean).bind("", **options)
    except TypeError as exc:
        raise OptionError(f"clean_many: {exc}") from None
    # The option values (input_format, pipeline, ...) are checked by clean() itself; an empty page
    # costs next to nothing and a bad value then raises here instead of failing every page.
    clean("", **options)


def clean_many(
    pages: Iterable[PageLike],
    *,
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    ordered: bool = True,
    **clean_kwargs: Any,
) -> Iterator[Result]:
    """Clean pages lazily, yielding one ``Result`` per input page.

    ``pages`` is any iterable (a generator over a crawl is fine) of ``Page``, ``str`` or ``bytes``; it
    is consumed as results are taken, with at most ``workers * chunksize * 2`` pages in flight.
    ``workers=1`` cleans in this process; more use a process pool (``spawn``). ``ordered=False``
    yields results as they finish (``Result.index`` tells the input position). ``clean_kwargs`` go to
    every ``clean()`` call (``input_format``, ``encoding`` as a default for pages without one,
    ``pipeline``, ...); they must be picklable when ``workers > 1``.

    Raises ``OptionError`` at once for bad options; a page that fails never raises.
    """
    _check_options(workers, chunksize, clean_kwargs)
    items = ((i, _as_page(item)) for i, item in enumerate(pages))
    if workers == 1:
        return (_clean_one(i, page, clean_kwargs) for i, page in items)
    return _clean_in_pool(items, workers, chunksize, ordered, clean_kwargs)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(START_METHOD))


def _submit(
    pool: ProcessPoolExecutor, chunk: list[tuple[int, Page]], options: dict[str, Any]
) -> Future[list[Result]]:
    """Submit a chunk; a pool already broken gives a failed future, handled like any lost task."""
    try:
        return pool.submit(_clean_chunk, chunk, options)
    except BrokenProcessPool as exc:
        failed: Future[list[Result]] = Future()
        failed.set_exception(exc)
        return failed


def _clean_in_pool(
    items: Iterator[tuple[int, Page]],
    workers: int,
    chunksize: int,
    ordered: bool,
    options: dict[str, Any],
) -> Iterator[Result]:
    """Feed chunks to a process pool, keeping at most ``workers * IN_FLIGHT_PER_WORKER`` of them queued."""
    max_in_flight = workers * IN_FLIGHT_PER_WORKER
    in_flight: deque[tuple[list[tuple[int, Page]], Future[list[Result]]]] = deque()
    pool = _new_pool(workers)
    try:
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < max_in_flight:
                chunk = list(islice(items, chunksize))
                if not chunk:
                    exhausted = True
                    break
                in_flight.append((chunk, _submit(pool, chunk, options)))
            if not in_flight:
                return
            if not ordered:
                wait([f for _, f in in_flight], return_when=FIRST_COMPLETED)
                # Rotate a finished task to the front; the others keep their place.
                while not in_flight[0][1].done():
                    in_flight.rotate(-1)
            chunk, future = in_flight[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (a crash in a C extension, the OOM killer). Every queued task is lost
                # with it; re-run those pages one by one to find and report the page that kills.
                pool.shutdown(wait=True, cancel_futures=True)
                lost = list(in_flight)
                in_flight.clear()
                yield from _recover(lost, options)
                pool = _new_pool(workers)
                continue
            in_flight.popleft()
            yield from results
    finally:
        # Reached when the consumer stops early too (generator closed): drop queued work, don't wait.
        pool.shutdown(wait=True, cancel_futures=True)


def _recover(
    lost: list[tuple[list[tuple[int, Page]], Future[list[Result]]]], options: dict[str, Any]
) -> Iterator[Result]:
    """Results for the tasks queued when the pool broke, in order: a task's own if it had finished,
    else its pages cleaned one at a time in a one-worker pool, so that a page that kills its worker
    again is the only one blamed."""
    pool: ProcessPoolExecutor | None = None
    try:
        for chunk, future in lost:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield from future.result()
                continue
            for index, page in chunk:
                pool = pool or _new_pool(1)
                try:
                    yield pool.submit(_clean_chunk, [(index, page)], options).result()[0]
                except BrokenProcessPool:
                    pool.shutdown(wait=True)
                    pool = None
                    yield Result(
                        index,
                        _page_key(page, index),
                        page.url,
                        error="WorkerDied: the worker process died while cleaning this page",
                        error_stage=CLEAN,
                    )
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
