"""Bytes to text: find the page's real encoding without ever silently producing mojibake.

Order of evidence (strongest first):

1. a byte order mark (UTF-8, UTF-16, UTF-32): wins over everything and is stripped;
2. magic numbers and the share of NUL/control bytes: binary data is reported, not decoded;
   UTF-16/UTF-32 without a BOM is recognised by where its NUL bytes fall;
3. the caller's ``declared`` charset (an HTTP header), then the page's own ``<meta>`` / ``<?xml?>``
   declaration. A declaration is *verified*: it must decode strictly, must not yield control
   characters, and must not be clearly less plausible than what detection finds (a page served
   as ISO-8859-1 that is really GBK, a page that says ``gb2312`` but was re-saved as UTF-8);
4. detection: strict UTF-8 (pure ASCII is UTF-8), else legacy candidates scored by how plausible
   their decoding of a sample is for the script they encode (see ``_score``).

Every time evidence is overruled, or bytes are replaced, ``Decoded.warnings`` says so.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Decoded", "decode", "looks_like_html", "normalize_encoding"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text, the codec used, what went wrong, and whether the bytes were text at all."""

    text: str
    encoding: str  # Python codec name actually used ("" when binary)
    warnings: tuple[str, ...]
    binary: bool = False


# --- Thresholds ----------------------------------------------------------------------------------

# How far into the bytes to look for <meta charset>/<?xml encoding?>. HTML5 says 1024 bytes; real
# Chinese portals put 2-3 KB of comments and <link>s first, so the brief asks for ~4 KB.
META_SCAN_BYTES = 4096
# Bytes sniffed for magic numbers, NUL patterns and control bytes.
SNIFF_BYTES = 8192
# Share of NULs, among the bytes at one parity (or one position mod 4), above which the data is
# taken for UTF-16 (or UTF-32) with ASCII-range characters. UTF-16 markup is ~50-100% NULs at one
# parity; Chinese UTF-16 text with no ASCII at all falls back to the plausibility check below.
UTF16_MIN_NUL_SHARE = 0.2
# ... while the other parity must be nearly NUL-free (U+4E00 一 and friends give a few).
UTF16_MAX_OTHER_NUL_SHARE = 0.05
# Share of NULs / control bytes (C0 except tab, LF, FF, CR, ESC) in the sniffed bytes above which the
# data is binary. Calibrated on the eval pages (at most 0.03% control bytes, ad-server cookies with
# \x02 separators) and on random/compressed bytes (~11% control bytes, NULs far more in binaries).
BINARY_NUL_SHARE = 0.01
BINARY_CONTROL_SHARE = 0.05
# Share of control characters in a decoded sample above which a declared charset is not trusted
# (e.g. "utf-8" declared on UTF-16 bytes: strict UTF-8 succeeds but yields NULs everywhere).
DECLARED_MAX_CONTROL_SHARE = 0.01
# Bytes of (non-UTF-8) input decoded per candidate during detection, starting a little before the
# first non-ASCII byte, and how many non-ASCII characters of that are scored. 3000 characters take
# 1-2 ms per candidate and separate GBK from Big5 text of a few sentences with a wide margin.
DETECT_WINDOW_BYTES = 256 * 1024
DETECT_SAMPLE_CHARS = 3000
# A declared legacy charset is overruled when its score is below DECLARED_MIN_SCORE and a detected
# candidate scores at least DECLARED_OVERRIDE_MARGIN higher. Correct decodings of news text score
# 0.9-1.0; GBK read as Big5 (or the reverse) 0.2-0.6; CJK bytes read as windows-1252 below 0.1.
DECLARED_MIN_SCORE = 0.75
DECLARED_OVERRIDE_MARGIN = 0.2
# Cost of one undecodable byte or control character, in good characters (see _penalty).
ERROR_WEIGHT = 4.0
# A declared charset we have no model for (koi8-r, iso-8859-7...) is refused when a CJK candidate
# scores at least this on at least this many characters: CJK text as such is unmistakable.
CJK_OVERRIDE_SCORE = 0.9
CJK_OVERRIDE_MIN_CHARS = 20
# Below this best score, detection warns that it is guessing.
LOW_CONFIDENCE_SCORE = 0.5
# Chinese: the ~340 most frequent characters (_ZH_FREQUENT) are 48-77% (median 62%) of the Han
# characters of the Chinese eval pages; of Korean or Japanese bytes misread as GBK/Big5, 0-18%. Below
# ZH_MIN_FREQUENT_SHARE the Chinese score is scaled down, once at least ZH_MIN_HAN_FOR_FREQUENCY
# Han characters were seen (fewer is too noisy: a headline can be all rare characters).
ZH_MIN_FREQUENT_SHARE = 0.2
ZH_MIN_HAN_FOR_FREQUENCY = 20
# Japanese: kana are 30-60% of the kana+kanji of any Japanese prose; Chinese bytes read as EUC-JP or
# Shift_JIS produce kanji with (almost) no kana.
JA_MIN_KANA_SHARE = 0.15
JA_MIN_CHARS_FOR_KANA = 20
# Korean: Hanja are a few percent of modern Korean; GB2312 bytes read as EUC-KR give ~40% Hanja.
KO_MAX_HANJA_SHARE = 0.2
# Latin/Cyrillic single-byte text: accented letters come alone or in pairs between ASCII letters;
# CJK bytes read as windows-1252 give long runs ("ÖÐÎÄÍøÕ¾").
SINGLE_BYTE_MAX_RUN = 3
# Cyrillic words are whole runs of high bytes; longer "words" are CJK bytes read as windows-1251.
CYRILLIC_MAX_WORD = 20
# looks_like_html: prefix searched for a strong marker (doctype, <html>, <head>, <body>, <meta>),
# window in which tags are counted, and at most this many characters per known tag for markup.
HTML_MARKER_CHARS = 2048
HTML_COUNT_CHARS = 65536
HTML_MIN_TAGS = 2
HTML_MAX_CHARS_PER_TAG = 500


