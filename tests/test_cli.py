"""The command line: formats, several paths, standard input, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types

import pytest

from cleanarticle._cli import Progress, main


def test_cli_json_on_seed(capsys, seed_text, tmp_path):
    """JSON output of the seed page carries its title and 40 body blocks."""
    path = tmp_path / "page.txt"
    path.write_bytes(seed_text)
    assert 0 == main([str(path)])
    out = json.loads(capsys.readouterr().out)
    assert "泉州“項目攻堅2018”:踔厲奮發 泉州趕超" == out["title"]
    assert 40 == len(out["blocks"])


@pytest.mark.parametrize("fmt,start", [("text", "泉州“項目攻堅2018”"), ("markdown", "# 泉州")])
def test_cli_formats(capsys, seed_text, tmp_path, fmt, start):
    """Text and Markdown output start with the title."""
    path = tmp_path / "page.txt"
    path.write_bytes(seed_text)
    assert 0 == main([str(path), "--format", fmt])
    assert capsys.readouterr().out.startswith(start)


def test_cli_missing_file_exit_code(capsys, tmp_path):
    """A missing file is reported on stderr with exit code 1; the other paths are still cleaned."""
    good = tmp_path / "good.html"
    good.write_text("<p>Una frase completa, con puntuación y sentido.</p>", encoding="utf-8")
    status = main([str(tmp_path / "missing.html"), str(good)])
    captured = capsys.readouterr()
    assert 1 == status
    assert "missing.html" in captured.err
    assert 1 == len(captured.out.strip().splitlines())


def test_cli_bad_usage_exit_code(capsys):
    """An unknown format is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as e:
        main(["x", "--format", "pdf"])
    assert 2 == e.value.code


def test_cli_module_reads_stdin(seed_text):
    """python -m cleanarticle - reads the page from standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "cleanarticle", "-", "--format", "text"],
        input=seed_text,
        capture_output=True,
        check=True,
    )
    assert proc.stdout.decode("utf-8").startswith("泉州“項目攻堅2018”")


# --------------------------------------------------------------------------- many pages

EN_PAGE = (
    "<html><body><p>The council approved the new budget for the town schools on {day}.</p></body></html>"
)
ZH_PAGE = "<html><body><p>这是第{n}篇文章的一个完整句子，用于测试命令行。</p></body></html>"


def write_pages(folder, count: int = 3) -> list[str]:
    """Write ``count`` small pages named p0.html, p1.html, ... and return their paths."""
    paths = []
    for n in range(count):
        path = folder / f"p{n}.html"
        page = EN_PAGE.format(day=f"day {n}") if n % 2 else ZH_PAGE.format(n=n)
        path.write_text(page, encoding="utf-8")
        paths.append(str(path))
    return paths


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_cli_directory_gives_json_lines_with_keys(capsys, tmp_path):
    """A directory is cleaned page by page into JSON lines, one article per line with its key, sorted."""
    paths = write_pages(tmp_path, 3)
    assert 0 == main([str(tmp_path)])
    records = json_lines(capsys.readouterr().out)
    assert paths == [r["key"] for r in records]
    assert "这是第0篇文章的一个完整句子，用于测试命令行。" == records[0]["text"]


def test_cli_several_inputs_and_glob(capsys, tmp_path):
    """Several inputs, here a file and a glob, are written as JSON lines in input order."""
    paths = write_pages(tmp_path, 3)
    assert 0 == main([paths[2], f"{tmp_path}/p[01].html"])
    assert [paths[2], paths[0], paths[1]] == [r["key"] for r in json_lines(capsys.readouterr().out)]


def test_cli_jsonl_flag_on_one_page(capsys, tmp_path):
    """--jsonl writes a single page as one JSON line with its key; without it the article JSON has none."""
    (path,) = write_pages(tmp_path, 1)
    assert 0 == main([path, "--jsonl"])
    (record,) = json_lines(capsys.readouterr().out)
    assert path == record["key"]
    assert 0 == main([path])
    assert "key" not in json.loads(capsys.readouterr().out)


def test_cli_jsonl_input(capsys, tmp_path):
    """A .jsonl input is read line by line; its URLs reach the articles; field names are configurable."""
    path = tmp_path / "crawl.jsonl"
    lines = [{"link": "http://a/1", "body": EN_PAGE.format(day="Monday")}, {"link": "http://a/2", "body": ""}]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    assert 0 == main([str(path), "--url-field", "link", "--content-field", "body"])
    records = json_lines(capsys.readouterr().out)
    assert [f"{path}:1", f"{path}:2"] == [r["key"] for r in records]
    assert ["http://a/1", "http://a/2"] == [r["url"] for r in records]


def test_cli_jsonl_from_stdin():
    """--input-kind jsonl reads JSON lines from standard input."""
    line = json.dumps({"url": "http://a/1", "html": EN_PAGE.format(day="Friday")}) + "\n"
    proc = subprocess.run(
        [sys.executable, "-m", "cleanarticle", "-", "--input-kind", "jsonl"],
        input=line.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    (record,) = json_lines(proc.stdout.decode("utf-8"))
    assert ("<stdin>:1", "http://a/1") == (record["key"], record["url"])
    assert b"" == proc.stderr  # no progress line when stderr is not a terminal


def test_cli_warc_input(capsys, tmp_path):
    """A .warc.gz input gives one JSON line per HTML response, with the record's URL."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    body = ZH_PAGE.format(n=1).encode("gb18030")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=gb18030")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "http://zh.example/1", "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
        writer.write_record(record)
    assert 0 == main([str(path)])
    (record_out,) = json_lines(capsys.readouterr().out)
    assert ("http://zh.example/1", f"{path}@0") == (record_out["url"], record_out["key"])
    assert "这是第1篇文章的一个完整句子，用于测试命令行。" == record_out["text"]


