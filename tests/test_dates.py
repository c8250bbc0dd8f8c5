"""Tests for cleanarticle._dates: whole-string and in-text date parsing."""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone

import pytest

from cleanarticle._dates import (
    _DATE_PATTERNS,
    _DAY_FIRST_ONLY,
    _MONTH_NAMES,
    _MONTHS_BY_LANGUAGE,
    _WEEKDAYS,
    _YEAR,
    MAX_YEAR,
    MIN_YEAR,
    find_date,
    parse_date,
)

UTC = timezone.utc
CN = timezone(timedelta(hours=8))
EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-02-20T11:06:06+08:00", datetime(2019, 2, 20, 11, 6, 6, tzinfo=CN)),
        ("2019-02-20T03:06:06Z", datetime(2019, 2, 20, 3, 6, 6, tzinfo=UTC)),
        ("2019-02-20T11:06:06.123+0800", datetime(2019, 2, 20, 11, 6, 6, 123000, tzinfo=CN)),
        ("2019-02-20", datetime(2019, 2, 20)),
        ("2019-02-20 11:06:06", datetime(2019, 2, 20, 11, 6, 6)),
        ("2019-2-20 11:06", datetime(2019, 2, 20, 11, 6)),
        ("2019/02/20 11:06", datetime(2019, 2, 20, 11, 6)),
        ("2019.02.20", datetime(2019, 2, 20)),
        ("20190220", datetime(2019, 2, 20)),
        ("20190220T110606Z", datetime(2019, 2, 20, 11, 6, 6, tzinfo=UTC)),
        ("2019年2月20日", datetime(2019, 2, 20)),
        ("2019年02月20日 11:06", datetime(2019, 2, 20, 11, 6)),
        ("2019年2月20日11时06分", datetime(2019, 2, 20, 11, 6)),
        ("2019年2月20日 11時06分30秒", datetime(2019, 2, 20, 11, 6, 30)),
        ("2019年2月20日 星期三", datetime(2019, 2, 20)),
        ("2019年2月20日（星期三） 09:30", datetime(2019, 2, 20, 9, 30)),
        ("2019年2月20日 下午3:41", datetime(2019, 2, 20, 15, 41)),
        ("二〇一九年二月二十日", datetime(2019, 2, 20)),
        ("二○一九年十二月三十一日", datetime(2019, 12, 31)),
        ("二零一八年十月一日", datetime(2018, 10, 1)),
        ("２０１９年２月２０日", datetime(2019, 2, 20)),
        ("２０１９－０２－２０　１１：０６", datetime(2019, 2, 20, 11, 6)),
        ("2019년 2월 20일", datetime(2019, 2, 20)),
        ("Wed, 20 Feb 2019 11:06:06 GMT", datetime(2019, 2, 20, 11, 6, 6, tzinfo=UTC)),
        ("Wed, 20 Feb 2019 11:06:06 +0800", datetime(2019, 2, 20, 11, 6, 6, tzinfo=CN)),
        ("Feb 20, 2019", datetime(2019, 2, 20)),
        ("Feb. 20, 2019", datetime(2019, 2, 20)),
        ("February 20th, 2019", datetime(2019, 2, 20)),
        ("February 20, 2019 11:06 AM", datetime(2019, 2, 20, 11, 6)),
        ("February 20, 2019 11:06 p.m.", datetime(2019, 2, 20, 23, 6)),
        ("February 20, 2019 12:15 AM", datetime(2019, 2, 20, 0, 15)),
        ("20 February 2019", datetime(2019, 2, 20)),
        ("20 Feb 2019", datetime(2019, 2, 20)),
        ("Updated 3:41 PM EST, Wed February 20, 2019", datetime(2019, 2, 20, 15, 41, tzinfo=EST)),
        ("20.02.2019", datetime(2019, 2, 20)),
        ("20/02/2019", datetime(2019, 2, 20)),
        ("02/20/2019", datetime(2019, 2, 20)),
        ("20 de febrero de 2019", datetime(2019, 2, 20)),
        ("20 février 2019", datetime(2019, 2, 20)),
        ("1er mars 2019", datetime(2019, 3, 1)),
        ("20. Februar 2019", datetime(2019, 2, 20)),
        ("20 de fevereiro de 2019", datetime(2019, 2, 20)),
        ("20 февраля 2019 г.", datetime(2019, 2, 20)),
    ],
)
def test_dates_parse_formats(text: str, expected: datetime) -> None:
    """Every supported format parses to the stated date, time and zone."""
    assert expected == parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布时间：2019-02-20 11:06", datetime(2019, 2, 20, 11, 6)),
        ("發布時間: 2019年2月20日", datetime(2019, 2, 20)),
        ("时间：2019/02/20", datetime(2019, 2, 20)),
        ("Published: Feb 20, 2019", datetime(2019, 2, 20)),
        ("Published on February 20, 2019", datetime(2019, 2, 20)),
        ("Updated 2019-02-20", datetime(2019, 2, 20)),
        ("Last updated: 20 February 2019", datetime(2019, 2, 20)),
        ("2005-04-05 06:40更新", datetime(2005, 4, 5, 6, 40)),
        ("(2019-02-20)", datetime(2019, 2, 20)),
    ],
)
def test_dates_parse_drops_labels(text: str, expected: datetime) -> None:
    """Leading labels, trailing 更新 and brackets around a whole-string date are ignored."""
    assert expected == parse_date(text)


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("2019-02-20 11:06 UTC", 0),
        ("2019-02-20 11:06 GMT+8", 8),
        ("2019-02-20 11:06 UTC+08:00", 8),
        ("2019-02-20 11:06 GMT-5", -5),
        ("北京时间2019年2月20日 11:06", 8),
        ("北京時間2019年2月20日", 8),
        ("2019年2月20日 11:06（北京时间）", 8),
        ("Feb 20, 2019 11:06 EDT", -4),
        ("Feb 20, 2019 11:06 PST", -8),
        ("Feb 20, 2019 11:06 PDT", -7),
        ("20 Feb 2019 11:06 CET", 1),
        ("20 Feb 2019 11:06 CEST", 2),
        ("20 Feb 2019 11:06 BST", 1),
        ("2019-02-20 11:06 JST", 9),
        ("2019-02-20 11:06 KST", 9),
        ("2019-02-20T11:06:06-05:00", -5),
        ("2019-02-20T11:06:06+0530", 5.5),
    ],
)
def test_dates_zone_makes_aware(text: str, offset_hours: float) -> None:
    """A stated offset or zone gives an aware datetime with that offset."""
    result = parse_date(text)
    assert result is not None
    assert timedelta(hours=offset_hours) == result.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "2019-02-20 11:06",
        "2019年2月20日 11:06",
        "Feb 20, 2019 11:06 AM",
        "2019-02-20 11:06 CST",
        "20.02.2019",
    ],
)
def test_dates_no_zone_is_naive(text: str) -> None:
    """Without a stated (unambiguous) zone the result is naive; CST is ambiguous."""
    result = parse_date(text)
    assert result is not None
    assert None is result.tzinfo


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/04/2019", datetime(2019, 3, 4)),  # ambiguous with "/": month first (US)
        ("03.04.2019", datetime(2019, 4, 3)),  # ambiguous with ".": day first (European)
        ("13/04/2019", datetime(2019, 4, 13)),  # first field > 12: day first
        ("04/13/2019", datetime(2019, 4, 13)),  # second field > 12: month first
        ("04.13.2019", datetime(2019, 4, 13)),
    ],
)
def test_dates_numeric_order_rule(text: str, expected: datetime) -> None:
    """Day/month order follows the documented rule for numeric dates with the year last."""
    assert expected == parse_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "昨天",
        "2019-02-30",  # no such day
        "2019-13-01",
        "2019年2月",  # month only
        "2019",
        f"{MIN_YEAR - 1}-06-01",
        f"{MAX_YEAR + 1}-06-01",
        "2019-02-20 25:00",
        "2019-02-20 11:75",
        "Feb 20, 2019 13:00 PM",
        "20191320",  # compact, invalid month
        "20190220123456789",  # an ID
        "2019-02-20 11:06:06|來源:泉州網",  # more than one date
        "13.13.2019",
        "version 2.1.0",
        "0595-22123456",
        "二〇一九年二月三十日",
    ],
)
def test_dates_parse_rejects(text: str) -> None:
    """Non-dates, implausible values and strings with more than a date give None."""
    assert None is parse_date(text)


