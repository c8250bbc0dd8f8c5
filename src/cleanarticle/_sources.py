"""Readers that yield ``Page``s from files, directories, globs, JSON lines and WARC files.

Every reader is a lazy generator: a crawl of millions of pages is read one page at a time. A page
that cannot be read (a missing file, a bad JSON line, a damaged WARC record) is yielded as a ``Page``
with ``error`` set, so that ``clean_many`` reports it for that page and the others go on.
"""

from __future__ import annotations

import dataclasses
import glob
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from ._batch import Page
from ._errors import OptionError

# A page larger than this is reported, not read: the largest page of the eval sets is 1.2 MiB (a Yahoo
# page), so 16 MiB leaves room for any real article page while keeping one broken record (a video
# stored as text/html) from holding hundreds of MiB.
MAX_PAGE_BYTES = 16 * 1024 * 1024

# Kinds of input, chosen by file name (case-insensitive) unless the caller says otherwise.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# Files picked from a directory (an explicit path is read whatever its name): saved pages and
# crawlers' text dumps, plus the two container formats above.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
DIRECTORY_SUFFIXES = PAGE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
GLOB_CHARS = frozenset("*?[")
# A reader's error message is cut here: warcio quotes the whole unreadable line, binary and all.
MAX_MESSAGE_CHARS = 200
STDIN = "-"
KINDS = ("auto", "page", "jsonl", "warc")

# JSON lines: where the URL and the page are, by default. The first content field present wins;
# "html" is what most crawl exports call it, "text"/"content" what text dumps do.
URL_FIELD = "url"
CONTENT_FIELDS = ("html", "text", "content")

# WARC: the records worth cleaning. XHTML is HTML for our parser.
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
WARC_MISSING = "reading WARC files needs warcio: pip install 'cleanarticle[warc]'"


def kind_of(path: str) -> str:
    """``jsonl``, ``warc`` or ``page``, from a path's name."""
    name = path.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "page"


def is_glob(path: str) -> bool:
    """True for a pattern (``*``, ``?``, ``[``) that is not itself the name of an existing file."""
    return bool(GLOB_CHARS & set(path)) and not os.path.exists(path)


def _failed(key: str, message: str, url: str | None = None) -> Page:
    return Page(b"", url=url, key=key, error=message)


def _os_error(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc}"


def _read_bounded(fh: IO[bytes], key: str, url: str | None = None) -> Page:
    data = fh.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        return _failed(key, f"page larger than {MAX_PAGE_BYTES} bytes, not read", url)
    return Page(data, url=url, key=key)


def read_file(path: str | os.PathLike[str], *, key: str | None = None) -> Page:
    """One file as one page (``-`` is standard input); a file that cannot be read gives a failed page."""
    name = os.fspath(path)
    key = key or name
    if name == STDIN:
        return _read_bounded(sys.stdin.buffer, key)
    try:
        with open(name, "rb") as fh:
            return _read_bounded(fh, key)
    except OSError as exc:
        return _failed(key, _os_error(exc))


