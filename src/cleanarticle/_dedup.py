"""Collapse text a page prints more than once: exact repeats, extended/cut/edited copies, repeated runs.

Crawlers and CMS templates often print part of an article twice (a "page 2" that restarts, a mobile
and a desktop rendering in one dump, a teaser cut with "…"). ``CollapseRepeats`` marks every copy but
one as ``Reason.DUPLICATE`` or ``Reason.NEAR_DUPLICATE``; it never deletes a block and never edits
text. Matching is done on ``fold`` keys, so width, case, spacing, punctuation and Traditional vs
Simplified script do not make two copies different.

The stage works in two passes over the live blocks, in input order:

1. *Long blocks* (at least ``min_units``) are matched on their own: an exact key through a dict,
   near copies through an inverted index of a few n-gram anchors per block (``_Index``), each
   candidate verified with ``str.find`` / ``rapidfuzz``.
2. *Short blocks* (headings, labels) recur legitimately (``問:``/``答:``, ``(完)``), so they are only
   removed as part of a repeated *run*: walking left from each long match over blocks aligned with
   the original run, and right after the last match of a run with at least two long matches.

See ``docs/dedup.md`` for the thresholds and what they were calibrated on.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set
from dataclasses import dataclass
from typing import NamedTuple

import regex  # type: ignore[import-untyped]
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ._errors import OptionError
from ._fold import AtLeastUnits, fold
from ._model import Block, BlockKind, Document, Reason

__all__ = ["CollapseRepeats"]

# --- Thresholds -------------------------------------------------------------------------------
# Below this many units (characters for CJK-heavy text, words otherwise) a block is "short": it is
# only collapsed inside a repeated run. Calibrated on the ground-truth texts of the eval sets (343
# clean articles, 16,156 lines, which should lose nothing): at 10 units 273 lines in 18 articles
# were collapsed (table-of-contents entries reused as headings, spec-sheet and schedule rows), at 20
# units 100 lines in 8 articles (mostly one meal plan repeating the same meals day after day), at 30
# units 57 lines in 3. The seed page's printed-twice section is fully collapsed at all three values
# because its short headings (情係項目, 群策群力比學趕超) go with the run, not with this threshold.
MIN_UNITS = 20
# Short blocks repeated exactly count as repeats from this many folded characters (letters and
# digits) up: labels such as "問:", "答:", "(完)", "Q:" stay below it. 12 is where the evaluation's
# duplicate-line metric starts counting; it costs recall only where a page truly repeats a line
# (a conference programme's "地 点：…" rows in chinese_wced 2168485b).
SHORT_EXACT_MIN_CHARS = 12
# A run of this many consecutive blocks repeating earlier consecutive blocks is a copy, however
# short each block is (3: two short lines repeat by chance, e.g. "問:" + the same one-word answer).
SHORT_RUN_MIN = 3
# Labels that recur legitimately ("問", "答", "完", "q", "photo" once folded) have at most this many
# letters/digits; longer short blocks may be collapsed on weaker evidence.
LABEL_MAX_CHARS = 5
# A short twin after a single repeated paragraph that is not longer than a label is still taken when
# the page has it only once before (at the aligned place) and it has at least this many letters/digits:
# a heading or a source tag seen once ("骗局之5", "[ CNET ]", "All...") is no recurring label, while
# one-character labels ("問", "答", "完", "Q") stay whatever their count (benchmarks/dedup_eval.py:
# script_swap and width_swap left 3 such twins).
UNIQUE_TWIN_MIN_CHARS = 2
# Repeated runs of short blocks are aligned with at most this many earlier occurrences of their
# first block's key (the first ones) and followed for at most this many blocks per step: bounds the
# work on pages that repeat one line thousands of times. A longer run is taken in several steps.
RUN_CANDIDATES = 16
MAX_RUN_WALK = 64
# A run of short blocks that is not aligned with the first occurrences of its lines must hold at
# least this many lines that occur only in it and in its original (see ``_anchored``). At 1, one
# coincidentally twice-printed line let the repeated course lists and table headers of
# chinese_wced 0df12126 and d5bced5e collapse (ground-truth recall of 0df12126: 0.96 -> 0.80).
RUN_ANCHORS = 2
# fuzz.ratio (0-100) on keys above which two long blocks are one block with small edits. At 90 a
# 60-character key tolerates ~6 inserted or deleted characters; the fact guards below still veto
# changed numbers, names and words. Calibrated on hand-made reprints (typo fixes, an added clause).
NEAR_RATIO = 90.0
# An extended copy must be mostly the same text: the shorter key covers at least this share of the
# longer one. The seed page's extension "(詳見下面四個圖表)" adds 8 characters to 91 (0.92); an
# English "(see the chart below)" appended to a 20-word paragraph gives ~0.8.
EXTEND_MIN_COVER = 0.6
# Small edits are only looked for in blocks whose keys have at least this many characters: on a
# 15-character key one changed character is already a different sentence.
EDIT_MIN_CHARS = 40
# A short block (under ``min_units``) that ends with a truncation mark is still matched as a cut copy
# of a long block when its key has at least this many characters: a teaser cut at half of a
# 25-character paragraph is about 11 characters and was left in the page (benchmarks/dedup_eval.py,
# cut_copy); 8 is the anchor length, the shortest key the index can find. Only the cut rule applies
# to it, so short labels that recur are unaffected.
CUT_MIN_CHARS = 8
# A substitution of more than this many consecutive key characters is a changed word or name (張偉 ->
# 李強, rose -> fell), not a typo: the two blocks state different facts.
MAX_SUBSTITUTION = 1

# --- Candidate index ----------------------------------------------------------------------------
# Anchor n-gram length in key characters (~8 CJK characters, ~1.5 English words).
ANCHOR_CHARS = 8
# Offsets between the strided anchors of a key (see ``_Index``): puts per block ~ stride + 0.4 *
# length / stride; 4 keeps both small for 50-300 character paragraphs.
ANCHOR_STRIDE = 4
# A posting list stops growing at this size: an n-gram shared by that many blocks is a stock phrase,
# not evidence of a copy, and capping keeps lookups O(1) on 10,000-block pages.
MAX_POSTING = 16
# At most this many candidates (most anchor hits first, then earliest) are verified per block.
MAX_VERIFY = 8

# Rule names (stable; they appear in ``Removal.rule``).
RULE_EXACT = "exact"
RULE_EXACT_IN_RUN = "exact_in_run"
RULE_EXACT_SHORT = "exact_short"
RULE_EXACT_OF_REMOVED = "exact_of_removed"
RULE_COPY_OF_REMOVED = "copy_of_removed"
RULE_EXTENDED = "extended_copy"
RULE_CUT = "cut_copy"
RULE_EDITED = "edited_copy"

# Truncation marks a cut copy ends with: "…", "⋯", "...", and their doubled Chinese forms.
_CUT_END = regex.compile(r"(?:…|⋯|\.{3})[\s\"'”’」』)）\]]{0,3}$")
# Capitalised words (proper nouns, month and day names in Latin, Greek, Cyrillic script).
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}\p{M}'’-]{0,40}")
# 兩 folds to 两, which Unicode gives no numeric value; every other Chinese numeral is ``isnumeric``.
_EXTRA_NUMERALS = frozenset("两")


# Kinds whose text does not identify them as a copy.
_NOT_MATCHED = frozenset({BlockKind.IMAGE, BlockKind.CODE})
# Marks the alignment key of a block with no letters or digits ("});", "]", "───┼───"): it lines up
# with the same punctuation inside a repeated run, but never starts one or counts as evidence.
_PUNCT_KEY = "\x00"
# Removal rules of the metadata stage for lines that describe the article (a date line, a byline):
# a copy of one is that line again, however long. Headlines are not among them: a body may open
# with its own title.
_META_LINE_RULES = frozenset({"date_line", "meta_line", "editor_line", "byline", "posted_by", "credit"})


def _is_numeral(ch: str) -> bool:
    return ch.isnumeric() or ch in _EXTRA_NUMERALS


def _numbers(key: str) -> list[str]:
    """Runs of digits and Chinese numerals, in order: the facts two near-identical keys must share."""
    runs: list[str] = []
    start = -1
    for i, ch in enumerate(key):
        if _is_numeral(ch):
            if start < 0:
                start = i
        elif start >= 0:
            runs.append(key[start:i])
            start = -1
    if start >= 0:
        runs.append(key[start:])
    return runs


class _Item(NamedTuple):
    """A live block with its comparison key, in live order (``slot``). A tuple: cheap to build, and
    one is built per live block."""

    slot: int
    block: Block
    key: str
    long: bool
    cut: bool


@dataclass(slots=True, frozen=True)
class _Match:
    rule: str
    score: float  # 0-1, higher is closer; picks the best of several candidates
    later_wins: bool  # the later block is the more complete one


def _clean_edges(longer: str, pos: int, size: int) -> bool:
    """The shorter key sits in ``longer`` without cutting a number in two (451 inside 4512)."""
    end = pos + size
    if pos > 0 and _is_numeral(longer[pos - 1]) and _is_numeral(longer[pos]):
        return False
    return not (end < len(longer) and _is_numeral(longer[end - 1]) and _is_numeral(longer[end]))


def _same_facts(early: _Item, late: _Item) -> bool:
    """Two near-identical blocks say the same thing: same numbers, names and words, modulo tiny edits."""
    if _numbers(early.key) != _numbers(late.key):
        return False
    for op in Levenshtein.opcodes(early.key, late.key):
        if op.tag == "replace" and op.src_end - op.src_start > MAX_SUBSTITUTION:
            return False
    # Proper nouns (Latin and other cased scripts): one copy may add some, neither may swap one.
    a = set(_CAPITALISED.findall(early.block.text))
    b = set(_CAPITALISED.findall(late.block.text))
    return a <= b or b <= a


def _relate(early: _Item, late: _Item, near_ratio: float) -> _Match | None:
    """How ``late`` copies ``early``, if it does."""
    a, b = early.key, late.key
    shorter, longer = (early, late) if len(a) <= len(b) else (late, early)
    later_wins = len(b) > len(a)
    s, t = shorter.key, longer.key
    if shorter.cut and len(s) < len(t) and t.startswith(s):
        return _Match(RULE_CUT, len(s) / len(t), later_wins)
    if not shorter.long:  # a short cut teaser is only ever a cut copy of a long block
        return None
    if len(s) >= EXTEND_MIN_COVER * len(t):
        pos = t.find(s)
        if pos >= 0 and _clean_edges(t, pos, len(s)):
            return _Match(RULE_EXTENDED, len(s) / len(t), later_wins)
    if len(s) >= EDIT_MIN_CHARS:
        ratio = fuzz.ratio(a, b, score_cutoff=near_ratio)
        if ratio and _same_facts(early, late):
            return _Match(RULE_EDITED, ratio / 100.0, False)
    return None


class _Grams(NamedTuple):
    """The anchors of one key: n-grams at the dense and the strided offsets, the last one, and
    the strided ones that are heads (see ``_Index``)."""

    dense: list[str]
    strided: list[str]
    tail: str
    strided_heads: Set[str]


def _dense_offsets(key: str) -> range:
    return range(min(ANCHOR_STRIDE, len(key) - ANCHOR_CHARS + 1))


class _Index:
    """Inverted index of a few anchors per kept long block, for near-copy candidates.

    When the shorter key covers at least ``cover`` of the longer one, it starts at some offset
    ``p <= (1 - cover) * len(longer)`` inside the longer key (or shares its start or end, for cut
    and edited copies). With a stride ``s``, the earlier block puts its n-grams at offsets
    ``0..s-1`` (``dense``) and at every ``s``-th offset up to ``p``'s bound (``strided``); the later
    block reads the opposite sets. Whichever of the two is contained, one of its dense offsets
    lines up with one of the other's strided offsets: a handful of puts and reads per block instead
    of one per character. The tail anchor catches edits near the start.

    ``heads``: every dense n-gram a block of the page may ever read with (see ``_Run._heads``). The
    strided table is only read with dense n-grams, so a strided n-gram outside ``heads`` is never
    put: no read could find it (most strided n-grams of a long block are such). The dense table
    holds heads only, so reads of it skip the other strided n-grams as well.
    """

    __slots__ = ("_cover", "_heads", "dense", "strided", "tail")

    def __init__(self, cover: float, heads: frozenset[str]) -> None:
        self._cover = cover
        self._heads = heads
        self.dense: dict[str, list[int]] = {}
        self.strided: dict[str, list[int]] = {}
        self.tail: dict[str, list[int]] = {}

    def grams(self, key: str) -> _Grams:
        """The anchors of ``key``; strided offsets reach as far as the cover allows a copy to start."""
        reach = min(len(key) - ANCHOR_CHARS, int(len(key) * (1.0 - self._cover)) + ANCHOR_STRIDE)
        strided = [key[o : o + ANCHOR_CHARS] for o in range(0, reach + 1, ANCHOR_STRIDE)]
        return _Grams(
            [key[o : o + ANCHOR_CHARS] for o in _dense_offsets(key)],
            strided,
            key[-ANCHOR_CHARS:],
            self._heads.intersection(strided),
        )

    @staticmethod
    def _put(table: dict[str, list[int]], grams: Set[str], slot: int) -> None:
        for gram in grams:
            posting = table.get(gram)
            if posting is None:
                table[gram] = [slot]
            elif len(posting) < MAX_POSTING:
                posting.append(slot)

    def add(self, slot: int, grams: _Grams) -> None:
        self._put(self.dense, set(grams.dense), slot)
        self._put(self.strided, grams.strided_heads, slot)
        self._put(self.tail, {grams.tail}, slot)

    def candidates(self, grams: _Grams) -> dict[int, int]:
        """Earlier slots sharing an anchor, with the number of anchors shared (an n-gram at several
        offsets counts each time). Dense-table n-grams are all heads, so only ``strided_heads`` are
        looked up there."""
        hits: dict[int, int] = {}
        tail = self.tail.get(grams.tail)
        if tail:
            for slot in tail:
                hits[slot] = 1
        for gram in grams.strided_heads:
            posting = self.dense.get(gram)
            if posting:
                times = grams.strided.count(gram)
                for slot in posting:
                    hits[slot] = hits.get(slot, 0) + times
        for posting in map(self.strided.get, grams.dense):
            if posting:
                for slot in posting:
                    hits[slot] = hits.get(slot, 0) + 1
        return hits


class CollapseRepeats:
    """Pipeline stage: mark repeated blocks as duplicates of the copy that is kept.

    ``min_units``: blocks shorter than this (characters for CJK-heavy text, words otherwise) are
    only collapsed inside a repeated run. ``near_ratio``: ``fuzz.ratio`` threshold (0-100) on keys for
    an edited copy of a long block.
    """

    name = "dedup"

    def __init__(self, *, min_units: int = MIN_UNITS, near_ratio: float = NEAR_RATIO) -> None:
        if min_units < 1:
            raise OptionError(f"min_units must be at least 1, got {min_units!r}")
        if not 0.0 < near_ratio <= 100.0:
            raise OptionError(f"near_ratio must be in (0, 100], got {near_ratio!r}")
        self.min_units = min_units
        self.near_ratio = near_ratio

    def __repr__(self) -> str:
        return f"CollapseRepeats(min_units={self.min_units}, near_ratio={self.near_ratio})"

    def __call__(self, doc: Document) -> Document:
        run = _Run(self, doc)
        run.apply(self.name)
        _repeats_of_removed(self.name, run.items, run.removed)
        return doc


class _Removed(NamedTuple):
    """A block an earlier stage removed, with its key; ``meta`` for a metadata line (date, byline)."""

    block: Block
    key: str
    meta: bool


# A metadata line whose copy is looked for among long blocks is at most this long (characters): date
# lines and bylines are short; the bound keeps long removed text out of the comparisons.
_META_MAX_CHARS = 300


def _removed_keys(doc: Document, stage: str, longest: int) -> list[_Removed]:
    """Keys of the blocks earlier stages removed that a live block may repeat.

    Only blocks of at most ``longest`` characters (twice the longest short live block: only those
    can share a short block's key), plus metadata lines, which a long block may extend. Folding is
    bounded so: HTML pages remove many blocks.
    """
    out: list[_Removed] = []
    bound = max(longest, _META_MAX_CHARS)  # nothing longer qualifies: skip it before the other tests
    for block in doc.blocks:
        removal = block.removal
        if removal is None:
            continue
        text = block.text
        size = len(text)
        if size > bound or removal.stage == stage or block.kind in _NOT_MATCHED:
            continue
        meta = removal.reason is Reason.METADATA and removal.rule in _META_LINE_RULES
        if size <= longest or (meta and size <= _META_MAX_CHARS):
            key = fold(text)
            if key:
                out.append(_Removed(block, key, meta))
    return out


def _repeats_of_removed(stage: str, items: list[_Item], removed: list[_Removed]) -> None:
    """A block that repeats a block an earlier stage removed is that block again: it goes too,
    pointing at it. Short blocks: a word-for-word repeat of anything but a label (a date line or a
    source line read as metadata, a tag line). Long blocks: only an exact, extended or cut copy of a
    metadata line (a date line with a note appended); other long ones are left alone, as a standfirst
    removed outside the main content may legitimately open the body as its first paragraph."""
    if not removed:
        return
    first: dict[str, int] = {}
    for r in removed:
        if len(r.key) > LABEL_MAX_CHARS:
            first.setdefault(r.key, r.block.index)
    meta = [_Item(-1, r.block, r.key, True, False) for r in removed if r.meta]
    for item in items:
        block = item.block
        if block.removal is not None or not item.key:
            continue
        if not item.long:
            twin = first.get(item.key)
            if twin is not None and twin < block.index:
                block.remove(stage, Reason.DUPLICATE, RULE_EXACT_OF_REMOVED, twin=twin)
            continue
        for line in meta:
            if line.block.index > block.index or len(line.key) < EXTEND_MIN_COVER * len(item.key):
                continue
            if line.key == item.key:
                block.remove(stage, Reason.DUPLICATE, RULE_EXACT_OF_REMOVED, twin=line.block.index)
                break
            match = _relate(line, item, 100.0)
            if match is not None and match.rule != RULE_EDITED:
                block.remove(stage, Reason.NEAR_DUPLICATE, RULE_COPY_OF_REMOVED, twin=line.block.index)
                break


def _copied_stretch(akeys: list[str | None], pos: int, size: int) -> bool:
    """The ``size`` blocks at ``pos`` (which repeat earlier ones) are a copy, not a pattern.

    At least two of them have letters or digits, with two different keys (three "Photo" lines are
    three photos), and the stretch does not continue its own left context with a period shorter
    than itself (code and JSON lines alternating "list: [" / "]" repeat with period 2; a run
    printed twice in a row repeats with period = its length, which is a copy).
    """
    stretch = akeys[pos : pos + size]
    keyed = [k for k in stretch if k is not None and not k.startswith(_PUNCT_KEY)]
    if len(keyed) < 2 or len(set(stretch)) < 2:
        return False
    for period in range(1, size):
        if all(akeys[pos + m] == akeys[pos + m - period] for m in range(size)):
            return False
    return True


def _anchored(
    akeys: list[str | None], occurrences: dict[str, list[int]], pos: int, origin: int, live: list[int]
) -> bool:
    """The stretch at ``pos`` is aligned with ``origin`` on something only the original has.

    ``live``: the offsets in the stretch of live blocks, the only ones that count. Either every one
    lines up with the first occurrence of its key (a list printed twice), or with a repeat of a
    line first seen earlier in the same original stretch; or at least ``RUN_ANCHORS`` of them (of
    ``UNIQUE_TWIN_MIN_CHARS`` letters/digits or more) occur nowhere on the page but in the original
    and in this copy. A stretch of lines that recur all over the page (the same course names under
    each teacher of a programme, the cells of a table header, an infobox's "語言:" and "曲目" rows)
    is the page's structure, not a copy, even where one of its lines happens to occur only twice.
    """
    all_first = True
    anchors = 0
    for m in live:
        key = akeys[pos + m]
        if key is None or key.startswith(_PUNCT_KEY):
            continue
        seen = occurrences[key]
        if len(seen) <= 2 and len(key) >= UNIQUE_TWIN_MIN_CHARS:  # 1: a near copy, aligned by pass 1
            anchors += 1
            if anchors >= RUN_ANCHORS:
                return True
        # First occurrence at the aligned place, or inside the original stretch itself (a table or
        # code line that repeats within the original: "2 │ -0.757" twice in one query output).
        all_first = all_first and origin <= seen[0] <= origin + m
    return all_first


class _Run:
    """The state of one ``CollapseRepeats`` call: nothing survives it, so calls are independent."""

    def __init__(self, stage: CollapseRepeats, doc: Document) -> None:
        self.near_ratio = stage.near_ratio
        self.doc_blocks = doc.blocks
        self.items: list[_Item] = []
        # ``length_units(text) >= min_units``, mostly without counting every unit (a regex compile:
        # the regex module's cache makes building it per call cheap).
        items, is_long = self.items, AtLeastUnits(stage.min_units)
        for slot, block in enumerate(doc.live()):
            # An image's text is its alt/caption: two images are not the same image because of it.
            # Code repeats lines legitimately (the eval pages' SQL and shell sessions).
            text = block.text
            key = "" if block.kind in _NOT_MATCHED else fold(text)
            long = bool(key) and is_long(text)
            cut = (long or len(key) >= CUT_MIN_CHARS) and _CUT_END.search(text[-12:]) is not None
            items.append(_Item(slot, block, key, long, cut))
        n = len(self.items)
        # parent[s]: the slot s was folded into (None while s is kept); roots are the kept copies.
        self.parent: list[int | None] = [None] * n
        # pair[c]: the earlier slot a later copy c was matched with (for run alignment).
        self.pair: list[int | None] = [None] * n
        self.verdict: dict[int, tuple[Reason, str]] = {}
        # moved_from[j] = i: the later, more complete j replaced the earlier i (and may read there).
        self.moved_from: dict[int, int] = {}
        self.run_of: dict[int, int] = {}
        # slots_of[key]: the live slots with that key, in order (is a short twin unique before?).
        self.slots_of: dict[str, list[int]] = {}
        for item in self.items:
            if item.key:
                self.slots_of.setdefault(item.key, []).append(item.slot)
        longest = max((len(i.block.text) for i in self.items if i.key and not i.long), default=0)
        self.removed = _removed_keys(doc, stage.name, 2 * longest)
        self._match_long()
        self._extend_runs()
        self._match_short_runs()
        self._match_short_exact()

    def root(self, slot: int) -> int:
        parent = self.parent[slot]
        while parent is not None:
            slot, parent = parent, self.parent[parent]
        return slot

    # --- pass 1: long blocks ------------------------------------------------------------------
    def _heads(self) -> frozenset[str]:
        """The dense n-grams of every block that may look for candidates (``_best_candidate``): the
        long ones and the cut ones, a superset of those that do."""
        return frozenset(
            i.key[o : o + ANCHOR_CHARS] for i in self.items if i.long or i.cut for o in _dense_offsets(i.key)
        )

    def _match_long(self) -> None:
        exact: dict[str, int] = {}
        index = _Index(EXTEND_MIN_COVER, self._heads())
        for item in self.items:
            if not item.long:
                if item.cut:
                    self._match_short_cut(item, index)
                continue
            j = item.slot
            first = exact.get(item.key)
            if first is not None:
                kept = self.root(first)
                if kept == first:
                    self._fold_into(j, first, Reason.DUPLICATE, RULE_EXACT)
                else:  # an exact copy of a block a longer copy replaced: relate it to that one
                    rule = self.verdict[first][1]
                    self._fold_into(j, kept, Reason.NEAR_DUPLICATE, rule)
                self.pair[j] = first
                continue
            if len(item.key) < ANCHOR_CHARS:  # too short for an anchor: only exact copies
                exact[item.key] = j
                continue
            grams = index.grams(item.key)
            best = self._best_candidate(item, grams, index)
            if best is not None:
                i, match = best
                self.pair[j] = i
                if match.later_wins:
                    # Keep the more complete text where the first copy was read.
                    self._fold_into(i, j, Reason.NEAR_DUPLICATE, match.rule)
                    self.moved_from[j] = i
                    exact.setdefault(item.key, j)
                    index.add(j, grams)
                else:
                    self._fold_into(j, i, Reason.NEAR_DUPLICATE, match.rule)
                continue
            exact[item.key] = j
            index.add(j, grams)

    def _match_short_cut(self, item: _Item, index: _Index) -> None:
        """A short teaser cut with "…": a cut copy of an earlier long block, or indexed so that a
        later full paragraph finds it (``_relate`` only gives it the cut rule)."""
        grams = index.grams(item.key)
        best = self._best_candidate(item, grams, index)
        if best is not None and not best[1].later_wins:
            self.pair[item.slot] = best[0]
            self._fold_into(item.slot, best[0], Reason.NEAR_DUPLICATE, best[1].rule)
        elif best is None:
            index.add(item.slot, grams)

    def _best_candidate(self, item: _Item, grams: _Grams, index: _Index) -> tuple[int, _Match] | None:
        hits: dict[int, int] = {}
        for slot, count in index.candidates(grams).items():
            kept = self.root(slot)
            hits[kept] = hits.get(kept, 0) + count
        ranked = sorted(hits, key=lambda s: (-hits[s], s))[:MAX_VERIFY]
        best: tuple[int, _Match] | None = None
        for slot in ranked:
            match = _relate(self.items[slot], item, self.near_ratio)
            if match is not None and (best is None or match.score > best[1].score):
                best = (slot, match)
        return best

    def _fold_into(self, slot: int, kept: int, reason: Reason, rule: str) -> None:
        self.parent[slot] = kept
        self.verdict[slot] = (reason, rule)

    # --- pass 2: runs over short blocks -------------------------------------------------------
    def _aligned(self, c: int, o: int) -> bool:
        """Copy slot ``c`` is already known as the copy of original slot ``o``."""
        p = self.pair[c]
        return p is not None and self.root(p) == self.root(o)

    def _short_twin(self, c: int, o: int) -> bool:
        """Unmatched slot ``c`` has the same key as the aligned original ``o``."""
        item = self.items[c]
        return (
            not item.long
            and self.pair[c] is None
            and self.parent[c] is None
            and bool(item.key)
            and item.key == self.items[o].key
        )

    def _take_short(self, c: int, o: int, run: int) -> None:
        self.pair[c] = o
        self.run_of[c] = run
        self._fold_into(c, self.root(o), Reason.DUPLICATE, RULE_EXACT_IN_RUN)

    def _extend_runs(self) -> None:
        seeds = [c for c in range(len(self.items)) if self.pair[c] is not None]
        long_pairs: dict[int, int] = {}  # run id -> long matches in it
        last_of: dict[int, int] = {}  # run id -> its rightmost copy slot
        for seed in seeds:
            run = self._walk_left(seed)
            self.run_of[seed] = run
            long_pairs[run] = long_pairs.get(run, 0) + 1
            last_of[run] = seed
        # Short blocks after the last match belong to the run only if it is a real run (two or more
        # long matches): after a single repeated paragraph, the next 問: starts a new question.
        # After a single one, only short twins that are no label ("問:", "(完)") are taken.
        for run, count in long_pairs.items():
            self._walk_right(last_of[run], run, count >= 2)

    def _walk_left(self, seed: int) -> int:
        """Collapse aligned short blocks left of ``seed``; return the run id ``seed`` belongs to.

        Short twins right next to a match are taken. Past a gap (one unmatched block in the copy,
        the original or both) they are only taken if the walk reaches an earlier match: a gap
        plus a coincidence of labels is not a run.
        """
        c, o = seed, self.pair[seed]
        assert o is not None
        # The block right after the original is both the original's trailing line and the copy's
        # leading line ("label, paragraph, label, paragraph"): ambiguous, so a short one stays (a
        # longer run printed twice is still found by ``_match_short_runs``).
        after_original = o + 1
        taken: list[tuple[int, int]] = []
        firm = 0  # taken[:firm] are certain; the rest wait for an earlier match
        past_gap = False
        run = seed
        while True:
            step = self._step_left(c, o)
            if step is None:
                break
            nc, no, known = step
            past_gap = past_gap or (c - nc, o - no) != (1, 1)
            c, o = nc, no
            if known:  # reached an earlier match: same run, and its left side is already done
                run = self.run_of.get(c, c)
                firm = len(taken)
                break
            if c <= after_original:
                break
            taken.append((c, o))
            if not past_gap:
                firm = len(taken)
        for c, o in taken[:firm]:
            self._take_short(c, o, run)
        return run

    def _step_left(self, c: int, o: int) -> tuple[int, int, bool] | None:
        """The next aligned pair left of (c, o), and whether it is a known match.

        One step back in both, or a gap of one block in the copy, the original or both.
        """
        for dc, do in ((1, 1), (2, 2), (2, 1), (1, 2)):
            nc, no = c - dc, o - do
            if no < 0 or no >= nc:
                continue
            if self._aligned(nc, no):
                return nc, no, True
            if self._short_twin(nc, no):
                return nc, no, False
        return None

    def _walk_right(self, last: int, run: int, labels_too: bool) -> None:
        """Collapse short twins right of the run's last match; labels only if ``labels_too``.

        After a single paragraph repeated right after the label that follows it ("P, L, P, L"), the
        second label is taken: the page shows the pair twice in a row, and the first label is the
        one the walk left keeps (see ``_walk_left``).
        """
        c, o = last, self.pair[last]
        assert o is not None
        tandem = c == o + 2
        while (
            c + 1 < len(self.items)
            and o + 1 < c + 1
            and self._short_twin(c + 1, o + 1)
            and (labels_too or tandem or not self._label(c + 1))
        ):
            c, o = c + 1, o + 1
            tandem = False
            self._take_short(c, o, run)

    def _label(self, slot: int) -> bool:
        """A short block that may recur legitimately as a label ("問:", "(完)", "[ CNBC ]").

        At most LABEL_MAX_CHARS letters/digits, and either under UNIQUE_TWIN_MIN_CHARS, or printed
        word for word by an earlier block with more than one earlier block sharing its key: a
        template prints its labels the same way each time, so a block seen once before, or only in
        another width or script, is a copied heading or tag rather than a recurring label.
        """
        key = self.items[slot].key
        if len(key) > LABEL_MAX_CHARS:
            return False
        if len(key) < UNIQUE_TWIN_MIN_CHARS:
            return True
        earlier = self.slots_of[key][: bisect_left(self.slots_of[key], slot)]
        text = self.items[slot].block.text.strip()
        return len(earlier) > 1 and any(self.items[s].block.text.strip() == text for s in earlier)

    # --- pass 3: short exact repeats ----------------------------------------------------------
    def _sequence(self) -> tuple[list[str | None], list[int | None]]:
        """The blocks runs are aligned over: alignment keys, and live slots (None: a removed block).

        All blocks, in input order. A page printed twice prints its removed lines twice too (a date
        line read as metadata), so the copy of a run is aligned over them, and a removed line that
        the copy lacks ends the alignment instead of making the next blocks look adjacent. A live
        block with no letters or digits ("});"), and a separator line the parse stage removed as
        empty, key on their punctuation; images, code and removed blocks that were not folded (see
        ``_removed_keys``) have no key (None) and break a run.
        """
        removed = {r.block.index: r.key for r in self.removed}
        akeys: list[str | None] = []
        slots: list[int | None] = []
        live = iter(self.items)
        for block in self.doc_blocks:
            if block.removal is None:
                item = next(live)
                if item.key:
                    akeys.append(item.key)
                elif block.kind in _NOT_MATCHED:
                    akeys.append(None)
                else:
                    akeys.append(_PUNCT_KEY + "".join(block.text.split()))
                slots.append(item.slot)
            else:
                key = removed.get(block.index)
                if key is None and block.removal.reason is Reason.EMPTY:
                    # A separator line ("───┼───") the parse stage removed still lines a copy up.
                    key = _PUNCT_KEY + "".join(block.text.split())
                akeys.append(key)
                slots.append(None)
        return akeys, slots

    def _match_short_runs(self) -> None:
        """A run of at least SHORT_RUN_MIN consecutive blocks repeating, in order, a run of earlier
        blocks is a copy even when every block in it is short (a table of contents, a list of
        titles, code-like lines printed twice). An interview's alternating 問:/答: never lines up
        for three blocks in a row, because the answers between them differ.

        Each run is aligned with the earlier occurrence of its first block that matches the longest
        stretch, so lines that also occur elsewhere (a numbered list repeated in every section of a
        programme, a code line printed twice in the original) do not break the alignment. Stretches
        that merely continue a pattern (the same line over and over, "list: [" / "]" alternating)
        are no copy: see ``_copied_stretch``.
        """
        akeys, slots = self._sequence()
        n = len(akeys)
        occurrences: dict[str, list[int]] = {}
        # A run can only start where a key repeats an earlier one: (position, key), in order.
        repeats: list[tuple[int, str]] = []
        for pos, k in enumerate(akeys):
            if k is not None:
                seen = occurrences.get(k)
                if seen is None:
                    occurrences[k] = [pos]
                else:
                    seen.append(pos)
                    repeats.append((pos, k))
        after = 0  # the end of the last copied run taken: no run starts inside it
        for pos, k in repeats:
            # A run starts on a block with letters or digits that does not repeat its neighbour.
            if pos < after or k.startswith(_PUNCT_KEY) or akeys[pos - 1] == k:
                continue
            seen = occurrences[k]
            size, origin = 0, -1
            for o in seen[:RUN_CANDIDATES]:
                if o >= pos:
                    break
                m = 0
                while m < MAX_RUN_WALK and pos + m < n and o + m < pos:
                    a = akeys[pos + m]  # ``_same``, its common case first
                    if a is None or (a != akeys[o + m] and not self._same(akeys, slots, pos + m, o + m)):
                        break
                    m += 1
                if m > size:
                    size, origin = m, o
                    if m == MAX_RUN_WALK:
                        break
            # Only live blocks of the copy count: removed ones (link-dense rows, menus) recur as
            # the page's structure, they only keep the alignment honest.
            live = [m for m in range(size) if slots[pos + m] is not None] if size >= SHORT_RUN_MIN else []
            if (
                len(live) >= SHORT_RUN_MIN
                and _copied_stretch(akeys, pos, size)
                and _anchored(akeys, occurrences, pos, origin, live)
                and self._evidence(akeys, slots, pos, size)
            ):
                for k_ in range(size):
                    self._take_in_run(slots[pos + k_], slots[origin + k_])
                after = pos + size

    def _evidence(self, akeys: list[str | None], slots: list[int | None], pos: int, size: int) -> bool:
        """A stretch around a long block needs a second block that is no label: one repeated
        paragraph with labels on both sides ("答:", answer, "問:") is a repeated paragraph, whose
        labels stay (the rule of ``_walk_right``). Stretches of short blocks only need
        ``_copied_stretch``."""
        strong, has_long = 0, False
        for at in range(pos, pos + size):
            slot, key = slots[at], akeys[at]
            if slot is None:  # a removed line (a date line read as metadata), a label if short
                strong += key is not None and len(key) > LABEL_MAX_CHARS
                continue
            item = self.items[slot]
            has_long = has_long or item.long
            if item.key and (item.long or not self._label(slot)):
                strong += 1
        return strong >= 2 or not has_long

    def _same(self, akeys: list[str | None], slots: list[int | None], a: int, b: int) -> bool:
        """Sequence positions ``a`` and ``b`` hold the same block: same key, or one kept copy."""
        if akeys[a] is not None and akeys[a] == akeys[b]:
            return True
        sa, sb = slots[a], slots[b]
        return sa is not None and sb is not None and akeys[a] is not None and self.root(sa) == self.root(sb)

    def _take_in_run(self, slot: int | None, original: int | None) -> None:
        """Collapse a short live block of a copied run into its aligned original. Blocks aligned with
        a removed block are left to ``_repeats_of_removed``; long ones were matched in pass 1."""
        if slot is None or original is None:
            return
        item = self.items[slot]
        if item.long or self.parent[slot] is not None or slot in self.verdict:
            return
        kept = self.root(original)
        if kept != slot:
            self._fold_into(slot, kept, Reason.DUPLICATE, RULE_EXACT_IN_RUN)
            self.pair[slot] = original

    def _match_short_exact(self) -> None:
        """A short block repeated word for word, long enough not to be a label ("問:", "(完)"), is
        a repeat wherever it stands: a photo credit under every picture, a show name under every
        video. Measured in folded characters so CJK and Latin text share one threshold."""
        seen: dict[str, int] = {}
        for item in self.items:
            if item.long or len(item.key) < SHORT_EXACT_MIN_CHARS:
                continue
            slot = item.slot
            if self.parent[slot] is not None or slot in self.verdict:
                continue
            first = seen.get(item.key)
            if first is None:
                seen[item.key] = slot
            else:
                self._fold_into(slot, first, Reason.DUPLICATE, RULE_EXACT_SHORT)
                self.pair[slot] = first

    # --- apply --------------------------------------------------------------------------------
    def apply(self, stage: str) -> None:
        for slot, (reason, rule) in sorted(self.verdict.items()):
            twin = self.items[self.root(slot)].block.index
            self.items[slot].block.remove(stage, reason, rule, twin=twin)
        # A more complete later copy is read where the first copy was, but only inside a repeated
        # run (a page printed twice). An isolated shorter earlier copy is a pull quote or teaser:
        # the full paragraph stays where it is.
        run_size: dict[int, int] = {}
        for run in self.run_of.values():
            run_size[run] = run_size.get(run, 0) + 1
        for slot, item in enumerate(self.items):
            if self.parent[slot] is not None:
                continue
            origin = slot
            while origin in self.moved_from and run_size.get(self.run_of.get(origin, origin), 0) >= 2:
                origin = self.moved_from[origin]
            if origin != slot:
                first = self.items[origin].block
                item.block.position = first.position if first.position is not None else float(first.index)
