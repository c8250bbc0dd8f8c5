"""How ``CollapseRepeats`` scales with the number of blocks: prints the median of 5 runs per size.

Run with ``python benchmarks/dedup_scaling.py``. Pages are synthetic: distinct Chinese and English
paragraphs from a seeded generator, a few exact, script-swapped and extended repeats, and short
headings every tenth block. The cost should grow about linearly (index lookups, no all-pairs).
"""

from __future__ import annotations

import random
import statistics
import time

from cleanarticle._dedup import CollapseRepeats
from cleanarticle._model import Block, Document

# Common Han characters (Traditional forms where they differ) to draw Chinese text from.
HAN = (
    "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說"
    "產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使"
    "點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明"
    "看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料"
    "象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指"
)
# English-like words built from syllables: a vocabulary of a few thousand words, like real prose.
SYLLABLES = ["ba", "con", "de", "fi", "gra", "in", "lo", "men", "no", "per", "ra", "si", "tion", "ur", "ve"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def _paragraph(rng: random.Random, i: int) -> str:
    if i % 10 == 0:  # a short heading
        return "".join(rng.choice(HAN) for _ in range(6))
    if i % 3 == 0:
        words = [_word(rng) for _ in range(rng.randint(25, 60))]
        return " ".join(words).capitalize() + f" ({i})."
    chars = [rng.choice(HAN) for _ in range(rng.randint(40, 160))]
    return "".join(chars) + f"{i}。"


def page(n: int) -> list[str]:
    rng = random.Random(n)
    texts = [_paragraph(rng, i) for i in range(n)]
    for k in range(1, 6):  # a few repeats: exact, extended, and a copied run of three blocks
        j = k * n // 6
        texts.append(texts[j])
        texts.append(texts[j + 1] + "(詳見下圖)。")
        texts.extend(texts[j + 2 : j + 5])
    return texts


def main() -> None:
    stage = CollapseRepeats()
    for n in (100, 1_000, 10_000):
        texts = page(n)
        timings = []
        for _ in range(5):
            doc = Document(source="", blocks=[Block(i, t) for i, t in enumerate(texts)])
            start = time.perf_counter()
            stage(doc)
            timings.append(time.perf_counter() - start)
        removed = sum(b.removal is not None for b in doc.blocks)
        median_ms = statistics.median(timings) * 1000
        print(f"{len(texts):>6} blocks: {median_ms:8.1f} ms median of 5 runs ({removed} removed)")


if __name__ == "__main__":
    main()
