"""cleanarticle: turn a scraped news page into a clean, structured article."""

from __future__ import annotations

from ._article import Article, ArticleBlock, RemovedBlock
from ._clean import clean, default_pipeline
from ._errors import CleanArticleError, InputTypeError, OptionError, ProfileError, StageError
from ._model import Block, BlockKind, Document, Editor, Reason, Removal
from ._pipeline import Pipeline, Stage

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleBlock",
    "Block",
    "BlockKind",
    "CleanArticleError",
    "Document",
    "Editor",
    "InputTypeError",
    "OptionError",
    "Pipeline",
    "ProfileError",
    "Reason",
    "Removal",
    "RemovedBlock",
    "Stage",
    "StageError",
    "__version__",
    "clean",
    "default_pipeline",
]
