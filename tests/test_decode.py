"""Tests for ``cleanarticle._decode``: bytes to text, charset verification and detection."""

from __future__ import annotations

import codecs
import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle._decode import Decoded, decode, looks_like_html, normalize_encoding

# News-like sentences written for these tests (not taken from any page).
ZH_HANS = (
    "新华社北京3月5日电 国务院总理今天在人民大会堂作政府工作报告，提出今年经济增长预期目标为百分之五左右，"
    "城镇新增就业一千二百万人以上，居民消费价格涨幅控制在百分之三左右。"
)
ZH_HANS_2 = (
    "本报记者从市交通运输局获悉，地铁六号线二期工程已进入设备安装调试阶段，预计年底前开通试运营，"
    "届时沿线居民出行时间将缩短约二十分钟。"
)
ZH_HANT = (
    "中央社台北五日電 行政院今天召開院會，通過明年度中央政府總預算案，歲出規模較今年增加百分之三，"
    "其中社會福利支出仍占最大比重，教育科學文化支出則居次。"
)
ZH_HANT_2 = (
    "香港天文台表示，受強烈季候風影響，本港今晚至明日氣溫將顯著下降，市區最低氣溫約攝氏十度，"
    "新界部分地區更低，市民應注意保暖。"
)
JA = (
    "東京都は五日、新型の感染症対策として、都内の飲食店に対する営業時間の短縮要請を来月末まで延長すると"
    "発表した。知事は記者会見で、引き続き協力をお願いしたいと述べた。"
)
KO = (
    "서울시는 5일 올해 대중교통 요금 인상안을 확정했다고 밝혔다. "
    "시는 운송 적자가 계속 늘어나고 있어 요금 조정이 불가피하다고 설명했다."
)
RU = (
    "Правительство Москвы в пятницу объявило о продлении программы реконструкции жилых домов "
    "ещё на пять лет. Мэр заявил, что работы будут завершены в срок."
)
FR = (
    "Le gouvernement a annoncé mercredi une réforme des retraites très contestée. Les syndicats ont "
    "appelé à une grève générale dès la semaine prochaine, déclarant que « la négociation a échoué »."
)

META_CHARSET = '<meta charset="{}">'
META_HTTP_EQUIV = '<meta http-equiv="Content-Type" content="text/html; charset={}">'


def page(body: str, head: str = "") -> str:
    """A small HTML page with ``head`` inside <head> and ``body`` as one paragraph."""
    return f"<!DOCTYPE html>\n<html><head>{head}<title>News</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("bom", "codec", "expected_encoding"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_decode_bom_wins_and_is_stripped(bom: bytes, codec: str, expected_encoding: str) -> None:
    """A byte order mark decides the encoding over the page's meta charset and is not in the text."""
    text = page(ZH_HANS, META_CHARSET.format("gbk"))
    result = decode(bom + text.encode(codec))
    assert (text, expected_encoding, ()) == (result.text, result.encoding, result.warnings)


@pytest.mark.parametrize("declared", ["gbk", "big5"])
def test_decode_bom_beats_callers_declared_charset(declared: str) -> None:
    """A BOM beats the caller's declared charset too, and the conflict is reported."""
    result = decode(codecs.BOM_UTF8 + ZH_HANT.encode("utf-8"), declared)
    assert (ZH_HANT, "utf-8") == (result.text, result.encoding)
    assert 1 == len(result.warnings)
    assert "byte order mark" in result.warnings[0]


@pytest.mark.parametrize(
    "head",
    ["", META_CHARSET.format("gbk"), META_HTTP_EQUIV.format("GBK"), META_HTTP_EQUIV.format("gb2312")],
    ids=["no-meta", "meta-charset-gbk", "http-equiv-gbk", "http-equiv-gb2312"],
)
@pytest.mark.parametrize("body", [ZH_HANS, ZH_HANS_2, ZH_HANS[:12]], ids=["news", "news2", "headline"])
def test_decode_gbk_with_and_without_meta(head: str, body: str) -> None:
    """GBK bytes come out right as gb18030, whether the page declares a GBK label or nothing."""
    text = page(body, head)
    result = decode(text.encode("gbk"))
    assert (text, "gb18030", ()) == (result.text, result.encoding, result.warnings)


@pytest.mark.parametrize("label", ["GB2312", "gb_2312-80", "x-gbk", "cp936", "euc-cn"])
def test_decode_gb2312_family_label_from_caller(label: str) -> None:
    """A caller-declared GB2312-family label is honoured and decoded with the gb18030 superset."""
    result = decode(ZH_HANS_2.encode("gb2312"), label)
    assert (ZH_HANS_2, "gb18030", ()) == (result.text, result.encoding, result.warnings)


