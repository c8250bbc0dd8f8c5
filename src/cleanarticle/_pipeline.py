"""A pipeline is an ordered list of named stages; a stage is any callable ``Document -> Document``.

Pipelines are immutable: ``without``, ``replace``, ``insert_before``, ``insert_after`` and
``append`` return a new pipeline, so the default one can be shared safely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ._errors import OptionError, StageError
from ._model import Document

Stage = Callable[[Document], Document]

# An exception message quoted in a warning is cut to this many characters (it may quote page text).
MAX_ERROR_CHARS = 200


def _builtin(stage: Stage) -> bool:
    """Whether ``stage`` is one of cleanarticle's own stages (its failures are skipped, not raised)."""
    return type(stage).__module__.startswith("cleanarticle.")


def _roll_back(doc: Document, saved: list[tuple[Any, float | None]]) -> None:
    """Undo what a failed stage did to the blocks it was given (removals, reading positions)."""
    if len(saved) != len(doc.blocks):
        return  # the stage replaced the block list itself; what it left stays
    for block, (removal, position) in zip(doc.blocks, saved, strict=True):
        block.removal, block.position = removal, position


def stage_name(stage: Stage) -> str:
    """A stage's name: its ``name`` attribute, else its function or class name."""
    name = getattr(stage, "name", None)
    if isinstance(name, str) and name:
        return name
    name = getattr(stage, "__name__", None)
    return name if isinstance(name, str) else type(stage).__name__


class Pipeline:
    """Ordered, named stages run on one ``Document``."""

    __slots__ = ("_stages",)

    def __init__(self, stages: Sequence[Stage]) -> None:
        names = []
        for s in stages:
            if not callable(s):
                raise OptionError(f"pipeline stage {s!r} is not callable")
            names.append(stage_name(s))
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise OptionError(f"pipeline stage names must be unique, repeated: {', '.join(dupes)}")
        self._stages: tuple[Stage, ...] = tuple(stages)

    @property
    def names(self) -> list[str]:
        return [stage_name(s) for s in self._stages]

    @property
    def stages(self) -> tuple[Stage, ...]:
        return self._stages

    def __iter__(self) -> Iterator[Stage]:
        return iter(self._stages)

    def __len__(self) -> int:
        return len(self._stages)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    def _find(self, name: str) -> int:
        names = self.names
        if name not in names:
            raise OptionError(f"no stage named {name!r} in pipeline; stages are: {', '.join(names)}")
        return names.index(name)

    def __getitem__(self, name: str) -> Stage:
        return self._stages[self._find(name)]

    def without(self, *names: str) -> Pipeline:
        drop = {self._find(n) for n in names}
        return Pipeline([s for i, s in enumerate(self._stages) if i not in drop])

    def replace(self, name: str, stage: Stage) -> Pipeline:
        i = self._find(name)
        return Pipeline([*self._stages[:i], stage, *self._stages[i + 1 :]])

    def insert_before(self, name: str, stage: Stage) -> Pipeline:
        i = self._find(name)
        return Pipeline([*self._stages[:i], stage, *self._stages[i:]])

    def insert_after(self, name: str, stage: Stage) -> Pipeline:
        i = self._find(name) + 1
        return Pipeline([*self._stages[:i], stage, *self._stages[i:]])

    def append(self, stage: Stage) -> Pipeline:
        return Pipeline([*self._stages, stage])

    def __call__(self, doc: Document) -> Document:
        """Run the stages in order (see docs/robustness.md for the failure and budget policy).

        A built-in stage that raises is skipped: its block removals are rolled back, a warning names
        it and the error, and the document goes on with what it had. A user's stage that raises
        propagates its exception; any stage that returns something else than the Document raises
        ``StageError``. Once ``doc.limits.time_budget`` is used up, the remaining stages are skipped
        with a warning, except the essential ones (decode, parse) without which there is no text.
        """
        skipped: list[str] = []
        for stage in self._stages:
            if doc.limits.expired() and not getattr(stage, "essential", False):
                skipped.append(stage_name(stage))
                continue
            if not _builtin(stage):
                out = stage(doc)
            else:
                saved = [(b.removal, b.position) for b in doc.blocks]
                try:
                    out = stage(doc)
                except Exception as exc:  # a bug of ours must not stop a crawl: skip the stage
                    _roll_back(doc, saved)
                    detail = str(exc)[:MAX_ERROR_CHARS]
                    doc.warn(f"stage {stage_name(stage)!r} failed ({type(exc).__name__}: {detail}); skipped")
                    continue
            if not isinstance(out, Document):
                raise StageError(
                    f"stage {stage_name(stage)!r} returned {type(out).__name__}, "
                    "not the Document it was given"
                )
            doc = out
        if skipped:
            budget = doc.limits.time_budget
            doc.warn(
                f"time budget of {budget:g} s used up after {doc.limits.elapsed():.1f} s; "
                f"stages skipped: {', '.join(skipped)}"
            )
        return doc
