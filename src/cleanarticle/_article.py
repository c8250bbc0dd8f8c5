"""The immutable result of cleaning a page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ._errors import OptionError
from ._model import BlockKind, Editor, Reason


@dataclass(frozen=True, slots=True)
class ArticleBlock:
    """A block of the article body. ``index`` is its position among the input blocks."""

    index: int
    kind: BlockKind
    text: str
    level: int | None = None
    src: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"index": self.index, "kind": self.kind.value, "text": self.text}
        if self.level is not None:
            d["level"] = self.level
        if self.src is not None:
            d["src"] = self.src
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleBlock:
        return cls(d["index"], BlockKind(d["kind"]), d["text"], d.get("level"), d.get("src"))


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A block that is not in the article, with the stage, reason code and rule that removed it.

    ``twin`` is, for a duplicate, the ``index`` of the block that was kept in its place.
    """

    index: int
    kind: BlockKind
    text: str
    stage: str
    reason: Reason
    rule: str
    twin: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "index": self.index,
            "kind": self.kind.value,
            "text": self.text,
            "stage": self.stage,
            "reason": self.reason.value,
            "rule": self.rule,
        }
        if self.twin is not None:
            d["twin"] = self.twin
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RemovedBlock:
        return cls(
            d["index"],
            BlockKind(d["kind"]),
            d["text"],
            d["stage"],
            Reason(d["reason"]),
            d["rule"],
            d.get("twin"),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: metadata, body blocks in reading order, and every block that was removed.

    ``published`` is timezone-aware only when the page states an offset or zone (``+08:00``, ``Z``,
    ``GMT``); a bare local time stays naive rather than being given a guessed zone.
    """

    title: str | None = None
    original_title: str | None = None
    published: datetime | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[Editor, ...] = ()
    language: str | None = None
    script: str | None = None
    url: str | None = None
    blocks: tuple[ArticleBlock, ...] = ()
    removed: tuple[RemovedBlock, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str | None = None

    @property
    def text(self) -> str:
        """The body as plain text: one block per line, no title; images and captions left out (they stay
        in ``blocks``): human-annotated article bodies do not count captions as running text."""
        return "\n".join(
            b.text for b in self.blocks if b.kind not in (BlockKind.IMAGE, BlockKind.CAPTION) and b.text
        )

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``Article.from_dict(a.to_dict()) == a``. ``text`` is included for
        convenience and ignored when reading back."""
        return {
            "title": self.title,
            "original_title": self.original_title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "authors": list(self.authors),
            "editors": [{"name": e.name, "role": e.role} for e in self.editors],
            "language": self.language,
            "script": self.script,
            "url": self.url,
            "encoding": self.encoding,
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        if not isinstance(d, dict):
            raise OptionError(f"Article.from_dict needs a dict, got {type(d).__name__}")
        published = d.get("published")
        return cls(
            title=d.get("title"),
            original_title=d.get("original_title"),
            published=datetime.fromisoformat(published) if published else None,
            source=d.get("source"),
            authors=tuple(d.get("authors") or ()),
            editors=tuple(Editor(e["name"], e.get("role")) for e in d.get("editors") or ()),
            language=d.get("language"),
            script=d.get("script"),
            url=d.get("url"),
            blocks=tuple(ArticleBlock.from_dict(b) for b in d.get("blocks") or ()),
            removed=tuple(RemovedBlock.from_dict(r) for r in d.get("removed") or ()),
            warnings=tuple(d.get("warnings") or ()),
            encoding=d.get("encoding"),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, s: str | bytes) -> Article:
        return cls.from_dict(json.loads(s))

    def to_markdown(self) -> str:
        """The article as Markdown: title, a metadata line, then the body blocks."""
        out: list[str] = []
        if self.title:
            out.append(f"# {self.title}")
        meta = []
        if self.published:
            meta.append(self.published.isoformat(sep=" "))
        if self.source:
            meta.append(self.source)
        if self.authors:
            meta.append(", ".join(self.authors))
        if meta:
            out.append(" | ".join(meta))
        for b in self.blocks:
            if b.kind is BlockKind.HEADING:
                out.append("#" * min(6, max(2, (b.level or 2))) + " " + b.text)
            elif b.kind is BlockKind.LIST_ITEM:
                out.append(f"- {b.text}")
            elif b.kind is BlockKind.QUOTE:
                out.append("> " + b.text)
            elif b.kind is BlockKind.IMAGE:
                out.append(f"![{b.text}]({b.src or ''})")
            elif b.kind is BlockKind.CAPTION:
                out.append(f"*{b.text}*")
            elif b.kind is BlockKind.CODE:
                out.append("```\n" + b.text + "\n```")
            else:
                out.append(b.text)
        return "\n\n".join(out) + "\n"
