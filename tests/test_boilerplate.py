"""Tests for the boilerplate stages ``StripNavigation`` and ``StripBoilerplate``.

Every snippet here is written for the test (variants of the kinds seen on real pages), not copied.
"""

# The project writes asserts as `expected == actual`; ruff's SIM300 (Yoda) rule disagrees.

from __future__ import annotations

import pytest

from cleanarticle._boilerplate import StripBoilerplate, StripNavigation
from cleanarticle._model import Block, BlockKind, Document, Reason

BODY_ZH = "市政府昨天宣布，新的地铁线路将于明年年底前通车，预计每天可运送乘客二十万人次。"
BODY_EN = "The city council approved the new transit plan on Tuesday after a long debate over costs."


def make_doc(*texts: str, title: str | None = None) -> Document:
    """A text-input document: one paragraph block per line, no layout fields."""
    doc = Document(source="", blocks=[Block(i, t) for i, t in enumerate(texts)])
    doc.title = title
    return doc


def run(doc: Document) -> Document:
    return StripBoilerplate()(StripNavigation()(doc))


def reasons(doc: Document) -> list[Reason | None]:
    return [b.removal.reason if b.removal else None for b in doc.blocks]


def stage_rule(block: Block) -> tuple[str, str] | None:
    return (block.removal.stage, block.removal.rule) if block.removal else None


# --- navigation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "World | Business | Tech | Sport",
        "首页 | 新闻 | 财经 | 体育 | 娱乐",
        "北京　　上海　　广州　　深圳　　成都　　杭州",
        "Home › World › Asia",
        "首页 > 新闻 > 国内",
        "您的位置：主页 > 科技频道 > 正文",
        "<< 上一页 | 下一页 >>",
        "第2页/共5页",
        "更多>>",
    ],
)
def test_boilerplate_navigation_variants(line: str) -> None:
    """Section bars, city bars, breadcrumbs, pagination and more-links are NAVIGATION."""
    doc = run(make_doc(BODY_ZH, line, BODY_EN))
    assert [None, Reason.NAVIGATION, None] == reasons(doc)


def test_boilerplate_navigation_label_goes_with_bar() -> None:
    """A label line directly above a bar ("城市:", "Sections:") is removed with the bar."""
    doc = run(
        make_doc(
            "城市:", "南京  苏州  无锡  常州  扬州  镇江", "Sections:", "World | Politics | Sport", BODY_ZH
        )
    )
    assert [Reason.NAVIGATION] * 4 + [None] == reasons(doc)
    assert ("navigation", "nav_label") == stage_rule(doc.blocks[0])


def test_boilerplate_label_without_bar_stays() -> None:
    """A colon label followed by body text is not navigation."""
    doc = run(make_doc("记者手记:", BODY_ZH))
    assert [None, None] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "这座城市的导航系统经过升级，首页、地图和路线三个功能都更好用了。",
        "Use the menu at the top of the app to switch between news, sport and weather.",
        "他说：“我们要从北京到上海，再到广州。”",
        "2018年  2019年  2020年  2021年  2022年",
        "a > b",
    ],
)
def test_boilerplate_navigation_keeps_body(line: str) -> None:
    """Body text about navigation, quoted city lists and number rows are not navigation."""
    doc = run(make_doc(line))
    assert [None] == reasons(doc)


def test_boilerplate_html_nav_region_and_link_run() -> None:
    """HTML blocks in a <nav> landmark, or runs of short link-only blocks, are NAVIGATION."""
    blocks = [
        Block(0, "Opinion", region="nav", link_chars=7),
        Block(1, "国内", link_chars=2),
        Block(2, "国际", link_chars=2),
        Block(3, "军事", link_chars=2),
        Block(4, BODY_ZH, region="article"),
        Block(5, "Read the full report", link_chars=20, region="article"),
    ]
    doc = run(Document(source="", blocks=blocks))
    assert [Reason.NAVIGATION] * 4 + [None, None] == reasons(doc)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("春季茶博会开幕_fororder_茶叶1", BlockKind.PARAGRAPH),
        ("IMG_4471.JPG", BlockKind.IMAGE),
        ("banner_2023.png", BlockKind.CAPTION),
        ("Get_it_on_Google_Play_Badge", BlockKind.IMAGE),
        ("Advertisement", BlockKind.PARAGRAPH),
        ("廣告", BlockKind.PARAGRAPH),
        ("Subscribe to our newsletter", BlockKind.PARAGRAPH),
    ],
)
def test_boilerplate_promo_variants(line: str, kind: BlockKind) -> None:
    """CMS image markers, image file names, ad labels and newsletter boxes are PROMO."""
    doc = Document(source="", blocks=[Block(0, BODY_ZH), Block(1, line, kind=kind)])
    assert [None, Reason.PROMO] == reasons(run(doc))


