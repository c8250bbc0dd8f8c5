"""HTML into blocks, in reading order, with the layout features later stages score on.

One pass of ``lxml.etree.iterwalk`` over the parsed tree: block-level elements open a ``Frame``;
inline text (including ``<a>``, ``<span>``, ``<strong>``…) accumulates into the innermost frame and
is flushed as a ``Block`` when a block-level element starts or ends, or at a ``<br>``. The walk is
iterative, so deeply nested pages cannot exhaust the Python stack.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ._model import Block, BlockKind

# Elements whose content is never page text. <head> is not among them: libxml2 leaves a whole page
# inside <head> when an unknown tag appears there first (old sohu pages), so its children are judged
# one by one (title, meta, script… are skipped).
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
        "canvas", "title", "meta", "link", "audio", "video", "select", "textarea", "map",
    }
)  # fmt: skip
# Elements that start a new block (HTML's block-level and table elements).
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
        "td", "th", "tr", "ul", "caption", "noframes",
    }
)  # fmt: skip
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_TAGS = frozenset({"li", "dt", "dd"})
CAPTION_TAGS = frozenset({"figcaption", "caption"})
QUOTE_TAGS = frozenset({"blockquote"})
# Captions marked by class rather than <figcaption> (WordPress "wp-caption-text", "photo-caption").
CAPTION_CUES = frozenset({"wp-caption-text", "caption", "photo-caption", "image-caption", "img-caption",
                          "pic-caption", "figure-caption", "media-caption"})  # fmt: skip
EMPHASIS_TAGS = frozenset({"strong", "b"})
# HTML5 landmarks and their ARIA roles: the nearest one is a block's ``region``.
LANDMARK_TAGS = {"nav": "nav", "header": "header", "footer": "footer", "aside": "aside", "main": "main",
                 "article": "article"}  # fmt: skip
LANDMARK_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer",
                  "complementary": "aside", "main": "main", "article": "article"}  # fmt: skip
# A <p> whose whole text is bold and at most this many characters reads as a section heading
# (Chinese CMSs mark sub-headings as <p><strong>…</strong></p>; 40 covers the seed's longest).
BOLD_HEADING_MAX_CHARS = 40
SENTENCE_END = re.compile(r"[。！？!?；;，,：:…]$")
# A table is a data table (one TABLE block per row, cells joined by CELL_SEPARATOR) when it has at
# least two rows, no block-level elements inside its cells, and no cell longer than this; otherwise
# it is layout (old Chinese portals put whole articles in <td>) and its cells are containers.
DATA_CELL_MAX_CHARS = 200
DATA_TABLE_BLOCKERS = frozenset(
    {"table", "p", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "form", "section", "article", "iframe", "br"}
)  # fmt: skip
CELL_TAGS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "
# A block with more than this share of its characters inside links is link-dense (a menu item, a
# headline link), not text.
LINK_DENSE = 0.5
# How many ancestor frames contribute class/id cues to a block (bounded, for deep pages).
CUE_DEPTH = 8
# The block's own box and its two parents: the cues that speak for prose (see _boilerplate).
NEAR_CUE_DEPTH = 3
# Only boxes holding at most this many characters lend their class/id cues to the blocks inside
# (the seed's seven-line legal footer holds ~700; article wrappers hold thousands).
CUE_BOX_MAX_CHARS = 1500
# ...except comment sections, which are long by nature: their cues count at any size.
LARGE_BOX_CUES = frozenset({"comment", "comments", "commentlist", "reply", "replies", "respond", "disqus"})
# Whitespace folding (``\s+`` -> " "), written to match only what it changes: runs of two or more
# and single non-space whitespace, so already-clean text is not rebuilt.
WS = re.compile(r"\s{2,}|[^\S ]")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
CUE_PART = re.compile(r"[^\s_\-]+")


@dataclass(slots=True, eq=False)
class Frame:
    """A block-level element during and after the walk; blocks point to their owning frame."""

    el: Any
    parent: Frame | None
    tag: str
    cues: str  # this element's own class/id/role tokens, lower-cased
    region: str
    order: int  # creation order; parents come before children
    weight: float = 0.0  # own blocks' content weight, then subtree total (see _extract)
    # Counts of the blocks this frame owns directly, made subtree totals once by ``segment``.
    total_chars: int = 0  # characters
    total_links: int = 0  # characters inside links
    total_blocks: int = 0  # blocks
    link_blocks: int = 0  # link-dense blocks (link density above LINK_DENSE)
    card_list: bool = False  # its children are repeated teaser cards (set by _extract)
    factor: float = 1.0  # cue and landmark multiplier of its weight (set by _extract)
    children: list[Frame] = field(default_factory=list)

    def box_cues(self) -> str:
        """The cues this box lends to the blocks inside it: all of them from a box of at most
        CUE_BOX_MAX_CHARS (a share bar is a small box; a whole article wrapper classed "gigya-share"
        is not one), only LARGE_BOX_CUES from a larger one."""
        if not self.cues or self.total_chars <= CUE_BOX_MAX_CHARS:
            return self.cues
        return " ".join(t for t in self.cues.split() if t in LARGE_BOX_CUES)

    def within(self, tags: frozenset[str], depth: int = CUE_DEPTH) -> bool:
        f: Frame | None = self
        for _ in range(depth):
            if f is None:
                return False
            if f.tag in tags:
                return True
            f = f.parent
        return False


def _parse(text: str) -> tuple[Any, bool]:
    """One lxml parse: (root or None, whether libxml2 gave up part of the page at a resource limit)."""
    # huge_tree lifts libxml2's 10 MB text-node cap and its depth limit from 256 to 2048. The HTML
    # parser never loads a DTD or expands entities (internal or external), huge_tree or not.
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, encoding="utf-8", huge_tree=True
    )
    data = text.encode("utf-8", "replace").replace(b"\x00", b"")
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, ValueError):
        root = None
    cut = any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log)
    return root, cut


def parse_html(text: str) -> tuple[Any, list[str]]:
    """Parse with lxml's HTML parser; never touches the network, never expands entities.

    libxml2 stops reading a page nested deeper than 2048 elements and silently drops the rest; when
    that happens the page is re-parsed with elements below ``MAX_DEPTH`` flattened (their text
    kept), and a warning says so. Returns the root (None for an empty page) and the warnings.
    """
    root, cut = _parse(text)
    if not cut:
        return root, []
    warning = (
        f"page is nested deeper than the HTML parser's limit; elements below depth {MAX_DEPTH} "
        "were flattened to keep their text"
    )
    root, cut = _parse(flatten_deep(text, MAX_DEPTH))
    if cut:  # our depth count disagreed with libxml2's: keep the text, give up all markup
        root, _ = _parse(flatten_deep(text, 0))
        warning = (
            "page is nested deeper than the HTML parser's limit; all markup was dropped to keep its text"
        )
    return root, [warning]


# Flattening: a linear tag scanner (not a parser) that only counts nesting. Elements at most this
# deep stay; deeper start/end tags are dropped. libxml2's own limit is 2048 with huge_tree; this
# stays far below it because the scanner cannot see the elements libxml2 implies or auto-closes.
MAX_DEPTH = 512
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
# Elements whose content is raw text up to their end tag: tags inside them are not tags.
_RAW_TEXT = {
    name: re.compile(rf"</{name}", re.I)
    for name in ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext")
}
# Elements that never nest: void elements and the ones whose end tag the parser implies.
_FLAT_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "html", "head", "body",
    }
)  # fmt: skip


def flatten_deep(text: str, max_depth: int) -> str:
    """``text`` with start/end tags nested deeper than ``max_depth`` dropped (a ``<br>`` stands for a
    dropped block element, so its text stays a separate block). Linear in ``len(text)``."""
    out: list[str] = []
    pos = depth = 0
    while True:
        m = _TAG_START.search(text, pos)
        if m is None:
            break
        end = text.find(">", m.end())
        if end < 0:
            break  # a cut-off tag: the parser drops it either way
        closing, name = m.group(1) == "/", m.group(2).lower()
        out.append(text[pos : m.start()])
        tag, pos = text[m.start() : end + 1], end + 1
        if name in _FLAT_TAGS or name in SKIP_TAGS:
            out.append(tag)
        elif closing:
            out.append(tag if depth <= max_depth else "")
            depth = max(0, depth - 1)
        else:
            depth += 1
            out.append(tag if depth <= max_depth else ("<br>" if name in BLOCK_TAGS else ""))
        raw = _RAW_TEXT.get(name)
        if raw is not None and not closing:
            close = raw.search(text, pos)
            stop = close.start() if close else len(text)
            out.append(text[pos:stop])
            pos = stop
    out.append(text[pos:])
    return "".join(out)


def strip_tags(text: str) -> str:
    """The text of an HTML page without markup, one line per block element (a last-resort reading)."""
    flat = flatten_deep(text, 0)
    for raw in ("script", "style"):
        flat = re.sub(rf"<{raw}\b[^<>]*>[^<]*", "\n", flat, flags=re.I)
    return html.unescape(re.sub(r"<[^<>]*>", "\n", flat))


def _cue_tokens(raw: str) -> str:
    """Class/id/role tokens of one element, lower-cased: the whole class names ("comments-area"),
    then their parts ("comments", "area"), so lexicons can name either."""
    low = raw.lower()
    tokens = dict.fromkeys(low.split())
    if "-" in low or "_" in low:
        # Every part of every word, in order; the words without a separator are already in.
        tokens.update(dict.fromkeys(CUE_PART.findall(low)))
    return " ".join(tokens)


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def _is_data_table(table: Any) -> bool:
    rows = 0
    for d in table.iterdescendants():
        tag = d.tag.lower() if isinstance(d.tag, str) else ""
        if tag in DATA_TABLE_BLOCKERS:
            return False
        if tag == "tr":
            rows += 1
        elif tag in CELL_TAGS and sum(map(len, d.itertext())) > DATA_CELL_MAX_CHARS:
            return False
    return rows >= 2


def _image_src(el: Any) -> str | None:
    for attr in ("src", "data-src", "data-original", "data-lazy-src"):
        v = el.get(attr)
        if isinstance(v, str) and v and not v.startswith("data:"):
            return v.strip()
    return None


class _Segmenter:
    """State of one walk: the frame stack and the inline text being gathered."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.frames: list[Frame] = []
        self.quote_depth = 0  # open <blockquote> elements
        self.data_tables: list[Any] = []  # open data tables: their cells are inline, rows are blocks
        # Cue tokens by raw attribute text, for this page only: sites repeat a handful of class names
        # on hundreds of elements.
        self.cue_memo: dict[tuple[str | None, ...], str] = {}
        # Whether a cue string names a caption box, for this page only (same reason).
        self.caption_memo: dict[str, bool] = {}

    def open_frame(self, el: Any, tag: str, parent: Frame | None, attrs: bool) -> Frame:
        """A frame for block-level element ``el`` (``attrs``: whether it has any attribute)."""
        cues, role = "", None
        if attrs:
            cls, ident, role, prop = el.get("class"), el.get("id"), el.get("role"), el.get("itemprop")
            if cls or ident or role or prop:
                key = (cls, ident, role, prop)
                memo = self.cue_memo.get(key)
                if memo is None:
                    memo = self.cue_memo[key] = _cue_tokens(" ".join(v for v in key if v))
                cues = memo
        region = (
            LANDMARK_TAGS.get(tag)
            or (role and LANDMARK_ROLES.get(role.lower()))
            or (parent.region if parent else "")
        )
        frame = Frame(el, parent, tag, cues, region, len(self.frames))
        self.frames.append(frame)
        if parent is not None:
            parent.children.append(frame)
        return frame

    def _caption_cues(self, cues: str) -> bool:
        found = self.caption_memo.get(cues)
        if found is None:
            found = self.caption_memo[cues] = not CAPTION_CUES.isdisjoint(cues.split())
        return found

    def flush(self, raw: str, links: int, bold: int, frame: Frame | None) -> None:
        """Make a block of the inline text ``raw`` gathered in ``frame`` (``links`` and ``bold``
        of its characters inside links and emphasis)."""
        if frame is None:
            return
        text = WS.sub(" ", raw).strip()
        kind, level = BlockKind.PARAGRAPH, None
        tag = frame.tag
        if tag in HEADING_TAGS:
            kind, level = BlockKind.HEADING, HEADING_TAGS[tag]
        elif tag in LIST_TAGS:
            kind = BlockKind.LIST_ITEM
        elif tag in CAPTION_TAGS or (frame.cues and self._caption_cues(frame.cues)):
            kind = BlockKind.CAPTION
        elif tag == "pre":
            kind = BlockKind.CODE
        elif tag == "tr" and self.data_tables:
            kind = BlockKind.TABLE
        elif self.quote_depth and frame.within(QUOTE_TAGS):
            kind = BlockKind.QUOTE
        elif (
            bold
            and bold >= len(text.replace(" ", "")) * 0.95
            and len(text) <= BOLD_HEADING_MAX_CHARS
            and not SENTENCE_END.search(text)
        ):
            kind = BlockKind.HEADING
        self.emit(text, kind, level, frame, min(links, len(text)))

    def emit(
        self, text: str, kind: BlockKind, level: int | None, frame: Frame, links: int, src: str | None = None
    ) -> None:
        # Positional up to ``node`` (Block's field order: index, text, kind, level, src, removal, tag,
        # link_chars, node): keyword passing costs a third of the call on this hot path.
        blocks = self.blocks
        block = Block(len(blocks), text, kind, level, src, None, frame.tag, links, frame, region=frame.region)
        blocks.append(block)
        frame.total_chars += len(text)
        frame.total_links += links
        frame.total_blocks += 1
        if src is None and links > LINK_DENSE * len(text):  # Block.link_density, images aside
            frame.link_blocks += 1

    def walk(self, root: Any) -> None:
        # The hot loop of the parser (one iteration per start and end of every element): attribute
        # reads only where needed, text gathered into a local buffer with local counters. The end of a
        # run of inline text (a block element starts or ends, a <br>/<img>) is handled where it
        # happens, written out three times rather than called: most such buffers are the whitespace
        # between two block elements, dropped with one join and one isspace.
        stack: list[Frame] = []
        skipping = False  # after skip_subtree() the next event is the skipped element's end
        buf: list[str] = []  # inline text of the innermost frame since its last block
        links = bold = 0  # characters of ``buf`` inside <a> and inside <strong>/<b>
        link_depth = bold_depth = 0
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, el in walker:
            # libxml2's HTML parser lower-cases element names; comments and PIs have a function as tag.
            tag = el.tag
            if tag.__class__ is not str:
                tag = ""
            if event == "start":
                # Only an element with attributes can be hidden or carry cues; many have none (one C
                # call to see).
                attrs = None if tag in SKIP_TAGS or not tag else el.keys()
                if attrs is None or (attrs and _hidden(el)):
                    walker.skip_subtree()
                    skipping = True
                    continue
                if tag in BLOCK_TAGS:
                    if tag in CELL_TAGS and self.data_tables:
                        if buf:
                            buf.append(CELL_SEPARATOR)
                    else:
                        top = stack[-1] if stack else None
                        if buf:
                            # Most buffers here are the indentation between two block elements.
                            raw = "".join(buf)
                            if not raw.isspace():
                                self.flush(raw, links, bold, top)
                            buf, links, bold = [], 0, 0
                        stack.append(self.open_frame(el, tag, top, bool(attrs)))
                        if tag == "table" and _is_data_table(el):
                            self.data_tables.append(el)
                        elif tag in QUOTE_TAGS:
                            self.quote_depth += 1
                elif tag == "a":
                    link_depth += 1
                elif tag in EMPHASIS_TAGS:
                    bold_depth += 1
                elif tag == "br" or tag == "img":
                    top = stack[-1] if stack else None
                    if buf:
                        raw = "".join(buf)
                        if not raw.isspace():
                            self.flush(raw, links, bold, top)
                        buf, links, bold = [], 0, 0
                    src = _image_src(el) if tag == "img" else None
                    if src and top is not None:
                        alt = WS.sub(" ", el.get("alt") or el.get("title") or "").strip()
                        self.emit(alt, BlockKind.IMAGE, None, top, len(alt) if link_depth else 0, src)
                s = el.text
            else:
                if skipping:
                    skipping = False
                elif tag in BLOCK_TAGS:
                    if not (tag in CELL_TAGS and self.data_tables):
                        frame = stack.pop()
                        if buf:
                            raw = "".join(buf)
                            if not raw.isspace():
                                self.flush(raw, links, bold, frame)
                            buf, links, bold = [], 0, 0
                        if self.data_tables and self.data_tables[-1] is el:
                            self.data_tables.pop()
                        elif tag in QUOTE_TAGS:
                            self.quote_depth -= 1
                elif tag == "a":
                    link_depth -= 1
                elif tag in EMPHASIS_TAGS:
                    bold_depth -= 1
                s = el.tail
            if s:
                buf.append(s)
                if link_depth or bold_depth:
                    n = len(s.strip())
                    if link_depth:
                        links += n
                    if bold_depth:
                        bold += n
        if buf:
            raw = "".join(buf)
            if not raw.isspace():
                self.flush(raw, links, bold, stack[-1] if stack else None)


