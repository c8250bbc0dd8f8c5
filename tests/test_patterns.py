"""Tests for the boilerplate pattern tables in ``cleanarticle._patterns``."""

from __future__ import annotations

import re
import time

import pytest

from cleanarticle import _patterns as P


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (P.AD_LABEL_RE, "广告", True),
        (P.AD_LABEL_RE, "Advertisement", True),
        (P.AD_LABEL_RE, "Sponsored Content", True),
        (P.AD_LABEL_RE, "广告主对这次活动很满意", False),
        (P.PLACEHOLDER_RE, "图片默认标题", True),
        (P.PLACEHOLDER_RE, "Image placeholder", True),
        (P.PLACEHOLDER_RE, "Loading...", True),
        (P.PLACEHOLDER_RE, "加载中，请稍候的说法并不准确", False),
        (P.RELATED_HEADING_RE, "相关新闻", True),
        (P.RELATED_HEADING_RE, "■相關閱讀：", True),
        (P.RELATED_HEADING_RE, "More from The Guardian", True),
        (P.RELATED_HEADING_RE, "相关部门正在调查此事", False),
        (P.COMMENT_LINE_RE, "Comments (12)", True),
        (P.COMMENT_LINE_RE, "已有35条评论", True),
        (P.COMMENT_LINE_RE, "Leave a reply", True),
        (P.COMMENT_LINE_RE, "评论员认为此事影响深远", False),
        (P.EDITOR_LINE_RE, "[责任编辑：王五]", True),
        (P.EDITOR_LINE_RE, "(編輯:陳六)", True),
        (P.EDITOR_LINE_RE, "责编：李四", True),
        (P.EDITOR_LINE_RE, "编辑部认为", False),
        (P.END_MARKER_RE, "(完)", True),
        (P.END_MARKER_RE, "（完）", True),
        (P.NAV_LABEL_RE, "地方:", True),
        (P.NAV_LABEL_RE, "Sections:", True),
        (P.COOKIE_RE, "We use cookies to improve your experience.", True),
        (P.COOKIE_RE, "Utilizamos cookies propias y de terceros.", True),
        (P.COOKIE_RE, "Wir verwenden Cookies, um unsere Website zu verbessern.", True),
        (P.COOKIE_RE, "Мы используем файлы cookie.", True),
        (P.COOKIE_RE, "当サイトではCookieを使用しています。", True),
        (P.COOKIE_RE, "Kami menggunakan cookie untuk pengalaman terbaik.", True),
        (P.COOKIE_RE, "Cookies sind kleine Textdateien, die Websites speichern.", False),
        (P.AD_LABEL_RE, "Iklan", True),
        (P.AD_LABEL_RE, "На правах рекламы", True),
        (P.AD_LABEL_RE, "Iklan rokok dilarang", False),
        (P.MORE_LINK_RE, "Leer más »", True),
        (P.MORE_LINK_RE, "Подробнее →", True),
        (P.MORE_LINK_RE, "もっと見る", True),
        (P.MORE_LINK_RE, "Mehr als die Hälfte", False),
        (P.RELATED_HEADING_RE, "■ Читайте также:", True),
        (P.RELATED_HEADING_RE, "관련기사", True),
        (P.RELATED_HEADING_RE, "Lire aussi le rapport", False),
        (P.RELATED_INLINE_RE, "À lire aussi : Le gouvernement recule", True),
        (P.RELATED_INLINE_RE, "Baca juga: Harga BBM naik", True),
        (P.COMMENT_LINE_RE, "Comentarios (3)", True),
        (P.COMMENT_LINE_RE, "5 Kommentare", True),
        (P.COMMENT_LINE_RE, "Kommentare der Leser zeigen Unmut", False),
        (P.LABELLED_TAG_LINE_RE, "Теги: экономика", True),
        (P.LABELLED_TAG_LINE_RE, "タグ：経済", True),
        (P.LABELLED_TAG_LINE_RE, "Temas de la semana", False),
        (P.PLACEHOLDER_RE, "Cargando...", True),
        (P.PLACEHOLDER_RE, "Загрузка…", True),
        (P.PLACEHOLDER_RE, "Cargando camiones en el puerto", False),
        (P.NAV_LABEL_RE, "Rubriques :", True),
        (P.EDITOR_LINE_RE, "編集：山田太郎", True),
        (P.EDITOR_LINE_RE, "Редактор газеты сообщил", False),
        (P.RELATED_HEADING_RE, "More Great Example Stories", True),
        (P.RELATED_HEADING_RE, "Other People Are Reading", True),
        (P.RELATED_HEADING_RE, "Other Opinion Columns", True),
        (P.RELATED_HEADING_RE, "Popular on ExampleWire", True),
        (P.RELATED_HEADING_RE, "Most Read Sports Stories", True),
        (P.RELATED_HEADING_RE, "Companies in this Article", True),
        (P.RELATED_HEADING_RE, "Most popular on campus, the course fills up in a day.", False),
        (P.RELATED_HEADING_RE, "More than 300 stories were submitted this year.", False),
        (P.RELATED_HEADING_RE, "Other considerations", False),
        (P.RELATED_INLINE_RE, "Related Guide: iPad Pro", True),
        (P.RELATED_INLINE_RE, "Related charges against him were dropped.", False),
        (P.VIDEO_COUNTDOWN_RE, "Your video will play in 00:15", True),
        (P.VIDEO_COUNTDOWN_RE, "Next video starts in : 5 Play", True),
        (P.VIDEO_COUNTDOWN_RE, "Your video will play in most browsers.", False),
        (P.CREDIT_LABEL_RE, "Photo by Jan Kowalski", True),
        (P.CREDIT_LABEL_RE, "(Image credit: Rocket Lab)", True),
        (P.CREDIT_LABEL_RE, "Foto: Juan Pérez", True),
        (P.CREDIT_LABEL_RE, "图片来源：视觉中国", True),
        (P.CREDIT_LABEL_RE, "[사진=KBS]", True),
        (P.CREDIT_LABEL_RE, "The photo by the river won a prize.", False),
        (P.CJK_PHOTOGRAPHER_RE, "新华社记者 李贺 摄", True),
        (P.CJK_PHOTOGRAPHER_RE, "（本报记者 王五/摄）", True),
        (P.CJK_PHOTOGRAPHER_RE, "这次手术对他的影响很大 本报记者 张三 摄", False),
    ],
)
def test_patterns_whole_line_regexes(pattern: re.Pattern[str], text: str, expected: bool) -> None:
    """Each whole-line pattern matches its kind's variants and rejects body text that shares a word."""
    assert expected == bool(pattern.match(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copyright © 2021 Example Media Ltd.", True),
        ("© 2020 Daily Planet. All rights reserved.", True),
        ("版权所有 © 某某日报社", True),
        ("沪ICP备12345678号", True),
        ("未经本站书面许可，不得转载", True),
        ("法院认定该照片的版权所有人是摄影师本人。", False),
        ("该公司因侵犯版权被起诉。", False),
        ("The court ruled on the copyright claim last week.", False),
        ("記事・写真の無断転載を禁じます。", True),
        ("無断転載・複製を禁止します", True),
        ("無断転載が問題になっている。", False),
    ],
)
def test_patterns_legal_strong_cues(text: str, expected: bool) -> None:
    """Strong legal cues fire on notices but not on body text about copyright or a copyright owner."""
    assert expected == any(r.search(text) for r in P.LEGAL_STRONG_RES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("版权声明：", True),
        ("某某网免責聲明", True),
        ("Disclaimer", True),
        ("关于版权问题，他发表了声明，称将起诉对方。", False),
        ("Aviso legal", True),
        ("Mentions légales :", True),
        ("Haftungsausschluss", True),
        ("Отказ от ответственности", True),
        ("免責事項", True),
        ("Aviso legal del ministerio sobre la reforma", False),
    ],
)
def test_patterns_legal_headers(text: str, expected: bool) -> None:
    """Declaration headers are short lines ending in a declaration word, not sentences about one."""
    assert expected == any(r.match(text) for r in P.LEGAL_HEADER_RES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1、本站内容", True), ("（三）转载须知", True), ("2. Licence", True), ("2019年是关键一年", False)],
)
def test_patterns_numbered_clause(text: str, expected: bool) -> None:
    """Numbered clauses start with 1、 / (三) / 2. but a year at the start of a sentence is not one."""
    assert expected == bool(P.CLAUSE_RE.match(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〖要闻〗〖本地〗", ["〖要闻〗", "〖本地〗"]),
        ("［热点］［财经］headline", ["［热点］", "［财经］"]),
        ("[World][Asia] Title", ["[World]", "[Asia]"]),
    ],
)
def test_patterns_tag_re_bracket_families(text: str, expected: list[str]) -> None:
    """The tag regex knows every bracket family seen on CMS tag lines."""
    assert expected == P.TAG_RE.findall(text)[:2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("IMG_2041.JPG", True), ("新华社发_fororder_图1.jpg", True), ("photo of the day", False)],
)
def test_patterns_image_filenames(text: str, expected: bool) -> None:
    """Image file names (what a CMS puts in an empty alt) are recognised, prose is not."""
    assert expected == bool(P.IMAGE_FILENAME_RE.match(text) or P.CAMERA_FILENAME_RE.match(text))


