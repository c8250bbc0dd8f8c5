"""Metadata: title, original title, publication time, source, authors, editors.

Every source the page offers is read, then each field takes the first answer in a documented
confidence order (docs/metadata.md has the examples):

- title: JSON-LD ``headline``/``name`` (the one closer to ``<title>`` when they differ) >
  ``og:title``/``twitter:title``/``dc.title`` (both without a suffix naming the site) > the visible
  headline (an ``<h1>`` or heading matching ``<title>``; the line above the meta line) > ``<title>``
  without its site-name suffix > a lone ``<h1>``.
- published: JSON-LD ``datePublished`` > publication ``<meta>`` tags > ``itemprop=datePublished`` /
  ``<time pubdate>`` > the visible meta line > JSON-LD ``dateCreated`` and modification ``<meta>`` >
  ``<time datetime>`` > a date line or posting line around the headline > a date in the first blocks
  under the headline > a meta line, posting line or date line closing the article > the URL path.
- authors: JSON-LD persons > author ``<meta>`` persons > byline elements (``rel=author``,
  ``itemprop=author``, class/id ``byline``/``author``) > a visible byline under the headline
  (``By …``, ``作者：…``) > the meta line > the reporters of a Chinese dateline (``(記者 顏雅婷)``) >
  a posting line (``由X张贴``, ``X 发表于 …``) > a name-only line under the headline > the credit
  closing the article (``（记者 胡晓蓉）``, ``记者 刘涛``) > without a headline, a name-only line
  above the page's first paragraph > organisations named as author. Byline lines one under the
  other (``本报实习生 A`` / ``本报记者 B``) share the credit.
- source: the meta line's ``來源/来源`` > ``og:site_name`` > JSON-LD ``publisher``.
- editors: the meta line and editor lines (``[责任编辑：…]``) anywhere on the page; roles kept, and an
  editor is never an author.

Blocks that only carry metadata (headline, meta line, byline, ``原標題:`` line, editor lines, a date
line, reading time or posting line by the headline, a closing credit line) are removed with reason
``metadata``: their content lives on in the Article's fields. So are the lines about the article
rather than of it that close its text: contributor credits ("Keith Bradsher contributed reporting
from Hong Kong."; contributors are not authors), the author's bio or contact line, and the author's
posting line.

The work is bounded: the visible signals are read in windows around the headline and the end of the
first run of article paragraphs, never by scanning every block with fuzzy matching.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from rapidfuzz import fuzz

from ._bylines import (
    BY_WORDS,
    CREDIT_LABELS,
    MetaLine,
    author_bio,
    bare_names,
    byline_names,
    bylined_names,
    contributor_credit,
    credit_names,
    date_line,
    dated_name_line,
    dateline_reporters,
    is_org_name,
    meta_line_candidates,
    parse_meta_line,
    person_names,
    posted_by,
    provenance_note,
    reading_time,
    strip_known_site,
    strip_site_suffix,
    texts_naming_editors,
    title_parts,
)
from ._dates import find_date, parse_date
from ._fold import fold, folds_char_by_char
from ._html import BLOCK_TAGS
from ._model import Block, BlockKind, Document, Editor, Reason
from ._patterns import LEGAL_STRONG_RES, MAX_BIO_CHARS, POSTING_LABEL_RE
from ._prose import is_prose as _prose

ORIGINAL_TITLE = re.compile(
    r"^\s*[\(（\[【]?\s*(?:原標題|原标题|原題|原题)\s*[:：]\s*(.+?)\s*[\)）\]】]?\s*$"
)
# The "by" words and credit labels of byline_names, as one alternation each (longest first).
_BY_ALT = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(BY_WORDS, key=len, reverse=True))
_CREDIT_ALT = "|".join(re.escape(w) for w in sorted(CREDIT_LABELS, key=len, reverse=True))
# Lines worth giving to byline_names: "By …", "Por …", "Publicado por: …", "Texto: …", "作者：…",
# and Korean credits, which put the title 기자 (reporter) / 특파원 (correspondent) after the name.
BYLINE = re.compile(rf"^\s*(?:(?:{_BY_ALT})\s*:?\s+\S|(?:{_CREDIT_ALT})\s*:)", re.I)
ZH_BYLINE = re.compile(
    r"^\s*(?:作者|撰文|撰稿|执笔|執筆|文|文／|文/|(?:本报|本報|特约|特約|见习|見習|实习|實習)?(?:記者|记者|通讯员|通訊員)"
    r"|(?:本报|本報)?(?:实习生|實習生))\s*[:：/／]?\s*\S"
)
KO_BYLINE = re.compile(r"(?:기자|특파원)(?![가-힣])")
URL_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
# Serialisers wrap JSON-LD in CDATA markers, sometimes commented out (``/*<![CDATA[*/``).
_CDATA = re.compile(r"^\s*(?:/\*\s*)?<!\[CDATA\[(?:\s*\*/)?|(?:/\*\s*)?\]\]>(?:\s*\*/)?\s*$")
# Meta tags, in confidence order, for each field. Publication first; creation/modification times
# only after the visible meta line (a page edited years later keeps its publication date visible).
DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
    "publish-date", "publication_date", "citation_publication_date", "citation_date", "dc.date.issued",
    "dc.date", "dcterms.created", "dcterms.date", "date", "sailthru.date", "parsely-pub-date",
    "og:release_date", "article.published", "published_time", "weibo:article:create_at",
)  # fmt: skip
LATE_DATE_META = ("created", "datecreated", "article:modified_time", "og:updated_time", "datemodified")
# ``twitter:creator`` is left out: it holds a handle ("@dangoodin001", "folha"), not a name.
AUTHOR_META = (
    "author", "article:author", "article:author_name", "dc.creator", "dcterms.creator", "citation_author",
    "citation_authors", "byl", "sailthru.author", "parsely-author", "og:article:author",
)  # fmt: skip
TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title", "headline")
SITE_META = ("og:site_name", "application-name")
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
# ...and its text is the title when at least this similar (otherwise <title>'s text is): 90 lets a
# headline differ from <title> by a word or punctuation only.
HEADLINE_SAME = 90
# Permalink marks Sphinx and static-site generators append to headings ("History¶", "Usage #").
_PERMALINK = re.compile(r"\s*[¶#🔗]\s*$")
# When JSON-LD has both ``name`` and ``headline`` and they differ, the one whose similarity to
# <title> is higher wins; ``headline`` by default (it is the article's, ``name`` is often the site's).
# The first article paragraph is looked for this many blocks past the headline (or the page start).
BODY_SEARCH = 40
# Without a headline, the article is the first run of paragraphs holding this many characters (a
# sidebar blurb holds fewer; a blog page's first post more), else the longest run.
BODY_MIN_CHARS = 300
# The article's paragraph run may be interrupted by this many other blocks (sub-headings, images,
# "展开全文" buttons); calibrated on chinese_wced, where 4 spans every article's sub-headings.
BODY_GAP = 4
# A date line, posting line or bare name sits at most this many blocks before the headline (a page
# date above it) or before the first paragraph when no headline was found.
HEAD_BEFORE = 3
# A closing credit sits in the last paragraphs or at most this many blocks after them. The run's end
# is fuzzy (a footer line "…版权所有，未经许可不得转载" reads as prose), so the window reaches back
# TAIL_BEFORE blocks and the first credit in it wins.
TAIL_AFTER = 5
TAIL_BEFORE = 4
# Byline elements found by class/id/rel/itemprop: text at most this long (Readability's 100), and at
# most this many looked at (bounded work on pages with hundreds of comment authors).
BYLINE_ELEMENT_MAX_CHARS = 100
BYLINE_ELEMENT_SCAN = 30
# class/id of a byline element, as substrings (Readability's byline pattern); lower case.
BYLINE_CUE_WORDS = ("byline", "author", "dateline", "writtenby", "p-author", "auteur", "autor", "zuozhe")
BYLINE_CUE = re.compile("|".join(map(re.escape, BYLINE_CUE_WORDS)), re.I)
# The same test for ASCII text, on its lower-case form: for ASCII, re.I matching is matching the
# lower-case forms, and a case-sensitive search is several times faster (the walk over every element
# of the page makes it on every class and id).
_BYLINE_CUE_LOWER = re.compile("|".join(map(re.escape, BYLINE_CUE_WORDS)))
# ...unless it or an ancestor is one of these: comment authors, author bios, "more by", teaser lists.
# Substrings for the distinctive words, whole class tokens for the short ones ("form" would match
# "information").
NOT_BYLINE_CUE = re.compile(r"comment|sidebar|widget|recommend|related|follow|teaser|avatar|subscribe", re.I)
NOT_BYLINE_TOKENS = frozenset(
    {"bio", "bios", "more", "nav", "navbar", "menu", "share", "sharing", "footer", "promo", "reply",
     "replies", "respond", "popular", "form", "input", "photo", "image", "img", "card", "cards", "list"}
)  # fmt: skip
_CUE_SPLIT = re.compile(r"[\s_\-]+")
NOT_BYLINE_TAGS = frozenset({"nav", "aside", "footer", "form", "head", "input", "link", "meta", "img"})
BYLINE_ANCESTORS = 8
# A leading "By" and what ends the name part of a byline element ("Dan Goodin - Apr 16, 2015").
_BY_PREFIX = re.compile(rf"^\s*(?:(?:written|posted|reported)\s+)?(?:{_BY_ALT})\b\s*:?\s*", re.I)
_BYLINE_ELEMENT_END = re.compile(r"\s*(?:[|•·(@]|\s[-–—]\s|—|\bon\s|\bupdated\b|\bpublished\b|\d)", re.I)
# A JSON-LD Person's name is taken as written up to this length (longer: a description).
MAX_LD_NAME_CHARS = 80
ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle", "report",
     "scholarlyarticle", "techarticle", "opinionnewsarticle", "liveblogposting", "webpage", "posting",
     "socialmediaposting", "discussionforumposting", "reviewnewsarticle", "backgroundnewsarticle",
     "satiricalarticle", "advertisercontentarticle", "askpublicnewsarticle", "medicalscholarlyarticle",
     "apireference", "creativework", "review"}
)  # fmt: skip
# Month and weekday names: "Sunday, Feb" in a byline element is its date, not a name.
_CALENDAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday)\b",
    re.I,
)
# A title prefix naming the writer of a column: "茉莉：我是怎样卷入八九民运的".
_TITLE_AUTHOR_PREFIX = re.compile(r"^([\u4e00-\u9fff·]{2,6})[:：]")


@dataclass(slots=True)
class _Head:
    """What the page's <head> and structured data say."""

    meta: dict[str, str]
    meta_all: dict[str, list[str]]
    ld: list[dict[str, Any]]
    ld_ids: dict[str, dict[str, Any]]
    page_title: str | None
    sites: list[str]
    times: list[Any]  # the <time> elements, in document order


