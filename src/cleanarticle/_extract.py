"""Main-content selection for HTML: which subtree holds the article.

Each block gets a content weight (its characters, discounted by link density and by the lack of
sentence punctuation: counting characters rather than words keeps Chinese, which has no spaces, on
the same footing as English). Weights add up the frame tree, discounted in subtrees whose class/id
or landmark says navigation, comments, sidebar, footer… Starting at the root we descend into the
child holding most of the weight while it holds at least ``DESCEND_SHARE`` of its parent's; the frame
where we stop is the main container. Siblings of it that look like article text are taken along
(a lead paragraph in its own ``div``). If the answer holds too little text to be an article, we climb
to its parent until it does.
"""

from __future__ import annotations

import re

from ._html import LINK_DENSE, Frame
from ._model import Block, BlockKind, Document, Reason

SENTENCE_PUNCT = re.compile(r"[。！？；，、,.;!?:：]")
# Descend into a child holding at least this share of its parent's weight. Tuned on the dev sets:
# lower values lose lead paragraphs kept in a separate div, higher ones keep comment sections.
DESCEND_SHARE = 0.72
# A sibling of the container is taken along when it weighs at least this share of the container.
SIBLING_SHARE = 0.08
# A sibling with the same tag and class as the box we descend into is taken along at this share.
TWIN_SHARE = 0.05
# ...and so is a sibling <p> of prose: at least this many characters, at most this link density.
SIBLING_PROSE_MIN_CHARS = 80
SIBLING_PROSE_MAX_LINK_DENSITY = 0.25
# A container with fewer characters than this is a fragment, not the article: climb to its parent.
# (An earlier rule, "fall back to the whole page when the container holds under 35 % of the page's
# weight", cost 0.02-0.04 F1 on the readability and scrapinghub dev sets: pages with long comment
# threads or story lists fell back to everything.)
MIN_ARTICLE_CHARS = 200
# Blocks with at most this link density are article text; above it, links (menus, lists of stories).
MAX_LINK_DENSITY = LINK_DENSE
# Text without any punctuation counts this much (labels, menu items, bylines).
NO_PUNCT_FACTOR = 0.25
# Class/id tokens that say "not the article". Token match, not substring: "content" ≠ "contentinfo".
NEGATIVE_CUES = frozenset(
    {
        "comment", "comments", "reply", "replies", "sidebar", "side", "aside", "footer", "foot",
        "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "related", "recommend", "recommended",
        "share", "sharing", "social", "advert", "advertisement", "ad", "ads", "banner", "promo",
        "copyright", "widget", "rank", "hot", "popular", "trending", "tags", "newsletter", "subscribe",
        "cookie", "masthead", "header", "toolbar", "pagination", "pager", "login", "more",
    }
)  # fmt: skip
POSITIVE_CUES = frozenset(
    {
        "article", "content", "post", "entry", "body", "text", "story", "main", "detail", "news",
        "artibody", "endtext", "contentbody", "articlebody", "article-body", "blog", "hentry",
    }
)  # fmt: skip
NEGATIVE_FACTOR = 0.15
# Boxes inside the article whose class says they are an embedded widget of other content, at any
# size (unlike "share", which sites put on whole article wrappers: "gigya-share"). Not "read-more"
# (herald-sun wraps the rest of the story in it), "slideshow" or "carousel" (yahoo and simplyfound
# put the article's own pictures and text there): each cost recall on the readability dev set.
# "cta" (call to action) boxes ask the reader to donate, subscribe or join (snopes, National Review,
# Fandom): removed as promo. "bio" boxes ("author-bio", "bio-box") hold the author's tagline and
# handles (9to5toys; citylab's ground truth keeps its one-line bio, −0.003 there, +0.03 on 9to5toys).
EMBEDDED_CUES = frozenset(
    {"gallery", "related", "recommended", "recommendations", "outbrain", "taboola", "more-stories", "recirc",
     "cta", "bio"}
)  # fmt: skip
EMBEDDED_REASONS = {"cta": Reason.PROMO}  # the others: outside_main
# A container of at least CARD_MIN_REPEATS same-shaped teaser cards (each at most CARD_MAX_CHARS,
# several blocks, one of them a link) passes up this share of its weight.
CARD_MIN_REPEATS = 3
CARD_MAX_CHARS = 600
CARD_FACTOR = 0.2
POSITIVE_FACTOR = 1.3
# HTML5 landmark elements scale what they pass up (a page <header> is not scaled: it often holds the
# headline and the lead).
LANDMARK_FACTOR = {"nav": 0.05, "footer": 0.1, "aside": 0.15, "main": 1.3, "article": 1.3}


def block_weight(b: Block) -> float:
    """How much a block looks like article text, in characters."""
    if b.kind is BlockKind.IMAGE or b.removal is not None:
        return 0.0
    n = len(b.text)
    ld = b.link_density
    if ld > MAX_LINK_DENSITY:
        return 0.0
    w = n * (1.0 - ld)
    if not SENTENCE_PUNCT.search(b.text):
        w *= NO_PUNCT_FACTOR
    return w


