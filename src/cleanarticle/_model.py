"""The working document that flows through the pipeline, and its blocks.

Stages mutate a ``Document``; ``emit`` freezes it into an ``Article``. A stage never deletes a
block: it calls ``Block.remove`` with a stable reason code, which is how every input block ends up
either in the article or in ``Article.removed``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._limits import Limits


class BlockKind(str, enum.Enum):
    """What a block is, in reading terms."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CAPTION = "caption"
    TABLE = "table"
    IMAGE = "image"
    CODE = "code"


class Reason(str, enum.Enum):
    """Stable reason codes for a removed block. New codes may be added; existing ones never change."""

    METADATA = "metadata"  # headline, meta line, byline: moved into Article fields
    NAVIGATION = "navigation"  # menus, city/section bars, breadcrumbs, pagination
    PROMO = "promo"  # promotional image texts, ads
    OUTSIDE_MAIN = "outside_main"  # outside the main content region of an HTML page
    LEGAL_NOTICE = "legal_notice"  # copyright declarations, disclaimers
    CMS_TAG = "cms_tag"  # CMS tag / channel lines such as 【…】【…】
    PLACEHOLDER = "placeholder"  # default image captions and other CMS placeholders
    SHARE = "share"  # share / print / font-size bars
    RELATED = "related"  # related-story teasers and "read more" lists
    COMMENTS = "comments"  # comment sections
    WIDGET = "widget"  # controls of embedded widgets: video player settings, search and login forms
    DUPLICATE = "duplicate"  # an exact repeat (after folding) of a kept block
    NEAR_DUPLICATE = "near_duplicate"  # an extended, cut or slightly edited copy of a kept block
    SITE_BOILERPLATE = "site_boilerplate"  # recurs across the pages of a site (SiteProfile)
    EMPTY = "empty"  # no letter or digit: separator lines ("------"), lone bullets and bars
    LIMIT = "limit"  # beyond a user-set limit (max_blocks)


@dataclass(slots=True)
class Removal:
    """Why a block left the article: which stage, which reason code, which rule fired."""

    stage: str
    reason: Reason
    rule: str
    twin: int | None = None  # for duplicates: index of the block that was kept


@dataclass(slots=True, eq=False)
class Block:
    """One block of the page in reading order.

    ``index`` is the block's position in the input and never changes; it is the identity used in
    ``Removal.twin`` and ``Article.removed``. The layout fields (``link_chars``, ``node``…) are only
    filled for HTML input and are not part of the article.
    """

    index: int
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int | None = None  # heading level 1-6
    src: str | None = None  # image source
    removal: Removal | None = None
    # Layout features, HTML only.
    tag: str = ""
    link_chars: int = 0  # characters of text inside <a>
    node: Any = None  # the layout Frame of the block's owning element (see _html.Frame)
    cues: str = ""  # lower-cased class/id/role tokens of the ancestors, space separated
    cue_set: frozenset[str] = frozenset()  # the same tokens, as a set
    near_cue_set: frozenset[str] = frozenset()  # tokens of the block's own box and two parents
    region: str = ""  # nearest landmark: nav, header, footer, aside, main, article or ""
    # The reading position of a kept block, when dedup moved a more complete copy up.
    position: float | None = None

    @property
    def removed(self) -> bool:
        return self.removal is not None

    def remove(self, stage: str, reason: Reason, rule: str, twin: int | None = None) -> None:
        """Mark this block removed. The first removal wins: a later stage cannot rewrite history."""
        if self.removal is None:
            self.removal = Removal(stage, reason, rule, twin)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True, frozen=True)
class Editor:
    """A person who edited the article, with the role the page gives (編輯, 責編, Editor…)."""

    name: str
    role: str | None = None


@dataclass(slots=True)
class Document:
    """The mutable working document every stage receives and returns."""

    source: str | bytes
    url: str | None = None
    input_format: str = "auto"  # "auto", "html" or "text"; decode resolves "auto"
    declared_encoding: str | None = None  # the caller's HTTP charset, if any
    text: str = ""  # the decoded page
    encoding: str | None = None  # what the bytes were decoded as (None for str input)
    tree: Any = None  # lxml root element for HTML input
    frames: list[Any] = field(default_factory=list)  # block-level layout frames (HTML only)
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    original_title: str | None = None
    published: datetime | None = None
    source_name: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[Editor] = field(default_factory=list)
    language: str | None = None
    script: str | None = None
    warnings: list[str] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)  # set by clean(); see _limits

    def live(self) -> list[Block]:
        """Blocks not removed yet, in input order."""
        return [b for b in self.blocks if b.removal is None]

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
