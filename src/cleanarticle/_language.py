"""Language and script of the article body.

Chinese is told apart from Japanese by kana, and Traditional (``Hant``) from Simplified (``Hans``)
by counting characters that exist in only one of the two scripts (OpenCC's character tables).
Other languages: the page's ``<html lang>`` if it has one, else a vote of very common words.
"""

from __future__ import annotations

import re
from collections import Counter

from ._fold import _TS_TABLE
from ._model import Document

# Characters that only Traditional text uses (they change under T→S), and simplified forms that are
# not themselves Traditional characters. A few (后, 里) also occur in Traditional text; counting both
# sides keeps them from deciding alone.
TRADITIONAL_ONLY = frozenset(chr(k) for k in _TS_TABLE)
SIMPLIFIED_ONLY = frozenset(v for v in _TS_TABLE.values()) - TRADITIONAL_ONLY

# Enough text to decide; more only costs time.
SAMPLE_CHARS = 6000
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
HEBREW = re.compile(r"[\u0590-\u05ff]")
GREEK = re.compile(r"[\u0370-\u03ff]")
THAI = re.compile(r"[\u0e00-\u0e7f]")
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
WORD = re.compile(r"[^\W\d_]+")
# The most frequent function words of each language (from common frequency lists); a tie or no
# hit leaves the language unknown rather than guessed.
STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "are"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "ein", "eine"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "pas", "du", "sur"},
    "es": {"el", "la", "los", "las", "y", "que", "en", "del", "se", "por", "una", "con", "para", "es"},
    "pt": {"o", "os", "as", "e", "que", "do", "da", "em", "não", "uma", "com", "para", "dos", "das"},
    "it": {"il", "di", "che", "e", "la", "per", "non", "una", "sono", "del", "della", "con", "gli"},
    "nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "zijn", "met", "voor", "ook"},
    "id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan"},
    "cs": {"a", "je", "se", "na", "v", "že", "to", "s", "z", "do", "jsou", "ale", "jako", "by"},
}

# The scripts counted by ``detect``, in the order they are reported.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Han", HAN),
    ("Kana", KANA),
    ("Hang", HANGUL),
    ("Cyrl", CYRILLIC),
    ("Arab", ARABIC),
    ("Hebr", HEBREW),
    ("Grek", GREEK),
    ("Thai", THAI),
    ("Deva", DEVANAGARI),
    ("Latn", LATIN),
)
# Function word -> the languages whose STOPWORDS list it, in STOPWORDS order.
_STOPWORD_LANGUAGES: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang, words in STOPWORDS.items() if w in words) for ws in STOPWORDS.values() for w in ws
}
# Traditional-only characters vote +1, Simplified-only ones -1 (the two sets are disjoint).
_SCRIPT_VOTE: dict[str, int] = {**dict.fromkeys(TRADITIONAL_ONLY, 1), **dict.fromkeys(SIMPLIFIED_ONLY, -1)}


class _BlockCounts:
    """Script counts from 256-character blocks, so most scripts need no regex scan.

    In UTF-16-BE every BMP character is two bytes and the first is its block (code point >> 8);
    characters beyond the BMP are surrogate pairs, whose blocks (D8-DF) no script pattern touches.
    One ``bytes.translate`` maps every block to a class: the one script whose pattern matches all
    256 characters of it (``full``: its characters are counted with ``bytes.count``), a script that
    matches part of it (``part``: when such a character is present, that script's pattern counts),
    or several scripts (``SHARED``: all of them count with their pattern). Block 00 (ASCII and
    Latin-1) is counted exactly instead from ``encode("latin-1", "ignore")``, which keeps just
    its characters, with a per-script deletion table. Derived from the patterns over the whole BMP,
    so changing a pattern cannot make the counts drift.
    """

    SHARED = 255

    def __init__(self, scripts: tuple[tuple[str, re.Pattern[str]], ...]) -> None:
        bmp = "".join(map(chr, range(0x10000)))  # bmp[cp] == chr(cp), surrogates included
        owners: dict[int, list[int]] = {}  # block -> scripts with characters in it
        full: list[set[int]] = []
        self.latin1: list[bytes | None] = []  # per script: the bytes of block 00 it does not match
        for i, (_, pattern) in enumerate(scripts):
            blocks: dict[int, int] = {}  # block -> characters of it the pattern matches
            low: set[int] = set()  # matched characters of block 00
            # Runs rather than single characters: a few ranges per pattern, cheap at import.
            for run in re.finditer(f"(?:{pattern.pattern})+", bmp, pattern.flags):
                start, end = run.span()  # code points, since bmp[cp] == chr(cp)
                low.update(range(start, min(end, 0x100)))
                for b in range(start >> 8, ((end - 1) >> 8) + 1):
                    blocks[b] = blocks.get(b, 0) + min(end, (b + 1) << 8) - max(start, b << 8)
            if any(0xD8 <= b <= 0xDF for b in blocks):
                raise ValueError(f"script pattern {pattern.pattern!r} matches surrogates")
            full.append({b for b, n in blocks.items() if n == 0x100})
            for b in blocks:
                if b:
                    owners.setdefault(b, []).append(i)
            self.latin1.append(bytes(cp for cp in range(0x100) if cp not in low) if low else None)
        n = len(scripts)
        table = bytearray(0x100)  # class 0: no script, and block 00
        self.shared = [False] * n
        for b, scripts_in in owners.items():
            if len(scripts_in) > 1:
                table[b] = self.SHARED
                for i in scripts_in:
                    self.shared[i] = True
            else:
                i = scripts_in[0]
                table[b] = 1 + i if b in full[i] else 1 + n + i
        self.table = bytes(table)
        self.full = [1 + i for i in range(n)]
        self.part = [1 + n + i for i in range(n)]