def _directory_files(folder: str, suffixes: tuple[str, ...]) -> Iterator[tuple[str, str | None]]:
    """``(path, None)`` for each wanted file under ``folder``, ``(path, error)`` for a folder that
    cannot be listed. Sorted by name with files and folders interleaved, as ``ls -R`` sorts a path
    list; hidden entries are skipped; symlinked folders are not followed (no cycles)."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield folder, _os_error(exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            yield entry.path, _os_error(exc)
            continue
        if is_dir:
            yield from _directory_files(entry.path, suffixes)
        elif is_file and entry.name.lower().endswith(suffixes):
            yield entry.path, None


def _glob_files(pattern: str) -> list[str]:
    """The files matching ``pattern`` (``**`` recurses), sorted; folders are left out."""
    return sorted(p for p in glob.iglob(pattern, recursive=True) if os.path.isfile(p))


def _open_text_lines(path: str) -> IO[str]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def iter_jsonl(
    source: str | os.PathLike[str] | IO[str],
    *,
    url_field: str = URL_FIELD,
    content_fields: Sequence[str] = CONTENT_FIELDS,
    key_field: str | None = None,
    name: str | None = None,
) -> Iterator[Page]:
    """Pages from JSON lines: one object per line with the page in the first of ``content_fields``
    present and its URL in ``url_field``. The key is the record's ``key_field`` when given and present,
    else ``<file>:<line number>``. ``source`` is a path (``.gz`` is decompressed) or an open text file.
    Blank lines are skipped; a line that is not such an object gives a failed page."""
    if isinstance(content_fields, str):  # one field name given as a plain string
        content_fields = (content_fields,)
    if isinstance(source, (str, os.PathLike)):
        label = name or os.fspath(source)
        try:
            fh = _open_text_lines(os.fspath(source))
        except OSError as exc:
            yield _failed(label, _os_error(exc))
            return
        with fh:
            yield from _jsonl_pages(fh, label, url_field, tuple(content_fields), key_field)
    else:
        label = name or getattr(source, "name", None) or "<jsonl>"
        yield from _jsonl_pages(source, str(label), url_field, tuple(content_fields), key_field)


def _jsonl_pages(
    lines: Iterable[str], label: str, url_field: str, content_fields: tuple[str, ...], key_field: str | None
) -> Iterator[Page]:
    lineno = 0
    try:
        for lineno, line in enumerate(lines, 1):
            if line.strip():
                yield _jsonl_page(line, f"{label}:{lineno}", url_field, content_fields, key_field)
    except (OSError, EOFError) as exc:  # a truncated .gz: report where, keep what was read
        yield _failed(f"{label}:{lineno + 1}", f"cannot read: {exc}")


def _jsonl_page(
    line: str, key: str, url_field: str, content_fields: tuple[str, ...], key_field: str | None
) -> Page:
    try:
        record: Any = json.loads(line)
    except ValueError as exc:
        return _failed(key, f"not valid JSON: {exc}")
    if not isinstance(record, dict):
        return _failed(key, f"a JSON line must be an object, not {type(record).__name__}")
    url = record.get(url_field)
    url = url if isinstance(url, str) and url else None
    if key_field is not None and record.get(key_field) not in (None, ""):
        key = str(record[key_field])
    for field in content_fields:
        content = record.get(field)
        if isinstance(content, str):
            return Page(content, url=url, key=key)
    return _failed(key, f"no text in any of the fields {', '.join(content_fields)}", url)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``(media type, charset)`` from a ``Content-Type`` header, both lower-cased, ``None`` if absent.

    >>> parse_content_type('text/html; Charset="GBK"')
    ('text/html', 'gbk')
    """
    if not value:
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("'\"").strip().lower() or None
    return media.strip().lower() or None, charset


def _import_warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped, import-not-found, unused-ignore]
        from warcio.bufferedreaders import BufferedReader  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError as exc:
        raise ImportError(WARC_MISSING) from exc
    return ArchiveIterator, BufferedReader


def iter_warc(
    source: str | os.PathLike[str] | IO[bytes], *, ok_only: bool = True, name: str | None = None
) -> Iterator[Page]:
    """Pages from the HTML ``response`` records of a WARC (or ARC) file, gzipped or not.

    The HTTP transfer and content encodings (chunked, gzip, deflate; brotli when the ``brotli``
    package is installed) are undone; the ``Content-Type`` charset becomes the page's ``encoding``;
    the key is ``<file>@<record offset>`` and the URL the ``WARC-Target-URI``. With ``ok_only``
    (default) only 2xx responses are read: redirects and error pages are not articles.
    Needs ``warcio`` (``pip install 'cleanarticle[warc]'``); raises ``ImportError`` without it.
    """
    archive_iterator, buffered_reader = _import_warcio()
    if isinstance(source, (str, os.PathLike)):
        label = name or os.fspath(source)
        try:
            fh: IO[bytes] = open(os.fspath(source), "rb")  # noqa: SIM115  (closed by the with below)
        except OSError as exc:
            yield _failed(label, _os_error(exc))
            return
        with fh:
            yield from _warc_pages(fh, label, ok_only, archive_iterator, buffered_reader)
    else:
        label = name or str(getattr(source, "name", "<warc>"))
        yield from _warc_pages(source, label, ok_only, archive_iterator, buffered_reader)


