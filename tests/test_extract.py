"""Main-content selection and HTML segmentation heuristics, each on a small hand-written page."""

from __future__ import annotations

import pytest

import cleanarticle
from cleanarticle import BlockKind, Reason

ZH_P = [
    "今年一季度，全市规模以上工业增加值同比增长百分之八点二，高于全省平均水平。",
    "市发展改革委有关负责人表示，新开工项目数量和投资额均创下近五年来的新高。",
    "据介绍，这些项目主要集中在新能源、新材料和先进制造等领域，带动就业超过两万人。",
]
EN_P = [
    "The council voted on Tuesday to extend the tram line to the new hospital, ending a two-year debate.",
    "Work is expected to begin next spring and to take about eighteen months, officials said.",
    "Residents along the route will be consulted on the location of the three new stops.",
]


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>t</title>{head}</head><body>{body}</body></html>"


def ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def reasons(article: cleanarticle.Article) -> dict[str, str]:
    return {r.text: r.reason.value for r in article.removed}


def test_extract_container_excludes_sidebar_and_menu():
    """Text outside the article's box (a sidebar of story links, a menu) is not in the article."""
    sidebar = "".join(f"<li><a href='/s{i}'>另一条新闻标题第{i}条</a></li>" for i in range(8))
    html = page(f"<div class='menu'><a href='/'>首页</a> <a href='/n'>新闻</a></div>"
                f"<div class='main'>{ps(ZH_P)}</div><div class='side'><ul>{sidebar}</ul></div>")  # fmt: skip
    article = cleanarticle.clean(html)
    assert ZH_P == article.text.split("\n")


def test_extract_teaser_cards_do_not_win():
    """A long list of same-shaped teaser cards (headline link + summary) loses to a shorter article."""
    card = (
        "<div class='card'><h3><a href='/x'>Another story headline here</a></h3>"
        "<p>A summary of another story that is long enough to weigh something, with commas, too.</p></div>"
    )
    html = page(f"<div class='story'>{ps(EN_P)}</div><div class='below'>{card * 6}</div>")
    article = cleanarticle.clean(html)
    assert EN_P == article.text.split("\n")


def test_extract_comment_section_removed():
    """Paragraphs inside a comment section are removed as comments, however long the section."""
    comment = (
        "<li class='comment'><p>I agree with the council, and I think the tram will help a lot.</p></li>"
    )
    html = page(f"<article>{ps(EN_P)}</article><section id='comments'><ol>{comment * 30}</ol></section>")
    article = cleanarticle.clean(html)
    assert EN_P == article.text.split("\n")
    assert "comments" == reasons(article)["I agree with the council, and I think the tram will help a lot."]


def test_extract_data_table_rows_are_blocks():
    """A data table gives one TABLE block per row, cells joined; a layout table's cells stay containers."""
    table = "<table><tr><th>城市</th><th>增速</th></tr><tr><td>泉州</td><td>8.2%</td></tr></table>"
    article = cleanarticle.clean(page(f"<div>{ps(ZH_P)}{table}</div>"))
    rows = [b.text for b in article.blocks if b.kind is BlockKind.TABLE]
    assert ["城市 | 增速", "泉州 | 8.2%"] == rows


def test_extract_layout_table_cells_hold_paragraphs():
    """A table used for layout (cells hold paragraphs) does not become table rows."""
    html = page(f"<table><tr><td>{ps(ZH_P)}</td><td><a href='/'>首页</a></td></tr></table>")
    article = cleanarticle.clean(html)
    assert ZH_P == article.text.split("\n")
    assert BlockKind.TABLE not in {b.kind for b in article.blocks}


@pytest.mark.parametrize("tag", ["strong", "b"])
def test_extract_bold_paragraph_is_heading(tag):
    """A short paragraph whose whole text is bold reads as a section heading."""
    html = page(f"<div>{ps(ZH_P[:1])}<p><{tag}>项目攻坚</{tag}></p>{ps(ZH_P[1:])}</div>")
    article = cleanarticle.clean(html)
    assert [("heading", "项目攻坚")] == [
        (b.kind.value, b.text) for b in article.blocks if b.kind is BlockKind.HEADING
    ]


def test_extract_page_left_inside_head():
    """A page libxml2 leaves inside <head> (an unknown tag there first) still gives its text."""
    html = "<html><head><title>t</title><cms:include name='x'></cms:include>" + ps(ZH_P) + "</head></html>"
    article = cleanarticle.clean(html)
    assert ZH_P == article.text.split("\n")