def _is_card_list(f: Frame) -> bool:
    """Children that repeat one structure, each a small box of several blocks with a link-dense one
    (a headline link): a list of teasers ("more stories", search results), not article text."""
    if len(f.children) < CARD_MIN_REPEATS:
        return False
    shapes: dict[tuple[str, str], int] = {}
    cards = 0
    for c in f.children:
        if c.total_blocks >= 2 and c.link_blocks >= 1 and c.total_chars <= CARD_MAX_CHARS:
            key = (c.tag, c.cues)
            shapes[key] = shapes.get(key, 0) + 1
            cards += 1
    return cards >= CARD_MIN_REPEATS and max(shapes.values(), default=0) >= CARD_MIN_REPEATS


def _factor(f: Frame) -> float:
    factor = CARD_FACTOR if f.card_list else 1.0
    if f.cues:
        tokens = set(f.cues.split())
        if tokens & NEGATIVE_CUES:
            factor *= NEGATIVE_FACTOR
        elif tokens & POSITIVE_CUES:
            factor *= POSITIVE_FACTOR
    factor *= LANDMARK_FACTOR.get(f.tag, 1.0)
    return factor


def choose_container(frames: list[Frame], blocks: list[Block]) -> tuple[Frame | None, list[Frame]]:
    """The main container and the siblings taken along with it; (None, []) if nothing scores."""
    if not frames:
        return None, []
    for f in frames:
        f.weight = 0.0
        f.card_list = _is_card_list(f)  # the subtree totals it reads were set by segment()
        f.factor = _factor(f)
    for b in blocks:
        if b.node is not None:
            b.node.weight += block_weight(b)
    # Children come after parents in ``frames``: one reverse pass sums every subtree. ``weight`` is
    # what a frame holds; what it passes up is discounted (or boosted) by its own cues, so a parent's
    # boost never makes its children look small next to it.
    for f in reversed(frames):
        if f.parent is not None:
            f.parent.weight += f.weight * f.factor
    root = frames[0]
    if root.weight <= 0:
        return None, []
    node = root
    twins: list[Frame] = []
    while node.children:
        best = max(node.children, key=_score)
        if _score(best) < DESCEND_SHARE * node.weight:
            break
        # Same-shaped siblings continue the article (NYT splits it into several "story-body" boxes).
        twins += [
            c
            for c in node.children
            if c is not best
            and c.tag == best.tag
            and c.cues == best.cues
            and c.cues
            and _score(c) >= TWIN_SHARE * _score(best)
            and c.total_links <= SIBLING_PROSE_MAX_LINK_DENSITY * c.total_chars
        ]
        node = best
    siblings: list[Frame] = []
    if node.parent is not None:
        siblings = [
            s
            for s in node.parent.children
            if s is not node
            and s.factor >= 1.0
            and (_score(s) >= SIBLING_SHARE * _score(node) or _prose_box(s))
        ]
    siblings += [t for t in twins if t not in siblings]
    # Recovery: an answer with too little text is a fragment (a lead box, one comment); climb until
    # the container holds a plausible article.
    while (
        node.parent is not None
        and node.total_chars + sum(s.total_chars for s in siblings) < MIN_ARTICLE_CHARS
    ):
        node, siblings = node.parent, []
    return node, siblings


def _prose_box(f: Frame) -> bool:
    """A paragraph next to the container (Readability's sibling rule): article text left outside
    the article's own wrapper, e.g. the last paragraphs after an inner "toggle" div."""
    return (
        f.tag == "p"
        and f.total_chars >= SIBLING_PROSE_MIN_CHARS
        and f.total_links <= SIBLING_PROSE_MAX_LINK_DENSITY * f.total_chars
    )


def _score(f: Frame) -> float:
    return f.weight * f.factor


# A box opened by a related heading holds teasers, and teasers link to their stories: at least this
# share of its characters sits in links (dev sets: related boxes of over 50 characters 18-100 %;
# herald-sun's "Read more" expander, which holds the rest of the article, 0.3 %).
RELATED_BOX_MIN_LINK_SHARE = 0.05


def _related_boxes(frames: list[Frame], blocks: list[Block], container: Frame) -> set[int]:
    """Frames (by order) of the boxes a related-content heading opens: the largest box whose first
    block is a heading the boilerplate stage read as "Related stories" / "相关阅读" / "Você pode
    gostar", that does not hold the main container and that links (RELATED_BOX_MIN_LINK_SHARE). Its
    teasers may be long excerpts, which the boilerplate stage's run of short teaser items after the
    heading cannot take."""
    headings = [b for b in blocks if b.removal and b.removal.rule == "related_heading" and b.node]
    if not headings:  # most pages: nothing to look up
        return set()
    first: dict[int, int] = {}  # frame order -> index of the first block of its subtree
    f: Frame | None
    for b in blocks:
        f = b.node
        while f is not None and f.order not in first:
            first[f.order] = b.index
            f = f.parent
    around: set[int] = set()  # the container and its ancestors
    g: Frame | None = container
    while g is not None:
        around.add(g.order)
        g = g.parent
    boxes: set[int] = set()
    for b in headings:
        box: Frame | None = None
        f = b.node
        while f is not None and first.get(f.order) == b.index and f.order not in around:
            box, f = f, f.parent
        if (
            box is not None
            and box is not b.node
            and box.total_links >= RELATED_BOX_MIN_LINK_SHARE * box.total_chars
        ):
            boxes.add(box.order)
    if boxes:  # membership goes down the tree (frames come parents first)
        for frame in frames:
            if frame.parent is not None and frame.parent.order in boxes:
                boxes.add(frame.order)
    return boxes


