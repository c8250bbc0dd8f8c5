"""Tests for cleanarticle._bylines: meta lines, datelines, bylines and title suffixes."""

from __future__ import annotations

import re
import sys
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle._bylines import (
    _LABEL_KIND,
    _LATIN_LABEL_RE,
    _RAW_LATIN_LABEL_RE,
    BY_WORDS,
    CREDIT_LABELS,
    MAX_META_LINE_CHARS,
    MetaLine,
    author_bio,
    bare_names,
    byline_names,
    contributor_credit,
    credit_names,
    date_line,
    dated_name_line,
    dateline_reporters,
    may_name_editors,
    meta_line_candidates,
    parse_meta_line,
    person_names,
    posted_by,
    provenance_note,
    reading_time,
    strip_known_site,
    strip_site_suffix,
    texts_naming_editors,
    title_parts,
)

# --------------------------------------------------------------------------------------------
# parse_meta_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2019-02-20 11:06:06|來源:泉州網|編輯:尹小兵|責編:葛寧遠",
            MetaLine(datetime(2019, 2, 20, 11, 6, 6), "泉州網", (), (("尹小兵", "編輯"), ("葛寧遠", "責編"))),
        ),
        (
            "2019-02-20 11:06:06｜來源：泉州網｜編輯：尹小兵",
            MetaLine(datetime(2019, 2, 20, 11, 6, 6), "泉州網", (), (("尹小兵", "編輯"),)),
        ),
        (
            "来源：新华网\u3000作者：张三\u3000责任编辑：李四",
            MetaLine(None, "新华网", ("张三",), (("李四", "责任编辑"),)),
        ),
        ("[责任编辑:王五]", MetaLine(None, None, (), (("王五", "责任编辑"),))),
        ("（ 责任编辑：魏喆 ）", MetaLine(None, None, (), (("魏喆", "责任编辑"),))),
        ("发布时间：2019-02-20 来源：人民网", MetaLine(datetime(2019, 2, 20), "人民网", (), ())),
        (
            "时间：2019-02-20 10:00 作者：张三 李四 点击：123",
            MetaLine(datetime(2019, 2, 20, 10, 0), None, ("张三", "李四"), ()),
        ),
        (
            "By Jane Doe and John Smith | Reuters | Feb 20, 2019",
            MetaLine(datetime(2019, 2, 20), "Reuters", ("Jane Doe", "John Smith"), ()),
        ),
        ("Source: AP", MetaLine(None, "AP", (), ())),
        ("作者:zboygirl 阅读(1660)", MetaLine(None, None, ("zboygirl",), ())),
        ("2005-04-05 06:40更新 来源：转载文章", MetaLine(datetime(2005, 4, 5, 6, 40), "转载文章", (), ())),
        ("来源：巴彦淖尔日报     编辑：苏亮", MetaLine(None, "巴彦淖尔日报", (), (("苏亮", "编辑"),))),
        (
            "http://biz.163.com\u30002005-04-25 08:24:06\u3000来源: 第一财经日报",
            MetaLine(datetime(2005, 4, 25, 8, 24, 6), "第一财经日报", (), ()),
        ),
        ("2022年02月13日07:48 | 来源：", MetaLine(datetime(2022, 2, 13, 7, 48), None, (), ())),
        ("本版编辑:Giki", MetaLine(None, None, (), (("Giki", "本版编辑"),))),
        ("作者： 周思博 (Joel Spolsky)", MetaLine(None, None, ("周思博 (Joel Spolsky)",), ())),
        ("作\u3000者：宋怡 杨志华", MetaLine(None, None, ("宋怡", "杨志华"), ())),
        ("记者 王五、赵六", MetaLine(None, None, ("王五", "赵六"), ())),
        ("2019-02-20 | Reuters", MetaLine(datetime(2019, 2, 20), "Reuters", (), ())),
        ("来源：新华网 2019-02-20 10:00", MetaLine(datetime(2019, 2, 20, 10, 0), "新华网", (), ())),
        ("本文来源：澎湃新闻", MetaLine(None, "澎湃新闻", (), ())),
        ("来源：《人民日报》 作者：佚名", MetaLine(None, "人民日报", (), ())),
        (
            "2019年02月20日 09:12　來源：中央社　記者 陳某某／台北報導",
            MetaLine(datetime(2019, 2, 20, 9, 12), "中央社", ("陳某某",), ()),
        ),
        (
            "发布时间：2019-02-20 10:00:00 来源：本站 浏览次数：1024 字号：大 中 小",
            MetaLine(datetime(2019, 2, 20, 10, 0), "本站", (), ()),
        ),
        # No label: a news agency and a date.
        ("Reuters November 18, 2019 11:03 PM", MetaLine(datetime(2019, 11, 18, 23, 3), "Reuters", (), ())),
        # Han and Latin labels in one line.
        ("来源：新华网 Editor: Jane Doe", MetaLine(None, "新华网", (), (("Jane Doe", "Editor"),))),
    ],
)
def test_bylines_meta_line_fields(line: str, expected: MetaLine) -> None:
    """A meta line yields its date, source, authors and editors (roles as written)."""
    assert expected == parse_meta_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "2019-02-20",  # a date alone is not a meta line
        "2019-02-20 11:06:06",
        "据报道，该消息来源：某官员透露",
        "这篇文章的作者是张三",
        "来源于生活，高于生活",
        "据了解，这些项目的资金来源主要是社会资本。",
        "Copyright © 2019 新华网 版权所有",
        "版权所有 未经授权禁止转载 违者必究",
        "点击：123 评论：4",  # counters only
        "The source of the leak was never found, the author said.",
        "by the way, the editor: said nothing",
        "泉州網2月20日訊(記者 顏雅婷)早春的泉州",
        "2019年，泉州市新增项目451个，来源：统计局",
        "来源：" + "很长的一段正文" * 20,
        "作者：我们这一代人都经历过那个年代。",
    ],
)
def test_bylines_meta_line_rejects_non_meta(line: str) -> None:
    """Body sentences, copyright lines, counters and bare dates are not meta lines."""
    assert None is parse_meta_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "[责任编辑:王五]",
        "主编：李四 | 来源：新华网",
        "编\u3000辑：张三",  # an ideographic space inside a two-character label
        "责\u200b编：张三",  # a zero-width space, which parse_meta_line reads as a space
        "Editor: Jane Doe",
        "Editing by Jane Doe",
    ],
)
def test_bylines_may_name_editors_passes_editor_lines(line: str) -> None:
    """Every line parse_meta_line reads editors from passes the cheap editor test."""
    meta = parse_meta_line(line)
    assert meta is not None and meta.editors
    assert True is may_name_editors(line)