# --- legal notices --------------------------------------------------------------------------------


def test_boilerplate_simplified_declaration_with_clauses() -> None:
    """A Simplified declaration header and its numbered clauses are one LEGAL_NOTICE run."""
    doc = run(
        make_doc(
            BODY_ZH,
            "（完）",
            "某某日报网版权与免责声明：",
            "1、凡本网注明“来源：某某日报”的作品，版权均属某某日报社所有。",
            "2、本网转载其他媒体之稿件，意在传递更多信息，并不代表本网赞同其观点。",
            "3、如对稿件内容有疑议，请及时与我们联系。",
        )
    )
    assert [None, None] + [Reason.LEGAL_NOTICE] * 4 == reasons(doc)


def test_boilerplate_generic_header_needs_legal_clauses() -> None:
    """A bare "声明：" with clauses about something else (a product manual) is kept."""
    doc = run(make_doc("声明：", "1、请在阴凉处存放。", "2、儿童请在成人监护下使用。"))
    assert [None, None, None] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "© 2023 Northern Herald Media. All rights reserved.",
        "Copyright © 2010-2024 Example News Group",
        "All Rights Reserved.",
        "版权所有 某某晚报社 未经授权禁止转载",
        "粤ICP备10203040号-1",
        "轉載請註明出處",
        "We use cookies to give you the best experience on our site.",
        "Privacy Policy | Terms of Use | Contact Us",
    ],
)
def test_boilerplate_legal_variants(line: str) -> None:
    """Short copyright lines, licence numbers, repost bans, cookie boxes and footer bars are LEGAL_NOTICE."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, Reason.LEGAL_NOTICE] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "該公司因侵犯版權被起訴，法院判決賠償五十萬元。",
        "The court ruled on the copyright claim, saying the photographer owned the image.",
        "法院认定该照片的版权所有人是摄影师本人。",
        "The band said its lawyers would enforce the terms of use of its logo.",
    ],
)
def test_boilerplate_legal_keeps_body(line: str) -> None:
    """Body text that merely mentions copyright is not a legal notice."""
    doc = run(make_doc(BODY_ZH, line))
    assert [None, None] == reasons(doc)


def test_boilerplate_html_footer_link() -> None:
    """In an HTML footer a lone legal link ("Privacy") is a legal notice."""
    doc = Document(source="", blocks=[Block(0, BODY_EN), Block(1, "Privacy", region="footer", link_chars=7)])
    assert [None, Reason.LEGAL_NOTICE] == reasons(run(doc))


# --- CMS tag lines and related teasers ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[要闻][江苏][手机版]苏州地铁六号线今日开通",
        "〖本地新闻〗〖交通〗蘇州地鐵六號線今日開通",
        "［热点］［苏州］苏州地铁6号线今日开通",
    ],
)
def test_boilerplate_tag_line_about_this_article_is_cms_tag(line: str) -> None:
    """Tags before this article's own headline (any bracket family, any script) are CMS_TAG."""
    doc = run(make_doc(BODY_ZH, line, title="苏州地铁六号线今日开通"))
    assert [None, Reason.CMS_TAG] == reasons(doc)


def test_boilerplate_tag_line_about_another_story_is_related() -> None:
    """Tags before a different story's headline are a RELATED teaser."""
    doc = run(
        make_doc(BODY_ZH, "【推荐】【南京】【视频】南京长江大桥夜景灯光秀", title="苏州地铁六号线今日开通")
    )
    assert [None, Reason.RELATED] == reasons(doc)


