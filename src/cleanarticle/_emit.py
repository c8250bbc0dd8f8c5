"""Freeze the working Document into an immutable Article."""

from __future__ import annotations

from ._article import Article, ArticleBlock, RemovedBlock
from ._model import Document


def emit(doc: Document) -> Article:
    """Kept blocks in reading order (a kept copy that dedup moved up sits at its ``position``),
    removed blocks in input order."""
    kept = sorted(
        (b for b in doc.blocks if b.removal is None),
        key=lambda b: (b.position if b.position is not None else b.index, b.index),
    )
    removed = [b for b in doc.blocks if b.removal is not None]
    return Article(
        title=doc.title,
        original_title=doc.original_title,
        published=doc.published,
        source=doc.source_name,
        authors=tuple(doc.authors),
        editors=tuple(doc.editors),
        language=doc.language,
        script=doc.script,
        url=doc.url,
        blocks=tuple(ArticleBlock(b.index, b.kind, b.text, b.level, b.src) for b in kept),
        removed=tuple(
            RemovedBlock(b.index, b.kind, b.text, r.stage, r.reason, r.rule, r.twin)
            for b in removed
            if (r := b.removal) is not None
        ),
        warnings=tuple(doc.warnings),
        encoding=doc.encoding,
    )
