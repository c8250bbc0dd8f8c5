"""Tests for comparison keys: fold, is_cjk_heavy, length_units."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle._fold import AtLeastUnits, fold, folds_char_by_char, is_cjk_heavy, length_units


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


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("金锺国", "金鍾國"),  # s2t writes the name's 锺 as 鍾, whose T->S form is 钟
        ("金锺国", "金钟国"),
        ("敍述", "敘述"),  # Hong Kong variant
        ("衞生", "衛生"),
        ("其馀", "其餘"),
    ],
)
def test_fold_variant_forms_of_one_character(left: str, right: str) -> None:
    """Variant forms OpenCC links (鍾/锺/钟, 敘/敍, 衛/衞) fold to one character."""
    assert fold(left) == fold(right)


@pytest.mark.parametrize(("left", "right"), [("钟表", "种表"), ("余下", "全下"), ("著作", "若作")])
def test_fold_variants_keep_other_characters_apart(left: str, right: str) -> None:
    """Variant folding merges only linked forms, never two unrelated characters."""
    assert fold(left) != fold(right)


def test_fold_keys_are_fixed_points() -> None:
    """Folding a key again changes nothing, for every character the fold table produces."""
    from cleanarticle._fold import _FOLD_TABLE

    targets = "".join(sorted(set(_FOLD_TABLE.values())))
    assert fold(targets) == fold(fold(targets))
    assert fold(targets) == targets


def test_fold_ts_table_is_unchanged_by_variants() -> None:
    """The T->S table other modules read stays OpenCC's own: 锺 (a Simplified form) is not in it."""
    from cleanarticle._fold import _TS_TABLE

    assert ord("锺") not in _TS_TABLE
    assert "钟" == _TS_TABLE[ord("鍾")]


# Characters around the fast path's edges: ASCII, Latin-1, full-width, CJK punctuation and ideographs,
# plus ones that must take the slow path (combining marks, Hangul jamo, half-width Katakana, emoji).
_ALPHABET = "aZ9 ,.…ßİéÅ²¼ａＺ９，。「」、々〇豈鍾锺钟體体がカ\u0301\u1100\u1161ｶﾞ한😀\u2017\u3000\t"


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_fold_fast_path_matches_definition(text: str) -> None:
    """The one-``translate`` fast path gives exactly the key of NFKC, casefold, T->S and stripping."""
    from cleanarticle._fold import _fold_slow

    assert _fold_slow(text) == fold(text)


def test_fold_every_fast_character_matches_definition() -> None:
    """Each fast-path character, alone and among ASCII, Latin-1, CJK and full-width ones, folds as defined."""
    from cleanarticle._fold import _FAST_RANGES, _fold_slow

    for lo, hi in _FAST_RANGES:
        for cp in range(lo, hi + 1):
            for text in (chr(cp), f"“{chr(cp)}”é", f"中{chr(cp)}Ａ"):
                assert _fold_slow(text) == fold(text), hex(cp)


# Words of every kind ``length_units`` tells apart: Latin runs, digits, CJK letters and numerals, Kana,
# Hangul, CJK characters that are no letter (Kangxi radicals, ⺀, 〡 is a numeral), combining marks.
_UNIT_ALPHABET = "ab Z9 ,.-“”中文國〇々がカー한⼀⺀〡\u302a\u0301ﬁ²"


@pytest.mark.parametrize("units", [1, 2, 5, 20])
@given(st.text(alphabet=_UNIT_ALPHABET, max_size=60))
def test_fold_at_least_units_matches_length_units(units: int, text: str) -> None:
    """``AtLeastUnits(n)(text)`` is exactly ``length_units(text) >= n``, CJK-heavy or not."""
    assert (length_units(text) >= units) == AtLeastUnits(units)(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一二三四五六七八九十" * 2, True),  # 20 CJK characters
        ("一二三四五六七八九十" * 2 + "⼀", True),
        ("⼀" * 5 + "一二三四五六七八九十一二三四", False),  # radicals count as words only if not CJK-heavy
        ("a " * 19 + "⼀" * 7, True),  # not CJK-heavy: 26 words, of which 7 radicals
        ("The economy grew 5% in 2023.", False),
        ("word " * 20, True),
    ],
)
def test_fold_at_least_units_edge_cases(text: str, expected: bool) -> None:
    """Words that hold no letter or digit (Kangxi radicals) are counted the way ``length_units`` does."""
    assert expected == AtLeastUnits(20)(text)
    assert expected == (length_units(text) >= 20)


@given(st.text(max_size=40))
def test_fold_char_by_char_never_lengthens(text: str) -> None:
    """A text that folds character by character never gets a longer key (what the headline search
    relies on to skip folding)."""
    if folds_char_by_char(text):
        assert len(fold(text)) <= len(text)


def test_fold_char_by_char_rejects_expanding_characters() -> None:
    """Characters that fold to several ("ß" → "ss", "㎏" → "kg") are not folded one by one."""
    assert folds_char_by_char("abc 中文")
    assert not folds_char_by_char("Straße")
    assert not folds_char_by_char("5㎏")
