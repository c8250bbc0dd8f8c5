"""cleanarticle: turn a scraped news page into a clean, structured article."""

from __future__ import annotations

from ._article import Article, ArticleBlock, RemovedBlock
from ._batch import Page, Result, clean_many
from ._clean import clean, default_pipeline
from ._corpus import DuplicateGroup, DuplicateMember, find_duplicates
from ._errors import CleanArticleError, InputTypeError, OptionError, ProfileError, StageError
from ._model import Block, BlockKind, Document, Editor, Reason, Removal
from ._pipeline import Pipeline, Stage
from ._profile import SiteProfile, StripSiteBoilerplate
from ._sources import iter_pages

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleBlock",
    "Block",
    "BlockKind",
    "CleanArticleError",
    "Document",
    "DuplicateGroup",
    "DuplicateMember",
    "Editor",
    "InputTypeError",
    "OptionError",
    "Page",
    "Pipeline",
    "ProfileError",
    "Reason",
    "Removal",
    "RemovedBlock",
    "Result",
    "SiteProfile",
    "Stage",
    "StageError",
    "StripSiteBoilerplate",
    "__version__",
    "clean",
    "clean_many",
    "default_pipeline",
    "find_duplicates",
    "iter_pages",
]