def test_boilerplate_bare_tag_run_is_cms_tag() -> None:
    """A line that is only tags ("【国内】【社会】") is CMS_TAG."""
    doc = run(make_doc(BODY_ZH, "【国内】【社会】"))
    assert [None, Reason.CMS_TAG] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "“【注意】这不是标签，”他笑着说。",
        "【本报讯】市政府昨天宣布，新的地铁线路将于明年年底前通车。",
        "Studies [1][2] show the effect is small.",
        "[1][2]",
        "He wrote: “[sic] the plan [was] never finished.”",
    ],
)
def test_boilerplate_brackets_in_body_are_kept(line: str) -> None:
    """Quotes containing brackets, a dateline tag before prose and footnote marks are not tag lines."""
    doc = run(make_doc(BODY_ZH, line, title="苏州地铁六号线今日开通"))
    assert [None, None] == reasons(doc)


def test_boilerplate_single_tag_teaser_run() -> None:
    """Single-tag headline lines are related teasers only when they come in a run."""
    doc = run(make_doc(BODY_ZH, "[财经] 央行宣布降息0.25个百分点", "[体育] 国足客场战平对手"))
    assert [None, Reason.RELATED, Reason.RELATED] == reasons(doc)


def test_boilerplate_english_related_list() -> None:
    """An English "Related stories" heading takes the headline items after it."""
    doc = run(
        make_doc(
            BODY_EN,
            "Related stories",
            "Council delays vote on bus fares",
            "Why the tram project ran over budget",
            "Commuters react to the new timetable",
        )
    )
    assert [None] + [Reason.RELATED] * 4 == reasons(doc)


def test_boilerplate_related_heading_before_body_keeps_prose() -> None:
    """A related box that runs into body text gives back unmarked short lines (sub-headings)."""
    doc = run(make_doc("延伸阅读", "·地铁票价将下调", "建设进展", BODY_ZH))
    assert [Reason.RELATED, Reason.RELATED, None, None] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "相关部门表示，将尽快公布调查结果，并追究有关人员的责任。",
        "Related research has shown that the effect fades within weeks.",
        "Read more about the history of the bridge in the city archive.",
    ],
)
def test_boilerplate_related_keeps_body(line: str) -> None:
    """A body paragraph starting with 相关 / Related / Read more is not a teaser."""
    doc = run(make_doc(BODY_ZH, line))
    assert [None, None] == reasons(doc)


def test_boilerplate_inline_read_more() -> None:
    """An inline "Read more: <headline>" line is RELATED."""
    doc = run(make_doc(BODY_EN, "Read more: Five things to know about the new budget"))
    assert [None, Reason.RELATED] == reasons(doc)


# --- placeholders, share bars, comments, editor lines ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("图片默认标题", Reason.PLACEHOLDER),
        ("Image placeholder", Reason.PLACEHOLDER),
        ("點擊圖片進入下一頁", Reason.PLACEHOLDER),
        ("分享到：微信 微博 QQ空间", Reason.SHARE),
        ("字号：大 中 小 | 打印 | 关闭窗口", Reason.SHARE),
        ("Share on Facebook", Reason.SHARE),
        ("Tweet", Reason.SHARE),
        ("Email • Print", Reason.SHARE),
        ("【发表评论】【打印】【关闭】", Reason.SHARE),
        ("网友评论", Reason.COMMENTS),
        ("Comments (12)", Reason.COMMENTS),
        ("Leave a Reply", Reason.COMMENTS),
        ("[责任编辑：王五]", Reason.METADATA),
        ("（編輯：陳六）", Reason.METADATA),
        ("责编：李四", Reason.METADATA),
        ("(Editing by Jane Smith)", Reason.METADATA),
    ],
)
def test_boilerplate_small_kinds(line: str, reason: Reason) -> None:
    """Placeholders, share bars, comment markers and editor lines get their own reason codes."""
    doc = run(make_doc(BODY_ZH, line))
    assert [None, reason] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "(完)",
        "（完）",
        "打印机厂商表示，今年的出货量将继续增长。",
        "编辑部认为这篇报道很有价值。",
        "Editor Jane Doe said the paper would appeal.",
        "分享经济正在改变人们的出行方式。",
    ],
)
def test_boilerplate_small_kinds_keep_body(line: str) -> None:
    """The end marker and body text sharing a word with a share bar or editor line stay."""
    doc = run(make_doc(BODY_ZH, line))
    assert [None, None] == reasons(doc)


