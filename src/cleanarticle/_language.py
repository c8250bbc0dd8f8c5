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
LATIN_DEFAULT = "en"


def detect(text: str, declared: str | None = None) -> tuple[str | None, str | None]:
    """(language, script) of a text, e.g. ("zh", "Hant"), ("en", "Latn"), (None, None)."""
    sample = text[:SAMPLE_CHARS]
    counts = {
        "Han": len(HAN.findall(sample)),
        "Kana": len(KANA.findall(sample)),
        "Hang": len(HANGUL.findall(sample)),
        "Cyrl": len(CYRILLIC.findall(sample)),
        "Arab": len(ARABIC.findall(sample)),
        "Hebr": len(HEBREW.findall(sample)),
        "Grek": len(GREEK.findall(sample)),
        "Thai": len(THAI.findall(sample)),
        "Deva": len(DEVANAGARI.findall(sample)),
        "Latn": len(LATIN.findall(sample)),
    }
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
    votes = Counter(
        lang for w in WORD.findall(sample.lower()) for lang, words in STOPWORDS.items() if w in words
    )
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None, "Latn"
    return ranked[0][0], "Latn"


def chinese_script(text: str) -> str | None:
    """``Hant`` or ``Hans`` by the characters that exist in only one script; None when undecided."""
    trad = sum(1 for ch in text if ch in TRADITIONAL_ONLY)
    simp = sum(1 for ch in text if ch in SIMPLIFIED_ONLY)
    if trad == simp:
        return None
    return "Hant" if trad > simp else "Hans"


class DetectLanguage:
    """Set ``language`` and ``script`` from the article text (and ``<html lang>``)."""

    name = "language"

    def __call__(self, doc: Document) -> Document:
        text = "\n".join(b.text for b in doc.live())
        if not text.strip():
            text = doc.title or ""
        declared = doc.tree.get("lang") if doc.tree is not None and hasattr(doc.tree, "get") else None
        doc.language, doc.script = detect(text, declared)
        return doc
