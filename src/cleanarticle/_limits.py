"""Resource limits for one ``clean()`` call: input size, number of blocks, time budget.

A limit never truncates silently: reaching one adds a warning to the article, and blocks beyond
``max_blocks`` are kept in ``Article.removed`` with ``Reason.LIMIT`` (their text is not lost).
See ``docs/robustness.md``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from ._errors import OptionError

__all__ = ["DEFAULT_MAX_BLOCKS", "DEFAULT_MAX_BYTES", "DEFAULT_TIME_BUDGET", "Limits"]

# Input size cleaned, in bytes (UTF-8 bytes for str input). The largest eval page is 1 MB; 64 MiB
# leaves room for the zoo's 50 MB page while bounding memory (see docs/robustness.md for the multiple).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# Blocks the stages after ``parse`` work on. The eval pages have at most 2,314 blocks (a Chinese
# forum page) and 1,800 (Wikipedia); 20,000 is ~10x that and keeps the later stages near 2-3 s.
DEFAULT_MAX_BLOCKS = 20_000
# Seconds, checked between stages: a normal page takes milliseconds and the largest input the other
# defaults allow takes well under this, so it is a backstop, not a pace-setter.
DEFAULT_TIME_BUDGET = 60.0


def _check_count(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise OptionError(f"{name} must be a positive int or None, not {type(value).__name__} {value!r}")
    if value < 1:
        raise OptionError(f"{name} must be at least 1, got {value!r}")
    return value


def _check_seconds(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise OptionError(f"{name} must be a number of seconds or None, not {type(value).__name__} {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise OptionError(f"{name} must be a finite number of seconds above 0, got {value!r}")
    return float(value)


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits of one run; ``None`` means unlimited. ``started`` is when the run began
    (``time.monotonic()``), so the budget covers every stage of that run."""

    max_bytes: int | None = DEFAULT_MAX_BYTES
    max_blocks: int | None = DEFAULT_MAX_BLOCKS
    time_budget: float | None = DEFAULT_TIME_BUDGET
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        _check_count("max_bytes", self.max_bytes)
        _check_count("max_blocks", self.max_blocks)
        _check_seconds("time_budget", self.time_budget)

    @classmethod
    def build(cls, max_bytes: object, max_blocks: object, time_budget: object) -> Limits:
        """Validated limits starting now; raises ``OptionError`` naming a bad value."""
        return cls(
            _check_count("max_bytes", max_bytes),
            _check_count("max_blocks", max_blocks),
            _check_seconds("time_budget", time_budget),
        )

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def expired(self) -> bool:
        """Whether the time budget is used up."""
        return self.time_budget is not None and self.elapsed() > self.time_budget
