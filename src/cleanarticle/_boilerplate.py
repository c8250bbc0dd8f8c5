"""Boilerplate detection by *kind*: two pipeline stages that mark, never delete.

``StripNavigation`` removes menus, city/section bars, breadcrumbs, pagination (Reason.NAVIGATION) and
promo image texts, ads and newsletter boxes (Reason.PROMO). ``StripBoilerplate`` removes legal and
copyright notices, CMS tag lines, placeholders, share bars, related-story teasers, comment markers and
editor lines (Reason.METADATA). The patterns are data in ``_patterns``; this module holds the rules:
which pattern applies to which block, given its text, its layout fields (HTML only) and its neighbours.

Precision beats recall: every rule wants either a whole-line match, a short line with a strong cue, or
structure (a header followed by numbered clauses, a label followed by a bar, a heading followed by
teaser items). A body paragraph that merely mentions copyright or starts with 相关 is left alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from . import _patterns as P
from ._fold import fold, is_cjk_heavy
from ._model import Block, BlockKind, Document, Reason
from ._prose import is_prose

# --- thresholds ----------------------------------------------------------------------------------
# Lines longer than this are never matched by a whole-line rule (bounds regex input, and real
# menus / notices / labels are far shorter). Calibrated on the seed and the wced/shub pages, where the
# longest nav or legal line is ~170 characters (sohu footers).
MAX_LINE_CHARS = 300
# A legal line with a strong cue must be at most this long (the seed's numbered clauses reach ~150;
# the wced footers ~120). Longer text mentioning "版权所有" is body text.
LEGAL_LINE_MAX = 200
# Declaration headers ("…聲明:", "Disclaimer") are short; the seed header is 20 characters.
LEGAL_HEADER_MAX = 60
# A declaration header with no numbered clauses may take this many disclaimer paragraphs under it
# (wced yahoo.cn: one paragraph under each of its two headers), each at most LEGAL_PARAGRAPH_MAX
# characters (the longest, the content-partner notice, is ~250).
LEGAL_PARAGRAPHS_MAX = 2
LEGAL_PARAGRAPH_MAX = 600
# Comment-form labels taken after a comment marker ("发表名", "E-mail (不显示在评论中)", "个人主页"…;
# wced blogs have 3-6 fields) and the length of one label.
COMMENT_FORM_MAX_ITEMS = 10
COMMENT_FORM_LABEL_MAX = 40
# A read-count line that is not bracketed may hold this many letters besides the count and other
# counters ("阅读次数：178 评论：3" has none; "共" or "本文" may stand before it); the bracketed form
# ("(本文发表于首页批评与建议, 已被阅读178次)") must name the post instead (_POST_WORD_RE).
READ_COUNT_MAX_REST = 2
# A menu bar needs this many items; 3 suffice when at least half are known menu words
# (seed city bar: 10 items; wced menus: 5-20; shub "World | Business | Tech | Sport": 4).
NAV_BAR_MIN_ITEMS = 5
NAV_BAR_MIN_ITEMS_WITH_WORDS = 3
NAV_WORD_SHARE = 0.5
# One menu item: at most 8 CJK characters ("艺术专题影像艺术" in wced) or 3 Latin words / 24 chars.
NAV_ITEM_MAX_CJK = 8
NAV_ITEM_MAX_WORDS = 3
NAV_ITEM_MAX_CHARS = 24
# HTML: a block inside a <nav> landmark or a nav-classed container, if no longer than this.
NAV_REGION_MAX_CHARS = 200
# HTML: a run of at least NAV_RUN_MIN consecutive blocks that are each mostly link text and short is a
# menu (wced rfi / hanspub menus are runs of 10-30 one-link blocks).
NAV_LINK_DENSITY = 0.75
NAV_RUN_MIN = 3
NAV_RUN_ITEM_MAX_CJK = 12
NAV_RUN_ITEM_MAX_WORDS = 4
# Breadcrumb: every crumb at most this long, the whole line at most BREADCRUMB_MAX_CHARS.
CRUMB_MAX_CHARS = 24
BREADCRUMB_MAX_CHARS = 150
# Pagination bars are short ("<< 上一页 | 下一页 >>", "Page 2 of 5 Next").
PAGINATION_MAX_CHARS = 80
# A tag-prefixed line whose remainder is at least this similar (rapidfuzz ratio, 0-100, after folding
# width and script) to the headline tags this article (seed: ~97 for "泉“項目…" vs "泉州“項目…").
TITLE_MATCH_MIN = 85
# A teaser headline (after tags, or after a related heading) is at most this long; real headlines in
# wced/shub related boxes are 10-70 characters.
TEASER_MAX_CHARS = 100
# A related heading takes at most this many items after it.
RELATED_MAX_ITEMS = 20
# HTML: link-dense teaser items (related boxes) may be a bit longer than text-only ones.
TEASER_LINK_DENSITY = 0.6
# HTML: cue-based rules (class/id tokens) only apply to blocks up to this long; comment bodies may be
# longer, so they get COMMENT_CUE_MAX_CHARS.
CUE_MAX_CHARS = 300
# Widget control labels are short and have no sentence punctuation ("Text Edge Style", "Done").
WIDGET_MAX_CHARS = 40
# Sentence punctuation: a widget's control labels have none. (Prose, which takes class/id cues from
# its own element and two parents only, Block.near_cue_set, is _prose.is_prose.)
P_SENTENCE = re.compile(r"[。！？；，,.;!?]")
COMMENT_CUE_MAX_CHARS = 1000
# Newsletter promos written as sentences are one to three short sentences; the longest in shub is the
# Motor Cycle Monthly box (~120 characters), the Water Coolest one ~150.
PROMO_MAX_CHARS = 220
# An invitation to write letters to the editor is a short paragraph (shub NYT opinion: ~210 chars).
LETTERS_INVITE_MAX_CHARS = 300
# Photo credits: a credit line alone is short (shub/readability credits: 12-70 characters, AP's "… via
# AP" lines up to ~45); a caption with a credit at its end is at most CAPTION_MAX_CHARS (shub captions
# with "(Photo by …)" reach ~260).
CREDIT_MAX_CHARS = 100
CAPTION_MAX_CHARS = 300
# A credit is a few names: at most this many items ("Spencer Platt/Getty Images News/Getty Images": 3),
# each at most CREDIT_ITEM_MAX_WORDS words ("New York State Sex Offender Registry": 6), with at most
# CREDIT_MAX_LOWER lower-case words that are no joiner (user names: "evgenyb/iStock/Getty Images").
CREDIT_MAX_ITEMS = 5
CREDIT_ITEM_MAX_WORDS = 6
CREDIT_MAX_LOWER = 1
# A credit with no agency or label (a name list: "Olena Shmahalo/Quanta Magazine") must sit right under
# an image, and its items are short.
CREDIT_NAME_ITEM_MAX_WORDS = 4

_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_DIGIT_RE = re.compile(r"\d")
# Only what ``\s+`` -> " " would change: runs of two or more, and single non-space whitespace
# (tab, NBSP, ideographic space). Text from the parsers is already normalised, and then nothing
# matches and nothing is copied.
_WS_RE = re.compile(r"\s{2,}|[^\S ]")
_ARROWS_RE = re.compile(r"[<>«»‹›]+")
# Characters that never occur in a breadcrumb but do in code and markup.
_CODE_CHARS_RE = re.compile(r"[<=\"{}();]")
# Trailing "(2005-04-27 14:32PM)"-style dates on teaser items (wced yahoo.cn related lists).
_TRAILING_DATE_RE = re.compile(r"[(（]\s?\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}[^)）]{0,20}[)）]$")


# --- small helpers -------------------------------------------------------------------------------


def _norm(text: str) -> str:
    """Stripped, whitespace-collapsed text (NBSP and ideographic spaces count as whitespace)."""
    # Exact fast path: every whitespace character but " " is in a Unicode category isprintable()
    # rejects (Cc, Zs, Zl, Zp), so a printable text without a double space holds nothing _WS_RE
    # would change. Two C scans instead of a regex scan (most blocks, and all long paragraphs).
    if text.isprintable() and "  " not in text:
        return text.strip()
    return _WS_RE.sub(" ", text).strip()


def _fold(text: str) -> str:
    """Fold width, case and script, and drop punctuation and spaces, for fuzzy comparison (the
    shared comparison key, on a bounded prefix)."""
    return fold(text[:MAX_LINE_CHARS])


def _any_of(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (each keeps its own IGNORECASE), so a
    rule costs one regex call per block instead of one per pattern."""
    parts = [f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in patterns]
    return re.compile("|".join(parts))


