"""``clean()``: the default pipeline run on one page."""

from __future__ import annotations

from ._article import Article
from ._boilerplate import StripBoilerplate, StripNavigation
from ._dedup import CollapseRepeats
from ._emit import emit
from ._errors import InputTypeError, OptionError
from ._extract import SelectMainContent
from ._ingest import Decode, Parse
from ._language import DetectLanguage
from ._limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, Limits
from ._metadata import ExtractMetadata
from ._model import Document
from ._pipeline import Pipeline
from ._profile import SiteProfile, StripSiteBoilerplate

INPUT_FORMATS = ("auto", "html", "text")


def default_pipeline() -> Pipeline:
    """A fresh copy of the default stages, in order; edit it with ``without``/``replace``/``insert_*``.

    decode → parse → metadata → navigation → boilerplate → content → dedup → language
    """
    return Pipeline(
        [
            Decode(),
            Parse(),
            ExtractMetadata(),
            StripNavigation(),
            StripBoilerplate(),
            SelectMainContent(),
            CollapseRepeats(),
            DetectLanguage(),
        ]
    )


DEFAULT_PIPELINE = default_pipeline()


def clean(
    source: str | bytes,
    *,
    url: str | None = None,
    input_format: str = "auto",
    encoding: str | None = None,
    pipeline: Pipeline | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    max_blocks: int | None = DEFAULT_MAX_BLOCKS,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    profile: SiteProfile | None = None,
) -> Article:
    """Clean one page.

    ``source`` is the page as ``str`` or ``bytes`` (any encoding), HTML or a plain-text dump;
    ``input_format`` forces ``"html"`` or ``"text"`` instead of detecting it; ``encoding`` is the
    charset the server declared (HTTP ``Content-Type``), tried before the page's own declaration.
    ``max_bytes``, ``max_blocks`` and ``time_budget`` (seconds) bound the work (``None``: no limit);
    reaching one adds a warning, and blocks past ``max_blocks`` are removed with ``Reason.LIMIT``.
    ``profile`` is a ``SiteProfile`` learned from the site's pages: the blocks it knows as the
    site's template are removed with ``Reason.SITE_BOILERPLATE`` (stage ``site_boilerplate``).
    """
    limits = Limits.build(max_bytes, max_blocks, time_budget)
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise InputTypeError(f"source must be str or bytes, not {type(source).__name__}")
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if input_format not in INPUT_FORMATS:
        raise OptionError(f"input_format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}")
    if url is not None and not isinstance(url, str):
        raise OptionError(f"url must be a str, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise OptionError(f"encoding must be a str, not {type(encoding).__name__}")
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        raise OptionError(f"pipeline must be a Pipeline, not {type(pipeline).__name__}")
    doc = Document(
        source=source, url=url, input_format=input_format, declared_encoding=encoding, limits=limits
    )
    chosen = pipeline or DEFAULT_PIPELINE
    if profile is not None:
        chosen = _with_profile(chosen, profile)
    doc = chosen(doc)
    article = emit(doc)
    # Frames point to their parent and their children: cut those cycles so the page's working data
    # is freed by reference counting right away, not by a later pass of the cycle collector.
    for frame in doc.frames:
        frame.children = []
        frame.parent = None
    return article


def _with_profile(pipeline: Pipeline, profile: SiteProfile) -> Pipeline:
    """``pipeline`` with a ``site_boilerplate`` stage after ``boilerplate``: the hand-written rules
    name a block's kind first (a more specific reason), and main-content selection then no longer
    weighs the site's template lines (measured on fixtures/site_pages, see docs/corpus.md)."""
    if not isinstance(profile, SiteProfile):
        raise OptionError(f"profile must be a SiteProfile, not {type(profile).__name__}")
    stage = StripSiteBoilerplate(profile)
    names = pipeline.names
    if stage.name in names:
        return pipeline.replace(stage.name, stage)
    for anchor, insert in (("boilerplate", pipeline.insert_after), ("content", pipeline.insert_before),
                           ("parse", pipeline.insert_after)):  # fmt: skip
        if anchor in names:
            return insert(anchor, stage)
    raise OptionError("profile needs a pipeline with a 'boilerplate', 'content' or 'parse' stage")