def _warc_pages(
    fh: IO[bytes], label: str, ok_only: bool, archive_iterator: Any, buffered_reader: Any
) -> Iterator[Page]:
    supported = set(buffered_reader.get_supported_decompressors())
    records = archive_iterator(fh, arc2warc=True)
    try:
        for record in records:
            page = _warc_page(record, ok_only, supported)
            if page is not None:
                # The offset is known once the record has been read (warcio reads to its end).
                yield dataclasses.replace(page, key=f"{label}@{records.get_record_offset()}")
    except Exception as exc:  # a damaged archive: report where it broke; the rest is unreachable
        where = getattr(records, "offset", 0)  # start of the record being read
        message = " ".join(f"cannot read WARC: {type(exc).__name__}: {exc}".split())
        yield _failed(f"{label}@{where}", message[:MAX_MESSAGE_CHARS])


def _warc_page(record: Any, ok_only: bool, supported: set[str]) -> Page | None:
    """The page of one record (without its key), or None for a record that is not an HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    http = record.http_headers
    media, charset = parse_content_type(http.get_header("Content-Type"))
    if media not in HTML_CONTENT_TYPES:
        return None
    if ok_only and not str(http.get_statuscode() or "").startswith("2"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    coding = (http.get_header("Content-Encoding") or "").strip().lower()
    if coding not in ("", "identity") and coding not in supported:
        # warcio would hand over the still-compressed bytes; say why instead of cleaning garbage.
        hint = " (pip install brotli)" if coding == "br" else ""
        return _failed("", f"unsupported Content-Encoding {coding!r}{hint}", url)
    page = _read_bounded(record.content_stream(), "", url)
    if page.error is None and charset:
        page = dataclasses.replace(page, encoding=charset)
    return page


def _iter_path(path: str, kind: str, options: dict[str, Any]) -> Iterator[Page]:
    """Pages of one file (or standard input) of a known or detected kind."""
    kind = kind_of(path) if kind == "auto" else kind
    if kind == "jsonl":
        jsonl_options = {k: v for k, v in options.items() if v is not None}
        if path == STDIN:
            yield from iter_jsonl(sys.stdin, name="<stdin>", **jsonl_options)
        else:
            yield from iter_jsonl(path, **jsonl_options)
    elif kind == "warc":
        try:
            yield from iter_warc(sys.stdin.buffer if path == STDIN else path, name=_label(path))
        except ImportError as exc:
            yield _failed(_label(path), str(exc))
    else:
        yield read_file(path)


def _label(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def iter_pages(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    kind: str = "auto",
    url_field: str | None = None,
    content_fields: Sequence[str] | None = None,
    key_field: str | None = None,
    suffixes: Sequence[str] = DIRECTORY_SUFFIXES,
) -> Iterator[Page]:
    """Pages from each input in turn, lazily.

    An input is a file, a directory (every file under it whose name ends with one of ``suffixes``,
    recursively, in sorted order, hidden ones skipped), a glob pattern (``**`` recurses; matching no
    file gives a failed page), or ``-`` for standard input. A file is read as JSON lines
    (``.jsonl``, ``.ndjson``, optionally ``.gz``; see ``iter_jsonl`` for the field options), as a
    WARC file (``.warc``, ``.warc.gz``, ``.arc``; see ``iter_warc``) or else as one page. ``kind``
    (``page``, ``jsonl`` or ``warc``) overrides that choice for the files named in ``inputs`` and for
    standard input. An input that cannot be read gives a failed page keyed by its path.
    """
    if kind not in KINDS:
        raise OptionError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    options = {"url_field": url_field, "content_fields": content_fields, "key_field": key_field}
    wanted = tuple(s.lower() for s in suffixes)
    for item in inputs:
        path = os.fspath(item)
        if path != STDIN and os.path.isdir(path):
            for found, error in _directory_files(path, wanted):
                if error is not None:
                    yield _failed(found, error)
                else:
                    yield from _iter_path(found, "auto", options)
        elif path != STDIN and is_glob(path):
            matches = _glob_files(path)
            if not matches:
                yield _failed(path, "no file matches this pattern")
            for match in matches:
                yield from _iter_path(match, "auto", options)
        else:
            yield from _iter_path(path, kind, options)


def expands(path: str, kind: str = "auto") -> bool:
    """True when one input may give several pages (a directory, a pattern, JSON lines, a WARC file)."""
    if path == STDIN:
        return kind in ("jsonl", "warc")
    if os.path.isdir(path) or is_glob(path):
        return True
    return (kind_of(path) if kind == "auto" else kind) != "page"
