"""Exceptions raised by cleanarticle.

    CleanArticleError
    ├── InputTypeError(CleanArticleError, TypeError)    source is neither str nor bytes
    ├── OptionError(CleanArticleError, ValueError)      an option has a value we cannot use
    ├── StageError(CleanArticleError, TypeError)        a pipeline stage broke the stage contract
    └── ProfileError(CleanArticleError, ValueError)     a saved profile cannot be read

A web page never raises: whatever a page contains gives an ``Article`` (possibly empty, with a
warning). These exceptions are for misuse by the calling code.
"""

from __future__ import annotations


class CleanArticleError(Exception):
    """Root of every exception cleanarticle raises on purpose."""


class InputTypeError(CleanArticleError, TypeError):
    """The source given to ``clean`` is not ``str`` or ``bytes``."""


class OptionError(CleanArticleError, ValueError):
    """An option has a value cleanarticle cannot use."""


class StageError(CleanArticleError, TypeError):
    """A pipeline stage did not return the working ``Document`` it was given."""


class ProfileError(CleanArticleError, ValueError):
    """A saved ``SiteProfile`` is malformed."""