@pytest.mark.parametrize(
    "line",
    [
        "首页 新闻 体育 财经",
        "2019-02-20 11:06 来源：新华网 作者：张三",
        "By Jane Doe | Reuters",
        "Comments (3)",
    ],
)
def test_bylines_may_name_editors_turns_away_other_lines(line: str) -> None:
    """Menu items and meta lines without an editor label fail the editor test."""
    assert False is may_name_editors(line)


def test_bylines_meta_line_length_bound() -> None:
    """A line longer than MAX_META_LINE_CHARS is never a meta line."""
    line = "来源：新华网 作者：张三 " + " " * MAX_META_LINE_CHARS
    assert None is parse_meta_line(line.strip() + "x" * MAX_META_LINE_CHARS)
    assert MetaLine(None, "新华网", ("张三",), ()) == parse_meta_line(line)


def test_bylines_meta_line_keeps_script() -> None:
    """Traditional and Simplified values are returned as written, never converted."""
    hant = parse_meta_line("來源：國際在線 編輯：張三")
    hans = parse_meta_line("来源：国际在线 编辑：张三")
    assert MetaLine(None, "國際在線", (), (("張三", "編輯"),)) == hant
    assert MetaLine(None, "国际在线", (), (("张三", "编辑"),)) == hans


# --------------------------------------------------------------------------------------------
# dateline_reporters


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("泉州網2月20日訊(記者 顏雅婷)早春的泉州,635個即將或已經落地建設的市重點項目", ("顏雅婷",)),
        ("新华社北京2月20日电（记者张三、李四）国务院总理今天主持召开会议", ("张三", "李四")),
        ("本报讯（记者 王五 通讯员 赵六）近日，市教育局召开会议", ("王五", "赵六")),
        ("(記者 陳甲/攝影 林乙)今天上午，市長視察了工地", ("陳甲",)),
        ("本報記者 陳某某", ("陳某某",)),
        ("光明日报记者 王建宏 张文攀", ("王建宏", "张文攀")),
        ("□ 本报记者 葛灵丹", ("葛灵丹",)),
        ("本报记者罗科苏盈发自北京", ("罗科苏盈",)),
        ("新京报记者 彭冲 山东冠县报道", ("彭冲",)),
        ("据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅了解到", ("格桑边觉",)),
        ("新华社华盛顿2月20日电（记者 阿卜杜拉·阿齐兹）美国", ("阿卜杜拉·阿齐兹",)),
        ("中新网北京2月20日电 (记者 John Smith)", ("John Smith",)),
        ("央视网消息（总台记者 张倩）", ("张倩",)),
        ("顶端新闻·河南商报记者马俊峰/文", ("马俊峰",)),
    ],
)
def test_bylines_dateline_reporters(paragraph: str, expected: tuple[str, ...]) -> None:
    """Reporters (and correspondents) in a dateline are returned; photographers are not."""
    assert expected == dateline_reporters(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "",
        "记者了解到，今年全市共新增项目451个。",
        "记者李明，今年35岁，从事新闻工作十年。",
        "记者近日从市教育局获悉，今年秋季将新增学位5000个。",
        "2019年2月20日，泉州市召开项目攻坚会议（记者 张三）",  # a date, but not a dateline
        "2019年，泉州大地不断上演扣人心弦的新擔當、新作為故事。",
        "张三（记者）说，这次活动很成功。",
        "他对记者说，项目进展顺利。",
        "原標題：踔厲奮發 泉州趕超",
        "早春的泉州，" * 20 + "（记者 张三）",  # the credit is beyond the dateline window
        "（图为项目施工现场）",
    ],
)
def test_bylines_dateline_rejects(paragraph: str) -> None:
    """Paragraphs without a dateline credit give no reporters."""
    assert () == dateline_reporters(paragraph)


