"""Meta lines, datelines, bylines and ``<title>`` suffixes: pure string functions.

Precision over recall everywhere: a wrong author or source is worse than none, so every function
returns nothing unless the string has the explicit shape of the thing it reads (labels at field
starts, a dateline prefix, a "By" marker). Names are returned as written: the page's script
(Traditional/Simplified) and letter case are never converted.

Decisions:
- 通讯员/通訊員 (correspondent) and 实习生 (intern reporter) count as authors: Chinese papers credit
  them as co-writers of the piece. 摄影/攝影/摄/图 (photographer) and 编辑 (editor) do not.
- A Chinese name is 2-4 Han characters, or a transliterated foreign name with a middle dot
  (``阿卜杜拉·阿齐兹``); a Latin name after "By" needs 2-5 capitalised words (so "By Monday" and
  "By Reuters" give no name). In explicitly labelled fields (``作者：zboygirl``) a user name is accepted.
- ``佚名``/``匿名`` (anonymous) are not names, nor is a source put in an author field ("作者：来自网络").
- A name padded to the width of a longer one ("赵  培") is one name, "赵培". A translated name with
  the original in brackets ("周思博 (Joel Spolsky)") is one person and kept whole, as written.
- A paper or site glued before the role ("信报记者 蔡雪婧", "本报实习生 刘国栋") is not part of the name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import accumulate, pairwise

from rapidfuzz import fuzz

from cleanarticle._dates import TRAILING_MONTH_RE, find_date
from cleanarticle._patterns import (
    AFFILIATION_RE,
    BARE_CONTACT_RE,
    BIO_AFTER_FIRST_NAME_RE,
    BIO_AFTER_NAME_RE,
    CONTACT_RE,
    CONTRIBUTED_RE,
    CREDIT_GLUE_WORDS,
    CREDIT_LINE_RES,
    CREDIT_SEGMENT_RE,
    MAX_BIO_CHARS,
    MAX_CREDIT_LINE_CHARS,
    MAX_PROVENANCE_CHARS,
    MAX_READING_TIME_CHARS,
    PROVENANCE_RES,
    READING_TIME_RES,
)

__all__ = [
    "BY_WORDS",
    "CREDIT_LABELS",
    "MetaLine",
    "author_bio",
    "bare_names",
    "byline_names",
    "contributor_credit",
    "credit_names",
    "date_line",
    "dated_name_line",
    "dateline_reporters",
    "has_common_surname",
    "is_org_name",
    "may_name_editors",
    "meta_line_candidates",
    "parse_meta_line",
    "person_names",
    "posted_by",
    "provenance_note",
    "reading_time",
    "strip_known_site",
    "strip_site_suffix",
    "texts_naming_editors",
    "title_parts",
]

# A meta line is short; the longest seen in the eval pages is ~110 chars. Longer lines are body text.
MAX_META_LINE_CHARS = 120
# Datelines name their reporters within the first ~40-60 characters of the paragraph.
DATELINE_WINDOW = 80
# The dateline prefix before "(记者 …)", e.g. "新华社北京2月20日电" (≤ 20 chars in practice).
MAX_DATELINE_PREFIX = 40
# Visible bylines ("By Jane Doe and John Smith, Reuters") stay well under this.
MAX_BYLINE_CHARS = 150
# An unlabelled piece of a meta line that is not a date/URL/agency ("更新", "[ 黄宇 ]") stays short.
MAX_LOOSE_PIECE_CHARS = 16
# A site-name suffix of a <title> ("腾讯网", "BBC News", "The New York Times"), in display width
# (Han = 2); calibrated on the eval titles, whose longest site part is ~24.
MAX_SUFFIX_WIDTH = 32
# A <title> split into more parts than this is left whole: eval titles have at most 5 parts, and
# "A----…|B" (one og:title of 100,000 dashes) made the suffix loops run for minutes.
MAX_TITLE_PIECES = 16
# Fuzzy match of a title part against og:site_name (rapidfuzz ratio, 0-100).
SITE_NAME_MIN_RATIO = 85


def _words(s: str) -> tuple[str, ...]:
    """A pattern table written as space-separated words."""
    return tuple(s.split())


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DOTS = "·・‧•"

# 1:1 normalisation, so offsets stay valid: full-width colon/bar/slash, odd spaces.
_PUNCT = str.maketrans(
    {
        "：": ":",
        "｜": "|",
        "／": "/",
        "\u3000": " ",
        "\xa0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "・": "·",
        "‧": "·",
        "\u200b": " ",
    }
)

# ---------------------------------------------------------------------------------------------
# Field labels of meta lines, by kind. From Chinese news CMS templates (Simplified and Traditional)
# and English/European bylines. Two-character Han labels also match with a space inside ("来 源").
_SOURCE_LABELS = (
    "来源 來源 稿源 出处 出處 本文来源 本文來源 文章来源 文章來源 新闻来源 新聞來源 信息来源 信息來源 "
    "稿件来源 稿件來源 消息来源 消息來源 转载自 轉載自 转自 轉自 来自 來自 出自"
)
_AUTHOR_LABELS = (
    "作者 原作者 记者 記者 本报记者 本報記者 特约记者 特約記者 见习记者 見習記者 实习记者 實習記者 "
    "通讯员 通訊員 本报通讯员 本報通訊員 实习生 實習生 本报实习生 本報實習生 撰文 撰稿 撰稿人 执笔 執筆 "
    "执笔人 執筆人 采写 採寫 文"
)
_EDITOR_LABELS = (
    "编辑 編輯 责任编辑 責任編輯 责编 責編 主编 主編 总编辑 總編輯 值班编辑 值班編輯 本版编辑 本版編輯 "
    "网络编辑 網絡編輯 实习编辑 實習編輯 美编 美編 编审 編審 审核 審核 审校 審校 校对 校對 终审 終審 "
    "初审 初審 复审 複審 二审 二審 三审 三審 监制 監製 统筹 統籌 策划 策劃 编译 編譯"
)
_DATE_LABELS = (
    "发布时间 發布時間 發佈時間 发布日期 發布日期 發佈日期 发表时间 發表時間 发表日期 發表日期 发表于 發表於 "
    "发布于 發布於 更新时间 更新時間 更新日期 时间 時間 日期"
)
# Counters, photo credits and page tools: recognised so that they end the previous value, then ignored.
_IGNORED_LABELS = (
    "点击 點擊 点击数 點擊數 点击量 點擊量 阅读 閱讀 阅读量 閱讀量 阅读数 閱讀數 浏览 瀏覽 浏览量 瀏覽量 "
    "浏览次数 瀏覽次數 访问量 訪問量 人气 人氣 评论 評論 字号 字號 字体 字體 分享 分享到 打印 收藏 关闭 關閉 "
    "摄影 攝影 摄像 攝像 图片 圖片 图 圖 视频 視頻 热度 熱度"
)
# Japanese labels written in Han: dates of publication and update, the writer.
_JA_DATE_LABELS = "公開日 公開日時 更新日 更新日時 投稿日 投稿日時 配信日 配信日時 掲載日"
_JA_AUTHOR_LABELS = "執筆者 著者"
# Labels in other scripts, by language and kind: {language: {kind: "label|label"}}. Matched
# case-insensitively, as whole words. From the meta lines and bylines of news and blog templates.
# "By" words ("por", "von", "oleh"…) are author labels that _BY_LABELS also lists; bare "da" (it/pt)
# is left out: it is also "of the" and "from", and "Da Silva" a surname.
_LATIN_LABELS_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": {
        "source": "source",
        "author": "author|authors|text|written by|reporting by|by",
        "editor": "editor|edited by|editing by",
        "date": "published|posted|updated|last updated|date",
        "ignore": "views|comments|photo|photos",
    },
    "es": {
        "source": "fuente",
        "author": "autor|texto|por|escrito por|publicado por",
        "date": "publicado|actualizado|fecha",
        "ignore": "foto|fotos",
    },
    "pt": {
        "source": "fonte",
        "author": "autor|texto|reportagem|por|escrito por|publicado por|publicada por|postado por",
        "date": "publicado|publicada|atualizado|atualizada|data",
        "ignore": "foto|fotos",
    },
    "fr": {
        "author": "auteur|texte|par|écrit par|publié par",
        "date": "publié|publié le|mis à jour|mis à jour le|modifié le",
    },
    "de": {
        "source": "quelle",
        "author": "autor|text|von|geschrieben von|veröffentlicht von",
        "date": "veröffentlicht|veröffentlicht am|aktualisiert|aktualisiert am|datum",
        "ignore": "foto|fotos",
    },
    "it": {
        "source": "fonte",
        "author": "autore|testo|di|scritto da|pubblicato da",
        "date": "pubblicato|pubblicato il|aggiornato|aggiornato il|data",
        "ignore": "foto",
    },
    "nl": {
        "source": "bron",
        "author": "auteur|tekst|door|geschreven door",
        "date": "gepubliceerd|gepubliceerd op|bijgewerkt|bijgewerkt op|laatst bijgewerkt|datum",
        "ignore": "foto",
    },
    "sv": {"author": "av"},
    "da": {"author": "af"},
    "id": {
        "source": "sumber",
        "author": "penulis|teks|oleh|ditulis oleh|diposting oleh",
        "date": "diterbitkan|diterbitkan pada|dipublikasikan|diperbarui|tanggal",
        "ignore": "foto",
    },
    "ru": {
        "source": "источник",
        "author": "автор|текст",
        "date": "опубликовано|обновлено|дата|дата публикации",
        "ignore": "фото",
    },
    # Korean dates: 입력 (filed), 수정 (revised), 기사입력, 최종수정, 등록 (posted), 업데이트.
    "ko": {"date": "입력|수정|기사입력|최종수정|등록|업데이트"},
}
_LATIN_LABELS: tuple[tuple[str, str], ...] = tuple(
    dict.fromkeys(
        (label, kind)
        for kinds in _LATIN_LABELS_BY_LANGUAGE.values()
        for kind, labels in kinds.items()
        for label in labels.split("|")
    )
)
# Labels that need a following colon (or "/" for 文/图): alone they are ordinary words.
_COLON_ONLY = frozenset(
    _words(
        "文 图 圖 来自 來自 出处 出處 出自 时间 時間 日期 著者 source quelle fuente fonte источник author "
        "authors autor auteur автор editor date photo photos text texto texte testo teks tekst текст "
        "reportagem autore penulis fecha data datum tanggal дата bron sumber foto fotos фото"
    )
)
# Latin labels that work like "By": followed by a capitalised name, only at a field start.
_BY_LABELS = frozenset(
    label
    for kinds in _LATIN_LABELS_BY_LANGUAGE.values()
    for labels in (kinds.get("author", ""), kinds.get("editor", ""))
    for label in labels.split("|")
    if label and label.split()[-1] in ("by", "por", "par", "von", "di", "da", "door", "av", "af", "oleh")
)
# ...of which these are English: the others ("di", "von", "door") are also everyday words at a line
# start ("Di solito…", "Von Montag an…", "Door de regen…"), so their value must be names only.
_ENGLISH_BY_LABELS = frozenset(lb for lb in _BY_LABELS if lb.split()[-1] == "by")
# The author "by" labels, longest first, for the byline patterns (with ``от``, Russian "from", which
# bylines had before); and the colon labels of a visible credit ("Texto: …", "Автор: …").
BY_WORDS: tuple[str, ...] = tuple(
    sorted(
        {*(lb for lb in _BY_LABELS if (lb, "author") in _LATIN_LABELS), "от"}, key=lambda lb: (-len(lb), lb)
    )
)
CREDIT_LABELS: tuple[str, ...] = tuple(
    lb for lb, kind in _LATIN_LABELS if kind == "author" and lb in _COLON_ONLY
)
# Date labels other than English ones must follow a separator or a digit, not just a space: inside a
# sentence ("El informe publicado el 20 de marzo…") they are ordinary words.
_SEPARATED_LABELS = frozenset(
    label
    for language, kinds in _LATIN_LABELS_BY_LANGUAGE.items()
    if language != "en"
    for label in kinds.get("date", "").split("|")
    if label
)
# Author labels that may run straight into the name ("记者张三").
_GLUED_AUTHOR_LABELS = frozenset(
    _words(
        "记者 記者 本报记者 本報記者 特约记者 特約記者 见习记者 見習記者 实习记者 實習記者 通讯员 通訊員 "
        "本报通讯员 本報通訊員 本报实习生 本報實習生"
    )
)

_LABEL_KIND: dict[str, str] = {}
for _kind, _labels in (
    ("source", _SOURCE_LABELS),
    ("author", _AUTHOR_LABELS),
    ("editor", _EDITOR_LABELS),
    ("date", _DATE_LABELS),
    ("date", _JA_DATE_LABELS),
    ("author", _JA_AUTHOR_LABELS),
    ("ignore", _IGNORED_LABELS),
):
    for _label in _labels.split():
        _LABEL_KIND[_label] = _kind
for _label, _kind in _LATIN_LABELS:
    _LABEL_KIND[_label] = _kind


def _label_pattern(label: str, space: str = " ") -> str:
    """A label's alternative; ``space``: what a two-character Han label may hold between its two."""
    if len(label) == 2 and all("\u4e00" <= c <= "\u9fff" for c in label):
        return re.escape(label[0]) + space + "?" + re.escape(label[1])
    if label.isascii() or not any("\u4e00" <= c <= "\u9fff" for c in label):
        return r"(?<![^\W\d_])(?i:" + re.escape(label).replace(r"\ ", r"\s{1,2}") + r")(?![^\W\d_])"
    return re.escape(label)