# --- Labels --------------------------------------------------------------------------------------

# WHATWG Encoding Standard labels (https://encoding.spec.whatwg.org/#names-and-labels) that Python's
# codec registry does not know, plus the brief's extras (euc-cn, big5-tw). Values are Python codecs;
# superset mapping (gb2312 -> gb18030...) happens afterwards in _SUPERSET.
_EXTRA_LABELS: dict[str, str] = {
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "csiso58gb231280": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "iso-ir-58": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "windows-936": "gb18030",
    "big5-tw": "big5hkscs",
    "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "windows-950": "big5hkscs",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "csshiftjis": "cp932",
    "cseucpkdfmtjapanese": "euc_jp",
    "x-euc-jp": "euc_jp",
    "csiso2022jp": "iso2022_jp",
    "cseuckr": "cp949",
    "csksc56011987": "cp949",
    "iso-ir-149": "cp949",
    "korean": "cp949",
    "ks_c_5601-1989": "cp949",
    "ksc5601": "cp949",
    "windows-949": "cp949",
    "x-cp1252": "cp1252",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "dos-874": "cp874",
    "windows-874": "cp874",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "csmacintosh": "mac_roman",
    "mac": "mac_roman",
    "unicodefeff": "utf-16-le",
    "unicodefffe": "utf-16-be",
    "csunicode": "utf-16-le",
    "iso-10646-ucs-2": "utf-16-le",
    "ucs-2": "utf-16-le",
    "unicode": "utf-16-le",
}

# Python codec (after codecs.lookup) -> the superset the web actually uses (WHATWG decoders).
_SUPERSET: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "utf_8_sig": "utf-8",
    "utf_16": "utf-16-le",  # WHATWG: the label "utf-16" means UTF-16LE
    "utf_32": "utf-32-le",
}

# Labels that must never be honoured: WHATWG's "replacement" encodings (ISO-2022-KR/CN, HZ) and
# UTF-7 (script-injection vector), plus Python codecs that are not charsets at all.
_REFUSED_CODECS = frozenset(
    {
        "iso2022_kr",
        "hz",
        "utf_7",
        "idna",
        "punycode",
        "undefined",
        "unicode_escape",
        "raw_unicode_escape",
        "charmap",
        "mbcs",
        "oem",
    }
)
_REFUSED_LABELS = frozenset({"iso-2022-cn", "iso-2022-cn-ext", "replacement", "x-user-defined"})


