"""Tests for the metadata stage: each source of each field, on small hand-written pages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

import cleanarticle
from cleanarticle import Reason
from cleanarticle._fold import fold
from cleanarticle._metadata import BYLINE_CUE, HEADLINE_MATCH, _byline_cue, _cannot_match

# A body long enough to be the article: the stage finds the article's first paragraphs by length.
BODY_ZH = (
    "<p>记者近日从自治区农业农村厅召开的全区农牧业工作会议上了解到，今年全区共改造户用卫生厕所四万多座，"
    "农村人居环境得到明显改善。</p>"
    "<p>近年来，各地坚持从农牧民实际需求出发，因地制宜，分类施策，全面推进城乡厕所新建改建工作，"
    "整体推进农村生活污水治理和垃圾处理。</p>"
    "<p>此外，针对垃圾处理和污水排放不符合标准等问题，各地持续开展整治行动，建立了长效管护机制，"
    "群众满意度明显提升。</p>"
)
BODY_EN = (
    "<p>Last autumn our twelve-person design studio tried a simple experiment: for three months, nobody "
    "worked on Fridays, and nobody's pay changed.</p>"
    "<p>We kept the same client deadlines and the same hours from Monday to Thursday. Before starting, we "
    "agreed on what we would measure.</p>"
    "<p>The results surprised us, and the rest of this post explains what we changed and why it stuck.</p>"
)


def page(body: str, head: str = "", title: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def removed_rules(article: cleanarticle.Article) -> dict[str, str]:
    return {r.text: r.rule for r in article.removed if r.reason is Reason.METADATA}


# ---------------------------------------------------------------------------------------------
# Title


def test_metadata_json_ld_in_cdata() -> None:
    """JSON-LD wrapped in CDATA markers is still read (headline, datePublished, author)."""
    ld = (
        '<script type="application/ld+json"><![CDATA[{"@type":"ReportageNewsArticle","headline":"Real '
        'headline","datePublished":"2015-10-15T02:19:15Z","author":{"@type":"Person","name":"Bruno '
        '(Henrique) Rodrigues"}}]]></script>'
    )
    article = cleanarticle.clean(page("<h1>Real headline</h1>" + BODY_EN, ld, "Real headline - Site"))
    assert "Real headline" == article.title
    assert datetime(2015, 10, 15, 2, 19, 15, tzinfo=timezone.utc) == article.published
    assert ("Bruno (Henrique) Rodrigues",) == article.authors


def test_metadata_json_ld_name_or_headline_closest_to_title() -> None:
    """When JSON-LD name and headline differ, the one closer to <title> is the title."""
    ld = '<script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}</script>'  # noqa: E501
    article = cleanarticle.clean(
        page("<h1>Hermitian matrix</h1>" + BODY_EN, ld, "Hermitian matrix - Wikipedia")
    )
    assert "Hermitian matrix" == article.title


@pytest.mark.parametrize(
    ("metas", "expected"),
    [
        # Another title confirms the form without the site name.
        (
            '<meta property="og:title" content="West Ham hrozí gigantům | Aktuálně.cz">'
            '<meta name="twitter:title" content="West Ham hrozí gigantům">'
            '<meta property="og:site_name" content="Aktuálně.cz">',
            "West Ham hrozí gigantům",
        ),
        # Nothing confirms it: the publisher's own title stays as written.
        (
            '<meta property="og:title" content="How to Build a Terrarium | eHow">'
            '<meta property="og:site_name" content="eHow">',
            "How to Build a Terrarium | eHow",
        ),
    ],
)
def test_metadata_og_title_site_suffix(metas: str, expected: str) -> None:
    """A site-name suffix on og:title is dropped only when another title meta confirms it."""
    assert expected == cleanarticle.clean(page(BODY_EN, metas, "x")).title


def test_metadata_lone_h1_not_matching_title_leaves_title() -> None:
    """A lone <h1> unlike <title> ("About This Site") does not replace the page's title."""
    article = cleanarticle.clean(
        page("<h1>About This Site</h1>" + BODY_EN, title="Daring Fireball: Colophon")
    )
    assert "Daring Fireball: Colophon" == article.title


def test_metadata_headline_equal_to_title_first_part() -> None:
    """A heading equal to the first part of <title> is the headline; permalink marks are dropped."""
    html = page("<h2>Tools¶</h2><h1>Mozilla¶</h1>" + BODY_EN, title="Mozilla - Wikipedia")
    article = cleanarticle.clean(html)
    assert "Mozilla" == article.title
    assert "headline" == removed_rules(article)["Mozilla¶"]


def test_metadata_meta_line_above_is_not_headline() -> None:
    """A second meta line above the meta line ("编辑： 金金") is not taken as the headline."""
    html = page("<p>编辑： 金金</p><p>来源： 21世纪经济报道</p>" + BODY_ZH)
    assert None is cleanarticle.clean(html).title