@pytest.mark.parametrize(
    "head",
    ["", META_CHARSET.format("big5"), META_HTTP_EQUIV.format("BIG5")],
    ids=["no-meta", "meta-charset-big5", "http-equiv-big5"],
)
@pytest.mark.parametrize("body", [ZH_HANT, ZH_HANT_2, ZH_HANT_2[:10]], ids=["news", "news2", "headline"])
def test_decode_big5_traditional_is_big5hkscs(head: str, body: str) -> None:
    """Traditional Chinese in Big5 is decoded as big5hkscs, with or without a declaration."""
    text = page(body, head)
    result = decode(text.encode("big5"))
    assert (text, "big5hkscs", ()) == (result.text, result.encoding, result.warnings)


@pytest.mark.parametrize("body", [ZH_HANT, ZH_HANT_2, ZH_HANT + ZH_HANT_2], ids=["news", "news2", "both"])
def test_decode_big5_is_not_misread_as_gbk(body: str) -> None:
    """Big5 bytes are not taken for GBK even though gb18030 decodes them without error."""
    data = body.encode("big5")
    assert body != data.decode("gb18030", "replace")  # the trap: a GBK reading exists
    assert body == decode(data).text


@pytest.mark.parametrize("body", [ZH_HANT, ZH_HANT_2], ids=["news", "news2"])
def test_decode_traditional_text_in_gbk_stays_gbk(body: str) -> None:
    """Traditional characters encoded in GBK (which has them) are still read as gb18030."""
    result = decode(body.encode("gbk"))
    assert (body, "gb18030") == (result.text, result.encoding)


@pytest.mark.parametrize(
    ("text", "codec", "meta_label", "expected_encoding"),
    [
        (page(ZH_HANS, META_CHARSET.format("utf-8")), "gbk", "utf-8", "gb18030"),
        (page(ZH_HANT, META_CHARSET.format("big5")), "utf-8", "big5", "utf-8"),
        (page(ZH_HANS_2, META_HTTP_EQUIV.format("gb2312")), "utf-8", "gb2312", "utf-8"),
        (page(ZH_HANT, META_CHARSET.format("gbk")), "big5", "gbk", "big5hkscs"),
        (page(ZH_HANS, META_CHARSET.format("big5")), "gbk", "big5", "gb18030"),
        (page(KO, META_CHARSET.format("gb2312")), "euc-kr", "gb2312", "cp949"),
    ],
    ids=[
        "gbk-says-utf8",
        "utf8-says-big5",
        "utf8-says-gb2312",
        "big5-says-gbk",
        "gbk-says-big5",
        "euckr-says-gb2312",
    ],
)
def test_decode_wrong_meta_charset_is_overruled(
    text: str, codec: str, meta_label: str, expected_encoding: str
) -> None:
    """A meta charset that does not fit the bytes is overruled, with a warning naming both."""
    result = decode(text.encode(codec))
    assert (text, expected_encoding) == (result.text, result.encoding)
    expected_warning = (
        f"charset {meta_label!r} declared in the page does not fit the bytes; decoded as {expected_encoding}"
    )
    assert (expected_warning,) == result.warnings


@pytest.mark.parametrize(
    ("text", "codec", "declared", "expected_encoding"),
    [
        (ZH_HANS, "gbk", "iso-8859-1", "gb18030"),  # the old HTTP default over a GBK page
        (page(ZH_HANS, META_CHARSET.format("gbk")), "gbk", "iso-8859-1", "gb18030"),
        (ZH_HANT, "utf-8", "latin1", "utf-8"),
        (ZH_HANS_2, "gbk", "utf-8", "gb18030"),
        (page(ZH_HANS, "x"), "gbk", "koi8-r", "gb18030"),  # a charset without a plausibility model
    ],
    ids=["gbk-says-latin1", "gbk-page-says-latin1", "utf8-says-latin1", "gbk-says-utf8", "gbk-says-koi8r"],
)
def test_decode_wrong_callers_charset_is_overruled(
    text: str, codec: str, declared: str, expected_encoding: str
) -> None:
    """A caller-declared charset that does not fit the bytes is overruled, with a warning."""
    result = decode(text.encode(codec), declared)
    assert (text, expected_encoding) == (result.text, result.encoding)
    assert (f"declared charset {declared!r} does not fit the bytes; decoded as {expected_encoding}",) == (
        result.warnings
    )


