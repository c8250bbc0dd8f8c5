"""Tests for the boilerplate stages ``StripNavigation`` and ``StripBoilerplate``.

Every snippet here is written for the test (variants of the kinds seen on real pages), not copied.
"""

# The project writes asserts as `expected == actual`; ruff's SIM300 (Yoda) rule disagrees.

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle import _boilerplate as BP
from cleanarticle import _patterns as P
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


@pytest.mark.parametrize("heading", ["Breaking News", "Latest headlines", "滚动新闻", "最新新闻", "即時新聞"])
def test_boilerplate_news_ticker_heading_takes_its_items(heading: str) -> None:
    """A news ticker's heading ("Breaking News", "滚动新闻") opens a list of other stories."""
    items = ("Council delays vote on bus fares", "Commuters react to the timetable")
    doc = run(make_doc(BODY_EN, heading, *items))
    assert [None] + [Reason.RELATED] * 3 == reasons(doc)


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
        "Breaking news reached the village late on Tuesday, residents said.",
        "滚动新闻播报员每天凌晨四点就要到岗，准备当天的第一条快讯。",
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


# --- newsletter promos, read-more excerpts, video countdowns ------------------------------------------


@pytest.mark.parametrize(
    ("line", "stage_and_rule"),
    [
        ("Subscribe to The Atlantic and never miss a story from your favourite writers.", "newsletter_promo"),
        (
            "Get the top stories right in your inbox. Subscribe to Example.com’s newsletters.",
            "newsletter_promo",
        ),
        (
            "Let our reporting meet your inbox. The stories that matter, delivered every morning.",
            "newsletter_promo",
        ),
        (
            "There's more where that came from. Sign up for The Daily Brief today to get the free newsletter "
            "delivered to your inbox.",
            "newsletter_promo",
        ),
        (
            "Get Bike Weekly delivered through your letterbox every month. 12 issues for £9.99. Click here.",
            "newsletter_promo",
        ),
        (
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms apply.",
            "newsletter_promo",
        ),
    ],
)
def test_boilerplate_newsletter_promo_sentences(line: str, stage_and_rule: str) -> None:
    """Newsletter and subscription calls to action inside the article box are promos."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, Reason.PROMO] == reasons(doc)
    assert ("navigation", stage_and_rule) == stage_rule(doc.blocks[1])


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter, which costs $5 a month, now has 10,000 subscribers.",
        "Subscribers pay £11.99 for 12 issues, the publisher said.",
        "Readers can sign up for the newsletter on the paper's website, the editor said.",
        "Sign up for Medicare before the deadline, officials urged on Monday.",
        "Subscribe to the topic with the client library, then publish a message.",
        "Get rid of the clutter in your inbox with a few filters.",
        "Sign up for the bundle using the same email as your streaming account.",
    ],
)
def test_boilerplate_newsletter_promo_keeps_body(line: str) -> None:
    """Body sentences about newsletters, subscriptions and their prices stay."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, None] == reasons(doc)


@pytest.mark.parametrize(
    ("line", "reason", "rule"),
    [
        ("If you have ever wondered why you bought that lamp, the answer may be… Read more Read more",
         Reason.RELATED, "teaser_excerpt"),
        ("Saving money starts with a plan... Continue reading →", Reason.RELATED, "teaser_excerpt"),
        ("杨某怎么也想不明白，女儿的案子为何迟迟没有进展……[全文]", Reason.RELATED, "teaser_excerpt"),
        ("Your video will play in 00:15", Reason.WIDGET, "video_countdown"),
        ("Related Guide: iPad Pro", Reason.RELATED, "related_inline"),
    ],
)  # fmt: skip
def test_boilerplate_teasers_and_player_text(line: str, reason: Reason, rule: str) -> None:
    """Cut excerpts ending in "… Read more", video countdowns and "Related Guide:" links go."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, reason] == reasons(doc)
    assert ("boilerplate", rule) == stage_rule(doc.blocks[1])


@pytest.mark.parametrize(
    ("line", "stage_and_rule", "reason"),
    [
        ("Enjoyed this article? Share it with your friends.", "boilerplate/share_prompt", Reason.SHARE),
        ("Please share this story with a friend!", "boilerplate/share_prompt", Reason.SHARE),
        ("Tell us what you think in the comments below", "boilerplate/comment_marker", Reason.COMMENTS),
        ("TELL US WHAT YOU THINK…", "boilerplate/comment_marker", Reason.COMMENTS),
        ("Let us know what you think.", "boilerplate/comment_marker", Reason.COMMENTS),
        ("This gallery requires JavaScript.", "boilerplate/placeholder", Reason.PLACEHOLDER),
        ("Please enable JavaScript", "boilerplate/placeholder", Reason.PLACEHOLDER),
        ('[caption id="attachment_812" align="aligncenter" width="640"]', "boilerplate/shortcode",
         Reason.WIDGET),
        ("[su_button url=”https://example.org/tips/” style=”flat”] Send us your tips[/su_button]",
         "boilerplate/shortcode", Reason.WIDGET),
        ("The Post welcomes letters to the editor on this and any other topic. We would love to hear from "
         "you.", "boilerplate/letters_invite", Reason.COMMENTS),
        ("Letters to the Editor: send yours to letters@example-gazette.com.", "boilerplate/letters_invite",
         Reason.COMMENTS),
        ("Advert", "navigation/ad_label", Reason.PROMO),
    ],
)  # fmt: skip
def test_boilerplate_prompts_and_widget_leftovers(line: str, stage_and_rule: str, reason: Reason) -> None:
    """Share and comment prompts, no-script widget texts, raw shortcodes and letters invitations go."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, reason] == reasons(doc)
    assert tuple(stage_and_rule.split("/")) == stage_rule(doc.blocks[1])