# ---------------------------------------------------------------------------------------------
# Published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2005-06-14 03:25:55", datetime(2005, 6, 14, 3, 25, 55)),
        ("http://www.qianlong.com/ 2005-07-18 13:03:17", datetime(2005, 7, 18, 13, 3, 17)),
        ("2005-09-11 18:04:42 楼主", datetime(2005, 9, 11, 18, 4, 42)),
        ("ggjjzhzz 发表于 2005-9-15 11:46:00", datetime(2005, 9, 15, 11, 46)),
    ],
)
def test_metadata_date_line_under_headline(line: str, expected: datetime) -> None:
    """A date-only or posting line between the headline and the text gives the date and is removed."""
    html = page(
        f"<h1>厕所革命改善人居环境</h1><div>{line}</div>" + BODY_ZH, title="厕所革命改善人居环境_新闻"
    )
    article = cleanarticle.clean(html)
    assert expected == article.published
    assert line in removed_rules(article)


def test_metadata_date_line_above_headline() -> None:
    """A page date just above the headline (newspaper editions) is the date."""
    html = page(
        "<div>2022年02月13日</div><h1>厕所革命改善人居环境</h1>" + BODY_ZH, title="厕所革命改善人居环境"
    )
    assert datetime(2022, 2, 13) == cleanarticle.clean(html).published


def test_metadata_nearest_date_line_wins() -> None:
    """Without a headline, the date line nearest the text wins over an earlier sidebar date."""
    html = page("<div>建立于:2004年10月6日</div><div>ggjjzhzz 发表于 2005-9-15 11:46:00</div>" + BODY_ZH)
    article = cleanarticle.clean(html)
    assert datetime(2005, 9, 15, 11, 46) == article.published
    assert ("ggjjzhzz",) == article.authors


def test_metadata_itemprop_date_published_before_modified() -> None:
    """itemprop=datePublished beats article:modified_time."""
    head = '<meta property="article:modified_time" content="2025-01-07T09:08:22+00:00">'
    body = '<h1>Title</h1><span itemprop="datePublished" content="2020-07-10">July 10</span>' + BODY_EN
    assert datetime(2020, 7, 10) == cleanarticle.clean(page(body, head, "Title")).published


def test_metadata_json_ld_date_published_before_date_created() -> None:
    """JSON-LD dateCreated (UTC) comes after the publication <meta> with its own offset."""
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"dateCreated":"2017-02-24T01:18:13Z"}</script>'
        '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">'
    )
    expected = datetime(2017, 2, 23, 17, 18, 13, tzinfo=timezone(timedelta(hours=-8)))
    assert expected == cleanarticle.clean(page(BODY_EN, head, "x")).published


def test_metadata_forum_footer_meta_line() -> None:
    """A forum post's closing meta line (发布时间 … by user) gives the date."""
    body = (
        "<div>《清洁》：东方式内敛</div>"
        + BODY_ZH
        + "<p>〓 网易娱乐 留言板 发布时间 2005/05/17 22:11:42 by duscha 〓</p>"
    )
    article = cleanarticle.clean(page(body, title="网易娱乐"))
    assert datetime(2005, 5, 17, 22, 11, 42) == article.published
    assert ("duscha",) == article.authors


# A Chinese story long enough that its end lies past the top of the page, where meta lines are looked for.
_LONG_ZH = "".join(BODY_ZH.replace("全区", f"第{i}区") for i in range(8))
# The page's own meta line under the headline, with its author (the first meta line of a page is taken
# as the page's, and a tail line naming the only author as its credit).
_META_ZH = "<p>2006年03月01日 来源：新华网 作者：王五</p>"


@pytest.mark.parametrize(
    "line",
    [
        "〓 某某论坛 影评版 发布时间 2006/03/02 09:15:20 by 青衫客 〓",
        "- 作者： 青衫客 访问统计： 2006年03月02日, 星期四 09:15 加入收藏",
        "作者：青衫客 發佈時間：2006-03-02 09:15",
    ],
)
def test_metadata_posting_line_after_text_removed(line: str) -> None:
    """A forum or blog posting line (labelled poster and date) after the text leaves the body."""
    html = page(
        f"<h1>《清洁》：东方式内敛</h1>{_META_ZH}" + _LONG_ZH + f"<p>{line}</p>", title="《清洁》：东方式内敛"
    )
    article = cleanarticle.clean(html)
    assert "posting_line" == removed_rules(article).get(line)
    assert line not in article.text


def test_metadata_posting_label_in_body_stays() -> None:
    """A labelled line followed by more of the story is not a closing posting line."""
    line = "作者：青衫客 2006年03月02日"
    html = page(
        f"<h1>标题</h1>{_META_ZH}" + _LONG_ZH + f"<p>{line}</p>" + BODY_ZH.replace("记者", "本报"),
        title="标题",
    )
    assert line in cleanarticle.clean(html).text


_PROVENANCE_TAIL = (
    "<p>【作者单位：北京大学社会学系、南开大学经济学院】</p>"
    "<p>(摘自《社会学研究》1999年第4期，原文约12，000字)《高校文摘》1999年第11期</p>"
    "<p>“思想评论”网站(http://www.example.org)搜集整理于2003-04-12</p>"
)


