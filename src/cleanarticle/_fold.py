"""Comparison keys for matching text. A key is never output: the article keeps the page's own text.

``fold`` erases the differences a reprint or a second rendering of the same text introduces but a
reader does not see as different: character width (全角/半角), case, Traditional vs Simplified
script, spacing and punctuation. What is left is letters, marks and digits.
"""

from __future__ import annotations

import unicodedata
from importlib import resources, util
from pathlib import Path

import regex  # type: ignore[import-untyped]

__all__ = ["fold", "is_cjk_heavy", "length_units"]


def _load_ts_table() -> dict[int, str]:
    """Traditional -> Simplified by character, from OpenCC's ``TSCharacters.txt``.

    Each line is ``trad<TAB>simp [alternatives]``; the first alternative is OpenCC's default. Only
    one-to-one character entries are kept so ``str.translate`` can apply the table in one pass.
    """
    try:
        text = (resources.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, TypeError):  # pragma: no cover - odd installs
        spec = util.find_spec("opencc")
        if spec is None or spec.origin is None:
            raise
        text = (Path(spec.origin).parent / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        trad, _, rest = line.partition("\t")
        alternatives = rest.split()
        # A character that is also Simplified (瞭 in 瞭望) lists itself first and its phrase-level
        # Simplified form next (瞭解 -> 了解): folding it to that form keeps 瞭解 and 了解 one key, and is
        # harmless elsewhere because both scripts fold the same way (8 such entries: 彷 牴 瞭 祇 藉 衹 覆 阪;
        # found by benchmarks/dedup_eval.py, script_swap).
        other = [a for a in alternatives if a != trad]
        if len(trad) == 1 and other and len(other[0]) == 1:
            table[ord(trad)] = other[0]
    return table


# Built once at import; immutable in use (only read by str.translate).
_TS_TABLE: dict[int, str] = _load_ts_table()

# Everything that is not a letter, a combining mark or a digit: whitespace, punctuation (P*),
# symbols (S*: currency, emoji, arrows), controls and format characters. Marks (M*) stay because
# Devanagari, Thai… vowel signs are part of the word.
_NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")

# Scripts whose text is measured in characters: one Han/Kana/Hangul character carries roughly what a
# word carries in Latin script. Counting is done with ``sub`` (one C call, one string) rather than
# ``findall`` (one object per character): this runs on every block of a page.
_NOT_CJK = regex.compile(r"[^\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
_NOT_LETTER = regex.compile(r"\P{L}+")
# A word for length purposes: a run of non-CJK letters/marks/digits, or a single CJK character.
_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[\p{L}\p{M}\p{N}]+")

# A text is CJK-heavy when at least this share of its letters are Han/Kana/Hangul. Calibrated on
# Chinese news paragraphs with embedded Latin (brand names, "PET纖維", "iPhone 15"): each Latin letter
# counts as one letter, so a Chinese sentence with one English product name stays well above 0.4,
# while an English sentence quoting a Chinese name stays well below.
CJK_HEAVY_SHARE = 0.4
# Only the first characters are inspected for the script share: enough to decide, bounded cost.
_SAMPLE_CHARS = 2000


def fold(text: str) -> str:
    """The comparison key of ``text``: NFKC, casefolded, Simplified, letters/marks/digits only."""
    key = unicodedata.normalize("NFKC", text).casefold().translate(_TS_TABLE)
    folded: str = _NOT_WORD.sub("", key)
    return folded


def is_cjk_heavy(text: str) -> bool:
    """Whether most of the letters of ``text`` are Han, Kana or Hangul (see ``CJK_HEAVY_SHARE``)."""
    sample = text[:_SAMPLE_CHARS]
    letters = len(_NOT_LETTER.sub("", sample))
    if not letters:
        return False
    return len(_NOT_CJK.sub("", sample)) >= CJK_HEAVY_SHARE * letters


def length_units(text: str) -> int:
    """Length for thresholds: letter/digit characters for CJK-heavy text, words otherwise."""
    if is_cjk_heavy(text):
        return len(_NOT_WORD.sub("", text))
    return len(_WORD.findall(text))