# The same four kinds in the other languages: newsletter sign-ups (navigation/newsletter), comment
# prompts (comment_marker), share prompts (share_prompt) and no-script notices (placeholder), each
# with a body sentence in the same language that shares its words and must stay.
_NL, _CM, _SP, _PH = (
    "navigation/newsletter",
    "boilerplate/comment_marker",
    "boilerplate/share_prompt",
    ("boilerplate/placeholder"),
)
_OTHER_LANGUAGE_PROMPTS = [
    # zh-Hans
    ("订阅新闻简报", _NL, "该报去年推出的新闻简报已有十万订阅用户。"),
    ("欢迎在评论区留言！", _CM, "欢迎在评论区留言的网友大多支持这项政策。"),
    ("分享给好友", _SP, "分享给朋友的视频在网上迅速传播，警方随后介入调查。"),
    ("请启用JavaScript。", _PH, "请启用JavaScript后重新加载页面，工程师在报告中写道。"),
    # zh-Hant
    ("【訂閱電子報】", _NL, "該報的電子報每週發送一次，訂閱人數已超過五萬。"),
    ("歡迎留言討論", _CM, "歡迎留言討論的貼文引來數千名網友回應，市府隨後回應。"),
    ("分享這篇文章！", _SP, "他分享這篇文章後，引起不少家長關注校園安全問題。"),
    ("請啟用JavaScript", _PH, "請啟用JavaScript的提示讓不少長者無法使用網站，議員批評。"),
    # es
    ("Suscríbete a nuestro boletín de noticias.", _NL,
     "El boletín, que se envía cada lunes, ya tiene 20.000 suscriptores."),
    ("Cuéntanos qué opinas.", _CM,
     "Cuéntanos qué opinas del plan, pidió el alcalde a los vecinos."),
    ("Comparte esta noticia", _SP,
     "La red social pidió a los usuarios que no compartan esta noticia falsa."),
    ("Por favor, habilita JavaScript.", _PH,
     "Por favor, habilita JavaScript en tu navegador, indica la guía oficial."),
    # pt
    ("Receba nossa newsletter", _NL,
     "A newsletter do jornal, lançada em 2019, já tem 50 mil assinantes."),
    ("Deixe sua opinião nos comentários!", _CM,
     "Deixe sua opinião nos comentários, pediu o apresentador ao público."),
    ("Compartilhe esta notícia!", _SP,
     "O ministro pediu que ninguém compartilhe esta notícia sem checar a fonte."),
    ("Ative o JavaScript", _PH,
     "Ative o JavaScript nas configurações do navegador, orienta o banco."),
    # fr
    ("Inscrivez-vous à notre newsletter :", _NL,
     "Le journal a lancé sa newsletter quotidienne en mars dernier."),
    ("Dites-nous ce que vous en pensez dans les commentaires", _CM,
     "Dites-nous ce que vous en pensez, a lancé le maire aux habitants réunis."),
    ("Partagez cet article avec vos amis !", _SP,
     "Il a refusé de partager cet article avec ses collègues de bureau."),
    ("Veuillez activer JavaScript.", _PH,
     "Veuillez activer JavaScript, indiquait le message affiché sur le site."),
    # de
    ("Jetzt Newsletter abonnieren!", _NL,
     "Den Newsletter der Zeitung abonnieren inzwischen 30.000 Leser."),
    ("Sagen Sie uns Ihre Meinung", _CM,
     "Sagen Sie uns Ihre Meinung, forderte der Bürgermeister die Anwohner auf."),
    ("Diesen Artikel teilen", _SP,
     "Wer diesen Artikel teilen will, muss zuerst die Quelle prüfen, sagte sie."),
    ("Bitte aktivieren Sie JavaScript.", _PH,
     "Bitte aktivieren Sie JavaScript, um das Video zu sehen."),
    # it
    ("Iscriviti alla nostra newsletter", _NL,
     "La newsletter del giornale conta ormai 40 mila iscritti."),
    ("Facci sapere cosa ne pensi nei commenti", _CM,
     "Dicci cosa ne pensi, ha chiesto il sindaco ai cittadini."),
    ("Condividi questo articolo", _SP,
     "Non condividere questo articolo senza verificarlo, ha avvertito la polizia."),
    ("Abilita JavaScript", _PH, "Abilita JavaScript solo sui siti fidati, consiglia il garante."),
    # ru
    ("Подпишитесь на нашу рассылку!", _NL, "Рассылку издания получают более 20 тысяч читателей."),
    ("Поделитесь своим мнением в комментариях", _CM,
     "Поделитесь своим мнением, попросил мэр жителей района."),
    ("Поделиться статьей", _SP,
     "Пользователи не могли поделиться статьей из-за сбоя в работе сайта."),
    ("Пожалуйста, включите JavaScript.", _PH,
     "Включите JavaScript в настройках браузера, советует банк клиентам."),
    # ja
    ("メールマガジン登録", _NL, "同社のメールマガジンは登録者数が十万人を超えた。"),
    ("この記事をシェアする", _SP, "この記事をシェアした利用者に対し、運営会社が注意を呼びかけた。"),
    ("JavaScriptを有効にしてください。", _PH,
     "JavaScriptを有効にしてくださいという表示が出て、利用者が混乱した。"),
    # ko
    ("뉴스레터 구독하기", _NL, "이 신문의 뉴스레터 구독자는 지난해 10만 명을 넘어섰다."),
    ("댓글로 의견을 남겨주세요.", _CM, "시장은 주민들에게 의견을 남겨달라고 요청했다."),
    ("이 기사 공유하기", _SP, "그는 이 기사를 공유하며 정부의 대응을 비판했다."),
    ("자바스크립트를 활성화해 주세요", _PH,
     "자바스크립트를 활성화해야 서비스를 이용할 수 있다고 은행은 밝혔다."),
    # id
    ("Berlangganan newsletter kami", _NL, "Newsletter harian itu kini memiliki 30 ribu pelanggan."),
    ("Bagikan pendapatmu di kolom komentar!", _CM,
     "Warga diminta membagikan pendapat mereka dalam rapat desa."),
    ("Bagikan artikel ini", _SP,
     "Polisi meminta warga tidak membagikan artikel ini sebelum memeriksa sumbernya."),
    ("Silakan aktifkan JavaScript.", _PH,
     "Silakan aktifkan JavaScript di peramban Anda, kata petugas bank."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "stage_and_rule", "_body"), _OTHER_LANGUAGE_PROMPTS)
