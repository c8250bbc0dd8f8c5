"""Golden fixtures: each input under fixtures/ gives its hand-reviewed expected article."""

from __future__ import annotations

import pytest

import cleanarticle
from golden import normalized

FIELDS = ["title", "original_title", "published", "source", "authors", "editors", "language", "script"]


@pytest.mark.parametrize("field", FIELDS)
def test_golden_metadata(golden, field):
    """Each metadata field equals the golden value."""
    article = cleanarticle.clean(golden.read_input())
    assert golden.expected()[field] == normalized(article)[field]


def test_golden_blocks(golden):
    """The article body is the golden list of (kind, text) blocks, in reading order."""
    article = cleanarticle.clean(golden.read_input())
    assert golden.expected()["blocks"] == normalized(article)["blocks"]


def test_golden_removed(golden):
    """Every removed block carries the golden reason, and duplicates point at the golden twin."""
    article = cleanarticle.clean(golden.read_input())
    assert golden.expected()["removed"] == normalized(article)["removed"]
