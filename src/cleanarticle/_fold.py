"""Comparison keys for matching text. A key is never output: the article keeps the page's own text.

``fold`` erases the differences a reprint or a second rendering of the same text introduces but a
reader does not see as different: character width (全角/半角), case, Traditional vs Simplified
script and variant forms of one character (鍾/锺/钟), spacing and punctuation. What is left is
letters, marks and digits.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources, util
from pathlib import Path

import regex  # type: ignore[import-untyped]

__all__ = ["AtLeastUnits", "fold", "is_cjk_heavy", "length_units"]


def _read_dictionary(name: str) -> list[tuple[str, list[str]]]:
    """Entries ``(key, [values…])`` of one of OpenCC's character dictionaries (``key<TAB>v1 v2…``)."""
    try:
        text = (resources.files("opencc") / "dictionary" / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, TypeError):  # pragma: no cover - odd installs
        spec = util.find_spec("opencc")
        if spec is None or spec.origin is None:
            raise
        text = (Path(spec.origin).parent / "dictionary" / name).read_text(encoding="utf-8")
    entries: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        key, _, rest = line.partition("\t")
        entries.append((key, rest.split()))
    return entries


def _load_ts_table() -> dict[int, str]:
    """Traditional -> Simplified by character, from OpenCC's ``TSCharacters.txt``.

    Each line is ``trad<TAB>simp [alternatives]``; the first alternative is OpenCC's default. Only
    one-to-one character entries are kept so ``str.translate`` can apply the table in one pass.
    """
    table: dict[int, str] = {}
    for trad, alternatives in _read_dictionary("TSCharacters.txt"):
        # A character that is also Simplified (瞭 in 瞭望) lists itself first and its phrase-level
        # Simplified form next (瞭解 -> 了解): folding it to that form keeps 瞭解 and 了解 one key, and is
        # harmless elsewhere because both scripts fold the same way (8 such entries: 彷 牴 瞭 祇 藉 衹 覆 阪;
        # found by benchmarks/dedup_eval.py, script_swap).
        other = [a for a in alternatives if a != trad]
        if len(trad) == 1 and other and len(other[0]) == 1:
            table[ord(trad)] = other[0]
    return table


# Traditional -> Simplified by character. Also read by ``_language`` to tell the scripts apart, so it
# holds only OpenCC's T->S entries (no variant folding). Built once at import; never mutated.
_TS_TABLE: dict[int, str] = _load_ts_table()

# Variant forms of one character, as OpenCC pairs them: (standard form, variant). From
# ``STCharacters.txt`` a Simplified character and its first Traditional form (锺 -> 鍾, which T->S
# takes to 钟: s2t turns the name 金锺国 into 金鍾國, whose T->S key has 钟; found by
# benchmarks/dedup_eval.py, script_swap), and Taiwan's and Hong Kong's variant tables (衛/衞, 敘/敍,
# 着/著). Japanese shinjitai (``JPVariants.txt``) are left out: a Japanese page is not a reprint of a
# Chinese one.
_VARIANT_DICTIONARIES = ("STCharacters.txt", "TWVariants.txt", "HKVariants.txt")


