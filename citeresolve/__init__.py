"""citeresolve: find references in EU legal and parliamentary text, normalise them
to canonical keys, and resolve them to EUR-Lex and European Parliament URLs."""

from __future__ import annotations

from .check import CodeInfo, Finding, check, codes
from .check_config import CheckConfig
from .citation import Citation
from .errors import (
    CiteresolveError,
    ConfigError,
    ExtractionTimeoutError,
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
from .link import link, unlink
from .resolve import Link, Resolution, resolve

__version__ = "0.1.0"

__all__ = [
    "EU_LANGUAGES",
    "CheckConfig",
    "Citation",
    "CiteresolveError",
    "CodeInfo",
    "ConfigError",
    "ExtractionTimeoutError",
    "Finding",
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
    "check",
    "codes",
    "detect_language",
    "extract",
    "format_key",
    "link",
    "parse_key",
    "resolve",
    "unlink",
]
