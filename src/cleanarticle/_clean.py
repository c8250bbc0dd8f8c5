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
from ._metadata import ExtractMetadata
from ._model import Document
from ._pipeline import Pipeline

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
) -> Article:
    """Clean one page.

    ``source`` is the page as ``str`` or ``bytes`` (any encoding), HTML or a plain-text dump;
    ``input_format`` forces ``"html"`` or ``"text"`` instead of detecting it; ``encoding`` is the
    charset the server declared (HTTP ``Content-Type``), tried before the page's own declaration.
    """
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
    doc = Document(source=source, url=url, input_format=input_format, declared_encoding=encoding)
    doc = (pipeline or DEFAULT_PIPELINE)(doc)
    return emit(doc)