def _byline_cue(value: str) -> bool:
    """``BYLINE_CUE.search(value)``, faster for the usual ASCII class or id."""
    if value.isascii():
        return _BYLINE_CUE_LOWER.search(value.lower()) is not None
    return BYLINE_CUE.search(value) is not None


def _meta_tags(metas: list[Any]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The first value of each <meta> key, and every value of each key (repeated ``DC.Creator``)."""
    first: dict[str, str] = {}
    every: dict[str, list[str]] = {}
    for el in metas:
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content:
            first.setdefault(key, content)
            every.setdefault(key, []).append(content)
    return first, every


def _json_ld(scripts: list[Any]) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Article-like objects from every JSON-LD script (including @graph members), and every object
    with an ``@id`` (an author given as ``{"@id": …}`` is resolved through it)."""
    articles: list[dict[str, Any]] = []
    ids: dict[str, dict[str, Any]] = {}
    for el in scripts:
        if "ld+json" not in (el.get("type") or "").lower() or not el.text:
            continue
        text = el.text
        if "<![CDATA[" in text or "]]>" in text:  # each marker holds one of them (a long text's scan)
            text = _CDATA.sub("", text)
        try:
            data = json.loads(text)
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
                if isinstance(item.get("@id"), str) and len(item) > 1:
                    ids.setdefault(item["@id"], item)
                if any(t in ARTICLE_TYPES or t.endswith(("article", "posting")) for t in _types(item)):
                    articles.append(item)
    return articles, ids


def _types(item: dict[str, Any]) -> list[str]:
    types = item.get("@type")
    return [t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)]


def _ld_people(value: Any, ids: dict[str, dict[str, Any]], depth: int = 0) -> tuple[list[str], list[str]]:
    """(persons, organisations) named by a JSON-LD ``author``/``creator`` value."""
    persons: list[str] = []
    orgs: list[str] = []
    if depth > 3:
        return persons, orgs
    if isinstance(value, str):
        persons += person_names(value)
        if not persons and value.strip() and not value.startswith("http"):
            orgs.append(value.strip())
    elif isinstance(value, list):
        for v in value:
            p, o = _ld_people(v, ids, depth + 1)
            persons += p
            orgs += o
    elif isinstance(value, dict):
        if set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str) and value["@id"] in ids:
            return _ld_people(ids[value["@id"]], ids, depth + 1)
        name = value.get("name")
        if isinstance(name, list):
            name = next((n for n in name if isinstance(n, str)), None)
        if isinstance(name, str) and name.strip():
            org = any(
                "organization" in t or t in ("newsmediaorganization", "corporation") for t in _types(value)
            )
            name = " ".join(name.split())
            bylined = bylined_names(name)
            if bylined is not None:  # "By TOM KRISHER, AP Auto Writer" typed as a Person
                persons += bylined
            elif org or is_org_name(name):
                orgs.append(name)
            elif "person" in _types(value) and len(name) <= MAX_LD_NAME_CHARS and not name.startswith("http"):
                persons.append(
                    name
                )  # typed as a Person: taken as written ("Bruno (Henrique Zecchin) Rodrigues")
            else:
                persons += person_names(name, whole=True) or person_names(name)
    return persons, orgs


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


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        k = fold(it)
        if it and k not in seen:
            seen.add(k)
            out.append(it)
    return out


def _text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split())