@pytest.mark.parametrize(
    ("text", "codec", "declared", "expected_encoding"),
    [
        (page(ZH_HANS, META_CHARSET.format("big5")), "gbk", "gbk", "gb18030"),
        (page("Prix : 5 €", META_CHARSET.format("windows-1252")), "iso-8859-15", "iso-8859-15", "iso8859-15"),
        (page(RU, META_CHARSET.format("windows-1251")), "koi8-r", "KOI8-R", "koi8-r"),
    ],
    ids=["gbk-over-big5", "latin9-over-cp1252", "koi8r-over-cp1251"],
)
def test_decode_callers_charset_overrides_meta(
    text: str, codec: str, declared: str, expected_encoding: str
) -> None:
    """The caller's declared charset is tried before the page's meta charset."""
    result = decode(text.encode(codec), declared)
    assert (text, expected_encoding, ()) == (result.text, result.encoding, result.warnings)


@pytest.mark.parametrize(
    ("bad", "count"),
    [(b"\xff", 1), (b"\xc3", 1), (b"\xff\xfe\xc3", 3), (b"\xe4\xb8", 2), (b"\x80\x80\x80\x80", 4)],
)
@pytest.mark.parametrize("declared", [None, "utf-8"])
def test_decode_invalid_utf8_is_replaced_and_counted(bad: bytes, count: int, declared: str | None) -> None:
    """Invalid bytes in a UTF-8 page become U+FFFD and the warning says how many bytes were lost."""
    good = page(ZH_HANS, META_CHARSET.format("utf-8")).encode("utf-8")
    cut = good.index("。".encode())
    data = good[:cut] + bad + good[cut:]
    result = decode(data, declared)
    assert (data.decode("utf-8", "replace"), "utf-8") == (result.text, result.encoding)
    assert (f"{count} byte(s) could not be decoded as utf-8; replaced with U+FFFD",) == result.warnings


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document"),
        (gzip.compress(page(ZH_HANS).encode("utf-8")), "gzip data"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF image"),
        (b"\x01\x00\x00\x00\x02\x00\x00\x00\xff\x7f\x00\x00\x00\x00\x00\x00" * 64, "NUL/control bytes"),
    ],
    ids=["png", "pdf", "gzip", "zip", "jpeg", "gif", "nul-records"],
)
def test_decode_binary_is_reported_not_decoded(data: bytes, kind: str) -> None:
    """Images, archives and NUL-riddled bytes are flagged binary with an empty text."""
    result = decode(data, "utf-8")
    assert ("", True) == (result.text, result.binary)
    assert kind in result.warnings[-1]


def test_decode_a_few_control_bytes_are_still_text() -> None:
    """Stray control bytes (an ad cookie with \\x02 separators) do not make a page binary."""
    text = page(ZH_HANS).replace("<title>", "<!-- ad:N\x02AS\x02ST1 --><title>")
    result = decode(text.encode("utf-8"))
    assert (text, False) == (result.text, result.binary)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize(
    "text",
    [page(ZH_HANS), page(FR), ZH_HANS.replace(" ", "") * 2, ZH_HANT * 2],
    ids=["zh-page", "fr-page", "hans-text", "hant-text"],
)
def test_decode_utf16_and_utf32_without_bom(codec: str, text: str) -> None:
    """UTF-16/32 without a BOM is recognised, by its NUL pattern or the plausibility of pure CJK."""
    result = decode(text.encode(codec))
    assert (text, codec, False) == (result.text, result.encoding, result.binary)


def test_decode_empty_bytes() -> None:
    """Empty input decodes to empty UTF-8 text with no warnings."""
    assert Decoded("", "utf-8", ()) == decode(b"")


@pytest.mark.parametrize(
    ("text", "codec", "expected_encoding"),
    [
        (JA, "shift_jis", "cp932"),
        (page(JA), "shift_jis", "cp932"),
        (JA, "euc-jp", "euc-jp"),
        (JA[:40], "iso-2022-jp", "iso2022-jp"),
        (KO, "euc-kr", "cp949"),
        (RU, "windows-1251", "windows-1251"),
        (RU, "koi8-r", "koi8-r"),
        (FR, "windows-1252", "windows-1252"),
        (page(FR), "windows-1252", "windows-1252"),
        ("Größe: 12 m² – Preis 300 €", "windows-1252", "windows-1252"),
    ],
    ids=[
        "ja-sjis",
        "ja-sjis-page",
        "ja-eucjp",
        "ja-iso2022",
        "ko",
        "ru-cp1251",
        "ru-koi8r",
        "fr",
        "fr-page",
        "de",
    ],
)
def test_decode_detects_other_legacy_encodings(text: str, codec: str, expected_encoding: str) -> None:
    """Undeclared Japanese, Korean, Russian and Western European text is detected."""
    result = decode(text.encode(codec))
    assert (text, expected_encoding, ()) == (result.text, result.encoding, result.warnings)


def test_decode_latin1_label_uses_windows_1252() -> None:
    """An ISO-8859-1 declaration decodes with windows-1252, as browsers do (0x80 is the euro sign)."""
    result = decode("Prix : 5 € – « net »".encode("cp1252"), "ISO-8859-1")
    assert ("Prix : 5 € – « net »", "windows-1252", ()) == (result.text, result.encoding, result.warnings)


