"""Every regular expression of the package, fed its worst case, finishes quickly (no catastrophic backtracking).

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
# Characters every pattern is also tried with: the classes news-page patterns repeat (spaces of all
# kinds, letters, digits, CJK, CJK punctuation, brackets, separators).
GENERIC_CHARS = " \t\n\u3000\u00a0aZ0中。，.-_/|<>:：【】[]()（）·…'\"=&#"
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


def _worst_cases(pattern: Any) -> Iterator[str]:
    """Long runs of each character the pattern mentions or repeats, alone and with a breaker."""
    chars = dict.fromkeys(ch for ch in pattern.pattern if isinstance(ch, str) and ch.isprintable())
    if isinstance(pattern.pattern, bytes):
        chars = dict.fromkeys(chr(b) for b in pattern.pattern if 32 <= b < 127)
    for ch in [*chars, *GENERIC_CHARS]:
        yield ch * RUN
        yield (ch + "!") * (RUN // 2)  # a run that fails at every other step
        yield ch * RUN + "\x00"  # a run whose end breaks the match
    yield "[" * (RUN // 2) + "]" * (RUN // 2)  # nested brackets
    yield "【" * (RUN // 2) + "】" * (RUN // 2)
    yield "(" * (RUN // 2) + ")" * (RUN // 2)
    yield "<div>" * (RUN // 5)
    yield "a " * (RUN // 2)
    yield "中 " * (RUN // 2)


def test_regex_safety_collects_the_hot_path() -> None:
    """The walk finds the patterns of the modules on the hot path (a sanity check of the collector)."""
    modules = {label.split(".")[0] for label, _ in PATTERNS}
    assert {"_html", "_text", "_decode", "_patterns", "_boilerplate", "_bylines", "_dates", "_fold"} <= modules


@pytest.mark.parametrize(("label", "pattern"), PATTERNS, ids=[label for label, _ in PATTERNS])
def test_regex_safety_worst_case_is_fast(label: str, pattern: Any) -> None:
    """The pattern scans every worst-case input within the time bound."""
    for text in dict.fromkeys(_worst_cases(pattern)):
        subject: str | bytes = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        started = time.perf_counter()
        for _ in pattern.finditer(subject):
            pass
        elapsed = time.perf_counter() - started
        assert elapsed < MAX_SECONDS, f"{label} took {elapsed:.2f} s on {text[:20]!r}... ({len(text)} chars)"