def _text_lines(el: Any) -> list[str]:
    """The lines of an element's text, broken at ``<br>`` and block-level elements: a forum's author
    cell runs the user name into their rank ("作者： 放飞&心情<br>振威将军"), which ``_text`` glues."""
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        if event in ("comment", "pi"):
            parts.append(node.tail or "")
        elif event == "start":
            if node is not el and (node.tag == "br" or node.tag in BLOCK_TAGS):
                parts.append("\n")
            parts.append(node.text or "")
        elif node is not el:
            parts.append(("\n" if node.tag in BLOCK_TAGS else "") + (node.tail or ""))
    return [line for line in (" ".join(raw.split()) for raw in "".join(parts).split("\n")) if line]


def _short(b: Block, limit: int = META_MAX_CHARS) -> bool:
    return b.removal is None and b.kind is not BlockKind.IMAGE and 0 < len(b.text) <= limit


# The attributes _ElementScan reads.
_SCANNED_ATTRIBUTES = frozenset({"class", "id", "rel", "itemprop", "pubdate"})


class _ElementScan:
    """One walk over every element of the page, made as far as its readers need and shared by them:
    the ``itemprop=datePublished`` / ``<time pubdate>`` elements, and the byline elements (a cue in
    class/id, ``rel=author``, ``itemprop`` naming the author; not a tag of NOT_BYLINE_TAGS). Each
    list keeps document order, so a reader sees what a walk of its own would have given it; the
    walk stops once the byline list is full (BYLINE_ELEMENT_SCAN) and no date reader is left.
    Made fresh by every call of the stage."""

    __slots__ = ("_bylines", "_class_cue", "_dated", "_elements", "_pubdate_times")

    def __init__(self, tree: Any, pubdate_times: bool) -> None:
        self._elements = tree.iter(etree.Element)  # elements only: comments never match
        self._pubdate_times = pubdate_times  # no <time pubdate> on the page: no tag tests
        self._dated: list[Any] = []
        self._bylines: list[Any] = []
        # The cue test of a class, repeated on hundreds of elements ("item", "nav-link"), is made
        # once per class. (No cue word holds a space, so testing class and id apart is testing them
        # joined.)
        self._class_cue: dict[str, bool] = {}

    def _walk(self, found: list[Any]) -> None:
        """Walk on until an element is added to ``found`` (one of the two lists) or the page ends."""
        class_cue = self._class_cue
        dated, bylines, pubdate_times = self._dated, self._bylines, self._pubdate_times
        for el in self._elements:
            # Most elements have one attribute or none: the names tell which values to read.
            keys = el.keys()
            if len(keys) < 2:
                if not keys:
                    continue
                if keys[0] == "class":  # the commonest case, on its own path
                    cls = el.get("class")
                    cue = class_cue.get(cls)
                    if cue is None:
                        cue = class_cue[cls] = bool(cls) and _byline_cue(cls)
                    if cue and len(bylines) < BYLINE_ELEMENT_SCAN and el.tag not in NOT_BYLINE_TAGS:
                        bylines.append(el)
                        if found is bylines:
                            return
                    continue
                if keys[0] not in _SCANNED_ATTRIBUTES:
                    continue
            cue = False
            if "class" in keys:
                cls = el.get("class")
                if cls:
                    cue = class_cue.get(cls)
                    if cue is None:
                        cue = class_cue[cls] = _byline_cue(cls)
            if not cue:
                if "id" in keys:
                    ident = el.get("id")
                    cue = bool(ident) and _byline_cue(ident)
                if not cue and "rel" in keys:
                    cue = el.get("rel") == "author"
            stop = False
            if "itemprop" in keys:
                prop = el.get("itemprop")
                cue = cue or "author" in prop
                if prop == "datePublished" or (
                    pubdate_times and el.tag == "time" and el.get("pubdate") is not None
                ):
                    dated.append(el)
                    stop = found is dated
            elif pubdate_times and "pubdate" in keys and el.tag == "time":
                dated.append(el)
                stop = found is dated
            if cue and len(bylines) < BYLINE_ELEMENT_SCAN and el.tag not in NOT_BYLINE_TAGS:
                bylines.append(el)
                stop = stop or found is bylines
            if stop:
                return

    def _read(self, found: list[Any], limit: int) -> Iterator[Any]:
        for i in range(limit):
            if i >= len(found):
                self._walk(found)
                if i >= len(found):
                    return
            yield found[i]

    def dated(self) -> Iterator[Any]:
        """``itemprop=datePublished`` and ``<time pubdate>`` elements, in document order."""
        return self._read(self._dated, sys.maxsize)

    def bylines(self) -> Iterator[Any]:
        """The first BYLINE_ELEMENT_SCAN byline elements, in document order."""
        return self._read(self._bylines, BYLINE_ELEMENT_SCAN)


class _Memo:
    """The meta-line parses of one call of the stage. Several rules read the same short texts (the
    meta line search, the windows, the byline elements, the editor lines): each is parsed once.
    Made fresh by every call, so nothing outlives a document."""

    __slots__ = ("_elements", "_lines")

    def __init__(self) -> None:
        self._lines: dict[str, MetaLine | None] = {}
        self._elements: _ElementScan | None = None

    def elements(self, tree: Any, times: list[Any]) -> _ElementScan:
        """The page's one walk over every element (``times``: its <time> elements)."""
        if self._elements is None:
            self._elements = _ElementScan(tree, any(el.get("pubdate") is not None for el in times))
        return self._elements

    def not_meta_lines(self, texts: Iterable[str]) -> None:
        """Record that ``parse_meta_line`` gives None for ``texts`` (``meta_line_candidates`` left
        them out)."""
        self._lines.update(dict.fromkeys(texts))

    def meta_line(self, text: str) -> MetaLine | None:
        """``parse_meta_line(text)``, computed once per text (a MetaLine is immutable)."""
        try:
            return self._lines[text]
        except KeyError:
            line = self._lines[text] = parse_meta_line(text)
            return line


def _cannot_match(text: str, key_chars: int, bonus: int) -> bool:
    """Whether ``text``, shorter than the title key and every title part, scores below
    HEADLINE_MATCH in ``_headline`` whatever its letters, so it need not be folded.

    Exact: ``fuzz.ratio(a, key)`` is ``200 * lcs / (len(a) + len(key))`` with ``lcs <= len(a)``,
    which grows with ``len(a)``; and for a text that ``folds_char_by_char``,
    ``len(fold(text)) <= len(text)``. Below a part's
    length it cannot equal that part either. A block below HEADLINE_MATCH is never the headline:
    it loses to any block reaching it, and when none does there is no headline match at all.
    """
    n = len(text)
    return 200 * n < (HEADLINE_MATCH - bonus) * (n + key_chars) and folds_char_by_char(text)


def _source_person(line: MetaLine) -> list[str]:
    """The person a meta line's source field names ("来源: 尹娟" under a column or a repost): its
    author when the line names no other. A site or organisation name is not a person."""
    if line.authors or not line.source or is_org_name(line.source):
        return []
    return list(bare_names(line.source))


def _url_date(url: str | None) -> datetime | None:
    """The publication day a URL spells out (/2005/07/18/, /20050718/), if any."""
    m = URL_DATE.search(url) if url else None
    return parse_date(f"{m[1]}-{m[2]}-{m[3]}") if m else None