def test_boilerplate_html_cues() -> None:
    """HTML class/id cues mark short blocks in share, comment and related containers."""
    blocks = [
        Block(0, BODY_EN, region="article", cues="article-body"),
        Block(1, "Copy", cues="share-bar"),
        Block(2, "Great piece, thanks for writing it.", cues="comments"),
        Block(3, "Bus fares to rise in spring", cues="related-posts"),
    ]
    doc = run(Document(source="", blocks=blocks))
    assert [None, Reason.SHARE, Reason.COMMENTS, Reason.RELATED] == reasons(doc)


# --- stage contract ---------------------------------------------------------------------------------


def test_boilerplate_never_edits_or_overrides() -> None:
    """Stages only mark: text is untouched and an earlier removal is never rewritten."""
    doc = make_doc("Advertisement", "版权所有 某某网")
    doc.blocks[1].remove("earlier", Reason.SITE_BOILERPLATE, "x")
    run(doc)
    assert ["Advertisement", "版权所有 某某网"] == [b.text for b in doc.blocks]
    assert ("earlier", "x") == stage_rule(doc.blocks[1])
    assert ("navigation", "ad_label") == stage_rule(doc.blocks[0])


def test_boilerplate_stage_names() -> None:
    """The stages carry the names the pipeline uses."""
    assert ("navigation", "boilerplate") == (StripNavigation().name, StripBoilerplate().name)


# --- a whole page shaped like the seed --------------------------------------------------------------


def test_boilerplate_seed_like_page() -> None:
    """A page with the seed's structure (written anew) loses its chrome and keeps its body."""
    title = "苏州“园区攻坚2023”：奋楫争先 苏州领跑"
    lines = [
        ("地區:", Reason.NAVIGATION),
        ("蘇州    無錫    常州    南通    揚州    鎮江    泰州", Reason.NAVIGATION),
        ("第五屆長三角文旅博覽會_fororder_江蘇2", Reason.PROMO),
        ("推動綠色低碳轉型 服務高品質發展_fororder_江蘇", Reason.PROMO),
        ("  新華日報訊(記者 張明)初春的蘇州，三百多個重點項目正在加緊建設。", None),
        ("  攻堅項目", None),
        ("  項目是經濟發展的生命線，也是高品質發展的著力點，全市上下正全力推進。", None),
        ("(完)", None),
        ("【江蘇時間列表】【蘇州】【手機版】蘇“園區攻堅2023”：奮楫爭先 蘇州領跑", Reason.CMS_TAG),
        ("【江蘇時間列表】【蘇州】【手機版】蘇“園區攻堅2023”：奮楫爭先 蘇州領跑", Reason.CMS_TAG),
        ("圖片默認標題", Reason.PLACEHOLDER),
        ("【熱點推薦】【南通】【手機版】外國留學生來南通體驗傳統剪紙", Reason.RELATED),
        ("江蘇新聞網版權與內容使用的聲明：", Reason.LEGAL_NOTICE),
        ("1、“江蘇新聞網”由某某廣播集團主辦。", Reason.LEGAL_NOTICE),
        ("2、凡本網註明“來源：江蘇新聞網”的作品，未經本網書面授權不得轉載。", Reason.LEGAL_NOTICE),
        ("3、如因作品內容、版權問題需要與本網聯繫的，請在三十日內進行。", Reason.LEGAL_NOTICE),
    ]
    doc = run(make_doc(*(t for t, _ in lines), title=title))
    assert [r for _, r in lines] == reasons(doc)