def test_metadata_provenance_notes_after_text() -> None:
    """Provenance notes and the authors' institutions closing a reprint leave the body."""
    article = cleanarticle.clean(page("<h1>标题</h1>" + _LONG_ZH + _PROVENANCE_TAIL, title="标题"))
    rules = removed_rules(article)
    assert ["provenance"] * 3 == [
        rules.get(t)
        for t in (
            "【作者单位：北京大学社会学系、南开大学经济学院】",
            "(摘自《社会学研究》1999年第4期，原文约12，000字)《高校文摘》1999年第11期",
            "“思想评论”网站(http://www.example.org)搜集整理于2003-04-12",
        )
    ]
    assert "农村人居环境得到明显改善" in article.text


def test_metadata_provenance_line_inside_text_stays() -> None:
    """A provenance-like line with the story going on after it is body text."""
    line = "原载《读书》2001年第3期"
    html = page("<h1>标题</h1>" + _LONG_ZH + f"<p>{line}</p>" + BODY_ZH.replace("记者", "本报"), title="标题")
    assert line in cleanarticle.clean(html).text


def test_metadata_affiliation_under_byline() -> None:
    """The authors' institutions right under the byline go with it."""
    line = "【作者单位：北京大学社会学系】"
    html = page(f"<h1>标题</h1><p>本报记者 王五</p><p>{line}</p>" + BODY_ZH, title="标题")
    article = cleanarticle.clean(html)
    assert "provenance" == removed_rules(article).get(line)
    assert ("王五",) == article.authors


# ---------------------------------------------------------------------------------------------
# Authors


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ('<meta name="author" content="www.yunnan.cn,云南日报报业集团,云南网">', ()),
        ('<meta name="author" content="大汉网络">', ()),
        ('<meta name="author" content="L_104485">', ()),
        ('<meta name="twitter:creator" content="folha">', ()),
        ('<meta name="author" content="Jeffrey Gettleman">', ("Jeffrey Gettleman",)),
        ('<meta name="article:author_name" content="Hazel Sheffield">', ("Hazel Sheffield",)),
        (
            '<meta name="DC.Creator" content="Kooman, F.">'
            '<meta name="DC.Creator" content="Jong, Michiel de">',
            ("Kooman, F.", "Jong, Michiel de"),
        ),
        ('<meta name="dc.creator" content="Mac & i">', ("Mac & i",)),
    ],
)
def test_metadata_author_meta_persons_only(meta: str, expected: tuple[str, ...]) -> None:
    """Author <meta> gives persons; sites, organisations, ids and handles are not authors."""
    assert expected == cleanarticle.clean(page(BODY_EN, meta, "x")).authors


def test_metadata_json_ld_author_by_id_in_graph() -> None:
    """A JSON-LD author given as {"@id": …} is resolved through the @graph's Person."""
    ld = (
        '<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"T",'
        '"author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Jane Doe"}]}</script>'
    )
    assert ("Jane Doe",) == cleanarticle.clean(page(BODY_EN, ld, "T")).authors


@pytest.mark.parametrize(
    ("element", "expected"),
    [
        ('<p class="byline author">Dan Goodin - Apr 16, 2015 8:02 pm UTC</p>', ("Dan Goodin",)),
        ('<div class="authorInfo">por César Salza 1 de diciembre de 2017</div>', ("César Salza",)),
        ('<a rel="author" href="/u/1">Mike Conley</a>', ("Mike Conley",)),
        ('<div class="byline">James Akinaka • 8h</div>', ("James Akinaka",)),
        ('<div class="byline">Sunday, Feb 1, 2015</div>', ()),
        ('<div class="comment-author">Alan Goodale</div>', ()),
        ('<div class="author-bio">Dan Goodin Dan is the Security Editor at Ars.</div>', ()),
    ],
)
def test_metadata_byline_elements(element: str, expected: tuple[str, ...]) -> None:
    """Elements marked as bylines (class/id/rel) give names; dates, comment authors and bios do not."""
    html = page("<article><h1>Title</h1>" + element + BODY_EN + "</article>", title="Title")
    assert expected == cleanarticle.clean(html).authors


def test_metadata_byline_in_article_aside() -> None:
    """A byline in an <aside> inside the <article> counts; one in a page sidebar does not."""
    inside = (
        '<article><aside><span class="article-author">Nicolas Perriault —</span></aside>'
        + BODY_EN
        + "</article>"
    )
    outside = '<aside><span class="author">Nicolas Perriault</span></aside><article>' + BODY_EN + "</article>"
    assert ("Nicolas Perriault",) == cleanarticle.clean(page(inside, title="x")).authors
    assert () == cleanarticle.clean(page(outside, title="x")).authors


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("<p>记者 刘涛</p>", ("刘涛",)),
        ("<p>□ 本报记者 葛灵丹</p>", ("葛灵丹",)),
        ("<p>新京报记者 彭冲 山东冠县报道</p>", ("彭冲",)),
        ("<p>（袁源）</p>", ("袁源",)),
        ("<p>整合 新华日报·交汇点记者 徐睿翔</p>", ("徐睿翔",)),
    ],
)
def test_metadata_closing_credit_line(tail: str, expected: tuple[str, ...]) -> None:
    """A credit line right after the article's last paragraph names its authors and is removed."""
    html = page(
        "<h1>厕所革命改善人居环境</h1>" + BODY_ZH + tail + "<div>相关新闻</div>", title="厕所革命改善人居环境"
    )
    article = cleanarticle.clean(html)
    assert expected == article.authors
    assert tail[3:-4] in removed_rules(article)


