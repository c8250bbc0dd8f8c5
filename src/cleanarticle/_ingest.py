"""The first two stages: decode the input, then segment it into blocks."""

from __future__ import annotations

import re

from ._decode import decode, looks_like_html
from ._html import parse_html, segment, strip_tags
from ._model import BlockKind, Document, Reason
from ._text import segment_text

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# A block with no letter or digit in any script is decoration ("------", "|", "* * *", "•"), unless it
# holds a bracket or a semicolon: then it is a line of code ("});", "} else {" stays anyway) that a
# text dump cannot mark as code.
_WORD_CHAR_RE = re.compile(r"[^\W_]|[(){}\[\];<>]")
# Kinds where a line of symbols means something: code ("};"), table rows, images (their alt may be empty).
_SYMBOLS_MEAN = frozenset({BlockKind.CODE, BlockKind.TABLE, BlockKind.IMAGE})


class Decode:
    """Bytes to text (BOM, declared charset, detection) and HTML-or-text, unless forced."""

    name = "decode"
    essential = True  # runs even when the time budget is used up: without it there is no text

    def __call__(self, doc: Document) -> Document:
        source = _cap_size(doc)
        if isinstance(source, bytes):
            d = decode(source, doc.declared_encoding)
            doc.text, doc.encoding = d.text, d.encoding
            for w in d.warnings:
                doc.warn(w)
            if d.binary:
                doc.input_format = "text"
                return doc
        else:
            # A str that still carries a BOM or NULs: drop them, they are never text.
            doc.text = source.lstrip("\ufeff").replace("\x00", "")
            if _SURROGATE_RE.search(doc.text):
                # A str can hold lone surrogates (from surrogateescape or a broken JSON decoder);
                # they cannot be encoded, so they would make the article unwritable.
                n = len(_SURROGATE_RE.findall(doc.text))
                doc.text = _SURROGATE_RE.sub("\ufffd", doc.text)
                doc.warn(f"{n} lone surrogate(s) in the input replaced with U+FFFD")
        if doc.input_format == "auto":
            doc.input_format = "html" if looks_like_html(doc.text) else "text"
        return doc


class Parse:
    """Segment the decoded page into blocks in reading order."""

    name = "parse"
    essential = True  # runs even when the time budget is used up: without it there is no text

    def __call__(self, doc: Document) -> Document:
        if doc.input_format == "html":
            try:
                doc.tree, warnings = parse_html(doc.text)
                doc.blocks, doc.frames = segment(doc.tree)
            except Exception as exc:  # never lose the page to a parser failure: read it as text
                doc.tree, doc.frames, warnings = None, [], []
                doc.blocks = segment_text(strip_tags(doc.text))
                doc.warn(f"HTML could not be parsed ({type(exc).__name__}); read as text without markup")
            for w in warnings:
                doc.warn(w)
        else:
            doc.blocks = segment_text(doc.text)
        if not doc.blocks and doc.text.strip():
            doc.warn("no text blocks found in the page")
        for block in doc.blocks:
            if block.kind not in _SYMBOLS_MEAN and not _WORD_CHAR_RE.search(block.text):
                block.remove(self.name, Reason.EMPTY, "no_text")
        _cap_blocks(doc, self.name)
        return doc


def _cap_size(doc: Document) -> str | bytes:
    """The source cut to ``max_bytes`` (UTF-8 bytes for str), with a warning when it was cut."""
    limit = doc.limits.max_bytes
    source = doc.source
    if limit is None or len(source) * (1 if isinstance(source, bytes) else 4) <= limit:
        return source
    data = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return source
    doc.warn(f"input is {len(data)} bytes, over max_bytes={limit}: only the first {limit} bytes were cleaned")
    if isinstance(source, bytes):
        # Back up over UTF-8 continuation bytes so the cut does not split a character (in UTF-8).
        end = limit
        while end > max(0, limit - 3) and 0x80 <= source[end] <= 0xBF:
            end -= 1
        return source[:end]
    # Cut at a character boundary: a partial UTF-8 sequence at the end is dropped, not replaced.
    return data[:limit].decode("utf-8", "ignore")


def _cap_blocks(doc: Document, stage: str) -> None:
    """Blocks past ``max_blocks`` leave the article with ``Reason.LIMIT`` (kept in ``removed``)."""
    limit = doc.limits.max_blocks
    if limit is None or len(doc.blocks) <= limit:
        return
    for block in doc.blocks[limit:]:
        block.remove(stage, Reason.LIMIT, "max_blocks")
    doc.warn(
        f"page has {len(doc.blocks)} blocks, over max_blocks={limit}: "
        f"{len(doc.blocks) - limit} later blocks were not cleaned and are in removed (reason limit)"
    )