_LEGAL_STRONG_RE = _any_of(P.LEGAL_STRONG_RES)
_NEWSLETTER_RE = _any_of(P.NEWSLETTER_RES)
_LEGAL_HEADER_RE = _any_of(P.LEGAL_HEADER_RES)


def _cue_tokens(block: Block) -> frozenset[str]:
    """Class/id tokens that speak for this block. Prose listens only to its nearest containers: a
    state class far up the tree ("u-has-nav-bar" on a page wrapper) says nothing about a paragraph."""
    if not block.cues:
        return frozenset()
    # The parser fills both sets; a hand-built Block may only carry the ``cues`` string.
    every = block.cue_set or frozenset(block.cues.split())
    if is_prose(block) and block.node is not None:
        return block.near_cue_set
    return every


def _cue_hits(block: Block, wanted: frozenset[str]) -> frozenset[str]:
    """``_cue_tokens(block) & wanted``, without the prose test when no token can be wanted.

    Exact: ``_cue_tokens`` returns either every token or the near ones, so when both sets miss
    ``wanted`` the answer is empty whichever it would pick (most blocks carry no wanted cue)."""
    if not block.cues:
        return frozenset()
    every = block.cue_set or frozenset(block.cues.split())
    if every.isdisjoint(wanted) and (block.node is None or block.near_cue_set.isdisjoint(wanted)):
        return frozenset()
    return _cue_tokens(block) & wanted


def _short_item(item: str, max_cjk: int, max_words: int) -> bool:
    """A menu-item-sized piece of text."""
    if is_cjk_heavy(item):
        return len(item.replace(" ", "")) <= max_cjk
    return len(item.split()) <= max_words and len(item) <= NAV_ITEM_MAX_CHARS


def _headline_like(text: str) -> bool:
    """Short and not a sentence: no sentence-final punctuation at the end and no 。 inside."""
    return (
        0 < len(text) <= TEASER_MAX_CHARS
        and "。" not in text
        and not text.endswith(tuple(P.SENTENCE_END))
        and not (text.endswith(".") and not text.endswith(".."))
    )


# --- navigation ----------------------------------------------------------------------------------


def _nav_bar_items(text: str) -> list[str]:
    items = [i.strip() for i in P.NAV_SPLIT_RE.split(text) if i.strip()]
    if len(items) < NAV_BAR_MIN_ITEMS_WITH_WORDS:
        # "首页 资讯 知识 音乐": single spaces between short CJK words also separate items.
        words = [w for w in P.SPACE_SPLIT_RE.split(text) if w]
        if len(words) >= NAV_BAR_MIN_ITEMS_WITH_WORDS and all(P.CJK_WORD_RE.match(w) for w in words):
            return words
    return items


def _is_nav_bar(text: str) -> bool:
    """A line of short menu items separated by pipes, dots or wide spaces."""
    # No separator is punctuation or a digit, so these would end up inside an item: rejected early.
    if P.SENTENCE_PUNCT_RE.search(text) or _DIGIT_RE.search(text):
        return False
    items = _nav_bar_items(text)
    if len(items) < NAV_BAR_MIN_ITEMS_WITH_WORDS:
        return False
    for item in items:
        if P.SENTENCE_PUNCT_RE.search(item) or _DIGIT_RE.search(item):
            return False  # sentences, dates, table rows of numbers
        if not _short_item(item, NAV_ITEM_MAX_CJK, NAV_ITEM_MAX_WORDS):
            return False
    known = sum(1 for i in items if i.lower() in P.ALL_NAV_WORDS)
    if known >= NAV_WORD_SHARE * len(items):
        return True
    return len(items) >= NAV_BAR_MIN_ITEMS


def _is_breadcrumb(text: str) -> bool:
    if len(text) > BREADCRUMB_MAX_CHARS:
        return False
    if P.BREADCRUMB_PREFIX_RE.match(text):
        return True
    if P.SENTENCE_PUNCT_RE.search(text):
        return False  # it would sit inside a crumb (no separator is punctuation)
    crumbs = [c.strip() for c in P.BREADCRUMB_SEP_RE.split(text)]
    crumbs = [c for c in crumbs if c]
    if len(crumbs) < 2 or len(P.BREADCRUMB_SEP_RE.findall(text)) < 1:
        return False
    if any(
        len(c) > CRUMB_MAX_CHARS
        or P.SENTENCE_PUNCT_RE.search(c)
        or _CODE_CHARS_RE.search(c)
        or c[0].isdigit()
        for c in crumbs
    ):
        return False  # "a > 10 AND b > 3", "<div id=…>" are comparisons and markup, not crumbs
    starts_home = crumbs[0].lower() in P.BREADCRUMB_HOME
    # "/" alone is too common in prose ("and/or"); only trust it after a home crumb.
    strong_seps = re.search(r">|›|»|→|＞", text) is not None
    return starts_home or (strong_seps and len(crumbs) >= 3)


def _is_pagination(text: str) -> bool:
    if len(text) > PAGINATION_MAX_CHARS or not P.PAGINATION_ANCHOR_RE.search(text):
        return False
    tokens = [t for t in P.PAGINATION_SPLIT_RE.split(_ARROWS_RE.sub(" ", text)) if t]
    # "Page 2 of 5": keep multi-word tokens together by re-joining "page N of M".
    joined = " ".join(tokens)
    joined = re.sub(r"(?i)\bpage (\d{1,4}) of (\d{1,4})\b", r"page_\1_of_\2", joined)
    return bool(tokens) and all(
        P.PAGINATION_TOKEN_RE.match(t.replace("_", " ")) for t in joined.split(" ") if t
    )


def _is_promo_sentence(text: str) -> bool:
    """A newsletter / subscription call to action at a sentence start (P.PROMO_SENTENCE_RES)."""
    # "Get … your inbox" also needs what is delivered ("Get rid of spam in your inbox" stays).
    return any(
        pattern.search(text) and (pattern is not P.PROMO_INBOX_RE or P.PROMO_DELIVERY_RE.search(text))
        for pattern in P.PROMO_SENTENCE_RES
    )