@pytest.mark.parametrize(
    ("ending", "expected"),
    [
        ("（记者 胡晓蓉）", ("胡晓蓉",)),
        ("（姚峰 上海报道）", ("姚峰",)),
        ("（完）", ()),
        ("（新华社）", ()),
    ],
)
def test_metadata_credit_ending_last_paragraph(ending: str, expected: tuple[str, ...]) -> None:
    """A credit in brackets closing the last paragraph names its authors; the paragraph stays."""
    body = BODY_ZH[: -len("</p>")] + ending + "</p>"
    article = cleanarticle.clean(page("<h1>厕所革命改善人居环境</h1>" + body, title="厕所革命改善人居环境"))
    assert expected == article.authors
    assert any(ending in b.text for b in article.blocks)


def test_metadata_bare_name_under_headline() -> None:
    """A line holding only a name with a common surname, under the headline, is the author."""
    html = page("<h1>犬儒病</h1><p>胡平</p>" + BODY_ZH, title="犬儒病")
    article = cleanarticle.clean(html)
    assert ("胡平",) == article.authors
    assert "byline" == removed_rules(article)["胡平"]


def test_metadata_bare_name_from_title_prefix() -> None:
    """A name-only line without a common surname counts when the title names it ("茉莉：…")."""
    html = page(
        "<h1>茉莉：我是怎样卷入八九民运的</h1><p>茉莉</p>" + BODY_ZH, title="茉莉：我是怎样卷入八九民运的"
    )
    assert ("茉莉",) == cleanarticle.clean(html).authors


def test_metadata_bare_word_is_not_a_name() -> None:
    """A short word without a common surname under the headline is not taken as an author."""
    html = page("<h1>犬儒病</h1><p>正文</p>" + BODY_ZH, title="犬儒病")
    assert () == cleanarticle.clean(html).authors


def test_metadata_glued_byline_above_text() -> None:
    """ "…记者马俊峰/文" just above the text is a byline."""
    html = page(
        "<h1>拿起指挥棒</h1><p>顶端新闻·河南商报记者马俊峰/文受访者供图</p>" + BODY_ZH, title="拿起指挥棒"
    )
    assert ("马俊峰",) == cleanarticle.clean(html).authors


def test_metadata_bracketed_name_in_meta_line() -> None:
    """An unlabelled name in brackets beside the date in a meta line is the author."""
    html = page(
        "<h1>劳伦斯其人</h1><p>BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]</p>"
        + BODY_ZH
    )
    article = cleanarticle.clean(html)
    assert ("黄宇",) == article.authors
    assert "国际金融报" == article.source
    assert datetime(2004, 7, 16, 8, 19) == article.published


def test_metadata_posted_by_line() -> None:
    """A blog's "由X张贴 @ date" line after the post gives the author and the date."""
    body = (
        "<div>湘菜粤菜 兵分两路</div>"
        + BODY_ZH
        + "<p>[打印]</p><p>由海姑娘张贴 @ 2005-06-14 03:25:55 (370)</p>"
    )
    article = cleanarticle.clean(page(body, title="海姑娘 | blog"))
    assert ("海姑娘",) == article.authors
    assert datetime(2005, 6, 14, 3, 25, 55) == article.published


def test_metadata_editor_is_not_author() -> None:
    """An editor line names an editor, never an author, even with nothing else on the page."""
    html = page(
        "<h1>厕所革命改善人居环境</h1>" + BODY_ZH + "<p>（ 责任编辑：魏喆 ）</p>",
        title="厕所革命改善人居环境",
    )
    article = cleanarticle.clean(html)
    assert () == article.authors
    assert ("魏喆", "责任编辑") == (article.editors[0].name, article.editors[0].role)


def test_metadata_stage_reused_across_pages() -> None:
    """One pipeline cleaning pages in turn gives each page what that page gives alone."""
    first = page(
        "<h1>厕所革命改善人居环境</h1><p>来源：新华网 作者：张三</p>" + BODY_ZH + "<p>责任编辑：王五</p>",
        title="厕所革命改善人居环境",
    )
    second = page(
        "<h1>Why we stopped working on Fridays</h1><p>By Jane Doe</p>"
        + BODY_EN
        + "<p>Editor: John Smith</p>",
        title="Why we stopped working on Fridays",
    )
    pipeline = cleanarticle.default_pipeline()
    in_turn = [cleanarticle.clean(html, pipeline=pipeline) for html in (first, second, first)]
    alone = [cleanarticle.clean(html) for html in (first, second, first)]
    assert [a.to_dict() for a in alone] == [a.to_dict() for a in in_turn]
    assert (("张三",), ("Jane Doe",)) == (in_turn[0].authors, in_turn[1].authors)
    assert ("王五", "John Smith") == (in_turn[0].editors[0].name, in_turn[1].editors[0].name)


# ---------------------------------------------------------------------------------------------
# Shortcuts of the stage: they must give what the rules they stand for give


