"""The shared "article paragraph" test of the metadata, navigation and boilerplate stages."""

from __future__ import annotations

import pytest

from cleanarticle._model import Block, BlockKind
from cleanarticle._prose import is_prose

EN = "The council voted to extend the tram line, officials said"


@pytest.mark.parametrize(
    ("text", "kind", "links", "region", "expected"),
    [
        (EN, BlockKind.PARAGRAPH, 0, "", True),
        ("市政府昨天宣布，新地铁线路将于明年年底前通车，全长三十多公里。", BlockKind.PARAGRAPH, 0, "", True),
        ("A quoted sentence from the minister, in full.", BlockKind.QUOTE, 0, "", True),
        ("Too short, really.", BlockKind.PARAGRAPH, 0, "", False),
        ("No clause punctuation anywhere in this rather long line", BlockKind.PARAGRAPH, 0, "", False),
        (EN, BlockKind.HEADING, 0, "", False),
        (EN, BlockKind.PARAGRAPH, 30, "", False),  # link density above 0.3
        (EN, BlockKind.PARAGRAPH, 0, "footer", False),
    ],
)
def test_prose_is_an_article_paragraph(
    text: str, kind: BlockKind, links: int, region: str, expected: bool
) -> None:
    """Long enough, clause-punctuated, a paragraph kind, few links, outside nav/footer/aside."""
    block = Block(0, text, kind, link_chars=links, region=region)
    assert expected is is_prose(block)