def test_patterns_lexicons_cover_languages() -> None:
    """Every lexicon grouped by language has Simplified, Traditional and English entries."""
    tables = [
        P.NAV_WORDS,
        P.NAV_LABEL_WORDS,
        P.PAGINATION_WORDS,
        P.AD_LABELS,
        P.LEGAL_WEAK_WORDS,
        P.PLACEHOLDERS,
        P.SHARE_WORDS,
        P.RELATED_HEADINGS,
        P.COMMENT_LINES,
        P.EDITOR_ROLES,
    ]
    for table in tables:
        assert {"zh-Hans", "zh-Hant", "en"} <= set(table)


_OTHER_LANGUAGES = {"es", "pt", "fr", "de", "it", "ru", "ja", "ko", "id", "nl"}


@pytest.mark.parametrize(
    "table",
    [
        P.NAV_WORDS,
        P.NAV_LABEL_WORDS,
        P.PAGINATION_WORDS,
        P.MORE_LINKS,
        P.AD_LABELS,
        P.LEGAL_WEAK_WORDS,
        P.LEGAL_HEADERS,
        P.TAG_LABELS,
        P.PLACEHOLDERS,
        P.SHARE_WORDS,
        P.RELATED_HEADINGS,
        P.RELATED_INLINE_LABELS,
        P.COMMENT_LINES,
        P.EDITOR_ROLES,
    ],
)
def test_patterns_lexicons_cover_other_languages(table: dict[str, object]) -> None:
    """Every lexicon grouped by language has entries for the ten other languages we see pages in."""
    assert set() == _OTHER_LANGUAGES - set(table)
    assert [] == [lang for lang in _OTHER_LANGUAGES if not table[lang]]