def test_dates_year_bounds_inclusive() -> None:
    """The year bounds are inclusive."""
    assert datetime(MIN_YEAR, 1, 1) == parse_date(f"{MIN_YEAR}-01-01")
    assert datetime(MAX_YEAR, 12, 31) == parse_date(f"{MAX_YEAR}-12-31")


@pytest.mark.parametrize(
    ("text", "expected", "matched"),
    [
        (
            "2019-02-20 11:06:06|來源:泉州網|編輯:尹小兵",
            datetime(2019, 2, 20, 11, 6, 6),
            "2019-02-20 11:06:06",
        ),
        (
            "来源：新华网　2019年02月20日09:12　作者：张三",
            datetime(2019, 2, 20, 9, 12),
            "2019年02月20日09:12",
        ),
        ("发布时间：2019年2月20日 星期三 来源：人民网", datetime(2019, 2, 20), "2019年2月20日 星期三"),
        (
            "Updated 3:41 PM EST, Wed February 20, 2019",
            datetime(2019, 2, 20, 15, 41, tzinfo=EST),
            "3:41 PM EST, Wed February 20, 2019",
        ),
        ("By Jane Doe | Reuters | Feb 20, 2019", datetime(2019, 2, 20), "Feb 20, 2019"),
        (
            "原標題：泉州“項目攻堅二○一八”紀實 二○一九年二月二十日",
            datetime(2019, 2, 20),
            "二○一九年二月二十日",
        ),
        ("版本 1.2.3 于 2019年2月20日发布", datetime(2019, 2, 20), "2019年2月20日"),
        ("电话 0595-22123456 日期 2019-02-20", datetime(2019, 2, 20), "2019-02-20"),
        ("Posted on 20.02.2019 by admin", datetime(2019, 2, 20), "20.02.2019"),
        ("北京时间2019年2月20日讯", datetime(2019, 2, 20, tzinfo=CN), "北京时间2019年2月20日"),
    ],
)
def test_dates_find_in_text(text: str, expected: datetime, matched: str) -> None:
    """find_date returns the first date with the span of its text (time and zone included)."""
    found = find_date(text)
    assert found is not None
    value, start, end = found
    assert expected == value
    assert matched == text[start:end]