@pytest.mark.parametrize(
    ("declared", "warning"),
    [
        ("no-such-charset", "unknown charset label 'no-such-charset' from the caller ignored"),
        ("utf-7", "unknown charset label 'utf-7' from the caller ignored"),
        ("base64", "unknown charset label 'base64' from the caller ignored"),
    ],
)
def test_decode_unknown_declared_label_is_ignored_with_warning(declared: str, warning: str) -> None:
    """An unknown or refused label is ignored; detection decides and a warning says so."""
    result = decode(ZH_HANS.encode("gbk"), declared)
    assert (ZH_HANS, "gb18030", (warning,)) == (result.text, result.encoding, result.warnings)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("gb2312", "gb18030"),
        ("GBK", "gb18030"),
        ("x-gbk", "gb18030"),
        ("gb_2312-80", "gb18030"),
        ("cp936", "gb18030"),
        ("euc-cn", "gb18030"),
        ("big5", "big5hkscs"),
        ("Big5-TW", "big5hkscs"),
        ("cp950", "big5hkscs"),
        ("x-x-big5", "big5hkscs"),
        ("iso-8859-1", "windows-1252"),
        ("latin1", "windows-1252"),
        ("ascii", "windows-1252"),
        ("US-ASCII", "windows-1252"),
        ("utf8", "utf-8"),
        (" 'UTF-8' ", "utf-8"),
        ("text/html; charset=gbk", "gb18030"),
        ("shift_jis", "cp932"),
        ("euc-kr", "cp949"),
        ("utf-16", "utf-16-le"),
        ("koi8-r", "koi8-r"),
        ("windows-1251", "windows-1251"),
        ("no-such-charset", None),
        ("utf-7", None),
        ("hz-gb-2312", None),
        ("rot13", None),
        ("", None),
    ],
)
def test_normalize_encoding_maps_labels(label: str, expected: str | None) -> None:
    """Charset labels map to the superset codec the web uses; unknown or unsafe ones to None."""
    assert expected == normalize_encoding(label)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page(ZH_HANS), True),
        ("<html><body>" + ZH_HANT + "</body></html>", True),
        ("\n\n  <div class='article'><p>" + ZH_HANS + "</p><p>" + ZH_HANS_2 + "</p></div>", True),
        ("<p>" + FR + "</p>", True),
        (ZH_HANS + "<br>" + ZH_HANS_2 + "<br/>" + ZH_HANT, True),
        ("地方:\n\n福州    廈門    泉州\n\n" + ZH_HANT + "\n\n" + ZH_HANT_2 * 3, False),
        ("If a < b and c > d then the <3 heart emoji is fine.\n" + FR, False),
        ("I <3 Beijing. " + FR * 3, False),
        ((ZH_HANS + "\n") * 30 + "代码示例：<br> 是换行标签。\n" + (ZH_HANS_2 + "\n") * 30, False),
        ("", False),
    ],
    ids=[
        "page",
        "html-body",
        "div-fragment",
        "p-fragment",
        "br-lines",
        "zh-dump",
        "lt-gt",
        "heart",
        "one-br",
        "empty",
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    """Real markup is HTML; a text dump with a stray '<', '<3' or one quoted tag is not."""
    assert expected == looks_like_html(text)


def test_decode_one_megabyte_utf8() -> None:
    """A 1 MB UTF-8 page decodes as UTF-8 without warnings (speed is measured in benchmarks/)."""
    data = page((ZH_HANS + "\n") * 5000).encode("utf-8")
    assert len(data) > 1_000_000
    result = decode(data)
    assert ("utf-8", ()) == (result.encoding, result.warnings)


def test_decode_one_megabyte_gbk() -> None:
    """A 1 MB undeclared GBK page is detected as GB18030 and decoded whole."""
    text = page((ZH_HANS + "\n") * 5000)
    result = decode(text.encode("gbk"))
    assert ("gb18030", text) == (result.encoding, result.text)


_LABELS = st.sampled_from(
    [None, "utf-8", "gbk", "big5", "utf-16", "utf-32", "iso-2022-jp", "koi8-r", "bogus", "", "x-mac-roman"]
)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300), declared=_LABELS)
def test_decode_never_raises(data: bytes, declared: str | None) -> None:
    """Any bytes with any label decode without raising, into text the reported codec can encode."""
    result = decode(data, declared)
    if result.binary:
        assert ("", "") == (result.text, result.encoding)
    else:
        assert isinstance(result.text, str)
        assert "" == b"".decode(result.encoding)  # the name is a real Python codec
        assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in result.text)