def _has_promo_hint(text: str) -> bool:
    """False only when no P.PROMO_SENTENCE_RES pattern can match ``text``: a few C substring scans
    (P.PROMO_HINTS) instead of four regex searches; the navigation pre-screen's test for
    newsletter_promo. The IGNORECASE reCAPTCHA line starts with "th" and holds "captcha", in any case."""
    for hint in P.PROMO_HINTS:
        if hint in text:
            return True
    return text[:2].lower() == P.PROMO_FIRST_LETTERS and P.PROMO_CAPTCHA in text.lower()


def _promo_rule(block: Block, text: str, cues: frozenset[str]) -> str | None:
    """The promo rule that fires on ``text``; ``cues`` are the block's _NAV_CUE_WORDS hits."""
    if P.PROMO_IMAGE_MARKER_RE.search(text):
        return "cms_image_marker"
    if " " not in text and (P.IMAGE_FILENAME_RE.match(text) or P.CAMERA_FILENAME_RE.match(text)):
        return "image_filename"
    if block.kind in (BlockKind.IMAGE, BlockKind.CAPTION) and P.UNDERSCORE_NAME_RE.match(text):
        return "image_identifier"
    if P.AD_LABEL_RE.match(text):
        return "ad_label"
    if _NEWSLETTER_RE.match(text):
        return "newsletter"
    if len(text) <= PROMO_MAX_CHARS and _has_promo_hint(text) and _is_promo_sentence(text):
        return "newsletter_promo"
    if cues & P.AD_CUES and len(text) <= CUE_MAX_CHARS:
        return "ad_cue"
    return None


def _nav_rule(block: Block, text: str, cues: frozenset[str]) -> str | None:
    """The navigation rule that fires on ``text``; ``cues`` are the block's _NAV_CUE_WORDS hits."""
    if block.region == "nav" and len(text) <= NAV_REGION_MAX_CHARS:
        return "nav_region"
    if cues & P.NAV_CUES and len(text) <= NAV_REGION_MAX_CHARS:
        return "nav_cue"
    if _is_breadcrumb(text):
        return "breadcrumb"
    if _is_pagination(text):
        return "pagination"
    if _is_nav_bar(text):
        return "nav_bar"
    if P.MORE_LINK_RE.match(text):
        return "more_link"
    items = _footer_link_items(text)
    if items and not any(P.LEGAL_CORE_RE.search(i) for i in items):
        return "site_link_bar"  # "About us | Contact | Sitemap": the site's own menu
    return None


# --- navigation pre-screen: a cheap necessary condition for "a promo or nav rule can fire" -------
# Most short blocks (menu items, teaser headlines) match no rule; the screen dismisses them with one
# anchored match and two C scans instead of the whole chain. Each part names the rules it stands
# for; tests/test_boilerplate.py checks the parts against the patterns and lexicons.


def _first_item_re(words: frozenset[str], seps: str) -> re.Pattern[str]:
    """Text whose first item, split on ``seps`` (single spaces around them, as in ``_norm``'ed text),
    is one of ``words`` in any case, and has a separator after it: what a bar of 2+ lexicon items
    needs. IGNORECASE is at least as loose as the rules' ``.lower()`` for these lexicons (plain
    ASCII and CJK entries; tests check every entry in three casings)."""
    cls = re.escape(seps)
    return re.compile(rf"^[\s{cls}]{{0,{MAX_LINE_CHARS}}}(?:{P.word_alt(words)})\s?[{cls}]", re.IGNORECASE)


# Separators of the split patterns, as the screens need them. Whitespace runs, the other
# alternatives of NAV_SPLIT_RE and LEGAL_SPLIT_RE, cannot occur in _norm'ed text.
LINK_SEP_CHARS = "|｜丨·•/,-"  # LEGAL_SPLIT_RE
NAV_SEP_CHARS = "|｜丨·•"  # NAV_SPLIT_RE, bare; " / ", " ／ ", " - " are _SPACED_NAV_SEP_RE
BREADCRUMB_STRONG_CHARS = ">›»→＞"  # BREADCRUMB_SEP_RE minus "/" and "／" (_is_breadcrumb's strong_seps)
BREADCRUMB_WEAK_CHARS = "/／"
PROMO_MARKER_CHARS = "_"  # PROMO_IMAGE_MARKER_RE ("_fororder_")

# Cue tokens any promo or nav rule looks at.
_NAV_CUE_WORDS = P.AD_CUES | P.NAV_CUES
# Single-space words of a CJK menu ("首页 资讯 知识"): the first word and the space after it (the
# space-split nav bar needs 3+ words that each match CJK_WORD_RE, and the text is stripped).
_CJK_WORD_START_RE = re.compile("^" + P.CJK_WORD_RE.pattern.removeprefix("^").removesuffix("$") + r"\s")
# Footer link bars (site_link_bar here, legal_link_bar in StripBoilerplate): 2+ items, each a
# LEGAL_WEAK_WORD_SET entry.
_FIRST_LINK_WORD_RE = _first_item_re(P.LEGAL_WEAK_WORD_SET, LINK_SEP_CHARS)
# A breadcrumb without a strong separator must start with a home crumb ("首页 / 新闻").
_HOME_CRUMB_RE = _first_item_re(P.BREADCRUMB_HOME, BREADCRUMB_WEAK_CHARS)
# Whole-line rules and item prefixes, anchored at the start: one .match() stands for all of them.
_NAV_LINE_RE = _any_of(
    (
        P.AD_LABEL_RE,  # ad_label
        *P.NEWSLETTER_RES,  # newsletter
        P.IMAGE_FILENAME_RE,  # image_filename
        P.CAMERA_FILENAME_RE,  # image_filename
        P.UNDERSCORE_NAME_RE,  # image_identifier
        P.MORE_LINK_RE,  # more_link
        P.BREADCRUMB_PREFIX_RE,  # breadcrumb (labelled)
        _HOME_CRUMB_RE,  # breadcrumb (home crumb, "/" separators)
        _CJK_WORD_START_RE,  # nav_bar (space-separated CJK words)
        _FIRST_LINK_WORD_RE,  # site_link_bar
    )
)
# A character some rule needs anywhere: the image marker (cms_image_marker), a strong breadcrumb
# separator (breadcrumb without a home crumb), a bare menu separator (nav_bar).
_NAV_MARK_RE = re.compile("[" + re.escape(PROMO_MARKER_CHARS + BREADCRUMB_STRONG_CHARS + NAV_SEP_CHARS) + "]")
_SPACED_NAV_SEP_RE = re.compile(r" [/／-] ")  # NAV_SPLIT_RE's spaced forms, in _norm'ed text
# Characters that IGNORECASE matches to a Latin or Cyrillic letter but that ``str.lower`` leaves alone
# (dotless i, long s, old Cyrillic letter forms; tests check the list over all of Unicode): a text
# holding one skips the lower-cased screens below and meets the full rule.
_CASE_ODD_RE = re.compile("[\u0131\u017f\u1c80-\u1c86]")
# pagination: a substring every PAGINATION_ANCHOR_RE match contains, searched in the lower-cased text
# (derived by hand; tests pin the anchor pattern). Without IGNORECASE, and with every alternative
# starting with a literal, ``re`` scans for the first characters in C.
_PAGINATION_HINT_RE = re.compile(
    r"上一|下一|第|next|prev|older|newer|page|siguiente|anterior|próxim|proxim|suivant|précédent|precedent"
    r"|weiter|zurück|zuruck|nächste|nachste|vorherige|successiv|precedente|далее|назад|вперёд|вперед"
    r"|следующая|предыдущая|selanjutnya|sebelumnya|berikutnya|volgende|vorige|次へ|前へ|다음|이전"
)