@pytest.mark.parametrize(
    "text",
    [
        "订单号 20190220123456789 已发货",  # an ID
        "请拨打 0595-2019-0220 咨询",  # a phone number
        "升级到 v2019.02.20.1 版本",  # a version number
        "IP 10.20.2019.1",
        "泉州網2月20日訊(記者 顏雅婷)",  # no year
        "共有2019人参加，占20%",
        "https://example.com/2019/02/20/story.html",  # a URL path
        "The May 2019 report",
        "",
    ],
)
def test_dates_find_ignores_non_dates(text: str) -> None:
    """Phone numbers, IDs, versions, URL paths and yearless dates are not found."""
    assert None is find_date(text)


def test_dates_find_scans_bounded_prefix() -> None:
    """find_date only looks at the first part of a long string."""
    assert None is find_date("x" * 400 + " 2019-02-20")


def test_dates_find_skips_invalid_first_candidate() -> None:
    """An impossible date does not hide a later valid one."""
    found = find_date("2019-02-30 之后 2019-03-01")
    assert found is not None
    assert datetime(2019, 3, 1) == found[0]


def test_dates_every_numeric_pattern_holds_a_year() -> None:
    """Every date pattern but the Chinese-numeral one holds _YEAR, which _scan tests for first."""
    assert [] == [kind for kind, p in _DATE_PATTERNS if kind != "han" and _YEAR not in p.pattern]


