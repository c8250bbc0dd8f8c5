"""Metadata: title, original title, publication time, source, authors, editors.

Every source the page offers is read, then each field takes the first answer in a documented
confidence order (see docs/extraction.md):

- title: JSON-LD ``headline`` > ``og:title``/``twitter:title`` > the visible headline (an ``<h1>``
  matching ``<title>``, or in a text dump the line above the meta line) > ``<title>`` without its
  site-name suffix.
- published: JSON-LD ``datePublished`` > publication ``<meta>`` tags > the visible meta line >
  ``<time datetime>`` > a date in the first blocks under the headline > a date in the URL path.
- authors: JSON-LD ``author`` > author ``<meta>`` > a visible byline (``By …``, ``作者：…``) > the meta
  line > the reporters of a Chinese dateline (``(記者 顏雅婷)``).
- source: the meta line's ``來源/来源`` > ``og:site_name`` > JSON-LD ``publisher``.
- editors: the meta line and editor lines (``[责任编辑：…]``) anywhere on the page; roles kept.

Blocks that only carry metadata (headline, meta line, byline, ``原標題:`` line, editor lines) are
removed with reason ``metadata``: their content lives on in the Article's fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz

from ._bylines import MetaLine, byline_names, dateline_reporters, parse_meta_line, strip_site_suffix
from ._dates import find_date, parse_date
from ._fold import fold
from ._model import Block, BlockKind, Document, Editor, Reason

ORIGINAL_TITLE = re.compile(
    r"^\s*[\(（\[【]?\s*(?:原標題|原标题|原題|原题)\s*[:：]\s*(.+?)\s*[\)）\]】]?\s*$"
)
BYLINE = re.compile(r"^\s*(?:by|par|von|por|di|door|av|af)\s+\S", re.I)
ZH_BYLINE = re.compile(r"^\s*(?:作者|撰文|文|記者|记者|文／|文/)\s*[:：/／]?\s*\S")
URL_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
# Serialisers wrap JSON-LD in CDATA markers, sometimes commented out (``/*<![CDATA[*/``).
_CDATA = re.compile(r"^\s*(?:/\*\s*)?<!\[CDATA\[(?:\s*\*/)?|(?:/\*\s*)?\]\]>(?:\s*\*/)?\s*$")
# Meta tags, in confidence order, for each field.
DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
    "publish-date", "publication_date", "dc.date.issued", "dc.date", "dcterms.created", "date",
    "sailthru.date", "parsely-pub-date", "og:release_date", "article.published", "published_time",
    "weibo:article:create_at", "created", "article:modified_time", "og:updated_time",
)  # fmt: skip
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author",
               "og:article:author", "twitter:creator")  # fmt: skip
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
SITE_META = ("og:site_name", "application-name", "twitter:site")
# How far below the headline a meta line or a dateline may sit, in blocks.
META_WINDOW = 8
# A dateline opens one of the first paragraphs under the headline (2: a lead-in line may precede it).
DATELINE_PARAGRAPHS = 2
# A block longer than this is body text, not a meta line, byline or headline.
META_MAX_CHARS = 160
HEADLINE_MAX_CHARS = 120
# The headline is looked for among this many first blocks (bounded work on huge pages).
HEADLINE_SCAN = 400
# An <h1> is the headline when its folded text is this similar to <title>/og:title (rapidfuzz 0-100).
HEADLINE_MATCH = 70
ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle", "report",
     "scholarlyarticle", "techarticle", "opinionnewsarticle", "liveblogposting", "webpage", "posting"}
)  # fmt: skip


def _meta_tags(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in out:
            out[key] = content
    return out


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Article-like objects from every JSON-LD script, including @graph members."""
    for el in tree.iter("script"):
        if "ld+json" not in (el.get("type") or "").lower() or not el.text:
            continue
        try:
            data = json.loads(_CDATA.sub("", el.text))
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types):
                    yield item


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() and not value.startswith("http") else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    return []


def _first_str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, list):
        for v in value:
            s = _first_str(v)
            if s:
                return s
    if isinstance(value, dict):
        return _first_str(value.get("name"))
    return None


def _split_people(value: str) -> list[str]:
    names = list(byline_names(value))
    if names:
        return names
    return [p.strip() for p in re.split(r"\s*(?:,|;|、|，|\band\b|&)\s*", value) if p.strip()]


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        k = fold(it)
        if it and k not in seen:
            seen.add(k)
            out.append(it)
    return out