@pytest.mark.parametrize(
    "value",
    ["post-AUTHOR vcard", "ByLine", "p-Author", "writtenBy", "ZuoZhe", "article-body", "nav", "",
     "autör", "AUTEUR-é", "dateline ſ", "bylıne", "Kautor"],
)  # fmt: skip
def test_metadata_byline_cue_is_the_cue_pattern(value: str) -> None:
    """The fast class/id cue test agrees with BYLINE_CUE, ASCII or not."""
    assert (BYLINE_CUE.search(value) is not None) == _byline_cue(value)


_HEADLINE_TEXT = st.text(alphabet="abcXYZ 12-,.:·、。新闻标题記者ßﬁ\u3000\uff21", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_HEADLINE_TEXT, _HEADLINE_TEXT.filter(lambda t: bool(fold(t))), st.sampled_from((0, 10)))
def test_metadata_cannot_match_is_sound(text: str, title: str, bonus: int) -> None:
    """A block the headline search skips unfolded scores below HEADLINE_MATCH."""
    key = fold(title)
    if _cannot_match(text, len(key), bonus):
        assert fuzz.ratio(fold(text), key) + bonus < HEADLINE_MATCH


@pytest.mark.parametrize(
    ("body", "published", "authors"),
    [
        (
            '<span class="author">Jane Doe</span>'
            '<span itemprop="datePublished" content="2020-01-02">x</span>',
            datetime(2020, 1, 2),
            ("Jane Doe",),
        ),
        (
            '<span itemprop="datePublished" content="2020-01-02">x</span>'
            '<span class="author">Jane Doe</span>',
            datetime(2020, 1, 2),
            ("Jane Doe",),
        ),
        (
            '<time pubdate datetime="2020-01-02" class="byline">x</time><a rel="author">Jane Doe</a>',
            datetime(2020, 1, 2),
            ("Jane Doe",),
        ),
        (
            '<span itemprop="datePublished">soon</span>' + '<i class="author">x</i>' * 40
            + '<span itemprop="datePublished" content="2020-01-02">x</span><b class="author">Jane Doe</b>',
            datetime(2020, 1, 2),
            (),  # the byline element comes after the first 30 looked at
        ),
    ],
)  # fmt: skip
def test_metadata_date_and_byline_elements(body: str, published: datetime, authors: tuple[str, ...]) -> None:
    """Date elements and byline elements are found wherever they sit relative to each other."""
    article = cleanarticle.clean(
        page("<article><h1>Title</h1>" + body + BODY_EN + "</article>", title="Title")
    )
    assert (published, authors) == (article.published, article.authors)


@pytest.mark.parametrize(
    ("source_line", "authors"),
    [("<p>来源: 尹娟</p>", ("尹娟",)), ("<p>来源：新华网</p>", ()), ("<p>来源：人民日报社</p>", ())],
)
def test_metadata_source_line_naming_a_person_credits_the_author(
    source_line: str, authors: tuple[str, ...]
) -> None:
    """A source line at the article's end that names a person ("来源: 尹娟", a column or a repost)
    credits that person as author; a site or organisation named there is no author."""
    html = page(f"<h1>农村改厕取得新进展</h1>{BODY_ZH}{source_line}", title="农村改厕取得新进展")
    article = cleanarticle.clean(html)
    assert authors == article.authors
    if authors:
        assert "尹娟" not in article.text


@pytest.mark.parametrize(
    ("teaser_date", "expected"),
    [
        ("2005-07-13 09:00:04", datetime(2005, 7, 18)),  # another day: a related story's, the URL wins
        ("2005-07-18 13:03:17", datetime(2005, 7, 18, 13, 3, 17)),  # the same day: the text adds the time
    ],
)
def test_metadata_url_day_beats_a_loose_date_of_another_day(teaser_date: str, expected: datetime) -> None:
    """A date the text shows only loosely (a line near the top) that falls on another day than the
    URL's /2005/07/18/ is a related story's; on the same day it gives the time."""
    html = page(
        f"<h1>广汽回应合资传闻</h1><p>相关：现代集团叫停上市活动 {teaser_date}</p>{BODY_ZH}",
        title="广汽回应合资传闻",
    )
    article = cleanarticle.clean(html, url="http://auto.example.com/36/2005/07/18/1680@2723871.htm")
    assert expected == article.published


# ---------------------------------------------------------------------------------------------
# Other languages

BODY_ES = (
    "<p>El gobierno anunció ayer un nuevo plan para mejorar el transporte público en la ciudad, con más "
    "autobuses y nuevas líneas de metro.</p>"
    "<p>Por otro lado, los vecinos pidieron más carriles para bicicletas y mejores aceras en los barrios "
    "del sur, donde el tráfico es más intenso.</p>"
    "<p>El plan se presentará en el pleno municipal del próximo mes, según fuentes del ayuntamiento.</p>"
)
BODY_KO = (
    "<p>(서울=연합뉴스) 홍길동 기자 = 정부는 20일 대중교통을 개선하기 위한 새로운 계획을 발표했다. "
    "버스 노선이 늘어나고 지하철 노선도 새로 생긴다.</p>"
    "<p>시민들은 자전거 도로와 더 나은 보도를 요구했으며, 교통이 혼잡한 남부 지역의 개선을 기대했다.</p>"
)


