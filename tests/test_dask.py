"""cleanarticle on Dask (docs/distributed.md): a bag of pages cleaned, a SiteProfile learned as a map and
a merge, duplicate articles grouped; the same results whatever the partitioning."""

from __future__ import annotations

import functools
import pickle
from collections.abc import Iterable

import pytest

import cleanarticle
from cleanarticle import Page, Result, clean, clean_many

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

needs_profile = pytest.mark.skipif(
    not hasattr(cleanarticle, "SiteProfile"), reason="SiteProfile not written yet"
)
needs_duplicates = pytest.mark.skipif(
    not hasattr(cleanarticle, "find_duplicates"), reason="find_duplicates not written yet"
)

FOOTER_EN = "Copyright Example Times. All rights reserved. Sign up for our newsletter."
# Two sites, each with its own navigation and footer around the article.
SITES = {
    "zh": (
        "<ul><li><a href='/'>首页</a></li><li><a href='/news'>新闻</a></li>"
        "<li><a href='/biz'>财经</a></li></ul>",
        "<p>版权所有 © 示例新闻网 未经授权禁止转载</p>",
    ),
    "en": (
        "<ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul>",
        f"<p>{FOOTER_EN}</p>",
    ),
}
STORIES = {
    "port": [
        "The harbour authority said on Monday that cargo volumes rose for the third month in a row.",
        "Dock workers unloaded more containers in March than in any month since the port opened in 1987.",
        "Officials credited a new rail link that carries goods inland without passing through the city.",
        "Shipping companies have asked for longer opening hours at the eastern terminal this summer.",
    ],
    "school": [
        "The town council approved a budget that adds twelve teachers to the primary schools next year.",
        "Parents had petitioned for smaller classes after enrolment grew by a fifth over two years.",
        "The plan is paid for by a small rise in property tax that takes effect in January.",
        "Two councillors voted against it, saying the library service would lose part of its funding.",
    ],
    "rail": [
        "泉州市今年新开工的铁路项目达到十二个，总投资超过三百亿元，创历史新高。",
        "市发改委负责人表示，新线路将连接港口与内陆工业园区，缩短货物运输时间。",
        "项目建设期间，当地政府将优先安排本地企业参与配套工程，带动就业。",
        "预计到二零二五年底，全市铁路运营里程将比二零二零年增加一半以上。",
    ],
}


def site_page(site: str, story: str, extra: str) -> str:
    nav, footer = SITES[site]
    body = "".join(f"<p>{s}</p>" for s in STORIES[story]) + f"<p>{extra}</p>"
    return f"<html><body><nav>{nav}</nav><article>{body}</article><footer>{footer}</footer></body></html>"


def corpus() -> list[Page]:
    """Eight pages: three stories, each republished by both sites, plus two one-off pages."""
    items = [
        ("en", "port", "Reporting by the business desk."),
        ("zh", "rail", "记者 王明 报道。"),
        ("en", "school", "The council meets again in June."),
        ("zh", "port", "Republished with permission."),
        ("en", "rail", "转载自示例新闻网。"),
        ("zh", "school", "This article first appeared in the Example Times."),
    ]
    pages = [
        Page(site_page(*item), url=f"http://{item[0]}.example/{n}", key=f"p{n}")
        for n, item in enumerate(items)
    ]
    pages.append(
        Page(
            "<html><body><p>A short note about the weather today, sunny and mild.</p></body></html>", key="p6"
        )
    )
    pages.append(Page("<html><body><p>今天天气晴朗，适合外出散步。</p></body></html>", key="p7"))
    return pages


@pytest.fixture(scope="module")
def client():
    """A small in-process cluster: two workers of one thread each."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


# --------------------------------------------------------------------------- the functions of the docs


def clean_partition(pages: Iterable[Page]) -> list[Result]:
    """Clean one partition; a failing page is a failed Result, never a failed task."""
    return list(clean_many(pages))


def key_and_text(result: Result) -> tuple[str, str]:
    return result.key, result.article.text if result.article is not None else ""


def learn_partition(pages: Iterable[Page]) -> cleanarticle.SiteProfile:
    return cleanarticle.SiteProfile().learn(page.data for page in pages)


def merge_profiles(profiles: Iterable[cleanarticle.SiteProfile]) -> cleanarticle.SiteProfile:
    return functools.reduce(lambda a, b: a.merge(b), profiles)


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("npartitions", [1, 3])
def test_dask_bag_cleans_pages_in_order(client, npartitions):
    """A bag of pages cleaned partition by partition gives clean()'s articles, in input order."""
    pages = corpus()
    results = db.from_sequence(pages, npartitions=npartitions).map_partitions(clean_partition).compute()
    assert [p.key for p in pages] == [r.key for r in results]
    assert [clean(p.data, url=p.url).text for p in pages] == [r.article.text for r in results]


@needs_profile
def test_dask_site_profile_is_the_same_whatever_the_partitioning(client):
    """Profiles learned per partition and merged pairwise equal one profile learned from every page."""
    extras = ("Reporting by the news desk.", "Additional reporting by our correspondents.")
    pages = [Page(site_page("en", story, extra)) for story in STORIES for extra in extras]
    whole = cleanarticle.SiteProfile().learn(p.data for p in pages)
    assert whole.is_boilerplate(FOOTER_EN)
    assert not whole.is_boilerplate(STORIES["port"][0])
    for npartitions in (1, 3):
        bag = db.from_sequence(pages, npartitions=npartitions)
        merged = bag.reduction(learn_partition, merge_profiles, split_every=2).compute()
        assert whole == merged
    assert whole == pickle.loads(pickle.dumps(whole))  # it can travel between worker processes


@needs_duplicates
def test_dask_duplicate_groups_are_the_same_whatever_the_partitioning(client):
    """Cleaned in a bag and grouped in one task, the duplicate groups match find_duplicates on the list,
    and each republished story is one group."""
    pages = corpus()
    expected = cleanarticle.find_duplicates(key_and_text(r) for r in clean_many(pages))
    found = []
    for npartitions in (1, 3):
        pairs = (
            db.from_sequence(pages, npartitions=npartitions).map_partitions(clean_partition).map(key_and_text)
        )
        found.append(dask.delayed(cleanarticle.find_duplicates)(pairs).compute())
    assert [expected, expected] == found
    assert [["p0", "p3"], ["p1", "p4"], ["p2", "p5"]] == [g.keys for g in expected]