def _first_date(values: list[str]) -> datetime | None:
    """The first of ``values`` that parses as a date."""
    for v in values:
        if v:
            day = parse_date(v)
            if day:
                return day
    return None


class ExtractMetadata:
    """Fill the Document's metadata fields and remove the blocks that only carried metadata."""

    name = "metadata"

    def __call__(self, doc: Document) -> Document:
        head = self._head(doc)
        blocks = doc.live()
        memo = _Memo()

        # Title: structured data first, then the visible headline, then <title>.
        structured = self._structured_title(head)
        meta_i, meta = self._meta_line(blocks, memo)
        headline_i, matched = self._headline(blocks, meta_i, structured or head.page_title, memo)
        title = structured
        if headline_i is not None:
            blocks[headline_i].remove(self.name, Reason.METADATA, "headline")
            if not title and (matched or not head.page_title):
                title = _PERMALINK.sub("", blocks[headline_i].text)
        if not title and head.page_title:
            title = strip_site_suffix(head.page_title, head.sites)
        doc.title = title.strip() if title else None

        start = (headline_i + 1) if headline_i is not None else 0
        body_start, body_end = self._body(blocks, headline_i)
        head_window = self._head_window(blocks, headline_i, body_start)
        tail_window = (
            range(max(start, body_end - TAIL_BEFORE), min(len(blocks), body_end + 1 + TAIL_AFTER))
            if (body_end >= 0)
            else range(0)
        )
        # A date line that is the run's only paragraph is left alone: the page's text is then a list or
        # a table, and the content stage weighs the article's box by its paragraphs (scrapinghub
        # cc03ddb5, a race calendar: without its date line the calendar's box lost to a sidebar's).
        first = (
            body_start if headline_i is not None and body_start > headline_i and body_end > body_start else -1
        )
        found = self._scan_windows(blocks, head_window, tail_window, meta_i, memo, first)
        found["head_window"] = head_window
        found["meta_i"] = meta_i
        found["headline"] = headline_i

        doc.published = self._published(doc, head, meta, blocks, start, found, memo)

        for b in blocks[: start + META_WINDOW * 2]:
            if b.removal is None and len(b.text) <= META_MAX_CHARS:
                m = ORIGINAL_TITLE.match(b.text)
                if m:
                    doc.original_title = m[1]
                    b.remove(self.name, Reason.METADATA, "original_title")
                    break

        doc.authors = _dedupe(self._authors(doc, head, meta, blocks, start, found, memo))
        self._between_lines(blocks, headline_i, body_start)
        if body_start >= 0:
            under = range(body_start + 1, min(len(blocks), body_start + 1 + DATELINE_PARAGRAPHS))
            self._dated_names(doc, blocks, [*head_window, *under])
        self._closing_lines(doc, blocks, start if headline_i is not None else body_start, memo)

        editors: list[Editor] = []
        if meta is not None:
            editors += [Editor(n, r) for n, r in meta.editors]
            doc.source_name = meta.source
        # Every short block of the page is looked at: most are menu items, which the label test
        # (one search over all of them) turns away before any parse.
        image = BlockKind.IMAGE
        short = [b for b in blocks if b.removal is None and len(b.text) <= 60 and b.kind is not image]
        for k in sorted(texts_naming_editors([b.text for b in short])):
            b = short[k]
            line = memo.meta_line(b.text)
            if line is not None and line.editors and not (line.published or line.source or line.authors):
                editors += [Editor(n, r) for n, r in line.editors]
                b.remove(self.name, Reason.METADATA, "editor_line")
        doc.editors = list(dict.fromkeys(editors))
        if not doc.source_name:
            publisher = next((_first_str(o.get("publisher")) for o in head.ld if o.get("publisher")), None)
            site = next((head.meta[k] for k in SITE_META if head.meta.get(k)), None)
            doc.source_name = site or publisher
        return doc

    # -----------------------------------------------------------------------------------------
    # Sources

    def _head(self, doc: Document) -> _Head:
        meta: dict[str, str] = {}
        meta_all: dict[str, list[str]] = {}
        ld: list[dict[str, Any]] = []
        ids: dict[str, dict[str, Any]] = {}
        page_title: str | None = None
        times: list[Any] = []
        if doc.tree is not None:
            # One walk for the four tags (each walk of a large page costs about as much as the next):
            # split by tag, each list keeps document order.
            by_tag: dict[str, list[Any]] = {"meta": [], "script": [], "title": [], "time": []}
            for el in doc.tree.iter("meta", "script", "title", "time"):
                by_tag[el.tag].append(el)
            meta, meta_all = _meta_tags(by_tag["meta"])
            ld, ids = _json_ld(by_tag["script"])
            if by_tag["title"]:
                page_title = " ".join((by_tag["title"][0].text or "").split()) or None
            times = by_tag["time"]
        sites = [meta[k] for k in (*SITE_META, "twitter:site") if meta.get(k)]
        sites += [s for s in (_first_str(o.get("publisher")) for o in ld) if s]
        if doc.url:
            host = urlsplit(doc.url if "//" in doc.url else "//" + doc.url).hostname
            if host:
                sites.append(host)
        return _Head(meta, meta_all, ld, ids, page_title, [s.lstrip("@") for s in sites], times)

    def _structured_title(self, head: _Head) -> str | None:
        """JSON-LD headline/name, else the title <meta>, without a suffix naming the site."""
        title: str | None = None
        for o in head.ld:
            headline, name = _first_str(o.get("headline")), o.get("name")
            name = name.strip() if isinstance(name, str) and name.strip() else None
            if headline and name and fold(headline) != fold(name) and head.page_title:
                key = fold(head.page_title)
                if fuzz.ratio(fold(name), key) > fuzz.ratio(fold(headline), key):
                    headline = name  # "headline" is then a description or the site's tagline
            title = headline or (name if "webpage" not in _types(o) else None)
            if title:
                break
        others = [head.meta[k] for k in TITLE_META if head.meta.get(k)]
        title = title or (others[0] if others else None)
        if not title:
            return None
        # The publisher's own title is kept as written, site suffix included ("… | eHow"), unless
        # another of its titles confirms the suffix-less form ("X | Aktuálně.cz" and "X").
        stripped = strip_known_site(title, head.sites)
        if stripped != title and any(fold(o) == fold(stripped) for o in others):
            return stripped
        return title

    def _body(self, blocks: list[Block], headline_i: int | None) -> tuple[int, int]:
        """(first, last) index of the article's run of paragraphs; (-1, -1) if there is none.

        Under a headline, the first run that starts within ``BODY_SEARCH`` blocks of it; without
        one, the first run of ``BODY_MIN_CHARS``, else the longest (a sidebar blurb comes first).
        """
        best = (-1, -1)
        best_chars = 0
        first, last, chars, gap = -1, -1, 0, 0
        start = headline_i + 1 if headline_i is not None else 0
        for i in range(start, len(blocks)):
            if _prose(blocks[i]):
                if first < 0:
                    if headline_i is not None and i > start + BODY_SEARCH:
                        break
                    first = i
                last, gap = i, 0
                chars += len(blocks[i].text)
                continue
            gap += 1
            if first >= 0 and gap > BODY_GAP:
                if headline_i is not None or chars >= BODY_MIN_CHARS:
                    return first, self._before_legal(blocks, first, last)
                if chars > best_chars:
                    best, best_chars = (first, last), chars
                first, last, chars = -1, -1, 0
        if first >= 0 and (headline_i is not None or chars > best_chars):
            return first, self._before_legal(blocks, first, last)
        return best[0], self._before_legal(blocks, *best)

    def _before_legal(self, blocks: list[Block], first: int, last: int) -> int:
        """``last`` moved back over the copyright notices ending a run of paragraphs ("© 版权所有…",
        "未经…授权，请勿转载…"): they read as prose, and this stage runs before boilerplate removal,
        so without this the tail window would hold the footer instead of the article's last lines."""
        for _ in range(LEGAL_TAIL_SCAN):
            if last <= first or len(blocks[last].text) > LEGAL_MAX_CHARS:
                break
            if not any(r.search(blocks[last].text) for r in LEGAL_STRONG_RES):
                break
            last = next((i for i in range(last - 1, first - 1, -1) if _prose(blocks[i])), first)
        return last

    def _head_window(self, blocks: list[Block], headline_i: int | None, body_start: int) -> list[int]:
        """Blocks around the headline and just before the first paragraph: where meta lines stand."""
        # In order of closeness: under the headline first, then above it; without a headline, upwards
        # from the first paragraph ("建立于:2004年10月6日" in a blog's sidebar loses to the post's date).
        window: list[int] = []
        if headline_i is not None:
            end = body_start if body_start > headline_i else headline_i + 1 + META_WINDOW
            window += range(headline_i + 1, min(len(blocks), end, headline_i + 1 + META_WINDOW))
            if body_start > headline_i:
                window += range(max(headline_i + 1, body_start - HEAD_BEFORE + 1), body_start)

            window += range(headline_i - 1, max(-1, headline_i - 1 - HEAD_BEFORE), -1)
        elif body_start >= 0:
            window += range(body_start - 1, max(-1, body_start - 1 - 2 * HEAD_BEFORE), -1)
        return list(dict.fromkeys(window))

    def _scan_windows(
        self, blocks: list[Block], head_window: list[int], tail_window: range, meta_i: int | None,
        memo: _Memo, first: int,
    ) -> dict[str, Any]:  # fmt: skip
        """Dates and names from the short lines around the headline and at the article's end
        (``first``: the first paragraph under the headline, or -1)."""
        found: dict[str, Any] = {}
        for i in head_window:
            b = blocks[i]
            # The meta line itself is read again: "ggjjzhzz 发表于 …" is a meta line and a posting line.
            if not (_short(b, MAX_LINE_CHARS) or (i == meta_i and len(b.text) <= MAX_LINE_CHARS)):
                long_line = self._long_meta_line(b, memo) if _short(b) else None
                if long_line is not None:
                    found.setdefault("head_date", long_line.published)
                    found.setdefault("head_posters", long_line.authors)
                    b.remove(self.name, Reason.METADATA, "meta_line")
                continue
            names, posted = posted_by(b.text)
            if posted is not None:
                found.setdefault("head_date", posted)
                if names:
                    found.setdefault("head_posters", names)
                b.remove(self.name, Reason.METADATA, "posted_by")
                continue
            is_reading_time, day = reading_time(b.text)
            if is_reading_time:
                if day is not None:
                    found.setdefault("head_date", day)
                b.remove(self.name, Reason.METADATA, "reading_time")
                continue
            day = date_line(b.text)
            if day is not None:
                found.setdefault("head_date", day)
                b.remove(self.name, Reason.METADATA, "date_line")
                continue
            line = memo.meta_line(b.text)
            if line is not None and line.published is not None:
                found.setdefault("head_date", line.published)
                if line.authors:
                    found.setdefault("head_posters", line.authors)
                b.remove(self.name, Reason.METADATA, "meta_line")
        # A date line with a weekday or a time reads as prose ("segunda-feira, 22 de janeiro de 2018
        # às 0:13"), so it may be taken for the first paragraph: a short one that is only a date (or a
        # reading time) is read. Not a meta line: "Tuesday 15 October 2019 by Bradley M. Kuhn" opens
        # a blog post's text (readability ebb-org).
        if first >= 0 and first not in head_window and _short(blocks[first], MAX_LINE_CHARS):
            b = blocks[first]
            is_reading_time, day = reading_time(b.text)
            day = day if is_reading_time else date_line(b.text)
            if is_reading_time or day is not None:
                if day is not None:
                    found.setdefault("head_date", day)
                b.remove(self.name, Reason.METADATA, "reading_time" if is_reading_time else "date_line")
        found["tail"] = [i for i in tail_window if blocks[i].removal is None]
        return found

    def _long_meta_line(self, b: Block, memo: _Memo) -> MetaLine | None:
        """The meta line of a line too long for one, with co-authors in brackets after it ("Le Monde
        | 04.05.2015 à 13h36 • Mis à jour le … | Par Martin Untersinger (avec Damien Leloup et
        Morgane Tual)": the date and the byline parse once the bracket is gone); None if it is not."""
        m = _TRAILING_BRACKET.search(b.text)
        if m is None:
            return None
        line = memo.meta_line(b.text[: m.start()])
        return line if line is not None and line.published is not None and line.authors else None

    def _between_lines(self, blocks: list[Block], headline_i: int | None, body_start: int) -> None:
        """Remove the date lines and reading times between the headline and the first paragraph
        beyond the head window (a share form and an image sit between them on nypost: "November 18,
        2019 | 4:10pm" is 16 blocks down). Their dates are not used: so far down, a date may be a
        teaser's, and a page with such a gap states its date in its <head> anyway."""
        if headline_i is None or body_start <= headline_i + 1 + META_WINDOW:
            return
        for b in blocks[headline_i + 1 + META_WINDOW : body_start]:
            if not _short(b, MAX_LINE_CHARS):
                continue
            if date_line(b.text) is not None:
                b.remove(self.name, Reason.METADATA, "date_line")
            elif reading_time(b.text)[0]:
                b.remove(self.name, Reason.METADATA, "reading_time")

    def _dated_names(self, doc: Document, blocks: list[Block], indices: Iterable[int]) -> None:
        """Remove a date-and-name line under the headline when the name is the article's author
        ("November 20, 2019 Emiliano Bellini"); teasers of other stories carry the same shape, but
        not in the head window, and mostly with another writer's name."""
        authors = {fold(a) for a in doc.authors}
        if not authors:
            return
        for i in indices:
            b = blocks[i]
            if not _short(b, MAX_LINE_CHARS):
                continue
            names, day = dated_name_line(b.text)
            if names and all(fold(n) in authors for n in names):
                b.remove(self.name, Reason.METADATA, "dated_name")
                if doc.published is None:
                    doc.published = day

    def _closing_lines(self, doc: Document, blocks: list[Block], first: int, memo: _Memo) -> None:
        """Remove the contributor credits, author bios, provenance notes and posting lines after the text.

        A candidate is a whole line of one of these kinds at or after ``first`` (under the headline);
        it closes the text when at most TAIL_PROSE_AFTER paragraphs follow among the next
        TAIL_LOOKAHEAD text blocks (other candidates not counted): comments, teasers and footers
        follow it, not the story.
        """
        keys = [fold(_BY_START.sub("", a)) for a in doc.authors]
        # The first three letters of each author name: a bio opens with them (a cheap test first).
        starts = tuple(
            a[:3] for a in (_BY_START.sub("", a).strip().lower() for a in doc.authors) if len(a) >= 3
        )
        image = BlockKind.IMAGE
        found: dict[int, str] = {}
        for i in range(max(first, 0), len(blocks)):
            b = blocks[i]
            text = b.text
            # Most blocks are paragraphs of the story: two substring tests and a prefix test turn them
            # away (this loop runs over every block under the headline).
            if len(text) > MAX_BIO_CHARS or b.removal is not None or not text or b.kind is image:
                continue
            head = text[:20].lower()
            if head[0] in _CREDIT_BRACKETS:
                head = head.lstrip(_CREDIT_BRACKETS)
            if b.region == "nav":
                continue
            # The Chinese kinds need a non-ASCII character: one flag test skips their scans on
            # English lines (``isascii`` reads a flag of the string, it does not scan it).
            han = not text.isascii()
            # "contributed", "贡献" anywhere (inline tests: a generator costs more than the scans).
            credit = "ontribut" in text or "ONTRIBUT" in text or (han and ("贡献" in text or "貢獻" in text))
            if (credit or head.startswith(_CREDIT_OPENINGS)) and contributor_credit(text):
                found[i] = "contributors"
            elif "@" in text or ".com/" in text or (starts and head.startswith(starts)):
                kind = author_bio(text, doc.authors)
                # A bio sentence right under the last paragraph may be the story's own ending (and
                # readability's ground truth keeps it, breitbart): only one set apart by an author
                # box, a rule or a link list is taken. Contact lines are taken anywhere at the end.
                if kind == "contact" or (kind == "bio" and not self._after_paragraph(blocks, i)):
                    found[i] = "author_bio"
            elif (
                keys
                and len(text) <= MAX_LINE_CHARS
                and (head.startswith(_POSTED_OPENINGS) or (han and ("于" in text or "於" in text)))
                and self._posted_by_author(text, keys)
            ):
                found[i] = "posted_by"
            elif (
                han
                and len(text) <= MAX_PROVENANCE_LINE
                and ("《" in text or "作者" in head or "于" in text or "於" in text)
            ):
                kind = provenance_note(text)
                if kind is not None:
                    found[i] = "provenance"
                    # The authors' institutions may also sit right under the byline.
                    if kind == "affiliation" and self._under_byline(blocks, i):
                        b.remove(self.name, Reason.METADATA, "provenance")
            if han and i not in found and len(text) <= MAX_LINE_CHARS and POSTING_LABEL_RE.search(text):
                # A posting line of the blog or forum that names its poster and date ("- 作者： 流泉
                # 访问统计： 2005年08月30日…", "〓 … 发布时间 2005/05/17 22:11:42 by 眉间尺 〓"): its date
                # and name were read from the tail already, or the article has better ones.
                line = memo.meta_line(text)
                if line is not None and line.published is not None and line.authors:
                    found[i] = "posting_line"
        for i, rule in found.items():
            if blocks[i].removal is None and self._closes_text(blocks, i, found):
                blocks[i].remove(self.name, Reason.METADATA, rule)

    @staticmethod
    def _posted_by_author(text: str, keys: list[str]) -> bool:
        """A posting line ("本贴由大卫于…发表") that names only the article's authors."""
        names, posted = posted_by(text)
        return posted is not None and bool(names) and all(fold(n) in keys for n in names)

    @staticmethod
    def _under_byline(blocks: list[Block], i: int) -> bool:
        """Whether the text block right above block ``i`` is a byline or meta line this stage took."""
        for j in range(i - 1, -1, -1):
            b = blocks[j]
            if b.text and b.kind is not BlockKind.IMAGE:
                removal = b.removal
                return removal is not None and removal.stage == "metadata" and removal.rule in _BYLINE_RULES
        return False

    def _after_paragraph(self, blocks: list[Block], i: int) -> bool:
        """Whether the text block before block ``i`` (images and empty blocks skipped) is a paragraph."""
        for j in range(i - 1, -1, -1):
            b = blocks[j]
            if b.text and b.kind is not BlockKind.IMAGE:
                return _prose(b)
        return False

    def _closes_text(self, blocks: list[Block], i: int, found: dict[int, str]) -> bool:
        """Whether at most TAIL_PROSE_AFTER paragraphs follow block ``i`` among the next
        TAIL_LOOKAHEAD text blocks (blocks in ``found`` and removed ones not counted)."""
        seen = prose = 0
        for j in range(i + 1, len(blocks)):
            b = blocks[j]
            if j in found or b.removal is not None or not b.text or b.kind is BlockKind.IMAGE:
                continue
            if _prose(b):
                prose += 1
                if prose > TAIL_PROSE_AFTER:
                    return False
            seen += 1
            if seen >= TAIL_LOOKAHEAD:
                break
        return True

    def _published(
        self, doc: Document, head: _Head, meta: MetaLine | None, blocks: list[Block], start: int,
        found: dict[str, Any], memo: _Memo,
    ) -> datetime | None:  # fmt: skip
        # Structured, then visible, then late (creation, modification) sources: the first that
        # parses wins.
        published = _first_date(
            [str(o.get("datePublished") or "") for o in head.ld] + [head.meta.get(k, "") for k in DATE_META]
        )
        if published is None and doc.tree is not None:
            for el in memo.elements(doc.tree, head.times).dated():
                published = _first_date([el.get("datetime") or el.get("content") or "", _text(el)])
                if published:
                    break
        if published is None and meta is not None:
            published = meta.published
        if published is None:
            published = _first_date(
                [str(o.get("dateCreated") or "") for o in head.ld]
                + [head.meta.get(k, "") for k in LATE_DATE_META]
            )
        if published is None and doc.tree is not None:
            for el in head.times:
                published = _first_date([el.get("datetime") or "", _text(el)])
                if published:
                    break
        if published is not None:
            return published
        if found.get("head_date") is not None:
            return found["head_date"]  # type: ignore[no-any-return]
        loose = self._loose_date(blocks, start, found, memo)
        from_url = _url_date(doc.url)
        # A date the text shows only loosely (in the first blocks, or after the text) may be a related
        # story's; one in the URL was set by the site when it published the page: on disagreement the
        # URL's day wins (wced qianlong: a teaser's "2005-07-13 09:00:04" against /2005/07/18/).
        if loose is not None and from_url is not None and loose.date() != from_url.date():
            return from_url
        return loose or from_url

    def _loose_date(
        self, blocks: list[Block], start: int, found: dict[str, Any], memo: _Memo
    ) -> datetime | None:
        """A date in the first blocks under the headline, else on a line after the text."""
        for b in blocks[start : start + META_WINDOW]:
            if len(b.text) <= META_MAX_CHARS:
                day = find_date(b.text)
                if day:
                    return day[0]
        for i in found["tail"]:
            b = blocks[i]
            if not _short(b, MAX_LINE_CHARS):
                continue
            line = memo.meta_line(b.text)
            posted = posted_by(b.text)[1] or (line.published if line else None) or date_line(b.text)
            if posted is not None:
                return posted
        return None

    def _authors(
        self, doc: Document, head: _Head, meta: MetaLine | None, blocks: list[Block], start: int,
        found: dict[str, Any], memo: _Memo,
    ) -> list[str]:  # fmt: skip
        orgs: list[str] = []
        for o in head.ld:
            persons, org = _ld_people(o.get("author") or o.get("creator"), head.ld_ids)
            orgs += org
            if persons:
                return persons
        for k in AUTHOR_META:
            values = head.meta_all.get(k, [])
            if len(values) > 1:
                names = [n for v in values for n in person_names(v, whole=True)]
            else:
                names = list(person_names(values[0])) if values else []
            if names:
                return names
        if doc.tree is not None:
            names = self._byline_elements(memo.elements(doc.tree, head.times), memo)
            if names:
                return names
        authors: list[str] = []
        credited: list[int] = []  # the byline lines whose names are taken
        for i in range(start, min(len(blocks), start + META_WINDOW)):
            b = blocks[i]
            if _short(b) and (BYLINE.match(b.text) or ZH_BYLINE.match(b.text) or KO_BYLINE.search(b.text)):
                names = list(byline_names(b.text))
                if names:
                    # Byline lines one under the other ("本报记者 A B" / "本报实习生 C") share the credit.
                    if not credited or credited[-1] == i - 1:
                        authors += names
                        credited.append(i)
                    b.remove(self.name, Reason.METADATA, "byline")
        if authors:
            # ...and so does a meta line naming authors right above or below them.
            meta_i = found.get("meta_i")
            if meta is not None and meta.authors and meta_i == credited[0] - 1:
                return [*meta.authors, *authors]
            if meta is not None and meta.authors and meta_i == credited[-1] + 1:
                return [*authors, *meta.authors]
            return authors
        if meta is not None and (meta.authors or _source_person(meta)):
            return list(meta.authors) or _source_person(meta)
        paragraphs = [b for b in blocks[start : start + META_WINDOW] if b.removal is None]
        for b in paragraphs[:DATELINE_PARAGRAPHS]:
            names = list(dateline_reporters(b.text))
            if names:
                return names
        if found.get("head_posters"):
            return list(found["head_posters"])
        known = []
        if doc.title:
            prefix = _TITLE_AUTHOR_PREFIX.match(doc.title)
            known = [prefix[1]] if prefix else []
        names = self._name_line(blocks, self._window_indices(found, blocks, start), known)
        if names:
            return names
        for i in found["tail"]:
            b = blocks[i]
            names = list(credit_names(b.text))
            if not names and _short(b, MAX_LINE_CHARS):
                line = memo.meta_line(b.text)
                names = (list(line.authors) or _source_person(line)) if line else list(posted_by(b.text)[0])
            if names:
                if len(b.text) <= MAX_LINE_CHARS and not _prose(b):
                    b.remove(self.name, Reason.METADATA, "credit")
                return names
        if found["headline"] is None:
            # No headline, and the run of paragraphs begins after a few short ones (a hard-wrapped
            # text, "<p> 胡平<br><br>…"): the lines above the page's first paragraph.
            first = next((i for i, b in enumerate(blocks) if _prose(b)), None)
            if first is not None:
                above = range(first - 1, max(-1, first - 1 - HEAD_BEFORE), -1)
                names = self._name_line(blocks, [i for i in above if blocks[i].removal is None], known)
                if names:
                    return names
        return _dedupe(orgs)[:1]

    def _name_line(self, blocks: list[Block], indices: Iterable[int], known: list[str]) -> list[str]:
        """The names of the first block of ``indices`` that is a byline line or a bare name line,
        which is removed; [] if there is none."""
        for i in indices:
            b = blocks[i]
            if _short(b, MAX_LINE_CHARS) and b.link_chars == 0 and b.region != "nav" and not _prose(b):
                # A byline line just above the text ("顶端新闻·河南商报记者马俊峰/文"), or a bare name.
                names = list(credit_names(b.text)) or list(bare_names(b.text, known))
                if names:
                    b.remove(self.name, Reason.METADATA, "byline")
                    return names
        return []

    def _window_indices(self, found: dict[str, Any], blocks: list[Block], start: int) -> list[int]:
        """Indices of the head window that are still live (the bare-name candidates)."""
        window: list[int] = found["head_window"]
        return [i for i in window if blocks[i].removal is None]

    def _byline_elements(self, elements: _ElementScan, memo: _Memo) -> list[str]:
        """Names in the first byline element (rel/itemprop/class/id) outside comments and bios."""
        fallback: list[str] = []
        for el in elements.bylines():
            prop = el.get("itemprop") or ""
            if self._excluded(el):
                continue
            if "author" in prop and el.get("itemscope") is not None:
                if "organization" in (el.get("itemtype") or "").lower():
                    continue
                inner = next((n for n in el.iter() if n.get("itemprop") == "name"), None)
                text = (inner.get("content") or _text(inner)) if inner is not None else _text(el)
                lines = [text]
            else:
                text = el.get("content") or _text(el)
                lines = [text] if el.get("content") else []
            if not text or len(text) > BYLINE_ELEMENT_MAX_CHARS:
                continue
            # A labelled line ("作者： 放飞&心情" over the poster's rank) first: the whole text runs
            # the lines together. Unlabelled lines are not read alone: "Tech Industry" over "Steven
            # Musil" would pass for a name.
            lines = lines or _text_lines(el)
            names = (
                next(filter(None, (self._labelled_names(line, memo) for line in lines)), [])
                if len(lines) > 1
                else []
            )
            if names:
                return names
            names, clean = self._byline_text(text, memo)
            if names and clean:
                return names
            fallback = fallback or names
        return fallback

    def _excluded(self, el: Any) -> bool:
        """Inside a comment section, an author bio, a teaser list or page navigation."""
        node = el
        in_aside = False
        for depth in range(BYLINE_ANCESTORS + 1):
            if node is None:
                return in_aside
            if node.tag == "article":
                return False  # an <aside> inside the <article> holds its byline, not a sidebar
            in_aside = in_aside or node.tag == "aside"
            if depth and node.tag in NOT_BYLINE_TAGS and node.tag != "aside":
                return True
            cue = " ".join(filter(None, (node.get("class"), node.get("id"))))
            if cue and (
                NOT_BYLINE_CUE.search(cue) or not NOT_BYLINE_TOKENS.isdisjoint(_CUE_SPLIT.split(cue.lower()))
            ):
                return True
            node = node.getparent()
        return in_aside

    def _labelled_names(self, text: str, memo: _Memo) -> list[str]:
        """The names of a byline with a label or a "By" ("作者：张三", "By Jane Doe"); [] if none."""
        names = byline_names(text)
        if not names and len(text) <= META_MAX_CHARS:
            line = memo.meta_line(text)
            names = line.authors if line is not None else ()
        return list(names)

    def _byline_text(self, text: str, memo: _Memo) -> tuple[list[str], bool]:
        """(names, the whole text was a byline) of a byline element's text."""
        names = list(byline_names(text))
        if names:
            return names, True
        line = memo.meta_line(text)
        if line is not None and line.authors:
            return list(line.authors), True
        rest = _BY_PREFIX.sub("", text, count=1)
        cut = _BYLINE_ELEMENT_END.search(rest)
        clean = cut is None
        if cut:
            rest = rest[: cut.start()]
        rest = rest.strip(" ,;:—-")
        if not rest:
            return [], False
        if re.search(r"[\u4e00-\u9fff]", rest):
            names = list(bare_names(rest))
        else:
            names = [n for n in person_names(rest) if len(n.split()) >= 2 and not _CALENDAR.search(n)]
        if names and len(" ".join(names)) < len(rest) * 0.6:
            clean = False
        return names, clean

    # -----------------------------------------------------------------------------------------
    # Visible meta line and headline

    def _meta_line(self, blocks: list[Block], memo: _Memo) -> tuple[int | None, MetaLine | None]:
        """The first visible meta line near the top of the page, removed as metadata."""
        window = [
            (i, b)
            for i, b in enumerate(blocks[: max(40, len(blocks) // 3)])
            if b.kind is not BlockKind.IMAGE and len(b.text) <= META_MAX_CHARS
        ]
        # In chunks: the meta line is mostly among the first blocks, and the window of a long page
        # holds hundreds.
        for first in range(0, len(window), META_LINE_CHUNK):
            chunk = window[first : first + META_LINE_CHUNK]
            candidates = meta_line_candidates([b.text for _, b in chunk])
            memo.not_meta_lines(b.text for k, (_, b) in enumerate(chunk) if k not in candidates)
            for k in sorted(candidates):
                i, b = chunk[k]
                m = memo.meta_line(b.text)
                if m is not None and (m.published or m.source or m.authors):
                    b.remove(self.name, Reason.METADATA, "meta_line")
                    return i, m
        return None, None

    def _headline(
        self, blocks: list[Block], meta_i: int | None, hint: str | None, memo: _Memo
    ) -> tuple[int | None, bool]:
        """(index in ``blocks`` of the visible headline, whether it matched the title hint)."""
        key = fold(strip_site_suffix(hint)) if hint else ""
        # "Mozilla - Wikipedia": a heading equal to the title's first part is the headline.
        parts = {fold(title_parts(hint)[0])} if hint and title_parts(hint) else set()
        parts.discard("")
        if key:
            best, best_score = None, 0.0
            # A block too short to reach HEADLINE_MATCH is not folded (see _cannot_match).
            short = min(len(key), *map(len, parts)) if parts else len(key)
            image, heading = BlockKind.IMAGE, BlockKind.HEADING
            for i, b in enumerate(blocks[:HEADLINE_SCAN]):
                text, kind, tag = b.text, b.kind, b.tag
                n = len(text)
                if kind is image or n > HEADLINE_MAX_CHARS or b.removal is not None:
                    continue
                if kind is not heading and tag not in HEADLINE_TAGS:
                    continue
                bonus = 10 if tag == "h1" else 0
                if best_score >= 100 + bonus:
                    if best_score >= 110:
                        break  # a score is at most 100, +10 for an <h1>: no block can beat this one
                    continue
                if n < short and _cannot_match(text, len(key), bonus):
                    continue
                folded = fold(text)
                score = 100.0 if folded and folded in parts else fuzz.ratio(folded, key)
                score += bonus
                if score > best_score:
                    best, best_score = i, score
            if best is not None and best_score >= HEADLINE_MATCH:
                # The visible text is the title when it is the <title>'s text; a heading that only
                # resembles it ("MathJax v3 beta: …" under "MathJax v3 with …") leaves the title to <title>.
                same = (
                    fuzz.ratio(fold(blocks[best].text), key) >= HEADLINE_SAME
                    or fold(blocks[best].text) in parts
                )
                return best, same
        if meta_i is not None:
            for i in range(meta_i - 1, max(-1, meta_i - 3), -1):
                b = blocks[i]
                if b.removal is None and len(b.text) <= HEADLINE_MAX_CHARS and b.kind is not BlockKind.IMAGE:
                    if memo.meta_line(b.text) is not None or not fold(b.text):
                        continue  # "编辑： 金金" above "来源：…" is a second meta line, not a headline
                    return i, True
        h1 = [i for i, b in enumerate(blocks) if b.tag == "h1" and b.removal is None]
        return (h1[0], False) if len(h1) == 1 else (None, False)


# Blocks tested at once for a meta line (work, not behaviour: the first meta line wins either way).
META_LINE_CHUNK = 32
# Tags a visible headline is written in: headings, and the containers of old table-layout pages.
HEADLINE_TAGS = frozenset(
    {"h1", "h2", "h3", "div", "p", "span", "td", "th", "font", "b", "strong", "center", ""}
)
# Copyright notices that may end a run of paragraphs, looked at from its end (a footer has 1-3).
LEGAL_TAIL_SCAN = 4
# ...each a short line (the longest legal line of the eval footers is ~170 characters).
LEGAL_MAX_CHARS = 200
# A date line, posting line or credit line is short (the longest seen on the dev pages is ~70).
MAX_LINE_CHARS = 80
# A bracket closing a meta line, holding co-authors ("(avec Damien Leloup et Morgane Tual)", Le Monde).
_TRAILING_BRACKET = re.compile(r"\s?[(（][^()（）]{1,60}[)）]\s?$")
# A credit, bio or posting line closes the text when at most TAIL_PROSE_AFTER paragraphs follow among
# the next TAIL_LOOKAHEAD text blocks. Calibrated on the shub/readability dev pages: after the credit
# come an ad label, a "Most Read" heading, a newsletter box or a comment-moderation note (one
# paragraph), never two paragraphs of the story.
TAIL_LOOKAHEAD = 4
TAIL_PROSE_AFTER = 1
# What a contributor credit holds or opens with (a cheap test before contributor_credit's patterns,
# which would otherwise run on every paragraph of the page): a word anywhere, or an opening (of the
# line's first 20 characters, lower-cased, brackets dropped).
_CREDIT_OPENINGS = (
    "reporting", "additional", "further", "with ", "writing", "editing", "research", "graphics", "reported",
    "written", "edited", "compiled", "produced", "fact-checking", "a version of", "mitarbeit",
    "mit material", "con informaci", "com informa", "avec",
)  # fmt: skip
_CREDIT_BRACKETS = "([（ "


# The author's own posting line after the text ("Posted by Nikhil Marathe on March 10, 2015at 08:05"):
# its openings, or a 于/於 ("X 发表于 …"), a cheap test before posted_by's patterns.
# A provenance note is one short line (the longest on the wced pages, "(摘自《…》…)《新华文摘》…", is 55).
MAX_PROVENANCE_LINE = 120
# The removals above which the authors' institutions may stand ("【作者单位：…】" under "赵延东、风笑天").
_BYLINE_RULES = frozenset({"byline", "meta_line", "credit", "dated_name"})
_POSTED_OPENINGS = ("posted ", "written ", "published ", "本贴由", "本帖由", "由")
_BY_START = re.compile(r"^\s*by\s+", re.I)