@pytest.mark.parametrize(
    ("meta", "expected_authors", "expected_date"),
    [
        (
            "<p>Por Juan Pérez</p><p>Publicado el 20 de marzo de 2019</p>",
            ("Juan Pérez",),
            datetime(2019, 3, 20),
        ),
        ("<p>Texto: Ana Lima</p><p>20 mar 2019</p>", ("Ana Lima",), datetime(2019, 3, 20)),
        ("<p>20 de marzo de 2019 | Por Juan Pérez</p>", ("Juan Pérez",), datetime(2019, 3, 20)),
        ("<p>Pubblicato il 20 maggio 2019 | di Marco Rossi</p>", ("Marco Rossi",), datetime(2019, 5, 20)),
        ("<p>Oleh Budi Santoso</p><p>Rabu, 20 Maret 2019</p>", ("Budi Santoso",), datetime(2019, 3, 20)),
        ("<p>Автор: Иван Петров</p><p>20 марта 2019</p>", ("Иван Петров",), datetime(2019, 3, 20)),
    ],
)
def test_metadata_other_language_byline_and_date(
    meta: str, expected_authors: tuple[str, ...], expected_date: datetime
) -> None:
    """A byline and a date under the headline in es/pt/it/id/ru fill authors and published, and the
    body's "Por otro lado…" stays in the text."""
    html = page("<h1>Nuevo plan de transporte</h1>" + meta + BODY_ES, title="Nuevo plan de transporte")
    article = cleanarticle.clean(html)
    assert expected_authors == article.authors
    assert expected_date == article.published
    assert "Por otro lado" in article.text


def test_metadata_korean_meta_line_and_dateline() -> None:
    """A Korean meta line gives the date, and the "… 기자 =" dateline the reporter; the paragraph stays."""
    html = page(
        "<h1>정부, 대중교통 개선 계획 발표</h1><p>기사입력 :[ 2018-08-25 15:24 ]</p>" + BODY_KO,
        title="정부, 대중교통 개선 계획 발표",
    )
    article = cleanarticle.clean(html)
    assert datetime(2018, 8, 25, 15, 24) == article.published
    assert ("홍길동",) == article.authors
    assert "정부는 20일" in article.text


# ---------------------------------------------------------------------------------------------
# Kinds of Chinese byline found on the wced pages


@pytest.mark.parametrize(
    ("element", "expected"),
    [
        # A forum's author cell: the user name, then the poster's rank and score on their own lines.
        (
            '<div class="div_author">作者： <a href="/u?id=1">放飞&amp;心情</a><br>振威将军(从一品)<br>'
            "能力值:545803</div>",
            ("放飞&心情",),
        ),
        (
            '<div class="byline">By <a href="/p/1">Carrie Arnold</a><br>November 3, 2015</div>',
            ("Carrie Arnold",),
        ),
        # Unlabelled lines are not read alone: the section name is no author.
        ('<div class="author">Tech Industry<br>by Steven Musil</div>', ("Steven Musil",)),
    ],
)
def test_metadata_byline_element_lines(element: str, expected: tuple[str, ...]) -> None:
    """A byline element's labelled line gives its names without the lines run into it."""
    html = page("<article><h1>Title</h1>" + element + BODY_EN + "</article>", title="Title")
    assert expected == cleanarticle.clean(html).authors


@pytest.mark.parametrize(
    "meta",
    ['<meta name="citation_authors" content="赵  培">', '<meta name="dc.creator" content="赵　培">'],
)
def test_metadata_spaced_name_in_author_meta(meta: str) -> None:
    """A two-character name padded to three ("赵  培") in a journal's author meta is one name."""
    assert ("赵培",) == cleanarticle.clean(page(BODY_ZH, meta, "淘宝网物流配送研究")).authors


def test_metadata_byline_lines_under_headline_share_the_credit() -> None:
    """Byline lines one under the other, and a meta line beside them, all name authors."""
    html = page(
        "<h1>谁来为无序拆房埋单</h1><p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平 方云凤</p>"
        "<p>2003-7-24 钱江晚报</p>" + BODY_ZH,
        title="谁来为无序拆房埋单",
    )
    article = cleanarticle.clean(html)
    assert ("刘国栋", "周炜", "王燕平", "方云凤") == article.authors
    assert "谁来为无序拆房埋单" == article.title
    assert {"meta_line", "byline"} <= set(removed_rules(article).values())


def test_metadata_byline_lines_apart_do_not_merge() -> None:
    """A second byline further down the head names nobody more."""
    html = page(
        "<h1>厕所革命改善人居环境</h1><p>2019-02-20 来源：人民网</p><p>记者 张三</p><p>图片新闻</p>"
        "<p>记者 李四</p>" + BODY_ZH,
        title="厕所革命改善人居环境",
    )
    assert ("张三",) == cleanarticle.clean(html).authors


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("<p>（信报记者 蔡雪婧）</p>", ("蔡雪婧",)),
        ("<p>本报通讯员 张晓明</p>", ("张晓明",)),
    ],
)
def test_metadata_closing_credit_with_medium(tail: str, expected: tuple[str, ...]) -> None:
    """A closing credit naming the reporter's paper ("信报记者") or a correspondent names them."""
    html = page(
        "<h1>厕所革命改善人居环境</h1>" + BODY_ZH + tail + "<div>相关新闻</div>", title="厕所革命改善人居环境"
    )
    assert expected == cleanarticle.clean(html).authors


