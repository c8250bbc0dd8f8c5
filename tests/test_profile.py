"""Tests for SiteProfile (learning, merging, persistence) and the site_boilerplate stage."""

from __future__ import annotations

import json
import pathlib

import pytest

from cleanarticle import ProfileError, Reason, clean
from cleanarticle._errors import OptionError
from cleanarticle._fold import fold
from cleanarticle._profile import MIN_PAGES, SiteProfile, StripSiteBoilerplate

SITE = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "site_pages"

# The template lines of the invented site in fixtures/site_pages that the hand-written rules miss.
SITE_TEMPLATE = [
    "江城晚报网 | 让城市更温暖",
    "扫一扫，关注江城晚报视频号，精彩不断",
    "江城晚报数字报每天早上七点准时更新，欢迎订阅",
    "新闻热线：027-80000000 投稿邮箱：news@jcwb.example",
    "下载江城晚报客户端，看更多本地好新闻",
]
COMPANY_LINE = "瑞丰集团"
DATELINE = "本报讯"


def site_pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted(SITE.glob("page_*.txt"))]


def synthetic_pages(n: int, *, lead: str | None = None, roaming: str | None = None) -> list[str]:
    """``n`` text pages of one invented English site: header, optional lead, a story, a footer."""
    pages = []
    for i in range(n):
        story = [
            f"Story {i} paragraph {j}: the council met on day {i * 7 + j} to discuss item {i * 13 + j}, "
            f"and members voted {j + 3} to {i % 4} after a long debate about budget line {i * 31 + j}."
            for j in range(3 + i % 5)
        ]
        if roaming is not None:
            story.insert((i * 3) % len(story), roaming)
        lines = ["Riverside Courier — news for the valley", f"Headline number {i} for the valley"]
        if lead is not None:
            lines.append(lead)
        lines += story
        lines += ["Get the Courier app and never miss a story", "Riverside Courier, 12 Mill Road"]
        pages.append("\n".join(lines) + "\n")
    return pages


def test_profile_removes_site_template_the_rules_missed() -> None:
    """A profile learned on the site's pages removes header, footer, promo lines clean() alone keeps."""
    profile = SiteProfile().learn(site_pages())
    for page in site_pages():
        plain = {b.text for b in clean(page).blocks}
        with_profile = clean(page, profile=profile)
        kept = {b.text for b in with_profile.blocks}
        learned = {r.text for r in with_profile.removed if r.reason is Reason.SITE_BOILERPLATE}
        missed = {t for t in SITE_TEMPLATE if t in plain}
        assert missed, "the fixture must contain template lines the hand-written rules keep"
        assert missed == learned & missed
        assert set() == kept & set(SITE_TEMPLATE)


@pytest.mark.parametrize("text", [COMPANY_LINE, DATELINE])
def test_profile_keeps_news_that_recurs(text: str) -> None:
    """A company name standing alone in many stories and a standard dateline lead stay in the article."""
    profile = SiteProfile().learn(site_pages())
    assert False is profile.is_boilerplate(text)
    kept_on = [p for p in site_pages() if text in {b.text for b in clean(p, profile=profile).blocks}]
    assert len(kept_on) == sum(text in p.decode("utf-8").splitlines() for p in site_pages())


def test_profile_stage_marks_reason_and_stage() -> None:
    """The stage is named site_boilerplate and removes with reason site_boilerplate and rule learned."""
    profile = SiteProfile().learn(site_pages())
    removed = clean(site_pages()[0], profile=profile).removed
    hits = [r for r in removed if r.text == SITE_TEMPLATE[1]]
    assert [("site_boilerplate", Reason.SITE_BOILERPLATE, "learned")] == [
        (r.stage, r.reason, r.rule) for r in hits
    ]
    assert "site_boilerplate" == StripSiteBoilerplate(profile).name


@pytest.mark.parametrize("split", [1, 3, 4, 7])
def test_profile_merge_of_partitions_equals_learning_all(split: int) -> None:
    """Profiles learned on two partitions merge, in either order, to the profile learned on all pages."""
    pages = site_pages()
    whole = SiteProfile().learn(pages)
    left, right = SiteProfile().learn(pages[:split]), SiteProfile().learn(pages[split:])
    assert whole == left.merge(right)
    assert whole == right.merge(left)
    assert whole.to_json() == right.merge(left).to_json()