def _nav_may_fire(block: Block, text: str, cues: frozenset[str]) -> bool:
    """False only when no promo or nav rule can fire on ``text`` (``_norm``'ed, at most
    MAX_LINE_CHARS): ad_cue/nav_cue need a cue hit, nav_region the nav landmark, pagination its
    anchor word, newsletter_promo a promo hint, every other rule a _NAV_LINE_RE match or a separator
    (see above)."""
    if (
        cues
        or (block.region == "nav" and len(text) <= NAV_REGION_MAX_CHARS)
        or _NAV_MARK_RE.search(text)
        or _SPACED_NAV_SEP_RE.search(text)
        or _NAV_LINE_RE.match(text)
    ):
        return True
    if len(text) > PROMO_MAX_CHARS:
        return False
    if _has_promo_hint(text):
        return True
    return len(text) <= PAGINATION_MAX_CHARS and bool(
        _PAGINATION_HINT_RE.search(text.lower()) or _CASE_ODD_RE.search(text)
    )


def _is_link_item(block: Block) -> bool:
    if block.link_density < NAV_LINK_DENSITY or block.kind is BlockKind.HEADING:
        return False
    text = _norm(block.text)
    return bool(text) and _short_item(text, NAV_RUN_ITEM_MAX_CJK, NAV_RUN_ITEM_MAX_WORDS)


class StripNavigation:
    """Mark menus, city/section bars, breadcrumbs and pagination (NAVIGATION), promos and ads (PROMO)."""

    name = "navigation"

    def __init__(self) -> None:
        pass

    def __call__(self, doc: Document) -> Document:
        live = doc.live()
        for block in live:
            text = _norm(block.text)
            if not text or len(text) > MAX_LINE_CHARS or block.kind is BlockKind.CODE:
                continue
            cues = _cue_hits(block, _NAV_CUE_WORDS)
            if not _nav_may_fire(block, text, cues):
                continue  # nothing below can fire (see _nav_may_fire)
            if P.END_MARKER_RE.match(text):
                continue
            rule = _promo_rule(block, text, cues)
            if rule is not None:
                block.remove(self.name, Reason.PROMO, rule)
                continue
            rule = _nav_rule(block, text, cues)
            if rule is not None:
                block.remove(self.name, Reason.NAVIGATION, rule)
        self._link_runs(live)
        self._labels(live)
        return doc

    def _link_runs(self, live: Sequence[Block]) -> None:
        """HTML: runs of short, link-only blocks are menus."""
        run: list[Block] = []
        for block in [*live, None]:
            if block is not None and block.removal is None and _is_link_item(block):
                run.append(block)
                continue
            if len(run) >= NAV_RUN_MIN:
                for item in run:
                    item.remove(self.name, Reason.NAVIGATION, "link_run")
            run = []

    def _labels(self, live: Sequence[Block]) -> None:
        """A label line ("地方:", "Sections:") directly followed by a removed nav bar goes with it."""
        for block, nxt in itertools.pairwise(live):
            if block.removal is not None or nxt.removal is None:
                continue
            if nxt.removal.stage != self.name or nxt.removal.reason is not Reason.NAVIGATION:
                continue
            text = _norm(block.text)
            if P.NAV_LABEL_RE.match(text) or P.COLON_LABEL_RE.match(text):
                block.remove(self.name, Reason.NAVIGATION, "nav_label")


# --- boilerplate ---------------------------------------------------------------------------------


# How every P.DECLARATION_TITLE_RE match ends (a cheap test first).
_DECLARATION_ENDS = ("明", "明:", "明：", "明 :", "明 ：")
# Spaces between CJK characters of a letter-spaced heading ("郑 重 声 明"; wced netsh forums).
_CJK_SPACING_RE = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")


def _legal_header_strength(text: str) -> int:
    """2 for a copyright/disclaimer header, 1 for a generic declaration header, 0 for none."""
    if len(text) > LEGAL_HEADER_MAX:
        return 0
    if text[1:2] == " " and not text.isascii():
        # A letter-spaced CJK heading ("郑 重 声 明") reads as its letters.
        text = _CJK_SPACING_RE.sub("", text)
    if not _LEGAL_HEADER_RE.match(text):
        return 0
    strong = re.search(r"版[权權]|著作[权權]|免[责責]|disclaimer|copyright|legal", text, re.IGNORECASE)
    return 2 if strong else 1


# Prose punctuation that is no LEGAL_SPLIT_RE separator; the ones that occur in no footer link word
# reject a line before it is split (derived from the lexicon, so a new word cannot break the shortcut).
_PROSE_MARKS = '。！？，；;!?.:：“”"（('
_LINK_WORD_STOP_RE = re.compile(
    "[" + re.escape("".join(c for c in _PROSE_MARKS if not any(c in w for w in P.LEGAL_WEAK_WORD_SET))) + "]"
)


def _link_words(text: str) -> list[str]:
    """The items of ``text`` split as a footer link bar, each one a known footer link word; [] if
    any item is not one."""
    if _LINK_WORD_STOP_RE.search(text):
        return []  # it would sit inside an item, and no footer link word has it
    items = [i.strip().lower() for i in P.LEGAL_SPLIT_RE.split(text) if i.strip()]
    return items if all(i in P.LEGAL_WEAK_WORD_SET for i in items) else []


def _footer_link_items(text: str) -> list[str]:
    """The items of a footer link bar ("隐私政策 | 使用条款 | 联系我们"), or [] if it is not one."""
    items = _link_words(text)
    return items if len(items) >= 2 else []


def _legal_rule(block: Block, text: str, cues: frozenset[str]) -> str | None:
    """The legal rule that fires on ``text``; ``cues`` are the block's _BP_CUE_WORDS hits."""
    if P.COOKIE_RE.match(text):
        return "cookie_notice"
    if len(text) <= LEGAL_LINE_MAX and _LEGAL_STRONG_RE.search(text):
        return "legal_line"
    words = _link_words(text)
    if len(words) >= 2 and any(P.LEGAL_CORE_RE.search(i) for i in words):
        return "legal_link_bar"
    legal_cues = cues & P.LEGAL_CUES
    if (block.region == "footer" or legal_cues) and len(text) <= CUE_MAX_CHARS and (words or legal_cues):
        return "legal_footer"
    return None


def _share_rule(text: str, cues: frozenset[str]) -> str | None:
    tokens = [t.lower() for t in P.SHARE_SPLIT_RE.split(text) if t] if len(text) <= TEASER_MAX_CHARS else []
    if P.SHARE_PROMPT_RE.match(text):
        return "share_prompt"  # "Like this story? Share it with a friend!"
    if tokens:
        strong = sum(1 for t in tokens if t in P.SHARE_WORD_SET)
        if strong and all(t in P.SHARE_WORD_SET or t in P.SHARE_FILLER for t in tokens):
            return "share_bar"
        # "Share on Facebook" / "分享到微信": keep multi-word entries together.
        if text.lower() in P.SHARE_WORD_SET:
            return "share_bar"
    if cues & P.SHARE_CUES and len(text) <= TEASER_MAX_CHARS:
        return "share_cue"
    return None


def _comment_rule(text: str, cues: frozenset[str]) -> str | None:
    if P.COMMENT_LINE_RE.match(text):
        return "comment_marker"
    if _is_letters_invite(text):
        return "letters_invite"
    if cues & P.COMMENT_CUES and len(text) <= COMMENT_CUE_MAX_CHARS:
        return "comment_cue"
    return None


