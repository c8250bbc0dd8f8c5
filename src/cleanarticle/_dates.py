"""Date parsing for meta lines, datelines and ``<meta>`` values: pure string functions.

``parse_date(s)`` reads a string that *is* one date (after a leading label such as ``发布时间：`` or
``Published:``); ``find_date(s)`` finds the first plausible date inside a longer string.

Formats: ISO 8601 (``2019-02-20T11:06:06+08:00``), ``2019-02-20 11:06``, ``2019/2/20``, ``2019.02.20``,
Chinese/Japanese/Korean ``2019年2月20日 星期三 11时06分``, Chinese numerals ``二〇一九年二月二十日``,
full-width digits, RFC 2822, English (``Feb 20, 2019``, ``20 February 2019``) and es/fr/de/pt/ru month
names, a time of day written before the date (``3:41 PM EST, Wed February 20, 2019``), and
numeric day/month/year. The compact ``20190220`` is only accepted by ``parse_date`` (a whole string),
never inside text, where it is as likely an ID.

Numeric ``A/B/YYYY``, ``A.B.YYYY`` and ``A-B-YYYY``: when ``A > 12`` it is day-first; when ``B > 12``
it is month-first; otherwise (ambiguous) ``/`` is read month-first (US) and ``.`` / ``-`` day-first
(European).

Timezone rule: the result is timezone-aware only when the string states an offset or a zone: a
numeric offset (``+08:00``, ``+0800``), ``Z``, ``UTC``/``GMT`` (optionally ``GMT+8``), ``北京时间``
(+08:00) or one of the unambiguous abbreviations in ``_TZ_ABBREVIATIONS``. Ambiguous abbreviations
(``CST``, ``IST``) and everything else give a naive datetime: we never guess the page's zone.

Implausible values are rejected: years outside ``MIN_YEAR..MAX_YEAR``, invalid months/days, hours
above 23, minutes above 59, seconds above 60 (a leap second is clamped to 59), and a 12-hour clock
hour above 12.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

__all__ = ["MAX_YEAR", "MIN_YEAR", "find_date", "parse_date"]

# Years outside this range are more likely counts, IDs or prices than news publication dates.
MIN_YEAR = 1990
MAX_YEAR = 2100

# Dates sit at the start of meta lines and datelines; longer inputs are cut to keep calls cheap.
# (The longest real meta line seen in the eval pages is ~110 characters.)
MAX_SCAN_CHARS = 300

# How far before a date a leading time of day may start ("Updated 3:41 PM EST, Wed ...").
_TIME_BEFORE_WINDOW = 40

# ---------------------------------------------------------------------------------------------
# Normalisation: a 1:1 character map, so offsets in the normalised text are offsets in the input.
_FULLWIDTH = {0xFF10 + i: ord("0") + i for i in range(10)}
_FULLWIDTH.update(
    {
        ord("："): ord(":"),
        ord("／"): ord("/"),
        ord("－"): ord("-"),
        ord("．"): ord("."),
        ord("＋"): ord("+"),
        ord("，"): ord(","),
        ord("\u3000"): ord(" "),
        ord("\xa0"): ord(" "),
        ord("\u2009"): ord(" "),
        ord("\u202f"): ord(" "),
        ord("\u2212"): ord("-"),  # minus sign in offsets
        ord("\u2010"): ord("-"),
        ord("\u2011"): ord("-"),
    }
)

# ---------------------------------------------------------------------------------------------
# Month names (lower case), by language: each row lists the twelve months in order, a month's names
# (full, genitive, abbreviations) joined by "/". From the languages' standard calendars and the
# abbreviations news sites print ("20 ago 2019", "20 Des 2019", "20.dez.2018", "20 мар 2019"). A name
# two languages share must name the same month in both (checked when the table is built).
_MONTHS_BY_LANGUAGE: dict[str, str] = {
    "en": "january/jan february/feb march/mar april/apr may june/jun july/jul august/aug "
    "september/sep/sept october/oct november/nov december/dec",
    "es": "enero/ene febrero/feb marzo/mar abril/abr mayo/may junio/jun julio/jul agosto/ago "
    "septiembre/setiembre/sep/sept/set octubre/oct noviembre/nov diciembre/dic",
    "pt": "janeiro/jan fevereiro/fev março/marco/mar abril/abr maio/mai junho/jun julho/jul agosto/ago "
    "setembro/set outubro/out novembro/nov dezembro/dez",
    "fr": "janvier/janv février/fevrier/févr/fevr/fév mars avril/avr mai juin juillet/juil août/aout "
    "septembre/sept octobre/oct novembre/nov décembre/decembre/déc",
    "de": "januar/jänner/jän/jan februar/feb märz/maerz/mrz/mär april/apr mai juni/jun juli/jul "
    "august/aug september/sep/sept oktober/okt november/nov dezember/dez",
    "it": "gennaio/genn/gen febbraio/febb/feb marzo/mar aprile/apr maggio/magg/mag giugno/giu "
    "luglio/lug agosto/ago settembre/sett/set ottobre/ott novembre/nov dicembre/dic",
    "nl": "januari/jan februari/feb maart/mrt april/apr mei juni/jun juli/jul augustus/aug "
    "september/sep/sept oktober/okt november/nov december/dec",
    "id": "januari/jan februari/feb maret/mar april/apr mei juni/jun juli/jul agustus/agu/agt/ags "
    "september/sep/sept oktober/okt november/nov desember/des",
    # Nominative and genitive ("20 февраля 2019").
    "ru": "январь/января/янв февраль/февраля/февр/фев март/марта/мар апрель/апреля/апр май/мая "
    "июнь/июня/июн июль/июля/июл август/августа/авг сентябрь/сентября/сент/сен "
    "октябрь/октября/окт ноябрь/ноября/нояб/ноя декабрь/декабря/дек",
}
_MONTH_NAMES: dict[str, int] = {}
for _language, _row in _MONTHS_BY_LANGUAGE.items():
    _months = _row.split()
    assert len(_months) == 12, _language
    for _month, _names in enumerate(_months, start=1):
        for _name in _names.split("/"):
            assert _MONTH_NAMES.setdefault(_name, _month) == _month, _name

# Weekday names, by language: a date may open with one ("Mercoledì 20 marzo 2019").
_WEEKDAYS_BY_LANGUAGE: dict[str, str] = {
    "en": "monday mon tuesday tues tue wednesday wed thursday thurs thu friday fri saturday sat sunday sun",
    "es": "lunes martes miércoles miercoles jueves viernes sábado sabado domingo",
    "pt": "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
    "it": "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "id": "senin selasa rabu kamis jumat jum'at sabtu minggu",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
}
# Longest first, so that "tuesday" is tried before "tue" (the alternation takes the first that fits).
_WEEKDAYS = "|".join(
    sorted(
        dict.fromkeys(w for row in _WEEKDAYS_BY_LANGUAGE.values() for w in row.split()),
        key=len,
        reverse=True,
    )
)

# Abbreviations that are also English words ("sold out 20, 2019"): read only day-first ("20 out 2019"),
# as the languages they abbreviate write dates, never before a day.
_DAY_FIRST_ONLY = frozenset(("out", "set", "ago", "des", "gen", "mag"))


def _grouped(names: Iterable[str]) -> str:
    """``names`` as one alternation, grouped by first letter and longest first within a group. The
    engine tries the alternatives of a position one by one: grouped, it skips a group after one test
    (with ~150 month names in nine languages, a third of the named-date patterns' time). The match is
    the one of a flat longest-first alternation: names are whole words (a word boundary follows),
    and no two first letters match the same character ignoring case."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in groups.items())


def _month_pattern(names: Iterable[str]) -> str:
    """The ``mon`` group: one of ``names`` as a whole word, with an optional dot."""
    return rf"(?<![^\W\d_])(?P<mon>{_grouped(names)})(?![^\W\d_])\.?"


_MON = _month_pattern(_MONTH_NAMES)
# A month name ending a string ("Erin Cunningham March", a byline cut where its date's day begins).
TRAILING_MONTH_RE = re.compile(rf"\s{_MON}\s*$", re.IGNORECASE)
_MON_BEFORE_DAY = _month_pattern(n for n in _MONTH_NAMES if n not in _DAY_FIRST_ONLY)
_WD = rf"(?:(?<![^\W\d_])(?:{_grouped(_WEEKDAYS.split('|'))})(?![^\W\d_])\.?,?\s{{1,3}})?"
# The first letters of the weekday and month names, as a lookahead: implied by the names, it turns
# most positions away with one test instead of an attempt of every name (the patterns are compiled
# case-insensitive, and a class matches what its letters match one by one).
_WD_FIRST = "".join(sorted({re.escape(w[0]) for w in _WEEKDAYS.split("|")}))
_MON_FIRST = "".join(sorted({re.escape(n[0]) for n in _MONTH_NAMES}))

# Timezone abbreviations that name one offset only (hours east of UTC). CST (China/US Central) and
# IST (India/Ireland/Israel) are deliberately absent.
_TZ_ABBREVIATIONS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "UT": 0,
    "EST": -5,
    "EDT": -4,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "HKT": 8,
    "SGT": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    # Indonesia's three zones (Waktu Indonesia Barat / Tengah / Timur), as Indonesian sites print them.
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
}
# Ambiguous abbreviations: consumed as part of the date, but the result stays naive.
_AMBIGUOUS_ZONES = frozenset(("CST", "IST"))
_BEIJING = r"[(（]?北京[时時][间間][)）]?"
_TZ_ALT = "|".join(sorted((*_TZ_ABBREVIATIONS, *_AMBIGUOUS_ZONES), key=len, reverse=True))
_TZ = (
    r"(?:(?P<z>(?<=\d)Z(?![A-Za-z]))"
    r"|(?P<off>(?<=[\d\s])[+-](?:1[0-4]|0\d)(?::?[0-5]\d)?)(?![\d:])"
    rf"|(?<![A-Za-z])(?P<abbr>(?-i:{_TZ_ALT}))(?![A-Za-z])"
    r"(?:\s?(?P<abbroff>[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?)(?![\d:]))?"
    rf"|(?P<bj>{_BEIJING}))"
)

