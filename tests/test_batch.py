"""clean_many: order, streaming with bounded look-ahead, per-page failures, worker processes."""

from __future__ import annotations

import itertools
import os
import pickle
from collections.abc import Iterator

import pytest

import cleanarticle
from cleanarticle import OptionError, clean, default_pipeline
from cleanarticle._batch import CLEAN, IN_FLIGHT_PER_WORKER, READ, Page, Result, clean_many
from cleanarticle._model import Document

SENTENCES = [
    "<p>Una frase completa, con puntuación y sentido, sobre el puerto número {n}.</p>",
    "<html><body><p>这是第{n}篇文章的一个完整句子，用于测试批量清理。</p></body></html>",
    "<html><body><article><p>The council met on day {n} and approved the new budget for schools.</p>"
    "<p>Residents said the decision came after months of debate in the town hall.</p>"
    "</article></body></html>",
]
# A cp1252 page without a declared charset: decoded as Greek only when the server says iso-8859-7.
LATIN_PAGE = "<html><body><p>Ceci est une phrase complète pour le café du coin, très bien.</p></body></html>"
BOOM = "BOOM-MARKER"
DIE = "DIE-MARKER"


def page(n: int) -> str:
    return SENTENCES[n % len(SENTENCES)].format(n=n)


class RaiseOn:
    """A stage that raises on pages containing BOOM (module level, so worker processes can unpickle it)."""

    name = "raise_on"

    def __call__(self, doc: Document) -> Document:
        source = doc.source if isinstance(doc.source, str) else doc.source.decode("utf-8", "replace")
        if BOOM in source:
            raise RuntimeError("stage failed on purpose")
        return doc


class DieOn:
    """A stage that kills its worker process on pages containing DIE, as a crash in C code would."""

    name = "die_on"

    def __call__(self, doc: Document) -> Document:
        source = doc.source if isinstance(doc.source, str) else doc.source.decode("utf-8", "replace")
        if DIE in source:
            os._exit(1)
        return doc