def _is_letters_invite(text: str) -> bool:
    """A short paragraph naming letters to the editor and then inviting them (P.LETTERS_TO_EDITOR_RE,
    then P.LETTERS_INVITE_RE after it: a reporter's address before the mention is a story's aside)."""
    if len(text) > LETTERS_INVITE_MAX_CHARS or "ditor" not in text:
        return False  # every LETTERS_TO_EDITOR_RE match holds "ditor" (the pattern is case-sensitive)
    m = P.LETTERS_TO_EDITOR_RE.search(text)
    return m is not None and P.LETTERS_INVITE_RE.search(text, m.end()) is not None


# The post a bracketed read count speaks of ("(本文发表于…, 已被阅读178次)"): without one, "(该视频已被点击
# 3000次)" is an aside of the story.
_POST_WORD_RE = re.compile(r"本文|此文|该文|該文|本[帖贴貼]|[发發][表布佈]")
_READ_COUNT_STRIP_RE = re.compile(r"[\W\d_]+")
# Other counters a read-count line may carry (wced blogs: "阅读(178) 评论(3)").
_COUNTER_FIELD_RE = re.compile(
    r"(?:评论|評論|回复|回覆|留言|收藏|推荐|推薦|引用|转载|轉載|分享)\s?[:：(（]?\s?\d{1,9}"
)
_OPENERS = "(（[【〔"
_CLOSERS = ")）]】〕"


def _read_count_rule(text: str) -> str | None:
    """A post's read count: bracketed with the post named, or nearly alone on its line."""
    if len(text) > P.READ_COUNT_MAX_CHARS or "。" in text:
        return None
    m = P.READ_COUNT_RE.search(text)
    if m is None:
        return None
    if text[0] in _OPENERS and text[-1] in _CLOSERS:
        return "read_count" if _POST_WORD_RE.search(text) else None
    # Unbracketed, the line holds only counters ("阅读次数：178 评论：3").
    rest = _COUNTER_FIELD_RE.sub("", text[: m.start()] + text[m.end() :])
    return "read_count" if len(_READ_COUNT_STRIP_RE.sub("", rest)) <= READ_COUNT_MAX_REST else None


def _blog_rule(text: str) -> tuple[Reason, str] | None:
    """Blog furniture: trackback lines, comment-form help, read counts, blog-address signatures."""
    if P.TRACKBACK_RE.match(text):
        return Reason.COMMENTS, "trackback"
    if P.COMMENT_FORM_HELP_RE.match(text):
        return Reason.COMMENTS, "comment_form"
    if len(text) <= P.BLOG_SIGNATURE_MAX_CHARS and P.BLOG_SIGNATURE_RE.match(text):
        return Reason.METADATA, "blog_signature"
    if _read_count_rule(text):
        return Reason.METADATA, "read_count"
    return None


def _editor_rule(text: str) -> str | None:
    if len(text) > TEASER_MAX_CHARS or not P.EDITOR_LINE_RE.match(text):
        return None
    if P.ASCII_START_RE.match(text) and not P.EDITOR_EN_GUARD_RE.match(text):
        return None
    return "editor_line"


def _peel_tags(text: str) -> tuple[list[str], str]:
    """Split leading bracketed tags off a line: (tags, rest)."""
    tags: list[str] = []
    pos = 0
    while len(tags) < P.MAX_TAGS:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        m = P.TAG_RE.match(text, pos)
        if m is None:
            break
        tags.append(m.group())
        pos = m.end()
    if tags and all(P.FOOTNOTE_TAG_RE.match(t) for t in tags):
        return [], text  # "[1][2]" are footnote references, not tags
    return tags, text[pos:].strip()


def _matches_title(rest: str, titles: Sequence[str]) -> bool:
    """Is ``rest`` (near-)identical to one of the headline candidates, after folding?"""
    folded = _fold(rest)
    if not folded:
        return False
    for title in titles:
        ft = _fold(title)
        if not ft:
            continue
        if fuzz.ratio(folded, ft) >= TITLE_MATCH_MIN:
            return True
    return False


def _tag_teaser(text: str) -> bool:
    """A line with at least one leading tag and a headline-like remainder (a teaser candidate)."""
    tags, rest = _peel_tags(text)
    return bool(tags) and _headline_like(rest)


def _is_teaser_excerpt(text: str) -> bool:
    """A cut-off excerpt ending in "… Read more" (the pattern is end-anchored and shorter than the tail)."""
    # Every ending holds "…" or "..." (two C scans before the regex; most lines have neither).
    return ("…" in text or "..." in text) and P.TEASER_EXCERPT_END_RE.search(
        text[-P.TEASER_TAIL_CHARS :]
    ) is not None


def _title_candidates(doc: Document) -> list[str]:
    titles = [t for t in (doc.title, doc.original_title) if t]
    # Without a headline field, fall back on the first level-1 heading, if any.
    if not titles:
        for b in doc.blocks:
            if b.kind is BlockKind.HEADING and b.level == 1 and b.text.strip():
                titles.append(b.text)
                break
    return titles


# --- boilerplate pre-screen: a cheap necessary condition for "a rule of _block_rule can fire" ----

# Cue tokens any boilerplate rule looks at.
_BP_CUE_WORDS = P.LEGAL_CUES | P.COMMENT_CUES | P.WIDGET_CUES | P.SHARE_CUES | P.RELATED_CUES
# SHARE_SPLIT_RE is one repeated character class; its class, for the share-bar prefixes below.
_SHARE_SPLIT_CLASS = P.SHARE_SPLIT_RE.pattern.removesuffix("+")
# share_bar: every token a share word or filler, so the first one is; or the whole line one share
# word ("Share on Facebook"). Both only for lines up to TEASER_MAX_CHARS.
_SHARE_START_RE = re.compile(
    rf"^{_SHARE_SPLIT_CLASS}{{0,{TEASER_MAX_CHARS}}}"
    rf"(?:{P.word_alt(P.SHARE_WORD_SET | P.SHARE_FILLER)})(?:{_SHARE_SPLIT_CLASS}|$)"
    rf"|^(?:{P.word_alt(P.SHARE_WORD_SET)})$",
    re.IGNORECASE,
)
# Whole-line rules and line prefixes, anchored at the start: one .match() stands for all of them.
# The text is stripped, so _peel_tags finds a tag at position 0 or none.
_BP_LINE_RE = _any_of(
    (
        P.EDITOR_LINE_RE,  # editor_line
        P.COOKIE_RE,  # cookie_notice
        _FIRST_LINK_WORD_RE,  # legal_link_bar
        P.PLACEHOLDER_RE,  # placeholder
        P.COMMENT_LINE_RE,  # comment_marker
        _SHARE_START_RE,  # share_bar
        P.TAG_RE,  # tag_run, tag_line_title, tag_teaser, tag_teaser_run
        P.LABELLED_TAG_LINE_RE,  # labelled_tag_line
        P.RELATED_HEADING_RE,  # related_heading
        P.RELATED_INLINE_RE,  # related_inline
        P.VIDEO_COUNTDOWN_RE,  # video_countdown
        P.SHORTCODE_RE,  # shortcode
        P.SHARE_PROMPT_RE,  # share_prompt
        P.TRACKBACK_RE,  # trackback
        P.COMMENT_FORM_HELP_RE,  # comment_form
        P.BLOG_SIGNATURE_RE,  # blog_signature
    )
)
# read_count: every READ_COUNT_RE match holds one of these characters (阅 閱 览 覽 击 擊 看 访 訪 气 氣,
# the last of each verb) and then, at most 5 characters on, a digit (tests pin the pattern).
_READ_COUNT_HINT_RE = re.compile(r"[阅閱览覽击擊看访訪气氣]\D{0,5}\d")
# legal_line: _LEGAL_STRONG_RE scans 13 alternations at every position (the dearest test of the
# chain), so it runs only on lines holding one character or substring every match contains.
# Derived by hand from LEGAL_STRONG_RES (tests pin those patterns and check one sample per
# alternative): 版 (版权所有, 如涉及版权), 载/載 (不得转载, 转载请注明…), 未 (未经…授权…), I (ICP),
# 许/許 (…许可证), 备/備 (网安备), 违 (违法和不良信息举报), 侵 (如有侵权, 侵删…), 代 (不代表本网…),
# © ("© 2019"); 本/凡 at the start (the anchored clauses); and, lower-cased, "yr" (copyright),
# "erve" (all rights reserved) and "(c" ("(c) 2019"), letters with no IGNORECASE equivalents
# besides their own upper case, so lower-casing cannot lose a match.
_LEGAL_STRONG_MARK_RE = re.compile("[版载載未I许許备備违侵代©]")
# ...and the other languages' "all rights reserved" (lower-cased) and Korean's ⓒ.
_LEGAL_STRONG_WORDS_RE = re.compile(r"derechos|direitos|droits|rechte|diritti|права|hak cipta|무단|ⓒ")
_LEGAL_STRONG_STARTS = ("本", "凡")