def test_boilerplate_prompts_in_other_languages(line: str, stage_and_rule: str, _body: str) -> None:
    """Newsletter sign-ups, comment and share prompts and no-script notices go in every language."""
    doc = run(make_doc(BODY_EN, line))
    assert tuple(stage_and_rule.split("/")) == stage_rule(doc.blocks[1])


@pytest.mark.parametrize(("_line", "_rule", "body"), _OTHER_LANGUAGE_PROMPTS)
def test_boilerplate_prompts_in_other_languages_keep_body(_line: str, _rule: str, body: str) -> None:
    """A body sentence about a newsletter, a quote asking for opinions or a share stays."""
    doc = run(make_doc(BODY_EN, body))
    assert [None, None] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Tell us what you think about the plan, the mayor said at the meeting.",
        "Share it with a friend who has never been to the coast, she suggests.",
        "Like this story, the film was shot in the desert.",
        "The site requires JavaScript developers to sign a pledge before they join.",
        "[quote=Bob]The bridge will open in May.[/quote]",
        "[1] Smith, J. (2019) On bridges.",
        "He wrote a letter to the editor of the Times after the vote.",
        "Readers can reach the reporter at jdoe@example.com about the letters to the editor she received.",
        "Advertising revenue fell by a third last year.",
    ],
)
def test_boilerplate_prompts_keep_body(line: str) -> None:
    """A quote that starts like a prompt, BBCode, and letters to the editor mentioned in a story stay."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, None] == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "He paused... Read more about the plan in the council's report.",
        "Your video will play in most browsers without a plugin.",
    ],
)
def test_boilerplate_teasers_keep_body(line: str) -> None:
    """Prose that goes on after "Read more" or mentions a video player stays."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, None] == reasons(doc)


@pytest.mark.parametrize(
    "heading",
    [
        "More Great Example Stories",
        "Other People Are Reading",
        "Popular on ExampleWire",
        "Places in this Story",
    ],
)
def test_boilerplate_related_box_heading_forms(heading: str) -> None:
    """The general forms of related-box headings take their teaser items."""
    doc = run(make_doc(BODY_EN, heading, "Council approves new bus routes", "Bridge closes for repairs"))
    assert [None, Reason.RELATED, Reason.RELATED, Reason.RELATED] == reasons(doc)


# --- photo credits and captions ----------------------------------------------------------------------


def kinds(doc: Document) -> list[BlockKind]:
    return [b.kind for b in doc.blocks]


def image_doc(*texts: str, image: bool = True) -> Document:
    """Body, then (optionally) an image, then ``texts``, then body: one block each."""
    blocks = [Block(0, BODY_EN)]
    if image:
        blocks.append(Block(1, "A view of the river", kind=BlockKind.IMAGE))
    blocks += [Block(len(blocks) + i, t) for i, t in enumerate(texts)]
    blocks.append(Block(len(blocks), BODY_EN))
    return Document(source="", blocks=blocks)


@pytest.mark.parametrize(
    "line",
    [
        "Nadia Ortiz/Hindustan Times/Getty Images",
        "Marta Ruiz | Bloomberg | Getty Images",
        "Stockbyte, Getty Images/Creatas RF",
        "Photo by Jan Kowalski",
        "Photo illustration by Example. Photo by Ann Lee.",
        "Courtesy of Maria Gomez",
        "(Image credit: Rocket Lab)",
        "личный архив Ивана Петрова",
        "Foto: Juan Pérez",
        "图片来源：视觉中国",
        "新华社记者 李贺 摄",
        "A nurse checks a patient's chart (Image: GETTY)",
        "Can a pillow make you ill when it is this big? (Photo: Getty Images)",
        "Saving early takes discipline.Maria Lopez/Getty",
    ],
)
def test_boilerplate_credit_lines_become_captions(line: str) -> None:
    """Credit lines and captions ending in a credit are captions, with or without an image above;
    nothing is removed and no text changes."""
    for doc in (image_doc(line), image_doc(line, image=False)):
        run(doc)
        assert BlockKind.CAPTION == doc.blocks[-2].kind
        assert [BODY_EN, line] == [doc.blocks[0].text, doc.blocks[-2].text]
        assert [None] * len(doc.blocks) == reasons(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Sam Hodgson, Associated Press",
        "County Sheriff's Office via AP",
        "Lucy Reading/Quanta Magazine",
        "Studio Kalo for Quanta Magazine",
        "(NASA/JPL-Caltech/MSSS)",
        "A map of the crater floor. (NASA/JPL-Caltech/ASU)",
        "The logo outside the company's office in London.Reuters",
    ],
)
def test_boilerplate_weak_credits_need_an_image_above(line: str) -> None:
    """A wire name or a bare name list is a credit right under an image, and body text elsewhere."""
    assert BlockKind.CAPTION == kinds(run(image_doc(line)))[-2]
    assert BlockKind.PARAGRAPH == kinds(run(image_doc(line, image=False)))[-2]


