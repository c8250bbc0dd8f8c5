"""Command line: ``cleanarticle PATH|- [PATH…] [--format json|text|markdown]``.

Exit codes: 0 every input cleaned; 1 at least one input could not be read (the others are still
printed); 2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from ._article import Article
from ._clean import clean

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _render(article: Article, fmt: str, indent: int | None) -> str:
    if fmt == "json":
        return article.to_json(indent=indent)
    if fmt == "markdown":
        return article.to_markdown()
    head = [article.title] if article.title else []
    return "\n".join([*head, article.text]) + "\n"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanarticle",
        description="Clean scraped news pages (HTML or text dumps) into structured articles.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="page files to clean; - reads standard input")
    p.add_argument("-f", "--format", choices=("json", "text", "markdown"), default="json")
    p.add_argument("--input-format", choices=("auto", "html", "text"), default="auto",
                   help="force how the input is read (default: detect)")  # fmt: skip
    p.add_argument("--url", help="the page's URL (with one PATH)")
    p.add_argument("--encoding", help="the charset the server declared, tried before the page's own")
    p.add_argument("--indent", type=int, default=None, help="indent JSON output (default: one line per page)")
    p.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.url and len(args.paths) > 1:
        print(
            "cleanarticle: --url applies to a single PATH; drop it or clean one page at a time",
            file=sys.stderr,
        )
        return EXIT_USAGE
    status = EXIT_OK
    out = sys.stdout
    for path in args.paths:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as fh:
                    data = fh.read()
        except OSError as e:
            print(f"cleanarticle: cannot read {path}: {e.strerror or e}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        article = clean(data, url=args.url, input_format=args.input_format, encoding=args.encoding)
        for w in article.warnings:
            print(f"cleanarticle: {path}: warning: {w}", file=sys.stderr)
        text = _render(article, args.format, args.indent)
        out.write(text if text.endswith("\n") else text + "\n")
    out.flush()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