def _legal_strong_may_match(text: str) -> bool:
    """False only when _LEGAL_STRONG_RE cannot match ``text``."""
    if _LEGAL_STRONG_MARK_RE.search(text) or text.startswith(_LEGAL_STRONG_STARTS):
        return True
    low = text.lower()
    return (
        "yr" in low
        or "erve" in low
        or "(c" in low
        or _LEGAL_STRONG_WORDS_RE.search(low) is not None
        or _CASE_ODD_RE.search(text) is not None
    )


def _bp_may_fire(block: Block, text: str, cues: frozenset[str]) -> bool:
    """False when no rule of ``_block_rule`` but legal_line can fire on ``text`` (``_norm``'ed, at
    most MAX_LINE_CHARS): the cue rules need a cue hit, legal_footer the footer landmark or a legal
    cue, teaser_excerpt its ending, read_count a short line with a reading verb, letters_invite its
    own test (a length bound and a substring first), every other rule a _BP_LINE_RE match."""
    return bool(
        cues
        or block.region == "footer"
        or _BP_LINE_RE.match(text)
        or _is_teaser_excerpt(text)
        or (len(text) <= P.READ_COUNT_MAX_CHARS and _READ_COUNT_HINT_RE.search(text))
        or _is_letters_invite(text)
    )


# --- photo credits and captions ------------------------------------------------------------------
# Credit lines ("Sakib Ali/Hindustan Times/Getty Images", "Photo by X", "(Image credit: X)") and
# captions ending in a credit ("… (Image: GETTY)", "….Kathrin Ziegler/Getty") that the parser left as
# paragraphs. They are captions, so StripBoilerplate re-types them as BlockKind.CAPTION rather than
# removing them: they leave Article.text and stay in Article.blocks, next to their image.

# Blocks the caption pass may re-type (headings, quotes, tables and code never are captions here).
_CAPTIONABLE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_IMAGE_OR_CAPTION = (BlockKind.IMAGE, BlockKind.CAPTION)
# Characters stripped off a word before its case is read ("(AP", "Getty)", "Dyer-Bennet.").
_WORD_STRIP = "()[]（）'’\"“”.,:;-–—"
_CREDIT_STOP_RE = re.compile(r"[。！？!?;；]")
# A credit glued to the caption's last sentence: "…isn't easy.Kathrin Ziegler/Getty", "…York.Reuters".
_GLUED_CREDIT_RE = re.compile(r"[.!?’”\")](?=[^\W\d_])")
# The start of a credit label, for the pass's screen (the rule itself is P.CREDIT_LABEL_RE).
_CREDIT_START_RE = re.compile(rf"^[(（\[]?\s?(?:{P._CREDIT_LABEL_ALT})", re.IGNORECASE)


def _lower_words(words: Sequence[str]) -> int:
    """How many of ``words`` start lower-case and are no credit joiner ("of", "via", "van")."""
    count = 0
    for word in words:
        w = word.strip(_WORD_STRIP)
        if w and w[0].islower() and w.lower() not in P.CREDIT_JOINERS:
            count += 1
    return count


def _capitalised(item: str) -> bool:
    """The item holds a word that starts with a capital letter ("Quanta Magazine", "NASA")."""
    return any(w.strip(_WORD_STRIP)[:1].isupper() for w in item.split())


def _name_like(text: str, max_words: int) -> bool:
    """Names and organisations, not prose: at most ``max_words`` words, each capitalised, a number, a
    joiner or uncased (CJK); at most CREDIT_MAX_LOWER other lower-case words."""
    words = text.split()
    return (
        0 < len(words) <= max_words
        and not _CREDIT_STOP_RE.search(text)
        and _lower_words(words) <= CREDIT_MAX_LOWER
    )


