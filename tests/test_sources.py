"""Page readers: files, directories, globs, JSON lines and WARC files."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from cleanarticle import OptionError
from cleanarticle import _sources as sources
from cleanarticle._batch import Page, clean_many
from cleanarticle._sources import expands, iter_jsonl, iter_pages, iter_warc, kind_of, parse_content_type

ZH_PAGE = "<html><body><p>这是一个完整的句子，用于测试网页归档的读取。</p></body></html>"
EN_PAGE = (
    "<html><body><p>The council approved the new budget for the town schools on Monday.</p></body></html>"
)
# cp1252 bytes without a declared charset: the text depends on the charset the server gave.
LATIN_BODY = "<html><body><p>Ceci est une phrase complète pour le café du coin, très bien.</p></body></html>"


def keys(pages: list[Page]) -> list[str | None]:
    return [p.key for p in pages]


# --------------------------------------------------------------------------- files, folders, globs


def test_sources_file_and_missing_file(tmp_path):
    """A file is one page keyed by its path; a missing one is a failed page with the OS reason."""
    good = tmp_path / "a.html"
    good.write_bytes(b"<p>x</p>")
    pages = list(iter_pages([good, tmp_path / "missing.html"]))
    assert [str(good), str(tmp_path / "missing.html")] == keys(pages)
    assert (b"<p>x</p>", None) == (pages[0].data, pages[0].error)
    assert pages[1].error is not None and pages[1].error.startswith("cannot read: ")


def test_sources_directory_is_recursive_sorted_and_filtered(tmp_path):
    """A directory gives its page files at any depth in sorted order, skipping hidden and other files."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["b/2.htm", "b/1.html", "a.txt", "c.HTML", "logo.png", "notes", ".hidden.html", ".git/x.html"]:
        (tmp_path / rel).write_text("<p>x</p>", encoding="utf-8")
    pages = list(iter_pages([tmp_path]))
    expected = [tmp_path / "a.txt", tmp_path / "b" / "1.html", tmp_path / "b" / "2.htm", tmp_path / "c.HTML"]
    assert [str(p) for p in expected] == keys(pages)


def test_sources_directory_reads_jsonl_inside(tmp_path):
    """A JSON lines file inside a directory is read line by line, not as one page."""
    (tmp_path / "pages.jsonl").write_text(
        json.dumps({"url": "http://a/1", "html": EN_PAGE}) + "\n" + json.dumps({"html": ZH_PAGE}) + "\n",
        encoding="utf-8",
    )
    pages = list(iter_pages([tmp_path]))
    assert [f"{tmp_path / 'pages.jsonl'}:1", f"{tmp_path / 'pages.jsonl'}:2"] == keys(pages)
    assert [EN_PAGE, ZH_PAGE] == [p.data for p in pages]


def test_sources_glob_matches_sorted_files(tmp_path):
    """A glob gives the matching files in sorted order; ** descends into folders."""
    (tmp_path / "sub").mkdir()
    for rel in ["z.html", "a.html", "sub/m.html", "x.txt"]:
        (tmp_path / rel).write_text("<p>x</p>", encoding="utf-8")
    assert [str(tmp_path / "a.html"), str(tmp_path / "z.html")] == keys(
        list(iter_pages([f"{tmp_path}/*.html"]))
    )
    deep = keys(list(iter_pages([f"{tmp_path}/**/*.html"])))
    assert [str(tmp_path / n) for n in ["a.html", "sub/m.html", "z.html"]] == deep


def test_sources_glob_without_match_is_a_failed_page(tmp_path):
    """A pattern that matches nothing is reported, not silently empty."""
    (page,) = iter_pages([f"{tmp_path}/*.nothing"])
    assert "no file matches this pattern" == page.error


def test_sources_existing_file_with_glob_characters_is_a_file(tmp_path):
    """A file literally named with [ ] is read as that file, not as a pattern."""
    path = tmp_path / "page[1].html"
    path.write_bytes(b"<p>x</p>")
    (page,) = iter_pages([path])
    assert (str(path), b"<p>x</p>") == (page.key, page.data)


def test_sources_page_larger_than_limit_is_not_read(tmp_path, monkeypatch):
    """A page over MAX_PAGE_BYTES is a failed page instead of being held in memory."""
    monkeypatch.setattr(sources, "MAX_PAGE_BYTES", 10)
    path = tmp_path / "big.html"
    path.write_bytes(b"x" * 11)
    (page,) = iter_pages([path])
    assert "page larger than 10 bytes, not read" == page.error