def test_boilerplate_caption_between_image_and_credit() -> None:
    """Image, a caption paragraph, a credit line: the paragraph is the image's caption too."""
    doc = run(
        image_doc("Smog hangs over the city on Monday morning.", "Ravi Kumar/Hindustan Times/Getty Images")
    )
    assert [
        BlockKind.PARAGRAPH,
        BlockKind.IMAGE,
        BlockKind.CAPTION,
        BlockKind.CAPTION,
        BlockKind.PARAGRAPH,
    ] == kinds(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Getty Images photographer John Moore won the award for his picture of a crying girl.",
        "The photographer, who works for Reuters and Getty Images, said the protest was peaceful.",
        "Photo by photo, the exhibit traces the artist's career across four decades.",
        "Courtesy of the city, residents will get free parking on Sundays.",
        "The agency said the deal was worth $2 billion (Reuters reported the figure first).",
        "Image 2 of 5",
        "Sign in / Sign up",
        "3/09/15 8:12am",
        "http://amzn.to/2abcDEF",
        "By Amy Kuperinsky | NJ Advance Media for NJ.com",
        "还是素质问题【柠檬沁心】08-11 17:20 124字 [137/0]",
        "这次手术对他的影响很大 本报记者 张三 摄",
    ],
)
def test_boilerplate_credit_rules_keep_body(line: str) -> None:
    """Sentences that mention photographers or Getty, links, dates, bylines and listings stay, even
    under an image."""
    for doc in (image_doc(line), image_doc(line, image=False)):
        assert BlockKind.PARAGRAPH == kinds(run(doc))[-2]


def test_boilerplate_byline_after_removed_headline_is_no_credit() -> None:
    """A wire byline under the headline is not an image credit, even when an image precedes the
    headline (the removed headline breaks the adjacency)."""
    doc = image_doc("Storm Hits Coast", "Tom Davies Associated Press")
    doc.blocks[2].remove("metadata", Reason.METADATA, "headline")
    assert BlockKind.PARAGRAPH == kinds(run(doc))[3]


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


# --- other languages: each language's fixed template lines --------------------------------------

_R = Reason


@pytest.mark.parametrize(
    ("lang", "line", "reason"),
    [
        ("es", "Artículos relacionados", _R.RELATED),
        ("es", "Compartir en Facebook", _R.SHARE),
        ("es", "Deja un comentario", _R.COMMENTS),
        ("es", "Etiquetas: economía, empleo, salarios", _R.CMS_TAG),
        ("es", "Inicio | Noticias | Deportes | Contacto", _R.NAVIGATION),
        ("es", "Aviso legal | Política de privacidad | Contacto", _R.LEGAL_NOTICE),
        ("es", "(Editado por Juan Pérez)", _R.METADATA),
        ("pt", "Você pode gostar...", _R.RELATED),
        ("pt", "Leia também: Governo anuncia novo pacote de obras", _R.RELATED),
        ("pt", "Deixe um comentário", _R.COMMENTS),
        ("pt", "Publicidade", _R.PROMO),
        ("fr", "À lire aussi", _R.RELATED),
        ("fr", "Partager : Facebook Twitter", _R.SHARE),
        ("fr", "Mots-clés : élections, sondage", _R.CMS_TAG),
        ("fr", "Mentions légales | Politique de confidentialité | Contact", _R.LEGAL_NOTICE),
        ("fr", "Nous utilisons des cookies pour améliorer votre expérience.", _R.LEGAL_NOTICE),
        ("de", "Das könnte Sie auch interessieren", _R.RELATED),
        ("de", "Schlagwörter: Bundestag, Haushalt", _R.CMS_TAG),
        ("de", "Impressum | Datenschutz | Kontakt", _R.LEGAL_NOTICE),
        ("de", "Kommentare (12)", _R.COMMENTS),
        ("de", "Anzeige", _R.PROMO),
        ("it", "Articoli correlati", _R.RELATED),
        ("it", "Lascia un commento", _R.COMMENTS),
        ("it", "Condividi su Facebook", _R.SHARE),
        ("ru", "Читайте также", _R.RELATED),
        ("ru", "Теги: экономика, рубль", _R.CMS_TAG),
        ("ru", "Добавить отзыв", _R.COMMENTS),
        ("ru", "Главная | Новости | Политика | Спорт", _R.NAVIGATION),
        ("ru", "Редактор: Иван Петров", _R.METADATA),
        ("ja", "関連記事", _R.RELATED),
        ("ja", "タグ：経済、金融", _R.CMS_TAG),
        ("ja", "記事・写真の無断転載を禁じます", _R.LEGAL_NOTICE),
        ("ja", "プライバシーポリシー | 利用規約 | お問い合わせ", _R.LEGAL_NOTICE),
        ("ko", "관련기사", _R.RELATED),
        ("ko", "댓글쓰기", _R.COMMENTS),
        ("ko", "광고", _R.PROMO),
        ("ko", "개인정보처리방침 | 이용약관 | 청소년보호정책", _R.LEGAL_NOTICE),
        ("id", "Baca juga: Harga BBM naik mulai pekan depan", _R.RELATED),
        ("id", "Iklan", _R.PROMO),
        ("id", "Bagikan ke Facebook", _R.SHARE),
        ("id", "Penyunting: Dimas Prasetyo", _R.METADATA),
        ("nl", "Lees ook", _R.RELATED),
        ("nl", "Plaats een reactie", _R.COMMENTS),
        ("nl", "Privacybeleid | Algemene voorwaarden | Contact", _R.LEGAL_NOTICE),
        ("es", "« Anterior | Siguiente »", _R.NAVIGATION),
        ("es", "Todos los derechos reservados", _R.LEGAL_NOTICE),
        ("de", "Zurück | Weiter", _R.NAVIGATION),
        ("de", "Alle Rechte vorbehalten.", _R.LEGAL_NOTICE),
        ("ru", "Все права защищены", _R.LEGAL_NOTICE),
        ("ja", "前へ 1 2 3 次へ", _R.NAVIGATION),
        ("ko", "무단 전재 및 재배포 금지", _R.LEGAL_NOTICE),
    ],
)
def test_boilerplate_other_language_template_lines(lang: str, line: str, reason: Reason) -> None:
    """Each language's fixed template lines (related, share, comment, tag, menu, legal) are removed."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, reason] == reasons(doc), lang


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Compartir en Facebook sus fotos se ha vuelto un hábito para millones de usuarios."),
        ("es", "Artículos relacionados con la reforma fueron publicados ayer por el diario oficial."),
        ("pt", "Comentários do ministro sobre a reforma geraram polêmica no Congresso."),
        ("fr", "À lire aussi les conclusions du rapport, publiées mardi par le ministère."),
        ("de", "Teilen Sie uns Ihre Meinung mit, schrieb die Redaktion am Montag."),
        ("de", "Redaktion und Verlag haben die Vorwürfe zurückgewiesen."),
        ("it", "Commenti negativi sono arrivati da tutti i partiti dell'opposizione."),
        ("ru", "Редактор газеты сообщил об этом в понедельник."),
        ("ru", "Читайте также отчёт министерства, опубликованный во вторник."),
        ("ja", "関連記事によると、政府は来年度の予算を増やす方針だ。"),
        ("ko", "댓글 조작 의혹에 대해 경찰이 수사에 착수했다."),
        ("id", "Iklan rokok akan dilarang di televisi mulai tahun depan."),
        ("nl", "Reacties van de oppositie waren deze week overwegend negatief."),
    ],
)
def test_boilerplate_other_language_body_kept(lang: str, line: str) -> None:
    """Body sentences that start with a template word of their language stay."""
    doc = run(make_doc(BODY_EN, line))
    assert [None, None] == reasons(doc), lang


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


# --- forum/portal disclaimers and blog furniture (wced kinds) ------------------------------------


def rules(doc: Document) -> list[str | None]:
    return [b.removal.rule if b.removal else None for b in doc.blocks]


@pytest.mark.parametrize(
    "header",
    ["郑 重 声 明", "鄭 重 聲 明", "特 别 声 明：", "免 责 声 明"],
)
def test_boilerplate_letter_spaced_declaration_header(header: str) -> None:
    """A letter-spaced declaration header over a forum's numbered posting rules takes the rules."""
    doc = run(
        make_doc(
            BODY_ZH,
            header,
            "1. 本版言论只代表网友本人的观点，与本站立场无关；",
            "2. 不得发表违反国家法律法规的内容；",
            "3. 转贴文章请注明原作者和出处；",
        )
    )
    assert [None] + [Reason.LEGAL_NOTICE] * 4 == reasons(doc)
    assert ["legal_declaration", "legal_clause"] == rules(doc)[1:3]