# Time of day after a date: 11:06, 11:06:06.123, 11时06分, 下午3:41, 3:41 PM, 11h06 (fr).
_AMPM_CJK = "上午|下午|早上|晚上|凌晨|中午|傍晚|午前|午後|오전|오후"
_TIME = (
    rf"(?P<cjkap>{_AMPM_CJK})?\s{{0,2}}"
    r"(?P<H>[012]?\d)\s{0,2}(?:(?::|h)\s{0,1}(?P<M>[0-5]\d)|[时時点點시]\s{0,2}(?P<M2>[0-5]?\d)\s{0,2}分?)"
    r"(?:(?::(?P<S>[0-6]\d)|\s{0,2}(?P<S2>[0-6]?\d)\s{0,2}秒)(?:[.,](?P<frac>\d{1,9}))?)?(?![\d:])"
    r"(?:\s{0,2}(?P<ap>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?"
    rf"(?:\s{{0,2}}{_TZ})?"
)
_TIME_AFTER = re.compile(
    r"(?:T|\s{0,3}(?:,\s{0,2})?(?:(?:at|um|à|a las|às|alle|ore|om|pukul|в)\s{1,2})?)" + _TIME,
    re.IGNORECASE,
)
# A time written before the date, ending right where the date (or its weekday) starts.
_TIME_BEFORE = re.compile(_TIME + r"\s{0,3},?\s{0,3}(?:on\s{1,2})?$", re.IGNORECASE)
_TZ_AFTER = re.compile(r"\s{0,2}" + _TZ)
_BEIJING_BEFORE = re.compile(r"北京[时時][间間]\s{0,2}:?\s{0,2}$")
_CJK_WEEKDAY = re.compile(
    r"\s{0,3}[(（]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天七][)）]?|\s{0,3}[(（][월화수목금토일]요?일?[)）]"
)