def texts(results: list[Result]) -> list[str | None]:
    return [r.article.text if r.article is not None else None for r in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_same_articles_in_input_order(workers):
    """Each result is clean() of the page at the same position, with workers=1 and a process pool."""
    pages = [page(n) for n in range(40)]
    results = list(clean_many(pages, workers=workers, chunksize=3))
    assert list(range(40)) == [r.index for r in results]
    assert [clean(p).text for p in pages] == texts(results)
    assert all(r.ok for r in results)


def test_batch_unordered_yields_every_page_once():
    """ordered=False yields each page exactly once, each with its own article."""
    pages = [page(n) for n in range(30)]
    results = list(clean_many(pages, workers=2, chunksize=2, ordered=False))
    assert list(range(30)) == sorted(r.index for r in results)
    assert all(clean(pages[r.index]).text == r.article.text for r in results if r.article)


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_failure_is_reported_for_that_page_only(workers):
    """A page on which cleaning raises gets an error with its key; the pages around it are cleaned."""
    pipeline = default_pipeline().insert_before("decode", RaiseOn())
    pages = [
        Page(page(0), key="a"),
        Page(f"<p>{BOOM}</p>", key="bad", url="http://x/bad"),
        Page(page(1), key="c"),
    ]
    results = list(clean_many(pages, workers=workers, chunksize=1, pipeline=pipeline))
    assert ["a", "bad", "c"] == [r.key for r in results]
    assert [True, False, True] == [r.ok for r in results]
    bad = results[1]
    assert "RuntimeError: stage failed on purpose" == bad.error
    assert CLEAN == bad.error_stage
    assert "http://x/bad" == bad.url


def test_batch_dead_worker_blames_only_its_page():
    """A page that kills its worker process gets an error; every other page is still cleaned, in order."""
    pipeline = default_pipeline().insert_before("decode", DieOn())
    pages = [page(n) for n in range(12)]
    pages[5] = f"<p>{DIE}</p>"
    results = list(clean_many(pages, workers=2, chunksize=2, pipeline=pipeline))
    assert list(range(12)) == [r.index for r in results]
    assert [n != 5 for n in range(12)] == [r.ok for r in results]
    assert results[5].error is not None and results[5].error.startswith("WorkerDied")


@pytest.mark.parametrize(
    "item,message",
    [
        (42, "InputTypeError: a page must be a Page, str or bytes, not int"),
        (
            Page(b"", key="gone.html", error="cannot read: No such file or directory"),
            "cannot read: No such file",
        ),
    ],
)
def test_batch_bad_item_and_unreadable_page_are_read_errors(item, message):
    """An item of the wrong type, or a page a reader could not read, fails with error_stage 'read'."""
    first, failed, last = clean_many([page(0), item, page(1)])
    assert (True, False, True) == (first.ok, failed.ok, last.ok)
    assert failed.error is not None and failed.error.startswith(message)
    assert READ == failed.error_stage


@pytest.mark.parametrize(
    "item,key",
    [(Page("<p>x</p>", url="http://a/1", key="k1"), "k1"), (Page("<p>x</p>", url="http://a/1"), "http://a/1"),
     ("<p>x</p>", "1")],
)  # fmt: skip
def test_batch_key_defaults_to_url_then_index(item, key):
    """A result's key is the page's key, else its URL, else its position."""
    results = list(clean_many([page(0), item]))
    assert key == results[1].key


def test_batch_consumes_input_lazily_in_process():
    """With workers=1, taking n results reads exactly n pages from an endless generator."""
    pulled: list[int] = []

    def endless() -> Iterator[str]:
        for n in itertools.count():
            pulled.append(n)
            yield page(n)

    taken = list(itertools.islice(clean_many(endless()), 4))
    assert 4 == len(taken)
    assert [0, 1, 2, 3] == pulled


def test_batch_pool_reads_a_bounded_number_of_pages_ahead():
    """With a pool, taking a few results from an endless stream reads at most the in-flight bound."""
    pulled: list[int] = []
    workers, chunksize = 2, 3

    def endless() -> Iterator[str]:
        for n in itertools.count():
            pulled.append(n)
            yield page(n)

    results = clean_many(endless(), workers=workers, chunksize=chunksize)
    taken = list(itertools.islice(results, 2))
    results.close()  # type: ignore[attr-defined]
    assert [0, 1] == [r.index for r in taken]
    # one more chunk may be read when the first one is handed out and the queue is refilled
    assert len(pulled) <= workers * IN_FLIGHT_PER_WORKER * chunksize + chunksize


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_page_encoding_reaches_clean(workers):
    """A page's declared encoding is passed to clean(); clean_kwargs' encoding is the default for others."""
    data = LATIN_PAGE.encode("cp1252")
    pages = [Page(data, encoding="iso-8859-7"), Page(data)]
    declared, default = clean_many(pages, workers=workers, encoding="cp1252")
    assert declared.article is not None and "cafι" in declared.article.text
    assert default.article is not None and "café" in default.article.text


@pytest.mark.parametrize(
    "options",
    [
        {"workers": 0},
        {"workers": True},
        {"chunksize": 0},
        {"url": "http://a/"},
        {"input_format": "pdf"},
        {"no_such_option": 1},
    ],
)
def test_batch_bad_options_raise_at_call(options):
    """Options that would fail every page raise OptionError when clean_many is called, before any page."""
    with pytest.raises(OptionError):
        clean_many([page(0)], **options)


def test_batch_result_pickles():
    """A Result (with its Article) survives pickling, as it must to come back from a worker."""
    (result,) = clean_many([Page(page(2), url="http://a/1", key="k")])
    assert result == pickle.loads(pickle.dumps(result))


def test_batch_is_exported():
    """clean_many, Page and Result are part of the public API."""
    assert cleanarticle.clean_many is clean_many
    assert cleanarticle.Page is Page
    assert cleanarticle.Result is Result