def test_cli_output_file(capsys, tmp_path):
    """-o writes the output to a file (UTF-8) and nothing to standard output."""
    write_pages(tmp_path / "", 2)
    out = tmp_path / "out" / "articles.jsonl"
    out.parent.mkdir()
    assert 0 == main([f"{tmp_path}/*.html", "-o", str(out)])
    assert "" == capsys.readouterr().out
    assert 2 == len(json_lines(out.read_text(encoding="utf-8")))


def test_cli_unwritable_output_exit_code(capsys, tmp_path):
    """An output file that cannot be created is exit code 4."""
    (path,) = write_pages(tmp_path, 1)
    assert 4 == main([path, "-o", str(tmp_path / "no" / "such" / "dir" / "x.json")])
    assert "cannot write" in capsys.readouterr().err


def test_cli_workers_give_the_same_output(capsys, tmp_path):
    """--workers 2 writes exactly what --workers 1 writes."""
    write_pages(tmp_path, 6)
    assert 0 == main([str(tmp_path), "--workers", "1"])
    one = capsys.readouterr().out
    assert 0 == main([str(tmp_path), "--workers", "2"])
    assert one == capsys.readouterr().out


def test_cli_cleaning_failure_exit_code(capsys, tmp_path, monkeypatch):
    """A page on which cleaning raises is reported on stderr with its key, exit code 3; others are written."""
    import cleanarticle._batch as batch

    real_clean = batch.clean

    def flaky_clean(source, **kwargs):
        if isinstance(source, bytes) and b"BOOM" in source:
            raise RuntimeError("bug on purpose")
        return real_clean(source, **kwargs)

    monkeypatch.setattr(batch, "clean", flaky_clean)
    paths = write_pages(tmp_path, 2)
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"<p>BOOM</p>")
    assert 3 == main([paths[0], str(bad), str(tmp_path / "missing.html"), paths[1]])
    captured = capsys.readouterr()
    assert [paths[0], paths[1]] == [r["key"] for r in json_lines(captured.out)]
    assert f"cleanarticle: {bad}: RuntimeError: bug on purpose" in captured.err.splitlines()
    assert f"{tmp_path / 'missing.html'}: cannot read" in captured.err