# ---------------------------------------------------------------------------------------------
# Date patterns, each with groups y / m or mon / d. Digits in the text are ASCII after normalising.
_NOT_BEFORE = r"(?<![A-Za-z0-9.\-/+_])"
_NOT_AFTER = r"(?!\d|[.\-/]\d)"
_YEAR = r"(?P<y>(?:19|20|21)\d\d)"
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 2019-02-20, 2019/2/20, 2019.02.20 (ISO and its common CMS variants)
    (
        "ymd",
        re.compile(_NOT_BEFORE + _YEAR + r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _NOT_AFTER),
    ),
    # 2019年2月20日, 2019 年 02 月 20 日, 2019년 2월 20일
    (
        "ymd",
        re.compile(
            r"(?<!\d)"
            + _YEAR
            + r"\s{0,2}[年년]\s{0,2}(?P<m>\d{1,2})\s{0,2}[月월]\s{0,2}(?P<d>\d{1,2})\s{0,2}[日号號일]"
        ),
    ),
    # 二〇一九年二月二十日 / 二○一九年 (Chinese numerals)
    (
        "han",
        re.compile(
            r"(?P<y>[〇○零一二三四五六七八九]{4})\s{0,2}年\s{0,2}(?P<m>[一二三四五六七八九十]{1,3})\s{0,2}月"
            r"\s{0,2}(?P<d>[一二三四五六七八九十廿卅]{1,4})\s{0,2}[日号號]"
        ),
    ),
    # Feb 20, 2019 / Wed February 20th, 2019
    (
        "mdy",
        re.compile(
            rf"(?=[{_WD_FIRST}{_MON_FIRST}])"
            + _WD
            + _MON_BEFORE_DAY
            + r"\s{0,3}(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d),?\s{1,3}"
            + _YEAR
            + r"(?!\d)",
            re.IGNORECASE,
        ),
    ),
    # 20 February 2019 / Wed, 20 Feb 2019 / 20 de febrero de 2019 / 1er mars 2019 / 20. Februar 2019 /
    # 21.dez.2018
    (
        "dmy",
        re.compile(
            rf"(?=[{_WD_FIRST}]|\d)"
            + _WD
            + r"(?<![\d.])(?P<d>\d{1,2})(?:st|nd|rd|th|er)?(?:\.\s{0,3}|\s{1,3})(?:(?:de|of)\s{1,3})?"
            + _MON
            # "21.dez.2018" (Folha): after a dotted abbreviation the year may follow at once.
            + r"(?:,?\s{1,3}|(?<=\.))(?:de\s{1,3})?"
            + _YEAR
            + r"(?!\d)(?:\s?г(?:ода|\.)?)?",
            re.IGNORECASE,
        ),
    ),
    # 20.02.2019, 02/20/2019, 20-02-2019 (order resolved in _resolve_numeric)
    (
        "num",
        re.compile(_NOT_BEFORE + r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)" + _YEAR + _NOT_AFTER),
    ),
)

