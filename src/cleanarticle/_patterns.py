"""Boilerplate patterns as data: lexicons and compiled regexes, grouped by kind and language.

Every entry says where it comes from. Sources, abbreviated below:

* ``seed``   - the Traditional-Chinese CRI page our first user gave us (city bar, ``_fororder_`` image
  texts, ``【…】`` tag lines, ``圖片默認標題``, a numbered copyright declaration).
* ``wced``   - the chinese_wced eval pages (sina, sohu, 163, yahoo.cn, rfi, dahe, … 2003-2022).
* ``shub``   - the scrapinghub eval pages (English news sites: WSJ, NYT, LA Times, CBS, Reuters, …).
* ``common`` - widely used CMS / WordPress / social-widget strings, not seen in the eval set itself.

Rules that use these tables live in ``_boilerplate.py``. To add a pattern, add the string to the
right lexicon (or a regex to the right tuple) with a comment naming its source, then add a test case
in ``tests/test_patterns.py`` and, if it changes behaviour, ``tests/test_boilerplate.py``.

Regexes are anchored and only use bounded quantifiers over character classes, so none of them can
backtrack catastrophically; callers also bound the input length before matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# ---------------------------------------------------------------------------------------------------
# helpers


def word_alt(words: Iterable[str]) -> str:
    """A regex that matches exactly the literal ``words``, written as a trie ("a(?:b|c)" for
    "ab|ac"). It accepts the same strings as the flat alternation "ab|ac", but the engine tests each
    character once instead of once per word, which matters in IGNORECASE patterns, where ``re``
    tries every alternative in full (a flat list of 150 words costs ~1 us per line)."""
    words = set(words)
    firsts = sorted({w[0] for w in words if w})
    trie = _trie(words)
    if len(firsts) < 2 or "" in words:
        return trie
    # A lookahead on the first characters: one class test rejects most text before the engine walks
    # the trie's first-level branches one by one (the same strings match). With the lexicons of 13
    # languages, the combined line screens cost 2x without it and about what the 3-language tables
    # cost with it (measured on the 16k ground-truth lines of the eval sets).
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])" + trie


def _trie(words: set[str]) -> str:
    by_first: dict[str, set[str]] = {}
    for w in sorted(words):  # sorted: the same words always give the same pattern
        if w:
            by_first.setdefault(w[0], set()).add(w[1:])
    branches = [re.escape(first) + _trie(rests) for first, rests in by_first.items()]
    if not branches:
        return ""
    if "" in words:  # a word ends here and longer ones go on
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _words(text: str) -> frozenset[str]:
    """A lexicon written as one space-separated string (easier to read and extend than a tuple)."""
    return frozenset(text.split())


def _line(body: str) -> re.Pattern[str]:
    """A case-insensitive pattern that must match a whole (stripped) line."""
    return re.compile(rf"^(?:{body})$", re.IGNORECASE)


# Optional decoration around a whole-line label: bullets, brackets, trailing colon / arrows.
# From wced (■相关链接, 【发表评论】, 更多>>) and shub (READ MORE », Related:).
_LEAD = r"[\s■□●○◆◇▶▷►·•※★☆\-*#\[【〖［(（]{0,4}"
_TRAIL = r"[\s:：\]】〗］)）>»›→.。…]{0,6}"

# Sentence-final punctuation: a line ending in one of these reads as body text, not as a menu item
# or a headline.
SENTENCE_END = "。！？!；;"
SENTENCE_PUNCT_RE = re.compile(r"[。！？，；,;!?]")

# ---------------------------------------------------------------------------------------------------
# navigation: menu words, city/section bars, breadcrumbs, pagination

# Menu / section words. A bar whose items are mostly these is navigation even when it is short.
NAV_WORDS: dict[str, frozenset[str]] = {
    # wced (sina, sohu, yahoo.cn, rfi, yangtse) section menus.
    "zh-Hans": _words(
        "首页 主页 新闻 国内 国际 财经 体育 娱乐 科技 汽车 房产 教育 健康 旅游 军事 社会 文化 视频 图片 "
        "评论 专题 滚动 时政 港澳台 亚洲 非洲 美洲 欧洲 中东 人权 经贸 生态 时尚 游戏 读书 论坛 博客 "
        "微博 地方 本地 要闻 股票 基金 理财 女性 育儿 星座 彩票 手机 数码 家居 音乐 电影 电视 综艺 "
        "法治 图集 直播 english 网站首页 返回首页 更多 登录 注册 搜索 帮助"
    ),
    # seed (地方 bar), common Taiwan/HK portal menus.
    "zh-Hant": _words(
        "首頁 主頁 新聞 國內 國際 財經 體育 娛樂 科技 汽車 房產 教育 健康 旅遊 軍事 社會 文化 視頻 影音 "
        "圖片 評論 專題 即時 時政 兩岸 港澳 亞洲 歐洲 美洲 生活 地方 本地 要聞 股市 論壇 網站首頁 更多 "
        "登入 註冊 搜尋"
    ),
    # shub section bars (World | Business | Tech | Sport …).
    "en": _words(
        "home news world business tech technology sport sports politics opinion culture science health "
        "entertainment arts travel video videos style life lifestyle food weather markets money local us "
        "uk europe asia africa americas australia middle east economy education environment climate "
        "podcasts photos games books music movies tv media investigations live more menu search "
        "subscribe login sign in newsletters"
    ),
    # common: the section menus of the major news/portal templates in each language (single words;
    # multi-word items such as "gaya hidup" are covered by the bar rule's item count).
    "es": _words(
        "inicio portada noticias nacional internacional mundo política economía deportes cultura opinión "
        "sociedad tecnología ciencia salud espectáculos entretenimiento videos fotos contacto buscar"
    ),
    "pt": _words(
        "início notícias brasil mundo política economia esportes desporto cultura opinião tecnologia "
        "ciência saúde entretenimento vídeos fotos contato contacto buscar"
    ),
    "fr": _words(
        "accueil actualités international monde politique économie sport sports culture société sciences "
        "santé opinions idées vidéos photos contact rechercher"
    ),
    "de": _words(
        "startseite nachrichten politik wirtschaft sport kultur wissen gesellschaft panorama meinung "
        "digital reise gesundheit videos kontakt suche"
    ),
    "it": _words(
        "home notizie cronaca politica economia esteri sport cultura spettacoli tecnologia scienza salute "
        "opinioni video foto contatti cerca"
    ),
    "ru": _words(
        "главная новости политика экономика общество спорт культура наука технологии происшествия мир "
        "россия мнения видео фото контакты поиск"
    ),
    "ja": _words(
        "ホーム トップ ニュース 国内 国際 政治 経済 社会 スポーツ エンタメ 芸能 科学 ライフ 動画 写真"
    ),
    "ko": _words("홈 뉴스 정치 경제 사회 국제 문화 스포츠 연예 오피니언 사설 칼럼 포토 영상 전체기사"),
    "id": _words(
        "beranda berita nasional internasional politik ekonomi bisnis olahraga hiburan teknologi otomotif "
        "kesehatan video foto kontak"
    ),
    "nl": _words(
        "home nieuws binnenland buitenland politiek economie sport cultuur opinie wetenschap gezondheid "
        "video foto contact zoeken"
    ),
}
ALL_NAV_WORDS: frozenset[str] = frozenset().union(*NAV_WORDS.values())

# Separators between the items of a menu bar: pipes, middle dots, bullets, slashes with spaces,
# runs of 2+ spaces or ideographic spaces (seed city bar: "福州    廈門    泉州").
# Box-drawing bars (│) are left out: they draw text tables in code listings.
NAV_SPLIT_RE = re.compile(r"\s*[|｜丨·•]\s*|\s+[/／-]\s+|\s{2,}|\u3000+")
# Single spaces also separate items when every item is a short CJK word (wced: "首页 资讯 知识 音乐").
SPACE_SPLIT_RE = re.compile(r"\s+")
CJK_WORD_RE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]{1,4}$")

# A label line introducing a bar: "地方:", "頻道：", "Sections:" (seed; common). Any short colon label
# directly followed by a nav bar also counts (see _boilerplate); this lexicon catches labels that stand
# before bars the bar rule alone would miss.
NAV_LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("地方", "城市", "频道", "栏目", "导航", "分站", "地区", "站点导航", "网站导航"),  # seed, wced
    "zh-Hant": ("地方", "城市", "頻道", "欄目", "導航", "地區", "網站導覽"),  # seed
    "en": ("sections", "section", "regions", "cities", "editions", "edition", "menu", "navigation"),
    # common: the label before a section menu in each language's templates.
    "es": ("secciones", "menú", "navegación"),
    "pt": ("seções", "secções", "editorias", "menu", "navegação"),
    "fr": ("rubriques", "menu", "navigation"),
    "de": ("rubriken", "ressorts", "menü", "navigation"),
    "it": ("sezioni", "menu", "navigazione"),
    "ru": ("разделы", "рубрики", "меню", "навигация"),
    "ja": ("メニュー", "カテゴリー", "ナビゲーション"),
    "ko": ("메뉴", "섹션", "카테고리"),
    "id": ("kanal", "rubrik", "menu", "navigasi"),
    "nl": ("rubrieken", "secties", "menu", "navigatie"),
}
NAV_LABEL_RE = _line(
    _LEAD + "(?:" + word_alt(w for ws in NAV_LABEL_WORDS.values() for w in ws) + r")\s*[:：]?\s*"
)
# Any short colon-terminated label (for the "label directly before a nav bar" rule).
COLON_LABEL_RE = re.compile(r"^[^\s:：。，,.!?！？]{1,16}\s?[:：]$")

# Breadcrumbs: "首页 > 新闻 > 国内", "Home › World", "您的位置：主页>艺术教育>…" (wced sina/cl2000; shub).
BREADCRUMB_PREFIX_RE = re.compile(
    r"^(?:您的位置|你的位置|您现在的位置|當前位置|当前位置|現在位置|目前位置|所在位置|位置"
    r"|You are here)\s*[:：]",
    re.IGNORECASE,
)
BREADCRUMB_SEP_RE = re.compile(r"\s*(?:>>|>|›|»|→|／|/|＞|»)\s*")
BREADCRUMB_HOME = frozenset(
    {"首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "home", "homepage", "main", "index"}
)

# Pagination (wced yahoo.cn: "<< 上一页 | 下一页 >>", "第1页/共1页"; shub: "Next", "Previous").
PAGINATION_WORDS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("上一页", "下一页", "首页", "尾页", "末页", "上一篇", "下一篇", "下一版", "上一版", "全文"),
    "zh-Hant": ("上一頁", "下一頁", "首頁", "尾頁", "末頁", "上一篇", "下一篇", "下一版", "上一版", "全文"),
    "en": (
        "next",
        "previous",
        "prev",
        "next page",
        "previous page",
        "first",
        "last",
        "older",
        "newer",
        "older posts",
        "newer posts",
        "next article",
        "previous article",
        "view all",
        "page",
    ),
    # common: pager links of each language's templates, one token each (a bar is split on spaces, so
    # "Página anterior" is the two tokens "página" and "anterior"). A bar still needs one of
    # PAGINATION_ANCHOR_RE's words (next/prev/上一页/"page 2"…) to count as pagination.
    "es": ("siguiente", "anterior", "página", "primera", "última"),
    "pt": ("próxima", "próximo", "anterior", "página", "primeira", "última"),
    "fr": ("suivant", "suivante", "précédent", "précédente", "page", "première", "dernière"),
    "de": ("weiter", "zurück", "nächste", "vorherige", "seite"),
    "it": ("successivo", "successiva", "precedente", "pagina", "prima", "ultima"),
    "ru": ("далее", "назад", "вперёд", "вперед", "следующая", "предыдущая", "страница"),
    "ja": ("次へ", "前へ", "次のページ", "前のページ", "次の記事", "前の記事"),
    "ko": ("다음", "이전", "다음글", "이전글", "페이지"),
    "id": ("selanjutnya", "sebelumnya", "berikutnya", "halaman"),
    "nl": ("volgende", "vorige", "pagina"),
}
PAGINATION_TOKEN_RE = _line(
    r"[<«‹(（\[]{0,3}\s*(?:"
    + word_alt(w for ws in PAGINATION_WORDS.values() for w in ws)
    + r"|\d{1,4}"
    + r"|第\s?\d{1,4}\s?[页頁]"
    + r"|共\s?\d{1,4}\s?[页頁]"
    + r"|第\s?\d{1,4}\s?[页頁]\s?/\s?共\s?\d{1,4}\s?[页頁]"
    + r"|page\s\d{1,4}(?:\sof\s\d{1,4})?"
    + r")\s*[>»›)）\]]{0,3}"
)
# Items of a pagination bar are split on these (spaces, pipes, slashes).
PAGINATION_SPLIT_RE = re.compile(r"\s*[|｜/]\s*|\s+")
# A pagination bar must carry at least one of these words (bare "1 2 3" may be a table row).
# The other languages' anchors are their next/previous words (common pager templates).
PAGINATION_ANCHOR_RE = re.compile(
    r"上一[页頁篇版]|下一[页頁篇版]|第\s?\d{1,4}\s?[页頁]|\bnext\b|\bprev(?:ious)?\b|\bolder\b|\bnewer\b|\bpage\s\d"
    r"|\b(?:siguiente|anterior|pr[óo]xim[ao]|suivante?|pr[ée]c[ée]dente?|weiter|zur[üu]ck|n[äa]chste|vorherige"
    r"|successiv[oa]|precedente|далее|назад|вперёд|вперед|следующая|предыдущая|selanjutnya|sebelumnya"
    r"|berikutnya|volgende|vorige)\b|次へ|前へ|다음|이전",
    re.IGNORECASE,
)

# "More" links closing a box: "更多>>", "更多.....", "More »" (wced sina/yahoo.cn; shub).
MORE_LINKS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("更多", "更多资讯", "更多新闻", "查看更多"),  # wced
    "zh-Hant": ("更多", "更多資訊", "更多新聞", "查看更多"),  # common
    "en": ("more", "see more", "view more", "see all"),  # shub
    # common: "read more" / "see all" links of each language's templates.
    "es": ("ver más", "leer más", "seguir leyendo", "ver todo", "ver todos"),
    "pt": ("ver mais", "leia mais", "saiba mais", "continue lendo", "ver todos"),
    "fr": ("voir plus", "lire la suite", "en savoir plus", "voir tout", "tout voir"),
    "de": ("mehr", "weiterlesen", "mehr lesen", "mehr anzeigen", "alle anzeigen"),
    "it": ("leggi tutto", "leggi di più", "continua a leggere", "vedi tutti", "mostra altro"),
    "ru": ("подробнее", "читать далее", "читать полностью", "показать ещё", "показать еще", "все новости"),
    "ja": ("もっと見る", "続きを読む", "一覧を見る", "もっと読む"),
    "ko": ("더보기", "더 보기", "전체보기", "기사 더보기"),
    "id": ("selengkapnya", "baca selengkapnya", "lihat semua", "lihat selengkapnya"),
    "nl": ("lees meer", "lees verder", "bekijk alles", "toon meer"),
}
MORE_LINK_RE = _line(_LEAD + "(?:" + word_alt(w for ws in MORE_LINKS.values() for w in ws) + ")" + _TRAIL)

# HTML class/id tokens of navigation containers (common CMS/Bootstrap/WordPress names).
NAV_CUES: frozenset[str] = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "nav-bar",
        "navlist",
        "nav-list",
        "topnav",
        "top-nav",
        "subnav",
        "sub-nav",
        "mainnav",
        "main-nav",
        "menu",
        "mainmenu",
        "main-menu",
        "topmenu",
        "top-menu",
        "submenu",
        "sub-menu",
        "menubar",
        "menu-bar",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "crumb",
        "pagination",
        "pager",
        "paging",
        "pagenav",
        "page-nav",
        "sitenav",
        "site-nav",
        "channel-nav",
        "sitemap",
    }
)

# ---------------------------------------------------------------------------------------------------
# promos and ads; newsletter boxes

# Whole-line ad labels (shub "Advertisement", "Sponsored", "Sponsored Content"; wced rfi "广告").
AD_LABELS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("广告", "推广", "赞助", "赞助内容", "广告位", "推广链接", "广告招商"),
    "zh-Hant": ("廣告", "推廣", "贊助", "贊助內容", "廣告位"),
    "en": (
        "advertisement",
        "advertisements",
        "advertising",
        "advert",  # shub (morebikes: "Advert" over each ad slot)
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "sponsored links",
        "sponsored resources",
        "promoted",
        "promoted by zergnet",
        "paid content",
        "paid post",
        "partner content",
        "story continues below advertisement",
    ),
    # common unless marked: the ad slot labels of each language's templates.
    "es": ("publicidad", "anuncio", "patrocinado", "contenido patrocinado"),
    "pt": ("publicidade", "anúncio", "patrocinado", "conteúdo patrocinado"),  # shub (autoracing.com.br)
    "fr": ("publicité", "sponsorisé", "contenu sponsorisé", "contenu partenaire"),
    "de": ("anzeige", "werbung", "gesponsert", "sponsored content"),
    "it": ("pubblicità", "sponsorizzato", "contenuto sponsorizzato"),
    "ru": ("реклама", "на правах рекламы", "партнерский материал", "партнёрский материал"),
    "ja": ("広告", "スポンサーリンク", "スポンサー", "プロモーション"),
    "ko": ("광고", "스폰서", "협찬"),
    "id": ("iklan", "advertorial", "konten bersponsor"),  # shub (detik, kompas: "Iklan" lines)
    "nl": ("advertentie", "gesponsord", "gesponsorde inhoud"),
}
AD_LABEL_RE = _line(_LEAD + "(?:" + word_alt(w for ws in AD_LABELS.values() for w in ws) + ")" + _TRAIL)

# CMS image markers inside image texts. `_fororder_` is how the CRI CMS (seed) names promo images;
# camera file names and bare file names are image alts / captions nobody wrote.
PROMO_IMAGE_MARKER_RE = re.compile(r"_fororder_", re.IGNORECASE)
IMAGE_FILENAME_RE = re.compile(
    r"^[\w\u3400-\u9fff.()\-]{1,120}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|heic)$", re.IGNORECASE
)
CAMERA_FILENAME_RE = re.compile(r"^(?:IMG|DSC|DSCN|DSCF|DCIM|PIC|PXL|P)[_\-]?\d{3,}(?:[_\-]\w{1,20})?$")
# An ASCII identifier with 3+ underscores, like "Download_on_the_App_Store_Badge_CNSC_RGB" (wced rfi):
# only trusted on IMAGE / CAPTION blocks.
UNDERSCORE_NAME_RE = re.compile(r"^[A-Za-z0-9]{1,40}(?:_[A-Za-z0-9]{1,40}){3,20}$")

# Newsletter sign-up boxes (shub: "Subscribe to our Newsletters", "Sign up for newsletters";
# wced rfi "电邮新闻头条新闻就在您的每日新闻信里" / "订阅").
NEWSLETTER_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^(?:subscribe|sign up)(?: now| today| for free)?(?: (?:to|for)(?: our| the)?[\w .'’&-]{0,40}"
        r"(?:newsletters?|alerts|updates|emails?|magazine|access))?[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:get|receive) (?:our|the) [\w .'’&-]{0,40}newsletter[\w .'’&-]{0,60}[.!]?$", re.IGNORECASE
    ),
    re.compile(r"^[\w .'’&-]{0,30}newsletters?$", re.IGNORECASE),
    re.compile(
        r"^(?:订阅|訂閱|立即订阅|立即訂閱|订阅我们的?[\u3400-\u9fff]{0,8}|訂閱我們的?[\u3400-\u9fff]{0,8})$"
    ),
    re.compile(
        r"^(?:下载|下載)[\u3400-\u9fffA-Za-z]{0,12}(?:客户端|客戶端|应用程序|應用程式|APP|App)[\u3400-\u9fff]{0,12}$"
    ),
)
# The same sign-up calls in the other languages, as whole lines only (NEWSLETTER_LINE_RE, appended to
# NEWSLETTER_RES below): the heading or button of a sign-up box ("Receba nossa newsletter",
# "Abonnieren Sie unseren Newsletter"). A sentence that goes on ("Assine nossa newsletter e receba…",
# "Die Redaktion lädt ein, unseren Newsletter zu abonnieren, …") is no whole-line match; whole-line
# only, so no PROMO_HINTS entry is needed (the line pattern is part of the navigation screen).
# common unless marked: the sign-up boxes of each language's news sites and newsletter plugins
# (Mailchimp / WordPress sign-up forms in translation). zh: "订阅我们的新闻简报" and "訂閱我們的電子報"
# already match NEWSLETTER_RES's "订阅我们的…" pattern; these are the forms without "我们的".
NEWSLETTER_LINES: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("订阅新闻简报", "订阅电子报", "订阅newsletter", "立即订阅新闻简报"),
    "zh-Hant": ("訂閱電子報", "訂閱新聞快報", "立即訂閱電子報", "訂閱newsletter"),
    "es": (
        "suscríbete a nuestro boletín",
        "suscríbete a nuestro boletín de noticias",
        "suscríbete a nuestra newsletter",
        "suscríbete a nuestro newsletter",
        "suscríbase a nuestro boletín",
        "recibe nuestro boletín",
        "recibe nuestra newsletter",
    ),
    "pt": (
        "receba nossa newsletter",
        "receba a nossa newsletter",
        "assine nossa newsletter",
        "assine a nossa newsletter",
        "inscreva-se na nossa newsletter",
        "inscreva-se em nossa newsletter",
        "cadastre-se na nossa newsletter",
        "cadastre-se em nossa newsletter",
    ),
    "fr": (
        "abonnez-vous à notre newsletter",
        "inscrivez-vous à notre newsletter",
        "abonnez-vous à notre lettre d'information",
        "abonnez-vous à notre lettre d’information",
        "inscrivez-vous à notre lettre d'information",
        "inscrivez-vous à notre lettre d’information",
        "recevez notre newsletter",
    ),
    "de": (
        "abonnieren sie unseren newsletter",
        "newsletter abonnieren",
        "jetzt newsletter abonnieren",
        "zum newsletter anmelden",
        "jetzt zum newsletter anmelden",
        "melden sie sich für unseren newsletter an",
    ),
    "it": (
        "iscriviti alla nostra newsletter",
        "iscriviti alla newsletter",
        "ricevi la nostra newsletter",
        "abbonati alla nostra newsletter",
    ),
    "ru": (
        "подпишитесь на нашу рассылку",
        "подпишитесь на рассылку",
        "подписаться на рассылку",
        "подписаться на нашу рассылку",
        "подписаться на новостную рассылку",
    ),
    "ja": (
        "ニュースレターに登録",
        "ニュースレターを購読する",
        "ニュースレター登録",
        "メルマガ登録",
        "メールマガジン登録",
    ),
    "ko": ("뉴스레터 구독", "뉴스레터 구독하기", "뉴스레터 신청하기"),
    "id": ("berlangganan newsletter", "berlangganan newsletter kami", "daftar newsletter"),
}
NEWSLETTER_LINE_RE = _line(
    _LEAD + "(?:" + word_alt(w for ws in NEWSLETTER_LINES.values() for w in ws) + r")\s?[!！]{0,3}" + _TRAIL
)
NEWSLETTER_RES = (*NEWSLETTER_RES, NEWSLETTER_LINE_RE)
# Newsletter / subscription promos written as sentences inside the article box (shub: WIRED
# "Subscribe to WIRED and stay smart with…", NJ.com "Get the latest updates right in your inbox.
# Subscribe to NJ.com’s newsletters.", "Let our news meet your inbox.", "Sign up for The Water Coolest
# today to get the free daily newsletter…", "Get Motor Cycle Monthly delivered through your letterbox…").
# Each is a call to action at a sentence start, so a body sentence that *mentions* a newsletter, a
# subscription or its price ("The newsletter, which costs $5 a month, …") stays; the rule bounds the
# length (_boilerplate.PROMO_MAX_CHARS). The verb is case-sensitive (a sentence start), its object too:
# one subscribes to a title ("Subscribe to WIRED"), while "Subscribe to the topic…" is a how-to step.
_SENTENCE_START = r"(?:^|(?<=[.!?…]\s))"
# "Get the latest updates right in your inbox.", "Let our news meet your inbox.", "Get Motor Cycle
# Monthly delivered through your letterbox every month.": a reader-facing opener and "your inbox". It
# needs PROMO_DELIVERY_RE in the text too (below).
PROMO_INBOX_RE = re.compile(
    _SENTENCE_START + r"(?:Get|Let|Have|Receive|Want|Stay|Start|Never miss|Don[’']t miss)\b"
    r"[^.!?]{0,120}?\byour (?:inbox|letterbox|mailbox|e-?mail)\b"
)
PROMO_SENTENCE_RES: tuple[re.Pattern[str], ...] = (
    # "Subscribe to WIRED…", "Subscribe now to our…", "Subscribe today to The Times…"
    re.compile(_SENTENCE_START + r"Subscribe(?: now| today| here)? to (?:our\b|[A-Z0-9])"),
    # "Sign up for The Water Coolest today to get the free daily newsletter…", "Join our mailing list":
    # a sign-up verb, and a newsletter word later in the same sentence ("emails", plural: "Sign up for
    # the bundle using the same email as…" is a how-to step, shub).
    re.compile(
        _SENTENCE_START + r"(?:Sign up|Sign-up|Signup|Register|Join)(?: now| today| here)? (?:for|to|our)\b"
        r"[^.!?]{0,160}?\b(?:newsletters?|inbox|e-?mails|mailing list|alerts)\b"
    ),
    PROMO_INBOX_RE,
    # The reCAPTCHA notice under a sign-up form (shub), whole line.
    re.compile(r"^This (?:site|form|page) is protected by reCAPTCHA\b", re.IGNORECASE),
)
# PROMO_INBOX_RE needs one of these in the text too: what is delivered (news, an issue, updates), so
# "Get rid of the clutter in your inbox" (a how-to step) stays.
PROMO_DELIVERY_RE = re.compile(
    r"\b(?:news|newsletters?|updates|stories|headlines|delivered|digest|issues?|magazine|monthly|weekly"
    r"|daily)\b",
    re.IGNORECASE,
)
# Substrings, case-sensitive like the patterns, one of which every match of the first three
# PROMO_SENTENCE_RES patterns contains (the navigation pre-screen; tests check one sample per pattern):
# "Subscribe", the sign-up nouns and what follows "your " (inbox/letterbox/mailbox/email). The reCAPTCHA
# pattern (IGNORECASE, "^This … reCAPTCHA") is screened by its first two letters and "captcha", whose
# letters IGNORECASE equates with no other character than their own cases (tests check).
PROMO_HINTS: tuple[str, ...] = ("Subscribe", "newsletter", "inbox", "mail", "alerts", "letterbox")
PROMO_FIRST_LETTERS = "th"
PROMO_CAPTCHA = "captcha"
AD_CUES: frozenset[str] = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "ad-slot",
        "adslot",
        "ad-container",
        "adsbygoogle",
        "sponsor",
        "sponsored",
        "promo",
        "promotion",
        "dfp",
        "gpt-ad",
        "newsletter",
        "newsletter-signup",
        "subscribe-box",
    }
)

# ---------------------------------------------------------------------------------------------------
# legal and copyright notices

# Strong cues: any one of them in a short line marks a legal notice.
# `版权所有` must not be followed by 人/者/权 ("版權所有人" = the copyright owner, body text).
LEGAL_STRONG_RES: tuple[re.Pattern[str], ...] = (
    # en/all: "Copyright © 2019", "© 2019 Vox Media", "Copyright 2004-2008", "(c) 2020" (wced, shub)
    re.compile(r"copyright\s?(?:©|\(c\)|&copy;|@)|copyright\s?(?:©\s?)?(?:19|20)\d\d", re.IGNORECASE),
    re.compile(r"©\s?(?:copyright\s)?(?:(?:19|20)\d\d|[A-Z])|\(c\)\s?(?:19|20)\d\d", re.IGNORECASE),
    re.compile(r"all rights reserved", re.IGNORECASE),  # shub, wced
    # The same notice in the lexicons' other languages, and Korean's circled-c sign (common).
    re.compile(
        r"todos los derechos reservados|todos os direitos reservados|tous droits r[ée]serv[ée]s"
        r"|alle rechte vorbehalten|tutti i diritti riservati|все права защищены|hak cipta dilindungi"
        r"|alle rechten voorbehouden|무단\s?전재|ⓒ\s?(?:19|20)\d\d",
        re.IGNORECASE,
    ),
    re.compile(r"版[权權]所有(?![人者权權])"),  # wced (sina, sohu, dahe)
    # wced, seed; ja (common): "無断転載を禁じます", "無断転載・複製禁止". Every match holds 载/載, the
    # character _boilerplate's legal pre-screen looks for.
    re.compile(
        r"不得[转轉]载|請勿轉載|请勿转载|禁止[转轉]载|谢绝转载|謝絕轉載"
        r"|無断(?:で)?転載(?:[・、][^\s。、・]{1,6}){0,3}(?:を|は)?(?:禁|お断り)"
    ),
    re.compile(
        r"未[经經][^，。,]{0,24}(?:授[权權]|许可|許可|同意)[^，。,]{0,12}(?:转载|轉載|使用|复制|複製)"
    ),  # seed, wced
    re.compile(
        r"[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊]ICP[备備证證]"
    ),  # wced
    re.compile(
        r"ICP[备備证證]\s?\d|ICP\s?\d{6}|经营许可证编号|經營許可證編號|增值电信业务经营许可证|网安备|網安備|公网安备"
    ),  # wced
    re.compile(
        r"互联网新闻信息服务许可证|互聯網新聞信息服務許可證|信息网络传播视听节目许可证|违法和不良信息举报"
    ),  # common (cn portals)
    re.compile(
        r"(?:转载|轉載)[请請][注註]明|如有侵[权權]|若有侵[权權]|如涉及版[权權]|侵[权權]必究|侵删|侵刪"
    ),  # common
    re.compile(
        r"^(?:本网站|本網站|本网|本網|本站|本文)(?:所)?(?:刊[载載]|登[载載]|发布|發佈|转载|轉載)"
    ),  # wced, brief
    re.compile(r"^(?:凡本[网網站]注明|凡本[网網站]註明|凡注明|凡註明)"),  # seed clause form
    re.compile(r"^本文(?:仅|僅|只)代表作者|不代表本[网網站](?:观点|觀點|立场|立場)"),  # common disclaimer
)
# Weak cues: a short line that is *mostly* one of these, or one of these in footer context.
LEGAL_WEAK_WORDS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "版权声明",
        "免责声明",
        "隐私政策",
        "隐私权政策",
        "隐私保护",
        "个人信息保护政策",
        "使用条款",
        "服务条款",
        "法律声明",
        "用户协议",
        "著作权声明",
        "网站律师",
        "联系我们",
        "关于我们",
        "广告服务",
        "网站地图",
        "版权",
        "免责条款",
        "意见反馈",
        "举报",
    ),
    "zh-Hant": (
        "版權聲明",
        "免責聲明",
        "隱私政策",
        "隱私權政策",
        "隱私權保護",
        "使用條款",
        "服務條款",
        "法律聲明",
        "著作權聲明",
        "聯絡我們",
        "關於我們",
        "廣告服務",
        "網站地圖",
        "版權",
        "免責條款",
    ),
    "en": (
        "privacy policy",
        "privacy notice",
        "privacy",
        "terms of use",
        "terms of service",
        "terms",
        "terms & conditions",
        "terms and conditions",
        "cookie policy",
        "cookies",
        "cookie settings",
        "disclaimer",
        "legal notice",
        "legal",
        "accessibility",
        "contact us",
        "about us",
        "advertise",
        "advertise with us",
        "careers",
        "site map",
        "sitemap",
        "do not sell my personal information",
        "your california privacy rights",
        "reprints",
        "reprints & permissions",
        "permissions",
        "help",
    ),
    # common: footer link words of each language's templates (one link each: no "-", "/", ","
    # inside, as LEGAL_SPLIT_RE splits on them).
    "es": (
        "aviso legal",
        "política de privacidad",
        "política de cookies",
        "términos y condiciones",
        "condiciones de uso",
        "contacto",
        "quiénes somos",
        "publicidad",
        "mapa del sitio",
    ),
    "pt": (
        "política de privacidade",
        "termos de uso",
        "termos e condições",
        "fale conosco",
        "contato",
        "quem somos",
        "expediente",
        "anuncie",
        "mapa do site",
    ),
    "fr": (
        "mentions légales",
        "politique de confidentialité",
        "confidentialité",
        "conditions générales d'utilisation",
        "cgu",
        "gestion des cookies",
        "nous contacter",
        "contact",
        "plan du site",
        "publicité",
    ),
    "de": (
        "impressum",
        "datenschutz",
        "datenschutzerklärung",
        "agb",
        "nutzungsbedingungen",
        "kontakt",
        "über uns",
        "mediadaten",
        "barrierefreiheit",
    ),
    "it": (
        "note legali",
        "termini e condizioni",
        "termini di utilizzo",
        "contatti",
        "chi siamo",
        "pubblicità",
        "mappa del sito",
    ),
    "ru": (
        "политика конфиденциальности",
        "пользовательское соглашение",
        "правила использования",
        "контакты",
        "о нас",
        "о проекте",
        "реклама",
        "карта сайта",
    ),
    "ja": (
        "プライバシーポリシー",
        "個人情報保護方針",
        "利用規約",
        "免責事項",
        "著作権について",
        "お問い合わせ",
        "会社概要",
        "広告掲載",
        "サイトマップ",
    ),
    "ko": (
        "개인정보처리방침",
        "개인정보취급방침",
        "이용약관",
        "청소년보호정책",
        "회사소개",
        "광고문의",
        "제휴문의",
        "고객센터",
        "사이트맵",
    ),
    "id": (
        "kebijakan privasi",
        "syarat dan ketentuan",
        "pedoman media siber",
        "tentang kami",
        "redaksi",
        "kontak",
        "karir",
        "info iklan",
    ),
    "nl": (
        "privacybeleid",
        "privacyverklaring",
        "cookiebeleid",
        "algemene voorwaarden",
        "over ons",
        "colofon",
        "adverteren",
    ),
}
LEGAL_WEAK_WORD_SET: frozenset[str] = frozenset(w for ws in LEGAL_WEAK_WORDS.values() for w in ws)
# What makes a footer link bar legal rather than site navigation ("About us | Contact | Sitemap" is a
# menu; "Privacy | Terms" is legal): at least one item names a legal document.
LEGAL_CORE_RE = re.compile(
    r"版[权權]|著作[权權]|免[责責]|隐私|隱私|条款|條款|法律|协议|協議|个人信息|privacy|terms|cookie|disclaimer|legal"
    r"|personal information|permissions"
    # the legal documents of the other languages' footer link words (LEGAL_WEAK_WORDS)
    r"|privacidad|privacidade|términos|termos|condiciones de uso|confidentialité|mentions légales|cgu"
    r"|conditions générales|datenschutz|impressum|agb|nutzungsbedingungen|note legali|termini"
    r"|конфиденциальн|соглашение|правила использования|プライバシー|個人情報|規約|著作権|개인정보|약관"
    r"|청소년보호|privasi|syarat dan ketentuan|pedoman media siber|privacybeleid|privacyverklaring"
    r"|voorwaarden",
    re.IGNORECASE,
)
# Items of a footer link bar ("隐私政策 | 使用条款 | 联系我们", "Terms | Privacy | Help").
LEGAL_SPLIT_RE = re.compile(r"\s*[|｜丨·•/,-]\s*|\s{2,}|\u3000+")

# Whole-line declaration headers in the alphabetic languages, and in Japanese/Korean (the Chinese ones
# are built from parts below). A header alone is a legal notice only when it names copyright, a
# disclaimer or "legal" (see _boilerplate._legal_header_strength); otherwise it needs numbered clauses.
LEGAL_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (
        "disclaimer",
        "copyright notice",
        "copyright statement",
        "legal notice",
        "legal disclaimer",
        "terms of use",
        "terms and conditions",
        "terms of service",
        "copyright policy",
        "usage policy",
    ),  # shub, common
    # common: the same documents' titles in each language's templates.
    "es": ("aviso legal", "nota legal", "términos y condiciones", "condiciones de uso"),
    "pt": ("aviso legal", "termos de uso", "termos e condições"),
    "fr": (
        "mentions légales",
        "avertissement",
        "conditions d'utilisation",
        "conditions générales d'utilisation",
    ),
    "de": ("haftungsausschluss", "rechtliche hinweise", "nutzungsbedingungen"),
    "it": ("note legali", "avviso legale", "termini e condizioni", "termini di utilizzo"),
    "ru": ("отказ от ответственности", "правовая информация", "пользовательское соглашение"),
    "ja": ("免責事項", "利用規約", "著作権について"),
    "ko": ("면책조항", "이용약관", "저작권 안내"),
    "id": ("penafian", "syarat dan ketentuan"),
    "nl": ("algemene voorwaarden", "gebruiksvoorwaarden", "juridische informatie"),
}

# Declaration headers: "國際在線版權與信息産品內容銷售的聲明:" (seed), "版权声明" (wced dahe),
# "免责声明：", "Disclaimer", "Copyright notice", "Terms of use".
LEGAL_HEADER_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^[^。，,]{0,30}(?:版[权權]|著作[权權]|免[责責]|法律|信息[产産]品|資訊|隐私|隱私|使用|转载|轉載)"
        r"[^。，,]{0,20}(?:声明|聲明|条款|條款|须知|須知|协议|協議)\s*[:：]?$"
    ),
    re.compile(r"^(?:声明|聲明|特别声明|特別聲明|郑重声明|鄭重聲明)\s*[:：]?$"),
    re.compile(
        r"^(?:" + word_alt(w for ws in LEGAL_HEADERS.values() for w in ws) + r")\s*[:.]?$", re.IGNORECASE
    ),
)
# Numbered clauses: "1、…", "2. …", "(3) …", "（四）…", "一、…".
CLAUSE_RE = re.compile(
    r"^\s*(?:[(（]\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[、.．)）])"
)
# A declaration heading of any topic: a short CJK title ending in 声明 ("雅虎中国传输内容声明"; wced
# yahoo.cn). Alone it is no legal header (a news story may quote "外交部声明"); a legal notice only with
# a disclaimer paragraph under it (DISCLAIMER_PROSE_RE).
DECLARATION_TITLE_RE = re.compile(r"^[\u4e00-\u9fff]{2,18}(?:声明|聲明)\s?[:：]?$")
# The sentences of a portal's content-partner disclaimer or a forum's posting rules, written as a
# paragraph under a declaration heading instead of numbered clauses (wced yahoo.cn "…所有内容均由其
# 内容合作方根据协议提供…我们有权转载或摘编…", "…负责其所发布的内容的真实性、准确性和合法性"; zh-Hant
# common).
DISCLAIMER_PROSE_RE = re.compile(
    r"真实性[、，,和及与]{1,2}准确性|真實性[、，,和及與]{1,2}準確性|准确性[、，,和及与]{1,2}(?:完整性|合法性)"
    r"|準確性[、，,和及與]{1,2}(?:完整性|合法性)|不承担任何(?:法律)?责任|不承擔任何(?:法律)?責任"
    r"|内容合作方|內容合作方|著作权人|著作權人|[转轉]载或摘[编編]|[转轉]载、摘[编編]"
    r"|纯属作者个人观点|純屬作者個人觀點|不代表本[网站網]"
)
# Legal vocabulary that makes an unlabeled numbered clause run a legal one.
LEGAL_CLAUSE_VOCAB_RE = re.compile(
    r"版[权權]|著作[权權]|[转轉]载|授[权權]|侵[权權]|法律[责責]任|本[网網站]|copyright|licen[cs]e|liabilit|"
    r"reproduc|permission",
    re.IGNORECASE,
)

# Cookie consent boxes (shub "We use cookies."; common). The other languages' openings of the same
# boxes are common consent-banner texts.
COOKIE_RE = re.compile(
    # The lookahead holds every alternative's first letter: one class test rejects most lines.
    r"^(?=[wtbuencdqksмэн本我当이])"
    r"(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to use )?(?:this|our) "
    r"(?:web)?site,? you (?:agree|consent)|本网站使用cookie|本網站使用cookie|我们使用cookie|我們使用cookie|"
    r"本站使用cookie"
    r"|(?:utilizamos|usamos) cookies|este (?:sitio(?: web)?|site) (?:utiliza|usa) cookies"
    r"|nous utilisons des cookies|ce site (?:web )?utilise des cookies"
    r"|wir verwenden cookies|diese (?:website|webseite|seite) verwendet cookies"
    r"|(?:utilizziamo|usiamo) (?:i )?cookie|questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie"
    r"|мы используем (?:файлы )?cookie|(?:этот|наш) сайт использует (?:файлы )?cookie"
    r"|当サイトでは(?:cookie|クッキー)を(?:使用|利用)"
    r"|이 (?:웹)?사이트는 쿠키를 사용"
    r"|(?:kami|situs ini) menggunakan cookie"
    r"|(?:wij gebruiken|we gebruiken) cookies|deze (?:website|site) gebruikt cookies)",
    re.IGNORECASE,
)
LEGAL_CUES: frozenset[str] = frozenset(
    {
        "copyright",
        "copyrights",
        "disclaimer",
        "footer-legal",
        "cookie-banner",
        "cookie-notice",
        "cookie-consent",
        "gdpr",
        "beian",
    }
)

# ---------------------------------------------------------------------------------------------------
# CMS tag lines: runs of bracketed tags at the start of a line

# One bracketed tag, 1-24 characters, any of the bracket families seen: 【】 (seed, wced sina),
# [] (wced yahoo.cn "[头条]"), 〖〗 (wced cdp1998), ［］ (full-width, common), 〔〕 (common).
_TAG_BODY = r"[^\[\]【】〖〗［］〔〕\n]{1,24}"
TAG_RE = re.compile(rf"【{_TAG_BODY}】|\[{_TAG_BODY}\]|〖{_TAG_BODY}〗|［{_TAG_BODY}］|〔{_TAG_BODY}〕")
# At most this many tags are peeled off the start of a line.
MAX_TAGS = 12
# Labelled tag/keyword lines: "Tags: remote work, productivity", "标签：春节 晋江", "關鍵詞:…"
# (WordPress/Drupal "Tags:", "Filed under:", Chinese CMS 标签/关键词 lines under articles).
TAG_LABELS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("标签", "关键词", "关键字", "话题"),
    "zh-Hant": ("標籤", "關鍵詞", "關鍵字", "話題"),
    "en": ("tags", "tag", "tagged", "tagged with", "filed under", "topics", "keywords", "categories"),
    # common: the tag/keyword labels of each language's CMS templates (El País "Archivado en", WordPress
    # translations of "Tags").
    "es": ("etiquetas", "palabras clave", "archivado en", "temas relacionados"),
    "pt": ("etiquetas", "palavras-chave", "tópicos", "assuntos"),
    "fr": ("mots-clés", "mots clés", "étiquettes", "thèmes", "sujets"),
    "de": ("schlagwörter", "schlagworte", "stichwörter", "themen"),
    "it": ("argomenti", "parole chiave", "etichette"),
    "ru": ("теги", "метки", "ключевые слова"),
    "ja": ("タグ", "キーワード", "関連キーワード", "カテゴリー"),
    "ko": ("태그", "키워드", "관련 태그"),
    "id": ("topik", "kata kunci"),
    "nl": ("trefwoorden", "onderwerpen"),
}
LABELLED_TAG_LINE_RE = re.compile(
    r"^\s*(?:" + word_alt(w for ws in TAG_LABELS.values() for w in ws) + r")\s*[:：]\s*\S",
    re.IGNORECASE,
)
# A labelled tag line is short: a handful of tags.
LABELLED_TAG_LINE_MAX = 120
# A tag that is only a number ("[1]", "[12]") is a footnote reference, not a CMS tag.
FOOTNOTE_TAG_RE = re.compile(r"^.\s?\d{1,3}\s?.$")

# ---------------------------------------------------------------------------------------------------
# placeholders

PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "图片默认标题",
        "默认标题",
        "图片标题",
        "点击图片进入下一页",
        "点击图片查看下一张",
        "加载中",
        "正在加载",
        "图片加载中",
        "视频加载中",
        "暂无图片",
        "无标题",
        "您的浏览器不支持video标签",
        "您的浏览器不支持该视频",
        "双击自动滚屏",
        "点击播放",
        "请启用javascript",  # common: a widget's no-script text
        "请开启javascript",
    ),  # seed (Traditional form), wced
    "zh-Hant": (
        "圖片默認標題",
        "默認標題",
        "圖片標題",
        "點擊圖片進入下一頁",
        "點擊圖片查看下一張",
        "載入中",
        "加載中",
        "正在載入",
        "圖片載入中",
        "暫無圖片",
        "無標題",
        "點擊播放",
        "請啟用javascript",  # common: a widget's no-script text
        "請開啟javascript",
    ),  # seed
    "en": (
        "image placeholder",
        "placeholder",
        "placeholder image",
        "loading",
        "loading…",
        "loading...",
        "no image",
        "no image available",
        "image unavailable",
        "untitled",
        "click to enlarge",
        "click image to enlarge",
        "your browser does not support the video tag",
        "your browser does not support the audio element",
        "your browser does not support html5 video",
        "video player is loading",
        "play video",
        "press play",
        # A widget that needs scripts, left as its no-script text: "This slideshow requires
        # JavaScript." (shub, WordPress Jetpack); the other widgets' and the generic forms (common).
        "this slideshow requires javascript",
        "this gallery requires javascript",
        "this video requires javascript",
        "this content requires javascript",
        "this feature requires javascript",
        "javascript is required",
        "javascript is disabled",
        "please enable javascript",
        "please enable javascript to view this content",
    ),  # shub, common
    # common: loading / missing-image texts of each language's templates and players; then a
    # widget's no-script text, the generic "please enable JavaScript" of each language (common:
    # <noscript> notices of news sites and players; the words differ by site, so only this form).
    "es": (
        *("cargando", "cargando...", "imagen no disponible", "sin imagen"),
        *("por favor, habilita javascript", "por favor, habilite javascript", "habilita javascript"),
    ),
    "pt": (
        *("carregando", "carregando...", "imagem indisponível", "sem imagem"),
        *("por favor, ative o javascript", "por favor, habilite o javascript", "ative o javascript"),
    ),
    "fr": (
        *("chargement", "chargement...", "chargement en cours", "image non disponible"),
        *("veuillez activer javascript", "veuillez activer le javascript", "activez javascript"),
    ),
    "de": (
        *("wird geladen", "lädt", "lädt...", "bild nicht verfügbar", "kein bild"),
        *("bitte aktivieren sie javascript", "bitte javascript aktivieren", "javascript ist deaktiviert"),
    ),
    "it": (
        *("caricamento", "caricamento...", "caricamento in corso", "immagine non disponibile"),
        *("abilita javascript", "per favore abilita javascript", "attiva javascript"),
    ),
    "ru": (
        *("загрузка", "загрузка...", "идёт загрузка", "идет загрузка", "нет изображения"),
        *("включите javascript", "пожалуйста, включите javascript", "javascript отключен"),
    ),
    "ja": (
        *("読み込み中", "読み込み中...", "画像なし", "no image"),
        *("javascriptを有効にしてください", "javascript を有効にしてください", "javascriptが無効です"),
    ),
    "ko": (
        *("로딩중", "로딩 중", "불러오는 중", "이미지 없음"),
        *("자바스크립트를 활성화해 주세요", "javascript를 활성화해 주세요"),
    ),
    "id": ("memuat", "memuat...", "tidak ada gambar", "aktifkan javascript", "silakan aktifkan javascript"),
    "nl": ("laden", "laden...", "bezig met laden", "geen afbeelding"),
}
PLACEHOLDER_RE = _line(
    r"[\s(（\[【]{0,2}(?:"
    + word_alt(w for ws in PLACEHOLDERS.values() for w in ws)
    + r")[\s.。…)）\]】]{0,4}"
)
# Video players' countdowns left in the text: "Your video will play in 00:25" (readability cnn),
# "Next video starts in : 7 Play" (readability yahoo-3); a widget's control text (Reason.WIDGET).
VIDEO_COUNTDOWN_RE = re.compile(
    r"^(?:your (?:video|clip|ad) will (?:play|start|begin|resume) in|(?:the )?next video (?:starts|will start"
    r"|plays|begins) in|video will (?:play|start|resume) in|up next in)\s?:?\s?\d{1,2}(?::\d{2})?"
    r"(?:\s?s(?:ec(?:onds?)?)?)?(?: (?:play|cancel|skip))?$",
    re.IGNORECASE,
)

# Unrendered WordPress shortcodes left as a whole line (Reason.WIDGET): an opening tag with attributes
# ("[caption id="attachment_12" align="alignleft" width="300"]"), optionally with its content and the
# matching closing tag ("[button link=”http://…” type=”big”] Send us YOUR kit review[/button]", shub
# morebikes). The attribute ("name key=…") tells a shortcode from a tag line ("[头条] …") and from
# forum BBCode ("[quote=Bob]", "[b]…[/b]"), whose quoted text may be body.
SHORTCODE_RE = re.compile(
    r"^\[([a-z][a-z0-9_-]{1,30}) [a-z_-]{1,30}=[^\[\]]{0,300}\](?:[^\[\]]{0,300}\[/\1\])?$", re.IGNORECASE
)

# --- photo credits and captions ----------------------------------------------------------------
# Credit lines and captions the parser did not mark as captions (no <figcaption>): StripBoilerplate
# re-types them as BlockKind.CAPTION (they leave Article.text, stay in Article.blocks). Sources: shub
# (CNBC, Vox, Slate, Quanta, space.com, Express, Forbes, Business Insider, AP member sites) and
# readability (ehow, breitbart, cnet); the other languages' labels are the common credit labels of
# each language's news templates.
#
# Labels that open a credit line: "Photo by X", "Courtesy of X", "(Image credit: X)", "Foto: X",
# "图片来源：X", "личный архив X" (a personal archive, shub). Written lower-case, with the punctuation
# that must follow them; a colon label also matches with a space before the colon ("Photo : X").
CREDIT_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "photo by", "photos by", "photograph by", "photographs by", "photography by", "image by",
        "images by", "illustration by", "illustrations by", "photo illustration by", "video by",
        "courtesy of", "courtesy", "photo courtesy of", "image courtesy of", "photo credit", "image credit",
        "photo credits", "image credits", "picture credit", "main image credit", "credit", "credits",
        "photo", "photos", "image", "images", "picture", "pic", "illustration", "ap photo",
    ),  # shub, readability
    "es": ("foto", "fotos", "foto de", "fotografía", "imagen", "crédito", "créditos", "cortesía de"),
    "pt": ("foto", "fotos", "foto de", "imagem", "crédito", "créditos", "reprodução", "divulgação"),
    "fr": ("photo", "crédit photo", "crédits photo", "crédit", "crédits", "illustration"),
    "de": ("foto", "fotos", "bild", "bildquelle", "quelle bild", "fotograf"),
    "it": ("foto", "foto di", "immagine", "credit foto"),
    "ru": ("фото", "фотография", "иллюстрация", "личный архив", "из личного архива", "источник фото"),
    "zh-Hans": ("图片来源", "图片", "图", "摄影", "摄", "供图", "图片提供"),
    "zh-Hant": ("圖片來源", "圖片", "圖", "攝影", "攝", "供圖", "圖片提供"),
    "ja": ("写真", "写真提供", "撮影", "画像", "提供"),
    "ko": ("사진", "사진 제공", "사진제공"),
    "id": ("foto", "sumber foto", "kredit foto"),
    "nl": ("foto", "beeld", "afbeelding"),
}  # fmt: skip
# Labels that name the credit without a colon ("Photo by X", "Courtesy of X", "личный архив X"); every
# other label needs a colon, "=" (Korean "사진=") or "/" (Chinese "图/X") after it.
CREDIT_BARE_LABELS: frozenset[str] = frozenset(
    w
    for ws in CREDIT_LABELS.values()
    for w in ws
    if w.endswith((" by", " of", " de", " di")) or w in {"личный архив", "из личного архива", "courtesy"}
)
_CREDIT_LABEL_ALT = word_alt(w for ws in CREDIT_LABELS.values() for w in ws)
# A credit label at the start of a line (after an optional bracket) and what follows it.
CREDIT_LABEL_RE = re.compile(
    rf"^[(（\[]?\s?({_CREDIT_LABEL_ALT})(\s?[:：=/]\s?|\s)(.{{1,80}}?)[)）\]]?$", re.IGNORECASE
)
# Photo agencies and image banks (shub, readability, common): a credit on its own ("Natalie Naccache |
# Bloomberg | Getty Images", "Jupiterimages, Getty Images/Creatas RF", "evgenyb/iStock/Getty Images").
PHOTO_AGENCIES: tuple[str, ...] = (
    "getty", "getty images", "ap photo", "shutterstock", "istock", "istockphoto", "alamy", "corbis",
    "unsplash", "pixabay", "pexels", "wikimedia commons", "creative commons", "wireimage", "filmmagic",
    "nurphoto", "zuma press", "zuma wire", "sopa images", "imagn", "jupiterimages", "pa images",
    "pa wire", "afp photo", "reuters photo", "visual china", "视觉中国", "东方ic", "图虫创意",
)  # fmt: skip
# News wires (shub, common), which also sign articles ("Tom Davies Associated Press" is a byline): a
# credit only next to an image. Chinese agencies are left out: 新华社 opens datelines and bylines.
# EPA (a photo agency) is also the US Environmental Protection Agency; NASA is no wire, but its images
# carry "NASA/JPL-Caltech/…" credits (shub).
WIRE_AGENCIES: tuple[str, ...] = (
    "ap", "associated press", "reuters", "afp", "bloomberg", "xinhua", "dpa", "ansa", "efe", "kyodo",
    "yonhap", "aap", "pa", "tass", "epa", "epa-efe", "nasa",
)  # fmt: skip
PHOTO_AGENCY_RE = re.compile(rf"(?<![\w-])(?:{word_alt(PHOTO_AGENCIES)})(?![\w-])", re.IGNORECASE)
WIRE_AGENCY_RE = re.compile(rf"(?<![\w-])(?:{word_alt(WIRE_AGENCIES)})(?![\w-])", re.IGNORECASE)
# Items of a credit: "Name/Agency", "Name | Agency", "Agency, Name", "X via AP", "X for Quanta Magazine".
CREDIT_SPLIT_RE = re.compile(r"\s?[/|,;]\s?|\s(?:via|for|and|&)\s")
# Lower-case words a credit's name items may hold ("Courtesy of the artist", "Kevin Mazur/Getty Images
# for TAS", "Ludwig van Beethoven"); any other lower-case word makes the text prose.
CREDIT_JOINERS: frozenset[str] = _words(
    "of for and the via de da del della di du des dos das van von der den la le el y e und et al bin "
    "at in from by with file pool handout staff photo images"
)
# Names of publications that commission photos: "Kirsten Luce for The New York Times", "RenderBurger
# for Quanta Magazine" (shub, readability), a credit only next to an image.
PUBLICATION_NOUNS: frozenset[str] = _words(
    "magazine times post news journal herald tribune guardian telegraph review daily weekly chronicle "
    "gazette observer independent today"
)
# Chinese whole-line photographer credits: "新华社记者 李贺 摄", "（本报记者 王五/摄）", "张三、李四 摄"
# (common). Only the credit alone: "这次…很大 本报记者 惠禾 摄" is a caption the wced ground truth keeps.
CJK_PHOTOGRAPHER_RE = re.compile(
    r"^[(（]?(?:[\u3400-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員)\s?)?[\u3400-\u9fff·]{2,4}"
    r"(?:\s?[、,，]\s?[\u3400-\u9fff·]{2,4}){0,3}\s?/?\s?[摄攝]影?[)）]?$"
)

# ---------------------------------------------------------------------------------------------------
# share / print / font-size bars

# Strong share words: a bar must contain at least one of these.
SHARE_WORDS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "分享到",
        "分享至",
        "分享",
        "转发",
        "转发到",
        "微信",
        "微博",
        "新浪微博",
        "腾讯微博",
        "QQ空间",
        "QQ好友",
        "QQ",
        "朋友圈",
        "微信好友",
        "人人网",
        "豆瓣",
        "开心网",
        "复制链接",
        "打印",
        "打印本页",
        "打印本文",
        "打印文章",
        "关闭窗口",
        "关闭",
        "關閉",
        "发送给朋友",
        "推荐给朋友",
        "收藏",
        "收藏本文",
        "加入收藏",
        "返回顶部",
        "返回页首",
        "字号",
        "字体",
        "纠错",
        "扫一扫",
        "手机看新闻",
    ),  # wced
    "zh-Hant": (
        "分享到",
        "分享至",
        "分享",
        "轉發",
        "微信",
        "微博",
        "朋友圈",
        "複製連結",
        "複製鏈接",
        "列印",
        "打印",
        "關閉窗口",
        "關閉視窗",
        "收藏",
        "加入收藏",
        "返回頂部",
        "回到頂部",
        "字號",
        "字體",
        "字級",
    ),  # common (Taiwan/HK portals)
    "en": (
        "share",
        "shares",
        "share this",
        "share this story",
        "share this article",
        "share via",
        "share on facebook",
        "share on twitter",
        "share on linkedin",
        "share permalink",
        "tweet",
        "print",
        "email",
        "e-mail",
        "facebook",
        "twitter",
        "linkedin",
        "reddit",
        "pinterest",
        "whatsapp",
        "telegram",
        "line",
        "copy link",
        "copy url",
        "save",
        "save article",
        "mail",
        "flipboard",
        "messenger",
        "sms",
        "font size",
        "text size",
        "comment",
        "bookmark",
    ),  # shub
    # common: share / print / copy-link buttons of each language's templates; the "<verb> on
    # Facebook" forms are whole-line entries (a bar is split on spaces).
    "es": (
        "compartir",
        "comparte",
        "compartir en facebook",
        "compartir en twitter",
        "compartir en whatsapp",
        "imprimir",
        "copiar enlace",
        "enviar por correo",
    ),
    "pt": (
        "compartilhar",
        "compartilhe",
        "partilhar",
        "compartilhar no facebook",
        "compartilhar no twitter",
        "compartilhar no whatsapp",
        "imprimir",
        "copiar link",
    ),
    "fr": (
        "partager",
        "partagez",
        "partager sur facebook",
        "partager sur twitter",
        "imprimer",
        "copier le lien",
        "envoyer par e-mail",
    ),
    "de": (
        "teilen",
        "drucken",
        "auf facebook teilen",
        "auf twitter teilen",
        "per e-mail teilen",
        "link kopieren",
        "merken",
    ),
    "it": (
        "condividi",
        "condividi su facebook",
        "condividi su twitter",
        "condividi su whatsapp",
        "stampa",
        "copia link",
    ),
    "ru": (
        "поделиться",
        "вконтакте",
        "одноклассники",
        "печать",
        "распечатать",
        "скопировать ссылку",
        "копировать ссылку",
    ),
    "ja": (
        "シェア",
        "シェアする",
        "ツイート",
        "はてなブックマーク",
        "印刷",
        "印刷する",
        "リンクをコピー",
        "lineで送る",
    ),
    "ko": (
        "공유",
        "공유하기",
        "카카오톡",
        "카카오스토리",
        "페이스북",
        "트위터",
        "인쇄",
        "링크복사",
        "url복사",
        "스크랩",
    ),
    "id": (
        "bagikan",
        "bagikan artikel",
        "bagikan ke facebook",
        "bagikan ke twitter",
        "cetak",
        "salin tautan",
    ),
    "nl": ("delen", "deel", "delen op facebook", "delen op twitter", "afdrukken", "printen", "kopieer link"),
}
# Weak words that may fill a share bar but do not make one ("字号：大 中 小", "Share on …").
SHARE_FILLER: frozenset[str] = frozenset(
    {
        "大",
        "中",
        "小",
        "默认",
        "默認",
        "缩小",
        "放大",
        "a+",
        "a-",
        "a",
        "aa",
        "on",
        "via",
        "to",
        "this",
        "story",
        "article",
        "page",
        "&",
        "and",
        "or",
        "x",
        "本文",
        "本页",
        "到",
        # comment links often sit in the same bar: "【发表评论】【关闭窗口】" (wced sina)
        "发表评论",
        "發表評論",
        "我要评论",
        "我要評論",
        "comments",
        # prepositions of "Compartir en: Facebook", "Partager sur", "Teilen auf", "Condividi su" (common)
        "en",
        "sur",
        "auf",
        "su",
    }
)
SHARE_WORD_SET: frozenset[str] = frozenset(w.lower() for ws in SHARE_WORDS.values() for w in ws)
# A prompt to share, whole line: "Like this story? Share it with a friend!" (shub, RT), with an
# optional question before it; "Share this article with your friends." (common). A sentence that
# goes on ("Share it with a friend who …") is no whole-line match.
# The same prompt in the other languages (common: the line under a post's share buttons, and the
# brief's examples "分享给朋友", "この記事をシェアする"), whole line with an optional "!"; the bare
# buttons ("Compartir", "シェアする") are SHARE_WORDS.
SHARE_PROMPTS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("分享给朋友", "分享给好友", "分享给朋友吧", "分享这篇文章", "把这篇文章分享给朋友"),
    "zh-Hant": ("分享給朋友", "分享給好友", "分享給朋友吧", "分享這篇文章", "把這篇文章分享給朋友"),
    "es": ("comparte esta noticia", "comparte este artículo", "compártelo con tus amigos"),
    "pt": ("compartilhe esta notícia", "compartilhe essa notícia", "compartilhe este artigo"),
    "fr": ("partagez cet article", "partagez cet article avec vos amis", "partager cet article"),
    "de": ("artikel teilen", "diesen artikel teilen", "teilen sie diesen artikel"),
    "it": (
        "condividi questo articolo",
        "condividi l'articolo",
        "condividi l’articolo",
        "condividi questa notizia",
    ),
    "ru": ("поделиться статьей", "поделиться статьёй", "поделитесь этой статьей", "поделитесь этой статьёй"),
    "ja": ("この記事をシェアする", "この記事をシェア", "記事をシェアする"),
    "ko": ("기사 공유하기", "이 기사 공유하기"),
    "id": ("bagikan artikel ini", "bagikan berita ini"),
}
SHARE_PROMPT_RE = re.compile(
    r"^(?:(?:(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:story|article|post"
    r"|piece|video|read)\s?[?!.]\s?)?(?:please )?share (?:it|this(?: story| article| post| page| video)?) "
    r"with (?:a friend|friends|your friends|a friend or two|others)\s?[.!]{0,3}"
    r"|(?:" + word_alt(w for ws in SHARE_PROMPTS.values() for w in ws) + r")\s?[.!。！]{0,3})$",
    re.IGNORECASE,
)
SHARE_SPLIT_RE = re.compile(r"[\s|｜丨│·•:：,，、/【】\[\]()（）<>«»]+")
# Embedded widgets whose controls leave label text in the page ("Foreground", "Text Edge Style",
# "Video Quality", "Auto"): video.js (vjs-*), Yahoo's player (yvp-*), JW Player, MediaElement, Plyr;
# search/login forms and modal dialogs. Seen on readability's bug-1255978 and yahoo-3 pages.
WIDGET_CUES: frozenset[str] = frozenset(
    {
        "vjs", "video-js", "vjs-control-bar", "yvp", "jwplayer", "jw-controls", "mejs", "plyr",
        "player-controls", "controlbar", "control-bar", "search-form", "searchform", "search-box",
        "searchbox", "login-form", "loginform", "signin", "sign-in", "modal", "tooltip", "dropdown-menu",
    }
)  # fmt: skip
SHARE_CUES: frozenset[str] = frozenset(
    {
        "share",
        "shares",
        "sharing",
        "share-bar",
        "sharebar",
        "share-buttons",
        "share-tools",
        "social-share",
        "social-links",
        "social-buttons",
        "sharethis",
        "addthis",
        "article-tools",
        "font-size",
        "fontsize",
        "bdsharebuttonbox",
        "bdshare",
    }
)

# ---------------------------------------------------------------------------------------------------
# related-story teasers

RELATED_HEADINGS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "相关新闻",
        "相关阅读",
        "相关报道",
        "相关文章",
        "相关链接",
        "相关内容",
        "相关专题",
        "相关推荐",
        "延伸阅读",
        "推荐阅读",
        "推荐文章",
        "热点推荐",
        "热点新闻",
        "热点文章",
        "热门推荐",
        "热门文章",
        "热门新闻",
        "猜你喜欢",
        "精彩推荐",
        "今日推荐",
        "编辑推荐",
        "大家都在看",
        "看了本文的人还看了",
        "其他同一栏目内容",
        "更多新闻",
        "更多阅读",
        "往期回顾",
        "一周要闻回顾",
        "本周推荐",
        "图片新闻",
        "最新文章",
        "最新新闻",
        "滚动新闻",
        "为你推荐",
        "阅读排行",
        "点击排行",
        "评论排行",
        "排行榜",
        "热门排行",
        "新闻排行",
    ),  # wced
    "zh-Hant": (
        "相關新聞",
        "相關閱讀",
        "相關報導",
        "相關報道",
        "相關文章",
        "相關連結",
        "相關內容",
        "延伸閱讀",
        "推薦閱讀",
        "熱門推薦",
        "熱門文章",
        "熱門新聞",
        "猜你喜歡",
        "精彩推薦",
        "今日推薦",
        "編輯推薦",
        "大家都在看",
        "更多新聞",
        "最新文章",
        "最新新聞",
        "即時新聞",
        "為你推薦",
        "閱讀排行",
        "排行榜",
    ),  # common
    "en": (
        "related",
        "related stories",
        "related articles",
        "related news",
        "related content",
        "related posts",
        "related coverage",
        "related links",
        "related reading",
        "related topics",
        "related video",
        "related videos",
        "related searches",
        "read more",
        "read next",
        "more stories",
        "more news",
        "more on this story",
        "more on this topic",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "recommended stories",
        "most read",
        "most popular",
        "most viewed",
        "trending",
        "trending now",
        "up next",
        "what to read next",
        "see also",
        "further reading",
        "top stories",
        "latest news",
        "latest stories",
        "breaking news",
        "latest headlines",
        "don't miss",
        "editors' picks",
        "editor's picks",
        "popular",
        "in case you missed it",
    ),  # shub, common
    # common unless marked: the related / recommended / most-read box headings of each language's
    # templates (WordPress related-posts plugins in translation, portal "most read" boxes).
    "es": (
        "artículos relacionados",
        "noticias relacionadas",
        "notas relacionadas",
        "contenido relacionado",
        "te puede interesar",
        "también te puede interesar",
        "te podría interesar",
        "quizás te interese",
        "te recomendamos",
        "lo más leído",
        "más leídas",
        "más noticias",
        "lee también",
        "ver también",
    ),
    "pt": (
        "você pode gostar",
        "você também pode gostar",
        "você pode se interessar",
        "leia também",
        "veja também",
        "notícias relacionadas",
        "artigos relacionados",
        "posts relacionados",
        "matérias relacionadas",
        "mais lidas",
        "mais lidos",
        "mais notícias",
    ),  # shub (mensagensreflexao.com.br: "Você pode gostar...")
    "fr": (
        "à lire aussi",
        "a lire aussi",
        "lire aussi",
        "à voir aussi",
        "sur le même sujet",
        "articles similaires",
        "articles liés",
        "articles connexes",
        "vous aimerez aussi",
        "vous aimerez peut-être aussi",
        "les plus lus",
        "les plus partagés",
        "dans la même rubrique",
    ),
    "de": (
        "das könnte sie auch interessieren",
        "das könnte dich auch interessieren",
        "auch interessant",
        "mehr zum thema",
        "lesen sie auch",
        "weitere artikel",
        "ähnliche artikel",
        "verwandte artikel",
        "meistgelesen",
        "meistgelesene artikel",
        "am meisten gelesen",
    ),
    "it": (
        "articoli correlati",
        "notizie correlate",
        "post correlati",
        "potrebbe interessarti",
        "potrebbe interessarti anche",
        "ti potrebbe interessare",
        "i più letti",
        "più letti",
        "altre notizie",
    ),
    "ru": (
        "читайте также",
        "смотрите также",
        "похожие статьи",
        "похожие новости",
        "похожие записи",
        "по теме",
        "материалы по теме",
        "ещё по теме",
        "еще по теме",
        "другие новости",
        "самое популярное",
        "самое читаемое",
        "популярное",
    ),
    "ja": (
        "関連記事",
        "関連ニュース",
        "関連リンク",
        "おすすめ記事",
        "あわせて読みたい",
        "合わせて読みたい",
        "こちらもおすすめ",
        "人気記事",
        "よく読まれている記事",
        "アクセスランキング",
        "この記事を読んだ人はこんな記事も読んでいます",
    ),
    "ko": (
        "관련기사",
        "관련 기사",
        "관련뉴스",
        "관련 뉴스",
        "추천기사",
        "추천 기사",
        "많이 본 뉴스",
        "많이 본 기사",
        "인기기사",
        "함께 보면 좋은 기사",
        "이 시각 인기 뉴스",
    ),
    "id": (
        "baca juga",
        "berita terkait",
        "artikel terkait",
        "berita lainnya",
        "terpopuler",
        "pilihan redaksi",
        "rekomendasi untuk anda",
    ),
    "nl": (
        "gerelateerde artikelen",
        "gerelateerd",
        "lees ook",
        "bekijk ook",
        "ook interessant",
        "meer nieuws",
        "meest gelezen",
    ),
}
RELATED_HEADING_RE = _line(
    _LEAD
    + "(?:"
    + word_alt(w for ws in RELATED_HEADINGS.values() for w in ws)
    # Free forms, behind one class test of their first letters (the engine would try each on every line).
    + r"|(?=[mopct])(?:more from [\w .'’&-]{1,40}|more in [\w .'’&-]{1,40}"
    + r"|more (?:stories|news) from [\w .'’&-]{1,40}"
    # The general forms of box headings that name a site or a section (shub, readability): "More Great
    # WIRED Stories", "Other People Are Reading", "Other Opinion Columns", "Popular on IndieWire",
    # "Most Read Business Stories", AP's "Places in this Story" / "Organizations in this Story".
    + r"|more [\w .'’&-]{1,40} (?:stories|articles|news|reads|videos|columns|headlines)"
    + r"|other [\w .'’&-]{0,30}(?:stories|articles|news|columns|reading|reads)"
    + r"|(?:most )?popular (?:on|in|at|from) [\w .'’&-]{1,40}"
    + r"|most (?:read|popular|viewed|shared|emailed|commented) [\w .'’&-]{0,30}(?:stories|articles|news|posts"
    + r"|videos)"
    + r"|(?:people|places|organi[sz]ations|companies|topics|teams|players|products) (?:mentioned )?in this"
    + r" (?:story|article)))"
    + _TRAIL
)
# Inline teaser: "Read more: <headline>", "相关阅读：<headline>" (shub, wced), "Baca juga: <headline>".
RELATED_INLINE_LABELS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("延伸阅读", "相关阅读", "相关新闻", "相关报道", "推荐阅读", "相关链接"),  # wced
    "zh-Hant": ("延伸閱讀", "相關閱讀", "相關新聞", "相關報導", "推薦閱讀", "相關連結"),  # common
    "en": ("read more", "read next", "related", "see also", "also read", "more"),  # shub
    # common: the "read also:" lead-ins each language's editors put before a linked headline.
    "es": ("lee también", "lea también", "te puede interesar", "ver también"),
    "pt": ("leia também", "veja também", "leia mais", "saiba mais"),
    "fr": ("à lire aussi", "a lire aussi", "lire aussi", "voir aussi"),
    "de": ("lesen sie auch", "mehr zum thema", "auch interessant"),
    "it": ("leggi anche", "potrebbe interessarti"),
    "ru": ("читайте также", "смотрите также", "по теме"),
    "ja": ("関連記事", "あわせて読みたい"),
    "ko": ("관련기사", "관련 기사"),
    "id": ("baca juga", "simak juga", "lihat juga"),
    "nl": ("lees ook", "bekijk ook"),
}
RELATED_INLINE_RE = re.compile(
    r"^[\s■●▶·•]{0,2}(?:"
    + word_alt(w for ws in RELATED_INLINE_LABELS.values() for w in ws)
    # MacRumors' "Related Roundup: MacBook Pro", "Related Guide: …" (shub): "related" and one word.
    + r"|related [a-z]{3,12})\s?[:：]\s?\S",
    re.IGNORECASE,
)
# Teaser excerpts: a cut-off paragraph ending in "… Read more" (lifehacker's "…sights, sounds,… Read more
# Read more", readability), in each language's "read more" / "continue reading" words (common).
READ_MORE_WORDS: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("阅读全文", "查看全文", "全文", "阅读更多", "查看更多"),
    "zh-Hant": ("閱讀全文", "查看全文", "全文", "閱讀更多", "查看更多"),
    "en": ("read more", "continue reading", "keep reading", "read full story", "read the full story",
           "read full article", "read the rest", "more"),  # readability, common
    "es": ("leer más", "seguir leyendo", "sigue leyendo", "ver más"),
    "pt": ("leia mais", "continue lendo", "ler mais", "saiba mais"),
    "fr": ("lire la suite", "lire plus", "en savoir plus"),
    "de": ("weiterlesen", "mehr lesen", "mehr"),
    "it": ("leggi tutto", "continua a leggere", "leggi di più"),
    "ru": ("читать далее", "читать дальше", "подробнее"),
    "ja": ("続きを読む", "もっと見る"),
    "ko": ("더보기", "계속 읽기"),
    "id": ("baca selengkapnya", "selengkapnya"),
    "nl": ("lees meer", "lees verder"),
}  # fmt: skip
_READ_MORE_ALT = word_alt(w for ws in READ_MORE_WORDS.values() for w in ws)
# The excerpt's end: an ellipsis, then the words once or twice (a link and its hidden label), and an
# optional arrow. Searched in the last TEASER_TAIL_CHARS characters only.
TEASER_EXCERPT_END_RE = re.compile(
    rf"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s?[\[(]?(?:{_READ_MORE_ALT})(?:\s(?:{_READ_MORE_ALT}))?"
    r"[\])]?\s?[»›>→]{0,2}$",
    re.IGNORECASE,
)
TEASER_TAIL_CHARS = 80
# Bullets and dates that typically prefix teaser items ("·长期忍而不射…", "13/02/2022").
TEASER_BULLET_RE = re.compile(r"^[·•●■□◆◇▶▷►※★☆>»\-*]\s?")
DATE_ONLY_RE = re.compile(
    r"^\(?\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}日?(?:\s\d{1,2}:\d{2}(?::\d{2})?)?(?:\s?[AP]M)?\)?$",
    re.IGNORECASE,
)
RELATED_CUES: frozenset[str] = frozenset(
    {
        "related",
        "related-posts",
        "related-articles",
        "related-stories",
        "related-news",
        "relatedposts",
        "related-content",
        "read-more",
        "readmore",
        "more-stories",
        "recommended",
        "recommendations",
        "recirculation",
        "recirc",
        "most-popular",
        "mostpopular",
        "most-read",
        "trending",
        "outbrain",
        "taboola",
        "zergnet",
        "jp-relatedposts",
        "yarpp-related",
        "you-may-like",
    }
)

# ---------------------------------------------------------------------------------------------------
# comments

COMMENT_LINES: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "网友评论",
        "发表评论",
        "我来说两句",
        "我要评论",
        "查看评论",
        "评论",
        "最新评论",
        "热门评论",
        "全部评论",
        "文章评论",
        "点这里发表评论",
        "发表、查看更多关于该信息的评论",
        "用户评论",
        "读者评论",
        "网友跟帖",
        "跟帖",
        "我要跟帖",
        "评论区",
    ),  # wced (yahoo.cn, sohu, 163, cenet)
    "zh-Hant": (
        "網友評論",
        "發表評論",
        "我要評論",
        "查看評論",
        "評論",
        "最新評論",
        "熱門評論",
        "全部評論",
        "讀者評論",
        "留言",
        "我要留言",
        "網友留言",
    ),  # common
    "en": (
        "comments",
        "comment",
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "view comments",
        "show comments",
        "hide comments",
        "read all comments",
        "top rated comments",
        "join the discussion",
        "join the conversation",
        "blog comments powered by disqus",
        "comments are closed",
        "comments closed",
        "reader comments",
        # Prompts to comment, whole line: "Tell us what YOU think..." (shub, a heading over the
        # comment form), "Tell us what you think in the comments" (common). A quote that goes on
        # ("Tell us what you think about the plan, the mayor said…") is no whole-line match.
        "tell us what you think",
        "tell us what you think in the comments",
        "tell us what you think in the comments below",
        "let us know what you think",
        "let us know what you think in the comments",
        "let us know what you think in the comments below",
        "let us know in the comments",
        "let us know in the comments below",
        "share your thoughts in the comments",
        "share your thoughts in the comments below",
    ),  # shub
    # common unless marked: comment-section headings and buttons of each language's templates
    # (WordPress comment forms in translation, portal comment boxes).
    "es": (
        "comentarios",
        "deja un comentario",
        "dejar un comentario",
        "deja tu comentario",
        "escribe un comentario",
        "añadir comentario",
        "ver comentarios",
        "comentarios cerrados",
    ),
    "pt": (
        "comentários",
        "deixe um comentário",
        "deixe seu comentário",
        "deixe o seu comentário",
        "comente",
        "comentar",
        "ver comentários",
        "adicionar comentário",
    ),
    "fr": (
        "commentaires",
        "laisser un commentaire",
        "ajouter un commentaire",
        "écrire un commentaire",
        "voir les commentaires",
        "réagir",
        "réagissez",
        "les commentaires sont fermés",
    ),
    "de": (
        "kommentare",
        "kommentar schreiben",
        "kommentieren",
        "schreiben sie einen kommentar",
        "diskutieren sie mit",
        "alle kommentare anzeigen",
        "leserkommentare",
    ),
    "it": (
        "commenti",
        "lascia un commento",
        "commenta",
        "aggiungi un commento",
        "scrivi un commento",
        "mostra commenti",
    ),
    "ru": (
        "комментарии",
        "оставить комментарий",
        "добавить комментарий",
        "написать комментарий",
        "оставьте комментарий",
        "отзывы",
        "добавить отзыв",
        "оставить отзыв",
    ),  # shub (a diet site's "Отзывы" / "Добавить отзыв" box)
    "ja": ("コメント", "コメントする", "コメントを書く", "コメントを投稿", "コメント一覧", "コメントを見る"),
    "ko": ("댓글", "댓글쓰기", "댓글 쓰기", "댓글달기", "댓글보기", "댓글 보기", "전체 댓글"),
    "id": (
        "komentar",
        "tulis komentar",
        "kirim komentar",
        "tinggalkan komentar",
        "berikan komentar",
        "lihat komentar",
    ),
    "nl": (
        "reacties",
        "reageer",
        "reageren",
        "plaats een reactie",
        "laat een reactie achter",
        "bekijk reacties",
    ),
}
# Prompts to comment in the other languages, whole line (COMMENT_LINE_RE), the equivalents of "Tell us
# what you think" / "Let us know in the comments" above; unlike the headings they may end in "!" ("欢迎在
# 评论区留言！", "Deixe sua opinião nos comentários!"). A quote that goes on ("Dites-nous ce que vous en
# pensez, a lancé le maire…") is no whole-line match. common: the closing lines of each language's news
# and blog posts. Japanese is left out: its closing lines ("ご意見・ご感想をお寄せください") also head
# contact forms and reader-mail sections, whose text is no comment prompt.
COMMENT_PROMPTS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "欢迎在评论区留言",
        "欢迎在评论区留言讨论",
        "欢迎在评论区分享你的看法",
        "欢迎在下方留言",
        "欢迎留言讨论",
        "欢迎留言",
    ),
    "zh-Hant": ("歡迎在留言區留言", "歡迎在下方留言", "歡迎留言討論", "歡迎留言"),
    "es": (
        "cuéntanos qué opinas",
        "cuéntanos qué piensas",
        "cuéntanos en los comentarios",
        "déjanos tu opinión en los comentarios",
        "déjanos tu comentario",
    ),
    "pt": (
        "deixe sua opinião nos comentários",
        "deixe a sua opinião nos comentários",
        "conte para a gente nos comentários",
        "diga-nos o que você acha",
    ),
    "fr": (
        "dites-nous ce que vous en pensez",
        "dites-nous ce que vous en pensez en commentaire",
        "dites-nous ce que vous en pensez dans les commentaires",
        "donnez votre avis",
        "donnez-nous votre avis",
    ),
    "de": (
        "sagen sie uns ihre meinung",
        "schreiben sie uns ihre meinung",
        "schreiben sie uns ihre meinung in die kommentare",
        "ihre meinung ist gefragt",
    ),
    "it": ("dicci cosa ne pensi", "facci sapere cosa ne pensi", "facci sapere cosa ne pensi nei commenti"),
    "ru": (
        "поделитесь своим мнением в комментариях",
        "напишите свое мнение в комментариях",
        "напишите своё мнение в комментариях",
    ),
    "ko": ("댓글로 의견을 남겨주세요", "댓글을 남겨주세요", "의견을 남겨주세요"),
    "id": (
        "bagikan pendapatmu di kolom komentar",
        "tulis pendapatmu di kolom komentar",
        "berikan pendapat anda di kolom komentar",
    ),
}
# The word a comment counter carries: "Comments (12)", "评论(5)", "12 comments", "Комментарии (3)".
COMMENT_COUNT_NOUNS: tuple[str, ...] = (
    *("comment", "comments", "评论", "評論", "留言", "跟帖"),  # shub, wced
    # common: the same counters in each language's templates.
    *("comentario", "comentarios", "comentário", "comentários", "commentaire", "commentaires"),
    *("kommentar", "kommentare", "commento", "commenti", "комментарии", "комментариев"),
    *("komentar", "reactie", "reacties", "コメント", "댓글"),
)
COMMENT_LINE_RE = _line(
    _LEAD
    + "(?:"
    + word_alt(w for ws in COMMENT_LINES.values() for w in ws)
    + r"|(?:"
    + word_alt(w for ws in COMMENT_PROMPTS.values() for w in ws)
    + r")\s?[!！]{0,3}"  # 欢迎在评论区留言！
    + r"|(?:"
    + word_alt(COMMENT_COUNT_NOUNS)
    + r")\s?[(（\[]\s?\d{1,6}\s?[)）\]]"  # Comments (12), 评论(5)
    + r"|\d{1,6}\s(?:comments?|responses?|replies"  # 10 comments (shub)
    + r"|comentarios?|comentários?|commentaires?|kommentare?|comment[oi]|комментари[йяев]|komentar"
    + r"|reacties?)"  # 10 comentarios, 5 Kommentare, 3 комментария (common)
    + r"|已有\s?\d{1,6}\s?(?:人|条|條|位网友|位網友)(?:参与|參與)?(?:评论|評論|跟帖)"  # 已有12条评论
    + r"|you are commenting using your [\w .]{1,30} account"  # WordPress (shub)
    + r")"
    + _TRAIL
)
COMMENT_CUES: frozenset[str] = frozenset(
    {
        "comment",
        "comments",
        "comment-list",
        "commentlist",
        "comments-area",
        "comment-section",
        "comments-section",
        "disqus_thread",
        "disqus",
        "comment-respond",
        "talkback",
    }
)

# Invitations to write letters to the editor (Reason.COMMENTS, an opinion section's call for
# responses): a short paragraph naming letters to the editor (LETTERS_TO_EDITOR_RE, case-sensitive so
# that its screen, "ditor" in the text, is exact) and inviting the reader (LETTERS_INVITE_RE): "we'd like
# to hear what you think" or an address to write to ("The Times is committed to publishing a diversity
# of letters to the editor. We’d like to hear what you think… here’s our email: letters@…", shub NYT;
# "Send letters to the editor to letters@…", common). "He wrote a letter to the editor of the Times."
# invites nobody and stays.
LETTERS_TO_EDITOR_RE = re.compile(r"\b[Ll]etters? to the [Ee]ditor")
LETTERS_INVITE_RE = re.compile(
    r"\bwe(?:[’']d| would) (?:like|love) to hear (?:what you think|from you)"
    r"|[\w.+-]{1,40}@[\w-]{1,40}\.[a-z]{2,10}",
    re.IGNORECASE,
)

# Blog and forum furniture around the comments (wced blogcn/donews/blogchina/多维 blogs). Whole lines.
# Trackback lines: a label naming the trackback and a colon, then one URL or path and nothing else
# ("本文通告引用(Trackback)链接: /wp-trackback.php?p=1700", "Trackback: http://tb.donews.net/…",
# "引用通告地址: …", "TrackBack URL: …"; wced, common).
TRACKBACK_RE = re.compile(
    # The lookahead holds every alternative's first letter: one class test rejects most lines.
    r"^(?=[本此tp引通])(?:本文|本帖|本贴|本貼|此文)?"
    r"(?:trackback|ping\s?back|引用通告|通告引用|引用地址|引用網址|引用网址)[^:：]{0,20}[:：]\s?\S{1,200}$",
    re.IGNORECASE,
)
# Comment-form help: the allowed-tags note of a WordPress comment form, in translation ("(评论中可使用
# 以下tags: <a href=""> …)" wced; "You can use these HTML tags: …", "XHTML: You can use these tags:"
# common).
COMMENT_FORM_HELP_RE = re.compile(
    # The lookahead holds every alternative's first letter.
    r"^(?=[(（评評留回可能xy])(?:[(（]?\s?(?:(?:评论|評論|留言|回复|回覆)中\s?)?(?:可以?|能)使用以下\s?(?:html\s?)?"
    r"(?:tags|标签|標籤|代码|代碼)|(?:xhtml:\s)?you (?:can|may) use (?:these|the following) (?:html )?tags)",
    re.IGNORECASE,
)
# The field labels of a comment form, whole line, with an optional colon and a bracketed hint
# ("E-mail (不显示在评论中)"). Only taken in a run right after a comment marker: alone, "姓名" or
# "Name" may be a table header.
COMMENT_FORM_LABELS: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        *(
            "发表名",
            "姓名",
            "昵称",
            "名字",
            "大名",
            "网址",
            "个人主页",
            "主页",
            "电子邮件",
            "电子邮箱",
            "邮箱",
        ),
        *("e-mail", "email", "验证码", "评论内容", "留言内容", "记住我", "匿名发表", "提交", "发表"),
    ),  # wced (多维 blog, donews, blogchina)
    "zh-Hant": (
        *("發表名", "暱稱", "昵稱", "網址", "個人主頁", "主頁", "電子郵件", "電子郵箱", "郵箱", "驗證碼"),
        *("評論內容", "留言內容", "記住我", "匿名發表", "送出", "發表"),
    ),  # common
    "en": ("name", "email", "e-mail", "website", "url", "comment", "your comment", "remember me", "submit"),
}
COMMENT_FORM_LABEL_RE = re.compile(
    r"^(?:"
    + word_alt(w for ws in COMMENT_FORM_LABELS.values() for w in ws)
    + r")\s?\*?\s?(?:[(（][^()（）]{1,30}[)）])?\s?[:：*]?$",
    re.IGNORECASE,
)
# Read counts of a post: "(本文发表于首页批评与建议, 已被阅读178次)", "阅读次数：178", "瀏覽：12次"
# (wced 多维/blogcn; zh-Hant common). The rule wants the line bracketed or almost nothing else.
READ_COUNT_RE = re.compile(
    r"(?:已被|被)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|查看|访问|訪問|人气|人氣)(?:了|次数|次數|数|數|量)?"
    r"\s?[:：]?\s?\d{1,9}\s?次"
    r"|(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:次数|次數|数|數|量)\s?[:：]\s?\d{1,9}"
)
READ_COUNT_MAX_CHARS = 80
# A signature with the author's blog address: "我的博客 眉间尺梦蝶 http://www.blogcn.com/…", "博客地址：
# http://…", "我的部落格：…" (wced blogcn/163; zh-Hant common), "My blog: http://…" (common).
BLOG_SIGNATURE_RE = re.compile(
    # The lookahead holds every alternative's first letter.
    r"^(?=[我个個博部网網bm])(?:(?:我的|个人|個人)?(?:博客|部落格|网志|網誌|blog)(?:地址|网址|網址|主页|主頁)?"
    r"\s?[:：]?\s?[^\s:：。，,]{0,20}\s?[:：]?\s?(?:https?://|www\.)\S{3,200}$"
    r"|my (?:blog|weblog)\s?:?\s(?:https?://|www\.)\S{3,200}$)",
    re.IGNORECASE,
)
BLOG_SIGNATURE_MAX_CHARS = 160

# ---------------------------------------------------------------------------------------------------
# editor / responsibility lines (metadata)

# Roles that name the desk staff, not the author: "[责任编辑：王五]", "(編輯:…)", "责编：…" (wced, seed).
EDITOR_ROLES: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "责任编辑",
        "责编",
        "编辑",
        "编审",
        "审核",
        "审校",
        "校对",
        "监制",
        "终审",
        "初审",
        "复审",
        "美编",
        "实习编辑",
        "值班编辑",
        "网络编辑",
        "本文编辑",
        "新媒体编辑",
        "图片编辑",
        "视频编辑",
    ),
    "zh-Hant": (
        "責任編輯",
        "責編",
        "編輯",
        "編審",
        "審核",
        "審校",
        "校對",
        "監製",
        "終審",
        "美編",
        "實習編輯",
        "值班編輯",
        "網絡編輯",
        "網路編輯",
        "本文編輯",
    ),
    "en": ("editor", "edited by", "editing by", "sub-editor", "copy editor", "desk editor"),
    # common: desk-staff credits in each language (Reuters "(Editado por …)", "(Edição: …)",
    # "(Redigiert von …)", "(Édité par …)"; "Penyunting: …", "Eindredactie: …", "編集：…").
    # Latin-script roles need EDITOR_EN_GUARD_RE's colon / "by" form below. Cyrillic and Korean roles
    # carry their colon: there a role followed by a space starts body sentences ("Редактор газеты
    # сообщил…"), and the guard only covers lines that start with an ASCII letter.
    "es": ("editado por", "edición"),
    "pt": ("editado por", "edição"),
    "fr": ("édité par",),
    "de": ("redigiert von", "bearbeitet von", "redaktion"),
    "it": ("redazione",),
    "ru": ("редактор:", "редакция:", "выпускающий редактор:", "корректор:"),
    "ja": ("編集", "編集担当", "校正"),
    "ko": ("편집:", "편집자:", "교열:"),
    "id": ("penyunting", "redaktur"),
    "nl": ("eindredactie", "redactie"),
}
_EDITOR_ROLE_ALT = word_alt(w for ws in EDITOR_ROLES.values() for w in ws)
# One "role：name" field (colon or a space after the role, so "编辑部认为…" is not one); a name is 1-30
# characters without brackets or sentence punctuation.
_EDITOR_FIELD = rf"(?:{_EDITOR_ROLE_ALT})(?:\s?[:：]\s?|\s)[^\[\]【】()（）:：。，,;；|｜]{{1,30}}"
EDITOR_LINE_RE = re.compile(
    rf"^[\[【(（]?\s?{_EDITOR_FIELD}(?:\s?[|｜/、;；]\s?{_EDITOR_FIELD}){{0,4}}\s?[\]】)）]?$",
    re.IGNORECASE,
)
# An English (any ASCII-initial) editor line needs the colon or "by" (so "Editor Jane Doe said…"
# and "Redaktion und Verlag haben…" stay body text).
EDITOR_EN_GUARD_RE = re.compile(
    r"^[\[(]?\s?(?:editor\s?:|edited by|editing by|sub-editor\s?:|copy editor\s?:|desk editor\s?:"
    r"|editado por|edición\s?:|edição\s?:|redigiert von|bearbeitet von|redaktion\s?:|redazione\s?:"
    r"|penyunting\s?:|redaktur\s?:|eindredactie\s?:|redactie\s?:)",
    re.IGNORECASE,
)
ASCII_START_RE = re.compile(r"^[\[(]?\s?[A-Za-z]")

# ---------------------------------------------------------------------------------------------------
# end-of-article markers: body text, never removed (listed so rules can skip them explicitly)

END_MARKER_RE = re.compile(
    r"^[(（]\s?(?:完|全文完|终|終|end|ends)\s?[)）]$|^-{0,3}\s?(?:end|ends|###)\s?-{0,3}$", re.IGNORECASE
)

# ---------------------------------------------------------------------------------------------------
# Article credits, author bios and reading-time lines (read by the metadata stage, _metadata.py).
# Each is a WHOLE line: "He contributed reporting to the 2004 investigation that won…" is body text.

# Contributor credits closing a story. English: a credit segment is a role and "by", then names
# (Reuters "(Reporting by Greg Roumeliotis, …, editing by Martin Howell)", "Reporting by Rodrigo
# Campos; additional reporting by …; Editing by …", Rolling Stone "Additional reporting by Joseph
# Hudak"; shub). The segments of a line are split on ";" by the caller, so no pattern repeats them.
CREDIT_SEGMENT_RE = re.compile(
    r"^(?:(?:additional|further|with|and)\s{1,3})?"
    r"(?:reporting|writing|editing|research|graphics|reported|written|edited|compiled|produced|fact-checking)"
    r"(?:\s{1,3}and\s{1,3}(?:reporting|writing|editing|research))?\s{1,3}by\s{1,3}(?P<names>.{2,300})$",
    re.IGNORECASE | re.DOTALL,
)
# "Keith Bradsher contributed reporting from Hong Kong.", "Associated Press writers Alan Fram, … contributed
# to this report.", "Fox News’ Jessica Napoli contributed to this report." (NYT, AP, Fox; shub). The part
# before "contributed" must be names (checked by the caller); the line ends after the credit.
CONTRIBUTED_RE = re.compile(
    r"^(?P<names>.{2,300}?)\s(?:also\s)?contributed\s(?:additional\s)?"
    r"(?:reporting|research|writing|to\s(?:this|the)\s(?:report|story|article|coverage))"
    r"(?:\s(?:from|in)\s[^.!?;]{2,60})?\s?\.?$",
    re.DOTALL,
)
# Lower-case words that may stand among the names of a credit ("… in Hong Kong, with reporting by …",
# "Associated Press writers …"); any other lower-case word makes the line a sentence.
_CREDIT_GLUE = (
    "and & in from with by of the at for also additional further reporting writing editing research "
    "graphics staff writer writers reporter reporters correspondent correspondents researcher "
    "researchers editor editors intern interns photographer photographers de da do dos das di del "
    "van von der den du le la al bin y e"
)
CREDIT_GLUE_WORDS = frozenset(_CREDIT_GLUE.split())
# Other whole-line credits, grouped by language. NYT's print line (readability nytimes-1); de "Mitarbeit:
# …", "Mit Material von dpa", es "Con información de …", pt "Com informações de/da/do …", fr "Avec AFP"
# (common agency-copy credits); zh "（实习生 X 对本文亦有贡献）", NYT Chinese "X自香港对本文有报道贡献。"
CREDIT_LINE_RES = (
    re.compile(
        r"^A version of this (?:article|story|review|essay|column|interview|obituary|report) "
        r"appear(?:s|ed) in print\b",
        re.IGNORECASE,
    ),
    re.compile(r"^\(?\s?mitarbeit\s?:\s?[^.!?:]{2,120}\)?\.?$", re.IGNORECASE),
    re.compile(r"^\(?\s?mit material (?:von|der|des)\s[^.!?:]{2,80}\)?\.?$", re.IGNORECASE),
    re.compile(r"^\(?\s?con informaci[oó]n (?:de|del)\s[^.!?:]{2,80}\)?\.?$", re.IGNORECASE),
    re.compile(r"^\(?\s?com informa[çc][õo]es (?:de|da|do|das|dos)\s[^.!?:]{2,80}\)?\.?$", re.IGNORECASE),
    re.compile(
        r"^\(?\s?avec (?:l['’]\s?)?(?:afp|reuters|ap|ats|belga|bloomberg)"
        r"(?:\s(?:et|,)\s?(?:l['’]\s?)?(?:afp|reuters|ap|ats|belga|bloomberg)){0,3}\s?\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^[(（]?[^()（）。！？!?]{1,60}?(?:对|對)(?:本文|此文|本报道|本報導|本報道|此报道|此報導)(?:亦|也)?有?所?"
        r"(?:报道|報導|報道|研究|翻译|翻譯|采访|採訪|撰稿)?(?:贡献|貢獻)[。.]?[)）]?$"
    ),
)
# A credit line is at most this long (the longest on the dev pages, Reuters' with five names, ~250).
MAX_CREDIT_LINE_CHARS = 400

# Author bios and contact taglines after the text. A bio opens with the author's name, then one of
# these (Space Review "Jeff Foust (jeff@…) is the editor…", 9to5Toys "Trevor Daugherty is the Senior
# Editor…", space.com "Mike Wall's book…", Seattle Times "Benjamin Romano: 206-…"; shub, readability).
BIO_AFTER_NAME_RE = re.compile(
    r"\s?[(:]|['’]s\s|\s(?:is|was|has|had|covers|writes|wrote|joined|reports|lives|edits|leads|can be|"
    r"may be|is reachable)\b"
)
# ...or with the author's first name and a verb (engadget "Devindra has been obsessed with…").
BIO_AFTER_FIRST_NAME_RE = re.compile(r"\s(?:is|was|has|covers|writes|joined|lives)\s")
# Contact details: an e-mail address, an @handle, a social profile URL.
_SOCIAL_SITES = r"(?:twitter|x|facebook|instagram|linkedin)\.com/"
_HANDLE = r"@\w{2,30}"
CONTACT_RE = re.compile(
    rf"[\w.+\-]{{1,64}}@[\w\-]{{1,63}}\.[a-z]{{2,12}}\b|(?<![\w@]){_HANDLE}\b|\b{_SOCIAL_SITES}\w{{2,40}}",
    re.IGNORECASE,
)
# A line of nothing but contact details ("paul.takahashi@chron.com", "twitter.com/paultakahashi"; shub
# chron.com), optionally labelled ("Email: …", "Twitter: @…"), up to four joined by "|", ",", "or"….
_CONTACT_ITEM = (
    rf"(?:[\w.+\-]{{1,64}}@[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{1,4}}|{_HANDLE}"
    rf"|(?:https?://)?(?:www\.)?{_SOCIAL_SITES}[\w./\-]{{2,60}})"
)
BARE_CONTACT_RE = re.compile(
    rf"^(?:(?:e-?mail|twitter|contact|follow)\s?:?\s)?{_CONTACT_ITEM}"
    rf"(?:\s?(?:[|,;]|or|and)?\s{_CONTACT_ITEM}){{0,3}}$",
    re.IGNORECASE,
)
# A bio is a short paragraph (the longest on the dev pages, 9to5Toys', ~330 characters).
MAX_BIO_CHARS = 600

# Reading-time lines under a headline, by language: en "8 min read" (Medium), "5-minute read",
# "Reading time: 4 minutes"; pt "Tempo de leitura: 1 minuto" (shub); es "Tiempo de lectura: 3 min";
# fr "Temps de lecture : 4 min", "Lecture 3 min." (Le Monde); de "Lesezeit: 3 Minuten", "Lesedauer";
# it "Tempo di lettura: 3 minuti"; nl "Leestijd: 3 minuten"; ru "Время чтения: 3 минуты";
# zh "阅读时间 3 分钟", "預計閱讀時間：3 分鐘", "阅读本文大约需要3分钟"; ja "読了時間：約3分",
# "約3分で読めます" (common CMS templates).
READING_TIME_RES = (
    re.compile(
        r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s?[-–]\s?|\s)min(?:ute)?s?\.?\s"
        r"read\b|\b(?:estimated\s)?read(?:ing)?\stime\s?:?\s(?:about\s|~\s?)?\d{1,3}\s?(?:min(?:ute)?s?\b\.?|m\b)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:tempo (?:estimado )?de leitura|tiempo (?:estimado )?de lectura|temps de lecture|tempo di "
        r"lettura|lesezeit|lesedauer|leestijd|lecture|lettura|leitura|lectura)\s?:?\s?(?:ca\.\s?|aprox\.\s?|"
        r"environ\s|circa\s|~\s?)?\d{1,3}\s?(?:min(?:uto|utos|utes|ute|uten|uut|uti|\.)?)(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(r"время чтения\s?:?\s?(?:~\s?|около\s)?\d{1,3}\s?мин(?:ут[аы]?|\.)?", re.IGNORECASE),
    re.compile(
        r"(?:预计|預計)?(?:阅读|閱讀)(?:时间|時間|时长|時長|本文)?\s?[:：]?\s?(?:大约|大約|约|約)?(?:需要?)?\s?"
        r"\d{1,3}\s?(?:分钟|分鐘)"
    ),
    re.compile(
        r"読了(?:時間|目安)\s?[:：]?\s?(?:約|およそ)?\s?\d{1,3}\s?分|(?:約|およそ)\s?\d{1,3}\s?分で読めます"
    ),
)
# A reading-time line is short: the reading time, perhaps a date ("Oct 18, 2019 · 8 min read").
MAX_READING_TIME_CHARS = 80

# Provenance notes closing a reprinted article (wced 三校社会学论坛, dvscn reprints; zh-Hant common):
# where it was first printed ("(摘自《上海社会科学院学术季刊》2000年第2期，原文约15，000字)《新华文摘》
# 2000年第09期", "原载《读书》2001年第3期", "選自《明報月刊》"), who collected it when ("“民主与科学”网站
# (http://www.dvscn.net)搜集整理于2002-09-25") and the authors' institutions ("【作者单位：中国社会科学院
# 研究生院…】"). Whole lines only: a line opening with the verb, or ending with the dated verb. A body
# sentence that cites a journal ("他在《读书》2000年第2期发表的文章中写道……") opens otherwise.
PROVENANCE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^[(（\[【]?\s?(?:摘自|摘编自|摘編自|节选自|節選自|选自|選自|转自|轉自|转载自|轉載自|转引自|轉引自|原载|原載"
        r"|原刊|刊载于|刊載於|载于|載於|本文(?:原)?(?:载|載|刊|刊载|刊載|发表|發表)(?:于|於))"
        r"\s?[:：]?\s?[^。！？]{0,40}?(?:《[^》]{1,40}》|[^\s。！？，,、]{1,20}(?:网|網|日报|日報|杂志|雜誌|周刊|週刊))"
    ),
    re.compile(
        r"^[^。！？，,]{0,60}?(?:搜集|蒐集|收集|收录|收錄|整理|转载|轉載|转贴|轉貼){1,2}[于於]\s?"
        r"(?:19|20)\d\d[-/.\s\d年月日]{0,12}$"
    ),
)
# The authors' institutions, bracketed or labelled: "【作者单位：…】", "作者單位：…" (wced; zh-Hant common).
AFFILIATION_RE = re.compile(
    r"^[(（\[【〔]?\s?(?:作者|作者工作)(?:单位|單位)\s?[:：]\s?[^。！？]{2,80}?[)）\]】〕]?$"
)
MAX_PROVENANCE_CHARS = 120
# A labelled field of a blog or forum posting line after the text: "- 作者： 流泉 访问统计：
# 2005年08月30日, 星期二 13:22 加入博采", "〓 网易娱乐 周黎明留言板 发布时间 2005/05/17 22:11:42 by
# 眉间尺 〓" (wced blogchina, 163 forums). Read with parse_meta_line, which must find a date and a name
# too. Chinese labels only: an English "Posted on … by X" line closing a blog post is kept by
# readability's ground truth (ebb-org), and the posted_by rule takes it when X is the article's author.
POSTING_LABEL_RE = re.compile(
    r"作者\s?[:：]|[发發][布表帖佈](?:时间|時間|日期|于|於)|(?:访问|訪問)(?:统计|統計)"
)
