"""citeresolve: find references in EU legal and parliamentary text, normalise them
to canonical keys, and resolve them to EUR-Lex and European Parliament URLs."""

from __future__ import annotations

from .citation import Citation
from .errors import (
    CiteresolveError,
    InputError,
    InvalidDateError,
    InvalidKeyError,
    LanguageDataError,
    OnlineDependencyError,
    UnknownLanguageError,
)
from .extract import detect_language, extract
from .keys import KeyParts, Pin, format_key, parse_key
from .lang import EU_LANGUAGES, available_languages
from .resolve import Link, Resolution, resolve

__version__ = "0.1.0"

__all__ = [
    "EU_LANGUAGES",
    "Citation",
    "CiteresolveError",
    "InputError",
    "InvalidDateError",
    "InvalidKeyError",
    "KeyParts",
    "LanguageDataError",
    "Link",
    "OnlineDependencyError",
    "Pin",
    "Resolution",
    "UnknownLanguageError",
    "__version__",
    "available_languages",
    "detect_language",
    "extract",
    "format_key",
    "parse_key",
    "resolve",
]