# Whole-string only: 20190220, 20190220T110606Z (ISO 8601 basic format).
_COMPACT = re.compile(
    r"(?P<y>(?:19|20|21)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)"
    r"(?:T(?P<H>[012]\d)(?P<M>[0-5]\d)(?P<S>[0-6]\d)?(?:\.\d{1,9})?(?:(?P<z>Z)|(?P<off>[+-]\d{2}:?\d{2}))?)?"
)

# Leading labels dropped by parse_date, by language; from news CMS templates.
_LABELS_BY_LANGUAGE: dict[str, str] = {
    "zh": "发布时间|發布時間|發佈時間|发布日期|發布日期|发表时间|發表時間|发表日期|发表于|發表於|"
    "发布于|發布於|更新时间|更新時間|更新日期|最后更新|最後更新|出版时间|出版時間|时间|時間|日期",
    "ja": "公開日時|公開日|更新日時|更新日|投稿日時|投稿日|配信日時|配信日|掲載日",
    "ko": "기사입력|최종수정|입력|수정|등록|업데이트",
    "en": r"(?:last\s+)?(?:published|posted|updated|modified|created)(?:\s+(?:on|at|date))?|date",
    "fr": r"(?:publié|modifié|mis\s+à\s+jour)(?:\s+le)?",
    "de": r"veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|zuletzt\s+aktualisiert(?:\s+am)?|stand",
    "es": r"publicado(?:\s+el)?|actualizado(?:\s+el)?",
    "pt": r"publicado(?:\s+em)?|atualizado(?:\s+em)?",
    "it": r"pubblicato(?:\s+il)?|aggiornato(?:\s+il)?",
    "nl": r"gepubliceerd(?:\s+op)?|(?:laatst\s+)?bijgewerkt(?:\s+op)?",
    "id": r"diterbitkan(?:\s+pada)?|dipublikasikan(?:\s+pada)?|diperbarui(?:\s+pada)?",
    "ru": r"опубликовано|обновлено|дата\s+публикации",
}
_LABEL = re.compile(
    r"^(?:[\[【(（]\s{0,2})?(?:"
    + "|".join(_LABELS_BY_LANGUAGE.values())
    + r")(?![^\W\d_])\s{0,3}[:：]?\s{0,3}",
    re.IGNORECASE,
)
# Trailing words and brackets a whole-string date may carry ("2005-04-05 06:40更新", "(2019-02-20)").
_TRAILER = re.compile(r"(?:\s{0,3}(?:更新|发布|發布|發佈|发表|發表|[)）\]】]))+\s*$")

_HAN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_YEAR_QUICK = re.compile(_YEAR)
_HAN_QUICK = re.compile(r"[〇○零一二三四五六七八九]{4}\s{0,2}年")