def test_profile_learning_is_incremental_and_order_free() -> None:
    """Learning in batches, one page at a time, or in reverse order gives the same profile."""
    pages = site_pages()
    whole = SiteProfile().learn(pages)
    batched = SiteProfile().learn(pages[:2]).learn(pages[2:5]).learn(pages[5:])
    single = SiteProfile()
    for p in reversed(pages):
        single.update(p)
    assert whole == batched
    assert whole == single
    assert len(pages) == whole.pages


def test_profile_merge_is_associative() -> None:
    """(a + b) + c equals a + (b + c) for profiles learned on three partitions."""
    pages = site_pages()
    a, b, c = (SiteProfile().learn(pages[i : i + 3]) for i in (0, 3, 6))
    assert a.merge(b).merge(c) == a.merge(b.merge(c))


def test_profile_json_round_trip(tmp_path: pathlib.Path) -> None:
    """A profile saved to JSON loads back equal, and decides the same."""
    profile = SiteProfile(min_pages=4).learn(site_pages())
    path = tmp_path / "profile.json"
    profile.save(path)
    loaded = SiteProfile.load(path)
    assert profile == loaded
    assert profile.boilerplate() == loaded.boilerplate()
    assert 1 == json.loads(path.read_text(encoding="utf-8"))["version"]
    assert profile == SiteProfile.from_json(profile.to_json())


def _valid() -> dict[str, object]:
    return json.loads(SiteProfile().learn(synthetic_pages(3)).to_json())


def _first_entry(d: dict[str, object]) -> dict[str, object]:
    blocks = d["blocks"]
    assert isinstance(blocks, dict)
    return blocks[sorted(blocks)[0]]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: "not json {",
        lambda d: json.dumps([1, 2]),
        lambda d: json.dumps({**d, "version": 99}),
        lambda d: json.dumps({**d, "pages": -1}),
        lambda d: json.dumps({**d, "pages": 0}),
        lambda d: json.dumps({**d, "blocks": []}),
        lambda d: json.dumps({**d, "min_share": 2.0}),
        lambda d: json.dumps({**d, "blocks": {"abc": {**_first_entry(d), "text": "—— ！"}}}),
        lambda d: json.dumps({**d, "blocks": {"x": "y"}}),
    ],
    ids=["not-json", "array", "version", "negative-pages", "too-few-pages", "blocks-list", "bad-share",
         "text-without-letters", "entry-not-object"],
)  # fmt: skip
def test_profile_rejects_malformed_json(mangle: object) -> None:
    """A malformed saved profile raises ProfileError with a message, never another exception."""
    assert callable(mangle)
    with pytest.raises(ProfileError):
        SiteProfile.from_json(mangle(_valid()))


def test_profile_rejects_bad_histogram() -> None:
    """A position bucket that is not a small non-negative integer is a ProfileError."""
    d = _valid()
    entry = _first_entry(d)
    entry["from_start"] = {"-3": 1}
    with pytest.raises(ProfileError):
        SiteProfile.from_dict(d)


def test_profile_needs_min_pages() -> None:
    """Below min_pages nothing is boilerplate, even a line on every page; at min_pages it is."""
    pages = synthetic_pages(MIN_PAGES)
    footer = "Get the Courier app and never miss a story"
    assert False is SiteProfile().learn(pages[:-1]).is_boilerplate(footer)
    assert True is SiteProfile().learn(pages).is_boilerplate(footer)


def test_profile_needs_a_large_share_of_pages() -> None:
    """A line on two of ten pages is not site boilerplate, however fixed its position."""
    pages = synthetic_pages(10)
    rare = "Editor's pick: the valley's best bakeries"
    footer = "Riverside Courier, 12 Mill Road"
    pages = [p.replace(footer, f"{rare}\n{footer}") if i < 2 else p for i, p in enumerate(pages)]
    profile = SiteProfile().learn(pages)
    assert False is profile.is_boilerplate(rare)
    assert True is profile.is_boilerplate("Riverside Courier, 12 Mill Road")