@pytest.mark.parametrize(
    "words",
    [
        P.ALL_NAV_WORDS,
        P.LEGAL_WEAK_WORD_SET,
        P.SHARE_WORD_SET,
        frozenset(w for ws in P.PAGINATION_WORDS.values() for w in ws),
    ],
)
def test_patterns_lowercase_lexicons_are_lower_and_case_stable(words: frozenset[str]) -> None:
    """Entries looked up after ``.lower()`` are lower-case and survive upper-casing ("ß" would not)."""
    assert [] == [w for w in sorted(words) if w != w.lower() or w.upper().lower() != w]


def test_patterns_footer_link_words_hold_no_separator() -> None:
    """A footer link word with a LEGAL_SPLIT_RE separator inside could never be one whole item."""
    assert [] == [w for w in sorted(P.LEGAL_WEAK_WORD_SET) if P.LEGAL_SPLIT_RE.search(w)]


@pytest.mark.parametrize(
    "pattern",
    [P.COOKIE_RE, P.RELATED_INLINE_RE, P.MORE_LINK_RE, P.LABELLED_TAG_LINE_RE, P.LEGAL_HEADER_RES[2]],
)
def test_patterns_other_language_regexes_are_fast(pattern: re.Pattern[str]) -> None:
    """Adversarial near-misses of the regexes built from the new lexicons finish quickly."""
    evil = "a" * 5000 + "!"
    start = time.perf_counter()
    pattern.match(evil)
    pattern.search(evil[:300])
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "pattern",
    [P.EDITOR_LINE_RE, P.RELATED_HEADING_RE, P.COMMENT_LINE_RE, P.PAGINATION_TOKEN_RE, P.NAV_SPLIT_RE],
)
def test_patterns_no_catastrophic_backtracking(pattern: re.Pattern[str]) -> None:
    """Adversarial near-misses finish quickly (no nested unbounded quantifiers)."""
    evil = ("编辑：" + "a" * 30 + "|") * 40 + "!" + " " * 2000 + "x"
    start = time.perf_counter()
    pattern.match(evil)
    pattern.search(evil)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "words",
    [
        ["a", "ab", "abc", "b"],
        ["share", "share this", "share this story", "shares", "sms"],
        ["上一页", "上一篇", "下一页", "首页"],
        ["a+", "a-", "(x)", "[1]", "a.b"],
        sorted(w for ws in P.RELATED_HEADINGS.values() for w in ws),
        sorted(w for ws in P.EDITOR_ROLES.values() for w in ws),
    ],
)
def test_patterns_word_alt_matches_exactly_the_words(words: list[str]) -> None:
    """The trie alternation matches every word whole, and no prefix or extension that is no word."""
    pattern = re.compile(P.word_alt(words))
    near_misses = {w[:-1] for w in words} | {w + "x" for w in words} | {"x" + w for w in words}
    assert all(pattern.fullmatch(w) for w in words)
    assert [] == [w for w in sorted(near_misses - set(words)) if pattern.fullmatch(w)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Natalie Ortiz | Bloomberg | Getty Images", True),
        ("evgenyb/iStock/Getty Images", True),
        ("Photos from Shutterstock", True),
        ("The Gettysburg Address was short.", False),
        ("Shutters stocked in the shed", False),
    ],
)
def test_patterns_photo_agency_is_a_whole_word(text: str, expected: bool) -> None:
    """Photo agencies match as whole words only ("Getty", not "Gettysburg")."""
    assert expected == bool(P.PHOTO_AGENCY_RE.search(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before walking up to the till, ask yourself… Read more Read more", True),
        ("The plan looked simple at first... Continue reading »", True),
        ("杨某怎么也想不明白……[全文]", True),
        ("Il governo ha deciso… Leggi tutto", True),
        ("He paused... Read more about it in the report.", False),
        ("She said the plan was fine… more or less.", False),
    ],
)
def test_patterns_teaser_excerpt_end(text: str, expected: bool) -> None:
    """A cut excerpt ends in an ellipsis and a read-more link; prose that goes on does not."""
    assert expected == bool(P.TEASER_EXCERPT_END_RE.search(text[-P.TEASER_TAIL_CHARS :]))


def test_patterns_teaser_tail_covers_longest_ending() -> None:
    """The tail the excerpt rule searches is longer than any ending the pattern can match."""
    words = [w for ws in P.READ_MORE_WORDS.values() for w in ws]
    longest = max(words, key=len)
    ending = f"[...] [{longest} {longest}] »»"
    assert P.TEASER_EXCERPT_END_RE.search(ending)
    assert len(ending) < P.TEASER_TAIL_CHARS


@pytest.mark.parametrize(
    ("table", "pattern"),
    [
        (P.NEWSLETTER_LINES, P.NEWSLETTER_LINE_RE),
        (P.COMMENT_PROMPTS, P.COMMENT_LINE_RE),
        (P.SHARE_PROMPTS, P.SHARE_PROMPT_RE),
    ],
)
def test_patterns_prompt_lexicons_match_whole_lines(
    table: dict[str, tuple[str, ...]], pattern: re.Pattern[str]
) -> None:
    """Every whole-line prompt entry matches its pattern in upper case and with a trailing "!"."""
    entries = [w for ws in table.values() for w in ws]
    assert [] == [w for w in entries if not (pattern.match(w.upper()) and pattern.match(w + "!"))]
    assert [] == [w for w in entries if pattern.match(w + " und mehr")]