@pytest.mark.parametrize(
    ("header", "paragraph"),
    [
        (
            "某某网著作权声明",
            "某某网的所有文章均由合作媒体依约提供，除著作权人声明不得转载、摘编的以外，本站有权转载或摘编。",
        ),
        ("某某网传输内容声明", "本站传输的全部稿件均来自内容合作方，由其负责稿件的真实性、准确性和合法性。"),
        ("某某網傳輸內容聲明", "本站傳輸的全部稿件均來自內容合作方，由其負責稿件的真實性、準確性和合法性。"),
        ("免责声明：", "本站对转载内容的完整性不作保证，亦不承担任何法律责任。"),
    ],
)
def test_boilerplate_declaration_with_disclaimer_paragraph(header: str, paragraph: str) -> None:
    """A declaration header with a disclaimer paragraph (no numbered clauses) is a legal notice."""
    doc = run(make_doc(BODY_ZH, header, paragraph))
    assert [None, Reason.LEGAL_NOTICE, Reason.LEGAL_NOTICE] == reasons(doc)
    assert [None, "legal_declaration", "legal_paragraph"] == rules(doc)


@pytest.mark.parametrize(
    ("header", "paragraph"),
    [
        ("外交部声明", "中方对此表示强烈不满，已向有关方面提出严正交涉。"),
        ("公司声明", "该公司表示，将依法维护自身权益，并已委托律师处理。"),
        ("某某网传输内容声明", BODY_ZH),
    ],
)
def test_boilerplate_declaration_title_over_body_stays(header: str, paragraph: str) -> None:
    """A "…声明" title over a paragraph with no disclaimer sentence is the story's own text."""
    doc = run(make_doc(BODY_ZH, header, paragraph))
    assert [None, None, None] == reasons(doc)


@pytest.mark.parametrize(
    ("line", "reason", "rule"),
    [
        ("本文引用通告(Trackback)地址: /wp-trackback.php?p=42", Reason.COMMENTS, "trackback"),
        ("TrackBack URL: http://blog.example.com/tb/123", Reason.COMMENTS, "trackback"),
        ("引用通告地址：http://tb.example.cn/TrackBack.aspx?PostId=7", Reason.COMMENTS, "trackback"),
        ('(评论中可以使用以下html标签: <b> <i> <a href="">)', Reason.COMMENTS, "comment_form"),
        ('XHTML: You can use these tags: <a href=""> <b>', Reason.COMMENTS, "comment_form"),
        ("(本帖发表于闲聊灌水区, 已被浏览2048次)", Reason.METADATA, "read_count"),
        ("（本文發表於首頁, 已被閱讀35次）", Reason.METADATA, "read_count"),
        ("阅读次数：1024", Reason.METADATA, "read_count"),
        ("我的博客 青衫客 http://www.blogcn.com/u/qingshan/index.html", Reason.METADATA, "blog_signature"),
        ("部落格網址：http://example.blogspot.com", Reason.METADATA, "blog_signature"),
        ("My blog: http://example.wordpress.com", Reason.METADATA, "blog_signature"),
    ],
)
def test_boilerplate_blog_furniture(line: str, reason: Reason, rule: str) -> None:
    """Trackback lines, comment-form help, read counts and blog-address signatures leave the body."""
    doc = run(make_doc(BODY_ZH, line, BODY_EN))
    assert [None, reason, None] == reasons(doc)
    assert rule == rules(doc)[1]


@pytest.mark.parametrize(
    "line",
    [
        "这篇文章发表后，已被阅读178次，引起了广泛讨论。",
        "（该视频已被点击3000次）",
        "据统计，该网站去年的访问量达到了3000万次，比前年增长一倍以上，成为同类网站之首",
        "他在博客上写道：http://example.com 是他最常去的网站，每天都会访问。",
        "我的博客最近很少更新，因为工作太忙了。",
        "本文讨论了引用通告(trackback)机制的原理与滥用问题。",
    ],
)
def test_boilerplate_blog_furniture_keeps_body(line: str) -> None:
    """Body sentences that mention reads, blogs or trackbacks stay."""
    doc = run(make_doc(BODY_ZH, line, BODY_EN))
    assert [None, None, None] == reasons(doc)