_BLOCKS = _BlockCounts(_SCRIPTS)


def _script_counts(sample: str) -> dict[str, int]:
    """How many characters of ``sample`` each script pattern matches: ``len(pattern.findall)``."""
    classes = sample.encode("utf-16-be", "surrogatepass")[::2].translate(_BLOCKS.table)
    latin1 = sample.encode("latin-1", "ignore")
    shared = _BLOCKS.SHARED in classes
    counts: dict[str, int] = {}
    for i, (name, pattern) in enumerate(_SCRIPTS):
        if _BLOCKS.part[i] in classes or (shared and _BLOCKS.shared[i]):
            counts[name] = len(pattern.findall(sample))
            continue
        n = classes.count(_BLOCKS.full[i])
        delete = _BLOCKS.latin1[i]
        if delete is not None:
            n += len(latin1.translate(None, delete))
        counts[name] = n
    return counts


def detect(text: str, declared: str | None = None) -> tuple[str | None, str | None]:
    """(language, script) of a text, e.g. ("zh", "Hant"), ("en", "Latn"), (None, None)."""
    sample = text[:SAMPLE_CHARS]
    counts = _script_counts(sample)
    if not any(counts.values()):
        return None, None
    declared = (declared or "").strip().lower().replace("_", "-").split("-")[0] or None
    cjk = counts["Han"] + counts["Kana"] + counts["Hang"]
    # CJK characters carry about three Latin letters' worth of text each.
    if cjk * 3 >= counts["Latn"] and cjk >= max(counts["Cyrl"], counts["Arab"], counts["Grek"]):
        if counts["Kana"] * 10 >= counts["Han"] and counts["Kana"] >= counts["Hang"]:
            return "ja", "Jpan"
        if counts["Hang"] > counts["Han"]:
            return "ko", "Kore"
        return "zh", chinese_script(sample)
    script = max(counts, key=lambda k: counts[k])
    if script != "Latn":
        lang = {"Cyrl": "ru", "Arab": "ar", "Hebr": "he", "Grek": "el", "Thai": "th", "Deva": "hi"}.get(
            script
        )
        return declared or lang, script
    if declared:
        return declared, "Latn"
    # Each word votes for every language listing it; counted per distinct word.
    words = Counter(WORD.findall(sample.lower()))
    votes: Counter[str] = Counter()
    for word, languages in _STOPWORD_LANGUAGES.items():
        n = words.get(word)
        if n:
            for lang in languages:
                votes[lang] += n
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None, "Latn"
    return ranked[0][0], "Latn"


def chinese_script(text: str) -> str | None:
    """``Hant`` or ``Hans`` by the characters that exist in only one script; None when undecided."""
    # Traditional-only minus Simplified-only characters, one dict lookup per character in C.
    balance = sum(filter(None, map(_SCRIPT_VOTE.get, text)))
    if balance == 0:
        return None
    return "Hant" if balance > 0 else "Hans"


class DetectLanguage:
    """Set ``language`` and ``script`` from the article text (and ``<html lang>``)."""

    name = "language"

    def __call__(self, doc: Document) -> Document:
        # ``detect`` reads the first SAMPLE_CHARS characters only: join just the blocks that reach
        # them (the same prefix as the whole article's). When those are all blank, the whole
        # article decides whether there is any text at all.
        parts: list[str] = []
        size = 0
        for block in doc.blocks:
            if block.removal is None:
                parts.append(block.text)
                size += len(block.text) + 1
                if size > SAMPLE_CHARS:
                    break
        text = "\n".join(parts)
        if not text.strip():
            text = "\n".join(b.text for b in doc.live())
        if not text.strip():
            text = doc.title or ""
        declared = doc.tree.get("lang") if doc.tree is not None and hasattr(doc.tree, "get") else None
        doc.language, doc.script = detect(text, declared)
        return doc