def segment(root: Any) -> tuple[list[Block], list[Frame]]:
    """Blocks in reading order and the frames they hang from (parents before children)."""
    seg = _Segmenter()
    if root is not None:
        seg.walk(root)
    # Children come after parents: one reverse pass sums every subtree.
    for f in reversed(seg.frames):
        p = f.parent
        if p is not None:
            p.total_chars += f.total_chars
            p.total_links += f.total_links
            p.total_blocks += f.total_blocks
            p.link_blocks += f.link_blocks
    # Now that box sizes are known, a block's cues come from the small boxes around it only. Each
    # frame's ancestry (its own box first, CUE_DEPTH boxes, "" for a box that lends nothing) is its
    # parent's with one box in front; blocks under the same ancestry share one chain.
    ancestry: list[tuple[str, ...]] = []
    chains: dict[tuple[str, ...], tuple[str, frozenset[str], frozenset[str]]] = {}
    for f in seg.frames:
        box = f.cues if not f.cues or f.total_chars <= CUE_BOX_MAX_CHARS else f.box_cues()
        p = f.parent
        ancestry.append((box, *ancestry[p.order][: CUE_DEPTH - 1]) if p is not None else (box,))
    for b in seg.blocks:
        f = b.node
        if f is None:
            continue
        boxes = ancestry[f.order]
        chain = chains.get(boxes)
        if chain is None:
            cues = " ".join(c for c in boxes if c)
            near = " ".join(c for c in boxes[:NEAR_CUE_DEPTH] if c)
            chain = chains[boxes] = (cues, frozenset(cues.split()), frozenset(near.split()))
        b.cues, b.cue_set, b.near_cue_set = chain
    return seg.blocks, seg.frames