def test_boilerplate_comment_form_labels_follow_marker() -> None:
    """The field labels of a comment form go with the comment marker above them."""
    doc = run(
        make_doc(BODY_ZH, "发表评论", "昵称", "E-mail (不会公开)", "个人主页", "(评论中可使用以下tags: <a>)")
    )
    assert [None, "comment_marker", "comment_form", "comment_form", "comment_form", "comment_form"] == rules(
        doc
    )


def test_boilerplate_form_label_words_alone_stay() -> None:
    """ "姓名" or "Name" with no comment marker above is a table header or a heading, not a form."""
    doc = run(make_doc(BODY_ZH, "姓名", "Name", "个人主页", BODY_EN))
    assert [None, None, None, None, None] == reasons(doc)


# --- pre-screens and shared work (speed shortcuts that must not change any output) -----------------

# Every code point but the surrogates, once.
_ALL_CHARS = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "  lead and trail  ",
        "two  spaces",
        "tab\there",
        "nbsp\u00a0x",
        "wide\u3000x",
        "a\n\nb",
        "zw\u200bsp",
    ],
)
def test_boilerplate_norm_fast_path_equals_regex(text: str) -> None:
    """_norm gives what the whitespace regex gives, fast path or not."""
    assert BP._WS_RE.sub(" ", text).strip() == BP._norm(text)


def test_boilerplate_norm_fast_path_premise() -> None:
    """No whitespace character but the space is printable, so a printable text needs no regex."""
    assert [] == [c for c in _ALL_CHARS if c.isspace() and c != " " and c.isprintable()]


def test_boilerplate_lowercase_screens_premise() -> None:
    """The letters the lower-cased screens look for match, under IGNORECASE, only their own two cases."""
    letters = "yrevc" + "nextprvoldwag" + "h"  # + "th" (P.PROMO_FIRST_LETTERS)
    loose = re.compile(f"(?i)[{letters}]")
    assert [] == [c for c in _ALL_CHARS if loose.match(c) and c.lower() not in letters]


def _seps_found(pattern: re.Pattern[str], text: str) -> set[str]:
    return {m.group().strip() for m in pattern.finditer(text)} - {""}


def test_boilerplate_screen_separators_cover_split_patterns() -> None:
    """Every non-space separator the split patterns find in _norm'ed text is one the screens know."""
    spaced = " ".join(c for c in _ALL_CHARS if not c.isspace())
    assert set() == _seps_found(P.LEGAL_SPLIT_RE, spaced) - set(BP.LINK_SEP_CHARS)
    assert set() == _seps_found(P.BREADCRUMB_SEP_RE, spaced) - set(
        BP.BREADCRUMB_STRONG_CHARS + BP.BREADCRUMB_WEAK_CHARS
    )
    nav = _seps_found(P.NAV_SPLIT_RE, spaced) - set(BP.NAV_SEP_CHARS)
    assert all(BP._SPACED_NAV_SEP_RE.search(f"a {c} a") for c in nav)
    assert "_" in P.PROMO_IMAGE_MARKER_RE.pattern and set("_") == set(BP.PROMO_MARKER_CHARS)


@pytest.mark.parametrize(
    ("words", "pattern", "sep"),
    [
        (P.LEGAL_WEAK_WORD_SET, BP._FIRST_LINK_WORD_RE, " | "),
        (P.LEGAL_WEAK_WORD_SET, BP._FIRST_LINK_WORD_RE, "/"),
        (P.BREADCRUMB_HOME, BP._HOME_CRUMB_RE, " / "),
        (P.SHARE_WORD_SET | P.SHARE_FILLER, BP._SHARE_START_RE, " "),
        (P.SHARE_WORD_SET, BP._SHARE_START_RE, ""),
    ],
)
def test_boilerplate_screen_accepts_every_lexicon_entry(
    words: frozenset[str], pattern: re.Pattern[str], sep: str
) -> None:
    """A screen built from a lexicon passes every entry, in any casing, as the first item of a bar."""
    lines = [
        f"{case(w)}{sep}x" if sep else case(w) for w in words for case in (str.lower, str.upper, str.title)
    ]
    assert [] == [line for line in lines if not pattern.match(line)]


# The patterns the hand-derived screens (_legal_strong_may_match, _PAGINATION_HINT_RE) were derived
# from: when one changes, re-derive the screen and update this list.
_LEGAL_STRONG_SOURCES = 14
_PAGINATION_ANCHOR_SOURCE = (
    r"上一[页頁篇版]|下一[页頁篇版]|第\s?\d{1,4}\s?[页頁]|\bnext\b|\bprev(?:ious)?\b|\bolder\b|\bnewer\b|\bpage\s\d"
    r"|\b(?:siguiente|anterior|pr[óo]xim[ao]|suivante?|pr[ée]c[ée]dente?|weiter|zur[üu]ck|n[äa]chste|vorherige"
    r"|successiv[oa]|precedente|далее|назад|вперёд|вперед|следующая|предыдущая|selanjutnya|sebelumnya"
    r"|berikutnya|volgende|vorige)\b|次へ|前へ|다음|이전"
)


def test_boilerplate_hand_derived_screens_are_pinned() -> None:
    """The patterns behind the hand-derived screens are the ones they were derived from."""
    assert _LEGAL_STRONG_SOURCES == len(P.LEGAL_STRONG_RES)
    assert _PAGINATION_ANCHOR_SOURCE == P.PAGINATION_ANCHOR_RE.pattern