# --------------------------------------------------------------------------------------------
# byline_names


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("By JANE DOE, Reuters", ("JANE DOE",)),
        ("By Jane Doe, Staff Writer", ("Jane Doe",)),
        ("By Jane Doe, Bloomberg News", ("Jane Doe",)),
        ("By Jane Doe | Updated Feb 20, 2019", ("Jane Doe",)),
        ("By Jane Doe on February 20, 2019", ("Jane Doe",)),
        ("By A. B. Smith, Carl de la Cruz and Ann Lee", ("A. B. Smith", "Carl de la Cruz", "Ann Lee")),
        ("Written by Mary O'Brien", ("Mary O'Brien",)),
        ("Par Jean Dupont", ("Jean Dupont",)),
        ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
        ("Von Max Mustermann", ("Max Mustermann",)),
        ("Por Juan Pérez", ("Juan Pérez",)),
        ("作者：张三", ("张三",)),
        ("作者: 张三 李四", ("张三", "李四")),
        ("文/张三", ("张三",)),
        ("文：眉间尺", ("眉间尺",)),
        ("撰文：李四", ("李四",)),
        ("张三/文", ("张三",)),
        ("記者 顏雅婷", ("顏雅婷",)),
        ("作者：张三 来源：新华网", ("张三",)),
    ],
)
def test_bylines_byline_names(byline: str, expected: tuple[str, ...]) -> None:
    """Names in a visible byline, without role words and agencies."""
    assert expected == byline_names(byline)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "By the way, this is not a byline.",
        "By Monday, the company will have decided.",
        "By 2020, sales had doubled.",
        "By Reuters",  # an agency, no person
        "Jane Doe and John Smith",  # no byline marker
        "张三 李四",
        "作者简介：张三，教授",
        "文章来源于网络",
        "作者：我们这一代人都经历过那个年代。",
        "par exemple, le projet",
    ],
)
def test_bylines_byline_names_rejects(text: str) -> None:
    """Sentences and strings without a byline marker give no names."""
    assert () == byline_names(text)


# --------------------------------------------------------------------------------------------
# strip_site_suffix


@pytest.mark.parametrize(
    ("title", "site_names", "expected"),
    [
        ("泉州“項目攻堅2018”:踔厲奮發 泉州趕超_國際在線", (), "泉州“項目攻堅2018”:踔厲奮發 泉州趕超"),
        (
            "Apple unveils a new iPhone with three cameras | Reuters",
            (),
            "Apple unveils a new iPhone with three cameras",
        ),
        ("Storm hits the coast overnight - BBC News", (), "Storm hits the coast overnight"),
        ("Why the new iPad is great – The Verge", (), "Why the new iPad is great"),
        ("马斯克发布新一代星舰火箭_科技_腾讯网", (), "马斯克发布新一代星舰火箭"),
        ("中国经济稳中向好态势持续巩固——人民网", (), "中国经济稳中向好态势持续巩固"),
        ("泉州加快推进重点项目建设 | 澎湃新闻", (), "泉州加快推进重点项目建设"),
        ("Reuters | Apple unveils a new iPhone", ("Reuters",), "Apple unveils a new iPhone"),
        ("Headline about something | Example", ("www.example.com",), "Headline about something"),
        ("Headline about something | the example site", ("The Example Site",), "Headline about something"),
        ("Markets rally on trade hopes | Business | Financial Times", (), "Markets rally on trade hopes"),
    ],
)
def test_bylines_strip_site_suffix(title: str, site_names: tuple[str, ...], expected: str) -> None:
    """Site-name and section suffixes are dropped; the headline is kept."""
    assert expected == strip_site_suffix(title, site_names)


@pytest.mark.parametrize(
    "title",
    [
        "Reuters | Apple unveils a new iPhone",  # left part unknown without site_names
        "Trump - Kim summit: what we know",
        "Apple unveils new iPhone at annual event - what we know",
        "奋斗的青春最美丽——记优秀青年张三",  # a subtitle, not a site
        "COVID-19 cases rise again",
        "Short | A much longer right hand side part here",
        "A plain headline",
    ],
)
def test_bylines_strip_site_suffix_keeps(title: str) -> None:
    """Titles whose parts are headline text stay unchanged."""
    assert title == strip_site_suffix(title)


@pytest.mark.parametrize("text", ["记者博客", "记者江湖", "新华社记者看东北", "作者须知", "[作者简介]"])
def test_bylines_label_glued_to_word_is_not_a_byline(text: str) -> None:
    """A byline label glued to an ordinary word (a menu or heading) gives no names."""
    assert () == dateline_reporters(text)
    assert () == byline_names(text)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Posted by Andrew Hayden, Software Engineer on Google Play", ("Andrew Hayden",)),
        ("By Any Means Necessary", ()),
        ("By The New York Times", ()),
    ],
)
def test_bylines_byline_roles_and_titles(byline: str, expected: tuple[str, ...]) -> None:
    """Job titles are dropped and title phrases after "By" are not names."""
    assert expected == byline_names(byline)


# --------------------------------------------------------------------------------------------
# Names without a label, credits, posting lines, date lines, structured author values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("…推动云南工业高质量发展。（记者 胡晓蓉）", ("胡晓蓉",)),
        ("“这样的说法没有道理。”（姚峰 上海报道）", ("姚峰",)),
        ("（袁源）", ("袁源",)),
        ("记者 刘涛", ("刘涛",)),
        ("□ 本报记者 葛灵丹", ("葛灵丹",)),
        ("新京报记者 彭冲 山东冠县报道", ("彭冲",)),
        ("顶端新闻·河南商报记者马俊峰/文受访者供图", ("马俊峰",)),
        ("整合 新华日报·交汇点记者 徐睿翔", ("徐睿翔",)),
        ("西藏持续开展整治行动。（完）", ()),
        ("西藏持续开展整治行动。（新华社）", ()),
        ("小两口尝试以钱生钱（图）", ()),
    ],
)
def test_bylines_credit_names(text: str, expected: tuple[str, ...]) -> None:
    """Closing credits give the credited authors; other bracketed endings give none."""
    assert expected == credit_names(text)