@pytest.mark.parametrize(
    "path,kind",
    [("a.html", "page"), ("a.JSONL", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.ndjson", "jsonl"),
     ("crawl.warc.gz", "warc"), ("crawl.warc", "warc"), ("old.arc.gz", "warc"), ("dump", "page")],
)  # fmt: skip
def test_sources_kind_from_name(path, kind):
    """The kind of a file is told by its name."""
    assert kind == kind_of(path)


def test_sources_expands(tmp_path):
    """Directories, patterns, JSON lines and WARC files may hold many pages; a page file or - does not."""
    (tmp_path / "one.html").write_bytes(b"")
    assert [True, True, True, True, False, False, True] == [
        expands(str(tmp_path)),
        expands(f"{tmp_path}/*.html"),
        expands("x.jsonl"),
        expands("x.warc.gz"),
        expands(str(tmp_path / "one.html")),
        expands("-"),
        expands("-", "jsonl"),
    ]


def test_sources_unknown_kind_raises():
    """An unknown kind is an OptionError."""
    with pytest.raises(OptionError):
        list(iter_pages(["x"], kind="pdf"))


# --------------------------------------------------------------------------- JSON lines


def test_sources_jsonl_fields_keys_and_bad_lines(tmp_path):
    """Each line is a page from the first content field present; blank lines are skipped and bad lines
    are failed pages keyed FILE:LINE."""
    lines = [
        json.dumps({"url": "http://a/1", "html": EN_PAGE, "text": "ignored"}),
        json.dumps({"url": "http://a/2", "text": "第一段。\n第二段。"}),
        "",
        json.dumps({"content": ZH_PAGE, "url": 5}),
        "{not json",
        "[1, 2]",
        json.dumps({"url": "http://a/6", "body": "x"}),
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pages = list(iter_jsonl(path))
    assert [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7)] == keys(pages)
    assert [EN_PAGE, "第一段。\n第二段。", ZH_PAGE] == [p.data for p in pages[:3]]
    assert ["http://a/1", "http://a/2", None, None, None, "http://a/6"] == [p.url for p in pages]
    errors = [p.error or "" for p in pages[3:]]
    assert errors[0].startswith("not valid JSON")
    assert "a JSON line must be an object, not list" == errors[1]
    assert "no text in any of the fields html, text, content" == errors[2]


def test_sources_jsonl_custom_fields_and_gzip(tmp_path):
    """Field names are configurable, the key can come from a field, and .gz files are decompressed."""
    path = tmp_path / "p.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "doc-7", "link": "http://a/7", "raw": EN_PAGE}) + "\n")
        fh.write(json.dumps({"link": "http://a/8", "raw": ZH_PAGE}) + "\n")
    pages = list(iter_pages([path], url_field="link", content_fields=["raw"], key_field="id"))
    assert ["doc-7", f"{path}:2"] == keys(pages)
    assert ["http://a/7", "http://a/8"] == [p.url for p in pages]
    assert [EN_PAGE, ZH_PAGE] == [p.data for p in pages]


def test_sources_jsonl_from_stdin(monkeypatch):
    """With kind='jsonl', - reads JSON lines from standard input."""
    stdin = io.TextIOWrapper(
        io.BytesIO((json.dumps({"html": EN_PAGE}) + "\n").encode("utf-8")), encoding="utf-8"
    )
    monkeypatch.setattr(sys, "stdin", stdin)
    (page,) = iter_pages(["-"], kind="jsonl")
    assert ("<stdin>:1", EN_PAGE) == (page.key, page.data)


# --------------------------------------------------------------------------- WARC


@pytest.mark.parametrize(
    "header,expected",
    [
        ('text/html; charset="GBK"', ("text/html", "gbk")),
        ("text/html;charset=utf-8", ("text/html", "utf-8")),
        ("Application/XHTML+XML", ("application/xhtml+xml", None)),
        ("text/html; boundary=x; charset='big5' ", ("text/html", "big5")),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_sources_parse_content_type(header, expected):
    """The media type and charset of a Content-Type header, lower-cased."""
    assert expected == parse_content_type(header)


def chunked(body: bytes, size: int = 7) -> bytes:
    """``body`` in HTTP/1.1 chunked transfer encoding."""
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def write_warc(path, records, *, compress: bool = True) -> None:
    """Write (url, record type, status, headers, payload) tuples as a WARC file with warcio."""
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    assert warcio is not None
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for url, rec_type, status, headers, payload in records:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            writer.write_record(
                # an explicit length keeps warcio from buffering the payload in a temporary file
                writer.create_warc_record(
                    url, rec_type, payload=io.BytesIO(payload), length=len(payload), http_headers=http
                )
            )


def crawl_records() -> list[tuple[str, str, str, list[tuple[str, str]], bytes]]:
    return [
        (
            "http://zh.example/1",
            "response",
            "200 OK",
            [
                ("Content-Type", "text/html; charset=GBK"),
                ("Content-Encoding", "gzip"),
                ("Transfer-Encoding", "chunked"),
            ],
            chunked(gzip.compress(ZH_PAGE.encode("gbk"))),
        ),
        ("http://a/logo.png", "response", "200 OK", [("Content-Type", "image/png")], b"\x89PNG"),
        (
            "http://a/moved",
            "response",
            "301 Moved Permanently",
            [("Content-Type", "text/html")],
            b"<p>moved</p>",
        ),
        ("http://a/req", "request", "200 OK", [("Content-Type", "text/html")], b""),
        (
            "http://a/br",
            "response",
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "zstd")],
            b"?",
        ),
        (
            "http://fr.example/2",
            "response",
            "200 OK",
            [("Content-Type", "text/html; charset=iso-8859-7")],
            LATIN_BODY.encode("cp1252"),
        ),
        ("http://a/missing", "response", "404 Not Found", [("Content-Type", "text/html")], b"<p>404</p>"),
    ]


@pytest.mark.parametrize("compress", [True, False])
def test_sources_warc_reads_html_responses_only(tmp_path, compress):
    """Only 2xx HTML responses are pages, their encodings undone, the charset kept, keyed FILE@OFFSET."""
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, crawl_records(), compress=compress)
    pages = list(iter_pages([path]))
    assert ["http://zh.example/1", "http://a/br", "http://fr.example/2"] == [p.url for p in pages]
    zh, unsupported, latin = pages
    assert (ZH_PAGE.encode("gbk"), "gbk") == (zh.data, zh.encoding)
    assert "unsupported Content-Encoding 'zstd'" == unsupported.error
    assert "iso-8859-7" == latin.encoding
    offsets = [int((p.key or "").rsplit("@", 1)[1]) for p in pages]
    assert f"{path}@0" == zh.key
    assert offsets == sorted(offsets) and len(set(offsets)) == 3


