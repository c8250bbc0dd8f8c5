"""What reads as an article paragraph.

One test for two questions: where the article's run of paragraphs is (the metadata stage), and
whether a block is prose that listens only to its nearest boxes' class cues (the navigation and
boilerplate stages: a state class far up the tree says nothing about a paragraph).
"""

from __future__ import annotations

import re

from ._model import Block, BlockKind

# At least this many characters, with clause punctuation, few links. 30 keeps the ~38-character
# hard-wrapped lines of 2005 pages (chinese_wced).
PROSE_MIN_CHARS = 30
PROSE_MAX_LINK_DENSITY = 0.3
PROSE_PUNCT = re.compile(r"[。！？，；、]|[,.!?;](?:\s|$)")
PROSE_KINDS = (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM)
# Landmarks whose text is never the article's.
NOT_ARTICLE_REGIONS = ("nav", "footer", "aside")


def is_prose(b: Block) -> bool:
    """An article paragraph: long enough, punctuated, few links, outside nav/footer/aside."""
    return (
        len(b.text) >= PROSE_MIN_CHARS
        and b.kind in PROSE_KINDS
        and b.link_density <= PROSE_MAX_LINK_DENSITY
        and b.region not in NOT_ARTICLE_REGIONS
        and PROSE_PUNCT.search(b.text) is not None
    )