@pytest.mark.parametrize(
    "args,message",
    [
        (["a.html", "b.html", "--url", "http://a/"], "--url applies to a single page"),
        (["a.html", "--jsonl", "--format", "text"], "--jsonl writes JSON"),
        (["a.html", "b.html", "--indent", "2"], "--indent applies to a single page"),
        (["a.html", "--workers", "-1"], "--workers must be"),
    ],
)
def test_cli_usage_errors(capsys, args, message):
    """Options that do not fit the inputs are usage errors (exit 2) with a message."""
    assert 2 == main(args)
    assert message in capsys.readouterr().err


def test_cli_url_option_reaches_the_article(capsys, tmp_path):
    """--url with one page is the article's URL."""
    (path,) = write_pages(tmp_path, 1)
    assert 0 == main([path, "--url", "http://zh.example/a"])
    assert "http://zh.example/a" == json.loads(capsys.readouterr().out)["url"]


class FakeTerminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal,flag,shown", [(True, [], True), (False, [], False), (True, ["-q"], False),
                                                 (False, ["--progress", "on"], True)])  # fmt: skip
def test_cli_progress_only_on_a_terminal(capsys, tmp_path, monkeypatch, terminal, flag, shown):
    """The progress line goes to stderr when it is a terminal (or --progress on), never with -q or piped."""
    write_pages(tmp_path, 2)
    err = FakeTerminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    assert 0 == main([str(tmp_path), *flag])
    assert shown == ("2 pages, 0 failed" in err.getvalue())
    assert 2 == len(capsys.readouterr().out.splitlines())


def test_cli_progress_messages_clear_the_line():
    """A message printed while the progress line is shown clears it first and redraws it after."""
    clock = iter([0.0, 1.0, 2.0, 3.0])
    err = io.StringIO()
    progress = Progress(err, True, clock=lambda: next(clock))
    progress.update(True)
    progress.message("cleanarticle: x: cannot read")
    assert "\r\x1b[K1 pages, 0 failed, 1.0 pages/s\r\x1b[Kcleanarticle: x: cannot read\n" in err.getvalue()


@pytest.mark.parametrize("command,func", [("dedup", "dedup_main"), ("learn-profile", "learn_profile_main")])
def test_cli_subcommands_dispatch(monkeypatch, command, func):
    """`cleanarticle dedup …` and `cleanarticle learn-profile …` hand the rest of argv to _cli_corpus."""
    calls: list[tuple[str, list[str]]] = []
    fake = types.ModuleType("cleanarticle._cli_corpus")
    for name in ("dedup_main", "learn_profile_main"):
        setattr(fake, name, lambda argv, name=name: calls.append((name, list(argv))) or 7)
    monkeypatch.setitem(sys.modules, "cleanarticle._cli_corpus", fake)
    assert 7 == main([command, "in.jsonl", "-o", "out.json"])
    assert [(func, ["in.jsonl", "-o", "out.json"])] == calls


def test_cli_subcommand_missing_module(capsys, monkeypatch):
    """Without the corpus commands module, a subcommand is a usage error with a message."""
    monkeypatch.setitem(sys.modules, "cleanarticle._cli_corpus", None)
    assert 2 == main(["dedup", "x.jsonl"])
    assert "the dedup command is not available" in capsys.readouterr().err


def test_cli_file_named_like_a_subcommand(capsys, tmp_path, monkeypatch):
    """A page file literally named `dedup` is cleaned when given as ./dedup."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dedup").write_text(EN_PAGE.format(day="Sunday"), encoding="utf-8")
    assert 0 == main(["./dedup", "--format", "text"])
    assert "Sunday" in capsys.readouterr().out
