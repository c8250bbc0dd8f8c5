"""Tests for comparison keys: fold, is_cjk_heavy, length_units."""

from __future__ import annotations

import pytest

from cleanarticle._fold import fold, is_cjk_heavy, length_units


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("泉州“項目攻堅2018”活動的575個市級重點項目", "泉州“项目攻坚2018”活动的575个市级重点项目"),
        ("項目攻堅２０１８，踔厲奮發！", "項目攻堅2018, 踔厲奮發!"),
        ("The Economy Grew 5% in 2023.", "the economy grew 5 % in 2023"),
        ("ＡＢＣ　ｄｅｆ", "abc def"),
        ("臺灣的頭髮與後來", "台湾的头发与后来"),
        ("Straße", "STRASSE"),
    ],
)
def test_fold_equates_width_case_script_and_punctuation(left: str, right: str) -> None:
    """Copies differing only in width, case, spacing, punctuation or script get the same key."""
    assert fold(left) == fold(right)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("「泉州」，趕超！ 😀", "泉州赶超"),
        ("Price: $5 → €7 (approx.)", "price57approx"),
        ("नमस्ते।", "नमस्ते"),
        ("  \t\n", ""),
        ("——……", ""),
    ],
)
def test_fold_keeps_only_letters_marks_and_digits(text: str, expected: str) -> None:
    """Whitespace, punctuation and symbols are dropped; letters, combining marks and digits stay."""
    assert expected == fold(text)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("2018年新增項目451個", "2019年新增項目512個"),
        ("張偉表示", "李強表示"),
        ("第一條", "第二條"),
    ],
)
def test_fold_keeps_facts_apart(left: str, right: str) -> None:
    """Different numbers, names or ordinals never fold to the same key."""
    assert fold(left) != fold(right)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("泉港年産58萬噸循環再生PET纖維", True),
        ("这是一个简体中文句子。", True),
        ("日本語のテキストです", True),
        ("한국어 문장입니다", True),
        ("The mayor of 泉州 said the city would grow.", False),
        ("Only English here.", False),
        ("2019-02-20 11:06", False),
        ("", False),
    ],
)
def test_fold_is_cjk_heavy(text: str, expected: bool) -> None:
    """Text is CJK-heavy when most of its letters are Han, Kana or Hangul."""
    assert expected == is_cjk_heavy(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("情係項目", 4),
        ("泉州趕超,項目攻堅。", 8),
        ("2018年新增項目451個", 13),
        ("The economy grew 5% in 2023.", 6),
        ("Q:", 1),
        ("", 0),
    ],
)
def test_fold_length_units(text: str, expected: int) -> None:
    """Length is counted in characters for CJK-heavy text and in words otherwise."""
    assert expected == length_units(text)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("經我們瞭解，實際上", "经我们了解，实际上"),
        ("藉口", "借口"),
        ("彷彿", "仿佛"),
    ],
)
def test_fold_self_listed_traditional_characters(traditional: str, simplified: str) -> None:
    """Characters OpenCC lists as their own first Simplified form (瞭, 藉, 彷) fold like their phrase form."""
    assert fold(simplified) == fold(traditional)
