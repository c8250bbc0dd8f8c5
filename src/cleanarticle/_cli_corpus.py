"""Command-line entry points for the corpus tools, dispatched to by ``cleanarticle`` (``_cli``).

``cleanarticle learn-profile DIR [DIR…] -o profile.json [--min-pages N]`` learns a ``SiteProfile``
from every file under the folders (one site's pages, HTML or text dumps).
``cleanarticle dedup FILE.jsonl [--threshold T]`` reads articles as JSON lines (``Article.to_dict()``
or at least ``{"id"/"url", "text"}``; ``-`` is standard input) and writes one JSON line per group of
near-duplicates: ``{"group": n, "members": [{"key": …, "similarity": …}, …]}``.

Exit codes, as for the main command: 0 success; 1 an input could not be read or parsed (the rest is
still processed, the error is on stderr); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._corpus import DEFAULT_THRESHOLD, DuplicateIndex, key_and_text
from ._errors import OptionError
from ._profile import MIN_PAGES, MIN_SHARE, SiteProfile

__all__ = ["dedup_main", "learn_profile_main"]

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
# Pages larger than this are skipped when learning: no news page is 50 MB, a stray archive is.
MAX_PAGE_BYTES = 50 * 1024 * 1024


def _error(prog: str, message: str) -> None:
    print(f"{prog}: {message}", file=sys.stderr)


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace | int:
    """Parse ``argv``; argparse's exit on bad usage becomes a return code."""
    try:
        return parser.parse_args(list(argv))
    except SystemExit as e:  # --help exits 0, wrong usage 2
        return e.code if isinstance(e.code, int) else EXIT_USAGE


# --- learn-profile ---------------------------------------------------------------------------------
def _learn_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanarticle learn-profile",
        description="Learn the boilerplate of one site from a folder of its pages (HTML or text dumps).",
    )
    p.add_argument("dirs", nargs="+", metavar="DIR", help="folders of pages of one site (read recursively)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the profile JSON")
    p.add_argument(
        "--min-pages",
        type=int,
        default=MIN_PAGES,
        help=f"pages needed before anything counts as boilerplate (default {MIN_PAGES})",
    )
    p.add_argument(
        "--min-share",
        type=float,
        default=MIN_SHARE,
        help=f"share of pages a block must occur on (default {MIN_SHARE})",
    )
    p.add_argument("--input-format", choices=("auto", "html", "text"), default="auto")
    return p


def _pages(dirs: Sequence[str], prog: str) -> tuple[list[Path], bool]:
    """Every regular, non-hidden file under ``dirs``, sorted (the order learning sees them in)."""
    files: list[Path] = []
    ok = True
    for d in dirs:
        root = Path(d)
        if not root.is_dir():
            _error(prog, f"{d}: not a folder")
            ok = False
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(n for n in dirnames if not n.startswith("."))
            files.extend(Path(dirpath) / n for n in sorted(filenames) if not n.startswith("."))
    return files, ok


def learn_profile_main(argv: Sequence[str]) -> int:
    """``cleanarticle learn-profile DIR [DIR…] -o profile.json [--min-pages N]``."""
    prog = "cleanarticle learn-profile"
    args = _parse(_learn_parser(), argv)
    if isinstance(args, int):
        return args
    try:
        profile = SiteProfile(min_pages=args.min_pages, min_share=args.min_share)
    except OptionError as e:
        _error(prog, str(e))
        return EXIT_USAGE
    files, status_ok = _pages(args.dirs, prog)
    status = EXIT_OK if status_ok else EXIT_INPUT
    for path in files:
        try:
            if path.stat().st_size > MAX_PAGE_BYTES:
                _error(prog, f"{path}: skipped, larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
                status = EXIT_INPUT
                continue
            data = path.read_bytes()
        except OSError as e:
            _error(prog, f"cannot read {path}: {e.strerror or e}")
            status = EXIT_INPUT
            continue
        profile.update(data, input_format=args.input_format)
    if profile.pages == 0:
        _error(prog, "no pages found in " + ", ".join(args.dirs))
        return EXIT_INPUT
    try:
        profile.save(args.output)
    except OSError as e:
        _error(prog, f"cannot write {args.output}: {e.strerror or e}")
        return EXIT_INPUT
    found = len(profile.boilerplate())
    note = "" if profile.pages >= profile.min_pages else f" (fewer than --min-pages {profile.min_pages})"
    print(f"{prog}: learned from {profile.pages} pages{note}: {found} boilerplate blocks", file=sys.stderr)
    return status


# --- dedup -------------------------------------------------------------------------------------
def _dedup_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanarticle dedup",
        description="Group near-duplicate articles of a JSON-lines file (one article per line).",
    )
    p.add_argument("file", metavar="FILE.jsonl", help="articles as JSON lines; - reads standard input")
    p.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"estimated Jaccard similarity for a duplicate, in (0, 1] (default {DEFAULT_THRESHOLD})",
    )
    return p


class _Lines:
    """JSON-lines reader that reports (and counts) bad lines instead of stopping at the first."""

    def __init__(self, fh: TextIO, name: str, prog: str) -> None:
        self.fh, self.name, self.prog = fh, name, prog
        self.bad = 0

    def __iter__(self) -> Iterator[tuple[Any, str]]:
        for lineno, line in enumerate(self.fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                key, text = key_and_text(item, lineno)
            except (ValueError, OptionError) as e:  # JSONDecodeError is a ValueError
                reason = str(e).removeprefix(f"article {lineno}: ")
                _error(self.prog, f"{self.name}:{lineno}: skipped: {reason}")
                self.bad += 1
                continue
            yield key, text


def dedup_main(argv: Sequence[str]) -> int:
    """``cleanarticle dedup FILE.jsonl [--threshold T]``: groups out as JSON lines on stdout."""
    prog = "cleanarticle dedup"
    args = _parse(_dedup_parser(), argv)
    if isinstance(args, int):
        return args
    try:
        index = DuplicateIndex(threshold=args.threshold)
    except OptionError as e:
        _error(prog, str(e))
        return EXIT_USAGE
    try:
        fh: TextIO = (
            sys.stdin if args.file == "-" else open(args.file, encoding="utf-8", errors="replace")  # noqa: SIM115
        )
    except OSError as e:
        _error(prog, f"cannot read {args.file}: {e.strerror or e}")
        return EXIT_INPUT
    lines = _Lines(fh, "<stdin>" if args.file == "-" else args.file, prog)
    try:
        for key, text in lines:
            index.add(key, text)
    except OSError as e:
        _error(prog, f"cannot read {args.file}: {e.strerror or e}")
        return EXIT_INPUT
    finally:
        if fh is not sys.stdin:
            fh.close()
    out = sys.stdout
    for n, group in enumerate(index.groups(), 1):
        out.write(json.dumps({"group": n, **group.to_dict()}, ensure_ascii=False) + "\n")
    out.flush()
    return EXIT_INPUT if lines.bad else EXIT_OK