def test_extract_br_lines_are_blocks():
    """<br>-separated lines in one cell are separate blocks, in order."""
    html = page("<div class='content'>" + "<br>".join(ZH_P) + "</div>")
    assert ZH_P == cleanarticle.clean(html).text.split("\n")


def test_extract_math_is_text():
    """MathML inside a paragraph is part of its text."""
    html = page(
        f"<div>{ps(EN_P)}<p>The area is <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math>"
        ", as usual.</p></div>"
    )
    assert "π" in cleanarticle.clean(html).text


def test_extract_prose_sibling_taken_along():
    """A paragraph left next to the article's inner box is still part of the article."""
    inner = "<div class='toggle'>" + ps(EN_P * 3) + "</div>"
    tail = "The final decision rests with the regional transport authority, which meets in May."
    article = cleanarticle.clean(
        page(f"<div class='wrap'>{inner}<p>{tail}</p></div><div><a href='/'>Home</a></div>")
    )
    assert tail in article.text


def test_extract_same_shaped_boxes_taken_along():
    """An article split over several boxes of one class keeps all of them."""
    first = "<div class='story-body'>" + ps(EN_P * 3) + "</div>"
    second = (
        "<div class='story-body'><p>The mayor said the line would open in stages,"
        " starting at the hospital.</p></div>"
    )
    article = cleanarticle.clean(page(f"<article>{first}{second}</article>"))
    assert article.text.endswith("starting at the hospital.")


def test_extract_short_link_line_inside_article_is_navigation():
    """A short all-link line inside the article box is removed as navigation."""
    html = page(f"<div class='content'>{ps(EN_P)}<p><a href='/map'>Tram map</a></p></div>")
    article = cleanarticle.clean(html)
    assert "navigation" == reasons(article)["Tram map"]


def test_extract_captions_stay_blocks_not_text():
    """A figure caption is a CAPTION block but not part of Article.text."""
    fig = (
        "<figure><img src='/a.jpg' alt='A tram'><figcaption>A tram in the city centre.</figcaption></figure>"
    )
    article = cleanarticle.clean(page(f"<article>{ps(EN_P[:2])}{fig}{ps(EN_P[2:])}</article>"))
    assert "A tram in the city centre." in [b.text for b in article.blocks if b.kind is BlockKind.CAPTION]
    assert "A tram in the city centre." not in article.text


def test_extract_widget_labels_removed():
    """Video player control labels inside the article are removed as widget text."""
    player = (
        "<div class='video-js'><div class='vjs-text-track-settings'>"
        "<div class='vjs-edge-style'>Text Edge Style</div></div></div>"
    )
    article = cleanarticle.clean(page(f"<article>{ps(EN_P)}{player}</article>"))
    assert Reason.WIDGET.value == reasons(article)["Text Edge Style"]


def test_extract_recovery_climbs_from_fragment():
    """When the densest box holds too little text, the container grows until it holds an article."""
    html = page("<div class='a'><div class='lead'><p>Short lead, one line.</p></div>"
                "<p>Second part of the story follows here, in its own paragraph.</p></div>")  # fmt: skip
    article = cleanarticle.clean(html)
    assert (
        "Short lead, one line.\nSecond part of the story follows here, in its own paragraph." == article.text
    )


def test_extract_embedded_gallery_removed():
    """A gallery box embedded in the article (its own captions and text) is not article text."""
    item = "<li><h2>1/20 A picture</h2><p>A long caption of a picture in the gallery, with a comma.</p></li>"
    gallery = f"<div class='full-gallery'><ul>{item * 5}</ul></div>"
    article = cleanarticle.clean(page(f"<article><div class='text'>{ps(EN_P * 2)}{gallery}</div></article>"))
    assert "A long caption" not in article.text
    assert {"embedded:gallery"} == {r.rule for r in article.removed if "caption of a picture" in r.text}