def normalize_encoding(name: str) -> str | None:
    """Map a charset label (HTTP/meta/XML) to the Python codec to decode with; None if unknown.

    Follows the WHATWG rule of decoding with the superset: gb2312/gbk -> gb18030, big5 -> big5hkscs,
    iso-8859-1/ascii -> windows-1252, shift_jis -> cp932, euc-kr -> cp949. Also accepts a whole
    ``text/html; charset=...`` value.
    """
    label = name.strip()
    if "charset=" in label.lower():
        label = label[label.lower().rindex("charset=") + len("charset=") :]
    label = label.strip().strip("\"'").strip().split(";")[0].strip().lower()
    if not label or len(label) > 40 or label in _REFUSED_LABELS:
        return None
    codec = _EXTRA_LABELS.get(label, label)
    try:
        codec = codecs.lookup(codec).name
    except (LookupError, ValueError):
        return None
    codec = _SUPERSET.get(codec.replace("-", "_"), codec)
    if codec.replace("-", "_") in _REFUSED_CODECS:
        return None
    try:
        b"a".decode(codec)  # rejects bytes-to-bytes codecs such as base64, rot13, zlib
    except LookupError:
        return None
    except UnicodeDecodeError:
        pass
    return _display_name(codec)


def _display_name(codec: str) -> str:
    """A stable, readable spelling that is still a valid Python codec name."""
    if re.fullmatch(r"cp125\d", codec):
        return "windows-" + codec[2:]
    return codec.replace("_", "-")


# --- Character tables (immutable, built at import) ------------------------------------------------


def _decode_rows(codec: str, leads: range, trails: tuple[range, ...]) -> frozenset[str]:
    """Characters of a double-byte code table region, e.g. GB2312 level 1."""
    chars: set[str] = set()
    for lead in leads:
        for trail_range in trails:
            for trail in trail_range:
                try:
                    chars.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    continue
    return frozenset(chars)


# "Common" Han characters: GB2312 level 1 (3755 most-used simplified, rows 0xB0-0xD7) and Big5 level
# 1 (5401 常用字, 0xA440-0xC67E). Any decoding of GBK bytes as Big5 (or back) lands half its
# characters in the other table's level 2 or extended areas, so these sets separate the two where
# full-table membership cannot (every Big5 decoding is, trivially, in Big5).
_ZH_COMMON = _decode_rows("gb2312", range(0xB0, 0xD8), (range(0xA1, 0xFF),)) | _decode_rows(
    "big5", range(0xA4, 0xC7), (range(0x40, 0x7F), range(0xA1, 0xFF))
)
# JIS X 0208 level-1 kanji (rows 0xB0-0xCF in EUC-JP): common Japanese forms such as 駅 気 発.
_JA_COMMON = _decode_rows("euc_jp", range(0xB0, 0xD0), (range(0xA1, 0xFF),))
# The 2350 KS X 1001 Hangul syllables; the other 8822 (UHC extension) are rare.
_KO_COMMON = _decode_rows("euc_kr", range(0xB0, 0xC9), (range(0xA1, 0xFF),))
# ~340 most frequent characters of modern Chinese (the top of Jun Da's character frequency list,
# written down from memory: membership matters here, rank order does not) and their Traditional
# forms (OpenCC s2t and s2tw, generated once).
_ZH_FREQUENT = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过"
    "发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前"
    "开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重"
    "并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常"
    "先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报"
    "才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基书"
    "非则白界达光放强即像难且权思王象完设式色路记南品住告类求据程北边张该交规万取拉格望觉术领共确传"
    "师观清今切院让识候带导争运"
    "並來個們傳兒內兩別則動務區員問國報場學實將對導師帶幾張強後從應戰據數於時書會東條業樣機權氣決沒"
    "為無爭爲爾現產當發確種結給統經總義聲與萬著處術裏裡見規覺觀計記設許話該認說論識變讓資軍這進運過"
    "達還邊長門開間關隊難電領頭題類馬體麼點"
)


# --- Binary sniffing -----------------------------------------------------------------------------

