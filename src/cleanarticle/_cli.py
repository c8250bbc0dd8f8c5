"""Command line: ``cleanarticle INPUT [INPUT…] [--format json|text|markdown] [--workers N] [-o FILE]``.

An INPUT is a page file, ``-`` (standard input), a directory, a glob pattern, a JSON lines file or a
WARC file. One page is printed as before (JSON, text or Markdown); several pages, or ``--jsonl``, are
written as JSON lines, one article per line with its ``key``. Two more commands are dispatched on the
first argument: ``cleanarticle learn-profile …`` and ``cleanarticle dedup …`` (``./dedup`` cleans a
file of that name). See ``docs/cli.md``.

Exit codes: 0 every page cleaned; 1 at least one page could not be read (the others are still
written); 2 wrong usage; 3 cleaning raised on at least one page (a bug: please report it; this wins
over 1); 4 the output could not be written; 130 interrupted; 141 the output pipe was closed.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

from . import __version__
from ._article import Article
from ._batch import CLEAN, DEFAULT_CHUNKSIZE, Page, Result, clean_many
from ._sources import KINDS, expands, iter_pages

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_CLEAN, EXIT_OUTPUT = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `… | head`

# Commands written in ``_cli_corpus``: the first argument -> the function given the rest of argv.
SUBCOMMANDS = {"learn-profile": "learn_profile_main", "dedup": "dedup_main"}
SUBCOMMAND_MODULE = "cleanarticle._cli_corpus"

# The progress line is redrawn at most this often: often enough to look alive, rarely enough that
# drawing costs nothing next to cleaning (a page takes 5-25 ms).
PROGRESS_INTERVAL_S = 0.2
PROGRESS_CHOICES = ("auto", "on", "off")


def _render(article: Article, fmt: str, indent: int | None) -> str:
    if fmt == "json":
        return article.to_json(indent=indent)
    if fmt == "markdown":
        return article.to_markdown()
    head = [article.title] if article.title else []
    return "\n".join([*head, article.text]) + "\n"


def _json_line(result: Result, article: Article) -> str:
    """One JSON lines record: the page key, then the article's fields."""
    return json.dumps({"key": result.key, **article.to_dict()}, ensure_ascii=False)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanarticle",
        description="Clean scraped news pages (HTML or text dumps) into structured articles.",
        epilog="Other commands: cleanarticle learn-profile --help, cleanarticle dedup --help. "
        "Exit codes: 0 ok, 1 an input could not be read, 2 usage, 3 cleaning failed on a page, "
        "4 output error, 130 interrupted, 141 broken pipe.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="INPUT",
        help="a page file, - for standard input, a directory, a glob, a .jsonl or a .warc(.gz) file",
    )
    p.add_argument("-f", "--format", choices=("json", "text", "markdown"), default=None,
                   help="output format (default json: one page as JSON, several as JSON lines)")  # fmt: skip
    p.add_argument("--jsonl", action="store_true", help="write JSON lines even for a single page")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--input-format", choices=("auto", "html", "text"), default="auto",
                   help="force how each page is read (default: detect)")  # fmt: skip
    p.add_argument("--input-kind", choices=KINDS, default="auto",
                   help="read named files and - as page, jsonl or warc (default: by name)")  # fmt: skip
    p.add_argument("--url", help="the page's URL (with a single page)")
    p.add_argument("--encoding", help="the charset the server declared, tried before the page's own")
    p.add_argument("--url-field", help="JSON lines: the field with the URL (default url)")
    p.add_argument("--content-field", action="append", metavar="FIELD",
                   help="JSON lines: a field with the page, first present wins; repeatable "
                   "(default html, text, content)")  # fmt: skip
    p.add_argument("--key-field", help="JSON lines: a field naming the page (default FILE:LINE)")
    p.add_argument("-w", "--workers", type=int, default=1,
                   help="processes cleaning pages (default 1; 0 = one per core)")  # fmt: skip
    p.add_argument("--chunksize", type=int, default=DEFAULT_CHUNKSIZE, help=argparse.SUPPRESS)
    p.add_argument("--indent", type=int, default=None, help="indent JSON output of a single page")
    p.add_argument("--progress", choices=PROGRESS_CHOICES, default="auto",
                   help="progress line on stderr (default: only when stderr is a terminal)")  # fmt: skip
    p.add_argument("-q", "--quiet", action="store_true", help="no warnings and no progress line")
    p.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    return p