def _label_alternatives(labels: Iterable[str], space: str = " ", spaces: str = r"\s") -> tuple[str, str]:
    """(Han, Latin) alternatives for every label, longest first. Latin labels share one pair of
    word-boundary lookarounds instead of one each: the regex engine tries every alternative at every
    position, and repeating the lookbehind made this search the metadata stage's main cost.
    ``space``/``spaces``: the space a Han/Latin label may hold (one character class)."""
    ordered = sorted(labels, key=len, reverse=True)
    latin = [lb for lb in ordered if lb.isascii() or not any("\u4e00" <= c <= "\u9fff" for c in lb)]
    # Han labels grouped by their first character, longest first within a group: at a position only
    # the group of its character can match, and it tries its labels in the same order as one flat
    # alternation would, so the match is the same; the engine skips a group after one test.
    groups: dict[str, list[str]] = {}
    for lb in ordered:
        if lb not in latin:
            groups.setdefault(lb[0], []).append(_label_pattern(lb, space)[len(re.escape(lb[0])) :])
    other = [f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in groups.items()]
    # The Latin labels likewise, by first letter (no character matches two of them ignoring case).
    latin_groups: dict[str, list[str]] = {}
    for lb in latin:
        latin_groups.setdefault(lb[0], []).append(re.escape(lb[1:]).replace(r"\ ", spaces + "{1,2}"))

    def alternatives(letters: Iterable[str]) -> str:
        return "|".join(f"{re.escape(c)}(?:{'|'.join(latin_groups[c])})" for c in letters)

    # Under IGNORECASE the engine tests the groups one by one; at an ASCII character only the ASCII
    # groups are tried, one test skipping the Cyrillic/Hangul/accented ones (a tenth of this search's
    # time). Any character may still try every group (the Kelvin sign is a "k"), so the match is the same.
    ascii_letters = [c for c in latin_groups if c.isascii()]
    words = (
        rf"(?=[\x00-\x7f])(?:{alternatives(ascii_letters)})|(?![\x00-\x7f])(?:{alternatives(latin_groups)})"
    )
    # The lookahead of the labels' first letters is implied by the words; it turns most positions
    # away with one test instead of a lookbehind and an attempt of every word (a third faster).
    first = "".join(sorted({re.escape(lb[0]) for lb in latin}))
    return "|".join(other), rf"(?=(?i:[{first}]))(?<![^\W\d_])(?i:{words})(?![^\W\d_])"


_HAN_LABEL_SOURCE, _LATIN_LABEL_SOURCE = _label_alternatives(_LABEL_KIND)
_LABEL_RE = re.compile(f"{_HAN_LABEL_SOURCE}|{_LATIN_LABEL_SOURCE}")
# Its two halves, only to test whether a line has a label at all. In one pattern the Latin half's
# leading lookbehind keeps the engine from skipping to the characters a label can start with, and
# one search of _LABEL_RE cost five times the searches of both halves (12,000 short blocks of the
# eval pages: 95 ms against 20 ms).
_HAN_LABEL_RE = re.compile(_HAN_LABEL_SOURCE)
_LATIN_LABEL_RE = re.compile(_LATIN_LABEL_SOURCE)

# Editor fields come only from editor labels. Searched in the line as given (before _PUNCT), so the
# optional space inside a two-character label is any character _PUNCT turns into a space; the Latin
# labels ("Editor", "Edited by", "Editing by") all start with "edit".
_PUNCT_SPACES = "".join(sorted({" ", *(chr(k) for k, v in _PUNCT.items() if v == " ")}))
# The label test and date hint of parse_meta_line, for the line as given (before _PUNCT), to find
# a page's candidate meta lines in one search. _PUNCT maps non-letters to non-letters, so the word
# boundaries of the Latin labels are unchanged, and a space of a label may be any character _PUNCT
# turns into a space; a match in the mapped line is a match in the line as given.
_RAW_HAN_LABEL_SOURCE, _RAW_LATIN_LABEL_SOURCE = _label_alternatives(
    _LABEL_KIND, f"[{_PUNCT_SPACES}]", rf"[\s{_PUNCT_SPACES}]"
)
_RAW_HAN_LABEL_RE = re.compile(_RAW_HAN_LABEL_SOURCE)
_RAW_LATIN_LABEL_RE = re.compile(_RAW_LATIN_LABEL_SOURCE)
_EDITOR_LABEL_HINT = re.compile(
    "|".join(
        re.escape(lb[0]) + f"[{_PUNCT_SPACES}]?" + re.escape(lb[1]) if len(lb) == 2 else re.escape(lb)
        for lb in sorted(_EDITOR_LABELS.split(), key=len, reverse=True)
    )
)
_LATIN_EDITOR_HINT = re.compile(r"(?i:edit)")


# Characters after which a label starts a field.
_FIELD_START = frozenset(" |/\\[【(（<《·•:,，;；、》>)）】]□■●◆▲★☆〓")
# Hard separators end a value.
_VALUE_END = re.compile(r"[|\[\]【】()（）<>]|\s[-–—·•/]\s")
_LOOSE_SPLIT = re.compile(r"[|\[\]【】()（）<>]|\s[-–—·•/]\s|\s{2,}")
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，]")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|tw|hk)\b\S*", re.I
)
# A user name after an explicit 作者 label: letters, digits, Han and the joiners forums allow.
_HANDLE = re.compile(rf"[\w{_HAN}&·.\-]{{2,16}}")
# "作者： 周思博 (Joel Spolsky)": a translated name followed by the original one in brackets, as
# Chinese translations of foreign writers credit them; one person, kept as written.
_NAME_WITH_ORIGINAL = re.compile(
    rf"(?P<han>[{_HAN}]{{1,8}}(?:[{_DOTS}][{_HAN}]{{1,8}}){{0,3}})\s?[(（]\s?(?P<latin>[^()（）]{{3,50}}?)\s?[)）]"
)
# "赵  培", "王　小　明": a name whose characters are spaced out to the width of a longer one, as
# typeset bylines and journal author fields pad two-character names.
_SPACED_NAME = re.compile(rf"[{_HAN}](?:[ \t]{{1,3}}[{_HAN}]){{1,2}}")
# "2004年7月16日08:19 [ 黄宇 ] 来源：…": an unlabelled name in brackets, next to the date (sohu 2004).
_BRACKETED_NAME = re.compile(rf"[\[【]\s?([{_HAN}]{{2,4}})\s?[\]】]")
# "来源：[ 国际金融报 ]": a value wrapped in brackets.
_BRACKETED_VALUE = re.compile(r"^\s*[\[【]\s?([^\[\]【】]{1,40}?)\s?[\]】]")
_DECOR = " \t□■●◆▲★☆〓>»·•:"
# A single user name or Han name after "by" ("by duscha", "by 眉间尺"), as forum meta lines give.
_POSTER = re.compile(rf"[{_HAN}]{{2,4}}|(?=[\w.\-]*[a-z])[a-z0-9][\w.\-]{{1,29}}", re.ASCII | re.IGNORECASE)
# A loose piece with grammar words, or a dateline ending ("…2月20日訊"), is body text.
_LOOSE_NOT_META = re.compile(r"[的了是]|(?:电|電|讯|訊)$")
_TRAILER_WORDS = frozenset(_words("更新 发布 發布 發佈 发表 發表 首发 首發 原创 原創"))

