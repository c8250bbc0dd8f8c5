"""Every regular expression of the package, fed its worst case, finishes quickly (no runaway backtracking).

Patterns are collected by importing every ``cleanarticle`` module and walking its attributes (compiled
``re``/``regex`` patterns, also inside tuples, lists, dicts and frozensets), so a new pattern is covered
without being listed. Each is run with ``finditer`` over long runs of the characters it mentions and
of the characters its classes repeat. This is a safety test, not a benchmark: the bound is generous.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
import regex  # type: ignore[import-untyped]

import cleanarticle

# One pattern on one worst-case input may take at most this long. A linear scan of RUN characters
# takes milliseconds; catastrophic backtracking takes minutes.
MAX_SECONDS = 1.0
# Length of the runs fed to each pattern.
RUN = 100_000
# At most this many distinct characters of a pattern's own source are tried (alternations of whole
# word lists would otherwise give hundreds); the first ones include its classes and separators.
MAX_OWN_CHARS = 24
# Characters every pattern is also tried with: the classes news-page patterns repeat.
GENERIC_CHARS = " \t\u3000\u00a0a0中-"
# Patterns that are super-linear on long runs of one character and are only safe because every caller
# bounds the text it gives them (a meta line, a byline, a title, a short line: at most a few hundred
# characters). They are fed runs of CALLER_BOUND characters instead of RUN. Each is a candidate for a
# rewrite; until then a new caller must keep the bound.
CALLER_BOUND = 1_000
CALLER_BOUNDED = frozenset(
    {
        "_bylines._LATIN_BYLINE_END",  # byline text, <= MAX_BYLINE_CHARS
        "_bylines._LATIN_CONNECTORS",  # byline / author values
        "_bylines._TITLE_SEPARATOR",  # titles, whitespace collapsed first
        "_bylines._POSTER",  # fullmatch on one meta-line value
        "_bylines._USER_NAME",  # fullmatch on one name token
        "_bylines._LABEL_RE",  # meta lines, <= MAX_META_LINE_CHARS
        "_bylines._DATELINE_BARE",  # the first DATELINE_WINDOW characters of a paragraph
        "_dates._TRAILER",  # date strings, <= MAX_SCAN_CHARS
        "_dates._DATE_PATTERNS[3]",  # date strings, <= MAX_SCAN_CHARS
        "_metadata._BYLINE_ELEMENT_END",  # byline element text
        "_metadata._PERMALINK",  # a headline, <= HEADLINE_MAX_CHARS
        "_metadata.ORIGINAL_TITLE",  # blocks <= META_MAX_CHARS
        "_patterns.BREADCRUMB_SEP_RE",  # lines <= BREADCRUMB_MAX_CHARS / MAX_LINE_CHARS
    }
)
# Hot-path patterns that live in functions or classes rather than at module level.
EXTRA: tuple[tuple[str, Any], ...] = ()


def _patterns_in(value: Any, depth: int = 0) -> Iterator[Any]:
    if isinstance(value, (re.Pattern, regex.Pattern)):
        yield value
    elif depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _collect() -> list[tuple[str, Any]]:
    found: dict[int, tuple[str, Any]] = {}
    for info in pkgutil.iter_modules(cleanarticle.__path__):
        if info.name == "__main__":
            continue  # running it would start the command line
        name = f"cleanarticle.{info.name}"
        try:
            module = importlib.import_module(name)
        except ImportError:  # an optional module whose dependency is missing here
            continue
        for attr, value in vars(module).items():
            for i, pattern in enumerate(_patterns_in(value)):
                found.setdefault(id(pattern), (f"{info.name}.{attr}" + (f"[{i}]" if i else ""), pattern))
    for label, pattern in EXTRA:
        found.setdefault(id(pattern), (label, pattern))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _collect()


def _worst_cases(pattern: Any, run: int) -> Iterator[str]:
    """Long runs of each character the pattern mentions or repeats, alone and with a breaker."""
    source = pattern.pattern
    if isinstance(source, bytes):
        own = [chr(b) for b in source if 32 <= b < 127]
    else:
        own = [ch for ch in source if ch.isprintable()]
    chars = [*dict.fromkeys(own)][:MAX_OWN_CHARS]
    for ch in dict.fromkeys([*chars, *GENERIC_CHARS]):
        yield ch * run
    for ch in GENERIC_CHARS:
        yield (ch + "!") * (run // 2)  # a run that fails at every other step
    yield "[" * (run // 2) + "]" * (run // 2)  # nested brackets
    yield "【" * (run // 2) + "】" * (run // 2)
    yield "<div>" * (run // 5)
    yield "a " * (run // 2)


def test_regex_safety_collects_the_hot_path() -> None:
    """The walk finds the patterns of the modules on the hot path (a sanity check of the collector)."""
    modules = {label.split(".")[0] for label, _ in PATTERNS}
    assert {
        "_html",
        "_text",
        "_decode",
        "_patterns",
        "_boilerplate",
        "_bylines",
        "_dates",
        "_fold",
    } <= modules
    assert set() == CALLER_BOUNDED - {label for label, _ in PATTERNS}  # the exemptions name real patterns


@pytest.mark.parametrize(("label", "pattern"), PATTERNS, ids=[label for label, _ in PATTERNS])
def test_regex_safety_worst_case_is_fast(label: str, pattern: Any) -> None:
    """The pattern scans every worst-case input within the time bound."""
    run = CALLER_BOUND if label in CALLER_BOUNDED else RUN
    for text in dict.fromkeys(_worst_cases(pattern, run)):
        subject: str | bytes = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        started = time.perf_counter()
        for _ in pattern.finditer(subject):
            pass
        elapsed = time.perf_counter() - started
        assert elapsed < MAX_SECONDS, f"{label} took {elapsed:.2f} s on {text[:20]!r}... ({len(text)} chars)"
