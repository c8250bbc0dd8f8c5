"""Near-duplicate articles across a corpus: ``find_duplicates`` and the streaming ``DuplicateIndex``.

The same story republished by several sites differs in boilerplate, in script (Traditional vs
Simplified), in width and punctuation, and by a sentence here and there. Each article becomes a set of
shingles over its ``fold``-ed text (so script, width, case and punctuation do not count): character
5-grams for CJK-heavy text, word 3-grams elsewhere. A MinHash signature estimates the Jaccard
similarity of two such sets, and an LSH index (datasketch) finds the candidates for each new article
without comparing all pairs. Articles are read one at a time and only their signatures and the LSH
buckets are kept: the text is dropped as soon as it is hashed (see ``docs/corpus.md`` for the memory
per article). Permutations come from a fixed seed, so the same input gives the same groups.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

import numpy as np
from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]

from ._article import Article
from ._errors import OptionError
from ._fold import fold, is_cjk_heavy

__all__ = ["DuplicateGroup", "DuplicateIndex", "DuplicateMember", "find_duplicates"]

# --- parameters ----------------------------------------------------------------------------------
# Estimated Jaccard similarity of shingle sets at or above which two articles are one story.
# Calibrated with benchmarks/dedup_eval.py --corpus on the 341 eval ground-truth texts of 200+ folded
# characters, each with a "republished" copy (other script, wide digits, another site's header and
# footer line, one paragraph dropped, one clause added): copies score 0.41-1.0 (5th percentile 0.77;
# 14 below 0.72, all articles where the dropped paragraph is a large share), while the most similar
# two *different* stories score 0.16. At 0.5, 340 of 341 copies are found and no unrelated stories
# are grouped; at 0.7, 332. "Near-identical" here means sharing at least half of their shingles.
DEFAULT_THRESHOLD = 0.5
# The LSH index is built for a threshold this much lower, so that an article just above the
# threshold is still a candidate (LSH misses pairs near its threshold); candidates are then checked
# against the real threshold on their signatures.
LSH_MARGIN = 0.15
# Signature length: the standard error of the Jaccard estimate is ~sqrt(J(1-J)/k), 0.04 at J=0.7
# with 128 permutations; each permutation costs 4 bytes per article.
NUM_PERM = 128
# Fixed seed of the permutations: a signature means the same thing in every run and process.
SEED = 20240501
# Shingle sizes: 5 characters (about two Chinese words) and 3 words; smaller shingles make unrelated
# texts of one language look alike (common characters, stop-word pairs), larger ones let one edited
# character or word knock out too many shingles.
CJK_SHINGLE_CHARS = 5
WORD_SHINGLE_WORDS = 3
# Only this many characters of an article are hashed: enough to tell a story, bounded cost.
MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class DuplicateMember:
    """One article of a group: its key, and its estimated similarity (0-1) to the group's first article."""

    key: Hashable
    similarity: float


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Articles telling the same story, in input order; the first is the one the others are measured to."""

    members: tuple[DuplicateMember, ...]

    @property
    def keys(self) -> list[Hashable]:
        return [m.key for m in self.members]

    def to_dict(self) -> dict[str, Any]:
        return {"members": [{"key": m.key, "similarity": m.similarity} for m in self.members]}


def shingles(text: str) -> set[str]:
    """The shingle set of ``text``: folded character 5-grams if CJK-heavy, else folded word 3-grams."""
    text = text[:MAX_CHARS]
    if is_cjk_heavy(text):
        key = fold(text)
        n = CJK_SHINGLE_CHARS
        if len(key) <= n:
            return {key} if key else set()
        return {key[i : i + n] for i in range(len(key) - n + 1)}
    words = [w for w in (fold(t) for t in text.split()) if w]
    n = WORD_SHINGLE_WORDS
    if len(words) <= n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def _check(threshold: float, num_perm: int) -> None:
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise OptionError(f"threshold must be in (0, 1], got {threshold!r}")
    if isinstance(num_perm, bool) or not isinstance(num_perm, int) or not 16 <= num_perm <= 1024:
        raise OptionError(f"num_perm must be an integer in [16, 1024], got {num_perm!r}")


class DuplicateIndex:
    """Add articles one at a time; ``groups()`` returns the near-duplicate groups found so far.

    Each new article joins the group of its most similar earlier article, if that similarity is at
    least ``threshold``; otherwise it starts a group of its own. Groups depend on the input order
    (the first article of a group is its reference) and on nothing else.
    """

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        _check(threshold, num_perm)
        self.threshold = float(threshold)
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=max(0.05, self.threshold - LSH_MARGIN), num_perm=num_perm)
        # One shared MinHash with the fixed permutations; signatures are copied out as compact arrays.
        self._template = MinHash(num_perm=num_perm, seed=SEED)
        self._keys: list[Hashable] = []
        self._sigs: list[np.ndarray[Any, np.dtype[np.uint32]]] = []
        self._group: list[int] = []  # ordinal -> ordinal of its group's first article
        self._similarity: list[float] = []  # ordinal -> similarity to its group's first article

    def __len__(self) -> int:
        return len(self._keys)

    def _signature(self, text: str) -> MinHash | None:
        grams = shingles(text)
        if not grams:
            return None
        m = self._template.copy()
        m.update_batch(sorted(g.encode("utf-8") for g in grams))
        return m

    def _jaccard(self, a: int, sig: np.ndarray[Any, np.dtype[np.uint32]]) -> float:
        return float(np.count_nonzero(self._sigs[a] == sig)) / self.num_perm

    def add(self, key: Hashable, text: str) -> Hashable | None:
        """Index one article; returns the key of the earlier article it duplicates, if any.

        An article without any text (no shingle) is counted but never grouped.
        """
        if not isinstance(text, str):
            raise OptionError(f"article text must be a str, not {type(text).__name__}")
        ordinal = len(self._keys)
        m = self._signature(text)
        sig = (
            np.asarray(m.hashvalues, dtype=np.uint32).copy()
            if m is not None
            else np.zeros(0, dtype=np.uint32)
        )
        best, best_sim = -1, 0.0
        if m is not None:
            for other in sorted(self._lsh.query(m)):
                sim = self._jaccard(other, sig)
                if sim >= self.threshold and sim > best_sim:  # ties: the earliest (sorted) wins
                    best, best_sim = other, sim
        self._keys.append(key)
        self._sigs.append(sig)
        if best >= 0:
            root = self._group[best]
            self._group.append(root)
            self._similarity.append(self._jaccard(root, sig))
        else:
            self._group.append(ordinal)
            self._similarity.append(1.0)
        if m is not None:
            self._lsh.insert(ordinal, m, check_duplication=False)
        return self._keys[best] if best >= 0 else None

    def groups(self) -> list[DuplicateGroup]:
        """Groups of two or more articles, ordered by their first article; members in input order."""
        members: dict[int, list[DuplicateMember]] = {}
        for ordinal, root in enumerate(self._group):
            members.setdefault(root, []).append(
                DuplicateMember(self._keys[ordinal], round(self._similarity[ordinal], 4))
            )
        return [DuplicateGroup(tuple(ms)) for root, ms in sorted(members.items()) if len(ms) > 1]


ArticleLike: TypeAlias = "Article | tuple[Hashable, str] | Mapping[str, Any]"


def key_and_text(item: ArticleLike | Any, ordinal: int) -> tuple[Hashable, str]:
    """The key and text of one input item: an ``Article`` (key: its url, else its position), a
    ``(key, text)`` pair, or a dict with ``text`` (or ``blocks``) and ``id`` or ``url``."""
    if isinstance(item, Article):
        return (item.url or ordinal), (item.text or item.title or "")
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        return item[0], item[1]
    if isinstance(item, Mapping):
        key = item.get("id")
        if key is None:
            key = item.get("url")
        if key is None:
            key = ordinal
        if isinstance(key, (list, dict)):
            raise OptionError(f"article {ordinal}: 'id'/'url' must be a string or a number")
        text = item.get("text")
        if text is None and isinstance(item.get("blocks"), list):
            text = "\n".join(
                b["text"] for b in item["blocks"] if isinstance(b, dict) and isinstance(b.get("text"), str)
            )
        if not isinstance(text, str):
            raise OptionError(f"article {ordinal}: needs a string 'text' (or a list of 'blocks')")
        return key, text
    raise OptionError(
        f"article {ordinal}: expected an Article, a (key, text) pair or a dict, not {type(item).__name__}"
    )


def find_duplicates(
    articles: Iterable[ArticleLike],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    num_perm: int = NUM_PERM,
) -> list[DuplicateGroup]:
    """Group the articles that tell the same story with near-identical text.

    ``articles`` is any iterable (read once, lazily) of ``Article``, ``(key, text)`` pairs, or dicts
    such as ``Article.to_dict()`` or ``{"id": …, "text": …}``. ``threshold`` is the estimated
    Jaccard similarity (0-1] of the articles' shingle sets at or above which two are duplicates.
    Returns the groups of two or more, each member with its similarity to the group's first article.
    """
    index = DuplicateIndex(threshold=threshold, num_perm=num_perm)
    for ordinal, item in enumerate(articles):
        key, text = key_and_text(item, ordinal)
        index.add(key, text)
    return index.groups()