# Magic numbers at offset 0 (file(1) / Wikipedia "List of file signatures"); longest first is not
# needed because no prefix here is a prefix of another.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"BZh", "bzip2 data"),  # confirmed by _BZIP2_RE below
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x00asm", "WebAssembly"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
_BZIP2_RE = re.compile(rb"BZh[1-9]1AY&SY")
_RIFF_RE = re.compile(rb"RIFF.{4}(WEBP|WAVE|AVI )", re.DOTALL)
_FTYP_RE = re.compile(rb".{4}ftyp", re.DOTALL)  # MP4, MOV, HEIC, AVIF

# Control bytes that never occur in text: C0 except TAB, LF, VT, FF, CR and ESC (ISO-2022-JP).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20)])
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffe\uffff]")


def _sniff_magic(head: bytes) -> str | None:
    """Name of the binary format whose signature starts ``head``, if any."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "bzip2 data" and not _BZIP2_RE.match(head):
                continue
            return kind
    riff = _RIFF_RE.match(head)
    if riff:
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio"}.get(riff.group(1), "AVI video")
    if _FTYP_RE.match(head):
        return "MP4/QuickTime media"
    return None


def _control_share(sample: bytes) -> float:
    """Share of bytes that are control characters never found in text."""
    return len(sample.translate(None, _NOT_CONTROL_BYTES)) / len(sample)


def _sniff_wide(sample: bytes) -> str | None:
    """UTF-32/UTF-16 without BOM, from the positions of NUL bytes (ASCII-range characters)."""
    size = len(sample) - len(sample) % 4
    if size < 4:
        return None
    quads = [sample[i:size:4].count(0) / (size // 4) for i in range(4)]
    if quads[2] > 0.9 and quads[3] > 0.9 and quads[0] < UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-32-le"
    if quads[0] > 0.9 and quads[1] > 0.9 and quads[3] < UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-32-be"
    even = (quads[0] + quads[2]) / 2
    odd = (quads[1] + quads[3]) / 2
    if odd >= UTF16_MIN_NUL_SHARE and even <= UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even >= UTF16_MIN_NUL_SHARE and odd <= UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


# --- Declarations --------------------------------------------------------------------------------

# <meta charset=x> and <meta http-equiv=Content-Type content="text/html; charset=x"> (any attribute
# order), and the XML declaration. Bounded gaps keep the scan linear.
_META_CHARSET_RE = re.compile(
    rb"<meta\s[^>]{0,512}?charset\s*=\s*[\"']?\s*([a-z0-9_.:\-]{1,40})", re.IGNORECASE
)
_XML_ENCODING_RE = re.compile(
    rb"\s{0,64}<\?xml\s[^>]{0,200}?encoding\s*=\s*[\"']([a-z0-9_.:\-]{1,40})[\"']", re.IGNORECASE
)
_ISO2022JP_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J")


def _prescan(head: bytes) -> str | None:
    """The charset label the page declares in its first bytes, if any."""
    xml = _XML_ENCODING_RE.match(head)
    if xml:
        return xml.group(1).decode("ascii")
    meta = _META_CHARSET_RE.search(head)
    return meta.group(1).decode("ascii") if meta else None


# --- Plausibility scoring ------------------------------------------------------------------------


@dataclass(slots=True)
class _Counts:
    """What the non-ASCII characters of one candidate decoding look like."""

    n: int = 0  # non-ASCII characters scored (U+FFFD included)
    errors: int = 0  # U+FFFD: bytes the candidate could not decode
    bad: int = 0  # controls, private use, noncharacters: never in a correct decoding of a page
    punct: int = 0  # CJK / general / Latin-1 punctuation and fullwidth forms
    han: int = 0
    han_zh: int = 0  # in GB2312 level 1 or Big5 level 1
    han_ja: int = 0  # in JIS X 0208 level 1
    han_frequent: int = 0  # among the most frequent Chinese characters
    kana: int = 0
    hangul: int = 0  # KS X 1001 syllables only
    cyrillic: int = 0  # Cyrillic letters in all-Cyrillic words of plausible length
    latin: int = 0  # accented Latin letters and common Western punctuation in short runs
    case_breaks: int = 0  # a lower-case letter followed by an upper-case one inside a word


_PUNCT_RANGES = ((0x3000, 0x303F), (0xFF00, 0xFF60), (0xFFE0, 0xFFEF), (0x2000, 0x206F), (0xFE30, 0xFE4F))
# Non-letters that Western text in windows-1252 actually uses (nbsp, quotes, dashes, currency...).
# The other Latin-1 symbols (¤ ¦ ¨ ª ¬ ¯ ± ´ µ ¶ ¸ ¹ º ¼ ½ ¾) are what Big5/GBK lead bytes become.
_LATIN_PUNCT = frozenset("\u00a0¡¢£§©«®°·»¿×÷–—‘’‚“”„†‡•…‰‹›€™")
# Maximal non-ASCII run plus one adjacent ASCII letter on either side, so words can be judged.
_NON_ASCII_RE = re.compile(r"[A-Za-z]?[^\x00-\x7f]+[A-Za-z]?")
_HIGH_BYTE_RE = re.compile(rb"[\x80-\xff]")


def _count(sample: list[str]) -> _Counts:
    """Classify the characters of non-ASCII runs (as found by _NON_ASCII_RE)."""
    c = _Counts()
    for run in sample:
        left = run[0] if run[0].isascii() else ""
        right = run[-1] if run[-1].isascii() else ""
        core = run[len(left) : len(run) - len(right)]
        short = len(core) <= SINGLE_BYTE_MAX_RUN
        # A Cyrillic word glued to ASCII letters is Latin text misread as windows-1251.
        cyrillic_word = not left and not right and len(core) <= CYRILLIC_MAX_WORD
        prev_lower = left.islower()
        for ch in core:
            o = ord(ch)
            c.n += 1
            is_letter = False
            if ch == "\ufffd":
                c.errors += 1
            elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
                c.han += 1
                c.han_zh += ch in _ZH_COMMON
                c.han_ja += ch in _JA_COMMON
                c.han_frequent += ch in _ZH_FREQUENT
            elif 0x3041 <= o <= 0x30FF:
                c.kana += 1
            elif 0xAC00 <= o <= 0xD7A3:
                c.hangul += ch in _KO_COMMON
            elif 0x0400 <= o <= 0x045F:
                is_letter = True
                c.cyrillic += cyrillic_word
            elif 0x00C0 <= o <= 0x024F and o not in (0xD7, 0xF7):
                is_letter = True
                c.latin += short
            elif any(lo <= o <= hi for lo, hi in _PUNCT_RANGES) or 0xA0 <= o <= 0xBF or o in (0xD7, 0xF7):
                c.punct += 1
                c.latin += short and ch in _LATIN_PUNCT
            elif o <= 0x9F or 0xE000 <= o <= 0xF8FF or o in (0xFFFE, 0xFFFF):
                c.bad += 1
            if is_letter and ch.isupper() and prev_lower:
                c.case_breaks += 1
            prev_lower = is_letter and ch.islower()
        if right and right.isupper() and prev_lower:
            c.case_breaks += 1
    return c


def _penalty(c: _Counts) -> float:
    # A correct decoding has no undecodable bytes and no controls: each costs more than a good
    # character earns, so a candidate with 5% errors loses to an error-free one.
    return ERROR_WEIGHT * (c.bad + c.errors)


def _score_chinese(c: _Counts) -> float:
    """Common Han (GB2312/Big5 level 1) and punctuation, with enough of the most frequent Han."""
    score = (c.han_zh + c.punct + c.kana / 2 - _penalty(c)) / c.n
    if c.han >= ZH_MIN_HAN_FOR_FREQUENCY:
        score *= min(1.0, c.han_frequent / c.han / ZH_MIN_FREQUENT_SHARE) if score > 0 else 1.0
    return score


def _score_japanese(c: _Counts) -> float:
    """Kana, level-1 kanji and punctuation, with enough kana among them."""
    score = (c.kana + c.han_ja + c.punct - _penalty(c)) / c.n
    if c.kana + c.han >= JA_MIN_CHARS_FOR_KANA:
        score *= min(1.0, c.kana / (c.kana + c.han) / JA_MIN_KANA_SHARE) if score > 0 else 1.0
    return score


def _score_korean(c: _Counts) -> float:
    """KS X 1001 Hangul and punctuation, with few Hanja."""
    score = (c.hangul + c.punct - _penalty(c)) / c.n
    if score > 0 and c.han > KO_MAX_HANJA_SHARE * (c.han + c.hangul):
        score *= 0.5
    return score


def _score_cyrillic(c: _Counts) -> float:
    """Whole Cyrillic words whose letter case behaves."""
    return (c.cyrillic + c.latin - 2.0 * c.case_breaks - _penalty(c)) / c.n


def _score_latin(c: _Counts) -> float:
    """Accented letters and Western punctuation alone or in pairs among ASCII, case behaving."""
    return (c.latin - 2.0 * c.case_breaks - _penalty(c)) / c.n


def _score_utf8(c: _Counts) -> float:
    """Anything but undecodable bytes and controls (only reached when strict UTF-8 failed)."""
    return (c.n - c.bad - c.errors - _penalty(c)) / c.n


# Detection candidates in tie-break order (Chinese first: it is this library's main input), each
# with the model its decoding is scored by. windows-1252 comes last: it decodes anything.
_CANDIDATES: tuple[tuple[str, Callable[[_Counts], float]], ...] = (
    ("utf-8", _score_utf8),
    ("gb18030", _score_chinese),
    ("big5hkscs", _score_chinese),
    ("cp932", _score_japanese),
    ("euc-jp", _score_japanese),
    ("cp949", _score_korean),
    ("windows-1251", _score_cyrillic),
    ("koi8-r", _score_cyrillic),  # in KOI8-R vs windows-1251 the letter cases come out swapped
    ("windows-1252", _score_latin),
)
_MODELS = dict(_CANDIDATES)
_CJK_CANDIDATES = ("gb18030", "big5hkscs", "cp932", "euc-jp", "cp949")
_WIDE_MODELS = (_score_chinese, _score_japanese, _score_korean)


def _sample(text: str) -> list[str]:
    """The first DETECT_SAMPLE_CHARS characters' worth of non-ASCII runs of ``text``."""
    runs: list[str] = []
    total = 0
    for match in _NON_ASCII_RE.finditer(text):
        runs.append(match.group())
        total += len(runs[-1])
        if total >= DETECT_SAMPLE_CHARS:
            break
    return runs