def _load_fold_table(ts: dict[int, str]) -> dict[int, str]:
    """``ts`` closed over variant forms: every character of a group of forms OpenCC links maps to one.

    The groups are the connected sets of the T->S pairs and the variant pairs. Each group folds to
    the member ``ts`` already folds most characters to (a Simplified form, so T->S keys are stable),
    ties broken by code point; a group member that is no key of ``ts`` is preferred, so the result
    is a fixed point and ``str.translate`` stays one pass.
    """
    parent: dict[str, str] = {}
    members: set[str] = set()

    def find(ch: str) -> str:
        root = ch
        while parent.get(root, root) != root:
            root = parent[root]
        while ch != root:  # path compression
            parent[ch], ch = root, parent[ch]
        return root

    def union(a: str, b: str) -> None:
        members.update((a, b))
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for trad, simp in ts.items():
        union(chr(trad), simp)
    for name in _VARIANT_DICTIONARIES:
        for key, values in _read_dictionary(name):
            if len(key) == 1 and values and len(values[0]) == 1:
                union(key, values[0])
    votes: dict[str, int] = {}
    for simp in ts.values():
        votes[simp] = votes.get(simp, 0) + 1
    groups: dict[str, list[str]] = {}
    for ch in sorted(members):
        groups.setdefault(find(ch), []).append(ch)
    table: dict[int, str] = {}
    for group in groups.values():
        target = min(group, key=lambda c: (ord(c) in ts, -votes.get(c, 0), ord(c)))
        for ch in group:
            if ch != target:
                table[ord(ch)] = target
    return table


# What ``fold`` maps each character to after NFKC and casefold: T->S plus variant forms.
_FOLD_TABLE: dict[int, str] = _load_fold_table(_TS_TABLE)

# Letters, combining marks and digits: what a key keeps. Marks (M*) stay because Devanagari, Thai…
# vowel signs are part of the word. Everything else goes: whitespace, punctuation (P*), symbols (S*:
# currency, emoji, arrows), controls and format characters.
_WORD_CHARS = r"\p{L}\p{M}\p{N}"
_NOT_WORD = regex.compile(rf"[^{_WORD_CHARS}]+")


def _fold_slow(text: str) -> str:
    """The definition of ``fold``: NFKC, casefold, T->S and variants, letters/marks/digits only."""
    key = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD_TABLE)
    folded: str = _NOT_WORD.sub("", key)
    return folded


# --- Fast path --------------------------------------------------------------------------------
# Most blocks are made only of characters for which the four steps of ``_fold_slow`` act one
# character at a time: ASCII, Latin-1 and Latin Extended, general punctuation, CJK punctuation,
# Kana, CJK ideographs and full-width forms (none of them combining, none composing with a
# neighbour under NFKC). For text made only of them, one ``str.translate`` with each character's
# precomputed fold gives the same key. Combining marks, Hangul (jamo compose), half-width Katakana
# (its voicing marks become combining marks) and everything else take the slow path.
_FAST_RANGES = (
    (0x09, 0x0D),  # tab, newlines
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x24F),  # Latin-1, Latin Extended-A/B
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x3029),  # CJK symbols and punctuation (3099/309A and 302A-302F are combining)
    (0x3030, 0x303F),
    (0x3041, 0x3096),  # Hiragana
    (0x30A0, 0x30FF),  # Katakana
    (0x3400, 0x4DBF),  # CJK Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs (NFKC: one unified ideograph each)
    (0xFF01, 0xFF64),  # full-width ASCII, half-width CJK punctuation
    (0xFFE0, 0xFFEE),  # full-width signs
)


def _char_class(cps: list[int]) -> str:
    """A regex character class body (no brackets) for the sorted code points ``cps``, as ranges."""
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(f"{re.escape(chr(cps[i]))}-{re.escape(chr(cps[j]))}")
        i = j + 1
    return "".join(parts)


def _build_fast_table() -> tuple[tuple[str | int | None, ...], re.Pattern[str]]:
    """Per-character folds for the fast set, and a pattern finding a character outside it.

    A character stays out of the set unless it is no combining mark and its fold is one character
    exactly when it is a letter, mark or digit and nothing otherwise: so for fast-path text the key
    also has as many characters as the text has letters and digits.

    The folds are a tuple indexed by code point, as ``str.translate`` takes them: the folded
    character, None (deleted) or the code point itself (kept). A tuple rather than a dict because
    ``translate`` looks every character up: a tuple index is cheaper than a dict lookup, and a
    kept character needs no KeyError raised and cleared. Entries of characters outside the set are
    None; ``fold`` never translates text that has one.
    """
    folds: list[str | int | None] = []
    fast: list[int] = []
    for lo, hi in _FAST_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.combining(ch):
                continue
            key = _fold_slow(ch)
            word = unicodedata.category(ch)[0] in "LMN"
            if len(key) == (1 if word else 0):
                folds.extend([None] * (cp + 1 - len(folds)))
                folds[cp] = cp if key == ch else key if key else None
                fast.append(cp)
    return tuple(folds), re.compile(f"[^{_char_class(fast)}]")