# News agencies and desk words that follow a byline after a comma; from the bylines of wire copy.
_AGENCIES = frozenset(
    (
        "reuters",
        "ap",
        "the associated press",
        "associated press",
        "afp",
        "agence france-presse",
        "bloomberg",
        "bloomberg news",
        "xinhua",
        "dpa",
        "efe",
        "ansa",
        "kyodo",
        "kyodo news",
        "yonhap",
        "tass",
        "ria novosti",
        "upi",
        "pa",
        "press association",
        "cnn",
        "bbc",
        "bbc news",
        "staff",
        "agencies",
        "staff and agencies",
        "wire services",
        "新华社",
        "新華社",
        "中新社",
        "中央社",
    )
)
# Words that mark a byline part as a role or an organisation rather than a person.
_ROLE_OR_ORG_WORDS = frozenset(
    _words(
        "staff writer writers reporter reporters correspondent correspondents editor editors "
        "contributor contributors columnist columnists photographer bureau news post times press agency "
        "daily journal herald tribune magazine media service services wire desk team senior chief "
        "special engineer manager director developer designer lead head intern scientist researcher "
        "analyst founder ceo cto professor president officer advocate program community"
    )
)
# English words that never occur in a person's name; they mark a title or a sentence ("By Any Means").
_NOT_IN_NAMES = frozenset(
    _words(
        "the a an any all of for with my your our their this that these those no not how what when why "
        "who more most some every each way means now then far default hand design far it its is are"
    )
)
_NAME_PARTICLES = frozenset(_words("van von der den de del della di da dos das du le la bin ibn al el y ter"))
_LATIN_CONNECTORS = re.compile(r"\s+(?:and|&|und|et|y|e|en|og|och|dan|и)\s+|\s*[,;]\s*", re.IGNORECASE)

# Han tokens that look like 2-4 character names but are words (what follows 记者 in body text,
# time words, and CMS placeholders). Matched as prefixes.
_NOT_NAME_PREFIXES = tuple(
    _words(
        "从 從 在 近日 近期 近年 昨 今天 今日 今年 日前 去年 前日 前天 本周 本週 本月 上周 上週 目前 "
        "当前 當前 早春 春节 春節 新春 年初 年底 年末 当天 當天 当日 當日 记者 記者 随着 隨著 为了 為了 "
        "据 據 了解 获悉 獲悉 来到 來到 看到 发现 發現 注意 采访 採訪 走访 走訪 随机 隨機 向 对 對 通过 "
        "通過 调查 調查 观察 觀察 联系 聯繫 致电 致電 第一 实地 實地 现场 現場 发自 發自 报道 報道 获得 "
        "獲得 也 还 還 又 就 再 都 曾 已 将 將 正 等 本报 本報 本站 本网 本網 编辑 編輯 网友 網友 综合 "
        "綜合 整理 转载 轉載 原创 原創 来源 來源 出自 出处 出處 来自 來自 作者 点击 點擊 阅读 閱讀 通讯 通訊 "
        "实习 實習 摄影 攝影"
    )
)
_NOT_NAME_CHARS = frozenset("的了是说說们們着著这這那和与與及或在为為被把从從到时時年月日")
# What a labelled author value holds when the page names no author: "作者：来自网络", "作者：本站".
# Source labels, and words for the web and the site itself.
_NOT_HANDLE_PREFIXES = (
    *_SOURCE_LABELS.split(),
    *_words("网络 網絡 网上 網上 互联网 互聯網 本站 本网 本網 网友 網友 转载 轉載 原创 原創"),
)
_ANONYMOUS = frozenset(["佚名", "匿名", "未知", "不详", "不詳", "无名", "無名"])
_NAME_ENDINGS = tuple(_words("说 說 表示 认为 認為 指出 介绍 介紹 称 稱 透露 提到 告诉 告訴"))
_HAN_NAME = re.compile(rf"[{_HAN}]{{2,4}}")
_DOTTED_NAME = re.compile(rf"[{_HAN}]{{1,8}}(?:[{_DOTS}][{_HAN}]{{1,8}}){{1,3}}")
_USER_NAME = re.compile(r"(?=[\w.\-]*[A-Za-z])[A-Za-z0-9][\w.\-]{1,29}", re.ASCII)
_LATIN_WORD = re.compile(r"(?:[^\W\d_]\.){1,3}|[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?")

# Roles inside a credit "(记者 A 通讯员 B/摄影 C)". Author roles give names; others end a name run.
_CREDIT_ROLES: dict[str, bool] = {
    **{r: True for r in _GLUED_AUTHOR_LABELS},
    **{
        r: True
        for r in [
            "实习生",
            "實習生",
            "撰文",
            "作者",
            "执笔",
            "執筆",
            "总台记者",
            "總台記者",
            "央视记者",
            "央視記者",
            "文",
        ]
    },
    **{
        r: False
        for r in [
            "摄影",
            "攝影",
            "摄像",
            "攝像",
            "摄",
            "攝",
            "图",
            "圖",
            "编辑",
            "編輯",
            "编译",
            "編譯",
            "视频",
            "視頻",
            "制图",
            "製圖",
        ]
    },
}
# "(信报记者 蔡雪婧)", "(中新网记者 张三)": the paper, site or station the reporter writes for,
# glued to the role; it ends like a medium's name (报/网/社/台/刊…). From the credits of the wced pages.
_MEDIUM_BEFORE_ROLE = re.compile(
    rf"[{_HAN}{_DOTS}]{{1,10}}?(?:报|報|网|網|社|台|刊|志|闻|聞|端)"
    r"(?=(?:本报|本報|特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)|实习生|實習生)"
)
_CREDIT_ROLE_RE = re.compile("|".join(sorted((re.escape(r) for r in _CREDIT_ROLES), key=len, reverse=True)))
# Credit tokens: a run of capitalised Latin words is one name ("John Smith"); else split at separators.
_CREDIT_TOKEN = re.compile(r"[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*)*|[^\s、,，;；:/A-Za-z]+|[a-z]\S*")
_GLUED_BYLINE_END = re.compile(r"^[^，。,;；:！？!?]{2,12}?(?:发自|發自|报道|報道|报导|報導|\s*/\s*[文摄攝])")
_CREDIT_STOP = re.compile(r"发自|發自|报道|報道|报导|報導")
_DATELINE_PAREN = re.compile(r"[(（]([^()（）]{2,60})[)）]")
_DATELINE_PREFIX_END = re.compile(r"(?:电|電|讯|訊|消息|报道|報道|报导|報導|播报|播報)\s*$")
_DATELINE_BARE = re.compile(
    r"^[\s□■●◆▲★☆]*"
    r"(?:[^\s，。,;；:：！？!?()（）]{0,24}?(?:电|電|讯|訊|消息)\s*)?"
    r"[^\s，。,;；:：！？!?()（）]{0,12}?"
    r"(?=本报记者|本報記者|特约记者|特約記者|记者|記者|通讯员|通訊員)"
)


@dataclass(frozen=True, slots=True)
class MetaLine:
    """The fields of a news page's meta line ("2019-02-20 11:06|来源:泉州網|編輯:尹小兵")."""

    published: datetime | None
    source: str | None  # 來源/来源/稿源/出处/Source
    authors: tuple[str, ...]  # 作者/記者/记者/撰文/文/By ...
    editors: tuple[tuple[str, str], ...]  # (name, role as written: "編輯", "責編", "Editor", ...)


# ---------------------------------------------------------------------------------------------
# Names


def _is_han_name(token: str) -> bool:
    """A 2-4 Han character name, or a dotted transliteration, that is not a common word."""
    if _DOTTED_NAME.fullmatch(token):
        return True
    if not _HAN_NAME.fullmatch(token) or token.startswith(_NOT_NAME_PREFIXES):
        return False
    return not (token.endswith(_NAME_ENDINGS) or any(c in _NOT_NAME_CHARS for c in token[1:]))


def _unspaced(value: str) -> str:
    """``value`` without the padding inside a spaced-out Chinese name ("赵  培" → "赵培"); any
    other value unchanged. Call it after ``_PUNCT`` (which turns ideographic spaces into spaces)."""
    value = value.strip()
    return "".join(value.split()) if _SPACED_NAME.fullmatch(value) else value


def _name_with_original(value: str) -> tuple[str, str] | None:
    """("周思博 (Joel Spolsky)", the rest of ``value``) when ``value`` opens with a Chinese name and
    the original Latin name in brackets; None otherwise ("张三 (北京)" is a name and a place)."""
    value = value.lstrip()
    m = _NAME_WITH_ORIGINAL.match(value)
    if m is None or not _is_han_name(m.group("han")) or _latin_name(m.group("latin"), 2) is None:
        return None
    if _is_role_or_org(m.group("latin")):
        return None  # "张三 (New York Times)": the writer's paper
    return m.group(), value[m.end() :]


