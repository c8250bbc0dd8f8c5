"""The public API: clean()'s inputs, errors, and the Article it returns."""

from __future__ import annotations

import dataclasses
import gc
import pathlib
from datetime import datetime

import pytest

import cleanarticle
from cleanarticle import Article, BlockKind, CleanArticleError, InputTypeError, OptionError, clean

PAGE = (
    "<html lang='en'><head><title>Storm hits coast | Example News</title></head><body>"
    "<article><h1>Storm hits coast</h1><p>By Jane Doe</p>"
    "<p>A powerful storm hit the coast on Tuesday, cutting power to thousands of homes.</p>"
    "<figure><img src='/storm.jpg' alt='Waves on the pier'>"
    "<figcaption>Waves on the pier.</figcaption></figure>"
    "<blockquote><p>It was the worst we have seen in years, said a resident.</p></blockquote>"
    "<ul><li>Schools are closed on Wednesday, officials said.</li>"
    "<li>Trains run a reduced service until Friday, the operator said.</li></ul>"
    "</article></body></html>"
)


@pytest.mark.parametrize("bad", [None, 42, ["<p>x</p>"], {"html": ""}])
def test_api_wrong_source_type_raises(bad):
    """A source that is not str or bytes raises InputTypeError naming the type."""
    with pytest.raises(InputTypeError, match=type(bad).__name__):
        cleanarticle.clean(bad)


def test_api_errors_subclass_builtins():
    """Errors can be caught as CleanArticleError or as the matching built-in."""
    assert issubclass(InputTypeError, TypeError)
    assert issubclass(OptionError, ValueError)
    assert issubclass(InputTypeError, CleanArticleError)


@pytest.mark.parametrize("option", [{"input_format": "pdf"}, {"url": 3}, {"encoding": 5}, {"pipeline": [1]}])
def test_api_bad_option_raises(option):
    """An option with an unusable value raises OptionError."""
    with pytest.raises(OptionError):
        cleanarticle.clean("<p>x</p>", **option)


def test_api_article_is_immutable():
    """The Article cannot be changed after the fact."""
    article = cleanarticle.clean(PAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]


def test_api_block_kinds():
    """Headings, paragraphs, images (with src), captions, quotes and list items keep their kind."""
    article = cleanarticle.clean(PAGE)
    kinds = {b.kind for b in article.blocks}
    assert {
        BlockKind.PARAGRAPH,
        BlockKind.IMAGE,
        BlockKind.CAPTION,
        BlockKind.QUOTE,
        BlockKind.LIST_ITEM,
    } <= kinds
    image = next(b for b in article.blocks if b.kind is BlockKind.IMAGE)
    assert "/storm.jpg" == image.src
    assert "Waves on the pier" == image.text


def test_api_text_has_no_title_and_no_images():
    """Article.text is the body, one block per line, without the title or image alt texts."""
    article = cleanarticle.clean(PAGE)
    assert "Storm hits coast" == article.title
    assert article.text.startswith("A powerful storm")
    assert "Waves on the pier\n" not in article.text + "\n"


def test_api_metadata_english_page():
    """Byline, language and script of a small English page."""
    article = cleanarticle.clean(PAGE)
    assert ["Jane Doe"] == list(article.authors)
    assert ("en", "Latn") == (article.language, article.script)


def test_api_to_markdown():
    """Markdown has the title, the quote, the list items and the image."""
    md = cleanarticle.clean(PAGE).to_markdown()
    assert md.startswith("# Storm hits coast\n")
    assert "> It was the worst" in md
    assert "- Schools are closed" in md
    assert "![Waves on the pier](/storm.jpg)" in md


@pytest.mark.parametrize("source", ["", b"", "   \n\t ", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)])
def test_api_hopeless_page_gives_empty_article(source):
    """Empty, blank and binary input give an empty article, not an exception."""
    article = cleanarticle.clean(source)
    assert () == article.blocks
    assert not article


def test_api_binary_input_warns():
    """Binary input says so in the article's warnings."""
    article = cleanarticle.clean(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4)
    assert article.warnings


def test_api_published_is_datetime(seed_text):
    """published is a datetime; naive when the page states no zone."""
    article = cleanarticle.clean(seed_text)
    assert datetime(2019, 2, 20, 11, 6, 6) == article.published


def test_api_forced_text_format():
    """input_format='text' reads markup as text lines."""
    article = cleanarticle.clean("<p>第一段正文，讲述事情。</p>", input_format="text")
    assert "<p>第一段正文，讲述事情。</p>" == article.text


def test_api_article_from_dict_rejects_non_dict():
    """Article.from_dict says what it got when it is not a dict."""
    with pytest.raises(OptionError, match="list"):
        Article.from_dict([])  # type: ignore[arg-type]


FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("name", ["seed_html_hant/input.html", "en_blog_lists_comments/input.html"])
def test_api_clean_leaves_no_cyclic_garbage(name: str) -> None:
    """A page's working data is freed by reference counting when clean() returns, not left to the
    cycle collector (a cost that grows with every page of a long crawl)."""
    source = (FIXTURES / name).read_bytes()
    clean(source)  # first use: lazy imports and tables
    gc.collect()
    gc.disable()
    try:
        clean(source)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert 0 == unreachable
