"""The Pipeline: named stages users can drop, replace or add without subclassing."""

from __future__ import annotations

import pytest

import cleanarticle
from cleanarticle import Document, OptionError, Pipeline, Reason, StageError, default_pipeline

PAGE = (
    "<html><body><nav><a href='/'>首页</a> <a href='/a'>新闻</a></nav>"
    "<article><h1>标题</h1><p>第一段正文，内容足够长，讲述了一件事情的来龙去脉。</p>"
    "<p>第二段正文，继续讲述事情的经过和结果，并引用了当事人的话。</p></article></body></html>"
)


def test_pipeline_default_stage_names():
    """The default pipeline lists its stages in order by name."""
    expected = ["decode", "parse", "metadata", "navigation", "boilerplate", "content", "dedup", "language"]
    assert expected == default_pipeline().names


def test_pipeline_without_stage_keeps_what_it_removed():
    """Dropping the dedup stage keeps repeated paragraphs in the article."""
    text = "第一段正文，内容足够长，讲述了一件事情的来龙去脉。\n" * 2
    with_dedup = cleanarticle.clean(text)
    without = cleanarticle.clean(text, pipeline=default_pipeline().without("dedup"))
    assert 1 == len(with_dedup.blocks)
    assert 2 == len(without.blocks)


def test_pipeline_function_stage_inserted():
    """A plain function can be inserted as a stage and sees the working document."""
    seen = []

    def shout(doc: Document) -> Document:
        seen.append(len(doc.blocks))
        for b in doc.live():
            if "第二段" in b.text:
                b.remove("shout", Reason.PROMO, "test")
        return doc

    article = cleanarticle.clean(PAGE, pipeline=default_pipeline().insert_after("boilerplate", shout))
    assert [True] == [n > 0 for n in seen]
    assert ["shout"] == [r.stage for r in article.removed if r.rule == "test"]


def test_pipeline_replace_stage():
    """Replacing a stage by name runs the replacement instead."""
    calls = []

    def no_language(doc: Document) -> Document:
        calls.append(1)
        return doc

    article = cleanarticle.clean(PAGE, pipeline=default_pipeline().replace("language", no_language))
    assert [1] == calls
    assert article.language is None


def test_pipeline_stage_returning_wrong_type_raises():
    """A stage that returns something else than the Document raises StageError naming it."""

    def broken(doc: Document) -> None:
        return None

    pipeline = default_pipeline().append(broken)
    with pytest.raises(StageError, match="broken"):
        cleanarticle.clean(PAGE, pipeline=pipeline)


@pytest.mark.parametrize("call", ["without", "replace", "insert_before", "insert_after"])
def test_pipeline_unknown_stage_name_raises(call):
    """Naming a stage that is not there raises OptionError listing the stages."""
    p = default_pipeline()
    args = ("nope",) if call == "without" else ("nope", lambda d: d)
    with pytest.raises(OptionError, match="nope"):
        getattr(p, call)(*args)


def test_pipeline_duplicate_names_rejected():
    """Two stages with one name are rejected, so editing by name is unambiguous."""
    with pytest.raises(OptionError, match="parse"):
        default_pipeline().append(default_pipeline()["parse"])


def test_pipeline_is_immutable():
    """Editing returns a new pipeline and leaves the original as it was."""
    p = default_pipeline()
    q = p.without("dedup")
    assert "dedup" in p.names
    assert "dedup" not in q.names
    assert isinstance(q, Pipeline)