_FAST_FOLDS, _NOT_FAST = _build_fast_table()

# Scripts whose text is measured in characters: one Han/Kana/Hangul character carries roughly what a
# word carries in Latin script. Counting is done with ``sub`` (one C call, one string) rather than
# ``findall`` (one object per character): this runs on every block of a page.
_CJK_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_NOT_CJK = regex.compile(rf"[^{_CJK_SCRIPTS}]+")
_CJK_CHAR = regex.compile(rf"[{_CJK_SCRIPTS}]")
_NOT_LETTER = regex.compile(r"\P{L}+")
# A word for length purposes: a run of non-CJK letters/marks/digits, or a single CJK character.
_WORD = regex.compile(rf"[{_CJK_SCRIPTS}]|[{_WORD_CHARS}]+")
# One word of ``_WORD`` that holds a letter, mark or digit, with the characters before it that
# ``findall`` would skip: a CJK character of that kind alone, else a run. A CJK character that is
# none (a Kangxi radical, ⺀) is skipped here, where ``_WORD`` counts it. Atomic and possessive, so a
# failed count never backtracks into another split of the text.
_COUNTED_WORD = rf"(?>[^{_WORD_CHARS}]*+(?:[[{_CJK_SCRIPTS}]&&[{_WORD_CHARS}]]|[{_WORD_CHARS}]++))"

# A text is CJK-heavy when at least this share of its letters are Han/Kana/Hangul. Calibrated on
# Chinese news paragraphs with embedded Latin (brand names, "PET纖維", "iPhone 15"): each Latin letter
# counts as one letter, so a Chinese sentence with one English product name stays well above 0.4,
# while an English sentence quoting a Chinese name stays well below.
CJK_HEAVY_SHARE = 0.4
# Only the first characters are inspected for the script share: enough to decide, bounded cost.
_SAMPLE_CHARS = 2000


def fold(text: str) -> str:
    """The comparison key of ``text``: NFKC, casefolded, Simplified, letters/marks/digits only."""
    if _NOT_FAST.search(text) is None:
        return text.translate(_FAST_FOLDS)
    return _fold_slow(text)


def folds_char_by_char(text: str) -> bool:
    """Whether ``fold`` maps each character of ``text`` to at most one character (its fast path), so
    that ``len(fold(text)) <= len(text)``."""
    return _NOT_FAST.search(text) is None


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


class AtLeastUnits:
    """The predicate ``length_units(text) >= units``, decided mostly without counting everything.

    ``length_units`` runs three regex passes over the whole text; a threshold only needs to know
    whether ``units`` is reached. The words of ``_COUNTED_WORD`` (the words of ``_WORD`` that hold a
    letter, mark or digit) are no more than the words and no more than the letters/marks/digits,
    so ``units`` of them, found by one match that stops there, settle it for both kinds of text.
    Fewer of them and no CJK character: the text is not CJK-heavy and those were all its words.
    Anything else is counted by ``length_units`` itself.
    """

    __slots__ = ("_counted", "units")

    def __init__(self, units: int) -> None:
        self.units = units
        self._counted = regex.compile(rf"(?V1){_COUNTED_WORD}{{{units}}}")

    def __call__(self, text: str) -> bool:
        if len(text) < self.units:  # every unit (a word, a letter or digit) takes a character
            return False
        if self._counted.match(text) is not None:
            return True
        if _CJK_CHAR.search(text) is None:
            return False
        return length_units(text) >= self.units