def test_sources_warc_all_statuses(tmp_path):
    """With ok_only=False, redirects and error pages are read too."""
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, crawl_records())
    urls = [p.url for p in iter_warc(path, ok_only=False)]
    assert [
        "http://zh.example/1",
        "http://a/moved",
        "http://a/br",
        "http://fr.example/2",
        "http://a/missing",
    ] == urls


def test_sources_warc_pages_clean_with_their_charset(tmp_path):
    """Cleaned through clean_many, a WARC page is decoded with its HTTP charset."""
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, crawl_records())
    results = list(clean_many(iter_pages([path])))
    assert [True, False, True] == [r.ok for r in results]
    assert "这是一个完整的句子，用于测试网页归档的读取。" == results[0].article.text
    assert "cafι" in results[2].article.text  # decoded as the server said, not as the bytes suggest


def test_sources_damaged_warc_keeps_what_was_read(tmp_path):
    """Garbage in place of a record gives the pages before it, then one failed page keyed where the
    archive broke, with a short message."""
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, crawl_records())
    broken_at = int((list(iter_pages([path]))[-1].key or "").rsplit("@", 1)[1])
    data = path.read_bytes()
    path.write_bytes(data[:broken_at] + b"garbage" * 50 + data[broken_at:])
    pages = list(iter_pages([path]))
    assert ["http://zh.example/1", "http://a/br", None] == [p.url for p in pages]
    assert f"{path}@{broken_at}" == pages[-1].key
    assert pages[-1].error is not None and pages[-1].error.startswith("cannot read WARC: ArchiveLoadFailed")
    assert len(pages[-1].error) <= sources.MAX_MESSAGE_CHARS


def test_sources_warc_without_warcio(tmp_path, monkeypatch):
    """Without warcio, a WARC input is a failed page telling how to install it."""
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"")
    with pytest.raises(ImportError, match=r"cleanarticle\[warc\]"):
        list(iter_warc(path))
    (page,) = iter_pages([path])
    assert (str(path), sources.WARC_MISSING) == (page.key, page.error)
