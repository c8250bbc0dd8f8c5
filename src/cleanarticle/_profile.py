"""Site boilerplate learned from many pages of one site: ``SiteProfile`` and its stage.

A site's template prints the same lines on most of its pages (menus, footers, "follow us" promos, CMS
tag lines, declarations) in words no hand-written lexicon can know in advance. ``SiteProfile`` counts,
for every short block of every page it is shown, on how many pages its ``fold`` key occurs and how
far it sits from the top and from the bottom of each page. A block is *site boilerplate* when

1. the profile has seen at least ``min_pages`` pages (one page says nothing about a site);
2. the block occurs on at least ``min_share`` of them ("a large share", not "many times");
3. it is short: at most ``MAX_UNITS`` (stored blocks only; a long paragraph is never template text);
4. it recurs at a similar position: on at least ``POSITION_AGREEMENT`` of its pages it sits at one
   offset (``POSITION_SLACK``) counted from the page's top, or from its bottom (a
   template puts its lines at fixed distances from the edges; a company name in the news moves with
   the length of each story);
5. it is not a news lead: a standalone dateline (``本报讯``, ``新华社北京电``, ``WASHINGTON (AP) —``)
   recurs at a fixed position on agency copy and is part of the story.

Counts only ever add up (and the kept sample text is the smallest seen), so learning is incremental,
independent of the order pages come in, and profiles learned on partitions ``merge`` to the profile
learned on the whole. See ``docs/corpus.md``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

import regex  # type: ignore[import-untyped]

from ._errors import OptionError, ProfileError
from ._fold import fold, length_units
from ._ingest import Decode, Parse
from ._model import BlockKind, Document, Reason

__all__ = ["SiteProfile", "StripSiteBoilerplate"]

FORMAT_VERSION = 1

# --- thresholds ----------------------------------------------------------------------------------
# A profile decides nothing before it has seen this many pages. With 5 pages, a 50% share is 3 pages:
# the fewest that separate "the template" from "two stories that happen to share a line".
MIN_PAGES = 5
# A block must occur on at least this share of the pages. Calibrated on the invented site in
# fixtures/site_pages (footer and promo lines on every page, a rotating "editor's pick" on a third of
# them) and on what real templates do: menus and footers are on ~100% of pages of a section; 0.5
# leaves room for two page templates (article and gallery) on one site.
MIN_SHARE = 0.5
# Blocks longer than this (characters for CJK-heavy text, words otherwise) are not counted. The
# longest template lines on the eval pages are copyright declarations of ~120 characters; story
# paragraphs are longer, and not storing them keeps a profile of 1,000 pages small.
MAX_UNITS = 120
# Positions are offsets in blocks from the top and from the bottom of the page, counted up to this;
# a block further from both edges is in the middle of the page and has no template position.
MAX_OFFSET = 48
# A block recurs "at a similar position" when at least this share of its occurrences sit at one
# offset (within POSITION_SLACK blocks), counted from the top or from the bottom of the page: a
# template puts its lines at fixed distances from an edge, and an optional line (a subtitle, an ad
# slot) on some pages moves the rest by one on those pages only. Calibrated on fixtures/site_pages: the
# company name standing alone in 5 of 8 stories, whose stories are 3-10 paragraphs long, sits at one
# offset on 2 of its 5 pages (0.4); with a slack of one block it would reach 4 of 5, because short
# stories leave few positions: the slack is 0 for that reason.
POSITION_AGREEMENT = 0.6
POSITION_SLACK = 0

# Standalone news leads that recur on agency copy at a fixed place but belong to the story.
# Chinese: 本报讯, 本刊讯, 新华社北京电, 中新网3月5日电, 中央社記者…台北5日電 (ending in 电/讯/電/訊).
# English/Latin script: an all-caps place name, optionally a wire in brackets, then a dash.
_NEWS_LEAD = regex.compile(
    r"^[\(（【\[]?\s*(?:本[报報刊台]讯|本[报報刊台]訊|[\p{Han}\p{N}\s·]{2,24}[电讯電訊])\s*[\)）】\]]?\s*[:：]?$"
    r"|^[\p{Lu}][\p{Lu}\s.,'-]{1,40}(?:\([\p{L}\s.-]{1,20}\))?\s*[—–-]{1,2}$",
)

_LIVE_KINDS_SKIPPED = frozenset({BlockKind.IMAGE})

RULE_LEARNED = "learned"


def _page_blocks(page: str | bytes | Document, input_format: str) -> list[tuple[str, str]]:
    """(key, text) of the text blocks of one page, in reading order, via the decode and parse stages."""
    if isinstance(page, Document):
        doc = page
        if not doc.blocks:
            doc = Parse()(Decode()(doc))
    elif isinstance(page, (str, bytes)):
        doc = Parse()(Decode()(Document(source=page, input_format=input_format)))
    else:
        raise OptionError(f"a page must be str, bytes or Document, not {type(page).__name__}")
    out = []
    for b in doc.blocks:
        if b.kind in _LIVE_KINDS_SKIPPED or b.removal is not None:  # e.g. past max_blocks
            continue
        key = fold(b.text)
        if key:
            out.append((key, b.text))
    return out


class _Stat:
    """What the profile knows about one key. Every field merges by sum or min (order-free)."""

    __slots__ = ("from_end", "from_start", "pages", "text", "units")

    def __init__(self, text: str, units: int) -> None:
        self.text = text  # the smallest of the texts seen with this key (a readable sample)
        self.units = units
        self.pages = 0
        self.from_start: dict[int, int] = {}
        self.from_end: dict[int, int] = {}

    def add(self, other: _Stat) -> None:
        self.text = min(self.text, other.text)
        self.units = min(self.units, other.units)
        self.pages += other.pages
        for mine, theirs in ((self.from_start, other.from_start), (self.from_end, other.from_end)):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v

    def copy(self) -> _Stat:
        s = _Stat(self.text, self.units)
        s.add(self)
        return s

    def agreement(self) -> float:
        """The largest share of occurrences within ``POSITION_SLACK`` of one offset, top or bottom."""
        best = 0
        for hist in (self.from_start, self.from_end):
            for center in hist:
                window = range(center - POSITION_SLACK, center + POSITION_SLACK + 1)
                near = sum(hist.get(o, 0) for o in window)
                best = max(best, near)
        return best / self.pages if self.pages else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "units": self.units,
            "pages": self.pages,
            "from_start": {str(k): v for k, v in sorted(self.from_start.items())},
            "from_end": {str(k): v for k, v in sorted(self.from_end.items())},
        }

    @classmethod
    def from_dict(cls, key: str, d: Any) -> _Stat:
        if not isinstance(d, dict):
            raise ProfileError(f"profile entry {key!r} must be an object")
        text, units, pages = d.get("text"), d.get("units"), d.get("pages")
        if not isinstance(text, str) or not fold(text):
            raise ProfileError(f"profile entry {key!r}: 'text' must be a string with letters or digits")
        if not _count(units) or not _count(pages) or pages < 1:
            raise ProfileError(f"profile entry {key!r}: 'units' and 'pages' must be positive integers")
        s = cls(text, units)
        s.pages = pages
        for name in ("from_start", "from_end"):
            hist = d.get(name)
            if not isinstance(hist, dict):
                raise ProfileError(f"profile entry {key!r}: {name!r} must be an object")
            target = s.from_start if name == "from_start" else s.from_end
            for k, v in hist.items():
                if not (isinstance(k, str) and k.isdigit() and int(k) <= MAX_OFFSET) or not _count(v):
                    raise ProfileError(f"profile entry {key!r}: bad {name!r} bucket {k!r}: {v!r}")
                target[int(k)] = v
            if sum(target.values()) > pages:
                raise ProfileError(f"profile entry {key!r}: {name!r} counts more pages than 'pages'")
        return s


def _count(v: object) -> TypeGuard[int]:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


class SiteProfile:
    """The blocks that recur on a large share of one site's pages, learned from those pages.

    ``min_pages``: pages needed before anything counts as boilerplate. ``min_share``: share of pages
    (0-1] a block must occur on. Learn with ``learn(pages)`` / ``update(page)`` in as many batches
    as you like; combine profiles learned on separate batches with ``merge``.
    """

    __slots__ = ("_pages", "_stats", "min_pages", "min_share")

    def __init__(self, *, min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE) -> None:
        if isinstance(min_pages, bool) or not isinstance(min_pages, int) or min_pages < 1:
            raise OptionError(f"min_pages must be a positive integer, got {min_pages!r}")
        if isinstance(min_share, bool) or not isinstance(min_share, (int, float)) or not 0 < min_share <= 1:
            raise OptionError(f"min_share must be in (0, 1], got {min_share!r}")
        self.min_pages = min_pages
        self.min_share = float(min_share)
        self._pages = 0
        self._stats: dict[str, _Stat] = {}

    # --- learning -------------------------------------------------------------------------------
    @property
    def pages(self) -> int:
        """How many pages the profile has learned from."""
        return self._pages

    def update(self, page: str | bytes | Document, *, input_format: str = "auto") -> None:
        """Learn from one page (HTML or a text dump, ``str`` or ``bytes``, or a fresh ``Document``)."""
        if input_format not in ("auto", "html", "text"):
            raise OptionError(f"input_format must be auto, html or text, not {input_format!r}")
        blocks = _page_blocks(page, input_format)
        n = len(blocks)
        seen: set[str] = set()
        for i, (key, text) in enumerate(blocks):
            if key in seen:  # a page counts once per key; its first occurrence gives the position
                continue
            seen.add(key)
            units = length_units(text)
            if units > MAX_UNITS:
                continue
            stat = self._stats.get(key)
            if stat is None:
                stat = self._stats[key] = _Stat(text, units)
            else:
                stat.text = min(stat.text, text)
                stat.units = min(stat.units, units)
            stat.pages += 1
            if i <= MAX_OFFSET:
                stat.from_start[i] = stat.from_start.get(i, 0) + 1
            if n - 1 - i <= MAX_OFFSET:
                stat.from_end[n - 1 - i] = stat.from_end.get(n - 1 - i, 0) + 1
        self._pages += 1

    def learn(self, pages: Iterable[str | bytes | Document], *, input_format: str = "auto") -> SiteProfile:
        """Learn from a batch of pages; returns ``self`` so calls chain."""
        for page in pages:
            self.update(page, input_format=input_format)
        return self

    def merge(self, other: SiteProfile) -> SiteProfile:
        """A new profile with what both know, as if one had learned from both sets of pages."""
        if not isinstance(other, SiteProfile):
            raise OptionError(f"can only merge a SiteProfile, not {type(other).__name__}")
        if (self.min_pages, self.min_share) != (other.min_pages, other.min_share):
            raise OptionError("cannot merge profiles with different min_pages/min_share")
        out = SiteProfile(min_pages=self.min_pages, min_share=self.min_share)
        out._pages = self._pages + other._pages
        for source in (self._stats, other._stats):
            for key, stat in source.items():
                mine = out._stats.get(key)
                if mine is None:
                    out._stats[key] = stat.copy()
                else:
                    mine.add(stat)
        return out

    # --- deciding -------------------------------------------------------------------------------
    def _is_boilerplate_key(self, key: str) -> bool:
        if self._pages < self.min_pages:
            return False
        stat = self._stats.get(key)
        if stat is None or stat.pages < self.min_share * self._pages:
            return False
        if stat.agreement() < POSITION_AGREEMENT:
            return False
        return _NEWS_LEAD.match(stat.text.strip()) is None

    def is_boilerplate(self, text: str) -> bool:
        """Whether a block with this text is learned site boilerplate."""
        return self._is_boilerplate_key(fold(text))

    def boilerplate(self) -> list[str]:
        """Sample texts of the blocks the profile removes, most frequent first."""
        keys = [k for k in self._stats if self._is_boilerplate_key(k)]
        keys.sort(key=lambda k: (-self._stats[k].pages, k))
        return [self._stats[k].text for k in keys]

    def boilerplate_keys(self) -> frozenset[str]:
        """The ``fold`` keys of every block the profile removes."""
        return frozenset(k for k in self._stats if self._is_boilerplate_key(k))

    # --- persistence ----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "min_pages": self.min_pages,
            "min_share": self.min_share,
            "pages": self._pages,
            "blocks": {k: self._stats[k].to_dict() for k in sorted(self._stats)},
        }

    @classmethod
    def from_dict(cls, d: Any) -> SiteProfile:
        if not isinstance(d, Mapping):
            raise ProfileError(f"a profile must be a JSON object, not {type(d).__name__}")
        version = d.get("version")
        if version != FORMAT_VERSION:
            raise ProfileError(f"unsupported profile version {version!r} (readable: {FORMAT_VERSION})")
        pages, blocks = d.get("pages"), d.get("blocks")
        if not _count(pages):
            raise ProfileError("profile 'pages' must be a non-negative integer")
        if not isinstance(blocks, Mapping):
            raise ProfileError("profile 'blocks' must be an object")
        try:
            out = cls(min_pages=d.get("min_pages", MIN_PAGES), min_share=d.get("min_share", MIN_SHARE))
        except OptionError as e:
            raise ProfileError(f"bad profile setting: {e}") from None
        out._pages = pages
        for key, entry in blocks.items():
            stat = _Stat.from_dict(key, entry)
            if stat.pages > pages:
                raise ProfileError(f"profile entry {key!r} counts more pages than the profile has")
            # Keys are recomputed from the texts: a profile saved before ``fold`` learned a new
            # equivalence (a variant character) still loads, its now-equal entries merged. Merged
            # entries may have been seen on the same pages, so their count is capped at the total.
            folded = fold(stat.text)
            mine = out._stats.get(folded)
            if mine is None:
                out._stats[folded] = stat
            else:
                mine.add(stat)
                mine.pages = min(mine.pages, pages)
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)

    @classmethod
    def from_json(cls, s: str | bytes) -> SiteProfile:
        try:
            d = json.loads(s)
        except (ValueError, UnicodeDecodeError) as e:
            raise ProfileError(f"a profile must be JSON: {e}") from None
        return cls.from_dict(d)

    def save(self, path: str | os.PathLike[str]) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.to_json(indent=1))
            fh.write("\n")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> SiteProfile:
        with open(path, "rb") as fh:
            return cls.from_json(fh.read())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteProfile):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"SiteProfile(pages={self._pages}, blocks={len(self._stats)}, min_pages={self.min_pages})"


class StripSiteBoilerplate:
    """Pipeline stage: remove blocks a ``SiteProfile`` learned as site boilerplate."""

    name = "site_boilerplate"

    def __init__(self, profile: SiteProfile) -> None:
        if not isinstance(profile, SiteProfile):
            raise OptionError(f"profile must be a SiteProfile, not {type(profile).__name__}")
        self.profile = profile

    def __repr__(self) -> str:
        return f"StripSiteBoilerplate({self.profile!r})"

    def __call__(self, doc: Document) -> Document:
        for b in doc.live():
            # Decided per block, not snapshotted: a profile has thousands of keys, a page a few
            # hundred blocks, and the profile may have learned more since the stage was built.
            if b.kind not in _LIVE_KINDS_SKIPPED and self.profile.is_boilerplate(b.text):
                b.remove(self.name, Reason.SITE_BOILERPLATE, RULE_LEARNED)
        return doc