@pytest.mark.parametrize(
    "text",
    [
        "Copyright © 2020 Example Media",
        "copyright 2004-2008",
        "© 2019 Vox Media",
        "(C) 2020 Foo",
        "All Rights Reserved.",
        "版权所有 某某网",
        "未经书面授权不得转载",
        "请勿转载",
        "未经本网许可，不得转载使用",
        "浙ICP备12345678号",
        "ICP证 030173号",
        "京公网安备 11000002000001号",
        "互联网新闻信息服务许可证",
        "违法和不良信息举报电话",
        "转载请注明出处",
        "如有侵权请联系删除",
        "本网站刊载的所有内容",
        "凡本网注明来源的作品",
        "本文仅代表作者观点",
        "文章不代表本网立场",
        "無断転載を禁じます",
        "Todos los derechos reservados",
        "TODOS OS DIREITOS RESERVADOS",
        "Tous droits réservés",
        "Alle Rechte vorbehalten.",
        "Tutti i diritti riservati",
        "Все права защищены",
        "Hak cipta dilindungi undang-undang",
        "Alle rechten voorbehouden",
        "무단 전재 및 재배포 금지",
        "Ⓒ 2019 연합뉴스",
        "ſiguiente ALL RIGHTS REſERVED",
    ],
)
def test_boilerplate_legal_strong_screen_passes_every_alternative(text: str) -> None:
    """Each alternative of the strong legal patterns passes the cheap screen that guards them."""
    assert BP._LEGAL_STRONG_RE.search(text)
    assert BP._legal_strong_may_match(text)


# The pattern the read-count hint (_READ_COUNT_HINT_RE) was derived from: one character of each verb.
_READ_COUNT_SOURCE = (
    r"(?:已被|被)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|查看|访问|訪問|人气|人氣)(?:了|次数|次數|数|數|量)?"
    r"\s?[:：]?\s?\d{1,9}\s?次"
    r"|(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:次数|次數|数|數|量)\s?[:：]\s?\d{1,9}"
)


@pytest.mark.parametrize(
    "text",
    ["阅读12次", "閱讀12次", "浏览12次", "瀏覽12次", "点击12次", "點擊12次", "查看12次", "访问12次",
     "訪問12次", "人气12次", "人氣12次", "阅读数：5", "閱讀數：5", "浏览量：5", "瀏覽量：5", "点击数：5",
     "點擊數：5"],
)  # fmt: skip
def test_boilerplate_read_count_hint_passes_every_verb(text: str) -> None:
    """Each verb of the read-count pattern passes the hint that guards the rule, and the pattern is
    the one the hint was derived from."""
    assert _READ_COUNT_SOURCE == P.READ_COUNT_RE.pattern
    assert P.READ_COUNT_RE.search(text)
    assert BP._READ_COUNT_HINT_RE.search(text)
    assert BP._bp_may_fire(Block(0, text), text, frozenset())


@pytest.mark.parametrize(
    "text",
    ["<< 上一页", "下一篇", "第 3 页", "NEXT", "Previous", "Prev »", "Older posts", "Newer", "Page 2",
     "Siguiente", "ANTERIOR", "Próximo", "Proxima", "Suivant", "Précédente", "Weiter", "Zurück", "Nächste",
     "Vorherige", "Successivo", "Precedente", "Далее", "Назад", "Вперёд", "Следующая", "Предыдущая",
     "Selanjutnya", "Sebelumnya", "Berikutnya", "Volgende", "Vorige", "次へ", "前へ", "다음", "이전"],
)  # fmt: skip
def test_boilerplate_pagination_hint_passes_every_anchor(text: str) -> None:
    """Each pagination anchor passes the lower-cased hint that guards it."""
    assert P.PAGINATION_ANCHOR_RE.search(text)
    assert BP._PAGINATION_HINT_RE.search(text.lower())


# One sample per P.PROMO_SENTENCE_RES pattern, in order; the hints of the screen were derived from them.
_PROMO_SAMPLES = (
    "Subscribe now to our daily briefing.",
    "Join our mailing list for weekly tips.",
    "Have the day's headlines sent to your inbox.",
    "THIS FORM IS PROTECTED BY RECAPTCHA.",
)


def test_boilerplate_promo_first_letters_are_lowercase_safe() -> None:
    """The reCAPTCHA pattern starts with, and holds, the letters its screen reads lower-cased."""
    recaptcha = P.PROMO_SENTENCE_RES[-1]
    assert recaptcha.pattern.lower().startswith("^" + P.PROMO_FIRST_LETTERS)
    assert P.PROMO_CAPTCHA in recaptcha.pattern.lower()
    assert set(P.PROMO_FIRST_LETTERS + P.PROMO_CAPTCHA) <= set("yrevc" + "nextprvoldwag" + "h")


def test_boilerplate_promo_hints_cover_every_pattern() -> None:
    """Each promo sentence pattern matches its sample, and the lower-cased hint screen passes it."""
    assert len(_PROMO_SAMPLES) == len(P.PROMO_SENTENCE_RES)
    assert [True] * len(_PROMO_SAMPLES) == [
        bool(pattern.search(sample))
        for pattern, sample in zip(P.PROMO_SENTENCE_RES, _PROMO_SAMPLES, strict=True)
    ]
    assert [True] * len(_PROMO_SAMPLES) == [BP._has_promo_hint(sample) for sample in _PROMO_SAMPLES]
    block = Block(0, "")
    assert [True] * len(_PROMO_SAMPLES) == [BP._nav_may_fire(block, t, frozenset()) for t in _PROMO_SAMPLES]