def _label_credit(text: str) -> bool:
    """A labelled credit: "Photo by X", "Foto: X", "Photo illustration by Slate. Photo by X.", "图/X"."""
    m = P.CREDIT_LABEL_RE.match(text)
    if m is None:
        return False
    label, sep, rest = m.group(1).lower(), m.group(2), m.group(3).strip()
    if not sep.strip() and label not in P.CREDIT_BARE_LABELS:
        return False  # "Image 2 of 5", "Photo shows…": a colon label needs its colon
    first, _, more = rest.partition(". ")
    if not _name_like(first.rstrip("."), CREDIT_ITEM_MAX_WORDS * CREDIT_MAX_ITEMS // 2):
        return False
    # "… by Slate. Photo by David Dyer-Bennet.": every further sentence is a credit too.
    return not more or _label_credit(more.rstrip("."))


def _agency_credit(text: str, near_image: bool) -> bool:
    """A credit made of names and an agency: "Natalie Naccache | Bloomberg | Getty Images"; under an
    image also a wire ("Al Goldis, Associated Press"), "Olena Shmahalo/Quanta Magazine" or "X for The
    New York Times"."""
    body = text.strip("()（） ")
    photo_agency = P.PHOTO_AGENCY_RE.search(body) is not None
    if not (photo_agency or near_image):
        return False  # (the cheap test first: most lines are neither)
    if "://" in body or "@" in body or "www." in body or body[:3].lower() == "by ":
        return False  # links, e-mail addresses ("http://amzn.to/…" under a product photo), bylines
    items = [i.strip() for i in P.CREDIT_SPLIT_RE.split(body) if i.strip()]
    if not items or len(items) > CREDIT_MAX_ITEMS:
        return False
    if not all(_name_like(i, CREDIT_ITEM_MAX_WORDS) for i in items):
        return False
    if _lower_words(body.replace("/", " ").split()) > CREDIT_MAX_LOWER:
        return False
    if photo_agency or P.WIRE_AGENCY_RE.search(body):
        return True
    # A bare name list: 2+ capitalised names of a cased script, no lower-case word but joiners
    # ("Sign in / Sign up", "3/09/15", "[视频|MP3]…/…" are no credits).
    if (
        len(items) < 2
        or _CJK_RE.search(body)
        or _lower_words(body.replace("/", " ").split())
        or not all(_name_like(i, CREDIT_NAME_ITEM_MAX_WORDS) and _capitalised(i) for i in items)
    ):
        return False
    if "/" in body:
        return True  # "|" joins menu items too ("NFL Scores | Expert Picks | Odds")
    last = items[-1].split()[-1].strip(_WORD_STRIP).lower()
    return " for " in body and last in P.PUBLICATION_NOUNS


def _is_credit(text: str, near_image: bool) -> bool:
    """Is the whole of ``text`` a photo credit?"""
    if len(text) > CREDIT_MAX_CHARS:
        return False
    return _label_credit(text) or bool(P.CJK_PHOTOGRAPHER_RE.match(text)) or _agency_credit(text, near_image)


def _ends_in_credit(text: str, near_image: bool) -> bool:
    """A caption ending in a credit: "… (Image: GETTY)", "… (AP Photo/Alan Diaz, File)", "…
    easy.Kathrin Ziegler/Getty"."""
    if text.endswith((")", "）")):
        start = max(text.rfind("("), text.rfind("（"))
        if start > 0 and text[:start].strip() and _is_credit(text[start:], near_image):
            return True
    tail_start = max(0, len(text) - CREDIT_MAX_CHARS)
    for m in _GLUED_CREDIT_RE.finditer(text, tail_start):
        tail = text[m.end() :]
        # A glued tail must name an agency: "….Reuters", not "…U.S.Senate".
        if (P.PHOTO_AGENCY_RE.search(tail) or P.WIRE_AGENCY_RE.search(tail)) and _agency_credit(
            tail, near_image
        ):
            return True
    return False


def _caption_may_fire(text: str, near_image: bool) -> bool:
    """False only when no caption rule can fire on ``text``: under an image anything may; elsewhere a
    credit needs a label at the start, a closing bracket, a trailing 摄, or a photo agency's name."""
    if near_image:
        return True
    if text.endswith((")", "）", "摄", "攝")):
        return True
    if len(text) > CREDIT_MAX_CHARS:
        return False
    return bool(_CREDIT_START_RE.match(text) or P.PHOTO_AGENCY_RE.search(text))


def _caption_rule(text: str, near_image: bool) -> str | None:
    """The caption rule that fires on ``text`` (``_norm``'ed, a paragraph or list item); ``near_image``
    says an image, its caption, or an image and one short paragraph are right above."""
    if len(text) > CAPTION_MAX_CHARS:
        return None
    if _is_credit(text, near_image):
        return "credit_line"
    if _ends_in_credit(text, near_image):
        return "caption_credit"
    return None


class StripBoilerplate:
    """Mark legal notices, tag lines, placeholders, share bars, related teasers, comments, editor lines."""

    name = "boilerplate"

    def __init__(self) -> None:
        pass

    def __call__(self, doc: Document) -> Document:
        live = doc.live()
        # Every pass below reads a block's normalised text; it is computed once per block here.
        texts = [_norm(b.text) for b in live]
        titles = _title_candidates(doc)
        self._legal_declarations(live, texts)
        for i, block in enumerate(live):
            if block.removal is not None:
                continue
            text = texts[i]
            if not text or len(text) > COMMENT_CUE_MAX_CHARS or block.kind is BlockKind.CODE:
                continue
            if P.END_MARKER_RE.match(text):
                continue  # "(完)" closes the article body; it stays
            found = self._block_rule(block, text, texts, i, titles)
            if found is not None:
                reason, rule = found
                block.remove(self.name, reason, rule)
        self._related_runs(live, texts)
        self._comment_forms(live, texts)
        self._captions(live, texts)
        return doc

    def _comment_forms(self, live: Sequence[Block], texts: Sequence[str]) -> None:
        """The field labels of a comment form ("发表名", "E-mail (不显示在评论中)", "个人主页") right after
        a comment marker this stage removed; blocks already removed as comments do not end the run."""
        for i, block in enumerate(live):
            removal = block.removal
            if removal is None or removal.stage != self.name or removal.reason is not Reason.COMMENTS:
                continue
            for k in range(i + 1, min(i + 1 + COMMENT_FORM_MAX_ITEMS, len(live))):
                nxt, text = live[k], texts[k]
                if nxt.removal is not None:
                    if nxt.removal.stage == self.name and nxt.removal.reason is Reason.COMMENTS:
                        continue
                    break
                if nxt.kind is BlockKind.CODE or len(text) > COMMENT_FORM_LABEL_MAX:
                    break
                if not P.COMMENT_FORM_LABEL_RE.match(text):
                    break
                nxt.remove(self.name, Reason.COMMENTS, "comment_form")

    @staticmethod
    def _captions(live: Sequence[Block], texts: Sequence[str]) -> None:
        """Re-type photo credits and captions the parser left as paragraphs as BlockKind.CAPTION; a
        paragraph between an image and a credit line is that image's caption too."""
        for i, block in enumerate(live):
            if block.removal is not None or block.kind not in _CAPTIONABLE:
                continue
            text = texts[i]
            if not text or len(text) > CAPTION_MAX_CHARS:
                continue
            # The blocks right above in the page (a block removed before this stage, such as the
            # headline between an image and a byline, breaks the adjacency).
            prev = live[i - 1] if i and live[i - 1].index == block.index - 1 else None
            # Under an image, under its caption, or under an image and one short paragraph (its caption).
            near_image = prev is not None and prev.kind in _IMAGE_OR_CAPTION
            caption_above = False
            if prev is not None and not near_image and i >= 2:
                prev2 = live[i - 2]
                caption_above = (
                    prev2.index == prev.index - 1
                    and prev2.kind is BlockKind.IMAGE
                    and prev.removal is None
                    and prev.kind in _CAPTIONABLE
                    and len(texts[i - 1]) <= CAPTION_MAX_CHARS
                )
                near_image = caption_above
            if not _caption_may_fire(text, near_image):
                continue
            rule = _caption_rule(text, near_image)
            if rule is None:
                continue
            block.kind = BlockKind.CAPTION
            if rule == "credit_line" and caption_above and prev is not None:
                prev.kind = BlockKind.CAPTION  # image, caption paragraph, credit line

    def _block_rule(
        self, block: Block, text: str, texts: Sequence[str], i: int, titles: Sequence[str]
    ) -> tuple[Reason, str] | None:
        """The (reason, rule) that fires on live block ``i``; ``texts`` are the live blocks' texts."""
        cues = _cue_hits(block, _BP_CUE_WORDS)
        if len(text) > MAX_LINE_CHARS:
            rule = _comment_rule(text, cues)
            return (Reason.COMMENTS, rule) if rule else None
        if not _bp_may_fire(block, text, cues):
            # Only legal_line is left, and no rule before it in the chain can fire: test it alone.
            # _LEGAL_STRONG_RE is the dearest test, so its cheap necessary condition goes first.
            if (
                len(text) <= LEGAL_LINE_MAX
                and _legal_strong_may_match(text)
                and _LEGAL_STRONG_RE.search(text)
            ):
                return Reason.LEGAL_NOTICE, "legal_line"
            return None
        return self._rule_chain(block, text, cues, texts, i, titles)

    @classmethod
    def _rule_chain(
        cls,
        block: Block,
        text: str,
        cues: frozenset[str],
        texts: Sequence[str],
        i: int,
        titles: Sequence[str],
    ) -> tuple[Reason, str] | None:
        """Every rule for a line up to MAX_LINE_CHARS, in order, with no screen; ``cues`` are the
        block's _BP_CUE_WORDS hits."""
        rule = _editor_rule(text)
        if rule:
            return Reason.METADATA, rule
        rule = _legal_rule(block, text, cues)
        if rule:
            return Reason.LEGAL_NOTICE, rule
        if P.PLACEHOLDER_RE.match(text):
            return Reason.PLACEHOLDER, "placeholder"
        rule = _comment_rule(text, cues)
        if rule:
            return Reason.COMMENTS, rule
        if len(text) <= WIDGET_MAX_CHARS and not P_SENTENCE.search(text) and cues & P.WIDGET_CUES:
            return Reason.WIDGET, "widget_cue"
        if P.VIDEO_COUNTDOWN_RE.match(text):
            return Reason.WIDGET, "video_countdown"
        if P.SHORTCODE_RE.match(text):
            return Reason.WIDGET, "shortcode"
        rule = _share_rule(text, cues)
        if rule:
            return Reason.SHARE, rule
        found = _blog_rule(text)
        if found:
            return found
        found = cls._tag_line(text, texts, i, titles)
        if found:
            return found
        if len(text) <= P.LABELLED_TAG_LINE_MAX and P.LABELLED_TAG_LINE_RE.match(text):
            return Reason.CMS_TAG, "labelled_tag_line"
        if P.RELATED_HEADING_RE.match(text):
            return Reason.RELATED, "related_heading"
        if P.RELATED_INLINE_RE.match(text) and len(text) <= TEASER_MAX_CHARS + 20:
            return Reason.RELATED, "related_inline"
        if block.kind in _CAPTIONABLE and _is_teaser_excerpt(text):
            return Reason.RELATED, "teaser_excerpt"  # a cut caption ("… more") is still a caption
        if cues & P.RELATED_CUES and len(text) <= CUE_MAX_CHARS:
            return Reason.RELATED, "related_cue"
        return None

    @staticmethod
    def _tag_line(
        text: str, texts: Sequence[str], i: int, titles: Sequence[str]
    ) -> tuple[Reason, str] | None:
        tags, rest = _peel_tags(text)
        if not tags:
            return None
        if not rest:
            return (Reason.CMS_TAG, "tag_run") if len(tags) >= 2 else None
        if _matches_title(rest, titles):
            return Reason.CMS_TAG, "tag_line_title"
        if not _headline_like(rest):
            return None  # "【看中国…报道】一九八九年四月，…": a dateline opening body text
        if len(tags) >= 2:
            return Reason.RELATED, "tag_teaser"
        # One tag: a teaser only inside a run of tag teasers ("[头条] …", "[关注] …").
        neighbours = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
        if any(_tag_teaser(n) for n in neighbours):
            return Reason.RELATED, "tag_teaser_run"
        return None

    def _legal_declarations(self, live: Sequence[Block], texts: Sequence[str]) -> None:
        """A declaration header followed by numbered clauses, or by a disclaimer paragraph or two
        (_disclaimer_paragraphs): the whole run is a legal notice."""
        i = 0
        while i < len(live):
            block = live[i]
            text = texts[i]
            if block.removal is not None or len(text) > LEGAL_HEADER_MAX:
                i += 1
                continue
            strength = _legal_header_strength(text)
            # Disclaimer paragraphs instead of clauses make any header legal, even a bare "…声明"
            # title ("雅虎中国传输内容声明"; wced yahoo.cn), which alone is no legal header.
            if (
                (strength or (text.endswith(_DECLARATION_ENDS) and P.DECLARATION_TITLE_RE.match(text)))
                and i + 1 < len(live)
                and not P.CLAUSE_RE.match(texts[i + 1])
                and self._disclaimer_paragraphs(live, texts, i)
            ):
                block.remove(self.name, Reason.LEGAL_NOTICE, "legal_declaration")
                i += 1
                continue
            if not strength:
                i += 1
                continue
            j = i + 1
            while j < len(live) and live[j].removal is None and P.CLAUSE_RE.match(texts[j]):
                j += 1
            clauses = live[i + 1 : j]
            legal_vocab = sum(1 for c in clauses if P.LEGAL_CLAUSE_VOCAB_RE.search(c.text))
            if strength == 2 or (len(clauses) >= 2 and legal_vocab >= 1):
                block.remove(self.name, Reason.LEGAL_NOTICE, "legal_declaration")
                for c in clauses:
                    c.remove(self.name, Reason.LEGAL_NOTICE, "legal_clause")
            i = max(j, i + 1)

    def _disclaimer_paragraphs(self, live: Sequence[Block], texts: Sequence[str], i: int) -> bool:
        """Remove the disclaimer paragraphs right under header ``i`` (at most LEGAL_PARAGRAPHS_MAX,
        each with a P.DISCLAIMER_PROSE_RE sentence: "…所有内容均由内容合作方提供，…真实性、准确性和合法性。");
        whether there were any."""
        taken = 0
        for k in range(i + 1, min(i + 1 + LEGAL_PARAGRAPHS_MAX, len(live))):
            nxt = live[k]
            if (
                nxt.removal is not None
                or nxt.kind is not BlockKind.PARAGRAPH
                or len(texts[k]) > LEGAL_PARAGRAPH_MAX
                or not P.DISCLAIMER_PROSE_RE.search(texts[k])
            ):
                break
            nxt.remove(self.name, Reason.LEGAL_NOTICE, "legal_paragraph")
            taken += 1
        return taken > 0

    def _related_runs(self, live: Sequence[Block], texts: Sequence[str]) -> None:
        """A related heading takes the teaser items after it (short, headline-like or link-dense)."""
        for i, block in enumerate(live):
            if block.removal is None or block.removal.stage != self.name:
                continue
            if block.removal.rule != "related_heading":
                continue
            run: list[int] = []
            for k in range(i + 1, min(i + 1 + RELATED_MAX_ITEMS, len(live))):
                if live[k].removal is not None or not self._teaser_item(live[k], texts[k]):
                    break
                run.append(k)
            end = i + 1 + len(run)
            # A run closed by the end of the page, by other boilerplate or by a heading is a teaser box.
            # A run that flows on into body text (or hits the item cap) may have swallowed the article's
            # own short lines (sub-headings, photo captions): keep only the items with a teaser mark.
            closed = len(run) < RELATED_MAX_ITEMS and (
                end >= len(live) or live[end].removal is not None or live[end].kind is BlockKind.HEADING
            )
            if not closed:
                run = list(itertools.takewhile(lambda k: self._marked_teaser(live[k], texts[k]), run))
            for k in run:
                live[k].remove(self.name, Reason.RELATED, "related_item")

    @staticmethod
    def _marked_teaser(block: Block, text: str) -> bool:
        return (
            block.link_density >= TEASER_LINK_DENSITY
            or bool(P.TEASER_BULLET_RE.match(text))
            or bool(_TRAILING_DATE_RE.search(text))
            or bool(P.DATE_ONLY_RE.match(text))
            or _tag_teaser(text)
        )

    @staticmethod
    def _teaser_item(block: Block, text: str) -> bool:
        if block.kind is BlockKind.HEADING:
            return False
        if not text or P.END_MARKER_RE.match(text):
            return False
        if block.link_density >= TEASER_LINK_DENSITY and len(text) <= CUE_MAX_CHARS:
            return True
        if P.DATE_ONLY_RE.match(text):
            return True
        body = _TRAILING_DATE_RE.sub("", P.TEASER_BULLET_RE.sub("", text)).strip()
        return _headline_like(body)
