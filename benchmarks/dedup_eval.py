"""Repeated-text evaluation: inject repeats into real article text, clean, count what is left and lost.

The articles are the ground-truth texts of the eval sets (``DATA/<set>/cases.jsonl``, one line per
paragraph), read at run time and never copied into the repository. For each article and each kind of
repeat, copies of some of its paragraphs are inserted, the page is cleaned (as a text dump, and as
HTML: one ``<p>`` per paragraph in a simple page with a nav bar and a footer), and the output is
compared with the output for the untouched article:

- *repeats left*: an original paragraph (or one of its injected copies) appears more often than in
  the untouched article's output;
- *paragraphs lost*: any paragraph of the untouched output (or an injected near-miss twin, which must
  be kept) appears less often.

Comparison is on ``fold`` keys, and each injected copy's key counts as its original's, so keeping the
longer copy of an extended paragraph in place of the original is neither a loss nor a repeat.

    .venv/bin/python benchmarks/dedup_eval.py [--data ../shared/eval/data] [--limit N] [--corpus]

``--corpus`` also evaluates ``find_duplicates`` on republished copies of the same articles.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from opencc import OpenCC  # type: ignore[import-untyped]

from cleanarticle import Article, clean, find_duplicates
from cleanarticle._corpus import DuplicateIndex
from cleanarticle._dedup import MIN_UNITS
from cleanarticle._fold import fold, is_cjk_heavy, length_units

ROOT = Path(__file__).resolve().parent.parent
SETS = ("chinese_wced", "readability", "scrapinghub")
SEED = 4
_T2S, _S2T = OpenCC("t2s"), OpenCC("s2t")
_DIGITS = re.compile(r"\d+")
# Full-width forms of printable ASCII (U+FF01-FF5E) and back.
_TO_WIDE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
_TO_NARROW = {c + 0xFEE0: c for c in range(0x21, 0x7F)}


@dataclass
class Injected:
    """An article with repeats injected: its lines, copy line -> original line, and twins to keep."""

    lines: list[str]
    copy_of: dict[int, int] = field(default_factory=dict)  # index in ``lines`` -> index of its original
    twins: list[int] = field(default_factory=list)  # indices in ``lines`` that must be kept as distinct


def _long(lines: list[str]) -> list[int]:
    """Paragraphs long enough to be deduplicated on their own (short ones only go in runs, by design)."""
    return [i for i, t in enumerate(lines) if length_units(t) >= MIN_UNITS]


def _insert(lines: list[str], rng: random.Random, after: int, copies: list[tuple[int, str]]) -> Injected:
    """Insert ``copies`` (original index, text) as one run at a random position after line ``after``."""
    pos = rng.randint(after + 1, len(lines))
    out = lines[:pos] + [t for _, t in copies] + lines[pos:]
    inj = Injected(out)
    for k, (orig, _) in enumerate(copies):
        inj.copy_of[pos + k] = orig
    return inj


def _remap(inj: Injected, pos: int) -> None:
    """After inserting one line at ``pos``, shift recorded indices at or after it."""
    inj.copy_of = {(c + 1 if c >= pos else c): (o + 1 if o >= pos else o) for c, o in inj.copy_of.items()}
    inj.twins = [t + 1 if t >= pos else t for t in inj.twins]


def kind_repeated_run(lines: list[str], rng: random.Random, zh: bool) -> Injected | None:
    if len(lines) < 4:
        return None
    size = rng.randint(3, min(8, len(lines)))
    start = rng.randint(0, len(lines) - size)
    run = [(i, lines[i]) for i in range(start, start + size)]
    return _insert(lines, rng, start + size - 1, run)


def kind_extended(lines: list[str], rng: random.Random, zh: bool) -> Injected | None:
    cands = _long(lines)
    if not cands:
        return None
    i = rng.choice(cands)
    tail = "(詳見下圖)" if zh else " (see the chart below)"
    return _insert(lines, rng, i, [(i, lines[i] + tail)])


def kind_cut(lines: list[str], rng: random.Random, zh: bool) -> Injected | None:
    cands = _long(lines)
    if not cands:
        return None
    i = rng.choice(cands)
    text = lines[i]
    cut = max(1, int(len(text) * rng.uniform(0.5, 0.9)))
    return _insert(lines, rng, i, [(i, text[:cut].rstrip() + "…")])


def kind_script_swap(lines: list[str], rng: random.Random, zh: bool) -> Injected | None:
    cands = _long(lines)
    if not zh or not cands:
        return None
    i = rng.choice(cands)
    run = [(j, lines[j]) for j in range(i, min(len(lines), i + rng.randint(1, 3)))]
    swapped = []
    for j, t in run:
        s = _S2T.convert(t)
        swapped.append((j, s if s != t else _T2S.convert(t)))
    return _insert(lines, rng, run[-1][0], swapped)


def kind_width_swap(lines: list[str], rng: random.Random, zh: bool) -> Injected | None:
    cands = _long(lines)
    if not cands:
        return None
    i = rng.choice(cands)
    run = [(j, lines[j]) for j in range(i, min(len(lines), i + rng.randint(1, 3)))]
    wide = []
    for j, t in run:
        w = t.translate(_TO_NARROW)
        wide.append((j, w if w != t else t.translate(_TO_WIDE).replace(" ", "\u3000")))
    return _insert(lines, rng, run[-1][0], wide)


def kind_scattered(lines: list[str], rng: random.Random, zh: bool) -> Injected | None:
    cands = _long(lines)
    if not cands:
        return None
    inj = Injected(list(lines))
    for i in sorted(rng.sample(cands, min(3, len(cands)))):
        pos = rng.randint(i + 1, len(inj.lines))
        inj.lines.insert(pos, lines[i])
        _remap(inj, pos)
        inj.copy_of[pos] = i
    return inj


def kind_near_miss(lines: list[str], rng: random.Random, zh: bool) -> Injected | None:
    cands = [i for i in _long(lines) if _DIGITS.search(lines[i])]
    if not cands:
        return None
    i = rng.choice(cands)
    nums = list(_DIGITS.finditer(lines[i]))
    m = rng.choice(nums)
    changed = str(int(m.group()) + rng.randint(1, 9))
    twin = lines[i][: m.start()] + changed + lines[i][m.end() :]
    pos = rng.randint(i + 1, len(lines))
    inj = Injected([*lines[:pos], twin, *lines[pos:]])
    inj.twins.append(pos)
    return inj


KINDS: dict[str, Callable[[list[str], random.Random, bool], Injected | None]] = {
    "repeated_run": kind_repeated_run,
    "extended_copy": kind_extended,
    "cut_copy": kind_cut,
    "script_swap": kind_script_swap,
    "width_swap": kind_width_swap,
    "scattered_single": kind_scattered,
    "near_miss_twin": kind_near_miss,
}


def as_html(lines: list[str], title: str) -> str:
    nav = " ".join(f'<a href="/{w}">{w}</a>' for w in ("Home", "World", "Business", "Tech", "Sport"))
    body = "".join(f"<p>{html.escape(t)}</p>" for t in lines)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
        f"<body><nav class='menu'>{nav}</nav><article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer><p>© 2024 Example Media. All rights reserved.</p></footer></body></html>"
    )


def cleaned(lines: list[str], fmt: str, title: str) -> Article:
    page = as_html(lines, title) if fmt == "html" else "\n".join(lines) + "\n"
    return clean(page, input_format=fmt)


def output_keys(article: Article) -> Counter[str]:
    return Counter(k for b in article.blocks if (k := fold(b.text)))


@dataclass
class Score:
    cases: int = 0
    injected: int = 0  # copies (or twins) injected
    left: int = 0
    lost: int = 0
    examples: list[str] = field(default_factory=list)
    why: Counter[str] = field(default_factory=Counter)  # what the left/lost blocks were


def score(
    base: Counter[str], out: Counter[str], inj: Injected, lines: list[str]
) -> tuple[list[str], list[str]]:
    """Keys of the repeats left and of the paragraphs lost, against the untouched page's output."""
    canon = {fold(inj.lines[c]): fold(lines[o]) for c, o in inj.copy_of.items()}
    mapped: Counter[str] = Counter()
    for k, n in out.items():
        mapped[canon.get(k, k)] += n
    expected = Counter(base)
    for t in inj.twins:
        expected[fold(inj.lines[t])] += 1
    groups = set(canon.values())
    left = [k for k in sorted(groups) for _ in range(mapped[k] - expected[k])]
    lost = [k for k, n in sorted(expected.items()) for _ in range(n - mapped[k])]
    return left, lost


