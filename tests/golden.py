"""The normalized view of an Article that golden files hold (see fixtures/README.md).

Run ``python tests/golden.py fixtures/<case>`` to print the current view of a case next to its
golden, for review; goldens are edited by hand, never overwritten from output.
"""

from __future__ import annotations

import json
import pathlib
import sys
from typing import Any

from cleanarticle import Article


def normalized(article: Article) -> dict[str, Any]:
    d = article.to_dict()
    by_index = {b.index: b.text for b in article.blocks} | {r.index: r.text for r in article.removed}
    removed: list[list[str]] = []
    for r in article.removed:
        row = [r.reason.value, r.text]
        if r.twin is not None:
            row.append(by_index[r.twin])
        removed.append(row)
    return {
        "title": d["title"],
        "original_title": d["original_title"],
        "published": d["published"],
        "source": d["source"],
        "authors": d["authors"],
        "editors": d["editors"],
        "language": d["language"],
        "script": d["script"],
        "blocks": [[b.kind.value, b.text] for b in article.blocks],
        "removed": removed,
    }


def main(argv: list[str]) -> int:  # pragma: no cover - a review aid
    import cleanarticle

    for folder in map(pathlib.Path, argv):
        src = next(folder.glob("input.*")).read_bytes()
        got = normalized(cleanarticle.clean(src))
        want = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for key in want:
            if got.get(key) != want[key]:
                print(f"== {folder.name}: {key} differs")
                if isinstance(want[key], list):
                    for i, (g, w) in enumerate(zip(got[key], want[key], strict=False)):
                        if g != w:
                            print(f"  [{i}] got  {g}\n  [{i}] want {w}")
                    if len(got[key]) != len(want[key]):
                        print(f"  length: got {len(got[key])}, want {len(want[key])}")
                else:
                    print(f"  got  {got.get(key)!r}\n  want {want[key]!r}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