@pytest.mark.parametrize(
    ("box", "line", "reason", "rule"),
    [
        # A call to action ("support us", "join our members"): a promo.
        (
            "<div class='widget-custom-cta-letter'><h5>A Word to Our Loyal Readers</h5><p>We do this work "
            "every day at no cost to you, but it is far from free to produce, so please consider supporting "
            "our newsroom with a monthly contribution.</p></div>",
            "A Word to Our Loyal Readers",
            Reason.PROMO,
            "embedded:cta",
        ),
        # An author-bio box after the story (name, handle, tagline).
        (
            "<div class='author-bio'><h4>About the Author</h4><p>Trevor Daugherty</p><p>@trevorjd14</p>"
            "<p>Trevor Daugherty is the Senior Editor of the site. Since joining in 2014, he has reviewed "
            "gadgets.</p></div>",
            "About the Author",
            Reason.OUTSIDE_MAIN,
            "embedded:bio",
        ),
    ],
)
def test_extract_embedded_box_by_class_removed(box: str, line: str, reason: Reason, rule: str) -> None:
    """A box inside the article whose class says call-to-action or author bio is not article text."""
    article = cleanarticle.clean(page(f"<article><div class='text'>{ps(EN_P)}{box}</div></article>"))
    assert EN_P == article.text.split("\n")
    removed = {r.text: (r.reason, r.rule) for r in article.removed}
    assert (reason, rule) == removed[line]


def _teaser(i: int) -> str:
    return (
        f"<div class='card'><a href='/story{i}'>Another story headline number {i}</a>"
        f"<p>An excerpt of that other story, long enough to read as prose, with commas, clauses and a "
        f"full stop at the end, so no rule for short teaser lines can take it on its own {i}.</p></div>"
    )


def test_extract_box_opened_by_related_heading_removed():
    """A box whose first block is a related heading holds teasers, even long excerpts: removed as
    related, though the box sits beside the article and weighs enough to be taken along."""
    box = "<div class='more'><h3>Related stories</h3>" + "".join(_teaser(i) for i in range(4)) + "</div>"
    html = page(f"<div class='wrap'><div class='story'>{ps(EN_P)}</div>{box}</div>")
    article = cleanarticle.clean(html)
    assert EN_P == article.text.split("\n")
    rules = {r.text: r.rule for r in article.removed}
    assert "related_box" == rules["Another story headline number 2"]


def test_extract_expander_with_related_like_heading_kept():
    """A "Read more" expander that holds the rest of the article (prose, no links) is article text."""
    rest = [
        "The second half of the story goes on here, with more detail on the tram line and its cost.",
        "Officials said the budget would be presented to the council before the end of the year.",
    ]
    html = page(f"<div class='wrap'><div class='story'>{ps(EN_P)}</div>"
                f"<div class='expander'><h3>Read more</h3>{ps(rest)}</div></div>")  # fmt: skip
    article = cleanarticle.clean(html)
    assert EN_P + rest == article.text.split("\n")


@pytest.mark.parametrize(
    "attrs",
    ["hidden", "aria-hidden='true'", "style='display:none'", "style='color:red; DISPLAY : None'",
     "style='visibility:\thidden'"],
)  # fmt: skip
def test_extract_hidden_elements_are_not_page_text(attrs: str) -> None:
    """An element the browser does not show (hidden, aria-hidden, display:none, visibility:hidden)
    gives no block at all; its tail, which is shown, stays."""
    html = page(
        f"<article>{ps(EN_P[:2])}<p>{EN_P[2]}<span {attrs}>Secret tracking text.</span> More.</p></article>"
    )
    article = cleanarticle.clean(html)
    assert "Secret" not in article.text
    assert all("Secret" not in r.text for r in article.removed)
    assert article.text.endswith(" More.")


def test_extract_aria_hidden_false_is_shown() -> None:
    """aria-hidden="false" hides nothing."""
    html = page(f"<article>{ps(EN_P[:2])}<p aria-hidden='false'>{EN_P[2]}</p></article>")
    assert EN_P == cleanarticle.clean(html).text.split("\n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Comments-Area", "comments-area comments area"),
        ("post_body main  post-body", "post_body main post-body post body"),
        ("a--b _c_ -", "a--b _c_ - a b c"),
        ("nav", "nav"),
        ("", ""),
    ],
)
def test_extract_cue_tokens_are_names_then_parts(raw: str, expected: str) -> None:
    """Class/id cues: every whole name lower-cased, then the parts between hyphens and underscores,
    each token once, in order of first appearance."""
    from cleanarticle._html import _cue_tokens

    assert expected == _cue_tokens(raw)