def load(data: Path, limit: int | None) -> list[dict[str, object]]:
    cases: list[dict[str, object]] = []
    for name in SETS:
        path = data / name / "cases.jsonl"
        if not path.exists():
            print(f"note: {path} missing, set skipped", file=sys.stderr)
            continue
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        cases.extend(rows[:limit] if limit else rows)
    return cases


def page_eval(cases: list[dict[str, object]]) -> dict[str, dict[str, Score]]:
    results: dict[str, dict[str, Score]] = {fmt: {k: Score() for k in KINDS} for fmt in ("text", "html")}
    for case in cases:
        text = str(case.get("text") or "")
        lines = [t.strip() for t in text.split("\n") if t.strip()]
        if len(lines) < 2:
            continue
        zh = is_cjk_heavy(text)
        title = str(case.get("title") or "Article")
        for fmt in ("text", "html"):
            base = output_keys(cleaned(lines, fmt, title))
            for kind, make in KINDS.items():
                inj = make(lines, random.Random(f"{SEED}:{case['id']}:{kind}"), zh)
                if inj is None:
                    continue
                article = cleaned(inj.lines, fmt, title)
                left, lost = score(base, output_keys(article), inj, lines)
                s = results[fmt][kind]
                s.cases += 1
                s.injected += len(inj.copy_of) + len(inj.twins)
                s.left += len(left)
                s.lost += len(lost)
                short = {fold(t) for t in lines if length_units(t) < MIN_UNITS}
                for k in left:
                    s.why[f"left: {'short' if k in short else 'long'} block"] += 1
                rules = {fold(r.text): f"{r.reason.value}/{r.rule}" for r in article.removed}
                for k in lost:
                    s.why[f"lost: {rules.get(k, '?')}"] += 1
                if (left or lost) and len(s.examples) < 5:
                    s.examples.append(
                        f"{case.get('dataset')}/{case['id']}: left {len(left)}, lost {len(lost)}"
                    )
    return results


