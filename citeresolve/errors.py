"""One exception hierarchy for everything citeresolve raises on purpose."""

from __future__ import annotations


class CiteresolveError(Exception):
    """Root of every error citeresolve raises deliberately."""


class InvalidKeyError(CiteresolveError, ValueError):
    """A string is not a canonical citation key (see ``citation-keys.md``)."""


class UnknownLanguageError(CiteresolveError, ValueError):
    """A language code is not one of the 24 official EU languages we have data for."""


class LanguageDataError(CiteresolveError):
    """A language data file is missing a field or holds a value of the wrong shape."""


class InputError(CiteresolveError):
    """An input document cannot be read (missing, unreadable, wrong encoding)."""


class ConfigError(CiteresolveError, ValueError):
    """A configuration table (``[tool.citeresolve]``) or option has a wrong key or value."""


class InvalidDateError(CiteresolveError, ValueError):
    """A date argument is not a date (expected ``YYYY-MM-DD``)."""


class OnlineDependencyError(CiteresolveError, ImportError):
    """Online resolution was asked for without the optional ``online`` dependencies."""


class DocxDependencyError(CiteresolveError, ImportError):
    """A Word document was given without the optional ``docx`` dependencies."""


class CacheUnavailableError(CiteresolveError):
    """The HTTP cache of online resolution cannot be reached (a Redis server down)."""


class ExtractionTimeoutError(CiteresolveError):
    """A grammar ran out of time on a pathological stretch of a document.

    Batch commands skip and report such a document instead of stopping.
    """