class ExtractMetadata:
    """Fill the Document's metadata fields and remove the blocks that only carried metadata."""

    name = "metadata"

    def __call__(self, doc: Document) -> Document:
        head: dict[str, str] = {}
        ld: list[dict[str, Any]] = []
        page_title: str | None = None
        if doc.tree is not None:
            head = _meta_tags(doc.tree)
            ld = list(_json_ld(doc.tree))
            for el in doc.tree.iter("title"):
                page_title = " ".join((el.text or "").split()) or None
                break
        blocks = doc.live()
        site = next((head[k] for k in SITE_META if head.get(k)), None)

        # Title: structured data first, then the visible headline, then <title>.
        title = next((s for s in (_first_str(o.get("headline")) for o in ld) if s), None)
        title = title or next((head[k] for k in TITLE_META if head.get(k)), None)
        meta_i, meta = self._meta_line(blocks)
        headline_i = self._headline(blocks, meta_i, title or page_title)
        if headline_i is not None:
            blocks[headline_i].remove(self.name, Reason.METADATA, "headline")
            title = title or blocks[headline_i].text
        if not title and page_title:
            title = strip_site_suffix(page_title, [site] if site else [])
        doc.title = title.strip() if title else None

        # Published.
        published: datetime | None = None
        for o in ld:
            published = published or parse_date(str(o.get("datePublished") or o.get("dateCreated") or ""))
        for k in DATE_META:
            if published is None and head.get(k):
                published = parse_date(head[k])
        if published is None and meta is not None:
            published = meta.published
        if published is None and doc.tree is not None:
            for el in doc.tree.iter("time"):
                published = parse_date(el.get("datetime") or "") or parse_date(
                    " ".join((el.text or "").split())
                )
                if published:
                    break
        start = (headline_i + 1) if headline_i is not None else 0
        if published is None:
            for b in blocks[start : start + META_WINDOW]:
                if len(b.text) <= META_MAX_CHARS:
                    found = find_date(b.text)
                    if found:
                        published = found[0]
                        break
        if published is None and doc.url:
            m = URL_DATE.search(doc.url)
            if m:
                published = parse_date(f"{m[1]}-{m[2]}-{m[3]}")
        doc.published = published

        for b in blocks[: start + META_WINDOW * 2]:
            if b.removal is None and len(b.text) <= META_MAX_CHARS:
                m = ORIGINAL_TITLE.match(b.text)
                if m:
                    doc.original_title = m[1]
                    b.remove(self.name, Reason.METADATA, "original_title")
                    break

        # People.
        authors: list[str] = []
        for o in ld:
            authors += _names(o.get("author"))
        if not authors:
            for k in AUTHOR_META:
                if head.get(k) and not head[k].startswith(("http", "@")):
                    authors = _split_people(head[k])
                    break
        for i in range(start, min(len(blocks), start + META_WINDOW)):
            b = blocks[i]
            if b.removal is None and len(b.text) <= META_MAX_CHARS and b.kind is not BlockKind.IMAGE:
                if BYLINE.match(b.text) or ZH_BYLINE.match(b.text):
                    names = byline_names(b.text)
                    if names:
                        authors = authors or list(names)
                        b.remove(self.name, Reason.METADATA, "byline")
        if meta is not None:
            authors = authors or list(meta.authors)
        if not authors:
            paragraphs = [b for b in blocks[start : start + META_WINDOW] if b.removal is None]
            for b in paragraphs[:DATELINE_PARAGRAPHS]:
                authors = list(dateline_reporters(b.text))
                if authors:
                    break
        doc.authors = _dedupe(authors)

        editors: list[Editor] = []
        if meta is not None:
            editors += [Editor(n, r) for n, r in meta.editors]
            doc.source_name = meta.source
        for b in blocks:
            if b.removal is None and len(b.text) <= 60 and b.kind is not BlockKind.IMAGE:
                m = parse_meta_line(b.text)
                if m is not None and m.editors and not m.published and not m.source and not m.authors:
                    editors += [Editor(n, r) for n, r in m.editors]
                    b.remove(self.name, Reason.METADATA, "editor_line")
        doc.editors = list(dict.fromkeys(editors))
        if not doc.source_name:
            publisher = next((_first_str(o.get("publisher")) for o in ld if o.get("publisher")), None)
            doc.source_name = site or publisher

        return doc

    def _meta_line(self, blocks: list[Block]) -> tuple[int | None, MetaLine | None]:
        """The first visible meta line near the top of the page, removed as metadata."""
        for i, b in enumerate(blocks[: max(40, len(blocks) // 3)]):
            if b.kind is BlockKind.IMAGE or len(b.text) > META_MAX_CHARS:
                continue
            m = parse_meta_line(b.text)
            if m is not None and (m.published or m.source or m.authors):
                b.remove(self.name, Reason.METADATA, "meta_line")
                return i, m
        return None, None

    def _headline(self, blocks: list[Block], meta_i: int | None, hint: str | None) -> int | None:
        """Index (in ``blocks``) of the visible headline, if there is one."""
        key = fold(strip_site_suffix(hint)) if hint else ""
        if key:
            best, best_score = None, 0.0
            for i, b in enumerate(blocks[:HEADLINE_SCAN]):
                if b.kind is BlockKind.IMAGE or len(b.text) > HEADLINE_MAX_CHARS or b.removal is not None:
                    continue
                if b.kind is not BlockKind.HEADING and b.tag not in ("h1", "h2", "div", "p", "span", ""):
                    continue
                score = fuzz.ratio(fold(b.text), key)
                if b.tag == "h1":
                    score += 10
                if score > best_score:
                    best, best_score = i, score
            if best is not None and best_score >= HEADLINE_MATCH:
                return best
        if meta_i is not None:
            for i in range(meta_i - 1, max(-1, meta_i - 3), -1):
                b = blocks[i]
                if b.removal is None and len(b.text) <= HEADLINE_MAX_CHARS and b.kind is not BlockKind.IMAGE:
                    return i
        h1 = [i for i, b in enumerate(blocks) if b.tag == "h1" and b.removal is None]
        return h1[0] if len(h1) == 1 else None