def republish(text: str, rng: random.Random) -> str:
    """The article as another site prints it: other script (Chinese), wide digits, its own boilerplate,
    one paragraph dropped (5+ paragraphs) and one clause added."""
    lines = [t for t in text.split("\n") if t.strip()]
    if len(lines) >= 5:
        del lines[rng.randrange(len(lines))]
    if lines:
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + ("，记者了解到。" if is_cjk_heavy(text) else " , a spokesperson said.")
    body = "\n".join(lines)
    if is_cjk_heavy(text):
        body = _S2T.convert(body) if rng.random() < 0.5 else _T2S.convert(body)
    body = body.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    head = rng.choice(["港聞網 即時新聞 首頁", "Valley Post | Home | World", "新闻中心 > 正文"])
    foot = rng.choice(
        ["本網站所有內容版權所有，未經授權不得轉載。", "Subscribe to our newsletter.", "责任编辑：王明"]
    )
    return f"{head}\n{body}\n{foot}"


def corpus_eval(cases: list[dict[str, object]]) -> dict[str, object]:
    rng = random.Random(SEED)
    items: list[tuple[str, str]] = []
    for case in cases:
        text = str(case.get("text") or "")
        if len(fold(text)) < 200:  # a few lines of text are not a story to deduplicate
            continue
        items.append((f"{case['id']}#orig", text))
        items.append((f"{case['id']}#copy", republish(text, rng)))
    rng.shuffle(items)
    t0 = time.perf_counter()
    groups = find_duplicates(items)
    elapsed = time.perf_counter() - t0
    found = 0
    false_groups = 0
    sims: list[float] = []
    for g in groups:
        stories = {str(k).split("#")[0] for k in g.keys}
        if len(stories) > 1:
            false_groups += 1
        for m in g.members[1:]:
            sims.append(m.similarity)
    story = {id(g): {str(k).split("#")[0] for k in g.keys} for g in groups}
    found = sum(1 for g in groups if len(story[id(g)]) == 1)
    # Memory per article: signatures and LSH buckets only (texts are not kept).
    tracemalloc.start()
    index = DuplicateIndex()
    before = tracemalloc.get_traced_memory()[0]
    for key, text in items:
        index.add(key, text)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # The similarity of a copy to its original, and the highest between two different stories (all
    # pairs of originals: fine for an evaluation, never done by find_duplicates).
    sig = {key: index._sigs[n] for n, key in enumerate(index._keys)}
    own = sorted(
        float(np.mean(sig[k] == sig[str(k).replace("#orig", "#copy")]))
        for k in sig
        if str(k).endswith("#orig") and len(sig[k])
    )
    origs = np.stack([sig[k] for k in sorted(sig, key=str) if str(k).endswith("#orig") and len(sig[k])])
    cross = 0.0
    for n in range(len(origs) - 1):
        cross = max(cross, float((origs[n + 1 :] == origs[n]).mean(axis=1).max()))
    return {
        "copy_similarity_min": own[0] if own else None,
        "copy_similarity_p05": own[len(own) // 20] if own else None,
        "different_stories_similarity_max": round(cross, 4),
        "articles": len(items),
        "stories": len(items) // 2,
        "stories_grouped_with_their_copy": found,
        "groups_mixing_stories": false_groups,
        "min_member_similarity": min(sims) if sims else None,
        "seconds": round(elapsed, 2),
        "bytes_per_article": round((after - before) / max(1, len(items))),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "data")
    p.add_argument("--limit", type=int, default=None, help="at most N articles per set")
    p.add_argument("--corpus", action="store_true", help="also evaluate find_duplicates")
    p.add_argument("--json", type=Path, help="write the figures as JSON")
    args = p.parse_args(argv)
    cases = load(args.data, args.limit)
    if not cases:
        print(f"no eval data under {args.data}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    results = page_eval(cases)
    out: dict[str, object] = {"articles": len(cases), "seconds": round(time.perf_counter() - t0, 1)}
    print(f"{len(cases)} articles")
    print(f"{'input':5} {'kind':18} {'cases':>6} {'injected':>9} {'left':>5} {'lost':>5}")
    for fmt, kinds in results.items():
        for kind, s in kinds.items():
            print(f"{fmt:5} {kind:18} {s.cases:6} {s.injected:9} {s.left:5} {s.lost:5}")
            out[f"{fmt}/{kind}"] = {"cases": s.cases, "injected": s.injected, "left": s.left, "lost": s.lost,
                                    "examples": s.examples, "why": dict(s.why)}  # fmt: skip
    for fmt, kinds in results.items():
        for kind, s in kinds.items():
            for ex in s.examples:
                print(f"  {fmt}/{kind}: {ex}")
            for why, n in sorted(s.why.items()):
                print(f"  {fmt}/{kind}: {why}: {n}")
    if args.corpus:
        c = corpus_eval(cases)
        out["corpus"] = c
        print("find_duplicates:", json.dumps(c))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