@pytest.mark.parametrize(
    ("line", "known", "expected"),
    [
        ("胡平", (), ("胡平",)),
        ("王建宏 张文攀", (), ("王建宏", "张文攀")),
        ("茉莉", (), ()),
        ("茉莉", ("茉莉",), ("茉莉",)),
        ("首页", (), ()),
        ("新闻中心", (), ()),
        ("我是怎样卷入八九民运的", (), ()),
    ],
)
def test_bylines_bare_names(line: str, known: tuple[str, ...], expected: tuple[str, ...]) -> None:
    """A line of bare names needs common surnames, or names the page states elsewhere."""
    assert expected == bare_names(line, known)


@pytest.mark.parametrize(
    ("value", "whole", "expected"),
    [
        ("www.yunnan.cn,云南日报报业集团,云南网", False, ()),
        ("中文学术期刊,汉斯出版社,Hans Publishers", False, ()),
        ("大汉网络", False, ()),
        ("L_104485", False, ()),
        ("51offer.com", False, ()),
        ("folha", False, ()),
        ("@dangoodin001", False, ()),
        ("Jane Doe and John Smith", False, ("Jane Doe", "John Smith")),
        ("张三 李四", False, ("张三", "李四")),
        ("Mac & i", False, ("Mac & i",)),
        ("Jong, Michiel de", True, ("Jong, Michiel de",)),
    ],
)
def test_bylines_person_names(value: str, whole: bool, expected: tuple[str, ...]) -> None:
    """Structured author values give persons only: no sites, organisations, ids or handles."""
    assert expected == person_names(value, whole=whole)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.",
            (("大卫",), datetime(2005, 8, 12, 16, 12, 21)),
        ),
        (
            "由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论",
            (("海姑娘",), datetime(2005, 6, 14, 3, 25, 55)),
        ),
        ("ggjjzhzz 发表于 2005-9-15 11:46:00", (("ggjjzhzz",), datetime(2005, 9, 15, 11, 46))),
        ("Posted by Nikhil Marathe on March 10, 2015", (("Nikhil Marathe",), datetime(2015, 3, 10))),
        ("他的文章发表于人民日报", ((), None)),
    ],
)
def test_bylines_posted_by(line: str, expected: tuple[tuple[str, ...], datetime | None]) -> None:
    """Forum and blog posting lines give the poster and the date."""
    assert expected == posted_by(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2005-06-14 03:25:55", datetime(2005, 6, 14, 3, 25, 55)),
        ("2006年12月27日（京港台时间）", datetime(2006, 12, 27)),
        ("http://www.qianlong.com/ 2005-07-18 13:03:17", datetime(2005, 7, 18, 13, 3, 17)),
        ("2005-09-11 18:04:42 楼主", datetime(2005, 9, 11, 18, 4, 42)),
        ("2019年2月20日，北京下雪了", None),
        ("12/01/2004 - 01/01/2005", None),
    ],
)
def test_bylines_date_line(line: str, expected: datetime | None) -> None:
    """A line that is only a date (plus a URL or a zone remark) gives it; a sentence does not."""
    assert expected == date_line(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓",
            MetaLine(datetime(2005, 3, 15, 22, 36, 13), None, ("duscha",), ()),
        ),
        ("Posted on June 3, 2019 by Sam Okafor", MetaLine(datetime(2019, 6, 3), None, ("Sam Okafor",), ())),
        (
            "BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ]\ue5c2 来源：[ 国际金融报 ]",
            MetaLine(datetime(2004, 7, 16, 8, 19), "国际金融报", ("黄宇",), ()),
        ),
        ("作者： 放飞&心情", MetaLine(None, None, ("放飞&心情",), ())),
    ],
)
def test_bylines_meta_line_forum_and_bracket_forms(line: str, expected: MetaLine) -> None:
    """Posters after "by" following a date, bracketed names and values, labelled user names."""
    assert expected == parse_meta_line(line)


def test_bylines_meta_line_anonymous_is_no_author() -> None:
    """ "作者：佚名" names nobody."""
    line = parse_meta_line("作者：佚名 来源：本站")
    assert () == (line.authors if line else ())


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        (
            "West Ham hrozí gigantům | Aktuálně.cz",
            ("Aktuálně.cz - Víte, co se právě děje",),
            "West Ham hrozí gigantům",
        ),
        ("How to Build a Terrarium | eHow", (), "How to Build a Terrarium | eHow"),
        ("Breaking: markets fall | Markets", ("Reuters",), "Breaking: markets fall | Markets"),
    ],
)
def test_bylines_strip_known_site(title: str, sites: tuple[str, ...], expected: str) -> None:
    """Only a suffix naming a known site is dropped from a structured title."""
    assert expected == strip_known_site(title, sites)


def test_bylines_title_parts() -> None:
    """A <title> splits at its site/section separators."""
    assert ["标题", "科技", "腾讯网"] == title_parts("标题_科技_腾讯网")


# --------------------------------------------------------------------------------------------
# Many lines at once: shortcuts that must agree with the per-line functions

# Pieces of meta lines and menu items: labels (with the odd spaces _PUNCT maps), dates, agencies.
_LINE_PIECES = (
    "来源", "来", "源", "作者", "作", "者", "编辑", "责编", "记者", "文", "时间", "日期", "发布时间", "点击",
    "：", ":", "/", "|", "｜", " ", "\u3000", "\u200b", "\xa0", "·", "(", ")", "首页", "新闻", "新华社",
    "张三", "王五", "2019-02-20", "11:06", "2019", "年", "二〇一九", "十", "月", "日", "By", "by", "Jane",
    "Doe", "Source", "source", "SOURCE", "Editor", "edited", "Written", "written", "Reuters", "AP", "ap",
    "Feb", "20,", "Published", "date", "Views", "Автор", "автор",
)  # fmt: skip
_LINES = st.lists(st.sampled_from(_LINE_PIECES), max_size=10).map("".join)