def test_profile_needs_a_stable_position() -> None:
    """A line on every page at a position that moves with the story is kept (a company name in the news)."""
    company = "Valley Mills Ltd"
    profile = SiteProfile().learn(synthetic_pages(10, roaming=company))
    assert False is profile.is_boilerplate(company)


@pytest.mark.parametrize(
    ("lead", "removed"),
    [
        ("本报讯", False),
        ("新华社北京电", False),
        ("（中央社台北電）", False),
        ("WASHINGTON (AP) —", False),
        ("Share this story with your friends", True),
    ],
)
def test_profile_keeps_standalone_datelines(lead: str, removed: bool) -> None:
    """A dateline at a fixed place on every page is kept; another fixed line there is removed."""
    profile = SiteProfile().learn(synthetic_pages(8, lead=lead))
    assert removed is profile.is_boilerplate(lead)


def test_profile_learns_from_html_pages() -> None:
    """HTML pages are learned from their parsed blocks; a promo inside the article container goes."""
    promo = "Love local news? Become a member for three dollars a month."
    pages = []
    for text in synthetic_pages(6):
        paras = "".join(f"<p>{line}</p>" for line in text.splitlines()[2:-2])
        pages.append(
            f"<html><head><title>Courier</title></head><body><div class='content'><h1>Headline</h1>"
            f"{paras}<p>{promo}</p></div></body></html>"
        )
    profile = SiteProfile().learn(pages)
    assert True is profile.is_boilerplate(promo)
    article = clean(pages[0], profile=profile)
    assert promo not in {b.text for b in article.blocks}
    assert promo in {r.text for r in article.removed if r.reason is Reason.SITE_BOILERPLATE}


def test_profile_keys_fold_script_and_width() -> None:
    """A template line printed in the other script or width on some pages counts as the same line."""
    pages = synthetic_pages(6)
    line = "扫一扫关注江城晚报视频号"
    variants = [line, "掃一掃關注江城晚報視頻號", "扫一扫，关注江城晚报视频号"]
    pages = [p + variants[i % 3] + "\n" for i, p in enumerate(pages)]
    assert True is SiteProfile().learn(pages).is_boilerplate("掃一掃關注江城晚報視頻號")


@pytest.mark.parametrize(
    "kwargs", [{"min_pages": 0}, {"min_share": 0}, {"min_share": 1.5}, {"min_pages": True}]
)
def test_profile_rejects_bad_options(kwargs: dict[str, object]) -> None:
    """Nonsense settings raise OptionError at construction."""
    with pytest.raises(OptionError):
        SiteProfile(**kwargs)  # type: ignore[arg-type]


def test_profile_clean_rejects_non_profile() -> None:
    """clean(profile=...) with something that is not a SiteProfile raises OptionError."""
    with pytest.raises(OptionError):
        clean("some text", profile={"blocks": {}})  # type: ignore[arg-type]


def test_profile_merge_rejects_different_settings() -> None:
    """Profiles with different thresholds cannot be merged silently."""
    with pytest.raises(OptionError):
        SiteProfile(min_pages=3).merge(SiteProfile(min_pages=4))


def test_profile_load_refolds_keys_of_an_older_fold() -> None:
    """Entry keys are recomputed from their texts on load, so a profile saved before ``fold`` learned
    an equivalence (the variant characters 锺/鍾) loads, with the now-equal entries merged."""
    d = _valid()
    entry = _first_entry(d)
    pages = d["pages"]
    assert isinstance(pages, int)
    old_keys = {
        "金锺国新闻网": {**entry, "text": "金锺国新闻网"},  # keys as an older fold wrote them
        "金钟国新闻网": {**entry, "text": "金鍾國新聞網"},
    }
    loaded = SiteProfile.from_json(json.dumps({**d, "blocks": old_keys}))
    blocks = loaded.to_dict()["blocks"]
    assert [fold("金锺国新闻网")] == list(blocks)
    assert min(2 * int(entry["pages"]), pages) == blocks[fold("金锺国新闻网")]["pages"]  # type: ignore[call-overload]
