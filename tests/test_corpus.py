"""Tests for find_duplicates: near-duplicate articles across a corpus (MinHash + LSH)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opencc import OpenCC  # type: ignore[import-untyped]

from cleanarticle import Article, ArticleBlock, BlockKind, OptionError, find_duplicates
from cleanarticle._corpus import DEFAULT_THRESHOLD, DuplicateIndex, shingles

# Hand-written stories (Simplified Chinese), several paragraphs each.
ZH_A = (
    "江城地铁12号线昨日实现全线贯通，标志着这条环线工程进入轨道铺设和设备安装阶段。\n"
    "12号线全长59.9公里，共设车站37座，其中换乘站24座，是江城首条环形地铁线路。\n"
    "施工单位介绍，穿越长江段是全线难度最大的部分，盾构机在江底连续掘进了四个月。\n"
    "据了解，江城轨道交通集团将在年内完成全线铺轨，力争年底前开通试运营。\n"
    "届时市民可在环线上实现三镇快速通达，预计日均客流将超过一百万人次。"
)
ZH_B = (
    "今年江城计划改造老旧小区三百个，涉及居民十二万户，改造内容包括加装电梯和更新管网。\n"
    "市住建局表示，改造将坚持居民自愿原则，先征求意见再定方案，做到一区一策。\n"
    "在已完成改造的小区，居民满意度达到九成以上，不少居民主动参与方案讨论。\n"
    "加装电梯的费用由政府补贴和居民分摊，每部电梯最高可获补贴二十万元。"
)
EN_A = (
    "The city council approved a new budget on Tuesday that raises spending on public transport, "
    "schools and housing while keeping property taxes flat for a third year.\n"
    "Officials said the plan would add dozens of bus routes across the northern districts, where "
    "commuters have long complained about crowded trains and unreliable connections.\n"
    "The mayor called the vote a turning point for the city and promised that the first new routes "
    "would open before the end of the summer, with more to follow next spring."
)
EN_B = (
    "A storm swept across the coast overnight, knocking out power to thousands of homes and closing "
    "several roads near the harbour as crews worked to clear fallen trees.\n"
    "Forecasters expect the wind to ease by the afternoon, but warned of heavy rain in the hills and "
    "possible flooding along the river later in the week."
)


def republish_zh(text: str) -> str:
    """The story as another site prints it: Traditional script, full-width digits, own header and footer."""
    body = OpenCC("s2t").convert(text).translate({ord(d): chr(ord(d) + 0xFEE0) for d in "0123456789"})
    return "港聞網 即時新聞\n" + body + "\n本網站所有內容版權所有，未經授權不得轉載。"


def republish_en(text: str) -> str:
    """The story as another site prints it: different boilerplate, one sentence edited, other case."""
    body = text.replace("on Tuesday", "late on Tuesday").upper()
    return "VALLEY POST | Local news\n" + body + "\nSubscribe to the Valley Post newsletter."


def test_corpus_groups_republished_copies_in_either_script() -> None:
    """A story republished in the other script, width and boilerplate is grouped with the original only."""
    groups = find_duplicates([("a", ZH_A), ("b", ZH_B), ("a2", republish_zh(ZH_A)), ("e", EN_A)])
    assert [["a", "a2"]] == [g.keys for g in groups]
    first, second = groups[0].members
    assert 1.0 == first.similarity
    assert DEFAULT_THRESHOLD <= second.similarity < 1.0


def test_corpus_groups_english_with_word_shingles() -> None:
    """An English reprint with other boilerplate, case and a small edit is grouped; another story is not."""
    groups = find_duplicates([("x", EN_A), ("y", EN_B), ("x2", republish_en(EN_A))])
    assert [["x", "x2"]] == [g.keys for g in groups]


def test_corpus_distinct_stories_are_not_grouped() -> None:
    """Different stories, even on one site with the same header and footer, form no group."""
    frame = "江城晚报网 让城市更温暖\n{}\n扫一扫，关注江城晚报视频号，精彩不断"
    assert [] == find_duplicates([("a", frame.format(ZH_A)), ("b", frame.format(ZH_B))])


def test_corpus_accepts_articles_pairs_and_dicts() -> None:
    """Articles (keyed by url), (key, text) pairs and to_dict()-style dicts can be mixed in one stream."""
    blocks = tuple(ArticleBlock(i, BlockKind.PARAGRAPH, t) for i, t in enumerate(EN_A.split("\n")))
    article = Article(url="https://a.example/1", blocks=blocks)
    as_dict = Article(url="https://b.example/9", blocks=blocks).to_dict()
    del as_dict["text"]  # only blocks: the text is rebuilt from them
    items = [article, ("pair", EN_B), as_dict, {"id": 7, "text": republish_en(EN_A)}]
    groups = find_duplicates(items)
    assert [["https://a.example/1", "https://b.example/9", 7]] == [g.keys for g in groups]


def test_corpus_reads_the_stream_once() -> None:
    """A generator is consumed lazily, once, and gives the same groups as a list."""
    consumed: list[str] = []

    def stream() -> Iterator[tuple[str, str]]:
        for key, text in [("a", ZH_A), ("b", ZH_B), ("c", republish_zh(ZH_A))]:
            consumed.append(key)
            yield key, text

    assert find_duplicates([("a", ZH_A), ("b", ZH_B), ("c", republish_zh(ZH_A))]) == find_duplicates(stream())
    assert ["a", "b", "c"] == consumed


def test_corpus_is_deterministic() -> None:
    """Two separate indexes give identical groups and similarities for the same input."""
    items = [("a", ZH_A), ("b", republish_zh(ZH_A)), ("c", EN_A), ("d", republish_en(EN_A)), ("e", ZH_B)]
    assert find_duplicates(items) == find_duplicates(items)


def test_corpus_index_reports_the_earlier_twin() -> None:
    """DuplicateIndex.add returns the key of the earlier article a new one duplicates, else None."""
    index = DuplicateIndex()
    assert None is index.add("a", ZH_A)
    assert None is index.add("b", ZH_B)
    assert "a" == index.add("c", republish_zh(ZH_A))
    assert 3 == len(index)


def test_corpus_empty_text_is_never_grouped() -> None:
    """Articles without text (or only punctuation) are counted but never grouped with each other."""
    assert [] == find_duplicates([("a", ""), ("b", "……"), ("c", "")])


def test_corpus_threshold_controls_grouping() -> None:
    """At threshold 1.0 only exact (folded) copies group; a reprint with other boilerplate does not."""
    items = [("a", ZH_A), ("b", republish_zh(ZH_A)), ("c", ZH_A.replace("，", ","))]
    assert [["a", "c"]] == [g.keys for g in find_duplicates(items, threshold=1.0)]


def test_corpus_shingles_fold_script_width_and_punctuation() -> None:
    """Shingles are taken on folded text: script, width and punctuation do not change them."""
    assert shingles("江城地铁12号线全线贯通。") == shingles("江城地鐵１２號線，全線貫通")
    assert shingles("The Council approved it.") == shingles("the council approved it")


@pytest.mark.parametrize(
    "kwargs", [{"threshold": 0}, {"threshold": 1.5}, {"threshold": True}, {"num_perm": 8}]
)
def test_corpus_rejects_bad_options(kwargs: dict[str, object]) -> None:
    """Thresholds outside (0, 1] and tiny signatures raise OptionError."""
    with pytest.raises(OptionError):
        find_duplicates([], **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("item", [42, {"id": "x"}, {"id": "x", "text": 5}, ("k", 5)])
def test_corpus_rejects_unusable_items(item: object) -> None:
    """An item that is neither an Article, a (key, text) pair nor a dict with text raises OptionError."""
    with pytest.raises(OptionError):
        find_duplicates([item])  # type: ignore[list-item]