# A closing credit, then the page footer: an editor line, a source, a share bar and two copyright
# notices (which read as paragraphs to the metadata stage).
_FOOTER_ZH = (
    "<p>执笔人：闵乐夫 赵兰波</p><p>编辑： 吕峥</p><p>来源： 千龙网</p><p>我要说说 打印 推荐</p>"
    "<p>© 版权所有2000-2006，北京千龙新闻网络传播有限责任公司</p>"
    "<p>未经千龙新闻网书面特别授权，请勿转载或建立镜像，违者依法必究</p>"
)


def test_metadata_credit_before_copyright_footer() -> None:
    """Copyright notices after the text do not push the closing credit out of the tail window."""
    html = page("<h1>厕所革命</h1>" + BODY_ZH * 15 + _FOOTER_ZH, title="厕所革命")
    article = cleanarticle.clean(html)
    assert ("闵乐夫", "赵兰波") == article.authors
    assert "credit" == removed_rules(article)["执笔人：闵乐夫 赵兰波"]
    assert "吕峥" in [e.name for e in article.editors]


# Hard-wrapped text under a headline the stage cannot find (<title> "显示" names nothing): the first
# paragraph, then short lines, then the long run.
_WRAPPED_ZH = (
    "<p>人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃烧的产物，但它</p>"
    "<p>反过来又抑制了燃烧。</p><p>拨开灰烬，你会看到重新燃烧的人心。</p><p>——作者手记</p>"
    "<p>当今最流行的是什么主义?</p><p>1.来龙去脉</p>"
)


@pytest.mark.parametrize(
    ("line", "expected"), [("胡平", ("胡平",)), ("首页", ()), ("<a href='/'>胡平</a>", ())]
)
def test_metadata_bare_name_above_first_paragraph_without_headline(
    line: str, expected: tuple[str, ...]
) -> None:
    """Without a headline, a bare name line above the page's first paragraph is the author."""
    html = page(
        "<p align='center'><b>犬儒病(上)</b></p><p>" + line + "</p>" + _WRAPPED_ZH + BODY_ZH * 2, title="显示"
    )
    assert expected == cleanarticle.clean(html).authors


# ---------------------------------------------------------------------------------------------
# Credits, bios and reading times around the text

_AUTHOR_META = '<meta name="author" content="Jane Doe">'
# A story long enough that its end lies past the top of the page, where meta lines are looked for.
_LONG_EN = BODY_EN * 15
# What follows an article on a news page: an ad label, a heading and a teaser list.
_AFTER_TEXT = "<p>Advertisement</p><h3>Most Read</h3><ul><li><a href='/a'>Another story</a></li></ul>"


@pytest.mark.parametrize(
    "credit",
    [
        "Keith Bradsher contributed reporting from Hong Kong.",
        "(Reporting by Greg Roumeliotis; Editing by Martin Howell)",
        "Fox News’ Jessica Napoli contributed to this report.",
        "A version of this article appears in print on January 13, 2017, on Page A7 of the New York edition.",
        "Mit Material von dpa",
    ],
)
def test_metadata_contributor_credit_after_text(credit: str) -> None:
    """A whole-line credit closing the text is removed as metadata; contributors are not authors."""
    html = page(
        "<h1>Four-day weeks</h1>" + _LONG_EN + f"<p>{credit}</p>" + _AFTER_TEXT,
        _AUTHOR_META,
        "Four-day weeks",
    )
    article = cleanarticle.clean(html)
    assert "contributors" == removed_rules(article).get(credit)
    assert ("Jane Doe",) == article.authors


def test_metadata_contributor_credit_inside_text_stays() -> None:
    """A credit-shaped line followed by more of the story is not at the end, and a sentence about
    reporting is body text wherever it stands."""
    sentence = "He contributed reporting to the 2004 investigation that won a Pulitzer Prize."
    credit = "Keith Bradsher contributed reporting from Hong Kong."
    html = page(
        "<h1>Four-day weeks</h1>"
        + _LONG_EN
        + f"<p>{credit}</p>"
        + BODY_EN
        + f"<p>{sentence}</p>"
        + _AFTER_TEXT,
        title="Four-day weeks",
    )
    text = cleanarticle.clean(html).text
    assert credit in text
    assert sentence in text


