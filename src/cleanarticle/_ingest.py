"""The first two stages: decode the input, then segment it into blocks."""

from __future__ import annotations

from ._decode import decode, looks_like_html
from ._html import parse_html, segment
from ._model import Document
from ._text import segment_text


class Decode:
    """Bytes to text (BOM, declared charset, detection) and HTML-or-text, unless forced."""

    name = "decode"

    def __call__(self, doc: Document) -> Document:
        if isinstance(doc.source, bytes):
            d = decode(doc.source, doc.declared_encoding)
            doc.text, doc.encoding = d.text, d.encoding
            for w in d.warnings:
                doc.warn(w)
            if d.binary:
                doc.input_format = "text"
                return doc
        else:
            # A str that still carries a BOM or NULs: drop them, they are never text.
            doc.text = doc.source.lstrip("\ufeff").replace("\x00", "")
        if doc.input_format == "auto":
            doc.input_format = "html" if looks_like_html(doc.text) else "text"
        return doc


class Parse:
    """Segment the decoded page into blocks in reading order."""

    name = "parse"

    def __call__(self, doc: Document) -> Document:
        if doc.input_format == "html":
            doc.tree = parse_html(doc.text)
            doc.blocks, doc.frames = segment(doc.tree)
        else:
            doc.blocks = segment_text(doc.text)
        if not doc.blocks and doc.text.strip():
            doc.warn("no text blocks found in the page")
        return doc