@pytest.mark.parametrize(
    "line",
    [
        "2019-02-20 11:06:06｜來源：泉州網｜編輯：尹小兵",
        "来\u3000源：新华网",  # an ideographic space inside a two-character label
        "Written\u200bby Jane Doe | Feb 20, 2019",  # a zero-width space inside a Latin label
        "Reuters November 18, 2019 11:03 PM",  # no label: an agency and a date
        "二〇一九\u3000年二月二十日 新华社",
        "  来源：新华网  ",
        "作者:zboygirl 阅读(1660)",
        "Published: Feb 20, 2019 | SOURCE: AP",
    ],
)
def test_bylines_meta_line_candidates_keep_meta_lines(line: str) -> None:
    """A line parse_meta_line reads is a candidate, alone and among other lines."""
    assert parse_meta_line(line) is not None
    assert {0} == meta_line_candidates([line])
    assert {2} == meta_line_candidates(["首页", "Sports", line, "2019 新闻"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, max_size=6))
def test_bylines_meta_line_candidates_never_miss(lines: list[str]) -> None:
    """meta_line_candidates leaves out only lines that parse_meta_line does not read."""
    found = meta_line_candidates(lines)
    assert [] == [k for k, line in enumerate(lines) if parse_meta_line(line) is not None and k not in found]


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=6))
def test_bylines_texts_naming_editors_is_may_name_editors(lines: list[str]) -> None:
    """The one search over all lines picks exactly the lines may_name_editors passes."""
    assert {k for k, line in enumerate(lines) if may_name_editors(line)} == texts_naming_editors(lines)


def test_bylines_latin_label_lookahead_is_implied() -> None:
    """The first-letter lookahead and grouping of the Latin label patterns turn away no label, in any
    case form."""
    chars = (
        "".join(map(chr, range(sys.maxunicode + 1)))
        .encode("utf-8", "surrogatepass")
        .decode("utf-8", "replace")
    )
    latin = [lb for lb in _LABEL_KIND if not any("\u4e00" <= c <= "\u9fff" for c in lb)]
    # The labels are grouped by first letter: no character may match two first letters.
    letters = sorted({lb[0] for lb in latin})
    matched = [set(re.findall(f"(?i:{re.escape(letter)})", chars)) for letter in letters]
    assert sum(map(len, matched)) == len(set().union(*matched))
    for label in latin:
        # Every character a label's first letter matches case-insensitively starts that label.
        for first in set(re.findall(f"(?i:{re.escape(label[0])})", chars)):
            text = f"{first}{label[1:]}: x"
            assert _LATIN_LABEL_RE.search(text) is not None, text
            assert _RAW_LATIN_LABEL_RE.search(text) is not None, text


# --------------------------------------------------------------------------------------------
# Other languages: "by" words, credit labels, date labels, Korean and Japanese credits


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Por Juan Pérez y María López", ("Juan Pérez", "María López")),
        ("Par Marie Dupont", ("Marie Dupont",)),
        ("Von Anna Schmidt und Max Weber", ("Anna Schmidt", "Max Weber")),
        ("di Marco Rossi", ("Marco Rossi",)),
        ("Oleh Budi Santoso dan Siti Aminah", ("Budi Santoso", "Siti Aminah")),
        ("Door Jan de Vries", ("Jan de Vries",)),
        ("Av Anna Lindqvist och Erik Berg", ("Anna Lindqvist", "Erik Berg")),
        ("Escrito por Ana Lima em 20/03/2019", ("Ana Lima",)),
        ("Publicado por: Clarissa Borba - Categoria: Notícias", ("Clarissa Borba",)),
        ("Par Marie Dupont, publié le 20 mars 2019", ("Marie Dupont",)),
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("Текст: Лида Буслаева", ("Лида Буслаева",)),
        ("Texto: Ana Lima", ("Ana Lima",)),
        ("Testo: Marco Rossi", ("Marco Rossi",)),
        ("Tekst: Piet Jansen", ("Piet Jansen",)),
        ("By: Jane Doe", ("Jane Doe",)),
        ("記者 山田太郎", ("山田太郎",)),
        ("김철수 기자", ("김철수",)),
        ("홍길동·김철수 기자 hong@yna.co.kr", ("홍길동", "김철수")),
        ("(서울=연합뉴스) 홍길동 기자 =", ("홍길동",)),
    ],
)
def test_bylines_byline_names_other_languages(byline: str, expected: tuple[str, ...]) -> None:
    """Bylines in es/fr/de/it/id/nl/sv/pt/ru/ja/ko give their names."""
    assert expected == byline_names(byline)


