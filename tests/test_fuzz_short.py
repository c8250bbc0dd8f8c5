"""The short, seeded run of fuzz/fuzz_clean.py that CI does on every change."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

FUZZ_SCRIPT = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_clean.py"
# Inputs per seed: ~2 s in all on the CI machine; the hour-long run is for people (fuzz/README.md).
EXAMPLES = 400


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_clean", FUZZ_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_clean", module)
    spec.loader.exec_module(module)
    return module


FUZZ = _load()


@pytest.mark.parametrize("seed", [0, 1])
def test_fuzz_short_seeded_run_finds_nothing(seed: int) -> None:
    """A seeded run of the fuzzer's random mode passes every invariant on every input."""
    reports: list[str] = []
    ran = FUZZ.run_random(EXAMPLES, None, seed, reports.append)
    assert EXAMPLES == ran
    assert reports[-1].startswith(f"done: {EXAMPLES} inputs")


def test_fuzz_short_mutator_is_deterministic() -> None:
    """The same seed gives the same inputs, so a CI failure can be replayed."""
    import random

    first = [FUZZ.mutate(random.Random(3)) for _ in range(5)]
    assert first == [FUZZ.mutate(random.Random(3)) for _ in range(5)]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00",
        b"\x01<p>\xff\xfe</p>",
        b"\x04" + "中文\udcff".encode("utf-8", "surrogatepass"),
        b"\x0b<div>" * 300,
    ],
)
def test_fuzz_short_check_accepts_edge_inputs(data: bytes) -> None:
    """The fuzz check itself passes on edge inputs (empty, NUL, bad UTF-8, surrogates, deep markup)."""
    assert 0.0 <= FUZZ.check(data)