@pytest.mark.parametrize(
    ("tail", "line"),
    [
        # A bio set apart from the text by the author box.
        ("<h3>Jane Doe</h3><p><a href='/t'>@janedoe</a></p><p>{}</p>", "Jane Doe is a reporter on work."),
        ("<h4>About the author</h4><p>{}</p>", "Jane has covered work since 2012, for two papers."),
        # Contact lines, right under the last paragraph.
        ("<p>{}</p>", "Email Jane Doe at jane@example.org or follow her @janedoe."),
        ("<p>{}</p>", "jane.doe@example.org"),
    ],
)  # fmt: skip
def test_metadata_author_bio_after_text(tail: str, line: str) -> None:
    """The author's bio or contact line after the text is removed as metadata."""
    html = page(
        "<h1>Four-day weeks</h1>" + _LONG_EN + tail.format(line) + _AFTER_TEXT, _AUTHOR_META, "Four-day weeks"
    )
    assert "author_bio" == removed_rules(cleanarticle.clean(html)).get(line)


@pytest.mark.parametrize(
    "line",
    [
        # Right under the last paragraph a bio sentence may be the story's own ending.
        "Jane Doe is a senior reporter covering work.",
        # Another person's bio.
        "John Roe is the studio's founder and has run it since 2009.",
    ],
)
def test_metadata_author_bio_kept(line: str) -> None:
    """A bio sentence right under the text, or another person's, stays in the text."""
    html = page(
        "<h1>Four-day weeks</h1>" + _LONG_EN + f"<p>{line}</p>" + _AFTER_TEXT, _AUTHOR_META, "Four-day weeks"
    )
    assert line in cleanarticle.clean(html).text


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Oct 18, 2019 · 8 min read", datetime(2019, 10, 18)),
        ("Lesezeit: 3 Minuten", None),
        ("阅读时间 3 分钟", None),
    ],
)
def test_metadata_reading_time_under_headline(line: str, published: datetime | None) -> None:
    """A reading-time line under the headline is removed; a date beside it is the publication date."""
    html = page(f"<h1>Four-day weeks</h1><p>{line}</p>" + BODY_EN, title="Four-day weeks")
    article = cleanarticle.clean(html)
    assert "reading_time" == removed_rules(article).get(line)
    assert published == article.published


def test_metadata_date_line_read_as_first_paragraph() -> None:
    """A date line with a weekday and commas (which reads as prose) opening the text is removed."""
    line = "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)"
    html = page(f"<h1>Four-day weeks</h1><p>{line}</p>" + BODY_EN, title="Four-day weeks")
    article = cleanarticle.clean(html)
    assert "date_line" == removed_rules(article).get(line)
    assert datetime(2019, 11, 18, 16, 5) == article.published


def test_metadata_date_line_alone_over_a_list_stays() -> None:
    """A date line that is the only paragraph (the text is a list) is left to the later stages."""
    line = "segunda-feira, 22 de janeiro de 2018 às 0:13"
    items = "".join(f"<p>{n}a etapa: {n} de março – Interlagos</p>" for n in range(1, 9))
    html = page(f"<h1>Calendário 2018</h1><p>{line}</p>" + items, title="Calendário 2018")
    assert line not in removed_rules(cleanarticle.clean(html))


def test_metadata_date_line_far_under_headline() -> None:
    """A date line between the headline and the first paragraph, past the head window, is removed."""
    form = "".join(f"<div>Field {n}</div>" for n in range(12))
    html = page(
        "<h1>Four-day weeks</h1>" + form + "<p>November 18, 2019 | 4:10pm</p>" + form + BODY_EN,
        title="Four-day weeks",
    )
    assert "date_line" == removed_rules(cleanarticle.clean(html)).get("November 18, 2019 | 4:10pm")


@pytest.mark.parametrize(("name", "removed"), [("Jane Doe", True), ("John Roe", False)])
def test_metadata_dated_name_line_of_the_author(name: str, removed: bool) -> None:
    """A date-and-name line under the first paragraph goes when the name is the article's author."""
    line = f"November 20, 2019 {name}"
    html = page("<h1>Four-day weeks</h1>" + BODY_EN[: BODY_EN.index("</p>") + 4] + f"<div>{line}</div>"
                + BODY_EN, _AUTHOR_META, "Four-day weeks")  # fmt: skip
    assert removed == (removed_rules(cleanarticle.clean(html)).get(line) == "dated_name")


def test_metadata_long_meta_line_with_co_authors() -> None:
    """A meta line made too long by co-authors in brackets is still read and removed."""
    line = (
        "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger "
        "(avec Damien Leloup et Morgane Tual)"
    )
    html = page(f"<h1>Le projet de loi</h1><p>{line}</p>" + BODY_EN, title="Le projet de loi")
    article = cleanarticle.clean(html)
    assert "meta_line" == removed_rules(article).get(line)
    assert ("Martin Untersinger",) == article.authors


@pytest.mark.parametrize(("poster", "removed"), [("Jane Doe", True), ("John Roe", False)])
def test_metadata_posting_line_after_text(poster: str, removed: bool) -> None:
    """The author's own posting line after the text is removed; a commenter's is not."""
    line = f"Posted by {poster} on March 10, 2015 at 08:05"
    html = page(
        "<h1>Four-day weeks</h1>" + _LONG_EN + f"<p>{line}</p>" + _AFTER_TEXT, _AUTHOR_META, "Four-day weeks"
    )
    assert removed == (removed_rules(cleanarticle.clean(html)).get(line) == "posted_by")