class Progress:
    """A one-line ``N pages, M failed, R pages/s`` counter redrawn in place on ``stream``."""

    def __init__(self, stream: IO[str], enabled: bool, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.enabled = enabled
        self.clock = clock
        self.done = 0
        self.failed = 0
        self.start = clock()
        self.last_draw: float | None = None
        self.drawn = False

    def update(self, ok: bool) -> None:
        """Count one page; redraw if the last drawing is older than ``PROGRESS_INTERVAL_S``."""
        self.done += 1
        self.failed += not ok
        now = self.clock()
        if self.enabled and (self.last_draw is None or now - self.last_draw >= PROGRESS_INTERVAL_S):
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        self.stream.write(f"\r\x1b[K{self.done} pages, {self.failed} failed, {rate:.1f} pages/s")
        self.stream.flush()
        self.last_draw = now
        self.drawn = True

    def message(self, text: str) -> None:
        """Print a line on the stream without garbling the progress line."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self.drawn:
            self._draw(self.clock())

    def close(self) -> None:
        """Draw the final count and end the line."""
        if self.enabled and self.done:
            self._draw(self.clock())
            self.stream.write("\n")
            self.stream.flush()


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def _run_subcommand(name: str, rest: list[str]) -> int:
    """Run ``cleanarticle <name> …`` from ``_cli_corpus``, imported only when asked for."""
    try:
        module = importlib.import_module(SUBCOMMAND_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != SUBCOMMAND_MODULE:
            raise
        print(f"cleanarticle: the {name} command is not available in this installation", file=sys.stderr)
        return EXIT_USAGE
    func: Callable[[list[str]], int | None] = getattr(module, SUBCOMMANDS[name])
    return int(func(rest) or EXIT_OK)


def _usage_error(message: str) -> int:
    print(f"cleanarticle: {message}", file=sys.stderr)
    return EXIT_USAGE


def _check_args(args: argparse.Namespace, many: bool) -> str | None:
    """A usage error message, or None."""
    if args.url and many:
        return "--url applies to a single page; drop it or clean one page at a time"
    if args.jsonl and args.format not in (None, "json"):
        return "--jsonl writes JSON; drop --format"
    if args.indent is not None and many:
        return "--indent applies to a single page; JSON lines keep one article per line"
    if args.workers < 0:
        return "--workers must be 0 (one per core) or more"
    if args.chunksize < 1:
        return "--chunksize must be at least 1"
    return None


def _pages(args: argparse.Namespace) -> Iterator[Page]:
    pages = iter_pages(
        args.paths,
        kind=args.input_kind,
        url_field=args.url_field,
        content_fields=args.content_field,
        key_field=args.key_field,
    )
    if args.url:
        return (dataclasses.replace(page, url=args.url) for page in pages)
    return pages


class _OutputError(Exception):
    """Writing the output failed (disk full, closed file); carries the ``OSError``."""


def _write(out: IO[str], text: str) -> None:
    try:
        out.write(text if text.endswith("\n") else text + "\n")
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputError(exc.strerror or str(exc)) from exc


def _emit_all(
    results: Iterable[Result], args: argparse.Namespace, many: bool, out: IO[str], progress: Progress
) -> int:
    """Write every article, report every failure; return the exit status for the pages."""
    status = EXIT_OK
    fmt = args.format or "json"
    for result in results:
        progress.update(result.ok)
        if result.article is None:
            status = max(status, EXIT_CLEAN if result.error_stage == CLEAN else EXIT_INPUT)
            progress.message(f"cleanarticle: {result.key}: {result.error}")
            continue
        if many and fmt == "json":
            _write(out, _json_line(result, result.article))
            continue
        if not many and not args.quiet:  # with many pages, warnings are in each record instead
            for warning in result.article.warnings:
                progress.message(f"cleanarticle: {result.key}: warning: {warning}")
        _write(out, _render(result.article, fmt, args.indent))
    return status


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (e.g. captured in tests)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return _run_subcommand(argv[0], argv[1:])
    args = build_parser().parse_args(argv)
    many = args.jsonl or len(args.paths) > 1 or any(expands(p, args.input_kind) for p in args.paths)
    problem = _check_args(args, many)
    if problem:
        return _usage_error(problem)
    workers = args.workers or os.cpu_count() or 1
    show = args.progress == "on" or (
        args.progress == "auto" and many and not args.quiet and _is_terminal(sys.stderr)
    )
    progress = Progress(sys.stderr, show)
    options: dict[str, Any] = {"input_format": args.input_format, "encoding": args.encoding}
    try:
        out: IO[str] = (
            open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115  (closed below)
            if args.output
            else sys.stdout
        )
    except OSError as exc:
        print(f"cleanarticle: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_OUTPUT
    try:
        results = clean_many(_pages(args), workers=workers, chunksize=args.chunksize, **options)
        status = _emit_all(results, args, many, out, progress)
        try:
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError(exc.strerror or str(exc)) from exc
    except KeyboardInterrupt:
        progress.message("cleanarticle: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except _OutputError as exc:
        progress.message(f"cleanarticle: cannot write output: {exc}")
        return EXIT_OUTPUT
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
