"""Hypothesis properties over generated pages: no exception, conservation, determinism, idempotence,
and the same structure in both Chinese scripts.

CI runs the ``cleanarticle-ci`` profile (derandomized, so every run sees the same examples); set
``CLEANARTICLE_HYPOTHESIS=long`` for the ``cleanarticle-long`` fuzzing profile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opencc import OpenCC  # type: ignore[import-untyped]

import cleanarticle
from cleanarticle import Article

settings.register_profile(
    "cleanarticle-ci",
    derandomize=True,
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "cleanarticle-long",
    derandomize=False,
    max_examples=5_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(
    "cleanarticle-long" if os.environ.get("CLEANARTICLE_HYPOTHESIS") == "long" else "cleanarticle-ci"
)

_S2T = OpenCC("s2t")
_T2S = OpenCC("t2s")

# Realistic parts, written in Simplified Chinese and English; Traditional versions come from OpenCC.
ZH_SENTENCES = (
    "国务院今天发布通知，要求各地加强安全生产工作。",
    "记者从市教育局获悉，今年全市新增学位一万二千个。",
    "专家表示，这一政策将有助于稳定市场预期，促进经济发展。",
    "据介绍，该项目总投资约三十亿元，预计明年年底建成。",
    "会议强调，要坚持以人民为中心的发展思想。",
    "当天下午，数百名市民来到广场参加活动。",
)
EN_SENTENCES = (
    "The council voted on Tuesday to approve the new budget.",
    "Officials said the bridge would reopen next month after repairs.",
    "Prices rose by 3 percent in March, according to the statistics office.",
    "Residents gathered in the square on Saturday afternoon.",
)
HEADINGS = ("经济新闻", "国际要闻", "专家解读", "Market report", "What happens next")
NAV_ITEMS = ("首页", "新闻", "国内", "国际", "财经", "体育", "Home", "World", "Business")
FOOTERS = (
    "版权所有 © 2024 某某网 All rights reserved.",
    "Copyright © 2024 Example News",
    "（完）",
    "【责任编辑：李强】",
)


@dataclass(frozen=True)
class Part:
    """One piece of a generated page: a kind and its text lines."""

    kind: str  # heading, paragraph, links, footer, table
    lines: tuple[str, ...]


def _paragraph(draw: st.DrawFn) -> Part:
    lang = draw(st.sampled_from(("zh", "en", "mixed")))
    pool = ZH_SENTENCES if lang == "zh" else EN_SENTENCES if lang == "en" else ZH_SENTENCES + EN_SENTENCES
    sentences = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4))
    sep = "" if lang == "zh" else " "
    return Part("paragraph", (sep.join(sentences),))


@st.composite
def parts(draw: st.DrawFn) -> Part:
    """A heading, paragraph, link list, footer line or table."""
    kind = draw(
        st.sampled_from(("heading", "paragraph", "paragraph", "paragraph", "links", "footer", "table"))
    )
    if kind == "paragraph":
        return _paragraph(draw)
    if kind == "heading":
        return Part("heading", (draw(st.sampled_from(HEADINGS)),))
    if kind == "links":
        items = draw(st.lists(st.sampled_from(NAV_ITEMS), min_size=2, max_size=8))
        return Part("links", tuple(items))
    if kind == "footer":
        return Part("footer", (draw(st.sampled_from(FOOTERS)),))
    rows = draw(st.lists(st.tuples(st.sampled_from(NAV_ITEMS), st.integers(0, 999)), min_size=1, max_size=4))
    return Part("table", tuple(f"{name} {n}" for name, n in rows))


@st.composite
def pages(draw: st.DrawFn) -> list[Part]:
    """A page: a list of parts, sometimes with a run of it repeated (a page printed twice)."""
    body = draw(st.lists(parts(), min_size=0, max_size=14))
    if body and draw(st.booleans()):
        start = draw(st.integers(0, len(body) - 1))
        end = draw(st.integers(start + 1, len(body)))
        body = body[:end] + body[start:end] + body[end:]
    return body


def render_html(page: list[Part], broken: bool) -> str:
    """The page as HTML; ``broken`` leaves end tags out and cuts the last tag in half."""
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>页面</title></head><body>"]
    for part in page:
        if part.kind == "heading":
            out.append(f"<h2>{part.lines[0]}</h2>")
        elif part.kind == "paragraph":
            out.append(f"<p>{part.lines[0]}" + ("" if broken else "</p>"))
        elif part.kind == "links":
            items = "".join(
                f"<li><a href='/{i}'>{t}</a>" + ("" if broken else "</li>") for i, t in enumerate(part.lines)
            )
            out.append(f"<ul class='nav'>{items}</ul>")
        elif part.kind == "footer":
            out.append(f"<div class='footer'>{part.lines[0]}</div>")
        else:
            rows = "".join(f"<tr><td>{line}</td></tr>" for line in part.lines)
            out.append(f"<table>{rows}</table>")
    html = "".join(out) + "</body></html>"
    return html[:-9] + "<div cla" if broken else html


def render_text(page: list[Part]) -> str:
    """The page as a crawler's text dump: one line per part line."""
    return "\n".join(line for part in page for line in part.lines)