@pytest.mark.parametrize(
    "text",
    [
        "Por otro lado, el gobierno anunció nuevas medidas.",
        "Von Montag an gilt die neue Regel.",
        "Von Seiten der Regierung wurde nichts gesagt.",
        "Par ailleurs, le projet avance.",
        "Di solito il governo risponde.",
        "Di Maio e Salvini hanno parlato.",
        "Door de regen viel de wedstrijd uit.",
        "Oleh karena itu, pemerintah memutuskan.",
        "AV Receiver Test",  # an all-caps "AV" is no "av" (Swedish "by")
        "Redação",  # the newsroom, no person
        "김철수 기자가 말했다",  # a sentence about a reporter
        "기자 회견에서 발표했다",
    ],
)
def test_bylines_byline_names_other_languages_rejects(text: str) -> None:
    """Sentences opening with a word that is also "by" ("Por otro lado…", "Von Montag an…") give no
    names."""
    assert () == byline_names(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Por Juan Pérez", MetaLine(None, None, ("Juan Pérez",), ())),
        ("20 de marzo de 2019 | Por Juan Pérez", MetaLine(datetime(2019, 3, 20), None, ("Juan Pérez",), ())),
        (
            "Publicado por Clarissa Borba em 05/10/2018",
            MetaLine(datetime(2018, 5, 10), None, ("Clarissa Borba",), ()),
        ),
        (
            "Pubblicato il 20 maggio 2019 | di Marco Rossi",
            MetaLine(datetime(2019, 5, 20), None, ("Marco Rossi",), ()),
        ),
        (
            "Par Marie Dupont, publié le 20 mars 2019",
            MetaLine(datetime(2019, 3, 20), None, ("Marie Dupont",), ()),
        ),
        ("Mis à jour le 20 mars 2019 à 10h30", MetaLine(datetime(2019, 3, 20, 10, 30), None, (), ())),
        ("Veröffentlicht am 20.03.2019 | Quelle: dpa", MetaLine(datetime(2019, 3, 20), "dpa", (), ())),
        ("Oleh Budi Santoso - 20 Maret 2019", MetaLine(datetime(2019, 3, 20), None, ("Budi Santoso",), ())),
        (
            "Gepubliceerd op 20 maart 2019 | Door Jan de Vries",
            MetaLine(datetime(2019, 3, 20), None, ("Jan de Vries",), ()),
        ),
        (
            "Автор: Иван Петров | Опубликовано: 20 марта 2019",
            MetaLine(datetime(2019, 3, 20), None, ("Иван Петров",), ()),
        ),
        ("기사입력 :[ 2018-08-25 15:24 ]", MetaLine(datetime(2018, 8, 25, 15, 24), None, (), ())),
        (
            "입력 2019.03.20 10:00 | 홍길동 기자",
            MetaLine(datetime(2019, 3, 20, 10, 0), None, ("홍길동",), ()),
        ),
        (
            "公開日：2019年3月20日 執筆者：山田太郎",
            MetaLine(datetime(2019, 3, 20), None, ("山田太郎",), ()),
        ),
    ],
)
def test_bylines_meta_line_other_languages(line: str, expected: MetaLine) -> None:
    """Meta lines with date labels, "by" words and credits of other languages give their fields."""
    assert expected == parse_meta_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "El informe publicado el 20 de marzo de 2019 muestra una caída.",
        "Le texte publié le 20 mars 2019 a été adopté.",
        "Der Bericht veröffentlicht am 20.03.2019 neue Zahlen.",
        "Por otro lado, el gobierno anunció nuevas medidas.",
        "Di Maio, il ministro, ha parlato ieri.",
        "Door de regen viel de wedstrijd uit.",
        "AV Receiver Test",
        "데이터 입력 2019.03.20 완료",
    ],
)
def test_bylines_meta_line_other_languages_rejects(line: str) -> None:
    """A date label inside a sentence, and a "by" word opening a sentence, make no meta line."""
    assert None is parse_meta_line(line)


def test_bylines_by_words_come_from_the_label_table() -> None:
    """BY_WORDS holds each language's author "by" label and no editor label ("edited by")."""
    assert {"by", "por", "par", "von", "di", "door", "oleh", "av", "af", "publicado por"} <= set(BY_WORDS)
    assert set() == {"edited by", "editing by", "da"} & set(BY_WORDS)
    assert {"autor", "texto", "texte", "testo", "tekst", "teks", "текст", "автор"} <= set(CREDIT_LABELS)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("(서울=연합뉴스) 홍길동 기자 = 정부는 20일 새 정책을 발표했다.", ("홍길동",)),
        ("홍길동·김철수 기자 = 정부는 20일 발표했다.", ("홍길동", "김철수")),
        ("정부는 20일 홍길동 기자에게 말했다.", ()),
    ],
)
def test_bylines_dateline_reporters_korean(paragraph: str, expected: tuple[str, ...]) -> None:
    """A Korean credit opening a paragraph ("… 기자 =") names its reporters."""
    assert expected == dateline_reporters(paragraph)


# --------------------------------------------------------------------------------------------
# Kinds of Chinese byline found on the wced pages: intern and correspondent labels, a medium's name
# before the reporter, spaced-out names, a translated name with the original, the "出自" source.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本报实习生 刘国栋 周炜", ("刘国栋", "周炜")),
        ("本报通讯员 张晓明", ("张晓明",)),
        ("本報實習生 陳小華", ("陳小華",)),
        ("实习生 王芳", ("王芳",)),
        ("记者 赵  培", ("赵培",)),
        ("作者：王\u3000芳", ("王芳",)),
        ("作者： 周思博 (Joel Spolsky)", ("周思博 (Joel Spolsky)",)),
        ("作者：乔尔·斯波尔斯基（Joel Spolsky）、李四", ("乔尔·斯波尔斯基（Joel Spolsky）", "李四")),
        ("作者：张三 (北京)", ("张三",)),  # a place in brackets is not a second name
        ("执笔人：闵乐夫 赵兰波 刘韬", ("闵乐夫", "赵兰波", "刘韬")),
    ],
)
def test_bylines_byline_names_chinese_kinds(line: str, expected: tuple[str, ...]) -> None:
    """Intern and correspondent labels, padded names and translated names give the persons."""
    assert expected == byline_names(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实习生招聘", ()),  # a label glued to a word
        ("本报实习生", ()),  # a label alone
        ("作者：张三 (New York Times)", ("张三",)),  # a publication in brackets, not the original name
        ("作者：张三 (new york)", ("张三",)),
    ],
)
def test_bylines_byline_names_chinese_kinds_reject(text: str, expected: tuple[str, ...]) -> None:
    """Glued labels name nobody; brackets after a name that hold no person's name are not kept."""
    assert expected == byline_names(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("02日14:25 作者： 赵婕 出自[人民文学出版社]", MetaLine(None, "人民文学出版社", ("赵婕",), ())),
        ("作者：来自网络", None),
        ("作者：赵　培 来源：人民网", MetaLine(None, "人民网", ("赵培",), ())),
        ("本报实习生 刘国栋 周炜", MetaLine(None, None, ("刘国栋", "周炜"), ())),
    ],
)
def test_bylines_meta_line_chinese_kinds(line: str, expected: MetaLine | None) -> None:
    """ "出自[…]" is a source field, not a name; spaced names are joined; intern labels read."""
    assert expected == parse_meta_line(line)