_CREDIT_PIECES = sorted(
    {w for ws in P.CREDIT_LABELS.values() for w in ws}
    | set(P.PHOTO_AGENCIES)
    | set(P.WIRE_AGENCIES)
    | {"Ann Lee", "Quanta Magazine", "for", "via", "by", "the", "3", "摄", "记者 王五", "caption text."}
)
_CREDIT_SEPS = ["", " ", "/", " / ", " | ", ", ", ": ", ".", " (", ")", "（", "）"]


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(
        st.tuples(st.sampled_from(_CREDIT_PIECES), st.sampled_from(_CREDIT_SEPS)), min_size=1, max_size=5
    ),
    near_image=st.booleans(),
    case=st.sampled_from([str, str.upper, str.title]),
)
def test_boilerplate_caption_screen_never_hides_a_rule(
    parts: list[tuple[str, str]], near_image: bool, case: type[str]
) -> None:
    """Whenever a caption rule fires on a line, the caption pass's screen lets it through."""
    text = BP._norm(case("".join(piece + sep for piece, sep in parts)))
    if text and BP._caption_rule(text, near_image):
        assert BP._caption_may_fire(text, near_image)


def test_boilerplate_caption_screen_passes_every_label_and_agency() -> None:
    """Every credit label and photo agency passes the caption screen away from images."""
    lines = [f"{w}: Ann Lee" for ws in P.CREDIT_LABELS.values() for w in ws] + list(P.PHOTO_AGENCIES)
    assert [] == [line for line in lines if not BP._caption_may_fire(line, False)]


def test_boilerplate_case_odd_characters_complete() -> None:
    """Every character IGNORECASE equates with a Latin or Cyrillic letter of the hints while
    ``str.lower`` does not produce that letter is in _CASE_ODD_RE, so the lower-cased screens miss
    nothing the IGNORECASE patterns match."""
    letters = "abcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0x430, 0x450))) + "ёéüäó"
    any_letter = re.compile(f"[{letters}]", re.IGNORECASE)
    odd = {
        ch
        for ch in map(chr, range(0x110000))
        if any_letter.fullmatch(ch)
        and not any(letter in ch.lower() for letter in letters if re.fullmatch(letter, ch, re.IGNORECASE))
    }
    assert {"ı", "ſ"} <= odd  # dotless i and long s, at least
    assert set() == {ch for ch in odd if not BP._CASE_ODD_RE.match(ch)}


# Pieces that random lines are built from: lexicon words of every rule, separators and filler.
_PIECES = sorted(
    P.LEGAL_WEAK_WORD_SET
    | P.SHARE_WORD_SET
    | P.SHARE_FILLER
    | P.BREADCRUMB_HOME
    | P.ALL_NAV_WORDS
    | {w for ws in P.AD_LABELS.values() for w in ws}
    | {w for ws in P.PAGINATION_WORDS.values() for w in ws}
    | {w for ws in P.COMMENT_LINES.values() for w in ws}
    | {w for ws in P.RELATED_HEADINGS.values() for w in ws}
    | {w for ws in P.PLACEHOLDERS.values() for w in ws}
    | {w for ws in P.NEWSLETTER_LINES.values() for w in ws}
    | {w for ws in P.COMMENT_PROMPTS.values() for w in ws}
    | {w for ws in P.SHARE_PROMPTS.values() for w in ws}
    | {
        "编辑：王五",
        "【头条】",
        "[1]",
        "_fororder_",
        "IMG_2041.jpg",
        "© 2019",
        "版权所有",
        "Tags: a",
        "更多>>",
        "Subscribe to Example",
        "Sign up for The Brief",
        "Get the news in your inbox",
        "This site is protected by reCAPTCHA",
        "… Read more",
        "Your video will play in 00:25",
        "Like this story? Share it with a friend!",
        '[button link="x" type="big"]',
        "[/button]",
        "letters to the editor",
        "We’d like to hear what you think",
        "letters@example.com",
        "Other People Are Reading",
        "Trackback: http://tb.example.cn/p=1",
        "本文引用通告链接:",
        "(评论中可使用以下tags: <a>",
        "(本文发表于首页, 已被阅读178次)",
        "阅读次数：",
        "我的博客 X http://x.cn/u",
        "博客地址：",
    }
    | {" ", " | ", " / ", " - ", " > ", "·", "/", ",", ":", "。", "，", "3", "2019", "Body text", "正文"}
)
_CUE_SETS = [
    frozenset(),
    frozenset({"story"}),
    frozenset({"nav"}),
    frozenset({"share"}),
    frozenset({"footer"}),
]


_SEPARATORS = [" ", " | ", "|", " / ", "/", " - ", "-", " > ", "›", "·", "•", ",", "  ", "\u3000"]
# A line is either loose pieces or a bar: 2-6 pieces joined by one separator.
_LINES = st.one_of(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join),
    st.builds(
        str.join, st.sampled_from(_SEPARATORS), st.lists(st.sampled_from(_PIECES), min_size=2, max_size=6)
    ),
)


@settings(max_examples=600, deadline=None)
@given(
    line=_LINES,
    cues=st.sampled_from(_CUE_SETS),
    region=st.sampled_from(["", "nav", "footer", "main"]),
    kind=st.sampled_from([BlockKind.PARAGRAPH, BlockKind.IMAGE, BlockKind.HEADING]),
    case=st.sampled_from([str, str.upper, str.title]),
)
def test_boilerplate_screens_never_hide_a_rule(
    line: str, cues: frozenset[str], region: str, kind: BlockKind, case: type[str]
) -> None:
    """Whenever a navigation or boilerplate rule fires on a line, the stage's pre-screen lets it through."""
    text = BP._norm(case(line))
    if not text or len(text) > BP.MAX_LINE_CHARS:
        return
    block = Block(0, text, kind=kind, cues=" ".join(sorted(cues)), cue_set=cues, region=region)
    nav_cues = BP._cue_hits(block, BP._NAV_CUE_WORDS)
    if BP._promo_rule(block, text, nav_cues) or BP._nav_rule(block, text, nav_cues):
        assert BP._nav_may_fire(block, text, nav_cues)
    bp_cues = BP._cue_hits(block, BP._BP_CUE_WORDS)
    unscreened = StripBoilerplate._rule_chain(block, text, bp_cues, [text], 0, ["Headline"])
    assert unscreened == StripBoilerplate()._block_rule(block, text, [text], 0, ["Headline"])