# A list item that links and carries a time of day is an entry of a listing: a forum's reply tree,
# "latest posts". A run of at least LISTING_MIN_RUN of them inside the container lists other pages,
# it is not the article's text. (A date alone is not enough: reference lists cite dates.)
LISTING_STAMP = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
LISTING_ENTRY_MAX_CHARS = 150
LISTING_MIN_RUN = 5


def _listing_entry(b: Block) -> bool:
    return (
        b.kind is BlockKind.LIST_ITEM
        and b.link_chars > 0
        and len(b.text) <= LISTING_ENTRY_MAX_CHARS
        and LISTING_STAMP.search(b.text) is not None
    )


def _listings(blocks: list[Block]) -> list[Block]:
    """Live blocks of runs of at least LISTING_MIN_RUN listing entries (images and blocks already
    removed for another reason do not break a run)."""
    found: list[Block] = []
    run: list[Block] = []
    for b in [*blocks, None]:
        if b is not None and (b.kind is BlockKind.IMAGE or (b.removed and not _listing_entry(b))):
            continue
        if b is not None and _listing_entry(b):
            run.append(b)
            continue
        if len(run) >= LISTING_MIN_RUN:
            found += [e for e in run if not e.removed]
        run = []
    return found


# A link-dense block inside the container is still text when it is long prose: at least this many
# characters and two sentences, not a " | "-joined run of headlines (newsletters that link every item,
# Wikipedia's references). Measured: readability 4 pages up (wikipedia 0.92 → 0.93, wikipedia-2
# 0.94 → 0.97), scrapinghub 4 up (a "10 things in tech" newsletter 0.83 → 0.92) and 1 down (a linked
# subscription pitch, 1.00 → 0.96).
LINKED_PROSE_MIN_CHARS = 150
SENTENCE_MARKS = re.compile(r"[。！？]|[.!?](?:\s|$)")


def _linked_prose(b: Block) -> bool:
    """Long linked prose: kept inside the container however much of it is link text."""
    return (
        len(b.text) >= LINKED_PROSE_MIN_CHARS
        and " | " not in b.text
        and len(SENTENCE_MARKS.findall(b.text)) >= 2
    )


class SelectMainContent:
    """Mark blocks outside the main content region of an HTML page (reason ``outside_main``)."""

    name = "content"

    def __call__(self, doc: Document) -> Document:
        frames = doc.frames
        if not frames:
            return doc
        container, siblings = choose_container(frames, doc.blocks)
        if container is None:
            return doc
        inside: set[int] = set()
        embedded: dict[int, str] = {}  # frame order -> the cue of the embedded box it sits in
        keep = [container, *siblings]
        for f in frames:  # parents first, so membership propagates down in one pass
            is_top = any(f is k for k in keep)
            if is_top or (f.parent is not None and f.parent.order in inside):
                inside.add(f.order)
                if f.parent is not None and f.parent.order in embedded:
                    embedded[f.order] = embedded[f.parent.order]
                elif not is_top:
                    cue = next((t for t in f.cues.split() if t in EMBEDDED_CUES), None)
                    if cue:
                        embedded[f.order] = cue
        related = _related_boxes(frames, doc.blocks, container)
        for b in doc.live():
            if b.node is not None and b.node.order in related:
                b.remove(self.name, Reason.RELATED, "related_box")
            elif b.node is not None and b.node.order in embedded:
                # A gallery, carousel or related box embedded in the article is not its text.
                cue = embedded[b.node.order]
                b.remove(self.name, EMBEDDED_REASONS.get(cue, Reason.OUTSIDE_MAIN), f"embedded:{cue}")
            elif b.node is None or b.node.order not in inside:
                if b.link_density > MAX_LINK_DENSITY:
                    # Links around the article are the site's navigation, whatever they point to.
                    b.remove(self.name, Reason.NAVIGATION, "link_outside_main")
                else:
                    b.remove(self.name, Reason.OUTSIDE_MAIN, f"outside:{container.tag}")
            elif b.link_density > MAX_LINK_DENSITY and b.kind is not BlockKind.IMAGE and not _linked_prose(b):
                b.remove(self.name, Reason.NAVIGATION, "link_dense")
        for b in _listings(doc.blocks):
            b.remove(self.name, Reason.RELATED, "listing")
        return doc