def _han_number(s: str) -> int | None:
    """Value of a Chinese numeral 1..39 (十, 十一, 二十, 二十一, 廿一, 卅一); None if malformed."""
    if s.startswith("廿"):
        rest, base = s[1:], 20
    elif s.startswith("卅"):
        rest, base = s[1:], 30
    elif "十" in s:
        tens, _, rest = s.partition("十")
        if len(tens) > 1 or (tens not in _HAN_DIGITS and tens):
            return None
        base = 10 * (_HAN_DIGITS[tens] if tens else 1)
    else:
        rest, base = s, 0
    if len(rest) > 1 or (rest and rest not in _HAN_DIGITS):
        return None
    return base + (_HAN_DIGITS[rest] if rest else 0)


def _offset(sign_hours: str) -> timedelta | None:
    """``+8``, ``+08``, ``-0500``, ``+05:30`` → timedelta."""
    sign = -1 if sign_hours[0] == "-" else 1
    digits = sign_hours[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes > 59:
        return None
    return sign * timedelta(hours=hours, minutes=minutes)


def _tzinfo(m: re.Match[str]) -> timezone | bool | None:
    """The zone stated in a match of ``_TZ``; None when absent, False when malformed."""
    if m.group("z"):
        return timezone.utc
    if m.group("off"):
        off = _offset(m.group("off"))
        return False if off is None else timezone(off)
    if m.group("abbr"):
        name = m.group("abbr").upper()
        if name in _AMBIGUOUS_ZONES:
            return None
        base = timedelta(hours=_TZ_ABBREVIATIONS.get(name, 0))
        if m.group("abbroff"):
            if name not in ("UTC", "GMT", "UT"):
                return False
            off = _offset(m.group("abbroff"))
            return False if off is None else timezone(off)
        return timezone(base)
    if m.group("bj"):
        return timezone(timedelta(hours=8))
    return None


def _resolve_numeric(a: int, b: int, sep: str) -> tuple[int, int]:
    """(month, day) of ``a<sep>b<sep>YYYY`` by the rule in the module docstring."""
    if a > 12:
        return b, a
    if b > 12:
        return a, b
    return (a, b) if sep == "/" else (b, a)


def _ymd(kind: str, m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a date-pattern match, unvalidated."""
    if kind == "han":
        year = int("".join(str(_HAN_DIGITS[c]) for c in m.group("y")))
        month, day = _han_number(m.group("m")), _han_number(m.group("d"))
        if month is None or day is None:
            return None
        return year, month, day
    if kind == "num":
        month, day = _resolve_numeric(int(m.group("a")), int(m.group("b")), m.group("sep"))
        return int(m.group("y")), month, day
    if kind in ("mdy", "dmy"):
        # Matched case-insensitively, which also lets "ſeptember" (long s) through: its lower case
        # is no key, its case fold is.
        name = m.group("mon").lower().rstrip(".")
        month = _MONTH_NAMES.get(name) or _MONTH_NAMES.get(name.casefold())
        if month is None:
            return None
        return int(m.group("y")), month, int(m.group("d"))
    return int(m.group("y")), int(m.group("m")), int(m.group("d"))


def _clock(t: re.Match[str]) -> tuple[int, int, int, int] | None:
    """(hour, minute, second, microsecond) of a ``_TIME`` match, or None when implausible."""
    hour = int(t.group("H"))
    minute = int(t.group("M") or t.group("M2") or 0)
    second = int(t.group("S") or t.group("S2") or 0)
    frac = t.group("frac")
    micro = int((frac + "000000")[:6]) if frac else 0
    ap = (t.group("ap") or "").lower().replace(".", "").replace(" ", "")
    cjk = t.group("cjkap") or ""
    if ap or cjk in ("上午", "早上", "凌晨", "下午", "晚上", "傍晚", "午前", "午後", "오전", "오후"):
        if hour > 12:
            return None
        pm = ap == "pm" or cjk in ("下午", "晚上", "傍晚", "午後", "오후")
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12 and (ap == "am" or cjk in ("凌晨", "午前", "오전")):
            hour = 0
    if hour > 23 or minute > 59 or second > 60:
        return None
    return hour, minute, min(second, 59), micro


def _build(
    ymd: tuple[int, int, int], clock: tuple[int, int, int, int] | None, tz: timezone | None
) -> datetime | None:
    """A validated datetime, or None for out-of-range values."""
    year, month, day = ymd
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    hour, minute, second, micro = clock or (0, 0, 0, 0)
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    except ValueError:
        return None


def _time_and_zone(t: re.Match[str]) -> tuple[tuple[int, int, int, int], timezone | None] | None:
    """Clock and zone of a ``_TIME`` match, or None when either is implausible."""
    clock = _clock(t)
    zone = _tzinfo(t)
    if clock is None or zone is False:
        return None
    return clock, zone if isinstance(zone, timezone) else None


def _candidate(text: str, kind: str, m: re.Match[str]) -> tuple[datetime, int, int] | None:
    """Complete a date match with the time and zone around it; None when implausible."""
    ymd = _ymd(kind, m)
    if ymd is None:
        return None
    start, end = m.start(), m.end()
    clock: tuple[int, int, int, int] | None = None
    tz: timezone | None = None
    if kind in ("ymd", "han"):
        weekday = _CJK_WEEKDAY.match(text, end)
        if weekday:
            end = weekday.end()
    after = _TIME_AFTER.match(text, end)
    if after:
        # A time right after the date belongs to it: an impossible one makes the whole value suspect.
        parsed = _time_and_zone(after)
        if parsed is None:
            return None
        (clock, tz), end = parsed, after.end()
    else:
        before = _TIME_BEFORE.search(text, max(0, start - _TIME_BEFORE_WINDOW), start)
        if before and not (before.start() > 0 and text[before.start() - 1].isdigit()):
            parsed = _time_and_zone(before)
            if parsed is not None:
                (clock, tz) = parsed
                start = before.start("cjkap") if before.group("cjkap") else before.start("H")
        zone = _TZ_AFTER.match(text, end)
        if tz is None and zone and zone.group("bj"):
            tz, end = timezone(timedelta(hours=8)), zone.end()
    if tz is None:
        beijing = _BEIJING_BEFORE.search(text, max(0, start - 8), start)
        if beijing:
            tz, start = timezone(timedelta(hours=8)), beijing.start()
    dt = _build(ymd, clock, tz)
    return None if dt is None else (dt, start, end)


def _normalise(s: str) -> str:
    return s[:MAX_SCAN_CHARS].translate(_FULLWIDTH)


def _scan(text: str) -> tuple[datetime, int, int] | None:
    """The earliest plausible date in normalised ``text`` (ties: the longest match)."""
    best: tuple[datetime, int, int] | None = None
    has_han = _HAN_QUICK.search(text) is not None
    # Every pattern but "han" holds _YEAR: without a year in the text only "han" can match.
    has_year = _YEAR_QUICK.search(text) is not None
    for kind, pattern in _DATE_PATTERNS:
        if not (has_han if kind == "han" else has_year):
            continue
        for m in pattern.finditer(text):
            if best is not None and m.start() > best[1]:
                break
            found = _candidate(text, kind, m)
            if found is None:
                continue
            if best is None or (found[1], -found[2]) < (best[1], -best[2]):
                best = found
            break
    return best


def find_date(s: str) -> tuple[datetime, int, int] | None:
    """The first plausible date in ``s`` (first ``MAX_SCAN_CHARS`` chars) as (datetime, start, end)."""
    text = _normalise(s)
    if not any(map(str.isdigit, text)) and not _HAN_QUICK.search(text):
        return None
    return _scan(text)


def parse_date(s: str) -> datetime | None:
    """``s`` as one date/datetime (a leading label is dropped), or None if it is anything else."""
    if len(s) > MAX_SCAN_CHARS:
        return None
    text = _normalise(s).strip()
    label = _LABEL.match(text)
    if label and label.end() < len(text):
        text = text[label.end() :]
    trailer = _TRAILER.search(text)
    if trailer and trailer.start() > 0:
        text = text[: trailer.start()]
    text = text.lstrip("[【(（ ").strip()
    compact = _COMPACT.fullmatch(text)
    if compact:
        clock = None
        if compact.group("H"):
            clock = (int(compact.group("H")), int(compact.group("M")), int(compact.group("S") or 0), 0)
            if clock[0] > 23 or clock[2] > 60:
                return None
            clock = (clock[0], clock[1], min(clock[2], 59), 0)
        tz: timezone | None = None
        if compact.group("z"):
            tz = timezone.utc
        elif compact.group("off"):
            off = _offset(compact.group("off"))
            if off is None:
                return None
            tz = timezone(off)
        ymd = (int(compact.group("y")), int(compact.group("m")), int(compact.group("d")))
        return _build(ymd, clock, tz)
    found = _scan(text)
    if found is None or found[1] != 0 or text[found[2] :].strip(" ,.") != "":
        return None
    return found[0]