def test_dates_name_lookahead_is_implied() -> None:
    """The first-letter lookaheads of the named-month patterns turn away no month or weekday name,
    in any case form: the date is found, starting at the name."""
    chars = (
        "".join(map(chr, range(sys.maxunicode + 1)))
        .encode("utf-8", "surrogatepass")
        .decode("utf-8", "replace")
    )
    for name in [*_MONTH_NAMES, *_WEEKDAYS.split("|")]:
        for first in set(re.findall(f"(?i:{re.escape(name[0])})", chars)):
            word = first + name[1:]
            if name in _DAY_FIRST_ONLY:
                texts = (f"20 {word} 2019",)
            elif name in _MONTH_NAMES:
                texts = (f"{word} 20, 2019", f"20 {word} 2019")
            else:
                texts = (f"{word} Feb 20, 2019", f"{word}, 20 Feb 2019")
            for text in texts:
                found = find_date(text)
                assert found is not None and 0 == found[1], text


# --------------------------------------------------------------------------------------------
# Other languages: month names, weekdays, labels


WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 maggio 2019", datetime(2019, 5, 20)),
        ("Mercoledì 20 marzo 2019", datetime(2019, 3, 20)),
        ("20 dic 2019", datetime(2019, 12, 20)),
        ("Pubblicato il 20 maggio 2019 alle 10:30", datetime(2019, 5, 20, 10, 30)),
        ("20 Maret 2019", datetime(2019, 3, 20)),
        ("Maret 30, 2015", datetime(2015, 3, 30)),
        ("Rabu, 20 Maret 2019 10:30 WIB", datetime(2019, 3, 20, 10, 30, tzinfo=WIB)),
        ("Diterbitkan pada 20 Des 2019", datetime(2019, 12, 20)),
        ("20 maart 2019", datetime(2019, 3, 20)),
        ("woensdag 20 maart 2019 om 10:30", datetime(2019, 3, 20, 10, 30)),
        ("Gepubliceerd op 20 mrt 2019", datetime(2019, 3, 20)),
        ("20 ene 2019", datetime(2019, 1, 20)),
        ("02 Ago 2017", datetime(2017, 8, 2)),
        ("21.dez.2018 às 12h55", datetime(2018, 12, 21, 12, 55)),
        ("20 out 2019", datetime(2019, 10, 20)),
        ("Publié le 20 mars 2019 à 10h30", datetime(2019, 3, 20, 10, 30)),
        ("Mis à jour le 20 fév 2019", datetime(2019, 2, 20)),
        ("Veröffentlicht am 20. März 2019", datetime(2019, 3, 20)),
        ("Zuletzt aktualisiert am 20.03.2019", datetime(2019, 3, 20)),
        ("20 мар 2019", datetime(2019, 3, 20)),
        ("Опубликовано: среда, 20 марта 2019 г. в 10:30", datetime(2019, 3, 20, 10, 30)),
        ("公開日：2019年3月20日", datetime(2019, 3, 20)),
        ("更新日時 2019年3月20日 10:30", datetime(2019, 3, 20, 10, 30)),
        ("입력 2019.03.20 10:00", datetime(2019, 3, 20, 10, 0)),
        ("기사입력 :[ 2018-08-25 15:24 ]", datetime(2018, 8, 25, 15, 24)),
    ],
)
def test_dates_parse_other_languages(text: str, expected: datetime) -> None:
    """Month and weekday names, time words and date labels of it/id/nl/es/pt/fr/de/ru/ja/ko parse."""
    assert expected == parse_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sold out 20, 2019 was the year",  # "out" (pt October) needs a day then a year
        "It happened 3 days ago, in 2019",
        "Les prix des 20 produits en 2019",
        "Set 20 of 2019",
        "Vol. 5.mar.20",
        "Door 20 opens in 2019",
    ],
)
def test_dates_other_language_names_stay_strict(text: str) -> None:
    """Short month abbreviations that are also words (out, set, des, ago, mar) give no false date."""
    assert None is find_date(text)


def test_dates_month_table_has_twelve_months_per_language() -> None:
    """Every language row of the month table names twelve months, and a shared name one month."""
    assert {12} == {len(row.split()) for row in _MONTHS_BY_LANGUAGE.values()}
    assert 3 == _MONTH_NAMES["maret"] == _MONTH_NAMES["maart"] == _MONTH_NAMES["mrt"]
