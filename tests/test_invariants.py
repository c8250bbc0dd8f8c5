"""Invariants that hold for every golden input: conservation, determinism, idempotence."""

from __future__ import annotations

import random

import pytest

import cleanarticle
from cleanarticle import BlockKind


def _all_indexes(article):
    return [b.index for b in article.blocks] + [r.index for r in article.removed]


def test_invariants_conservation(golden):
    """Every input block is either in the article or in removed, never both, never neither."""
    article = cleanarticle.clean(golden.read_input())
    indexes = _all_indexes(article)
    assert sorted(indexes) == list(range(len(indexes)))


def test_invariants_conservation_of_text_lines(seed_text):
    """For a text dump, every non-empty input line is the text of exactly one block, kept or removed."""
    article = cleanarticle.clean(seed_text)
    lines = sorted(" ".join(line.split()) for line in seed_text.decode("utf-8").splitlines() if line.strip())
    texts = sorted([b.text for b in article.blocks] + [r.text for r in article.removed])
    assert lines == texts


def test_invariants_twins_point_at_kept_blocks(golden):
    """A duplicate's twin is a block that is in the article."""
    article = cleanarticle.clean(golden.read_input())
    kept = {b.index for b in article.blocks}
    removed = {r.index for r in article.removed}
    for r in article.removed:
        if r.twin is not None:
            assert r.twin in kept | removed
            assert r.twin != r.index


def test_invariants_determinism_in_any_order():
    """Cleaning the goldens in shuffled orders, twice each, gives identical articles."""
    from conftest import GOLDEN

    first = {c.name: cleanarticle.clean(c.read_input()).to_json() for c in GOLDEN}
    order = list(GOLDEN)
    random.Random(7).shuffle(order)
    for case in order + order:
        assert first[case.name] == cleanarticle.clean(case.read_input()).to_json()


def test_invariants_idempotence(golden):
    """Cleaning the article's own text again gives the same text."""
    article = cleanarticle.clean(golden.read_input())
    again = cleanarticle.clean(article.text, input_format="text")
    assert article.text == again.text


def test_invariants_round_trip(golden):
    """to_dict/from_dict and to_json/from_json give back an equal Article."""
    article = cleanarticle.clean(golden.read_input())
    assert article == cleanarticle.Article.from_dict(article.to_dict())
    assert article == cleanarticle.Article.from_json(article.to_json())


@pytest.mark.parametrize("kind", [BlockKind.HEADING, BlockKind.PARAGRAPH])
def test_invariants_text_holds_blocks(golden, kind):
    """Article.text is the body blocks' text one per line, headings and paragraphs included."""
    article = cleanarticle.clean(golden.read_input())
    lines = article.text.split("\n")
    for b in article.blocks:
        if b.kind is kind:
            assert b.text in lines
