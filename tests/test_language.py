"""Tests for ``cleanarticle._language``: language and script of the article text."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle._language import (
    _SCRIPTS,
    STOPWORDS,
    WORD,
    DetectLanguage,
    _script_counts,
    chinese_script,
    detect,
)
from cleanarticle._model import Block, Document, Reason


@pytest.mark.parametrize(
    ("text", "declared", "expected"),
    [
        ("經濟發展與臺灣的關係越來越緊密，這是記者的報導。", None, ("zh", "Hant")),
        ("经济发展与台湾的关系越来越紧密，这是记者的报道。", None, ("zh", "Hans")),
        ("日本語のテキストです。東京で会議が開かれました。", None, ("ja", "Jpan")),
        ("한국어 문장입니다. 서울에서 회의가 열렸습니다.", None, ("ko", "Kore")),
        ("Москва является столицей России.", None, ("ru", "Cyrl")),
        ("The mayor said that the city is ready for the storm.", None, ("en", "Latn")),
        (
            "Der Bürgermeister sagte, dass die Stadt nicht bereit ist und sich auf den Sturm vorbereitet.",
            None,
            ("de", "Latn"),
        ),
        ("The mayor said that the city is ready.", "fr-FR", ("fr", "Latn")),
        ("Xyz qwv.", None, (None, "Latn")),
        ("2019-02-20 11:06 ……", None, (None, None)),
    ],
)
def test_language_detect(text: str, declared: str | None, expected: tuple[str | None, str | None]) -> None:
    """Script by character counts, Chinese script by one-script characters, Latin languages by vote."""
    assert expected == detect(text, declared)


@pytest.mark.parametrize(
    ("text", "expected"), [("臺灣", "Hant"), ("台湾", "Hans"), ("臺湾", None), ("中文", None)]
)
def test_language_chinese_script(text: str, expected: str | None) -> None:
    """More Traditional-only than Simplified-only characters is Hant, fewer Hans, a tie undecided."""
    assert expected == chinese_script(text)


# Characters at the edges of the script blocks: ASCII and Latin-1 letters and signs (× ÷ are in the
# Latin range), Latin Extended-B's end (024F/0250), Greek, Cyrillic, Hebrew next to Armenian, Arabic,
# Devanagari next to Bengali, Thai next to Lao, CJK punctuation next to Kana, Han Extension A's end
# next to the Yijing hexagrams (4DBF/4DC0), Hangul's end (D7A3/D7B0), compatibility ideographs,
# full-width forms, a character beyond the BMP and a lone surrogate.
_SCRIPT_EDGES = (
    "aZ9 ,×÷éÿĀſȀɏɐ\u0370ΩϿ\u0400Жӿ\u058a\u0591את\u0600ب\u06ff\u0900क\u097f\u0980ก\u0e7f\u0e80"
    "、。\u303f\u3040がカ\u30ff\u3400\u4dbf\u4dc0中國\u9fff가\ud7a3\ud7b0豈\ufaffＡ😀\U00020000\ud800"
)


@given(st.text(alphabet=_SCRIPT_EDGES, max_size=80))
def test_language_script_counts_match_patterns(text: str) -> None:
    """The block-based counts are exactly ``len(pattern.findall(text))`` for every script."""
    assert {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS} == _script_counts(text)


def test_language_script_patterns_stay_in_the_bmp() -> None:
    """No script pattern matches beyond the BMP, which the block counts rely on (surrogate pairs)."""
    beyond = "".join(map(chr, range(0x10000, 0x110000)))
    for name, pattern in _SCRIPTS:
        assert pattern.search(beyond) is None, name


def _vote_per_word(text: str) -> str | None:
    """The Latin-language vote, written one word and one language at a time."""
    votes = Counter(
        lang for w in WORD.findall(text.lower()) for lang, words in STOPWORDS.items() if w in words
    )
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_VOTERS = sorted({w for words in STOPWORDS.values() for w in words} | {"Stadt", "city", "casa"})


@given(st.lists(st.sampled_from(_VOTERS), min_size=1, max_size=40))
def test_language_vote_counts_every_word_for_every_language(words: list[str]) -> None:
    """Counting each distinct word once and weighting it gives the per-word vote."""
    text = " ".join(words)
    assert (_vote_per_word(text), "Latn") == detect(text)


def _doc(texts: list[str], title: str | None = None) -> Document:
    doc = Document(source="", blocks=[Block(i, text) for i, text in enumerate(texts)])
    doc.title = title
    return doc


@pytest.mark.parametrize(
    ("texts", "title", "expected"),
    [
        (
            ["The mayor said that the city is ready. " * 200, "臺灣的經濟發展與關係" * 100],
            None,
            ("en", "Latn"),
        ),
        ([" ", "\t", "臺灣的經濟發展與關係"], None, ("zh", "Hant")),
        # Text after a blank start longer than the sample: not empty (no title), but nothing to read.
        ([" " * 7000, "臺灣的經濟發展與關係"], "台湾的经济发展", (None, None)),
        ([" ", ""], "台湾的经济发展", ("zh", "Hans")),
        (["   "], None, (None, None)),
    ],
)
def test_language_stage_reads_the_start_of_the_article(
    texts: list[str], title: str | None, expected: tuple[str | None, str | None]
) -> None:
    """The stage reads the article's first characters, blank blocks included; no text at all: the title."""
    doc = DetectLanguage()(_doc(texts, title))
    assert expected == (doc.language, doc.script)


def test_language_stage_skips_removed_blocks() -> None:
    """Removed blocks (navigation, boilerplate) do not vote."""
    doc = _doc(["Москва является столицей России." * 10, "经济发展与台湾的关系越来越紧密"])
    doc.blocks[0].remove("navigation", Reason.NAVIGATION, "test")
    assert ("zh", "Hans") == (DetectLanguage()(doc).language, doc.script)