def _window(data: bytes) -> tuple[bytes, bool]:
    """The detection window (starting in ASCII just before the first non-ASCII byte) and whether it
    reaches the end of the data. Starting inside pure ASCII keeps every codec aligned."""
    match = _HIGH_BYTE_RE.search(data)
    first = match.start() if match else 0
    start = max(0, first - 64)
    end = start + DETECT_WINDOW_BYTES
    return data[start:end], end >= len(data)


def _counts(window: bytes, final: bool, codec: str) -> _Counts:
    """Decode ``window`` leniently (an incomplete character at a cut end is not an error) and count."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    return _count(_sample(decoder.decode(window, final)))


def _score(window: bytes, final: bool, codec: str) -> float:
    """Plausibility in (-inf, 1] of decoding ``window`` with ``codec`` (1 = every character fits)."""
    counts = _counts(window, final, codec)
    return _MODELS[codec](counts) if counts.n else 1.0


def _detect(data: bytes) -> tuple[str, float]:
    """Best candidate codec for non-UTF-8 bytes, and its score."""
    window, final = _window(data)
    best, best_score = "windows-1252", float("-inf")
    for codec, _model in _CANDIDATES:
        score = _score(window, final, codec)
        if score > best_score + 1e-9:
            best, best_score = codec, score
    return best, best_score


# --- Decoding ------------------------------------------------------------------------------------

_ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    """Decode, replacing undecodable bytes with U+FFFD; also return how many bytes were replaced."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        pass
    try:
        # surrogateescape turns each undecodable byte into one lone surrogate: an exact byte count.
        escaped = data.decode(codec, "surrogateescape")
        bad = len(_ESCAPED_BYTE_RE.findall(escaped))
    except UnicodeDecodeError:  # undecodable ASCII-range bytes (UTF-16/32): count replacements
        bad = -1
    text = data.decode(codec, "replace")
    if bad < 0:
        bad = text.count("\ufffd")
    return text, bad