def _latin_name(part: str, min_words: int) -> str | None:
    """``part`` if it reads as a person's name: capitalised words and particles, no digits."""
    words = part.split()
    if not min_words <= len(words) <= 5 or len(part) > 50:
        return None
    capitals = 0
    for word in words:
        if word.lower() in _NAME_PARTICLES:
            continue
        if word.lower() in _NOT_IN_NAMES:
            return None
        if not _LATIN_WORD.fullmatch(word) or not word[0].isupper():
            return None
        capitals += 1
    return part if capitals >= min(min_words, 2) and capitals >= 1 else None


def _is_role_or_org(part: str) -> bool:
    low = part.lower().strip(" .")
    # Words split on hyphens too: "Editor-at-large", "Co-founder" name roles.
    return low in _AGENCIES or any(w in _ROLE_OR_ORG_WORDS for w in low.replace("-", " ").split())


def _latin_byline(rest: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """(names, agencies, fully understood) of the text after "By"."""
    names: list[str] = []
    agencies: list[str] = []
    for raw in _LATIN_CONNECTORS.split(rest.strip(" .")):
        part = raw.strip(" .")
        if not part:
            continue
        if part.lower() in _AGENCIES:
            agencies.append(part)
        elif _is_role_or_org(part):
            continue
        else:
            name = _latin_name(part, min_words=2)
            if name is None:
                return tuple(names), tuple(agencies), False
            names.append(name)
    return tuple(names), tuple(agencies), True


def _capitalised_pair(value: str) -> bool:
    """Two capitalised words in a row ("Иван Петров", "Ángel Núñez"): a Latin name's shape in any
    alphabet."""
    words = value.split()
    return any(
        a[:1].isupper() and a[1:].isalpha() and a[1:].islower() and b[:1].isupper()
        for a, b in pairwise(words)
    )


def _split_names(value: str) -> tuple[tuple[str, ...], bool]:
    """Names in a labelled field value ("张三 李四", "王五、赵六", "Jane Doe and John Smith").

    Returns the names and whether the whole value was names (False: stopped at a non-name).
    """
    value = _unspaced(value.strip(_DECOR + "，,、;；"))
    if not value:
        return (), True
    if not re.search(f"[{_HAN}]", value) and (
        re.search(r"[A-Z][a-z]+\s+[A-Z]", value) or (not value.isascii() and _capitalised_pair(value))
    ):
        latin, _, ok = _latin_byline(value)
        return latin, ok
    names: list[str] = []
    tokens = [t for t in re.split(r"[\s,，、;；/]+", value) if t]
    for i, token in enumerate(tokens):
        if token in _ANONYMOUS or token in ("文", "整理", "报道", "報道", "编译", "編譯"):
            continue
        if token in ("摄", "攝", "摄影", "攝影") and names:
            names.pop()  # "张三/摄": the previous name is the photographer
            continue
        if _CREDIT_STOP.search(token):
            break  # "台北報導": the place reported from ends the names
        if _is_han_name(token) or _USER_NAME.fullmatch(token):
            names.append(token)
        elif i > 0 and token[:1].isupper() and names and _latin_name(names[-1] + " " + token, 2):
            names[-1] = names[-1] + " " + token
        else:
            return tuple(dict.fromkeys(names)), False
    return tuple(dict.fromkeys(names)), True


def _credit_names(content: str) -> tuple[str, ...]:
    """Author names in a credit "记者 A、B 通讯员 C/摄影 D"; () unless a role label is present."""
    stop = _CREDIT_STOP.search(content)
    place_before_stop = False
    if stop:
        # "彭冲 山东冠县报道": a token glued to 报道 is the place reported from, not a name.
        glued = re.search(f"[{_HAN}]$", content[: stop.start()]) is not None
        place_before_stop = glued and stop.group() not in ("发自", "發自")
        content = content[: stop.start()]
    names: list[str] = []
    role: bool | None = None
    for token in _CREDIT_TOKEN.findall(content):
        if role is None and (medium := _MEDIUM_BEFORE_ROLE.match(token)) is not None:
            token = token[medium.end() :]
        role_match = _CREDIT_ROLE_RE.match(token)
        if role_match and (
            len(token) > role_match.end() or len(role_match.group()) > 1 or token in "文图圖摄攝"
        ):
            role = _CREDIT_ROLES[role_match.group()]
            token = token[role_match.end() :]
            if not token:
                continue
        if role is None:
            return ()
        if token in _ANONYMOUS:
            continue
        if not (_is_han_name(token) or _latin_name(token, 1)):
            break
        if role:
            names.append(token)
    if place_before_stop and len(names) > 1 and content.rstrip().endswith(names[-1]):
        names.pop()
    return tuple(dict.fromkeys(names))


def dateline_reporters(paragraph: str) -> tuple[str, ...]:
    """Reporters named in a Chinese news dateline at the start of ``paragraph``; () otherwise.

    ``泉州網2月20日訊(記者 顏雅婷)早春…`` → ``("顏雅婷",)``; ``本報記者 陳某某`` → ``("陳某某",)``.
    """
    head = paragraph[:DATELINE_WINDOW].translate(_PUNCT).lstrip(_DECOR)
    korean = _KO_DATELINE.match(head)
    if korean:
        return _korean_names(korean.group("names"))
    paren = _DATELINE_PAREN.search(head)
    if paren is not None and paren.start() <= MAX_DATELINE_PREFIX:
        prefix = head[: paren.start()].strip()
        if not prefix or _DATELINE_PREFIX_END.search(prefix):
            names = _credit_names(paren.group(1))
            if names:
                return names
    bare = _DATELINE_BARE.match(head)
    if bare is None:
        return ()
    span = head[bare.end() :]
    label = _CREDIT_ROLE_RE.match(span)
    if label and re.match(f"[{_HAN}]", span[label.end() :]) and not _GLUED_BYLINE_END.search(span):
        # "记者博客", "新华社记者看东北": a label glued to a word is only a byline when a marker
        # such as 发自/报道 or "/文" shows where the name ends.
        return ()
    end = re.search(r"[，。,;；:！？!?()（）]", span)
    names = _credit_names(span[: end.start()] if end else span)
    if names and end and not _CREDIT_STOP.search(span[: end.start()]):
        # "记者李明，今年…" is a sentence; a bare byline is followed by a space, a break or "报道".
        before = span[: end.start()]
        if not before[-1:].isspace() and before.rstrip().endswith(names[-1]):
            return ()
    return names


# ---------------------------------------------------------------------------------------------
# Bylines

_CJK_BYLINE = re.compile(
    r"^[\s□■●◆▲★☆\[【(（]*"
    r"(?P<label>作\s?者|撰文|撰稿人?|执笔人?|執筆人?|本报记者|本報記者|特约记者|特約記者|记者|記者|通讯员|通訊員|"
    r"本报通讯员|本報通訊員|本报实习生|本報實習生|实习生|實習生|"
    r"文(?=\s?[/:]))(?:\s*[:/]\s*|\s+)"
)
_CJK_POSTFIX_BYLINE = re.compile(rf"^(?P<names>[{_HAN}{_DOTS}\s、]{{2,30}}?)\s*/\s*(?:文|撰文)\s*$")


def _alternation(words: Iterable[str]) -> str:
    """Words as one alternation, longest first; a space inside a word is any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_LATIN_BYLINE = re.compile(
    r"^[\s\[(]*(?:(?:written|posted|reported|reporting|story|words|text)\s+)?"
    rf"(?P<by>{_alternation(BY_WORDS)})(?:\s*:\s*|\s+)(?=\S)"
    rf"|^[\s\[(]*(?:{_alternation(CREDIT_LABELS)})\s*:\s*",
    re.IGNORECASE,
)
# Korean bylines put the title after the name: "홍길동 기자", "홍길동·김철수 기자 =",
# "(서울=연합뉴스) 홍길동 기자 hong@yna.co.kr" (기자 reporter, 특파원 correspondent). A Korean name is
# 2-4 Hangul syllables. The byline ends the line, or an "=" or an e-mail address follows.
_KO_NAMES = r"(?P<names>[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4}){0,3})\s?(?:기자|특파원)(?![가-힣])"
_KO_BYLINE = re.compile(
    r"^[\s\[(]*(?:[(\[][^()\[\]]{1,30}[)\]]\s*)?" + _KO_NAMES + r"\s*(?:=|[\w.+-]{1,40}@[\w.-]{1,60})?\s*$"
)
# ...and the same reporter credit opening a paragraph ("(서울=연합뉴스) 홍길동 기자 = 정부는…").
_KO_DATELINE = re.compile(r"^(?:[(\[][^()\[\]]{1,30}[)\]]\s*)?" + _KO_NAMES + r"\s*=")
# ...and anywhere in a meta line ("입력 2019.03.20 10:00 | 홍길동 기자").
_KO_REPORTER = re.compile(r"(?<![가-힣])" + _KO_NAMES)
_LATIN_BYLINE_END = re.compile(
    r"\s*(?:[|•(]|\s[-–—·]\s|\bon\s|\b(?:updated|published|posted|publicado|actualizado|atualizado|"
    r"publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
    r"diterbitkan|diperbarui|опубликовано|обновлено)\b|\d"
    # A lower-case preposition before the date ("Por Juan Pérez em 20/03/2019", "… le 20 mars").
    r"|\s(?-i:el|em|le|am|il|op|pada)(?=\s{1,3}\d|\s*$))",
    re.IGNORECASE,
)


def byline_names(s: str) -> tuple[str, ...]:
    """Names in a visible byline ("By Jane Doe and John Smith", "作者：张三", "文/李四"); () if none."""
    if len(s) > MAX_BYLINE_CHARS:
        return ()
    text = s.translate(_PUNCT).strip()
    cjk = _CJK_BYLINE.match(text)
    if cjk:
        value = text[cjk.end() :]
        paired = _name_with_original(value)
        if paired is not None:
            value = paired[1]
        nxt = _next_label(value)
        if nxt is not None:
            value = value[:nxt]
        cut = _VALUE_END.search(value)
        if cut:
            value = value[: cut.start()]
        date = find_date(value)
        if date:
            value = value[: date[1]]
        names, _ = _split_names(value)
        return (paired[0], *names) if paired is not None else names
    postfix = _CJK_POSTFIX_BYLINE.match(text)
    if postfix:
        names, ok = _split_names(postfix.group("names"))
        return names if ok else ()
    korean = _KO_BYLINE.match(text)
    if korean:
        return _korean_names(korean.group("names"))
    latin = _LATIN_BYLINE.match(text)
    if latin:
        rest = text[latin.end() :]
        by = latin.group("by") or ""
        if not rest[:1].isupper() or (by.isupper() and _canonical_label(by) not in _ENGLISH_BY_LABELS):
            return ()  # an all-caps "AV"/"DI" is a word or an abbreviation ("AV Receiver Test")
        names, _, ok = _latin_byline(_byline_value(rest))
        return names if ok else ()
    return ()


def _byline_value(rest: str) -> str:
    """The names part of what follows "By": up to a separator, a date or a time."""
    cut = _LATIN_BYLINE_END.search(rest)
    if cut is None:
        return rest
    value = rest[: cut.start()]
    if rest[cut.end() - 1 : cut.end()].isdigit():
        # "By Erin Cunningham March 18 at 3:57 PM": the month belongs to the date.
        value = TRAILING_MONTH_RE.sub("", value)
    return value


def _korean_names(names: str) -> tuple[str, ...]:
    """The names of a Korean credit ("홍길동·김철수")."""
    return tuple(dict.fromkeys(n for n in re.split(r"\s?[·,]\s?", names) if n))


def _next_label(value: str) -> int | None:
    """Start of the next field label in ``value`` that sits at a field start."""
    for m in _LABEL_RE.finditer(value):
        if m.start() > 0 and value[m.start() - 1] in _FIELD_START:
            return m.start()
    return None


# ---------------------------------------------------------------------------------------------
# Meta lines


def _canonical_label(raw: str) -> str:
    """The ``_LABEL_KIND`` key of a label as written: a Han label loses its inner space ("来 源"),
    a Latin one keeps one ("mis à jour")."""
    han = any("\u4e00" <= c <= "\u9fff" for c in raw)
    return re.sub(r"\s+", " ", raw.replace(" ", "") if han else raw).lower()


def _accept_label(text: str, m: re.Match[str], fields_so_far: int) -> tuple[str, str, int] | None:
    """(kind, label as written, value start) if the label match starts a field."""
    raw = m.group()
    label = _canonical_label(raw)
    kind = _LABEL_KIND.get(label)
    if kind is None:
        return None
    rest = text[m.end() :]
    colon = re.match(r"\s*[:/]\s*" if label in ("文", "图", "圖") else r"\s*:\s*", rest)
    i = m.start()
    prev = text[i - 1] if i > 0 else " "
    at_start = i == 0 or prev in _FIELD_START
    if label in _BY_LABELS:
        before = text[:i].rstrip()[-1:]
        hard_start = i == 0 or before in ("|", "[", "(", "•")
        # "By Jane Doe", "Publicado por: Clarissa Borba". An all-caps "DI"/"AV" is a word or an
        # abbreviation ("AV Receiver Test"), not "by".
        follow = re.match(r"(?:\s*:)?\s*(?=[^\W\d_])", rest)
        if not follow or (label not in _ENGLISH_BY_LABELS and raw.isupper()):
            return None
        first = rest[follow.end()]
        # "… 2005/05/17 22:11:42 by 眉间尺": after a date, "by" names a poster, often a user name.
        after_date = before.isdigit() and label == "by"
        if not ((hard_start and first.isupper()) or (after_date and (first.isalpha() or "\u4e00" <= first))):
            return None
        return kind, raw, m.end() + follow.end()
    # "出自[人民文学出版社]": a bracketed value marks the field as well as a colon does.
    bracket = (
        not colon and not label.isascii() and label not in ("文", "图", "圖") and rest[:1] in ("[", "【")
    )
    if label in _COLON_ONLY and not colon and not bracket:
        return None
    if label in _SEPARATED_LABELS and not colon:
        before = text[:i].rstrip()[-1:]
        if before and before not in _FIELD_START and not before.isdigit():
            return None
    if not (at_start or (prev.isdigit() and not label.isascii()) or (colon and fields_so_far > 0)):
        return None
    if colon:
        return kind, raw, m.end() + colon.end()
    if bracket:
        return kind, raw, m.end()
    if kind == "ignore":
        return kind, raw, m.end()
    space = re.match(r"\s+", rest)
    if space:
        return kind, raw, m.end() + space.end()
    if label in _GLUED_AUTHOR_LABELS and re.match(f"[{_HAN}]", rest):
        return kind, raw, m.end()
    return None


def _clean_source(value: str) -> str | None:
    value = re.sub("[\ue000-\uf8ff]", "", value).strip(_DECOR + "，,、;；")  # private-use icon glyphs
    value = re.sub(r"^[《“\"「](.+)[》”\"」]$", r"\1", value)
    if not value or len(value) > 40 or _SENTENCE_PUNCT.search(value) or value.isdigit():
        return None
    return value


def _loose_pieces(text: str) -> tuple[list[datetime], list[str], bool]:
    """Dates and agencies in unlabelled text; False when the text looks like a sentence."""
    dates: list[datetime] = []
    agencies: list[str] = []
    for raw in _LOOSE_SPLIT.split(text):
        piece = raw.strip(_DECOR)
        while piece:
            found = find_date(piece)
            if found is None:
                break
            dates.append(found[0])
            piece = (piece[: found[1]] + " " + piece[found[2] :]).strip(_DECOR + ",，")
        piece = _URL.sub(" ", piece).strip(_DECOR + ",，")
        if not piece or piece in _TRAILER_WORDS:
            continue
        if piece.lower() in _AGENCIES:
            agencies.append(piece)
            continue
        if (
            _SENTENCE_PUNCT.search(piece)
            or len(piece) > MAX_LOOSE_PIECE_CHARS
            or len(piece.split()) > 2
            or _LOOSE_NOT_META.search(piece)
        ):
            return dates, agencies, False
    return dates, agencies, True


_DATE_HINT = re.compile(r"\d|[〇○零一二三四五六七八九十]\s*年")
_RAW_DATE_HINT = re.compile(rf"\d|[〇○零一二三四五六七八九十][\s{_PUNCT_SPACES}]*年")
_PUNCT_CHARS = re.compile("[" + re.escape("".join(map(chr, _PUNCT))) + "]")
# One word of each news agency, lower case. A line without labels is a meta line only when one of its
# pieces, once its dates and URLs are cut out, is an agency; cutting leaves each word of the agency
# whole, so the line holds that word.
_AGENCY_HINT = re.compile("|".join(sorted({re.escape(max(a.split(), key=len)) for a in _AGENCIES})))


def may_name_editors(s: str) -> bool:
    """False when ``s`` has no editor label, so ``parse_meta_line(s)`` gives no editors: a cheap
    test for the callers that only want editor lines."""
    return _EDITOR_LABEL_HINT.search(s) is not None or _LATIN_EDITOR_HINT.search(s) is not None


def texts_naming_editors(texts: Sequence[str]) -> set[int]:
    """Indices of the ``texts`` for which ``may_name_editors`` holds: one search of each hint over
    all of them joined, instead of two calls per text (every short block of a page is tested, and
    few pass). Neither hint matches the "\\0" joining the texts, so every match lies in one text.
    (The hints are searched apart: in one pattern, the Latin half's case folding keeps the engine
    from skipping to the characters a label can start with, and the search is ten times slower.)"""
    joined = "\0".join(texts)
    starts = [
        m.start() for pattern in (_EDITOR_LABEL_HINT, _LATIN_EDITOR_HINT) for m in pattern.finditer(joined)
    ]
    if not starts:
        return set()
    ends = list(accumulate(len(t) + 1 for t in texts))  # text k spans [ends[k-1], ends[k] - 1)
    return {bisect_right(ends, start) for start in starts}


def meta_line_candidates(texts: Sequence[str]) -> set[int]:
    """Indices of the ``texts`` that ``parse_meta_line`` may read as a meta line; for the others it
    returns None. The necessary condition is its own first tests (a label, or a date hint and a news
    agency word), made by one search over all the texts joined rather than per text: most short
    blocks of a page are menu items. No pattern matches the "\\0" joining the texts, and the
    "\\0" reads as a line's start or end to the labels' word boundaries, so every match is one of a
    single text."""
    joined = "\0".join(texts)
    ends = list(accumulate(len(t) + 1 for t in texts))  # text k spans [ends[k-1], ends[k] - 1)
    found = {
        bisect_right(ends, m.start())
        for pattern in (_RAW_HAN_LABEL_RE, _RAW_LATIN_LABEL_RE)
        for m in pattern.finditer(joined)
    }
    # A line without labels also needs an agency word: when the page's lines hold none, none of
    # them does. (A search of the whole is cheaper than one per line with a date hint.)
    pos = 0 if _AGENCY_HINT.search(joined.lower()) is not None else len(joined) + 1
    while (m := _RAW_DATE_HINT.search(joined, pos)) is not None:
        k = bisect_right(ends, m.start())
        # _PUNCT leaves letters alone and no agency word holds anything else: the line as given
        # holds an agency word exactly when the mapped line does.
        if k not in found and _AGENCY_HINT.search(texts[k].lower()) is not None:
            found.add(k)
        pos = ends[k]
    return found


def parse_meta_line(s: str) -> MetaLine | None:
    """The fields of a meta line, or None when ``s`` is not one.

    A meta line starts with a field (a label or a date), its labels sit at field starts, and it has a
    labelled field, or a date plus a news agency. Values end at the next label or separator.
    """
    # Most short blocks are menu items, headlines and counters, and the full parse is not cheap:
    # they are turned away by the cheap tests below. (Most hold none of _PUNCT's characters.)
    text = (s.translate(_PUNCT) if _PUNCT_CHARS.search(s) else s).strip()
    if not text or len(text) > MAX_META_LINE_CHARS:
        return None
    # The label matches are those of one half of _LABEL_RE when the other half matches nowhere (the
    # halves are searched much faster than _LABEL_RE, see _HAN_LABEL_RE).
    han = _HAN_LABEL_RE.search(text) is not None
    latin = _LATIN_LABEL_RE.search(text) is not None
    label_re = (_LABEL_RE if latin else _HAN_LABEL_RE) if han else (_LATIN_LABEL_RE if latin else None)
    if label_re is None and _DATE_HINT.search(text) is None:
        return None  # no label, and nothing that could be a date
    labels: list[tuple[str, str, int, int]] = []  # kind, label as written, label start, value start
    for m in label_re.finditer(text) if label_re is not None else ():
        if labels and m.start() < labels[-1][3]:
            continue
        accepted = _accept_label(text, m, len(labels))
        if accepted:
            labels.append((accepted[0], accepted[1], m.start(), accepted[2]))
    if not labels and _AGENCY_HINT.search(text.lower()) is None:
        return None  # unlabelled, it needs a date and a news agency ("Reuters Nov 18, 2019")
    unlabelled = text[: labels[0][2]] if labels else text
    dates, agencies, ok = _loose_pieces(unlabelled)
    if not ok:
        return None
    loose_names = [m.group(1) for m in _BRACKETED_NAME.finditer(unlabelled) if bare_names(m.group(1))]
    source: str | None = None
    authors: list[str] = []
    editors: list[tuple[str, str]] = []
    labelled_fields = 0
    empty_fields = 0  # labels with nothing after them ("来源：" whose link text was lost)
    for n, (kind, label, _, value_start) in enumerate(labels):
        value_end = labels[n + 1][2] if n + 1 < len(labels) else len(text)
        value = text[value_start:value_end]
        if kind == "ignore":
            continue
        wrapped = _BRACKETED_VALUE.match(value)
        if wrapped:
            value = wrapped.group(1) + " " + value[wrapped.end() :]
        paired = _name_with_original(value) if kind == "author" else None
        if paired is not None:
            authors.append(paired[0])  # before the cut: its bracket is no separator
            labelled_fields += 1
            value = paired[1]
        cut = _VALUE_END.search(value) or (re.search(r"\s{2,}", value) if kind != "author" else None)
        leftover = ""
        if cut:
            value, leftover = value[: cut.start()], value[cut.start() :]
        found = find_date(value)
        if found:
            dates.append(found[0])
            value = value[: found[1]] if kind != "date" else ""
            if kind == "date":
                labelled_fields += 1
        more_dates, more_agencies, ok = _loose_pieces(leftover)
        if not ok:
            return None
        dates += more_dates
        agencies += more_agencies
        if not value.strip(_DECOR):
            empty_fields += kind != "date"
        elif kind == "source":
            cleaned = _clean_source(value)
            if cleaned and source is None:
                source = cleaned
                labelled_fields += 1
        elif kind == "author":
            by_label = _canonical_label(label.strip())
            if by_label in _BY_LABELS and not _POSTER.fullmatch(value.strip(_DECOR + "〓")):
                names, by_agencies, whole = _latin_byline(_byline_value(value))
                if not whole and by_label not in _ENGLISH_BY_LABELS:
                    names = ()  # "Di Maio, il ministro…": only a value of names is a byline
                agencies += by_agencies
            else:
                names, _ = _split_names(value)
                handle = _HANDLE.fullmatch(value.strip(_DECOR))
                if (
                    not names
                    and handle
                    and _canonical_label(label) in ("作者", "原作者")
                    and handle.group() not in _ANONYMOUS
                    and not handle.group().startswith(_NOT_HANDLE_PREFIXES)
                    and not handle.group().isdigit()
                ):
                    names = (handle.group(),)  # "作者： 放飞&心情": a forum or blog user name
            if names:
                authors += names
                labelled_fields += 1
        elif kind == "editor":
            names, _ = _split_names(value)
            role = label if label.isascii() else label.replace(" ", "")
            editors += [(name, role) for name in names]
            labelled_fields += bool(names)
    published = dates[0] if dates else None
    if published is not None and not authors:
        authors += loose_names
    if not authors and labelled_fields + (published is not None) > 0 and "기" in text:
        # "입력 2019.03.20 10:00 | 홍길동 기자": a Korean credit names the reporter before the title.
        for m in _KO_REPORTER.finditer(text):
            authors += _korean_names(m.group("names"))
    if source is None and agencies:
        source = agencies[0]
    if labelled_fields == 0 and not (published is not None and (agencies or empty_fields)):
        return None
    return MetaLine(
        published=published,
        source=source,
        authors=tuple(dict.fromkeys(authors)),
        editors=tuple(dict.fromkeys(editors)),
    )


# ---------------------------------------------------------------------------------------------
# <title> suffixes

_TITLE_SEPARATOR = re.compile(
    rf"\s*(?:_|\||｜|——|－－|--|::|»|\s[-–—·•:]\s|(?<=[{_HAN}”」』）》])[-—－](?=[{_HAN}A-Za-z《“「]))\s*"
)
# Endings of Chinese site and channel names ("腾讯网", "人民日报", "央视新闻客户端"); from the eval titles.
_CJK_SITE_ENDINGS = tuple(
    _words(
        "网 網 网站 網站 报 報 新闻 新聞 在线 在線 频道 頻道 电视台 電視台 客户端 之声 之聲 周刊 週刊 "
        "杂志 雜誌 论坛 論壇 博客 社 中心 政府 门户 門戶 官网 官網 资讯 資訊 头条 頭條 号 號 .com .cn "
        ".net"
    )
)


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def _fold(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.casefold())


def _site_keys(site_names: Iterable[str]) -> list[str]:
    """Folded site names; a host ("www.bbc.co.uk") contributes its distinctive labels ("bbc")."""
    keys: list[str] = []
    for name in site_names:
        name = name.strip()
        if not name:
            continue
        if "." in name and " " not in name:
            host = re.sub(r"^[a-z]+://", "", name.lower()).split("/")[0]
            generic = {
                "www",
                "m",
                "wap",
                "news",
                "com",
                "cn",
                "net",
                "org",
                "co",
                "uk",
                "gov",
                "edu",
                "tw",
                "hk",
            }
            keys += [label for label in host.split(".") if label not in generic and len(label) >= 2]
        folded = _fold(name)
        if folded:
            keys.append(folded)
    return keys


def _matches_site(part: str, keys: list[str]) -> bool:
    folded = _fold(part)
    if not folded:
        return False
    for key in keys:
        if folded == key or (min(len(key), len(folded)) >= 3 and (key in folded or folded in key)):
            return True
        if fuzz.ratio(folded, key) >= SITE_NAME_MIN_RATIO:
            return True
    return False


def _looks_like_site(part: str, separator: str) -> bool:
    """A title part that reads as a site or channel name rather than part of the headline."""
    if _width(part) > MAX_SUFFIX_WIDTH or _SENTENCE_PUNCT.search(part) or re.search(r"[?:：]", part):
        return False
    if separator.strip() == "_":
        return True  # "_" never occurs inside headlines: CMS title templates use it for site/section
    if re.search(f"[{_HAN}]", part):
        return part.endswith(tuple(_CJK_SITE_ENDINGS)) or part.isascii()
    words = part.split()
    return len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() or "." in w for w in words)


def strip_site_suffix(title: str, site_names: Iterable[str] = ()) -> str:
    """``title`` without its site-name suffix ("标题_科技_腾讯网" → "标题", "X | Reuters" → "X").

    A left-hand part ("Site | Headline") is only dropped when it matches ``site_names``. A part is
    only dropped when what remains is the longer, headline part.
    """
    text = " ".join(title.split())
    keys = _site_keys(site_names)
    pieces = _TITLE_SEPARATOR.split(text)
    seps = _TITLE_SEPARATOR.findall(text)
    if len(pieces) < 2:
        return text
    if len(pieces) > MAX_TITLE_PIECES:
        return text  # not a title with a suffix; and the loops below are quadratic in pieces
    # Right side: drop site and section parts.
    while len(pieces) > 1:
        last, sep = pieces[-1], seps[-1]
        rest = "".join(p + s for p, s in zip(pieces[:-2], seps[:-1], strict=True)) + pieces[-2]
        if not last.strip():
            pieces, seps = pieces[:-1], seps[:-1]
            continue
        ratio = 1.0 if sep.strip() == "_" else 1.5
        site = keys and _matches_site(last, keys)
        if (site and _width(rest) >= 4) or (
            _looks_like_site(last, sep) and _width(rest) >= ratio * _width(last)
        ):
            pieces, seps = pieces[:-1], seps[:-1]
            continue
        break
    # Left side: only a known site name.
    while len(pieces) > 1 and keys and _matches_site(pieces[0], keys):
        rest = "".join(p + s for p, s in zip(pieces[1:-1], seps[1:], strict=True)) + pieces[-1]
        if _width(rest) < _width(pieces[0]):
            break
        pieces, seps = pieces[1:], seps[1:]
    return ("".join(p + s for p, s in zip(pieces[:-1], seps, strict=True)) + pieces[-1]).strip()


# ---------------------------------------------------------------------------------------------
# Names without a label, credits, posted-by lines and date lines

# The commonest Chinese surnames (single and compound, Simplified and Traditional): the ~130 that
# cover ~90 % of the population in the 2020 census tables. Only used to accept a line that is a bare
# name with no label ("胡平" under a headline, "（袁源）" closing an article), where a label-free word
# would otherwise pass for a name.
_SURNAMES_1 = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付傅方"
    "邹鄒熊白孟秦邱侯江尹薛闫閆段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯康易乔喬"
    "赖賴文施洪辛柯庄莊樊殷牛关關祝左涂凌葛伊"
)
_SURNAMES_2 = frozenset(
    _words(
        "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 慕容 令狐 皇甫 尉迟 尉遲 公孙 公孫 "
        "长孙 長孫 宇文 司徒 夏侯 端木 西门 西門 独孤 獨孤"
    )
)
# Endings that make a Han string an organisation or a site rather than a person ("云南网",
# "汉斯出版社", "大汉网络"); from the <meta name="author"> values of the dev pages.
_ORG_ENDINGS = tuple(
    _words(
        "网 網 网络 網絡 报 報 社 集团 集團 公司 出版社 期刊 杂志 雜誌 中心 政府 委员会 委員會 部 局 厅 廳 "
        "办 辦 院 所 台 站 频道 頻道 新闻 新聞 日报 日報 晚报 晚報 传媒 傳媒 科技 工作室 编辑部 編輯部"
    )
)
_ORG_WORDS = frozenset(
    _words("publishers publisher publishing inc ltd llc gmbh corp corporation group media")
)
# A bare name line holds at most this many names ("王建宏 张文攀").
MAX_BARE_NAMES = 3
# A credit closing an article, "（记者 胡晓蓉）", sits in the last characters of its paragraph.
MAX_CREDIT_CHARS = 40

_TRAILING_PAREN = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*[。.]?\s*$")
_NAMES_REPORTED = re.compile(
    rf"^((?:[{_HAN}{_DOTS}]{{2,8}}\s*){{1,3}}?)\s*[{_HAN}]{{0,6}}(?:报道|報道|报导|報導)$"
)
_BARE_SPLIT = re.compile(r"[\s、，,/]+")


def has_common_surname(token: str) -> bool:
    """Whether a Han token starts with one of the commonest Chinese surnames."""
    return token[:2] in _SURNAMES_2 or token[:1] in _SURNAMES_1


def is_org_name(value: str) -> bool:
    """An organisation, site or publication name rather than a person ("云南网", "Hans Publishers")."""
    value = value.strip()
    if not value:
        return False
    if re.search(f"[{_HAN}]", value):
        return value.endswith(_ORG_ENDINGS) and not _DOTTED_NAME.fullmatch(value)
    return value.lower() in _AGENCIES or any(w in _ORG_WORDS for w in value.lower().split())


# A structured author value that starts like a visible byline: "By …", "Analysis by …", "Story by …".
_META_BY = re.compile(r"^(?:[^\W\d_]+\s){0,2}?by\s+(?=\S)", re.IGNORECASE)


def bylined_names(value: str) -> tuple[str, ...] | None:
    """The names of a structured author value written as a visible byline ("By TOM KRISHER, AP Auto
    Writer", "Analysis by Chris Cillizza, CNN Editor-at-large"); None when it does not start so."""
    value = " ".join(value.split())
    by = _META_BY.match(value)
    return byline_names("By " + value[by.end() :]) if by else None


def person_names(value: str, whole: bool = False) -> tuple[str, ...]:
    """The person names in a structured author value (``<meta name="author">``, JSON-LD).

    Sites, organisations, handles, URLs and CMS user ids ("L_104485") are dropped: ``<meta>`` author
    fields hold those as often as names. ``whole``: the value is one name, not a list (a repeated
    ``DC.Creator`` tag holds "Jong, Michiel de").
    """
    value = " ".join(value.split())
    if not value or len(value) > MAX_BYLINE_CHARS or value.startswith(("http", "@", "www.")):
        return ()
    bylined = bylined_names(value)
    if bylined is not None:  # a visible byline copied into the field: read it as one
        return bylined
    if whole:
        parts = [_unspaced(value)]
    elif re.search(f"[{_HAN}]", value):
        parts = []
        for piece in re.split(r"[,，、;；/|]+", value):
            han = re.search(f"[{_HAN}]", piece) is not None
            parts += _unspaced(piece).split() if han else [piece]
    else:
        parts = [p for p in _LATIN_CONNECTORS.split(value) if p.strip()]
        if any(len(p.split()) == 1 for p in parts) and len(parts) == 2 and "," in value:
            parts = [value]  # "Doe, Jane": one inverted name
        elif len(parts) > 1 and not all(_latin_name(p.strip(" ,;"), 1) for p in parts):
            return person_names(value, whole=True)  # "Mac & i": a list only when every part is a name
    names: list[str] = []
    for part in parts:
        part = part.strip(" ,;")
        if not part or is_org_name(part) or _URL.fullmatch(part) or part.startswith("@"):
            continue
        if re.search(f"[{_HAN}]", part):
            if _is_han_name(part) and part not in _ANONYMOUS:
                names.append(part)
        elif re.search(r"\d|_", part) is None and (
            _latin_name(part.replace(",", ""), 1)
            or (whole and part[0].isupper() and re.fullmatch(r"[\w .,'’&-]{1,60}", part))
        ):
            names.append(part)
    return tuple(dict.fromkeys(names))


def bare_names(line: str, known: Iterable[str] = ()) -> tuple[str, ...]:
    """Names when ``line`` is nothing but 1-3 Chinese names ("胡平", "王建宏 张文攀"); () otherwise.

    Without a label a word could pass for a name, so each name must start with a common surname or be
    one of ``known`` (names the page states elsewhere, e.g. a "茉莉：…" headline prefix).
    """
    text = line.translate(_PUNCT).strip(_DECOR + "()（）[]【】")
    if not text or len(text) > 20:
        return ()
    tokens = [t for t in _BARE_SPLIT.split(text) if t]
    if not 1 <= len(tokens) <= MAX_BARE_NAMES:
        return ()
    known_set = set(known)
    for token in tokens:
        if token in known_set:
            continue
        if not (
            _is_han_name(token) and len(token) <= 3 + (token[:2] in _SURNAMES_2)
        ) or not has_common_surname(token):
            return ()
    return tuple(dict.fromkeys(tokens))


def credit_names(text: str) -> tuple[str, ...]:
    """Authors credited at the very end of an article's text, or on a line after it.

    ``…循环的绿色制造体系。（记者 胡晓蓉）``, ``（姚峰 上海报道）``, ``（袁源）``, ``记者 刘涛``,
    ``□ 本报记者 葛灵丹``, ``新京报记者 彭冲 山东冠县报道``, ``顶端新闻·河南商报记者马俊峰/文``.
    """
    text = text.translate(_PUNCT).strip()
    if not text:
        return ()
    paren = _TRAILING_PAREN.search(text[-MAX_CREDIT_CHARS - 4 :])
    if paren is not None:
        content = paren.group(1).strip()
        names = _credit_names(content)
        if names:
            return names
        reported = _NAMES_REPORTED.match(content)
        if reported:
            return bare_names(reported.group(1))
        if paren.start() == 0 or len(text) > MAX_CREDIT_CHARS:
            return bare_names(content)
        return ()
    if len(text) > MAX_CREDIT_CHARS:
        return ()
    names = dateline_reporters(text) or byline_names(text)
    if names:
        return names
    glued = _GLUED_CREDIT.search(text) or _TRAILING_REPORTER.search(text)
    if glued:
        return _credit_names(glued.group(1))
    return ()


# "…记者马俊峰/文": an author label glued to a name that ends with "/文" (the writer's mark).
_GLUED_CREDIT = re.compile(rf"((?:记者|記者|作者|通讯员|通訊員)\s?[{_HAN}{_DOTS}]{{2,8}})\s*/\s*文")

# "整合 新华日报·交汇点记者 徐睿翔": a desk name, then the reporter label and names, ending the line.
_TRAILING_REPORTER = re.compile(
    rf"((?:本报|本報|特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)\s?[{_HAN}{_DOTS}]{{2,8}}(?:[\s、][{_HAN}{_DOTS}]{{2,8}}){{0,3}})\s*$"
)

# Forum and blog posting lines: who posted, and when. From the templates of bbs/blog systems.
_POSTED = (
    # 本贴由大卫于2005年8月12日16:12:21在〖…〗发表 / 本帖由X于…发表
    re.compile(r"^本[贴帖]由\s?(?P<name>[^\s于於]{1,20}?)\s?[于於]\s?(?P<rest>.+)$"),
    # 由海姑娘张贴 @ 2005-06-14 03:25:55
    re.compile(
        r"^由\s?(?P<name>\S{1,20}?)\s?(?:张贴|張貼|发表|發表|发布|發佈)\s?(?:@|于|於)?\s?(?P<rest>.*)$"
    ),
    # ggjjzhzz 发表于 2005-9-15 11:46:00 / 作者 发表于: …
    re.compile(r"^(?P<name>[^\s:|]{2,20})\s+(?:发表于|發表於|发布于|發布於|写于|寫於)\s?:?\s?(?P<rest>.+)$"),
    # Posted by Jane Doe on March 10, 2015 / Posted on March 10, 2015 by Jane Doe
    re.compile(
        r"^(?:posted|written|published)\s+by\s+(?P<name>[^|•]{2,40}?)\s+(?:on|at|@)\s+(?P<rest>.+)$", re.I
    ),
)


def posted_by(line: str) -> tuple[tuple[str, ...], datetime | None]:
    """(names, date) of a forum or blog posting line ("由X张贴 @ 2005-06-14 03:25"); ((), None) if not one."""
    text = line.translate(_PUNCT).strip(_DECOR + "〓")
    if len(text) > MAX_META_LINE_CHARS:
        return (), None
    for pattern in _POSTED:
        m = pattern.match(text)
        if m is None:
            continue
        found = find_date(m.group("rest"))
        if found is None or found[1] > 4:
            continue  # the date follows the verb: otherwise this is a sentence
        name = m.group("name").strip()
        names: tuple[str, ...]
        if re.search(f"[{_HAN}]", name):
            names = (name,) if (_is_han_name(name) or len(name) <= 8) and not is_org_name(name) else ()
        elif _USER_NAME.fullmatch(name):
            names = (name,)
        else:
            names, _, _ = _latin_byline(name)
        return tuple(names), found[0]
    return (), None


# Extras a date line may carry besides its date: the page's own URL, a zone remark, the forum's
# "楼主" (original poster) mark, a weekday; a clock time the date parser left out and a zone
# abbreviation ("November 20, 2019 - 11:28 AMT", "…, 04:05 pm PT (07:05 pm ET)"; shub).
_DATE_LINE_EXTRAS = re.compile(
    r"(?:https?://|www\.)\S*|[(（][^()（）]{0,8}(?:时间|時間)[)）]|楼主|樓主|[(（]?(?:星期|周|週)[一二三四五六日天][)）]?"
    r"|\b\d{1,2}[:h]\d{2}(?::\d{2})?\s?(?:[aApP]\.?[mM]\.?)?(?!\w)|\b(?:[A-Z]{1,4}T|UTC|WIB|WITA)\b"
)
# What may remain of a date line once its date and extras are gone.
MAX_DATE_LINE_REST = 6


def date_line(line: str) -> datetime | None:
    """The date of a line that is only a date ("2005-06-14 03:25:55", "2022年02月13日",
    "2006年12月27日（京港台时间）", "http://www.qianlong.com/ 2005-07-18 13:03:17"); None otherwise."""
    if len(line) > MAX_META_LINE_CHARS // 2:
        return None
    found = find_date(line)
    if found is None:
        return None
    rest = _DATE_LINE_EXTRAS.sub(" ", line[: found[1]] + " " + line[found[2] :])
    if _SENTENCE_PUNCT.search(rest):
        return None
    rest = re.sub(r"[\s|/\\\-–—·•:：.()（）\[\]【】〓]+", "", rest)
    return found[0] if len(rest) <= MAX_DATE_LINE_REST else None


# ---------------------------------------------------------------------------------------------
# Credits, bios and reading times around the text (patterns in _patterns.py)

# What may surround a whole-line credit: brackets, a final stop, spaces.
_CREDIT_WRAP = " \t()[]（）.。"
_CREDIT_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
# Separators left between the date of a dated name line and the name, or around a reading time.
_LINE_SEPARATORS = " \t|·•/-–—,:"


def _credited_names(text: str) -> bool:
    """Whether ``text`` is a list of names ("Alan Fram, Zeke Miller and Lolita Baldor in Washington"):
    capitalised words and the glue words of credits only, at least two capitalised words."""
    capitals = 0
    for word in _CREDIT_WORD.findall(text):
        if word[0].isupper():
            capitals += 1
        elif word.lower().strip(".") not in CREDIT_GLUE_WORDS:
            return False
    return capitals >= 2


def contributor_credit(line: str) -> bool:
    """Whether the whole ``line`` credits a story's contributors: "Keith Bradsher contributed
    reporting from Hong Kong.", "(Reporting by A; Editing by B)", "Mit Material von dpa",
    "（实习生 张三 对本文亦有贡献）". A sentence that merely mentions reporting is not one."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_CREDIT_LINE_CHARS:
        return False
    if any(pattern.match(text) for pattern in CREDIT_LINE_RES):
        return True
    inner = text.strip(_CREDIT_WRAP)
    contributed = CONTRIBUTED_RE.match(inner + ".")
    if contributed is not None and _credited_names(contributed.group("names")):
        return True
    segments = [seg.strip(_CREDIT_WRAP) for seg in inner.split(";")]
    for seg in segments:
        m = CREDIT_SEGMENT_RE.match(seg)
        if m is None or not _credited_names(m.group("names")):
            return False
    return True


def _name_keys(authors: Iterable[str]) -> list[tuple[str, str]]:
    """(full name, first name) of each author name, lower-cased, without a "By"; a first name only
    for a Latin name of two words or more, and of three letters or more."""
    keys = []
    for author in authors:
        name = " ".join(re.sub(r"^\s*by\s+", "", author, flags=re.I).split()).lower()
        # A one-word Latin "author" is a site or a user name ("AppleInsider has affiliate
        # partnerships…" is a disclosure, not a bio).
        if len(name) >= 2 and (" " in name or not name.isascii()):
            first = name.split()[0] if " " in name else ""
            keys.append((name, first if len(first) >= 3 else ""))
    return keys


def author_bio(line: str, authors: Iterable[str]) -> str | None:
    """What kind of author tagline ``line`` is, for the article's ``authors``: ``"bio"`` when it opens
    with an author's name and a bio verb ("Trevor Daugherty is the Senior Editor…", "Devindra has
    been…", "Mike Wall's book…"); ``"contact"`` when it holds nothing but contact details
    ("paul.takahashi@chron.com", "twitter.com/paultakahashi"), names an author beside an e-mail
    address or @handle ("Email Tariq Malik at tmalik@space.com…"), or opens with the name and the
    address in brackets ("Jeff Foust (jeff@…) is the editor…"); None otherwise."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_BIO_CHARS:
        return None
    if BARE_CONTACT_RE.match(text):
        return "contact"
    low = text.lower()
    contact: bool | None = None
    kind = None
    for name, first in _name_keys(authors):
        if low.startswith(name):
            after = BIO_AFTER_NAME_RE.match(text, len(name))
            if after is not None:
                if after.group().strip() in ("(", ":"):
                    contact = contact if contact is not None else CONTACT_RE.search(text) is not None
                    if contact:
                        return "contact"
                kind = "bio"
        elif first and low.startswith(first) and BIO_AFTER_FIRST_NAME_RE.match(text, len(first)):
            kind = "bio"
        if kind is None and name in low:
            contact = contact if contact is not None else CONTACT_RE.search(text) is not None
            if contact:
                return "contact"
    return kind


_SENTENCE_STOP_RE = re.compile("[。！？]")


def provenance_note(line: str) -> str | None:
    """What kind of provenance note the whole ``line`` is: ``"affiliation"`` for the authors'
    institutions ("【作者单位：…】"), ``"provenance"`` for where the text was first printed or who
    collected it ("(摘自《…》2000年第2期)", "…网站(http://…)搜集整理于2002-09-25"); None otherwise."""
    text = line.strip()
    if not text or len(text) > MAX_PROVENANCE_CHARS or _SENTENCE_STOP_RE.search(text):
        return None  # a note has no full stop: "摘自《论语》的这句话，说明了…。" is a sentence
    if AFFILIATION_RE.match(text):
        return "affiliation"
    if any(pattern.match(text) for pattern in PROVENANCE_RES):
        return "provenance"
    return None


def reading_time(line: str) -> tuple[bool, datetime | None]:
    """(the line is a reading time, the date beside it) for "8 min read", "Oct 18, 2019 · 8 min
    read", "Lesezeit: 3 Minuten", "読了時間：約3分"; (False, None) for any other line."""
    text = line.strip()
    if not text or len(text) > MAX_READING_TIME_CHARS:
        return False, None
    for pattern in READING_TIME_RES:
        m = pattern.search(text)
        if m is None:
            continue
        rest = (text[: m.start()] + " " + text[m.end() :]).strip(_LINE_SEPARATORS + "()（）[]")
        if not rest:
            return True, None
        day = date_line(rest)
        return (True, day) if day is not None else (False, None)
    return False, None


def dated_name_line(line: str) -> tuple[tuple[str, ...], datetime | None]:
    """(names, date) of a line that is a date and a person's name, in either order ("November 20,
    2019 Emiliano Bellini", "2019-11-20 17:27:46 Marcus De Guzman"); ((), None) otherwise."""
    text = " ".join(line.split())
    if len(text) > MAX_META_LINE_CHARS // 2:
        return (), None
    found = find_date(text)
    if found is None:
        return (), None
    before = text[: found[1]].strip(_LINE_SEPARATORS)
    after = text[found[2] :].strip(_LINE_SEPARATORS)
    if before and after:
        return (), None
    rest = before or after
    if re.search(f"[{_HAN}]", rest):
        names = bare_names(rest)
    else:
        name = _latin_name(rest, min_words=2)
        names = (name,) if name is not None else ()
    return (names, found[0]) if names else ((), None)


def strip_known_site(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a suffix that names the site itself ("X | Aktuálně.cz" with site
    "Aktuálně.cz"); unlike ``strip_site_suffix``, a part is never dropped for merely looking like a
    site name, because structured titles (og:title, JSON-LD) rarely carry one."""
    text = " ".join(title.split())
    keys = _site_keys(site_names)
    if not keys:
        return text
    pieces = _TITLE_SEPARATOR.split(text)
    seps = _TITLE_SEPARATOR.findall(text)
    while len(pieces) > 1 and _matches_site(pieces[-1], keys):
        rest = "".join(p + s for p, s in zip(pieces[:-2], seps[:-1], strict=True)) + pieces[-2]
        if _width(rest) < 2 * _width(pieces[-1]):
            break
        pieces, seps = pieces[:-1], seps[:-1]
    return ("".join(p + s for p, s in zip(pieces[:-1], seps, strict=True)) + pieces[-1]).strip()


def title_parts(title: str) -> list[str]:
    """The parts of a ``<title>`` between site/section separators ("标题_科技_腾讯网" → 3 parts)."""
    return [p for p in _TITLE_SEPARATOR.split(" ".join(title.split())) if p.strip()]