@pytest.mark.parametrize("line", ["这句话出自《论语》。", "本书出自名家之手", "他来自北京"])
def test_bylines_source_word_in_a_sentence_is_no_field(line: str) -> None:
    """ "出自"/"来自" inside a sentence make no meta line."""
    assert None is parse_meta_line(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("…也同期举办。(信报记者 蔡雪婧)", ("蔡雪婧",)),
        ("…也同期举办。（北京晚报通讯员 王五）", ("王五",)),
        ("…也同期举办。（新华社记者 张三 李四）", ("张三", "李四")),
        ("（本报实习生 刘国栋 周炜）", ("刘国栋", "周炜")),
        ("…他说。（该报记者曾多次前往）", ()),
        ("…他说。（本报记者）", ()),
        ("…他说。（据新华社记者报道）", ()),
    ],
)
def test_bylines_credit_names_with_medium(text: str, expected: tuple[str, ...]) -> None:
    """A paper or site glued before the reporter's role is dropped; a sentence in brackets names nobody."""
    assert expected == credit_names(text)


@pytest.mark.parametrize(
    ("value", "whole", "expected"),
    [
        ("赵  培", False, ("赵培",)),
        ("赵  培", True, ("赵培",)),
        ("赵 培; 李 四", False, ("赵培", "李四")),
        ("张 三 李 四", False, ()),  # four single characters: not one padded name
    ],
)
def test_bylines_person_names_spaced(value: str, whole: bool, expected: tuple[str, ...]) -> None:
    """A two- or three-character name padded with spaces ("赵  培") is one name."""
    assert expected == person_names(value, whole=whole)


# --------------------------------------------------------------------------------------------
# contributor_credit, author_bio, reading_time, dated_name_line, date_line extras


@pytest.mark.parametrize(
    "line",
    [
        "Keith Bradsher contributed reporting from Hong Kong.",
        "Additional reporting by Joseph Hudak",
        "(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by Herb Lash and "
        "Megan Davies, editing by Martin Howell)",
        "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal Ahmed and "
        "Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski",
        "Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman and Jill Colvin contributed to "
        "this report.",
        "Fox News’ Jessica Napoli contributed to this report.",
        "A version of this article appears in print on January 13, 2017, on Page A7 of the New York edition "
        "with the headline: Sanctions on Sudan.",
        "Mitarbeit: Anna Muster, Jan Beispiel",
        "Mit Material von dpa und AFP",
        "Con información de Reuters y EFE",
        "Com informações da Agência Brasil",
        "(Avec AFP)",
        "（实习生 张三 对本文亦有贡献）",
        "Keith Bradsher自香港对本文有报道贡献。",
    ],
)
def test_bylines_contributor_credit_lines(line: str) -> None:
    """Whole-line contributor credits in each language are recognised."""
    assert True is contributor_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "He contributed reporting to the 2004 investigation that won a Pulitzer Prize.",
        "Reporting by the Times showed that the company had misled investors.",
        "Many people contributed to this report.",
        "Smith contributed $5 million to the campaign.",
        "Mit Material und Werkzeug kam er zurück. Dann ging er.",
        "Avec AFP, le gouvernement a signé un accord.",
        "他对本文的观点提出了质疑，认为研究存在缺陷。",
        "",
    ],
)
def test_bylines_contributor_credit_keeps_sentences(line: str) -> None:
    """Body sentences that mention reporting or contributions are not credits."""
    assert False is contributor_credit(line)


