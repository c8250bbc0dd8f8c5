"""Tests for the corpus command-line entry points: learn-profile and dedup."""

from __future__ import annotations

import json
import pathlib
import shutil

import pytest

from cleanarticle import SiteProfile
from cleanarticle._cli_corpus import EXIT_INPUT, EXIT_OK, EXIT_USAGE, dedup_main, learn_profile_main

SITE = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "site_pages"

STORY = (
    "江城地铁12号线昨日实现全线贯通，标志着这条环线工程进入轨道铺设和设备安装阶段。"
    "12号线全长59.9公里，共设车站37座，其中换乘站24座，是江城首条环形地铁线路。"
    "施工单位介绍，穿越长江段是全线难度最大的部分，盾构机在江底连续掘进了四个月。"
)
OTHER = (
    "今年江城计划改造老旧小区三百个，涉及居民十二万户，改造内容包括加装电梯和更新管网。"
    "市住建局表示，改造将坚持居民自愿原则，先征求意见再定方案，做到一区一策。"
)


def test_cli_corpus_learn_profile_writes_a_profile(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """learn-profile reads every page of the folder and writes a loadable profile that knows the footer."""
    out = tmp_path / "profile.json"
    assert EXIT_OK == learn_profile_main([str(SITE), "-o", str(out)])
    profile = SiteProfile.load(out)
    assert 8 == profile.pages
    assert True is profile.is_boilerplate("扫一扫，关注江城晚报视频号，精彩不断")
    assert "learned from 8 pages" in capsys.readouterr().err


def test_cli_corpus_learn_profile_min_pages(tmp_path: pathlib.Path) -> None:
    """--min-pages above the number of pages gives a profile that removes nothing."""
    out = tmp_path / "p.json"
    assert EXIT_OK == learn_profile_main([str(SITE), "-o", str(out), "--min-pages", "20"])
    assert [] == SiteProfile.load(out).boilerplate()


def test_cli_corpus_learn_profile_several_dirs(tmp_path: pathlib.Path) -> None:
    """Pages from two folders are learned as one site, in the order of the folders."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for i, page in enumerate(sorted(SITE.glob("page_*.txt"))):
        shutil.copy(page, (a if i < 4 else b) / page.name)
    out = tmp_path / "p.json"
    assert EXIT_OK == learn_profile_main([str(a), str(b), "-o", str(out)])
    assert SiteProfile.load(out) == SiteProfile().learn(
        p.read_bytes() for p in sorted(SITE.glob("page_*.txt"))
    )


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["{missing}", "-o", "{out}"], EXIT_INPUT, "not a folder"),
        (["{empty}", "-o", "{out}"], EXIT_INPUT, "no pages found"),
        (["{site}"], EXIT_USAGE, "-o"),
        (["{site}", "-o", "{out}", "--min-pages", "0"], EXIT_USAGE, "min_pages"),
        (["{site}", "-o", "{empty}/no/such/dir/p.json"], EXIT_INPUT, "cannot write"),
    ],
)
def test_cli_corpus_learn_profile_errors(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    """Unreadable folders, empty folders and wrong usage give exit 1 or 2 with a clear message."""
    empty = tmp_path / "empty"
    empty.mkdir()
    values = {
        "missing": str(tmp_path / "nope"),
        "empty": str(empty),
        "out": str(tmp_path / "p.json"),
        "site": str(SITE),
    }
    assert code == learn_profile_main([a.format(**values) for a in argv])
    assert message in capsys.readouterr().err


def _write_jsonl(path: pathlib.Path, rows: list[object]) -> None:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    )


def test_cli_corpus_dedup_prints_groups(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    """dedup reads JSON lines (id or url keys) and prints one JSON line per group with similarities."""
    src = tmp_path / "a.jsonl"
    _write_jsonl(
        src,
        [
            {"id": "one", "text": STORY},
            {"url": "https://b.example/2", "text": OTHER},
            {"url": "https://c.example/3", "text": "港聞網\n" + STORY + "\n版權所有"},
        ],
    )
    assert EXIT_OK == dedup_main([str(src)])
    lines = capsys.readouterr().out.splitlines()
    groups = [json.loads(line) for line in lines]
    assert [1] == [g["group"] for g in groups]
    assert ["one", "https://c.example/3"] == [m["key"] for m in groups[0]["members"]]
    assert 1.0 == groups[0]["members"][0]["similarity"]


def test_cli_corpus_dedup_skips_bad_lines(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed line is reported with its line number, the rest still grouped, exit code 1."""
    src = tmp_path / "a.jsonl"
    _write_jsonl(src, [{"id": "a", "text": STORY}, "{not json", {"id": "x"}, {"id": "b", "text": STORY}])
    assert EXIT_INPUT == dedup_main([str(src)])
    captured = capsys.readouterr()
    assert ":2: skipped" in captured.err
    assert ":3: skipped" in captured.err
    assert [["a", "b"]] == [[m["key"] for m in json.loads(x)["members"]] for x in captured.out.splitlines()]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["{dir}/missing.jsonl"], EXIT_INPUT, "cannot read"),
        (["{dir}/a.jsonl", "--threshold", "1.5"], EXIT_USAGE, "threshold"),
        (["{dir}/a.jsonl", "--threshold", "high"], EXIT_USAGE, "invalid float"),
        ([], EXIT_USAGE, "FILE.jsonl"),
    ],
)
def test_cli_corpus_dedup_errors(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    """A missing file exits 1; a bad threshold or missing argument exits 2; each with a message."""
    _write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STORY}])
    assert code == dedup_main([a.format(dir=tmp_path) for a in argv])
    assert message in capsys.readouterr().err