def _indexes(article: Article) -> list[int]:
    return sorted([b.index for b in article.blocks] + [r.index for r in article.removed])


def _structure(article: Article) -> tuple[object, ...]:
    return (
        tuple(b.kind for b in article.blocks),
        tuple(sorted(r.reason.value for r in article.removed)),
    )


@settings(PROFILE)
@given(pages(), st.booleans())
def test_properties_html_conservation_and_determinism(page: list[Part], broken: bool) -> None:
    """Every HTML block is kept or removed exactly once, and cleaning twice gives the same article."""
    html = render_html(page, broken)
    article = cleanarticle.clean(html)
    assert list(range(len(_indexes(article)))) == _indexes(article)
    assert article.to_json() == cleanarticle.clean(html).to_json()
    held = {b.text for b in article.blocks} | {r.text for r in article.removed}
    for part in page:
        if part.kind in ("paragraph", "heading"):
            assert part.lines[0] in held


@settings(PROFILE)
@given(pages(), st.sampled_from(("\n", "\r\n", "\n\n", "\n\t", "\f")))
def test_properties_text_conservation_of_lines(page: list[Part], newline: str) -> None:
    """For a text dump, every non-empty input line is the text of exactly one block, kept or removed."""
    text = render_text(page).replace("\n", newline)
    article = cleanarticle.clean(text, input_format="text")
    assert list(range(len(_indexes(article)))) == _indexes(article)
    expected = sorted(" ".join(line.split()) for line in text.splitlines() if line.strip())
    assert expected == sorted([b.text for b in article.blocks] + [r.text for r in article.removed])


@settings(PROFILE)
@given(pages(), st.booleans(), st.booleans())
def test_properties_idempotence(page: list[Part], as_html: bool, broken: bool) -> None:
    """Cleaning an article's own text again, as text, gives the same text."""
    source = render_html(page, broken) if as_html else render_text(page)
    article = cleanarticle.clean(source)
    assert article.text == cleanarticle.clean(article.text, input_format="text").text


@settings(PROFILE)
@given(pages(), st.booleans(), st.sampled_from(("s2t", "t2s")))
def test_properties_same_structure_in_both_chinese_scripts(
    page: list[Part], as_html: bool, direction: str
) -> None:
    """A page converted to the other Chinese script keeps the same kept kinds and removal reasons."""
    source = render_html(page, broken=False) if as_html else render_text(page)
    if direction == "t2s":
        source = str(_S2T.convert(source))
    converted = str((_S2T if direction == "s2t" else _T2S).convert(source))
    assert _structure(cleanarticle.clean(source)) == _structure(cleanarticle.clean(converted))