@pytest.mark.parametrize(
    ("line", "authors", "expected"),
    [
        ("Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he’s specialized in "
         "product reviews.", ["Trevor Daugherty"], "bio"),
        ("Devindra has been obsessed with technology for as long as he can remember.", ["Devindra Hardawar"],
         "bio"),
        ("Mike Wall's book about the search for alien life, \"Out There\", is out.", ["Mike Wall"], "bio"),
        ("Eric Song is IGN's deal curator.", ["By Eric Song"], "bio"),
        ("Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review.",
         ["Jeff Foust"], "contact"),
        ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", ["Tariq Malik"], "contact"),
        ("Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com.", ["Amy Kuperinsky"],
         "contact"),
        ("Benjamin Romano: 206-652-6593 or bromano@seattletimes.com; on Twitter: @bromano.",
         ["Benjamin Romano"], "contact"),
        ("paul.takahashi@chron.com", [], "contact"),
        ("twitter.com/paultakahashi", [], "contact"),
        ("Email: jane@example.org | @janedoe", [], "contact"),
    ],
)  # fmt: skip
def test_bylines_author_bio_kinds(line: str, authors: list[str], expected: str) -> None:
    """Bios open with the author's name and a bio verb; contact lines give an address."""
    assert expected == author_bio(line, authors)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Trevor Daugherty is the Senior Editor of 9to5Toys.", ["Jane Doe"]),
        ("Eric Songs are popular in Korea this year.", ["Eric Song"]),
        ("For more information, email info@ascom.com.", ["Jane Doe"]),
        ("— Cooper Lund (@cooperlund) November 18, 2019", ["Amy Kuperinsky"]),
        ("AppleInsider has affiliate partnerships and may earn commission.", ["AppleInsider"]),
        ("Jane Doe said the plan would work, and Jane Doe is right.", ["Jane Doe"]),
    ],
)
def test_bylines_author_bio_keeps_other_lines(line: str, authors: list[str]) -> None:
    """Another person's bio, a sentence, a tweet credit or a one-word site "author" is no bio."""
    assert None is author_bio(line, authors)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("8 min read", (True, None)),
        ("5-minute read", (True, None)),
        ("Reading time: 4 minutes", (True, None)),
        ("Oct 18, 2019 · 8 min read", (True, datetime(2019, 10, 18))),
        ("Tempo de leitura: 1 minuto", (True, None)),
        ("Tiempo de lectura: 3 min", (True, None)),
        ("Temps de lecture : 4 min", (True, None)),
        ("Lesezeit: 3 Minuten", (True, None)),
        ("Leestijd: 3 minuten", (True, None)),
        ("Время чтения: 3 минуты", (True, None)),
        ("阅读时间 3 分钟", (True, None)),
        ("預計閱讀時間：3 分鐘", (True, None)),
        ("読了時間：約3分", (True, None)),
        ("I read for 8 min every day before work.", (False, None)),
        ("Oct 18, 2019 · 8 min read · the best guide to Node", (False, None)),
        ("阅读(1660)", (False, None)),
    ],
)
def test_bylines_reading_time(line: str, expected: tuple[bool, datetime | None]) -> None:
    """Reading-time lines, with an optional date beside them, are recognised; sentences are not."""
    assert expected == reading_time(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 20, 2019 Emiliano Bellini", (("Emiliano Bellini",), datetime(2019, 11, 20))),
        ("2019-11-20 17:27:46 Marcus De Guzman", (("Marcus De Guzman",), datetime(2019, 11, 20, 17, 27, 46))),
        ("Marcus De Guzman 2019-11-20 17:27:46", (("Marcus De Guzman",), datetime(2019, 11, 20, 17, 27, 46))),
        ("November 20, 2019 police said that", ((), None)),
        ("Jane Doe, November 20, 2019, John Roe", ((), None)),
        ("November 20, 2019", ((), None)),
    ],
)
def test_bylines_dated_name_line(line: str, expected: tuple[tuple[str, ...], datetime | None]) -> None:
    """A date and a person's name, in either order, is a dated name line; anything else is not."""
    assert expected == dated_name_line(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", datetime(2019, 11, 18, 16, 5)),
        ("November 20, 2019 - 11:28 AMT", datetime(2019, 11, 20)),
        ("November 18, 2019 | 4:10pm", datetime(2019, 11, 18)),
        ("November 18, 2019 the council voted", None),
    ],
)
def test_bylines_date_line_with_time_and_zone(line: str, expected: datetime | None) -> None:
    """A clock time and a zone abbreviation the date parser leaves out may stand on a date line."""
    assert expected == date_line(line)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("By Jamelle Bouie", ("Jamelle Bouie",)),
        ("By TOM KRISHER, AP Auto Writer", ("TOM KRISHER",)),
        ("By MEG KINNARD and ERRIN HAINES, Associated Press", ("MEG KINNARD", "ERRIN HAINES")),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ("Chris Cillizza",)),
        ("Jane Doe", ("Jane Doe",)),
    ],
)
def test_bylines_structured_author_written_as_byline(value: str, expected: tuple[str, ...]) -> None:
    """An author field holding a visible byline ("By …, AP Auto Writer") gives the names only."""
    assert expected == person_names(value)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Erin Cunningham March 18 at 3:57 PM", ("Erin Cunningham",)),
        ("By Steven Mufson March 18", ("Steven Mufson",)),
        ("By Jane Doe Oct. 3, 2019", ("Jane Doe",)),
        ("By Jane March | Reuters", ("Jane March",)),  # a surname, not a date's month
    ],
)
def test_bylines_month_before_the_day_is_not_a_name(line: str, expected: tuple[str, ...]) -> None:
    """A byline running into its date ("… March 18 at 3:57 PM") keeps the month out of the name."""
    assert expected == byline_names(line)
    meta = parse_meta_line(line)
    assert meta is None or expected == meta.authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(摘自《社会学研究》1999年第4期，原文约12，000字)《高校文摘》1999年第11期", "provenance"),
        ("原载《读书》2001年第3期", "provenance"),
        ("選自《明報月刊》2003年5月號", "provenance"),
        ("转自人民网", "provenance"),
        ("本文原载于《南方周末》", "provenance"),
        ("“思想评论”网站(http://www.example.org)搜集整理于2003-04-12", "provenance"),
        ("本站编辑部收集整理於2004年6月", "provenance"),
        ("【作者单位：北京大学社会学系、南开大学经济学院】", "affiliation"),
        ("作者單位：香港中文大學新聞與傳播學院", "affiliation"),
        ("他在《读书》2000年第2期发表的文章中写道，城市化的代价被低估了。", None),
        ("摘自《论语》的这句话，说明了孔子对学习的态度。", None),
        ("这些资料由课题组整理于2002年，涵盖了三个省份的调查数据。", None),
        ("作者单位的领导对此表示支持。", None),
    ],
)
def test_bylines_provenance_note(line: str, expected: str | None) -> None:
    """Whole-line provenance notes and author affiliations are recognised; body sentences citing a
    journal or an institution are not."""
    assert expected == provenance_note(line)