def _finish(data: bytes, codec: str, warnings: list[str], text: str | None = None) -> Decoded:
    """The result for ``data`` decoded with ``codec`` (``text`` if already decoded strictly)."""
    if text is None:
        text, bad = _decode_counting(data, codec)
        if bad:
            warnings.append(f"{bad} byte(s) could not be decoded as {codec}; replaced with U+FFFD")
    return Decoded(text, codec, tuple(warnings))


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _unicode_family(codec: str) -> str:
    return codec[:6] if codec.startswith(("utf-16", "utf-32")) else codec


def _too_many_controls(text: str) -> bool:
    head = text[:SNIFF_BYTES]
    return bool(head) and len(_CONTROL_CHARS_RE.findall(head)) > DECLARED_MAX_CONTROL_SHARE * len(head)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page's bytes, trusting declarations only as far as the bytes bear them out.

    ``declared`` is the caller's charset (e.g. from the HTTP Content-Type header). Never raises.
    """
    if not data:
        return Decoded("", "utf-8", ())
    warnings: list[str] = []
    declared_codec = normalize_encoding(declared) if declared else None
    if declared and declared_codec is None:
        warnings.append(f"unknown charset label {declared!r} from the caller ignored")

    for bom, codec in _BOMS:
        if data.startswith(bom):
            if declared_codec and _unicode_family(declared_codec) != _unicode_family(codec):
                warnings.append(f"byte order mark says {codec}; declared charset {declared!r} ignored")
            return _finish(data[len(bom) :], codec, warnings)

    head = data[:SNIFF_BYTES]
    kind = _sniff_magic(head)
    if kind:
        return Decoded("", "", (*warnings, f"binary data ({kind}), not decoded"), binary=True)

    wide = _sniff_wide(head)
    if wide is not None and not _wide_decodes(head, wide):
        wide = None  # NULs in a regular pattern, but not text: 16-bit samples, tables...
    if wide is None and (
        head.count(0) > BINARY_NUL_SHARE * len(head) or _control_share(head) > BINARY_CONTROL_SHARE
    ):
        wide = _plausible_wide(head)
        if wide is None:
            return Decoded(
                "", "", (*warnings, "binary data (too many NUL/control bytes), not decoded"), binary=True
            )
    if wide is not None:
        if declared_codec and _unicode_family(declared_codec) != _unicode_family(wide):
            warnings.append(f"declared charset {declared!r} does not fit the bytes; decoded as {wide}")
        return _finish(data, wide, warnings)

    return _decode_text(data, declared, declared_codec, warnings)


def _wide_decodes(head: bytes, codec: str) -> bool:
    """Whether the sniffed head decodes strictly as ``codec`` into text without control characters."""
    try:
        text = codecs.getincrementaldecoder(codec)().decode(head, False)
    except UnicodeDecodeError:
        return False
    return not _too_many_controls(text)


def _plausible_wide(head: bytes) -> str | None:
    """UTF-16 without BOM or ASCII (pure CJK): its bytes look binary, its decoding is plausible."""
    head = head[: len(head) - len(head) % 2]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            continue
        if _too_many_controls(text):
            continue
        counts = _count(_sample(text))
        if counts.n >= JA_MIN_CHARS_FOR_KANA and max(m(counts) for m in _WIDE_MODELS) >= DECLARED_MIN_SCORE:
            return codec
    return None


def _decode_text(
    data: bytes, declared: str | None, declared_codec: str | None, warnings: list[str]
) -> Decoded:
    """Decode ASCII-compatible text: verified declarations first, then detection."""
    try:
        utf8_text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8_text = None
    ascii_only = data.isascii()

    claims: list[tuple[str, str]] = []  # (codec, human description of where it was declared)
    if declared_codec:
        claims.append((declared_codec, f"declared charset {declared!r}"))
    page_label = _prescan(data[:META_SCAN_BYTES])
    if page_label:
        page_codec = normalize_encoding(page_label)
        if page_codec is None:
            warnings.append(f"unknown charset label {page_label!r} in the page ignored")
        else:
            # WHATWG: a UTF-16/32 label inside ASCII-compatible bytes is wrong; it means UTF-8.
            if page_codec.startswith(("utf-16", "utf-32")):
                page_codec = "utf-8"
            claims.append((page_codec, f"charset {page_label!r} declared in the page"))

    rejected: list[tuple[str, str]] = []
    for codec, where in claims:
        # UTF-16/32 without BOM was ruled out by the NUL-pattern sniffing already.
        if not codec.startswith(("utf-16", "utf-32")) and _verify(data, codec, utf8_text, ascii_only):
            _warn_rejected(warnings, rejected, codec)
            return _finish(data, codec, warnings, utf8_text if codec == "utf-8" else None)
        rejected.append((codec, where))

    # Detection.
    if ascii_only and any(esc in data for esc in _ISO2022JP_ESCAPES):
        codec, score, text = "iso2022-jp", 1.0, None
    elif utf8_text is not None:
        codec, score, text = "utf-8", 1.0, utf8_text
    else:
        codec, score = _detect(data)
        text = None
    _warn_rejected(warnings, rejected, codec)
    if score < LOW_CONFIDENCE_SCORE:
        warnings.append(f"encoding not recognised with confidence; decoded as {codec}")
    return _finish(data, codec, warnings, text)


def _warn_rejected(warnings: list[str], rejected: list[tuple[str, str]], used: str) -> None:
    warnings.extend(
        f"{where} does not fit the bytes; decoded as {used}" for claim, where in rejected if claim != used
    )


def _verify(data: bytes, codec: str, utf8_text: str | None, ascii_only: bool) -> bool:
    """Whether a declared codec can be trusted for ``data``."""
    if codec == "utf-8":
        return utf8_text is not None and not _too_many_controls(utf8_text)
    if ascii_only:
        # Every ASCII-compatible codec reads ASCII alike; only ISO-2022-JP needs its escapes checked.
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            return False
        return True
    if utf8_text is not None:
        # Non-ASCII bytes that form valid UTF-8 are UTF-8: a legacy text passing strict UTF-8 by
        # chance is vanishingly rare beyond a couple of characters.
        return False
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return False
    if _too_many_controls(text):
        return False
    window, final = _window(data)
    if codec not in _MODELS:
        # No model for this script (koi8-r, iso-8859-7...): only refuse it when the bytes are
        # clearly CJK text, which single-byte charsets decode without error into Latin soup.
        for other in _CJK_CANDIDATES:
            counts = _counts(window, final, other)
            if counts.n >= CJK_OVERRIDE_MIN_CHARS and _MODELS[other](counts) >= CJK_OVERRIDE_SCORE:
                return False
        return True
    own = _score(window, final, codec)
    if own >= DECLARED_MIN_SCORE:
        return True
    best = max(_score(window, final, other) for other, _ in _CANDIDATES if other != codec)
    return best - own < DECLARED_OVERRIDE_MARGIN


# --- HTML or text --------------------------------------------------------------------------------

# Markers that make a document HTML on sight when they appear near its start.
_HTML_MARKER_RE = re.compile(
    r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|\?xml\s[^>]{0,200}\?>\s*<html)",
    re.IGNORECASE,
)
# A complete start or end tag; only names in _HTML_TAGS count, so "<3" or "a <b c> d" rarely do.
_TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>]{0,1000})?/?>")
# Body and head elements common in news pages (HTML Living Standard element index, abridged).
_HTML_TAG_NAMES = """
a abbr article aside b blockquote body br caption center dd div dl dt em figcaption figure font footer
form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li link main meta nav noscript ol
option p pre script section select small source span strong style sub sup table tbody td textarea
tfoot th thead time title tr u ul video
"""
_HTML_TAGS = frozenset(_HTML_TAG_NAMES.split())


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than a plain-text dump that mentions a ``<``."""
    if _HTML_MARKER_RE.search(text, 0, HTML_MARKER_CHARS):
        return True
    window = text[:HTML_COUNT_CHARS]
    tags = sum(1 for m in _TAG_RE.finditer(window) if m.group(1).lower() in _HTML_TAGS)
    return tags >= HTML_MIN_TAGS and tags * HTML_MAX_CHARS_PER_TAG >= len(window)