def _entry(i: int) -> str:
    """One entry of a forum's reply tree: linked title, linked poster, time, size, views/replies."""
    return (
        f"<li><a href='/thread{i}'>旅行中谁忽悠了你，第{i}个故事？</a>【<a href='/user{i}'>网友{i}</a>】"
        f"08-11 16:0{i} 298字 [4321/87]</li>"
    )


def test_extract_listing_of_timestamped_entries_removed():
    """A run of linked list items that carry a time of day (a forum's reply tree) inside the article's
    box lists other pages: removed as related, rule "listing"."""
    html = page(f"<div class='thread'>{ps(ZH_P)}<ul>{''.join(_entry(i) for i in range(6))}</ul></div>")
    article = cleanarticle.clean(html)
    assert ZH_P == article.text.split("\n")
    removed = {r.text: (r.reason, r.rule) for r in article.removed}
    entry = "旅行中谁忽悠了你，第3个故事？【网友3】08-11 16:03 298字 [4321/87]"
    assert (Reason.RELATED, "listing") == removed[entry]


@pytest.mark.parametrize(
    "items",
    [
        # Too short a run to be a listing.
        [_entry(i) for i in range(4)],
        # A schedule: times, no links.
        [f"<li>0{i}:30 第{i}场报告会在主会场举行，请参会代表提前入场。</li>" for i in range(6)],
        # A reference list: links and dates, no time of day.
        [f"<li><a href='/r{i}'>Annual report {i}</a>. City Council. 2014-04-0{i}. Retrieved 2015-01-0{i}."
         "</li>" for i in range(6)],
    ],
)  # fmt: skip
def test_extract_list_items_that_are_not_a_listing_kept(items: list[str]) -> None:
    """Fewer than five entries, timed items without links and dated references are article text."""
    html = page(f"<div class='thread'>{ps(ZH_P)}<ul>{''.join(items)}</ul></div>")
    article = cleanarticle.clean(html)
    assert not [r for r in article.removed if r.rule == "listing"]
    assert len(ZH_P) + len(items) == len(article.blocks)


def test_extract_linked_prose_in_container_kept():
    """A newsletter item whose every sentence is a link is article text; a short headline link and a
    " | "-joined run of linked headlines inside the article are not."""
    item = (
        "<li><a href='/a'>Ousted chief executive can still name directors to the board, even though he "
        "left the company. The agreement was signed last month, people familiar with it said.</a></li>"
    )
    headlines = "<li><a href='/b'>Council delays vote on bus fares</a></li>"
    joined = (
        "<li><a href='/c'>Hillicon Valley: Progressives oppose funding bill over surveillance authority | "
        "Senators call for 5G security coordinator | Facebook gets questions on its new app</a></li>"
    )
    article = cleanarticle.clean(page(f"<article>{ps(EN_P)}<ul>{item}{headlines}{joined}</ul></article>"))
    assert any(t.startswith("Ousted chief executive") for t in article.text.split("\n"))
    rules = {r.text[:20]: r.rule for r in article.removed}
    assert "link_dense" == rules["Council delays vote "]
    assert "link_dense" == rules["Hillicon Valley: Pro"]


@pytest.mark.parametrize("line", ["------------------------------", "|", "* * *", "•", "……"])
@pytest.mark.parametrize("fmt", ["html", "text"])
def test_extract_lines_without_letters_or_digits_are_empty(line: str, fmt: str) -> None:
    """A separator line, a lone bar or bullet has no word: removed by the parse stage as empty."""
    source = page(ps([ZH_P[0], line, ZH_P[1]])) if fmt == "html" else "\n\n".join([ZH_P[0], line, ZH_P[1]])
    article = cleanarticle.clean(source, input_format=fmt)
    assert ZH_P[:2] == article.text.split("\n")
    assert [("parse", Reason.EMPTY, "no_text")] == [
        (r.stage, r.reason, r.rule) for r in article.removed if r.text == line
    ]


@pytest.mark.parametrize("fmt", ["html", "text"])
def test_extract_symbol_lines_of_code_are_kept(fmt: str) -> None:
    """A line of code made of symbols ("};", in <pre> or in a text dump) is code, not decoration."""
    html = page(ps(EN_P) + "<pre>};</pre><p>});</p>")
    source = html if fmt == "html" else "\n\n".join([*EN_P, "};", "});"])
    article = cleanarticle.clean(source, input_format=fmt)
    assert {"};", "});"} <= {b.text for b in article.blocks}
